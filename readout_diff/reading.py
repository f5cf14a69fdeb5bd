"""Read seed files: expand folders, decode text, normalise line ends."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError

#: The file endings a folder is searched for.
SEED_SUFFIXES = (".txt", ".md")


def _is_seed(path: Path, folder: Path) -> bool:
    """A ``*.txt`` or ``*.md`` file not inside a hidden folder (``.git``, ``.venv``) or build metadata."""
    parts = path.relative_to(folder).parts
    hidden = any(p.startswith(".") or p.endswith(".egg-info") or p == "__pycache__" for p in parts)
    return not hidden and path.suffix.lower() in SEED_SUFFIXES and path.is_file()


def expand_paths(paths: list[str]) -> Iterator[str]:
    """Each path as given; a folder becomes its ``*.txt`` and ``*.md`` files, recursively, sorted.

    Hidden files and folders, ``__pycache__`` and ``*.egg-info`` are not searched.
    """
    for path in paths:
        if path != "-" and os.path.isdir(path):
            folder = Path(path)
            yield from sorted(str(p) for p in folder.rglob("*") if _is_seed(p, folder))
        else:
            yield path


def decode(data: bytes) -> str:
    """The text of a seed file: UTF-8 (a BOM dropped), with universal newlines."""
    if b"\x00" in data[:8192]:
        raise InputError("not a text file (it contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte {exc.start}); save the file as UTF-8") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_source(path: str) -> str:
    """The decoded text of ``path`` (``-`` reads standard input)."""
    try:
        if path == "-":
            return decode(sys.stdin.buffer.read())
        with open(path, "rb") as handle:
            return decode(handle.read())
    except FileNotFoundError as exc:
        raise InputError("no such file") from exc
    except IsADirectoryError as exc:
        raise InputError("is a directory") from exc
    except PermissionError as exc:
        raise InputError("permission denied") from exc
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from exc
