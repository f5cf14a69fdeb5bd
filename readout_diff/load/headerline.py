"""Read an issuer, a date, a place and a title out of one short line, wherever in the line they sit.

A statement is often introduced by a single line that holds several header fields at once: "Statement
by the Ministry of X", "Japan's Ministry of Foreign Affairs: Foreign Ministers' Meeting", "Press release |
Ministry of X | 3 May 2024", "Talks in Lakeport (Ministry of X)", a dateline opening the first paragraph
("LAKEPORT, May 3 (Ministry of X) - The ministers ..."), or a source line after the body ("— Source:
Ministry of X, 3 May 2024"). The line is cut into parts at separators (``|``, dashes, ``: ``, a bracketed
group at its end); each part is scored for how much it reads like an issuer, and the others are read as
a date, a label ("Press release") or the title. No layout is named here: the loader decides from where
the line sits whether it opens a header block, opens a body paragraph, or closes a statement.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..text.countries import country_names
from ..text.dates import find_date, find_day_month
from ..text.folding import fold

# Words that name an institution issuing a readout, and words that name an office-holder who may.
INSTITUTION_WORDS = frozenset(
    """ministry ministries department office embassy consulate mission presidency government
    secretariat chancellery kremlin cabinet council agency commission bureau palace élysée elysee
    mofa fcdo fmprc minrex cubaminrex whitehouse administration directorate""".split()
) | frozenset(
    # An office that keeps its own language's name on an English page ("Secretaría de Relaciones
    # Exteriores", "Cancillería Argentina", "Auswärtiges Amt", "Kementerian Luar Negeri"), accented or not.
    """ministerio ministério ministère ministero ministerium ministerie kementerian secretaría secretaria
    cancillería cancilleria chancellerie presidencia presidência présidence presidenza bundeskanzleramt
    itamaraty farnesina gobierno gouvernement governo""".split()
)
ROLE_WORDS = frozenset(
    """minister minister's ministers president president's spokesperson spokesman spokeswoman
    chancellor taoiseach secretary secretary-general""".split()
)
# Multi-word names, matched on the lower-cased text.
INSTITUTION_PHRASES = (
    "white house", "downing street", "foreign affairs", "state department", "auswärtiges amt", "quai d'orsay"
)
# International organisations that issue readouts under their bare name ("United Nations" on a line of
# its own): an institution only as a whole line, not inside a title ("... at the United Nations General
# Assembly").
ORGANISATIONS = frozenset(
    ["united nations", "european union", "african union", "nato", "asean", "osce", "council of europe"]
)
# A presidency named by its residence and its country as a whole line ("State House Kenya"); "State House,
# Lakeport" and "State House Entebbe" are places, and "State House" alone may sign under a body.
_STATE_HOUSE = re.compile(r"State House(?: of)? (?P<country>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
ROLE_PHRASES = ("prime minister",)
# Words of what happened rather than who reports it: a part holding one is a title ("Foreign Ministers'
# Meeting", "PM call with ..."), even when it names an office-holder.
# A headline's verbs ("Joint Commission Meets ...", "Chancellery Hosts ..."): no issuer's name has one.
_HEADLINE_VERBS = frozenset(
    "meets speaks holds receives welcomes hosts reviews agrees signs launches attends discusses marks approves"
    " adopts announces condemns congratulates concludes".split()
)
_EVENT_WORDS = _HEADLINE_VERBS | frozenset(
    """meeting meetings meet talks talk call calls conversation conversations visit visits dialogue
    summit conference readout statement remarks consultations discussion discussions discuss speak hold
    telephone phone review agree sign launch attend""".split()
)
# Office-holders in the plural do something in a title ("Foreign Ministers Review ..."); one issues.
_PLURAL_ROLES = frozenset(["ministers"])
# Words of generic labels that stand where an issuer might ("PRESS OFFICE", "Media Note", "Readout:"),
# and the keys of a table's header row ("Issuer | Date | Title").
LABEL_WORDS = frozenset(
    """press media release immediate note news statement readout communique communiqué office
    spokesperson spokesman spokeswoman information bureau service unit desk source sources via
    issuer date title headline subject place dateline summary transcript announcement
    share print email tweet download pdf end ends home newsroom briefing room""".split()
) | frozenset(
    # The same labels kept in an office's own language on an English page ("Nota de Prensa No. 87",
    # "Comunicado de prensa", "Communiqué de presse").
    "nota prensa comunicado presse imprensa boletín boletin".split()
)
# The keys of "Key: value" fields and the role each gives its value.
FIELD_ROLES = {
    "issuer": "issuer", "from": "issuer", "by": "issuer", "country": "issuer",
    "issued by": "issuer", "published by": "issuer", "released by": "issuer", "author": "issuer",
    "publisher": "issuer",
    "date": "date", "dated": "date", "published": "date", "posted": "date", "sent": "date",
    "published on": "date", "posted on": "date", "issued": "date", "issued on": "date", "released": "date",
    "released on": "date", "release date": "date", "date of release": "date", "date of issue": "date",
    "date published": "date", "date issued": "date", "updated": "date", "last updated": "date",
    "modified": "date", "last modified": "date",
    "title": "title", "headline": "title", "subject": "title",
    "place": "place", "location": "place", "dateline": "place",
}  # fmt: skip
# Keys that may give a person rather than an issuer ("Author: Jan Novak"): an issuer's field only when
# its value names an institution or an office-holder (see ``field_role``).
_PERSON_KEYS = frozenset(("author", "publisher"))
# A label may be numbered: "Press Release No. 123/2024".
_NUMBERING = frozenset("no nr num number ref reference".split())
# A label is a few words: "FOR IMMEDIATE RELEASE", "Press Release No. 12/2024", "Issuer | Date | Title".
_MAX_LABEL_WORDS = 6
CONNECTORS = frozenset("of the de la del and du des di da von van y et & for on".split())
WORD = re.compile(r"[^\W_][\w'’.\-]*")

# What makes a part read as an issuer: an institution most ("Ministry", "White House"), an office-holder
# ("Prime Minister") and being written as a name less; words of an event ("Meeting", "speaks") or a past
# tense, which titles and body sentences have and names do not, outweigh a name.
_INSTITUTION_WEIGHT = 2.0
_ROLE_WEIGHT = 1.0
_NAME_WEIGHT = 1.0
_EVENT_WEIGHT = -2.0
_PAST_WEIGHT = -2.0
# An issuer part needs at least this score: an institution, or an office-holder written as a name
# ("Prime Minister of Canada").
ISSUER_SCORE = 2.0
# Introduced in words ("Statement by ..."), a part is an issuer more surely; a bare name ("Statement by
# Sylvania") then scores as one, but a title introduced ("Remarks by ... on the Call") still does not.
_INTRODUCED_BONUS = 1.5
# An introduced bare name scores this much over ISSUER_SCORE (2.5 with the bonus): enough to clear it,
# while an introduced institution (2 + 1.5) still outscores it in the same line.
_INTRODUCED_NAME_MARGIN = 0.5
_INTRODUCED_NAME_SCORE = ISSUER_SCORE - _INTRODUCED_BONUS + _INTRODUCED_NAME_MARGIN
# A bare name (no office named) is read as an introduced issuer up to this length.
_MAX_NAME_WORDS = 8
# After an "Issuer:" key inside a line ("Issuer: X | Date: ..."), the part is the issuer whatever it says.
_KEYED_BONUS = 2.0
# A line or part longer than this is prose, not a header field.
_MAX_ISSUER_WORDS = 12
_MAX_LINE_WORDS = 30
# How far into a paragraph a dateline may run before its dash.
DATELINE_LOOK = 200
# A dateline's place is a name of at most this many words ("RIO DE JANEIRO, Federative Republic of Brazil").
_MAX_PLACE_WORDS = 6
# A date with its weekday is at most this many words ("Wednesday, 7th of February 2024").
_MAX_DATE_WORDS = 5
# A dateline before its dash: a place, a date with its weekday and an issuer's name.
_MAX_DATELINE_WORDS = _MAX_PLACE_WORDS + _MAX_DATE_WORDS + _MAX_ISSUER_WORDS

# Separators between the fields of one line: a table's pipes, spaced dashes, middle dots, "Key: value".
_PART_SEP = re.compile(r"\s*\|\s*|\s+(?:--?|[–—·•])\s+|\s*—\s*|(?<=\S):\s+")
# "Statement by", "Readout from", "From", "The following statement was issued by": a few lead words,
# then "by", "from" or "of", then the issuer. The lead's words are lower case ("... was issued by",
# "Posted on ... by") or a label's ("Statement by"); "of" introduces an issuer only after a label
# ("Statement of the Government of X").
_LEAD = re.compile(r"(?P<lead>(?:[\w'’]+\s+){0,6}?)(?P<key>by|from|of)\s+(?P<rest>\S.*)", re.I | re.S)
_LEAD_WORDS = LABEL_WORDS | frozenset(
    """a an the following this is was has been issued released published posted made joint official
    full text message letter read out remarks""".split()
)
# Where an introduced issuer ends and the topic begins: "Statement by the Ministry of X on the talks".
_TOPIC = re.compile(r"\s+(?:on|about|regarding|concerning|following|after|at|in|over|to)\s+(?=[a-z])")
# A dateline's dash, ending the dateline and starting the body: " - ", " -- ", " – ", "—".
#: A time of day as a release writes it ("16:10", "2:30 PM (GMT)", "10.30 a.m."), read whole.
TIME_OF_DAY = re.compile(
    r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?\s?m\.?))?"
    r"(?:\s*(?:[A-Z]{3,5}|\([A-Z]{2,5}\))(?![^\W\d_]))?"  # a time zone: "GMT", "(ET)"; not "10:30 LAKEPORT"
)
_DATELINE_DASH = re.compile(r"\s+(?:--?|–|—)\s+|\s*—\s*")
# A dateline closed by a full stop and a dash, as Spanish- and Portuguese-language offices write it
# ("MADRID, March 17, 2026 (SRE).– The ...", "Brasília, 12 May 2026.- The ..."): read only after its
# date or a bracket that follows it ("U.S.–Cuba talks", "Memorandum (Ministry of X).– ..." open none).
_DOTTED_DASH = re.compile(r"(?<=[\w)])\.\s?(?:--?|–|—)\s*")
# A source line's lead: a dash, "Source:", "Sources:", "Via".
_SOURCE_LEAD = re.compile(r"(?P<dash>[-–—]{1,2}\s*)?(?:(?P<key>sources?|via)\b\s*[:\-–—]?\s*)?", re.I)
_STRIP = " ,;:-–—/|"
# A pair of brackets left empty once the date inside is cut out.
EMPTY_BRACKETS = re.compile(r"[(\[]\s*[)\]]")
_TERMINAL_END = re.compile(r"[.!?;:][\"'”’)\]]*$")
_TRAILING_CONNECTOR = re.compile(r"(?:[\s,;:]+(?:on|dated|of|at|in|the))+\s*$", re.I)
# A word ending in "ed" reads as a past tense from this many letters: "need", "feed", "shed" do not.
_MIN_PAST_TENSE_LETTERS = 5
_IRREGULAR_PAST = frozenset(
    """spoke met held took said was were had gave made told paid led sent saw came went began brought
    thought knew wrote became felt found left kept meant put set stood understood""".split()
)


class LineParts(NamedTuple):
    """The header fields one line holds; ``body_start`` is where a dateline's body begins in the line."""

    issuer: str | None = None
    title: str | None = None
    place: str | None = None
    date: dt.date | None = None
    #: A date written without its year, as (month, day); ``date`` is then None.
    month_day: tuple[int, int] | None = None
    body_start: int | None = None
    #: The issuer was introduced in words ("Statement by", "From"), not merely written.
    introduced: bool = False
    #: How much the issuer reads as one (``issuer_score``, with the bonus for being introduced).
    score: float = 0.0


@dataclass(slots=True)
class _Part:
    """One part of a line, as read on its own."""

    text: str
    date: dt.date | None = None
    month_day: tuple[int, int] | None = None
    date_only: bool = False
    label: bool = False
    issuer: str | None = None  # the issuer text this part gives, when it gives one
    score: float = 0.0
    introduced: bool = False
    title: str | None = None


def words(text: str) -> list[str]:
    """The words of ``text`` (letters or digits, with inner apostrophes, dots and hyphens)."""
    return WORD.findall(text)


def is_past_tense(tokens: list[str]) -> bool:
    """Whether a lower-case word reads as a past tense ("discussed", "met"): body sentences report."""
    return any(
        w[:1].islower() and ((len(w) >= _MIN_PAST_TENSE_LETTERS and w.endswith("ed")) or w in _IRREGULAR_PAST)
        for w in tokens
    )


def is_name(tokens: list[str]) -> bool:
    """Whether the words are written as a name: every one capitalised, a number or a connector."""
    return bool(tokens) and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in CONNECTORS for w in tokens)


def is_label(text: str) -> bool:
    """A generic label rather than a named issuer: "Press release", "Readout", "Issuer | Date | Title"."""
    tokens = [w.lower().strip(".'’") for w in words(text)]
    if len(tokens) > 1 and tokens[0] in _NUMBERING and all(w[:1].isdigit() for w in tokens[1:]):
        return True  # a reference number alone: "No. 087/2026", "Ref: 45/2026"
    # A label word in the plural is a label's too: a page's section "Statements and Releases".
    labels = [w in LABEL_WORDS or (w.endswith("s") and w[:-1] in LABEL_WORDS) for w in tokens]
    return (
        0 < len(tokens) <= _MAX_LABEL_WORDS
        and all(
            label or w in CONNECTORS or w in _NUMBERING or w[:1].isdigit()
            for w, label in zip(tokens, labels, strict=True)
        )
        and any(labels)
    )


def has_headline_verb(tokens: list[str]) -> bool:
    """Whether the words hold a headline's verb in the present tense ("Meets", "Speaks", "Hosts")."""
    return any(w.lower() in _HEADLINE_VERBS for w in tokens)


def names_event(tokens: list[str]) -> bool:
    """Whether the words name what happened ("Meeting", "Talks", "Call", "speaks"), as a title does."""
    return any(w.lower().strip(".'’") in _EVENT_WORDS for w in tokens)


def names_office(text: str) -> bool:
    """Whether ``text`` names an institution or an office-holder at all."""
    lowered = text.lower()
    return any(w.lower().strip(".'’") in INSTITUTION_WORDS | ROLE_WORDS for w in words(text)) or any(
        p in lowered for p in INSTITUTION_PHRASES + ROLE_PHRASES
    )


def is_state_house(text: str) -> bool:
    """Whether ``text`` is a presidency named by its residence and country ("State House Kenya")."""
    found = _STATE_HOUSE.fullmatch(text.strip())
    return found is not None and fold(found["country"]) in country_names()


def issuer_score(text: str, tokens: list[str] | None = None) -> float:
    """How much ``text`` reads like the name of who issues a statement (>= ISSUER_SCORE: an issuer);
    0 when it names no institution or office-holder. ``tokens``: its words, when already split."""
    tokens = words(text) if tokens is None else tokens
    if not 1 <= len(tokens) <= _MAX_ISSUER_WORDS:
        return 0.0
    lowered = text.lower()
    bare = [w.lower().strip(".'’") for w in tokens]
    institution = (
        any(w in INSTITUTION_WORDS for w in bare)
        or any(p in lowered for p in INSTITUTION_PHRASES)
        or " ".join(bare) in ORGANISATIONS
        or is_state_house(text)
    )
    role = any(w in ROLE_WORDS and w not in _PLURAL_ROLES for w in bare)
    role = role or any(p in lowered for p in ROLE_PHRASES)
    if not (institution or role):
        return 0.0
    event = any(w in _EVENT_WORDS for w in bare)
    return (
        _INSTITUTION_WEIGHT * institution
        + _ROLE_WEIGHT * role
        + _NAME_WEIGHT * is_name(tokens)
        + _EVENT_WEIGHT * event
        + _PAST_WEIGHT * is_past_tense(tokens)
    )


def closing_group(text: str) -> int | None:
    """Where the bracketed group that ends ``text`` opens (nested brackets balanced), or None."""
    if not text.endswith(")"):
        return None
    depth = 0
    for k in range(len(text) - 1, -1, -1):
        if text[k] == ")":
            depth += 1
        elif text[k] == "(":
            depth -= 1
            if depth == 0:
                return k
    return None


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(_STRIP)
    while (cut := _TRAILING_CONNECTOR.sub("", text).strip(_STRIP)) != text:
        text = cut
    # Brackets stay when they are balanced ("Ministry of Foreign Affairs (Cuba)"), a stray one goes.
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].strip(_STRIP)
    if text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].strip(_STRIP)
    return text


def without_span(text: str, start: int, end: int) -> str:
    """``text`` without ``text[start:end]`` (a date), and without the brackets it leaves empty."""
    return EMPTY_BRACKETS.sub(" ", text[:start] + " " + text[end:])


def _cut_date(text: str) -> tuple[str, dt.date | None, tuple[int, int] | None, bool]:
    """``text`` without its date, the date (or a year-less month and day), and whether that was all.
    Brackets the date stood in go with it ("[3 May 2024] Ministry of X")."""
    found = find_date(text)
    if found:
        rest = without_span(text, found[1], found[2])
        # "9 April 2026, 17:15" is a date alone: its time of day is no other field.
        return rest, found[0], None, not words(_clean(TIME_OF_DAY.sub("", rest)))
    day_month = find_day_month(text)
    if day_month:
        rest = without_span(text, day_month[1], day_month[2])
        if not words(_clean(rest)):  # a bare "May 3" part; inside other words it is not read as a date
            return rest, None, day_month[0], True
    return text, None, None, False


def _introduces(lead: str, key: str) -> bool:
    """Whether the words before "by"/"from"/"of" introduce an issuer rather than say something else.

    "of" does only after a label that names no office ("Statement of the Government of X", not
    "Office of the President of X", whose head is the office).
    """
    tokens = [w.lower() for w in words(lead)]
    if key == "of":
        offices = INSTITUTION_WORDS | ROLE_WORDS
        return bool(tokens) and all(w in LABEL_WORDS and w not in offices for w in tokens)
    return all(w in _LEAD_WORDS or w[:1].islower() for w in tokens)


def _read_part(text: str) -> _Part:
    rest, date, month_day, date_only = _cut_date(text)
    part = _Part(text=text, date=date, month_day=month_day, date_only=date_only)
    if date_only:
        return part
    if is_label(text):
        part.label = True
        return part
    if (lead := _LEAD.fullmatch(rest.strip())) and _introduces(lead["lead"], lead["key"].lower()):
        name = lead["rest"]
        if topic := _TOPIC.search(name):
            name, part.title = name[: topic.start()], _clean(text)
        name = _clean(re.sub(r"^(?:the|a)\s+", "", name.strip()))
        tokens = words(name)
        score = issuer_score(name)
        by = lead["key"].lower() != "of"
        if score < ISSUER_SCORE and by and is_name(tokens) and len(tokens) <= _MAX_NAME_WORDS:
            score = _INTRODUCED_NAME_SCORE  # "Statement by Sylvania": introduced, so a name will do
        if score >= ISSUER_SCORE or by:
            part.issuer, part.score, part.introduced = name, score + _INTRODUCED_BONUS, True
            return part
    name = _clean(rest)
    part.issuer, part.score = name, issuer_score(name)
    return part


def field_role(key: str, value: str) -> str | None:
    """The role a field's ``key`` gives its ``value`` ("Date" a date, "From" the issuer), or None: a
    key that may give a person ("Author") gives an issuer only when the value names an office."""
    role = FIELD_ROLES[key.lower()]
    if key.lower() in _PERSON_KEYS and issuer_score(value) < ISSUER_SCORE:
        return None
    return role


# A row of fields in square brackets as a whole ("[European Council | Press release | 9 April 2026]").
_BRACKETED_ROW = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
# An office's acronym as a part of its own ("MOFA", "PMD"): its short name, never its title.
_ACRONYM = re.compile(r"[A-Z][A-Z&.]{1,7}")


# Lower-case words a sentence opens with after a colon, never a title ("de Souza receives ...", "e-Visa
# agreement signed" and "joint statement on ..." are titles).
_SENTENCE_STARTS = frozenset("the a an this these it its we they he she".split())


def _split_parts(text: str) -> list[_Part]:
    parts: list[_Part] = []
    if row := _BRACKETED_ROW.fullmatch(text.strip()):
        text = row[1]
    key: str | None = None  # a field's key ("Issuer:", "Title:"), which gives the part after it a role
    for piece in _PART_SEP.split(text):
        piece = piece.strip()
        if not piece.strip(_STRIP):
            continue
        if key is not None:
            part = _read_part(piece)
            role = field_role(key, piece)
            if role == "issuer" and not part.date_only:
                part.score, part.issuer = max(part.score, ISSUER_SCORE) + _KEYED_BONUS, _clean(piece)
            elif role in ("title", "place"):
                part.issuer, part.score, part.title = None, 0.0, piece
            parts.append(part)
            key = None
            continue
        if piece.lower() in FIELD_ROLES:
            key = piece
            parts.append(_Part(text=piece, label=True))
            continue
        # A bracketed group closing a part is a part of its own when it holds an issuer or a date:
        # "Talks in Lakeport (Ministry of X)", "Ministry of X (3 May 2024)"; "(Cuba)" stays in the name.
        opens = closing_group(piece)
        if opens is not None:
            inner = piece[opens + 1 : -1].strip()
            if opens == 0:
                piece = inner
            elif issuer_score(inner) >= ISSUER_SCORE or _cut_date(inner)[3]:
                parts.append(_read_part(piece[:opens].strip()))
                parts.append(_read_part(inner))
                continue
        parts.append(_read_part(piece))
    return parts


def read_parts(text: str) -> LineParts | None:
    """The fields of a short line that holds an issuer together with other fields, or None.

    None as well for a line that is only an issuer (perhaps with a label after it, as a banner's own
    wording: "EMBASSY OF OSTERLICH -- PRESS RELEASE"): the loader reads such lines whole.
    """
    parts = _split_parts(text)
    candidates = [p for p in parts if not (p.label or p.date_only) and p.issuer]
    if not candidates:
        return None
    # The first of equals, an office's full name before its acronym ("MOFA | Ministry of Foreign Affairs").
    best = max(candidates, key=lambda p: (p.score, not _ACRONYM.fullmatch(p.text.strip(_STRIP))))
    if best.score < ISSUER_SCORE or len(words(best.issuer or "")) > _MAX_ISSUER_WORDS:
        return None
    others = [p for p in parts if not (p.label or p.date_only) and p is not best]
    leading_label = any(p.label for p in parts[: parts.index(best)])
    dated = next((p for p in parts if p.date or p.month_day), None)
    if not (others or dated or leading_label or best.introduced):
        return None
    if parts[0] is best and others and _COLON_AFTER.match(text, text.find(best.text) + len(best.text)):
        after = words(others[0].text)
        if after and after[0] in _SENTENCE_STARTS and is_past_tense(after):
            return None  # "The Spokesman for the Presidency: the call reviewed ...": a sentence's words
    keyed = next((p.title for p in others if p.title and not p.issuer), None)  # after "Title:"
    # An acronym beside the issuer is its short name, no title: "PMD | President's Media Division".
    titles = [p for p in others if not _ACRONYM.fullmatch(p.text.strip(_STRIP))]
    longest = max(titles, key=lambda p: len(p.text)).text.strip(_STRIP) if titles else None
    title = keyed or best.title or longest
    return LineParts(
        issuer=best.issuer,
        title=title or None,
        date=dated.date if dated else None,
        month_day=dated.month_day if dated else None,
        introduced=best.introduced,
        score=best.score,
    )


_COLON_AFTER = re.compile(r":\s+")


def _dated_colon(text: str) -> re.Match[str] | None:
    """The colon closing a dateline written with one ("Addis Ababa, 20 May 2025: The ..."): right after a
    date that a place precedes; else None."""
    colon = _COLON_AFTER.search(text, 0, DATELINE_LOOK)
    if colon is None:
        return None
    prefix = text[: colon.start()]
    found = find_date(prefix) or find_day_month(prefix)
    place = prefix[: found[1]].rstrip() if found else ""
    if found is None or found[2] != len(prefix) or not place.endswith(",") or not place.strip(" ,"):
        return None  # "Place, date:" only ("On 3 May: ..." is a sentence)
    return colon


def _closes_dateline(prefix: str) -> bool:
    """Whether a full stop after ``prefix`` can close a dateline: right after its date, or after a
    bracket that follows its date ("March 17, 2026.–", "March 17, 2026 (SRE).–"); not after an
    abbreviation ("the U.S.–Sylvania Dialogue") or a bracket with no date before it."""
    found = find_date(prefix)
    if found is None:
        return False
    opens = closing_group(prefix)
    return found[2] == len(prefix) or (opens is not None and opens >= found[2])


def read_dateline(text: str) -> LineParts | None:
    """A dateline opening a paragraph ("LAKEPORT, May 3 (Ministry of X) - The ..."), or None.

    It holds a place, a date (perhaps without a year), or an issuer in brackets, then a dash (or a
    colon right after a place and a date, or a full stop and a dash after its date; see
    ``_closes_dateline``); the body starts after it with a capital letter or a digit. Its place is
    written as a name and names no office ("Prime Minister Sato (MOFA) - ..." is a sentence, not a
    dateline).
    """
    dash = _DATELINE_DASH.search(text, 0, DATELINE_LOOK)
    if (colon := _dated_colon(text)) is not None and (dash is None or colon.start() < dash.start()):
        dash = colon  # "Place, date: ... U.S. – Cuba ...": the colon closes the dateline
    dotted = _DOTTED_DASH.search(text, 0, DATELINE_LOOK)
    if dotted is not None and (dash is None or dotted.start() < dash.start()) and _closes_dateline(text[: dotted.start()]):
        dash = dotted
    else:
        dotted = None
    if dash is None or dash.start() == 0:
        return None
    body = dash.end()
    if body >= len(text) or not (text[body].isupper() or text[body].isdigit() or text[body] in "\"'“‘"):
        return None
    if TIME_OF_DAY.fullmatch(text, body, len(text.rstrip())):
        return None  # "Lakeport, 3 May 2024 - 16:10": a date and a time, no body
    prefix = text[: dash.start()].strip()
    if _TERMINAL_END.search(prefix) or len(words(prefix)) > _MAX_DATELINE_WORDS:
        return None
    issuer = None
    date: dt.date | None = None
    month_day = None
    opens = closing_group(prefix)
    if opens is not None:
        # "(Ministry of X)" names the issuer and "(May 3)" the date; "(AP)" stays with the place.
        inner = prefix[opens + 1 : -1].strip()
        _, date, month_day, date_only = _cut_date(inner)
        if not date_only:
            date, month_day = None, None
            if issuer_score(inner) >= ISSUER_SCORE:
                issuer = _clean(inner)
        if date_only or issuer:
            prefix = prefix[:opens].strip()
    if date is None and month_day is None:
        found = find_date(prefix)
        if found:
            date, prefix = found[0], prefix[: found[1]] + " " + prefix[found[2] :]
        elif day_month := find_day_month(prefix):
            month_day, prefix = day_month[0], prefix[: day_month[1]] + " " + prefix[day_month[2] :]
    place = _clean(prefix)
    tokens = words(place)
    if len(tokens) > _MAX_PLACE_WORDS or (tokens and (not is_name(tokens) or names_office(place))):
        return None
    caps = bool(tokens) and all(c.isupper() for c in place if c.isalpha())
    if not (issuer or date or month_day or (caps and dotted is None)):
        return None
    return LineParts(issuer=issuer, place=place or None, date=date, month_day=month_day, body_start=body)



def read_source(text: str) -> LineParts | None:
    """A source line naming an issuer ("— Source: Ministry of X, 3 May 2024", "(Ministry of X)") or None."""
    lead = _SOURCE_LEAD.match(text)
    rest = text[lead.end() :]
    if not (lead["dash"] or lead["key"]):
        if closing_group(text) != 0:
            return None
        rest = text[1:-1]
    if len(words(rest)) > _MAX_LINE_WORDS:
        return None
    parts = read_parts(rest)
    if parts is not None:
        return parts
    name, date, month_day, _ = _cut_date(rest)
    name = _clean(name)
    tokens = words(name)
    named = lead["key"] and is_name(tokens) and len(tokens) <= _MAX_NAME_WORDS  # "Source: SylvaNews"
    if issuer_score(name) >= ISSUER_SCORE or named:
        return LineParts(issuer=name, date=date, month_day=month_day)
    return None
