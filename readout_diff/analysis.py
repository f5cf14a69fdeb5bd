"""What analysts look for beyond matching sentences: topics, emphasis, conflicting facts and speakers."""

from __future__ import annotations

from .annotate import AnnotatedStatement
from .conflicts import find_conflicts
from .context import RunContext
from .model import Analysis, Match
from .speakers import attribute
from .topics import emphasis, topic_grid


def analyse_statements(
    left: AnnotatedStatement, right: AnnotatedStatement, matches: tuple[Match, ...], context: RunContext
) -> Analysis:
    """Analyse two aligned statements (read once by ``annotate.py``; ``matches`` from
    ``align_statements``) with the run's tables."""
    lexicon = context.topics
    return Analysis(
        topics=topic_grid(left, right, lexicon),
        left_emphasis=emphasis(left, lexicon),
        right_emphasis=emphasis(right, lexicon),
        conflicts=find_conflicts(left.statement, right.statement, matches),
        left_speakers=attribute(left.statement),
        right_speakers=attribute(right.statement),
    )
