"""Reading and writing article archives as a stream of records, one article at a time.

Supported inputs (any of them gzip-compressed; gzip is recognised by its magic bytes):

- ``.jsonl`` / ``.ndjson``: one article per line; blank lines are ignored.
- ``.json``: one article, a list of articles, or several JSON values one after another.
  Lists are split element by element without loading the whole file.
- ``.txt``: one article per file; the text is the file's contents and the id its name
  without the suffix.
- folders: every archive file below them (recursively, sorted by path; dot-files skipped).
- ``-``: standard input, JSON lines or a JSON document (recognised from its first bytes).
- any other file named explicitly is read like standard input.

Records carry the original bytes of each article, so a consumer decides what is valid:
nothing here parses an article beyond finding where it starts and ends.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

STDIN = "-"
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
TEXT_SUFFIXES = frozenset({".txt"})
ARCHIVE_SUFFIXES = JSONL_SUFFIXES | JSON_SUFFIXES | TEXT_SUFFIXES
CHUNK_SIZE = 1 << 20
_GZIP_MAGIC = b"\x1f\x8b"
_BOM = b"\xef\xbb\xbf"


class ArchiveError(Exception):
    """An archive path is missing, unreadable or holds no archive files."""


@dataclass(frozen=True, slots=True)
class Record:
    """One article as read from an archive.

    ``raw`` is the article's original JSON bytes (for a ``.txt`` file, a JSON object built
    from its text). ``line`` is the 1-based line where the article starts, or None when
    the file holds a single article. ``index`` is the record's 0-based position within its
    source. ``error`` is set, with ``raw`` possibly empty, when the input could not be read
    (corrupt gzip, truncated JSON document, undecodable text file).
    """

    source: str
    line: int | None
    raw: bytes
    error: str | None = None
    index: int = 0


def _kind(path: str) -> str:
    """The reading mode for a path: ``jsonl``, ``json``, ``txt`` or ``sniff``."""
    if path == STDIN:
        return "sniff"
    suffixes = [s.lower() for s in Path(path).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    suffix = suffixes[-1] if suffixes else ""
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in TEXT_SUFFIXES:
        return "txt"
    return "sniff"


def _is_archive_file(path: Path) -> bool:
    name = path.name.lower()
    if name.startswith("."):
        return False
    if name.endswith(".gz"):
        name = name[:-3]
    return Path(name).suffix in ARCHIVE_SUFFIXES


def _folder_files(root: Path) -> list[str]:
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(str(Path(dirpath) / f) for f in sorted(filenames) if _is_archive_file(Path(f)))
    return sorted(found, key=lambda p: Path(p).relative_to(root).parts)


def expand_paths(paths: Sequence[str]) -> list[str]:
    """Resolve paths into the list of files to read, in reading order.

    Folders expand to their archive files (recursively, sorted). Raises ArchiveError when
    a path is missing or unreadable, or a folder holds no archive file.
    """
    if isinstance(paths, str | bytes):
        raise TypeError("paths must be a sequence of paths, not a single string")
    files: list[str] = []
    for raw_path in paths:
        path = os.fspath(raw_path)
        if path == STDIN:
            files.append(STDIN)
            continue
        p = Path(path)
        if not p.exists():
            raise ArchiveError(f"{path}: no such file or folder")
        if not os.access(p, os.R_OK):
            raise ArchiveError(f"{path}: permission denied")
        if p.is_dir():
            found = _folder_files(p)
            if not found:
                raise ArchiveError(
                    f"{path}: no archive files in folder "
                    f"(expected {', '.join(sorted(ARCHIVE_SUFFIXES))}, optionally .gz)"
                )
            unreadable = [f for f in found if not os.access(f, os.R_OK)]
            if unreadable:
                raise ArchiveError(f"{unreadable[0]}: permission denied")
            files.extend(found)
        elif p.is_file():
            files.append(path)
        else:
            raise ArchiveError(f"{path}: not a regular file or folder")
    return files


class _Malformed(Exception):
    pass


_WS = re.compile(rb"[ \t\r\n]*")
_STRUCT = re.compile(rb'[\[\]{}"]')
_STR_END = re.compile(rb'["\\]')
_SCALAR = re.compile(rb'[^,\]}\s\[{"]+')


class _JsonSplitter:
    """Splits a byte stream of JSON values into the raw bytes of each value.

    A top-level array is split into its elements; other top-level values are returned
    whole. Works on a bounded buffer: memory is about one chunk plus the largest value.
    """

    def __init__(self, stream: IO[bytes], chunk_size: int | None = None) -> None:
        self.stream = stream
        self.chunk_size = chunk_size or CHUNK_SIZE
        self.buf = bytearray()
        self.pos = 0
        self.eof = False
        self._line_pos = 0
        self._line_no = 1

    def _fill(self) -> bool:
        if self.eof:
            return False
        data = self.stream.read(self.chunk_size)
        if not data:
            self.eof = True
            return False
        self.buf += data
        return True

    def _compact(self) -> None:
        if self.pos > self.chunk_size:
            self._line_no += self.buf.count(b"\n", self._line_pos, self.pos)
            del self.buf[: self.pos]
            self._line_pos = 0
            self.pos = 0

    def _line_at(self, pos: int) -> int:
        self._line_no += self.buf.count(b"\n", self._line_pos, pos)
        self._line_pos = pos
        return self._line_no

    def _skip_ws(self) -> bool:
        """Advance past whitespace; False at the end of input."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()
            if self.pos < len(self.buf):
                return True
            if not self._fill():
                return False

    def _value_end(self, start: int) -> int:
        first = self.buf[start : start + 1]
        if first in (b"{", b"["):
            return self._container_end(start)
        if first == b'"':
            return self._string_end(start + 1)
        while True:
            m = _SCALAR.match(self.buf, start)
            if m is None or m.end() == start:
                raise _Malformed(f"unexpected {bytes(first)!r}")
            if m.end() < len(self.buf) or not self._fill():
                return m.end()

    def _string_end(self, i: int) -> int:
        """End (exclusive) of a string whose body starts at i."""
        while True:
            m = _STR_END.search(self.buf, i)
            if m is None:
                i = len(self.buf)
                if not self._fill():
                    raise _Malformed("unterminated string")
                continue
            if m.group() == b'"':
                return m.end()
            if m.end() + 1 > len(self.buf) and not self._fill():
                raise _Malformed("unterminated string")
            i = m.end() + 1

    def _container_end(self, start: int) -> int:
        depth = 0
        i = start
        while True:
            m = _STRUCT.search(self.buf, i)
            if m is None:
                i = len(self.buf)
                if not self._fill():
                    raise _Malformed("truncated JSON document")
                continue
            c = m.group()
            if c == b'"':
                i = self._string_end(m.end())
                continue
            depth += 1 if c in (b"{", b"[") else -1
            i = m.end()
            if depth == 0:
                return i

    def _take_value(self) -> tuple[int, bytes]:
        start = self.pos
        end = self._value_end(start)
        self.pos = end
        return self._line_at(start), bytes(self.buf[start:end])

    def values(self) -> Iterator[tuple[int, bytes]]:
        """Yield ``(line, raw)`` per value; raises _Malformed on broken input."""
        if self._fill() and self.buf.startswith(_BOM):
            self.pos = len(_BOM)
        while self._skip_ws():
            self._compact()
            if self.buf[self.pos : self.pos + 1] != b"[":
                yield self._take_value()
                continue
            self.pos += 1
            expect_value = True
            while True:
                if not self._skip_ws():
                    raise _Malformed("truncated JSON array")
                self._compact()
                c = self.buf[self.pos : self.pos + 1]
                if c == b"]":
                    self.pos += 1
                    break
                if c == b"," and not expect_value:
                    self.pos += 1
                    expect_value = True
                    continue
                if not expect_value:
                    raise _Malformed(f"expected ',' or ']' but found {bytes(c)!r}")
                yield self._take_value()
                expect_value = False


def _open_binary(path: str) -> tuple[IO[bytes], IO[bytes]]:
    """Open a file (or stdin) for reading, decompressing gzip. Returns (reader, raw file)."""
    if path == STDIN:
        raw: IO[bytes] = sys.stdin.buffer
        if not hasattr(raw, "peek"):
            raw = io.BufferedReader(raw)  # type: ignore[arg-type]
    else:
        raw = open(path, "rb")  # noqa: SIM115 - closed by the caller
    try:
        head = raw.peek(2)[:2]  # type: ignore[attr-defined]
    except BaseException:
        if path != STDIN:
            raw.close()
        raise
    if head == _GZIP_MAGIC:
        return gzip.GzipFile(fileobj=raw, mode="rb"), raw
    return raw, raw


def _jsonl_records(source: str, stream: IO[bytes]) -> Iterator[Record]:
    index = 0
    for line_no, line in enumerate(stream, start=1):
        if line_no == 1 and line.startswith(_BOM):
            line = line[len(_BOM) :]
        raw = line.strip()
        if raw:
            yield Record(source, line_no, raw, None, index)
            index += 1


def _json_records(source: str, stream: IO[bytes]) -> Iterator[Record]:
    index = 0
    splitter = _JsonSplitter(stream)
    values = splitter.values()
    while True:
        try:
            line, raw = next(values)
        except StopIteration:
            return
        except _Malformed as exc:
            line = splitter._line_at(min(splitter.pos, len(splitter.buf)))
            yield Record(source, line, b"", f"malformed JSON document: {exc}", index)
            return
        yield Record(source, line, raw, None, index)
        index += 1


def _sniff_records(source: str, stream: IO[bytes]) -> Iterator[Record]:
    """JSON lines when the first line is a complete JSON value, else a JSON document."""
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    first_line = buffered.readline()
    rest = io.BufferedReader(_Prefixed(first_line, buffered))  # type: ignore[arg-type]
    try:
        orjson.loads(first_line.removeprefix(_BOM).strip() or b"null")
        as_lines = not first_line.lstrip(_BOM + b" \t\r\n").startswith(b"[")
    except orjson.JSONDecodeError:
        as_lines = False
    reader = _jsonl_records if as_lines else _json_records
    yield from reader(source, rest)


class _Prefixed(io.RawIOBase):
    """A readable stream that yields ``prefix`` and then the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: IO[bytes]) -> None:
        self._prefix = prefix
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _text_record(path: str, stream: IO[bytes]) -> Record:
    data = stream.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Record(path, None, b"", f"text file is not UTF-8: {exc}")
    name = Path(path).name
    article_id = name[: -len(".gz")] if name.lower().endswith(".gz") else name
    article_id = Path(article_id).stem
    return Record(path, None, orjson.dumps({"id": article_id, "text": text}))


_READ_ERRORS = (OSError, EOFError, zlib.error, gzip.BadGzipFile)


class ArchiveReader:
    """Streams records from many archive paths and reports how far it has read.

    ``total_bytes`` is the summed size of the files on disk (None when reading stdin);
    ``bytes_read`` is how much of that has been consumed (compressed bytes for gzip), so a
    progress display can estimate the time left.
    """

    def __init__(self, paths: Sequence[str]) -> None:
        self.files = expand_paths(paths)
        sizes = [None if f == STDIN else os.path.getsize(f) for f in self.files]
        self.total_bytes: int | None = None if None in sizes else sum(sizes)  # type: ignore[arg-type]
        self._sizes = [s or 0 for s in sizes]
        self._done_bytes = 0
        self._current: IO[bytes] | None = None
        self.current_file = 0
        """Number (in ``files``) of the file the last record came from."""

    @property
    def bytes_read(self) -> int:
        current = 0
        if self._current is not None and not self._current.closed:
            try:
                current = self._current.tell()
            except (OSError, ValueError):
                current = 0
        return self._done_bytes + current

    def records(self, start_file: int = 0, skip: int = 0) -> Iterator[Record]:
        """All records, in order; optionally from file number ``start_file``, skipping the
        first ``skip`` records of that file (used to resume an interrupted run)."""
        self._done_bytes = sum(self._sizes[:start_file])
        for file_no in range(start_file, len(self.files)):
            path = self.files[file_no]
            self.current_file = file_no
            first = skip if file_no == start_file else 0
            for record in self._file_records(path):
                if record.index >= first:
                    yield record
            self._done_bytes += self._sizes[file_no]
            self._current = None

    def _file_records(self, path: str) -> Iterator[Record]:
        index = 0
        try:
            stream, raw = _open_binary(path)
        except _READ_ERRORS as exc:
            yield Record(path, None, b"", f"cannot read: {exc}")
            return
        self._current = raw if path != STDIN else None
        try:
            kind = _kind(path)
            if kind == "txt":
                yield _text_record(path, stream)
                return
            reader = {"jsonl": _jsonl_records, "json": _json_records}.get(kind, _sniff_records)
            for record in reader(path, stream):
                index = record.index + 1
                yield record
        except _READ_ERRORS as exc:
            yield Record(path, None, b"", f"cannot read past record {index}: {exc}", index)
        finally:
            if path != STDIN:
                stream.close()
                raw.close()


def iter_records(paths: Sequence[str]) -> Iterator[Record]:
    """Stream the records of every archive in ``paths``, in order.

    Raises ArchiveError immediately (before anything is read) when a path is missing or
    unreadable. Read errors inside a file become records with ``error`` set.
    """
    return ArchiveReader(paths).records()


def write_jsonl(path: str | os.PathLike[str], articles: Iterable[Any]) -> int:
    """Write articles (dicts or raw JSON bytes) as JSON lines; gzip when the name ends in
    ``.gz``. Returns the number of lines written."""
    target = os.fspath(path)
    opener = gzip.open if target.endswith(".gz") else open
    count = 0
    with opener(target, "wb") as out:
        for article in articles:
            raw = article if isinstance(article, bytes) else orjson.dumps(article)
            out.write(raw.rstrip(b"\n") + b"\n")
            count += 1
    return count
