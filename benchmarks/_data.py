"""Where the benchmarks find their data, and the one line they print when it is not there.

The larger material (the news corpus, gold sets, scorers) lives beside the repository in
``../shared``; every script takes its path on the command line, with that as the default.
Run a script from anywhere: ``python benchmarks/NAME.py`` puts this folder on ``sys.path``.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
"""The corpora, gold sets and scorers kept beside the repository."""


def missing(*checks: tuple[Path | str, str]) -> str | None:
    """One line for the first ``(path, how)`` whose file is not there, else None.

    ``how`` says how to give another path: ``"--data PATH"``, ``"the archive as argument"``.
    """
    for path, how in checks:
        if not Path(path).is_file():
            return f"{path} is missing; pass {how}"
    return None


def require(*checks: tuple[Path | str, str]) -> None:
    """Exit with code 2 and one line on stderr when a file of ``checks`` is missing."""
    message = missing(*checks)
    if message is not None:
        _exit(message)


def writable_folder(folder: Path, how: str) -> Path:
    """``folder``, created with its parents; exit with one line if that cannot be done."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _exit(f"cannot create {folder}: {exc.strerror or exc}; pass {how}")
    return folder


def _exit(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(2)
