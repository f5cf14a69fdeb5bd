"""Agreement two statements report differently: one says the parties agreed, the other only that they
discussed ("agreed to lower tariffs" and "discussed tariffs")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from ...model import Conflict, Match
from ...text.aliases import AliasTable
from .facts import ConflictKind, Scope, StatementFacts, conflict
from .text import trigger_rules, triggered

if TYPE_CHECKING:
    from ...annotate import AnnotatedSentence

_AGREED = "agreed"
_DISCUSSED = "discussed"
# A negation in the few words before an agreement word ("did not agree", "failed to reach consensus").
_NEGATION = re.compile(r"(?i:\b(?:not|no|never|failed|unable|without|nor)\b\W*(?:\w+\W+){0,2}$|n['’]t\s*$)")
# How far before an agreement word a negation or a stance is looked for.
_LOOK_BEHIND = 30
_REACHED = (
    r"(?:[Rr]eached|[Aa]chieved|[Aa]rrived\s+at|[Cc]ame\s+to|[Ff]ound|[Ff]orged|[Bb]uilt)\s+(?:an?\s+)?"
    r"(?:broad\s+|general\s+|full\s+|important\s+)?(?:agreement|consensus|understanding)\b"
)
# What says the parties agreed, and what says they only talked.
_OUTCOME_WORDS = trigger_rules(
    (
        "agree agreed agrees",
        r"[Aa]gree[sd]?(?=\s+(?:to|that|on|upon|with|the|a|an|how|in\s+principle|further|new)\b|,)",
        _AGREED,
    ),
    ("agreement consensus understanding", _REACHED, _AGREED),
    ("consensus", r"[Tt]here\s+(?:was|is)\s+(?:a\s+)?(?:broad\s+|general\s+)?consensus\b", _AGREED),
    ("consensus", r"(?<!international\s)(?<!global\s)[Cc]onsensus(?=\s+(?:on|that|to)\b)", _AGREED),
    ("agreement", r"[Ii]n\s+(?:full\s+|broad\s+)?agreement\b", _AGREED),
    (
        "signed",
        r"[Ss]igned(?=\s+(?:a|an|the|two|three|several|\d|agreements?|memorand\w*|MoUs?|deals?)\b)",
        _AGREED,
    ),
    ("decided", r"[Dd]ecided(?=\s+(?:to|that|on)\b)", _AGREED),
    ("committed", r"[Cc]ommitted(?=\s+to\b)", _AGREED),
    (
        "discuss discussed discusses discussing discussion discussions",
        r"[Dd]iscuss(?:ed|es|ing|ions?)?\b",
        _DISCUSSED,
    ),
    ("exchange exchanged exchanges", r"[Ee]xchange[sd]?\s+(?:of\s+)?(?:views|opinions|ideas)\b", _DISCUSSED),
    ("reviewed reviewing", r"[Rr]eview(?:ed|ing)\b", _DISCUSSED),
    ("talked spoke", r"(?:[Tt]alked|[Ss]poke)\s+about\b", _DISCUSSED),
    ("explored", r"[Ee]xplored\b", _DISCUSSED),
    ("touched", r"[Tt]ouched\s+(?:on|upon)\b", _DISCUSSED),
)
# Before a single verb, words that make it an adjective or a stance, not an outcome ("the agreed
# text", "remain committed", "as agreed").
_STANCE_BEFORE = re.compile(
    r"(?i:\b(?:is|are|was|were|be|been|being|remain|remains|remained|fully|deeply|strongly|firmly|steadfastly"
    r"|long|as|the|an?|previously|already)\s*$)"
)
_SINGLE_VERBS = frozenset({"agreed", "agree", "agrees", "signed", "decided", "committed"})


class Outcome(NamedTuple):
    """Words saying what came of the talks: the parties ``agreed`` ("agreed to", "reached consensus",
    "signed a"), or only discussed ("discussed", "exchanged views"). ``words`` are lower-cased."""

    start: int
    end: int
    agreed: bool
    words: str


def find(sentence: AnnotatedSentence, aliases: AliasTable) -> tuple[Outcome, ...]:
    """Where one sentence says the parties agreed (not negated, not an adjective or a stance such as
    "the agreed text" or "remain committed") or discussed, in text order."""
    text = sentence.text
    found: list[Outcome] = []
    for m, tag in triggered(text, sentence.lower_words, _OUTCOME_WORDS):
        words = m.group().lower()
        if tag == _DISCUSSED:
            found.append(Outcome(m.start(), m.end(), False, words))
            continue
        before = text[max(0, m.start() - _LOOK_BEHIND) : m.start()]
        if _NEGATION.search(before) or any(f.agreed and f.start <= m.start() < f.end for f in found):
            continue
        if words in _SINGLE_VERBS and _STANCE_BEFORE.search(before):
            continue
        found.append(Outcome(m.start(), m.end(), True, words))
    return tuple(found)


def conflicts(left: StatementFacts, right: StatementFacts, matches: Sequence[Match]) -> list[Conflict]:
    """Matched sentences where one side says the parties agreed and the other, saying nothing of an
    agreement, that they discussed."""
    out = []
    for match in matches:
        left_found, right_found = left.found(find, match.left), right.found(find, match.right)
        left_agreed = [f for f in left_found if f.fact.agreed]
        right_agreed = [f for f in right_found if f.fact.agreed]
        left_discussed = [f for f in left_found if not f.fact.agreed]
        right_discussed = [f for f in right_found if not f.fact.agreed]
        if left_agreed and not right_agreed and right_discussed:
            out.append(
                conflict(ConflictKind.AGREEMENT, Scope.MATCH, left, right, left_agreed[0], right_discussed[0])
            )
        elif right_agreed and not left_agreed and left_discussed:
            out.append(
                conflict(ConflictKind.AGREEMENT, Scope.MATCH, left, right, left_discussed[0], right_agreed[0])
            )
    return out
