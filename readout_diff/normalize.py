"""Turn sentences into comparable tokens: aliases, case, punctuation, function words, stems."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

# Names written several ways in readouts, rewritten to one form before tokenising. Each pattern is
# case-sensitive where the short form is also an ordinary word ("US" and "us").
_ALIASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, flags), replacement)
    for pattern, replacement, flags in (
        (r"\bU\.\s?S\.(?:\s?A\.)?|\bU\.S\b|\bUSA\b|\bUS\b", " US ", 0),
        (r"\bUnited\s+States(?:\s+of\s+America)?\b|\bAmerica\b", " US ", re.I),
        (r"\bD\.\s?C\.|\bD\.C\b", " DC ", 0),
        (r"\bU\.\s?K\.|\bUnited\s+Kingdom(?:\s+of\s+Great\s+Britain\s+and\s+Northern\s+Ireland)?\b", " UK ", re.I),
        (r"\b(?:Great\s+)?Britain\b|\bBritish\b", " UK ", 0),
        (r"\bPMs?\b", " Prime Minister ", 0),
        (r"\bPeople['’]s\s+Republic\s+of\s+China\b|\bPRC\b", " China ", 0),
        (r"\bDPRK\b|\bDemocratic\s+People['’]s\s+Republic\s+of\s+Korea\b", " North Korea ", 0),
        (r"\bE\.U\.|\bEuropean\s+Union\b", " EU ", 0),
        (r"\bU\.N\.|\bUnited\s+Nations\b", " UN ", 0),
        # Bound prefixes written with or without a hyphen ("de-escalation", "deescalation").
        (r"\b(de|co|re|non|pre|anti|multi|inter|post|sub|counter|cross|self)-(?=[a-z])", r"\1", re.I),
    )
)

# Function words: they carry grammar, not the point of a sentence.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each either few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself neither no nor not now of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up upon very was we were what when where which while who
    whom whose why will with would you your yours yourself yourselves s t shall may might must us
    via per among amongst within without whether since toward towards across around along beyond despite
    unlike onto therefore however thus yet already still even ever""".split()
)

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

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_stemmer = snowballstemmer.stemmer("english")


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a sentence: its surface form, its stem, and whether it is a function word."""

    surface: str
    stem: str
    stop: bool


def apply_aliases(text: str) -> str:
    """Rewrite the aliases in ``text`` to their one form ("U.S." -> "US", "Britain" -> "UK")."""
    text = unicodedata.normalize("NFKC", text)
    for pattern, replacement in _ALIASES:
        text = pattern.sub(replacement, text)
    return text


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-case word, paraphrases read as one stem."""
    root = _stemmer.stemWord(word)
    return _CANONICAL.get(root, root)


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[Token, ...]:
    """Every word of ``text`` after aliasing, lower-cased and stemmed; possessive 's dropped."""
    tokens = []
    for m in _TOKEN.finditer(apply_aliases(text)):
        word = m.group().replace("’", "'")
        lower = word.lower()
        if lower.endswith("'s"):
            lower = lower[:-2]
        lower = lower.replace("'", "")
        if not lower:
            continue
        # "US" (the country, after aliasing) is a content word; "us" (the pronoun) is not.
        tokens.append(Token(word, stem(lower), lower in STOPWORDS and not word.isupper()))
    return tuple(tokens)


def content_stems(text: str) -> list[str]:
    """The stems of the content words of ``text``, in order."""
    return [t.stem for t in tokenize(text) if not t.stop]
