"""Sentence roles: what each sentence does in a readout (frame, thanks, contact...), by data-file rules."""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import InputError
from ..text.aliases import AliasTable, builtin_aliases
from ..text.datafiles import builtin_text, phrase_list, read_toml_file
from ..text.normalize import TABLE_CACHE_SIZE, WORD_CACHE_SIZE, Token, content_stems, tokenize

_BUILTIN = "roles.toml"
_ROLE_ID = re.compile(r"[A-Za-z0-9_-]+")
_ROLE_KEYS = ("label", "description", "exclude", "evidence", "rule")
_RULE_KEYS = ("any", "all", "window", "first", "max_words", "unless")
_NUMBER_KEYS = ("window", "first", "max_words")
# A term written word for word starts with this mark ("=called for"); a word of such a term ending in
# the other mark matches every word it begins ("call*": call, calls, called, calling).
_LITERAL = "="
_PREFIX = "*"
# Table headers, to name the line of a role or rule in an error: "[frame]", "[[frame.rule]]".
_ROLE_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_-]+)\s*\]\s*(?:#.*)?$")
_RULE_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_-]+)\s*\.\s*rule\s*\]\]\s*(?:#.*)?$")


class Rule(NamedTuple):
    """One way a sentence shows a role: a term of every group appears (within ``window`` words of each
    other, when set), the sentence is among its statement's ``first`` sentences and has at most
    ``max_words`` words (when set), and no ``unless`` term appears."""

    groups: tuple[tuple[str, ...], ...]
    window: int | None = None
    first: int | None = None
    max_words: int | None = None
    unless: tuple[str, ...] = ()


class Role(NamedTuple):
    """One role: its id (in the JSON output), a label and a description for people, the rules that show
    it, and the phrases in which its terms do not count (``exclude``: "thanks to the new agreement")."""

    id: str
    label: str
    description: str
    rules: tuple[Rule, ...]
    exclude: tuple[str, ...] = ()
    #: Whether two sentences sharing this role is evidence that they say the same thing (false for a
    #: role most sentences of a readout have, such as a stated position).
    evidence: bool = True


@dataclass(frozen=True, slots=True)
class RoleLexicon:
    """The roles looked for, in priority order: a sentence gets the first role one of whose rules it
    meets. Hashed once, as the topic lexicon is: it keys the compiled matcher's cache."""

    roles: tuple[Role, ...]
    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash(self.roles))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self):
        # Rebuilt, not copied, in another process: string hashes differ from one process to the next.
        return (RoleLexicon, (self.roles,))

    def label(self, role: str) -> str:
        """The label of the role with id ``role`` (the id itself when the lexicon has no such role)."""
        return next((r.label for r in self.roles if r.id == role), role)


def sentence_roles(texts: Sequence[str], lexicon: RoleLexicon, aliases: AliasTable) -> tuple[str | None, ...]:
    """The role id of each sentence of one statement (``texts``, in order, read with the alias table
    ``aliases``), None where it has none: ``statement_roles`` of their tokens."""
    return statement_roles([tokenize(text, aliases) for text in texts], lexicon, aliases)


def statement_roles(
    sentences: Sequence[tuple[Token, ...]], lexicon: RoleLexicon, aliases: AliasTable
) -> tuple[str | None, ...]:
    """The role id of each sentence of one statement (each sentence's tokens, in order), None where it
    has none. The lexicon's word-for-word terms are read with ``aliases``, as the sentences were.

    Position counts: a rule with ``first`` holds only for the statement's first sentences, where a
    readout says who met whom.
    """
    matcher = _compile(lexicon, aliases)
    return tuple(_role(tokens, number, matcher) for number, tokens in enumerate(sentences))


# ---------------------------------------------------------------------------------------------------
# Matching. Every term of the lexicon is compiled once into a pattern; a sentence is read in one pass
# that finds every pattern's spans (in word positions, function words counted), then the roles' rules
# are checked in priority order over those spans.

# A pattern: word for word (the words, and for each whether it is a prefix), or content stems in a row.
_Literal = tuple[tuple[str, bool], ...]
# A word-for-word pattern filed under its first word: its number, its words, and the words after the
# first when none of them is a prefix (compared as one tuple), else None.
_Entry = tuple[int, _Literal, tuple[str, ...] | None]
_Content = tuple[str, ...]
_Span = tuple[int, int]


class _CompiledRule(NamedTuple):
    groups: tuple[tuple[int, ...], ...]  # pattern numbers
    window: int | None
    first: int | None
    max_words: int | None
    unless: tuple[int, ...]


class _CompiledRole(NamedTuple):
    id: str
    patterns: frozenset[int]  # every pattern of its rules: a role none of them appears in is skipped
    exclude: tuple[int, ...]
    rules: tuple[_CompiledRule, ...]


class _Matcher(NamedTuple):
    content: dict[str, tuple[tuple[int, _Content], ...]]  # by first stem
    literal: dict[str, tuple[_Entry, ...]]  # by first word (whole words)
    prefixed: dict[str, tuple[_Entry, ...]]  # by first word, where it is a prefix
    prefix_lengths: tuple[int, ...]  # the lengths of those prefixes, to look a word's prefixes up
    roles: tuple[_CompiledRole, ...]
    # word -> the word-for-word patterns that may start at it: a batch's vocabulary repeats, so each
    # distinct word's whole and prefix lookups are done once (bounded: see _MAX_WORDS_CACHED).
    starts: dict[str, tuple[_Entry, ...]]

    def starting_at(self, word: str) -> tuple[_Entry, ...]:
        found = self.starts.get(word)
        if found is None:
            found = self.literal.get(word, ())
            for length in self.prefix_lengths:
                if length > len(word):
                    break
                found += self.prefixed.get(word[:length], ())
            if len(self.starts) >= _MAX_WORDS_CACHED:
                self.starts.clear()
            self.starts[word] = found
        return found


#: How many distinct words a compiled lexicon remembers the patterns of (a few MB at most).
_MAX_WORDS_CACHED = WORD_CACHE_SIZE


@lru_cache(maxsize=TABLE_CACHE_SIZE)
def _compile(lexicon: RoleLexicon, aliases: AliasTable) -> _Matcher:
    """The lexicon's terms as patterns filed under their first stem or word (read with ``aliases``),
    and its rules over them."""
    numbers: dict[str, int] = {}
    content: dict[str, list[tuple[int, _Content]]] = {}
    literal: dict[str, list[_Entry]] = {}
    prefixed: dict[str, list[_Entry]] = {}

    def number(term: str) -> int:
        if term not in numbers:
            numbers[term] = len(numbers)
            if term.startswith(_LITERAL):
                words = _literal_words(term, aliases)
                head, is_prefix = words[0]
                tail = None if any(p for _, p in words[1:]) else tuple(w for w, _ in words[1:])
                (prefixed if is_prefix else literal).setdefault(head, []).append((numbers[term], words, tail))
            else:
                stems = tuple(content_stems(term, aliases))
                content.setdefault(stems[0], []).append((numbers[term], stems))
        return numbers[term]

    roles = []
    for role in lexicon.roles:
        rules = tuple(
            _CompiledRule(
                tuple(tuple(number(t) for t in group) for group in rule.groups),
                rule.window,
                rule.first,
                rule.max_words,
                tuple(number(t) for t in rule.unless),
            )
            for rule in role.rules
        )
        found = frozenset(n for rule in rules for group in rule.groups for n in group)
        roles.append(_CompiledRole(role.id, found, tuple(number(t) for t in role.exclude), rules))
    return _Matcher(
        {k: tuple(v) for k, v in content.items()},
        {k: tuple(v) for k, v in literal.items()},
        {k: tuple(v) for k, v in prefixed.items()},
        tuple(sorted({len(k) for k in prefixed})),
        tuple(roles),
        {},
    )


def _literal_words(term: str, aliases: AliasTable) -> _Literal:
    """The words of a word-for-word term, read as sentences are (``aliases``, lower case), each with
    whether it ends in the prefix mark."""
    words: list[tuple[str, bool]] = []
    for chunk in term[len(_LITERAL) :].split():
        is_prefix = chunk.endswith(_PREFIX)
        read = [t.lower for t in tokenize(chunk.rstrip(_PREFIX), aliases)]
        words.extend((w, is_prefix and k == len(read) - 1) for k, w in enumerate(read))
    return tuple(words)


def _spans(tokens: tuple[Token, ...], matcher: _Matcher) -> dict[int, list[_Span]]:
    """Where each pattern appears in the sentence: spans of word positions, function words counted."""
    found: dict[int, list[_Span]] = {}
    positions = [i for i, t in enumerate(tokens) if not t.stop]
    stems = tuple(tokens[i].stem for i in positions)
    for k, stem in enumerate(stems):
        for pattern, wanted in matcher.content.get(stem, ()):
            end = k + len(wanted)
            if end <= len(stems) and (len(wanted) == 1 or stems[k:end] == wanted):
                found.setdefault(pattern, []).append((positions[k], positions[end - 1] + 1))
    words = tuple(t.lower for t in tokens)
    for i, word in enumerate(words):
        for pattern, wanted, tail in matcher.starting_at(word):
            end = i + len(wanted)
            if end <= len(words) and (
                words[i + 1 : end] == tail
                if tail is not None
                else all(
                    words[i + j].startswith(w) if is_prefix else words[i + j] == w
                    for j, (w, is_prefix) in enumerate(wanted[1:], 1)
                )
            ):
                found.setdefault(pattern, []).append((i, end))
    return found


def _role(tokens: tuple[Token, ...], number: int, matcher: _Matcher) -> str | None:
    """The id of the first role (in priority order) one of whose rules the sentence meets."""
    found = _spans(tokens, matcher)
    if not found:
        return None  # most sentences: no term at all
    for role in matcher.roles:
        if role.patterns.isdisjoint(found):
            continue
        blocks = [span for p in role.exclude for span in found.get(p, ())]
        for rule in role.rules:
            if rule.first is not None and number >= rule.first:
                continue
            if rule.max_words is not None and len(tokens) > rule.max_words:
                continue
            if any(p in found for p in rule.unless):
                continue
            if any(found.keys().isdisjoint(group) for group in rule.groups):
                continue
            groups = [
                [
                    (s, e)
                    for p in group
                    for s, e in found.get(p, ())
                    if not any(a <= s and e <= b for a, b in blocks)
                ]
                for group in rule.groups
            ]
            if all(groups) and (rule.window is None or _within(groups, rule.window)):
                return role.id
    return None


def _within(groups: list[list[_Span]], window: int) -> bool:
    """Whether one span of each group can be chosen so that all lie within ``window`` words."""
    return any(
        max(e for _, e in choice) - min(s for s, _ in choice) <= window
        for choice in itertools.product(*groups)
    )


# ---------------------------------------------------------------------------------------------------
# Loading


@lru_cache(maxsize=1)
def builtin_roles() -> RoleLexicon:
    text = builtin_text(_BUILTIN)
    # Its terms are not re-read at every start: the tests read them as a user's file's are.
    return _parse(tomllib.loads(text), text, f"readout_diff/data/{_BUILTIN}", read_terms=False)


def load_roles(path: Path | str | None = None) -> RoleLexicon:
    """The role lexicon in ``path`` (None: the built-in ``readout_diff/data/roles.toml``). A file that
    cannot be used raises a one-line ``InputError`` naming the file and, where it can, the line."""
    if path is None:
        return builtin_roles()
    data, text = read_toml_file(str(path), "roles file")
    return _parse(data, text, str(path))


def _parse(data: dict[str, Any], text: str, source: str, read_terms: bool = True) -> RoleLexicon:
    """The role lexicon a parsed TOML document describes, its tables' order the priority. ``read_terms``:
    check that every term has words to match (see ``_terms``)."""
    lines = _header_lines(text)
    roles = []
    for role_id, table in data.items():
        where = _where(source, lines, role_id)
        if not isinstance(table, dict):
            raise InputError(
                f"{source}: '{role_id}' is not a role; write each role as a [{role_id}] table with a label "
                f"and [[{role_id}.rule]] tables"
            )
        if not _ROLE_ID.fullmatch(role_id):
            raise InputError(f"{where}: a role id may hold only letters, digits, '_' and '-'")
        unknown = [key for key in table if key not in _ROLE_KEYS]
        if unknown:
            raise InputError(
                f"{where}: unknown key '{unknown[0]}' (a role has label, description, exclude, evidence and "
                f"[[{role_id}.rule]] tables)"
            )
        label = table.get("label", role_id)
        if not isinstance(label, str) or not label.strip():
            raise InputError(f'{where}: label must be a non-empty string, like label = "Thanks"')
        description = table.get("description", "")
        if not isinstance(description, str):
            raise InputError(f'{where}: description must be a string, like description = "..."')
        exclude = _terms(table.get("exclude", []), where, "exclude", read_terms)
        evidence = table.get("evidence", True)
        if not isinstance(evidence, bool):
            raise InputError(f"{where}: evidence must be true or false")
        raw_rules = table.get("rule")
        if (
            not isinstance(raw_rules, list)
            or not raw_rules
            or not all(isinstance(r, dict) for r in raw_rules)
        ):
            raise InputError(
                f"{where}: no rules; give it [[{role_id}.rule]] tables, each with any = [...] or "
                "all = [[...], [...]]"
            )
        rules = tuple(
            _rule(raw, _where(source, lines, role_id, k), role_id, read_terms)
            for k, raw in enumerate(raw_rules, 1)
        )
        roles.append(Role(role_id, label, description, rules, exclude, evidence))
    if not roles:
        raise InputError(f"{source}: defines no roles; add at least one [id] table with [[id.rule]] tables")
    return RoleLexicon(tuple(roles))


def _rule(table: dict[str, Any], where: str, role_id: str, read_terms: bool) -> Rule:
    unknown = [key for key in table if key not in _RULE_KEYS]
    if unknown:
        raise InputError(
            f"{where}: unknown key '{unknown[0]}' (a rule has any or all, and optionally window, first, "
            "max_words and unless)"
        )
    if ("any" in table) == ("all" in table):
        raise InputError(
            f'{where}: give exactly one of any = ["term", ...] or all = [["term", ...], ["term", ...]]'
        )
    if table.get("any") == []:
        raise InputError(f'{where}: any is empty; give it terms, like any = ["word", "a phrase"]')
    if "any" in table:
        groups = (_terms(table["any"], where, "any", read_terms),)
    else:
        value = table["all"]
        if not isinstance(value, list) or not value or not all(isinstance(g, list) and g for g in value):
            raise InputError(
                f'{where}: all must be a list of term groups, like all = [["met", "spoke"], ["today"]]'
            )
        groups = tuple(_terms(group, where, "all", read_terms) for group in value)
    numbers = {}
    for key in _NUMBER_KEYS:
        value = table.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise InputError(f"{where}: {key} must be a whole number of at least 1, like {key} = 3")
        numbers[key] = value
    return Rule(groups, unless=_terms(table.get("unless", []), where, "unless", read_terms), **numbers)


def _terms(value: Any, where: str, key: str, read_terms: bool = True) -> tuple[str, ...]:
    """``value`` as a tuple of terms each of which can match (when ``read_terms``: each is read to see
    that it has words), or an ``InputError`` saying what to write."""
    terms = phrase_list(value, where, key)
    if not read_terms:
        return terms
    # A role file is checked on its own, read with the built-in alias table: whether a term has words
    # does not depend on the table a run reads sentences with.
    aliases = builtin_aliases()
    for term in terms:
        if term.startswith(_LITERAL):
            body = term[len(_LITERAL) :]
            if any(_PREFIX in chunk.rstrip(_PREFIX) or chunk == _PREFIX for chunk in body.split()):
                raise InputError(f"{where}: '{term}': '*' may only end a word, as in '=call* for'")
            if not _literal_words(term, aliases):
                raise InputError(f"{where}: '{term}' has no words after '='")
        elif not content_stems(term, aliases):
            raise InputError(
                f"{where}: '{term}' has only function words (like 'the', 'of'); give it a word that says "
                f"the role, or write it word for word with '=' ('=thanks to')"
            )
    return terms


def _header_lines(text: str) -> dict[tuple[str, int], int]:
    """The line of each role's table header (rule 0) and of each of its [[id.rule]] headers (1, 2...)."""
    lines: dict[tuple[str, int], int] = {}
    counts: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if match := _RULE_HEADER.match(line):
            role = match[1]
            counts[role] = counts.get(role, 0) + 1
            lines[(role, counts[role])] = number
        elif match := _ROLE_HEADER.match(line):
            lines.setdefault((match[1], 0), number)
    return lines


def _where(source: str, lines: dict[tuple[str, int], int], role_id: str, rule: int = 0) -> str:
    """How an error names a role or one of its rules: the file, the line when known, the role (and rule)."""
    line = lines.get((role_id, rule)) or lines.get((role_id, 0))
    at = f"{source}, line {line}" if line else source
    return f"{at}: role '{role_id}'" + (f", rule {rule}" if rule else "")
