"""The candidate search of long statements keeps every sentence's true partner among near-duplicates."""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np
import pytest
from rapidfuzz import fuzz, process

from readout_diff.match import similarity
from readout_diff.match.similarity import score_pairs
from readout_diff.options import Options

from .annotated import bags
from .test_align import compare, pairs


@dataclass(frozen=True, slots=True)
class Families:
    """Near-duplicate sentence families: templates filled from small pools of made-up names."""

    label: str
    templates: tuple[str, ...]
    per_side: int  # right sentences; the left has as many, half of them planted copies
    people: int
    places: int
    numbers: int
    seed: int = 7


CASES = [
    Families(
        "people, places and numbers",
        (
            "Minister {p} met {q} in {c} to discuss the {n} fishing licences.",
            "{p} and {q} agreed in {c} to open {n} border crossings.",
            "The delegation from {c} thanked {p} for the release of {n} sailors.",
        ),
        per_side=120, people=12, places=8, numbers=40,
    ),
    Families(
        "one template, numbers and a place",
        ("Grain exports from {c} rose by {n} percent in the year to {m}.",),
        per_side=100, people=2, places=6, numbers=30,
    ),
    Families(
        "long sentences, many names each",
        (
            "{p}, {q} and {r} met in {c} and {d} with envoys of {e} on the {n} refugees and the {m} schools.",
        ),
        per_side=80, people=10, places=6, numbers=25,
    ),
]

# Patched budgets: small statements under the pressure that 20 MB put on the real ones (each single
# stem is read by far more sentences than a sentence may read postings).
SMALL_BUDGET = {"_DENSE_PAIRS": 0, "_POSTINGS_PER_SENTENCE": 12, "_CANDIDATES_PER_SENTENCE": 3}

EDITS = ("formal", "joint", "urgent", "renewed", "separate", "practical")


def plant(case: Families) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    """(left, right, planted (left, right) positions): the left holds one-word edits of half the right
    sentences and as many fresh fillings of the same templates, shuffled."""
    rng = random.Random(case.seed)
    people = [f"{a}{b}" for a in ("Var", "Tis", "Orm", "Kel", "Zan") for b in ("ek", "ova", "ard", "in")]
    places = [f"{a}{b}" for a in ("Lat", "Syl", "Fre", "Mar") for b in ("veria", "vania", "donia")]
    people, places = people[: case.people], places[: case.places]

    def fill() -> str:
        p, q, r = rng.sample(people, 3) if len(people) >= 3 else (people * 3)[:3]
        c, d, e = rng.sample(places, 3)
        numbers = range(2, 2 + case.numbers)
        text = rng.choice(case.templates).format(
            p=p, q=q, r=r, c=c, d=d, e=e, n=rng.choice(numbers), m=rng.choice(numbers)
        )
        return text[0].upper() + text[1:]

    seen: set[str] = set()

    def fresh() -> str:
        while (text := fill()) in seen:
            pass
        seen.add(text)
        return text

    right = [fresh() for _ in range(case.per_side)]
    left: list[tuple[str, int]] = []
    for j in rng.sample(range(case.per_side), case.per_side // 2):
        words = right[j].split(" ")
        at = rng.randrange(1, len(words) - 1)
        words[at] = rng.choice([w for w in EDITS if w != words[at]])
        left.append((" ".join(words), j))
    left += [(fresh(), -1) for _ in range(case.per_side - len(left))]
    rng.shuffle(left)
    return [text for text, _ in left], right, [(i, j) for i, (_, j) in enumerate(left) if j >= 0]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.label)
def test_every_planted_partner_is_a_candidate(case, monkeypatch):
    for name, value in SMALL_BUDGET.items():
        monkeypatch.setattr(similarity, name, value)
    left, right, planted = plant(case)
    scores = score_pairs(bags(left), bags(right), Options())
    assert scores.matrix is None  # the candidate path
    candidates = set(zip(scores.rows.tolist(), scores.cols.tolist(), strict=True))
    assert [pair for pair in planted if pair not in candidates] == []
    # linear: at most the kept partners of every sentence, each side
    assert len(candidates) <= SMALL_BUDGET["_CANDIDATES_PER_SENTENCE"] * (len(left) + len(right))


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.label)
def test_the_candidate_path_matches_the_planted_copies_the_dense_path_matches(case, monkeypatch):
    left, right, planted = plant(case)
    dense = set(planted) & set(pairs(compare(left, right)))
    assert len(dense) >= 0.9 * len(planted)  # a few copies are as close to a sibling as to their source
    monkeypatch.setattr(similarity, "_DENSE_PAIRS", 0)
    assert set(planted) & set(pairs(compare(left, right))) == dense


def test_candidates_do_not_depend_on_the_order_a_sentences_stems_come_in():
    """Sets of the same stems built in another order (as another PYTHONHASHSEED may iterate them)."""

    def rebuilt(bag: set[str]) -> set[str]:
        again: set[str] = set()
        for stem in sorted(bag, reverse=True):
            again.add(stem)
        return again

    left, right, _ = plant(CASES[0])
    left_sets, right_sets = ([set(bag) for bag in bags(texts).stems] for texts in (left, right))
    weights = {stem: 1.0 + len(stem) / 10 for bag in left_sets + right_sets for stem in bag}
    rows, cols = similarity._candidates(left_sets, right_sets, weights)
    again = similarity._candidates([rebuilt(b) for b in left_sets], [rebuilt(b) for b in right_sets], weights)
    assert (rows.tolist(), cols.tolist()) == (again[0].tolist(), again[1].tolist())
    found = list(zip(rows.tolist(), cols.tolist(), strict=True))
    assert found == sorted(set(found))  # sorted by (row, col), each pair once


def test_no_shared_word_no_candidates():
    weights = {"grain": 1.0, "wheat": 1.0, "oil": 1.0}
    rows, cols = similarity._candidates([{"grain"}, {"wheat"}], [{"oil"}], weights)
    assert rows.size == cols.size == 0


# --- the fast sorts and the letters the ratio reads: the same results as the slow forms -------------

@pytest.mark.parametrize("high", [5, 3_000, 2**40], ids=["small", "medium", "too wide to pack"])
@pytest.mark.parametrize("columns", [1, 2, 3])
def test_stable_order_is_a_stable_lexicographic_sort(high, columns):
    rng = np.random.default_rng(high + columns)
    for size in (0, 1, 2, 17, 5_000):
        keys = [rng.integers(0, high, size, dtype=np.int64) for _ in range(columns)]
        expected = np.lexsort(keys[::-1]) if size else np.zeros(0, dtype=np.int64)
        assert similarity._stable_order(*keys).tolist() == expected.tolist()


@pytest.mark.parametrize("rows", [3, 300, 70_000], ids=["few rows", "many rows", "too many to pack"])
def test_row_order_is_the_stable_sort_of_the_key(rows):
    """Rows of up to _POSTINGS_PER_SENTENCE partners, keys with many ties in a row (the case the place
    breaks), as _top_overlap builds them."""
    rng = np.random.default_rng(rows)
    counts = rng.integers(1, min(similarity._POSTINGS_PER_SENTENCE, 40 if rows > 1000 else 500) + 1, rows)
    local = np.repeat(np.arange(rows, dtype=np.int64), counts)
    first = np.r_[0, np.cumsum(counts)[:-1]]
    place = np.arange(local.size) - np.repeat(first, counts)
    less = rng.integers(0, 4, local.size, dtype=np.int64)
    farther = rng.integers(0, 3, local.size, dtype=np.int64)
    key = (local << 38) | (less << 10) | farther
    order = similarity._row_order(key, local, first, place)
    assert order.tolist() == np.argsort(key, kind="stable").tolist()


def test_the_ratio_over_letters_is_the_ratio_over_stems(monkeypatch):
    left = [("grain", "export", "rise"), ("talk", "grain"), (), ("role:frame", "meet", "meet")]
    right = [("export", "grain"), ("grain", "talk", "export", "rise"), ("visit",)]
    expected = process.cdist(left, right, scorer=fuzz.ratio)
    letters = similarity._as_letters(left, right)
    for written, stems in zip(letters, (left, right), strict=True):
        assert [len(text) for text in written] == [len(bag) for bag in stems]  # one character a stem
    assert process.cdist(*letters, scorer=fuzz.ratio).tolist() == expected.tolist()
    # a vocabulary beyond what characters can write: the stems as they are
    monkeypatch.setattr(similarity, "_LETTERS", 3)
    assert similarity._as_letters(left, right) == (left, right)
