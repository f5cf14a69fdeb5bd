"""The JSON report: the versioned "readout-diff/1" contract documented in the README."""

from __future__ import annotations

import json
import re
from typing import Any

from .. import __version__
from ..model import Attribution, Comparison, DocumentResult, Emphasis, Failure, Mention, Result, Statement
from ..speakers import credits
from . import RenderOptions

#: The contract's name: it changes only when a key is removed or changes meaning.
SCHEMA = "readout-diff/1"
#: Its revision: a minor number adds keys (1.1 added topics, emphasis, conflicts and speakers; 1.2 each
#: sentence's role and each match's evidence).
SCHEMA_VERSION = "1.2"


def statement_to_dict(statement: Statement, roles: tuple[str | None, ...] = ()) -> dict[str, Any]:
    header = statement.header
    roles = roles or (None,) * len(statement.sentences)
    return {
        "id": statement.id,
        "issuer": header.issuer,
        "place": header.place,
        "date": header.date.isoformat() if header.date else None,
        "title": header.title,
        "span": [statement.start, statement.end],
        "sentences": [
            {"id": statement.sentence_id(k), "text": s.text, "span": [s.start, s.end], "role": roles[k]}
            for k, s in enumerate(statement.sentences)
        ],
    }


def comparison_to_dict(result: DocumentResult, comparison: Comparison) -> dict[str, Any]:
    left = result.document.statements[comparison.left]
    right = result.document.statements[comparison.right]
    nearest = {}
    for statement, other, only, near in (
        (left, right, comparison.alignment.left_only, comparison.alignment.left_nearest),
        (right, left, comparison.alignment.right_only, comparison.alignment.right_nearest),
    ):
        for index, candidate in zip(only, near):
            if candidate is not None:
                nearest[statement.sentence_id(index)] = {
                    "id": other.sentence_id(candidate.index),
                    "score": candidate.score,
                }
    return {
        "statements": [left.id, right.id],
        "matches": [
            {
                "left": [left.sentence_id(i) for i in m.left],
                "right": [right.sentence_id(j) for j in m.right],
                "score": m.score,
                "shared": list(m.shared),
                "evidence": list(m.evidence),
            }
            for m in comparison.alignment.matches
        ],
        "only": {
            left.id: [left.sentence_id(i) for i in comparison.alignment.left_only],
            right.id: [right.sentence_id(j) for j in comparison.alignment.right_only],
        },
        "nearest": nearest,
        "terms_only": {left.id: list(comparison.terms.left), right.id: list(comparison.terms.right)},
        "topics": [
            {
                "topic": row.topic,
                "label": row.label,
                "side": {"both": "both", "left": left.id, "right": right.id}[row.side],
                "sentences": {
                    left.id: [left.sentence_id(i) for i in row.left],
                    right.id: [right.sentence_id(j) for j in row.right],
                },
            }
            for row in comparison.analysis.topics
        ],
        "emphasis": _emphasis(left, right, comparison),
        "conflicts": [
            {
                "kind": c.kind,
                "scope": c.scope,
                "detail": c.detail,
                left.id: _mention(left, c.left),
                right.id: _mention(right, c.right),
            }
            for c in comparison.analysis.conflicts
        ],
        "speakers": {
            left.id: _speakers(left, comparison.analysis.left_speakers),
            right.id: _speakers(right, comparison.analysis.right_speakers),
        },
    }


def _mention(statement: Statement, mention: Mention) -> dict[str, Any]:
    return {"sentence": statement.sentence_id(mention.sentence), "text": mention.text, "span": [mention.start, mention.end]}


def _emphasis_of(statement: Statement, emphasis: Emphasis | None) -> dict[str, Any]:
    if emphasis is None:
        return {"words": 0, "leads_with": None, "topics": []}
    return {
        "words": emphasis.words,
        "leads_with": emphasis.leads_with,
        "topics": [
            {"topic": t.topic, "share": t.share, "first": statement.sentence_id(t.first)} for t in emphasis.topics
        ],
    }


def _emphasis(left: Statement, right: Statement, comparison: Comparison) -> dict[str, Any]:
    left_words = comparison.analysis.left_emphasis.words if comparison.analysis.left_emphasis else 0
    right_words = comparison.analysis.right_emphasis.words if comparison.analysis.right_emphasis else 0
    return {
        "length_ratio": round(left_words / right_words, 4) if right_words else None,
        left.id: _emphasis_of(left, comparison.analysis.left_emphasis),
        right.id: _emphasis_of(right, comparison.analysis.right_emphasis),
    }


def _speakers(statement: Statement, attributions: tuple[Attribution, ...]) -> list[dict[str, Any]]:
    """Who the statement credits, in order of first credit, each with the sentences and mentions."""
    return [
        {
            "speaker": speaker,
            "sentences": [statement.sentence_id(i) for i in sentences],
            "mentions": [
                {**_mention(statement, a.mention), "verb": a.verb} for a in attributions if a.speaker == speaker
            ],
        }
        for speaker, sentences in credits(attributions)
    ]


def document_to_dict(result: DocumentResult) -> dict[str, Any]:
    """One document object of the contract."""
    document = result.document
    return {
        "source": document.source,
        "encoding": document.encoding,
        "title": document.title,
        "statements": [
            statement_to_dict(s, result.roles[k] if result.roles else ())
            for k, s in enumerate(document.statements)
        ],
        "comparisons": [comparison_to_dict(result, c) for c in result.comparisons],
    }


def failure_to_dict(failure: Failure) -> dict[str, Any]:
    return {"source": failure.source, "message": failure.message}


def result_to_dict(result: Result) -> dict[str, Any]:
    """The whole contract object."""
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "version": __version__,
        "documents": [document_to_dict(d) for d in result.documents],
        "errors": [failure_to_dict(f) for f in result.errors],
    }


# Spans print on one line: "[start, end]".
# Only a "span" key's value is rewritten: a raw newline never occurs inside a JSON string, so this
# pattern cannot touch sentence text such as "paragraphs [ 12, 13 ]".
_SPAN = re.compile(r'("span": )\[\n\s+(\d+),\n\s+(\d+)\n\s+\]')


def dumps(data: Any) -> str:
    """Indented, key order as built, non-ASCII kept: stable bytes for the same data."""
    return _SPAN.sub(r"\1[\2, \3]", json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def render(result: Result, options: RenderOptions) -> str:
    return dumps(result_to_dict(result))
