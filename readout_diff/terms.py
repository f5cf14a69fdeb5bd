"""Key terms that one statement uses and the other never does, ranked by salience."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .normalize import Token, apply_aliases, tokenize

# Clause punctuation: a term never spans it.
_CLAUSE = re.compile(r"[,;:()\[\]{}\"“”‘’!?]|\s[-–—]\s|\.(?=\s|$)")
_RAW_WORD = re.compile(r"[^\W_]+")
# Words so common in readouts that, alone, they are never a point one side makes.
_GENERIC = frozenset(
    """also today said says say began begin welcome welcomed noted note discussed discuss agreed agree
    spoke speak met meet meeting call called expressed express continue continued importance important
    need needs including include two both side sides leaders leader time way well many new like""".split()
)
_PAST = frozenset("spoke met held took said gave made told paid led sent saw came went began brought".split())
_MAX_RUN = 4


@dataclass(frozen=True, slots=True)
class _Candidate:
    stems: tuple[str, ...]
    words: tuple[str, ...]
    novel: int  # how many of its words the other statement never uses
    named: bool  # a name, acronym or number


def _other_side_vocabulary(texts: Sequence[str]) -> tuple[set[str], set[str]]:
    """The other statement's stems (after aliasing) and its raw words' five-letter prefixes."""
    stems: set[str] = set()
    prefixes: set[str] = set()
    for text in texts:
        stems.update(t.stem for t in tokenize(text))
        for raw in (text, apply_aliases(text)):
            prefixes.update(w.lower()[:5] for w in _RAW_WORD.findall(raw))
    return stems, prefixes


def _candidates(text: str, other_stems: set[str], other_prefixes: set[str]) -> list[_Candidate]:
    found = []
    for k, clause in enumerate(_CLAUSE.split(text)):
        run: list[Token] = []
        for token in [*tokenize(clause), None]:
            if token is not None and not token.stop and not _breaks_phrase(token):
                run.append(token)
                continue
            if run:
                found.extend(_from_run(run, other_stems, other_prefixes, first_clause=k == 0))
            run = []
    return found


def _breaks_phrase(token: Token) -> bool:
    """Verbs in the past tense and generic readout words end a term, as function words do: a key term
    is a noun phrase ("human rights", "detained journalist"), never "stressed human rights"."""
    word = token.surface
    if not word[:1].islower():
        return False
    return (len(word) > 4 and word.endswith("ed") and not word.endswith("eed")) or word in _PAST or word in _GENERIC


def _is_novel(token: Token, other_stems: set[str], other_prefixes: set[str]) -> bool:
    lower = token.surface.lower().replace("’", "'").split("'")[0]
    return token.stem not in other_stems and lower[:5] not in other_prefixes and lower not in _GENERIC


def _from_run(run: list[Token], other_stems: set[str], other_prefixes: set[str], first_clause: bool) -> list[_Candidate]:
    """The term a run of content words yields: its words new to the other side, with the one word
    before them (English noun phrases put modifiers first: "human rights"), at most the last few words."""
    flags = [_is_novel(t, other_stems, other_prefixes) for t in run]
    if not any(flags):
        return []
    first = flags.index(True)
    last = len(flags) - 1 - flags[::-1].index(True)
    begin = max(first - 1, 0, last + 1 - _MAX_RUN)
    named = any(t.surface[:1].isupper() or t.surface[:1].isdigit() for t in run[(1 if first_clause else 0) :])
    return [
        _Candidate(
            tuple(t.stem for t in run[begin : last + 1]),
            tuple(t.surface for t in run[begin : last + 1]),
            sum(flags[begin : last + 1]),
            named,
        )
    ]


def one_side_terms(
    texts: Sequence[str],
    other_texts: Sequence[str],
    matched: set[int],
    limit: int,
) -> tuple[str, ...]:
    """Up to ``limit`` terms of ``texts`` that ``other_texts`` never uses, most salient first.

    Salience grows with how many of a term's words are new to the other side, repetition, names and
    numbers, and with the term sitting inside a matched sentence (a point the sentence view hides).
    """
    other_stems, other_prefixes = _other_side_vocabulary(other_texts)
    scored: dict[tuple[str, ...], list] = {}
    for index, text in enumerate(texts):
        for c in _candidates(text, other_stems, other_prefixes):
            entry = scored.setdefault(c.stems, [0.0, 0, c, index])
            entry[1] += 1
            base = c.novel * (1.5 if c.named else 1.0) * (1.0 + 0.25 * (len(c.stems) - 1))
            entry[0] = max(entry[0], base * (1.3 if index in matched else 1.0))
    ranked = sorted(
        scored.values(),
        key=lambda e: (-(e[0] * (1.0 + 0.5 * math.log(e[1]))), e[3], e[2].words),
    )
    terms: list[str] = []
    taken: list[tuple[str, ...]] = []
    for _, _, cand, _ in ranked:
        if any(_contains(t, cand.stems) or _contains(cand.stems, t) for t in taken):
            continue
        taken.append(cand.stems)
        terms.append(" ".join(cand.words))
        if len(terms) == limit:
            break
    return tuple(terms)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[k : k + n] == shorter for k in range(len(longer) - n + 1))

