"""Conflicts: facts two statements state differently, on made-up pairs aligned by the real pipeline."""

from __future__ import annotations

import pytest

from readout_diff.analyse.conflicts import find_conflicts
from readout_diff.pipeline import compare_path, compare_text

from .annotated import CONTEXT, annotated


def seed(left: list[str], right: list[str]) -> str:
    return (
        "Ministry of Foreign Affairs of Sylvania\n3 March 2025\n"
        "Foreign Minister meets Freedonian counterpart\n\n"
        + " ".join(left)
        + "\n\nMinistry of Foreign Affairs of Freedonia\n3 March 2025\nReadout of the talks\n\n"
        + " ".join(right)
        + "\n"
    )


def conflicts_of(text: str):
    result = compare_text(text, "test")
    assert len(result.document.statements) == 2
    comparison = result.comparisons[0]
    left, right = (result.document.statements[k] for k in (comparison.left, comparison.right))
    found = find_conflicts(*annotated(left, right), comparison.alignment.matches, CONTEXT.aliases)
    for conflict in found:
        for mention, statement in ((conflict.left, left), (conflict.right, right)):
            assert mention.text == result.document.text[mention.start : mention.end]
            sentence = statement.sentences[mention.sentence]
            assert sentence.start <= mention.start < mention.end <= sentence.end
    return found


FILLER_LEFT = [
    "The ministers also reviewed cooperation on railway safety.",
    "Both sides looked forward to a summit in the autumn.",
]
FILLER_RIGHT = [
    "Railway safety cooperation was also on the agenda.",
    "The two sides looked forward to a summit in the autumn.",
]

# (label, left sentences, right sentences, expected [(kind, scope, left text, right text)])
CASES = [
    # date
    (
        "date-day-month",
        ["On 7 March, the foreign ministers met to discuss fishing rights in the northern bay."],
        ["On 8 March, the foreign ministers met to discuss fishing rights in the northern bay."],
        [("date", "match", "7 March", "8 March")],
    ),
    (
        "date-month-day-year",
        ["On February 7, 2024, the two delegations reviewed the river treaty and grain exports."],
        ["On February 8, 2024, the two delegations reviewed the river treaty and grain exports."],
        [("date", "match", "February 7, 2024", "February 8, 2024")],
    ),
    (
        "date-year-only-differs",
        ["On 3 March 2024 the ministers opened the new border crossing at Kestrel Pass."],
        ["On 3 March 2025 the ministers opened the new border crossing at Kestrel Pass."],
        [("date", "match", "3 March 2024", "3 March 2025")],
    ),
    (
        "date-weekday",
        ["On Friday the foreign ministers met to discuss fishing rights in the northern bay."],
        ["On Thursday the foreign ministers met to discuss fishing rights in the northern bay."],
        [("date", "match", "Friday", "Thursday")],
    ),
    (
        "no-date-on-one-side",
        ["On 7 March, the foreign ministers met to discuss fishing rights in the northern bay."],
        ["The foreign ministers met to discuss fishing rights in the northern bay."],
        [],
    ),
    (
        "no-date-written-two-ways",
        ["On 7 March 2025, the foreign ministers met to discuss fishing rights in the northern bay."],
        ["On Friday, March 7, the foreign ministers met to discuss fishing rights in the northern bay."],
        [],
    ),
    # ordinal and number
    (
        "ordinal-words",
        ["This was the sixth round of the Sylvania-Freedonia Water Dialogue."],
        ["This was the first round of the Sylvania-Freedonia Water Dialogue."],
        [("ordinal", "match", "sixth round", "first round")],
    ),
    (
        "ordinal-digits",
        ["The ministers opened the 6th session of the joint fisheries commission."],
        ["The ministers opened the 1st session of the joint fisheries commission."],
        [("ordinal", "match", "6th session", "1st session")],
    ),
    (
        "number-count",
        ["The ministers signed 12 agreements on grain, timber and river transport."],
        ["The ministers signed 10 agreements on grain, timber and river transport."],
        [("number", "match", "12 agreements", "10 agreements")],
    ),
    (
        "number-money",
        ["Sylvania pledged $5 billion for the reconstruction of the Kestrel Pass railway."],
        ["Sylvania pledged $4 billion for the reconstruction of the Kestrel Pass railway."],
        [("number", "match", "$5 billion", "$4 billion")],
    ),
    (
        "number-spelled-out",
        ["The ministers inaugurated twelve new ferry terminals along the northern bay."],
        ["The ministers inaugurated 10 new ferry terminals along the northern bay."],
        [("number", "match", "twelve new ferry terminals", "10 new ferry terminals")],
    ),
    (
        "number-across-statements",
        ["Sylvanian universities will host 40 students from Freedonia next year.", *FILLER_LEFT],
        [
            *FILLER_RIGHT,
            "The minister said 35 students would travel under the scholarship fund of the coastal provinces.",
        ],
        [("number", "statements", "40 students", "35 students")],
    ),
    (
        "number-percent",
        ["Trade between the two countries grew by 5% in 2024, the ministers noted."],
        ["Trade between the two countries grew by 7% in 2024, the ministers noted."],
        [("number", "match", "5%", "7%")],
    ),
    (
        "no-number-percent-across-statements",
        ["Grain exports rose by 5% in the first quarter.", *FILLER_LEFT],
        [*FILLER_RIGHT, "Unemployment among river pilots fell 7% after the new licences."],
        [],
    ),
    (
        "no-number-list-numbering",
        ["1. The ministers signed the fisheries protocol for the northern bay."],
        ["2. The ministers signed the fisheries protocol for the northern bay."],
        [],
    ),
    (
        "no-number-since-year-one-side",
        ["This meeting was the sixth Water Dialogue since 2015."],
        ["This meeting continued the Water Dialogue."],
        [],
    ),
    (
        "no-number-other-value-also-used",
        ["The ministers signed 12 agreements on grain, timber and river transport.", *FILLER_LEFT],
        [
            "The ministers signed 10 agreements on grain, timber and river transport.",
            *FILLER_RIGHT,
            "In all, 12 agreements were concluded during the visit, two of them by the trade ministers.",
        ],
        [],
    ),
    (
        "no-number-different-nouns",
        ["The ministers signed 12 agreements on grain, timber and river transport."],
        ["The ministers launched 10 projects on grain, timber and river transport."],
        [],
    ),
    (
        "no-number-approximate-or-range",
        ["The ministers signed more than 10 agreements on grain, timber and river transport."],
        ["The ministers signed 12 agreements on grain, timber and river transport."],
        [],
    ),
    # place
    (
        "place-city",
        ["The foreign ministers met in Lakeport to discuss fishing rights in the northern bay."],
        ["The foreign ministers met in Rivertown to discuss fishing rights in the northern bay."],
        [("place", "match", "Lakeport", "Rivertown")],
    ),
    (
        "place-venue",
        ["The two delegations held their talks at the Blue Palace on grain and timber exports."],
        ["The two delegations held their talks at the Amber Hall on grain and timber exports."],
        [("place", "match", "Blue Palace", "Amber Hall")],
    ),
    (
        "place-across-statements",
        ["The foreign ministers met in Lakeport.", *FILLER_LEFT],
        [*FILLER_RIGHT, "Security was tight as the talks were held in Rivertown under heavy rain."],
        [("place", "statements", "Lakeport", "Rivertown")],
    ),
    (
        "no-place-alias",
        ["The officials met in Washington, D.C. to discuss fishing rights in the northern bay."],
        ["The officials met in Washington DC to discuss fishing rights in the northern bay."],
        [],
    ),
    (
        "no-place-named-elsewhere",
        [
            "The foreign ministers met in Lakeport to discuss fishing rights in the northern bay.",
            "Lakeport is the largest port of Sylvania.",
        ],
        ["The foreign ministers met in Sylvania to discuss fishing rights in the northern bay."],
        [],
    ),
    # participant
    (
        "participant-lead",
        ["The Ministry of Defence and the Ministry of Fisheries co-chaired the talks for Sylvania."],
        ["The Ministry of Trade and the Ministry of Fisheries co-chaired the talks for Sylvania."],
        [
            (
                "participant",
                "match",
                "The Ministry of Defence and the Ministry of Fisheries",
                "The Ministry of Trade and the Ministry of Fisheries",
            )
        ],
    ),
    (
        "participant-members",
        [
            "The Sylvanian delegation was made up of officials of the Ministries of Fisheries and Transport.",
            *FILLER_LEFT,
        ],
        [
            *FILLER_RIGHT,
            "The Sylvanian side included officials from the Ministry of Health and the Customs Service.",
        ],
        [
            (
                "participant",
                "statements",
                "the Ministries of Fisheries and Transport",
                "the Ministry of Health and the Customs Service",
            )
        ],
    ),
    (
        "participant-lead-written-two-ways",
        ["The Ministry of Defence co-chaired the talks for Sylvania.", *FILLER_LEFT],
        [*FILLER_RIGHT, "The Sylvanian delegation was led by the Ministry of Trade."],
        [("participant", "statements", "The Ministry of Defence", "the Ministry of Trade")],
    ),
    (
        "no-participant-also-participated",
        ["The Ministry of Water led the Sylvanian delegation. The Embassy in Rivertown also participated."],
        ["The Sylvanian delegation was led by the Ministry of Water."],
        [],
    ),
    (
        "no-participant-same-set-reordered",
        ["The Departments of Water, Energy, and Justice co-chaired the dialogue for Sylvania."],
        ["The Sylvanian side was made up of officials from the Departments of Energy, Justice and Water."],
        [],
    ),
    (
        "no-participant-people",
        ["Deputy Minister Anna Brook and Director General Paul Stone led the Sylvanian delegation."],
        ["The Sylvanian delegation was made up of representatives of the Ministry of Fisheries."],
        [],
    ),
    # agreement
    (
        "agreement-agreed-vs-discussed",
        ["The ministers agreed to lower tariffs on grain and timber."],
        ["The ministers discussed tariffs on grain and timber."],
        [("agreement", "match", "agreed", "discussed")],
    ),
    (
        "agreement-consensus-vs-exchanged-views",
        ["The delegations exchanged views on a joint patrol of the northern bay."],
        ["The delegations reached consensus on a joint patrol of the northern bay."],
        [("agreement", "match", "exchanged views", "reached consensus")],
    ),
    (
        "agreement-signed-vs-reviewed",
        ["The ministers signed a memorandum on fishing quotas in the northern bay."],
        ["The ministers reviewed a memorandum on fishing quotas in the northern bay."],
        [("agreement", "match", "signed", "reviewed")],
    ),
    (
        "no-agreement-both-agreed",
        ["The ministers discussed tariffs and agreed to lower them on grain and timber."],
        ["The ministers agreed to lower tariffs on grain and timber."],
        [],
    ),
    (
        "no-agreement-negated",
        ["The ministers did not agree on tariffs on grain and timber."],
        ["The ministers discussed tariffs on grain and timber."],
        [],
    ),
]


@pytest.mark.parametrize(("left", "right", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_conflicts(left, right, expected):
    found = conflicts_of(seed(left, right))
    assert [(c.kind, c.scope, c.left.text, c.right.text) for c in found] == expected


def test_detail_names_both_values():
    left, right = next(case[1:3] for case in CASES if case[0] == "ordinal-words")
    (conflict,) = conflicts_of(seed(left, right))
    assert conflict.detail == 'ordinal: "sixth round" vs "first round"'


def test_sorted_by_left_then_right_mention():
    found = conflicts_of(
        seed(
            [
                "On 7 March, the foreign ministers met in Lakeport to discuss fishing rights.",
                "This was the sixth round of the Water Dialogue.",
            ],
            [
                "This was the first round of the Water Dialogue.",
                "On 8 March, the foreign ministers met in Rivertown to discuss fishing rights.",
            ],
        )
    )
    assert {c.kind for c in found} == {"date", "place", "ordinal"}
    keys = [(c.left.start, c.right.start) for c in found]
    assert keys == sorted(keys)


def test_the_seed_has_no_conflicts(seed_path):
    result = compare_path(str(seed_path))
    for comparison in result.comparisons:
        left, right = (result.document.statements[k] for k in (comparison.left, comparison.right))
        assert find_conflicts(*annotated(left, right), comparison.alignment.matches, CONTEXT.aliases) == ()
