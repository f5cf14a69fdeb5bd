"""The alias table (one form for names written several ways) and titles read as the person they mean."""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .errors import InputError
from .memo import per_document

# ---------------------------------------------------------------------------------------------------
# The alias table


@dataclass(frozen=True, slots=True)
class Alias:
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
        if not self._may_match(text):
            return text
        return self._regex.sub(self._replace, text)

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """Where ``text`` writes an alias: (start, end, replacement), left to right, never overlapping."""
        if not self._may_match(text):
            return []
        return [(m.start(), m.end(), self._replacements[m.lastindex]) for m in self._regex.finditer(text)]  # type: ignore[index]

    def _replace(self, match: re.Match[str]) -> str:
        # An entry's group encloses any group of its own regex, so it is the last one closed.
        return self._replacements[match.lastindex]  # type: ignore[index]

    @property
    def pairs(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        """Each entry as its own (pattern, replacement), in order, for code that scans entry by entry."""
        return tuple((re.compile(e.pattern, e.flags), f" {e.canonical} ") for e in self.entries)

    def extended(self, other: AliasTable) -> AliasTable:
        """This table's entries, then ``other``'s (which lose where both match at the same place)."""
        return AliasTable(self.entries + other.entries)


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
    text = (resources.files("readout_diff") / "data" / "aliases.toml").read_text(encoding="utf-8")
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


# ---------------------------------------------------------------------------------------------------
# Titles: "the Prime Minister" read as "Prime Minister Carney" where the statement leaves no doubt

# Titles, longest first, with the key each is read as. Rank words before a title make another title
# ("Deputy Prime Minister", "Assistant Secretary", "Foreign Minister"): an Assistant Secretary is no Secretary.
_BASE_TITLES = (
    ("Minister of Foreign Affairs", "Foreign Minister"),
    ("Minister for Foreign Affairs", "Foreign Minister"),
    ("Secretary of State", "Secretary"),
    ("Secretary-General", "Secretary-General"),
    ("Secretary General", "Secretary-General"),
    ("Vice-President", "Vice President"),
    ("Prime Minister", "Prime Minister"),
    ("Crown Prince", "Crown Prince"),
    ("President", "President"),
    ("Chancellor", "Chancellor"),
    ("Taoiseach", "Taoiseach"),
    ("Secretary", "Secretary"),
    ("Minister", "Minister"),
    ("Premier", "Premier"),
    ("Ambassador", "Ambassador"),
    ("King", "King"),
    ("Queen", "Queen"),
    ("Emir", "Emir"),
    ("PM", "Prime Minister"),
)
_TITLE_WORDS = tuple((tuple(written.split()), key) for written, key in _BASE_TITLES)
_BY_FIRST_WORD = {
    first: [(words, key) for words, key in _TITLE_WORDS if words[0] == first] for first, *_ in (w for w, _ in _TITLE_WORDS)
}
# A text without any of these words names no titled person: most sentences are skipped at once.
_ANY_TITLE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(_BY_FIRST_WORD)) + r")\b")
_RANKS = frozenset((
    "Deputy", "Assistant", "Under", "Vice", "Acting", "Principal", "Foreign", "Defence", "Defense",
    "Finance", "Trade", "Interior", "Home", "Chief", "Senior", "Special", "Permanent", "Executive",
    "General", "Cabinet", "Economy", "Health", "Justice", "First",
))
# Capitalised words before a title that do not make it someone else's (they are no nationality).
_NOT_QUALIFIERS = frozenset((
    "The", "Today", "Tonight", "Yesterday", "Tomorrow", "Earlier", "Later", "Then", "And", "But", "When",
    "While", "Also", "Both", "Former", "Mr", "Mrs", "Ms", "Dr", "Sir", "His", "Her", "Their", "Excellency",
    "Rt", "Hon", "Madam", "Mister", "Newly", "Incoming", "Outgoing",
))
_HONORIFICS = frozenset((
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Rt", "Hon", "H.E.", "HE", "Madam", "Mister", "Excellency", "His", "Her",
))
# Capitalised words never part of a name after a title (dates, function words, title-case verbs).
_NOT_NAMES = frozenset((
    "The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "Our", "Today", "Tonight",
    "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Of", "And", "For", "In", "On", "At", "To", "With", "By", "From", "During",
    "After", "Before", "Earlier", "Later", "Meanwhile", "Also", "Both", "Speaks", "Meets", "Holds", "Calls",
    "Talks", "Receives", "Hosts", "Visits", "Call", "Meeting", "Readout", "Statement", "Remarks",
))
# Issuers that speak for a title's holder: in their statements "the President" is that holder.
_ISSUER_TITLES = (
    (re.compile(r"prime\s+minister", re.IGNORECASE), ("Prime Minister",)),
    (re.compile(r"white\s+house|president|kremlin|[ée]lys[ée]e", re.IGNORECASE), ("President",)),
    (re.compile(r"department\s+of\s+state|state\s+department|secretary\s+of\s+state", re.IGNORECASE), ("Secretary",)),
    (re.compile(r"taoiseach", re.IGNORECASE), ("Taoiseach",)),
    (re.compile(r"chancell", re.IGNORECASE), ("Chancellor",)),
    (re.compile(r"secretary[-\s]general", re.IGNORECASE), ("Secretary-General",)),
    (re.compile(r"foreign\s+affairs|foreign\s+ministry|\bMFA\b", re.IGNORECASE), ("Foreign Minister", "Minister")),
)

_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}|(?:Mrs|Mr|Ms|Dr|Jr|Sr|Rt|Hon|St)\.|[^\W\d_]\.(?!\w)"
    r"|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|[^\w\s]"
)
_POSSESSIVE = ("'s", "’s")


@dataclass(slots=True)  # not frozen: a frozen dataclass is slower to build, and a text has many tokens
class _Tok:
    text: str
    start: int
    end: int

    @property
    def base(self) -> str:
        """The word without a possessive 's."""
        return self.text[:-2] if self.possessive else self.text

    @property
    def possessive(self) -> bool:
        return self.text.endswith(_POSSESSIVE)

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True, slots=True)
class TitleMention:
    """A titled person in one text: ``text[start:end]`` names them.

    ``title`` is the title's key ("Prime Minister"; "Secretary" for "Secretary of State"); ``name`` the
    name written with it ("" for a bare title: "the Prime Minister"); ``foreign`` says the text calls
    them someone else's ("Canadian Prime Minister ...", "... of Canada").
    """

    start: int
    end: int
    title: str
    name: str
    foreign: bool

    @property
    def bare(self) -> bool:
        return not self.name


class _Reader:
    """Reads the titled people of one text, token by token."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.bases = [t.base for t in self.toks]
        # The tokens a title may start at: the only ones ``mentions`` need try.
        self.title_starts = [i for i, base in enumerate(self.bases) if base in _BY_FIRST_WORD]

    def near(self, a: int, b: int) -> bool:
        """Token ``b`` follows token ``a`` with only spaces between."""
        return 0 <= a < b < len(self.toks) and not self.text[self.toks[a].end : self.toks[b].start].strip()

    def word(self, i: int) -> str:
        return self.bases[i] if 0 <= i < len(self.bases) else ""

    def title_at(self, i: int) -> tuple[int, str] | None:
        """The title starting at token ``i``: (index after it, key), or None."""
        for words, key in _BY_FIRST_WORD.get(self.word(i), ()):
            n = len(words)
            if all(self.word(i + k) == w for k, w in enumerate(words)) and all(
                self.near(i + k - 1, i + k) and not self.toks[i + k - 1].possessive for k in range(1, n)
            ):
                return i + n, key
        return None

    def name_at(self, i: int) -> int:
        """How many tokens from ``i`` form a name ("Mark Carney", "KISHIDA Fumio", "Francisco L. Palmieri")."""
        n = 0
        while i + n < len(self.toks) and n < 4:
            tok = self.toks[i + n]
            if (n and not self.near(i + n - 1, i + n)) or not tok.capital or tok.base.rstrip(".") in _NOT_NAMES:
                break
            if tok.base in _HONORIFICS or self.title_at(i + n):
                break
            n += 1
            if tok.possessive:
                break
        return n

    def skip_honorifics(self, i: int) -> int:
        while i < len(self.toks) and self.toks[i].text.rstrip(".") in _HONORIFICS and self.near(i, i + 1):
            i += 1
        return i

    def name(self, i: int, n: int) -> str:
        return " ".join(t.base for t in self.toks[i : i + n])

    def complement(self, i: int) -> int:
        """The index after "of [the] Canada" / "of the United States of America" at ``i``, or 0."""
        if self.word(i) != "of":
            return 0
        j = i + 1
        if self.word(j) == "the" and self.near(i, j):
            j += 1
        first = j
        while j < len(self.toks) and self.near(j - 1, j):
            if self.toks[j].capital:
                j += 1
                if self.toks[j - 1].possessive:
                    break
            elif self.word(j) == "of" and j + 1 < len(self.toks) and self.toks[j + 1].capital:
                j += 1
            else:
                break
        return j if j > first else 0

    def name_before(self, i: int) -> tuple[int, int] | None:
        """A name of two words or more followed by ", [the]" just before token ``i``."""
        k = i - 1
        if self.word(k).lower() == "the":
            k -= 1
        if k < 1 or self.toks[k].text != ",":
            return None
        begin = k
        while begin > 0 and k - begin < 3:
            tok = self.toks[begin - 1]
            if not tok.capital or tok.base in _NOT_NAMES or tok.base.rstrip(".") in _HONORIFICS:
                break
            if begin < k and not self.near(begin - 1, begin):
                break
            begin -= 1
        return (begin, k - begin) if k - begin >= 2 else None

    def mentions(self) -> list[TitleMention]:
        found, i = [], 0
        for candidate in self.title_starts:
            if candidate < i:
                continue  # inside the mention read last
            i = candidate
            hit = self.title_at(i)
            if hit is None:
                continue
            after, key = hit
            lead = i
            while lead and self.toks[lead - 1].text in _RANKS and self.near(lead - 1, lead):
                lead -= 1
            if lead < i:
                key = " ".join([t.text for t in self.toks[lead:i]] + [key])
            read = self.mention(i, lead, after, key)
            if read is not None:
                found.append(read[0])
                after = read[1]
            i = after
        return found

    def mention(self, i: int, lead: int, after: int, key: str) -> tuple[TitleMention, int] | None:
        """The mention whose title runs from token ``lead`` (ranks included) to ``after``, and the
        index after it; None for a title that refers to no one in particular ("a Prime Minister")."""
        toks = self.toks
        foreign = False
        before = toks[lead - 1] if lead else None
        if before is not None and self.near(lead - 1, lead) and before.capital and before.text not in _NOT_QUALIFIERS:
            foreign, lead = True, lead - 1  # "Canadian Prime Minister", "U.S. President"
        has_the = lead > 0 and self.word(lead - 1).lower() == "the" and self.near(lead - 1, lead)
        start = toks[lead - 1].start if has_the else toks[lead].start
        last = toks[after - 1]
        end = last.start + len(last.base)
        name = ""
        if not last.possessive:
            j = self.skip_honorifics(after)
            n = self.name_at(j) if self.near(after - 1, after) and (j == after or self.near(j - 1, j)) else 0
            if n:  # "Prime Minister Carney", maybe "of Canada" after the name
                name, after = self.name(j, n), j + n
                end = toks[after - 1].start + len(toks[after - 1].base)
                of = self.complement(after) if self.near(after - 1, after) else 0
                if of:
                    foreign, after, end = True, of, toks[of - 1].end
            elif self.word(after) == "of" and self.near(after - 1, after):
                # "the Prime Minister of Canada Mark Carney", "the Prime Minister of India, Narendra Modi"
                foreign = True
                of = self.complement(after)
                if of:
                    run = [t for t in toks[after + 1 : of] if t.capital and t.base not in _NOT_NAMES]
                    after, end = of, toks[of - 1].end
                    j = self.skip_honorifics(of + 1)
                    n = self.name_at(j) if self.word(of) == "," else 0
                    if n:
                        name, after, end = self.name(j, n), j + n, toks[j + n - 1].end
                    elif len(run) >= 3 and self.name_before(lead) is None:
                        # The last two words, unless they belong to a country's name ("Great Britain").
                        tail = self.text[run[-2].start : run[-1].end]
                        if builtin_aliases().apply(tail) == tail:
                            name = " ".join(t.base for t in run[-2:])
            elif self.word(after) == "," and (has_the or lead == 0):
                # "the Prime Minister, Mark Carney, spoke": an apposition names the holder.
                j = self.skip_honorifics(after + 1)
                n = self.name_at(j)
                if n and self.word(j + n) in {",", ".", ""}:
                    name, after, end = self.name(j, n), j + n, toks[j + n - 1].end
        if not name and foreign and any(t.text == "of" for t in toks[i:after]):
            # "Boris Johnson, Prime Minister of the United Kingdom": the name comes first.
            back = self.name_before(lead)
            if back is not None:
                name, start = self.name(*back), toks[back[0]].start
        if not name and not foreign and not (has_the or lead == 0):
            return None  # "a Prime Minister", "his Secretary": no one in particular
        return TitleMention(start, end, key, name, foreign), after


@per_document(maxsize=65536)
def find_title_mentions(text: str) -> tuple[TitleMention, ...]:
    """Every titled person ``text`` names or refers to by title alone, in order.

    Read: "Prime Minister Carney"; "Canadian Prime Minister Justin Trudeau" and "Prime Minister Trudeau
    of Canada" (someone else's); "the Prime Minister of Canada, Mark Carney"; "Boris Johnson, Prime
    Minister of the United Kingdom"; "the Prime Minister, Mark Carney,"; bare titles ("the Prime
    Minister", "The Secretary", or "Prime Minister" opening the text).
    """
    if not _ANY_TITLE.search(text):
        return ()
    return tuple(_Reader(text).mentions())


def _name_words(name: str) -> set[str]:
    return {w.lower() for w in name.split() if len(w.rstrip(".")) > 1}


@dataclass(frozen=True, slots=True)
class Person:
    """One titled person of a statement: the title key and every name written for them; ``foreign``
    when a mention calls them someone else's; ``principal`` when the statement shows them as its
    issuer's own (named by the issuer, first in its title or first sentence, or in an apposition)."""

    title: str
    names: tuple[str, ...]
    foreign: bool
    principal: bool

    @property
    def display(self) -> str:
        """The title and the shortest name written: "Prime Minister Carney"."""
        short = min(self.names, key=lambda n: (len(n.split()), self.names.index(n)))
        return f"{self.title} {short}"

    def is_named(self, name: str) -> bool:
        return any(_name_words(name) & _name_words(n) for n in self.names)


@dataclass(frozen=True, slots=True)
class Titles:
    """The titled people of one statement, and the bare titles that mean one of them beyond doubt."""

    people: tuple[Person, ...]
    #: (title key, the person a bare title means): ("Prime Minister", "Prime Minister Carney").
    resolved: tuple[tuple[str, str], ...]

    def person(self, title: str, name: str) -> Person | None:
        """The person a named mention refers to."""
        return next((p for p in self.people if p.title == title and p.is_named(name)), None)

    def display(self, mention: TitleMention) -> str | None:
        """How a reader names the person of ``mention``; None for a bare title left unresolved."""
        if mention.name:
            person = self.person(mention.title, mention.name)
            return person.display if person else f"{mention.title} {mention.name}"
        return None if mention.foreign else dict(self.resolved).get(mention.title)


def issuer_titles(issuer: str) -> tuple[str, ...]:
    """The titles whose holder an issuer speaks for ("Prime Minister's Office" -> Prime Minister)."""
    return tuple(t for pattern, titles in _ISSUER_TITLES if pattern.search(issuer) for t in titles)


def read_titles(texts: Sequence[str], issuer: str = "", title: str = "") -> Titles:
    """``_read_titles`` of the statement, cached: alignment and speaker attribution both ask."""
    return _read_titles(tuple(texts), issuer, title)


@per_document(maxsize=64)
def _read_titles(texts: tuple[str, ...], issuer: str, title: str) -> Titles:
    """The titled people of one statement (its sentences ``texts``, its ``issuer`` and ``title``), and
    the bare titles ("the Prime Minister") that mean exactly one of them:

    - where the issuer speaks for the title's holder ("Prime Minister's Office"), a bare title is the
      issuer's own principal: it resolves only to the one person never called someone else's ("... of
      Canada") whom the statement shows as its own (see ``Person``). A readout from the Prime
      Minister's Office saying "The Prime Minister spoke to Prime Minister Carney of Canada" resolves
      nothing: its own Prime Minister is not named;
    - elsewhere, to the one person the statement names with that title ("the Minister" also to the
      one Foreign Minister);
    - never when a sentence names that person beside the bare title ("Prime Minister Carney thanked
      the Prime Minister": two people).
    """
    own = set(issuer_titles(issuer))
    found: list[tuple[str, TitleMention]] = []
    first: dict[str, TitleMention] = {}  # each text's first mention
    for where, text in [("issuer", issuer), ("title", title), *((f"s{k}", t) for k, t in enumerate(texts))]:
        mentions = find_title_mentions(text)
        found.extend((where, m) for m in mentions)
        if mentions:
            first[where] = mentions[0]
    groups: list[dict] = []
    by_word: dict[tuple[str, str], dict] = {}  # (title, name word) -> the group of that person
    for where, mention in found:
        if not mention.name:
            continue
        words = _name_words(mention.name)
        group = next((by_word[(mention.title, w)] for w in sorted(words) if (mention.title, w) in by_word), None)
        if group is None:
            group = {"title": mention.title, "names": [], "foreign": False, "principal": False}
            groups.append(group)
        for w in words:
            by_word.setdefault((mention.title, w), group)
        if mention.name not in group["names"]:
            group["names"].append(mention.name)
        group["foreign"] |= mention.foreign
        apposition = where.startswith("s") and _is_apposition(texts[int(where[1:])], mention)
        group["principal"] |= not mention.foreign and (
            where == "issuer" or (where in {"title", "s0"} and first[where] is mention) or apposition
        )
    people = tuple(Person(g["title"], tuple(g["names"]), g["foreign"], g["principal"]) for g in groups)
    resolved = []
    for key in sorted({m.title for w, m in found if m.bare and not m.foreign and w.startswith("s")}):
        holders = [p for p in people if p.title == key or (key == "Minister" and p.title == "Foreign Minister")]
        if key in own:
            holders = [p for p in holders if not p.foreign and p.principal]
        if len(holders) != 1:
            continue
        holder = holders[0]
        beside = {w for w, m in found if w.startswith("s") and m.bare and not m.foreign and m.title == key}
        if any(w in beside and m.name and holder.is_named(m.name) for w, m in found):
            continue  # a sentence names the holder beside the bare title: two people
        resolved.append((key, holder.display))
    return Titles(people, tuple(resolved))


def _is_apposition(text: str, mention: TitleMention) -> bool:
    """ "the Prime Minister, Mark Carney": the title, a comma, then the name."""
    written = text[mention.start : mention.end]
    return "," in written and written.lower().startswith("the ") and not mention.foreign
