"""Ordinals two statements give differently: "the sixth round" and "the first round"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from ...model import Conflict, Match
from ...text.aliases import AliasTable
from ...text.normalize import stem
from .facts import ConflictKind, StatementFacts
from .numerals import TIME_NOUNS, noun_after, noun_conflicts

if TYPE_CHECKING:
    from ...annotate import AnnotatedSentence

# Nouns that make an ordinal part of a title or a fixed phrase ("First Minister", "First Nations",
# "Second World War", "first-hand", "in the first place"), stemmed.
_TITLE_NOUNS = frozenset(
    stem(w)
    for w in (
        "minister", "ministers", "lady", "secretary", "nations", "nation", "deputy", "vice", "war", "world",
        "amendment", "committee", "class", "person", "hand", "place", "sight", "aid", "responders", "name",
        "lieutenant", "officer", "lord", "reading"
    )
)  # fmt: skip
_LETTERS = re.compile(r"[^\W\d_]+")


class Ordinal(NamedTuple):
    """An ordinal and the noun it ranks ("sixth round", "21st meeting"): ``noun`` is its stem."""

    start: int
    end: int
    value: int
    noun: str


def find(sentence: AnnotatedSentence, aliases: AliasTable) -> tuple[Ordinal, ...]:
    """The ordinals one sentence writes with the noun they rank, in text order; not in a title or a
    fixed phrase (for an ordinal in words, no word up to its noun may be one: "First Deputy Minister")."""
    numerals = sentence.numerals
    if not numerals:  # most sentences
        return ()
    text = sentence.text
    found = []
    for numeral in numerals:
        if not numeral.ordinal:
            continue
        noun = noun_after(text, numeral.end)
        if noun is None:
            continue
        if numeral.spelled:
            run = _LETTERS.findall(text[numeral.end : noun.end])
            if any(stem(w.lower()) in _TITLE_NOUNS for w in run):
                continue
        elif noun.stem in _TITLE_NOUNS:
            continue
        found.append(Ordinal(numeral.start, noun.end, int(numeral.value), noun.stem))
    return tuple(sorted(found, key=lambda ordinal: ordinal.start))


def _ranked(ordinal: Ordinal) -> str:
    return ordinal.noun


def compared_across(ordinal: Ordinal) -> bool:
    """Whether an ordinal may be compared across two whole statements: it ranks no time span."""
    return ordinal.noun not in TIME_NOUNS


def conflicts(left: StatementFacts, right: StatementFacts, matches: Sequence[Match]) -> list[Conflict]:
    """The same noun ranked differently (``numerals.noun_conflicts``)."""
    return noun_conflicts(ConflictKind.ORDINAL, find, _ranked, compared_across, left, right, matches)
