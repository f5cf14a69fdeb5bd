"""The terminal report: statements, points in one readout only and matched pairs side by side, with Rich."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..model import (
    Attribution,
    Comparison,
    Conflict,
    Document,
    DocumentResult,
    Match,
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
    word_spans,
    words,
)

# Styles are data, applied as Text spans; input text is never parsed as console markup.
_STYLE_TITLE = "bold"
_STYLE_HEADING = "bold"
_STYLE_QUIET = "dim"
_STYLE_COUNT = "bold"
_STYLE_DIFFERENT = "bold yellow"
_STYLE_SIDES = ("cyan", "magenta")  # left, right
_STYLE_NOT_MENTIONED = "dim italic"
_STYLE_ONE_SIDE = "bold"  # a topic one side only mentions (with that side's colour on its marker)

_SHARED_SHOWN = 6
_SCORE_WIDTH = 16  # at most; a sixth of the width on narrow terminals, leaving room to the sentences
_SHARED_MIN_WIDTH = 10  # a narrower score column shows the score alone


@dataclass(frozen=True, slots=True)
class _Side:
    """One statement of a comparison, seen from that side: what it alone says, and its colour."""

    statement: Statement
    other: Statement
    only: tuple[int, ...]
    nearest: tuple[Nearest | None, ...]
    terms: tuple[str, ...]
    style: str
    speakers: tuple[Attribution, ...] = ()


def _sides(document: Document, comparison: Comparison) -> tuple[_Side, _Side]:
    left = document.statements[comparison.left]
    right = document.statements[comparison.right]
    a, t, s = comparison.alignment, comparison.terms, comparison.analysis
    left_style, right_style = _STYLE_SIDES
    return (
        _Side(left, right, a.left_only, a.left_nearest, t.left, left_style, s.left_speakers),
        _Side(right, left, a.right_only, a.right_nearest, t.right, right_style, s.right_speakers),
    )


def _shown(text: str) -> str:
    return visible(text)


def _one_line(text: str) -> str:
    """``text`` on one line (runs of whitespace made one space), controls visible: a mention, a label."""
    return _shown(" ".join(text.split()))


def _label(statement: Statement, style: str = "") -> Text:
    """``Issuer (s1)``: the id keeps two statements by the same issuer apart and leads to sentence ids."""
    return Text(f"{_shown(statement.issuer)} ({statement.id})", style=style)


def _side_heading(prefix: str, side: _Side) -> Text:
    """A bold heading naming one side in its colour: ``Only in Issuer (s1)``."""
    return Text.assemble((prefix, _STYLE_HEADING), _label(side.statement, f"{_STYLE_HEADING} {side.style}"))


def _word_count(statement: Statement) -> int:
    return sum(1 for s in statement.sentences for *_, key in word_spans(s.text) if key)


def _highlight_differences(text: str, other_words: frozenset[str]) -> Text:
    """``text`` with the words the other side never uses styled; shared words stay plain."""
    highlighted = Text(_shown(text))
    for start, end, key in word_spans(text):
        if key and key not in other_words:
            highlighted.stylize(_STYLE_DIFFERENT, start, end)
    return highlighted


def _document_header(document: Document) -> Panel:
    note = encoding_note(document.encoding)
    lines = [Text(_shown(document.source) + (f" ({note})" if note else ""), style=_STYLE_QUIET)]
    if document.title:
        lines.insert(0, Text(_shown(document.title), style=_STYLE_TITLE))
    return Panel(Group(*lines), box=box.ROUNDED, expand=True)


def _statement_details(statement: Statement) -> Text:
    header = statement.header
    sentences = len(statement.sentences)
    facts = [_shown(header.place) if header.place else None, header.date.isoformat() if header.date else None]
    facts.append(f"{sentences} sentence{'s' * (sentences != 1)}, {_word_count(statement)} words")
    details = Text.assemble((_shown(header.issuer), _STYLE_HEADING), "\n", " · ".join(f for f in facts if f))
    if header.title:
        details.append("\n")
        details.append(_shown(header.title), style="italic")
    return details


def _statements(document: Document) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style=_STYLE_HEADING)
    table.add_column(ratio=1, overflow="fold")
    for statement in document.statements:
        table.add_row(statement.id, _statement_details(statement))
    return table


def _summary(comparison: Comparison, sides: tuple[_Side, _Side]) -> Table:
    table = Table.grid(padding=(0, 1), pad_edge=True)
    table.add_column(justify="right", style=_STYLE_COUNT, no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    table.add_row(str(len(comparison.alignment.matches)), "matched")
    for side in sides:
        table.add_row(str(len(side.only)), Text.assemble("only in ", _label(side.statement, side.style)))
    return table


def _nearest_note(side: _Side, nearest: Nearest | None) -> Text:
    """The closest sentence on the other side, to show how far from matching this one was."""
    if nearest is None:
        return Text("nearest: none", style=_STYLE_QUIET)
    other_text = _shown(side.other.sentences[nearest.index].text)
    return Text(
        f"nearest: {side.other.sentence_id(nearest.index)} ({nearest.score:.2f}) {other_text}",
        style=_STYLE_QUIET,
        no_wrap=True,
        overflow="ellipsis",
    )


def _only(side: _Side) -> RenderableType:
    heading = _side_heading("Only in ", side)
    if not side.only:
        return Group(heading, Text("  (nothing: every sentence was matched)", style=_STYLE_QUIET))
    candidates = side.nearest + (None,) * (len(side.only) - len(side.nearest))
    table = Table.grid(padding=(0, 1), pad_edge=True)
    table.add_column(no_wrap=True, style=side.style)
    table.add_column(ratio=1, overflow="fold")
    for index, nearest in zip(side.only, candidates):
        sentence = Text(_shown(side.statement.sentences[index].text))
        table.add_row(f" {side.statement.sentence_id(index)}", Group(sentence, _nearest_note(side, nearest)))
    return Group(heading, table)


def _match_words(statement: Statement, indices: tuple[int, ...]) -> frozenset[str]:
    return frozenset[str]().union(*(words(statement.sentences[i].text) for i in indices))


def _match_cell(statement: Statement, indices: tuple[int, ...], other_words: frozenset[str]) -> Text:
    """One side of a match: its sentences one a line, each after its id, words the other side lacks styled."""
    return Text("\n").join(
        Text.assemble(
            (statement.sentence_id(i), _STYLE_QUIET),
            " ",
            _highlight_differences(statement.sentences[i].text, other_words),
        )
        for i in indices
    )


def _score_cell(match: Match, with_shared: bool) -> Text:
    score = Text.assemble((f"{match.score:.2f}", _STYLE_COUNT))
    if match.shared and with_shared:
        score.append("\n")
        score.append(", ".join(match.shared[:_SHARED_SHOWN]), style=_STYLE_QUIET)
    return score


def _matched(comparison: Comparison, sides: tuple[_Side, _Side], width: int) -> RenderableType:
    heading = Text(f"Matched ({len(comparison.alignment.matches)})", style=_STYLE_HEADING)
    if not comparison.alignment.matches:
        return Group(heading, Text("  (no sentence of one readout matches the other's)", style=_STYLE_QUIET))
    table = Table(box=box.SQUARE, show_lines=True, expand=True, header_style=_STYLE_HEADING)
    for side in sides:
        table.add_column(_label(side.statement, side.style), ratio=1, overflow="fold")
    score_width = max(6, min(_SCORE_WIDTH, width // 6))
    table.add_column("score", overflow="fold", max_width=score_width)
    for match in comparison.alignment.matches:
        indices = (match.left, match.right)
        words = [_match_words(side.statement, side_indices) for side, side_indices in zip(sides, indices)]
        cells = [
            _match_cell(side.statement, side_indices, other_words)
            for side, side_indices, other_words in zip(sides, indices, reversed(words))
        ]
        table.add_row(*cells, _score_cell(match, with_shared=score_width >= _SHARED_MIN_WIDTH))
    return Group(heading, table)


def _key_terms(side: _Side) -> Group:
    heading = _side_heading("Key terms only in ", side)
    terms = Text(_shown(", ".join(side.terms)), overflow="fold") if side.terms else Text("(none)", style=_STYLE_QUIET)
    return Group(heading, Padding(terms, (0, 0, 0, 2)))


def _ids(statement: Statement, indices: tuple[int, ...]) -> str:
    return ", ".join(statement.sentence_id(i) for i in indices)


def _topics(comparison: Comparison, sides: tuple[_Side, _Side], width: int) -> RenderableType:
    """The topic grid: a row per topic, a column per statement, the sentences touching it in each cell.
    Topics one side only mentions come first (the grid's order) and are marked."""
    heading = Text("Topics", style=_STYLE_HEADING)
    if not comparison.analysis.topics:
        return Group(heading, Text(f"  {NO_TOPIC}", style=_STYLE_QUIET))
    left, right = (side.statement for side in sides)
    table = Table(box=box.SQUARE, expand=True, header_style=_STYLE_HEADING)
    # The topic column as wide as its labels (up to a quarter of the width) and the marker column as
    # narrow as "mentioned" allows: the statements' columns share the rest.
    markers = [one_side_marker(row, left, right) for row in comparison.analysis.topics]
    longest = max(cell_len(_one_line(row.label)) for row in comparison.analysis.topics)
    table.add_column("topic", overflow="fold", width=max(5, min(longest, width // 4)))
    table.add_column("mentioned by", overflow="fold", width=max(9, *map(cell_len, markers)))
    for side in sides:
        table.add_column(_label(side.statement, side.style), ratio=1, overflow="fold")
    for row, marker in zip(comparison.analysis.topics, markers):
        one_side = row.side != "both"
        marker_style = (
            f"{_STYLE_ONE_SIDE} {sides[0].style if row.side == 'left' else sides[1].style}"
            if one_side
            else _STYLE_QUIET
        )
        cells = [
            Text(_ids(side.statement, indices))
            if indices
            else Text(NOT_MENTIONED, style=_STYLE_NOT_MENTIONED)
            for side, indices in zip(sides, (row.left, row.right))
        ]
        table.add_row(
            Text(_one_line(row.label), style=_STYLE_ONE_SIDE if one_side else ""),
            Text(marker, style=marker_style),
            *cells,
        )
    return Group(heading, table)


def _emphasis(comparison: Comparison, sides: tuple[_Side, _Side]) -> RenderableType:
    """Per statement: its length, what it leads with, its topics in order with their share of its words."""
    left, right = (side.statement for side in sides)
    heading = Text("Emphasis", style=_STYLE_HEADING)
    if not has_emphasis(comparison):
        return Group(heading, Text(f"  {NO_EMPHASIS}", style=_STYLE_QUIET))
    ratio = length_ratio(comparison, left, right)
    note = Text.assemble(
        f"{ratio}; " if ratio else "",
        ("topics in order of first appearance, with their share of the statement's words", _STYLE_QUIET),
    )
    labels = topic_labels(comparison.analysis.topics)
    table = Table.grid(padding=(0, 1), pad_edge=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    for side, emphasis in zip(sides, emphasis_of(comparison)):
        lead = (
            Text(_one_line(topic_label(labels, emphasis.leads_with)), style=_STYLE_COUNT)
            if emphasis.leads_with
            else Text(NO_LEAD, style=_STYLE_QUIET)
        )
        summary = Text.assemble(f"{emphasis.words} words · leads with: ", lead)
        shares = Text(" · ").join(
            Text(f"{_one_line(topic_label(labels, t.topic))} {percent(t.share)}") for t in emphasis.topics
        )
        details = Group(summary, shares) if shares else summary
        table.add_row(Text(side.statement.id, style=side.style), details)
    return Group(heading, Padding(note, (0, 0, 0, 2)), table)


def _mention(statement: Statement, mention: Mention) -> Text:
    """``s1.3 "the words"``: where a mention is, and the mention quoted on one line."""
    sid = statement.sentence_id(mention.sentence)
    return Text.assemble((sid, _STYLE_QUIET), f' "{_one_line(mention.text)}"')


def _conflict(conflict: Conflict, sides: tuple[_Side, _Side]) -> Group:
    what = Text.assemble(
        (_one_line(conflict.kind), _STYLE_DIFFERENT),
        f", {SCOPES.get(conflict.scope, _one_line(conflict.scope))}: ",
        _one_line(conflict.detail),
    )
    left, right = (side.statement for side in sides)
    mentions = Text.assemble(_mention(left, conflict.left), "  vs  ", _mention(right, conflict.right))
    return Group(what, Padding(mentions, (0, 0, 0, 2)))


def _conflicts(comparison: Comparison, sides: tuple[_Side, _Side]) -> RenderableType:
    if not comparison.analysis.conflicts:
        heading = Text("Conflicting facts", style=_STYLE_HEADING)
        return Group(heading, Text(f"  {NO_CONFLICTS}", style=_STYLE_QUIET))
    heading = Text(f"Conflicting facts ({len(comparison.analysis.conflicts)})", style=_STYLE_HEADING)
    conflicts = comparison.analysis.conflicts
    return Group(heading, *(Padding(_conflict(c, sides), (0, 0, 0, 2)) for c in conflicts))


def _speakers(side: _Side) -> Group:
    """Who the statement credits, in order of first credit: ``both sides — agreed (s2.7, s2.8)``."""
    heading = _side_heading("Who said it in ", side)
    credits = speaker_credits(side.speakers)
    if not credits:
        return Group(heading, Text(f"  {NO_SPEAKER}", style=_STYLE_QUIET))
    lines = [
        Text.assemble(
            (_one_line(credit.speaker), side.style),
            " — ",
            Text(", ").join(
                Text.assemble(_one_line(verb), (f" ({_ids(side.statement, indices)})", _STYLE_QUIET))
                for verb, indices in credit.verbs
            ),
        )
        for credit in credits
    ]
    return Group(heading, Padding(Group(*lines), (0, 0, 0, 2)))


def _comparison(document: Document, comparison: Comparison, width: int) -> Iterator[RenderableType]:
    sides = _sides(document, comparison)
    left, right = (side.statement for side in sides)
    yield Rule(Text(f"{left.id} vs {right.id}", style=_STYLE_HEADING), characters="─", align="left")
    yield _summary(comparison, sides)
    for side in sides:
        yield Text()
        yield _only(side)
    yield Text()
    yield _matched(comparison, sides, width)
    for side in sides:
        yield Text()
        yield _key_terms(side)
    yield Text()
    yield _topics(comparison, sides, width)
    yield Text()
    yield _emphasis(comparison, sides)
    yield Text()
    yield _conflicts(comparison, sides)
    for side in sides:
        yield Text()
        yield _speakers(side)


def _document(result: DocumentResult, width: int) -> Iterator[RenderableType]:
    yield _document_header(result.document)
    yield _statements(result.document)
    for comparison in result.comparisons:
        yield Text()
        yield from _comparison(result.document, comparison, width)


def _console(options: RenderOptions, file: io.StringIO) -> Console:
    """A console writing to ``file``: the width and colour given, nothing read from the environment."""
    return Console(
        file=file,
        width=options.width,
        force_terminal=options.color,
        force_jupyter=False,
        force_interactive=False,
        color_system="standard" if options.color else None,
        no_color=not options.color,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
        legacy_windows=False,
    )


def render(result: Result, options: RenderOptions) -> str:
    """The whole terminal report for ``result``; failures are left to the caller to report."""
    if not result.documents:
        return ""
    buffer = io.StringIO()
    console = _console(options, buffer)
    for number, document in enumerate(result.documents):
        if number:
            console.print()
        for renderable in _document(document, options.width):
            console.print(renderable)
    # Rich pads every line to the width; trailing blanks only get in the way of a pager or a diff.
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())
