"""Diplomatic topics: a lexicon of terms, the topics each sentence touches, the topic grid and emphasis."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import InputError
from ..model import Emphasis, TopicRow, TopicShare
from ..text.aliases import AliasTable, builtin_aliases
from ..text.datafiles import builtin_toml, phrase_list, read_toml_file
from ..text.normalize import TABLE_CACHE_SIZE, content_stems

if TYPE_CHECKING:
    from ..annotate import AnnotatedStatement

_BUILTIN = "topics.toml"
_TOPIC_ID = re.compile(r"[A-Za-z0-9_-]+")
_TOPIC_KEYS = ("label", "terms", "exclude", "extend", "procedural")


class Topic(NamedTuple):
    """One topic: its id (in the JSON output), a label for people, the terms that show it, and the
    phrases in which a term does not count for it (``exclude``: "Homeland Security" is not security)."""

    id: str
    label: str
    terms: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    #: A topic about the meeting rather than its substance: every readout opens with it, so it is
    #: never what a statement "leads with".
    procedural: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The topics looked for, in order (the order breaks ties in the topic grid and in emphasis).

    Its hash is computed once: the lexicon keys several caches, asked many times per comparison, and
    hashing its hundreds of terms each time cost more than the lookups saved.
    """

    topics: tuple[Topic, ...]
    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash(self.topics))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self):
        # Rebuilt, not copied, in another process: string hashes differ from one process to the next.
        return (Lexicon, (self.topics,))

    def label(self, topic: str) -> str:
        """The label of the topic with id ``topic`` (the id itself when the lexicon has no such topic)."""
        return next((t.label for t in self.topics if t.id == topic), topic)


# One compiled term: its content stems, the index of its topic in the lexicon, and whether it excludes.
_Pattern = tuple[tuple[str, ...], int, bool]


@lru_cache(maxsize=TABLE_CACHE_SIZE)
def _index(lexicon: Lexicon, aliases: AliasTable) -> dict[str, tuple[_Pattern, ...]]:
    """Every term and exclusion of ``lexicon`` as content stems (read with ``aliases``, as sentences
    are), filed under its first stem."""
    index: dict[str, list[_Pattern]] = {}
    for number, topic in enumerate(lexicon.topics):
        for phrases, exclude in ((topic.terms, False), (topic.exclude, True)):
            for stems in dict.fromkeys(tuple(content_stems(phrase, aliases)) for phrase in phrases):
                if stems:
                    index.setdefault(stems[0], []).append((stems, number, exclude))
    return {first: tuple(patterns) for first, patterns in index.items()}


def topic_indices(stems: tuple[str, ...], lexicon: Lexicon, aliases: AliasTable) -> tuple[int, ...]:
    """The lexicon indices of the topics a sentence touches (``stems``: its content stems, read with
    ``aliases``), ascending.

    A term counts where its content stems appear in a row among the sentence's content stems, unless
    that run lies inside a run of one of the same topic's exclusions.
    """
    index = _index(lexicon, aliases)
    if index.keys().isdisjoint(stems):
        return ()  # most sentences: no term starts here
    hits: dict[int, list[tuple[int, int]]] = {}
    blocks: dict[int, list[tuple[int, int]]] = {}
    for start, stem in enumerate(stems):
        for pattern, topic, exclude in index.get(stem, ()):
            end = start + len(pattern)
            if stems[start:end] == pattern:
                (blocks if exclude else hits).setdefault(topic, []).append((start, end))
    touched = []
    for topic, spans in hits.items():
        block = blocks.get(topic)
        if not block or any(not any(a <= s and e <= b for a, b in block) for s, e in spans):
            touched.append(topic)
    return tuple(sorted(touched))


def sentence_topics(text: str, lexicon: Lexicon, aliases: AliasTable) -> tuple[str, ...]:
    """The ids of the topics ``text`` touches (read with ``aliases``), in lexicon order."""
    stems = tuple(content_stems(text, aliases))
    return tuple(lexicon.topics[t].id for t in topic_indices(stems, lexicon, aliases))


def _found(statement: AnnotatedStatement) -> dict[int, tuple[int, ...]]:
    """For each topic the statement touches (by lexicon index), its sentence indices, ascending."""
    found: dict[int, list[int]] = {}
    for number, sentence in enumerate(statement.sentences):
        for topic in sentence.topics:
            found.setdefault(topic, []).append(number)
    return {topic: tuple(numbers) for topic, numbers in found.items()}


# From a run's first letter or digit to its end: one match per run of non-space holding one (``[^\W_]``
# is ``str.isalnum``, ``\s`` what ``str.split`` splits on).
_COUNTED_WORD = re.compile(r"[^\W_]\S*")


def word_count(text: str) -> int:
    """The words of ``text`` as the reports count a statement's length: runs of non-space holding a
    letter or digit ("U.S." is one word, a dash is none)."""
    return len(_COUNTED_WORD.findall(text))


def topic_grid(left: AnnotatedStatement, right: AnnotatedStatement, lexicon: Lexicon) -> tuple[TopicRow, ...]:
    """The topics either statement touches, with the sentences of each side that touch them (each
    sentence's topics of ``lexicon``, the run's, as the annotation stage read them).

    Rows come in three groups: topics only the left statement mentions, then those only the right one
    mentions, then those both mention. Within a group, the topic with more sentences (both sides counted)
    comes first; ties go by lexicon order. Topics neither side mentions have no row.
    """
    left_found, right_found = _found(left), _found(right)

    def order(topic: int) -> tuple[int, int, int]:
        in_left, in_right = topic in left_found, topic in right_found
        group = 2 if in_left and in_right else 0 if in_left else 1
        return group, -(len(left_found.get(topic, ())) + len(right_found.get(topic, ()))), topic

    return tuple(
        TopicRow(
            topic=lexicon.topics[t].id,
            label=lexicon.topics[t].label,
            left=left_found.get(t, ()),
            right=right_found.get(t, ()),
        )
        for t in sorted(left_found.keys() | right_found.keys(), key=order)
    )


def emphasis(statement: AnnotatedStatement, lexicon: Lexicon) -> Emphasis:
    """How much of ``statement`` each topic takes, topics in the order they first appear.

    ``words`` counts the words of the statement's sentences as written: whitespace-separated, with a
    letter or digit ("U.S." is one word, a dash is none), as the reports count a statement's length. A topic's ``share`` is the
    words of the sentences touching it over ``words``, rounded to 4 decimals (a sentence touching two
    topics counts for both, so shares may sum above 1); ``first`` is its first sentence. Topics first
    touched in the same sentence go by lexicon order.
    """
    sizes = [sentence.word_count for sentence in statement.sentences]
    found = _found(statement)
    words = sum(sizes)
    shares = (
        TopicShare(
            topic=lexicon.topics[t].id,
            share=round(sum(sizes[i] for i in found[t]) / words, 4) if words else 0.0,
            first=found[t][0],
        )
        for t in sorted(found, key=lambda t: (found[t][0], t))
    )
    shares = tuple(shares)
    position = _position(lexicon)
    substantive = (s.topic for s in shares if not lexicon.topics[position[s.topic]].procedural)
    return Emphasis(words=words, topics=shares, leads_with=next(substantive, None))


@lru_cache(maxsize=TABLE_CACHE_SIZE)
def _position(lexicon: Lexicon) -> dict[str, int]:
    return {t.id: k for k, t in enumerate(lexicon.topics)}


@lru_cache(maxsize=1)
def builtin_lexicon() -> Lexicon:
    """The lexicon shipped with readout-diff (``readout_diff/data/topics.toml``)."""
    return _parse(builtin_toml(_BUILTIN), f"readout_diff/data/{_BUILTIN}", base=None)


def load_lexicon(path: str) -> Lexicon:
    """Read a user's lexicon file: its topics extend the built-in lexicon, or with ``replace = true``
    stand alone (see the README's "Topics"). A file that cannot be used raises ``InputError``."""
    data, _ = read_toml_file(path, "lexicon file")
    replace = data.pop("replace", False)
    if not isinstance(replace, bool):
        raise InputError(f"{path}: 'replace' must be true or false")
    lexicon = _parse(data, path, base=None if replace else builtin_lexicon())
    if not lexicon.topics:
        raise InputError(f"{path}: defines no topics; with replace = true add at least one [id] table")
    return lexicon


def _parse(data: dict[str, Any], source: str, base: Lexicon | None) -> Lexicon:
    """The lexicon a parsed TOML document describes: ``base`` with its topics replaced, extended or added
    to (``base`` None: the document's topics alone)."""
    topics = {t.id: t for t in base.topics} if base else {}
    for topic_id, table in data.items():
        where = f"{source}: topic '{topic_id}'"
        if not isinstance(table, dict):
            raise InputError(
                f"{source}: '{topic_id}' is not a topic; write each topic as a [{topic_id}] table "
                "with label and terms (top-level keys such as replace go before the first table)"
            )
        if not _TOPIC_ID.fullmatch(topic_id):
            raise InputError(f"{where}: a topic id may hold only letters, digits, '_' and '-'")
        unknown = [key for key in table if key not in _TOPIC_KEYS]
        if unknown:
            raise InputError(
                f"{where}: unknown key '{unknown[0]}' (a topic has label, terms, exclude and extend; "
                "top-level keys such as replace go before the first table)"
            )
        extend = table.get("extend", False)
        if not isinstance(extend, bool):
            raise InputError(f"{where}: extend must be true or false")
        procedural = table.get("procedural", False)
        if not isinstance(procedural, bool):
            raise InputError(f"{where}: procedural must be true or false")
        label = table.get("label", topic_id)
        if not isinstance(label, str) or not label.strip():
            raise InputError(f'{where}: label must be a non-empty string, like label = "Fisheries"')
        terms = phrase_list(table.get("terms", []), where, "terms")
        exclude = phrase_list(table.get("exclude", []), where, "exclude")
        for phrase in terms + exclude:
            # Checked on its own, read with the built-in alias table: whether a phrase has a word that
            # says the topic does not depend on the table a run reads sentences with.
            if not content_stems(phrase, builtin_aliases()):
                raise InputError(
                    f"{where}: '{phrase}' has only function words (like 'the', 'of'); "
                    "give it a word that says the topic"
                )
        if extend:
            if base is None:
                raise InputError(
                    f"{where}: extend = true needs the built-in lexicon, but replace = true drops it"
                )
            if topic_id not in topics:
                raise InputError(
                    f"{where}: extend = true, but there is no built-in topic '{topic_id}' to extend; "
                    f"use one of {', '.join(t.id for t in base.topics)}, or drop extend"
                )
            if not terms and not exclude:
                raise InputError(f"{where}: extend = true adds nothing; give it terms or exclude")
            old = topics[topic_id]
            topics[topic_id] = Topic(
                topic_id,
                table.get("label", old.label),
                tuple(dict.fromkeys(old.terms + terms)),
                tuple(dict.fromkeys(old.exclude + exclude)),
                bool(table.get("procedural", old.procedural)),
            )
            continue
        if not terms:
            raise InputError(f'{where} has no terms; give it terms = ["word", "a phrase"]')
        topics[topic_id] = Topic(topic_id, label, terms, exclude, procedural)
    return Lexicon(tuple(topics.values()))
