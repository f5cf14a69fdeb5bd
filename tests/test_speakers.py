"""Who said it: labelled made-up sentences, the speaker each credits, where the text names them."""

from __future__ import annotations

import pytest

from readout_diff.analyse.speakers import attribute, credits
from readout_diff.model import Attribution, Header, Mention, Sentence, Statement
from readout_diff.pipeline import compare_text

from .annotated import CONTEXT, annotated


def statement(texts: list[str], issuer: str = "Embassy of Freedonia", title: str | None = None):
    """A statement of ``texts`` (one sentence each) inside a made-up document text, and that text."""
    header = f"{issuer}\n3 March 2025\n"
    document, sentences = header, []
    for text in texts:
        sentences.append(Sentence(text, len(document), len(document) + len(text)))
        document += text + " "
    return Statement("s1", Header(issuer, title=title), 0, len(document), tuple(sentences)), document


# (label, issuer, sentences, [(sentence, speaker, mention text, verb), ...])
CASES = [
    (
        "a titled person",
        "Embassy of Freedonia",
        ["Prime Minister Anna Varga highlighted the dam project."],
        [(0, "Prime Minister Anna Varga", "Prime Minister Anna Varga", "highlighted")],
    ),
    (
        "the shortest name the statement writes",
        "Embassy of Freedonia",
        ["Prime Minister Anna Varga arrived in Lakeport.", "Prime Minister Varga stressed trade."],
        [(1, "Prime Minister Varga", "Prime Minister Varga", "stressed")],
    ),
    (
        "a bare title that means one person",
        "Embassy of Freedonia",
        ["Secretary of State Tomas Brel arrived in Lakeport.", "The Secretary stressed the importance of the dam."],
        [(1, "Secretary Tomas Brel", "The Secretary", "stressed")],
    ),
    (
        "a bare title for the issuer's own unnamed principal",
        "Prime Minister's Office",
        ["The Prime Minister spoke to Prime Minister Varga of Sylvania.", "The Prime Minister said trade mattered."],
        [(1, "the Prime Minister", "The Prime Minister", "said")],
    ),
    (
        "both leaders",
        "Embassy of Freedonia",
        ["Both leaders agreed to meet again.", "The two leaders discussed the dam.", "The leaders welcomed it."],
        [
            (0, "both leaders", "Both leaders", "agreed"),
            (1, "both leaders", "The two leaders", "discussed"),
            (2, "both leaders", "The leaders", "welcomed"),
        ],
    ),
    (
        "both sides",
        "Embassy of Freedonia",
        ["The two sides discussed fishing.", "Both delegations welcomed the talks.", "The two delegations noted it."],
        [
            (0, "both sides", "The two sides", "discussed"),
            (1, "both sides", "Both delegations", "welcomed"),
            (2, "both sides", "The two delegations", "noted"),
        ],
    ),
    (
        "one delegation, at a sentence's start or after a comma",
        "Ministry of Foreign Affairs",
        [
            "The Freedonian delegation conveyed proposals to the Sylvanian side.",
            "On fisheries, the Freedonian delegation raised the quotas.",
        ],
        [
            (0, "the Freedonian delegation", "The Freedonian delegation", "conveyed"),
            (1, "the Freedonian delegation", "the Freedonian delegation", "raised"),
        ],
    ),
    (
        "a side named with an alias",
        "Ministry of Foreign Affairs",
        ["The U.S. side expressed concern about the dam.", "The US party reiterated it."],
        [(0, "the US side", "The U.S. side", "expressed"), (1, "the US side", "The US party", "reiterated")],
    ),
    (
        "a minister named",
        "Embassy of Freedonia",
        ["Minister Kuran said the talks were useful."],
        [(0, "Minister Kuran", "Minister Kuran", "said")],
    ),
    (
        "a pronoun after one person",
        "Embassy of Freedonia",
        ["Foreign Minister Ilse Kuran met the press in Lakeport.", "She underscored the dam's importance."],
        [(1, "Foreign Minister Ilse Kuran", "She", "underscored")],
    ),
    (
        "a pronoun after two people",
        "Embassy of Freedonia",
        ["Prime Minister Varga met President Lind.", "He underscored trade."],
        [],
    ),
    (
        "two people together",
        "Embassy of Freedonia",
        ["President Lind and Prime Minister Varga discussed the dam."],
        [(0, "President Lind and Prime Minister Varga", "President Lind and Prime Minister Varga", "discussed")],
    ),
    (
        "two bare titles, each resolved",
        "Department of State",
        ["Secretary Brel met Minister Kuran in Lakeport.", "The Secretary and the Minister agreed to lower tariffs."],
        [(1, "Secretary Brel and Minister Kuran", "The Secretary and the Minister", "agreed")],
    ),
    (
        "according to",
        "Embassy of Freedonia",
        ["Minister Kuran visited the dam.", "According to the Minister, the dam is safe."],
        [(1, "Minister Kuran", "the Minister", "according to")],
    ),
    (
        "the Secretary-General",
        "Embassy of Freedonia",
        ["The Secretary-General noted that the talks were useful."],
        [(0, "the Secretary-General", "The Secretary-General", "noted")],
    ),
    (
        "a country",
        "Embassy of Freedonia",
        ["Sylvania reiterated its position on the dam.", "The United States urged restraint."],
        [(0, "Sylvania", "Sylvania", "reiterated"), (1, "the US", "The United States", "urged")],
    ),
    (
        "two clauses, two speakers",
        "Prime Minister's Office",
        ["Both agreed on trade, and the Prime Minister stated that tariffs would fall."],
        [(0, "both sides", "Both", "agreed"), (0, "the Prime Minister", "the Prime Minister", "stated")],
    ),
    (
        "no speech acts",
        "Department of State",
        [
            "The Departments of State, Justice and Trade co-chaired the dialogue for Freedonia.",
            "Officials from the Sylvanian Embassy also participated.",
            "Engaging in these talks underscores our commitment.",
            "The meeting took place in Lakeport.",
            "Prime Minister Varga spoke with President Lind.",
        ],
        [],
    ),
    (
        "They after a group",
        "Embassy of Freedonia",
        ["The two ministers discussed the dam.", "They agreed to meet again."],
        [(0, "both ministers", "The two ministers", "discussed"), (1, "both ministers", "They", "agreed")],
    ),
    (
        "They with no group before",
        "Embassy of Freedonia",
        ["Prime Minister Varga met President Lind.", "They agreed to meet again."],
        [],
    ),
    (
        "words between the subject and the verb",
        "Embassy of Freedonia",
        ["The two leaders also warmly welcomed the accord.", "Minister Kuran has emphasised the risks."],
        [(0, "both leaders", "The two leaders", "welcomed"), (1, "Minister Kuran", "Minister Kuran", "emphasised")],
    ),
    (
        "the subject, not the object",
        "Embassy of Freedonia",
        ["The Minister thanked Prime Minister Varga and President Lind for their support."],
        [(0, "the Minister", "The Minister", "thanked")],
    ),
    (
        "a multi-word reporting verb",
        "Embassy of Freedonia",
        ["Minister Kuran called for calm, and President Lind pointed out the risks."],
        [(0, "Minister Kuran", "Minister Kuran", "called for"), (0, "President Lind", "President Lind", "pointed out")],
    ),
    (
        "a new clause after a name and a comma",
        "Embassy of Freedonia",
        ["Prime Minister Varga visited Sylvania, and President Lind said the visit was useful."],
        [(0, "President Lind", "President Lind", "said")],
    ),
    (
        "no clause inside a subject",
        "Embassy of Freedonia",
        ["Talks between Prime Minister Varga and President Lind discussed the dam."],
        [],
    ),
    (
        "I in a leader's own statement",
        "Office of the President of Freedonia",
        ["President Anna Varga spoke with President Rocha of Sylvania.", "I thanked him for the aid."],
        [(1, "President Anna Varga", "I", "thanked")],
    ),
    (
        "I in a ministry's statement is nobody known",
        "Embassy of Freedonia",
        ["I thanked the minister for the aid."],
        [],
    ),
    (
        "spoke about is a speech act, spoke with is not",
        "Embassy of Freedonia",
        ["The prime ministers spoke about the dam."],
        [(0, "both leaders", "The prime ministers", "spoke about")],
    ),
]


@pytest.mark.parametrize(("label", "issuer", "texts", "expected"), CASES, ids=[c[0] for c in CASES])
def test_attributions(label, issuer, texts, expected):
    st, document = statement(texts, issuer)
    found = attribute(annotated(st)[0], CONTEXT.aliases)
    assert [(a.sentence, a.speaker, a.mention.text, a.verb) for a in found] == expected
    for a in found:
        sentence = st.sentences[a.sentence]
        assert a.mention.sentence == a.sentence
        assert a.mention.text == document[a.mention.start : a.mention.end]
        assert sentence.start <= a.mention.start < a.mention.end <= sentence.end


SEED = """Sylvania and Freedonia discuss the Blue River dam
Ministry of Foreign Affairs
Republic of Freedonia
3 March 2025
Foreign ministers meet in Lakeport
Foreign Minister Ilse Kuran received Foreign Minister Oskar Lind of Sylvania in Lakeport on 3 March. The two ministers
discussed the Blue River dam. The Minister stressed the need for a joint flood warning system. She also
raised fishing rights in the northern bay. They agreed to meet again in the autumn.
Department of State
Republic of Sylvania
March 3, 2025
Readout of the meeting
Foreign Minister Lind met Foreign Minister Kuran in Lakeport. Both sides discussed the dam on the Blue River.
The Sylvanian delegation conveyed its concern about water levels. Minister Lind and Minister Kuran agreed to
meet again in the autumn.
"""


def test_attributions_of_a_compared_seed_index_the_document_text():
    result = compare_text(SEED, "made-up")
    text = result.document.text
    left, right = result.document.statements
    found = {st.statement.id: attribute(st, CONTEXT.aliases) for st in annotated(left, right)}
    assert [(a.sentence, a.speaker, a.verb) for a in found[left.id]] == [
        (1, "both ministers", "discussed"),
        (2, "Foreign Minister Ilse Kuran", "stressed"),
        (3, "Foreign Minister Ilse Kuran", "raised"),
        # "They": the sentence before credits one person, not a group, so it is not guessed.
    ]
    assert [(a.sentence, a.speaker, a.verb) for a in found[right.id]] == [
        (1, "both sides", "discussed"),
        (2, "the Sylvanian delegation", "conveyed"),
        (3, "Minister Lind and Minister Kuran", "agreed"),
    ]
    for attributions in found.values():
        for a in attributions:
            assert a.mention.text == text[a.mention.start : a.mention.end]


def test_credits_group_sentences_by_speaker_in_order_of_first_credit():
    def credited(sentence: int, speaker: str) -> Attribution:
        return Attribution(sentence, speaker, Mention(sentence, 0, 1, "x"), "said")

    attributions = [credited(0, "both sides"), credited(1, "Minister Kuran"), credited(1, "Minister Kuran"),
                    credited(3, "both sides"), credited(2, "Minister Kuran")]
    grouped = credits(attributions)
    assert [(c.speaker, c.sentences) for c in grouped] == [("both sides", (0, 3)), ("Minister Kuran", (1, 2))]
    assert credits([]) == ()
