"""The loader: statements, their header fields and the headline, across layouts."""

from __future__ import annotations

import datetime as dt

import pytest

from readout_diff.dates import find_date
from readout_diff.errors import LoadError
from readout_diff.reading import read_source
from readout_diff.statements import find_statements

from .conftest import DATA


def load(name: str):
    path = DATA / name
    return find_statements(read_source(str(path)).text, str(path))


def test_seed_is_parsed_exactly(seed_path):
    document = find_statements(read_source(str(seed_path)).text, str(seed_path))
    assert document.title.startswith("Must Have Been A Brief Meeting....")
    us, cuba = document.statements
    assert (us.issuer, us.header.place, us.header.date, us.header.title) == (
        "United States Department of State",
        "Washington DC",
        dt.date(2024, 2, 7),
        "U.S. – Cuba Law Enforcement Dialogue",
    )
    assert (cuba.issuer, cuba.header.place, cuba.header.date, cuba.header.title) == (
        "Ministry of Foreign Affairs",
        "Havana, Republic of Cuba",
        dt.date(2024, 2, 7),
        "Authorities from Cuba and the United States hold dialogue on law enforcement and enforcement Havana",
    )
    assert us.sentences[0].text.startswith("On February 7, U.S. and Cuban officials met")
    assert not any("Office of the Spokesperson" in s.text for s in us.sentences)
    # The trailing source tag is not a body sentence.
    assert cuba.sentences[-1].text.endswith("Departments of Homeland Security, Justice and State.")


# (file, headline, [(issuer, place, date, title, number of sentences)])
LAYOUTS = [
    (
        "blog.txt",
        "Talks In Freedonia City Ran Late Again... Sylvania-Freedonia Water Dialogue",
        [
            ("Ministry of Foreign Affairs of Sylvania", "Sylvania City", "2025-03-03",
             "Sylvania and Freedonia hold the fourth Water Dialogue", 4),
            ("Ministry of Water and Environment", "Freedonia City, Republic of Freedonia", "2025-03-03",
             "Freedonia hosts Water Dialogue with Sylvania", 3),
        ],
    ),
    (
        "markdown.md",
        "Call between the Chancellor of Ruritania and the President of Grand Fenwick, 12 April 2024",
        [
            ("Federal Chancellery of Ruritania", None, "2024-04-12",
             "Chancellor speaks with President of Grand Fenwick", 3),
            ("Office of the President of Grand Fenwick", None, "2024-04-12",
             "Readout of the President's call with the Chancellor of Ruritania", 3),
        ],
    ),
    (
        "fields.txt",
        None,
        [
            ("Prime Minister's Office of Latveria", None, "2023-11-20", "PM call with the Prime Minister of Bozania", 3),
            ("Government of Bozania", None, "2023-11-20", "Prime Minister speaks with Prime Minister of Latveria", 4),
        ],
    ),
    (
        "banner.txt",
        None,
        [
            ("MINISTRY OF FOREIGN AFFAIRS OF ELBONIA", None, "2022-06-02",
             "Foreign Minister meets Foreign Minister of Kreplachistan", 2),
            ("MINISTRY OF FOREIGN AFFAIRS OF KREPLACHISTAN", None, "2022-06-02", "Minister's visit to Elbonia", 3),
        ],
    ),
    (
        # A layout none of the others use: a press-release banner, a street dateline, "###", a numeric date.
        "dateline.txt",
        None,
        [
            ("EMBASSY OF OSTERLICH -- PRESS RELEASE", "Vienna Street", "2021-05-14", None, 3),
            ("Vulgarian Ministry of Trade", None, "2021-05-14", "Minister receives Ambassador of Osterlich", 3),
        ],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "headline", "expected"), LAYOUTS, ids=[c[0] for c in LAYOUTS])
def test_layouts(name, headline, expected):
    document = load(name)
    assert document.title == headline
    got = [
        (s.issuer, s.header.place, s.header.date.isoformat() if s.header.date else None, s.header.title, len(s.sentences))
        for s in document.statements
    ]
    assert got == expected


@pytest.mark.parametrize("name", [c[0] for c in LAYOUTS])
def test_statements_do_not_overlap_and_hold_their_sentences(name):
    document = load(name)
    previous_end = 0
    for statement in document.statements:
        assert previous_end <= statement.start < statement.end
        for sentence in statement.sentences:
            assert statement.start <= sentence.start < sentence.end <= statement.end
            assert document.text[sentence.start : sentence.end] == sentence.text
        previous_end = statement.end


def test_three_statements():
    text = (DATA / "fields.txt").read_text(encoding="utf-8")
    third = (
        "\n---\n\nIssuer: Ministry of Foreign Affairs of Carpania\nDate: 2023-11-21\n"
        "Title: Statement on the Kelsk crossing\n\nCarpania welcomes the talks on reopening the Kelsk crossing.\n"
    )
    document = find_statements(text + third, "three")
    assert [s.issuer for s in document.statements][-1] == "Ministry of Foreign Affairs of Carpania"
    assert len(document.statements) == 3


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        "Just one paragraph of prose. It has no header at all.",
        (DATA / "one-statement.txt").read_text(encoding="utf-8"),
    ],
    ids=["empty", "blank", "prose", "one-statement"],
)
def test_fewer_than_two_statements_is_a_load_error(text):
    with pytest.raises(LoadError, match="two or more statements"):
        find_statements(text, "x")


def test_load_error_names_what_was_found():
    with pytest.raises(LoadError, match="found one statement \\(issuer 'Ministry of Foreign Affairs'\\)"):
        load("one-statement.txt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 February 2024", dt.date(2024, 2, 7)),
        ("February 7, 2024", dt.date(2024, 2, 7)),
        ("Feb. 7, 2024", dt.date(2024, 2, 7)),
        ("Wednesday, February 7, 2024", dt.date(2024, 2, 7)),
        ("2024-02-07", dt.date(2024, 2, 7)),
        ("7th of February 2024", dt.date(2024, 2, 7)),
        ("07.02.2024", dt.date(2024, 2, 7)),
        ("2024年2月7日", dt.date(2024, 2, 7)),
        ("Washington DC, 7 February 2024", dt.date(2024, 2, 7)),
        ("31 February 2024", None),
        ("February 7", None),
    ],
)
def test_find_date(text, expected):
    found = find_date(text)
    assert (found[0] if found else None) == expected


def test_a_subheading_with_an_issuer_word_does_not_start_a_statement():
    text = (DATA / "fields.txt").read_text(encoding="utf-8").replace(
        "They agreed to stay in close contact.", "The President's remarks\n\nThey agreed to stay in close contact."
    )
    document = find_statements(text, "x")
    assert [s.issuer for s in document.statements] == ["Prime Minister's Office of Latveria", "Government of Bozania"]


def test_a_banner_above_a_header_joins_it():
    text = "FOR IMMEDIATE RELEASE\n\n" + (DATA / "banner.txt").read_text(encoding="utf-8").replace(
        "\n\n\nMINISTRY OF FOREIGN AFFAIRS OF KREPLACHISTAN", "\n\n\nPRESS OFFICE\n\nMINISTRY OF FOREIGN AFFAIRS OF KREPLACHISTAN"
    )
    document = find_statements(text, "x")
    assert all(s.sentences for s in document.statements)
    assert document.statements[-1].issuer == "MINISTRY OF FOREIGN AFFAIRS OF KREPLACHISTAN"
    assert len(document.statements) == 2


def test_a_header_with_no_body_at_the_end_is_dropped():
    text = (DATA / "fields.txt").read_text(encoding="utf-8") + "\n---\n\nIssuer: Ministry of Carpania\nDate: 2023-11-21\n"
    document = find_statements(text, "x")
    assert len(document.statements) == 2


def test_a_headline_naming_an_issuer_stays_the_headline():
    """A headline with an issuer word ("ministers") above a full header block: the header is the
    statement; the headline is the file's title, not an issuer with the ministry as its title."""
    header = "Ministry of Foreign Affairs of {0}\nLakeport\n1 May 2024\nForeign Ministers Hold Talks\n\n"
    text = (
        "Talks between the two foreign ministers\n\n"
        + header.format("Sylvania") + "The ministers discussed the dam. They agreed to meet again.\n\n"
        + header.format("Freedonia") + "The two ministers reviewed the dam project.\n"
    )
    document = find_statements(text, "x")
    assert document.title == "Talks between the two foreign ministers"
    assert [(s.issuer, s.header.place, s.header.title, len(s.sentences)) for s in document.statements] == [
        ("Ministry of Foreign Affairs of Sylvania", "Lakeport", "Foreign Ministers Hold Talks", 2),
        ("Ministry of Foreign Affairs of Freedonia", "Lakeport", "Foreign Ministers Hold Talks", 1),
    ]
