"""Canonical mentions: labelled made-up sentences, the keys they yield and what each mention covers."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readout_diff.analyse import mentions as canonical
from readout_diff.analyse.mentions import Mention, MentionKind, find_amounts
from readout_diff.load.statements import find_statements
from readout_diff.model import Header, Sentence, Statement
from readout_diff.text.titles import statement_titles

from .annotated import CONTEXT
from .conftest import CORPUS

ALIASES = CONTEXT.aliases


def resolve_participants(statements: list[Statement]):
    """The participants each sentence names, the statements read with the built-in tables."""
    titles = [statement_titles(s, ALIASES) for s in statements]
    return canonical.resolve_participants(statements, titles, ALIASES)


def meeting_mentions(statements: list[Statement] | tuple[Statement, ...]):
    """The amounts and participants each sentence names, the statements read with the built-in tables."""
    titles = [statement_titles(s, ALIASES) for s in statements]
    return canonical.meeting_mentions(statements, titles, ALIASES)


def statement(ident: str, issuer: str, title: str | None, *texts: str) -> Statement:
    """A statement of ``texts`` (one sentence each) with spans in a made-up document text."""
    sentences, at = [], 0
    for text in texts:
        sentences.append(Sentence(text, at, at + len(text)))
        at += len(text) + 1
    return Statement(ident, Header(issuer, title=title), 0, at, tuple(sentences))


def written(text: str, mentions: tuple[Mention, ...]) -> list[tuple[str, str]]:
    """(key, what the text writes) for each mention, checking every span on the way."""
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start : m.end] == text[m.start : m.end].strip(), f"span has loose ends: {m}"
    return [(m.key, text[m.start : m.end]) for m in mentions]


# ---------------------------------------------------------------------------------------------------
# Amounts

# (label, text, [(key, written)])
AMOUNTS = [
    ("dollar sign", "Sylvania pledged $1 billion to the fund.", [("money:USD:1000000000", "$1 billion")]),
    ("dollar sign and a space", "Sylvania pledged $ 1 billion.", [("money:USD:1000000000", "$ 1 billion")]),
    ("code before", "Sylvania pledged USD 1 billion.", [("money:USD:1000000000", "USD 1 billion")]),
    (
        "spelled out",
        "Sylvania pledged one billion dollars.",
        [("money:USD:1000000000", "one billion dollars")],
    ),
    ("abbreviated scale", "Sylvania pledged $1bn.", [("money:USD:1000000000", "$1bn")]),
    ("abbreviation and name after", "It pledged 1bn dollars.", [("money:USD:1000000000", "1bn dollars")]),
    ("bare abbreviated scale", "The fund holds 1bn in reserve.", [("number:1000000000", "1bn")]),
    ("a spaced abbreviation no unit shares", "It pledged EUR 3 mln.", [("money:EUR:3000000", "EUR 3 mln")]),
    ("a spaced letter is no scale", "They built a 5 m wall.", []),
    (
        "half a billion",
        "It gave over half a billion dollars in aid.",
        [("money:USD:500000000", "half a billion dollars")],
    ),
    ("a billion", "It gave a billion dollars.", [("money:USD:1000000000", "a billion dollars")]),
    (
        "one and a half",
        "It gave one and a half billion euros.",
        [("money:EUR:1500000000", "one and a half billion euros")],
    ),
    (
        "US dollar sign",
        "The aid rose from US$100 million to US$300 million.",
        [("money:USD:100000000", "US$100 million"), ("money:USD:300000000", "US$300 million")],
    ),
    ("pound sign", "Latveria will invest £26 billion.", [("money:GBP:26000000000", "£26 billion")]),
    (
        "pounds after",
        "Latveria will invest 26 billion pounds.",
        [("money:GBP:26000000000", "26 billion pounds")],
    ),
    ("rupees in crore", "It lent Rs. 4,000 crore.", [("money:INR:40000000000", "Rs. 4,000 crore")]),
    ("rupees without a stop", "It lent Rs 4,000 crore.", [("money:INR:40000000000", "Rs 4,000 crore")]),
    ("crores", "It lent Rs 500 crores.", [("money:INR:5000000000", "Rs 500 crores")]),
    ("lakh crore", "It set aside ₹1.5 lakh crore.", [("money:INR:1500000000000", "₹1.5 lakh crore")]),
    ("lakh as a count", "It sent two lakh tonnes of wheat.", [("count:tonn:200000", "two lakh tonnes")]),
    ("euro code", "The bank lent EUR 5 million.", [("money:EUR:5000000", "EUR 5 million")]),
    ("euro sign and m", "The bank lent €5m.", [("money:EUR:5000000", "€5m")]),
    ("decimal", "The bank lent €2.5 billion.", [("money:EUR:2500000000", "€2.5 billion")]),
    ("thousands separators", "It paid 1,500,000 dollars.", [("money:USD:1500000", "1,500,000 dollars")]),
    ("other dollar", "It paid C$40 million.", [("money:CAD:40000000", "C$40 million")]),
    (
        "spelled hundreds",
        "It paid two hundred and fifty million euros.",
        [("money:EUR:250000000", "two hundred and fifty million euros")],
    ),
    ("percent sign", "Trade grew by 5%.", [("percent:5", "5%")]),
    ("per cent", "Trade grew by five per cent.", [("percent:5", "five per cent")]),
    ("percent word", "Trade grew by 5 percent.", [("percent:5", "5 percent")]),
    ("decimal percent", "Trade grew by 5.5% last year.", [("percent:5.5", "5.5%")]),
    ("count", "The ministers signed 12 agreements.", [("count:agreement:12", "12 agreements")]),
    (
        "spelled count",
        "The ministers signed twelve agreements.",
        [("count:agreement:12", "twelve agreements")],
    ),
    (
        "count past an adjective",
        "They signed twelve new bilateral agreements.",
        [("count:agreement:12", "twelve new bilateral agreements")],
    ),
    ("count at the start", "Twelve agreements were signed.", [("count:agreement:12", "Twelve agreements")]),
    ("hyphenated count", "Sylvania sent twenty-five experts.", [("count:expert:25", "twenty-five experts")]),
    # Not amounts.
    ("year", "The dialogue has met since 2015.", []),
    ("date", "They met on 7 March 2024 and again on March 9.", []),
    ("weekday and date", "They met on Friday, September 15th, 2017.", []),
    ("time", "The call began at 7:35 p.m. local time.", []),
    ("article", "They recalled Article 5 commitments.", []),
    ("resolution", "They upheld Resolution 2231 obligations.", []),
    ("group name", "They met at the G7 summit with G20 partners.", []),
    ("disease name", "They discussed COVID-19 vaccines.", []),
    ("ordinal", "It was the first meeting, on the 36th anniversary.", []),
    ("the two leaders", "The two leaders met, and both countries agreed.", []),
    ("hyphenated word", "It was a two-day visit and a 10-point plan.", []),
    ("range", "The summit of April 22-23 went well.", []),
    ("one of", "It is one of the two sides' priorities.", []),
    ("bare m", "The wall is 5m high.", []),
    ("a weight", "They shipped 10,000 pounds of rice.", []),
    ("capitalised number word", "The Big Three met the Five Eyes.", []),
    ("numbered item", "1. The ministers met.", []),
]


@pytest.mark.parametrize(("label", "text", "expected"), AMOUNTS, ids=[c[0] for c in AMOUNTS])
def test_amounts(label: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = find_amounts(text)
    assert written(text, found) == expected
    assert all(m.kind is MentionKind.AMOUNT for m in found)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("$1 billion", "USD 1 billion"),
        ("half a billion dollars", "USD 500 million"),
        ("£26 billion", "GBP 26 billion"),
        ("€2.5 billion", "EUR 2.5 billion"),
        ("1,500,000 dollars", "USD 1.5 million"),
        ("$2,500", "USD 2,500"),
        ("5.5%", "5.5%"),
        ("twelve agreements", "12 agreements"),
        ("1bn", "1 billion"),
    ],
)
def test_amount_labels(text: str, label: str) -> None:
    (mention,) = find_amounts(f"They noted {text} today.")
    assert mention.label == label


def test_amounts_written_differently_share_a_key() -> None:
    spellings = [
        "$1 billion",
        "$ 1 billion",
        "USD 1 billion",
        "one billion dollars",
        "$1bn",
        "1bn dollars",
        "US$1,000 million",
        "USD 1 bn",
        "1 bn dollars",
    ]
    keys = {m.key for s in spellings for m in find_amounts(f"Sylvania pledged {s} for schools.")}
    assert keys == {"money:USD:1000000000"}


# ---------------------------------------------------------------------------------------------------
# Participants

# A call between two presidents: Sylvania's office writes in the third person, Latveria's ministry
# spells its president's name two other ways.
SYLVANIA = statement(
    "s1",
    "Office of the President of Sylvania",
    "President Okonkwo-Reyes speaks with President Vasylenko of Latveria",
    "President Amara Okonkwo-Reyes spoke today with President Petro Vasylenko of Latveria.",
    "The President thanked the Latverian President for his support.",
    "The Head of State stressed the importance of the river corridor.",
    "The two leaders agreed to meet again, and both sides welcomed the progress.",
    "The Latverian side proposed a joint fund.",
    "Okonkwo-Reyes said Vasylenko's plan was sound.",
    "They also discussed the President of Freedonia's remarks and the first meeting of the G7.",
    "Okonkwo thanked the team.",
)
LATVERIA = statement(
    "s2",
    "Ministry of Foreign Affairs of Latveria",
    None,
    "Petro Wasylenko, President of Latveria, held a call with Amara Okonkwo-Reyes, President of the Republic"
    " of Sylvania.",
    "President Vasilenko thanked the Sylvanian President for the invitation.",
    "The Presidents of Latveria and Sylvania agreed to meet again.",
    "The President of Sylvania and President Wasylenko discussed the river corridor.",
    "President Gaspard Moreau of Freedonia was mentioned by President Vasylenko.",
    "The leaders of the five main parties met at the Leaders Summit.",
    "The President welcomed the progress.",
)
VASYLENKO = "person:vasylenko"
OKONKWO = "person:okonkwo-reyes"

# (label, statement index, sentence index, [(key, written)])
CALL = [
    (
        "full names with titles",
        0,
        0,
        [(OKONKWO, "President Amara Okonkwo-Reyes"), (VASYLENKO, "President Petro Vasylenko of Latveria")],
    ),
    (
        "issuer's own bare title; title with adjective",
        0,
        1,
        [(OKONKWO, "The President"), (VASYLENKO, "the Latverian President")],
    ),
    ("head of state", 0, 2, [(OKONKWO, "The Head of State")]),
    ("both forms", 0, 3, [("both", "The two leaders"), ("both", "both sides")]),
    ("a country's side", 0, 4, [(VASYLENKO, "The Latverian side")]),
    ("surnames without titles", 0, 5, [(OKONKWO, "Okonkwo-Reyes"), (VASYLENKO, "Vasylenko")]),
    ("one part of a double-barrelled surname", 0, 7, [(OKONKWO, "Okonkwo")]),
    ("a third country's president nobody names; no participant in 'first' or 'G7'", 0, 6, []),
    (
        "name before the title, another spelling",
        1,
        0,
        [
            (VASYLENKO, "Petro Wasylenko, President of Latveria"),
            (OKONKWO, "Amara Okonkwo-Reyes, President of the Republic of Sylvania"),
        ],
    ),
    (
        "a third spelling; an adjective read from the meeting's countries",
        1,
        1,
        [(VASYLENKO, "President Vasilenko"), (OKONKWO, "the Sylvanian President")],
    ),
    ("the presidents of both countries", 1, 2, [("both", "The Presidents of Latveria and Sylvania")]),
    ("title and country", 1, 3, [(OKONKWO, "The President of Sylvania"), (VASYLENKO, "President Wasylenko")]),
    (
        "a third country's president named: a key of his own",
        1,
        4,
        [("person:moreau", "President Gaspard Moreau of Freedonia"), (VASYLENKO, "President Vasylenko")],
    ),
    ("leaders of something else, a summit's name", 1, 5, []),
    ("a bare title an MFA statement leaves ambiguous", 1, 6, []),
]


@pytest.mark.parametrize(("label", "s", "k", "expected"), CALL, ids=[c[0] for c in CALL])
def test_participants_of_a_call(label: str, s: int, k: int, expected: list[tuple[str, str]]) -> None:
    resolved = resolve_participants([SYLVANIA, LATVERIA])
    text = (SYLVANIA, LATVERIA)[s].sentences[k].text
    assert written(text, resolved[s][k]) == expected


def test_participant_labels() -> None:
    resolved = resolve_participants([SYLVANIA, LATVERIA])
    labels = {m.key: m.label for statement in resolved for sentence in statement for m in sentence}
    assert labels[VASYLENKO] == "Vasylenko"
    assert labels[OKONKWO] == "Okonkwo-Reyes"
    assert labels["both"] in {"both leaders", "both sides"}
    assert all(m.kind is MentionKind.PARTICIPANT for st in resolved for se in st for m in se)


# A leader who writes in the first person, and a chancellery that quotes its chancellor.
MARSOVIA = statement(
    "s1",
    "Office of the Prime Minister of Marsovia",
    None,
    "Today I spoke with Chancellor Ilse Brandvold of Nordmark.",
    "I thanked the Nordmarkian Chancellor for her support, and my government will follow up.",
    "We recalled Article I of the treaty and the lessons of World War I.",
    'The Chancellor told me: "I am ready."',
    "The Nordmark side proposed new talks.",
)
NORDMARK = statement(
    "s2",
    "Federal Chancellery of Nordmark",
    None,
    "Chancellor Brandvold spoke with Prime Minister Tomas Eckhardt of Marsovia.",
    '"I am grateful for my colleague\'s trust," said the Chancellor.',
    "The Marsovian Prime Minister and the Chancellor discussed energy.",
    "The Prime Minister of Marsovia thanked her.",
    "The Marsovian side proposed new talks.",
)
ECKHARDT = "person:eckhardt"
BRANDVOLD = "person:brandvold"
FIRST_PERSON = [
    (
        "I is the issuer's leader",
        0,
        0,
        [(ECKHARDT, "I"), (BRANDVOLD, "Chancellor Ilse Brandvold of Nordmark")],
    ),
    (
        "I, my; an adjective close to the country's name",
        0,
        1,
        [(ECKHARDT, "I"), (BRANDVOLD, "the Nordmarkian Chancellor"), (ECKHARDT, "my")],
    ),
    ("roman numerals are no I", 0, 2, []),
    ("a quoted I is the quoted speaker's", 0, 3, [(BRANDVOLD, "The Chancellor"), (ECKHARDT, "me")]),
    ("a side named by its country", 0, 4, [(BRANDVOLD, "The Nordmark side")]),
    (
        "names",
        1,
        0,
        [(BRANDVOLD, "Chancellor Brandvold"), (ECKHARDT, "Prime Minister Tomas Eckhardt of Marsovia")],
    ),
    ("a quoted I in a third-person statement", 1, 1, [(BRANDVOLD, "the Chancellor")]),
    (
        "adjective and title; the issuer's own title",
        1,
        2,
        [(ECKHARDT, "The Marsovian Prime Minister"), (BRANDVOLD, "the Chancellor")],
    ),
    ("title of country", 1, 3, [(ECKHARDT, "The Prime Minister of Marsovia")]),
    ("the other side", 1, 4, [(ECKHARDT, "The Marsovian side")]),
]


@pytest.mark.parametrize(("label", "s", "k", "expected"), FIRST_PERSON, ids=[c[0] for c in FIRST_PERSON])
def test_first_person(label: str, s: int, k: int, expected: list[tuple[str, str]]) -> None:
    resolved = resolve_participants([MARSOVIA, NORDMARK])
    text = (MARSOVIA, NORDMARK)[s].sentences[k].text
    assert written(text, resolved[s][k]) == expected


# Two prime ministers: one office never names its own, the other is found by elimination.
FREEDONIA = statement(
    "s1",
    "Prime Minister's Office",
    "PM call with Prime Minister Lindqvist of Osterlich",
    "The Prime Minister spoke to Prime Minister Lindqvist of Osterlich.",
    "Prime Minister Lindqvist thanked the Prime Minister for his leadership.",
    "The prime ministers agreed to stay in touch, and both agreed on trade.",
)
OSTERLICH = statement(
    "s2",
    "Prime Minister of Osterlich",
    None,
    "Today, the Prime Minister, Sofia Lindqvist, spoke with Prime Minister Jonas Halvorsen of Freedonia.",
    "The Prime Minister thanked Prime Minister Halvorsen.",
    "The Prime Minister thanked the Prime Minister.",
)
ELIMINATION = [
    (
        "the issuer's unnamed leader is the meeting's other prime minister",
        0,
        0,
        [
            ("person:halvorsen", "The Prime Minister"),
            ("person:lindqvist", "Prime Minister Lindqvist of Osterlich"),
        ],
    ),
    (
        "named beside the bare title",
        0,
        1,
        [("person:lindqvist", "Prime Minister Lindqvist"), ("person:halvorsen", "the Prime Minister")],
    ),
    ("both, and 'Both' as a subject", 0, 2, [("both", "The prime ministers"), ("both", "both")]),
    (
        "apposition",
        1,
        0,
        [
            ("person:lindqvist", "the Prime Minister, Sofia Lindqvist"),
            ("person:halvorsen", "Prime Minister Jonas Halvorsen of Freedonia"),
        ],
    ),
    (
        "own bare title",
        1,
        1,
        [("person:lindqvist", "The Prime Minister"), ("person:halvorsen", "Prime Minister Halvorsen")],
    ),
    ("the same bare title twice: which is which is unknown", 1, 2, []),
]


@pytest.mark.parametrize(("label", "s", "k", "expected"), ELIMINATION, ids=[c[0] for c in ELIMINATION])
def test_bare_titles(label: str, s: int, k: int, expected: list[tuple[str, str]]) -> None:
    resolved = resolve_participants([FREEDONIA, OSTERLICH])
    text = (FREEDONIA, OSTERLICH)[s].sentences[k].text
    assert written(text, resolved[s][k]) == expected


# Surnames written with diacritics or a letter or two apart, and one too short to be guessed at.
SPELLINGS = [
    (
        "diacritics folded",
        "President Çelikkaya",
        "Celikkaya met the press.",
        [("person:celikkaya", "Celikkaya")],
    ),
    ("one edit", "President Vasylenko", "Vasilenko met the press.", [("person:vasylenko", "Vasilenko")]),
    (
        "two edits in a long name",
        "President Vasylenko",
        "Wasilenko met the press.",
        [("person:vasylenko", "Wasilenko")],
    ),
    ("no edit in a short name", "President Moro", "Mora met the press.", []),
    (
        "a given name beside the surname",
        "President Petro Vasylenko",
        "Petro Vasylenko met the press.",
        [("person:vasylenko", "Petro Vasylenko")],
    ),
    (
        "surname first, in capitals",
        "Prime Minister KISHIMA Taro",
        "Mr. KISHIMA Taro met the press.",
        [("person:kishima", "KISHIMA Taro")],
    ),
    ("possessive", "President Vasylenko", "Vasylenko's plan was sound.", [("person:vasylenko", "Vasylenko")]),
    ("a given name alone is no mention", "President Petro Vasylenko", "Petro met the press.", []),
    (
        "a short form of a long name",
        "President Ana Lúcia Rocha da Costa",
        "President Rocha met the press.",
        [("person:rocha", "President Rocha")],
    ),
]


@pytest.mark.parametrize(("label", "titled", "text", "expected"), SPELLINGS, ids=[c[0] for c in SPELLINGS])
def test_name_spellings(label: str, titled: str, text: str, expected: list[tuple[str, str]]) -> None:
    left = statement("s1", "Embassy of Sylvania", None, f"{titled} of Latveria arrived in Lakeport.")
    right = statement("s2", "Embassy of Latveria", None, text)
    assert written(text, resolve_participants([left, right])[1][0]) == expected


def test_sides_without_named_people() -> None:
    left = statement(
        "s1",
        "Ministry of Foreign Affairs of Sylvania",
        None,
        "The Sylvanian delegation conveyed proposals to the Latverian side.",
        "The delegations also discussed migration.",
    )
    right = statement(
        "s2", "Ministry of Foreign Affairs of Latveria", None, "The Latverian party was made up of experts."
    )
    resolved = resolve_participants([left, right])
    assert written(left.sentences[0].text, resolved[0][0]) == [
        ("side:sylvania", "The Sylvanian delegation"),
        ("side:latveria", "the Latverian side"),
    ]
    assert resolved[0][0][0].label == "Sylvania side"
    assert written(left.sentences[1].text, resolved[0][1]) == [("both", "The delegations")]
    assert written(right.sentences[0].text, resolved[1][0]) == [("side:latveria", "The Latverian party")]


def test_keys_are_shared_across_statements() -> None:
    resolved = resolve_participants([SYLVANIA, LATVERIA])
    left = {m.key for sentence in resolved[0] for m in sentence}
    right = {m.key for sentence in resolved[1] for m in sentence}
    assert {VASYLENKO, OKONKWO, "both"} <= left & right


def test_no_people_no_participants() -> None:
    lone = statement(
        "s1", "Embassy of Sylvania", None, "The President said I would go.", "The leaders of the region met."
    )
    assert resolve_participants([lone]) == (((), ()),)


# ---------------------------------------------------------------------------------------------------
# Both together


def test_meeting_mentions_in_text_order() -> None:
    left = statement(
        "s1",
        "Office of the President of Sylvania",
        None,
        "President Amara Okonkwo-Reyes pledged $1 billion to President Petro Vasylenko of Latveria.",
    )
    right = statement(
        "s2",
        "Office of the President of Latveria",
        None,
        "The President welcomed one billion dollars from the Sylvanian President.",
    )
    mentions = meeting_mentions([left, right])
    assert written(left.sentences[0].text, mentions[0][0]) == [
        (OKONKWO, "President Amara Okonkwo-Reyes"),
        ("money:USD:1000000000", "$1 billion"),
        (VASYLENKO, "President Petro Vasylenko of Latveria"),
    ]
    assert written(right.sentences[0].text, mentions[1][0]) == [
        (VASYLENKO, "The President"),
        ("money:USD:1000000000", "one billion dollars"),
        (OKONKWO, "the Sylvanian President"),
    ]
    assert [len(s) for s in mentions] == [1, 1]


def test_mentions_are_frozen() -> None:
    (mention,) = find_amounts("It gave $5 million.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.key = "x"  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------------
# Any text: no error, every span inside its sentence, text order

# Pieces of made-up sentences, with the spellings the readers above are meant to be wary of.
_PIECES = (
    "President",
    "Prime Minister",
    "the President",
    "The Head of State",
    "of Sylvania",
    "Sylvanian",
    "Amara Okonkwo-Reyes",
    "Vasylenko",
    "Wasylenko",
    "KISHIMA Taro",
    "Mr.",
    "H.E.",
    "Erdoğan",
    "the",
    "both",
    "Both",
    "leaders",
    "the two leaders",
    "side",
    "delegation",
    "I",
    "my",
    "me",
    '"',
    "“",
    "”",
    "'s",
    "’s",
    ",",
    ".",
    "and",
    "of",
    "$",
    "US$",
    "€",
    "£",
    "USD",
    "1",
    "12",
    "1,000",
    "2.5",
    "5%",
    "per cent",
    "billion",
    "bn",
    "m",
    "half a",
    "one",
    "twenty-five",
    "hundred",
    "and a half",
    "dollars",
    "pounds",
    "agreements",
    "2024",
    "7:35",
    "COVID-19",
    "G7",
    "Article",
    "-",
    "—",
    "\n",
)
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=24).map(" ".join) | st.text(max_size=60)


def _check(text: str, mentions: tuple[Mention, ...]) -> None:
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text) and m.key and m.label
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


@settings(max_examples=300, deadline=None, database=None)
@given(_TEXT)
def test_amounts_of_any_text(text: str) -> None:
    _check(text, find_amounts(text))


@settings(max_examples=100, deadline=None, database=None)
@given(st.lists(st.lists(_TEXT, min_size=1, max_size=4), min_size=1, max_size=3), st.sampled_from(_PIECES))
def test_participants_of_any_statements(texts: list[list[str]], issuer: str) -> None:
    issuers = ("Office of the President of Sylvania", "Prime Minister's Office", f"Embassy {issuer}")
    statements = [statement(f"s{k}", issuers[k % 3], None, *sentences) for k, sentences in enumerate(texts)]
    for st_, per_sentence in zip(statements, meeting_mentions(statements), strict=True):
        assert len(per_sentence) == len(st_.sentences)
        for sentence, mentions in zip(st_.sentences, per_sentence, strict=True):
            _check(sentence.text, mentions)


_PHRASES = ("Sylvania", "Sylvanian", "North Sylvania", "the Sylvanian Isles", "St. Carpania", "Carpania-Lesser", "Côte d’Orvia")
_PHRASE_TEXT = st.lists(
    st.sampled_from((*_PHRASES, "Sylvanians", "North", "the", "St.", "Carpania", "of", ",", ".", "-", "  ", "\n", "x")),
    max_size=12,
).map(lambda words: "".join(w if w in (",", ".", "-") else f" {w}" for w in words))


@settings(max_examples=400, deadline=None, database=None)
@given(_PHRASE_TEXT)
def test_phrases_find_what_their_alternation_finds(text: str) -> None:
    """The country table's phrase index finds the phrase one regular expression of them all finds
    (longest first, whole words, any space between words), and names it as listed."""
    found = canonical._Phrases(_PHRASES).search(text)
    m = re.search(canonical._alternatives(_PHRASES), text)
    assert (found[:2] if found else None) == (m.span() if m else None)
    if found:
        assert " ".join(m.group().split()) == found[2]


def test_corpus_spans() -> None:
    """Every mention of the dev corpus' seeds lies inside its sentence (read at run time, if present)."""
    seeds = sorted(CORPUS.glob("*/seed.txt"))
    if not seeds:
        pytest.skip(f"no dev corpus at {CORPUS}: it is not part of the repository")
    for seed in seeds:
        document = find_statements(seed.read_text(encoding="utf-8-sig").replace("\r\n", "\n"), str(seed))
        for st_, per_sentence in zip(document.statements, meeting_mentions(document.statements), strict=True):
            for sentence, mentions in zip(st_.sentences, per_sentence, strict=True):
                _check(sentence.text, mentions)
