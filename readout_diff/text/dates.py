"""Find dates written the ways readouts write them: in header lines, and in the sentences of a body.

One grammar, two readings. Both share the names of months and weekdays, how a day, a month and a year
are written and when a day is valid. Header lines are read case-blind, year required unless asked for
("3 MAY 2024", "TOKYO, May 3 -"): they hold little else. Sentences are read with month and weekday
names capitalised, since running text says "may" and "march" as words ("the ministers may meet"), and a
date there may leave out its year or be a weekday or a year alone ("on Friday", "since 2015").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import NamedTuple

#: Month names and abbreviations (lower case) and the month each names.
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
#: Month names of the languages whose pages analysts paste beside an English text (German, French,
#: Spanish, Portuguese, Italian, Dutch, Indonesian), accented and not, and the month each names (those
#: written as in English are read by the English patterns). Read in
#: a header's date only, between a day and a year ("4. Mai 2026", "martes, 12 de mayo de 2026"): alone
#: several are words ("mars", "mei").
FOREIGN_MONTHS = {
    **dict.fromkeys(("januar", "jänner", "janvier", "enero", "janeiro", "gennaio", "januari"), 1),
    **dict.fromkeys(("februar", "février", "fevrier", "febrero", "fevereiro", "febbraio", "februari"), 2),
    **dict.fromkeys(("märz", "maerz", "mars", "marzo", "março", "marco", "maart", "maret"), 3),
    **dict.fromkeys(("avril", "abril", "aprile"), 4),
    **dict.fromkeys(("mai", "mayo", "maio", "maggio", "mei"), 5),
    **dict.fromkeys(("juni", "juin", "junio", "junho", "giugno"), 6),
    **dict.fromkeys(("juli", "juillet", "julio", "julho", "luglio"), 7),
    **dict.fromkeys(("août", "aout", "agosto", "augustus", "agustus"), 8),
    **dict.fromkeys(("septembre", "septiembre", "setiembre", "setembro", "settembre"), 9),
    **dict.fromkeys(("oktober", "octobre", "octubre", "outubro", "ottobre"), 10),
    **dict.fromkeys(("novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(
        ("dezember", "décembre", "decembre", "diciembre", "dezembro", "dicembre", "desember"), 12
    ),
}
_FOREIGN_WEEKDAYS = (
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi"
    " dimanche lunes martes miércoles miercoles jueves viernes sábado sabado domingo segunda-feira"
    " terça-feira terca-feira quarta-feira quinta-feira sexta-feira lunedì lunedi martedì martedi mercoledì"
    " mercoledi giovedì giovedi venerdì venerdi sabato domenica maandag dinsdag woensdag donderdag vrijdag"
    " zaterdag zondag senin selasa rabu kamis jumat sabtu minggu"
).split()
#: Weekday names (lower case), Monday first: a weekday's number is its index (``date.weekday()``).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A date without a year is checked in a leap year: 29 February is a valid day when no year is given.
_LEAP_YEAR = 2000


def _alternatives(names: Iterable[str]) -> str:
    """A regex alternation of ``names``, longest first, so that "Sept" is tried before "Sep"."""
    return "|".join(sorted(names, key=len, reverse=True))


def _is_day(year: int | None, month: int, day: int) -> bool:
    """Whether ``day`` of ``month`` is a calendar day (in ``year``, or in any year when it is None)."""
    try:
        dt.date(year or _LEAP_YEAR, month, day)
    except ValueError:
        return False
    return True


def _month_number(written: str) -> int:
    """The month a name or a number stands for; 0 when it names none."""
    name = written.lower().rstrip(".")
    return MONTHS.get(name) or FOREIGN_MONTHS.get(name) or (int(written) if written.isdigit() else 0)


_YEAR_DIGITS = r"(?:19|20)\d\d"
_DAY_DIGITS = r"[0-3]?\d"
_DAY_SUFFIX = r"(?:st|nd|rd|th)?"

# --------------------------------------------------------------------------------------------------
# Header lines: case-blind, a weekday written before the date is skipped over.

_MONTH = rf"(?P<month>{_alternatives(MONTHS)})\.?"
_DAY = rf"(?P<day>{_DAY_DIGITS}){_DAY_SUFFIX}"
_YEAR = rf"(?P<year>{_YEAR_DIGITS})"
# Weekdays in full, or as pages abbreviate them at a line's start or after a comma ("Mon 12 May 2025",
# "Rome, Wed 9 October 2024"; elsewhere "Sun" and "Sat" may be a name or a word: "Minister Sun, 12 May").
_WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
_WEEKDAY = (
    rf"(?:(?:{_alternatives(WEEKDAYS)}),?\s+"
    rf"|(?:^|(?<=,\s))(?:{_alternatives(_WEEKDAY_ABBREVIATIONS)})\.?,?\s+)?"
)

# Where another language's date may open: the line's start, perhaps after a weekday in that language, or
# right after a comma, colon, bracket or separator.
_FOREIGN_OPENING = (
    rf"(?:^\s*(?:(?:{_alternatives(_FOREIGN_WEEKDAYS)}),?\s+)?|(?<=[,:;(|·•–—]\s)|(?<=[,:;(|·•–—]))"
)

_PATTERNS = [
    # ISO, perhaps a timestamp ("2024-10-09T15:00:00+02:00", taken whole)
    re.compile(
        rf"\b{_WEEKDAY}{_YEAR}-(?P<month>[01]?\d)-{_DAY}"
        r"(?:\b|T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?(?![\w:+-]))",
        re.I,
    ),
    # "12 May 2025", "12th of May, 2025", "12-May-2025"
    re.compile(rf"\b{_WEEKDAY}{_DAY}(?:\s+(?:of\s+)?|-){_MONTH},?(?:\s+|-){_YEAR}\b", re.I),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    # Day-first numeric dates with dots, slashes or dashes, as most of the world writes them.
    re.compile(rf"\b{_WEEKDAY}{_DAY}(?P<sep>[./-])(?P<month>[01]?\d)(?P=sep){_YEAR}\b", re.I),
    # Year-first with dots or slashes, as East Asian pages write them ("2024.6.5", "2024/06/05").
    re.compile(rf"\b{_WEEKDAY}{_YEAR}(?P<sep>[./])(?P<month>[01]?\d)(?P=sep){_DAY}(?![\w.]?\d)", re.I),
    re.compile(rf"\b{_YEAR}\s*年\s*(?P<month>[01]?\d)\s*月\s*{_DAY}\s*日"),
    # Another language's date ("4. Mai 2026", "martes, 12 de mayo de 2026", "12 maggio 2026"): opening
    # the line (after its weekday) or after a comma, a colon or a separator, never after a word ("Avenida
    # 18 de Julio 1925", "Phase 2 Mars 2030 Talks"); with "de" before the month, "de" before the year too
    # ("Rua 7 de Setembro 1987" is an address).
    re.compile(
        rf"{_FOREIGN_OPENING}{_DAY}\s+de\s+(?P<month>{_alternatives(FOREIGN_MONTHS)}),?\s+del?\s+{_YEAR}\b",
        re.I,
    ),
    re.compile(
        rf"{_FOREIGN_OPENING}{_DAY}\.?\s+(?P<month>{_alternatives(FOREIGN_MONTHS)})\.?,?\s+{_YEAR}\b", re.I
    ),
]
# A day and a month without a year, as datelines write them ("TOKYO, May 3 (...) -", "3 MAY -").
_DAY_MONTH = re.compile(
    rf"\b{_WEEKDAY}(?:{_DAY}\s+(?:of\s+)?{_MONTH}"
    rf"|{_MONTH.replace('month', 'month2')}\s+(?P<day2>{_DAY_DIGITS}){_DAY_SUFFIX})(?![\w.])",
    re.I,
)
# Every pattern names the year in full: text without one (most lines) needs no closer look.
_ANY_YEAR = re.compile(_YEAR_DIGITS)
# A year standing as a word ("2024", not "120245").
_YEAR_WORD = re.compile(rf"\b{_YEAR_DIGITS}\b")


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first valid date in ``text`` with its span, or None."""
    if not _ANY_YEAR.search(text):
        return None
    best: tuple[dt.date, int, int] | None = None
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            try:
                date = dt.date(int(m["year"]), _month_number(m["month"]), int(m["day"]))
            except ValueError:
                # A numeric date that is no day-first date may be month-first, as US pages write it
                # ("6/13/2024"); only then, so that "5/6/2024" stays 5 June.
                numeric = m["month"].isdigit() and m["day"].isdigit()
                if not (numeric and _is_day(int(m["year"]), int(m["day"]), int(m["month"]))):
                    continue
                date = dt.date(int(m["year"]), int(m["day"]), int(m["month"]))
            if best is None or m.start() < best[1]:
                best = (date, m.start(), m.end())
            break
    return best


def find_day_month(text: str) -> tuple[tuple[int, int], int, int] | None:
    """The first valid (month, day) written without a year in ``text``, with its span, or None.

    A dateline may leave the year out ("TOKYO, May 3 (...) -"); which year it means is the caller's
    decision, so no year is guessed here.
    """
    for m in _DAY_MONTH.finditer(text):
        month = _month_number(m["month"] or m["month2"])
        day = int(m["day"] or m["day2"])
        if _is_day(None, month, day):
            return (month, day), m.start(), m.end()
    return None


def find_years(text: str) -> list[int]:
    """Every year (1900 to 2099) ``text`` writes as a word of its own, in order."""
    return [int(year) for year in _YEAR_WORD.findall(text)]


# --------------------------------------------------------------------------------------------------
# Sentences: names capitalised; a year, a weekday, or a weekday alone may be all that is written.


class WrittenDate(NamedTuple):
    """A date as a sentence writes it, any field of it left out: "7 March" has no year, "on Friday"
    only a weekday, "since 2015" only a year. ``start``/``end`` index the sentence.

    ``lead`` is the lower-cased word introducing a year written alone ("since", "in", "from", "until",
    "by"), None for every other date: "since 2015" and "in 2015" say different things.
    """

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    #: 0 for Monday to 6 for Sunday, as ``datetime.date.weekday``.
    weekday: int | None = None
    lead: str | None = None

    @property
    def fields(self) -> tuple[int | None, int | None, int | None, int | None]:
        """(year, month, day, weekday), each None when not written."""
        return self.year, self.month, self.day, self.weekday


_CAPITALISED_WEEKDAYS = _alternatives(w.capitalize() for w in WEEKDAYS)
_SENTENCE_MONTH = rf"(?P<month>{_alternatives(m.capitalize() for m in MONTHS)})\b\.?"
_SENTENCE_DAY = rf"(?P<day>{_DAY_DIGITS}){_DAY_SUFFIX}\b"
_OPTIONAL_YEAR = rf"(?:,?\s+(?P<year>{_YEAR_DIGITS})\b)?"
# An ISO date ("2025-03-07"), tried only on text with a hyphen; month and day in two digits each.
_ISO_DATE = re.compile(rf"\b(?P<year>{_YEAR_DIGITS})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
# "7 March", "7th of March 2025"; "March 7", "March 7, 2025".
_NAMED_MONTH_DATES = (
    re.compile(rf"\b{_SENTENCE_DAY}\s+(?:of\s+)?{_SENTENCE_MONTH}{_OPTIONAL_YEAR}"),
    re.compile(rf"\b{_SENTENCE_MONTH}\s+{_SENTENCE_DAY}{_OPTIONAL_YEAR}"),
)
# A weekday written just before a date ("Friday, September 15"), looked for only there.
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<weekday>{_CAPITALISED_WEEKDAYS}),?\s+(?:the\s+)?$")
# How far before a date its weekday may start: "Wednesday, the " is 15 characters.
_WEEKDAY_REACH = 16
_LONE_WEEKDAY = re.compile(rf"\b(?P<weekday>{_CAPITALISED_WEEKDAYS})\b")
# A year introduced by a preposition ("since 2015", "in 2019"), not a range's first year ("2019-2021").
_INTRODUCED_YEAR = re.compile(
    rf"\b(?P<lead>[Ss]ince|[Ii]n|[Ff]rom|[Uu]ntil|[Bb]y)\s+(?P<year>{_YEAR_DIGITS})\b(?![-–/]\d)"
)
# Cheap tests before the patterns: every date above holds a digit, a month's first three letters or
# a weekday (every weekday ends in "day").
_HAS_DIGIT = re.compile(r"\d")
_MONTH_HINT = re.compile(_alternatives({m[:3].capitalize() for m in MONTHS}))
_WEEKDAY_HINT = re.compile(_CAPITALISED_WEEKDAYS)


def find_sentence_dates(text: str) -> tuple[WrittenDate, ...]:
    """The dates one sentence writes, in text order and never overlapping: calendar dates (a weekday
    written before one taken in), weekdays alone, and years introduced by a preposition."""
    has_digit, has_day = _HAS_DIGIT.search(text) is not None, "day" in text
    if not (has_digit or has_day):
        return ()
    found: list[WrittenDate] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    patterns = _NAMED_MONTH_DATES if has_digit and _MONTH_HINT.search(text) else ()
    if has_digit and "-" in text:
        patterns = (_ISO_DATE, *patterns)
    for pattern in patterns:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            month, day = _month_number(m["month"]), int(m["day"])
            year = int(m["year"]) if m["year"] else None
            if not _is_day(year, month, day):
                continue
            start, weekday = m.start(), None
            before = _WEEKDAY_BEFORE.search(text, max(0, start - _WEEKDAY_REACH), start) if has_day else None
            if before:
                start, weekday = before.start(), WEEKDAYS.index(before["weekday"].lower())
            taken.append((start, m.end()))
            found.append(WrittenDate(start, m.end(), year, month, day, weekday))
    if has_day and _WEEKDAY_HINT.search(text):
        for m in _LONE_WEEKDAY.finditer(text):
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                found.append(WrittenDate(m.start(), m.end(), weekday=WEEKDAYS.index(m["weekday"].lower())))
    for m in _INTRODUCED_YEAR.finditer(text) if has_digit else ():
        if free(m.start("year"), m.end("year")):
            taken.append((m.start(), m.end()))
            found.append(WrittenDate(m.start(), m.end(), year=int(m["year"]), lead=m["lead"].lower()))
    return tuple(sorted(found, key=lambda date: (date.start, date.end)))  # spans never overlap
