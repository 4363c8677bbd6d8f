"""Archive reading: every supported layout streams the original article bytes, in order."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import orjson
import pytest

from stream.archive import ArchiveError, ArchiveReader, Record, iter_records, write_jsonl


def _articles(n: int, prefix: str = "a") -> list[dict]:
    return [
        {
            "id": f"{prefix}{i}",
            "text": f'Text {i} with "quotes", [brackets] and {{braces}} \\ ok.',
            "published_at": f"20{10 + i % 10}-01-0{1 + i % 9}",
        }
        for i in range(n)
    ]


def _ids(records) -> list[str]:
    return [orjson.loads(r.raw)["id"] for r in records]


def test_jsonl_plain_and_gzip_keep_original_bytes(tmp_path: Path) -> None:
    arts = _articles(5)
    plain = tmp_path / "x.jsonl"
    plain.write_bytes(b"\n".join(json.dumps(a).encode() for a in arts) + b"\n\n   \n")
    gz = tmp_path / "y.ndjson.gz"
    write_jsonl(gz, arts)
    recs = list(iter_records([str(plain), str(gz)]))
    assert len(recs) == 10
    assert recs[0].raw == json.dumps(arts[0]).encode()  # byte-exact, spaces preserved
    assert [r.line for r in recs[:5]] == [1, 2, 3, 4, 5]
    assert [r.index for r in recs[5:]] == [0, 1, 2, 3, 4]
    assert {r.source for r in recs} == {str(plain), str(gz)}
    assert all(r.error is None for r in recs)


def test_jsonl_lines_are_not_judged(tmp_path: Path) -> None:
    """Malformed lines are passed through: the consumer decides what is invalid."""
    f = tmp_path / "bad.jsonl"
    f.write_bytes(b'{"id": "ok", "text": "fine"}\r\n{not json\n[1, 2]\n')
    recs = list(iter_records([str(f)]))
    assert [r.raw for r in recs] == [b'{"id": "ok", "text": "fine"}', b"{not json", b"[1, 2]"]
    assert all(r.error is None for r in recs)


def test_json_single_object_list_and_pretty_printed(tmp_path: Path) -> None:
    arts = _articles(4)
    one = tmp_path / "one.json"
    one.write_text(json.dumps(arts[0], indent=2))
    many = tmp_path / "many.json"
    many.write_text(json.dumps(arts[1:], indent=2))
    recs = list(iter_records([str(one), str(many)]))
    assert _ids(recs) == ["a0", "a1", "a2", "a3"]
    assert [orjson.loads(r.raw) for r in recs] == arts
    assert recs[1].line == 2 and recs[0].line == 1  # element starts on line 2 of the list


def test_json_list_split_across_small_chunks(tmp_path: Path, monkeypatch) -> None:
    """Values spanning chunk boundaries (strings, escapes, nesting) come out whole."""
    import stream.archive as archive

    monkeypatch.setattr(archive, "CHUNK_SIZE", 7)
    arts = _articles(30) + [{"id": "nested", "text": "x", "meta": {"a": [1, {"b": '\\"'}]}}]
    f = tmp_path / "list.json.gz"
    f.write_bytes(gzip.compress(json.dumps(arts).encode()))
    splitter_recs = list(archive._json_records(str(f), io.BytesIO(json.dumps(arts).encode())))
    assert [orjson.loads(r.raw) for r in splitter_recs] == arts
    assert [orjson.loads(r.raw) for r in iter_records([str(f)])] == arts


def test_malformed_json_document_yields_error_record(tmp_path: Path) -> None:
    f = tmp_path / "broken.json"
    f.write_text('[{"id": "a", "text": "x"}, {"id": "b", "text": "unterminated')
    recs = list(iter_records([str(f)]))
    assert _ids(recs[:1]) == ["a"]
    assert len(recs) == 2 and recs[1].error and "unterminated string" in recs[1].error
    assert recs[1].raw == b"" and recs[1].index == 1


def test_non_object_elements_are_passed_through(tmp_path: Path) -> None:
    f = tmp_path / "mixed.json"
    f.write_text('[1, "two", null, {"text": "x"}, [3]]')
    assert [r.raw for r in iter_records([str(f)])] == [
        b"1",
        b'"two"',
        b"null",
        b'{"text": "x"}',
        b"[3]",
    ]


def test_folder_recursive_sorted_with_txt(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second story.\n", encoding="utf-8")
    (tmp_path / "a" / "1.txt").write_text("\ufeffFirst story.", encoding="utf-8")
    write_jsonl(tmp_path / "c.jsonl", _articles(2, "c"))
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / ".hidden" / "x.jsonl").write_text('{"text": "hidden"}\n')
    recs = list(iter_records([str(tmp_path)]))
    assert _ids(recs) == ["1", "2", "c0", "c1"]
    assert orjson.loads(recs[0].raw) == {"id": "1", "text": "First story."}
    assert recs[0].line is None


def test_undecodable_txt_and_corrupt_gzip_become_error_records(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa")
    good = gzip.compress(b'{"text": "one"}\n' * 2000)
    (tmp_path / "trunc.jsonl.gz").write_bytes(good[: len(good) // 2])
    recs = list(iter_records([str(tmp_path / "bad.txt"), str(tmp_path / "trunc.jsonl.gz")]))
    assert recs[0].error and "UTF-8" in recs[0].error
    assert recs[-1].error and "cannot read" in recs[-1].error
    assert all(r.raw == b'{"text": "one"}' for r in recs[1:-1])


def test_missing_and_empty_paths_raise_before_reading(tmp_path: Path) -> None:
    ok = tmp_path / "ok.jsonl"
    write_jsonl(ok, _articles(1))
    with pytest.raises(ArchiveError, match="no such file"):
        iter_records([str(ok), str(tmp_path / "missing.jsonl")])
    (tmp_path / "empty").mkdir()
    with pytest.raises(ArchiveError, match="no archive files"):
        iter_records([str(tmp_path / "empty")])


@pytest.mark.parametrize(
    "payload",
    [
        b'{"id": "s0", "text": "x"}\n{"id": "s1", "text": "y"}\n',
        b'[{"id": "s0", "text": "x"},\n {"id": "s1", "text": "y"}]',
        b'{\n  "id": "s0",\n  "text": "x"\n}\n{"id": "s1", "text": "y"}',
    ],
)
def test_stdin_sniffs_lines_or_document(monkeypatch, payload: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(payload))))
    recs = list(iter_records(["-"]))
    assert _ids(recs) == ["s0", "s1"]


def test_stdin_gzip(monkeypatch) -> None:
    payload = gzip.compress(b'{"id": "g", "text": "x"}\n')
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(payload))))
    assert _ids(iter_records(["-"])) == ["g"]


def test_reader_progress_and_resume_position(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "1.jsonl", _articles(3, "x"))
    write_jsonl(tmp_path / "2.jsonl", _articles(3, "y"))
    reader = ArchiveReader([str(tmp_path)])
    assert reader.total_bytes == sum(p.stat().st_size for p in tmp_path.iterdir())
    assert _ids(reader.records(start_file=1, skip=1)) == ["y1", "y2"]
    assert reader.bytes_read == reader.total_bytes
    assert Record("s", 1, b"{}") == Record("s", 1, b"{}", None, 0)
