"""Replay throughput: articles per second from an archive into the articles topic.

Starts the embedded broker, replays the archive (by default the shared news corpus, read
``--copies`` times in a row) and prints the rate, then the rate of reading, validating and
sorting alone (no broker), to show where the time goes.

    python benchmarks/replay_throughput.py [ARCHIVE] [--copies 3]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time

from _data import SHARED, require

from stream.broker import EmbeddedBroker, ensure_topics
from stream.replay import ReplayOptions, make_producer, replay

DEFAULT_ARCHIVE = SHARED / "corpus" / "news-mix.jsonl.gz"


class _NoBroker:
    """Accepts sends and forgets them: measures the archive side only."""

    class _Done:
        exception = None

        def failed(self) -> bool:
            return False

    def send(self, *args: object, **kwargs: object) -> _Done:
        return self._Done()

    def flush(self) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="?", default=str(DEFAULT_ARCHIVE))
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()
    require((args.archive, "the archive to replay as argument"))
    paths = tuple([args.archive] * args.copies)
    size = os.path.getsize(args.archive) * args.copies
    with tempfile.TemporaryDirectory() as tmp, EmbeddedBroker() as broker:
        ensure_topics(broker.bootstrap, {"articles": args.partitions})
        opts = ReplayOptions(
            paths=paths, topic="articles", include_undated=True, checkpoint=f"{tmp}/ck.json"
        )
        producer = make_producer([broker.bootstrap])
        started = time.perf_counter()
        summary = replay(opts, producer)
        seconds = time.perf_counter() - started
        producer.close()
        print(
            f"replay into the embedded broker: {summary.published:,} articles in {seconds:.2f} s"
            f" = {summary.published / seconds:,.0f} articles/s"
            f" ({size / seconds / 1e6:.1f} MB/s of gzip archive)"
        )
        started = time.perf_counter()
        summary = replay(
            ReplayOptions(paths=paths, include_undated=True, checkpoint=f"{tmp}/ck2.json"),
            _NoBroker(),
        )
        seconds = time.perf_counter() - started
        print(
            f"read + validate + sort only:      {summary.read:,} articles in {seconds:.2f} s"
            f" = {summary.read / seconds:,.0f} articles/s"
        )


if __name__ == "__main__":
    main()
