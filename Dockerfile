# The eventstream worker (and CLI) on Python 3.11. Built by docker-compose.yml.
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    EVENTSTREAM_DATADIR=/tmp/eventstream

WORKDIR /app
COPY pyproject.toml README.md ./
COPY schemas ./schemas
COPY stream ./stream
RUN pip install . && useradd --create-home --uid 10001 eventstream

USER eventstream
ENTRYPOINT ["eventstream"]
CMD ["worker"]
