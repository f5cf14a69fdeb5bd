"""Alignment on made-up pairs: order-free, many-to-one, aliases, explanations, the threshold."""

from __future__ import annotations

from dataclasses import replace

import pytest

from readout_diff.options import Assignment, Options
from readout_diff.pipeline import compare_text

from .annotated import bags


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
    return sorted((i, j) for m in comparison.alignment.matches for i in m.left for j in m.right)


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
    assert c.alignment.left_only == () and c.alignment.right_only == ()


def test_aliases_and_stems_make_a_match():
    c = compare(
        ["U.S. and Sylvanian officials met in Washington, D.C. to discuss cooperation on migration."],
        ["Officials of the United States and Sylvania met in Washington DC and discussed migration cooperation."],
    )
    assert pairs(c) == [(0, 0)]
    assert {"washington", "dc", "us", "migration"} <= set(c.alignment.matches[0].shared)


def test_one_sided_sentences_are_only_with_their_nearest_candidate():
    c = compare(
        ["The ministers discussed the dam on the Blue River.", "The minister raised the detention of two journalists."],
        ["The two ministers discussed the Blue River dam.", "The sides will meet again in the autumn in Sylvania City."],
    )
    assert pairs(c) == [(0, 0)]
    assert c.alignment.left_only == (1,) and c.alignment.right_only == (1,)
    (nearest,) = c.alignment.left_nearest
    # Either too far from every sentence, or its nearest one is matched more closely elsewhere.
    taken = {j for m in c.alignment.matches for j in m.right}
    assert nearest.score < Options().match_threshold or nearest.index in taken


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
    assert len(c.alignment.matches) == 1


def test_a_sentence_repeating_names_does_not_join_a_match():
    c = compare(
        ["The Chancellor spoke today with the President of Fenwick about the energy interconnector."],
        [
            "President Tully spoke with the Chancellor on Friday about the energy interconnector.",
            "The President invited the Chancellor to visit Fenwick in the summer.",
        ],
    )
    assert pairs(c) == [(0, 0)]
    assert c.alignment.right_only == (1,)


@pytest.mark.parametrize("threshold", [0.0, 0.35, 0.6, 1.0])
def test_threshold_bounds_every_match(threshold):
    """Every match but the two readouts' opening frames (see the next test) reaches the threshold."""
    c = compare(
        ["The ministers discussed the dam on the Blue River.", "They agreed to meet again."],
        ["The two ministers discussed the Blue River dam.", "The sides will meet again in the autumn."],
        threshold=threshold,
    )
    assert all(m.score >= threshold for m in c.alignment.matches)
    if threshold == 1.0:
        assert c.alignment.matches == ()


#: Two readouts of one meeting opening as Japan's MOFA and a terse ministry write them: one frame each,
#: sharing the other minister's name and little else.
OPENINGS = (
    [
        (
            "On 3 March, commencing at 4:30 p.m. for approximately 40 minutes, Ms. VELK Adaora, Minister for"
            " Foreign Affairs of Sylvania, held a meeting with Mr. Tomas Brandt, Foreign Secretary of Freedonia."
        ),
        "The ministers discussed the dam on the Blue River.",
    ],
    [
        "Foreign Secretary Brandt received his Sylvanian counterpart in Lakeport today.",
        "The two ministers discussed the Blue River dam.",
    ],
)


@pytest.mark.parametrize("threshold", [0.2, 0.9])
def test_opening_frames_are_matched_however_worded(threshold):
    c = compare(*OPENINGS, threshold=threshold)
    opening = c.alignment.matches[0]
    assert (opening.left, opening.right) == ((0,), (0,))
    assert opening.score < 0.2  # the words alone would leave both openings one-sided
    assert "same role: Frame" in opening.evidence


@pytest.mark.parametrize(
    "left, right",
    [
        # openings naming no one alike: two meetings, not one
        (OPENINGS[0], ["Foreign Secretary Okonkwo received his Sylvanian counterpart in Lakeport today.", OPENINGS[1][1]]),
        # a frame well after the opening is no opening
        (OPENINGS[0], ["The two ministers discussed the Blue River dam.", "They also discussed fisheries.",
                       "They discussed the border.", OPENINGS[1][0]]),
    ],
)
def test_only_openings_naming_someone_alike_are_matched_below_the_threshold(left, right):
    assert all(m.score >= 0.2 for m in compare(left, right).alignment.matches)


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
    assert "human rights" in c.terms.left
    assert "terrorism" in c.terms.right
    assert not {"ministers", "dam", "discussed"} & set(c.terms.left + c.terms.right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("They agreed to stay in touch.", "They agreed to remain in close contact."),
        ("The President spoke with the Chancellor by phone.", "The Chancellor had a call with the President."),
        ("The minister thanked Sylvania for its help.", "The minister expressed appreciation for Sylvania's assistance."),
        ("They discussed defence cooperation.", "They discussed collaboration on defense."),
    ],
    ids=["stay-in-touch", "spoke-call", "thanked-appreciation", "spelling-and-synonym"],
)
def test_diplomatic_paraphrases_match(left, right):
    from readout_diff.text.aliases import builtin_aliases
    from readout_diff.text.normalize import content_stems

    table = builtin_aliases()
    assert set(content_stems(left, table)) & set(content_stems(right, table)) - {"minist", "presid", "chancellor", "discuss", "agre"}
    filler_left = ["The Sylvanian delegation raised the fisheries quota for herring.", "Rain fell on the capital."]
    filler_right = ["A new consulate will open in the port city.", "The anthem was played twice."]
    c = compare([left, *filler_left], [right, *filler_right])
    assert (0, 0) in pairs(c)


@pytest.mark.parametrize(
    ("left", "right", "stem"),
    [
        ("They reviewed Saudi-French relations.", "They spoke of France and Saudi Arabia.", "saudi arabia"),
        ("The South Korean side welcomed the visit.", "The President of South Korea arrived.", "south korea"),
        ("The New Zealand-Sylvania agreement was signed.", "New Zealand signed it.", "new zealand"),
        ("Trinidad and Tobago joined.", "The Trinidadian minister spoke.", "trinidad and tobago"),
    ],
    ids=["adjective-in-a-compound", "two-word-adjective", "name-in-a-compound", "name-with-and"],
)
def test_a_country_of_several_words_is_one_word_however_written(left, right, stem):
    from readout_diff.text.aliases import builtin_aliases
    from readout_diff.text.normalize import content_stems

    table = builtin_aliases()
    assert stem in content_stems(left, table)
    assert stem in content_stems(right, table)
    # Lower case, the words are ordinary words: "the south of the country", "a new zealand".
    assert "south korea" not in content_stems("They met in the south of Korea.", table)


def test_global_assignment_beats_greedy():
    from readout_diff.match.align import _greedy, _one_to_one

    candidates = [(0.9, 0, 0), (0.85, 0, 1), (0.8, 1, 0)]
    assert sorted(_greedy(candidates)) == [(0, 0)]
    assert _one_to_one(candidates) == [(0, 1), (1, 0)]


def test_max_weight_matching_is_exact():
    import itertools
    import random

    from readout_diff.match.align import _max_weight_matching

    rng = random.Random(7)
    for _ in range(100):
        n = rng.randint(1, 5)
        m = rng.randint(n, 6)
        w = [[rng.random() for _ in range(m)] for _ in range(n)]
        best = max(sum(w[i][p[i]] for i in range(n)) for p in itertools.permutations(range(m), n))
        assert abs(sum(w[i][j] for i, j in _max_weight_matching(w)) - best) < 1e-9


def test_names_and_numbers_weigh_more():
    from readout_diff.match.similarity import term_weights

    read = bags(["They looked forward to the summit in Vilnius in 2023.", "The summit was productive."])
    assert {"vilnius", "2023"} <= read.names and "summit" not in read.names
    plain = term_weights(read, read, replace(Options(), name_weight=1.0))
    boosted = term_weights(read, read, replace(Options(), name_weight=2.0))
    assert boosted["vilnius"] == 2 * plain["vilnius"] and boosted["summit"] == plain["summit"]


def test_position_prior_prefers_sentences_at_the_same_place():
    from readout_diff.match.similarity import score_pairs

    left = bags(["Grain exports rose in March."] * 3)
    right = bags(["Grain exports fell in April."] * 3)
    matrix = score_pairs(left, right, replace(Options(), position_weight=0.05, novelty_penalty=0.0)).matrix
    assert matrix[0, 0] == matrix[2, 2] > matrix[0, 1] > matrix[0, 2] == matrix[2, 0]


def test_long_statements_score_candidates_only_and_align_the_same(monkeypatch):
    """Above the dense limit only pairs sharing an indexed word are scored: the same alignment."""
    import random

    from readout_diff.match import similarity

    rng = random.Random(3)
    vocabulary = [f"w{k}" for k in range(400)]
    topics = [" ".join(rng.sample(vocabulary, 6)) for _ in range(30)]
    left = [f"The ministers discussed {t}." for t in topics]
    right = [f"Both sides talked about {t} again." for t in reversed(topics)] + ["Unrelated filler sentence here."]
    dense = compare(left, right)
    monkeypatch.setattr(similarity, "_DENSE_PAIRS", 0)
    sparse = compare(left, right).alignment
    dense = dense.alignment
    assert sparse.matches == dense.matches
    assert sparse.left_only == dense.left_only and sparse.right_only == dense.right_only
    # A sentence sharing no word with the other side has no candidate, so no nearest one.
    assert sparse.right_nearest[-1] is None and dense.right_nearest[-1].score < 0.05
    assert sparse.right_nearest[:-1] == dense.right_nearest[:-1]


def test_topic_words_repeated_everywhere_count_less_than_rare_words():
    from readout_diff.match.similarity import idf_weights

    read = bags(["Law enforcement talks.", "Law enforcement data.", "Law enforcement and fentanyl."])
    squared = idf_weights(read, exponent=2.0)
    plain = idf_weights(read, exponent=1.0)
    assert squared["fentanyl"] / squared["law"] > plain["fentanyl"] / plain["law"] > 1


def test_a_short_sentence_inside_a_long_one_matches():
    c = compare(
        ["The ministers discussed fentanyl precursors."],
        [
            "The ministers discussed fentanyl precursors, the extradition of fugitives, visa overstays, "
            "port security inspections and the exchange of customs data on container shipments."
        ],
    )
    assert pairs(c) == [(0, 0)]


def test_novelty_penalty_lowers_pairs_of_sentences_making_their_own_points():
    from readout_diff.match.similarity import score_pairs

    left = bags(["The sixth dialogue since 2015 met in the capital.", "Both sides discussed the dialogue."])
    right = bags(["The dialogue will continue with technical meetings.", "Both sides discussed the dialogue."])
    plain = score_pairs(left, right, replace(Options(), novelty_penalty=0.0)).matrix
    penalised = score_pairs(left, right, replace(Options(), novelty_penalty=0.6)).matrix
    assert penalised[0, 0] < plain[0, 0]
    assert penalised[1, 1] == pytest.approx(plain[1, 1])  # nothing new on either side: no penalty


def test_ranked_pairs_keep_each_sentences_best_candidates_only():
    import numpy as np

    from readout_diff.match.similarity import Scores, _top_ranked

    rows = np.array([0, 0, 0, 1, 1, 1])
    cols = np.array([0, 1, 2, 0, 1, 2])
    values = np.array([0.9, 0.5, 0.7, 0.4, 0.8, 0.6])
    assert _top_ranked(rows, cols, values, 1).tolist() == [True, False, False, False, True, False]
    assert _top_ranked(rows, cols, values, 2).tolist() == [True, False, True, False, True, True]
    matrix = np.random.default_rng(0).random((30, 30))
    scores = Scores((30, 30), {}, Options(), matrix=matrix)
    pairs = scores.ranked(0.0, per_sentence=2)
    best_of_row = {(i, int(j)) for i in range(30) for j in np.argsort(-matrix[i])[:2]}
    best_of_col = {(int(i), j) for j in range(30) for i in np.argsort(-matrix[:, j])[:2]}
    assert {(i, j) for _, i, j in pairs} == best_of_row | best_of_col


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (Assignment.GLOBAL, Assignment.GLOBAL),
        (Assignment.GREEDY, Assignment.GREEDY),
        ("global", Assignment.GLOBAL),  # the mode's name, as written before it was an enum
        ("greedy", Assignment.GREEDY),
    ],
)
def test_assignment_option(given, expected):
    assert Options(assignment=given).assignment is expected
    assert replace(Options(), assignment=given).assignment is expected


def test_unknown_assignment_is_refused():
    with pytest.raises(ValueError, match="optimal"):
        Options(assignment="optimal")
