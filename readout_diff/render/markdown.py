"""The Markdown report: GitHub-flavoured, for job summaries (``>> "$GITHUB_STEP_SUMMARY"``) and PR comments.

Input text is escaped so that it always shows as written: no character of a readout can open a
link, a tag, an emphasis or a table cell. Words of a matched sentence the other side never uses are
set in bold, like the terminal report's highlighting (this module does not import Rich).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import (
    Attribution,
    Comparison,
    Conflict,
    Document,
    DocumentResult,
    Failure,
    Mention,
    Nearest,
    Result,
    Statement,
)
from . import RenderOptions
from .text import (
    NO_CONFLICTS,
    NO_EMPHASIS,
    NO_LEAD,
    NO_SPEAKER,
    NO_TOPIC,
    NOT_MENTIONED,
    SCOPES,
    emphasis_of,
    encoding_note,
    has_emphasis,
    length_ratio,
    one_side_marker,
    percent,
    speaker_credits,
    topic_label,
    topic_labels,
    visible,
    word_key,
    words,
)

_NONE = "—"  # an empty table cell reads as a missing value, a dash says so

# Characters that could change rendering anywhere inline: CommonMark's emphasis, code, links, HTML and
# escapes; GFM's tables and strikethrough; GitHub's headings and math (``$``). Periods, parentheses and
# the rest stay as they are, so the raw Markdown stays readable.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~$])")
# ``&amp;`` would show as ``&``: escape an ampersand only where it starts an entity.
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What would make the start of a line a list marker (``>`` and ``#`` are escaped everywhere).
_LEADING_MARKER = re.compile(r"^(?:([-+])|(\d{1,9})([.)]))(?=\s|$)")
_SPACE = re.compile(r"\s+")
# A word split into what precedes it, the word, and what follows (punctuation at either end).
_WORD_PARTS = re.compile(r"^([^\w]*)(.*?)([^\w]*)$", re.S)

def _one_line(text: str) -> str:
    """``text`` on one line: runs of whitespace (newlines too) become one space, controls made visible."""
    return visible(_SPACE.sub(" ", text).strip(), keep="")


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
    return _escape_start(_escape_inline(_one_line(text)))


def code(text: str) -> str:
    """``text`` as a code span, its fence longer than any run of backticks inside it."""
    text = _one_line(text)
    if not text:
        return ""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text[0] in "` " or text[-1] in "` " else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def highlight_differences(text: str, other_words: frozenset[str]) -> str:
    """``text`` escaped, with each run of words the other side never uses in bold.

    A run is bold from the first letter of its first word to the last letter of its last one, so
    surrounding punctuation stays plain: ``**Secretary Trentino** met Minister **Firefly**.``
    """
    tokens = _one_line(text).split(" ") if text.strip() else []
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

    for token in tokens:
        key = word_key(token)
        if key and key not in other_words:
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


def _plural(count: int, noun: str) -> str:
    return f"**{count}** {noun}{'s' * (count != 1)}"


def _label(statement: Statement) -> str:
    """``Issuer (s1)``: the id keeps two statements by the same issuer apart and leads to sentence ids."""
    return f"{escape(statement.issuer)} ({escape(statement.id)})"


def _statements_table(document: Document) -> str:
    rows = []
    for statement in document.statements:
        header = statement.header
        rows.append(
            [
                escape(statement.id),
                escape(header.issuer),
                escape(header.place or ""),
                header.date.isoformat() if header.date else "",
                escape(header.title or ""),
                str(len(statement.sentences)),
            ]
        )
    return _table(["id", "issuer", "place", "date", "title", "sentences"], ["---"] * 5 + ["--:"], rows)


def _summary(comparison: Comparison, left: Statement, right: Statement) -> str:
    return " · ".join(
        [
            f"**{len(comparison.alignment.matches)}** matched",
            f"**{len(comparison.alignment.left_only)}** only in {_label(left)}",
            f"**{len(comparison.alignment.right_only)}** only in {_label(right)}",
        ]
    )


def _nearest_note(other: Statement, nearest: Nearest | None) -> str:
    if nearest is None:
        return "*nearest: none*"
    return f"*nearest: {escape(other.sentence_id(nearest.index))} ({nearest.score:.2f})*"


def _only(
    statement: Statement, other: Statement, only: tuple[int, ...], nearest: tuple[Nearest | None, ...]
) -> str:
    heading = f"#### Only in {_label(statement)}"
    if not only:
        return f"{heading}\n\n*Nothing: every sentence was matched.*"
    candidates = nearest + (None,) * (len(only) - len(nearest))
    items = [
        f"- {code(statement.sentence_id(index))} {escape(statement.sentences[index].text)} "
        f"{_nearest_note(other, candidate)}"
        for index, candidate in zip(only, candidates)
    ]
    return heading + "\n\n" + "\n".join(items)


def _match_words(statement: Statement, indices: tuple[int, ...]) -> frozenset[str]:
    return frozenset[str]().union(*(words(statement.sentences[i].text) for i in indices))


def _match_cell(statement: Statement, indices: tuple[int, ...], other_words: frozenset[str]) -> str:
    """One side of a match: its sentences one a line, each after its id."""
    return "<br>".join(
        f"{code(statement.sentence_id(i))} {highlight_differences(statement.sentences[i].text, other_words)}"
        for i in indices
    )


def _matched(comparison: Comparison, left: Statement, right: Statement) -> str:
    heading = f"#### Matched ({len(comparison.alignment.matches)})"
    if not comparison.alignment.matches:
        return f"{heading}\n\n*No sentence of one readout matches the other's.*"
    rows = []
    for match in comparison.alignment.matches:
        left_words, right_words = _match_words(left, match.left), _match_words(right, match.right)
        rows.append(
            [
                f"{match.score:.2f}",
                _match_cell(left, match.left, right_words),
                _match_cell(right, match.right, left_words),
            ]
        )
    table = _table(["score", _label(left), _label(right)], ["--:", "---", "---"], rows)
    return f"{heading}\n\n{table}"


def _key_terms(statement: Statement, terms: tuple[str, ...]) -> str:
    shown = ", ".join(escape(t) for t in terms) if terms else "*none*"
    return f"- **Key terms only in {_label(statement)}:** {shown}"


def _ids(statement: Statement, indices: tuple[int, ...]) -> str:
    return ", ".join(code(statement.sentence_id(i)) for i in indices)


def _topics(comparison: Comparison, left: Statement, right: Statement) -> str:
    """The topic grid: a row per topic, a column per statement; topics one side only mentions come
    first (the grid's order), in bold."""
    heading = "#### Topics"
    if not comparison.analysis.topics:
        return f"{heading}\n\n*{NO_TOPIC}*"
    rows = []
    for row in comparison.analysis.topics:
        label, marker = escape(row.label), escape(one_side_marker(row, left, right))
        if row.side != "both":
            label, marker = f"**{label}**", f"**{marker}**"
        cells = [
            _ids(statement, indices) if indices else f"*{NOT_MENTIONED}*"
            for statement, indices in ((left, row.left), (right, row.right))
        ]
        rows.append([label, marker, *cells])
    table = _table(["topic", "mentioned by", _label(left), _label(right)], ["---"] * 4, rows)
    return f"{heading}\n\n{table}"


def _emphasis(comparison: Comparison, left: Statement, right: Statement) -> str:
    """Per statement, one line: its length, what it leads with, its topics in order with their share."""
    if not has_emphasis(comparison):
        return f"#### Emphasis\n\n*{NO_EMPHASIS}*"
    labels = topic_labels(comparison.analysis.topics)
    ratio = length_ratio(comparison, left, right)
    note = "topics in order of first appearance, with their share of the statement's words"
    lines = []
    for statement, emphasis in zip((left, right), emphasis_of(comparison)):
        lead = f"*{NO_LEAD}*"
        if emphasis.leads_with:
            lead = f"**{escape(topic_label(labels, emphasis.leads_with))}**"
        shares = " · ".join(
            f"{escape(topic_label(labels, t.topic))} {escape(percent(t.share))}" for t in emphasis.topics
        )
        line = f"- **{_label(statement)}:** {emphasis.words} words · leads with: {lead}"
        lines.append(f"{line} — {shares}" if shares else line)
    intro = f"{escape(ratio)}; {note}." if ratio else f"{note[0].upper()}{note[1:]}."
    return "#### Emphasis\n\n" + intro + "\n\n" + "\n".join(lines)


def _mention(statement: Statement, mention: Mention) -> str:
    return f'{code(statement.sentence_id(mention.sentence))} "{escape(mention.text)}"'


def _conflict(conflict: Conflict, left: Statement, right: Statement) -> str:
    scope = SCOPES.get(conflict.scope, conflict.scope)
    return (
        f"- **{escape(conflict.kind)}**, {escape(scope)}: {escape(conflict.detail)} — "
        f"{_mention(left, conflict.left)} vs {_mention(right, conflict.right)}"
    )


def _conflicts(comparison: Comparison, left: Statement, right: Statement) -> str:
    if not comparison.analysis.conflicts:
        return f"#### Conflicting facts\n\n*{NO_CONFLICTS}*"
    items = "\n".join(_conflict(c, left, right) for c in comparison.analysis.conflicts)
    return f"#### Conflicting facts ({len(comparison.analysis.conflicts)})\n\n{items}"


def _speakers(statement: Statement, attributions: tuple[Attribution, ...]) -> str:
    """Who one statement credits, in order of first credit: ``both sides — agreed (`s2.7`, `s2.8`)``."""
    credits = speaker_credits(attributions)
    if not credits:
        return f"- **{_label(statement)}:** *{NO_SPEAKER}*"
    items = [
        f"  - {escape(credit.speaker)} — "
        + ", ".join(f"{escape(verb)} ({_ids(statement, indices)})" for verb, indices in credit.verbs)
        for credit in credits
    ]
    return f"- **{_label(statement)}:**\n" + "\n".join(items)


def _who_said_it(comparison: Comparison, left: Statement, right: Statement) -> str:
    analysis = comparison.analysis
    return "#### Who said it\n\n" + "\n".join(
        [_speakers(left, analysis.left_speakers), _speakers(right, analysis.right_speakers)]
    )


def _comparison(document: Document, comparison: Comparison) -> Iterator[str]:
    left = document.statements[comparison.left]
    right = document.statements[comparison.right]
    yield f"### {escape(left.id)} vs {escape(right.id)}"
    yield _summary(comparison, left, right)
    yield _only(left, right, comparison.alignment.left_only, comparison.alignment.left_nearest)
    yield _only(right, left, comparison.alignment.right_only, comparison.alignment.right_nearest)
    yield _matched(comparison, left, right)
    yield _key_terms(left, comparison.terms.left) + "\n" + _key_terms(right, comparison.terms.right)
    yield _topics(comparison, left, right)
    yield _emphasis(comparison, left, right)
    yield _conflicts(comparison, left, right)
    yield _who_said_it(comparison, left, right)


def _document(result: DocumentResult) -> Iterator[str]:
    document = result.document
    if document.title and document.title.strip():
        yield f"## {escape(document.title)}"
        note = encoding_note(document.encoding)
        yield f"Source: {code(document.source) or _NONE}" + (f" ({note})" if note else "")
    else:
        yield f"## {code(document.source) or _NONE}"
    yield _statements_table(document)
    for comparison in result.comparisons:
        yield from _comparison(document, comparison)


def _document_name(document: Document) -> str:
    if document.title and document.title.strip():
        return f"{escape(document.title)} ({code(document.source)})"
    return code(document.source)


def _overview(result: Result) -> Iterator[str]:
    """The list of documents that heads a report of several."""
    yield "# readout-diff report"
    counts = [_plural(len(result.documents), "document")]
    if result.errors:
        counts.append(f"**{len(result.errors)}** failed")
    yield " · ".join(counts)
    items = []
    for number, item in enumerate(result.documents, 1):
        matched = sum(len(c.alignment.matches) for c in item.comparisons)
        only = sum(len(c.alignment.left_only) + len(c.alignment.right_only) for c in item.comparisons)
        statements = _plural(len(item.document.statements), "statement")
        facts = [statements, f"**{matched}** matched", f"**{only}** only"]
        items.append(f"{number}. {_document_name(item.document)}: {' · '.join(facts)}")
    yield "\n".join(items)


def _errors(errors: tuple[Failure, ...]) -> Iterator[str]:
    yield "## Errors"
    yield "\n".join(f"- {code(f.source) or _NONE}: {escape(f.message)}" for f in errors)


def render(result: Result, options: RenderOptions) -> str:
    """The whole Markdown report for ``result``, failures listed at the end; empty when there is nothing."""
    blocks: list[str] = []
    if len(result.documents) > 1:
        blocks.extend(_overview(result))
    for document in result.documents:
        blocks.extend(_document(document))
    if result.errors:
        blocks.extend(_errors(result.errors))
    return "\n\n".join(blocks) + "\n" if blocks else ""
