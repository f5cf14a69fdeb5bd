"""The Word report (``--format docx -o report.docx``), the report an analyst forwards, with python-docx.

The statements' headers, each comparison's counts, what one statement alone says (with the nearest
candidate), the matched pairs side by side in a two-column table with the words the other side never uses
highlighted, key terms, the topic grid, emphasis, conflicting facts and who said it, in the order of the
Markdown and terminal reports. The same report gives the same bytes: the document's dates are the newest
statement date (none when no statement is dated) and every zip entry carries one fixed timestamp.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime

import docx
from docx.document import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from .. import __version__
from ..report import (
    NO_CONFLICTS,
    NO_EMPHASIS,
    NO_LEAD,
    NO_SPEAKER,
    NO_TOPIC,
    NOT_MENTIONED,
    ComparisonReport,
    ConflictReport,
    DocumentReport,
    ErrorReport,
    MatchedSentence,
    MatchReport,
    MentionReport,
    OnlyReport,
    Report,
    SentenceReport,
    SideReport,
    StatementReport,
    Word,
)
from . import RenderOptions
from .text import one_line, percent, plural, shorten, visible

# ---------------------------------------------------------------------------------------------------
# Looks, as data

#: Differing words are bold and highlighted: the highlight shows on screen, the bold survives a
#: black-and-white print. Word's highlight colours are a fixed palette; yellow reads as a marker pen.
_DIFFERENT = WD_COLOR_INDEX.YELLOW
#: Ids, nearest candidates, match details: the HTML report's muted grey.
_QUIET = RGBColor(0x5D, 0x66, 0x75)
#: Table header rows, and the details row above each matched pair (the HTML report's wash).
_HEADER_FILL = "E8ECF2"
#: Topic rows only one statement mentions (the HTML report's colour for one-side-only).
_ONE_SIDE_FILL = "FFF1D6"
#: Body text: small enough that two sentences side by side fit a portrait page's half.
_BODY_SIZE = Pt(10)
_DETAIL_SIZE = Pt(8.5)
#: Margins narrower than Word's 2.54 cm: the match table needs the width.
_MARGIN = Cm(2)
#: Space above a paragraph that follows a table (a table has no space after it).
_AFTER_TABLE = Pt(10)
#: The nearest candidate's text, cut like the HTML report's tooltip.
_NEAREST_CHARS = 160
#: Shared terms shown with a match, as in the terminal and HTML reports.
_SHARED_SHOWN = 6
#: Column shares of the content width, per table.
_STATEMENT_COLUMNS = (0.05, 0.25, 0.17, 0.14, 0.25, 0.14)
_TOPIC_COLUMNS = (0.2, 0.18, 0.31, 0.31)
_EMPHASIS_COLUMNS = (0.26, 0.09, 0.2, 0.45)
#: The longest text a core property holds (python-docx refuses more, as the Office format limits it):
#: a long headline or a --pair meeting's file names are cut to it in the title property.
_MAX_PROPERTY_CHARS = 255
#: Zip entries carry this timestamp (the earliest a zip can hold), not the time of the run.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
#: The generator named in the document's properties.
_GENERATOR = "readout-diff"

# Characters XML 1.0 cannot hold (python-docx refuses them) beyond the controls ``visible`` shows.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_SPACE = re.compile(r"\s+")
_LEAD = re.compile(r"^\W*")
_TRAIL = re.compile(r"\W*$")


def _clean(text: str) -> str:
    """Input text as a run holds it: each run of whitespace one space, controls visible, XML-safe."""
    return _NOT_XML.sub("\ufffd", visible(_SPACE.sub(" ", text), keep=""))


# ---------------------------------------------------------------------------------------------------
# Paragraph and table helpers

#: A piece of a paragraph: its text and how it looks (a set of "bold", "italic", "quiet", "different").
Part = tuple[str, frozenset[str]]
_PLAIN: frozenset[str] = frozenset()


def _part(text: str, *looks: str) -> Part:
    return text, frozenset(looks)


def _write(paragraph: Paragraph, parts: Iterable[Part | str], size: Pt | None = None) -> Paragraph:
    """Append ``parts`` to ``paragraph`` as runs (a string is a plain part); input text is cleaned."""
    for part in parts:
        text, looks = (part, _PLAIN) if isinstance(part, str) else part
        text = _clean(text)
        if not text:
            continue
        run = paragraph.add_run(text)
        if "bold" in looks or "different" in looks:
            run.bold = True
        if "italic" in looks:
            run.italic = True
        if "different" in looks:
            run.font.highlight_color = _DIFFERENT
        if "quiet" in looks:
            run.font.color.rgb = _QUIET
        if size is not None:
            run.font.size = size
    return paragraph


def _paragraph(document: Document, *parts: Part | str, style: str | None = None) -> Paragraph:
    """A new paragraph of ``parts``. ``style`` is a style id of python-docx's template ("ListBullet",
    "Heading1"), set as it is: looking a style up by its name scans every style of the template, and took
    half the time of a report."""
    paragraph = document.add_paragraph()
    if style is not None:
        paragraph._p.style = style
    return _write(paragraph, parts)


def _note(document: Document, text: str) -> Paragraph:
    """An italic, quiet line: what a section says when it has nothing to show."""
    return _paragraph(document, _part(text, "italic", "quiet"))


def _fill(cell: _Cell, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _keep_rows_whole(table: Table, header_rows: int = 1) -> None:
    """No row breaks across pages; the header row is repeated on every page the table reaches."""
    for number, row in enumerate(table.rows):
        properties = row._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))
        if number < header_rows:
            properties.append(OxmlElement("w:tblHeader"))


def _table(document: Document, header: Iterable[str], shares: tuple[float, ...]) -> Table:
    """A bordered table with a shaded, bold header row, its columns ``shares`` of the content width (rows
    added later take their cells' widths from the columns; a merged cell spans their sum)."""
    section = document.sections[-1]
    width = section.page_width - section.left_margin - section.right_margin
    table = document.add_table(rows=1, cols=len(shares))
    table.style = "Table Grid"
    table.autofit = False
    for column, share in zip(table.columns, shares):
        column.width = int(width * share)
    for cell, column, text in zip(table.rows[0].cells, table.columns, header):
        cell.width = column.width  # Word reads the cells' widths, LibreOffice the columns'
        _write(cell.paragraphs[0], [_part(text, "bold")]).paragraph_format.keep_with_next = True
        _fill(cell, _HEADER_FILL)
    return table


def _row(table: Table, cells: Iterable[Iterable[Part | str]]) -> list[_Cell]:
    """A row of ``cells``, each written as one paragraph."""
    row = table.add_row().cells
    for cell, parts in zip(row, cells):
        _write(cell.paragraphs[0], parts)
    return row


# ---------------------------------------------------------------------------------------------------
# The report's pieces


def _label(statement: StatementReport) -> str:
    """``Issuer (s1)``: the id keeps two statements by the same issuer apart and leads to sentence ids."""
    return f"{one_line(statement.name)} ({statement.id})"


def _ids(sentences: tuple[SentenceReport, ...]) -> str:
    return ", ".join(s.id for s in sentences)


def highlight_parts(text: str, words: tuple[Word, ...]) -> list[Part]:
    """``text`` in pieces, each run of words the other side never uses one "different" piece, from the
    first letter of its first word to the last letter of its last one (punctuation around stays plain)."""
    parts: list[Part] = []
    plain_from, run = 0, None  # run: the [start, end) of the highlighted run being collected
    for word in (*words, None):
        if word is not None and word.differs:
            start = word.start + len(_LEAD.match(word.text).group())
            end = word.end - len(_TRAIL.search(word.text).group())
            run = (start, end) if run is None else (run[0], end)
            continue
        if run is not None:
            parts += [_part(text[plain_from : run[0]]), _part(text[run[0] : run[1]], "different")]
            plain_from, run = run[1], None
    parts.append(_part(text[plain_from:]))
    return [part for part in parts if part[0]]


def _sentence(sentence: SentenceReport) -> list[Part]:
    return [_part(sentence.id, "quiet"), " ", sentence.text]


def _heading(document: Document, text: str, level: int) -> Paragraph:
    """A heading of ``level`` (0: the title)."""
    return _paragraph(document, text, style="Title" if level == 0 else f"Heading{level}")


def _statements(document: Document, statements: tuple[StatementReport, ...]) -> None:
    """The statements' headers, one row each."""
    table = _table(document, ["id", "issuer", "place", "date", "title", "sentences"], _STATEMENT_COLUMNS)
    for s in statements:
        fields = (s.id, s.name, s.place or "", s.date or "", s.title or "", str(len(s.sentences)))
        _row(table, [[field] for field in fields])
    _keep_rows_whole(table)
    for s in statements:
        if s.input_note:
            _paragraph(document, _part(s.id, "bold"), f" {s.input_note}", style="ListBullet")


def _summary(document: Document, comparison: ComparisonReport) -> None:
    parts: list[Part | str] = [_part(str(len(comparison.matches)), "bold"), " matched"]
    for side in comparison.sides:
        parts += [" · ", _part(str(len(side.only)), "bold"), f" only in {_label(side.statement)}"]
    _paragraph(document, *parts)


def _nearest(only: OnlyReport) -> list[Part]:
    nearest = only.nearest
    if nearest is None:
        return [_part("nearest: none", "italic", "quiet")]
    text = shorten(nearest.sentence.text, _NEAREST_CHARS)
    score = f"{nearest.score:.2f}{nearest.margin_note}"
    return [_part(f"nearest: {nearest.sentence.id} ({score}) “{text}”", "italic", "quiet")]


def _only(document: Document, side: SideReport, level: int) -> None:
    _heading(document, f"Only in {_label(side.statement)}", level)
    if not side.only:
        _note(document, "Nothing: every sentence was matched.")
    for only in side.only:
        item = _paragraph(document, *_sentence(only.sentence), style="ListBullet")
        item.add_run().add_break()
        _write(item, _nearest(only))


def _match_details(match: MatchReport) -> str:
    """``Match 1 · score 0.36 · shared terms: ... · same role: Frame``."""
    details = [f"Match {match.number}", f"score {match.score:.2f}"]
    if match.shared:
        details.append("shared terms: " + ", ".join(match.shared[:_SHARED_SHOWN]))
    details.extend(match.evidence)
    return " · ".join(details)


def _match_side(cell: _Cell, sentences: tuple[MatchedSentence, ...]) -> None:
    """One side of a match: its sentences a paragraph each, after their ids, differing words highlighted."""
    for number, matched in enumerate(sentences):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        sentence = matched.sentence
        _write(paragraph, [_part(sentence.id, "quiet"), " ", *highlight_parts(sentence.text, matched.words)])


def _matched(document: Document, comparison: ComparisonReport, level: int) -> None:
    _heading(document, f"Matched ({len(comparison.matches)})", level)
    if not comparison.matches:
        _note(document, "No sentence of one readout matches the other's.")
        return
    highlighted = _part("highlighted", "different")
    legend = _paragraph(document, "Words the other side never uses are ", highlighted, ".")
    legend.paragraph_format.keep_with_next = True  # with the table's header row
    table = _table(document, [_label(side.statement) for side in comparison.sides], (0.5, 0.5))
    for match in comparison.matches:
        details = table.add_row().cells
        merged = details[0].merge(details[1])
        _write(merged.paragraphs[0], [_part(_match_details(match), "quiet")], size=_DETAIL_SIZE)
        left, right = table.add_row().cells
        _match_side(left, match.left)
        _match_side(right, match.right)
    _keep_rows_whole(table)
    for row in table.rows[1::2]:  # the details rows, shaded like the header, each kept with its pair
        _fill(row.cells[0], _HEADER_FILL)
        row.cells[0].paragraphs[0].paragraph_format.keep_with_next = True


def _key_terms(document: Document, side: SideReport) -> Paragraph:
    shown = ", ".join(side.terms) if side.terms else _part("none", "italic", "quiet")
    return _paragraph(document, _part(f"Key terms only in {_label(side.statement)}: ", "bold"), shown)


def _topics(document: Document, comparison: ComparisonReport, level: int) -> None:
    """The topic grid: a row per topic, a column per statement; topics one side only mentions come first
    (the grid's order), in bold on a shaded row."""
    _heading(document, "Topics", level)
    if not comparison.topics:
        _note(document, NO_TOPIC)
        return
    header = ["topic", "mentioned by", *(_label(side.statement) for side in comparison.sides)]
    table = _table(document, header, _TOPIC_COLUMNS)
    for row in comparison.topics:
        looks = ("bold",) if row.side != "both" else ()
        cells = [
            [_ids(sentences)] if sentences else [_part(NOT_MENTIONED, "italic", "quiet")]
            for sentences in (row.left, row.right)
        ]
        written = _row(table, [[_part(row.label, *looks)], [_part(row.marker, *looks)], *cells])
        if row.side != "both":
            for cell in written:
                _fill(cell, _ONE_SIDE_FILL)
    _keep_rows_whole(table)


def _emphasis(document: Document, comparison: ComparisonReport, level: int) -> None:
    """Per statement: its length, what it leads with, its topics in order with their share of its words."""
    _heading(document, "Emphasis", level)
    emphasis = comparison.emphasis
    if not emphasis.measured:
        _note(document, NO_EMPHASIS)
        return
    if emphasis.ratio_note:
        _paragraph(document, emphasis.ratio_note).paragraph_format.keep_with_next = True
    header = ["statement", "words", "leads with", "topics in order of first appearance, share of words"]
    table = _table(document, header, _EMPHASIS_COLUMNS)
    for side, measured in zip(comparison.sides, (emphasis.left, emphasis.right)):
        no_lead = _part(NO_LEAD, "italic", "quiet")
        lead = _part(measured.leads_with_label or "", "bold") if measured.leads_with else no_lead
        shares = " · ".join(f"{one_line(t.label)} {percent(t.share)}" for t in measured.topics)
        _row(table, [[_label(side.statement)], [str(measured.words)], [lead], [shares or no_lead]])
    _keep_rows_whole(table)


def _mention(mention: MentionReport) -> list[Part]:
    return [_part(mention.sentence.id, "quiet"), f" “{mention.text}”"]


def _conflict(document: Document, conflict: ConflictReport) -> None:
    _paragraph(
        document,
        _part(conflict.kind, "bold"),
        f", {conflict.scope_label}: {conflict.detail} — ",
        *_mention(conflict.left),
        " vs ",
        *_mention(conflict.right),
        style="ListBullet",
    )


def _conflicts(document: Document, comparison: ComparisonReport, level: int) -> None:
    count = f" ({len(comparison.conflicts)})" if comparison.conflicts else ""
    _heading(document, f"Conflicting facts{count}", level)
    if not comparison.conflicts:
        _note(document, NO_CONFLICTS)
    for conflict in comparison.conflicts:
        _conflict(document, conflict)


def _speakers(document: Document, side: SideReport) -> None:
    """Who one statement credits, in order of first credit: ``both sides — agreed (s2.7, s2.8)``."""
    _paragraph(document, _part(_label(side.statement), "bold"))
    if not side.speakers:
        _note(document, NO_SPEAKER)
    for speaker in side.speakers:
        verbs = ", ".join(f"{one_line(verb.verb)} ({_ids(verb.sentences)})" for verb in speaker.verbs)
        _paragraph(document, speaker.speaker, f" — {verbs}", style="ListBullet")


def _comparison(document: Document, comparison: ComparisonReport, level: int) -> None:
    left, right = comparison.left.statement, comparison.right.statement
    _heading(document, f"{left.id} vs {right.id}: {left.name} and {right.name}", level)
    _summary(document, comparison)
    for side in comparison.sides:
        _only(document, side, level + 1)
    _matched(document, comparison, level + 1)
    for side in comparison.sides:
        _key_terms(document, side).paragraph_format.space_before = _AFTER_TABLE
    _topics(document, comparison, level + 1)
    _emphasis(document, comparison, level + 1)
    _conflicts(document, comparison, level + 1)
    _heading(document, "Who said it", level + 1)
    for side in comparison.sides:
        _speakers(document, side)


def _name(document: DocumentReport) -> str:
    return document.title if document.title and document.title.strip() else document.source or "—"


def _document(document: Document, report: DocumentReport, level: int, new_page: bool) -> None:
    """One seed file: (with several, a heading, each meeting after the first on a new page), where it came
    from, its statements, its comparisons."""
    if level > 1:
        _heading(document, _name(report), level - 1).paragraph_format.page_break_before = new_page or None
    facts = [f"Source: {report.source or '—'}", plural(len(report.statements), "statement")]
    if report.encoding_note:
        facts.append(report.encoding_note)
    _paragraph(document, _part(" · ".join(facts), "quiet"))
    _statements(document, report.statements)
    if not report.comparisons:
        _note(document, "Fewer than two statements were found: nothing to compare.")
    for comparison in report.comparisons:
        _comparison(document, comparison, level)


def _overview(document: Document, report: Report) -> None:
    """The list of documents that heads a report of several."""
    counts = [plural(len(report.documents), "document")]
    if report.errors:
        counts.append(f"{len(report.errors)} failed")
    _paragraph(document, " · ".join(counts))
    for item in report.documents:
        statements = plural(len(item.statements), "statement")
        _paragraph(
            document,
            _part(_name(item), "bold"),
            f": {statements} · {item.matched} matched · {item.only} only",
            style="ListNumber",
        )


def _errors(document: Document, errors: tuple[ErrorReport, ...]) -> None:
    _heading(document, "Files not compared", 1)
    for error in errors:
        _paragraph(document, _part(error.source or "—", "bold"), f": {error.message}", style="ListBullet")


def _title(report: Report) -> str:
    if len(report.documents) == 1:
        return _name(report.documents[0])
    return "readout-diff report"


# ---------------------------------------------------------------------------------------------------
# The file


def _newest_date(report: Report) -> datetime | None:
    """The newest statement date of the report (ISO dates sort as dates), as midnight UTC."""
    dates = [s.date for d in report.documents for s in d.statements if s.date]
    return datetime.fromisoformat(max(dates)).replace(tzinfo=UTC) if dates else None


def _properties(document: Document, report: Report) -> None:
    """The document's properties: its title and generator, and (instead of the time of the run, so that
    the same report gives the same bytes) the newest statement date, or no date at all."""
    properties = document.core_properties
    properties.title = shorten(_clean(_title(report)), _MAX_PROPERTY_CHARS)
    properties.author = _GENERATOR
    properties.last_modified_by = _GENERATOR
    properties.comments = f"{_GENERATOR} {__version__}"
    properties.revision = 1
    date = _newest_date(report)
    if date is not None:
        properties.created = properties.modified = date
        return
    element = properties._element
    for name in ("dcterms:created", "dcterms:modified"):
        for found in element.findall(qn(name)):
            element.remove(found)


def _drop_thumbnail(document: Document) -> None:
    """python-docx's template carries a thumbnail of an empty page: a file manager would show it."""
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            package.rels.pop(rel_id)


def _page(document: Document) -> None:
    for section in document.sections:
        section.left_margin = section.right_margin = _MARGIN
        section.top_margin = section.bottom_margin = _MARGIN
    document.styles["Normal"].font.size = _BODY_SIZE


def _fixed_zip(data: bytes) -> bytes:
    """``data`` (a zip) rewritten with its entries in the same order, each with one fixed timestamp and
    no host-specific attributes: python-docx stamps every entry with the time of the run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0  # as Word writes it; not the host's
            info.external_attr = 0
            target.writestr(info, source.read(entry))
    return out.getvalue()


def render(report: Report, options: RenderOptions) -> bytes:
    """The whole report as a .docx file's bytes: the same report gives the same bytes."""
    document = docx.Document()
    _page(document)
    _properties(document, report)
    _drop_thumbnail(document)
    _heading(document, _title(report), 0)
    level = 2 if len(report.documents) > 1 else 1
    if level > 1:
        _overview(document, report)
    if not report.documents:
        _note(document, "No document was compared.")
    for number, item in enumerate(report.documents):
        _document(document, item, level, new_page=number > 0)
    if report.errors:
        _errors(document, report.errors)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())
