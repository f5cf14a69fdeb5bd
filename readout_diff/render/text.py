"""Text helpers the report renderers share: visible control characters, and which words differ."""

from __future__ import annotations

import re

# Control characters from the input (an escape sequence pasted into a seed) are shown as their Unicode
# control pictures, one character for one, so that they never drive a terminal or break a page.
_CONTROL_PICTURES = {c: 0x2400 + c for c in range(32)} | {
    0x7F: 0x2421,
    **{c: 0xFFFD for c in range(0x80, 0xA0)},
}
_WORD = re.compile(r"\S+")
_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$")


def visible(text: str, keep: str = "\n\t") -> str:
    """``text`` with control characters other than those in ``keep`` shown as control pictures."""
    table = {c: p for c, p in _CONTROL_PICTURES.items() if chr(c) not in keep}
    return text.translate(table)


def word_key(word: str) -> str:
    """A whitespace-separated word as the renderers compare it: lower case, end punctuation stripped."""
    return _PUNCTUATION.sub("", word).lower()


def words(text: str) -> frozenset[str]:
    """The compared forms of the words of ``text``."""
    return frozenset(filter(None, (word_key(w) for w in _WORD.findall(text))))


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """Each whitespace-separated word of ``text``: (start, end, compared form)."""
    return [(m.start(), m.end(), word_key(m.group())) for m in _WORD.finditer(text)]


def encoding_note(encoding: str) -> str:
    """What to say about the encoding a file was read in: nothing for UTF-8."""
    return "" if encoding == "utf-8" else f"read as {encoding}, not UTF-8"
