"""Numbers written in digits or words that count or rank something, and the noun each qualifies.

What the count finder (``numbers``) and the ordinal finder (``ordinals``) both read: "12", "$5 billion",
"5 per cent", "twelve", "6th", "sixth". Dates, times, years, list numbers, labels ("Article 5"), names
("G7", "COVID-19", "Five Eyes"), approximate counts ("over 10") and ranges are left out here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeVar

from ...model import Conflict, Match
from ...text.aliases import AliasTable
from ...text.dates import WrittenDate
from ...text.normalize import STOPWORDS, stem
from ...text.numbers import YEARS, number_words
from .facts import ConflictKind, Found, Scope, StatementFacts, by_key, conflict

if TYPE_CHECKING:
    from ...annotate import AnnotatedSentence

_WORDS = number_words()
# Spelled-out counts below twenty, and the tens ("twenty" to "ninety"), as data/amounts.toml lists them.
_UNITS = {w: v for w, v in _WORDS.numbers.items() if v < 20}
_TENS = {w: v for w, v in _WORDS.numbers.items() if v >= 20}
_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
_ORDINAL_TENS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
# Scale words written after a number, and "bn" written right after its digits ("1bn").
_SCALES = {**_WORDS.scales, "bn": _WORDS.abbreviations["bn"]}
# Currency signs and the unit each gives an amount ("US$5" and "$5" are the same amount).
_CURRENCIES = {"US$": "$", "$": "$", "€": "€", "£": "£", "¥": "¥"}
# The first nine units ("one" to "nine"), which a tens word may take after a hyphen ("twenty-one").
_HYPHENATED_UNITS = [w for w, v in _UNITS.items() if v < 10]
_HYPHENATED_ORDINAL_UNITS = [w for w, v in _ORDINAL_UNITS.items() if v < 10]
# Every spelled-out count and ordinal up to ninety-nine: word -> (whether an ordinal, value).
_SPELLED = {
    **{w: (False, v) for w, v in (*_UNITS.items(), *_TENS.items())},
    **{f"{t}-{u}": (False, tv + _UNITS[u]) for t, tv in _TENS.items() for u in _HYPHENATED_UNITS},
    **{w: (True, v) for w, v in (*_ORDINAL_UNITS.items(), *_ORDINAL_TENS.items())},
    **{
        f"{t}-{u}": (True, tv + _ORDINAL_UNITS[u])
        for t, tv in _TENS.items()
        for u in _HYPHENATED_ORDINAL_UNITS
    },
}
# The one-word spelled-out counts and ordinals: a cheap test before the slower patterns.
_NUMBER_WORDS = frozenset(w for w in _SPELLED if "-" not in w)
_SCALE_WORDS = frozenset(_WORDS.scales)


def _one_of(words: Iterable[str]) -> str:
    """Words as one alternation, longest first."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))



_DIGIT = re.compile(r"\d")
# A number in digits: a currency sign, the digits (thousands grouped by commas), a fraction, an
# ordinal suffix, a scale word and a percent sign, each optional; not inside a word, a decimal, a time,
# a path or a hashtag.
_NUMBER_IN_DIGITS = re.compile(
    r"(?<![\w.,:/#-])(?P<cur>US\$|\$|€|£|¥)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?"
    r"(?P<ord>st|nd|rd|th)?(?![^\W_]|[.,:/]\d)"
    rf"(?:\s*(?P<scale>{_one_of(_SCALES)})\b)?"
    r"(?:\s*(?P<pct>%|per\s?cent\b|percent\b))?"
)
# A count in digits starts at most this many characters ("US$") before its first digit.
_LONGEST_CURRENCY = 3
_SCALE_AFTER = re.compile(rf"\s*({_one_of(_WORDS.scales)})\b", re.IGNORECASE)
# Words before a number that make it approximate, a bound or a label, not a count to compare, looked
# for in the characters just before it ("approximately " is 14).
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?i:\b(?:about|around|approximately|approx\.|over|more\s+than|less\s+than|fewer\s+than|nearly|almost|"
    r"some|up\s+to|at\s+least|at\s+most|roughly|close\s+to|under|above|below|exceeding|between|from|"
    r"article|paragraph|section|chapter|item|point|phase|resolution|number|no\.|page|level|stage|annex|"
    r"clause|rule|category|tier|flight|room|step|round|group|top)\s*$)"
)
_NOT_A_COUNT_REACH = 24
# A number followed by another after "to", a dash, "or", "and" ("10 to 12"), or preceded by one.
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|—|or|and)\s*(?:\$|€|£)?\d")
_RANGE_BEFORE = re.compile(r"\d\s*(?:to|-|–|—|or|and)\s*(?:\$|€|£)?$")
_TIME_AFTER = re.compile(r"(?i:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|hrs\b|GMT|UTC))")
# A sentence opening with a number and a full stop or bracket: a numbered list item.
_LIST_ITEM = re.compile(r"\s*\(?\d+[.)]\s")
# Quotes and brackets before a sentence's first word.
_LEADING = re.compile(r"[\s\"'“‘(\[]*")
# The word before a number, looked for in the characters just before it: a capitalised one makes the
# number a label or part of a name ("Resolution 2231").
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w.’'-]*)\s+$")
_PREVIOUS_WORD_REACH = 40
# A word (inner apostrophes kept) or any other single character, as the noun after a number is read.
_WORD_OR_MARK = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\S")
# The noun a number qualifies is the last of at most this many content words after it.
_MAX_NOUN_WORDS = 3
# Irregular past tenses and common verbs that end a noun phrase ("the two leaders met").
_VERBS = frozenset((
    "held", "met", "led", "took", "made", "said", "gave", "saw", "came", "went", "spoke", "began",
    "sent", "found", "brought", "told", "became", "set", "put", "kept", "left", "won", "built", "rose",
    "fell", "paid", "sought", "meet", "meets", "hold", "holds", "say", "says", "agree", "agrees",
    "discuss", "remain", "remains", "welcome", "welcomes"
))  # fmt: skip
#: Nouns of time spans, stemmed: they differ for many reasons across two whole statements ("the past
#: 10 years", "5 years"), so counts and ordinals of them are compared only inside matched sentences.
TIME_NOUNS = frozenset(
    stem(w)
    for w in ("year", "month", "week", "day", "hour", "minute", "decade", "century", "time", "half",
              "quarter")
)  # fmt: skip


class Numeral(NamedTuple):
    """A number written in a sentence that may count or rank something.

    ``start``/``end`` span it in the sentence (with its currency sign, scale word and percent sign);
    ``unit`` is the currency's sign and "%" for a share, "" for neither (and for every ordinal).
    """

    start: int
    end: int
    value: float
    ordinal: bool
    unit: str = ""
    #: Written in words ("twelve", "sixth"), not digits.
    spelled: bool = False


class Noun(NamedTuple):
    """The noun a numeral qualifies: its stem, and where its words end in the sentence."""

    stem: str
    end: int


#: One compiled pattern per one-word spelled-out number (``_NUMBER_WORDS``: about a hundred).
_SPELLED_PATTERNS = 128


@lru_cache(maxsize=_SPELLED_PATTERNS)
def _spelled_pattern(word: str) -> re.Pattern[str]:
    """Where ``word`` (a spelled-out number) stands alone or begins a hyphenated word ("two-day").

    The word comes first and what may not precede it is checked after (a lookbehind over the word
    too): a pattern that starts with a literal is scanned for about twice as fast."""
    return re.compile(rf"{word}(?<![-‐\w]{word})(?:-[^\W\d_]+)*\b", re.IGNORECASE)


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(not (end <= a or start >= b) for a, b in spans)


def find_numerals(text: str, words: Sequence[str], dates: Sequence[WrittenDate]) -> tuple[Numeral, ...]:
    """The counts and ordinals one sentence writes (``words``: its lower-case words; ``dates``: the
    dates it writes, whose numbers are no counts): first those in digits, then those in words, each in
    text order. The annotation stage reads them once per sentence."""
    found: list[Numeral] = []
    first_digit = _DIGIT.search(text)
    has_digit = first_digit is not None
    if has_digit and _LIST_ITEM.match(text):  # a numbered list item
        return ()
    present = set(_NUMBER_WORDS.intersection(words))
    if "one" in present and _SCALE_WORDS.isdisjoint(words):
        present.discard("one")  # "one of", "one another": only "one million" counts
    if not (has_digit or present):
        return ()
    # Every date written here has a digit.
    date_spans = [(d.start, d.end) for d in dates] if has_digit else []
    lead = _LEADING.match(text).end()  # type: ignore[union-attr]  # characters before the first word

    def usable(start: int, end: int) -> bool:
        if _overlaps(start, end, date_spans):
            return False
        if _NOT_A_COUNT_BEFORE.search(text[max(0, start - _NOT_A_COUNT_REACH) : start]):
            return False
        if (
            _RANGE_AFTER.match(text, end)
            or _TIME_AFTER.match(text, end)
            or _RANGE_BEFORE.search(text, 0, start)
        ):
            return False
        window = max(0, start - _PREVIOUS_WORD_REACH)
        previous = _PREVIOUS_WORD.search(text[window:start])
        return not (previous and previous[1][0].isupper() and window + previous.start(1) > lead)

    # The scan starts just before the first digit, often near the end of the sentence (the pattern's
    # lookbehind still sees what comes before); with no digit there is nothing to scan.
    scan_from = max(0, first_digit.start() - _LONGEST_CURRENCY) if first_digit else len(text)
    for m in _NUMBER_IN_DIGITS.finditer(text, scan_from):
        if m["ord"] and (m["cur"] or m["frac"] or m["scale"] or m["pct"] or "," in m["num"]):
            continue
        if text[m.end() :].startswith(")") or text[: m.start()].endswith("("):
            continue
        value = float(m["num"].replace(",", "") + (m["frac"] or ""))
        plain = not (m["cur"] or m["frac"] or m["scale"] or m["pct"] or m["ord"])
        if plain and "," not in m["num"] and YEARS[0] <= value <= YEARS[1]:
            continue
        if not usable(m.start(), m.end()):
            continue
        if m["ord"]:
            found.append(Numeral(m.start(), m.end(), int(value), ordinal=True))
            continue
        value *= _SCALES.get((m["scale"] or "").lower(), 1)
        unit = _CURRENCIES.get(m["cur"] or "", "") + ("%" if m["pct"] else "")
        found.append(Numeral(m.start(), m.end(), value, ordinal=False, unit=unit))

    spelled = sorted(
        (m for word in present for m in _spelled_pattern(word).finditer(text)), key=lambda m: m.start()
    )
    for m in spelled:
        token = m.group()
        lower = token.lower()
        if lower not in _SPELLED:
            lower = lower.partition("-")[0]  # "two-day visit", "first-ever meeting"
            if lower not in _SPELLED:
                continue
        ordinal, number = _SPELLED[lower]
        start, end = m.start(), m.start() + len(lower)
        if ordinal:
            if not _overlaps(start, end, date_spans):
                found.append(Numeral(start, end, number, ordinal=True, spelled=True))
            continue
        scale = _SCALE_AFTER.match(text, end)
        if lower == "one" and not scale:
            continue  # "one of", "one another", "on one hand"
        if token[0].isupper() and start > lead:
            continue  # a name: "Five Eyes", "Big Three"
        if scale:
            number, end = number * _SCALES[scale[1].lower()], scale.end()
        if usable(start, end):
            found.append(Numeral(start, end, float(number), ordinal=False, spelled=True))
    return tuple(found)


def noun_after(text: str, pos: int, after_of: bool = False, plural: bool = False) -> Noun | None:
    """The noun a number counts: the last of up to three content words right after ``pos`` (stopping
    at a function word, punctuation, a verb, or after a plural noun when ``plural``). ``after_of``: an
    "of" may come first ("5 per cent of GDP")."""
    words: list[tuple[str, int]] = []
    last_end, skipped_of = pos, False
    for m in _WORD_OR_MARK.finditer(text, pos):
        gap = text[last_end : m.start()]
        if gap and not gap.isspace():
            break
        token = m.group()
        if token in "-‐" and not gap and (words or m.start() == pos):  # "10-point plan", "long-term"
            last_end = m.end()
            continue
        if not token[0].isalpha():
            break
        lower = token.lower().replace("’", "'")
        lower = lower.removesuffix("'s")
        if lower in STOPWORDS:
            if not words and lower == "ever" and not gap:  # "first-ever meeting"
                last_end = m.end()
                continue
            if not words and lower == "of" and after_of and not skipped_of:  # "5 per cent of GDP"
                skipped_of, last_end = True, m.end()
                continue
            break
        if words and (lower.endswith(("ed", "ing")) or lower in _VERBS):
            break
        words.append((lower.replace("'", ""), m.end()))
        last_end = m.end()
        if len(words) == _MAX_NOUN_WORDS or token.endswith(("'s", "’s")):
            break
        if plural and lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
            break  # "two sides held": the plural noun is the head
    if not words:
        return None
    return Noun(stem(words[-1][0]), words[-1][1])


class CountedFact(Protocol):
    """A count or an ordinal: the value compared across statements."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def value(self) -> float: ...


C = TypeVar("C", bound=CountedFact)
N = TypeVar("N", bound=Hashable)


def noun_conflicts(
    kind: ConflictKind,
    find: Callable[[AnnotatedSentence, AliasTable], Sequence[C]],
    noun: Callable[[C], N],
    across: Callable[[C], bool],
    left: StatementFacts,
    right: StatementFacts,
    matches: Sequence[Match],
) -> list[Conflict]:
    """The same ``noun`` given different values: in matched sentences, then across the whole statements
    where ``across`` allows it; never when either statement also gives the other's value for that noun
    anywhere ("12 agreements" and "10 agreements" conflict unless one side also says "12 agreements").
    Each noun is reported once."""
    out: list[Conflict] = []
    left_all, right_all = by_key(left.everywhere(find), noun), by_key(right.everywhere(find), noun)
    left_values = {key: {f.fact.value for f in found} for key, found in left_all.items()}
    right_values = {key: {f.fact.value for f in found} for key, found in right_all.items()}

    def differ(key: N) -> bool:
        return left_values[key].isdisjoint(right_values[key])

    flagged: set[N] = set()
    for match in matches:
        left_found = by_key(left.found(find, match.left), noun)
        right_found = by_key(right.found(find, match.right), noun)
        for key in left_found.keys() & right_found.keys():  # in any order: find_conflicts sorts
            if key not in flagged and differ(key):
                flagged.add(key)
                out.append(conflict(kind, Scope.MATCH, left, right, left_found[key][0], right_found[key][0]))
    for key in left_all.keys() & right_all.keys():
        first: Found[C] = left_all[key][0]
        if key not in flagged and across(first.fact) and differ(key):
            out.append(conflict(kind, Scope.STATEMENTS, left, right, first, right_all[key][0]))
    return out
