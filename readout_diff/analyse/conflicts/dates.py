"""Dates two statements give differently: "7 March" and "8 March", "on Friday" and "on Thursday"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...model import Conflict, Match
from ...text.aliases import AliasTable
from ...text.dates import WrittenDate
from .facts import ConflictKind, Scope, StatementFacts, by_key, conflict

if TYPE_CHECKING:
    from ...annotate import AnnotatedSentence


def find(sentence: AnnotatedSentence, aliases: AliasTable) -> tuple[WrittenDate, ...]:
    """The dates one sentence writes, as the annotation stage read them (``dates.find_sentence_dates``):
    a date with or without its year or weekday, a weekday alone, a year introduced by a preposition
    ("since 2015")."""
    return sentence.dates


def agree(a: WrittenDate, b: WrittenDate) -> bool | None:
    """True when two dates agree on every field both give, False when they clash, None when they
    share no field (incomparable: "on Friday" and "7 March")."""
    shared = [(x, y) for x, y in zip(a.fields, b.fields, strict=True) if x is not None and y is not None]
    if not shared:
        return None
    return all(x == y for x, y in shared)


def _compared_with(date: WrittenDate) -> str:
    """Which dates a date is compared with: calendar dates and weekdays with each other (""), a year
    written alone only with years introduced the same way ("since 2015" does not clash with "in 2019")."""
    return date.lead or ""


def conflicts(left: StatementFacts, right: StatementFacts, matches: Sequence[Match]) -> list[Conflict]:
    """Matched sentences that each give one date (however often repeated) and clash on a field both give."""
    out = []
    for match in matches:
        left_dates = by_key(left.found(find, match.left), _compared_with)
        right_dates = by_key(right.found(find, match.right), _compared_with)
        for key in sorted(left_dates.keys() & right_dates.keys()):
            a_list, b_list = left_dates[key], right_dates[key]
            verdicts = [agree(a.fact, b.fact) for a in a_list for b in b_list]
            one_each = len({a.fact.fields for a in a_list}) == len({b.fact.fields for b in b_list}) == 1
            if any(verdicts) or not one_each:
                continue
            if verdicts[0] is False:
                out.append(conflict(ConflictKind.DATE, Scope.MATCH, left, right, a_list[0], b_list[0]))
    return out
