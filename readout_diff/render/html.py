"""The HTML report: one self-contained page, statements side by side, matched sentences linked to partners."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

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
    MatchReport,
    MentionReport,
    OnlyReport,
    Report,
    SentenceReport,
    SideReport,
    StatementReport,
)
from . import RenderOptions
from .text import one_line, percent, plural, shorten, visible

_SHARED_SHOWN = 6
_TOOLTIP_CHARS = 160


def _text(value: str) -> str:
    """Input text made safe for element content and for attribute values (quotes escaped too)."""
    return escape(visible(value, keep="\n\t\r"), quote=True)


def _score(score: float) -> str:
    return f"{score:.2f}"


def _element_id(prefix: str, sentence: SentenceReport) -> str:
    """The page-unique id of a sentence's element: ``d1-c2-s1.3``."""
    return f"{prefix}-{sentence.id}"


# ---------------------------------------------------------------------------------------------------
# The summary bar


def _bar(comparison: ComparisonReport) -> str:
    """A proportional bar of the two statements' sentences: only left | matched | only right."""
    left, right = comparison.sides
    segments = [
        ("only-left", len(left.only), f"only in {left.statement.id}"),
        ("matched", comparison.matched_sentences, "matched"),
        ("only-right", len(right.only), f"only in {right.statement.id}"),
    ]
    parts = [
        f'<span class="seg {cls}" style="flex-grow:{count}" title="{count} {label}"></span>'
        for cls, count, label in segments
        if count
    ]
    return f'<span class="bar" aria-hidden="true">{"".join(parts)}</span>'


def _counts(comparison: ComparisonReport) -> str:
    left, right = comparison.sides
    return (
        f'<span class="count matched-count"><b>{len(comparison.matches)}</b> matched</span> '
        f'<span class="count only-count"><b>{len(left.only)}</b> only in {_text(left.statement.id)}</span> '
        f'<span class="count only-count"><b>{len(right.only)}</b> only in {_text(right.statement.id)}</span>'
    )


def _summary(report: Report) -> Iterator[str]:
    yield '<header class="summary" id="summary">'
    yield '<div class="brand">readout-diff</div>'
    yield '<p class="legend">'
    yield '<span class="key matched">matched</span> said in both readouts (select one to see its partner) '
    yield '<span class="key only">only</span> said in one readout only'
    yield "</p>"
    if not report.documents:
        yield '<p class="empty">No document was compared.</p>'
    for d, document in enumerate(report.documents, 1):
        yield '<div class="summary-doc">'
        yield f'<a class="summary-title" href="#d{d}">{_text(document.title or document.source)}</a>'
        yield '<ul class="summary-rows">'
        for c, comparison in enumerate(document.comparisons, 1):
            left, right = comparison.left.statement, comparison.right.statement
            yield (
                f'<li><a href="#d{d}-c{c}" class="pair">{_text(left.id)} vs {_text(right.id)}</a>'
                f"{_bar(comparison)}{_counts(comparison)}</li>"
            )
        if not document.comparisons:
            yield '<li class="empty">fewer than two statements: nothing to compare</li>'
        yield "</ul></div>"
    if report.errors:
        failed = plural(len(report.errors), "file")
        yield f'<p class="summary-errors"><a href="#errors">{failed} could not be compared</a></p>'
    yield "</header>"


# ---------------------------------------------------------------------------------------------------
# One comparison: two columns


def _statement_header(statement: StatementReport) -> Iterator[str]:
    facts = [_text(statement.place) if statement.place else None, statement.date]
    facts.append(plural(len(statement.sentences), "sentence"))
    yield '<div class="stmt-head">'
    yield f'<h3><span class="stmt-id">{_text(statement.id)}</span> {_text(statement.name)}</h3>'
    yield f'<p class="meta">{" · ".join(f for f in facts if f)}</p>'
    if statement.title:
        yield f'<p class="stmt-title">{_text(statement.title)}</p>'
    if statement.input_note:
        yield f'<p class="meta stmt-input">{_text(statement.input_note)}</p>'
    yield "</div>"


def _matched_sentence(prefix: str, side: SideReport, sentence: SentenceReport, match: MatchReport) -> str:
    partners = [m.sentence for m in (match.right if side.name == "left" else match.left)]
    partner_ids = [_element_id(prefix, p) for p in partners]
    partner_labels = ", ".join(p.id for p in partners)
    tooltip = f"matched with {partner_labels} (score {_score(match.score)})"
    if match.shared:
        tooltip += "; shared terms: " + ", ".join(match.shared[:_SHARED_SHOWN])
    return (
        f'<li class="sent matched" id="{_text(_element_id(prefix, sentence))}" '
        f'data-partners="{_text(" ".join(partner_ids))}" '
        f'data-match="{prefix}-m{match.number}" title="{_text(tooltip)}">'
        f'<a class="sent-link" href="#{_text(partner_ids[0])}">'
        f'<span class="sid">{_text(sentence.id)}</span> '
        f'<span class="stext">{_text(sentence.text)}</span> '
        f'<span class="badge match-badge">↔ {_text(partner_labels)} '
        f'<span class="score">{_score(match.score)}</span></span>'
        "</a></li>"
    )


def _only_sentence(prefix: str, side: SideReport, only: OnlyReport) -> str:
    sentence, nearest = only.sentence, only.nearest
    if nearest is None:
        tooltip = f"only in {side.statement.id}; no similar sentence in {side.other.id}"
        note = "no near match"
    else:
        other_id = nearest.sentence.id
        other_text = shorten(nearest.sentence.text, _TOOLTIP_CHARS)
        score = _score(nearest.score) + nearest.margin_note
        tooltip = f"only in {side.statement.id}; nearest: {other_id} (score {score}) {other_text}"
        note = f"nearest {other_id} {_score(nearest.score)}"
    return (
        f'<li class="sent only" id="{_text(_element_id(prefix, sentence))}" title="{_text(tooltip)}">'
        f'<span class="sid">{_text(sentence.id)}</span> '
        f'<span class="stext">{_text(sentence.text)}</span> '
        f'<span class="badge only-badge">only <span class="near">· {_text(note)}</span></span>'
        "</li>"
    )


def _column(prefix: str, side: SideReport) -> Iterator[str]:
    """One statement's header, all its sentences in their original order, and its key-term chips."""
    yield f'<div class="col {side.name}">'
    yield from _statement_header(side.statement)
    yield '<ol class="sents">'
    for sentence, placed in zip(side.statement.sentences, side.placed):
        if isinstance(placed, MatchReport):
            yield _matched_sentence(prefix, side, sentence, placed)
        else:
            yield _only_sentence(prefix, side, placed)
    yield "</ol>"
    yield '<div class="terms">'
    yield f'<h4>Key terms only in {_text(side.statement.id)}</h4>'
    if side.terms:
        chips = "".join(f'<li class="chip">{_text(term)}</li>' for term in side.terms)
        yield f'<ul class="chips">{chips}</ul>'
    else:
        yield '<p class="none">(none)</p>'
    yield "</div></div>"


# ---------------------------------------------------------------------------------------------------
# One comparison: topics, emphasis, conflicting facts, who said it


def _sentence_links(prefix: str, sentences: tuple[SentenceReport, ...]) -> str:
    """Sentence ids, each a link to its sentence in the columns above: ``s1.3, s1.4``."""
    return ", ".join(
        f'<a class="sid-link" href="#{_text(_element_id(prefix, s))}">{_text(s.id)}</a>' for s in sentences
    )


def _statement_name(statement: StatementReport) -> str:
    return f'<span class="stmt-id">{_text(statement.id)}</span> {_text(statement.name)}'


def _topics(prefix: str, comparison: ComparisonReport) -> Iterator[str]:
    """The topic grid: a row per topic, a column per statement; topics one side only mentions come
    first (the grid's order) and are marked, in words and in colour."""
    yield f'<h4 id="{prefix}-topics">Topics</h4>'
    if not comparison.topics:
        yield f'<p class="none">{_text(NO_TOPIC)}</p>'
        return
    yield '<div class="table-wrap">'
    yield f'<table class="topics" aria-labelledby="{prefix}-topics">'
    yield (
        '<thead><tr><th scope="col">Topic</th><th scope="col">Mentioned by</th>'
        + "".join(f'<th scope="col">{_statement_name(side.statement)}</th>' for side in comparison.sides)
        + "</tr></thead>"
    )
    yield "<tbody>"
    for row in comparison.topics:
        classes = "topic both" if row.side == "both" else f"topic one-side only-{row.side}"
        marker = _text(row.marker)
        if row.side != "both":
            marker = f'<span class="one-side-mark">{marker}</span>'
        cells = [
            f"<td>{_sentence_links(prefix, sentences)}</td>"
            if sentences
            else f'<td class="not-mentioned">{_text(NOT_MENTIONED)}</td>'
            for sentences in (row.left, row.right)
        ]
        yield (
            f'<tr class="{classes}" data-topic="{_text(row.topic)}"><th scope="row">{_text(row.label)}</th>'
            f'<td class="side">{marker}</td>{"".join(cells)}</tr>'
        )
    yield "</tbody></table></div>"


def _emphasis(prefix: str, comparison: ComparisonReport) -> Iterator[str]:
    """Per statement: its length, what it leads with, its topics in order with their share of its words."""
    emphasis = comparison.emphasis
    yield f'<h4 id="{prefix}-emphasis">Emphasis</h4>'
    if not emphasis.measured:
        yield f'<p class="none">{_text(NO_EMPHASIS)}</p>'
        return
    if emphasis.ratio_note:
        yield f'<p class="ratio">{_text(emphasis.ratio_note)}</p>'
    yield '<div class="table-wrap">'
    yield f'<table class="emphasis" aria-labelledby="{prefix}-emphasis">'
    yield (
        '<thead><tr><th scope="col">Statement</th><th scope="col">Words</th><th scope="col">Leads with</th>'
        '<th scope="col">Topics in order of first appearance, with their share of the words</th></tr></thead>'
    )
    yield "<tbody>"
    for side, measured in zip(comparison.sides, (emphasis.left, emphasis.right)):
        no_lead = f'<span class="none">{_text(NO_LEAD)}</span>'
        lead = _text(measured.leads_with_label or "") if measured.leads_with else no_lead
        shares = "".join(
            f'<li class="share"><span class="share-label">{_text(t.label)}</span> '
            f'<span class="pct">{_text(percent(t.share))}</span></li>'
            for t in measured.topics
        )
        shares = f'<ol class="shares">{shares}</ol>' if shares else no_lead
        yield (
            f'<tr><th scope="row">{_statement_name(side.statement)}</th>'
            f'<td class="num">{measured.words}</td><td class="lead">{lead}</td><td>{shares}</td></tr>'
        )
    yield "</tbody></table></div>"


def _mention(prefix: str, mention: MentionReport) -> str:
    return (
        f'<span class="mention">{_sentence_links(prefix, (mention.sentence,))} '
        f'<span class="quoted">"{_text(one_line(mention.text))}"</span></span>'
    )


def _conflict(prefix: str, conflict: ConflictReport) -> str:
    return (
        f'<li class="conflict"><span class="kind">{_text(conflict.kind)}</span> '
        f'<span class="scope">{_text(conflict.scope_label)}</span>: '
        f'<span class="detail">{_text(conflict.detail)}</span>'
        f'<br>{_mention(prefix, conflict.left)} <span class="vs">vs</span> '
        f"{_mention(prefix, conflict.right)}</li>"
    )


def _conflicts(prefix: str, comparison: ComparisonReport) -> Iterator[str]:
    count = f" ({len(comparison.conflicts)})" if comparison.conflicts else ""
    yield f'<h4 id="{prefix}-conflicts">Conflicting facts{count}</h4>'
    if not comparison.conflicts:
        yield f'<p class="none">{_text(NO_CONFLICTS)}</p>'
        return
    yield '<ul class="conflicts">'
    for conflict in comparison.conflicts:
        yield _conflict(prefix, conflict)
    yield "</ul>"


def _speakers(prefix: str, side: SideReport) -> Iterator[str]:
    """Who one statement credits, in order of first credit: ``both sides — agreed (s2.7, s2.8)``."""
    yield '<div class="speakers-of">'
    yield f"<h5>{_statement_name(side.statement)}</h5>"
    if not side.speakers:
        yield f'<p class="none">{_text(NO_SPEAKER)}</p>'
    else:
        yield '<ul class="speakers">'
        for speaker in side.speakers:
            verbs = ", ".join(
                f'<span class="verb">{_text(verb.verb)}</span> ({_sentence_links(prefix, verb.sentences)})'
                for verb in speaker.verbs
            )
            yield f'<li><span class="speaker">{_text(speaker.speaker)}</span> — {verbs}</li>'
        yield "</ul>"
    yield "</div>"


def _analysis(prefix: str, comparison: ComparisonReport) -> Iterator[str]:
    yield '<div class="analysis">'
    yield from _topics(prefix, comparison)
    yield from _emphasis(prefix, comparison)
    yield from _conflicts(prefix, comparison)
    yield f'<h4 id="{prefix}-speakers">Who said it</h4>'
    yield '<div class="cols speaker-cols">'
    for side in comparison.sides:
        yield from _speakers(prefix, side)
    yield "</div></div>"


def _comparison(d: int, c: int, comparison: ComparisonReport) -> Iterator[str]:
    prefix = f"d{d}-c{c}"
    left, right = comparison.left.statement, comparison.right.statement
    yield f'<section class="cmp" id="{prefix}">'
    yield (
        f'<h3 class="cmp-head"><span class="pair">{_text(left.id)} vs {_text(right.id)}</span> '
        f"{_text(left.name)} <span class=\"vs\">and</span> {_text(right.name)}</h3>"
    )
    yield f'<p class="cmp-summary">{_bar(comparison)}{_counts(comparison)}</p>'
    yield '<div class="cols">'
    for side in comparison.sides:
        yield from _column(prefix, side)
    yield "</div>"
    yield from _analysis(prefix, comparison)
    yield "</section>"


def _document(d: int, document: DocumentReport) -> Iterator[str]:
    yield f'<section class="doc" id="d{d}">'
    yield '<div class="doc-head">'
    if document.title:
        yield f"<h2>{_text(document.title)}</h2>"
    statements = plural(len(document.statements), "statement")
    note = f" · {_text(document.encoding_note)}" if document.encoding_note else ""
    yield f'<p class="source"><code>{_text(document.source)}</code> · {statements}{note}</p>'
    yield "</div>"
    if not document.comparisons:
        yield '<p class="empty">Fewer than two statements were found: nothing to compare.</p>'
    for c, comparison in enumerate(document.comparisons, 1):
        yield from _comparison(d, c, comparison)
    yield "</section>"


def _errors(errors: tuple[ErrorReport, ...]) -> Iterator[str]:
    if not errors:
        return
    yield '<section class="errors" id="errors"><h2>Files not compared</h2><ul>'
    for error in errors:
        yield f"<li><code>{_text(error.source)}</code>: {_text(error.message)}</li>"
    yield "</ul></section>"


def _page_title(report: Report) -> str:
    if len(report.documents) == 1:
        document = report.documents[0]
        return f"readout-diff: {document.title or document.source}"
    return f"readout-diff: {plural(len(report.documents), 'document')}"


# ---------------------------------------------------------------------------------------------------
# Style and the optional script

_CSS = """
:root {
  --ink: #1d2330; --muted: #5d6675; --rule: #d9dee7; --paper: #ffffff; --wash: #f5f7fa;
  --match: #1f7a4d; --match-bg: #e6f4ec; --match-edge: #7cc4a0;
  --only: #9a5b00; --only-bg: #fff7e8; --only-edge: #f0b458;
  --focus: #2456d6; --focus-bg: #fff6b8;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--wash); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1280px; margin: 0 auto; padding: 0 20px 40px; }
h2, h3, h4 { line-height: 1.25; }
code { font: 0.85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
a { color: inherit; }
.summary { background: var(--paper); border-bottom: 1px solid var(--rule); padding: 14px 20px 10px; }
.summary > * { max-width: 1240px; margin-left: auto; margin-right: auto; }
.brand { font-weight: 700; letter-spacing: .02em; color: var(--muted); font-size: 13px;
  text-transform: uppercase; }
.legend { margin: 4px auto 10px; color: var(--muted); font-size: 13px; }
.key { display: inline-block; padding: 0 8px; border-radius: 4px; font-size: 12px; font-weight: 600;
  margin-right: 4px; }
.key.matched { background: var(--match-bg); color: var(--match); border: 1px solid var(--match-edge); }
.key.only { background: var(--only-bg); color: var(--only); border: 1px dashed var(--only-edge);
  margin-left: 12px; }
.summary-doc { margin-bottom: 6px; }
.summary-title { font-weight: 600; text-decoration: none; }
.summary-title:hover { text-decoration: underline; }
.summary-rows { list-style: none; margin: 4px 0 0; padding: 0; }
.summary-rows li { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; font-size: 13px;
  padding: 2px 0; }
.pair { font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
a.pair { text-decoration: none; min-width: 5.5em; }
.bar { display: inline-flex; width: 260px; height: 12px; border-radius: 3px; overflow: hidden;
  border: 1px solid var(--rule); background: var(--wash); vertical-align: middle;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.seg { display: block; min-width: 3px; }
.seg.matched { background: var(--match); }
.seg.only-left, .seg.only-right { background: var(--only-edge); }
.seg.only-left + .seg.matched, .seg.matched + .seg.only-right { border-left: 1px solid var(--paper); }
.count { color: var(--muted); white-space: nowrap; }
.count b { color: var(--ink); }
.matched-count b { color: var(--match); }
.only-count b { color: var(--only); }
.summary-errors { color: #a11; font-size: 13px; }
.doc-head { padding: 22px 0 4px; }
.doc-head h2 { margin: 0 0 2px; font-size: 22px; }
.source { margin: 0; color: var(--muted); font-size: 13px; }
.cmp { background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; margin: 16px 0;
  padding: 14px 18px 18px; }
.cmp-head { margin: 0 0 4px; font-size: 16px; font-weight: 600; }
.cmp-head .pair { background: var(--ink); color: var(--paper); border-radius: 4px; padding: 1px 7px;
  margin-right: 6px; font-size: 13px; }
.cmp-head .vs { color: var(--muted); font-weight: 400; }
.cmp-summary { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; margin: 0 0 12px;
  font-size: 13px; }
.cols { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 24px; }
.col { min-width: 0; }
.stmt-head { border-bottom: 2px solid var(--ink); padding-bottom: 6px; margin-bottom: 8px; }
.stmt-head h3 { margin: 0; font-size: 17px; }
.stmt-id { display: inline-block; font-size: 12px; color: var(--muted); border: 1px solid var(--rule);
  border-radius: 4px; padding: 0 5px; vertical-align: 2px; }
.meta { margin: 2px 0 0; color: var(--muted); font-size: 13px; }
.stmt-title { margin: 2px 0 0; font-style: italic; }
.sents { list-style: none; margin: 0; padding: 0; }
.sent { margin: 0 0 6px; padding: 6px 10px 6px 12px; border-radius: 5px; border-left: 4px solid;
  break-inside: avoid; page-break-inside: avoid; scroll-margin-top: 30vh; }
.sent.matched { background: var(--match-bg); border-left-color: var(--match); }
.sent.only { background: var(--only-bg); border-left: 4px dashed var(--only-edge); }
.sent-link { display: block; text-decoration: none; color: inherit; cursor: pointer; }
.sent-link:focus { outline: none; }
.sid { font: 11px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted);
  margin-right: 2px; }
.badge { display: inline-block; font-size: 11px; font-weight: 600; line-height: 1.5; border-radius: 3px;
  padding: 0 6px; margin-left: 4px; white-space: nowrap; vertical-align: 1px; }
.match-badge { background: var(--paper); color: var(--match); border: 1px solid var(--match-edge); }
.match-badge .score { font-variant-numeric: tabular-nums; color: var(--ink); margin-left: 3px; }
.only-badge { background: var(--paper); color: var(--only); border: 1px dashed var(--only-edge); }
.only-badge .near { font-weight: 400; color: var(--muted); }
.sent.matched:hover, .sent.matched:focus-within, .sent.active { box-shadow: 0 0 0 2px var(--match-edge); }
.sent:target, .sent.partner { background: var(--focus-bg); box-shadow: 0 0 0 2px var(--focus); }
.terms { margin-top: 14px; }
.terms h4 { margin: 0 0 6px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em;
  color: var(--muted); }
.chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.chip { border: 1px solid var(--only-edge); background: var(--only-bg); border-radius: 999px;
  padding: 1px 10px; font-size: 13px; }
.none, .empty { color: var(--muted); font-style: italic; }
.errors { background: var(--paper); border: 1px solid #e3b3b3; border-radius: 8px; padding: 8px 18px;
  margin: 16px 0; }
.errors h2 { font-size: 16px; color: #a11; }
.analysis { margin-top: 18px; border-top: 1px solid var(--rule); }
.analysis h4 { margin: 14px 0 6px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em;
  color: var(--muted); }
.analysis h5 { margin: 0 0 4px; font-size: 14px; }
.table-wrap { overflow-x: auto; }
.topics, .emphasis { border-collapse: collapse; width: 100%; font-size: 13px; }
.topics th, .topics td, .emphasis th, .emphasis td { border: 1px solid var(--rule); padding: 4px 8px;
  text-align: left; vertical-align: top; }
.topics thead th, .emphasis thead th { background: var(--wash); font-weight: 600; }
.topics tbody th, .emphasis tbody th { font-weight: 600; }
.topics tr.one-side { background: var(--only-bg); }
.topics tr.one-side th[scope="row"] { border-left: 4px dashed var(--only-edge); }
.one-side-mark { display: inline-block; font-size: 11px; font-weight: 600; color: var(--only);
  background: var(--paper); border: 1px dashed var(--only-edge); border-radius: 3px; padding: 0 6px;
  white-space: nowrap; }
.topics td.side { white-space: nowrap; color: var(--muted); }
.not-mentioned { color: var(--muted); font-style: italic; }
.sid-link { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: nowrap; }
.ratio { margin: 0 0 6px; font-size: 13px; }
.emphasis td.num { font-variant-numeric: tabular-nums; text-align: right; }
.shares { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; }
.share .pct { font-weight: 600; font-variant-numeric: tabular-nums; }
.conflicts, .speakers { margin: 0; padding-left: 18px; font-size: 14px; }
.conflict { margin-bottom: 6px; }
.conflict .kind { font-weight: 700; color: var(--only); }
.conflict .scope { color: var(--muted); }
.mention .quoted { background: var(--focus-bg); }
.conflict .vs { color: var(--muted); }
.speaker { font-weight: 600; }
.speaker-cols { gap: 24px; }
footer { color: var(--muted); font-size: 12px; text-align: center; padding: 12px; }
@media (max-width: 640px) { .cols { grid-template-columns: minmax(0, 1fr); } .bar { width: 160px; } }
@media print {
  body { background: #fff; font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .summary { border-bottom: 1px solid #999; padding: 0 0 6pt; }
  .cmp { border: none; border-top: 1px solid #999; border-radius: 0; padding: 8pt 0; break-before: auto; }
  .cols { grid-template-columns: 1fr 1fr; gap: 14pt; }
  .sent, .chip, .key, .badge, .seg, .topics tr.one-side, .one-side-mark {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .topics tr, .emphasis tr, .conflict { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap { overflow: visible; }
  .sent:target, .sent.partner, .sent.active { background: inherit; box-shadow: none; }
  .sent.matched:target, .sent.matched.partner { background: var(--match-bg); }
  .sent.only:target { background: var(--only-bg); }
  .stmt-head, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  footer { display: none; }
}
"""

# Progressive: without it, a click on a matched sentence jumps to its partner (CSS :target).
_SCRIPT = """
(function () {
  function mark(sentence, on) {
    sentence.classList.toggle("active", on);
    (sentence.getAttribute("data-partners") || "").split(" ").forEach(function (id) {
      var partner = id && document.getElementById(id);
      if (partner) partner.classList.toggle("partner", on);
    });
  }
  document.querySelectorAll(".sent.matched[data-partners]").forEach(function (sentence) {
    sentence.addEventListener("mouseenter", function () { mark(sentence, true); });
    sentence.addEventListener("mouseleave", function () { mark(sentence, false); });
    sentence.addEventListener("focusin", function () { mark(sentence, true); });
    sentence.addEventListener("focusout", function () { mark(sentence, false); });
  });
})();
"""


def render(report: Report, options: RenderOptions) -> str:
    """The whole report as one HTML5 page: inline CSS, no external resource, readable without JavaScript."""
    parts = [
        "<!doctype html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="readout-diff {_text(__version__)}">',
        f"<title>{_text(_page_title(report))}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        *_summary(report),
        "<main>",
    ]
    for d, document in enumerate(report.documents, 1):
        parts.extend(_document(d, document))
    parts.extend(_errors(report.errors))
    parts += [
        "</main>",
        f"<footer>readout-diff {_text(__version__)}</footer>",
        f"<script>{_SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"
