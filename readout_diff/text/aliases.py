"""The alias table: one form for names written several ways, built in or from a user's file."""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ..errors import InputError
from .datafiles import builtin_text


class Alias(NamedTuple):
    """One entry of the table: every variant is read as ``canonical``.

    Literal variants match as whole words (any white space between words, ' and ’ alike); with
    ``regex`` they are Python regular expressions used as written. ``ignore_case`` matches any case.
    """

    canonical: str
    variants: tuple[str, ...]
    ignore_case: bool = False
    regex: bool = False

    @property
    def pattern(self) -> str:
        """The entry as one regular expression (its case flag apart)."""
        if self.regex:
            return "|".join(self.variants)
        # The longer of two variants that start alike is tried first ("PMs" before "PM").
        return "|".join(_literal_pattern(v) for v in sorted(self.variants, key=len, reverse=True))

    @property
    def flags(self) -> int:
        return re.IGNORECASE if self.ignore_case else 0


def _literal_pattern(variant: str) -> str:
    words = (re.sub("['’]", "['’]", re.escape(w)) for w in variant.split())
    head = r"\b" if re.match(r"\w", variant) else ""
    tail = r"\b" if re.search(r"\w$", variant) else ""
    return head + r"\s+".join(words) + tail


@dataclass(frozen=True, slots=True)
class AliasTable:
    """An ordered alias table compiled into one regular expression, so a sentence is read in one pass.

    Frozen, hashable and picklable: it travels inside ``Options`` to worker processes. Where two
    entries match at the same place, the earlier one wins.
    """

    entries: tuple[Alias, ...] = ()
    _regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)
    _replacements: dict[int, str] = field(init=False, repr=False, compare=False, default_factory=dict)
    _hash: int = field(init=False, repr=False, compare=False, default=0)
    # The lower-cased words an alias can start with; None when some variant's first word is unknown.
    _triggers: frozenset[str] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        groups = [
            f"(?P<a{k}>(?i:{e.pattern}))" if e.ignore_case else f"(?P<a{k}>{e.pattern})"
            for k, e in enumerate(self.entries)
        ]
        regex = re.compile("|".join(groups)) if groups else None
        replacements = {}
        if regex is not None:
            replacements = {regex.groupindex[f"a{k}"]: f" {e.canonical} " for k, e in enumerate(self.entries)}
        object.__setattr__(self, "_regex", regex)
        object.__setattr__(self, "_replacements", replacements)
        object.__setattr__(self, "_hash", hash(self.entries))
        object.__setattr__(self, "_triggers", _triggers(self.entries))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self):
        return (AliasTable, (self.entries,))

    def __len__(self) -> int:
        return len(self.entries)

    def _may_match(self, text: str) -> bool:
        """False when no word of ``text`` starts an alias: the one regex need not scan it (a scan tries
        every variant at every position; a set lookup of the text's words is ten times cheaper)."""
        if self._regex is None:
            return False
        return self._triggers is None or not self._triggers.isdisjoint(map(str.lower, _WORD.findall(text)))

    def apply(self, text: str) -> str:
        """``text`` with every alias rewritten to its canonical form, framed by spaces (" US ")."""
        return rewrite(text, self.spans(text))

    def spans(self, text: str) -> list[AliasSpan]:
        """Where ``text`` writes an alias: (start, end, replacement), left to right, never overlapping."""
        if not self._may_match(text):
            return []
        # An entry's group encloses any group of its own regex, so it is the last one closed.
        return [(m.start(), m.end(), self._replacements[m.lastindex]) for m in self._regex.finditer(text)]  # type: ignore[index]

    @property
    def pairs(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        """Each entry as its own (pattern, replacement), in order, for code that scans entry by entry."""
        return tuple((re.compile(e.pattern, e.flags), f" {e.canonical} ") for e in self.entries)

    def extended(self, other: AliasTable) -> AliasTable:
        """This table's entries, then ``other``'s (which lose where both match at the same place)."""
        return AliasTable(self.entries + other.entries)


#: Where a text writes an alias: (start, end, the canonical form framed by spaces).
AliasSpan = tuple[int, int, str]


def rewrite(text: str, spans: Sequence[AliasSpan]) -> str:
    """``text`` with each alias span (from ``AliasTable.spans``) replaced by its canonical form."""
    if not spans:
        return text
    parts, at = [], 0
    for start, end, replacement in spans:
        parts += (text[at:start], replacement)
        at = end
    parts.append(text[at:])
    return "".join(parts)


_WORD = re.compile(r"[^\W_]+")
# A regex variant's first word, when it is plain: "\bU\.\s?S\." starts with the word "U".
_REGEX_HEAD = re.compile(r"^\\b([A-Za-z0-9]+)(?:\\b|\\[^A-Za-z0-9\s]|$)")


def _triggers(entries: Sequence[Alias]) -> frozenset[str] | None:
    """The lower-cased first word of every variant, or None if one cannot be known (a regex variant
    that does not start with \\b and a plain word, or a variant that starts with punctuation)."""
    words = set()
    for entry in entries:
        for variant in entry.variants:
            if entry.regex:
                head = _REGEX_HEAD.match(variant)
                if head is None:
                    return None
                words.add(head[1].lower())
            else:
                first = _WORD.match(variant)
                if first is None:
                    return None
                words.add(first.group().lower())
    return frozenset(words)


@lru_cache(maxsize=1)
def builtin_aliases() -> AliasTable:
    """The table shipped in ``readout_diff/data/aliases.toml``."""
    text = builtin_text("aliases.toml")
    entries, _ = _parse(text, "readout_diff/data/aliases.toml")
    return AliasTable(entries)


def load_aliases(path: str | os.PathLike[str]) -> AliasTable:
    """A user's alias file (TOML, in the format of ``readout_diff/data/aliases.toml``): its entries in
    front of the built-in ones, or alone with ``replace = true``. A bad file raises InputError."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        raise InputError(f"{name}: no such alias file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder; give the path of an alias file (.toml)") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied reading the alias file") from None
    except OSError as exc:  # a symbolic link loop, a device that cannot be read
        raise InputError(f"{name}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: the alias file is not UTF-8 (byte {exc.start}); save it as UTF-8") from None
    entries, replace = _parse(text, name)
    user = AliasTable(entries)
    return user if replace else user.extended(builtin_aliases())


_ENTRY_KEYS = frozenset(("canonical", "variants", "ignore_case", "regex"))
_FORMAT = "see readout_diff/data/aliases.toml for the format"
_ALIAS_HEADER = re.compile(r"(?m)^[ \t]*\[\[[ \t]*alias[ \t]*\]\]")


def _parse(text: str, name: str) -> tuple[tuple[Alias, ...], bool]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{name}: not valid TOML: {exc}; fix that line ({_FORMAT})") from None
    unknown = sorted(set(data) - {"alias", "replace"})
    if unknown:
        raise InputError(
            f"{name}: unknown key {unknown[0]!r}; an alias file holds [[alias]] tables and an optional"
            f" 'replace = true' ({_FORMAT})"
        )
    replace = data.get("replace", False)
    if not isinstance(replace, bool):
        raise InputError(f"{name}: 'replace' must be true or false, not {replace!r}")
    tables = data.get("alias", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise InputError(f"{name}: 'alias' must be a list of tables, each headed [[alias]] ({_FORMAT})")
    lines = [text.count("\n", 0, m.start()) + 1 for m in _ALIAS_HEADER.finditer(text)]
    entries = []
    for k, table in enumerate(tables):
        where = f"{name}, line {lines[k]}" if len(lines) == len(tables) else f"{name}, alias {k + 1}"
        entries.append(_entry(table, where))
    return tuple(entries), replace


def _entry(table: dict, where: str) -> Alias:
    unknown = sorted(set(table) - _ENTRY_KEYS)
    if unknown:
        raise InputError(
            f"{where}: unknown key {unknown[0]!r} in [[alias]]; the keys are canonical, variants,"
            " ignore_case and regex"
        )
    canonical = table.get("canonical")
    if not isinstance(canonical, str) or not canonical.strip():
        raise InputError(f'{where}: [[alias]] needs canonical = "...", the one form its variants are read as')
    variants = table.get("variants")
    if not isinstance(variants, list) or not variants or not all(isinstance(v, str) and v.strip() for v in variants):
        raise InputError(f'{where}: alias {canonical!r} needs variants = ["...", ...], a list of non-empty strings')
    flags = {}
    for key in ("ignore_case", "regex"):
        value = table.get(key, False)
        if not isinstance(value, bool):
            raise InputError(f"{where}: alias {canonical!r}: {key} must be true or false, not {value!r}")
        flags[key] = value
    variants = [unicodedata.normalize("NFKC", v) for v in variants]
    if flags["regex"]:
        for variant in variants:
            _check_regex(variant, canonical, where)
    return Alias(unicodedata.normalize("NFKC", canonical.strip()), tuple(variants), **flags)


_BACKREFERENCE = re.compile(r"(?<!\\)(?:\\\\)*\\(?:[1-9]|g<)|\(\?P=")


def _check_regex(variant: str, canonical: str, where: str) -> None:
    try:
        compiled = re.compile(variant)
    except re.error as exc:
        raise InputError(
            f"{where}: alias {canonical!r}: {variant!r} is not a valid regular expression ({exc});"
            " fix it, or set regex = false to match it literally"
        ) from None
    if compiled.groupindex or _BACKREFERENCE.search(variant):
        raise InputError(
            f"{where}: alias {canonical!r}: {variant!r} uses a named group or a backreference; use (?:...) only"
        )
    if any(m.end() == m.start() for probe in ("", "a", " a. A-1 ") for m in compiled.finditer(probe)):
        raise InputError(f"{where}: alias {canonical!r}: {variant!r} can match the empty string; make it match a name")
