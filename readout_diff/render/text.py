"""Text helpers the report renderers share: visible control characters, which words differ, and the
facts the topic, emphasis, conflict and speaker sections show (the same in every format)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Attribution, Comparison, Emphasis, Statement, TopicRow

# Control characters from the input (an escape sequence pasted into a seed) are shown as their Unicode
# control pictures, one character for one, so that they never drive a terminal or break a page.
_CONTROL_PICTURES = {c: 0x2400 + c for c in range(32)} | {
    0x7F: 0x2421,
    **{c: 0xFFFD for c in range(0x80, 0xA0)},
}
_WORD = re.compile(r"\S+")
_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$")


def visible(text: str, keep: str = "\n\t") -> str:
    """``text`` with control characters other than those in ``keep`` shown as control pictures."""
    table = {c: p for c, p in _CONTROL_PICTURES.items() if chr(c) not in keep}
    return text.translate(table)


def word_key(word: str) -> str:
    """A whitespace-separated word as the renderers compare it: lower case, end punctuation stripped."""
    return _PUNCTUATION.sub("", word).lower()


def words(text: str) -> frozenset[str]:
    """The compared forms of the words of ``text``."""
    return frozenset(filter(None, (word_key(w) for w in _WORD.findall(text))))


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """Each whitespace-separated word of ``text``: (start, end, compared form)."""
    return [(m.start(), m.end(), word_key(m.group())) for m in _WORD.finditer(text)]


def encoding_note(encoding: str) -> str:
    """What to say about the encoding a file was read in: nothing for UTF-8."""
    return "" if encoding == "utf-8" else f"read as {encoding}, not UTF-8"


# ---------------------------------------------------------------------------------------------------
# The analysis sections: topics, emphasis, conflicts, speakers

#: How a conflict's ``scope`` reads in a report.
SCOPES = {"match": "in matched sentences", "statements": "across the statements"}

NOT_MENTIONED = "not mentioned"
NO_CONFLICTS = "No conflicting facts found."
NO_EMPHASIS = "No emphasis measured."
NO_LEAD = "no topic"
NO_SPEAKER = "No speaker named."
NO_TOPIC = "No topic found."


def topic_labels(topics: tuple[TopicRow, ...]) -> dict[str, str]:
    """Each topic id of the grid with its label."""
    return {row.topic: row.label for row in topics}


def topic_label(labels: dict[str, str], topic: str) -> str:
    """The label of ``topic``; its id when the grid does not name it."""
    return labels.get(topic, topic)


def one_side_marker(row: TopicRow, left: Statement, right: Statement) -> str:
    """Who mentions a topic, as its grid row says it: ``only s1``, ``only s2`` or ``both``."""
    return {"both": "both", "left": f"only {left.id}", "right": f"only {right.id}"}[row.side]


def percent(share: float) -> str:
    """A share of words as a whole percentage; ``<1%`` rather than a misleading ``0%``."""
    return "<1%" if 0 < share < 0.005 else f"{share:.0%}"


def has_emphasis(comparison: Comparison) -> bool:
    """Whether the comparison measured emphasis at all (a comparison built without analysis has none)."""
    return comparison.analysis.left_emphasis is not None or comparison.analysis.right_emphasis is not None


def emphasis_of(comparison: Comparison) -> tuple[Emphasis, Emphasis]:
    """Both statements' emphasis (an empty one where the comparison has none)."""
    empty = Emphasis(0, ())
    return comparison.analysis.left_emphasis or empty, comparison.analysis.right_emphasis or empty


def length_ratio(comparison: Comparison, left: Statement, right: Statement) -> str | None:
    """``s1 is 0.59x the length of s2``, or None when the right statement has no words."""
    left_emphasis, right_emphasis = emphasis_of(comparison)
    if not right_emphasis.words:
        return None
    return f"{left.id} is {left_emphasis.words / right_emphasis.words:.2f}x the length of {right.id}"


@dataclass(frozen=True, slots=True)
class Credit:
    """A speaker a statement credits, with each verb used and the sentences (indices) it is used in,
    verbs in order of first use."""

    speaker: str
    verbs: tuple[tuple[str, tuple[int, ...]], ...]


def speaker_credits(attributions: tuple[Attribution, ...]) -> list[Credit]:
    """The speakers of ``attributions`` in order of first credit, each with its verbs and sentences."""
    by_speaker: dict[str, dict[str, list[int]]] = {}
    for a in attributions:
        sentences = by_speaker.setdefault(a.speaker, {}).setdefault(a.verb, [])
        if a.sentence not in sentences:
            sentences.append(a.sentence)
    return [
        Credit(speaker, tuple((verb, tuple(indices)) for verb, indices in verbs.items()))
        for speaker, verbs in by_speaker.items()
    ]
