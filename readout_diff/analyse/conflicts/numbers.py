"""Counts two statements give differently: "12 agreements" and "10 agreements", "$5 billion" and "$4 bn"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from ...model import Conflict, Match
from ...text.aliases import AliasTable
from .facts import ConflictKind, StatementFacts
from .numerals import TIME_NOUNS, noun_after, noun_conflicts

if TYPE_CHECKING:
    from ...annotate import AnnotatedSentence


class Count(NamedTuple):
    """A count or an amount and the noun it counts ("12 agreements", "$5 billion for the railway").

    ``unit`` is the currency's sign and "%" for a share, "" for neither; ``noun`` the counted noun's
    stem, "" for a bare amount or share ("grew by 5%"), which is compared only inside matched sentences.
    """

    start: int
    end: int
    value: float
    unit: str
    noun: str


def find(sentence: AnnotatedSentence, aliases: AliasTable) -> tuple[Count, ...]:
    """The counts one sentence writes, in text order (see ``numerals``: dates, years, labels, ranges and
    approximate counts are not counts); a count in words needs its noun, as does one in digits without
    a currency or a percent sign."""
    numerals = sentence.numerals
    if not numerals:  # most sentences
        return ()
    text = sentence.text
    found = []
    for numeral in numerals:
        if numeral.ordinal:
            continue
        noun = noun_after(text, numeral.end, after_of="%" in numeral.unit, plural=numeral.value > 1)
        if noun is None and not numeral.unit:
            continue
        end = noun.end if noun else numeral.end
        found.append(Count(numeral.start, end, numeral.value, numeral.unit, noun.stem if noun else ""))
    return tuple(sorted(found, key=lambda count: count.start))


def _counted(count: Count) -> tuple[str, str]:
    """What a count is compared by: its unit and its noun ("$" and "agreement")."""
    return count.unit, count.noun


def compared_across(count: Count) -> bool:
    """Whether a count may be compared across two whole statements, not only inside a match: it counts
    a noun that is not a time span, and it is not a share."""
    return bool(count.noun) and "%" not in count.unit and count.noun not in TIME_NOUNS


def conflicts(left: StatementFacts, right: StatementFacts, matches: Sequence[Match]) -> list[Conflict]:
    """The same noun counted differently (``numerals.noun_conflicts``)."""
    return noun_conflicts(ConflictKind.NUMBER, find, _counted, compared_across, left, right, matches)
