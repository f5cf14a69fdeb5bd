"""What analysts look for beyond matching sentences: topics, emphasis, conflicting facts and speakers."""

from __future__ import annotations

from .conflicts import find_conflicts
from .model import Analysis, Match, Statement
from .options import Options
from .speakers import attribute
from .topics import builtin_lexicon, emphasis, topic_grid


def analyse_statements(left: Statement, right: Statement, matches: tuple[Match, ...], options: Options) -> Analysis:
    """Analyse two aligned statements (``matches`` from ``align_statements``)."""
    lexicon = options.topics or builtin_lexicon()
    return Analysis(
        topics=topic_grid(left, right, lexicon),
        left_emphasis=emphasis(left, lexicon),
        right_emphasis=emphasis(right, lexicon),
        conflicts=find_conflicts(left, right, matches),
        left_speakers=attribute(left),
        right_speakers=attribute(right),
    )
