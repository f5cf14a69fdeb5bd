"""Read seed files: expand folders, decode text, normalise line ends."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from ..errors import InputError

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


class SourceText(NamedTuple):
    """A seed file's decoded text and the encoding it was read in."""

    text: str
    encoding: str


# File signatures of formats people save next to their readouts: named in the message.
_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (a .docx or .odt is one: save the readouts as plain text)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (save the readouts as plain text)"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Single-byte guesses that, for Western text, are Windows-1252 read with the wrong table.
_WESTERN_LOOKALIKES = frozenset(
    "cp1250 cp1252 cp1254 cp1257 latin_1 iso8859_2 iso8859_9 iso8859_15 mac_roman mac_latin2 cp850".split()
)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_WESTERN_TEXT = re.compile("[\x00-\x7f\u00a0-\u00ff\u2013-\u2026\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]*")


def _guess(data: bytes) -> str:
    """The encoding of bytes that are not UTF-8: charset-normalizer's guess, Windows-1252 preferred
    for Western text (which Latin-1 files are too); InputError when the bytes are not text."""
    from charset_normalizer import from_bytes  # imported only for files that are not UTF-8

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError("not a text file (no text encoding fits its bytes)")
    encoding = best.encoding
    if encoding in _WESTERN_LOOKALIKES:
        try:
            if _WESTERN_TEXT.fullmatch(data.decode("cp1252")):
                return "cp1252"
        except UnicodeDecodeError:
            pass
    return encoding


def decode(data: bytes) -> SourceText:
    """The text of a seed file with universal newlines: UTF-8 (a BOM dropped) or, failing that, a
    detected encoding. Binary files raise InputError. Lone surrogates become U+FFFD (one for one, so
    spans stay exact)."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"not a text file (it looks like {kind})")
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        head = data[:4096]
        if b"\x00" in head:
            # Text in UTF-16 or UTF-32 without a BOM is a third or more NUL bytes; anything else is binary.
            if head.count(b"\x00") * 3 < len(head):
                raise InputError("not a text file (it contains NUL bytes)")
            encoding = _guess(data)
        else:
            try:
                data.decode("utf-8")
                encoding = "utf-8"
            except UnicodeDecodeError:
                encoding = _guess(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"cannot be read as {encoding} ({exc})") from exc
    if "\x00" in text:
        raise InputError("not a text file (it contains NUL characters)")
    return SourceText(clean_text(text), "utf-8" if encoding == "utf-8-sig" else encoding)


def clean_text(text: str) -> str:
    """Universal newlines, and lone surrogates (which no report could write) as U+FFFD, one for one."""
    return _LONE_SURROGATE.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def file_error(exc: OSError) -> InputError:
    """The one-line InputError for a file that cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return InputError("no such file")
    if isinstance(exc, IsADirectoryError):
        return InputError("is a directory")
    if isinstance(exc, PermissionError):
        return InputError("permission denied")
    return InputError(exc.strerror or str(exc))


def read_source(path: str) -> SourceText:
    """The decoded text of ``path`` (``-`` reads standard input)."""
    try:
        if path == "-":
            return decode(sys.stdin.buffer.read())
        with open(path, "rb") as handle:
            return decode(handle.read())
    except OSError as exc:
        raise file_error(exc) from exc
