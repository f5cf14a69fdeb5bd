"""Canonical mentions: amounts and participants as keys equal across readouts however each writes them."""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import process as _process
from rapidfuzz.distance import Levenshtein

from ..model import Statement
from ..text.aliases import AliasTable
from ..text.countries import countries
from ..text.folding import fold
from ..text.normalize import STOPWORDS, lower_words, stem
from ..text.numbers import YEARS, number_words
from ..text.titles import TitleMention, Titles, issuer_titles


class MentionKind(enum.Enum):
    """What a mention is about."""

    AMOUNT = "amount"
    PARTICIPANT = "participant"


@dataclass(frozen=True, slots=True)
class Mention:
    """Something one sentence names, read as a key comparable across statements.

    ``key`` is canonical ("money:USD:1000000000", "percent:5", "count:agreement:12",
    "person:vasylenko", "side:sylvania", "both"); ``label`` names it for a reader ("USD 1 billion",
    "Vasylenko", "both leaders"); ``text[start:end]`` is what the sentence writes.
    """

    kind: MentionKind
    key: str
    label: str
    start: int
    end: int


def _alternatives(forms: Iterable[str]) -> str:
    """Literal forms as one alternation, longest first, whole words where a form starts or ends with one."""
    out = []
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        pattern = r"\s+".join(re.escape(word) for word in form.split())
        head = r"\b" if re.match(r"\w", form) else ""
        tail = r"\b" if re.search(r"\w$", form) else ""
        out.append(head + pattern + tail)
    return "|".join(out)


# ---------------------------------------------------------------------------------------------------
# Amounts: "$1 billion" = "USD 1 billion" = "one billion dollars"; "5%" = "five per cent"; "12 agreements"


class _AmountWords(NamedTuple):
    """The vocabulary of ``data/amounts.toml``, compiled into one pattern."""

    before: dict[str, str]  # a symbol or code written before the number -> currency code
    after: dict[str, str]  # a lower-cased name written after the number -> currency code
    numbers: dict[str, int]
    scales: dict[str, int]
    abbreviations: dict[str, int]
    pattern: re.Pattern[str]
    #: The lower-cased words a spelled-out amount holds one of: a text with none (and no digit) has none.
    triggers: frozenset[str]


# Abbreviations that may also be a unit of something else ("5m" metres, "5k" run): read only beside a
# currency ("€5m"); longer ones ("1bn", "5mn") are amounts on their own.
_CURRENCY_ONLY_ABBREVIATIONS = frozenset({"k", "m", "b"})


@lru_cache(maxsize=1)
def _amount_words() -> _AmountWords:
    numbers, scales, abbreviations, currencies = number_words()
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for currency in currencies:
        for form in currency.get("before", []):
            before.setdefault(form, currency["code"])
        for form in currency.get("after", []):
            after.setdefault(form.lower(), currency["code"])

    def longest_first(words: Iterable[str]) -> str:
        return "|".join(sorted(words, key=len, reverse=True))

    word = f"(?:{longest_first([*numbers, 'hundred'])})"
    big_scales = longest_first(w for w in scales if w != "hundred")
    # Forms written before a number start with a symbol or a capital: the group is tried only there.
    starts = "".join(sorted({re.escape(f[0]) for f in before if not f[0].isalpha()})) + "A-Z"
    pattern = re.compile(
        rf"(?:(?=[{starts}])(?P<before>{_alternatives(before)})\s?)?"
        r"(?:"
        # Digits, not part of a word, a date, a time, a code or a range ("G7", "COVID-19", "7:35", "22-23").
        r"(?P<digits>(?<![\w.,:/#'’‐-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![.,:/]\d|[-‐–]\w)"
        # An abbreviation right after the digits ("1bn", "5m"), or after a space when it is one that
        # no unit shares ("USD 1.2 bn", not "5 m").
        rf"(?:(?:\s(?=(?:{longest_first(w for w in abbreviations if len(w) > 1)})(?![^\W_])))?"
        rf"(?P<abbr>{longest_first(abbreviations)})(?![^\W_]))?(?![^\W_])"
        r"|"
        rf"(?P<words>(?<![\w‐-])(?i:(?:half\s+an?|an?)(?=\s+(?:{longest_first(scales)})\b)"
        rf"|{word}(?:(?:\s+(?:and\s+)?|-){word})*(?:\s+and\s+a\s+half)?)(?![\w‐-]))"
        r")"
        rf"(?:\s?(?P<scale>(?i:{big_scales}))\b)?"
        r"(?:\s?(?P<pct>%)|\s(?P<pct_word>(?i:per\s?cent|percent))\b)?"
        rf"(?:\s(?P<after>(?i:{_alternatives(after)})))?"
    )
    triggers = frozenset((*numbers, *scales))
    return _AmountWords(before, after, numbers, scales, abbreviations, pattern, triggers)


def _spelled_value(words: str, table: _AmountWords) -> Decimal | None:
    """ "twenty-five" -> 25, "two hundred and fifty" -> 250, "half a" -> 0.5, "a" -> 1; None for words
    that are no one number ("five twenty", "two and three")."""
    parts = re.split(r"[\s-]+", words.lower())
    if parts[0] == "half":
        return Decimal("0.5")
    if parts[0] in ("a", "an"):
        return Decimal(1)
    half = parts[-3:] == ["and", "a", "half"]
    if half:
        parts = parts[:-3]
    total, last = 0, ""
    for part in parts:
        if part == "hundred":
            if last in ("", "hundred", "and") or total >= 100:
                return None
            total *= 100
        elif part == "and":
            if last != "hundred":
                return None
        else:
            value = table.numbers.get(part)
            # A number follows only "hundred", "and", or a multiple of ten it completes ("twenty-five").
            if value is None or not (
                last in ("", "hundred", "and") or (total % 100 >= 20 and total % 10 == 0 and value < 10)
            ):
                return None
            total += value
        last = part
    return Decimal(total) + (Decimal("0.5") if half else 0)


def _plain(value: Decimal) -> str:
    """A number as a key writes it: no exponent, no trailing zeros ("1000000000", "5.5")."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


_LARGE = (("trillion", Decimal(10) ** 12), ("billion", Decimal(10) ** 9), ("million", Decimal(10) ** 6))
# A large amount reads as "1.25 billion" when it is a whole number of thousandths of its scale.
_LABEL_PLACES = Decimal("0.001")


def _human(value: Decimal) -> str:
    """A number as a reader writes it: "1 billion", "500 million", "1.5 billion", "12", "2,500"."""
    for word, size in _LARGE:
        if value >= size:
            scaled = value / size
            if scaled == scaled.quantize(_LABEL_PLACES):
                return f"{_plain(scaled)} {word}"
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return _plain(value)


# Nouns a count may not be about: "the two leaders", "both countries" name the meeting's sides.
_GROUP_HEADS = frozenset((
    "leaders", "sides", "countries", "nations", "presidents", "ministers", "delegations", "governments",
    "parties", "peoples", "states", "counterparts", "heads",
))  # fmt: skip
# Plural nouns that do not end in -s.
_IRREGULAR_PLURALS = frozenset(("people", "children", "women", "men", "personnel"))
_NEXT_WORD = re.compile(r"\s+([^\W\d_][^\s,;:()\[\]\"“”!?]*)")
# A count names its noun within this many words ("twelve new bilateral agreements").
_HEAD_REACH = 3
_HAS_DIGIT = re.compile(r"\d")
_CAPITALISED_BEFORE = re.compile(r"([^\W\d_][\w.’'-]*)\s+$")
_LEADING = re.compile(r"[\s\"'“‘(\[\d.)]*")


def _count_head(text: str, end: int) -> tuple[str, int] | None:
    """The plural noun a number counts, within a few words after ``end``: (word, its end), or None."""
    at = end
    for _ in range(_HEAD_REACH):
        m = _NEXT_WORD.match(text, at)
        if m is None:
            return None
        word = m.group(1)
        if (
            word.endswith(".")
            and (m.end() == len(text) or text[m.end() : m.end() + 1].isspace())
            and word.count(".") == 1
        ):
            word = word[:-1]  # the sentence's full stop
        lower = word.lower()
        if lower in STOPWORDS or lower.endswith(("'", "’", "'s", "’s")):
            return None  # a function word, or a possessive: "the two sides' priorities" counts sides
        if (
            word.isalpha()
            and word.islower()
            and (
                lower in _IRREGULAR_PLURALS
                or (lower.endswith("s") and not lower.endswith(("ss", "us", "is")))
            )
        ):
            return (word, m.start(1) + len(word)) if lower not in _GROUP_HEADS else None
        at = m.start(1) + len(word)
    return None


def find_amounts(text: str) -> tuple[Mention, ...]:
    """Every amount ``text`` writes, in order: money ("money:USD:1000000000" for "$1 billion", "USD 1
    billion", "one billion dollars", "1bn dollars"), shares ("percent:5" for "5%", "five per cent"),
    counts of a plural noun ("count:agreement:12" for "12 agreements", "twelve agreements") and large
    bare numbers ("number:1000000000" for "1bn").

    Not amounts: years, dates, times, ordinals ("the first meeting", "36th"), labels and names
    ("Article 5", "G7", "COVID-19"), ranges' inner ends ("22-23"), hyphenated words ("two-day"), and a
    count of the meeting's sides ("the two leaders").
    """
    return _amounts(text, lower_words(text))


def _amounts(text: str, words: Sequence[str]) -> tuple[Mention, ...]:
    """``find_amounts`` of a text whose lower-case words (``normalize.lower_words``) are ``words``."""
    table = _amount_words()
    if not _HAS_DIGIT.search(text) and table.triggers.isdisjoint(words):
        return ()
    found: list[Mention] = []
    lead = _LEADING.match(text).end()
    for m in table.pattern.finditer(text):
        digits, words = m["digits"], m["words"]
        if digits is None and words is None:
            continue
        if digits is not None:
            try:
                value = Decimal(digits.replace(",", ""))
            except InvalidOperation:
                continue
        else:
            if words[0].isupper() and m.start("words") > lead:
                continue  # a name: "the Big Three", "Five Eyes"
            spelled = _spelled_value(words, table)
            if spelled is None:
                continue
            value = spelled
        currency = table.before.get(m["before"] or "") or table.after.get((m["after"] or "").lower())
        abbr = m["abbr"]
        if abbr in _CURRENCY_ONLY_ABBREVIATIONS and not currency:
            continue
        scaled = bool(m["scale"] or abbr)
        if m["scale"]:
            value *= table.scales[m["scale"].lower()]
        elif abbr:
            value *= table.abbreviations[abbr]
        if words is not None and value == 1 and not scaled:
            continue  # "one of", "one another": only "one million" is an amount
        start, end = m.start(), m.end()
        if m["pct"] or m["pct_word"]:
            # A share: what is written around it is not part of it ("USD 5% dollars" is no money).
            start = m.start("digits") if digits else m.start("words")
            end = m.end("pct") if m["pct"] else m.end("pct_word")
            found.append(
                Mention(MentionKind.AMOUNT, f"percent:{_plain(value)}", f"{_plain(value)}%", start, end)
            )
            continue
        if currency:
            if m["after"] and not scaled and text.startswith(" of ", end):
                continue  # "10,000 pounds of rice": a weight
            label = f"{currency} {_human(value)}"
            found.append(Mention(MentionKind.AMOUNT, f"money:{currency}:{_plain(value)}", label, start, end))
            continue
        if (
            digits
            and not scaled
            and "," not in digits
            and "." not in digits
            and YEARS[0] <= value <= YEARS[1]
        ):
            continue  # a year
        before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
        if before and before[1][:1].isupper() and before.start(1) >= lead and before.start(1) > 0:
            continue  # a label or a name: "Article 5", "Resolution 2231", "April 26"
        head = _count_head(text, end)
        if head is not None and value == value.to_integral_value() and value > 1:
            word, head_end = head
            key = f"count:{stem(word.lower())}:{_plain(value)}"
            found.append(Mention(MentionKind.AMOUNT, key, f"{_human(value)} {word}", start, head_end))
        elif scaled and value >= 10**6:
            found.append(Mention(MentionKind.AMOUNT, f"number:{_plain(value)}", _human(value), start, end))
    return tuple(found)


# ---------------------------------------------------------------------------------------------------
# Countries: "of Carpania", "Carpanian", "the U.S." read as one key


def _country_key(name: str) -> str:
    return "-".join(fold(name).split())


_WORD = re.compile(r"\w+")


class _Phrases:
    """Finds the first of many literal phrases in a text, each a whole word at both ends, with any run
    of space between its words: what one alternation of them all (``_alternatives``) finds, read off an
    index of each phrase's first word instead. Python's regular expressions try every alternative at
    every position, and compiling 500 country names cost every run 4-5 ms before it read a word. Each
    phrase starts and ends with a word character (every name in ``data/countries.toml`` does)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self._by_head: dict[str, list[tuple[str, ...]]] = {}
        # At one place the longest phrase wins, then the first in order, as in the alternation.
        for phrase in sorted(set(phrases), key=lambda f: (-len(f), f)):
            words = tuple(phrase.split())
            self._by_head.setdefault(_WORD.match(words[0])[0], []).append(words)

    def search(self, text: str) -> tuple[int, int, str] | None:
        """The leftmost phrase in ``text``: (start, end, the phrase as listed), or None."""
        for word in _WORD.finditer(text):
            for words in self._by_head.get(word[0], ()):
                end = self._ends(text, word.start(), words)
                if end is not None:
                    return word.start(), end, " ".join(words)
        return None

    @staticmethod
    def _ends(text: str, at: int, words: tuple[str, ...]) -> int | None:
        """Where ``words`` end when they are written from ``at`` on, or None."""
        for number, word in enumerate(words):
            if number:
                space = at
                while at < len(text) and text[at].isspace():
                    at += 1
                if at == space:
                    return None
            if not text.startswith(word, at):
                return None
            at += len(word)
        return None if _WORD.match(text, at) else at


class _CountryTable(NamedTuple):
    """``data/countries.toml``: names and adjectives (any written form -> key), and each key's name."""

    forms: dict[str, str]
    names: dict[str, str]
    phrases: _Phrases


@lru_cache(maxsize=1)
def _country_table() -> _CountryTable:
    forms: dict[str, str] = {}
    names: dict[str, str] = {}
    for country in countries():
        key = _country_key(country.name)
        names[key] = country.name
        for form in (country.name, *country.names, *country.adjectives):
            forms.setdefault(form, key)
    return _CountryTable(forms, names, _Phrases(forms))


# Words that make a capitalised run after "of" a ministry, an office or a title, not a country
# ("Ministry of Foreign Affairs", "Office of the President", "Department of State").
_NOT_COUNTRY_WORDS = frozenset((
    "president", "presidents", "prime", "minister", "ministers", "secretary", "chancellor", "taoiseach",
    "premier", "ambassador", "king", "queen", "emir", "crown", "prince", "general", "vice", "head",
    "heads", "office", "ministry", "department", "foreign", "affairs", "state", "government", "cabinet",
    "spokesperson", "interior", "justice", "defence", "defense", "finance", "trade", "commerce",
    "economy", "health", "homeland", "security", "energy", "agriculture", "education", "labour",
    "labor", "treasury", "staff", "council", "commission", "committee", "assembly", "parliament",
    "congress", "senate", "embassy", "mission", "delegation", "house", "street", "hemisphere",
    "policy", "law", "enforcement", "republic", "kingdom", "federation", "commonwealth",
    "principality", "sultanate", "emirate", "union", "nations", "summit", "conference", "year", "day",
    "week", "month", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "both", "two", "our", "their", "his", "her",
))  # fmt: skip
_OF_RUN = re.compile(r"of(?<!\wof)\s+(?:the\s+)?(?P<run>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'.-]*")
# An adjective is read as a country the meeting involves when they share this many first letters and
# the name has at most two more ("Sylvanian" ~ "Sylvania", "Japanese" ~ "Japan", "Turkish" ~ "Turkey").
_MIN_PREFIX = 4
_NAME_SLACK = 2


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


class _Countries:
    """Reads the country a phrase names, with the alias table, ``data/countries.toml`` and, for
    adjectives neither knows, the countries of the meeting (``known``)."""

    def __init__(self, aliases: AliasTable) -> None:
        self.table = _country_table()
        self.aliases = aliases
        self.names = dict(self.table.names)  # key -> a name to show
        self.known: set[str] = set()

    def _listed(self, text: str) -> str | None:
        """A country the alias table or the country table names in ``text`` (the first one)."""
        for _, _, canonical in self.aliases.spans(text):
            key = _country_key(canonical)
            if key in self.table.names or key in self.known:  # a user's alias may name a meeting's country
                return key
        found = self.table.phrases.search(text)
        return self.table.forms[found[2]] if found else None

    def of(self, text: str) -> str | None:
        """The country ``text`` names: the first "of <Name>" that is no office or title ("Ministry of
        Foreign Affairs of Japan", "Embassy of Sylvania in the United States"), else the first
        country the alias or country table finds ("United States Department of State")."""
        for m in _OF_RUN.finditer(text):
            run = m["run"].rstrip(".")
            listed = self._listed(run)
            if listed is not None:
                return listed
            words = {w.lower().rstrip(".").removesuffix("'s").removesuffix("’s") for w in run.split()}
            if words & _NOT_COUNTRY_WORDS:
                continue
            key = _country_key(run)
            self.names.setdefault(key, run)
            return key
        return self._listed(text)

    def adjective(self, word: str) -> str | None:
        """The country of an adjective or a name written before a title or "side"."""
        listed = self._listed(word)
        if listed is not None:
            return listed
        folded = fold(word.rstrip("."))
        if folded in self.known:
            return folded
        close = [k for k in sorted(self.known) if "-" not in k and _like(folded, k)]
        return close[0] if len(close) == 1 else None

    def qualifier(self, text: str) -> str | None:
        """The country of a title written with one ("the Prime Minister of Japan", "the U.S.
        President", "Sylvanian President"), or None."""
        country = self.of(text)
        if country is not None:
            return country
        for m in _CAPITALISED.finditer(text):
            word = m.group()
            if word.lower().rstrip(".") in _NOT_COUNTRY_WORDS | _HONORIFICS or word == "The":
                continue
            country = self.adjective(word)
            if country is not None:
                return country
        return None


def _like(folded: str, key: str) -> bool:
    n = _common_prefix(folded, key)
    return n >= _MIN_PREFIX and n >= len(key) - _NAME_SLACK


def _issuer_text(issuer: str) -> str:
    """An issuer written in capitals read in title case ("PRIME MINISTER'S OFFICE OF JAPAN")."""
    if any(c.islower() for c in issuer):
        return issuer
    small = {"of", "the", "and", "for"}
    return " ".join(w.lower() if w.lower() in small else w.capitalize() for w in issuer.split())


# ---------------------------------------------------------------------------------------------------
# Participants: the meeting's people, each with one key however a statement names them


# Words that are no part of a person's name, and words that make a "name" an office.
_HONORIFICS = frozenset((
    "mr", "mrs", "ms", "dr", "sir", "rt", "hon", "h.e", "he", "madam", "mister", "excellency", "his", "her",
    "jr", "sr", "ii", "iii", "iv", "dame", "lord",
))  # fmt: skip
_NOT_PERSON = frozenset((
    "office", "ministry", "department", "government", "house", "embassy", "council", "administration",
    "cabinet", "presidency", "secretariat", "summit",
))  # fmt: skip
# Edits allowed between two spellings of one surname (folded): none below 5 letters, one from 5, two
# from 8 ("Vasylenko" ~ "Vasilenko" ~ "Wasylenko").
_EDITS = ((8, 2), (5, 1))
# The shortest part of a double-barrelled surname read alone as that person ("Okonkwo").
_MIN_SURNAME_PART = 4
_HEADS_OF_STATE = frozenset(("President", "King", "Queen", "Emir", "Emperor", "Sultan", "Crown Prince"))
_HEADS_OF_GOVERNMENT = frozenset(("Prime Minister", "Chancellor", "Taoiseach", "Premier"))


def _allowed_edits(length: int) -> int:
    return next((edits for least, edits in _EDITS if length >= least), 0)


def _same_surname(a: str, b: str) -> bool:
    if a == b:
        return True
    edits = _allowed_edits(min(len(a), len(b)))
    return 0 < edits >= abs(len(a) - len(b)) and Levenshtein.distance(a, b, score_cutoff=edits) <= edits


#: Names written with a title that ``_name_words`` remembers: a batch names a few thousand people.
_NAMES_CACHED = 4096


@lru_cache(maxsize=_NAMES_CACHED)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of a written name without honorifics, suffixes and initials."""
    words = [w.removesuffix("'s").removesuffix("’s").strip(",") for w in name.split()]
    return tuple(w for w in words if len(w.rstrip(".")) > 1 and w.lower().rstrip(".") not in _HONORIFICS)


def _surname(words: Sequence[str]) -> str:
    """The surname of a name: the one word in capitals ("SATO Hana"), else the last word."""
    capitals = [w for w in words if w.isupper()]
    if len(capitals) == 1 and len(words) > 1:
        return capitals[0]
    return words[-1]


def _is_person(name: str) -> bool:
    words = _name_words(name)
    return bool(words) and not any(w.lower() in _NOT_PERSON for w in words)


class _Person(NamedTuple):
    """One titled person the meeting's statements name."""

    key: str
    label: str
    surname: str  # folded, the spelling most written
    surnames: frozenset[str]  # folded, every spelling written
    words: frozenset[str]  # folded name words
    title: str
    country: str | None


@dataclass(slots=True)
class _Named:
    """One titled mention of a person, while the meeting's people are gathered."""

    statement: int
    name: str
    surname: str
    words: frozenset[str]  # folded
    written: str
    title: str
    country: str | None
    foreign: bool  # the mention calls them someone else's ("of Canada", "Canadian")
    own: bool  # the statement shows them as its issuer's own leader
    qualifier: str  # what the mention writes beside the name ("Prime Minister  of Canada")


class _People(NamedTuple):
    """The meeting's people, each statement's principal (the issuer's own leader, or None) and
    country, and which people each statement calls someone else's."""

    people: tuple[_Person, ...]
    principals: tuple[_Person | None, ...]
    foreign: tuple[frozenset[str], ...]  # per statement: keys of people it calls someone else's
    named: tuple[frozenset[str], ...]  # per statement: keys of people it names
    sides: dict[str, _Person]  # country -> the one person of that country, where there is one


def _one_person(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    """Two names, (folded surname, folded words), name one person: their surnames are one spelled
    within a few edits, or one's surname is a word of the other's name ("President Rocha", "President
    Luiz Inácio Lula da Silva"; "President Xi", "President Xi Jinping")."""
    return _same_surname(a[0], b[0]) or a[0] in b[1] or b[0] in a[1]


def _title_fits(written: str, held: str) -> bool:
    """A bare title ``written`` ("the Minister") can mean the holder of ``held`` ("Foreign Minister")."""
    return written == held or (written == "Minister" and held == "Foreign Minister")


def _gather(statements: Sequence[Statement], titles: Sequence[Titles], countries: _Countries) -> _People:
    """The people the statements name with a title (``titles``: each statement's), one per surname
    spelled within a few edits."""
    issuer_countries = [countries.of(_issuer_text(s.issuer)) for s in statements]
    named = [
        n
        for index, s in enumerate(statements)
        for n in _titled_people(index, s, titles[index], issuer_countries[index], countries)
    ]
    countries.known.update(c for c in (*issuer_countries, *(n.country for n in named)) if c)
    # Adjectives read again now that the meeting's countries are known ("Sylvanian President ...").
    for item in named:
        if item.country is None and item.foreign:
            item.country = countries.qualifier(item.qualifier)
    clusters = _clusters(named)
    people = tuple(_person(cluster) for cluster in clusters)
    person_of = {id(n): p for cluster, p in zip(clusters, people, strict=True) for n in cluster}
    foreign, named_keys, principals = [], [], []
    for index, statement in enumerate(statements):
        mine = [n for n in named if n.statement == index]
        home = issuer_countries[index]
        # Called someone else's: "... of Canada", unless Canada is the issuer's own country.
        others = [person_of[id(n)] for n in mine if n.foreign]
        foreign.append(frozenset(p.key for p in others if home is None or p.country != home))
        named_keys.append(frozenset(person_of[id(n)].key for n in mine))
        shown = {person_of[id(n)].key for n in mine if n.own}
        principals.append(_principal(statement.issuer, home, people, foreign[-1], shown))
    sides: dict[str, _Person] = {}
    for country in sorted({p.country for p in people if p.country}):
        of_country = [p for p in people if p.country == country]
        leads = [p for p in of_country if p in principals]
        if len(of_country) == 1:
            sides[country] = of_country[0]
        elif len(leads) == 1:
            sides[country] = leads[0]
    return _People(people, tuple(principals), tuple(foreign), tuple(named_keys), sides)


def _titled_people(
    index: int, statement: Statement, titles: Titles, home: str | None, countries: _Countries
) -> list[_Named]:
    """The titled, named people of one statement (its title and sentences: ``titles``), as written."""
    own_titles = set(issuer_titles(statement.issuer))
    own_names = {
        n for p in titles.people if p.principal and not p.foreign and p.title in own_titles for n in p.names
    }
    found = []
    texts = (statement.header.title or "", *(s.text for s in statement.sentences))
    for text, mentions in zip(texts, (titles.heading, *titles.sentences), strict=True):
        for m in mentions:
            if not m.name or not _is_person(m.name):
                continue
            words = _name_words(m.name)
            written = _surname(words)
            qualifier = text[m.start : m.end].replace(m.name, " ")
            own = m.name in own_names and not m.foreign
            country = countries.qualifier(qualifier) if m.foreign else home if own else None
            found.append(_Named(
                statement=index, name=m.name, surname=fold(written), words=frozenset(map(fold, words)),
                written=written, title=m.title, country=country, foreign=m.foreign, own=own,
                qualifier=qualifier,
            ))  # fmt: skip
    return found


def _clusters(named: Sequence[_Named]) -> list[list[_Named]]:
    """The mentions grouped by person, in order of first mention (names written alike are compared
    once: a long statement repeats a few names many times)."""
    alike: dict[tuple[str, frozenset[str]], list[_Named]] = {}
    for item in named:
        alike.setdefault((item.surname, item.words), []).append(item)
    clusters: list[list[tuple[str, frozenset[str]]]] = []
    for written in alike:
        homes = [c for c in clusters if any(_one_person(written, other) for other in c)]
        for other in homes[1:]:  # the name joins two groups: they were one person
            homes[0].extend(other)
            clusters.remove(other)
        if homes:
            homes[0].append(written)
        else:
            clusters.append([written])
    return [[item for written in cluster for item in alike[written]] for cluster in clusters]


def _person(cluster: Sequence[_Named]) -> _Person:
    """One person from the mentions that name them: the surname as written alone after a title
    ("President Rocha") over the last word of a full name ("President Ana Rocha da Costa"), then the
    spelling written most; the title and the country written most."""

    def most(counts: Counter[str], *first: Counter[str]) -> str:
        return min(counts, key=lambda k: (*(-c[k] for c in first), -counts[k], k))

    def shown(n: _Named) -> str:
        return n.written.title() if n.written.isupper() else n.written

    label = most(Counter(map(shown, cluster)), Counter(shown(n) for n in cluster if len(n.words) == 1))
    votes = Counter(n.country for n in cluster if n.country)
    words = frozenset(w for n in cluster for w in n.words)
    # A double-barrelled surname is also written by either part ("Okonkwo-Reyes", "Okonkwo").
    parts = {part for n in cluster for part in n.surname.split("-") if len(part) >= _MIN_SURNAME_PART}
    surnames = frozenset({n.surname for n in cluster} | parts)
    title = most(Counter(n.title for n in cluster))
    return _Person(
        f"person:{fold(label)}", label, fold(label), surnames, words, title, most(votes) if votes else None
    )


def _principal(
    issuer: str, country: str | None, people: Sequence[_Person], foreign: frozenset[str], shown: set[str]
) -> _Person | None:
    """The leader the statement's issuer speaks for ("Prime Minister's Office" -> its Prime Minister):
    the one holder of the issuer's title the statement shows as its own, else the one of the issuer's
    country, else the one of the meeting the statement never calls someone else's."""
    own = set(issuer_titles(issuer))
    if not own:
        return None
    holders = [p for p in people if p.title in own]
    for choose in (
        [p for p in holders if p.key in shown],
        [p for p in holders if country is not None and p.country == country],
        [p for p in holders if p.key not in foreign and (country is None or p.country in (None, country))],
    ):
        if len(choose) == 1:
            return choose[0]
    return None


# "the Head of State", "the Head of Government": the issuer's own leader (not "the Head of State of
# <country>", nor a name such as "the Head of State Summit").
_HEAD_OF = re.compile(
    r"(?:The|the)(?<!\w...)\s+[Hh]ead\s+of\s+(?P<what>[Ss]tate|[Gg]overnment)\b(?!['’]s?\s+[A-Z])"
)
_BOTH_NOUNS = {
    "leaders": "both leaders", "presidents": "both leaders", "prime ministers": "both leaders",
    "heads of state": "both leaders", "heads of government": "both leaders",
    "heads of state and government": "both leaders", "ministers": "both ministers",
    "foreign ministers": "both ministers", "sides": "both sides", "delegations": "both sides",
    "parties": "both sides", "interlocutors": "both sides",
}  # fmt: skip
# Nouns that name both sides only with "both" or "the two": "the sides", "the parties" and "the
# ministers" are often someone else's ("the parties to the conflict", "the ministers will follow up").
_BOTH_ONLY = frozenset(("sides", "parties", "ministers", "foreign ministers"))
# Patterns that start with a literal ("Both|both|The|the") are scanned fast; the word boundary before
# them is checked after a match (``_starts_word``).
_BOTH = re.compile(
    r"(?P<det>(?:Both|both|The|the)(?:\s+two)?)\s+(?P<noun>(?i:"
    + "|".join(n.replace(" ", r"\s+") for n in sorted(_BOTH_NOUNS, key=len, reverse=True))
    + r"))\b"
)
# "Both agreed", "and both welcomed": "both" alone as a subject.
_BOTH_ALONE = re.compile(r"(?:Both|both)(?=\s+(?:also\s+|have\s+|had\s+)?[a-z]+ed\b)")
# Where "both" alone may be a subject: the sentence's start, after a comma or semicolon, after "and".
_CLAUSE_END = re.compile(r"(?:^|[,;]\s+|\band\s+)$")
_OF_LIST = re.compile(
    r"\s+of\s+(?P<list>(?:both|the\s+two)\s+countries|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
    r"(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)+)"
)
_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_BOTH_COUNTRIES = re.compile(r"(?:both|the\s+two)\s+countries")
_NAME_AFTER = re.compile(r"['’]?s?\s+[A-Z]")
_OF_AFTER = re.compile(r"\s+of\b")
# Words one of the patterns above needs: a sentence with none is not scanned for them.
_BOTH_WORDS = frozenset(("both", *(n.split()[-1] for n in _BOTH_NOUNS)))
# One side: "the Carpanian side", "the U.S. delegation", "The Cuban party".
_SIDE = re.compile(
    r"(?:The|the)\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)\s+(?P<noun>side|delegation|party|team)\b"
)
_SIDE_WORDS = frozenset(("side", "delegation", "party", "team"))
# "I", "me", "my", "myself" ("mine" is left out: "mine clearance").
_FIRST_PERSON = re.compile(r"\b(?:I(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)|[Mm]e|[Mm]y|[Mm]yself)\b")
# Capitalised words before which "I" is a numeral ("Article I", "World War I", "Phase I").
_NUMERAL_BEFORE = re.compile(
    r"(?:Article|War|Phase|Part|Title|Chapter|Annex|Section|Stage|Type|Class|Pillar|Volume|Schedule|"
    r"Category|Tier|Level|Group|Round|Protocol|Book)\s+$"
)
_I = re.compile(r"I(?![\w.])")
_QUOTES = re.compile(r"[\"“”]")
# A run of capitalised words (any Latin capital: "Łukasz", "Vasylenko", "ÖZDEMİR").
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_CAPITALISED_RUN = re.compile(rf"[{_UPPER}][\w’'-]*(?:[ \t]+[{_UPPER}][\w’'-]*)*")


def _starts_word(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_’'-")


def _quoted(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` inside double quotation marks: a quote left open runs to the end, a
    closing ” with no opening one closes a quote opened in an earlier sentence."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for m in _QUOTES.finditer(text):
        if opened is None and m.group() == "”":
            spans.append((0, m.start()))
        elif opened is None:
            opened = m.end()
        elif m.group() != "“":
            spans.append((opened, m.start()))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _inside(position: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


class _SurnameIndex:
    """The meeting's people by every spelling of their surnames, and the words of the meeting's
    statements read as one of them (remembered: statements repeat their words)."""

    def __init__(self, people: Sequence[_Person]) -> None:
        self.surnames = {s: p for p in people for s in sorted(p.surnames)}
        self._spellings = list(self.surnames)
        self._people = list(self.surnames.values())
        self._near: dict[str, _Person | None] = {}
        self._words: dict[str, _Person | None] = {}

    def word(self, word: str) -> _Person | None:
        """The person whose surname ``word`` is (possessive aside), or None."""
        if word not in self._words:
            folded = fold(word.removesuffix("'s").removesuffix("’s"))
            self._words[word] = self.surnames.get(folded) or self.near(folded)
        return self._words[word]

    def near(self, folded: str) -> _Person | None:
        """The person whose surname ``folded`` spells within a few edits, if one."""
        if len(folded) < _EDITS[-1][0]:
            return None
        if folded not in self._near:
            best = _process.extractOne(
                folded, self._spellings, scorer=Levenshtein.distance, score_cutoff=_EDITS[0][1]
            )
            self._near[folded] = self._people[best[2]] if best and _same_surname(folded, best[0]) else None
        return self._near[folded]


class _Resolver:
    """Resolves one statement's sentences against the meeting's people."""

    def __init__(
        self,
        meeting: _People,
        countries: _Countries,
        index_of: _SurnameIndex,
        index: int,
        statement: Statement,
    ) -> None:
        self.meeting = meeting
        self.countries = countries
        self.index = index
        self.own = set(issuer_titles(statement.issuer))
        self.principal = meeting.principals[index]
        # Written in the first person: some "I" outside quotes (most statements hold no "I" at all).
        self.first_person = self.principal is not None and any(
            _I.search(s.text) and any(t == "I" for t, _, _ in self._first_person(s.text))
            for s in statement.sentences
        )
        self.index_of = index_of

    def person(self, name: str) -> _Person | None:
        words = _name_words(name)
        if not words:
            return None
        surname = fold(_surname(words))
        return (
            self.index_of.surnames.get(surname)
            or next((p for p in self.meeting.people if surname in p.words), None)
            or self.index_of.near(surname)
        )

    def mention(self, person: _Person, start: int, end: int) -> Mention:
        return Mention(MentionKind.PARTICIPANT, person.key, person.label, start, end)

    def _first_person(self, text: str) -> list[tuple[str, int, int]]:
        """ "I", "me", "my", "myself" outside quotes, as (word, start, end)."""
        quoted = _quoted(text) if _QUOTES.search(text) else []
        return [
            (m.group(), m.start(), m.end())
            for m in _FIRST_PERSON.finditer(text)
            if not _inside(m.start(), quoted)
            and not (m.group() == "I" and _NUMERAL_BEFORE.search(text, 0, m.start()))
        ]

    def bare(self, title: str, named_here: set[str]) -> _Person | None:
        """The one person a bare title ("the President") means in this statement, or None."""
        principal = self.principal
        if title in self.own:
            if principal is None or principal.key in named_here:
                return None  # unknown, or named beside: "Prime Minister Varga thanked the Prime Minister"
            return principal
        candidates = [
            p
            for p in self.meeting.people
            if _title_fits(title, p.title) and p is not principal and p.key not in named_here
        ]
        here = [p for p in candidates if p.key in self.meeting.named[self.index]]
        if len(here) == 1:
            return here[0]
        if not here and len(candidates) == 1:
            return candidates[0]
        return None

    def sentence(self, text: str, titled: Sequence[TitleMention], words: Sequence[str]) -> list[Mention]:
        """The participants ``text`` names (``titled``: its titled people; ``words``: its lower-case
        words)."""
        found: list[Mention] = []
        named_here = set()
        if titled:  # most sentences name nobody by title
            for m in titled:
                if m.name:
                    person = self.person(m.name) if _is_person(m.name) else None
                    if person is not None:
                        named_here.add(person.key)
            bare = Counter(m.title for m in titled if not m.name and not m.foreign)
            for m in titled:
                if not m.name and not m.foreign and bare[m.title] > 1:
                    continue  # "The Prime Minister thanked the Prime Minister": two people, which is which?
                found.extend(self._titled(text, m, named_here))
        if "head" in words:
            for m in _HEAD_OF.finditer(text):
                heads = _HEADS_OF_STATE if m["what"].lower() == "state" else _HEADS_OF_GOVERNMENT
                p = self.principal
                if (
                    p is not None
                    and p.title in heads
                    and p.key not in named_here
                    and not text.startswith(" of", m.end())
                ):
                    found.append(self.mention(p, m.start(), m.end()))
        if not _BOTH_WORDS.isdisjoint(words):
            found.extend(self._both(text))
        if not _SIDE_WORDS.isdisjoint(words):
            found.extend(self._sides(text))
        if self.first_person:
            found.extend(self.mention(self.principal, a, b) for _, a, b in self._first_person(text))
        taken = [(f.start, f.end) for f in found]
        found.extend(self._names(text, taken))
        found.sort(key=lambda f: (f.start, -f.end))
        out: list[Mention] = []
        for f in found:
            if out and f.start < out[-1].end:
                continue  # inside a mention already read
            out.append(f)
        return out

    def _titled(self, text: str, m: TitleMention, named_here: set[str]) -> list[Mention]:
        if m.name:
            person = self.person(m.name) if _is_person(m.name) else None
            return [self.mention(person, m.start, m.end)] if person is not None else []
        written = text[m.start : m.end]
        if m.foreign:
            country = self.countries.qualifier(written)
            if country is None:
                return []
            holders = [
                p for p in self.meeting.people if _title_fits(m.title, p.title) and p.country == country
            ]
            return [self.mention(holders[0], m.start, m.end)] if len(holders) == 1 else []
        person = self.bare(m.title, named_here)
        return [self.mention(person, m.start, m.end)] if person is not None else []

    def _both(self, text: str) -> list[Mention]:
        out = []
        for m in _BOTH.finditer(text):
            if not _starts_word(text, m.start()):
                continue
            noun = " ".join(m["noun"].lower().split())
            det = " ".join(m["det"].lower().split())
            if det == "both two" or (det == "the" and noun in _BOTH_ONLY):
                continue
            if m["noun"][0].isupper() and _NAME_AFTER.match(text, m.end()):
                continue  # a name: "the Leaders Summit"
            end = m.end()
            of = _OF_LIST.match(text, m.end())
            if of is not None:
                if not self._meeting_countries(of["list"]):
                    continue  # "the leaders of the five main parties"
                end = of.end()
            elif _OF_AFTER.match(text, m.end()):
                continue  # "the leaders of the G7"
            out.append(Mention(MentionKind.PARTICIPANT, "both", _BOTH_NOUNS[noun], m.start(), end))
        for m in _BOTH_ALONE.finditer(text):
            if not _starts_word(text, m.start()) or not _CLAUSE_END.search(text, 0, m.start()):
                continue
            out.append(Mention(MentionKind.PARTICIPANT, "both", "both sides", m.start(), m.end()))
        return out

    def _meeting_countries(self, written: str) -> bool:
        """ "both countries", or two or more of the meeting's countries ("Carpania and Sylvania")."""
        if _BOTH_COUNTRIES.fullmatch(written):
            return True
        keys = []
        for item in _LIST_SPLIT.split(written):
            key = self.countries.of(f"of {item}") or self.countries.adjective(item.removeprefix("the "))
            if key is None or key not in self.countries.known:
                return False
            keys.append(key)
        return len(set(keys)) >= 2

    def _sides(self, text: str) -> list[Mention]:
        out = []
        for m in _SIDE.finditer(text):
            if not _starts_word(text, m.start()):
                continue
            who = m["who"]
            country = self.countries.adjective(who) or self.countries.of(f"of {who}")
            if country is None:
                continue
            person = self.meeting.sides.get(country)
            if person is not None:
                out.append(self.mention(person, m.start(), m.end()))
            else:
                name = self.countries.names.get(country, who)
                out.append(
                    Mention(MentionKind.PARTICIPANT, f"side:{country}", f"{name} side", m.start(), m.end())
                )
        return out

    def _names(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """Names written without a title ("said Ivan Vasylenko"), full or surname alone: in each
        run of capitalised words, a surname and the given names of the same person beside it."""
        out = []
        for run in _CAPITALISED_RUN.finditer(text):
            if not _starts_word(text, run.start()):
                continue
            words = run.group().split()
            hits = [self.index_of.word(w) for w in words]
            if not any(hits):
                continue
            starts, at = [], 0
            for w in words:
                at = run.group().index(w, at)
                starts.append(run.start() + at)
                at += len(w)
            bases = [w.removesuffix("'s").removesuffix("’s") for w in words]
            k = 0
            while k < len(words):
                person = hits[k]
                if person is None:
                    k += 1
                    continue
                first, last = k, k
                while (
                    first > 0
                    and bases[first - 1] == words[first - 1]
                    and fold(bases[first - 1]) in person.words
                ):
                    first -= 1
                while (
                    last + 1 < len(words)
                    and bases[last] == words[last]
                    and fold(bases[last + 1]) in person.words
                ):
                    last += 1
                start, end = starts[first], starts[last] + len(bases[last])
                k = last + 1
                if any(a < end and start < b for a, b in taken):
                    continue
                out.append(self.mention(person, start, end))
        return out


class Meeting:
    """The meeting's people, read once from every statement's titled people, and who each sentence names
    among them (``participants``) with its amounts (``mentions``).

    The people are those the statements name with a title ("President Mateo R. Rocha, Jr.", "Prime
    Minister Sato Hana", "President of Carpania Ivan Vasylenko"), one per surname however it
    is spelled (diacritics folded, a few edits allowed), each with the country a mention gives ("of
    Carpania", "Carpanian", or the issuer's for its own leader). A sentence names one of them by:

    - name, full or surname alone, with a title or without ("Vasilenko", "Ivan Vasylenko");
    - title and country ("the President of the United States", "the U.S. President");
    - a bare title the statement makes unambiguous ("the President" in a statement by the Office of
      the President: its own; "the Prime Minister" where the meeting has one other Prime Minister),
      "the Head of State" / "the Head of Government" for the issuer's own leader;
    - "I", "me", "my" in a statement its issuer's leader writes in the first person (outside quotes);
    - a country's side ("the Carpanian side": that country's one person, else "side:carpania").

    Both sides: "both leaders", "the two leaders", "the leaders", "both sides", "the Presidents of
    Carpania and Sylvania", "Both agreed" -> key "both". Keys are equal across statements for
    one person ("person:vasylenko"). Precision first: a title that could mean two people, a third
    country's "President" nobody names, a quoted "I" are no mention.

    Sentences are read in order, statement by statement: a country named "of <Name>" is remembered
    under the name first written.
    """

    def __init__(
        self, statements: Sequence[Statement], titles: Sequence[Titles], aliases: AliasTable
    ) -> None:
        """``titles``: each statement's titled people (``titles.statement_titles``); ``aliases``: the
        run's table, which names countries."""
        countries = _Countries(aliases)
        meeting = _gather(statements, titles, countries)
        index_of = _SurnameIndex(meeting.people)
        self._resolvers = tuple(
            _Resolver(meeting, countries, index_of, index, statement)
            for index, statement in enumerate(statements)
        )

    def participants(
        self, statement: int, text: str, titled: Sequence[TitleMention], words: Sequence[str]
    ) -> list[Mention]:
        """Who a sentence of statement number ``statement`` names, in text order (``titled``: its
        titled people; ``words``: its lower-case words, ``normalize.lower_words``)."""
        return self._resolvers[statement].sentence(text, titled, words)

    def mentions(
        self, statement: int, text: str, titled: Sequence[TitleMention], words: Sequence[str]
    ) -> tuple[Mention, ...]:
        """A sentence's amounts and participants together, in text order (see ``participants``)."""
        people = self.participants(statement, text, titled, words)
        return tuple(sorted((*_amounts(text, words), *people), key=lambda m: (m.start, m.end)))


def resolve_participants(
    statements: Sequence[Statement], titles: Sequence[Titles], aliases: AliasTable
) -> tuple[tuple[tuple[Mention, ...], ...], ...]:
    """Per statement, per sentence: who the sentence names among the meeting's people, in text order
    (see ``Meeting``)."""
    meeting = Meeting(statements, titles, aliases)
    return tuple(
        tuple(
            tuple(meeting.participants(index, s.text, titled, lower_words(s.text)))
            for s, titled in zip(statement.sentences, titles[index].sentences, strict=True)
        )
        for index, statement in enumerate(statements)
    )


def meeting_mentions(
    statements: Sequence[Statement], titles: Sequence[Titles], aliases: AliasTable
) -> tuple[tuple[tuple[Mention, ...], ...], ...]:
    """Per statement, per sentence: its amounts and participants together, in text order (see
    ``Meeting``)."""
    meeting = Meeting(statements, titles, aliases)
    return tuple(
        tuple(
            meeting.mentions(index, s.text, titled, lower_words(s.text))
            for s, titled in zip(statement.sentences, titles[index].sentences, strict=True)
        )
        for index, statement in enumerate(statements)
    )
