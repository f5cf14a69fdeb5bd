"""Score every sentence pair across two statements: IDF-weighted word overlap plus word-level rapidfuzz."""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from ..options import Options
from ..text.normalize import Token

if TYPE_CHECKING:
    from ..annotate import AnnotatedStatement


#: Evidence keys are written "kind:value" ("role:frame"); a stem never holds a colon.
EVIDENCE_MARK = ":"


class SentenceBags(NamedTuple):
    """The content stems of each sentence of one statement, and which stems are written as names.

    A sentence's bag ends with its evidence keys: what it says beyond its words, in a form two
    statements can share ("role:frame" for the sentence that says who met whom). They are scored like
    words, weighted by how rare they are in the two statements, so a role every sentence has counts for
    little and the one frame sentence of each readout counts for much.
    """

    stems: tuple[tuple[str, ...], ...]
    #: Stems written as a name, acronym or number ("Vilnius", "NATO", "G7", "2015") inside a sentence.
    names: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls, sentences: Sequence[Sequence[Token]], keys: Sequence[frozenset[str]] | None = None
    ) -> SentenceBags:
        """The bags of sentences given as their tokens, each followed by its evidence keys (sorted)."""
        stems, names = [], set()
        for k, sentence in enumerate(sentences):
            tokens = [t for t in sentence if not t.stop]
            stems.append((*(t.stem for t in tokens), *(sorted(keys[k]) if keys else ())))
            names.update(t.stem for t in tokens[1:] if _looks_like_name(t.surface))
        return cls(tuple(stems), frozenset(names))

    @classmethod
    def of_statement(cls, statement: AnnotatedStatement) -> SentenceBags:
        """The bags the aligner scores: each sentence's scored text (its canonical mentions written one
        way), then its role as a key no word says (see ``annotate.py``)."""
        sentences = statement.sentences
        return cls.of([s.scored_tokens for s in sentences], [s.keys for s in sentences])


def is_evidence(key: str) -> bool:
    """Whether a bag's entry is an evidence key rather than a word's stem."""
    return EVIDENCE_MARK in key


def _looks_like_name(word: str) -> bool:
    return word[:1].isupper() or (not word.isalpha() and any(c.isdigit() for c in word))


class Scores(NamedTuple):
    """The similarity of sentence pairs of two statements, and the term weights behind it.

    Statements of up to ``_DENSE_PAIRS`` pairs keep every pair's score in ``matrix``; longer ones keep
    only the candidate pairs (``rows``, ``cols``, ``values``): each sentence's best partners by the
    weight of the words they share (see ``_candidates``). A pair sharing no word scores at most the
    position prior, below any useful threshold.
    """

    shape: tuple[int, int]
    weights: dict[str, float]  # stem -> term weight over both statements' sentences
    options: Options
    matrix: np.ndarray | None = None  # dense: shape (len(left), len(right)), values in [0, 1]
    # sparse: the candidate pairs (rows[k], cols[k]) scoring values[k], sorted by (row, col)
    rows: np.ndarray | None = None
    cols: np.ndarray | None = None
    values: np.ndarray | None = None
    # each sentence's best partner on the other side (-1: none) and that score, per side
    best: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] = None  # type: ignore[assignment]
    # With a sentence model: the mean of each left and each right sentence's ``_MARGIN_NEIGHBOURS`` best
    # scores. Decisions then take a pair's margin over them (``margins``), not its score.
    around: tuple[np.ndarray, np.ndarray] | None = None

    def weight(self, stem: str) -> float:
        return self.weights.get(stem, 0.0)

    def score(self, i: int, j: int) -> float:
        """The score of one pair (0 for a pair that is no candidate)."""
        if self.matrix is not None:
            return float(self.matrix[i, j])
        lo, hi = np.searchsorted(self.rows, i, "left"), np.searchsorted(self.rows, i, "right")
        at = lo + int(np.searchsorted(self.cols[lo:hi], j))
        return float(self.values[at]) if at < hi and self.cols[at] == j else 0.0

    def margins(self) -> np.ndarray:
        """What decisions compare with the threshold, for every scored pair (a matrix when dense, else
        aligned with ``values``): the score, or with a sentence model the score less the mean of its two
        sentences' ``around``."""
        if self.matrix is not None:
            if self.around is None:
                return self.matrix
            return self.matrix - (self.around[0][:, None] + self.around[1][None, :]) / 2
        if self.around is None:
            return self.values
        return self.values - (self.around[0][self.rows] + self.around[1][self.cols]) / 2

    def ranked(self, threshold: float, per_sentence: int = 8) -> list[tuple[float, int, int]]:
        """Pairs whose margin (``margins``) reaches ``threshold``, best first; ties broken by position so
        the order is stable.

        Only pairs among the ``per_sentence`` best of their left or of their right sentence are kept:
        a pair ranked lower on both sides is never the one to match, and long statements about one
        topic would otherwise hand the assignment hundreds of thousands of them.
        """
        margins = self.margins()
        if self.matrix is not None:
            rows, cols = np.nonzero(margins >= threshold)
            values = margins[rows, cols]
        else:
            keep = margins >= threshold
            rows, cols, values = self.rows[keep], self.cols[keep], margins[keep]
        if rows.size > per_sentence * (self.shape[0] + self.shape[1]):
            keep = _top_ranked(rows, cols, values, per_sentence) | _top_ranked(cols, rows, values, per_sentence)
            rows, cols, values = rows[keep], cols[keep], values[keep]
        pairs = [(float(v), int(i), int(j)) for v, i, j in zip(values, rows, cols, strict=True)]
        pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
        return pairs

    def margin(self, i: int, j: int) -> float | None:
        """With a sentence model, pair (i, j)'s score less the mean of its sentences' ``around``."""
        if self.around is None:
            return None
        return self.score(i, j) - (float(self.around[0][i]) + float(self.around[1][j])) / 2

    def nearest(self, index: int, on_left: bool) -> tuple[int, float] | None:
        """The other side's sentence scoring highest with sentence ``index`` (first on ties), or None."""
        partner, score = self.best[:2] if on_left else self.best[2:]
        return None if partner[index] < 0 else (int(partner[index]), float(score[index]))


def _top_ranked(rows: np.ndarray, cols: np.ndarray, values: np.ndarray, k: int) -> np.ndarray:
    """A mask of the pairs among the ``k`` best of their row (ties: lower column first)."""
    order = np.lexsort((cols, -values, rows))
    sorted_rows = rows[order]
    starts = np.r_[0, np.nonzero(sorted_rows[1:] != sorted_rows[:-1])[0] + 1]
    rank = np.arange(rows.size) - np.repeat(starts, np.diff(np.r_[starts, rows.size]))
    mask = np.zeros(rows.size, dtype=bool)
    mask[order[rank < k]] = True
    return mask


def _stable_order(*keys: np.ndarray) -> np.ndarray:
    """The indices that sort entries by ``keys`` (non-negative integers, the first key primary), ties
    in index order: ``np.lexsort(keys[::-1])``, a stable sort.

    Where the keys and the index fit one int64 together, they are packed into it and sorted as values:
    the packed values are distinct, so every sorting algorithm gives this one order, and numpy sorts
    values several times faster than a stable sort orders indices (a 1,000,000-entry array: ~5 ms
    against ~80 ms). Otherwise the stable sort itself."""
    size = keys[0].size
    widths = [int(k.max()).bit_length() if size else 0 for k in keys]
    index_width = max(size - 1, 0).bit_length()
    if sum(widths) + index_width > 63:
        return np.lexsort(keys[::-1]) if len(keys) > 1 else np.argsort(keys[0], kind="stable")
    packed = np.zeros(size, dtype=np.int64)
    for key, width in zip(keys, widths, strict=True):
        packed = (packed << width) | key
    packed = np.sort((packed << index_width) | np.arange(size, dtype=np.int64))
    return packed & ((1 << index_width) - 1)


def _best_partners(rows: np.ndarray, cols: np.ndarray, values: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """For each of ``size`` sentences (``rows``), its best-scoring partner (``cols``; first on ties).

    The pairs come sorted by the other side's index, as every caller holds them ((row, col) order, read
    from either side), so a stable sort by ``rows`` keeps each sentence's partners in ascending order."""
    partner = np.full(size, -1, dtype=np.int64)
    score = np.zeros(size, dtype=np.float64)
    if rows.size:
        order = _stable_order(rows)
        rows, cols, values = rows[order], cols[order], values[order]
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        top = np.maximum.reduceat(values, starts)
        counts = np.diff(np.r_[starts, rows.size])
        position = np.where(values == np.repeat(top, counts), np.arange(rows.size), rows.size)
        first = np.minimum.reduceat(position, starts)
        partner[rows[first]] = cols[first]
        score[rows[first]] = values[first]
    return partner, score


def idf_weights(*sides: SentenceBags, exponent: float = 1.0) -> dict[str, float]:
    """Inverse document frequency of each stem (to a power), sentences of both statements being the documents."""
    df = Counter(stem for side in sides for bag in side.stems for stem in set(bag))
    n = sum(len(side.stems) for side in sides)
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
    wa = math.fsum(weights.get(t, 0.0) for t in a)
    wb = math.fsum(weights.get(t, 0.0) for t in b)
    if not wa or not wb:
        return 0.0
    inter = math.fsum(weights.get(t, 0.0) for t in a & b)
    dice = 2 * inter / (wa + wb)
    contain = inter / min(wa, wb)
    ratio = fuzz.ratio(left, right) / 100.0
    return float(_combine(dice, contain, ratio, options))


def _novel_share(
    sets: list[set[str]], totals: np.ndarray, other_vocabulary: set[str], weights: dict[str, float]
) -> np.ndarray:
    """For each sentence (of word weight ``totals``), the share of its word weight that the other
    statement never uses."""
    novel = np.array([math.fsum(weights[t] for t in bag if t not in other_vocabulary) for bag in sets])
    return _share(novel, totals)


# Above this many sentence pairs, only candidate pairs are scored (see Scores).
_DENSE_PAIRS = 1_000_000
# The candidate search (see _candidates) reads, for each sentence, at most this many postings of its
# index keys: a constant, so that the search stays linear in the sentences, and enough for a dozen keys
# shared by tens of sentences each. 250 found as many planted near-duplicates (all) from 1 to 20 MB,
# 500 agreed more often with the dense path on 2,000- and 4,000-sentence paraphrase pairs.
_POSTINGS_PER_SENTENCE = 500
# Each sentence keeps this many partners, those sharing the most key weight with it among the postings
# read; a pair is scored when either of its sentences keeps it.
_CANDIDATES_PER_SENTENCE = 40
# A sentence's this many rarest stems are also indexed in pairs (6 pairs): a copy with one word changed
# still shares 3 of its 4 rarest stems with its source, so 3 pairs.
_SIGNATURE_STEMS = 4
# Postings expanded at once: bounds the search's memory whatever the statements' size.
_POSTINGS_PER_CHUNK = 1_000_000
# A sentence's partners are ranked by overlap to 1 part in this many of the largest (rounding in the
# sums never decides), then by distance to 1 in this many: with the sentence's number in its chunk
# (fewer than 2**25), 25 + 28 + 10 bits make one int64 sort key (see _top_overlap).
_OVERLAP_LEVELS = 2**28 - 1
_DISTANCE_LEVELS = 2**10 - 1


def score_pairs(
    left: SentenceBags,
    right: SentenceBags,
    options: Options,
    vectors: tuple[np.ndarray, np.ndarray] | None = None,
) -> Scores:
    """The similarity of the sentence pairs of two statements (every pair, or the candidates).

    ``vectors``, one unit row per sentence of each side from a sentence model, add the semantic signal
    (see ``_with_semantic``)."""
    weights = term_weights(left, right, options)
    n, m = len(left.stems), len(right.stems)
    left_sets = [set(bag) for bag in left.stems]
    right_sets = [set(bag) for bag in right.stems]
    if n * m <= _DENSE_PAIRS:
        matrix = _dense(left, right, left_sets, right_sets, weights, options)
        around = None
        if vectors is not None and n and m:
            matrix = _with_semantic(matrix, vectors[0] @ vectors[1].T, options)
            around = _dense_neighbourhoods(matrix, _MARGIN_NEIGHBOURS)
        best = _dense_best_partners(matrix)
        return Scores((n, m), weights, options, matrix=matrix, best=best, around=around)
    rows, cols = _candidates(left_sets, right_sets, weights)
    values = _sparse(left, right, left_sets, right_sets, rows, cols, weights, options)
    around = None
    if vectors is not None:
        values = _with_semantic(values, _pair_cosines(vectors[0], vectors[1], rows, cols), options)
    keep = values > 0
    rows, cols, values = rows[keep], cols[keep], values[keep]
    if vectors is not None:
        around = _sparse_neighbourhoods(rows, cols, values, n, m, _MARGIN_NEIGHBOURS)
    best = (*_best_partners(rows, cols, values, n), *_best_partners(cols, rows, values, m))
    return Scores((n, m), weights, options, rows=rows, cols=cols, values=values, best=best, around=around)


#: Candidate pairs whose cosines are computed at once: gathering both sentences' vectors for every
#: candidate in one go would hold candidates x dimensions x 2 floats (600 MB for a 2,000-sentence pair).
_COSINE_BLOCK = 8192


def _pair_cosines(left: np.ndarray, right: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The cosine of each candidate pair (``left[rows[k]]`` with ``right[cols[k]]``; rows are unit)."""
    out = np.empty(rows.size, dtype=np.float64)
    for at in range(0, rows.size, _COSINE_BLOCK):
        block = slice(at, at + _COSINE_BLOCK)
        out[block] = np.einsum("kd,kd->k", left[rows[block]], right[cols[block]])
    return out


#: How many of a sentence's best alternatives the model's margin is measured against: three, as in the
#: bitext-mining trials the method comes from, and few enough for a readout of four sentences.
_MARGIN_NEIGHBOURS = 3


def _with_semantic(lexical, cosine, options: Options):
    """The lexical score and the sentence model's cosine in one similarity in [0, 1]: their mean,
    the cosine weighted ``options.semantic_weight``.

    A model's cosine is not comparable across documents: two readouts of one meeting share a topic, so
    every pair of their sentences scores 0.3-0.6, more in a terse pair than in a long numbered one; a
    word score is not either, between a two-line readout and a numbered one. So with a model the aligner
    decides on how far a pair stands above each of its sentences' ``_MARGIN_NEIGHBOURS`` best
    alternatives (the margin of bitext mining, Artetxe & Schwenk 2019; CSLS, Conneau et al. 2018):
    ``Scores.margins``.
    """
    weight = options.semantic_weight
    return np.clip((lexical + weight * cosine) / (1.0 + weight), 0.0, 1.0)


def _dense_neighbourhoods(similarity: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The mean of each left sentence's ``k`` best scores in ``similarity``, and of each right
    sentence's: what ``Scores.margins`` compares a pair with. A statement of fewer than ``k`` sentences
    counts the missing alternatives as 0 (else a one-sentence statement's only pair would be its own
    whole neighbourhood, and never stand above it)."""
    rows = -np.sort(-similarity, axis=1)[:, :k].sum(axis=1) / k
    cols = -np.sort(-similarity, axis=0)[:k].sum(axis=0) / k
    return rows, cols


def _sparse_neighbourhoods(
    rows: np.ndarray, cols: np.ndarray, values: np.ndarray, n: int, m: int, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """``_dense_neighbourhoods`` over candidate pairs only: per sentence of each side, the mean of its
    ``k`` best candidate scores, a pair that is no candidate counting 0 (it shares no indexed word, so
    its score is low)."""
    out = []
    for index, other, size in ((rows, cols, n), (cols, rows, m)):
        top = _top_ranked(index, other, values, k)
        out.append(np.bincount(index[top], weights=values[top], minlength=size) / k)
    return out[0], out[1]


def _dense_best_partners(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``_best_partners`` of every pair, both ways, read off the matrix (argmax takes the first on ties)."""
    n, m = matrix.shape
    if not n or not m:  # no pairs: no partners
        return np.full(n, -1, dtype=np.int64), np.zeros(n), np.full(m, -1, dtype=np.int64), np.zeros(m)
    return matrix.argmax(1), matrix.max(1), matrix.argmax(0), matrix.max(0)


def _share(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """``numerator / denominator``, 0 where the denominator is 0 (a sentence with no weighted word)."""
    return np.divide(numerator, denominator, out=np.zeros(numerator.shape), where=denominator != 0)


def _adjust(matrix, left_sets, right_sets, totals, weights, options: Options, left_rank, right_rank, n, m):
    """The position prior and the novelty penalty, on dense or candidate scores alike (``totals``: each
    side's sentences' word weights)."""
    if options.position_weight:
        left_place = left_rank / max(n - 1, 1)
        right_place = right_rank / max(m - 1, 1)
        matrix = matrix + options.position_weight * (1.0 - np.abs(left_place - right_place))
    if options.novelty_penalty:
        left_vocab, right_vocab = set().union(*left_sets), set().union(*right_sets)
        left_novel = _novel_share(left_sets, totals[0], right_vocab, weights)[left_rank]
        right_novel = _novel_share(right_sets, totals[1], left_vocab, weights)[right_rank]
        matrix = matrix * (1.0 - options.novelty_penalty * (left_novel + right_novel) / 2)
    return np.clip(matrix, 0.0, 1.0)


def _set_weights(sets: list[set[str]], weights: dict[str, float]) -> np.ndarray:
    return np.array([math.fsum(weights[t] for t in bag) for bag in sets], dtype=np.float64)


def _dense(left, right, left_sets, right_sets, weights, options: Options) -> np.ndarray:
    n, m = len(left_sets), len(right_sets)
    if not n or not m:
        return np.zeros((n, m))
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
    wl, wr = _set_weights(left_sets, weights), _set_weights(right_sets, weights)
    dice = _share(2 * inter, wl[:, None] + wr[None, :])
    contain = _share(inter, np.minimum(wl[:, None], wr[None, :]))
    # Word-level edit similarity: rapidfuzz compares the stem sequences themselves, so that shared
    # wording in the same order counts, and shared letters in unrelated words do not.
    left_letters, right_letters = _as_letters(left.stems, right.stems)
    ratio = process.cdist(left_letters, right_letters, scorer=fuzz.ratio, dtype=np.float64) / 100.0
    matrix = _combine(dice, contain, ratio, options)
    ranks = np.arange(n)[:, None], np.arange(m)[None, :]
    return _adjust(matrix, left_sets, right_sets, (wl, wr), weights, options, *ranks, n, m)


#: Unicode's code points: the stems ``_as_letters`` can write one character each.
_LETTERS = 0x110000


def _as_letters(
    left: Sequence[Sequence[str]], right: Sequence[Sequence[str]]
) -> tuple[Sequence[Sequence[str]], Sequence[Sequence[str]]]:
    """Each sentence's stems written one character per stem (one stem, one character, on both sides),
    for rapidfuzz's word-level ratio: the same figure as over the stem sequences (one character per
    stem keeps equality exactly), computed a few times faster (the 2,000-sentence pair's 108,000
    candidates: ~27 ms against ~67). Beyond Unicode's 1,114,112 code points, the sequences as they
    are."""
    letters: dict[str, str] = {}
    out = []
    for side in (left, right):
        written = []
        for stems in side:
            for stem in stems:
                if stem not in letters:
                    if len(letters) == _LETTERS:
                        return left, right
                    letters[stem] = chr(len(letters))
            written.append("".join([letters[stem] for stem in stems]))
        out.append(written)
    return out[0], out[1]


def _candidates(
    left_sets: list[set[str]], right_sets: list[set[str]], weights: dict[str, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs worth scoring, sorted by (row, col): each sentence's best partners by the weight of the
    keys they share, found through an inverted index read with a budget per sentence (top-k blocking,
    as record linkage does), from either side.

    A sentence's keys are its stems and the pairs of its rarest stems, read fewest postings first. A
    budget per sentence, not one for all, so that no sentence loses its partner to others that spent
    it; and pairs, because among many near-duplicates every single stem (a person, a place, a number) is
    shared by hundreds of sentences, while the pair of two of them still picks out a few.
    """
    n, m = len(left_sets), len(right_sets)
    shared = set().union(*left_sets) & set().union(*right_sets) if n and m else set()
    if not shared:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    # Stems numbered rarest first (fewest sentences of both statements, then alphabetically), so that
    # both sides agree on which stems are a sentence's rarest.
    df = Counter(stem for sets in (left_sets, right_sets) for bag in sets for stem in bag if stem in shared)
    rarest = sorted(shared, key=lambda stem: (df[stem], stem))
    ids = {stem: k for k, stem in enumerate(rarest)}
    left_sentence, left_code = _key_codes(left_sets, ids)
    right_sentence, right_code = _key_codes(right_sets, ids)
    codes, key = np.unique(np.concatenate([left_code, right_code]), return_inverse=True)
    # a key's weight: its stem's, or the sum of its two stems'
    w, size = np.array([weights[stem] for stem in rarest], dtype=np.float64), len(rarest)
    pair = codes >= size
    first, second = np.where(pair, (codes - size) // size, codes), (codes - size) % size
    key_weight = w[first] + np.where(pair, w[second], 0.0)
    left = _Postings.of(left_sentence, key[: left_code.size], codes.size, n)
    right = _Postings.of(right_sentence, key[left_code.size :], codes.size, m)
    rows, cols = _best_by_overlap(left, right, key_weight)
    right_rows, right_cols = _best_by_overlap(right, left, key_weight)
    pairs = np.sort(np.concatenate([rows * m + cols, right_cols * m + right_rows]))
    pairs = pairs[np.r_[True, pairs[1:] != pairs[:-1]]] if pairs.size else pairs
    return pairs // m, pairs % m


def _key_codes(sets: list[set[str]], ids: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's index keys as (sentence, code) arrays, in sentence order: code ``k`` for shared
    stem ``k``, ``V + a V + b`` for the pair of stems ``a < b`` among its ``_SIGNATURE_STEMS`` rarest
    (``V`` shared stems)."""
    size = len(ids)
    codes: list[list[int]] = []
    for bag in sets:
        stems = sorted(ids[t] for t in bag if t in ids)
        pairs = itertools.combinations(stems[:_SIGNATURE_STEMS], 2)
        codes.append(stems + [size + a * size + b for a, b in pairs])
    sentence = np.repeat(np.arange(len(sets), dtype=np.int64), [len(c) for c in codes])
    return sentence, np.fromiter(itertools.chain.from_iterable(codes), dtype=np.int64, count=sentence.size)


class _Postings(NamedTuple):
    """The index keys of one side's sentences, read both ways: by sentence and by key."""

    size: int  # sentences
    sentence: np.ndarray  # sentence of each (sentence, key) entry, ascending
    key: np.ndarray  # key of each entry
    by_key: np.ndarray  # the entries' sentences ordered by (key, sentence): each key's postings
    starts: np.ndarray  # where each key's postings begin in by_key, and the end

    @classmethod
    def of(cls, sentence: np.ndarray, key: np.ndarray, keys: int, size: int) -> _Postings:
        by_key = sentence[_stable_order(key)]
        return cls(size, sentence, key, by_key, np.r_[0, np.cumsum(np.bincount(key, minlength=keys))])


def _best_by_overlap(query: _Postings, index: _Postings, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each sentence of ``query``, the ``_CANDIDATES_PER_SENTENCE`` sentences of ``index`` sharing
    the most key weight (``w``) with it, as (query, index) pairs.

    Each sentence reads the postings of its keys, fewest first, while they fit in
    ``_POSTINGS_PER_SENTENCE``; the weight of the keys read is summed per partner (a weighted overlap
    through an inverted index), in chunks of whole sentences of at most ``_POSTINGS_PER_CHUNK``."""
    length = index.starts[query.key + 1] - index.starts[query.key]
    order = _stable_order(query.sentence, length, query.key)
    sentence, key, length = query.sentence[order], query.key[order], length[order]
    starts = np.flatnonzero(np.r_[True, sentence[1:] != sentence[:-1]]) if sentence.size else sentence
    read = np.cumsum(length)
    read_before = np.repeat(read[starts] - length[starts], np.diff(np.r_[starts, sentence.size]))
    keep = (read - read_before <= _POSTINGS_PER_SENTENCE) & (length > 0)
    sentence, key, length = sentence[keep], key[keep], length[keep]
    read = np.cumsum(length)
    found: list[tuple[np.ndarray, np.ndarray]] = []
    lo = 0
    while lo < sentence.size:
        end = int(np.searchsorted(read, (read[lo - 1] if lo else 0) + _POSTINGS_PER_CHUNK, "right"))
        hi = int(np.searchsorted(sentence, sentence[max(end, lo + 1) - 1], "right"))
        found.append(_top_overlap(sentence[lo:hi], key[lo:hi], length[lo:hi], index, w, query.size))
        lo = hi
    if not found:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate([rows for rows, _ in found]), np.concatenate([cols for _, cols in found])


def _top_overlap(
    sentence: np.ndarray, key: np.ndarray, length: np.ndarray, index: _Postings, w: np.ndarray, size: int
) -> tuple[np.ndarray, np.ndarray]:
    """``_best_by_overlap`` for one chunk's (sentence, key) entries, with ``length`` postings each.

    Ties go to the partner at the nearer relative place, then the first, as the position prior would
    have it (overlap and distance rounded, see ``_OVERLAP_LEVELS``)."""
    # the postings of every entry, one after another: entry e's run starts at index.starts[key[e]]
    shift = np.repeat(index.starts[key] - (np.cumsum(length) - length), length)
    pairs = np.repeat(sentence, length) * index.size + index.by_key[np.arange(shift.size) + shift]
    order = _stable_order(pairs)
    pairs = pairs[order]
    starts = np.flatnonzero(np.r_[True, pairs[1:] != pairs[:-1]])
    overlap = np.add.reduceat(np.repeat(w[key], length)[order], starts)
    rows, cols = pairs[starts] // index.size, pairs[starts] % index.size
    new_row = np.r_[True, rows[1:] != rows[:-1]]
    local = np.cumsum(new_row) - 1  # the chunk's sentences, numbered from 0: fewer than 2**25
    less = np.floor((1.0 - overlap / (overlap.max() or 1.0)) * _OVERLAP_LEVELS).astype(np.int64)
    distance = np.abs(rows / max(size - 1, 1) - cols / max(index.size - 1, 1))
    farther = np.floor(distance * _DISTANCE_LEVELS).astype(np.int64)
    first = np.flatnonzero(new_row)
    place = np.arange(rows.size) - np.repeat(first, np.diff(np.r_[first, rows.size]))  # in its row
    # Each row's partners by rounded overlap, then distance, then column (they come in column order).
    order = _row_order((local << 38) | (less << 10) | farther, local, first, place)
    keep = order[place < _CANDIDATES_PER_SENTENCE]
    return rows[keep], cols[keep]



def _row_order(key: np.ndarray, local: np.ndarray, first: np.ndarray, place: np.ndarray) -> np.ndarray:
    """``np.argsort(key, kind="stable")`` where ``key`` sorts by row first (``local``, ascending from
    0, in its bits from 38 up) and each row's entries start at ``first[row]``, ``place`` being an
    entry's place in its row.

    Ties in a row are broken by place, and a row has no more partners than the postings it reads, so
    the place packed under the key makes every value distinct and says, with the row, where the entry
    was: the values are sorted (see ``_stable_order``), unless the rows are too many to leave it room."""
    bits = _POSTINGS_PER_SENTENCE.bit_length()
    if not key.size or int(local[-1]) >= 1 << (63 - 38 - bits):
        return np.argsort(key, kind="stable")
    packed = np.sort((key << bits) | place)
    return first[packed >> (38 + bits)] + (packed & ((1 << bits) - 1))


def _sparse(left, right, left_sets, right_sets, rows, cols, weights, options: Options) -> np.ndarray:
    wl, wr = _set_weights(left_sets, weights), _set_weights(right_sets, weights)
    inter = _shared_weight(left_sets, right_sets, rows, cols, weights)
    # rapidfuzz's element-wise cpdist: the same ratio as cdist, on the candidate pairs only.
    left_letters, right_letters = _as_letters(left.stems, right.stems)
    ratio = process.cpdist(
        [left_letters[i] for i in rows.tolist()],
        [right_letters[j] for j in cols.tolist()],
        scorer=fuzz.ratio,
        dtype=np.float64,
    ) / 100.0
    dice = _share(2 * inter, wl[rows] + wr[cols])
    contain = _share(inter, np.minimum(wl[rows], wr[cols]))
    values = _combine(dice, contain, ratio, options)
    n, m = len(left_sets), len(right_sets)
    return _adjust(values, left_sets, right_sets, (wl, wr), weights, options, rows, cols, n, m)


def _shared_weight(left_sets, right_sets, rows: np.ndarray, cols: np.ndarray, weights) -> np.ndarray:
    """For each candidate pair, the weight of the stems its two sentences share, in array operations:
    each left sentence's stems are looked up among the right sentence's (as ``sentence * V + stem``
    keys, sorted), so the cost is linear in the candidates' words, whatever the vocabulary."""
    vocabulary = sorted(set().union(*left_sets, *right_sets))
    ids = {stem: k for k, stem in enumerate(vocabulary)}
    size = len(vocabulary)
    w = np.array([weights[stem] for stem in vocabulary], dtype=np.float64)
    left_keys, lengths = _sentence_keys(left_sets, ids)
    flat = left_keys % size if size else left_keys  # each left sentence's stems, ascending
    starts = np.r_[0, np.cumsum(lengths)[:-1]]
    right_keys, _ = _sentence_keys(right_sets, ids)
    counts = lengths[rows]
    pair = np.repeat(np.arange(rows.size), counts)
    offset = np.arange(pair.size) - np.repeat(np.cumsum(counts) - counts, counts)
    stem_ids = flat[np.repeat(starts[rows], counts) + offset]
    keys = cols[pair] * size + stem_ids
    at = np.minimum(np.searchsorted(right_keys, keys), max(right_keys.size - 1, 0))
    hit = right_keys[at] == keys if right_keys.size else np.zeros(keys.size, dtype=bool)
    return np.bincount(pair[hit], weights=w[stem_ids[hit]], minlength=rows.size)


def _sentence_keys(sets: list[set[str]], ids: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """``sentence * len(ids) + id`` for each stem of each sentence, ascending (so each sentence's stems
    in id order), and each sentence's count of stems."""
    lengths = np.fromiter((len(bag) for bag in sets), dtype=np.int64, count=len(sets))
    flat = np.fromiter((ids[t] for bag in sets for t in bag), dtype=np.int64, count=int(lengths.sum()))
    return np.sort(np.repeat(np.arange(len(sets), dtype=np.int64) * len(ids), lengths) + flat), lengths
