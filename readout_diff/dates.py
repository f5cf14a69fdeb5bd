"""Find dates written the ways readouts write them and normalise them to ``datetime.date``."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"

_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<month>[01]?\d)-{_DAY}\b"),
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    # Day-first numeric dates with dots or slashes, as most of the world writes them.
    re.compile(rf"\b{_DAY}[./](?P<month>[01]?\d)[./]{_YEAR}\b"),
    re.compile(rf"\b{_YEAR}\s*年\s*(?P<month>[01]?\d)\s*月\s*{_DAY}\s*日"),
]
# A day and a month without a year, as datelines write them ("TOKYO, May 3 (...) -", "3 MAY -").
_DAY_MONTH = re.compile(
    rf"\b{_WEEKDAY}(?:{_DAY}\s+(?:of\s+)?{_MONTH}"
    rf"|{_MONTH.replace('month', 'month2')}\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)(?![\w.])",
    re.I,
)
# Every pattern names the year in full: text without one (most lines) needs no closer look.
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first valid date in ``text`` with its span, or None."""
    if not _ANY_YEAR.search(text):
        return None
    best: tuple[dt.date, int, int] | None = None
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            month = m["month"].lower().rstrip(".")
            month_no = _MONTHS.get(month) or (int(month) if month.isdigit() else 0)
            try:
                date = dt.date(int(m["year"]), month_no, int(m["day"]))
            except ValueError:
                continue
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
        month = _MONTHS[(m["month"] or m["month2"]).lower().rstrip(".")]
        day = int(m["day"] or m["day2"])
        try:
            dt.date(2000, month, day)  # a leap year: 29 February is a valid day without a year
        except ValueError:
            continue
        return (month, day), m.start(), m.end()
    return None
