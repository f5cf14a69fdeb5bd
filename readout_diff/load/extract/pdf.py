"""Read a PDF: its text lines with pdfminer.six, grouped into paragraphs, running headers and page
numbers left out, hyphenated line breaks joined.

The rules, in the order they apply:

1. Lines come from pdfminer's layout analysis, in its reading order (columns one after the other).
2. Running headers and footers: a line near the top or bottom of a page whose text, digits aside,
   recurs at about the same height on at least half of the pages (and on two at least) is left out
   ("Ministry of X - Press release", "Page 3 of 7" and "Page 4 of 7" alike); so is a page number alone
   there ("3", "- 3 -", "Page 3", "Page 3 of 7", "3/7") on any page.
3. Paragraphs: two lines are one paragraph when the second sits below the first at the document's
   usual line pitch, in a font of about the same size; a larger gap, a jump up (a new column), a change
   of size, an indented first line after a sentence's end, or a line that stops well short of the
   right edge after a sentence's end, or a bullet start a new paragraph. A paragraph that a page or
   column break cuts (its last line before the break does not end a sentence, and the line after it
   is not a list item) goes on after the break.
4. Joining a paragraph's lines (see ``join_lines``): a line ending in a soft hyphen joins the next
   without it; any other line joins the next with a space, but a line ending in a hyphen after a letter
   or digit, which joins the next without one. That hyphen stays when the next line starts with a
   capital or a digit ("Asia-" + "Pacific", "mid-" + "2025"), and is otherwise judged by how the
   document writes words on one line elsewhere: it stays when the document writes the compound
   ("long-term"), goes when it writes the closed word ("cooperation"), stays when it writes both parts
   as words of their own ("high" and "level": a compound of two words), and goes when it writes
   neither (typesetting's line-break hyphen: "co-" + "operation" -> "cooperation", "negoti-" +
   "ations" -> "negotiations"). The last default is wrong for a compound of which the document never
   writes a part alone: a PDF that breaks "long-term" over two lines and never writes "long" reads as
   "longterm".
"""

from __future__ import annotations

import io
import math
import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ...errors import InputError, reason
from ...text.segment import LIST_MARK
from ..reading import clean_text
from .document import (
    DocumentText,
    Metadata,
    SourceKind,
    join_blocks,
    parse_date,
    quiet_library_logs,
    require,
    text_or_none,
)

#: Pages read at most. pdfminer's layout analysis takes about 40 ms for a page of dense text, so a
#: thousand pages is some forty seconds; a readout is one to ten pages, and a PDF of more than a thousand
#: is a report or a book, whose readout is better copied out.
MAX_PDF_PAGES = 1_000

#: The top and bottom share of a page where running headers, footers and page numbers are looked for.
_MARGIN_SHARE = 0.15
#: A running header recurs at the same height on each page: within this many points (a few, for rounding).
_SAME_HEIGHT_POINTS = 6.0
#: A line's height within this share of the previous line's is the same font size.
_SAME_SIZE_SHARE = 0.25
#: A gap up to this many times the usual line pitch is the next line of the same paragraph; paragraph
#: spacing adds at least half a line (6 points on 12-point lines is the least word processors use).
_PITCH_SLACK = 1.3
#: Which step between lines is the line pitch, as a share of the steps sorted from the smallest. A
#: readout's paragraphs are often one or two lines long, so that half its steps or more are paragraph
#: gaps (the median would be one, and every paragraph would run into the next); a step smaller than the
#: pitch (a superscript, lines set closer) is rare. The lower quartile is a step within a paragraph.
_PITCH_QUANTILE = 0.25
#: A line ending a sentence that stops more than this share of the column's width short of its right
#: edge ends its paragraph (a wrapped line falls short by at most one long word).
_SHORT_LINE_SHARE = 0.3
#: A line starting this many line heights right of the previous one is an indented first line.
_INDENT_HEIGHTS = 1.0
#: Text that is more than this share "(cid:N)" codes comes from fonts without a character map.
_MAX_CID_SHARE = 0.3

_PAGE_NUMBER = re.compile(
    r"(?:page|p\.|pg\.?)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|of)\s*\d{1,4})?", re.IGNORECASE
)
_DIGITS = re.compile(r"\d+")
_CID = re.compile(r"\(cid:\d+\)")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
# A list item's bullet (any list item's start is segment's LIST_MARK).
_BULLET = re.compile(r"[•▪◦‣●○■□➢►✓]")
# The letters before a line-end hyphen; a word; a compound written within a line.
_HYPHENATED_END = re.compile(r"(\w+)[-\u2010]$")
_WORD = re.compile(r"\w+")
_COMPOUND = re.compile(r"\b(\w+)[-\u2010](\w+)\b")
# Ligatures some fonts map to one character, read as their letters; the bullets of Word's Symbol and
# Wingdings fonts, which come out as private-use characters, read as the bullets they draw.
_GLYPHS = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\uf0b7": "•",
        "\uf0a7": "▪",
    }
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Line:
    """One text line of a page: its text and where it sits (PDF points, the origin at the bottom left)."""

    text: str
    page: int
    x0: float
    bottom: float
    x1: float
    top: float

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass(frozen=True, slots=True)
class Page:
    """A page's lines in reading order, the page's height and the left and right edges of its text."""

    lines: tuple[Line, ...]
    height: float
    left: float
    right: float


def _layout_lines(item, page: int) -> Iterator[Line]:
    """The text lines under a layout item, in pdfminer's reading order (text inside figures too)."""
    from pdfminer.layout import LTContainer, LTTextLine

    for child in item:
        if isinstance(child, LTTextLine):
            text = _CONTROL.sub("", child.get_text().translate(_GLYPHS)).replace("\u00a0", " ")
            text = " ".join(text.split())
            if text:
                yield Line(text, page, child.x0, child.y0, child.x1, child.y1)
        elif isinstance(child, LTContainer):
            yield from _layout_lines(child, page)


def read_pages(data: bytes) -> tuple[list[Page], Metadata]:
    """The PDF's pages as lines, and what its information dictionary states; InputError for a PDF that
    cannot be read (damaged, protected by a password, over MAX_PDF_PAGES pages)."""
    require("pdfminer", "pdf", "PDF files")
    quiet_library_logs("pdfminer")
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        metadata = _metadata(document)
        count = 0
        for count, _ in enumerate(PDFPage.create_pages(document), 1):
            if count > MAX_PDF_PAGES:
                raise InputError(
                    f"the PDF has more than {MAX_PDF_PAGES:,} pages, more than this tool reads "
                    "(MAX_PDF_PAGES): copy the readout's pages into a smaller PDF or a .txt file"
                )
        resources = PDFResourceManager()
        device = PDFPageAggregator(resources, laparams=LAParams(all_texts=True))
        interpreter = PDFPageInterpreter(resources, device)
        pages = []
        for number, page in enumerate(PDFPage.create_pages(document), 1):
            interpreter.process_page(page)
            layout = device.get_result()
            lines = tuple(_layout_lines(layout, number))
            left, right = (min(l.x0 for l in lines), max(l.x1 for l in lines)) if lines else (0.0, 0.0)
            pages.append(Page(lines, layout.height, left, right))
    except InputError:
        raise
    except PDFPasswordIncorrect as exc:
        raise InputError("the PDF is protected by a password: save a copy without one and read that") from exc
    except PDFEncryptionError as exc:
        raise InputError(f"the PDF is encrypted in a way this tool cannot read ({reason(exc)})") from exc
    except Exception as exc:
        # pdfminer reports a damaged file with errors of many kinds (its own syntax errors, KeyError,
        # TypeError, struct.error, ...): any of them means the file cannot be read.
        raise InputError(f"not a readable PDF: the file is damaged or incomplete ({reason(exc)})") from exc
    if not count:
        raise InputError("not a readable PDF: it has no pages")
    return pages, metadata


def _metadata(document) -> Metadata:
    """Title, author and creation date from the PDF's information dictionary, when it has them (none
    when it is damaged: the text may still be read)."""
    try:
        return _information(document)
    except Exception:  # noqa: BLE001 - pdfminer's errors on a damaged dictionary are of many kinds
        return Metadata()


def _information(document) -> Metadata:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    info: dict = {}
    for entry in document.info:
        info.update(entry)

    def field(name: str) -> str | None:
        value = resolve1(info.get(name))
        if isinstance(value, bytes):
            value = decode_text(value)
        return text_or_none(value)

    created = field("CreationDate") or ""
    day = None
    if match := re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", created):
        day = parse_date("-".join(match.groups()))
    # Word writes the company into a PDF's information too, when it has one: the issuer's name.
    return Metadata(title=field("Title"), date=day, author=field("Author"), publisher=field("Company"))


def _running_lines(pages: list[Page]) -> set[Line]:
    """The running headers, footers and page numbers of the pages (rule 2 of the module docstring)."""
    in_margin: dict[tuple[str, str], list[Line]] = defaultdict(list)
    found = set()
    for page in pages:
        for line in page.lines:
            if line.bottom >= page.height * (1 - _MARGIN_SHARE):
                zone = "top"
            elif line.top <= page.height * _MARGIN_SHARE:
                zone = "bottom"
            else:
                continue
            if _PAGE_NUMBER.fullmatch(line.text):
                found.add(line)
            else:
                in_margin[zone, _DIGITS.sub("#", line.text.casefold())].append(line)
    needed = max(2, math.ceil(len(pages) / 2))
    for lines in in_margin.values():
        if len({line.page for line in lines}) < needed:
            continue
        usual = statistics.median(line.bottom for line in lines)
        same = [line for line in lines if abs(line.bottom - usual) <= _SAME_HEIGHT_POINTS]
        if len({line.page for line in same}) >= needed:
            found.update(same)
    return found


def _line_pitch(pages: list[Page]) -> float:
    """The document's usual distance from one line's bottom to the next's within a paragraph, in points:
    the lower quartile of the steps between lines (``_PITCH_QUANTILE``)."""
    steps = sorted(
        round(a.bottom - b.bottom, 1)
        for page in pages
        for a, b in zip(page.lines, page.lines[1:])
        if 0 < a.bottom - b.bottom < 3 * max(a.height, b.height)
    )
    return steps[int(len(steps) * _PITCH_QUANTILE)] if steps else 0.0


def _goes_on(a: Line, b: Line) -> bool:
    """Whether ``b``, the first line after a page or column break, goes on with ``a``'s paragraph: ``a``
    does not end a sentence and ``b`` is not a list item."""
    return not _SENTENCE_END.search(a.text) and not LIST_MARK.match(b.text)


def _starts_paragraph(a: Line, b: Line, pitch: float, page: Page) -> bool:
    """Whether line ``b``, read after ``a`` on the same page, starts a new paragraph (rule 3)."""
    step = a.bottom - b.bottom
    if _BULLET.match(b.text):
        return True
    if step < -pitch and b.x0 >= a.x1 - a.height:  # up and to the right: the next column
        return not _goes_on(a, b)
    if step <= 0 or step > pitch * _PITCH_SLACK + 0.5:
        return True
    if abs(a.height - b.height) > _SAME_SIZE_SHARE * max(a.height, b.height):
        return True
    if not _SENTENCE_END.search(a.text):
        return False
    short = page.right - a.x1 > _SHORT_LINE_SHARE * (page.right - page.left)
    return short or b.x0 - a.x0 > _INDENT_HEIGHTS * a.height


def _paragraphs(pages: list[Page], dropped: set[Line]) -> Iterator[list[Line]]:
    """The document's paragraphs as lists of lines, in reading order (rule 3)."""
    pitch = _line_pitch(pages)
    current: list[Line] = []
    for page in pages:
        lines = [line for line in page.lines if line not in dropped]
        for index, line in enumerate(lines):
            if current:
                previous = current[-1]
                if index == 0:
                    goes_on = _goes_on(previous, line)
                else:
                    goes_on = not _starts_paragraph(previous, line, pitch, page)
                if not goes_on:
                    yield current
                    current = []
            current.append(line)
    if current:
        yield current


@dataclass(frozen=True, slots=True)
class Spellings:
    """How a document writes words within a line: its hyphenated compounds ("long-term") and its
    single words ("cooperation", "high"), lowercased; the evidence for a line-end hyphen (rule 4)."""

    compounds: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()


def spellings(lines: Iterable[str]) -> Spellings:
    """The compounds and words written within ``lines``: not the parts a line-end hyphen splits."""
    compounds, words = set(), set()
    split_before = False
    for line in lines:
        tokens = _WORD.findall(line)
        split_after = bool(_HYPHENATED_END.search(line))
        words.update(tokens[int(split_before) : len(tokens) - int(split_after)])
        compounds.update(match.group(0).replace("\u2010", "-") for match in _COMPOUND.finditer(line))
        split_before = split_after
    return Spellings(frozenset(c.casefold() for c in compounds), frozenset(w.casefold() for w in words))


def _keeps_hyphen(left: str, right: str, known: Spellings) -> bool:
    """Whether a hyphen between ``left`` at one line's end and ``right`` at the next's is the word's own."""
    if not right[0].islower():
        return True
    if f"{left}-{right}".casefold() in known.compounds:
        return True
    if f"{left}{right}".casefold() in known.words:
        return False
    return left.casefold() in known.words and right.casefold() in known.words


def join_lines(lines: list[str], known: Spellings = Spellings()) -> str:
    """A paragraph's lines as one line (rule 4 of the module docstring); ``known`` is how the document
    writes words within its lines."""
    text = ""
    for line in lines:
        if not text:
            text = line
        elif text.endswith("\u00ad"):
            text = text[:-1] + line
        elif (end := _HYPHENATED_END.search(text)) and (start := _WORD.match(line)):
            text = (text if _keeps_hyphen(end.group(1), start.group(0), known) else text[:-1]) + line
        else:
            text = f"{text} {line}"
    return text


def read_pdf(data: bytes) -> DocumentText:
    """A PDF's text as paragraphs separated by blank lines (the rules are in the module docstring);
    InputError for a PDF that cannot be read or holds no text."""
    pages, metadata = read_pages(data)
    dropped = _running_lines(pages)
    known = spellings(line.text for page in pages for line in page.lines if line not in dropped)
    text = join_blocks(
        join_lines([line.text for line in paragraph], known) for paragraph in _paragraphs(pages, dropped)
    )
    if not text.strip():
        raise InputError(
            "the PDF holds no text (a scanned image? run it through OCR or copy the readout into a .txt file)"
        )
    if sum(map(len, _CID.findall(text))) > _MAX_CID_SHARE * len(text):
        raise InputError(
            "the PDF's fonts do not say which letters they draw, so its text cannot be read: "
            "copy the readout into a .txt file"
        )
    return DocumentText(clean_text(text), SourceKind.PDF, None, metadata)
