"""Places two statements give differently for a meeting: "met in Lakeport" and "met in Rivertown"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from ...model import Conflict, Match
from ...text.aliases import AliasTable
from ...text.dates import MONTHS, WEEKDAYS
from .facts import ConflictKind, Found, Scope, StatementFacts, conflict
from .text import content_stems, trigger_rules, triggered

if TYPE_CHECKING:
    from ...annotate import AnnotatedSentence

# A place's name: capitalised words (_CAP), perhaps joined by "of", "de", "del" or "la", perhaps followed
# by a comma and a region or country ("Washington, D.C.", "Rio de Janeiro", "Lakeport, Sylvania").
_CAP = r"[A-Z][\w’'.-]*"
_PLACE_NAME = rf"{_CAP}(?:\s+(?:of\s+|de\s+|del\s+|la\s+)?{_CAP})*(?:,\s+{_CAP}(?:\s+{_CAP})*)?"
# Verbs that say where a meeting was; a visit or a trip also takes "to" ("a visit to Lakeport").
_MEETING_VERBS = trigger_rules(
    ("met meet meets meeting meetings", r"[Mm](?:et|eet(?:s|ings?)?)\b", "meet"),
    ("held hold holds", r"[Hh](?:eld|olds?)\b", "meet"),
    ("hosted host hosts hosting", r"[Hh]ost(?:s|ed|ing)?\b", "meet"),
    ("convened gathered", r"(?:[Cc]onvened|[Gg]athered)\b", "meet"),
    ("place", r"[Tt](?:ook|akes?|aking)\s+place\b", "meet"),
    ("visit visits visited visiting", r"[Vv]isit(?:s|ed|ing)?\b", "visit"),
    ("travelled traveled trip arrived", r"(?:[Tt]ravell?ed|[Tt]rip|[Aa]rrived)\b", "travel"),
)
_PLACE_AFTER_PREPOSITION = re.compile(rf"(?P<prep>\b(?:in|at|to))\s+(?:the\s+)?(?P<place>{_PLACE_NAME})")
_PLACE_VISITED = re.compile(rf"\s+(?:the\s+)?(?P<place>{_PLACE_NAME})")
# What ends the clause a verb's place is looked for in: a comma, a semicolon, a colon, a full stop.
_CLAUSE_END = re.compile(r"[,;:]|\.\s")
# A place follows its verb within this many words.
_MAX_WORDS_TO_PLACE = 10
# Capitalised words that are not places: dates, events, occasions, titles, forms of address.
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


class Place(NamedTuple):
    """Where a sentence says a meeting happened.

    ``preposition`` is "in" (a town, a country: "met in Lakeport", "visited Lakeport") or "at" (a venue:
    "held at the Blue Palace"); ``travel`` says it was a visit or a trip rather than a meeting; ``stems``
    are the place's content stems, aliases applied ("Washington, D.C." and "Washington DC" are the same).
    """

    start: int
    end: int
    preposition: str
    travel: bool
    stems: frozenset[str]


def find(sentence: AnnotatedSentence, aliases: AliasTable) -> tuple[Place, ...]:
    """The places one sentence gives a meeting, visit or trip, one per verb, in the verbs' order (each
    place's stems read with the run's ``aliases``)."""
    text = sentence.text
    found: list[Place] = []
    for verb, tag in triggered(text, sentence.lower_words, _MEETING_VERBS):
        travel = tag != "meet"
        window_end = len(text)
        stop = _CLAUSE_END.search(text[verb.end() :])
        if stop:
            window_end = verb.end() + stop.start()
        place = None
        if tag == "visit":
            direct = _PLACE_VISITED.match(text, verb.end())
            if direct:
                place, preposition = direct, "in"
        if place is None:
            for m in _PLACE_AFTER_PREPOSITION.finditer(text, verb.end()):
                if m.start() >= window_end:
                    break
                if m["prep"] == "to" and not travel:
                    continue
                if len(text[verb.end() : m.start()].split()) > _MAX_WORDS_TO_PLACE:
                    break
                place, preposition = m, ("at" if m["prep"] == "at" else "in")
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
        stems = content_stems(name, aliases)
        if stems:
            found.append(Place(start, end, preposition, travel, stems))
    return tuple(found)


def same_place(a: Place, b: Place) -> bool:
    """Whether two places may be one: one's words are all in the other's ("Lakeport" and "Lakeport,
    Sylvania")."""
    return a.stems <= b.stems or b.stems <= a.stems


def conflicts(left: StatementFacts, right: StatementFacts, matches: Sequence[Match]) -> list[Conflict]:
    """Matched sentences that put a meeting in (or at) different places; failing any, the two whole
    statements, when each says where the meeting was one way only."""
    out: list[Conflict] = []

    def differ(a: Found[Place], b: Found[Place]) -> bool:
        # A place the other statement names anyway (the country of a city, say) is not contradicted.
        if same_place(a.fact, b.fact):
            return False
        return not right.names(left.text(a)) and not left.names(right.text(b))

    for match in matches:
        left_found, right_found = left.found(find, match.left), right.found(find, match.right)
        for preposition in ("in", "at"):
            a_list = [f for f in left_found if f.fact.preposition == preposition]
            b_list = [f for f in right_found if f.fact.preposition == preposition]
            if a_list and b_list and all(differ(a, b) for a in a_list for b in b_list):
                out.append(conflict(ConflictKind.PLACE, Scope.MATCH, left, right, a_list[0], b_list[0]))
    if out:
        return out
    # Across the whole statements: where the meeting took place (not where anyone travelled).
    left_all = [f for f in left.everywhere(find) if _meeting_in(f.fact)]
    right_all = [f for f in right.everywhere(find) if _meeting_in(f.fact)]
    one_each = len({f.fact.stems for f in left_all}) == len({f.fact.stems for f in right_all}) == 1
    if left_all and right_all and one_each and differ(left_all[0], right_all[0]):
        out.append(conflict(ConflictKind.PLACE, Scope.STATEMENTS, left, right, left_all[0], right_all[0]))
    return out


def _meeting_in(place: Place) -> bool:
    return place.preposition == "in" and not place.travel
