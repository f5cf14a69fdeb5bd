"""The annotation stage: each statement read once (words, names, dates, numbers, topics, roles, canonical
mentions) into records the later stages read; roles and mentions reach the score and the `why`."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from readout_diff.annotate import (
    AnnotatedDocument,
    AnnotatedSentence,
    Evidence,
    annotate_document,
    scored_keys,
    shared_evidence,
)
from readout_diff.context import RunContext
from readout_diff.model import Document, Header, Result, Sentence, Statement
from readout_diff.options import Options
from readout_diff.pipeline import compare_text
from readout_diff.render.json import report_to_dict
from readout_diff.report import build_report
from readout_diff.text.aliases import load_aliases

from .annotated import CONTEXT, annotated, statement
from .annotated import sentence as read_sentence


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
    """A bare title the statement makes unambiguous is scored as the person it means."""
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
    data = report_to_dict(build_report(Result((result,), ())))
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
    from readout_diff.load.statements import find_statements
    from readout_diff.text.aliases import load_aliases

    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[[alias]]\ncanonical = "Latveria"\nvariants = ["Vesnan Republic"]\n', encoding="utf-8")
    text = SEED.replace("Both leaders agreed", "The President of the Vesnan Republic agreed")
    document = find_statements(text, "<test>")
    plain = _scored(_annotate(document), 1)[2]
    aliased = _scored(_annotate(document, replace(Options(), aliases=load_aliases(aliases))), 1)[2]
    assert "Rocha" not in plain
    assert aliased.startswith("Rocha agreed")


# --- the records, field by field, on made-up sentences ------------------------------------------------

_TOPIC = {topic.id: k for k, topic in enumerate(CONTEXT.topics.topics)}

# (label, sentence, what the record is read for, what it holds)
FIELDS = [
    ("NFKC form", "The ﬁsheries talks resumed.", lambda s: s.normal, "The fisheries talks resumed."),
    ("NFKC form: the text itself", "The talks resumed.", lambda s: s.normal is s.text, True),
    (
        "alias spans",
        "The U.S. and the U.K. met.",
        lambda s: s.aliases,
        ((4, 8, " US "), (17, 21, " UK ")),
    ),
    (
        "tokens read the aliases",
        "The U.S. delegation met.",
        lambda s: [t.surface for t in s.tokens],
        ["The", "US", "delegation", "met"],
    ),
    (
        "token lower form",
        "Sylvania’s ministers met.",
        lambda s: [t.lower for t in s.tokens],
        ["sylvania", "ministers", "met"],
    ),
    ("content stems", "The ministers discussed the dam.", lambda s: s.stems, ("minist", "discuss", "dam")),
    ("word count as reports count", "The U.S. - Latveria talks.", lambda s: s.word_count, 4),
    ("topics: lexicon indices", "They discussed tariffs on grain.", lambda s: s.topics, (_TOPIC["trade"],)),
    (
        "key-term words: an alias is one word",
        "The United States welcomed it.",
        lambda s: [w.surface for w in s.term_words.words],
        ["The", "United States", "welcomed", "it"],
    ),
    (
        "key-term words: where each is written",
        "The United States welcomed it.",
        lambda s: [s.normal[a:b] for a, b in zip(s.term_words.starts, s.term_words.ends, strict=True)],
        ["The", "United States", "welcomed", "it"],
    ),
    (
        "titled people",
        "Prime Minister Anna Varga arrived.",
        lambda s: [(m.title, m.name) for m in s.titles],
        [("Prime Minister", "Anna Varga")],
    ),
    ("lower-case words", "Both SIDES met.", lambda s: s.lower_words, ("both", "sides", "met")),
    (
        "dates",
        "They met on 7 March 2025.",
        lambda s: [(d.year, d.month, d.day) for d in s.dates],
        [(2025, 3, 7)],
    ),
    (
        "numbers",
        "They signed 12 agreements.",
        lambda s: [(n.value, n.ordinal) for n in s.numerals],
        [(12.0, False)],
    ),
    ("a date's digits are no number", "They met on 7 March 2025.", lambda s: s.numerals, ()),
    ("role", "Both leaders agreed to stay in close contact.", lambda s: s.role, "contact"),
    ("no role", "The weather in Lakeport was mild.", lambda s: s.role, None),
    (
        "canonical mentions",
        "Sylvania pledged $5 billion.",
        lambda s: [m.key for m in s.mentions],
        ["money:USD:5000000000"],
    ),
    (
        "evidence",
        "Sylvania pledged $5 billion.",
        lambda s: [(e.kind, e.text) for e in s.evidence],
        [("role", ""), ("amount", "$5 billion")],
    ),
    ("scored text", "Sylvania pledged $5 billion.", lambda s: s.scored, "Sylvania pledged USD 5 billion."),
    (
        "scored tokens",
        "Sylvania pledged $5 billion.",
        lambda s: [t.surface for t in s.scored_tokens],
        ["Sylvania", "pledged", "USD", "5", "billion"],
    ),
    ("scored as written: the same tokens", "The talks resumed.", lambda s: s.scored_tokens is s.tokens, True),
    (
        "role key",
        "Both leaders agreed to stay in close contact.",
        lambda s: s.keys,
        frozenset({"role:contact"}),
    ),
    (
        "empty sentence",
        "",
        lambda s: (s.tokens, s.term_words.words, s.lower_words, s.mentions),
        ((), (), (), ()),
    ),
]


@pytest.mark.parametrize(("label", "text", "read", "expected"), FIELDS, ids=[f[0] for f in FIELDS])
def test_an_annotated_sentence_holds(label, text, read, expected):
    record = read_sentence(text)
    assert isinstance(record, AnnotatedSentence) and record.text == text
    assert read(record) == expected


def test_a_statement_is_read_sentence_by_sentence_in_order():
    left = statement(
        ["Foreign Minister Ilse Kuran met her Sylvanian counterpart.", "The Minister stressed trade."]
    )
    right = statement(
        ["Foreign Minister Oskar Lind met Minister Kuran."], issuer="Embassy of Sylvania", id="s2"
    )
    read = annotated(left, right)
    assert [r.statement for r in read] == [left, right]
    assert [[s.text for s in r.sentences] for r in read] == [
        [s.text for s in st.sentences] for st in (left, right)
    ]
    # The statement's titled people, and each sentence's, read once: the records share them.
    assert read[0].titles.sentences == tuple(s.titles for s in read[0].sentences)
    assert read[0].titles.resolved == (("Minister", "Foreign Minister Ilse Kuran"),)
    # Who a participant is, is read across the meeting: the right's "Minister Kuran" is the left's Kuran.
    keys = {m.key for r in read for s in r.sentences for m in s.mentions}
    assert "person:kuran" in keys
    assert [m.key for m in read[1].sentences[0].mentions] == ["person:lind", "person:kuran"]


def test_two_contexts_read_one_statement_each_their_own_way(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text('[[alias]]\ncanonical = "Sylvania"\nvariants = ["SR"]\n', encoding="utf-8")
    user = replace(CONTEXT, aliases=load_aliases(path))
    text = "The SR delegation met."
    builtin, own = read_sentence(text), read_sentence(text, context=user)
    assert builtin.stems == ("sr", "deleg", "meet")
    assert own.stems == ("sylvania", "deleg", "meet")
    assert own.aliases == ((4, 6, " Sylvania "),) and builtin.aliases == ()
