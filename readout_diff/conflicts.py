"""Find facts two statements state differently: dates, numbers, ordinals, places, participants, agreement."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .dates import MONTHS, WEEKDAYS, WrittenDate, find_sentence_dates
from .memo import per_document
from .model import Conflict, Match, Mention, Statement
from .normalize import STOPWORDS, apply_aliases, stem, tokenize

# --------------------------------------------------------------------------------------------------
# Shared helpers


@dataclass(frozen=True, slots=True)
class _Found:
    """Something found in one sentence: ``value`` compared across sides, ``key`` says what it is about,
    ``start``/``end`` index the sentence text."""

    sentence: int
    start: int
    end: int
    key: tuple
    value: object


def _mention(statement: Statement, found: _Found) -> Mention:
    sentence = statement.sentences[found.sentence]
    text = sentence.text[found.start : found.end]
    return Mention(found.sentence, sentence.start + found.start, sentence.start + found.end, text)


def _conflict(
    kind: str, scope: str, left: _Facts, right: _Facts, a: _Found, b: _Found, what: str = ""
) -> Conflict:
    left_mention, right_mention = _mention(left.statement, a), _mention(right.statement, b)
    detail = f'{kind}: "{_short(left_mention.text)}" vs "{_short(right_mention.text)}"'
    return Conflict(kind, scope, left_mention, right_mention, detail + (f" ({what})" if what else ""))


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_WORD = re.compile(r"[^\W_]+")
_LOWER_WORD = re.compile(r"[a-z]+")


@per_document(maxsize=16384)
def _lower_words(text: str) -> frozenset[str]:
    """The lower-cased words of ``text`` (letters only): a quick test before the slower patterns."""
    return frozenset(_LOWER_WORD.findall(text.lower()))


@dataclass(frozen=True, slots=True)
class _Rules:
    """(trigger words, pattern, tag) rules, and all their trigger words together: most sentences hold
    none of them and are passed over with one set test."""

    rules: tuple[tuple[frozenset[str], re.Pattern[str], str], ...]
    triggers: frozenset[str]


def _rules(*rules: tuple[str, str, str]) -> _Rules:
    """(trigger words, pattern, tag) rules: a pattern runs only on text holding one of its trigger words
    (lower-cased), and each pattern starts with a literal, which keeps the scan fast."""
    compiled = tuple((frozenset(words.split()), re.compile(pattern), tag) for words, pattern, tag in rules)
    return _Rules(compiled, frozenset().union(*(triggers for triggers, _, _ in compiled)))


def _triggered(text: str, rules: _Rules) -> list[tuple[re.Match[str], str]]:
    """The matches of the rules triggered in ``text``, each starting a word, in text order."""
    words = _lower_words(text)
    if rules.triggers.isdisjoint(words):
        return []
    found = [
        (m, tag)
        for triggers, pattern, tag in rules.rules
        if not triggers.isdisjoint(words)
        for m in pattern.finditer(text)
        if m.start() == 0 or not text[m.start() - 1].isalnum()
    ]
    return sorted(found, key=lambda item: item[0].start())


def _stems(text: str) -> frozenset[str]:
    """The content stems of ``text`` (aliases applied): how names are compared."""
    return frozenset(t.stem for t in tokenize(text) if not t.stop)


# --------------------------------------------------------------------------------------------------
# Dates: "7 March 2025", "March 7", "Friday, September 15", "on Friday", "since 2015"



@per_document(maxsize=16384)
def _dates_in(text: str) -> tuple[WrittenDate, ...]:
    return find_sentence_dates(text)


def _find_dates(index: int, text: str) -> list[_Found]:
    """Dates in one sentence: value (year, month, day, weekday), any of them None; key ("day",) for
    calendar dates and weekdays, ("year", preposition) for a bare year ("since 2015")."""
    return [
        _Found(index, d.start, d.end, ("day",), d.fields) if d.lead is None
        else _Found(index, d.start, d.end, ("year", d.lead), (d.year,))
        for d in _dates_in(text)
    ]


def _dates_agree(a: tuple, b: tuple) -> bool | None:
    """True when two dates agree on every field both give, False when they clash, None when they
    share no field (incomparable: "on Friday" and "7 March")."""
    shared = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    if not shared:
        return None
    return all(x == y for x, y in shared)


def _date_spans(text: str) -> list[tuple[int, int]]:
    return [(d.start, d.end) for d in _dates_in(text)]


# --------------------------------------------------------------------------------------------------
# Numbers and ordinals: "12 agreements", "$5 billion", "the sixth round", "21st meeting"

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
_ORDINAL_TENS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_SCALES = {
    "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "bn": 10**9, "trillion": 10**12,
}  # fmt: skip
_CURRENCIES = {"US$": "$", "$": "$", "€": "€", "£": "£", "¥": "¥"}

_DIGIT = re.compile(r"\d")
_SCALE = r"(?:\s*(?P<scale>hundred|thousand|million|billion|trillion|bn)\b)?"
_PERCENT = r"(?:\s*(?P<pct>%|per\s?cent\b|percent\b))?"
_DIGITS = re.compile(
    r"(?<![\w.,:/#-])(?P<cur>US\$|\$|€|£|¥)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?"
    r"(?P<ord>st|nd|rd|th)?(?![^\W_]|[.,:/]\d)" + _SCALE + _PERCENT
)
_UNIT_WORDS = list(_UNITS)[:9]
_ORDINAL_UNIT_WORDS = list(_ORDINAL_UNITS)[:9]
# Every spelled-out count and ordinal up to ninety-nine: word -> ("number" or "ordinal", value).
_SPELLED = {
    **{w: ("number", v) for w, v in (*_UNITS.items(), *_TENS.items())},
    **{f"{t}-{u}": ("number", tv + _UNITS[u]) for t, tv in _TENS.items() for u in _UNIT_WORDS},
    **{w: ("ordinal", v) for w, v in (*_ORDINAL_UNITS.items(), *_ORDINAL_TENS.items())},
    **{
        f"{t}-{u}": ("ordinal", tv + _ORDINAL_UNITS[u])
        for t, tv in _TENS.items()
        for u in _ORDINAL_UNIT_WORDS
    },
}
_ALPHA_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=128)
def _spelled_pattern(word: str) -> re.Pattern[str]:
    """Where ``word`` (a spelled-out number) stands alone or begins a hyphenated word ("two-day").

    The word comes first and what may not precede it is checked after (a lookbehind over the word
    too): a pattern that starts with a literal is scanned for about twice as fast."""
    return re.compile(rf"{word}(?<![-‐\w]{word})(?:-[^\W\d_]+)*\b", re.IGNORECASE)


_SCALE_AFTER = re.compile(r"\s*(hundred|thousand|million|billion|trillion)\b", re.IGNORECASE)
# Words before a number that make it approximate, a bound or a label, not a count to compare.
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?i:\b(?:about|around|approximately|approx\.|over|more\s+than|less\s+than|fewer\s+than|nearly|almost|"
    r"some|up\s+to|at\s+least|at\s+most|roughly|close\s+to|under|above|below|exceeding|between|from|"
    r"article|paragraph|section|chapter|item|point|phase|resolution|number|no\.|page|level|stage|annex|"
    r"clause|rule|category|tier|flight|room|step|round|group|top)\s*$)"
)
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|—|or|and)\s*(?:\$|€|£)?\d")
_LIST_ITEM = re.compile(r"\s*\(?\d+[.)]\s")
# The one-word spelled-out counts and ordinals: a cheap test before the slower patterns.
_NUMBER_WORDS = frozenset(w for w in _SPELLED if "-" not in w)
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_RANGE_BEFORE = re.compile(r"\d\s*(?:to|-|–|—|or|and)\s*(?:\$|€|£)?$")
_TIME_AFTER = re.compile(r"(?i:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|hrs\b|GMT|UTC))")
# Heads that make an ordinal part of a title or a fixed phrase ("First Minister", "First Nations",
# "Second World War", "first-hand", "in the first place").
_ORDINAL_TITLE_HEADS = frozenset(
    stem(w)
    for w in (
        "minister", "ministers", "lady", "secretary", "nations", "nation", "deputy", "vice", "war", "world",
        "amendment", "committee", "class", "person", "hand", "place", "sight", "aid", "responders", "name",
        "lieutenant", "officer", "lord", "reading"
    )
)  # fmt: skip
# Time spans differ for many reasons across two whole statements ("the past 10 years", "5 years").
_TIME_HEADS = frozenset(
    stem(w)
    for w in ("year", "month", "week", "day", "hour", "minute", "decade", "century", "time", "half",
              "quarter")
)  # fmt: skip
# Irregular past tenses and common verbs that end a noun phrase ("the two leaders met").
_VERBS = frozenset((
    "held", "met", "led", "took", "made", "said", "gave", "saw", "came", "went", "spoke", "began",
    "sent", "found", "brought", "told", "became", "set", "put", "kept", "left", "won", "built", "rose",
    "fell", "paid", "sought", "meet", "meets", "hold", "holds", "say", "says", "agree", "agrees",
    "discuss", "remain", "remains", "welcome", "welcomes"
))  # fmt: skip
_LEADING = re.compile(r"[\s\"'“‘(\[]*")
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w.’'-]*)\s+$")
_RUN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\S")


def _head(text: str, pos: int, after_of: bool = False, plural: bool = False) -> tuple[str, int] | None:
    """The noun a number counts: the last of up to three content words right after ``pos`` (stopping
    at a function word, punctuation, a verb, or after a plural noun when ``plural``), as (stem, end)."""
    words: list[tuple[str, int]] = []
    last_end, skipped_of = pos, False
    for m in _RUN_WORD.finditer(text, pos):
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
        if len(words) == 3 or token.endswith(("'s", "’s")):
            break
        if plural and lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
            break  # "two sides held": the plural noun is the head
    if not words:
        return None
    return stem(words[-1][0]), words[-1][1]


def _find_numbers(index: int, text: str) -> list[_Found]:
    """Counts and ordinals in one sentence, each with the noun it qualifies.

    key ("number", unit, head stem) or ("ordinal", head stem); value a number. Dates, times, years,
    list numbers, labels ("Article 5"), names ("G7", "COVID-19"), approximate counts ("over 10") and
    ranges are left out.
    """
    found: list[_Found] = []
    first_digit = _DIGIT.search(text)
    has_digit = first_digit is not None
    if has_digit and _LIST_ITEM.match(text):  # a numbered list item
        return found
    words = _lower_words(text)
    present = set(_NUMBER_WORDS.intersection(words))
    if "one" in present and _SCALE_WORDS.isdisjoint(words):
        present.discard("one")  # "one of", "one another": only "one million" counts
    if not (has_digit or present):
        return found
    dates = _date_spans(text) if has_digit else []  # every date written here has a digit
    lead = _LEADING.match(text).end()  # characters before the first word

    def usable(start: int, end: int) -> bool:
        if any(not (end <= a or start >= b) for a, b in dates):
            return False
        if _NOT_A_COUNT_BEFORE.search(text[max(0, start - 24) : start]):
            return False
        if (
            _RANGE_AFTER.match(text, end)
            or _TIME_AFTER.match(text, end)
            or _RANGE_BEFORE.search(text, 0, start)
        ):
            return False
        # A number right after a capitalised word is a label or part of a name ("Resolution 2231").
        window = max(0, start - 40)
        previous = _PREVIOUS_WORD.search(text[window:start])
        return not (previous and previous[1][0].isupper() and window + previous.start(1) > lead)

    # A count starts at most three characters ("US$") before its first digit: the scan starts there,
    # often near the end of the sentence (the pattern's lookbehind still sees what comes before).
    for m in _DIGITS.finditer(text, max(0, first_digit.start() - 3)) if first_digit else ():
        if m["ord"] and (m["cur"] or m["frac"] or m["scale"] or m["pct"] or "," in m["num"]):
            continue
        if text[m.end() :].startswith(")") or text[: m.start()].endswith("("):
            continue
        value = float(m["num"].replace(",", "") + (m["frac"] or ""))
        plain = not (m["cur"] or m["frac"] or m["scale"] or m["pct"] or m["ord"])
        if plain and "," not in m["num"] and 1800 <= value <= 2100:  # a year
            continue
        if not usable(m.start(), m.end()):
            continue
        if m["ord"]:
            head = _head(text, m.end())
            if head and head[0] not in _ORDINAL_TITLE_HEADS:
                found.append(_Found(index, m.start(), head[1], ("ordinal", head[0]), int(value)))
            continue
        value *= _SCALES.get((m["scale"] or "").lower(), 1)
        unit = _CURRENCIES.get(m["cur"] or "", "") + ("%" if m["pct"] else "")
        head = _head(text, m.end(), after_of=bool(m["pct"]), plural=value > 1)
        if head is None and not (m["cur"] or m["pct"]):  # a bare amount or share, compared in matches
            continue
        end = head[1] if head else m.end()
        found.append(_Found(index, m.start(), end, ("number", unit, head[0] if head else ""), value))

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
        kind, value = _SPELLED[lower]
        start, end = m.start(), m.start() + len(lower)
        if kind == "ordinal":
            if any(not (end <= a or start >= b) for a, b in dates):
                continue
            head = _head(text, end)
            run = text[end : head[1]] if head else ""
            if head and not any(stem(w.lower()) in _ORDINAL_TITLE_HEADS for w in _ALPHA_WORD.findall(run)):
                found.append(_Found(index, start, head[1], ("ordinal", head[0]), value))
            continue
        scale = _SCALE_AFTER.match(text, end)
        if lower == "one" and not scale:
            continue  # "one of", "one another", "on one hand"
        if token[0].isupper() and start > lead:
            continue  # a name: "Five Eyes", "Big Three"
        if scale:
            value, end = value * _SCALES[scale[1].lower()], scale.end()
        if not usable(start, end):
            continue
        head = _head(text, end, plural=value > 1)
        if head:
            found.append(_Found(index, start, head[1], ("number", "", head[0]), float(value)))
    return sorted(found, key=lambda f: f.start)


def _cross_statement_number(found: _Found) -> bool:
    """Whether a count may be compared across two whole statements (not only inside a match)."""
    if found.key[0] == "ordinal":
        return found.key[1] not in _TIME_HEADS
    _, unit, head = found.key
    return bool(head) and "%" not in unit and head not in _TIME_HEADS


# --------------------------------------------------------------------------------------------------
# Places: "met in Lakeport", "held ... at the Blue Palace", "visited Rivertown"

_CAP = r"[A-Z][\w’'.-]*"
_PLACE = rf"{_CAP}(?:\s+(?:of\s+|de\s+|del\s+|la\s+)?{_CAP})*(?:,\s+{_CAP}(?:\s+{_CAP})*)?"
# Verbs that say where a meeting was; a visit or a trip also takes "to" ("a visit to Lakeport").
_MEETING_VERBS = _rules(
    ("met meet meets meeting meetings", r"[Mm](?:et|eet(?:s|ings?)?)\b", "meet"),
    ("held hold holds", r"[Hh](?:eld|olds?)\b", "meet"),
    ("hosted host hosts hosting", r"[Hh]ost(?:s|ed|ing)?\b", "meet"),
    ("convened gathered", r"(?:[Cc]onvened|[Gg]athered)\b", "meet"),
    ("place", r"[Tt](?:ook|akes?|aking)\s+place\b", "meet"),
    ("visit visits visited visiting", r"[Vv]isit(?:s|ed|ing)?\b", "visit"),
    ("travelled traveled trip arrived", r"(?:[Tt]ravell?ed|[Tt]rip|[Aa]rrived)\b", "travel"),
)
_PLACE_AFTER = re.compile(rf"(?P<prep>\b(?:in|at|to))\s+(?:the\s+)?(?P<place>{_PLACE})")
_VISITED = re.compile(rf"\s+(?:the\s+)?(?P<place>{_PLACE})")
_NOT_PLACE = frozenset(
    w.lower()
    for w in (
        *MONTHS,
        *WEEKDAYS,
        "capital", "summit", "meeting", "conference", "forum", "session", "dialogue", "talks", "margins",
        "sidelines", "framework", "context", "presence", "occasion", "invitation", "format", "person",
        "president", "prime", "minister", "ministers", "secretary", "chancellor", "king", "queen", "mr",
        "ms", "mrs", "dr", "sir", "his", "her", "their", "ambassador", "premier", "taoiseach", "emperor",
        "foreign", "general", "lady", "majesty", "majesties", "excellency", "h.e.", "envoy",
    )
)  # fmt: skip


def _find_places(index: int, text: str) -> list[_Found]:
    """Where a sentence says a meeting happened: key ("in" or "at", whether it was a visit), value the
    place's stems (aliases applied: "Washington, D.C." and "Washington DC" are the same)."""
    found: list[_Found] = []
    for verb, tag in _triggered(text, _MEETING_VERBS):
        travel = tag != "meet"
        window_end = len(text)
        stop = re.search(r"[,;:]|\.\s", text[verb.end() :])
        if stop:
            window_end = verb.end() + stop.start()
        place = None
        if tag == "visit":
            direct = _VISITED.match(text, verb.end())
            if direct:
                place, prep = direct, "in"
        if place is None:
            for m in _PLACE_AFTER.finditer(text, verb.end()):
                if m.start() >= window_end:
                    break
                if m["prep"] == "to" and not travel:
                    continue
                if len(text[verb.end() : m.start()].split()) > 10:
                    break
                place, prep = m, ("at" if m["prep"] == "at" else "in")
                break
        if place is None:
            continue
        start, end = place.start("place"), place.end("place")
        while end > start and text[end - 1] == "." and "." not in text[start : end - 1].split()[-1]:
            end -= 1  # a full stop, not "D.C."
        name = text[start:end]
        words = [w.strip(".,").lower() for w in name.split()]
        if any(w in _NOT_PLACE for w in words):
            continue
        stems = _stems(name)
        if stems:
            found.append(_Found(index, start, end, (prep, travel), stems))
    return found


def _same_place(a: frozenset[str], b: frozenset[str]) -> bool:
    return a <= b or b <= a


# --------------------------------------------------------------------------------------------------
# Participants: who co-chaired, led or made up a delegation

_BODY_NOUNS = frozenset((
    "department", "ministry", "office", "agency", "embassy", "consulate", "commission", "council",
    "bureau", "service", "secretariat", "directorate", "customs", "police", "prosecutor", "court",
    "committee", "authority", "administration", "force", "guard", "institute", "bank", "cabinet",
    "chancellery", "presidency", "mission", "command", "staff", "corps", "division", "unit", "center",
    "centre", "board", "treasury", "pentagon", "parliament", "senate", "congress", "assembly"
))  # fmt: skip
_BODY_PLURALS = {
    "departments": "Department", "ministries": "Ministry", "offices": "Office", "agencies": "Agency",
    "embassies": "Embassy", "commissions": "Commission", "councils": "Council", "services": "Service",
    "committees": "Committee", "authorities": "Authority", "forces": "Force", "bureaus": "Bureau",
}  # fmt: skip
_TITLES = frozenset((
    "secretary", "minister", "director", "deputy", "assistant", "ambassador", "adviser", "advisor",
    "president", "chancellor", "spokesperson", "spokesman", "chief", "head", "envoy", "acting", "mr",
    "ms", "mrs", "dr", "sir", "h.e.", "undersecretary", "under-secretary", "commissioner", "governor",
    "senator", "representative"
))  # fmt: skip
_SIDE = r"(?P<side>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)"
_SIDE_NOUN = r"(?i:delegations?|side|party|team)"
_LEAD = r"(?:co-?chaired|chaired|co-?led|led|headed)"
_MEMBERS = r"(?:made\s+up|composed|comprised|consisted|formed|included)"
_WHO = (
    r"(?:(?:(?:senior|high-level)\s+)?"
    r"(?:representatives|officials|members|officers|experts|delegates)\s+(?:of|from)\s+)?"
)
_DESCRIBED = (
    re.compile(
        rf"\b{_SIDE}\s+{_SIDE_NOUN}\s+(?i:(?:was|were|is|are|has\s+been|had\s+been)\s+)?"
        rf"(?i:(?P<rel>{_LEAD}|{_MEMBERS}))\s+(?i:(?:of|by)\s+)?(?i:by\s+)?(?i:{_WHO})(?P<list>.+)$"
    ),
    re.compile(
        rf"\b{_SIDE_NOUN}\s+(?:of|from)\s+(?:the\s+)?{_SIDE}\s+(?i:(?:was|were|is|are)\s+)?"
        rf"(?i:(?P<rel>{_LEAD}|{_MEMBERS}))\s+(?i:(?:of|by)\s+)?(?i:by\s+)?(?i:{_WHO})(?P<list>.+)$"
    ),
)
_SUBJECT = re.compile(
    rf"^(?P<list>.+?)\s+(?P<also>also\s+)?(?i:(?P<rel>{_LEAD}|participated|took\s+part))\b(?P<rest>.*)$"
)
_SIDE_IN_REST = (
    re.compile(rf"\b(?:the\s+)?{_SIDE}\s+{_SIDE_NOUN}\b"),
    re.compile(rf"\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?{_SIDE}\s*[.]?\s*$"),
)
_PARTICIPANT_HINTS = frozenset((
    "chaired", "led", "headed", "made", "composed", "comprised", "consisted", "formed", "included",
    "participated", "took",
))  # fmt: skip
# Every pattern above names the side: "the Sylvanian delegation", "for Sylvania", "on behalf of".
_SIDE_HINTS = frozenset({"delegation", "delegations", "side", "party", "team", "for", "behalf"})
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s*;\s*|\s+and\s+")
_WHO_PREFIX = re.compile(rf"^(?i:{_WHO})")
_ARTICLE = re.compile(r"(?i:^(?:the|also|both)\s+)")
_SIDE_NAMES = {"american": "us", "americans": "us"}


def _side_key(side: str) -> str | None:
    tokens = [t.surface.lower() for t in tokenize(side) if not t.stop]
    return _SIDE_NAMES.get(tokens[0], tokens[0]) if tokens else None


def _same_side(a: str, b: str) -> bool:
    if a == b:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return min(len(a), len(b)) >= 4 and n >= min(len(a), len(b), 5)


def _bodies(text: str, offset: int) -> tuple[tuple[frozenset[str], ...], int, int] | None:
    """The named bodies of a list ("the Departments of State, Homeland Security, and Justice"), each as
    a set of stems, with the list's span; None unless every item names a body (not a person)."""
    stripped = text.rstrip(" .;")
    start = len(stripped) - len(stripped.lstrip())
    items = [item for item in _ITEM_SPLIT.split(stripped.strip()) if item]
    if not items or len(items) > 12:
        return None
    bodies: list[str] = []
    distribute: str | None = None
    for raw in items:
        item = _ARTICLE.sub("", _WHO_PREFIX.sub("", _ARTICLE.sub("", raw.strip())))
        words = item.split()
        if not words or not words[0][:1].isupper() or len(words) > 8:
            return None
        head_part = re.split(r"\s+(?:of|for|in|on)\s+", item, maxsplit=1)[0]
        head = head_part.split()[-1].lower().replace("’", "'").removesuffix("'s").strip(",.")
        last = words[-1].lower().strip(",.")
        lowered = {w.lower().strip(",.").replace("’", "'").removesuffix("'s") for w in words}
        if lowered & _TITLES and last not in _BODY_NOUNS:
            return None
        if head in _BODY_PLURALS and " of " in item:
            distribute = _BODY_PLURALS[head]
            bodies.append(distribute + item[len(head_part) :])
        elif head in _BODY_NOUNS:
            distribute = None
            bodies.append(item)
        elif distribute:
            bodies.append(f"{distribute} of {item}")
        elif bodies:
            bodies[-1] += " and " + item  # "Ministry of Trade and Industry"
        else:
            return None
    keys = tuple(_stems(b) - {"the"} for b in bodies)
    if not all(keys):
        return None
    return keys, offset + start, offset + len(stripped)


def _find_participants(index: int, text: str) -> list[_Found]:
    """Lists of bodies said to lead or make up one side's delegation: key (side, "lead" or "members"),
    value the tuple of bodies."""
    found: list[_Found] = []
    words = _lower_words(text)
    if _PARTICIPANT_HINTS.isdisjoint(words) or _SIDE_HINTS.isdisjoint(words):
        return found
    for pattern in _DESCRIBED:
        m = pattern.search(text)
        if m:
            side = _side_key(m["side"])
            bodies = _bodies(m["list"], m.start("list"))
            rel = "lead" if re.fullmatch(_LEAD, m["rel"], re.IGNORECASE) else "members"
            if side and bodies:
                found.append(_Found(index, bodies[1], bodies[2], (side, rel), bodies[0]))
            return found
    m = _SUBJECT.match(text)
    if m and not m["also"]:
        for pattern in _SIDE_IN_REST:
            side_match = pattern.search(m["rest"])
            if side_match:
                side = _side_key(side_match["side"])
                bodies = _bodies(m["list"], m.start("list"))
                rel = "lead" if re.fullmatch(_LEAD, m["rel"], re.IGNORECASE) else "members"
                if side and bodies:
                    found.append(_Found(index, bodies[1], bodies[2], (side, rel), bodies[0]))
                break
    return found


def _covers(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> bool:
    """Every body of ``a`` is named in ``b`` (one's words within the other's)."""
    return all(any(x <= y or y <= x for y in b) for x in a)


def _participants_differ(a: _Found, b: _Found) -> bool:
    left_in_right, right_in_left = _covers(a.value, b.value), _covers(b.value, a.value)
    if a.key[1] == b.key[1] == "lead":
        return not (left_in_right and right_in_left)
    # Who led and who made up a delegation, or two lists that need not be complete: only disjoint
    # claims conflict (each names a body the other leaves out).
    return not (left_in_right or right_in_left)


# --------------------------------------------------------------------------------------------------
# Agreement: one side says the parties agreed, the other only that they discussed

_NEGATION = re.compile(r"(?i:\b(?:not|no|never|failed|unable|without|nor)\b\W*(?:\w+\W+){0,2}$|n['’]t\s*$)")
_REACHED = (
    r"(?:[Rr]eached|[Aa]chieved|[Aa]rrived\s+at|[Cc]ame\s+to|[Ff]ound|[Ff]orged|[Bb]uilt)\s+(?:an?\s+)?"
    r"(?:broad\s+|general\s+|full\s+|important\s+)?(?:agreement|consensus|understanding)\b"
)
# What says the parties agreed, and what says they only talked.
_AGREED = _rules(
    (
        "agree agreed agrees",
        r"[Aa]gree[sd]?(?=\s+(?:to|that|on|upon|with|the|a|an|how|in\s+principle|further|new)\b|,)",
        "agreed",
    ),
    ("agreement consensus understanding", _REACHED, "agreed"),
    ("consensus", r"[Tt]here\s+(?:was|is)\s+(?:a\s+)?(?:broad\s+|general\s+)?consensus\b", "agreed"),
    ("consensus", r"(?<!international\s)(?<!global\s)[Cc]onsensus(?=\s+(?:on|that|to)\b)", "agreed"),
    ("agreement", r"[Ii]n\s+(?:full\s+|broad\s+)?agreement\b", "agreed"),
    (
        "signed",
        r"[Ss]igned(?=\s+(?:a|an|the|two|three|several|\d|agreements?|memorand\w*|MoUs?|deals?)\b)",
        "agreed",
    ),
    ("decided", r"[Dd]ecided(?=\s+(?:to|that|on)\b)", "agreed"),
    ("committed", r"[Cc]ommitted(?=\s+to\b)", "agreed"),
    (
        "discuss discussed discusses discussing discussion discussions",
        r"[Dd]iscuss(?:ed|es|ing|ions?)?\b",
        "discussed",
    ),
    ("exchange exchanged exchanges", r"[Ee]xchange[sd]?\s+(?:of\s+)?(?:views|opinions|ideas)\b", "discussed"),
    ("reviewed reviewing", r"[Rr]eview(?:ed|ing)\b", "discussed"),
    ("talked spoke", r"(?:[Tt]alked|[Ss]poke)\s+about\b", "discussed"),
    ("explored", r"[Ee]xplored\b", "discussed"),
    ("touched", r"[Tt]ouched\s+(?:on|upon)\b", "discussed"),
)
_STANCE_BEFORE = re.compile(
    r"(?i:\b(?:is|are|was|were|be|been|being|remain|remains|remained|fully|deeply|strongly|firmly|steadfastly"
    r"|long|as|the|an?|previously|already)\s*$)"
)
_SINGLE_VERBS = frozenset({"agreed", "agree", "agrees", "signed", "decided", "committed"})


def _find_agreement(index: int, text: str) -> tuple[list[_Found], list[_Found]]:
    """Where a sentence says the parties agreed (not negated, not an adjective or a stance such as "the
    agreed text" or "remain committed"), and where it says they discussed."""
    agreed: list[_Found] = []
    discussed: list[_Found] = []
    for m, tag in _triggered(text, _AGREED):
        words = m.group()
        if tag == "discussed":
            discussed.append(_Found(index, m.start(), m.end(), (tag,), words.lower()))
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        if _NEGATION.search(before) or any(f.start <= m.start() < f.end for f in agreed):
            continue
        if words.lower() in _SINGLE_VERBS and _STANCE_BEFORE.search(before):
            continue
        agreed.append(_Found(index, m.start(), m.end(), (tag,), words.lower()))
    return agreed, discussed


# --------------------------------------------------------------------------------------------------
# Comparing


class _Facts:
    """What one statement's sentences say, found once per sentence and only when asked for."""

    def __init__(self, statement: Statement) -> None:
        self.statement = statement
        self._cache: dict[tuple[object, int], object] = {}
        self._words: frozenset[str] | None = None
        self._stems: frozenset[str] | None = None

    def get(self, find, index: int):
        key = (find, index)
        found = self._cache.get(key)
        if found is None:  # not yet found: a find returns a list or a pair of lists, never None
            found = self._cache[key] = find(index, self.statement.sentences[index].text)
        return found

    def group(self, find, indices: Iterable[int]) -> list[_Found]:
        return [f for i in indices for f in self.get(find, i)]

    def all(self, find) -> list[_Found]:
        return self.group(find, range(len(self.statement.sentences)))

    @property
    def words(self) -> frozenset[str]:
        """Every word of the statement, lower-cased, its header place and title included."""
        if self._words is None:
            self._words = frozenset(_WORD.findall("\n".join(self._texts()).lower()))
        return self._words

    def names(self, place: str) -> bool:
        """Whether the statement names ``place`` anywhere (written as it is, or another way of writing
        an alias such as "U.S." for "United States", checked sentence by sentence only then)."""
        if frozenset(_WORD.findall(place.lower())) - STOPWORDS <= self.words:
            return True
        if apply_aliases(place) == place:
            return False
        if self._stems is None:
            self._stems = frozenset(w for t in self._texts() for w in _stems(t))
        return _stems(place) <= self._stems

    def _texts(self) -> list[str]:
        header = self.statement.header
        return [s.text for s in self.statement.sentences] + [t for t in (header.place, header.title) if t]

    def text(self, found: _Found) -> str:
        return self.statement.sentences[found.sentence].text[found.start : found.end]


def _by_key(found: Iterable[_Found]) -> dict[tuple, list[_Found]]:
    out: dict[tuple, list[_Found]] = {}
    for f in found:
        out.setdefault(f.key, []).append(f)
    return out


def _date_conflicts(left: _Facts, right: _Facts, match: Match) -> list[Conflict]:
    out = []
    left_dates = _by_key(left.group(_find_dates, match.left))
    right_dates = _by_key(right.group(_find_dates, match.right))
    for key in sorted(left_dates.keys() & right_dates.keys()):
        a_list, b_list = left_dates[key], right_dates[key]
        verdicts = [_dates_agree(a.value, b.value) for a in a_list for b in b_list]
        # One date on each side (however often repeated), and they clash on a field both give.
        if any(verdicts) or len({a.value for a in a_list}) != 1 or len({b.value for b in b_list}) != 1:
            continue
        if verdicts[0] is False:
            out.append(_conflict("date", "match", left, right, a_list[0], b_list[0]))
    return out


def _number_conflicts(left: _Facts, right: _Facts, matches: Sequence[Match]) -> list[Conflict]:
    out: list[Conflict] = []
    left_all, right_all = _by_key(left.all(_find_numbers)), _by_key(right.all(_find_numbers))
    left_values = {key: {f.value for f in found} for key, found in left_all.items()}
    right_values = {key: {f.value for f in found} for key, found in right_all.items()}

    def differ(key: tuple) -> bool:
        # Neither statement also uses the other's value for this noun anywhere.
        return left_values[key].isdisjoint(right_values[key])

    flagged: set[tuple] = set()
    for match in matches:
        left_found = _by_key(left.group(_find_numbers, match.left))
        right_found = _by_key(right.group(_find_numbers, match.right))
        for key in sorted(left_found.keys() & right_found.keys(), key=repr):
            if key not in flagged and differ(key):
                flagged.add(key)
                out.append(_conflict(key[0], "match", left, right, left_found[key][0], right_found[key][0]))
    # Across the whole statements: the same noun counted differently, indexed by (kind, unit, noun).
    for key in sorted(left_all.keys() & right_all.keys(), key=repr):
        if key not in flagged and _cross_statement_number(left_all[key][0]) and differ(key):
            out.append(_conflict(key[0], "statements", left, right, left_all[key][0], right_all[key][0]))
    return out


def _place_conflicts(left: _Facts, right: _Facts, matches: Sequence[Match]) -> list[Conflict]:
    out: list[Conflict] = []

    def differ(a: _Found, b: _Found) -> bool:
        # A place the other statement names anyway (the country of a city, say) is not contradicted.
        if _same_place(a.value, b.value):
            return False
        return not right.names(left.text(a)) and not left.names(right.text(b))

    for match in matches:
        left_found, right_found = left.group(_find_places, match.left), right.group(_find_places, match.right)
        for prep in ("in", "at"):
            a_list = [f for f in left_found if f.key[0] == prep]
            b_list = [f for f in right_found if f.key[0] == prep]
            if a_list and b_list and all(differ(a, b) for a in a_list for b in b_list):
                out.append(_conflict("place", "match", left, right, a_list[0], b_list[0]))
    if out:
        return out
    # Across the whole statements: where the meeting took place, when each says it one way.
    left_all = [f for f in left.all(_find_places) if f.key == ("in", False)]
    right_all = [f for f in right.all(_find_places) if f.key == ("in", False)]
    one_each = len({f.value for f in left_all}) == len({f.value for f in right_all}) == 1
    if left_all and right_all and one_each and differ(left_all[0], right_all[0]):
        out.append(_conflict("place", "statements", left, right, left_all[0], right_all[0]))
    return out


def _participant_conflicts(left: _Facts, right: _Facts, matches: Sequence[Match]) -> list[Conflict]:
    out: list[Conflict] = []
    flagged_sides: set[str] = set()
    for match in matches:
        for a in left.group(_find_participants, match.left):
            for b in right.group(_find_participants, match.right):
                if _same_side(a.key[0], b.key[0]) and _participants_differ(a, b):
                    flagged_sides.add(a.key[0])
                    out.append(_participant_conflict("match", left, right, a, b))
    # Across the whole statements, once per side: when no list one statement gives for that side
    # agrees with any list the other gives (a few distinct lists per side at most are compared).
    right_by_side: dict[str, list[_Found]] = {}
    for b in right.all(_find_participants):
        right_by_side.setdefault(b.key[0][:4], []).append(b)
    left_by_side: dict[str, list[_Found]] = {}
    for a in left.all(_find_participants):
        if a.key[0] not in flagged_sides:
            left_by_side.setdefault(a.key[0], []).append(a)
    for side, left_lists in left_by_side.items():
        right_lists = [b for b in right_by_side.get(side[:4], []) if _same_side(side, b.key[0])]
        left_lists, right_lists = _distinct(left_lists), _distinct(right_lists)
        if right_lists and all(_participants_differ(a, b) for a in left_lists for b in right_lists):
            out.append(_participant_conflict("statements", left, right, left_lists[0], right_lists[0]))
    return out


def _distinct(lists: list[_Found], limit: int = 16) -> list[_Found]:
    """The first list of each distinct (relation, bodies), at most ``limit`` of them."""
    seen: dict[tuple, _Found] = {}
    for f in lists:
        seen.setdefault((f.key[1], f.value), f)
    return list(seen.values())[:limit]


def _participant_conflict(scope: str, left: _Facts, right: _Facts, a: _Found, b: _Found) -> Conflict:
    return _conflict("participant", scope, left, right, a, b, f"{a.key[0]} side")


def _agreement_conflicts(left: _Facts, right: _Facts, match: Match) -> list[Conflict]:
    left_found = [left.get(_find_agreement, i) for i in match.left]
    right_found = [right.get(_find_agreement, j) for j in match.right]
    left_agreed = [f for agreed, _ in left_found for f in agreed]
    left_discussed = [f for _, discussed in left_found for f in discussed]
    right_agreed = [f for agreed, _ in right_found for f in agreed]
    right_discussed = [f for _, discussed in right_found for f in discussed]
    if left_agreed and not right_agreed and right_discussed:
        return [_conflict("agreement", "match", left, right, left_agreed[0], right_discussed[0])]
    if right_agreed and not left_agreed and left_discussed:
        return [_conflict("agreement", "match", left, right, left_discussed[0], right_agreed[0])]
    return []


def find_conflicts(left: Statement, right: Statement, matches: tuple[Match, ...]) -> tuple[Conflict, ...]:
    """Facts ``left`` and ``right`` state differently: inside matched sentences (scope "match") and,
    for counts, ordinals, participants and the meeting place, across the whole statements.

    Sorted by the left mention's start, then the right's; the same input gives the same output.
    """
    left_facts, right_facts = _Facts(left), _Facts(right)
    found: list[Conflict] = []
    for match in matches:
        found += _date_conflicts(left_facts, right_facts, match)
        found += _agreement_conflicts(left_facts, right_facts, match)
    found += _number_conflicts(left_facts, right_facts, matches)
    found += _place_conflicts(left_facts, right_facts, matches)
    found += _participant_conflicts(left_facts, right_facts, matches)
    unique = {
        (c.left.start, c.right.start, c.kind, c.scope, c.left.end, c.right.end, c.detail): c for c in found
    }
    return tuple(unique[k] for k in sorted(unique))
