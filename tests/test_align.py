"""Alignment on made-up pairs: order-free, many-to-one, aliases, explanations, the threshold."""

from __future__ import annotations

from dataclasses import replace

import pytest

from readout_diff.options import Options
from readout_diff.pipeline import compare_text


def seed(left: list[str], right: list[str]) -> str:
    return (
        "Ministry of Foreign Affairs of Sylvania\n3 March 2025\nMinisters meet\n"
        + "\n".join(left)
        + "\n\nDepartment of State of Freedonia\n3 March 2025\nReadout of the meeting\n"
        + "\n".join(right)
        + "\n"
    )


def compare(left, right, **options):
    result = compare_text(seed(left, right), "test", replace(Options(), **options))
    return result.comparisons[0]


def pairs(comparison):
    return sorted((i, j) for m in comparison.matches for i in m.left for j in m.right)


def test_matches_in_any_order():
    c = compare(
        [
            "The ministers discussed the dam on the Blue River.",
            "They agreed to exchange hydrological data every month.",
            "The ministers signed an agreement on fishing quotas.",
        ],
        [
            "Both sides signed a fishing quota agreement.",
            "They will share hydrological data monthly.",
            "The two ministers discussed the Blue River dam.",
        ],
    )
    assert pairs(c) == [(0, 2), (1, 1), (2, 0)]
    assert c.left_only == () and c.right_only == ()


def test_aliases_and_stems_make_a_match():
    c = compare(
        ["U.S. and Sylvanian officials met in Washington, D.C. to discuss cooperation on migration."],
        ["Officials of the United States and Sylvania met in Washington DC and discussed migration cooperation."],
    )
    assert pairs(c) == [(0, 0)]
    assert {"washington", "dc", "us", "migration"} <= set(c.matches[0].shared)


def test_one_sided_sentences_are_only_with_their_nearest_candidate():
    c = compare(
        ["The ministers discussed the dam on the Blue River.", "The minister raised the detention of two journalists."],
        ["The two ministers discussed the Blue River dam.", "The sides will meet again in the autumn in Sylvania City."],
    )
    assert pairs(c) == [(0, 0)]
    assert c.left_only == (1,) and c.right_only == (1,)
    (nearest,) = c.left_nearest
    # Either too far from every sentence, or its nearest one is matched more closely elsewhere.
    taken = {j for m in c.matches for j in m.right}
    assert nearest.score < Options().threshold or nearest.index in taken


def test_many_to_one_when_one_side_splits_a_sentence():
    c = compare(
        [
            "The ministers reviewed the dam on the Blue River and agreed to exchange hydrological data every month.",
        ],
        [
            "The ministers reviewed the Blue River dam.",
            "They agreed to exchange hydrological data every month.",
        ],
    )
    assert pairs(c) == [(0, 0), (0, 1)]
    assert len(c.matches) == 1


def test_a_sentence_repeating_names_does_not_join_a_match():
    c = compare(
        ["The Chancellor spoke today with the President of Fenwick about the energy interconnector."],
        [
            "President Tully spoke with the Chancellor on Friday about the energy interconnector.",
            "The President invited the Chancellor to visit Fenwick in the summer.",
        ],
    )
    assert pairs(c) == [(0, 0)]
    assert c.right_only == (1,)


@pytest.mark.parametrize("threshold", [0.0, 0.35, 0.6, 1.0])
def test_threshold_bounds_every_match(threshold):
    c = compare(
        ["The ministers discussed the dam on the Blue River.", "They agreed to meet again."],
        ["The two ministers discussed the Blue River dam.", "The sides will meet again in the autumn."],
        threshold=threshold,
    )
    assert all(m.score >= threshold for m in c.matches)
    if threshold == 1.0:
        assert c.matches == ()


def test_raising_the_threshold_never_adds_matches():
    left = ["The ministers discussed the dam on the Blue River.", "They agreed to meet again soon."]
    right = ["The two ministers discussed the Blue River dam.", "The sides will meet again in the autumn."]
    counts = [len(pairs(compare(left, right, threshold=t))) for t in (0.2, 0.4, 0.6, 0.8)]
    assert counts == sorted(counts, reverse=True)


def test_terms_only_are_absent_from_the_other_side():
    c = compare(
        ["The ministers discussed the dam and stressed human rights.", "They agreed to meet again."],
        ["The ministers discussed the dam and cooperation against terrorism.", "They agreed to meet again."],
    )
    assert "human rights" in c.left_terms
    assert "terrorism" in c.right_terms
    assert not {"ministers", "dam", "discussed"} & set(c.left_terms + c.right_terms)
