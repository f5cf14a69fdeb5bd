"""Score every sentence pair across two statements: IDF-weighted word overlap plus word-level rapidfuzz."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from .normalize import tokenize
from .options import Options


@dataclass(frozen=True, slots=True)
class SentenceBags:
    """The content stems of each sentence of one statement, and which stems are written as names."""

    stems: tuple[tuple[str, ...], ...]
    #: Stems written as a name, acronym or number ("Vilnius", "NATO", "G7", "2015") inside a sentence.
    names: frozenset[str] = frozenset()

    @classmethod
    def of(cls, texts: list[str] | tuple[str, ...]) -> SentenceBags:
        stems, names = [], set()
        for text in texts:
            tokens = [t for t in tokenize(text) if not t.stop]
            stems.append(tuple(t.stem for t in tokens))
            names.update(t.stem for t in tokens[1:] if _looks_like_name(t.surface))
        return cls(tuple(stems), frozenset(names))


def _looks_like_name(word: str) -> bool:
    return word[:1].isupper() or any(c.isdigit() for c in word)


@dataclass(frozen=True, slots=True)
class Scores:
    """The similarity matrix of two statements and the term weights behind it."""

    matrix: np.ndarray  # shape (len(left), len(right)), values in [0, 1]
    weights: dict[str, float]  # stem -> IDF weight over both statements' sentences
    options: Options

    def weight(self, stem: str) -> float:
        return self.weights.get(stem, 0.0)


def idf_weights(*sides: SentenceBags, exponent: float = 1.0) -> dict[str, float]:
    """Inverse document frequency of each stem (to a power), sentences of both statements being the documents."""
    df: dict[str, int] = {}
    n = 0
    for side in sides:
        for bag in side.stems:
            n += 1
            for stem in set(bag):
                df[stem] = df.get(stem, 0) + 1
    return {stem: math.log(1.0 + n / count) ** exponent for stem, count in df.items()}


def term_weights(left: SentenceBags, right: SentenceBags, options: Options) -> dict[str, float]:
    """IDF to a power, names and numbers weighted up: they say which event, place or party is meant."""
    weights = idf_weights(left, right, exponent=options.idf_exponent)
    for stem in left.names | right.names:
        weights[stem] *= options.name_weight
    return weights


def _combine(dice, contain, ratio, options: Options):
    """One score in [0, 1] from the three signals (floats or arrays alike)."""
    return options.dice_weight * dice + options.containment_weight * contain + options.fuzz_weight * ratio


def group_score(left: list[str], right: list[str], weights: dict[str, float], options: Options) -> float:
    """The similarity of two bags of stems (used for merged many-to-one matches)."""
    a, b = set(left), set(right)
    wa = sum(weights.get(t, 0.0) for t in a)
    wb = sum(weights.get(t, 0.0) for t in b)
    if not wa or not wb:
        return 0.0
    inter = sum(weights.get(t, 0.0) for t in a & b)
    dice = 2 * inter / (wa + wb)
    contain = inter / min(wa, wb)
    ratio = fuzz.ratio(left, right) / 100.0
    return float(_combine(dice, contain, ratio, options))


def _position_agreement(n: int, m: int) -> np.ndarray:
    """1 where two sentences sit at the same relative place in their statements, falling to 0 at
    opposite ends: readouts tend to tell a meeting in the same order (who met whom first)."""
    left = np.arange(n) / max(n - 1, 1)
    right = np.arange(m) / max(m - 1, 1)
    return 1.0 - np.abs(left[:, None] - right[None, :])


def _novel_share(sets: list[set[str]], other_vocabulary: set[str], weights: dict[str, float]) -> np.ndarray:
    """For each sentence, the share of its word weight that the other statement never uses."""
    shares = []
    for bag in sets:
        total = sum(weights[t] for t in bag)
        novel = sum(weights[t] for t in bag if t not in other_vocabulary)
        shares.append(novel / total if total else 0.0)
    return np.array(shares, dtype=np.float64)


def score_pairs(left: SentenceBags, right: SentenceBags, options: Options) -> Scores:
    """The similarity of every (left sentence, right sentence) pair."""
    weights = term_weights(left, right, options)
    n, m = len(left.stems), len(right.stems)
    if not n or not m:
        return Scores(np.zeros((n, m)), weights, options)
    left_sets = [set(bag) for bag in left.stems]
    right_sets = [set(bag) for bag in right.stems]
    shared = sorted(set().union(*left_sets) & set().union(*right_sets))
    column = {stem: k for k, stem in enumerate(shared)}
    lm = np.zeros((n, len(shared)), dtype=np.float64)
    rm = np.zeros((m, len(shared)), dtype=np.float64)
    for matrix, sets in ((lm, left_sets), (rm, right_sets)):
        for i, bag in enumerate(sets):
            for stem in bag:
                if stem in column:
                    matrix[i, column[stem]] = 1.0
    w = np.array([weights[s] for s in shared], dtype=np.float64)
    inter = (lm * w) @ rm.T
    wl = np.array([sum(weights[t] for t in bag) for bag in left_sets])
    wr = np.array([sum(weights[t] for t in bag) for bag in right_sets])
    with np.errstate(divide="ignore", invalid="ignore"):
        dice = np.nan_to_num(2 * inter / (wl[:, None] + wr[None, :]))
        contain = np.nan_to_num(inter / np.minimum(wl[:, None], wr[None, :]))
    # Word-level edit similarity: rapidfuzz compares the stem sequences themselves, so that shared
    # wording in the same order counts, and shared letters in unrelated words do not.
    ratio = process.cdist(left.stems, right.stems, scorer=fuzz.ratio, dtype=np.float64) / 100.0
    matrix = _combine(dice, contain, ratio, options)
    if options.position_weight:
        matrix = matrix + options.position_weight * _position_agreement(n, m)
    if options.novelty_penalty:
        left_vocab, right_vocab = set().union(*left_sets), set().union(*right_sets)
        left_novel = _novel_share(left_sets, right_vocab, weights)
        right_novel = _novel_share(right_sets, left_vocab, weights)
        matrix = matrix * (1.0 - options.novelty_penalty * (left_novel[:, None] + right_novel[None, :]) / 2)
    return Scores(np.clip(matrix, 0.0, 1.0), weights, options)
