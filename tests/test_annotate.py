"""The annotation stage: each statement read once (words, roles, canonical mentions) reaches the score and the `why`."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from readout_diff.annotate import AnnotatedDocument, Evidence, annotate_document, scored_keys, shared_evidence
from readout_diff.context import RunContext
from readout_diff.model import Document, Header, Result, Sentence, Statement
from readout_diff.options import Options
from readout_diff.pipeline import compare_text
from readout_diff.render.json import result_to_dict


def _document(*statements: tuple[str, list[str]]) -> Document:
    """A document of statements given as (issuer, sentences); spans index the joined text."""
    text, out = "", []
    for number, (issuer, sentences) in enumerate(statements, 1):
        start = len(text)
        text += issuer + "\n\n"
        records = []
        for sentence in sentences:
            records.append(Sentence(sentence, len(text), len(text) + len(sentence)))
            text += sentence + " "
        out.append(Statement(f"s{number}", Header(issuer), start, len(text), tuple(records)))
        text += "\n\n"
    return Document("<test>", text, None, tuple(out))


def _annotate(document: Document, options: Options | None = None) -> AnnotatedDocument:
    return annotate_document(document, RunContext.of(options or Options()))


def _scored(annotated: AnnotatedDocument, statement: int) -> list[str]:
    return [s.scored for s in annotated.statements[statement].sentences]


def test_bare_titles_are_scored_as_the_person_the_statement_means():
    """(Was resolve_titles: the mentions stage now does it for every way of naming a participant.)"""
    document = _document(
        (
            "Office of the Prime Minister of Sylvania",
            [
                "Prime Minister Anna Varga of Sylvania visited Lakeport.",
                "The Prime Minister thanked her hosts for the talks.",
                "A Prime Minister is not anyone in particular.",
            ],
        ),
        ("Government of Sylvania", ["Prime Minister Varga visited Lakeport on Monday."]),
    )
    scored = _scored(_annotate(document), 0)
    assert scored[1] == "Varga thanked her hosts for the talks."
    assert scored[2] == "A Prime Minister is not anyone in particular."


def test_a_title_that_could_mean_two_people_is_left_as_written():
    document = _document(
        ("Embassy of Freedonia", ["Prime Minister Varga met Prime Minister Kallo.", "The Prime Minister stressed trade."]),
        ("Embassy of Sylvania", ["The two Prime Ministers met."]),
    )
    assert _scored(_annotate(document), 0)[1] == "The Prime Minister stressed trade."


def test_every_sentence_has_a_role_slot_and_scored_text():
    document = _document(
        ("Office of the President of Latveria", ["President Rocha spoke with President Lind of Sylvania today.", "Trade grew."]),
        ("Presidency of Sylvania", ["President Lind had a phone call with President Rocha.", "They agreed to stay in close contact."]),
    )
    annotated = _annotate(document)
    assert annotated.roles == (("frame", None), ("frame", "contact"))
    assert [len(_scored(annotated, k)) for k in (0, 1)] == [2, 2]
    assert scored_keys(annotated.statements[1].sentences[1].evidence) == {"role:contact"}
    assert {e.kind for e in annotated.statements[0].sentences[0].evidence} == {"role", "participant"}


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ([Evidence("role:frame", "role", "Frame")], [Evidence("role:frame", "role", "Frame")], ("same role: Frame",)),
        (
            [Evidence("participant:person:lind", "participant", "Lind", "the President of Sylvania")],
            [Evidence("participant:person:lind", "participant", "Lind", "President Lind")],
            ("same participant: the President of Sylvania = President Lind",),
        ),
        (
            [Evidence("amount:money:USD:1000000000", "amount", "USD 1 billion", "$1 billion")],
            [Evidence("amount:money:USD:1000000000", "amount", "USD 1 billion", "$1 billion")],
            ("same amount: $1 billion",),
        ),
        ([Evidence("role:frame", "role", "Frame")], [Evidence("role:thanks", "role", "Thanks")], ()),
    ],
    ids=["role", "participant written two ways", "amount written one way", "different roles"],
)
def test_shared_evidence_says_what_the_two_sides_share(left, right, expected):
    assert shared_evidence([left], [right]) == expected


SEED = """Office of the President of Latveria
Lakeport, 3 May 2024
President Rocha speaks with President Lind

President Rocha spoke today with President Lind of Sylvania.
Latveria will provide $1 billion for the reconstruction of the Vesna dam.
The President raised the fisheries quota.

Presidency of the Republic of Sylvania
Rivertown, 3 May 2024
Telephone conversation with the President of Latveria

The Head of State had a telephone conversation with the President of Latveria, Mateo Rocha.
The Latverian side announced one billion dollars to rebuild the dam on the Vesna.
Both leaders agreed to remain in close contact.
"""


def test_a_match_says_why_in_the_json():
    result = compare_text(SEED)
    data = result_to_dict(Result((result,), ()))
    comparison = data["documents"][0]["comparisons"][0]
    by_left = {tuple(m["left"]): m for m in comparison["matches"]}
    assert by_left[("s1.1",)]["right"] == ["s2.1"]
    assert "same role: Frame" in by_left[("s1.1",)]["evidence"]
    assert by_left[("s1.2",)]["right"] == ["s2.2"]
    assert "same amount: $1 billion = one billion dollars" in by_left[("s1.2",)]["evidence"]
    roles = [[s["role"] for s in st["sentences"]] for st in data["documents"][0]["statements"]]
    assert roles[0][0] == "frame" and roles[1][0] == "frame" and roles[1][2] == "contact"
    json.dumps(data)  # plain JSON types only


def test_user_aliases_reach_the_mentions(tmp_path):
    """--aliases is read by the mentions stage too: a country named the user's way still names its leader."""
    from readout_diff.aliases import load_aliases
    from readout_diff.statements import find_statements

    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[[alias]]\ncanonical = "Latveria"\nvariants = ["Vesnan Republic"]\n', encoding="utf-8")
    text = SEED.replace("Both leaders agreed", "The President of the Vesnan Republic agreed")
    document = find_statements(text, "<test>")
    plain = _scored(_annotate(document), 1)[2]
    aliased = _scored(_annotate(document, replace(Options(), aliases=load_aliases(aliases))), 1)[2]
    assert "Rocha" not in plain
    assert aliased.startswith("Rocha agreed")
