"""What analysts look for beyond matching sentences: topics, emphasis, conflicting facts and speakers."""

from __future__ import annotations

from dataclasses import dataclass

from .conflicts import find_conflicts
from .model import Attribution, Conflict, Emphasis, Match, Statement, TopicRow
from .options import Options
from .speakers import attribute
from .topics import builtin_lexicon, emphasis, topic_grid


@dataclass(frozen=True, slots=True)
class Analysis:
    """The topic grid, both statements' emphasis, the facts stated differently, and who said what."""

    topics: tuple[TopicRow, ...]
    left_emphasis: Emphasis
    right_emphasis: Emphasis
    conflicts: tuple[Conflict, ...]
    left_speakers: tuple[Attribution, ...]
    right_speakers: tuple[Attribution, ...]


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
