"""The JSON report: the versioned "readout-diff/1" contract documented in the README."""

from __future__ import annotations

import json
import re
from typing import Any

from .. import __version__
from ..report import (
    ComparisonReport,
    DocumentReport,
    ErrorReport,
    MentionReport,
    NearestReport,
    Report,
    SentenceReport,
    SpeakerReport,
    StatementEmphasis,
    StatementReport,
)
from . import RenderOptions

#: The contract's name: it changes only when a key is removed or changes meaning.
SCHEMA = "readout-diff/1"
#: Its revision: a minor number adds keys (1.1 added topics, emphasis, conflicts and speakers; 1.2 each
#: sentence's role and each match's evidence; 1.3 each statement's input).
SCHEMA_VERSION = "1.4"
#: Decimals of the emphasis length ratio (scores and shares arrive rounded).
_RATIO_DECIMALS = 4


def _nearest(nearest: NearestReport) -> dict[str, Any]:
    """An only-sentence's nearest candidate; with a sentence model, also the margin its decision used."""
    out: dict[str, Any] = {"id": nearest.sentence.id, "score": nearest.score}
    if nearest.margin is not None:
        out["margin"] = nearest.margin
    return out


def _ids(sentences: tuple[SentenceReport, ...]) -> list[str]:
    return [s.id for s in sentences]


def statement_to_dict(statement: StatementReport) -> dict[str, Any]:
    return {
        "id": statement.id,
        "issuer": statement.issuer,
        "place": statement.place,
        "date": statement.date,
        "title": statement.title,
        "span": list(statement.span),
        **({} if statement.input is None else {"input": _input(statement)}),
        "sentences": [
            {"id": s.id, "text": s.text, "span": list(s.span), "role": s.role} for s in statement.sentences
        ],
    }


def _input(statement: StatementReport) -> dict[str, Any]:
    """The file a statement was read from: its spans index that file's text (``--format text``)."""
    item = statement.input
    assert item is not None
    return {"path": item.path, "kind": item.kind, "encoding": item.encoding, "issuer_from": statement.issuer_from}


def comparison_to_dict(comparison: ComparisonReport) -> dict[str, Any]:
    left, right = comparison.left, comparison.right
    left_id, right_id = left.statement.id, right.statement.id
    emphasis = comparison.emphasis
    ratio = emphasis.length_ratio
    return {
        "statements": [left_id, right_id],
        "matches": [
            {
                "left": [m.sentence.id for m in match.left],
                "right": [m.sentence.id for m in match.right],
                "score": match.score,
                "shared": list(match.shared),
                "evidence": list(match.evidence),
            }
            for match in comparison.matches
        ],
        "only": {side.statement.id: [o.sentence.id for o in side.only] for side in comparison.sides},
        "nearest": {
            o.sentence.id: _nearest(o.nearest)
            for side in comparison.sides
            for o in side.only
            if o.nearest is not None
        },
        "terms_only": {side.statement.id: list(side.terms) for side in comparison.sides},
        "topics": [
            {
                "topic": row.topic,
                "label": row.label,
                "side": row.mentioned_by,
                "sentences": {left_id: _ids(row.left), right_id: _ids(row.right)},
            }
            for row in comparison.topics
        ],
        "emphasis": {
            "length_ratio": None if ratio is None else round(ratio, _RATIO_DECIMALS),
            left_id: _emphasis(emphasis.left),
            right_id: _emphasis(emphasis.right),
        },
        "conflicts": [
            {
                "kind": c.kind,
                "scope": c.scope,
                "detail": c.detail,
                left_id: _mention(c.left),
                right_id: _mention(c.right),
            }
            for c in comparison.conflicts
        ],
        "speakers": {side.statement.id: [_speaker(s) for s in side.speakers] for side in comparison.sides},
    }


def _mention(mention: MentionReport) -> dict[str, Any]:
    return {"sentence": mention.sentence.id, "text": mention.text, "span": list(mention.span)}


def _emphasis(emphasis: StatementEmphasis) -> dict[str, Any]:
    return {
        "words": emphasis.words,
        "leads_with": emphasis.leads_with,
        "topics": [{"topic": t.topic, "share": t.share, "first": t.first.id} for t in emphasis.topics],
    }


def _speaker(speaker: SpeakerReport) -> dict[str, Any]:
    """A speaker the statement credits, with its sentences and each mention with its verb."""
    return {
        "speaker": speaker.speaker,
        "sentences": _ids(speaker.sentences),
        "mentions": [{**_mention(m.mention), "verb": m.verb} for m in speaker.mentions],
    }


def document_to_dict(document: DocumentReport) -> dict[str, Any]:
    """One document object of the contract."""
    return {
        "source": document.source,
        "encoding": document.encoding,
        "title": document.title,
        "statements": [statement_to_dict(s) for s in document.statements],
        "comparisons": [comparison_to_dict(c) for c in document.comparisons],
    }


def error_to_dict(error: ErrorReport) -> dict[str, Any]:
    return {"source": error.source, "message": error.message}


def report_to_dict(report: Report) -> dict[str, Any]:
    """The whole contract object."""
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "version": __version__,
        "documents": [document_to_dict(d) for d in report.documents],
        "errors": [error_to_dict(e) for e in report.errors],
    }


# Spans print on one line: "[start, end]".
# Only a "span" key's value is rewritten: a raw newline never occurs inside a JSON string, so this
# pattern cannot touch sentence text such as "paragraphs [ 12, 13 ]".
_SPAN = re.compile(r'("span": )\[\n\s+(\d+),\n\s+(\d+)\n\s+\]')


def dumps(data: Any) -> str:
    """Indented, key order as built, non-ASCII kept: stable bytes for the same data."""
    return _SPAN.sub(r"\1[\2, \3]", json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def render(report: Report, options: RenderOptions) -> str:
    return dumps(report_to_dict(report))
