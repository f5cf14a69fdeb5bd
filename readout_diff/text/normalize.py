"""Turn sentences into comparable tokens: aliases, case, punctuation, function words, stems."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import snowballstemmer

from .aliases import AliasSpan, AliasTable, rewrite
from .countries import countries
from .folding import WORD_CACHE_SIZE

# Names written several ways in readouts ("U.S." = "United States" = "US") are rewritten to one form
# before tokenising, with the alias table each caller passes: the run's (``context.RunContext``), the
# built-in readout_diff/data/aliases.toml (see aliases.py) or a user's extension of it, applied in one
# regex pass.

#: Tables a cache of compiled tables remembers (a lexicon's patterns, read with one alias table): a run
#: uses one of each; a test or a tuning grid holds a few at once.
TABLE_CACHE_SIZE = 16

# Bound prefixes written with or without a hyphen ("de-escalation", "deescalation"): a spelling
# normalisation, not a name, so it stays here whatever the alias table.
_BOUND_PREFIX = re.compile(
    r"\b(de|co|re|non|pre|anti|multi|inter|post|sub|counter|cross|self)-(?=[a-z])", re.IGNORECASE
)

# Function words: they carry grammar, not the point of a sentence.
STOPWORDS = frozenset((
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "doing", "down", "during", "each", "either", "few", "for", "from",
    "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
    "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my",
    "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our",
    "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
    "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
    "those", "through", "to", "too", "under", "until", "up", "upon", "very", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "whom", "whose", "why", "will", "with", "would", "you",
    "your", "yours", "yourself", "yourselves", "s", "t", "shall", "may", "might", "must", "us", "via",
    "per", "among", "amongst", "within", "without", "whether", "since", "toward", "towards", "across",
    "around", "along", "beyond", "despite", "unlike", "onto", "therefore", "however", "thus", "yet",
    "already", "still", "even", "ever",
))

# Diplomatic paraphrases and spelling variants, as stems: each group is read as its first stem.
# "spoke with" ~ "had a call with"; "stay in touch" ~ "remain in contact"; "thanked" ~ "appreciated".
_PARAPHRASES = (
    "speak spoke talk call convers phone telephon",
    "meet met host",
    "contact touch",
    "remain stay",
    "thank appreci grate gratitud",
    "condol sympathi sad",
    "loss lost",
    "stress emphas emphasis underscor underlin highlight reiter reaffirm",
    "cooper collabor",
    "support assist help aid",
    "defenc defens",
    "organ organis",
    "programm program",
    "centr center",
    "labour labor",
)
_CANONICAL = {variant: group.split()[0] for group in _PARAPHRASES for variant in group.split()}


def _demonyms() -> dict[str, str]:
    """A country's adjective read as its name ("Syrian-led" ~ "Syria", "Canadian citizens" ~ "Canada"),
    from data/countries.toml, as stems: one readout writes "the Syrian people" where the other writes
    "the people of Syria"."""
    out = {}
    for country in countries():
        name = _stemmer.stemWord(country.name.lower())
        for adjective in country.adjectives:
            if " " not in adjective:
                out[_stemmer.stemWord(adjective.lower())] = name
    return out


def _country_runs() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """A country's name or adjective of several words ("Saudi Arabia", "South Korean", "Bosnia and
    Herzegovina") as its lower-case words, keyed by its first word, longest first -> the stem its
    one-word adjectives read as ("Saudi" -> "saudi arabia"): read as one token, the name matches the
    adjective that other readout writes ("Saudi-French relations" / "France and Saudi Arabia"), where
    its words alone would match only in part ("arabia") or not at all ("South Korean" / "South Korea")."""
    runs: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for country in countries():
        target = _stemmer.stemWord(country.name.lower())
        for form in (country.name, *country.names, *country.adjectives):
            words = tuple(w.lower().replace("'", "") for w in _TOKEN.findall(form.replace("’", "'")))
            while words and words[0] in STOPWORDS:  # "the Bahamas"
                words = words[1:]
            if len(words) > 1:
                runs.setdefault(words[0], []).append((words, target))
    return {head: tuple(sorted(found, key=lambda r: -len(r[0]))) for head, found in runs.items()}


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_stemmer = snowballstemmer.stemmer("english")
# Applied to capitalised words only: "Polish" is Poland's, "polish" is not.
_DEMONYMS = _demonyms()
_COUNTRY_RUNS = _country_runs()


def country_of(word: str) -> str | None:
    """The stem of the country a country adjective or demonym names ("American", "Americans" -> "us";
    "Syrian" -> "syria"), from data/countries.toml; None for any other word."""
    return _DEMONYMS.get(stem(word.lower()))


class Token(NamedTuple):
    """One word of a sentence: its surface form, its stem, whether it is a function word, and its
    lower-case form."""

    surface: str
    stem: str
    stop: bool
    #: The word lower-cased, possessive 's and apostrophes dropped: the form it is stemmed from, and
    #: the one word-for-word patterns match (see roles.py).
    lower: str


def normal_form(text: str) -> str:
    """``text`` in Unicode NFKC form, as aliases and words are read ("ﬁ" is "fi", a no-break space a
    space)."""
    return unicodedata.normalize("NFKC", text)


def apply_aliases(text: str, table: AliasTable) -> str:
    """Rewrite the aliases in ``text`` to their one form ("U.S." -> "US", "Britain" -> "UK") with
    ``table``, and join bound prefixes ("de-escalation")."""
    normal = normal_form(text)
    return _aliased(normal, table.spans(normal))


def _aliased(normal: str, spans: Sequence[AliasSpan]) -> str:
    """``normal`` (NFKC) with the aliases at ``spans`` rewritten, bound prefixes joined."""
    text = rewrite(normal, spans)
    return _BOUND_PREFIX.sub(r"\1", text) if "-" in text else text


@lru_cache(maxsize=WORD_CACHE_SIZE)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-case word, paraphrases read as one stem."""
    root = _stemmer.stemWord(word)
    return _CANONICAL.get(root, root)


def tokenize(text: str, table: AliasTable) -> tuple[Token, ...]:
    """Every word of ``text`` after aliasing with ``table``, lower-cased and stemmed; possessive 's
    dropped. (A sentence is tokenised once, by the annotation stage: see ``read_tokens``.)"""
    return _tokens(apply_aliases(text, table))


def read_tokens(normal: str, spans: Sequence[AliasSpan]) -> tuple[Token, ...]:
    """``tokenize`` of a text already in NFKC form (``normal``) whose aliases are at ``spans`` (its
    ``AliasTable.spans``): the annotation stage finds the spans once and reads both from them."""
    return _tokens(_aliased(normal, spans))


def _tokens(aliased: str) -> tuple[Token, ...]:
    tokens = tuple(token for word in _TOKEN.findall(aliased) if (token := _token(word)))
    if any(t.lower in _COUNTRY_RUNS and t.surface[:1].isupper() for t in tokens):
        return _join_countries(tokens)
    return tokens


def _join_countries(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """``tokens`` with each country named in several capitalised words ("South Korea", "Trinidad and
    Tobago") read as one content word (see ``_country_runs``)."""
    out, k = [], 0
    while k < len(tokens):
        token = tokens[k]
        for words, target in _COUNTRY_RUNS.get(token.lower, ()) if token.surface[:1].isupper() else ():
            run = tokens[k : k + len(words)]
            if tuple(t.lower for t in run) == words and all(t.surface[:1].isupper() or t.stop for t in run):
                out.append(Token(" ".join(t.surface for t in run), target, False, " ".join(words)))
                k += len(words)
                break
        else:
            out.append(token)
            k += 1
    return tuple(out)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _token(word: str) -> Token | None:
    """The token of a word as written, or None for a bare apostrophe-s. Cached: a batch's vocabulary
    repeats, and a token is a frozen record any sentence may share."""
    word = word.replace("’", "'")
    lower = word.lower().removesuffix("'s").replace("'", "")
    if not lower:
        return None
    # "US" (the country, after aliasing) is a content word; "us" (the pronoun) is not.
    root = stem(lower)
    if word[:1].isupper():
        root = _DEMONYMS.get(root, root)
    # A lower-case letter alone is a piece of an abbreviation ("e.g.", "i.e."), no content word; so is
    # "I", the pronoun (a capital letter alone is an initial: "Joseph R. Biden", "Plan B").
    stop = (lower in STOPWORDS or (len(lower) == 1 and word.islower())) and not word.isupper() or word == "I"
    return Token(word, root, stop, lower)


_LOWER_WORD = re.compile(r"[a-z]+")


def lower_words(text: str) -> tuple[str, ...]:
    """The lower-cased words of ``text`` (letters a-z only), in order: the quick test a finder makes
    before its slower patterns ("head" in words, triggers.isdisjoint(words)). The annotation stage
    reads them once per sentence and keeps them while the document is compared, so each word is the
    one interned string of its spelling, in a tuple (a frozenset of a sentence's words took ten times
    the memory)."""
    return tuple(map(sys.intern, _LOWER_WORD.findall(text.lower())))


def content_stems(text: str, table: AliasTable) -> list[str]:
    """The stems of the content words of ``text``, in order."""
    return [t.stem for t in tokenize(text, table) if not t.stop]
