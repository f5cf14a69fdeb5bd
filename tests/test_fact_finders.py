"""Each fact finder on its own: what one made-up sentence states, and when two facts of a kind conflict.

tests/test_conflicts.py runs whole pairs through the pipeline; these tables pin each finder's edges
(what it reads, what it leaves out, the spans it gives) without an alignment in between.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from readout_diff.analyse.conflicts import (
    FINDERS,
    ConflictKind,
    Scope,
    agreement,
    dates,
    numbers,
    ordinals,
    participants,
    places,
)
from readout_diff.text.dates import WrittenDate, find_date, find_sentence_dates, find_years

from .annotated import CONTEXT
from .annotated import sentence as read

# (sentence, [(words, (year, month, day, weekday), lead)])
DATES = [
    ("On 7 March the ministers met.", [("7 March", (None, 3, 7, None), None)]),
    ("On Friday, September 15, they met.", [("Friday, September 15", (None, 9, 15, 4), None)]),
    (
        "On Wednesday, the 7th of March 2025, they met.",
        [("Wednesday, the 7th of March 2025", (2025, 3, 7, 2), None)],
    ),
    ("The date was 2025-03-07.", [("2025-03-07", (2025, 3, 7, None), None)]),
    ("On Sept. 3 they met.", [("Sept. 3", (None, 9, 3, None), None)]),
    ("They met on Friday.", [("Friday", (None, None, None, 4), None)]),
    (
        "On Friday and Saturday they met.",
        [("Friday", (None, None, None, 4), None), ("Saturday", (None, None, None, 5), None)],
    ),
    ("Talks have run since 2015.", [("since 2015", (2015, None, None, None), "since")]),
    ("In 2019 they met.", [("In 2019", (2019, None, None, None), "in")]),
    # A leap day is a day when no year is given, and not in a year without one.
    ("On 29 February they met.", [("29 February", (None, 2, 29, None), None)]),
    ("On 29 February 2025 they met.", []),
    ("On 31 February they met.", []),
    # Running text says "may" and "march" as words: month names are read capitalised only.
    ("The ministers may meet in March.", []),
    ("On 7 march they met.", []),
    ("On MARCH 7 they met.", []),
    # A range's first year is not introduced by "from"; an ISO date needs two-digit month and day.
    ("The plan covers 2019-2021.", []),
    ("The date was 2025-3-7.", []),
    ("Birthday party.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), DATES, ids=[d[0] for d in DATES])
def test_sentence_dates(sentence, expected):
    found = find_sentence_dates(sentence)
    assert [(sentence[d.start : d.end], d.fields, d.lead) for d in found] == expected
    assert dates.find(read(sentence), CONTEXT.aliases) == found


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((None, 3, 7, None), (None, 3, 8, None), False),
        ((2025, 3, 7, None), (None, 3, 7, 4), True),  # "7 March 2025" and "Friday, March 7"
        ((None, None, None, 4), (None, 3, 7, None), None),  # "on Friday" and "7 March": nothing shared
        ((2024, None, None, None), (2025, None, None, None), False),
    ],
)
def test_dates_agree_on_the_fields_both_give(a, b, expected):
    assert dates.agree(WrittenDate(0, 1, *a), WrittenDate(0, 1, *b)) is expected


def test_find_years_reads_whole_words():
    assert find_years("Talks in 2024 and 2025, not 120245 or 1899.") == [2024, 2025]


# (sentence, [(words, value, unit, noun stem)])
NUMBERS = [
    ("The ministers signed 12 agreements on grain.", [("12 agreements", 12.0, "", "agreement")]),
    ("Sylvania pledged $5 billion for the railway.", [("$5 billion", 5e9, "$", "")]),
    ("Aid rose to US$3 million this year.", [("US$3 million", 3e6, "$", "")]),
    ("Spending reached 5 per cent of GDP.", [("5 per cent of GDP", 5.0, "%", "gdp")]),
    (
        "The ministers inaugurated twelve new ferry terminals.",
        [("twelve new ferry terminals", 12.0, "", "termin")],
    ),
    ("The fund holds one million euros.", [("one million euros", 1e6, "", "euro")]),
    ("The two sides held talks.", [("two sides", 2.0, "", "side")]),  # a plural noun ends the phrase
    # Approximate counts, ranges, years, labels, times, list numbers, bracketed numbers, names: none.
    ("They signed more than 10 agreements.", []),
    ("They signed 10 to 12 agreements.", []),
    ("Talks resumed in 2024 after a pause.", []),
    ("Resolution 2231 was cited.", []),
    ("They met at 3 p.m. in the capital.", []),
    ("1. The ministers signed 12 agreements.", []),
    ("It was (2) agreements.", []),
    ("Ministers of the Five Eyes met.", []),
    ("One of the ministers spoke.", []),  # "one" counts only with a scale: "one million"
    ("On 7 March 2025 they met.", []),  # a date's digits
]


@pytest.mark.parametrize(("sentence", "expected"), NUMBERS, ids=[n[0] for n in NUMBERS])
def test_counts(sentence, expected):
    found = numbers.find(read(sentence), CONTEXT.aliases)
    assert [(sentence[c.start : c.end], c.value, c.unit, c.noun) for c in found] == expected
    assert ordinals.find(read(sentence), CONTEXT.aliases) == ()


@pytest.mark.parametrize(
    ("words", "noun", "unit", "across"),
    [
        ("12 agreements", "agreement", "", True),
        ("10 years", "year", "", False),  # time spans differ for many reasons across whole statements
        ("5%", "", "%", False),
        ("$5 billion", "", "$", False),  # a bare amount: only inside matched sentences
    ],
)
def test_which_counts_are_compared_across_statements(words, noun, unit, across):
    assert numbers.compared_across(numbers.Count(0, len(words), 1.0, unit, noun)) is across


# (sentence, [(words, value, noun stem)])
ORDINALS = [
    ("This was the sixth round of talks.", [("sixth round", 6, "round")]),
    ("The 21st meeting opened.", [("21st meeting", 21, "meet")]),
    ("It was the first-ever meeting.", [("first-ever meeting", 1, "meet")]),
    ("The twenty-first session opened.", [("twenty-first session", 21, "session")]),
    # Titles and fixed phrases: "First Minister", "in the first place"; in words, any word up to the noun.
    ("The First Minister spoke.", []),
    ("The 1st Minister spoke.", []),
    ("The First Deputy Minister spoke.", []),
    ("In the first place, they agreed.", []),
    ("On the 7th March they met.", []),  # a date's day
]


@pytest.mark.parametrize(("sentence", "expected"), ORDINALS, ids=[o[0] for o in ORDINALS])
def test_ordinals(sentence, expected):
    found = ordinals.find(read(sentence), CONTEXT.aliases)
    assert [(sentence[o.start : o.end], o.value, o.noun) for o in found] == expected
    assert numbers.find(read(sentence), CONTEXT.aliases) == ()


def test_ordinals_of_time_are_compared_only_in_matches():
    assert ordinals.compared_across(ordinals.Ordinal(0, 1, 6, "round"))
    assert not ordinals.compared_across(ordinals.Ordinal(0, 1, 2, "time"))


# (sentence, [(words, preposition, travel, stems)])
PLACES = [
    ("The ministers met in Lakeport to discuss fishing.", [("Lakeport", "in", False, {"lakeport"})]),
    ("Talks were held at the Blue Palace on Monday.", [("Blue Palace", "at", False, {"blue", "palac"})]),
    ("The minister visited Rivertown.", [("Rivertown", "in", True, {"rivertown"})]),
    ("A visit to Lakeport followed.", [("Lakeport", "in", True, {"lakeport"})]),
    ("They met in Washington, D.C. to talk.", [("Washington, D.C.", "in", False, {"washington", "dc"})]),
    ("The talks took place in Lakeport.", [("Lakeport", "in", False, {"lakeport"})]),
    ("They met on the margins of the summit in Lakeport.", [("Lakeport", "in", False, {"lakeport"})]),
    # Months, titles and events are not places; a place after the verb's clause is not its place.
    ("They met in March.", []),
    ("They met in Prime Minister Stone's office.", []),
    ("They met in the Capital.", []),
    ("They met, in Lakeport, to talk.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACES, ids=[p[0] for p in PLACES])
def test_places(sentence, expected):
    found = places.find(read(sentence), CONTEXT.aliases)
    assert [(sentence[p.start : p.end], p.preposition, p.travel, set(p.stems)) for p in found] == expected


def test_a_place_within_another_is_the_same_place():
    city = places.Place(0, 1, "in", False, frozenset({"lakeport"}))
    region = places.Place(0, 1, "in", False, frozenset({"lakeport", "sylvania"}))
    other = places.Place(0, 1, "in", False, frozenset({"rivertown"}))
    assert places.same_place(city, region) and places.same_place(region, city)
    assert not places.same_place(city, other)


# (sentence, [(words, side, relation, number of bodies)])
PARTICIPANTS = [
    (
        "The Sylvanian delegation was led by the Ministry of Water.",
        [("the Ministry of Water", "sylvanian", "lead", 1)],
    ),
    (
        "The delegation of Sylvania was made up of officials of the Ministries of Fisheries and Transport.",
        [("the Ministries of Fisheries and Transport", "sylvania", "members", 2)],
    ),
    (
        "The Ministry of Defence and the Ministry of Fisheries co-chaired the talks for Sylvania.",
        [("The Ministry of Defence and the Ministry of Fisheries", "sylvania", "lead", 2)],
    ),
    (
        "The American side included the Departments of State, Homeland Security, and Justice.",
        [("the Departments of State, Homeland Security, and Justice", "us", "members", 3)],
    ),
    # One body named with "and" is one body.
    (
        "The Ministry of Trade and Industry led the Freedonian team.",
        [("The Ministry of Trade and Industry", "freedonian", "lead", 1)],
    ),
    # People, bodies that "also" took part, and lists for no side are not read.
    ("Deputy Minister Anna Brook led the Sylvanian delegation.", []),
    ("The Embassy in Rivertown also participated.", []),
    ("The talks were led by the Ministry of Water.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), PARTICIPANTS, ids=[p[0][:60] for p in PARTICIPANTS])
def test_participants(sentence, expected):
    found = participants.find(read(sentence), CONTEXT.aliases)
    assert [(sentence[p.start : p.end], p.side, p.relation, len(p.bodies)) for p in found] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("sylvania", "sylvanian", True),  # a name and its adjective
        ("us", "us", True),
        ("us", "usa", False),  # too short to compare by their first letters
        ("sylvania", "freedonia", False),
    ],
)
def test_same_side(a, b, expected):
    assert participants.same_side(a, b) is expected


def _bodies(*names: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(name.split()) for name in names)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Two lists of who led must name the same bodies.
        (("lead", ["ministri water"]), ("lead", ["ministri water"]), False),
        (("lead", ["ministri water"]), ("lead", ["ministri water", "ministri trade"]), True),
        # Lists of members need not be complete: only lists that each name a body the other leaves out.
        (("members", ["ministri water"]), ("members", ["ministri water", "ministri trade"]), False),
        (("members", ["ministri water"]), ("members", ["ministri trade"]), True),
        (("lead", ["ministri water"]), ("members", ["ministri water", "custom"]), False),
    ],
)
def test_participant_lists_differ(a, b, expected):
    left = participants.Participants(0, 1, "sylvania", a[0], _bodies(*a[1]))
    right = participants.Participants(0, 1, "sylvania", b[0], _bodies(*b[1]))
    assert participants.differ(left, right) is expected


# (sentence, [(words, agreed)])
OUTCOMES = [
    ("The ministers agreed to lower tariffs.", [("agreed", True)]),
    ("They agreed, after a long debate.", [("agreed", True)]),
    ("They reached broad consensus on patrols.", [("reached broad consensus", True)]),
    ("They signed two memoranda.", [("signed", True)]),
    ("They decided to meet again.", [("decided", True)]),
    ("They discussed tariffs.", [("discussed", False)]),
    ("They exchanged views on patrols.", [("exchanged views", False)]),
    ("They agreed to discuss tariffs.", [("agreed", True), ("discuss", False)]),
    # Negated, an adjective, a stance, or a consensus that is not the parties'.
    ("The ministers did not agree on tariffs.", []),
    ("They failed to agree on tariffs.", []),
    ("The agreed text was published.", []),
    ("Both sides remain committed to peace.", []),
    ("As agreed last year, talks resumed.", []),
    ("There is an international consensus on climate.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), OUTCOMES, ids=[o[0] for o in OUTCOMES])
def test_agreement_words(sentence, expected):
    found = agreement.find(read(sentence), CONTEXT.aliases)
    assert [(sentence[o.start : o.end], o.agreed) for o in found] == expected
    assert all(o.words == sentence[o.start : o.end].lower() for o in found)


def test_kinds_and_scopes_are_the_json_contracts():
    schema = json.loads(resources.files("readout_diff").joinpath("schema.json").read_text(encoding="utf-8"))
    conflict = schema["$defs"]["conflict"]["properties"]
    assert [k.value for k in ConflictKind] == conflict["kind"]["enum"]
    assert [s.value for s in Scope] == conflict["scope"]["enum"]


def test_every_finder_finds_and_compares():
    assert len(FINDERS) == len(ConflictKind)
    for finder in FINDERS:
        assert callable(finder.find) and callable(finder.conflicts)
        assert finder.find(read(""), CONTEXT.aliases) == ()


@pytest.mark.parametrize(
    "written", ["7 March 2025", "March 7, 2025", "Friday, 7 March 2025", "7th of March 2025", "2025-03-07"]
)
def test_header_and_sentence_readings_share_one_grammar(written):
    """A full date in a header line and in a sentence is read as the same day, over the same words."""
    header = find_date(f"Lakeport, {written}")
    (sentence,) = find_sentence_dates(f"Lakeport, {written}")
    assert header is not None
    assert (sentence.year, sentence.month, sentence.day) == (header[0].year, header[0].month, header[0].day)
    assert (sentence.start, sentence.end) == header[1:]
