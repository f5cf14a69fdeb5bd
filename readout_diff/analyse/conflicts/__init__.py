"""Find facts two statements state differently: dates, numbers, ordinals, places, participants, agreement.

Each kind of fact has its finder module (a ``facts.FactFinder``): ``find(sentence, aliases)`` returns the
typed facts one sentence (an ``annotate.AnnotatedSentence``) states, spans in the sentence, and
``conflicts(left, right, matches)`` says where two statements state them differently. This module runs
them all. Dates are read by ``dates.py``'s grammar and ``numerals`` reads the numbers that ``numbers``
and ``ordinals`` compare, both once per sentence by the annotation stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import Conflict, Match
from ...text.aliases import AliasTable
from . import agreement, dates, numbers, ordinals, participants, places
from .facts import ConflictKind, FactFinder, Scope, StatementFacts

if TYPE_CHECKING:
    from ...annotate import AnnotatedStatement

__all__ = ["FINDERS", "ConflictKind", "FactFinder", "Scope", "StatementFacts", "find_conflicts"]

#: Every fact finder, one module each.
FINDERS: tuple[FactFinder, ...] = (dates, numbers, ordinals, places, participants, agreement)


def find_conflicts(
    left: AnnotatedStatement,
    right: AnnotatedStatement,
    matches: tuple[Match, ...],
    aliases: AliasTable,
    facts: tuple[StatementFacts, StatementFacts] | None = None,
) -> tuple[Conflict, ...]:
    """Facts ``left`` and ``right`` (read once by the annotation stage) state differently: inside
    matched sentences (scope "match") and, for counts, ordinals, participants and the meeting place,
    across the whole statements. Names are read with the run's ``aliases``; ``facts``: each statement's
    facts when they are already being found (``StatementFacts`` finds each once, for every pair).

    Sorted by the left mention's start, then the right's; the same input gives the same output.
    """
    left_facts, right_facts = facts or (StatementFacts(left, aliases), StatementFacts(right, aliases))
    found = [c for finder in FINDERS for c in finder.conflicts(left_facts, right_facts, matches)]
    unique = {
        (c.left.start, c.right.start, c.kind, c.scope, c.left.end, c.right.end, c.detail): c for c in found
    }
    return tuple(unique[k] for k in sorted(unique))
