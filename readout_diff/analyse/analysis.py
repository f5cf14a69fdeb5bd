"""What analysts look for beyond matching sentences: topics, emphasis, conflicting facts and speakers."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..model import Analysis, Attribution, Emphasis, Match
from .conflicts import StatementFacts, find_conflicts
from .speakers import attribute
from .topics import emphasis, topic_grid

if TYPE_CHECKING:  # the records and tables it is handed: their stages run before this one
    from ..annotate import AnnotatedStatement
    from ..context import RunContext


class StatementAnalysis(NamedTuple):
    """What one statement shows on its own, and the facts its comparisons read: analysed once, however
    many statements it is compared with."""

    emphasis: Emphasis
    speakers: tuple[Attribution, ...]
    #: The facts conflicts compare, each found once when a comparison first asks.
    facts: StatementFacts


def analyse_statement(statement: AnnotatedStatement, context: RunContext) -> StatementAnalysis:
    """One statement's emphasis and speakers (read once by ``annotate.py``), with the run's tables."""
    return StatementAnalysis(
        emphasis(statement, context.topics),
        attribute(statement, context.aliases),
        StatementFacts(statement, context.aliases),
    )


def analyse_statements(
    left: AnnotatedStatement,
    right: AnnotatedStatement,
    matches: tuple[Match, ...],
    context: RunContext,
    alone: tuple[StatementAnalysis, StatementAnalysis],
) -> Analysis:
    """Analyse two aligned statements (read once by ``annotate.py``; ``matches`` from
    ``align_statements``; ``alone``: what each shows on its own, ``analyse_statement``) with the run's
    tables."""
    return Analysis(
        topics=topic_grid(left, right, context.topics),
        left_emphasis=alone[0].emphasis,
        right_emphasis=alone[1].emphasis,
        conflicts=find_conflicts(left, right, matches, context.aliases, (alone[0].facts, alone[1].facts)),
        left_speakers=alone[0].speakers,
        right_speakers=alone[1].speakers,
    )
