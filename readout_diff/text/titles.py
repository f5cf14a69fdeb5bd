"""Titled people: "the Prime Minister" read as "Prime Minister Okafor" where the statement leaves no doubt."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..model import Statement
from .aliases import AliasTable

# Titles, longest first, with the key each is read as. Rank words before a title make another title
# ("Deputy Prime Minister", "Assistant Secretary", "Foreign Minister"): an Assistant Secretary is no Secretary.
_BASE_TITLES = (
    ("Minister of Foreign Affairs", "Foreign Minister"),
    ("Minister for Foreign Affairs", "Foreign Minister"),
    ("Secretary of State", "Secretary"),
    ("Secretary-General", "Secretary-General"),
    ("Secretary General", "Secretary-General"),
    ("Vice-President", "Vice President"),
    ("Prime Minister", "Prime Minister"),
    ("Crown Prince", "Crown Prince"),
    ("President", "President"),
    ("Chancellor", "Chancellor"),
    ("Taoiseach", "Taoiseach"),
    ("Secretary", "Secretary"),
    ("Minister", "Minister"),
    ("Premier", "Premier"),
    ("Ambassador", "Ambassador"),
    ("King", "King"),
    ("Queen", "Queen"),
    ("Emir", "Emir"),
    ("PM", "Prime Minister"),
)
_TITLE_WORDS = tuple((tuple(written.split()), key) for written, key in _BASE_TITLES)
_BY_FIRST_WORD = {
    first: [(words, key) for words, key in _TITLE_WORDS if words[0] == first] for first, *_ in (w for w, _ in _TITLE_WORDS)
}
# A text without any of these words names no titled person: most sentences are skipped at once.
_ANY_TITLE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(_BY_FIRST_WORD)) + r")\b")
_RANKS = frozenset((
    "Deputy", "Assistant", "Under", "Vice", "Acting", "Principal", "Foreign", "Defence", "Defense",
    "Finance", "Trade", "Interior", "Home", "Chief", "Senior", "Special", "Permanent", "Executive",
    "General", "Cabinet", "Economy", "Health", "Justice", "First",
))
# Capitalised words before a title that do not make it someone else's (they are no nationality).
_NOT_QUALIFIERS = frozenset((
    "The", "Today", "Tonight", "Yesterday", "Tomorrow", "Earlier", "Later", "Then", "And", "But", "When",
    "While", "Also", "Both", "Former", "Mr", "Mrs", "Ms", "Dr", "Sir", "His", "Her", "Their", "Excellency",
    "Rt", "Hon", "Madam", "Mister", "Newly", "Incoming", "Outgoing",
))
_HONORIFICS = frozenset((
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Rt", "Hon", "H.E.", "HE", "Madam", "Mister", "Excellency", "His", "Her",
))
# Capitalised words never part of a name after a title (dates, function words, title-case verbs).
_NOT_NAMES = frozenset((
    "The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "Our", "Today", "Tonight",
    "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Of", "And", "For", "In", "On", "At", "To", "With", "By", "From", "During",
    "After", "Before", "Earlier", "Later", "Meanwhile", "Also", "Both", "Speaks", "Meets", "Holds", "Calls",
    "Talks", "Receives", "Hosts", "Visits", "Call", "Meeting", "Readout", "Statement", "Remarks",
))
# Issuers that speak for a title's holder: in their statements "the President" is that holder.
_ISSUER_TITLES = (
    (re.compile(r"prime\s+minister", re.IGNORECASE), ("Prime Minister",)),
    (re.compile(r"white\s+house|president|kremlin|[ée]lys[ée]e", re.IGNORECASE), ("President",)),
    (re.compile(r"department\s+of\s+state|state\s+department|secretary\s+of\s+state", re.IGNORECASE), ("Secretary",)),
    (re.compile(r"taoiseach", re.IGNORECASE), ("Taoiseach",)),
    (re.compile(r"chancell", re.IGNORECASE), ("Chancellor",)),
    (re.compile(r"secretary[-\s]general", re.IGNORECASE), ("Secretary-General",)),
    (re.compile(r"foreign\s+affairs|foreign\s+ministry|\bMFA\b", re.IGNORECASE), ("Foreign Minister", "Minister")),
)

_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}|(?:Mrs|Mr|Ms|Dr|Jr|Sr|Rt|Hon|St)\.|[^\W\d_]\.(?!\w)"
    r"|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|[^\w\s]"
)
_POSSESSIVE = ("'s", "’s")


class _Tok(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def base(self) -> str:
        """The word without a possessive 's."""
        return self.text[:-2] if self.possessive else self.text

    @property
    def possessive(self) -> bool:
        return self.text.endswith(_POSSESSIVE)

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


class TitleMention(NamedTuple):
    """A titled person in one text: ``text[start:end]`` names them.

    ``title`` is the title's key ("Prime Minister"; "Secretary" for "Secretary of State"); ``name`` the
    name written with it ("" for a bare title: "the Prime Minister"); ``foreign`` says the text calls
    them someone else's ("Canadian Prime Minister ...", "... of Canada").
    """

    start: int
    end: int
    title: str
    name: str
    foreign: bool

    @property
    def bare(self) -> bool:
        return not self.name


class _Reader:
    """Reads the titled people of one text, token by token."""

    def __init__(self, text: str, aliases: AliasTable) -> None:
        self.text = text
        self.aliases = aliases
        self.toks = [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.bases = [t.base for t in self.toks]
        # The tokens a title may start at: the only ones ``mentions`` need try.
        self.title_starts = [i for i, base in enumerate(self.bases) if base in _BY_FIRST_WORD]

    def near(self, a: int, b: int) -> bool:
        """Token ``b`` follows token ``a`` with only spaces between."""
        return 0 <= a < b < len(self.toks) and not self.text[self.toks[a].end : self.toks[b].start].strip()

    def word(self, i: int) -> str:
        return self.bases[i] if 0 <= i < len(self.bases) else ""

    def title_at(self, i: int) -> tuple[int, str] | None:
        """The title starting at token ``i``: (index after it, key), or None."""
        for words, key in _BY_FIRST_WORD.get(self.word(i), ()):
            n = len(words)
            if all(self.word(i + k) == w for k, w in enumerate(words)) and all(
                self.near(i + k - 1, i + k) and not self.toks[i + k - 1].possessive for k in range(1, n)
            ):
                return i + n, key
        return None

    def name_at(self, i: int) -> int:
        """How many tokens from ``i`` form a name ("Ada Okafor", "SATO Hana", "Maria T. Ferrand")."""
        n = 0
        while i + n < len(self.toks) and n < 4:
            tok = self.toks[i + n]
            if (n and not self.near(i + n - 1, i + n)) or not tok.capital or tok.base.rstrip(".") in _NOT_NAMES:
                break
            if tok.base in _HONORIFICS or self.title_at(i + n):
                break
            n += 1
            if tok.possessive:
                break
        return n

    def skip_honorifics(self, i: int) -> int:
        while i < len(self.toks) and self.toks[i].text.rstrip(".") in _HONORIFICS and self.near(i, i + 1):
            i += 1
        return i

    def name(self, i: int, n: int) -> str:
        return " ".join(t.base for t in self.toks[i : i + n])

    def complement(self, i: int) -> int:
        """The index after "of [the] Canada" / "of the United States of America" at ``i``, or 0."""
        if self.word(i) != "of":
            return 0
        j = i + 1
        if self.word(j) == "the" and self.near(i, j):
            j += 1
        first = j
        while j < len(self.toks) and self.near(j - 1, j):
            if self.toks[j].capital:
                j += 1
                if self.toks[j - 1].possessive:
                    break
            elif self.word(j) == "of" and j + 1 < len(self.toks) and self.toks[j + 1].capital:
                j += 1
            else:
                break
        return j if j > first else 0

    def name_before(self, i: int) -> tuple[int, int] | None:
        """A name of two words or more followed by ", [the]" just before token ``i``."""
        k = i - 1
        if self.word(k).lower() == "the":
            k -= 1
        if k < 1 or self.toks[k].text != ",":
            return None
        begin = k
        while begin > 0 and k - begin < 3:
            tok = self.toks[begin - 1]
            if not tok.capital or tok.base in _NOT_NAMES or tok.base.rstrip(".") in _HONORIFICS:
                break
            if begin < k and not self.near(begin - 1, begin):
                break
            begin -= 1
        return (begin, k - begin) if k - begin >= 2 else None

    def mentions(self) -> list[TitleMention]:
        found, i = [], 0
        for candidate in self.title_starts:
            if candidate < i:
                continue  # inside the mention read last
            i = candidate
            hit = self.title_at(i)
            if hit is None:
                continue
            after, key = hit
            lead = i
            while lead and self.toks[lead - 1].text in _RANKS and self.near(lead - 1, lead):
                lead -= 1
            if lead < i:
                key = " ".join([t.text for t in self.toks[lead:i]] + [key])
            read = self.mention(i, lead, after, key)
            if read is not None:
                found.append(read[0])
                after = read[1]
            i = after
        return found

    def mention(self, i: int, lead: int, after: int, key: str) -> tuple[TitleMention, int] | None:
        """The mention whose title runs from token ``lead`` (ranks included) to ``after``, and the
        index after it; None for a title that refers to no one in particular ("a Prime Minister")."""
        toks = self.toks
        foreign = False
        before = toks[lead - 1] if lead else None
        if before is not None and self.near(lead - 1, lead) and before.capital and before.text not in _NOT_QUALIFIERS:
            foreign, lead = True, lead - 1  # "Canadian Prime Minister", "U.S. President"
        has_the = lead > 0 and self.word(lead - 1).lower() == "the" and self.near(lead - 1, lead)
        start = toks[lead - 1].start if has_the else toks[lead].start
        last = toks[after - 1]
        end = last.start + len(last.base)
        name = ""
        if not last.possessive:
            j = self.skip_honorifics(after)
            n = self.name_at(j) if self.near(after - 1, after) and (j == after or self.near(j - 1, j)) else 0
            if n:  # "Prime Minister Okafor", maybe "of Canada" after the name
                name, after = self.name(j, n), j + n
                end = toks[after - 1].start + len(toks[after - 1].base)
                of = self.complement(after) if self.near(after - 1, after) else 0
                if of:
                    foreign, after, end = True, of, toks[of - 1].end
            elif self.word(after) == "of" and self.near(after - 1, after):
                # "the Prime Minister of Sylvania Ada Okafor", "the Prime Minister of Freedonia, Ravi Mehta"
                foreign = True
                of = self.complement(after)
                if of:
                    run = [t for t in toks[after + 1 : of] if t.capital and t.base not in _NOT_NAMES]
                    after, end = of, toks[of - 1].end
                    j = self.skip_honorifics(of + 1)
                    n = self.name_at(j) if self.word(of) == "," else 0
                    if n:
                        name, after, end = self.name(j, n), j + n, toks[j + n - 1].end
                    elif len(run) >= 3 and self.name_before(lead) is None:
                        # The last two words, unless they belong to a country's name ("Great Britain").
                        tail = self.text[run[-2].start : run[-1].end]
                        if self.aliases.apply(tail) == tail:
                            name = " ".join(t.base for t in run[-2:])
            elif self.word(after) == "," and (has_the or lead == 0):
                # "the Prime Minister, Ada Okafor, spoke": an apposition names the holder.
                j = self.skip_honorifics(after + 1)
                n = self.name_at(j)
                if n and self.word(j + n) in {",", ".", ""}:
                    name, after, end = self.name(j, n), j + n, toks[j + n - 1].end
        if not name and foreign and any(t.text == "of" for t in toks[i:after]):
            # "Tom Hale, Prime Minister of Latveria": the name comes first.
            back = self.name_before(lead)
            if back is not None:
                name, start = self.name(*back), toks[back[0]].start
        if not name and not foreign and not (has_the or lead == 0):
            return None  # "a Prime Minister", "his Secretary": no one in particular
        return TitleMention(start, end, key, name, foreign), after


def find_title_mentions(text: str, aliases: AliasTable) -> tuple[TitleMention, ...]:
    """Every titled person ``text`` names or refers to by title alone, in order (``aliases``: the run's
    table, which says when the last words after "of" are a country's name, not a person's).

    Read: "Prime Minister Okafor"; "Sylvanian Prime Minister Lena Varga" and "Prime Minister Varga
    of Sylvania" (someone else's); "the Prime Minister of Sylvania, Ada Okafor"; "Tom Hale, Prime
    Minister of Latveria"; "the Prime Minister, Ada Okafor,"; bare titles ("the Prime
    Minister", "The Secretary", or "Prime Minister" opening the text).
    """
    if not _ANY_TITLE.search(text):
        return ()
    return tuple(_Reader(text, aliases).mentions())


def _name_words(name: str) -> set[str]:
    return {w.lower() for w in name.split() if len(w.rstrip(".")) > 1}


class Person(NamedTuple):
    """One titled person of a statement: the title key and every name written for them; ``foreign``
    when a mention calls them someone else's; ``principal`` when the statement shows them as its
    issuer's own (named by the issuer, first in its title or first sentence, or in an apposition)."""

    title: str
    names: tuple[str, ...]
    foreign: bool
    principal: bool

    @property
    def display(self) -> str:
        """The title and the shortest name written: "Prime Minister Okafor"."""
        short = min(self.names, key=lambda n: (len(n.split()), self.names.index(n)))
        return f"{self.title} {short}"

    def is_named(self, name: str) -> bool:
        return any(_name_words(name) & _name_words(n) for n in self.names)


class Titles(NamedTuple):
    """The titled people of one statement, and the bare titles that mean one of them beyond doubt."""

    people: tuple[Person, ...]
    #: (title key, the person a bare title means): ("Prime Minister", "Prime Minister Okafor").
    resolved: tuple[tuple[str, str], ...]
    #: The titled people the statement's title names (``find_title_mentions``), and each sentence's.
    heading: tuple[TitleMention, ...] = ()
    sentences: tuple[tuple[TitleMention, ...], ...] = ()

    def person(self, title: str, name: str) -> Person | None:
        """The person a named mention refers to."""
        return next((p for p in self.people if p.title == title and p.is_named(name)), None)

    def display(self, mention: TitleMention) -> str | None:
        """How a reader names the person of ``mention``; None for a bare title left unresolved."""
        if mention.name:
            person = self.person(mention.title, mention.name)
            return person.display if person else f"{mention.title} {mention.name}"
        return None if mention.foreign else dict(self.resolved).get(mention.title)


def issuer_titles(issuer: str) -> tuple[str, ...]:
    """The titles whose holder an issuer speaks for ("Prime Minister's Office" -> Prime Minister)."""
    return tuple(t for pattern, titles in _ISSUER_TITLES if pattern.search(issuer) for t in titles)


def statement_titles(statement: Statement, aliases: AliasTable) -> Titles:
    """``read_titles`` of a statement: its sentences, issuer and title."""
    texts = [s.text for s in statement.sentences]
    return read_titles(texts, statement.issuer, statement.header.title or "", aliases)


def read_titles(texts: Sequence[str], issuer: str, title: str, aliases: AliasTable) -> Titles:
    """The titled people of one statement (its sentences ``texts``, its ``issuer`` and ``title``, each
    text read once with ``aliases``), and the bare titles ("the Prime Minister") that mean exactly one
    of them:

    - where the issuer speaks for the title's holder ("Prime Minister's Office"), a bare title is the
      issuer's own principal: it resolves only to the one person never called someone else's ("... of
      Canada") whom the statement shows as its own (see ``Person``). A readout from the Prime
      Minister's Office saying "The Prime Minister spoke to Prime Minister Okafor of Sylvania" resolves
      nothing: its own Prime Minister is not named;
    - elsewhere, to the one person the statement names with that title ("the Minister" also to the
      one Foreign Minister);
    - never when a sentence names that person beside the bare title ("Prime Minister Okafor thanked
      the Prime Minister": two people).
    """
    own = set(issuer_titles(issuer))
    found: list[tuple[str, TitleMention]] = []
    first: dict[str, TitleMention] = {}  # each text's first mention
    read = {}
    for where, text in [("issuer", issuer), ("title", title), *((f"s{k}", t) for k, t in enumerate(texts))]:
        mentions = read[where] = find_title_mentions(text, aliases)
        found.extend((where, m) for m in mentions)
        if mentions:
            first[where] = mentions[0]
    groups: list[dict] = []
    by_word: dict[tuple[str, str], dict] = {}  # (title, name word) -> the group of that person
    for where, mention in found:
        if not mention.name:
            continue
        words = _name_words(mention.name)
        group = next((by_word[(mention.title, w)] for w in sorted(words) if (mention.title, w) in by_word), None)
        if group is None:
            group = {"title": mention.title, "names": [], "foreign": False, "principal": False}
            groups.append(group)
        for w in words:
            by_word.setdefault((mention.title, w), group)
        if mention.name not in group["names"]:
            group["names"].append(mention.name)
        group["foreign"] |= mention.foreign
        apposition = where.startswith("s") and _is_apposition(texts[int(where[1:])], mention)
        group["principal"] |= not mention.foreign and (
            where == "issuer" or (where in {"title", "s0"} and first[where] is mention) or apposition
        )
    people = tuple(Person(g["title"], tuple(g["names"]), g["foreign"], g["principal"]) for g in groups)
    resolved = []
    for key in sorted({m.title for w, m in found if m.bare and not m.foreign and w.startswith("s")}):
        holders = [p for p in people if p.title == key or (key == "Minister" and p.title == "Foreign Minister")]
        if key in own:
            holders = [p for p in holders if not p.foreign and p.principal]
        if len(holders) != 1:
            continue
        holder = holders[0]
        beside = {w for w, m in found if w.startswith("s") and m.bare and not m.foreign and m.title == key}
        if any(w in beside and m.name and holder.is_named(m.name) for w, m in found):
            continue  # a sentence names the holder beside the bare title: two people
        resolved.append((key, holder.display))
    return Titles(people, tuple(resolved), read["title"], tuple(read[f"s{k}"] for k in range(len(texts))))


def _is_apposition(text: str, mention: TitleMention) -> bool:
    """ "the Prime Minister, Ada Okafor": the title, a comma, then the name."""
    written = text[mention.start : mention.end]
    return "," in written and written.lower().startswith("the ") and not mention.foreign
