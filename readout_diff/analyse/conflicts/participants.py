"""Who led or made up a delegation, when two statements name different bodies for the same side."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from ...model import Conflict, Match
from ...text.aliases import AliasTable
from ...text.normalize import country_of, tokenize
from .facts import ConflictKind, Found, Scope, StatementFacts, conflict
from .text import content_stems

if TYPE_CHECKING:
    from ...annotate import AnnotatedSentence

_BODY_NOUNS = frozenset((
    "department", "ministry", "office", "agency", "embassy", "consulate", "commission", "council",
    "bureau", "service", "secretariat", "directorate", "customs", "police", "prosecutor", "court",
    "committee", "authority", "administration", "force", "guard", "institute", "bank", "cabinet",
    "chancellery", "presidency", "mission", "command", "staff", "corps", "division", "unit", "center",
    "centre", "board", "treasury", "pentagon", "parliament", "senate", "congress", "assembly"
))  # fmt: skip
# A plural body noun shared by the items after it: "the Departments of State and Justice".
_BODY_PLURALS = {
    "departments": "Department", "ministries": "Ministry", "offices": "Office", "agencies": "Agency",
    "embassies": "Embassy", "commissions": "Commission", "councils": "Council", "services": "Service",
    "committees": "Committee", "authorities": "Authority", "forces": "Force", "bureaus": "Bureau",
}  # fmt: skip
# Words of a person's title: an item holding one names a person, not a body.
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
# "The Sylvanian delegation was led by ...", "The delegation of Sylvania was made up of ...".
_SIDE_DESCRIBED = (
    re.compile(
        rf"\b{_SIDE}\s+{_SIDE_NOUN}\s+(?i:(?:was|were|is|are|has\s+been|had\s+been)\s+)?"
        rf"(?i:(?P<rel>{_LEAD}|{_MEMBERS}))\s+(?i:(?:of|by)\s+)?(?i:by\s+)?(?i:{_WHO})(?P<list>.+)$"
    ),
    re.compile(
        rf"\b{_SIDE_NOUN}\s+(?:of|from)\s+(?:the\s+)?{_SIDE}\s+(?i:(?:was|were|is|are)\s+)?"
        rf"(?i:(?P<rel>{_LEAD}|{_MEMBERS}))\s+(?i:(?:of|by)\s+)?(?i:by\s+)?(?i:{_WHO})(?P<list>.+)$"
    ),
)
# "The Ministry of X and the Ministry of Y co-chaired the talks for Sylvania": the list is the subject.
_LIST_AS_SUBJECT = re.compile(
    rf"^(?P<list>.+?)\s+(?P<also>also\s+)?(?i:(?P<rel>{_LEAD}|participated|took\s+part))\b(?P<rest>.*)$"
)
# Where the rest of such a sentence names the side: "the Sylvanian delegation", "for Sylvania".
_SIDE_AFTER_SUBJECT = (
    re.compile(rf"\b(?:the\s+)?{_SIDE}\s+{_SIDE_NOUN}\b"),
    re.compile(rf"\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?{_SIDE}\s*[.]?\s*$"),
)
_LEAD_VERB = re.compile(_LEAD, re.IGNORECASE)
# Words every pattern above needs: a verb of leading or making up, and a word naming the side.
_PARTICIPANT_HINTS = frozenset((
    "chaired", "led", "headed", "made", "composed", "comprised", "consisted", "formed", "included",
    "participated", "took",
))  # fmt: skip
_SIDE_HINTS = frozenset({"delegation", "delegations", "side", "party", "team", "for", "behalf"})
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s*;\s*|\s+and\s+")
_WHO_PREFIX = re.compile(rf"^(?i:{_WHO})")
_ARTICLE = re.compile(r"(?i:^(?:the|also|both)\s+)")
# Where a body's head noun ends: "Ministry" in "Ministry of Trade".
_AFTER_HEAD = re.compile(r"\s+(?:of|for|in|on)\s+")
# A list of more items than this, or an item of more words, is not a list of bodies.
_MAX_BODIES = 12
_MAX_BODY_WORDS = 8
# Two sides are the same when their names share their first letters: "sylvania" and "sylvanian" (the
# name and its adjective) share five; a name of four letters must be shared whole.
_SIDE_PREFIX = 5
_MIN_SIDE_CHARS = 4
# How many distinct lists each statement gives for a side are compared across the statements.
_MAX_LISTS = 16


class Participants(NamedTuple):
    """A list of bodies said to lead or make up one side's delegation.

    ``side`` is the side's first content word, lower-cased ("sylvanian", "us"); ``relation`` is "lead"
    (co-chaired, led, headed) or "members" (made up, included, took part); ``bodies`` each body's
    content stems, in the list's order.
    """

    start: int
    end: int
    side: str
    relation: str
    bodies: tuple[frozenset[str], ...]


def _side_key(side: str, aliases: AliasTable) -> str | None:
    tokens = [t.surface.lower() for t in tokenize(side, aliases) if not t.stop]
    # A side written as its people or adjective ("the American delegation") is the country's.
    return (country_of(tokens[0]) or tokens[0]) if tokens else None


def same_side(a: str, b: str) -> bool:
    """Whether two sides' keys name one side (see ``_SIDE_PREFIX``)."""
    if a == b:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return min(len(a), len(b)) >= _MIN_SIDE_CHARS and n >= min(len(a), len(b), _SIDE_PREFIX)


def _bodies(
    text: str, offset: int, aliases: AliasTable
) -> tuple[tuple[frozenset[str], ...], int, int] | None:
    """The named bodies of a list ("the Ministries of Trade, Fisheries, and Justice"), each as
    a set of stems, with the list's span; None unless every item names a body (not a person)."""
    stripped = text.rstrip(" .;")
    start = len(stripped) - len(stripped.lstrip())
    items = [item for item in _ITEM_SPLIT.split(stripped.strip()) if item]
    if not items or len(items) > _MAX_BODIES:
        return None
    bodies: list[str] = []
    distribute: str | None = None
    for raw in items:
        item = _ARTICLE.sub("", _WHO_PREFIX.sub("", _ARTICLE.sub("", raw.strip())))
        words = item.split()
        if not words or not words[0][:1].isupper() or len(words) > _MAX_BODY_WORDS:
            return None
        head_part = _AFTER_HEAD.split(item, maxsplit=1)[0]
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
    keys = tuple(content_stems(b, aliases) - {"the"} for b in bodies)
    if not all(keys):
        return None
    return keys, offset + start, offset + len(stripped)


def _relation(verb: str) -> str:
    return "lead" if _LEAD_VERB.fullmatch(verb) else "members"


def find(sentence: AnnotatedSentence, aliases: AliasTable) -> tuple[Participants, ...]:
    """The list of bodies one sentence says led or made up a side's delegation, if any (sides and
    bodies read with the run's ``aliases``)."""
    text, words = sentence.text, sentence.lower_words
    if _PARTICIPANT_HINTS.isdisjoint(words) or _SIDE_HINTS.isdisjoint(words):
        return ()
    for pattern in _SIDE_DESCRIBED:
        m = pattern.search(text)
        if m:
            side = _side_key(m["side"], aliases)
            bodies = _bodies(m["list"], m.start("list"), aliases)
            if side and bodies:
                return (Participants(bodies[1], bodies[2], side, _relation(m["rel"]), bodies[0]),)
            return ()
    m = _LIST_AS_SUBJECT.match(text)
    if m and not m["also"]:
        for pattern in _SIDE_AFTER_SUBJECT:
            side_match = pattern.search(m["rest"])
            if side_match:
                side = _side_key(side_match["side"], aliases)
                bodies = _bodies(m["list"], m.start("list"), aliases)
                if side and bodies:
                    return (Participants(bodies[1], bodies[2], side, _relation(m["rel"]), bodies[0]),)
                break
    return ()


def _covers(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> bool:
    """Every body of ``a`` is named in ``b`` (one's words within the other's)."""
    return all(any(x <= y or y <= x for y in b) for x in a)


def differ(a: Participants, b: Participants) -> bool:
    """Whether two lists for one side contradict each other: two lists of who led must name the same
    bodies; a list of who led and one of who took part, or two lists of members (which need not be
    complete), only when each names a body the other leaves out."""
    left_in_right, right_in_left = _covers(a.bodies, b.bodies), _covers(b.bodies, a.bodies)
    if a.relation == b.relation == "lead":
        return not (left_in_right and right_in_left)
    return not (left_in_right or right_in_left)


def _distinct(lists: list[Found[Participants]]) -> list[Found[Participants]]:
    """The first list of each distinct (relation, bodies), at most ``_MAX_LISTS`` of them."""
    seen: dict[tuple[str, tuple[frozenset[str], ...]], Found[Participants]] = {}
    for f in lists:
        seen.setdefault((f.fact.relation, f.fact.bodies), f)
    return list(seen.values())[:_MAX_LISTS]


def _conflict(
    scope: Scope, left: StatementFacts, right: StatementFacts, a: Found[Participants], b: Found[Participants]
) -> Conflict:
    return conflict(ConflictKind.PARTICIPANT, scope, left, right, a, b, f"{a.fact.side} side")


def conflicts(left: StatementFacts, right: StatementFacts, matches: Sequence[Match]) -> list[Conflict]:
    """Lists for one side that differ in matched sentences; then, across the whole statements and once
    per side not already reported, when no list one statement gives for that side agrees with any list
    the other gives."""
    out: list[Conflict] = []
    flagged_sides: set[str] = set()
    for match in matches:
        for a in left.found(find, match.left):
            for b in right.found(find, match.right):
                if same_side(a.fact.side, b.fact.side) and differ(a.fact, b.fact):
                    flagged_sides.add(a.fact.side)
                    out.append(_conflict(Scope.MATCH, left, right, a, b))
    # The right statement's lists indexed by the first letters every same side shares.
    right_by_side: dict[str, list[Found[Participants]]] = {}
    for b in right.everywhere(find):
        right_by_side.setdefault(b.fact.side[:_MIN_SIDE_CHARS], []).append(b)
    left_by_side: dict[str, list[Found[Participants]]] = {}
    for a in left.everywhere(find):
        if a.fact.side not in flagged_sides:
            left_by_side.setdefault(a.fact.side, []).append(a)
    for side, left_lists in left_by_side.items():
        candidates = right_by_side.get(side[:_MIN_SIDE_CHARS], [])
        right_lists = _distinct([b for b in candidates if same_side(side, b.fact.side)])
        left_lists = _distinct(left_lists)
        if right_lists and all(differ(a.fact, b.fact) for a in left_lists for b in right_lists):
            out.append(_conflict(Scope.STATEMENTS, left, right, left_lists[0], right_lists[0]))
    return out
