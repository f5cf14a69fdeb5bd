"""Key terms that one statement uses and the other never does, ranked by salience."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from ..text.aliases import AliasSpan, AliasTable
from ..text.normalize import TABLE_CACHE_SIZE, WORD_CACHE_SIZE, Token, apply_aliases, tokenize
from .mentions import MentionKind

if TYPE_CHECKING:
    from ..annotate import AnnotatedSentence, AnnotatedStatement

# A term is a noun phrase: names, numbers and content nouns with their modifiers. Words are tagged
# with cheap cues (no POS tagger): function words, verbs, adverbs and generic readout words end a
# phrase; what is left runs into noun phrases, and names may be joined by "of"/"for" ("Embassy of X").
_FUNCTION, _VERB, _ADVERB, _GENERIC, _NOUN = "F", "V", "A", "G", "N"

# A word: a number ("12:05", "1,000", "15th") or letters, hyphenated compounds and possessives kept whole.
_WORD = re.compile(r"\d+(?:[.,:/]\d+)*(?:st|nd|rd|th)?|[^\W_]+(?:[-'’][^\W_]+)*")
_RAW_WORD = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d+")
_POSSESSIVE = re.compile(r"['’]s$")
_CLOCK_TIME = re.compile(r"\d+:\d+")
# Punctuation a term never spans. A full stop inside a sentence mostly ends an abbreviation, so it
# only breaks a phrase when a capitalised word follows and the word before it is not an initial.
_CLAUSE_GAP = re.compile(r"[,;:()\[\]{}\"“”‘!?/|…]|\.\.|\s[-–—]|[-–—]\s|[-–—]{2}")
_MAX_WORDS = 5

_DETERMINERS = frozenset(
    "the a an its their his her our my your this these those every each all no any".split()
)
# After these a bare word is a verb ("to confront", "will deepen", "they stress", "which enables").
_VERB_CONTEXT = frozenset(
    "to will would can could should must may might shall do does did they we he she i who which".split()
)
_NAME_JOINERS = frozenset("of for in at".split())
# "X of Y" always joins two names; "for", "in" and "at" only after an institution or an event
# ("Secretary for Western Hemisphere Affairs", "Embassy in Havana", "Summit in June").
# Verbs of the readout register (base forms; inflections are recognised). Words as often nouns as
# verbs ("support", "visit", "call", "talk", "trade") are left out: context decides for those.
_VERBS = frozenset(
    """discuss agree note welcome express stress emphasize emphasise underscore underline reaffirm reiterate
    highlight thank congratulate acknowledge convey confirm announce encourage urge condemn deplore recognize
    recognise commend praise appreciate invite accept enhance integrate enable ensure include continue remain
    stay seek pursue establish engage promote strengthen deepen bring protect prevent respond deploy confront
    combat tackle materialize materialise coordinate identify reject contradict require threaten provide
    receive deliver maintain explore affirm assure reassure mention raise outline inform intend decide expect
    want hold speak spoke said say tell told give gave take took make made go went come came see saw send
    sent lead led pay paid become became begin began brought keep kept participate attend join facilitate
    improve reduce expand boost foster bolster address resolve seize reach achieve allow create develop
    build built set look underpin advance repatriate contribute recall agreed describe explain inform
    offer apply mark celebrate reflect consider assess ask insist demand oppose held met put increase
    return fight thought sought found shown given taken spoken written known""".split()
)
# Nouns in -ing that stand alone ("drug trafficking", "the meeting", "concessional financing").
_ING_NOUNS = frozenset(
    """meeting briefing funding financing trafficking building training understanding spending shooting
    bombing warming hearing peacekeeping policing wellbeing dumping shipping housing manufacturing
    banking mining fishing farming firefighting warning landing crossing reopening gathering
    beginning opening signing wedding sentencing ceasefire kidnapping bombing smuggling""".split()
)
_ADVERBS = frozenset(
    """together ahead forward further also well again soon later back away instead rather quite almost
    better closer here there today tomorrow yesterday tonight now abroad likewise meanwhile""".split()
)
# -ly words that are not adverbs.
_LY_WORDS = frozenset(
    """family supply ally rally assembly monthly weekly daily yearly quarterly friendly early only holy
    elderly timely costly orderly italy july reply apply comply anomaly monopoly july""".split()
)
# Words so common in readouts that, alone, they are never a point one side makes; they end a phrase.
_GENERIC_WORDS = frozenset(
    """also today said says say began begin welcome welcomed noted note discussed discuss agreed agree
    spoke speak met meet meeting call called expressed express continue continued importance important
    need needs including include two both side sides leaders leader time way well many new like
    another one every other various several whole etc able no-one so-called""".split()
)
# Common nouns and adjectives of the register: they may head a phrase ("bilateral relations") but
# weigh little as the new words of a term ("constructive discussions", "last night").
_COMMON = frozenset(
    """constructive productive strong close clear good great important significant key different wide broad
    deep further additional current recent latest upcoming next last future mutual common shared own full
    long short high large small real best greater closer stronger deeper ongoing certain particular specific
    appropriate necessary possible positive fruitful excellent valuable useful warm cordial regular
    way part number range area areas matter matters issue issues thing things example case set point
    step steps situation effort efforts work time year years month months week weeks day days night
    morning evening opportunity discussion discussions talk talks conversation relationship relations
    ties priority priorities interest interests commitment commitments level role view views progress
    development developments end start lot kind type form basis sense order fact""".split()
)
# Titles of the leaders a readout is about: a term made of one of them and a name is who spoke.
_LEADER_TITLES = frozenset("president prime minister chancellor premier taoiseach sir rt hon majesty".split())
# Capitalised words that end institution names rather than people's names ("Trans-Pacific Partnership").
_INSTITUTIONS = frozenset(
    """dialogue conference summit agreement council commission committee office ministry department forum
    treaty alliance union organization organisation bank fund court assembly parliament group house street
    area declaration accord initiative programme program strategy plan framework mission embassy
    government state states nations republic kingdom forces agency service services security affairs
    partnership talks meeting conference summit games embassy consulate centre center institute
    secretary minister ambassador envoy coalition coronation""".split()
)
_ADJECTIVE_SUFFIXES = ("al", "ive", "ous", "ic", "ful", "less", "able", "ible", "ary", "ed")
# Words of titles and offices: a person's name may follow them.
_TITLES = _LEADER_TITLES | _INSTITUTIONS | frozenset(
    """secretary minister ambassador envoy advisor adviser director deputy assistant acting attorney general
    chief head spokesperson spokesman commissioner governor mayor senator vice chair chairman king queen
    prince princess excellency dr mr mrs ms policy""".split()
)
_NOUN_SUFFIXES = (
    "tion", "sion", "ment", "ity", "ism", "ship", "ness", "ency", "ancy", "ist", "ogy", "ics", "hood"
)
_NUMBER_WORDS = frozenset(
    """three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
    thousand million billion first second third fourth fifth sixth seventh eighth ninth tenth eleventh
    twelfth""".split()
)


class _Word(NamedTuple):
    """A word as written, with its stems (an alias may stand for several). Where a sentence writes it
    is kept apart (``TermWords.spans``): one record serves every sentence that writes the word."""

    surface: str
    lower: str  # lower case, possessive dropped
    stems: tuple[str, ...]
    stop: bool
    alias: bool
    capital: bool  # its first letter is upper case
    form: str  # _FUNCTION for a function word, else what its form says of its tag (see ``_form``)
    number: bool  # a number, in digits or in words
    acronym: bool  # an alias or a word in capitals: a name wherever it stands
    tag: str | None  # its tag wherever it stands, or None when context decides (see ``_tag``)

    @classmethod
    def of(cls, surface: str, stems: tuple[str, ...], stop: bool, alias: bool) -> _Word:
        lower = _lower(surface)
        # ("I" is the pronoun or a numeral, "Phase I": its neighbours tell, see _tag.)
        function = (stop and surface != "I") or lower in _DETERMINERS or (len(lower) == 1 and not surface.isupper())
        form = _FUNCTION if function else _form(lower)
        number = surface[:1].isdigit() or lower in _NUMBER_WORDS
        acronym = alias or (len(surface) > 1 and surface.isupper())
        capital = surface[:1].isupper()
        # What _tag would say whatever the context: a lower-case word's tag depends on its neighbours
        # only for verb forms and words whose form says nothing.
        tag = None
        if form == _FUNCTION:
            tag = _FUNCTION
        elif not capital:
            if lower in _GENERIC_WORDS:
                tag = _GENERIC
            elif number:
                tag = _NOUN
            elif form == _ADVERB or form == _NOUN:
                tag = form
        return cls(surface, lower, stems, stop, alias, capital, form, number, acronym, tag)


class TermWords(NamedTuple):
    """A sentence (NFKC-normalised) and its words as key terms read them (an alias one word, a number
    whole); ``words[k]`` is written at ``text[starts[k]:ends[k]]``. The annotation stage reads it once
    per sentence (``read_term_words``) and keeps it while the document is compared: the words are shared
    with every sentence that writes them, and the positions are two flat tuples (a pair per word took
    six times the memory)."""

    text: str
    words: tuple[_Word, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def between(self, first: int, last: int) -> str:
        """The text from word ``first`` to word ``last`` (included)."""
        return self.text[self.starts[first] : self.ends[last]]


class _Candidate(NamedTuple):
    """A phrase that may become a term: what ranking needs. Only the few ranked high enough to be
    shown are made into a ``_Term``."""

    stems: tuple[str, ...]
    weight: float
    parse: TermWords
    first: int  # its first and last words' positions in ``parse``
    last: int
    new_words: tuple[_Word, ...]  # its words new to the other side

    def term(self) -> _Term:
        return _Term(
            " ".join(self.parse.between(self.first, self.last).split()),
            frozenset(s for word in self.new_words for s in word.stems),
            _SEP + _SEP.join(self.stems) + _SEP,
        )


class _Term(NamedTuple):
    text: str
    novel: frozenset[str]  # stems of its words new to the other side
    key: str  # its stems joined and framed by _SEP: a term's stems contain another's as a substring


#: A character no stem holds (stems are words' letters and digits).
_SEP = "\x1f"


@dataclass(slots=True)
class _Tally:
    candidate: _Candidate
    first: tuple[int, int]  # (sentence, position) of its first occurrence
    best: float = 0.0


class Vocabulary:
    """What a statement says, as the other side of a comparison: its stems (after aliasing), its raw
    words' five-letter prefixes and the names it writes. Made once per statement (``compare.py``)
    however many statements it is compared with."""

    def __init__(self, statement: AnnotatedStatement, aliases: AliasTable) -> None:
        self.aliases = aliases
        self.stems: set[str] = set()
        self.prefixes: set[str] = set()
        self.names: set[str] = set()  # stems of words it writes capitalised inside a sentence
        surfaces: set[str] = set()
        for sentence in statement.sentences:
            tokens = sentence.tokens
            self.stems.update(t.stem for t in tokens)
            surfaces.update(t.surface for t in tokens)
            # The other side's words as written: its NFKC form's unless NFKC changes the text.
            written = sentence.term_words
            if sentence.normal != sentence.text:
                written = read_term_words(sentence.text, aliases.spans(sentence.text), aliases)
            self.names.update(s for w in written.words[1:] if w.capital for s in w.stems)
        # The words as written, and as aliased: the tokens are the aliased text's words.
        raw_words = set(_RAW_WORD.findall("\n".join(s.text for s in statement.sentences)))
        raw_words.update(_RAW_WORD.findall(" ".join(surfaces)))
        self.prefixes.update(w.lower()[:5] for w in raw_words)

    def knows(self, word: _Word) -> bool:
        """The other side uses ``word``: by stem, or every part of it by its first five letters."""
        if self.stems.issuperset(word.stems):
            return True
        known = _prefixes_read_with(self.aliases)
        found = known.get(word.surface)
        if found is None:
            if len(known) >= WORD_CACHE_SIZE:
                known.clear()
            found = known[word.surface] = _prefixes(word.surface, self.aliases)
        written, aliased = found
        return self.prefixes.issuperset(written) or self.prefixes.issuperset(aliased)


# Word caches kept per alias table: what a word reads as depends on the table, and a cache keyed by
# (word, table) would hash the table (a Python-level hash) at every word. Each holds at most
# WORD_CACHE_SIZE words (emptied when full: a batch's vocabulary repeats, so it refills with it).


@lru_cache(maxsize=TABLE_CACHE_SIZE)
def _prefixes_read_with(table: AliasTable) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each word's ``_prefixes`` with ``table``, as read so far."""
    return {}


@lru_cache(maxsize=TABLE_CACHE_SIZE)
def _words_read_with(table: AliasTable) -> dict[str, _Word | None]:
    """Each word's ``_analyse`` with ``table`` (an alias's canonical form too), as read so far."""
    return {}


def _prefixes(surface: str, table: AliasTable) -> tuple[frozenset[str], frozenset[str]]:
    """The five-letter prefixes of the parts of a word (possessive dropped), as written and as
    aliased with ``table``."""
    head = _POSSESSIVE.sub("", surface)
    written = frozenset(p.lower()[:5] for p in _RAW_WORD.findall(head))
    aliased = frozenset(p.lower()[:5] for p in _RAW_WORD.findall(apply_aliases(head, table)))
    return written, aliased


def _analyse(surface: str, table: AliasTable) -> _Word | None:
    """The word written ``surface`` (not an alias; read with ``table``), or None if it has no stem."""
    if surface[:1].isdigit():
        stems, stop = tuple(_DIGITS.findall(surface)), False
    else:
        tokens: tuple[Token, ...] = tokenize(surface, table)
        stems = tuple(t.stem for t in tokens)
        # "all-out" is a modifier, not two function words.
        stop = bool(tokens) and all(t.stop for t in tokens) and "-" not in surface
    return _Word.of(surface, stems, stop, False) if stems else None


def _lower(surface: str) -> str:
    """The lower-case word without a possessive ("Sylvania’s" -> "sylvania"): the word lists' form."""
    lower = surface.lower().replace("’", "'")
    return lower[:-2] if lower.endswith("'s") else lower


def read_term_words(sentence: str, claimed: Sequence[AliasSpan], table: AliasTable) -> TermWords:
    """The words of ``sentence`` (NFKC-normalised), an alias ("U.S.", "United Kingdom") as one word:
    ``claimed`` are where ``table`` finds its aliases (``AliasTable.spans``)."""
    known = _words_read_with(table)
    if len(known) >= WORD_CACHE_SIZE:
        known.clear()
    found: list[tuple[int, int, _Word]] = [
        (s, e, _Word.of(sentence[s:e], tuple(t.stem for t in tokenize(r, table)), False, True))
        for s, e, r in claimed
    ]
    for m in _WORD.finditer(sentence):
        if claimed and any(m.start() < e and s < m.end() for s, e, _ in claimed):
            continue
        surface = m.group()
        word = known.get(surface, _UNREAD)
        if word is _UNREAD:
            word = known[surface] = _analyse(surface, table)
        if word is not None:
            found.append((m.start(), m.end(), word))  # type: ignore[arg-type]
    if claimed:
        found.sort(key=lambda f: f[0])
    starts, ends, words = zip(*found) if found else ((), (), ())
    return TermWords(sentence, words, starts, ends)


#: A word ``_words_read_with`` has not read yet (None is a word without a stem).
_UNREAD = object()


_INFLECTIONS = (
    ("s", ""), ("es", ""), ("ies", "y"), ("ied", "y"),
    ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
)  # fmt: skip


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _is_verb_form(lower: str) -> bool:
    """``lower`` is an inflection of one of the register's verbs ("underscores", "noted", "pursuing")."""
    forms = {lower}
    for suffix, repl in _INFLECTIONS:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            base = lower[: -len(suffix)] + repl
            forms.add(base)
            if suffix in ("ed", "ing") and len(base) > 3 and base[-1] == base[-2]:
                forms.add(base[:-1])  # "committed" -> "commit"
    return not forms.isdisjoint(_VERBS)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _noun_suffix(lower: str) -> bool:
    root = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower
    return root.endswith(_NOUN_SUFFIXES) or (len(root) >= 8 and root.endswith(("ance", "ence")))


def _is_name(word: _Word, index: int, names: set[str], headline: bool) -> bool:
    """A capitalised word inside a sentence, an acronym or a number; a sentence's first word (or any
    word of a title-case headline) only if the text also writes it capitalised elsewhere."""
    if word.number:
        return True
    if not word.capital:
        return False
    if word.acronym:
        return True
    if index == 0 or headline:
        return any(s in names for s in word.stems)
    return True


# Forms whose tag context decides: words in -ing or -ed, words that may be a verb's third person
# ("enhances", "strengthens"), and words whose form says nothing.
_ING, _ED, _THIRD_PERSON, _UNKNOWN = "ing", "ed", "3", ""


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _form(lower: str) -> str:
    """What a word's form says of its tag, context aside (for a word that is neither a function word,
    a generic word nor a name): an adverb, a noun, a verb of the register, -ing, -ed, a possible
    third person or unknown."""
    if lower in _ADVERBS or (lower.endswith("ly") and len(lower) > 4 and lower not in _LY_WORDS):
        return _ADVERB
    if "-" in lower and lower.split("-")[0] not in _BOUND_PREFIXES:
        return _NOUN  # "long-standing", "people-to-people", "one-year": compounds are modifiers
    if _noun_suffix(lower) or lower in _ING_NOUNS:
        return _NOUN
    if _is_verb_form(lower.replace("-", "")):
        return _VERB
    if lower.endswith("ing") and len(lower) > 5:
        return _ING
    if lower.endswith("ed") and not lower.endswith("eed") and len(lower) > 4:
        return _ED
    if lower.endswith(("ates", "izes", "ises", "ifies", "ens")):
        return _THIRD_PERSON
    return _UNKNOWN


def _tag(parse: TermWords, names: set[str]) -> list[str]:
    """A tag per word of a sentence: function word, verb, adverb, generic word or noun-phrase word."""
    words = parse.words
    content = [w for w in words if not w.stop]
    capitals = sum(w.capital for w in content)
    headline = capitals > 4 and capitals * 3 > 2 * len(content)
    tags: list[str] = []
    for k, w in enumerate(words):
        if w.surface == "I" and not _is_numeral_i(words, k):
            tags.append(_FUNCTION)  # the pronoun: a first-person statement's leader
            continue
        if _ends_discourse_marker(parse, k):
            tags.append(_FUNCTION)  # "As a result, ...", "In response, ...": no point of the sentence
            continue
        if w.tag is not None:
            tags.append(w.tag)
            continue
        form = w.form
        if w.lower in _GENERIC_WORDS and not (k and w.capital):
            tags.append(_GENERIC)
            continue
        if (w.capital or w.number) and _is_name(w, k, names, headline):  # a name is one or the other
            tags.append(_NOUN)
            continue
        if form == _ADVERB or form == _NOUN:
            tags.append(form)
            continue
        if form == _UNKNOWN or form == _THIRD_PERSON:
            tags.append(_VERB if _verb_by_context(parse, tags, k) else _NOUN)
            continue
        prev = words[k - 1] if k else None
        nxt = words[k + 1] if k + 1 < len(words) else None
        if form == _VERB:
            # "the meeting", "an increase": a verb form after a determiner is a noun.
            after_determiner = prev is not None and prev.lower in _DETERMINERS
            tags.append(_NOUN if after_determiner and not w.lower.endswith("ed") else _VERB)
        elif form == _ING:
            # "drug trafficking" (a compound ending the phrase) is a noun; "pursuing talks", "wildfires
            # burning", "Iraq countering the threat" are not.
            noun_head = (
                prev is not None
                and tags[-1] == _NOUN
                and not (prev.lower.endswith("s") and not prev.capital)
                and (nxt is None or (nxt.stop and nxt.lower != "to" and nxt.lower not in _DETERMINERS))
            )
            tags.append(_NOUN if noun_head or (prev is not None and prev.lower in _DETERMINERS) else _VERB)
        elif form == _ED:
            # "the detained journalist": a participle after a determiner or preposition, before a noun.
            modifier = (
                prev is not None
                and (prev.lower in _DETERMINERS or (prev.stop and prev.lower not in _AUXILIARIES))
                and nxt is not None
                and not nxt.stop
            )
            tags.append(_NOUN if modifier else _VERB)
    return tags


# Discourse markers ending in a noun ("as a result", "to date"): opening a sentence or set off by a comma
# they link sentences and say nothing one side says ("in short supply" and "agreement in principle" do).
_DISCOURSE = frozenset(
    tuple(marker.split())
    for marker in (
        "as a result", "in response", "by contrast", "in contrast", "to date", "in addition",
        "in particular", "in turn", "for example", "for instance", "in conclusion", "in fact",
        "in general", "in principle", "in practice", "in return", "in short", "in brief", "in summary",
        "in total", "in effect", "on balance", "of course", "at present",
    )
)
_DISCOURSE_ENDS = frozenset(marker[-1] for marker in _DISCOURSE)
_VERB_OBJECTS = _DETERMINERS - {"all", "no", "any"}  # a determiner after a word makes it a verb
_OBJECT_PRONOUNS = frozenset("it them us him her".split())
_AUXILIARIES = frozenset("has have had was were is are be been being will would".split())
_BOUND_PREFIXES = frozenset("de co re non pre anti multi inter post sub counter cross self".split())


def _ends_discourse_marker(parse: TermWords, k: int) -> bool:
    """Whether word ``k`` ends a discourse marker that opens the sentence or is followed by a comma."""
    words = parse.words
    if words[k].lower not in _DISCOURSE_ENDS:
        return False  # most words end no marker: no tuples built for them
    for size in (2, 3):
        first = k - size + 1
        if first >= 0 and tuple(w.lower for w in words[first : k + 1]) in _DISCOURSE:
            return first == 0 or parse.text[parse.ends[k] :].lstrip().startswith(",")
    return False


def _is_numeral_i(words: Sequence[_Word], k: int) -> bool:
    """Whether "I" at ``k`` is a numeral ("Phase I agreement", "World War I"): after a capitalised word
    that does not open the sentence, and before no verb, auxiliary or adverb ("On Monday I spoke", "Today
    I also ...": the pronoun)."""
    if k < 2 or not words[k - 1].capital:
        return False
    nxt = words[k + 1].lower if k + 1 < len(words) else None
    return nxt is None or not (
        nxt in _VERBS or nxt in _AUXILIARIES or nxt in _ADVERBS or nxt in _VERB_CONTEXT or nxt.endswith("ed")
    )


def _verb_by_context(parse: TermWords, tags: list[str], k: int) -> bool:
    """A word is a verb when a determiner follows it ("enhances the"; not across punctuation: "On the
    nuclear deal, the leaders ..."), or a modal or subject pronoun precedes it, adverbs aside ("will
    deepen", "that supposedly sponsor"), or it follows "to" and an adverb, determiner or pronoun follows
    it ("to work together")."""
    words = parse.words
    nxt = words[k + 1] if k + 1 < len(words) else None
    if nxt is not None and nxt.lower in _VERB_OBJECTS and not parse.text[parse.ends[k] : parse.starts[k + 1]].strip():
        return True
    j = k - 1
    while j >= 0 and tags[j] == _ADVERB:
        j -= 1
    before = words[j].lower if j >= 0 else ""
    if before in _VERB_CONTEXT:
        if before != "to":
            return True
        if nxt is not None and (nxt.lower in _ADVERBS or nxt.lower in _OBJECT_PRONOUNS or nxt.capital):
            return True
    elif before == "that" and j < k - 1:
        return True
    third_person = words[k].form == _THIRD_PERSON and k and tags[-1] == _NOUN
    return bool(third_person and nxt is not None and not nxt.stop)


def _breaks_before(parse: TermWords, k: int) -> bool:
    """The text between words ``k - 1`` and ``k`` ends a phrase."""
    gap = parse.text[parse.ends[k - 1] : parse.starts[k]]
    if gap == " ":
        return False  # by far the most common gap
    left, right = parse.words[k - 1], parse.words[k]
    if _CLAUSE_GAP.search(gap):
        return True
    if "." in gap and not left.alias and len(left.surface) > 1:
        return right.capital and not left.capital or left.lower in _DETERMINERS
    return False


def _phrases(parse: TermWords, tags: list[str]) -> Iterator[list[int]]:
    """Maximal runs of noun-phrase words. Two names may be joined by "of" ("Coalition of the
    Willing"), or by "for"/"in"/"at" after an institution or event ("Embassy in Havana"); after such
    a join only capitalised words continue the name."""
    words = parse.words
    run: list[int] = []
    joined = False
    k = 0
    while k < len(words):
        w = words[k]
        lowercase_after_join = joined and tags[k] == _NOUN and not w.capital
        if run and (lowercase_after_join or _breaks_before(parse, k)):
            yield run
            run, joined = [], False
        if tags[k] == _NOUN:
            run.append(k)
            k += 1
            continue
        if run:
            join = _join_end(words, tags, run, k)
            j = join or _coordination_end(words, tags, run, k)
            if j and not any(_breaks_before(parse, i) for i in range(k, j + 1)):
                run.extend(range(k, j))
                joined = joined or bool(join)
                k = j
                continue
            yield run
        run, joined = [], False
        k += 1
    if run:
        yield run


def _coordination_end(words: Sequence[_Word], tags: list[str], run: list[int], k: int) -> int:
    """Two adjectives coordinated by "and"/"or" stay in one phrase ("illegal and unjustified invasion")."""
    if not run or words[k].lower not in ("and", "or") or k + 2 >= len(words):
        return 0
    left, right = words[run[-1]], words[k + 1]
    if tags[k + 1] == _NOUN and _adjective(left) and _adjective(right) and tags[k + 2] == _NOUN:
        return k + 1
    return 0


def _adjective(word: _Word) -> bool:
    return not word.alias and word.lower.endswith(_ADJECTIVE_SUFFIXES) and not _noun_suffix(word.lower)


def _split_titles(words: Sequence[_Word], tags: list[str], run: list[int]) -> list[list[int]]:
    """A phrase too long for one term is cut where a title or institution gives way to a person's
    name ("Deputy Assistant Secretary for Western Hemisphere Affairs | Maria T. Ferrand")."""
    if len(run) <= _MAX_WORDS or sum(tags[k] == _NOUN for k in run) <= _MAX_WORDS:
        return [run]
    parts: list[list[int]] = [[]]
    for k in run:
        prev = parts[-1][-1] if parts[-1] else None
        if (
            prev is not None
            and tags[prev] == _NOUN
            and words[prev].lower in _TITLES
            and words[k].capital
            and words[k].lower not in _TITLES
        ):
            parts.append([])
        parts[-1].append(k)
    return parts


def _join_end(words: Sequence[_Word], tags: list[str], run: list[int], k: int) -> int:
    """Where the name after a joining "of"/"for"/"in"/"at" (and "the", "his", "her") starts, or 0."""
    # A sentence's first word is capitalised whatever it is: it does not start a joined name.
    if not run or run[-1] == 0 or words[k].lower not in _NAME_JOINERS:
        return 0
    if not words[run[-1]].capital:
        return 0
    if words[k].lower != "of" and words[run[-1]].lower not in _INSTITUTIONS:
        return 0
    j = k + 1
    if j < len(words) and words[j].lower in ("the", "his", "her"):
        j += 1
    if j < len(words) and tags[j] == _NOUN and words[j].capital:
        return j
    return 0


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _word_weight(surface: str, named: bool) -> float:
    """How much a new word written ``surface`` weighs in a term (``named``: read as a name)."""
    lower = _lower(surface)
    if surface[:1].isdigit() or lower in _NUMBER_WORDS:
        return 0.3 if _CLOCK_TIME.fullmatch(lower) else 1.6  # a clock time weighs little
    if named:
        return 1.8 if surface.isupper() and len(surface) > 1 else 1.6
    if lower in _COMMON:
        return 0.3
    if _noun_suffix(lower):
        return 1.3
    return 1.0 + 0.05 * max(0, len(lower) - 6)


def _candidate(
    parse: TermWords,
    run: list[int],
    stems: tuple[str, ...],
    new: dict[int, bool],
    other: Vocabulary,
    first_name_ok: bool,
) -> _Candidate | None:
    """The term a phrase yields, if any of its words is new to the other side. ``stems`` are the
    phrase's; ``new`` maps its noun-phrase words (by position) to whether the other side does not
    know them."""
    words = parse.words
    content = list(new)
    # Per word of ``content``: whether it is capitalised (as a name would be), and new.
    capital = [words[k].capital and (k != 0 or first_name_ok) for k in content]
    novel = list(new.values())
    # A person the other side names by surname is not new because this side adds a first name or a
    # title ("Prime Minister Lena Varga" against "Prime Minister Varga").
    last = words[content[-1]]
    if (
        capital[-1]
        and not novel[-1]
        and not _noun_suffix(last.lower)
        and last.lower not in _INSTITUTIONS
        and not other.names.isdisjoint(last.stems)
    ):
        for i in reversed(range(len(content) - 1)):
            if not capital[i] or words[content[i]].surface[:1].isdigit():
                break
            novel[i] = False
    if not any(novel):
        return None
    if len(content) > _MAX_WORDS:
        # The window of at most five words with the most new words, nearest the head (the end).
        best = max(range(len(content) - _MAX_WORDS + 1), key=lambda s: (sum(novel[s : s + _MAX_WORDS]), s))
        window = slice(best, best + _MAX_WORDS)
        content, capital, novel = content[window], capital[window], novel[window]
        if not any(novel):
            return None
    first, last = content[0], content[-1]
    if first != run[0] or last != run[-1]:
        stems = tuple(s for k in run[run.index(first) : run.index(last) + 1] for s in words[k].stems)
    new_words = [(words[k], named) for k, named, is_new in zip(content, capital, novel) if is_new]
    weight = sum(_word_weight(word.surface, named) for word, named in new_words)
    weight += 0.1 * (len(content) - len(new_words))
    if all(word.lower in _COMMON for word, _ in new_words):
        weight *= 0.5
    if all(capital) and any(words[k].lower in _LEADER_TITLES for k in content):
        weight *= 0.4  # who spoke: "Prime Minister Tom Hale"
    weight *= 1.0 + 0.15 * (len(content) - 1)
    return _Candidate(stems, weight, parse, first, last, tuple(word for word, _ in new_words))


def one_side_terms(
    statement: AnnotatedStatement,
    other_statement: AnnotatedStatement,
    matched: set[int],
    limit: int,
    aliases: AliasTable,
    other: Vocabulary | None = None,
) -> tuple[str, ...]:
    """Up to ``limit`` terms of ``statement`` that ``other_statement`` never uses, most salient first
    (both read once by ``annotate.py``; ``aliases``, the run's table, reads a word's prefixes; ``other``:
    ``other_statement``'s vocabulary when it is already made).

    A term is a noun phrase as written (a name, a number, an issue: "human rights", "sixth Law
    Enforcement Dialogue") with at least one word the other statement never uses, by stem or by its
    first five letters, aliases read as one word ("U.S." = "United States"). Salience grows with the
    weight of its new words (names, acronyms and numbers most; common register words least),
    repetition, and with the term sitting inside a matched sentence (a point the sentence view hides).
    """
    if limit <= 0 or not statement.sentences:
        return ()
    if other is None:
        other = Vocabulary(other_statement, aliases)
    parsed = [s.term_words for s in statement.sentences]
    names = set(other.names)
    for parse in parsed:
        for w in parse.words[1:]:
            if w.capital:
                names.update(w.stems)
    tallies: dict[tuple[str, ...], _Tally] = {}
    ngrams: Counter[tuple[str, ...]] = Counter()
    amounts = _amount_keys(other_statement)
    for index, parse in enumerate(parsed):
        words = parse.words
        if other.stems.issuperset(s for w in words for s in w.stems):
            # Every word is one the other side uses: no term can come from here, and no phrase
            # counted here can repeat a term (a term holds a word the other side never uses).
            continue
        tags = _tag(parse, names)
        phrases = _phrases(parse, tags)
        stated = _stated_amounts(parse, statement.sentences[index], amounts) if amounts else ()
        for run in (part for phrase in phrases for part in _split_titles(words, tags, phrase)):
            stems = tuple(s for k in run for s in words[k].stems)
            if other.stems.issuperset(stems):
                continue  # as for a sentence: no term comes from here and none is repeated here
            size = len(stems)
            longest = min(size, _MAX_WORDS + 1)
            ngrams.update([stems[s : s + n] for n in range(1, longest + 1) for s in range(size - n + 1)])
            new = {k: not other.knows(words[k]) and k not in stated for k in run if tags[k] == _NOUN}
            if not any(new.values()):
                continue  # a phrase without a new word yields no term
            first_ok = run[0] != 0 or tags[0] == _NOUN and any(s in names for s in words[0].stems)
            cand = _candidate(parse, run, stems, new, other, first_ok)
            if cand is None:
                continue
            tally = tallies.setdefault(cand.stems, _Tally(cand, (index, run[0])))
            tally.best = max(tally.best, cand.weight * (1.3 if index in matched else 1.0))
    ranked = sorted(
        tallies.values(),
        key=lambda t: (-t.best * _repetition(ngrams[t.candidate.stems]), t.first),  # ``first`` is unique
    )
    terms: list[str] = []
    taken: list[_Term] = []
    for tally in ranked:
        term = tally.candidate.term()
        if any(_overlaps(t, term) for t in taken):
            continue
        taken.append(term)
        terms.append(term.text)
        if len(terms) == limit:
            break
    return tuple(terms)


def _amount_keys(statement: AnnotatedStatement) -> frozenset[str]:
    """The amounts a statement states, by canonical key ("money:USD:1200000000"; see mentions.py)."""
    return frozenset(m.key for s in statement.sentences for m in s.mentions if m.kind is MentionKind.AMOUNT)


def _stated_amounts(parse: TermWords, sentence: AnnotatedSentence, amounts: frozenset[str]) -> set[int]:
    """The words of a sentence that write an amount the other statement states too, however it writes
    it ("USD 1.2 bn." against "$1.2 billion"): no new words. (Read where the sentence's normal form
    keeps its offsets, as it does unless NFKC changed a character's length.)"""
    if len(parse.text) != len(sentence.text):
        return set()
    spans = [(m.start, m.end) for m in sentence.mentions if m.key in amounts]
    if not spans:
        return set()
    return {k for k, at in enumerate(parse.starts) if any(a <= at < b for a, b in spans)}


def _repetition(count: int) -> float:
    """Salience grows with the log of how often a term (or a phrase containing it) is used."""
    return 1.0 + 0.5 * math.log(max(count, 1))


def _overlaps(taken: _Term, term: _Term) -> bool:
    """``term`` repeats ``taken``: one contains the other, or it adds no new word ``taken`` lacks."""
    return term.novel <= taken.novel or term.key in taken.key or taken.key in term.key
