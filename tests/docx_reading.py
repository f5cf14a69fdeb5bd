"""Reading a Word report back with python-docx, as the tests check it: its blocks in order (headings,
paragraphs, tables), the text under a heading, a table's rows, the words set as differing, and an outline
of the whole file (the golden file of the ``docx`` format)."""

from __future__ import annotations

import io
from dataclasses import dataclass

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.text.paragraph import Paragraph

#: How an outline shows a run set as differing (bold and highlighted).
MARK = "[[{}]]"


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph (``style`` its style name, ``text`` with line breaks as ``\\n``) or a table
    (``style`` "table", ``rows`` its cells' texts, a merged cell once)."""

    style: str
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


def is_different(run) -> bool:
    return bool(run.bold) and run.font.highlight_color == WD_COLOR_INDEX.YELLOW


def marked(paragraph: Paragraph) -> str:
    """The paragraph's text with each differing run marked ``[[...]]``."""
    return "".join(MARK.format(r.text) if is_different(r) else r.text for r in paragraph.runs)


def cells(row) -> list:
    """A row's cells, a merged cell once."""
    seen, unique = set(), []
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            unique.append(cell)
    return unique


def cell_text(cell, mark: bool = False) -> str:
    return "\n".join(marked(p) if mark else p.text for p in cell.paragraphs)


def blocks(data: bytes, mark: bool = False) -> list[Block]:
    """The document's body, in order."""
    document = docx.Document(io.BytesIO(data))
    found = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            found.append(Block(item.style.name, marked(item) if mark else item.text))
        else:
            rows = tuple(tuple(cell_text(c, mark) for c in cells(row)) for row in item.rows)
            found.append(Block("table", rows=rows))
    return found


def section(found: list[Block], heading: str) -> list[Block]:
    """The blocks after the heading whose text is ``heading``, up to the next heading or title."""
    start = next(i for i, b in enumerate(found) if b.style.startswith("Heading") and b.text == heading)
    after = []
    for block in found[start + 1 :]:
        if block.style.startswith("Heading") or block.style == "Title":
            break
        after.append(block)
    return after


def headings(found: list[Block]) -> list[tuple[str, str]]:
    return [(b.style, b.text) for b in found if b.style.startswith("Heading") or b.style == "Title"]


def outline(data: bytes) -> str:
    """The whole report as text a reviewer can read in a diff: a line per paragraph (its style first), a
    table's rows as ``| cell | cell |``, differing words ``[[marked]]``, and the document's properties."""
    lines = []
    properties = docx.Document(io.BytesIO(data)).core_properties
    lines.append(f"properties: title={properties.title!r} author={properties.author!r} "
                 f"created={properties.created} modified={properties.modified}")  # fmt: skip
    for block in blocks(data, mark=True):
        if block.style == "table":
            lines.append("table:")
            lines.extend("| " + " | ".join(c.replace("\n", " / ") for c in row) + " |" for row in block.rows)
        else:
            lines.append(f"{block.style}: {block.text}".replace("\n", "\n    "))
    return "\n".join(lines) + "\n"
