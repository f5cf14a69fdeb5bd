"""Who said it: the speaker a statement credits a sentence to ("Prime Minister Okafor highlighted ...")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from ..model import Attribution, Mention
from ..text.aliases import AliasTable
from ..text.titles import TitleMention, Titles
from .mentions import MentionKind

if TYPE_CHECKING:
    from ..annotate import AnnotatedStatement

# Reporting verbs, past tense, as readouts write them. Acts that are no speech ("co-chaired",
# "participated", "met", "hosted", "led", "spoke with") are not here: they credit nobody with a point.
_VERBS = sorted(
    (
        "said", "stated", "stressed", "emphasized", "emphasised", "underscored", "underlined", "highlighted",
        "noted", "welcomed", "expressed", "conveyed", "reaffirmed", "reiterated", "restated", "raised",
        "agreed", "discussed", "urged", "thanked", "congratulated", "condemned", "affirmed", "informed",
        "briefed", "proposed", "invited", "recalled", "acknowledged", "committed", "explained", "remarked",
        "announced", "confirmed", "assured", "offered", "appreciated", "praised", "commended", "outlined",
        "shared", "reviewed", "indicated", "added", "argued", "insisted", "requested", "asked", "suggested",
        "told", "encouraged", "reported", "described", "mentioned", "observed", "declared", "pledged",
        "promised", "vowed", "warned", "regretted", "deplored", "pressed", "recognized", "recognised",
        "voiced", "presented", "called for", "called on", "pointed out", "made clear", "exchanged views",
        "spoke about", "spoke of", "reflected on", "looked forward",
    ),
    key=len,
    reverse=True,
)
# Words between a subject and its verb: "The two leaders also discussed", "has welcomed".
_BETWEEN = (
    r"also|further|again|once\s+again|jointly|together|both|each|all|strongly|firmly|warmly|fully|then|"
    r"later|subsequently|similarly|likewise|in\s+turn|had|has|have|briefly|formally|publicly|"
    r"personally|specifically|particularly|notably|equally|repeatedly|additionally|duly|clearly"
)
_VERB_ALTERNATIVES = "|".join(v.replace(" ", r"\s+") for v in _VERBS)
_VERB = re.compile(rf"(?:\s*,)?(?:\s+(?:{_BETWEEN}))*\s+(?P<verb>{_VERB_ALTERNATIVES})\b")
# Where a clause may start: the sentence's start, after a comma, semicolon or colon, after a conjunction.
_CLAUSE = re.compile(r"[,;:]\s+(?:(?:and|but|while|whereas)\s+)?|\s+(?:and|but|while|whereas)\s+")
_ACCORDING = re.compile(r"[Aa]ccording\s+to\s+")
_CONJUNCTION_BEFORE = re.compile(r"\b(?:and|but|while|whereas)\s*$")
_CONJUNCTION_END = re.compile(r"\s*\b(?:and|but|while|whereas)\s*$")
_JOINT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_AND = re.compile(r"\band\b")
_THE = re.compile(r"^(?:[Tt]he\s+)?")

# Groups credited together, and the one form each is named by.
_BOTH_LEADERS = "both leaders"
_BOTH_MINISTERS = "both ministers"
_BOTH_SIDES = "both sides"
_GROUPS = {
    "leaders": _BOTH_LEADERS,
    "prime ministers": _BOTH_LEADERS,
    "presidents": _BOTH_LEADERS,
    "heads of state": _BOTH_LEADERS,
    "heads of government": _BOTH_LEADERS,
    "ministers": _BOTH_MINISTERS,
    "foreign ministers": _BOTH_MINISTERS,
    "secretaries": _BOTH_MINISTERS,
    "sides": _BOTH_SIDES,
    "delegations": _BOTH_SIDES,
    "parties": _BOTH_SIDES,
    "countries": _BOTH_SIDES,
    "governments": _BOTH_SIDES,
}
_GROUP_NOUNS = "|".join(sorted((g.replace(" ", r"\s+") for g in _GROUPS), key=len, reverse=True))
_GROUP = re.compile(rf"(?:[Bb]oth|[Tt]he\s+two|[Tt]he)\s+(?P<noun>{_GROUP_NOUNS})\b|[Bb]oth\b")
_WORD = r"(?:(?:[^\W\d_]\.){2,}|[^\W\d_][\w'’-]*)"
# One side: "the Cuban delegation", "the U.S. side", "the Sylvanian government".
_SIDE = re.compile(
    rf"(?:[Tt]he\s+)?(?P<who>{_WORD}(?:\s+{_WORD}){{0,2}})\s+"
    r"(?P<noun>delegation|side|party|government|authorities|team)\b"
)
_NAMED = re.compile(rf"(?P<the>[Tt]he\s+)?(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?{_WORD}(?:\s+{_WORD}){{0,3}})")
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+[^\W\d_][\w'’-]*")
# Every honorific above starts with one of these: a text holding none needs no scan for them.
_HONORIFIC_STARTS = ("Mr", "Ms", "Dr")
_PRONOUN = re.compile(r"(?P<word>[Hh]e|[Ss]he|[Tt]hey)\b")
# "He" looks this many sentences back at most for the person it stands for.
_PRONOUN_REACH = 3
# Capitalised words that never start a speaker's name (a sentence's first word is capitalised anyway).
_NOT_SPEAKERS = frozenset((
    "it", "its", "this", "that", "these", "those", "there", "here", "they", "he", "she", "we", "i", "you",
    "officials", "authorities", "participants", "representatives", "experts", "delegates", "everyone",
    "all", "each", "some", "many", "others", "talks", "meeting", "dialogue", "discussions", "statement",
    "readout", "today", "tonight", "yesterday", "tomorrow", "earlier", "later", "meanwhile", "also",
    "the", "a", "an", "on", "in", "at", "during", "after", "before", "following", "while", "when", "as",
    "since", "both", "either", "neither", "no", "one", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
))


def attribute(statement: AnnotatedStatement, aliases: AliasTable) -> tuple[Attribution, ...]:
    """The sentences of ``statement`` (read once by ``annotate.py``: its titled people) the text credits
    to a speaker, in order. ``aliases`` (the run's table) names a side or a country one way.

    Only the grammatical subject of a reporting verb at the start of a clause counts (precision over
    recall): "Prime Minister Okafor highlighted ...", "The Secretary stressed ...", "Both leaders
    agreed ...", "the Cuban delegation conveyed ...", "According to the Minister, ...", "Sylvania
    urged ...". Speakers are named as a reader would name them:

    - a titled person by title and shortest name ("Prime Minister Okafor"; "Secretary Lind" for
      "Secretary of State Marco Rubio"); a bare title as that person where the statement leaves no
      doubt (see ``titles.read_titles``), else as written ("the Prime Minister");
    - two or more people together as written, joined ("Prime Minister Okafor and President Rocha"):
      the names say more than "both leaders" and need no guess that the two are the meeting's sides;
    - "both leaders" for both / the two / the leaders, prime ministers, presidents, heads of state or
      government; "both ministers" for ministers, foreign ministers, secretaries; "both sides" for
      sides, delegations, parties, countries, governments, and for "Both" alone;
    - one side as "the <who> <delegation|side|government|authorities|team>", aliases read ("The U.S.
      party" -> "the US side");
    - "I" in a first-person statement as its leader (see ``mentions.py``), named as the statement
      names them with a title, else by surname ("I thanked ..." -> "President Anna Varga");
    - "He"/"She" as the one person the nearest earlier text names (none if it names two or more);
      "They" as the one group credited just before ("Both delegations agreed ... They agreed ...").

    A sentence may credit several speakers (one per clause). Quotations with the speaker after them
    ('"...," the Minister said') are not read.
    """
    titles = statement.titles
    found: list[Attribution] = []
    previous: list[Attribution] = []  # the sentence before's attributions
    named: tuple[int, list[str]] = (-1, [])  # the nearest earlier sentence naming people, and them
    sentences = zip(statement.statement.sentences, statement.sentences, strict=True)
    shown = _participants_shown(statement)
    for index, (sentence, read) in enumerate(sentences):
        reader = _SentenceReader(sentence.text, read.titles, titles, aliases, _first_person(read, shown))
        here: list[Attribution] = []
        for start, end, speaker, kind, verb in reader.credits():
            if kind == "he":
                earlier = named[1] if index - named[0] <= _PRONOUN_REACH else []
                speaker = _the_one(reader.people_before(start) or earlier)
            elif kind == "they":
                speaker = _the_group(here or previous)
            if speaker is None:
                continue
            mention = Mention(index, sentence.start + start, sentence.start + end, sentence.text[start:end])
            here.append(Attribution(index, speaker, mention, verb))
        found.extend(here)
        previous = here
        people = reader.people_before(len(sentence.text))
        if people:
            named = (index, people)
    return tuple(found)


class Credit(NamedTuple):
    """A speaker a statement credits: the sentences credited to them (ascending, each once), each
    reporting verb with the sentences it is used in (verbs in order of first use, sentences in order,
    each once), and the attributions themselves, in order."""

    speaker: str
    sentences: tuple[int, ...]
    verbs: tuple[tuple[str, tuple[int, ...]], ...]
    attributions: tuple[Attribution, ...]


def credits(attributions: Iterable[Attribution]) -> tuple[Credit, ...]:
    """The speakers of ``attributions`` in the order of their first credit, each with its sentences,
    verbs and attributions: the one place attributions are grouped by speaker."""
    by_speaker: dict[str, list[Attribution]] = {}
    for a in attributions:
        by_speaker.setdefault(a.speaker, []).append(a)
    grouped = []
    for speaker, credited in by_speaker.items():
        verbs: dict[str, list[int]] = {}
        for a in credited:
            sentences = verbs.setdefault(a.verb, [])
            if a.sentence not in sentences:
                sentences.append(a.sentence)
        grouped.append(
            Credit(
                speaker=speaker,
                sentences=tuple(sorted({a.sentence for a in credited})),
                verbs=tuple((verb, tuple(sentences)) for verb, sentences in verbs.items()),
                attributions=tuple(credited),
            )
        )
    return tuple(grouped)


def _the_one(named: list[str]) -> str | None:
    """The one person named nearest before a pronoun (``named``: in its sentence, else in the nearest
    earlier sentence naming anyone, at most ``_PRONOUN_REACH`` sentences back)."""
    return named[0] if named and len(set(named)) == 1 else None


def _the_group(credited: list[Attribution]) -> str | None:
    """The one group credited just before "They": earlier in its sentence, else in the sentence before."""
    groups = {a.speaker for a in credited if _is_group(a.speaker)}
    return groups.pop() if len(groups) == 1 else None


def _is_group(speaker: str) -> bool:
    return speaker in {_BOTH_LEADERS, _BOTH_MINISTERS, _BOTH_SIDES} or " and " in speaker


def _participants_shown(statement: AnnotatedStatement) -> dict[str, str]:
    """The meeting's participants a statement names with a title, each as a reader names them at the
    first such mention ("President Anna Varga"), by participant key."""
    shown: dict[str, str] = {}
    for read in statement.sentences:
        titled = {m.start: m for m in read.titles}
        for m in read.mentions:
            if m.kind is MentionKind.PARTICIPANT and m.key not in shown and m.start in titled:
                shown[m.key] = statement.titles.display(titled[m.start]) or read.text[m.start : m.end]
    return shown


def _first_person(sentence, shown: dict[str, str]) -> dict[int, str]:
    """Where a sentence writes "I" for a participant (a first-person statement's leader, as
    ``mentions.py`` resolves it), and who that is: as the statement names them with a title
    (``shown``), else by the name the meeting knows them by."""
    return {
        m.start: shown.get(m.key, m.label)
        for m in sentence.mentions
        if m.kind is MentionKind.PARTICIPANT and sentence.text[m.start : m.end] == "I"
    }


class _SentenceReader:
    """Finds the speakers of one sentence's clauses."""

    def __init__(
        self,
        text: str,
        mentions: tuple[TitleMention, ...],
        titles: Titles,
        aliases: AliasTable,
        first_person: dict[int, str] | None = None,
    ) -> None:
        self.text = text
        self.first_person = first_person or {}
        self.titles = titles
        self.aliases = aliases
        self.mentions = mentions
        self.starting = {m.start: m for m in mentions}
        self.honorifics = any(h in text for h in _HONORIFIC_STARTS)

    def person(self, mention: TitleMention) -> str:
        """A titled person as a reader names them."""
        shown = self.titles.display(mention)
        if shown:
            return shown
        written = " ".join(self.text[mention.start : mention.end].split())
        return _THE.sub("the ", written, count=1)

    def people_before(self, offset: int) -> list[str]:
        """The individuals named before ``offset``, nearest first: titled people and "Mr. Smith"."""
        named = [(m.start, self.person(m)) for m in self.mentions if m.end <= offset]
        if self.honorifics:
            named += [
                (m.start(), " ".join(m.group().split()))
                for m in _HONORIFIC_NAME.finditer(self.text, 0, offset)
                if not any(t.start <= m.start() < t.end for t in self.mentions)
            ]
        return [person for _, person in sorted(named, reverse=True)]

    def credits(self):
        """(start, end, speaker, kind, verb) for each clause whose subject is a speaker; ``kind`` is
        "he" or "they" for a pronoun still to resolve (speaker None), else "name"."""
        done = 0
        for at in [0] + [m.end() for m in _CLAUSE.finditer(self.text)]:
            if at < done:
                continue
            hit = self.according(at) or self.clause(at)
            if hit is not None:
                yield hit[:5]
                done = hit[5]

    def according(self, at: int):
        """ "According to the Minister, ..." """
        m = _ACCORDING.match(self.text, at)
        if not m:
            return None
        subject = self.subject(m.end(), allow_pronoun=False)
        if subject is None or not self.text.startswith(",", subject[1]):
            return None
        start, end, speaker, kind = subject
        return start, end, speaker, kind, "according to", end

    def clause(self, at: int):
        if at and _CONJUNCTION_BEFORE.search(self.text[max(0, at - 12) : at]) and self._after_name(at):
            return None  # "Talks between Prime Minister X and Prime Minister Y ...": not a clause
        subject = self.subject(at, allow_pronoun=True)
        if subject is None:
            return None
        start, end, speaker, kind = subject
        verb = _VERB.match(self.text, end)
        if not verb:
            return None
        return start, end, speaker, kind, " ".join(verb.group("verb").split()), verb.end()

    def _after_name(self, at: int) -> bool:
        """The word before the conjunction ending at ``at`` is a name or ends a title mention."""
        before = _CONJUNCTION_END.sub("", self.text[max(0, at - 200) : at])
        cut = at - len(self.text[max(0, at - 200) : at]) + len(before)  # where ``before`` ends in the text
        words = before.split()
        if not words or before.endswith((",", ";", ":")):
            return False  # ", and President Lind said": a new clause
        return words[-1][:1].isupper() or any(m.end == cut for m in self.mentions)

    def subject(self, at: int, allow_pronoun: bool):
        """(start, end, speaker, kind) of the subject at ``at``: one item, or several joined by "and"."""
        first = self.item(at, allow_pronoun)
        if first is None or first[3] != "name":
            return first
        items, end = [first], first[1]
        while True:
            joint = _JOINT.match(self.text, end)  # no anchor or lookbehind: as on ``self.text[end:]``
            if not joint:
                break
            following = self.item(joint.end(), allow_pronoun=False)
            if following is None:
                break
            items.append(following)
            end = following[1]
            if "and" in joint.group():
                break
        if len(items) == 1 or not _AND.search(self.text[first[1] : end]):
            return first
        return first[0], end, " and ".join(i[2] for i in items), "name"

    def item(self, at: int, allow_pronoun: bool):
        """(start, end, speaker, kind) of one subject at ``at``, or None."""
        text = self.text
        mention = self.starting.get(at)
        if mention is not None:
            return at, mention.end, self.person(mention), "name"
        if at in self.first_person:  # "I thanked ..." in a leader's own statement
            return at, at + 1, self.first_person[at], "name"
        m = _GROUP.match(text, at)
        if m:
            noun = m.group("noun")
            return at, m.end(), _GROUPS[" ".join(noun.lower().split())] if noun else _BOTH_SIDES, "name"
        m = _SIDE.match(text, at)
        if m and all(w[:1].isupper() and w.lower() not in _NOT_SPEAKERS for w in m.group("who").split()):
            who = " ".join(self.aliases.apply(m.group("who")).split())
            noun = "side" if m.group("noun") == "party" else m.group("noun")
            return at, m.end(), f"the {who} {noun}", "name"
        if allow_pronoun:
            m = _PRONOUN.match(text, at)
            if m:
                return at, m.end(), None, "they" if m.group("word").lower() == "they" else "he"
        m = _NAMED.match(text, at)
        if m:
            words = m.group("who").split()
            n = 0
            for word in words:
                if not word[:1].isupper() or word.lower().rstrip(".") in _NOT_SPEAKERS or _VERB.match(" " + word):
                    break
                n += 1
            if n and not words[0].lower().endswith("ing"):
                start = m.start("who")
                end = start + re.match(rf"\S+(?:\s+\S+){{{n - 1}}}", text[start:]).end()
                who = " ".join(self.aliases.apply(text[start:end]).split())
                return at, end, f"the {who}" if m.group("the") else who, "name"
        return None
