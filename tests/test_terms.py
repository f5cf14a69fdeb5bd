"""Key terms on made-up pairs of statements: absence from the other side, noun phrases, ranking."""

from __future__ import annotations

import re

import pytest

from readout_diff.analyse import terms as key_terms
from readout_diff.text.normalize import apply_aliases, tokenize

from .annotated import CONTEXT, annotated, statement

ALIASES = CONTEXT.aliases


def one_side_terms(texts: list[str], other: list[str], matched: set[int], limit: int) -> tuple[str, ...]:
    """The terms of ``texts`` that ``other`` never uses, both read as statements of one meeting."""
    left, right = annotated(statement(texts), statement(other, id="s2"))
    return key_terms.one_side_terms(left, right, matched, limit, ALIASES)

SYLVANIA = [
    "The Sylvanian Foreign Minister met the Freedonian Foreign Minister in Lakeport on 3 March.",
    "The ministers discussed the Blue River dam and agreed to meet again.",
    "Sylvania raised human rights and the case of the detained journalist Anna Varga.",
    "Sylvania integrates advocacy for human rights into its contacts and underscores press freedom.",
    "The talks were the fourth Water Security Dialogue since 2019.",
]
FREEDONIA = [
    "The Freedonian Foreign Minister received the Sylvanian Foreign Minister in Lakeport.",
    "The two ministers discussed the dam on the Blue River and agreed to meet again.",
    "Freedonia proposed a joint flood warning system and new tariffs on Sylvanian grain.",
    "The Minister stressed the fight against terrorism and drug smuggling.",
]


def words_of(texts: list[str]) -> tuple[set[str], set[str]]:
    """Every stem and five-letter prefix of ``texts``, aliases read as one word."""
    stems = {t.stem for text in texts for t in tokenize(text, ALIASES)}
    raw = [form for text in texts for form in (text, apply_aliases(text, ALIASES))]
    prefixes = {w.lower()[:5] for form in raw for w in re.findall(r"[^\W_]+", form)}
    return stems, prefixes


def has_new_word(term: str, other: list[str]) -> bool:
    stems, prefixes = words_of(other)
    return any(
        t.stem not in stems and t.surface.lower()[:5] not in prefixes
        for t in tokenize(term, ALIASES)
        if not t.stop
    )


@pytest.mark.parametrize(
    ("texts", "other"), [(SYLVANIA, FREEDONIA), (FREEDONIA, SYLVANIA)], ids=["left side", "right side"]
)
def test_every_term_has_a_word_the_other_side_never_uses(texts, other):
    terms = one_side_terms(texts, other, set(), 10)
    assert terms
    for term in terms:
        assert has_new_word(term, other), term


@pytest.mark.parametrize(
    ("label", "left", "right", "absent"),
    [
        (
            "U.S. against United States",
            ["Officials of the U.S. and Ruritania discussed fisheries quotas."],
            ["The United States and Ruritania discussed security."],
            "U.S.",
        ),
        (
            "Britain against UK",
            ["Britain and Ruritania discussed fisheries quotas."],
            ["The UK and Ruritania discussed security."],
            "Britain",
        ),
        (
            "paraphrase: stay in touch against remain in contact",
            ["The leaders agreed to stay in touch about fisheries quotas."],
            ["The leaders agreed to remain in contact."],
            "touch",
        ),
        (
            "five-letter prefix: cooperation against cooperate",
            ["The sides will deepen cooperation on fisheries quotas."],
            ["The sides will cooperate closely."],
            "cooperation",
        ),
    ],
)
def test_aliases_and_variants_are_not_new_words(label, left, right, absent):
    terms = one_side_terms(left, right, set(), 10)
    assert any("fisheries" in t for t in terms), label
    assert not any(absent.lower() in t.lower().split() for t in terms), (label, terms)
    for term in terms:
        assert has_new_word(term, right), (label, term)


def test_a_term_the_other_side_wholly_uses_is_never_returned():
    same = ["The ministers discussed human rights and the Blue River dam."]
    assert one_side_terms(same, same, set(), 10) == ()
    reworded = ["Human rights, Blue River dam: the ministers discuss them."]
    assert one_side_terms(same, reworded, set(), 10) == ()


NOUN_PHRASES = [
    # (label, sentence, the other side's sentence, the expected term)
    ("adjective and noun", "The minister raised human rights.", "The minister raised trade.", "human rights"),
    (
        "participle after a determiner",
        "The minister raised the case of the detained journalist.",
        "The minister raised trade.",
        "detained journalist",
    ),
    ("name joined by of", "The Embassy of Ruritania hosted them.", "They met.", "Embassy of Ruritania"),
    (
        "institution joined by in",
        "Officials from the Sylvanian Embassy in Lakeport also took part.",
        "Officials took part.",
        "Sylvanian Embassy in Lakeport",
    ),
    (
        "ordinal with an event name",
        "This was the fourth Water Security Dialogue.",
        "The Water Security Dialogue met in Lakeport.",
        "fourth Water Security Dialogue",
    ),
    (
        "coordinated adjectives",
        "They condemned the illegal and unjustified blockade.",
        "They discussed trade.",
        "illegal and unjustified blockade",
    ),
    ("hyphenated compound", "They praised a long-standing friendship.", "Hi.", "long-standing friendship"),
    ("possessive kept", "They welcomed Sylvania's accession.", "They met.", "Sylvania's accession"),
    ("noun in -ing", "They raised drug trafficking.", "They raised piracy.", "drug trafficking"),
    ("a numeral I", "They signed the Phase I agreement on grain.", "They met.", "Phase I agreement"),
    (
        "a noun before a comma and a determiner",  # no verb: "the leaders" starts another clause
        "On the water deal, the leaders committed to talks.",
        "The leaders discussed water.",
        "water deal",
    ),
]


@pytest.mark.parametrize(
    ("label", "left", "right", "expected"),
    NOUN_PHRASES,
    ids=[c[0] for c in NOUN_PHRASES],
)
def test_noun_phrases_are_kept_whole_and_as_written(label, left, right, expected):
    assert expected in one_side_terms([left], [right], set(), 10), label


NOT_TERMS = [
    # (label, sentence, a word no term may contain)
    ("verb before a determiner", "The Water Dialogue enhances the security of Lakeport.", "enhances"),
    ("reporting verb", "Sylvania underscores its commitment to peace.", "underscores"),
    ("verb in -ates after a name", "Sylvania integrates advocacy for press freedom.", "integrates"),
    ("infinitive after an adverb", "They agreed to better protect fishermen.", "better"),
    ("verb after a relative adverb", "States that supposedly sponsor piracy were named.", "supposedly"),
    ("gerund", "Engaging in these talks shows resolve on fisheries.", "Engaging"),
    ("participle after a plural noun", "Firefighters fought wildfires burning in the north.", "burning"),
    ("verb after to", "They agreed to work together on fisheries.", "work"),
    ("generic words", "The two sides agreed to set up another meeting on fisheries.", "set"),
    ("first-person pronoun", "I thanked Minister Varga for the fisheries accord. I invited him to Lakeport.", "I"),
    ("a discourse marker", "As a result, the strict fishing quotas were lifted.", "result"),
    ("a discourse marker before a name", "In response, Sylvania opened its fishing grounds.", "response"),
    ("to date", "To date, Sylvania has sent 600 firefighters.", "date"),
    ("a discourse marker set off by commas", "The sides, in response, opened the fishing grounds.", "response"),
]


@pytest.mark.parametrize(("label", "left", "unwanted"), NOT_TERMS, ids=[c[0] for c in NOT_TERMS])
def test_verbs_and_generic_words_are_not_terms(label, left, unwanted):
    terms = one_side_terms([left], ["Nothing in common here."], set(), 10)
    assert terms, label
    assert not any(unwanted.lower() in t.lower().split() for t in terms), (label, terms)


def test_names_and_numbers_rank_above_common_words():
    left = [
        "The sides had constructive discussions on many areas.",
        "Minister Anna Varga announced 600 new scholarships for Ruritanian students.",
    ]
    terms = one_side_terms(left, ["The sides met."], set(), 10)
    rank = {t: k for k, t in enumerate(terms)}
    assert rank["Minister Anna Varga"] < rank["constructive discussions"]
    assert rank["600"] < rank["constructive discussions"]


def test_repetition_raises_a_term():
    left = [
        "They discussed fisheries quotas.",
        "They discussed an upstream reservoir.",
        "Fisheries quotas will be set each spring.",
        "The fisheries quotas matter to coastal towns.",
    ]
    terms = one_side_terms(left, ["They met."], set(), 10)
    assert terms[0] == "fisheries quotas"


def test_a_point_inside_a_matched_sentence_is_surfaced():
    left = ["Both sides discussed transnational threats, including human rights abuses by smugglers."]
    right = ["Both sides discussed transnational threats posed by smugglers."]
    assert one_side_terms(left, right, {0}, 10)[0] == "human rights abuses"


def test_a_matched_sentence_outranks_an_unmatched_one_for_equal_terms():
    left = ["The President spoke about the forest canopy.", "The President spoke about the desert dunes."]
    right = ["The President spoke."]
    assert one_side_terms(left, right, {1}, 10) == ("desert dunes", "forest canopy")
    assert one_side_terms(left, right, {0}, 10) == ("forest canopy", "desert dunes")


def test_a_first_name_added_to_a_known_person_is_not_new():
    left = ["Prime Minister Anna Varga spoke with President Tully about fisheries quotas."]
    right = ["Prime Minister Varga spoke with President Tully."]
    terms = one_side_terms(left, right, set(), 10)
    assert terms == ("fisheries quotas",)


def test_terms_contained_in_a_higher_ranked_term_are_dropped():
    left = ["They raised human rights.", "They raised human rights defenders.", "They raised human rights."]
    terms = one_side_terms(left, ["They met."], set(), 10)
    assert len([t for t in terms if "human rights" in t]) == 1


@pytest.mark.parametrize("limit", [0, 1, 3])
def test_limit_is_respected(limit):
    terms = one_side_terms(SYLVANIA, FREEDONIA, set(), limit)
    assert len(terms) == limit
    assert terms == one_side_terms(SYLVANIA, FREEDONIA, set(), 10)[:limit]


def test_same_input_gives_the_same_order():
    runs = {one_side_terms(list(SYLVANIA), list(FREEDONIA), {0, 1}, 10) for _ in range(5)}
    assert len(runs) == 1


def test_ties_keep_the_order_of_first_use():
    left = ["They discussed the forest canopy.", "They discussed the desert dunes."]
    assert one_side_terms(left, ["They met."], set(), 10) == ("forest canopy", "desert dunes")
    assert one_side_terms(left[::-1], ["They met."], set(), 10) == ("desert dunes", "forest canopy")


@pytest.mark.parametrize(
    ("texts", "other"),
    [([], []), ([], FREEDONIA), (SYLVANIA, []), ([""], [""]), (["   "], FREEDONIA)],
    ids=["both empty", "no texts", "no other texts", "empty sentences", "blank sentence"],
)
def test_empty_inputs(texts, other):
    terms = one_side_terms(texts, other, set(), 10)
    assert isinstance(terms, tuple)
    if not any(t.strip() for t in texts):
        assert terms == ()
    else:
        assert terms and all(t.strip() for t in terms)


def test_clock_times_rank_below_names():
    left = ["The call began at 12:05 with Minister Anna Varga on fisheries quotas."]
    terms = one_side_terms(left, ["They met."], set(), 10)
    assert terms.index("12:05") > terms.index("fisheries quotas")


def test_an_amount_the_other_side_states_in_other_words_is_no_term():
    (left,) = annotated(statement(["Trade between the two countries reached USD 1.2 bn in 2024."]))
    right_texts = ["Trade reached $1.2 billion last year.", "They also discussed fisheries."]
    right = annotated(statement(right_texts))[0]
    terms = key_terms.one_side_terms(left, right, set(), 10, CONTEXT.aliases)
    assert not any("1.2" in t for t in terms), terms
    # a different amount is a term
    (other,) = annotated(statement(["Trade reached $2 billion last year."]))
    assert any("1.2" in t for t in key_terms.one_side_terms(left, other, set(), 10, CONTEXT.aliases))



@pytest.mark.parametrize(
    ("sentence", "term_word"),
    [("Grain remains in short supply in the north.", "supply"), ("They discussed the balance of payments.", "balance")],
)
def test_marker_words_inside_a_phrase_stay_words(sentence, term_word):
    terms = one_side_terms([sentence], ["They met."], set(), 10)
    assert any(term_word in t.split() for t in terms), terms
