"""The terminal report: statements, points in one readout only and matched pairs side by side, with Rich."""

from __future__ import annotations

import io
from collections.abc import Iterator

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

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
    MatchedSentence,
    MatchReport,
    MentionReport,
    NearestReport,
    Report,
    SentenceReport,
    SideReport,
    StatementReport,
    Word,
)
from . import RenderOptions
from .text import one_line, percent, plural, visible

# Styles are data, applied as Text spans; input text is never parsed as console markup.
_STYLE_TITLE = "bold"
_STYLE_HEADING = "bold"
_STYLE_QUIET = "dim"
_STYLE_COUNT = "bold"
_STYLE_DIFFERENT = "bold yellow"
_STYLE_SIDES = {"left": "cyan", "right": "magenta"}
_STYLE_NOT_MENTIONED = "dim italic"
_STYLE_ONE_SIDE = "bold"  # a topic one side only mentions (with that side's colour on its marker)

_SHARED_SHOWN = 6
_SCORE_WIDTH = 16  # at most; a sixth of the width on narrow terminals, leaving room to the sentences
_SHARED_MIN_WIDTH = 10  # a narrower score column shows the score alone


def _label(statement: StatementReport, style: str = "") -> Text:
    """``Issuer (s1)``: the id keeps two statements by the same issuer apart and leads to sentence ids."""
    return Text(f"{visible(statement.name)} ({statement.id})", style=style)


def _side_label(side: SideReport, style: str = "") -> Text:
    """The side's statement named in the side's colour (after ``style``)."""
    return _label(side.statement, f"{style} {_STYLE_SIDES[side.name]}".strip())


def _side_heading(prefix: str, side: SideReport) -> Text:
    """A bold heading naming one side in its colour: ``Only in Issuer (s1)``."""
    return Text.assemble((prefix, _STYLE_HEADING), _side_label(side, _STYLE_HEADING))


def _highlight_differences(text: str, words: tuple[Word, ...]) -> Text:
    """``text`` with the words the other side never uses styled; shared words stay plain."""
    highlighted = Text(visible(text))
    for word in words:
        if word.differs:
            highlighted.stylize(_STYLE_DIFFERENT, word.start, word.end)
    return highlighted


def _document_header(document: DocumentReport) -> Panel:
    note = document.encoding_note
    lines = [Text(visible(document.source) + (f" ({note})" if note else ""), style=_STYLE_QUIET)]
    if document.title:
        lines.insert(0, Text(visible(document.title), style=_STYLE_TITLE))
    return Panel(Group(*lines), box=box.ROUNDED, expand=True)


def _statement_details(statement: StatementReport) -> Text:
    facts = [visible(statement.place) if statement.place else None, statement.date]
    facts.append(f"{plural(len(statement.sentences), 'sentence')}, {statement.words} words")
    facts_line = " · ".join(f for f in facts if f)
    details = Text.assemble((visible(statement.name), _STYLE_HEADING), "\n", facts_line)
    if statement.title:
        details.append("\n")
        details.append(visible(statement.title), style="italic")
    if statement.input_note:
        details.append("\n")
        details.append(visible(statement.input_note), style=_STYLE_QUIET)
    return details


def _statements(document: DocumentReport) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style=_STYLE_HEADING)
    table.add_column(ratio=1, overflow="fold")
    for statement in document.statements:
        table.add_row(statement.id, _statement_details(statement))
    return table


def _summary(comparison: ComparisonReport) -> Table:
    table = Table.grid(padding=(0, 1), pad_edge=True)
    table.add_column(justify="right", style=_STYLE_COUNT, no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    table.add_row(str(len(comparison.matches)), "matched")
    for side in comparison.sides:
        table.add_row(str(len(side.only)), Text.assemble("only in ", _side_label(side)))
    return table


def _nearest_note(nearest: NearestReport | None) -> Text:
    """The closest sentence on the other side, to show how far from matching this one was."""
    if nearest is None:
        return Text("nearest: none", style=_STYLE_QUIET)
    return Text(
        f"nearest: {nearest.sentence.id} ({nearest.score:.2f}{nearest.margin_note}) "
        f"{visible(nearest.sentence.text)}",
        style=_STYLE_QUIET,
        no_wrap=True,
        overflow="ellipsis",
    )


def _only(side: SideReport) -> RenderableType:
    heading = _side_heading("Only in ", side)
    if not side.only:
        return Group(heading, Text("  (nothing: every sentence was matched)", style=_STYLE_QUIET))
    table = Table.grid(padding=(0, 1), pad_edge=True)
    table.add_column(no_wrap=True, style=_STYLE_SIDES[side.name])
    table.add_column(ratio=1, overflow="fold")
    for only in side.only:
        sentence = Text(visible(only.sentence.text))
        table.add_row(f" {only.sentence.id}", Group(sentence, _nearest_note(only.nearest)))
    return Group(heading, table)


def _match_cell(sentences: tuple[MatchedSentence, ...]) -> Text:
    """One side of a match: its sentences one a line, each after its id, words the other side lacks styled."""
    return Text("\n").join(
        Text.assemble((m.sentence.id, _STYLE_QUIET), " ", _highlight_differences(m.sentence.text, m.words))
        for m in sentences
    )


def _score_cell(match: MatchReport, with_shared: bool) -> Text:
    score = Text.assemble((f"{match.score:.2f}", _STYLE_COUNT))
    if match.shared and with_shared:
        score.append("\n")
        score.append(", ".join(match.shared[:_SHARED_SHOWN]), style=_STYLE_QUIET)
    return score


def _matched(comparison: ComparisonReport, width: int) -> RenderableType:
    heading = Text(f"Matched ({len(comparison.matches)})", style=_STYLE_HEADING)
    if not comparison.matches:
        return Group(heading, Text("  (no sentence of one readout matches the other's)", style=_STYLE_QUIET))
    table = Table(box=box.SQUARE, show_lines=True, expand=True, header_style=_STYLE_HEADING)
    for side in comparison.sides:
        table.add_column(_side_label(side), ratio=1, overflow="fold")
    score_width = max(6, min(_SCORE_WIDTH, width // 6))
    table.add_column("score", overflow="fold", max_width=score_width)
    for match in comparison.matches:
        with_shared = score_width >= _SHARED_MIN_WIDTH
        table.add_row(_match_cell(match.left), _match_cell(match.right), _score_cell(match, with_shared))
    return Group(heading, table)


def _key_terms(side: SideReport) -> Group:
    heading = _side_heading("Key terms only in ", side)
    terms = Text(visible(", ".join(side.terms)), overflow="fold") if side.terms else None
    terms = terms or Text("(none)", style=_STYLE_QUIET)
    return Group(heading, Padding(terms, (0, 0, 0, 2)))


def _ids(sentences: tuple[SentenceReport, ...]) -> str:
    return ", ".join(s.id for s in sentences)


def _topics(comparison: ComparisonReport, width: int) -> RenderableType:
    """The topic grid: a row per topic, a column per statement, the sentences touching it in each cell.
    Topics one side only mentions come first (the grid's order) and are marked."""
    heading = Text("Topics", style=_STYLE_HEADING)
    if not comparison.topics:
        return Group(heading, Text(f"  {NO_TOPIC}", style=_STYLE_QUIET))
    table = Table(box=box.SQUARE, expand=True, header_style=_STYLE_HEADING)
    # The topic column as wide as its labels (up to a quarter of the width) and the marker column as
    # narrow as "mentioned" allows: the statements' columns share the rest.
    longest = max(cell_len(one_line(row.label)) for row in comparison.topics)
    table.add_column("topic", overflow="fold", width=max(5, min(longest, width // 4)))
    markers = [row.marker for row in comparison.topics]
    table.add_column("mentioned by", overflow="fold", width=max(9, *map(cell_len, markers)))
    for side in comparison.sides:
        table.add_column(_side_label(side), ratio=1, overflow="fold")
    for row in comparison.topics:
        one_side = row.side != "both"
        marker_style = f"{_STYLE_ONE_SIDE} {_STYLE_SIDES[row.side]}" if one_side else _STYLE_QUIET
        cells = [
            Text(_ids(sentences)) if sentences else Text(NOT_MENTIONED, style=_STYLE_NOT_MENTIONED)
            for sentences in (row.left, row.right)
        ]
        table.add_row(
            Text(one_line(row.label), style=_STYLE_ONE_SIDE if one_side else ""),
            Text(row.marker, style=marker_style),
            *cells,
        )
    return Group(heading, table)


def _emphasis(comparison: ComparisonReport) -> RenderableType:
    """Per statement: its length, what it leads with, its topics in order with their share of its words."""
    heading = Text("Emphasis", style=_STYLE_HEADING)
    emphasis = comparison.emphasis
    if not emphasis.measured:
        return Group(heading, Text(f"  {NO_EMPHASIS}", style=_STYLE_QUIET))
    note = Text.assemble(
        f"{emphasis.ratio_note}; " if emphasis.ratio_note else "",
        ("topics in order of first appearance, with their share of the statement's words", _STYLE_QUIET),
    )
    table = Table.grid(padding=(0, 1), pad_edge=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    for side, measured in zip(comparison.sides, (emphasis.left, emphasis.right)):
        lead = (
            Text(one_line(measured.leads_with_label or ""), style=_STYLE_COUNT)
            if measured.leads_with
            else Text(NO_LEAD, style=_STYLE_QUIET)
        )
        summary = Text.assemble(f"{measured.words} words · leads with: ", lead)
        shares = Text(" · ").join(Text(f"{one_line(t.label)} {percent(t.share)}") for t in measured.topics)
        details = Group(summary, shares) if shares else summary
        table.add_row(Text(side.statement.id, style=_STYLE_SIDES[side.name]), details)
    return Group(heading, Padding(note, (0, 0, 0, 2)), table)


def _mention(mention: MentionReport) -> Text:
    """``s1.3 "the words"``: where a mention is, and the mention quoted on one line."""
    return Text.assemble((mention.sentence.id, _STYLE_QUIET), f' "{one_line(mention.text)}"')


def _conflict(conflict: ConflictReport) -> Group:
    what = Text.assemble(
        (one_line(conflict.kind), _STYLE_DIFFERENT),
        f", {one_line(conflict.scope_label)}: ",
        one_line(conflict.detail),
    )
    mentions = Text.assemble(_mention(conflict.left), "  vs  ", _mention(conflict.right))
    return Group(what, Padding(mentions, (0, 0, 0, 2)))


def _conflicts(comparison: ComparisonReport) -> RenderableType:
    if not comparison.conflicts:
        heading = Text("Conflicting facts", style=_STYLE_HEADING)
        return Group(heading, Text(f"  {NO_CONFLICTS}", style=_STYLE_QUIET))
    heading = Text(f"Conflicting facts ({len(comparison.conflicts)})", style=_STYLE_HEADING)
    return Group(heading, *(Padding(_conflict(c), (0, 0, 0, 2)) for c in comparison.conflicts))


def _speakers(side: SideReport) -> Group:
    """Who the statement credits, in order of first credit: ``both sides — agreed (s2.7, s2.8)``."""
    heading = _side_heading("Who said it in ", side)
    if not side.speakers:
        return Group(heading, Text(f"  {NO_SPEAKER}", style=_STYLE_QUIET))
    lines = [
        Text.assemble(
            (one_line(speaker.speaker), _STYLE_SIDES[side.name]),
            " — ",
            Text(", ").join(
                Text.assemble(one_line(verb.verb), (f" ({_ids(verb.sentences)})", _STYLE_QUIET))
                for verb in speaker.verbs
            ),
        )
        for speaker in side.speakers
    ]
    return Group(heading, Padding(Group(*lines), (0, 0, 0, 2)))


def _comparison(comparison: ComparisonReport, width: int) -> Iterator[RenderableType]:
    left, right = comparison.left.statement, comparison.right.statement
    yield Rule(Text(f"{left.id} vs {right.id}", style=_STYLE_HEADING), characters="─", align="left")
    yield _summary(comparison)
    for side in comparison.sides:
        yield Text()
        yield _only(side)
    yield Text()
    yield _matched(comparison, width)
    for side in comparison.sides:
        yield Text()
        yield _key_terms(side)
    yield Text()
    yield _topics(comparison, width)
    yield Text()
    yield _emphasis(comparison)
    yield Text()
    yield _conflicts(comparison)
    for side in comparison.sides:
        yield Text()
        yield _speakers(side)


def _document(document: DocumentReport, width: int) -> Iterator[RenderableType]:
    yield _document_header(document)
    yield _statements(document)
    for comparison in document.comparisons:
        yield Text()
        yield from _comparison(comparison, width)


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


def render(report: Report, options: RenderOptions) -> str:
    """The whole terminal report; failures are left to the caller to report."""
    if not report.documents:
        return ""
    buffer = io.StringIO()
    console = _console(options, buffer)
    for number, document in enumerate(report.documents):
        if number:
            console.print()
        for renderable in _document(document, options.width):
            console.print(renderable)
    # Rich pads every line to the width; trailing blanks only get in the way of a pager or a diff.
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())
