"""Find the statements in a seed file: header blocks and source lines scored from what their lines hold.

A seed file holds one meeting: an optional headline, then two or more statements, each introduced by a
header block of short lines (issuer, place, date, title, office) and running until the next one, or
closed by a source line naming its issuer ("— Source: Ministry of X, 3 May 2024"). No layout is
hard-wired. Every line gets features (issuer words, a date, a field key, heading markup, length, final
punctuation, past-tense verbs, and the fields one short line may hold at once: see ``headerline``); a
line that holds an issuer anchors a candidate block, the block grows over the header lines around it
(a dateline opening the first paragraph included), and candidates that score high enough become
statements. A source line after a body closes its statement and names its issuer when no header did.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..errors import LoadError
from ..model import Document, Header, Sentence, Statement
from ..text.aliases import builtin_aliases
from ..text.countries import country_names, region_names
from ..text.dates import find_date, find_years
from ..text.folding import fold
from ..text.normalize import content_stems, country_of
from ..text.segment import split_sentences
from .furniture import (
    BUTTON_LINE,
    CONTACT_HEADING,
    CONTACT_KEY,
    COUNTER,
    DATE_KEYS,
    DATE_KEYS_APART,
    EMAIL,
    KEY_BEFORE_DATE,
    KEYED_FURNITURE,
    LINKS_HEADING,
    NAVIGATION,
    PAGE_LINE,
    PAGE_NUMBER,
    TIME_ANYWHERE,
    TRAILER,
    TRANSLATION_NOTE,
    TYPED_LABEL,
    URL_LINE,
)
from .headerline import (
    CONNECTORS,
    DATELINE_LOOK,
    EMPTY_BRACKETS,
    FIELD_ROLES,
    INSTITUTION_PHRASES,
    INSTITUTION_WORDS,
    ISSUER_SCORE,
    LABEL_WORDS,
    ORGANISATIONS,
    ROLE_PHRASES,
    ROLE_WORDS,
    TIME_OF_DAY,
    WORD,
    LineParts,
    closing_group,
    field_role,
    has_headline_verb,
    is_label,
    is_name,
    is_past_tense,
    is_state_house,
    issuer_score,
    names_event,
    names_office,
    read_dateline,
    read_parts,
    read_source,
    without_span,
)

# Words that name who issues a readout. Multi-word names are matched on the lower-cased line.
_ISSUER_WORDS = INSTITUTION_WORDS | ROLE_WORDS
_ISSUER_PHRASES = INSTITUTION_PHRASES + ROLE_PHRASES
# Words an office line (a sub-unit under the issuer, such as "Office of the Spokesperson") starts with.
_OFFICE_HEADS = frozenset(
    "office bureau department ministry embassy consulate mission spokesperson press media secretariat".split()
)
_FIELD_KEYS = "|".join(sorted(FIELD_ROLES, key=len, reverse=True))
_FIELD = re.compile(rf"^(?P<key>{_FIELD_KEYS})\s*:\s*(?P<value>.*)$", re.I)
# A field's key alone on its line, its value on the next ("From:" / "Ministry of X", "Published" / "3 May
# 2024", as GOV.UK pages are pasted): a header line, read as a label.
_KEY_ALONE = re.compile(rf"(?:{_FIELD_KEYS})\s*:?", re.IGNORECASE)
# A second field on the same line ("Issuer: X | Date: Y"): the line is read part by part instead.
_INLINE_FIELD = re.compile(rf"(?:\||\s[·•;–—-]+)\s*(?:{_FIELD_KEYS})\s*:", re.I)
_ISSUER_KEYS = "|".join(sorted((k for k, r in FIELD_ROLES.items() if r == "issuer"), key=len, reverse=True))
_ISSUER_FIELD = re.compile(rf"(?:^|\||\s[·•;–—-]+)\s*(?:{_ISSUER_KEYS})\s*:", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*(?:[-*_=~#+]\s*){3,}$")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_EMPHASIS = re.compile(r"^\s*(\*\*|__|\*|_)(.+?)\1\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•‣◦▪–]|\d{1,3}[.)])\s+")
_ENUMERATED = re.compile(r"(?:\d{1,2}[.)]|\(\d{1,2}\)|[A-H][.)]|[IVX]{1,4}[.)])\s+(?P<rest>\S.*)")
_TERMINAL = re.compile(r"[.!?;:。！？][\"'”’)\]]*$")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$|\b(?:Inc|Jr|Sr|Co|Ltd|St)\.$")
# Signs that a short line may hold several header fields: a separator, a bracket, "by"/"from", a label
# and "of" ("Statement of the Government of X").
_MAY_HOLD_PARTS = re.compile(
    r"[|–—·•(]|\s--?\s|:\s|\b(?:by|from)\s|^(?:(?:" + "|".join(sorted(LABEL_WORDS)) + r")\s+){1,3}of\s", re.I
)
# Signs that a line may be a source line or a dateline: checked before reading it closely.
_MAY_BE_SOURCE = re.compile(r"[-–—(]|(?:sources?|via)\b", re.I)
_MAY_BE_DATELINE = re.compile(r"\s-{1,2}\s|[–—]|\d:\s|[a-z]:\s|\.-|\)\.\s")
# A source line's lead ("— Source:", "Sources:", "(Ministry", "Via") starts within this many characters.
_SOURCE_LEAD_CHARS = 8
# Words that stay lower case inside a Title Case line ("Ministers Meet in Lakeport").
_SMALL_WORDS = CONNECTORS | frozenset(
    """a an and or but nor in at to with by from as via vs into over between about after before during
    amid""".split()
)
# How a candidate header block is scored. Its anchor line (the line holding the issuer) starts it, and
# the signs of a header around it add up. A date is the surest sign (a body seldom holds a line that
# is a date alone), then standing apart from the text above and a title; a place or markup count half
# as much. A block needs _MIN_BLOCK_SCORE: an issuer line must show one more sign unless its issuer
# scores at the top of _ISSUER_SCORE_RANGE (an introduced one: "Statement by the Ministry of X"); an
# "Issuer:" field, a header by its form, needs none. The values date from the first loader (the
# standalone bonus and the issuer's share came with the second) and have held on every header form
# since (tests/test_header_forms.py).
_MIN_BLOCK_SCORE = 4.0
_ANCHOR_SCORE = 3.0
_FIELD_ANCHOR_SCORE = 4.0
_DATE_BONUS = 2.0
_STANDALONE_BONUS = 1.0
_TITLE_BONUS = 1.0
_PLACE_BONUS = 0.5
# The anchor set as a heading, in capitals or in bold, as header lines often are.
_MARKUP_BONUS = 0.5
# A header block holds at most this many lines, blank lines aside (the longest layouts use seven: label,
# issuer, office, place, date, title, dateline). Bounding it keeps the loader linear in the lines: a file
# of thousands of issuer-like lines would otherwise grow a block over all of them from each one.
_MAX_HEADER_LINES = 10
# An issuer's name, its date aside, is no longer than this ("Ministry of Foreign Affairs and
# International Cooperation of the Republic of Latveria" is 11); a longer line is a title or prose.
_MAX_ISSUER_WORDS = 12
# How much the issuer's own score (headerline.issuer_score, about -2 to 4) adds to a block's: enough to
# prefer "Ministry of X" over a title line above it that names a minister, too little to outweigh a date.
# The score is held within _ISSUER_SCORE_RANGE first, so the bonuses a line's form adds to it (an
# introduced or keyed issuer) cannot make it count more than an institution's name (at most +1, at
# least -0.5).
_ISSUER_WEIGHT = 0.25
_ISSUER_SCORE_RANGE = (-2.0, 4.0)
# The anchor of a block with neither date nor title needs an issuer this strong (an institution written
# as a name), standing alone; such blocks are looked for only when the strict pass finds fewer than two.
_BARE_ISSUER_SCORE = 3.0
# A title, or a short line holding several header fields, is at most this many words; a longer line is
# prose (and is not read in parts).
_MAX_TITLE_WORDS = 30
# A title ending in a full stop (see _is_title_line) is at most this many words: a headline's length.
_MAX_TITLE_SENTENCE_WORDS = 25
# A label is a few words ("FOR IMMEDIATE RELEASE", "Issuer | Date | Title | Place"): a longer line is not
# one, and is not split into words to find out.
_MAX_LABEL_CHARS = 80
# A title standing above an issuer line, apart from it: as long as a headline, no longer.
_MAX_TITLE_ABOVE_WORDS = 20
# A line set in capitals names an issuer up to this many words even with no issuer word in it (a banner:
# "REPUBLIC OF SYLVANIA"); a longer one is a headline.
_MAX_CAPS_ISSUER_WORDS = 8
# A line is set in capitals when it has at least this many letters, all upper case: "EU" is an acronym.
_MIN_CAPS_LETTERS = 4
# An office line under the issuer ("Office of the Spokesperson", "Bureau of Western Hemisphere Affairs")
# is at most this many words.
_MAX_OFFICE_WORDS = 6
# A place line ("Washington DC") is at most this many words, or _MAX_PLACE_WORDS_WITH_COMMA with a
# comma ("Havana, Republic of Cuba"): "Latveria Hosts Water Talks" is a title.
_MAX_PLACE_WORDS = 3
_MAX_PLACE_WORDS_WITH_COMMA = 6
# A line holding a date is the date's line when at most this many other words stand beside it: a place
# ("Washington DC, 7 February 2024"), not an office's name.
_MAX_WORDS_BESIDE_DATE = 4
# A statement without a header block may start with a title of at most this many lines.
_MAX_LEAD_TITLE_LINES = 2


class _once:
    """``functools.cached_property`` without the lock Python 3.11 takes on every first read.

    The value is stored in the instance's ``__dict__``, where later reads find it before this
    (non-data) descriptor. A line is read by one thread only.
    """

    def __init__(self, func):
        self.func, self.name = func, func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass
class _Line:
    """One line of the file with the features the block scorer reads."""

    start: int
    end: int
    raw: str
    content: str = ""
    content_start: int = 0  # where ``content`` starts in the file
    blank: bool = False
    separator: bool = False
    markup: bool = False  # no word at all: a table's rule row ("|---|---|"), a lone bracket
    heading: int = 0  # markdown heading level, 0 when none
    emphasis: bool = False
    bullet: bool = False
    field_role: str | None = None
    terminal: bool = False
    date: tuple[dt.date, int, int] | None = None
    date_only: bool = False
    menu: bool = False  # a site's menu item (see _mark_menus)
    typed_label: bool = False  # an analyst's label naming a side ("US readout:")

    # The features below scan the whole line. The scorer reads them almost only for short lines that
    # may be header lines, so they are worked out when first read (hence no slots) rather than for
    # every body paragraph.

    @_once
    def words(self) -> list[str]:
        return WORD.findall(self.content)

    @property
    def n_words(self) -> int:
        return len(self.words)

    @_once
    def issuer_words(self) -> int:
        lowered = self.content.lower()
        tokens = [w.lower().strip(".'’") for w in self.words]
        return (
            sum(t in _ISSUER_WORDS for t in tokens)
            + sum(p in lowered for p in _ISSUER_PHRASES)
            + (" ".join(tokens) in ORGANISATIONS)  # "United Nations" as a whole line
            + is_state_house(self.content)
        )

    @_once
    def past_tense(self) -> bool:
        return is_past_tense(self.words)

    @_once
    def caps(self) -> bool:
        letters = [c for c in self.content if c.isalpha()]
        return len(letters) >= _MIN_CAPS_LETTERS and all(c.isupper() for c in letters)

    @property
    def date_words(self) -> int:
        """How many of the line's words its date takes."""
        return len(WORD.findall(self.content[self.date[1] : self.date[2]])) if self.date else 0

    @_once
    def issuer_score(self) -> float:
        """How much the line, its date aside, reads as an issuer's name (``headerline.issuer_score``)."""
        if not self.date:
            return issuer_score(self.content, self.words)
        return issuer_score(self.content[: self.date[1]] + self.content[self.date[2] :])

    @_once
    def issuer_line(self) -> bool:
        """Whether the line holds an issuer (see ``_reads_as_issuer``)."""
        return _reads_as_issuer(self)

    @_once
    def label(self) -> bool:
        """A generic label line: "FOR IMMEDIATE RELEASE", "Readout:", a table's "Issuer | Date | Title",
        "Share", or a web address alone."""
        if self.field_role:
            return False
        alone = (
            self.menu
            or URL_LINE.fullmatch(self.content)
            or TIME_OF_DAY.fullmatch(self.content)
            or KEYED_FURNITURE.fullmatch(self.content)
            or NAVIGATION.fullmatch(self.content)
            or PAGE_LINE.fullmatch(self.content)
            or TRANSLATION_NOTE.fullmatch(self.content)
        )
        return bool(alone or _KEY_ALONE.fullmatch(self.content) or TYPED_LABEL.fullmatch(self.content)) or (
            len(self.content) <= _MAX_LABEL_CHARS and is_label(self.content)
        )

    @_once
    def bracketed_date(self) -> tuple[dt.date, int] | None:
        """A date in brackets closing the line ("Ministers Meet (3 May 2024)"), and where they open."""
        if not self.date or self.date[2] < len(self.content) - 2:
            return None
        opens = closing_group(self.content)
        if opens is None or opens > self.date[1]:
            return None
        # the date alone, or after its place ("Ministers Meet (London, 14 March 2024)")
        before = self.content[opens + 1 : self.date[1]].strip()
        if before and not _BRACKETED_PLACE.fullmatch(before):
            return None
        return self.date[0], opens

    @_once
    def parts(self) -> LineParts | None:
        """The fields of a short line holding an issuer with other fields ("Statement by X", "X: Title")."""
        if self.field_role or (self.terminal and not self.content.endswith(":")):
            return None
        if not _MAY_HOLD_PARTS.search(self.content) or self.n_words > _MAX_TITLE_WORDS:
            return None
        return read_parts(self.content)

    @_once
    def dateline(self) -> LineParts | None:
        """A dateline opening this line ("LAKEPORT, May 3 (Ministry of X) - ..."), its body start absolute."""
        if self.blank or self.separator or self.field_role:
            return None
        if not _MAY_BE_DATELINE.search(self.content, 0, DATELINE_LOOK):
            return None
        found = read_dateline(self.content)
        if found is None:
            return None
        return LineParts(
            issuer=found.issuer, place=found.place, date=found.date, month_day=found.month_day,
            body_start=self.content_start + found.body_start,
        )  # fmt: skip

    @_once
    def source(self) -> LineParts | None:
        """A source line naming an issuer ("— Source: Ministry of X", "(Ministry of X)"), or None."""
        if self.blank or self.separator or not _MAY_BE_SOURCE.match(self.raw.lstrip()[:_SOURCE_LEAD_CHARS]):
            return None
        if self.n_words > _MAX_TITLE_WORDS:
            return None
        found = read_source(self.raw.strip())
        return found if found is not None and found.issuer else None

    @_once
    def title_case(self) -> bool:
        return bool(self.words) and all(
            w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in self.words
        )


class _Block(NamedTuple):
    """A candidate header block: lines [first, last), the line of each role found in it, the values read
    from a line that holds several fields, and where its body starts (after a dateline, mid-line)."""

    first: int
    last: int
    score: float
    roles: dict[str, int]
    values: dict[str, object]
    body_start: int | None = None
    #: Its title was read by a date line set apart below it (see _try_block): it must leave a body.
    dated_apart: bool = False


class _Found(NamedTuple):
    """A statement found: its header block or leading lines, the source line closing it, its span."""

    block: _Block | None
    source: int | None  # the index of the source line that closes it
    start: int
    end: int
    sentences: tuple[Sentence, ...]


# A header line's date is looked for in its first this many characters: a dateline's date opens its
# paragraph, and a place and a long date fit ("Washington, D.C., Wednesday, 7 February 2024" is 45).
# Looking no further keeps the loader linear in characters on long paragraphs.
_DATE_WINDOW = 160


def _features(raw: str, start: int) -> _Line:
    line = _Line(start=start, end=start + len(raw), raw=raw)
    text = raw.strip()
    if not text:
        line.blank = True
        return line
    if _SEPARATOR.match(text) and not _HEADING.match(text + " x"):
        line.separator = True
        return line
    offset = len(raw) - len(raw.lstrip())
    if m := _HEADING.match(text):
        line.heading, text, offset = len(m[1]), m[2], offset + m.start(2)
    if m := _EMPHASIS.match(text):
        line.emphasis, text, offset = True, m[2], offset + m.start(2)
    line.bullet = bool(_BULLET.match(raw))
    # Statements numbered in a compiled file ("1) Ministry of X", "B. Office of Y"): the number is no part
    # of an issuer line, which is then no list item. A list item of a body ends a sentence, or names no
    # institution or office-holder well enough to be an issuer.
    numbered = _ENUMERATED.match(text)
    if numbered and not _is_terminal(numbered["rest"]) and issuer_score(numbered["rest"]) >= ISSUER_SCORE:
        line.bullet, text, offset = False, numbered["rest"], offset + numbered.start("rest")
    stripped = text.strip().lstrip("/|>").strip()
    offset += text.find(stripped) if stripped else 0
    text = stripped
    # A "Key: value" field line; of several fields in one line ("Posted: ... | Updated: ..."), the first,
    # unless one of them names the issuer (then the line is read in parts, see headerline.read_parts).
    inline = _INLINE_FIELD.search(m["value"]) if (m := _FIELD.match(text)) else None
    # ("Author: Jan Novak" under a body gives no role: a line of that body, not the next issuer.)
    role = field_role(m["key"], m["value"]) if m and m["value"].strip() else None
    if role and (inline is None or not _ISSUER_FIELD.search(text)):
        value = (m["value"][: inline.start()] if inline else m["value"]).strip()
        line.field_role = role
        offset += m.start("value") + m["value"].find(value) if value else 0
        text = value
    line.content, line.content_start = text, start + offset
    if not any(c.isalnum() for c in text):
        line.markup = not line.field_role
        return line
    line.terminal = _is_terminal(text)
    # A header's date sits near the start of its line (a dateline opens a paragraph): looking no
    # further keeps the loader linear in characters with a small constant on long paragraphs.
    if date := find_date(text[:_DATE_WINDOW]):
        line.date = date
        # (a key after a comma stays a word here: "The plan, published on <date>" is a sentence)
        line.date_only = _date_alone(text, date) or _date_among_page_fields(text, date)
    return line


def _date_alone(text: str, date: tuple[dt.date, int, int]) -> bool:
    """Whether ``text`` holds its date with no more than a place, a time or a page's date keys."""
    rest = _beside_date(text, date, after_commas=False)
    return (
        len(WORD.findall(rest)) <= _MAX_WORDS_BESIDE_DATE
        and not _TERMINAL.search(rest.strip())
        and not names_office(rest)
    )


# Words that end in "of" (in the languages of pages analysts paste) right before a date own it ("Press
# briefing of 12 March 2026", "Point de presse du 12 mars 2026", "As of 4 May 2026"): no place. After a
# comma they may end one ("Lake Van, 4 May 2026").
# (Lower case only: "Lake Van 4 May 2026" is a place.)
_OWNS_THE_DATE = re.compile(r"\b(?:of|du|de|del|des|di|da|von|van)\s*$")


def _names_no_place(words: list[str]) -> bool:
    """Whether words beside a date name a kind of text, an event or a page's field ("Joint Statement",
    "Readout", "Press release 47/26"), which no place does."""
    return names_event(words) or any(w.lower() in LABEL_WORDS for w in words)


def _read_colon_dates(lines: list[_Line]) -> None:
    """A place before a date with a colon ("Islamabad: 7th April 2024") is a date line in a header: under
    a label or an issuer line. Elsewhere "Deadline: 14 June 2024" is a line of a body."""
    above: _Line | None = None
    for line in lines:
        if line.blank:
            continue
        if line.date and not line.date_only and (above is not None and (above.label or _is_issuer_line(above))):
            text, date = line.content, line.date
            if _names_no_place(WORD.findall(text[: date[1]])):
                continue  # "Joint Statement: 3 May 2024", "Readout: ..." name no place
            line.date_only = _date_alone(_COLON_BEFORE_DATE.sub(",", text[: date[1]]) + text[date[1] :], date)
        above = line


# A page's fields beside a date in one row: "Press release | Date: 22/10/2024 | No: 67/24", "News item |
# 03-09-2024 | 18:10", "Date 2024-07-02 | Hit 1288".
_FIELD_CELL = re.compile(r"\s*\|\s*")
_DATE_CELL_KEY = re.compile(r"\s*(?:dated?\s*:?\s*)?", re.IGNORECASE)
_PAGE_CELL = re.compile(
    r"(?:news|press|media)\s+(?:items?|releases?|statements?|notes?)|articles?|stor(?:y|ies)"
    r"|(?:no|nr|num|number|ref|reference)\.?\s*:?\s*[\w./-]*\d[\w./-]*",  # a reference number
    re.IGNORECASE,
)


def _date_among_page_fields(text: str, date: tuple[dt.date, int, int]) -> bool:
    """Whether ``text`` is a row of page fields split by pipes, one of them its date (after a "Date"
    key, with a time) and every other a label, a kind of page, a reference number, a time or a counter."""
    if "|" not in text:
        return False
    at = 0
    for cell in _FIELD_CELL.split(text):
        start = text.find(cell, at)
        at = start + len(cell)
        if start <= date[1] < at:
            if not _DATE_CELL_KEY.fullmatch(text[start : date[1]]) or TIME_ANYWHERE.sub("", text[date[2] : at]).strip():
                return False
        elif not (
            is_label(cell) or _PAGE_CELL.fullmatch(cell) or TIME_OF_DAY.fullmatch(cell) or COUNTER.fullmatch(cell)
        ):
            return False
    return True


# A place before a date in a title's closing brackets: a few capitalised words and a comma.
_BRACKETED_PLACE = re.compile(r"(?:[A-Z][\w.’'-]*\s*){1,3},")
# The colon closing what stands before a date ("Islamabad: "), replaced by a comma of the same length.
_COLON_BEFORE_DATE = re.compile(r":(?=\s*$)")


def _beside_date(text: str, date: tuple[dt.date, int, int], after_commas: bool = True) -> str:
    """What a line writes beside its date (at ``date``'s span): not a time of day ("6 May 2025 - 16:05"),
    a second date or a page's date keys ("Published 5 May 2025 · Updated 6 May 2025"; with
    ``after_commas`` also after a comma), which are all part of the date; what is left may be a place."""
    rest = TIME_ANYWHERE.sub(" ", text[: date[1]] + text[date[2] :])
    if later := find_date(rest[:_DATE_WINDOW]):
        # with the key written before it ("Published 9 May 2024 Updated 10 May 2024")
        rest = KEY_BEFORE_DATE.sub(" ", rest[: later[1]]) + " " + rest[later[2] :]
    rest = COUNTER.sub(" ", (DATE_KEYS if after_commas else DATE_KEYS_APART).sub(" ", rest))
    return EMPTY_BRACKETS.sub(" ", rest)  # "Rome, 9 May 2024 (updated 10 May 2024)"


def _is_terminal(text: str) -> bool:
    """Whether ``text`` ends in terminal punctuation that is not an abbreviation's full stop."""
    # Neither holds a space: searching only after the last one keeps long paragraphs cheap.
    last_word = text.rfind(" ") + 1
    return bool(_TERMINAL.search(text, last_word)) and not _ABBREVIATION_END.search(text, last_word)


def _split_lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(_features(raw, pos))
        pos += len(raw) + 1
    _read_typed_labels(lines)
    _read_colon_dates(lines)
    _mark_menus(lines)
    return lines


def _read_typed_labels(lines: list[_Line]) -> None:
    """An analyst's labels over each side's text ("US readout:" / text / "China readout:" / text) name
    the issuers, as "Issuer:" fields do, in a file that opens with one; elsewhere such a line ("Sylvania
    statement:" over a quote) is a line of its body."""
    first = next((line for line in lines if not line.blank), None)
    if first is None or first.field_role or not TYPED_LABEL.fullmatch(first.content):
        return
    for k, line in enumerate(lines):
        if line.field_role or line.blank or not (typed := TYPED_LABEL.fullmatch(line.content)):
            continue
        below = lines[k + 1] if k + 1 < len(lines) else None
        if below is not None and not (below.blank or below.date_only or _is_issuer_line(below) or _names_state(below)):
            continue  # a line of a body over what it introduces ("Norland statement:" / a quote)
        name = typed["name"].strip()
        line.field_role, line.typed_label = "issuer", True
        line.content_start += typed.start("name")
        line.content, line.terminal, line.date, line.date_only = name, False, None, False


# A site's menu pasted one item a line opens with its "Home" item.
_MENU_HOME = re.compile(r"home(?:\s*[>»›/|])?", re.IGNORECASE)
# A menu item: a section's name of a few words.
_MAX_MENU_WORDS = 4
# "Home" and one more line may be a breadcrumb above a title ("Home" / "Sylvania–Norland Talks").
_MIN_MENU_ITEMS = 2


def _mark_menus(lines: list[_Line]) -> None:
    """Mark a site's menu as page labels: a line "Home" and two or more lines right under it that read as
    a section's name (a few words, no number, no sentence, no headline's verb, no issuer's name), as
    "Home" / "Newsroom" / "Press Releases" are pasted. A line that may be a header's stops the menu, and
    so does the last short line above a date, which is a title or a place ("Home" / "News" / "Talks on
    Trade" / "3 May 2024")."""
    k = 0
    while k < len(lines):
        if not _MENU_HOME.fullmatch(lines[k].content) or lines[k].field_role:
            k += 1
            continue
        end = k + 1
        while end < len(lines) and _menu_item(lines[end]) and not (end + 1 < len(lines) and lines[end + 1].date):
            end += 1
        if end - k > _MIN_MENU_ITEMS:
            for line in lines[k:end]:
                line.menu = True
        k = end


def _menu_item(line: _Line) -> bool:
    if line.blank or line.field_role or line.terminal or line.date or line.bullet or line.heading:
        return False
    if not 1 <= line.n_words <= _MAX_MENU_WORDS or any(c.isdigit() for c in line.content):
        return False
    return not (line.issuer_words or line.past_tense or has_headline_verb(line.words))


def _is_issuer_line(line: _Line) -> bool:
    return line.issuer_line


def _reads_as_issuer(line: _Line) -> bool:
    """Whether the line holds an issuer: an "Issuer:" field, a part of it, or the whole line."""
    if line.field_role == "issuer":
        return True
    if line.blank or line.separator or line.markup or line.bullet or line.field_role or line.date_only:
        return False
    if any(p.fullmatch(line.content) for p in (KEYED_FURNITURE, PAGE_LINE, TRANSLATION_NOTE)):
        return False  # "Photo: Office of the President", "Home > News > Embassy News", "(Translated from X)"
    # A short line holding an issuer among other fields ("Statement by X", "X | 3 May 2024 | Title").
    if line.parts is not None:
        return True
    # Terminal first: a body paragraph mostly ends a sentence, and its words then need no splitting out.
    if line.terminal or not 1 <= line.n_words - line.date_words <= _MAX_ISSUER_WORDS or line.past_tense:
        return False
    if line.caps:
        # A banner stands for an issuer, but a reference number ("STATEMENT/25/1234", "PRESS RELEASE NO.
        # 45") is only a label: no issuer's name holds digits.
        return line.issuer_words > 0 or (
            line.n_words <= _MAX_CAPS_ISSUER_WORDS and _is_banner(line) and not any(c.isdigit() for c in line.content)
        )
    # Words of an event ("Talks between the two foreign ministers", "Foreign Ministers Hold Talks")
    # make a title or headline of a line that names an office-holder.
    # A headline's verb ("Joint Commission Meets ...") makes a title of a line that names an institution,
    # unless the line reads as an issuer even so.
    if has_headline_verb(line.words) and line.issuer_score < ISSUER_SCORE:
        return False
    return line.issuer_words > 0 and line.issuer_score > 0


def _is_office_line(line: _Line) -> bool:
    return (
        _is_issuer_line(line)
        and line.field_role is None
        and line.parts is None
        and line.n_words <= _MAX_OFFICE_WORDS
        and (line.words[0].lower() in _OFFICE_HEADS or line.content.strip().lower() in _BARE_OFFICES)
    )


def _is_press_unit(line: _Line) -> bool:
    """A press or communication unit named with its acronym ("Presidential Communication Service (PCS)",
    "Press Information Bureau (PIB)"), as a line under the issuer it speaks for."""
    found = _UNIT_WITH_ACRONYM.fullmatch(line.content)
    return found is not None and any(w.lower() in _PRESS_UNIT_WORDS for w in line.words)


_UNIT_WITH_ACRONYM = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:(?:of|the|and|for)\s+)*){1,6}\([A-Z]{2,6}\)")
_PRESS_UNIT_WORDS = frozenset("service communication communications press media information unit division".split())


# An office named alone on a line under its institution ("United Nations" / "Secretary-General").
_BARE_OFFICES = frozenset(["secretary-general", "spokesperson", "deputy spokesperson", "high representative"])


def _is_banner(line: _Line) -> bool:
    """A line in capitals that stands as a banner: an issuer ("EMBASSY OF OSTERLICH"), a name
    ("REPUBLIC OF SYLVANIA") or a label ("PRESS STATEMENT", "READOUT"), not a title set in capitals
    ("READOUT OF THE CALL BETWEEN THE TWO LEADERS", "JOINT COMMISSION MEETS ..."), whose event word
    outweighs any office it names."""
    return line.caps and (line.issuer_score >= ISSUER_SCORE or line.label or not names_event(line.words))


def _names_issuer(line: _Line) -> bool:
    """A whole line that names an institution or an office-holder well enough to be an issuer."""
    return (
        _is_issuer_line(line)
        and line.field_role is None
        and line.parts is None
        and line.issuer_score >= ISSUER_SCORE
    )


def _is_label(line: _Line) -> bool:
    """A generic label rather than a named issuer: "FOR IMMEDIATE RELEASE", "Office of the Spokesperson"."""
    return is_label(line.content)


def _is_place_line(line: _Line) -> bool:
    """A place name: "Washington DC", "Havana, Republic of Cuba"; never a marked-up line (a title)."""
    if line.field_role or line.terminal or line.date or line.issuer_words or line.emphasis or line.heading:
        return False
    if line.markup or line.label:
        return False
    longest = _MAX_PLACE_WORDS_WITH_COMMA if "," in line.content else _MAX_PLACE_WORDS
    if "," in line.content and names_event(line.words):
        return False  # a headline: "Sylvania, Freedonia Agree To Fast-Track Corridor"
    return 1 <= line.n_words <= longest and all(w[:1].isupper() or w.lower() in CONNECTORS for w in line.words)


def _is_title_line(line: _Line, have_date: bool) -> bool:
    if line.field_role or line.bullet or line.n_words == 0 or line.n_words > _MAX_TITLE_WORDS:
        return False
    if not line.terminal or line.emphasis or line.heading:
        return True
    # A title may end in a full stop when it follows the date, reads as a headline (no past tense,
    # which is how readouts' bodies report) and is a single sentence.
    return (
        have_date
        and not line.past_tense
        and line.n_words <= _MAX_TITLE_SENTENCE_WORDS
        and len(split_sentences(line.content)) == 1
    )


def _reads_as_title(line: _Line, past: bool = False) -> bool:
    """A line standing on its own that reads as a title: unfinished, headline length, no past tense
    (unless ``past``: where the lines around say header, "X had a phone conversation with Y" is one)."""
    if line.blank or line.separator or line.markup or line.bullet or line.field_role or line.date_only:
        return False
    if PAGE_LINE.fullmatch(line.content):
        return False  # a page's button or link ("Telegram", "Next: ..."), whatever its case
    return not line.terminal and (past or not line.past_tense) and 1 <= line.n_words <= _MAX_TITLE_ABOVE_WORDS


def _role_in_block(line: _Line, roles: dict[str, int], apart: bool = False) -> str | None:
    """Which header role ``line`` plays in a block that has ``roles`` so far, or None (body starts).

    ``apart``: a blank line separates it from the header lines above.
    """
    if line.markup:
        return "markup"
    if line.field_role:
        # A second field of a role the block has ("Last updated: ..." under "Date: ...") is still a header
        # line, never a sentence of the body.
        if line.field_role not in roles or line.field_role == "issuer":
            return line.field_role
        return None if line.terminal else "label"
    if line.date_only and "date" not in roles:
        return "date"
    if line.date_only and not line.terminal:
        return "label"  # the date again, as a forwarded e-mail's page repeats its "Date:" field
    if line.dateline is not None:
        return "dateline"
    if _is_office_line(line) and "issuer" in roles:
        return "office"
    if "issuer" in roles and not apart and _is_press_unit(line):
        return "office"  # "STATE HOUSE KENYA" / "Presidential Communication Service (PCS)"
    # A state named under the issuer ("Federal Republic of Nigeria") is where it issues from: never the
    # title, however long its name.
    if "issuer" in roles and not apart and "place" not in roles and _names_state(line):
        return "place"
    if line.label:
        return "label"
    # A place is written above the date ("Havana, Republic of Cuba" / "7 February 2024"); a short
    # Title Case line below the date is the title ("Latveria Hosts Water Talks").
    if _is_place_line(line) and not roles.keys() & {"place", "title", "date"}:
        return "place"
    # ... or right under the title and the date, a city and its country ("Title" / "June 12, 2024" /
    # "Brussels, Belgium"; a word alone there may be a language link or a note: "Japanese").
    if (
        not apart
        and "place" not in roles
        and roles.keys() >= {"title", "date"}
        and (_names_country_last(line.content) or _names_region_last(line.content))
        and _is_place_line(line)
        and not _is_issuer_line(line)
    ):
        return "place"
    # Below a blank line, a plain line is the body's first sentence unless set as a title (bold, a
    # heading, Title Case without a past tense): "Prime Minister spoke on phone today with ..."
    set_as_title = not apart or line.emphasis or line.heading or (line.title_case and not line.past_tense)
    if "title" not in roles and set_as_title and _is_title_line(line, "date" in roles):
        return "title"
    return None


def _byline_over_title(lines: list[_Line], j: int) -> bool:
    """Whether line ``j``, right under the issuer line, names the office-holder the release is from, by
    name then office after a comma ("Rt Hon Daniel Whitcombe, Prime Minister", "Senator the Hon Jane
    Doe, Minister for Trade"), as a minister's page writes it under the government's name, with the
    release's title under it (a date line between them or not): no verb, no event, a name of two words
    or more that holds no office, one office ("Congratulations, President X" and "X And Y, Prime
    Ministers" are titles)."""
    line = lines[j]
    if line.terminal or line.date or line.past_tense or names_event(line.words) or line.n_words > _MAX_ISSUER_WORDS:
        return False
    name, comma, office = line.content.rpartition(",")
    name_words, office_words = WORD.findall(name), WORD.findall(office)
    if not (comma and 2 <= len(name_words) <= _MAX_BYLINE_NAME_WORDS and not names_office(name)):
        return False
    if not all(w[:1].isupper() or w in _NAME_PARTICLES for w in name_words):
        return False  # "Condolences on the Death of X, Former President of Y" is a title
    if not names_office(office) or any(w.lower() in _PLURAL_OFFICES for w in office_words):
        return False
    k = j + 1
    if k < len(lines) and lines[k].date_only:
        k += 1
    return k < len(lines) and _reads_as_title(lines[k]) and not lines[k].date


_PLURAL_OFFICES = frozenset(["ministers", "presidents", "leaders", "secretaries"])
# "Senator the Hon Jane Doe", "Mark van der Berg", "Khalid bin Salman Al Saud"
_MAX_BYLINE_NAME_WORDS = 7
_NAME_PARTICLES = frozenset(["the", "van", "von", "der", "den", "de", "da", "del", "di", "du", "la", "le", "bin", "binti", "al", "el"])


def _names_institution(line: _Line) -> bool:
    """Whether the line names an institution ("Office of the Prime Minister", "Ministry of X")."""
    return any(w.lower().strip(".'’") in INSTITUTION_WORDS for w in line.words)


# A photo's credit in a source line ("Source: Photo by X"): no issuer.
_PHOTO = re.compile(r"\bphoto", re.IGNORECASE)


def _is_release_label(line: _Line) -> bool:
    """A label naming a kind of release, no office ("PRESS RELEASE", "Readout", "Press statement"; not
    "Office of the Spokesperson" or "Press Office")."""
    return _is_label(line) and not any(w.lower() in _OFFICE_LABEL_WORDS for w in line.words)


_OFFICE_LABEL_WORDS = frozenset("office spokesperson spokesman spokeswoman bureau unit desk service information".split())


def _weak_part_title(title: object) -> bool:
    """Whether a title read from a part of the issuer line is only a label, an office or a state's name
    ("News item", "Communications Directorate", "Republic of Kenya"), no title of its own ("Joint
    Declaration on Energy Security", "Minister meets X")."""
    if not isinstance(title, str):
        return False
    tokens = WORD.findall(title)
    if not tokens or names_event(tokens) or has_headline_verb(tokens):
        return False
    return (
        is_label(title)
        or fold(title.strip()) in _PAGE_KINDS
        or fold(tokens[0]) in _PALACES  # the seat it issues from ("Presidency of X – Palazzo Chigi")
        or any(w.lower() in INSTITUTION_WORDS for w in tokens)
        or _is_state_name(tokens)
    )


# Kinds of page a site names beside its own name ("Government of X | News item | 12.03.2026"): no label
# anywhere else (a line "News item" over a body's first sentence is no header of its own).
_PAGE_KINDS = frozenset(["news item", "news article"])
# A government's seat named in its own language beside its office on the issuer line: a place there,
# never a title ("Palace" is an institution's word already).
_PALACES = frozenset(["palazzo", "palacio", "palais"])


def _opens_envelope(line: _Line) -> bool:
    """Whether the line is an e-mail's "From:" field."""
    return line.field_role == "issuer" and line.raw.lstrip()[:5].lower() == "from:"


def _page_header_in_envelope(lines: list[_Line], i: int, j: int) -> int | None:
    """The issuer line of the forwarded page's own header starting at line ``j``, past a blank line under
    the e-mail fields that line ``i`` ("From:") opens, or None: the fields hold a "Subject:", "To:" or
    "Sent:" line, and line ``j`` opens a paragraph of at most ``_MAX_PAGE_HEADER_LINES`` unfinished lines
    with a body under it, whose first line past any labels reads as an issuer, or as a name and the state
    it belongs to ("Amiri Diwan – State of Qatar" / "Doha, 19 May 2026"). A sub-unit's name
    ("Office of the Spokesperson") gives way to an institution in the From: field ("U.S. Department of
    State <...>"), not to a person ("Layla Haddad <...>")."""
    if not any(lines[k].raw.lstrip().lower().startswith(("subject:", "to:", "sent:")) for k in range(i + 1, j)):
        return None
    k = j
    while k < len(lines) and not lines[k].blank:
        if lines[k].terminal or lines[k].field_role or lines[k].n_words > _MAX_TITLE_WORDS or k - j >= _MAX_PAGE_HEADER_LINES:
            return None
        k += 1
    if _next_paragraph(lines, k - 1) is None:
        return None
    m = j
    while m < k and lines[m].label:
        m += 1
    if m == k:
        return None
    line = lines[m]
    if not (line.caps or is_name(line.words)):
        return None
    if not (_is_issuer_line(line) and line.issuer_score >= ISSUER_SCORE) and not _names_its_state(line):
        return None  # a headline, a slogan, a heading or a person over the page's date or issuer line
    if _is_sub_unit(line) and lines[i].issuer_score >= ISSUER_SCORE:
        return None
    return m


def _names_its_state(line: _Line) -> bool:
    """Whether the line is a name and, after a dash, the state it belongs to ("Amiri Diwan – State of
    Qatar"): an institution of that state, whatever its own name."""
    name, dash, state = line.content.rpartition(" – ") if " – " in line.content else line.content.rpartition(" - ")
    return bool(dash and name.strip()) and _is_state_name(WORD.findall(state))


def _is_sub_unit(line: _Line) -> bool:
    """An office line naming a unit of an institution, no institution itself ("Office of the
    Spokesperson", "Press Bureau"; not "Ministry of Foreign Affairs of X")."""
    return _is_office_line(line) and not any(w.lower() in _WHOLE_INSTITUTIONS for w in line.words)


_WHOLE_INSTITUTIONS = INSTITUTION_WORDS - {"office", "bureau", "unit", "desk", "service", "directorate", "secretariat"}


# A forwarded page's header: its issuer, place, date and title lines.
_MAX_PAGE_HEADER_LINES = 4


def _title_under_issuer(lines: list[_Line], j: int) -> bool:
    """Whether line ``j`` reads as a title line: unfinished (no full stop, comma or colon at its end), no
    label or field, with a date line or a blank line right under it."""
    line = lines[j]
    if line.terminal or line.label or line.field_role or line.content[-1] in ",;:" or TIME_OF_DAY.match(line.content):
        return False
    if line.words[:1] == ["By"]:
        return False  # a byline ("By Anna Varga, Spokesperson")
    below = lines[j + 1] if j + 1 < len(lines) else None
    return below is None or below.blank or below.date_only or below.field_role == "date"


def _separator_below(lines: list[_Line], k: int) -> bool:
    """Whether the first line at or after ``k`` that is not blank is a separator ("***", "---")."""
    while k < len(lines) and lines[k].blank:
        k += 1
    return k < len(lines) and lines[k].separator


def _title_over_dateline(lines: list[_Line], j: int, roles: dict[str, int]) -> bool:
    """Whether line ``j``, a paragraph of one unfinished line under a header that has no title or date
    yet, stands over a dateline that names no issuer ("Cancillería de X" / blank / "Ministers agree to
    ..." / blank / "Lakeport (Apr. 3, 2025). The Minister ..."): the page's headline over its body."""
    line = lines[j]
    if roles.keys() & {"title", "date"} or line.terminal or line.n_words < 2 or not 0 < j + 1 < len(lines):
        return False
    if not lines[j + 1].blank or line.content[-1] in ",;:-–—":
        return False
    k = j + 1
    while k < len(lines) and lines[k].blank:
        k += 1
    dateline = lines[k].dateline if k < len(lines) else None
    return dateline is not None and dateline.issuer is None and (dateline.date or dateline.month_day) is not None


def _headline_over_lead(lines: list[_Line], j: int) -> bool:
    """Whether line ``j``, a paragraph of one unfinished line under a dated header with no title yet, is
    the page's headline that the body's first sentence restates, as news releases write their lead
    ("Ministers hold talks in Lakeport" / blank / "The Minister today held talks with ... in Lakeport,
    ..."): written as a headline (a subject with no article first, a headline's verb in the present:
    "holds", "meet", "welcomes"; no modal, no first person), one sentence, and at least half its content
    words are the lead's, the lead being the longer paragraph and ending a sentence. A body's first line,
    a salutation, a list's lead, a caption, a post or a subheading in the past tense is none, nor is a
    standfirst under a title written above the issuer (the caller checks that)."""
    line = lines[j]
    if not (lines[j - 1].blank and j + 1 < len(lines) and lines[j + 1].blank):
        return False  # a paragraph of its own
    if line.terminal or line.label or line.field_role or line.bullet or line.date or line.markup or line.past_tense:
        return False
    if not _MIN_HEADLINE_WORDS <= line.n_words <= _MAX_TITLE_ABOVE_WORDS or line.content[-1] in ".!?…,;:-–—":
        return False  # ("... in Washington, D.C." ends a sentence however the splitter reads "D.C.")
    words = line.words
    if words[0] in _NOT_HEADLINE_OPENERS or line.content[0] in _QUOTES or line.content[-1] == ")":
        return False  # "The Minister holds ...", "She says ...", "Watch the ...", a pull quote, a caption
    if not any(w.lower() in _HEADLINE_VERB_FORMS for w in words) or any(w in _FIRST_PERSON or w.lower() in _MODALS for w in words):
        return False  # a headline says what happens, in the present; a salutation or "I ..." does not
    if _NOT_HEADLINE_MARKS.search(line.content) or _SOCIAL_POST.search(line.content) or TIME_OF_DAY.match(line.content):
        return False  # a caption's credit, a post (emoji, trailing dots, "#tag"), a key ("Topics: ..."), a schedule
    if len(split_sentences(line.content)) != 1:
        return False
    k = _next_paragraph(lines, j)
    if k is not None and lines[k].content.endswith(":"):
        k = _next_paragraph(lines, k)  # "The Government Spokesperson issued the following statement:"
    if k is None or lines[k].n_words <= line.n_words or _is_issuer_line(lines[k]) or not _paragraph_ends(lines, k):
        return False  # (a lead is a body's paragraph: it ends a sentence; a title over the next issuer does not)
    lead = split_sentences(lines[k].content)
    headline = set(content_stems(line.content, builtin_aliases()))
    restated = headline & set(content_stems(lead[0].text, builtin_aliases())) if lead else set()
    return len(restated) * 2 >= len(headline) > 0


def _paragraph_ends(lines: list[_Line], k: int) -> bool:
    """Whether the paragraph starting at line ``k`` ends a sentence on its last line (a full stop after an
    abbreviation too: "... to Washington D.C.")."""
    while k + 1 < len(lines) and not lines[k + 1].blank:
        k += 1
    return lines[k].terminal or lines[k].content.endswith((".", "!", "?"))


def _next_paragraph(lines: list[_Line], j: int) -> int | None:
    """The first line of the paragraph under the one ending at line ``j``, at most
    ``_MAX_BLANKS_BELOW_TITLE`` blank lines below, or None."""
    k = j + 1
    while k < len(lines) and lines[k].blank and k - j <= _MAX_BLANKS_BELOW_TITLE:
        k += 1
    return None if k == j + 1 or k >= len(lines) or lines[k].blank else k


# A headline restated by its lead has a subject, a verb and an object at least ("PM welcomes X").
_MIN_HEADLINE_WORDS = 3
# Headlines drop the article and name their subject ("Foreign Minister X holds talks with Y"); a line
# opening with an article, a pronoun, a question word, a greeting or a call to action is a sentence, an
# address to listeners or a button.
_NOT_HEADLINE_OPENERS = frozenset(
    "The A An This These That I We He She They It Our My His Her Their What Why How When Where Who Which"
    " Does Do Did Is Are Was Were Has Have Had Can Could Will Would Should"
    " On In At During After Before Following Today Yesterday Tomorrow Earlier Later"
    " Thank Thanks Dear Ladies Excellencies Your Good Hello Watch Read See Listen Join Follow Download Click"
    " View Subscribe".split()
)
# A photo's credit, an emoji, dots trailing off, a key opening the line: a caption, a post or a tag line.
_NOT_HEADLINE_MARKS = re.compile(r"\bPhoto\b|\bCredit\b|©|\.\.\.|…|[\U0001F000-\U0001FAFF\u2600-\u27BF]|^[\w ]{1,20}:\s")
_QUOTES = frozenset("\"“”‘’'«»")
# A headline's verb, for one subject or several ("Minister meets X", "Leaders hold talks"); not "talks" or
# "calls", nouns as often ("Productive talks today with ...").
_HEADLINE_VERB_FORMS = frozenset(
    "meets meet speaks speak holds hold receives receive welcomes welcome hosts host reviews review agrees agree"
    " signs sign launches launch attends attend discusses discuss visits visit".split()
)
_MODALS = frozenset(["will", "would", "shall", "should", "can", "could", "may", "might", "must"])
# A speaker's own words ("I welcome Prime Minister X to Lakeport today"), never a page's headline.
_FIRST_PERSON = frozenset(["I", "We", "we", "my", "My", "our", "Our", "us"])
# A hashtag or a handle: a social media post, never a page's headline.
_SOCIAL_POST = re.compile(r"(?:^|\s)[#@]\w")


def _dated_below(lines: list[_Line], j: int) -> bool:
    """Whether line ``j`` stands over a page's date line: right above it, or as a paragraph of its own
    over the date's own paragraph ("Title" / blank / "19 September 2024 - 17:45" / blank), as a
    browser's copy of a page's heading and time elements reads."""
    if j + 1 < len(lines) and not lines[j + 1].blank:
        return _dates_alone(lines, j + 1)
    k = j + 1
    while k < len(lines) and lines[k].blank and k - j <= _MAX_BLANKS_BELOW_TITLE:
        k += 1
    own_paragraph = k + 1 >= len(lines) or lines[k + 1].blank
    return own_paragraph and (j == 0 or lines[j - 1].blank or lines[j - 1].label) and _dates_alone(lines, k)


# A title and its date paragraph are this many blank lines apart at most.
_MAX_BLANKS_BELOW_TITLE = 2


def _no_body_below(lines: list[_Line], k: int) -> bool:
    """Whether no body starts at line ``k`` (blank lines aside): the file ends, or an issuer line or a
    date line stands there."""
    while k < len(lines) and lines[k].blank:
        k += 1
    return k >= len(lines) or _is_issuer_line(lines[k]) or lines[k].date_only


def _dates_alone(lines: list[_Line], k: int) -> bool:
    """Whether line ``k`` is a page's date line under a title: a date with nothing after it but a time or
    page fields, and no date line under it ("1 June 2024 – applications open" / "30 June 2024 – ..." is a
    list of dates)."""
    if k >= len(lines) or not lines[k].date_only or (k + 1 < len(lines) and lines[k + 1].date):
        return False
    line = lines[k]
    date = line.date
    assert date is not None
    after = TIME_ANYWHERE.sub(" ", line.content[date[2] :])
    return not any(c.isalpha() for c in after) or _date_among_page_fields(line.content, date)


# Words that name a state around its country's name ("Federal Republic of Nigeria", "Government of India").
_STATE_WORDS = frozenset(
    "the of federal republic kingdom state government islamic democratic people's socialist arab united "
    "commonwealth principality sultanate grand duchy confederation federation".split()
)
# Of those, the nouns that name a state after its adjective ("Hellenic Republic"; "Arab" is none).
_STATE_NOUNS = frozenset(
    ["republic", "kingdom", "state", "government", "commonwealth", "principality", "sultanate", "duchy", "confederation", "federation"]
)


# "The Democratic Socialist Republic of Sri Lanka"
_MAX_STATE_WORDS = 7


def _names_state(line: _Line) -> bool:
    """Whether the line names a state and nothing else ("Federal Republic of Nigeria", "Government of
    India"): under an issuer line, where it issues from, not the title."""
    if line.terminal or line.date or not line.words or len(line.words) > _MAX_STATE_WORDS:
        return False
    return _is_state_name(line.words)


def _is_state_name(words: list[str]) -> bool:
    """Whether the words are a state named formally: words of a state's name, then a country ("Federal
    Republic of Nigeria", "Government of India", "Gobierno de México"), or its adjective, then words of
    a state's name ("Hellenic Republic", "Swiss Confederation", "Syrian Arab Republic"); a country
    alone ("Kenya", "The Gambia") is not."""
    folded = [fold(w.strip(".")) for w in words]
    lead = 1 if folded[:1] == ["the"] else 0
    if len(folded) - lead >= 2 and country_of(words[lead]) is not None:
        tail = folded[lead + 1 :]
        return all(w in _STATE_WORDS for w in tail) and any(w in _STATE_NOUNS for w in tail)
    for k in range(1, len(folded)):
        if " ".join(folded[k:]) in country_names():
            head = folded[:k]
            return all(w in _STATE_WORDS or w in _GOVERNMENT_WORDS or w in CONNECTORS for w in head) and any(
                w not in ("the", "of") and w not in CONNECTORS for w in head
            )
    return False


def _names_country_last(text: str) -> bool:
    """Whether ``text`` is a place and its country after a comma ("Brussels, Belgium")."""
    head, comma, country = text.rpartition(",")
    return bool(comma and head.strip()) and fold(country.strip()) in country_names()


def _names_region_last(text: str) -> bool:
    """Whether ``text`` is a city and its province or state after a comma ("Ottawa, Ontario", "Austin,
    Texas"): the region listed in data/countries.toml, the city a name of one to three words, none of them
    a greeting's, a title's or a preposition ("Thank You, Victoria", "Premier Ada Okafor, Victoria", "In
    Melbourne, Victoria")."""
    head, comma, region = text.rpartition(",")
    city = WORD.findall(head)
    return (
        bool(comma)
        and fold(region.strip()) in region_names()
        and 1 <= len(city) <= _MAX_CITY_WORDS
        and all(w[:1].isupper() and w.lower() not in _NOT_A_CITY for w in city)
    )


_MAX_CITY_WORDS = 3
_NOT_A_CITY = frozenset(
    """thank thanks you dear hello hi good morning afternoon evening greetings welcome happy ladies
    gentlemen excellencies excellency colleagues friends citizens fellow dear premier minister hon mp
    senator governor mayor president in at from by to on for with""".split()
)


def _follows_body(lines: list[_Line], i: int, floor: int) -> bool:
    """Whether the line before ``i`` (blank lines aside) ends a sentence: ``i`` closes a body."""
    for k in range(i - 1, floor - 1, -1):
        if not lines[k].blank:
            return not lines[k].separator and lines[k].terminal
    return False


def _put_date(roles: dict[str, int], values: dict[str, object], index: int, parts: LineParts) -> None:
    """Give the block the date ``parts`` holds, unless it has one (a year-less date yields to any)."""
    if parts.date is None and parts.month_day is None:
        return
    if "date" in roles and (parts.date is None or values.get("date", True) is not None):
        return
    roles["date"] = index
    values["date"] = parts.date
    values["month_day"] = parts.month_day


def _anchor(lines: list[_Line], i: int) -> tuple[dict[str, int], dict[str, object], float, int | None] | None:
    """What an anchor line gives its block: roles, values, the issuer's score, a dateline's body start."""
    line = lines[i]
    dateline = line.dateline
    if dateline is not None and dateline.issuer:
        roles, values = {"issuer": i}, {"issuer": dateline.issuer}
        if dateline.place:
            roles["place"], values["place"] = i, dateline.place
        _put_date(roles, values, i, dateline)
        return roles, values, issuer_score(dateline.issuer), dateline.body_start
    if _is_issuer_line(line):
        parts = line.parts if not line.field_role else None
        if parts is None:
            roles = {"issuer": i}
            if line.date:
                roles["date"] = i
            return roles, {}, line.issuer_score, None
        roles, values = {"issuer": i}, {"issuer": parts.issuer}
        if parts.title:
            roles["title"], values["title"] = i, parts.title
        _put_date(roles, values, i, parts)
        return roles, values, parts.score, None
    return None


def _try_block(
    lines: list[_Line], i: int, floor: int, heading_floor: int, bare: bool = False, dated_titles: bool = True
) -> _Block | None:
    """The header block anchored at line ``i`` (an issuer line), or None; ``floor`` is the first free line.

    With ``bare``, an issuer line standing alone with neither date nor title may be a block too.
    """
    anchor = lines[i]
    if anchor.blank or anchor.separator or (anchor.heading and anchor.heading < heading_floor):
        return None
    found = _anchor(lines, i)
    if found is None:
        return None
    # A source line after a body closes that statement ("— Source: Ministry of X"), as an end mark
    # ("-ENDS-", "###") or a page's footer ("Back to top") does: it opens none.
    if (anchor.source is not None or TRAILER.match(anchor.content)) and _follows_body(lines, i, floor):
        return None
    roles, values, quality, body_start = found
    # An e-mail's From: field anchors the block: its date and subject lines, once a forwarded page's own
    # header has taken over (see _page_header_in_envelope).
    envelope: dict[str, int] | None = {} if _opens_envelope(anchor) else None
    low, high = _ISSUER_SCORE_RANGE
    score = _FIELD_ANCHOR_SCORE if anchor.field_role else _ANCHOR_SCORE
    score = score + _ISSUER_WEIGHT * max(low, min(quality, high))
    if anchor.heading or _is_banner(anchor) or anchor.emphasis:
        score += _MARKUP_BONUS
    # Grow backwards over a date, place or label line written above the issuer.
    first = i
    while first - 1 >= floor and not lines[first - 1].blank:
        prev = lines[first - 1]
        role = (
            "label" if prev.markup or prev.label or (_is_parent_institution(prev) and _dated_header(lines, i))
            else "date" if prev.date_only
            else "place" if _is_place_line(prev)
            else None
        )  # fmt: skip
        if role is None or role in roles:
            break
        if role != "label":
            roles[role] = first - 1
        first -= 1
    # A page's title and its summary sentence above a key standing alone ("Title" / "The Prime Minister
    # spoke to ..." / "From:" / "Ministry of X", as GOV.UK pages paste): the summary is the page's, a line
    # of the header, not the end of the body above.
    if first < i and _KEY_ALONE.fullmatch(lines[first].content) and (summary := first - 1) > floor:
        title = summary - 1
        above = lines[title - 1] if title > floor else None
        if (
            lines[summary].terminal
            and not lines[summary].blank
            and _reads_as_title(lines[title])
            and (above is None or above.blank or above.separator or above.label)
        ):
            roles["title"], first = title, title
            if title > floor and lines[title - 1].label:
                first = title - 1  # "Press release" above the title
    # Grow forwards over header lines; blank lines may sit between them. A dateline opening the
    # first paragraph gives its place and date and starts the body after its dash.
    blanks = 0
    last, j = i + 1, i + 1
    dated_apart = False  # a title and its date set apart below the anchor: the header ends with them
    while body_start is None and j < len(lines) and j - first - blanks < _MAX_HEADER_LINES:
        line = lines[j]
        if line.blank:
            j, blanks = j + 1, blanks + 1
            continue
        if (
            dated_apart
            and "date" in roles
            and j > last
            and line.dateline is None
            and not line.label
            and line.field_role in (None, "issuer")
        ):
            break  # past a blank line only a label, a field or a dateline opening the body may follow them
        # (an analyst's side label, "## Sylvania readout:", sets no level: the issuer line under it does)
        level = lines[roles["issuer"]].heading if anchor.typed_label else anchor.heading
        # A page's title may be a larger heading than the site's name above it ("## Press Office of X" /
        # "# Chancellor speaks with ..." / "*9 March 2026*"): set as a title over its date, first under
        # the anchor, it is this header's, not the next one's.
        title_over_date = (
            level
            and line.heading
            and line.heading < level
            and j == _first_content(lines, i + 1, j + 1)
            and not _is_issuer_line(line)
            and _dated_below(lines, j)
        )
        if line.separator or (line.heading and line.heading <= max(level, heading_floor) and not title_over_date):
            break
        if (
            j > last
            and set(roles) <= {"issuer", "place"}
            and roles.get("place", i) <= i  # nothing of a header below the anchor yet
            and line.field_role is None
            and _is_issuer_line(line)
            and line.issuer_score >= ISSUER_SCORE
            and not _is_label(lines[roles["issuer"]])
        ):
            # Another issuer line past a blank one, under an issuer line with nothing of a header below
            # it: the next statement's header under a signature or a list of institutions ("Ministry of
            # X" / blank / "Ministry of Y"). (With a place below the anchor the two read alike: "Ministry of
            # X" / "Lakeport" / blank / "Department of Y" / date is one header, so it stays one.)
            break
        if j > last and envelope is not None and roles["issuer"] == i and (inner := _page_header_in_envelope(lines, i, j)):
            # A forwarded e-mail's fields over the page it forwards, whose own header opens the text
            # ("From: Layla Haddad <...>" / "Subject: ..." / blank / "Amiri Diwan – State of Qatar" / "Doha, 19
            # May 2026" / blank / body): the page's header issues; the fields are the e-mail's. The e-mail's
            # date and subject stand in for a date or title the page's header does not give.
            envelope = {k: v for k, v in roles.items() if k in ("date", "title")}
            roles, values = {"issuer": inner}, {}
            last = j = inner + 1
            continue
        role = _role_in_block(line, roles, apart=j > last)
        if (
            role == "place"
            and roles.keys() >= {"title", "date"}
            and j + 1 < len(lines)
            and not lines[j + 1].blank
            and _names_region_last(line.content)
        ):
            role = None  # under title and date, a city and its province ends its header ("In Melbourne, Victoria" / "the ...")
        if (
            role in (None, "title")
            and j == roles["issuer"] + 1 == last
            and not roles.keys() & {"title", "date"}
            and _byline_over_title(lines, j)
        ):
            role = "office"  # "NEW ZEALAND GOVERNMENT" / "Rt Hon Daniel Whitcombe, Prime Minister"
        if role is None and j > last and _title_over_dateline(lines, j, roles):
            role = "title"
        if (
            role is None
            and dated_titles
            and j > last
            and "date" in roles
            and "title" not in roles
            and _headline_over_lead(lines, j)
            and _title_above(lines, first, floor) is None  # a title over the issuer: the line is a standfirst
        ):
            role, dated_apart = "title", True
        if (
            role is None
            and j == last
            and roles.get("title") == i
            and _weak_part_title(values.get("title"))
            and _title_under_issuer(lines, j)
        ):
            # A part of the issuer line read as its title ("Prime Minister's Office – Communications
            # Directorate", "Government of X | News item | date") gives way to the title line right under
            # it, which a date line or a blank line closes.
            without = {k: v for k, v in roles.items() if k != "title"}
            if _role_in_block(line, without) == "title":
                del roles["title"], values["title"]
                role = "title"
        # A line apart from the header lines above, with a date line right under it (or its date in
        # closing brackets), is set as the page's title and date, however it is written ("Ministry of X" /
        # blank / "Minister spoke with Y about trade" / "3 May 2024"); a title read from a part of the
        # anchor line ("France Diplomacy - Ministry for Europe ...") named the site.
        dated = role is None and dated_titles and j > last and "date" not in roles
        if dated and (_dated_below(lines, j) or line.bracketed_date is not None):
            part_title = roles.get("title") == i and "title" in values
            without = {k: v for k, v in roles.items() if not (part_title and k == "title")}
            if _role_in_block(line, without, apart=False) == "title":
                if part_title:
                    del roles["title"], values["title"]
                role, dated_apart = "title", True
        if role is None:
            break
        if role == "dateline":
            dateline = line.dateline
            assert dateline is not None
            if dateline.place and "place" not in roles:
                roles["place"], values["place"] = j, dateline.place
            _put_date(roles, values, j, dateline)
            last, body_start = j + 1, dateline.body_start
            break
        issuer_line = lines[roles["issuer"]]
        if issuer_line.typed_label and role == "title" and line.parts is not None and line.parts.issuer:
            # "Sylvania readout:" over "Statement by the Foreign Minister of Sylvania": the line names the
            # issuer the label stood for.
            roles["issuer"], values["issuer"] = j, line.parts.issuer
            last = j = j + 1
            continue
        # An office's short name or abbreviation over its full name ("CANCILLERÍA" / "Ministry of Foreign
        # Affairs of X", "MOFA" / "Ministry of Foreign Affairs"): the full name issues.
        # So does a government over its office ("Gobierno de X" / "Secretaría de Relaciones Exteriores").
        short_name = (
            (issuer_line.n_words == 1 or (_is_parent_institution(issuer_line) and role in ("office", "title")))
            and j == roles["issuer"] + 1
            and line.n_words > 1
            and _names_institution(line)
        )
        if (
            (_is_label(issuer_line) or issuer_line.typed_label or short_name)
            and not _is_label(line)
            and (role == "office" or _names_issuer(line))
        ):
            # "PRESS OFFICE" or "PRESS STATEMENT" above "Ministry of Foreign Affairs" or "Federal
            # Chancellery of X", or an analyst's "US readout:" above "OFFICE OF THE SPOKESPERSON": the line
            # naming an institution or office-holder issues, not the label.
            roles["issuer"] = j
            values.pop("issuer", None)
        elif (
            roles["issuer"] == i
            and anchor.parts is not None
            and anchor.parts.introduced
            and (
                (role == "issuer" and line.field_role == "issuer")
                or (
                    j == i + 1
                    and role in ("office", "title")
                    and _is_issuer_line(line)
                    and _names_institution(line)
                    and not _names_institution(anchor)
                )
            )
        ):
            # "Statement by the Taoiseach, X, following ..." over "From: Department of the Taoiseach", or
            # "Statement by Prime Minister X" over "Office of the Prime Minister": the field or the office
            # names the issuer, the line over it is the title.
            roles["issuer"] = j
            values.pop("issuer", None)
            if "title" not in roles:
                roles["title"], values["title"] = i, anchor.content
        elif role not in ("office", "label", "markup"):
            roles.setdefault(role, j)
        last = j = j + 1
    if envelope:
        for role, index in envelope.items():
            roles.setdefault(role, index)
    if dated_apart and _no_body_below(lines, last):
        # A title and date set apart with no body under them (another issuer line, a date, the file's
        # end) were a signature's lines or the next statement's title and date: read without them.
        return _try_block(lines, i, floor, heading_floor, bare, dated_titles=False)
    # A title written above the issuer ("Foreign Ministers Meet" / "Ministry of X"): directly above it,
    # or apart from it when set as a title (Title Case, a heading, bold) after another statement's body.
    if "title" not in roles and (title := _title_above(lines, first, floor)) is not None:
        roles["title"], first = title, title
        if title > floor and lines[title - 1].label:
            first = title - 1  # "Press release" above the title, as above the summary
    elif not roles.keys() & {"title", "date"} and (above := _dated_title_above(lines, first, floor)):
        roles.update(above)
        first = min(above.values())
    before = lines[first - 1] if first > floor else None
    standalone = before is None or before.blank or before.separator or first == 0
    score += _STANDALONE_BONUS * standalone
    dated = "date" in roles or ("title" in roles and lines[roles["title"]].bracketed_date is not None)
    # A "title" apart below the anchor that reads as an issuer ("President of the Republic of X" under a
    # signature "Press Office of Y") is more likely the next statement's issuer line: no bonus for it.
    titled = "title" in roles and not (
        roles["title"] > i + 1
        and any(lines[k].blank for k in range(i + 1, roles["title"]))
        and _is_issuer_line(title_line := lines[roles["title"]])
        and title_line.parts is None
        and title_line.issuer_score >= ISSUER_SCORE
    )
    score += (
        _DATE_BONUS * dated
        + _TITLE_BONUS * titled
        + _PLACE_BONUS * ("place" in roles)
    )
    # An issuer-like line alone (a subheading such as "The President's remarks") is not a header block;
    # a dateline is one by its form.
    header = anchor.field_role or "date" in roles or "title" in roles or body_start is not None
    if not header and bare:
        after = lines[last] if last < len(lines) else None
        # An institution, or an office-holder "of" somewhere ("Prime Minister of Canada"), not a person
        # named by office ("Prime Minister Sato"), which may head a part of one statement.
        strong = quality >= _BARE_ISSUER_SCORE or (quality >= ISSUER_SCORE and " of " in anchor.content)
        header = strong and standalone and (after is None or after.blank or after.separator)
    if score < _MIN_BLOCK_SCORE or not header:
        return None
    if "date" not in roles and body_start is None and first > floor and _separator_below(lines, last):
        # Lines under a body with a separator under them ("Name" / "Special Adviser to the President" /
        # "(Information)" / blank / "***"): that body's signature, not the next statement's header.
        return None
    return _Block(first, last, score, roles, values, body_start, dated_apart)


def _is_parent_institution(line: _Line) -> bool:
    """A government named right above an issuer line, as the one its office belongs to ("Government of
    X" / "Prime Minister's Office", "Finnish Government" / "Ministry of Y"): part of the header, never
    its title. (Another institution there may be one: "Joint Commission of X and Y" / "Ministry of Z".)"""
    return (
        _is_issuer_line(line)
        and line.parts is None
        and line.issuer_score >= ISSUER_SCORE
        and _names_government(line.words)
    )


def _names_government(words: list[str]) -> bool:
    """Whether the words are a government's name and nothing more: "Government of X", "Finnish
    Government", "Gobierno de México", "Government of the Republic of X"."""
    if not any(w.lower() in _GOVERNMENT_WORDS for w in words):
        return False
    rest = [w for w in words if w.lower() not in _GOVERNMENT_WORDS]
    if len(rest) == 1:  # "Finnish Government", "Fiji Government"
        return country_of(rest[0]) is not None or fold(rest[0]) in country_names()
    return _is_state_name(words)


_GOVERNMENT_WORDS = frozenset(["government", "gobierno", "gouvernement", "governo"])


def _dated_header(lines: list[_Line], i: int) -> bool:
    """Whether a date line stands among the few header lines right under line ``i`` (a signature of
    institutions under a body has none: "Government of X" / "Prime Minister's Office" / blank)."""
    for line in lines[i + 1 : i + 4]:
        if line.blank:
            return False
        if line.date_only or line.field_role == "date":
            return True
    return False


def _title_above(lines: list[_Line], first: int, floor: int) -> int | None:
    """The line of a title standing above a header block that starts at ``first``, or None."""
    k, apart = first - 1, False
    while k >= floor and lines[k].blank:
        k, apart = k - 1, True
    if k < floor or not _reads_as_title(lines[k]):
        return None
    if _is_issuer_line(lines[k]) and lines[k].parts is not None:
        return None  # a header line of its own ("Statement by X"), not a title
    if apart and _is_office_line(lines[k]) and not has_headline_verb(lines[k].words):
        return None  # an office signing the body above ("Office of the Spokesperson"), not a title
    if k > 0 and not (lines[k - 1].blank or lines[k - 1].separator or lines[k - 1].label):
        return None  # the end of a paragraph, not a title on its own (a page's label may head it)
    # The statement above keeps a body: lines of text, or the rest of the dateline that ended its header.
    above = lines[floor - 1] if floor > 0 else None
    body_above = _has_text(lines, floor, k) or (above is not None and above.dateline is not None and not above.date_only)
    if apart:
        # Apart from the header it is a title only when set as one, and only after another statement's
        # body (which it would otherwise end); before the first statement it is the file's headline.
        marked = lines[k].title_case or lines[k].heading or lines[k].emphasis
        if not (marked and floor > 0 and body_above):
            return None
    elif floor > 0 and not body_above:
        return None  # it would leave the statement above without a body
    return k


def _dated_title_above(lines: list[_Line], first: int, floor: int) -> dict[str, int]:
    """A title and its date set apart above an issuer line that has neither ("Ministers Meet" / "3 May
    2024" / blank / "Ministry of X"), after another statement's body (which they would otherwise end):
    their roles, or {}. Above the first statement such lines are the file's headline."""
    k = first - 1
    while k >= floor and lines[k].blank:
        k -= 1
    if floor == 0 or k < floor or k == first - 1 or not lines[k].date_only or lines[k].field_role:
        return {}
    found = _date_set_apart(lines, k, floor)
    if found is None or not _has_text(lines, floor, found[0]):
        return {}  # the end of a paragraph or a signature; or it would leave the statement above no body
    return found[1]


def _date_set_apart(
    lines: list[_Line], k: int, floor: int, past: bool = False
) -> tuple[int, dict[str, int]] | None:
    """A date line ``k`` standing as a header, with a title directly above it or none, perhaps under a
    page's labels ("Briefing Room", "STATEMENT/25/1234"), set apart from the text above by a blank
    line, a rule or ``floor``: the group's first line and roles. None when the group ends a paragraph or
    a signature. ``past``: the title may be in the past tense ("X had a phone conversation with Y", as
    one presidency writes them) when it stands alone between a blank line and the date."""
    roles, top = {"date": k}, k
    alone = k - 1 == floor or (k - 1 > floor and (lines[k - 2].blank or lines[k - 2].separator))
    if k > floor and _reads_as_title(lines[k - 1], past=past and alone) and not lines[k - 1].label:
        roles["title"] = top = k - 1
    while top > floor and lines[top - 1].label:
        top -= 1
    if top > floor and not (lines[top - 1].blank or lines[top - 1].separator):
        return None
    return top, roles


def _has_text(lines: list[_Line], first: int, stop: int) -> bool:
    """Whether lines [first, stop) hold any text (stopping at the first that does)."""
    return any(not (lines[k].blank or lines[k].separator or lines[k].markup) for k in range(first, stop))


def _heading_floor(lines: list[_Line]) -> int:
    """The markdown heading level statements use: the highest level used more than once.

    A single heading above them (``# Call between ...``) is then the file's headline, not a statement.
    """
    # (an analyst's labels, "## Sylvania readout:", head the sides whatever the levels under them)
    levels = Counter(line.heading for line in lines if line.heading and _is_issuer_line(line) and not line.typed_label)
    repeated = [level for level, n in levels.items() if n >= 2]
    return min(repeated) if repeated else 0


def _outscored(lines: list[_Line], block: _Block, i: int, floor: int, heading_floor: int, bare: bool) -> bool:
    """A later line of ``block`` anchors a stronger block: the anchor was a headline that merely names
    an issuer ("Talks between the two foreign ministers") above a full header, which it took as its title."""
    for k in range(i + 1, block.last):
        if k == block.roles["issuer"] and _opens_envelope(lines[i]):
            continue  # a forwarded page's own header, which the e-mail's fields above already hold
        alternative = _try_block(lines, k, floor, heading_floor, bare)
        if alternative is None or alternative.score < block.score:
            continue
        # On a tie, a header set apart by a blank line below a plain line is the real one; a marked-up
        # anchor (heading, bold, capitals, field) is a deliberate header, and a generic label above a
        # header ("PRESS OFFICE") joins it instead (see _try_block).
        anchor = lines[i]
        plain = not (anchor.heading or anchor.emphasis or anchor.caps or anchor.field_role or _is_label(anchor))
        apart = any(lines[m].blank for m in range(i + 1, k))
        # A generic label below ("PRESS RELEASE" over the date) is no better header than an issuer line.
        if _is_label(lines[k]) and not _is_label(anchor):
            continue
        if alternative.score > block.score or (apart and plain):
            return True
    return False


def _find_blocks(lines: list[_Line], bare: bool = False) -> list[_Block]:
    blocks: list[_Block] = []
    heading_floor = _heading_floor(lines)
    i = floor = 0
    while i < len(lines):
        block = _try_block(lines, i, floor, heading_floor, bare)
        if block is None or _outscored(lines, block, i, floor, heading_floor, bare):
            i += 1
            continue
        blocks.append(block)
        i = floor = block.last
    return blocks


def _dated_blocks(lines: list[_Line]) -> list[_Block]:
    """Header blocks of statements that name no issuer: a date line standing as a header, with a title
    directly above or below it ("Talks in Lakeport" / "3 May 2024"), and perhaps a time or a link after
    it; set apart by a blank line or a rule from the text above, and, when no title is beside it, from
    the body below (a page pasted without blank lines runs title, date and body together). Read only when
    issuer lines find fewer than two statements: two articles pasted without the sites' names."""
    blocks: list[_Block] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if not line.date_only or line.field_role not in (None, "date"):
            k += 1
            continue
        # A title in the past tense only where the body runs on under the date, as such pages paste: a
        # one-line paragraph in the past tense above a date set apart is a caption in a body.
        after = _past_labels(lines, k + 1)
        run_on = after < len(lines) and not (lines[after].blank or lines[after].separator)
        found = _date_set_apart(lines, k, 0, past=run_on)
        if found is None:
            k += 1
            continue  # a date at the end of a paragraph or a signature, not a header
        first, roles = found
        last = _past_labels(lines, k + 1)  # a time of day, a link, a label
        if last < len(lines) and _is_place_line(lines[last]) and "title" in roles:
            roles["place"], last = last, _past_labels(lines, last + 1)  # "Ottawa, Ontario"
        elif "title" not in roles and last < len(lines) and _reads_as_title(lines[last]):
            roles["title"], last = last, _past_labels(lines, last + 1)
        body = last
        while body < len(lines) and (lines[body].blank or lines[body].separator):
            body += 1
        if body == len(lines) or lines[body].date_only or (body == last and "title" not in roles):
            k += 1
            continue  # no body below it, or a date alone directly above text (a line of that text)
        blocks.append(_Block(first, last, 0.0, roles, {}))
        k = last
    return blocks


def _with_dated_blocks(lines: list[_Line], blocks: list[_Block]) -> list[_Block]:
    """``blocks`` and, where none of them stands, each title with its date (``_dated_blocks``): a file
    may hold one readout with its issuer line and one pasted from a page without it."""
    taken = {k for b in blocks for k in range(b.first, b.last)}
    dated = [b for b in _dated_blocks(lines) if taken.isdisjoint(range(b.first, b.last))]
    return sorted(blocks + dated, key=lambda b: b.first)


def _past_labels(lines: list[_Line], k: int) -> int:
    """The first line from ``k`` on that is no label line."""
    while k < len(lines) and lines[k].label:
        k += 1
    return k


def _value(lines: list[_Line], block: _Block, role: str) -> str | None:
    if role in block.values:
        return block.values[role]  # type: ignore[return-value]
    if role not in block.roles:
        return None
    line = lines[block.roles[role]]
    text = line.content
    if line.date and role in ("issuer", "place"):
        text = without_span(text, line.date[1], line.date[2])
    elif role == "title" and (bracketed := line.bracketed_date):
        text = text[: bracketed[1]]
    if role == "issuer":
        # "Press Office <press@mfa.example>", as an e-mail's From: line; an address alone stays
        text = EMAIL.sub(" ", text).strip().strip('"“”').strip() or text
        if line.field_role == "issuer" and (parts := read_parts(text)) is not None and parts.issuer:
            text = parts.issuer  # "From: Press Service - Ministry of X": the ministry
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—/|")
    return text or None


def _typed_label_above(lines: list[_Line], first: int) -> str:
    """The side an analyst's label above a header names ("China readout (MFA website):" -> "China"), for
    a statement whose header names no issuer; else ""."""
    k = first - 1
    while k >= 0 and lines[k].blank:
        k -= 1
    if k < 0 or not (label := TYPED_LABEL.fullmatch(lines[k].content)):
        return ""
    return label["name"].strip()


def _year_of(sources: list[list[str]], month_day: tuple[int, int] | None) -> dt.date | None:
    """A year-less date completed with the one year its header writes elsewhere, or None.

    A dateline often leaves out the year ("TOKYO, May 3 (...) -"). The year is never guessed (not the
    file's date, not today's): the first of ``sources`` that writes a year must write exactly one.
    """
    if month_day is None:
        return None
    for texts in sources:
        years = {year for text in texts for year in find_years(text)}
        if years:
            if len(years) > 1:
                return None
            try:
                return dt.date(years.pop(), *month_day)
            except ValueError:
                return None
    return None


def _header(text: str, lines: list[_Line], found: _Found, headline: str | None = None) -> Header:
    block, source = found.block, lines[found.source].source if found.source is not None else None
    assert block is not None
    roles = block.roles
    place = _value(lines, block, "place")
    date: dt.date | None = None
    if "date" in block.values or "month_day" in block.values:
        date = block.values.get("date")  # type: ignore[assignment]
    elif "date" in roles:
        date_line = lines[roles["date"]]
        date = date_line.date[0] if date_line.date else None
        if (
            place is None
            and date_line.field_role is None
            and roles["date"] != roles.get("issuer")
            and date_line.date
            and not _date_among_page_fields(date_line.content, date_line.date)  # "Press release | 3 May 2024"
        ):
            rest = _beside_date(date_line.content, date_line.date)
            place = re.sub(r"\s+", " ", rest).strip(" ,;:-–—/|·•") or None
            if _OWNS_THE_DATE.search(date_line.content[: date_line.date[1]]) or (
                place and _names_no_place(WORD.findall(place))
            ):
                place = None  # "Press briefing of 12 March 2026", "Joint Declaration, 4 May 2026": no place
    if date is None and "title" in roles and (bracketed := lines[roles["title"]].bracketed_date):
        date = bracketed[0]  # "Ministers Meet (3 May 2024)"
    if date is None and source is not None:
        date = source.date
    if date is None and found.sentences and (signed := _signed_place_and_date(text[found.sentences[-1].end : found.end])):
        date = signed[1]  # "New Delhi" / "May 28, 2024" under the body (a name may sign there too: no place)
    if date is None:
        month_day = block.values.get("month_day") or (source.month_day if source else None)
        # The header's own lines; of a dateline, only what comes before its body.
        texts = [
            lines[k].content if block.body_start is None or lines[k].end < block.body_start
            else text[lines[k].content_start : block.body_start]
            for k in range(block.first, block.last)
        ]  # fmt: skip
        texts += [lines[found.source].content] if found.source is not None else []
        # The statement's own header first; then the file's headline, which introduces every statement.
        date = _year_of([texts, [headline or ""]], month_day)  # type: ignore[arg-type]
    issuer = _value(lines, block, "issuer")
    if source is not None and source.issuer and (issuer is None or _is_release_label(lines[roles["issuer"]])):
        credit = _PHOTO.search(lines[found.source].content) if found.source is not None else None
        if issuer is None or (issuer_score(source.issuer) >= ISSUER_SCORE and credit is None):
            issuer = source.issuer  # "PRESS RELEASE" over the body, "Source: Ministry of X" under it
    issuer = issuer or _typed_label_above(lines, block.first)
    return Header(issuer=issuer, place=place, date=date, title=_value(lines, block, "title"))


def _body_sentences(text: str, start: int, end: int) -> tuple[Sentence, ...]:
    """The sentences of a statement's body: markup-only segments, a trailing source tag, end mark or
    page footer are not text."""
    sentences = [
        s for s in split_sentences(text, start, end)
        if any(c.isalnum() for c in s.text) and not PAGE_NUMBER.fullmatch(s.text.strip())
    ]
    # (A page's footer lines, "Back to top" / "Related news" / "© 2025 ...", run together as one; a list of
    # links under "Related news", none of them a finished sentence.)
    signed = False  # one signature at most: a list of institutions above it is the body's
    while sentences:
        last = sentences[-1].text
        if all(TRAILER.match(line.strip()) for line in last.splitlines() if line.strip()):
            if _listed_buttons(sentences):
                break
            sentences.pop()
        elif not signed and (signature := _signature_lines(text, sentences) or _place_and_date_lines(text, sentences)):
            del sentences[-signature:]
            signed = True
        elif (links := _link_list_start(sentences)) is not None:
            del sentences[links:]
        elif (contact := _contact_block_start(sentences)) is not None:
            del sentences[contact:]
        elif len(sentences) > 1 and last.rstrip().endswith(":") and CONTACT_HEADING.fullmatch(last.strip()):
            sentences.pop()  # a contact block's heading, its names and numbers read as a header of their own
        else:
            break
    if all(_only_addresses(s.text) for s in sentences):
        return ()  # a press office's e-mail or telephone under its name: no statement's body
    return tuple(sentences)


def _listed_buttons(sentences: list[Sentence]) -> bool:
    """Whether the body's last sentences, each only words a page's buttons also use ("Facebook" / "X"),
    are items of a list under a line ending in a colon ("... on these platforms:"), not a page's buttons
    (which a "Share this:" or "Follow us:" line of their own may head)."""
    for sentence in reversed(sentences):
        lines = [line.strip() for line in sentence.text.splitlines() if line.strip()]
        if lines and all(BUTTON_LINE.fullmatch(line) for line in lines):
            continue
        last = lines[-1] if lines else ""
        return last.endswith(":") and not TRAILER.match(last)
    return False


# Words a sentence opens with, never a contact's name: "Inquiries: citizens may call 0800 ...".
# ("The" and "Our" also open a press office's name: "Contact: The Press Office, +47 ...".)
_SENTENCE_OPENERS = frozenset("they we it both all citizens people".split())
# The keys written before an address or a number ("Tel.:", "E-mail:", "Web:"); a line opening with one
# gives one ("Email newsdesk@example.gov", "Telephone 020 ...").
_ADDRESS_KEYS = re.compile(r"\b(?:tel|telephone|phone|fax|mobile|e-?mail|web|website)\b\.?\s*:?", re.IGNORECASE)


def _only_addresses(text: str) -> bool:
    """Whether ``text`` holds nothing but e-mail and web addresses and telephone numbers (with keys)."""
    rest = _ADDRESS_KEYS.sub(" ", _PHONE.sub(" ", URL_LINE.sub(" ", EMAIL.sub(" ", text))))
    return not any(c.isalnum() for c in rest)


def _signature_lines(text: str, sentences: list[Sentence]) -> int:
    """1 when a body's last sentence is an issuer signing under it ("Press and Information Office of the
    Federal Government of X"): one short unfinished line written as a name (its words capitalised) that
    reads as an issuer, a paragraph of its own; not a list item, not under a line ending in a colon, not
    a sentence that lost its full stop ("The Ministry will continue ..."); else 0."""
    if len(sentences) < 2:
        return 0  # a body is never only its signature
    last, above = sentences[-1], sentences[-2]
    line = last.text.strip()
    if "\n" in line or not _signs(line):
        return 0
    if above.text.rstrip().endswith(":") or not _BLANK_LINE.search(text, above.end, last.start):
        return 0  # a list item, or a line of the paragraph above
    return 1


def _place_and_date_lines(text: str, sentences: list[Sentence]) -> int:
    """How many of a body's last sentences are a place and a date signing it, a paragraph of their own
    ("New Delhi" / "May 28, 2024", as many ministries end a release): 1 or 2; else 0."""
    if len(sentences) < 2:
        return 0
    tail = [(k, line) for k in (2, 1) for line in sentences[-k].text.splitlines() if line.strip()][-2:]
    if len(tail) < 2:
        return 0
    place, date = (_features(line, 0) for _, line in tail)
    if not (date.date_only and date.date and _is_place_line(place)):
        return 0
    count = tail[0][0]  # the place's sentence: the last one, or the one before
    if len(sentences) <= count:
        return 0  # a body is never only its signature
    above, first = sentences[-count - 1], sentences[-count]
    if above.text.rstrip().endswith(":"):
        return 0  # items of a list ("The next round will be held at:" / "Valsund" / "12 June 2024")
    return count if _BLANK_LINE.search(text, above.end, first.start) else 0


def _signed_place_and_date(tail: str) -> tuple[str, dt.date] | None:
    """The place and date signing a body, from what follows its last sentence ("New Delhi" / "May 28,
    2024"; see ``_place_and_date_lines``), or None."""
    lines = [_features(line, 0) for line in tail.splitlines() if line.strip()]
    for place, date in itertools.pairwise(lines):
        if date.date_only and date.date and _is_place_line(place):
            return place.content, date.date[0]
    return None


def _signs(line: str) -> bool:
    tokens = WORD.findall(line)
    return (
        not _is_terminal(line)
        and not _BULLET.match(line)
        and not _ENUMERATED.match(line)
        and len(tokens) <= _MAX_SIGNATURE_WORDS
        and all(w[:1].isupper() or w.lower() in CONNECTORS for w in tokens)
        and issuer_score(line) >= ISSUER_SCORE
        and not has_headline_verb([w.lower() for w in tokens])
    )


# A blank line between two sentences.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")



#: A signature line is at most this many words ("Press and Information Office of the Federal Government of X").
_MAX_SIGNATURE_WORDS = 14


def _link_list_start(sentences: list[Sentence]) -> int | None:
    """Where a page's list of links under its heading ends a body ("Related news" / "President meets
    delegation" / ...): the heading's sentence, when no line after it ends a sentence; else None."""
    for k in range(len(sentences) - 1, -1, -1):
        lines = [line.strip() for line in sentences[k].text.splitlines() if line.strip()]
        if any(_is_terminal(line) for line in lines):
            return None
        if lines and LINKS_HEADING.fullmatch(lines[0]) and (len(lines) > 1 or k < len(sentences) - 1):
            return k
    return None


# A telephone number: seven digits or more, spaced, dashed or bracketed ("+27 82 555 0143", "(02) 6277
# 0000"); never a date or an amount ("30.06.2024", "1,200,000"): no dots, slashes or commas inside.
_PHONE = re.compile(r"(?<![\w.,/])\+?\(?\d[\d ()-]{5,}\d(?![\w.,/]\d)")
_MIN_PHONE_DIGITS = 7


def _gives_address(line: str) -> bool:
    """Whether ``line`` gives an e-mail or web address or a telephone number."""
    phones = (m.group() for m in _PHONE.finditer(line))
    return bool(EMAIL.search(line) or URL_LINE.search(line)) or any(
        sum(c.isdigit() for c in phone) >= _MIN_PHONE_DIGITS for phone in phones
    )


def _contact_block_start(sentences: list[Sentence]) -> int | None:
    """Where a press contact block ends a body ("For further information contact:" / a name, an e-mail;
    "Media enquiries: Jane Doe, +27 82 555 0143"): the sentence its key opens, when the block gives an
    address or a number and nothing in it ends a sentence but lines that give one; else None. Never the
    body's first sentence, nor an item of a list under a colon ("Contacts: regular consultations")."""
    addressed = False
    for k in range(len(sentences) - 1, 0, -1):
        lines = [line.strip() for line in sentences[k].text.splitlines() if line.strip()]
        gives = [_gives_address(line) for line in lines]
        addressed = addressed or any(gives)
        finished = [_is_terminal(line) and not given for line, given in zip(lines, gives, strict=True)]
        keyed = CONTACT_KEY.match(lines[0]) if lines else None
        key = keyed or (CONTACT_HEADING.fullmatch(lines[0]) if lines else None)
        if key and (keyed is None or not key.group().rstrip().endswith(":")):
            # A heading without its colon ("Media enquiries"), or one that may also head more text ("For
            # more information:"), heads names and addresses: no sentence under it, even one giving a
            # number ("A hotline (+47 ...) will open in June.").
            below = [line for s in sentences[k:] for line in s.text.splitlines() if line.strip()][1:]
            if any(_is_terminal(line.strip()) and not _ADDRESS_KEYS.match(line.strip()) for line in below):
                return None
        if key and not any(finished[1:]):
            # the key's own line may end in its colon, not in a sentence ("Contact: The ministers agreed
            # ...", "Inquiries: citizens may call 0800 123 4567 from Monday.")
            after_key = lines[0][key.end() :].split()
            says = (
                key.group().rstrip().endswith(":")  # "Contact: ...", not "please contact the Press Office at"
                and _is_terminal(lines[0])
                and bool(after_key)
                and after_key[0].lower() in _SENTENCE_OPENERS
            )
            opens = (lines[0].endswith(":") or not finished[0]) and not says
            above = sentences[k - 1].text.rstrip()
            return k if opens and addressed and not above.endswith(":") else None
        if any(finished):
            return None
    return None


def _headline(text: str) -> str | None:
    """The file's headline: the text above its first statement, but for a page's labels ("Skip to main
    content", "Menu", "Home > News"), which head no readout."""
    lines = [line.content or "" for line in _split_lines(text) if not line.label]
    headline = re.sub(r"\s+", " ", " ".join(lines)).strip()
    return headline or None


def _with_bodies(
    text: str, lines: list[_Line], blocks: list[_Block]
) -> list[tuple[_Block, int, int, int, tuple[Sentence, ...]]]:
    """Each block with its body's region (start offset, end offset, end line) and sentences, a block
    without a body merged into the next.

    A header block directly followed by another ("FOR IMMEDIATE RELEASE" above a ministry's header, a
    banner above an issuer line) is one header: the later block's fields win. A body-less block at the
    end of the file is dropped: it holds no sentence.
    """
    out: list[tuple[_Block, int, int, int, tuple[Sentence, ...]]] = []
    pending: _Block | None = None
    for n, block in enumerate(blocks):
        if pending is not None:
            # The later block's roles win, with the values read for them ("month_day" goes with "date").
            kept = {
                k: v for k, v in pending.values.items() if (k if k != "month_day" else "date") not in block.roles
            }
            block = _Block(
                pending.first, block.last, block.score, {**pending.roles, **block.roles},
                {**kept, **block.values}, block.body_start, block.dated_apart,
            )  # fmt: skip
        body_start = block.body_start if block.body_start is not None else lines[block.last - 1].end
        stop = blocks[n + 1].first if n + 1 < len(blocks) else len(lines)
        body_end = lines[stop].start if stop < len(lines) else len(text)
        sentences = _body_sentences(text, body_start, body_end)
        title = block.roles.get("title", -1)
        if not sentences and title >= 0 and "title" not in block.values and block.dated_apart:
            # A title set apart below the issuer (over its date line) must leave a body too: it was the
            # body's sentence, and its date line a signature ("We welcome the agreement" / "Lakeport, 3 May
            # 2024").
            roles = {k: v for k, v in block.roles.items() if v < title}
            values = {k: v for k, v in block.values.items() if (k if k != "month_day" else "date") in roles}
            block = _Block(block.first, title, block.score, roles, values, None)
            body_start = lines[block.last - 1].end
            sentences = _body_sentences(text, body_start, body_end)
        elif not sentences and title == block.last - 1 and lines[title].terminal and "title" not in block.values:
            # A header must leave a body: a last "title" ending in a full stop was the body's sentence.
            roles = {k: v for k, v in block.roles.items() if k != "title"}
            block = _Block(block.first, title, block.score, roles, block.values, None)
            body_start = lines[block.last - 1].end
            sentences = _body_sentences(text, body_start, body_end)
        if sentences:
            out.append((block, body_start, body_end, stop, sentences))
            pending = None
        else:
            pending = block
    return out


def _line_at(lines: list[_Line], offset: int) -> int:
    """The index of the line that holds ``offset`` (a binary search over the lines' starts)."""
    lo, hi = 0, len(lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if lines[mid].start <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _ends_sentence(line: _Line) -> bool:
    return line.terminal and line.content.rstrip("\"'”’)]").endswith(tuple(".!?。！？"))


def _source_cuts(lines: list[_Line], first: int, stop: int) -> list[int]:
    """The source lines in lines [first, stop) that close a body (the line above ends a sentence, so
    neither a list item under "included:" nor a header line): each ends a statement."""
    cuts = []
    previous: _Line | None = None
    for k in range(first, stop):
        line = lines[k]
        if line.blank:
            continue
        if previous is not None and _ends_sentence(previous) and line.source is not None:
            cuts.append(k)
            previous = None
            continue
        previous = line
    return cuts


def _lead_block(lines: list[_Line], first: int, stop: int, opening: bool) -> tuple[_Block, int]:
    """The header of a statement that has no header block (a source line closes it): its leading date
    or label lines, its title lines and a dateline opening its first paragraph, as a block without an
    issuer; with the line where its header starts. ``opening``: the file's first statement, whose
    first run of title lines is the file's headline when a second run follows.
    """
    roles: dict[str, int] = {}
    values: dict[str, object] = {}
    runs: list[list[int]] = []
    k, body_start = first, None
    while k < stop:
        line = lines[k]
        if line.blank or line.separator or line.markup or line.label:
            k += 1
            continue
        if line.date_only and "date" not in roles:
            roles["date"] = k
        elif (dateline := line.dateline) is not None:
            if dateline.place:
                roles["place"], values["place"] = k, dateline.place
            _put_date(roles, values, k, dateline)
            body_start = dateline.body_start
            k += 1
            break
        elif runs and "date" in roles and "place" not in roles and _is_place_line(line):
            roles["place"] = k  # "Ministers Meet" / "3 May 2024" / "Ottawa, Ontario": a place, not a title
        elif not _reads_as_title(line, past=k + 1 < stop and lines[k + 1].date_only and "date" not in roles):
            break  # (a title in the past tense directly above the date, as some sites write them)
        elif runs and runs[-1][-1] == k - 1 and len(runs[-1]) < _MAX_LEAD_TITLE_LINES:
            runs[-1].append(k)
        elif len(runs) < (2 if opening else 1) and (not runs or line.title_case):
            runs.append([k])
        else:
            break
        k += 1
    start = first
    if runs:
        title = runs[-1]
        roles["title"], values["title"] = title[0], " ".join(lines[t].content for t in title)
        start = title[0] if len(runs) > 1 else first
    return _Block(start, k, 0.0, roles, values, body_start), runs[-1][0] if runs else -1


def _assemble(text: str, lines: list[_Line], blocks: list[_Block]) -> list[_Found]:
    """The statements in file order: each header block with its body, and each body a source line closes.

    The text before the first header block is the headline, unless source lines close bodies in it. A
    body's text after its last source line that no other source line closes stays in that statement.
    """
    bodies = _with_bodies(text, lines, blocks)
    first_block = bodies[0][0].first if bodies else len(lines)
    head_end = lines[first_block].start if bodies else len(text)
    # (block, first line, body start, body end, end line, sentences); the first region is the text
    # above any block.
    regions: list[tuple[_Block | None, int, int, int, int, tuple[Sentence, ...]]] = [
        (None, 0, 0, head_end, first_block, ())
    ]
    regions += [(block, _line_at(lines, start), start, end, stop, sents) for block, start, end, stop, sents in bodies]
    found: list[_Found] = []
    for block, first_line, body_start, body_end, stop, sentences in regions:
        cuts = _source_cuts(lines, first_line, stop)
        if block is None and not cuts:
            continue  # text before the first header block: the headline
        pieces: list[_Found] = []
        # A separator between a header's body and the first source line closing a body: the header's
        # statement ends there, and the source line closes the next one ("***" / "PM meeting with X" /
        # body / "Source: Prime Minister's Office").
        split = _separator_between(text, lines, body_start, cuts[0]) if block is not None and cuts else None
        if block is not None:
            piece_end = lines[split if split is not None else cuts[0]].start if cuts else body_end
            if cuts:
                sentences = _body_sentences(text, body_start, piece_end)
            source_line = cuts[0] if cuts and split is None else None
            pieces.append(_Found(block, source_line, lines[block.first].start, piece_end, sentences))
        for n, cut in enumerate(cuts):
            if block is not None and n == 0 and split is None:
                continue
            first = cuts[n - 1] + 1 if n > 0 else (split + 1 if split is not None else first_line)
            lead, title = _lead_block(lines, first, cut, opening=block is None and n == 0)
            start = lead.body_start if lead.body_start is not None else lines[min(lead.last, cut)].start
            sentences = _body_sentences(text, start, lines[cut].start)
            if not sentences and title >= 0:
                # A statement needs a body: its "title" was its sentence.
                lead = _Block(
                    lead.first, title, 0.0, {k: v for k, v in lead.roles.items() if k != "title"}, {}
                )
                sentences = _body_sentences(text, lines[title].start, lines[cut].start)
            if sentences:
                opening = _first_content(lines, lead.first, cut)
                pieces.append(_Found(lead, cut, lines[opening].start, lines[cut].start, sentences))
        # Sentences after the last source line belong to the statement before it. A header block's own
        # statement then reads its source line as text, as it reads a source tag mid-body.
        if cuts and pieces and _body_sentences(text, lines[cuts[-1]].end, body_end):
            last = pieces[-1]
            inner = last.block is block and block is not None
            extra = _body_sentences(text, lines[cuts[-1]].start if inner else lines[cuts[-1]].end, body_end)
            source = None if inner else last.source
            pieces[-1] = _Found(last.block, source, last.start, body_end, last.sentences + extra)
        found += pieces
    return [f for f in found if f.sentences]


def _separator_between(text: str, lines: list[_Line], body_start: int, cut: int) -> int | None:
    """The last separator line between a body starting at offset ``body_start`` and the source line
    ``cut``, with sentences on both sides of it; else None."""
    for k in range(cut - 1, -1, -1):
        if lines[k].end <= body_start:
            return None
        if (
            lines[k].separator
            and _body_sentences(text, body_start, lines[k].start)
            and _body_sentences(text, lines[k].end, lines[cut].start)
        ):
            return k
    return None


def _first_content(lines: list[_Line], first: int, stop: int) -> int:
    for k in range(first, stop):
        if not (lines[k].blank or lines[k].separator or lines[k].markup):
            return k
    return first


# What a file of one statement needs: the command line's option that compares one file per side.
_PAIR_HINT = "; to compare files that hold one statement each, name them after --pair"


def _load_error(text: str, lines: list[_Line], found: list[_Found]) -> LoadError:
    what = (
        "no statement header"
        if not found
        else f"one statement (issuer {_header(text, lines, found[0]).issuer!r})"
    )
    return LoadError(
        f"found {what}; a seed needs two or more statements, each starting with a header block "
        "(an issuer line such as 'Ministry of Foreign Affairs', then its date and title lines, "
        "or 'Issuer:'/'Date:'/'Title:' fields, statements separated by '---')" + _PAIR_HINT
    )


def _statement(text: str, lines: list[_Line], number: int, item: _Found, headline: str | None) -> Statement:
    """Statement ``s{number}`` from what was found: its span runs over its source line, trailing space off."""
    start, end = item.start, item.end
    if item.source is not None:
        end = max(end, lines[item.source].end)
    while end > start and text[end - 1].isspace():
        end -= 1
    return Statement(f"s{number}", _header(text, lines, item, headline), start, end, item.sentences)


def find_statements(text: str, source: str) -> Document:
    """Split a seed file's text into its headline and its statements.

    Raises LoadError when fewer than two statements can be found.
    """
    lines = _split_lines(text)
    found = _assemble(text, lines, _find_blocks(lines))
    if len(found) < 2:
        # Only then may an issuer line standing alone, with no date or title, open a statement; and only
        # when that still finds fewer than two, a title with its date where no issuer stands.
        blocks = _find_blocks(lines, bare=True)
        fallback = _assemble(text, lines, blocks)
        if len(fallback) < 2:
            fallback = _assemble(text, lines, _with_dated_blocks(lines, blocks))
        if len(fallback) < 2:
            raise _load_error(text, lines, found)
        found = fallback
    headline = _headline(text[: found[0].start])
    statements = tuple(_statement(text, lines, n, item, headline) for n, item in enumerate(found, 1))
    return Document(source=source, text=text, title=headline, statements=statements)


def find_statement(text: str) -> Statement:
    """The statement of a file that holds one (``--pair``), read as a seed's statements are read.

    Its header block or the source line closing its body when it has one (text above a header block is
    its headline, as in a seed: not a sentence; it is the statement's title when the header gives none
    and it is a title's length); otherwise its leading title, place and date lines, and the rest is its
    body. A header block below a line that ends a sentence is read as lines of the body, so that no
    sentence is left out as a headline. The issuer is "" when the text names none. LoadError when the text holds two or more
    statements (a seed: compare it without --pair) or no sentence.
    """
    lines = _split_lines(text)
    found = _assemble(text, lines, _find_blocks(lines))
    if not found:
        # An issuer line standing alone opens the statement when it is the only one.
        bare = _assemble(text, lines, _find_blocks(lines, bare=True))
        found = bare if len(bare) == 1 else []
    if len(found) == 1 and any(_ends_sentence(line) for line in lines[: _line_at(lines, found[0].start)]):
        # Sentences above it: the block is lines of the body (a subheading, a signature), not the header
        # of a statement that would leave them out as its headline.
        found = []
    if len(found) > 1:
        issuers = ", ".join(repr(_header(text, lines, item).issuer) for item in found)
        raise LoadError(
            f"found {len(found)} statements (issuers {issuers}); with --pair each file holds one statement: "
            "compare this file on its own, without --pair"
        )
    if found:
        headline = _headline(text[: found[0].start])
        statement = _statement(text, lines, 1, found[0], headline)
        if statement.header.title is None and headline and len(WORD.findall(headline)) <= _MAX_TITLE_WORDS:
            statement = replace(statement, header=replace(statement.header, title=headline))
        return statement
    # No issuer anywhere: leading title, place and date lines (as a statement a source line closes has
    # them), then the body, to the end of the text.
    lead, title = _lead_block(lines, 0, len(lines), opening=True)
    body_start = lead.body_start if lead.body_start is not None else _line_start(text, lines, lead.last)
    sentences = _body_sentences(text, body_start, len(text))
    if not sentences and title >= 0:
        # A statement needs a body: its "title" was its sentence.
        lead = _Block(lead.first, title, 0.0, {k: v for k, v in lead.roles.items() if k != "title"}, {})
        sentences = _body_sentences(text, lines[title].start, len(text))
    if not sentences:
        raise LoadError("found no sentence: the file holds no text to compare")
    start = lines[_first_content(lines, lead.first, len(lines))].start
    return _statement(text, lines, 1, _Found(lead, None, start, len(text), sentences), None)


def _line_start(text: str, lines: list[_Line], index: int) -> int:
    """Where line ``index`` starts; the end of the text past the last line."""
    return lines[index].start if index < len(lines) else len(text)
