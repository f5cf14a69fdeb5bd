"""The Markdown report: GitHub-flavoured, for job summaries (``>> "$GITHUB_STEP_SUMMARY"``) and PR comments.

Input text is escaped so that it always shows as written: no character of a readout can open a
link, a tag, an emphasis or a table cell. Words of a matched sentence the other side never uses are
set in bold, like the terminal report's highlighting (this module does not import Rich).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

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
    MentionReport,
    NearestReport,
    OnlyReport,
    Report,
    SentenceReport,
    SideReport,
    StatementReport,
    Word,
)
from . import RenderOptions
from .text import one_line, percent, plural

_NONE = "—"  # an empty table cell reads as a missing value, a dash says so

# Characters that could change rendering anywhere inline: CommonMark's emphasis, code, links, HTML and
# escapes; GFM's tables and strikethrough; GitHub's headings and math (``$``). Periods, parentheses and
# the rest stay as they are, so the raw Markdown stays readable.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~$])")
# ``&amp;`` would show as ``&``: escape an ampersand only where it starts an entity.
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What would make the start of a line a list marker (``>`` and ``#`` are escaped everywhere).
_LEADING_MARKER = re.compile(r"^(?:([-+])|(\d{1,9})([.)]))(?=\s|$)")
# A word split into what precedes it, the word, and what follows (punctuation at either end).
_WORD_PARTS = re.compile(r"^([^\w]*)(.*?)([^\w]*)$", re.S)


def _escape_inline(text: str) -> str:
    return _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", text))


def _escape_start(markdown: str) -> str:
    """Escape a list marker at the start of an already escaped line (``- x``, ``+ x``, ``1. x``)."""
    match = _LEADING_MARKER.match(markdown)
    if not match:
        return markdown
    if match.group(1):
        return "\\" + markdown
    return f"{match.group(2)}\\{markdown[match.end(2):]}"


def escape(text: str) -> str:
    """``text`` as Markdown that shows it literally, on one line: safe in a heading, list or table cell."""
    return _escape_start(_escape_inline(one_line(text)))


def code(text: str) -> str:
    """``text`` as a code span, its fence longer than any run of backticks inside it."""
    text = one_line(text)
    if not text:
        return ""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text[0] in "` " or text[-1] in "` " else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def highlight_differences(words: tuple[Word, ...]) -> str:
    """A matched sentence's ``words`` escaped, with each run of words the other side never uses in bold.

    A run is bold from the first letter of its first word to the last letter of its last one, so
    surrounding punctuation stays plain: ``**Secretary Trentino** met Minister **Firefly**.``
    """
    pieces: list[str] = []
    run: list[str] = []  # the raw tokens of the bold run being collected

    def close_run() -> None:
        if not run:
            return
        lead = _WORD_PARTS.match(run[0]).group(1)
        trail = _WORD_PARTS.match(run[-1]).group(3)
        joined = " ".join(run)
        inner = joined[len(lead) : len(joined) - len(trail)]
        pieces.append(f"{_escape_inline(lead)}**{_escape_inline(inner)}**{_escape_inline(trail)}")
        run.clear()

    for word in words:
        token = one_line(word.text)
        if word.differs:
            run.append(token)
        else:
            close_run()
            pieces.append(_escape_inline(token))
    close_run()
    return _escape_start(" ".join(pieces))


def _cell(markdown: str) -> str:
    """A table cell (already escaped, so on one line with its pipes escaped); a dash when empty."""
    return markdown or _NONE


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def _table(header: Iterable[str], align: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    lines = [_row(header), "|" + "|".join(align) + "|"]
    lines.extend(_row(row) for row in rows)
    return "\n".join(lines)


def _label(statement: StatementReport) -> str:
    """``Issuer (s1)``: the id keeps two statements by the same issuer apart and leads to sentence ids."""
    return f"{escape(statement.name)} ({escape(statement.id)})"


def _statements_table(document: DocumentReport) -> str:
    rows = [
        [
            escape(s.id),
            escape(s.name),
            escape(s.place or ""),
            s.date or "",
            escape(s.title or ""),
            str(len(s.sentences)),
        ]
        for s in document.statements
    ]
    table = _table(["id", "issuer", "place", "date", "title", "sentences"], ["---"] * 5 + ["--:"], rows)
    notes = [f"- {code(s.id)} {escape(s.input_note)}" for s in document.statements if s.input_note]
    return "\n\n".join([table, "\n".join(notes)]) if notes else table


def _summary(comparison: ComparisonReport) -> str:
    counts = [f"**{len(comparison.matches)}** matched"]
    counts.extend(f"**{len(side.only)}** only in {_label(side.statement)}" for side in comparison.sides)
    return " · ".join(counts)


def _nearest_note(nearest: NearestReport | None) -> str:
    if nearest is None:
        return "*nearest: none*"
    return f"*nearest: {escape(nearest.sentence.id)} ({nearest.score:.2f}{nearest.margin_note})*"


def _only_item(only: OnlyReport) -> str:
    sentence = only.sentence
    return f"- {code(sentence.id)} {escape(sentence.text)} {_nearest_note(only.nearest)}"


def _only(side: SideReport) -> str:
    heading = f"#### Only in {_label(side.statement)}"
    if not side.only:
        return f"{heading}\n\n*Nothing: every sentence was matched.*"
    return heading + "\n\n" + "\n".join(map(_only_item, side.only))


def _match_cell(sentences: tuple[MatchedSentence, ...]) -> str:
    """One side of a match: its sentences one a line, each after its id."""
    return "<br>".join(f"{code(m.sentence.id)} {highlight_differences(m.words)}" for m in sentences)


def _matched(comparison: ComparisonReport) -> str:
    heading = f"#### Matched ({len(comparison.matches)})"
    if not comparison.matches:
        return f"{heading}\n\n*No sentence of one readout matches the other's.*"
    rows = [[f"{m.score:.2f}", _match_cell(m.left), _match_cell(m.right)] for m in comparison.matches]
    header = ["score", *(_label(side.statement) for side in comparison.sides)]
    return f"{heading}\n\n{_table(header, ['--:', '---', '---'], rows)}"


def _key_terms(side: SideReport) -> str:
    shown = ", ".join(escape(t) for t in side.terms) if side.terms else "*none*"
    return f"- **Key terms only in {_label(side.statement)}:** {shown}"


def _ids(sentences: tuple[SentenceReport, ...]) -> str:
    return ", ".join(code(s.id) for s in sentences)


def _topics(comparison: ComparisonReport) -> str:
    """The topic grid: a row per topic, a column per statement; topics one side only mentions come
    first (the grid's order), in bold."""
    heading = "#### Topics"
    if not comparison.topics:
        return f"{heading}\n\n*{NO_TOPIC}*"
    rows = []
    for row in comparison.topics:
        label, marker = escape(row.label), escape(row.marker)
        if row.side != "both":
            label, marker = f"**{label}**", f"**{marker}**"
        cells = [_ids(cell) if cell else f"*{NOT_MENTIONED}*" for cell in (row.left, row.right)]
        rows.append([label, marker, *cells])
    header = ["topic", "mentioned by", *(_label(side.statement) for side in comparison.sides)]
    return f"{heading}\n\n{_table(header, ['---'] * 4, rows)}"


def _emphasis(comparison: ComparisonReport) -> str:
    """Per statement, one line: its length, what it leads with, its topics in order with their share."""
    emphasis = comparison.emphasis
    if not emphasis.measured:
        return f"#### Emphasis\n\n*{NO_EMPHASIS}*"
    note = "topics in order of first appearance, with their share of the statement's words"
    lines = []
    for side, measured in zip(comparison.sides, (emphasis.left, emphasis.right)):
        lead = f"**{escape(measured.leads_with_label or '')}**" if measured.leads_with else f"*{NO_LEAD}*"
        shares = " · ".join(f"{escape(t.label)} {escape(percent(t.share))}" for t in measured.topics)
        line = f"- **{_label(side.statement)}:** {measured.words} words · leads with: {lead}"
        lines.append(f"{line} — {shares}" if shares else line)
    ratio = emphasis.ratio_note
    intro = f"{escape(ratio)}; {note}." if ratio else f"{note[0].upper()}{note[1:]}."
    return "#### Emphasis\n\n" + intro + "\n\n" + "\n".join(lines)


def _mention(mention: MentionReport) -> str:
    return f'{code(mention.sentence.id)} "{escape(mention.text)}"'


def _conflict(conflict: ConflictReport) -> str:
    return (
        f"- **{escape(conflict.kind)}**, {escape(conflict.scope_label)}: {escape(conflict.detail)} — "
        f"{_mention(conflict.left)} vs {_mention(conflict.right)}"
    )


def _conflicts(comparison: ComparisonReport) -> str:
    if not comparison.conflicts:
        return f"#### Conflicting facts\n\n*{NO_CONFLICTS}*"
    items = "\n".join(map(_conflict, comparison.conflicts))
    return f"#### Conflicting facts ({len(comparison.conflicts)})\n\n{items}"


def _speakers(side: SideReport) -> str:
    """Who one statement credits, in order of first credit: ``both sides — agreed (`s2.7`, `s2.8`)``."""
    if not side.speakers:
        return f"- **{_label(side.statement)}:** *{NO_SPEAKER}*"
    items = [
        f"  - {escape(speaker.speaker)} — "
        + ", ".join(f"{escape(verb.verb)} ({_ids(verb.sentences)})" for verb in speaker.verbs)
        for speaker in side.speakers
    ]
    return f"- **{_label(side.statement)}:**\n" + "\n".join(items)


def _comparison(comparison: ComparisonReport) -> Iterator[str]:
    left, right = comparison.left.statement, comparison.right.statement
    yield f"### {escape(left.id)} vs {escape(right.id)}"
    yield _summary(comparison)
    yield from map(_only, comparison.sides)
    yield _matched(comparison)
    yield "\n".join(map(_key_terms, comparison.sides))
    yield _topics(comparison)
    yield _emphasis(comparison)
    yield _conflicts(comparison)
    yield "#### Who said it\n\n" + "\n".join(map(_speakers, comparison.sides))


def _document(document: DocumentReport) -> Iterator[str]:
    if document.title and document.title.strip():
        yield f"## {escape(document.title)}"
        note = document.encoding_note
        yield f"Source: {code(document.source) or _NONE}" + (f" ({note})" if note else "")
    else:
        yield f"## {code(document.source) or _NONE}"
    yield _statements_table(document)
    for comparison in document.comparisons:
        yield from _comparison(comparison)


def _document_name(document: DocumentReport) -> str:
    if document.title and document.title.strip():
        return f"{escape(document.title)} ({code(document.source)})"
    return code(document.source)


def _overview(report: Report) -> Iterator[str]:
    """The list of documents that heads a report of several."""
    yield "# readout-diff report"
    counts = [plural(len(report.documents), "document", f"**{len(report.documents)}**")]
    if report.errors:
        counts.append(f"**{len(report.errors)}** failed")
    yield " · ".join(counts)
    items = []
    for number, document in enumerate(report.documents, 1):
        statements = plural(len(document.statements), "statement", f"**{len(document.statements)}**")
        facts = [statements, f"**{document.matched}** matched", f"**{document.only}** only"]
        items.append(f"{number}. {_document_name(document)}: {' · '.join(facts)}")
    yield "\n".join(items)


def _errors(errors: tuple[ErrorReport, ...]) -> Iterator[str]:
    yield "## Errors"
    yield "\n".join(f"- {code(e.source) or _NONE}: {escape(e.message)}" for e in errors)


def render(report: Report, options: RenderOptions) -> str:
    """The whole Markdown report, failures listed at the end; empty when there is nothing."""
    blocks: list[str] = []
    if len(report.documents) > 1:
        blocks.extend(_overview(report))
    for document in report.documents:
        blocks.extend(_document(document))
    if report.errors:
        blocks.extend(_errors(report.errors))
    return "\n\n".join(blocks) + "\n" if blocks else ""
