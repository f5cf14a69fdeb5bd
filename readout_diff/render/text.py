"""Pure text helpers the renderers share: visible control characters, one-line text, plurals, shares,
truncation. Nothing here knows the report's sections."""

from __future__ import annotations

# Control characters from the input (an escape sequence pasted into a seed) are shown as their Unicode
# control pictures, one character for one, so that they never drive a terminal or break a page.
_CONTROL_PICTURES = {c: 0x2400 + c for c in range(32)} | {
    0x7F: 0x2421,
    **{c: 0xFFFD for c in range(0x80, 0xA0)},
}


def visible(text: str, keep: str = "\n\t") -> str:
    """``text`` with control characters other than those in ``keep`` shown as control pictures."""
    table = {c: p for c, p in _CONTROL_PICTURES.items() if chr(c) not in keep}
    return text.translate(table)


def one_line(text: str) -> str:
    """``text`` on one line (each run of whitespace one space, none at either end), controls visible:
    a mention, a label, a table cell."""
    return visible(" ".join(text.split()), keep="")


def plural(count: int, noun: str, shown: str | None = None) -> str:
    """``3 statements``, ``1 statement``; ``shown`` writes the count another way (``**3**``)."""
    return f"{count if shown is None else shown} {noun}{'s' * (count != 1)}"


def percent(share: float) -> str:
    """A share of words as a whole percentage; ``<1%`` rather than a misleading ``0%``."""
    return "<1%" if 0 < share < 0.005 else f"{share:.0%}"


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis when longer."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
