"""eventstream: news articles in, dated diplomatic and military events out, on Kafka."""

__version__ = "0.1.0"
