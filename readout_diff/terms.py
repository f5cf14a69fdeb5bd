"""Key terms that one statement uses and the other never does, ranked by salience."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .aliases import AliasTable
from .normalize import Token, active_aliases, apply_aliases, tokenize

# A term is a noun phrase: names, numbers and content nouns with their modifiers. Words are tagged
# with cheap cues (no POS tagger): function words, verbs, adverbs and generic readout words end a
# phrase; what is left runs into noun phrases, and names may be joined by "of"/"for" ("Embassy of X").
_FUNCTION, _VERB, _ADVERB, _GENERIC, _NOUN = "F", "V", "A", "G", "N"

# A word: a number ("12:05", "1,000", "15th") or letters, hyphenated compounds and possessives kept whole.
_WORD = re.compile(r"\d+(?:[.,:/]\d+)*(?:st|nd|rd|th)?|[^\W_]+(?:[-'’][^\W_]+)*")
_RAW_WORD = re.compile(r"[^\W_]+")
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


@dataclass(frozen=True, slots=True)
class _Word:
    """One word of a sentence with its span, its stems (an alias may stand for several) and its tag."""

    surface: str
    lower: str  # lower case, possessive dropped
    stems: tuple[str, ...]
    start: int
    end: int
    stop: bool
    alias: bool


@dataclass(frozen=True, slots=True)
class _Candidate:
    stems: tuple[str, ...]
    text: str
    novel: frozenset[str]  # stems of its words new to the other side
    weight: float


@dataclass(slots=True)
class _Tally:
    candidate: _Candidate
    first: tuple[int, int]  # (sentence, position) of its first occurrence
    best: float = 0.0


class _OtherSide:
    """What the other statement says: its stems (after aliasing) and raw words' five-letter prefixes."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.stems: set[str] = set()
        self.prefixes: set[str] = set()
        self.names: set[str] = set()  # stems of words it writes capitalised inside a sentence
        self._known: dict[tuple[str, tuple[str, ...]], bool] = {}
        for text in texts:
            tokens = tokenize(text)
            self.stems.update(t.stem for t in tokens)
            # The words as written, and as aliased: the tokens are the aliased text's words.
            self.prefixes.update(w.lower()[:5] for w in _RAW_WORD.findall(text))
            self.prefixes.update(p.lower()[:5] for t in tokens for p in _RAW_WORD.findall(t.surface))
            for w in _words(text)[1:]:
                if w.surface[:1].isupper():
                    self.names.update(w.stems)

    def knows(self, word: _Word) -> bool:
        """The other side uses ``word``: by stem, or every part of it by its first five letters."""
        key = (word.surface, word.stems)
        if key not in self._known:
            self._known[key] = self._knows(word)
        return self._known[key]

    def _knows(self, word: _Word) -> bool:
        if all(s in self.stems for s in word.stems):
            return True
        head = re.sub(r"['’]s$", "", word.surface)
        return any(
            all(p.lower()[:5] in self.prefixes for p in _RAW_WORD.findall(form))
            for form in (head, apply_aliases(head))
        )


@lru_cache(maxsize=65536)
def _analyse(word: str) -> tuple[tuple[str, ...], bool]:
    tokens: list[Token] = tokenize(word)
    return tuple(t.stem for t in tokens), bool(tokens) and all(t.stop for t in tokens)


def _lower(surface: str) -> str:
    """The lower-case word without a possessive ("Sylvania’s" -> "sylvania"): the word lists' form."""
    lower = surface.lower().replace("’", "'")
    return lower[:-2] if lower.endswith("'s") else lower


def _words(sentence: str) -> tuple[_Word, ...]:
    """The words of ``sentence`` (NFKC-normalised), an alias ("U.S.", "United Kingdom") as one word."""
    return _words_with(sentence, active_aliases())


@lru_cache(maxsize=16384)
def _words_with(sentence: str, table: AliasTable) -> tuple[_Word, ...]:
    """``_words`` with the alias table ``table``. Cached: each statement's sentences are read once as
    the terms' side and once as the other side."""
    claimed = table.spans(sentence)
    words = [
        _Word(sentence[s:e], _lower(sentence[s:e]), tuple(t.stem for t in tokenize(r, table)), s, e, False, True)
        for s, e, r in claimed
    ]
    for m in _WORD.finditer(sentence):
        if claimed and any(m.start() < e and s < m.end() for s, e, _ in claimed):
            continue
        surface = m.group()
        if surface[:1].isdigit():
            stems, stop = tuple(re.findall(r"\d+", surface)), False
        else:
            stems, stop = _analyse(surface)
            stop = stop and "-" not in surface  # "all-out" is a modifier, not two function words
        if stems:
            words.append(_Word(surface, _lower(surface), stems, m.start(), m.end(), stop, False))
    words.sort(key=lambda w: w.start)
    return tuple(words)


_INFLECTIONS = (
    ("s", ""), ("es", ""), ("ies", "y"), ("ied", "y"),
    ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
)  # fmt: skip


@lru_cache(maxsize=65536)
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


@lru_cache(maxsize=65536)
def _noun_suffix(lower: str) -> bool:
    root = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower
    return root.endswith(_NOUN_SUFFIXES) or (len(root) >= 8 and root.endswith(("ance", "ence")))


def _is_name(word: _Word, index: int, names: set[str], headline: bool) -> bool:
    """A capitalised word inside a sentence, an acronym or a number; a sentence's first word (or any
    word of a title-case headline) only if the text also writes it capitalised elsewhere."""
    first = word.surface[:1]
    if first.isdigit() or word.lower in _NUMBER_WORDS:
        return True
    if not first.isupper():
        return False
    if word.alias or (len(word.surface) > 1 and word.surface.isupper()):
        return True
    if index == 0 or headline:
        return any(s in names for s in word.stems)
    return True


def _tag(words: Sequence[_Word], names: set[str]) -> list[str]:
    """A tag per word: function word, verb, adverb, generic word or noun-phrase word."""
    capitals = sum(w.surface[:1].isupper() for w in words if not w.stop)
    headline = capitals > 4 and capitals * 3 > 2 * sum(not w.stop for w in words)
    tags: list[str] = []
    for k, w in enumerate(words):
        key = w.lower
        prev = words[k - 1].lower if k else ""
        nxt = words[k + 1].lower if k + 1 < len(words) else ""
        if w.stop or key in _DETERMINERS or (len(key) == 1 and not w.surface.isupper()):
            tags.append(_FUNCTION)
        elif key in _GENERIC_WORDS and not (k and w.surface[:1].isupper()):
            tags.append(_GENERIC)
        elif _is_name(w, k, names, headline):
            tags.append(_NOUN)
        elif key in _ADVERBS or (key.endswith("ly") and len(key) > 4 and key not in _LY_WORDS):
            tags.append(_ADVERB)
        elif "-" in key and key.split("-")[0] not in _BOUND_PREFIXES:
            tags.append(_NOUN)  # "long-standing", "people-to-people", "one-year": compounds are modifiers
        elif _noun_suffix(key) or key in _ING_NOUNS:
            tags.append(_NOUN)
        elif _is_verb_form(key.replace("-", "")):
            # "the meeting", "an increase": a verb form after a determiner is a noun.
            tags.append(_NOUN if prev in _DETERMINERS and not key.endswith("ed") else _VERB)
        elif key.endswith("ing") and len(key) > 5:
            # "drug trafficking" (a compound ending the phrase) is a noun; "pursuing talks", "wildfires
            # burning", "Iraq countering the threat" are not.
            noun_head = (
                k > 0
                and tags[-1] == _NOUN
                and not (words[k - 1].lower.endswith("s") and not words[k - 1].surface[:1].isupper())
                and (nxt == "" or (words[k + 1].stop and nxt != "to" and nxt not in _DETERMINERS))
            )
            tags.append(_NOUN if noun_head or prev in _DETERMINERS else _VERB)
        elif key.endswith("ed") and not key.endswith("eed") and len(key) > 4:
            # "the detained journalist": a participle after a determiner or preposition, before a noun.
            before = words[k - 1] if k else None
            modifier = (
                before is not None
                and (before.lower in _DETERMINERS or (before.stop and before.lower not in _AUXILIARIES))
                and k + 1 < len(words)
                and not words[k + 1].stop
            )
            tags.append(_NOUN if modifier else _VERB)
        elif _verb_by_context(words, tags, k):
            tags.append(_VERB)
        else:
            tags.append(_NOUN)
    return tags


_AUXILIARIES = frozenset("has have had was were is are be been being will would".split())
_BOUND_PREFIXES = frozenset("de co re non pre anti multi inter post sub counter cross self".split())


def _verb_by_context(words: Sequence[_Word], tags: list[str], k: int) -> bool:
    """A word is a verb when a determiner follows it ("enhances the"), or a modal or subject pronoun
    precedes it, adverbs aside ("will deepen", "that supposedly sponsor"), or it follows "to" and
    an adverb, determiner or pronoun follows it ("to work together")."""
    nxt = words[k + 1] if k + 1 < len(words) else None
    if nxt is not None and nxt.lower in _DETERMINERS and nxt.lower not in ("all", "no", "any"):
        return True
    j = k - 1
    while j >= 0 and tags[j] == _ADVERB:
        j -= 1
    before = words[j].lower if j >= 0 else ""
    if before in _VERB_CONTEXT and before != "to":
        return True
    if before == "that" and j < k - 1:
        return True
    if before == "to" and nxt is not None and (
        nxt.lower in _ADVERBS or nxt.lower in ("it", "them", "us", "him", "her") or nxt.surface[:1].isupper()
    ):
        return True
    lower = words[k].lower
    third_person = lower.endswith(("ates", "izes", "ises", "ifies", "ens")) and k and tags[-1] == _NOUN
    return bool(third_person and nxt is not None and not nxt.stop)


def _breaks_between(sentence: str, left: _Word, right: _Word) -> bool:
    gap = sentence[left.end : right.start]
    if _CLAUSE_GAP.search(gap):
        return True
    if "." in gap and not left.alias and len(left.surface) > 1:
        return right.surface[:1].isupper() and not left.surface[:1].isupper() or left.lower in _DETERMINERS
    return False


def _phrases(sentence: str, words: Sequence[_Word], tags: list[str]) -> Iterator[list[int]]:
    """Maximal runs of noun-phrase words. Two names may be joined by "of" ("Coalition of the
    Willing"), or by "for"/"in"/"at" after an institution or event ("Embassy in Havana"); after such
    a join only capitalised words continue the name."""
    run: list[int] = []
    joined = False
    k = 0
    while k < len(words):
        w = words[k]
        lowercase_after_join = joined and tags[k] == _NOUN and not w.surface[:1].isupper()
        if run and (_breaks_between(sentence, words[run[-1]], w) or lowercase_after_join):
            yield run
            run, joined = [], False
        if tags[k] == _NOUN:
            run.append(k)
            k += 1
            continue
        join, coordination = _join_end(words, tags, run, k), _coordination_end(words, tags, run, k)
        j = join or coordination
        if j and not any(_breaks_between(sentence, words[i - 1], words[i]) for i in range(k, j + 1)):
            run.extend(range(k, j))
            joined = joined or bool(join)
            k = j
            continue
        if run:
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
    name ("Deputy Assistant Secretary for Western Hemisphere Affairs | Francisco L. Palmieri")."""
    if sum(tags[k] == _NOUN for k in run) <= _MAX_WORDS:
        return [run]
    parts: list[list[int]] = [[]]
    for k in run:
        prev = parts[-1][-1] if parts[-1] else None
        if (
            prev is not None
            and tags[prev] == _NOUN
            and words[prev].lower in _TITLES
            and words[k].surface[:1].isupper()
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
    if not words[run[-1]].surface[:1].isupper():
        return 0
    if words[k].lower != "of" and words[run[-1]].lower not in _INSTITUTIONS:
        return 0
    j = k + 1
    if j < len(words) and words[j].lower in ("the", "his", "her"):
        j += 1
    if j < len(words) and tags[j] == _NOUN and words[j].surface[:1].isupper():
        return j
    return 0


def _word_weight(word: _Word, named: bool) -> float:
    lower = word.lower
    if re.fullmatch(r"\d+:\d+", lower):
        return 0.3  # a clock time
    if word.surface[:1].isdigit() or lower in _NUMBER_WORDS:
        return 1.6
    if named:
        return 1.8 if word.surface.isupper() and len(word.surface) > 1 else 1.6
    if lower in _COMMON:
        return 0.3
    if _noun_suffix(lower):
        return 1.3
    return 1.0 + 0.05 * max(0, len(lower) - 6)


def _candidate(
    sentence: str, words: Sequence[_Word], tags: list[str], run: list[int], other: _OtherSide, first_name_ok: bool
) -> _Candidate | None:
    """The term a phrase yields, if any of its words is new to the other side."""
    content = [k for k in run if tags[k] == _NOUN]
    capital = {k: words[k].surface[:1].isupper() and (k != 0 or first_name_ok) for k in content}
    novel = {k: not other.knows(words[k]) for k in content}
    # A person the other side names by surname is not new because this side adds a first name or a
    # title ("Prime Minister Justin Trudeau" against "Prime Minister Trudeau").
    last = content[-1]
    if (
        capital[last]
        and not novel[last]
        and not _noun_suffix(words[last].lower)
        and words[last].lower not in _INSTITUTIONS
        and any(s in other.names for s in words[last].stems)
    ):
        for k in reversed(content[:-1]):
            if not capital[k] or words[k].surface[:1].isdigit():
                break
            novel[k] = False
    if not any(novel.values()):
        return None
    if len(content) > _MAX_WORDS:
        # The window of at most five words with the most new words, nearest the head (the end).
        best = max(
            range(len(content) - _MAX_WORDS + 1),
            key=lambda s: (sum(novel[k] for k in content[s : s + _MAX_WORDS]), s),
        )
        content = content[best : best + _MAX_WORDS]
        if not any(novel[k] for k in content):
            return None
    span = [k for k in run if content[0] <= k <= content[-1]]
    weight = sum(_word_weight(words[k], capital[k]) for k in content if novel[k])
    weight += 0.1 * sum(1 for k in content if not novel[k])
    if all(words[k].lower in _COMMON for k in content if novel[k]):
        weight *= 0.5
    if all(capital[k] for k in content) and any(words[k].lower in _LEADER_TITLES for k in content):
        weight *= 0.4  # who spoke: "Prime Minister Boris Johnson"
    text = " ".join(sentence[words[span[0]].start : words[span[-1]].end].split())
    stems = tuple(s for k in span for s in words[k].stems)
    novel_stems = frozenset(s for k in content if novel[k] for s in words[k].stems)
    return _Candidate(stems, text, novel_stems, weight * (1.0 + 0.15 * (len(content) - 1)))


def one_side_terms(
    texts: Sequence[str],
    other_texts: Sequence[str],
    matched: set[int],
    limit: int,
) -> tuple[str, ...]:
    """Up to ``limit`` terms of ``texts`` that ``other_texts`` never uses, most salient first.

    A term is a noun phrase as written (a name, a number, an issue: "human rights", "sixth Law
    Enforcement Dialogue") with at least one word the other statement never uses, by stem or by its
    first five letters, aliases read as one word ("U.S." = "United States"). Salience grows with the
    weight of its new words (names, acronyms and numbers most; common register words least),
    repetition, and with the term sitting inside a matched sentence (a point the sentence view hides).
    """
    if limit <= 0 or not texts:
        return ()
    other = _OtherSide(other_texts)
    sentences = [unicodedata.normalize("NFKC", t) for t in texts]
    parsed = [_words(s) for s in sentences]
    names = set(other.names)
    for words in parsed:
        for w in words[1:]:
            if w.surface[:1].isupper():
                names.update(w.stems)
    tallies: dict[tuple[str, ...], _Tally] = {}
    ngrams: Counter[tuple[str, ...]] = Counter()
    for index, (sentence, words) in enumerate(zip(sentences, parsed, strict=True)):
        if all(s in other.stems for w in words for s in w.stems):
            # Every word is one the other side uses: no term can come from here, and no phrase
            # counted here can repeat a term (a term holds a word the other side never uses).
            continue
        tags = _tag(words, names)
        phrases = _phrases(sentence, words, tags)
        for run in (part for phrase in phrases for part in _split_titles(words, tags, phrase)):
            stems = [s for k in run for s in words[k].stems]
            for n in range(1, _MAX_WORDS + 2):
                for s in range(len(stems) - n + 1):
                    ngrams[tuple(stems[s : s + n])] += 1
            first_ok = run[0] != 0 or tags[0] == _NOUN and any(s in names for s in words[0].stems)
            cand = _candidate(sentence, words, tags, run, other, first_ok)
            if cand is None:
                continue
            tally = tallies.setdefault(cand.stems, _Tally(cand, (index, run[0])))
            tally.best = max(tally.best, cand.weight * (1.3 if index in matched else 1.0))
    ranked = sorted(
        tallies.values(),
        key=lambda t: (-t.best * _repetition(ngrams[t.candidate.stems]), t.first, t.candidate.text),
    )
    terms: list[str] = []
    taken: list[_Candidate] = []
    for tally in ranked:
        cand = tally.candidate
        if any(_overlaps(t, cand) for t in taken):
            continue
        taken.append(cand)
        terms.append(cand.text)
        if len(terms) == limit:
            break
    return tuple(terms)


def _repetition(count: int) -> float:
    """Salience grows with the log of how often a term (or a phrase containing it) is used."""
    return 1.0 + 0.5 * math.log(max(count, 1))


def _overlaps(taken: _Candidate, cand: _Candidate) -> bool:
    """``cand`` repeats ``taken``: one contains the other, or it adds no new word ``taken`` lacks."""
    if _contains(taken.stems, cand.stems) or _contains(cand.stems, taken.stems):
        return True
    return cand.novel <= taken.novel


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[k : k + n] == shorter for k in range(len(longer) - n + 1))
