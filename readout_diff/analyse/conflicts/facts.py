"""What every fact finder shares: conflict kinds and scopes, the finder protocol, one statement's facts."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from ...model import Conflict, Match, Mention
from ...text.aliases import AliasTable
from ...text.normalize import STOPWORDS, apply_aliases
from .text import content_stems

if TYPE_CHECKING:
    from ...annotate import AnnotatedSentence, AnnotatedStatement


class ConflictKind(enum.Enum):
    """What two statements state differently; the values are the JSON ``kind`` strings."""

    DATE = "date"
    NUMBER = "number"
    ORDINAL = "ordinal"
    PLACE = "place"
    PARTICIPANT = "participant"
    AGREEMENT = "agreement"


class Scope(enum.Enum):
    """Where the two mentions were found; the values are the JSON ``scope`` strings."""

    #: In sentences matched to each other.
    MATCH = "match"
    #: Anywhere in the two statements.
    STATEMENTS = "statements"


class Fact(Protocol):
    """Something one sentence states: ``start``/``end`` index the sentence's text."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


F = TypeVar("F", bound=Fact)
F_co = TypeVar("F_co", bound=Fact, covariant=True)
K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Found(Generic[F_co]):
    """A fact of one statement's sentence number ``sentence`` (0-based)."""

    sentence: int
    fact: F_co


class FactFinder(Protocol):
    """One kind of fact, in one module: where a sentence (as the annotation stage read it, with the
    run's alias table) states it (``find``, spans in the sentence) and where two statements state it
    differently (``conflicts``)."""

    def find(self, sentence: AnnotatedSentence, aliases: AliasTable) -> Sequence[Fact]: ...

    def conflicts(
        self, left: StatementFacts, right: StatementFacts, matches: Sequence[Match]
    ) -> list[Conflict]: ...


_WORD = re.compile(r"[^\W_]+")
# A mention longer than this is cut short in a conflict's detail.
_DETAIL_CHARS = 70


#: A finder's ``find``.
Find = Callable[["AnnotatedSentence", AliasTable], Sequence[F]]


class StatementFacts:
    """What one statement's sentences state, found once per sentence and finder, and only when asked
    (``statement``: read once by the annotation stage; ``aliases``: the run's table)."""

    def __init__(self, statement: AnnotatedStatement, aliases: AliasTable) -> None:
        self.annotated = statement
        self.statement = statement.statement
        self.aliases = aliases
        # Per finder, each sentence's facts (None until found) and every sentence's together.
        self._by_sentence: dict[Find, list[tuple[Found[Fact], ...] | None]] = {}
        self._everywhere: dict[Find, list[Found[Fact]]] = {}
        self._words: frozenset[str] | None = None
        self._stems: frozenset[str] | None = None

    def found(self, find: Find[F], indices: Iterable[int]) -> list[Found[F]]:
        """What ``find`` finds in the sentences ``indices``, in their order."""
        by_sentence = self._by_sentence.get(find)
        if by_sentence is None:
            by_sentence = self._by_sentence[find] = [None] * len(self.statement.sentences)
        out: list[Found[F]] = []
        for i in indices:
            found = by_sentence[i]
            if found is None:
                facts = find(self.annotated.sentences[i], self.aliases)
                found = by_sentence[i] = tuple(Found(i, fact) for fact in facts) if facts else ()
            out += found  # type: ignore[arg-type]
        return out

    def everywhere(self, find: Find[F]) -> list[Found[F]]:
        """What ``find`` finds in every sentence of the statement, in order."""
        found = self._everywhere.get(find)
        if found is None:
            found = self._everywhere[find] = self.found(find, range(len(self.statement.sentences)))
        return found  # type: ignore[return-value]

    def text(self, found: Found[Fact]) -> str:
        """The words of a fact."""
        return self.statement.sentences[found.sentence].text[found.fact.start : found.fact.end]

    def mention(self, found: Found[Fact]) -> Mention:
        """A fact as a mention, its span in the document."""
        sentence = self.statement.sentences[found.sentence]
        start, end = sentence.start + found.fact.start, sentence.start + found.fact.end
        return Mention(found.sentence, start, end, sentence.text[found.fact.start : found.fact.end])

    @property
    def words(self) -> frozenset[str]:
        """Every word of the statement, lower-cased, its header place and title included."""
        if self._words is None:
            self._words = frozenset(_WORD.findall("\n".join(self._texts()).lower()))
        return self._words

    def names(self, name: str) -> bool:
        """Whether the statement writes ``name`` anywhere (as it is, or another way of writing an
        alias such as "U.S." for "United States", checked sentence by sentence only then)."""
        if frozenset(_WORD.findall(name.lower())) - STOPWORDS <= self.words:
            return True
        if apply_aliases(name, self.aliases) == name:
            return False
        if self._stems is None:
            header = self.statement.header
            self._stems = frozenset(stem for s in self.annotated.sentences for stem in s.stems).union(
                *(content_stems(t, self.aliases) for t in (header.place, header.title) if t)
            )
        return content_stems(name, self.aliases) <= self._stems

    def _texts(self) -> list[str]:
        header = self.statement.header
        return [s.text for s in self.statement.sentences] + [t for t in (header.place, header.title) if t]


def by_key(found: Iterable[Found[F]], key: Callable[[F], K]) -> dict[K, list[Found[F]]]:
    """Facts grouped by ``key`` of each, in their order."""
    out: dict[K, list[Found[F]]] = {}
    for f in found:
        out.setdefault(key(f.fact), []).append(f)
    return out


def conflict(
    kind: ConflictKind,
    scope: Scope,
    left: StatementFacts,
    right: StatementFacts,
    a: Found[Fact],
    b: Found[Fact],
    what: str = "",
) -> Conflict:
    """The conflict between fact ``a`` of the left statement and ``b`` of the right one."""
    left_mention, right_mention = left.mention(a), right.mention(b)
    detail = f'{kind.value}: "{_short(left_mention.text)}" vs "{_short(right_mention.text)}"'
    return Conflict(
        kind.value, scope.value, left_mention, right_mention, detail + (f" ({what})" if what else "")
    )


def _short(text: str, limit: int = _DETAIL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
