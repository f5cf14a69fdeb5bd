"""Topics on made-up sentences: the built-in lexicon, matching, the topic grid, emphasis, user lexicons."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tomllib
from dataclasses import replace
from importlib import resources

import pytest

from readout_diff.analyse import topics
from readout_diff.analyse.topics import Lexicon, Topic, builtin_lexicon, load_lexicon
from readout_diff.errors import InputError
from readout_diff.load.reading import read_source
from readout_diff.load.statements import find_statements
from readout_diff.model import Emphasis, Header, Sentence, Statement, TopicShare
from readout_diff.text.normalize import content_stems

from .annotated import CONTEXT, annotated

ALIASES = CONTEXT.aliases


def statement(sid: str, *texts: str) -> Statement:
    """A statement whose body is ``texts``, one sentence each (spans index the joined body)."""
    sentences, start = [], 0
    for text in texts:
        sentences.append(Sentence(text, start, start + len(text)))
        start += len(text) + 1
    return Statement(sid, Header("Ministry of Foreign Affairs"), 0, start, tuple(sentences))


def sentence_topics(text: str, lexicon: Lexicon) -> tuple[str, ...]:
    return topics.sentence_topics(text, lexicon, ALIASES)


def topic_grid(left: Statement, right: Statement, lexicon: Lexicon):
    """The grid of two statements read with ``lexicon`` as the run's topics."""
    return topics.topic_grid(*annotated(left, right, context=replace(CONTEXT, topics=lexicon)), lexicon)


def emphasis(statement: Statement, lexicon: Lexicon) -> Emphasis:
    """The emphasis of a statement read with ``lexicon`` as the run's topics."""
    return topics.emphasis(annotated(statement, context=replace(CONTEXT, topics=lexicon))[0], lexicon)


# (topic, a sentence that touches it, a decoy that must not: a near miss in wording or normalisation)
BUILTIN_CASES = [
    (
        "meeting",
        "The foreign ministers of Sylvania and Freedonia met in Lakeport on Tuesday.",
        "Sylvania will work hard to meet the needs of its farmers.",
    ),
    (
        "multilateral",
        "The two sides agreed to coordinate closely at the United Nations and in the G20.",
        "The ministers reviewed the state of bilateral relations.",
    ),
    (
        "trade",
        "Freedonia raised its concerns about the new tariff on Sylvanian steel.",
        "Both stressed the important damage done by the illicit drug trade.",
    ),
    (
        "economy",
        "Sylvanian companies plan new investments in Freedonia's ports.",
        "The ministers discussed the case of the detained journalist.",
    ),
    (
        "energy",
        "They discussed cooperation on liquefied natural gas and offshore wind.",
        "The minister approached the negotiations with energy and determination.",
    ),
    (
        "climate",
        "Both leaders pledged to step up their action on climate change.",
        "The talks were held in a cordial climate of mutual respect.",
    ),
    (
        "technology",
        "They agreed to cooperate on artificial intelligence and semiconductors.",
        "The minister praised the spirit of innovation of Freedonian farmers.",
    ),
    (
        "health",
        "The ministers discussed the pandemic and the production of vaccines.",
        "Both sides regretted the outbreak of war in Ruritania.",
    ),
    (
        "development",
        "Sylvania will increase its development assistance to Freedonia.",
        "The ministers reviewed recent developments in the region.",
    ),
    (
        "disasters",
        "Sylvania sent firefighters to help Freedonia fight the wildfires.",
        "The leaders discussed the emergency session of parliament.",
    ),
    (
        "people",
        "They agreed to expand student exchanges and tourism between the two countries.",
        "Both sides reaffirmed the universal value of dignity.",
    ),
    (
        "security",
        "The two countries will deepen defence cooperation and hold joint military exercises.",
        "The Departments of Homeland Security and Justice co-chaired the dialogue.",
    ),
    (
        "terrorism",
        "Both sides condemned terrorism in all its forms.",
        "The minister spoke of the extreme heat.",
    ),
    (
        "crime",
        "They agreed to strengthen law enforcement cooperation against organised crime.",
        "Freedonia will enforce the law on fishing in its waters.",
    ),
    (
        "drugs",
        "The delegations discussed cooperation against drug trafficking and fentanyl.",
        "The minister drew attention to the plight of farmers.",
    ),
    (
        "migration",
        "The ministers discussed irregular migration and the return of migrants.",
        "The ministers discussed the movement of goods across the border.",
    ),
    (
        "human_rights",
        "Sylvania raised its concerns about human rights and political prisoners.",
        "Both agreed that the human side of the partnership was the right focus.",
    ),
    (
        "democracy",
        "The leaders underlined their commitment to democracy and the rule of law.",
        "Sylvania welcomed the minister of the Democratic Republic of the Congo.",
    ),
    (
        "sanctions",
        "Freedonia called for the lifting of the embargo and of all sanctions.",
        "The ministers signed a memorandum on sanitation.",
    ),
    (
        "ukraine",
        "Both condemned Russia's war of aggression against Ukraine.",
        "The delegations regretted the rushed timetable.",
    ),
    (
        "middle_east",
        "They discussed the humanitarian situation in Gaza and a two-state solution.",
        "The talks reviewed the state of the two economies.",
    ),
    (
        "taiwan",
        "The ministers stressed peace and stability across the Taiwan Strait.",
        "They discussed shipping through the Strait of Gibraltar.",
    ),
    (
        "korea",
        "They called for the complete denuclearization of the Korean Peninsula.",
        "The ministers visited the peninsula of Lakeport.",
    ),
    (
        "indo_pacific",
        "Both support a free and open Indo-Pacific.",
        "The Pacific Ocean fisheries agreement was signed.",
    ),
]


# --- the built-in lexicon ------------------------------------------------------------------------------


def test_builtin_toml_parses_with_a_label_and_terms_per_topic():
    text = resources.files("readout_diff").joinpath("data/topics.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert len(data) >= 22
    for topic_id, table in data.items():
        assert set(table) <= {"label", "terms", "exclude", "procedural"}, topic_id
        assert isinstance(table["label"], str) and table["label"].strip(), topic_id
        assert table["terms"] and all(isinstance(t, str) and t.strip() for t in table["terms"]), topic_id
    lexicon = builtin_lexicon()
    ids = [t.id for t in lexicon.topics]
    assert ids == list(data) and len(set(ids)) == len(ids)


def test_builtin_terms_are_specific():
    for topic in builtin_lexicon().topics:
        for term in topic.terms:
            stems = content_stems(term, ALIASES)
            assert stems, (topic.id, term)
            assert len(stems) > 1 or len(stems[0]) >= 2, (topic.id, term)
            assert stems != ["state"], (topic.id, term)


def test_every_builtin_exclusion_holds_a_term_of_its_topic():
    """An exclusion that holds none of its topic's terms would never change anything."""
    for topic in builtin_lexicon().topics:
        terms = [tuple(content_stems(term, ALIASES)) for term in topic.terms]
        for phrase in topic.exclude:
            stems = tuple(content_stems(phrase, ALIASES))
            assert any(stems[i : i + len(term)] == term for term in terms for i in range(len(stems))), (
                topic.id,
                phrase,
            )


def test_every_builtin_topic_has_a_case():
    assert [case[0] for case in BUILTIN_CASES] == [t.id for t in builtin_lexicon().topics]


@pytest.mark.parametrize(("topic", "sentence", "decoy"), BUILTIN_CASES, ids=[c[0] for c in BUILTIN_CASES])
def test_builtin_topic_is_found_and_its_decoy_is_not(topic, sentence, decoy):
    assert topic in sentence_topics(sentence, builtin_lexicon())
    assert topic not in sentence_topics(decoy, builtin_lexicon())


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers agreed on the importance of the relationship.",
        "The state of the relationship was good.",
        "Both sides renewed their commitment to close cooperation.",
        "The two ministers agreed to remain in close contact.",
        "The Prime Minister called on both sides to show restraint.",
        "Freedonia thanked Sylvania for its help.",
        "He thanked his counterpart for the warm hospitality.",
        "The exchange took place in a professional and respectful climate.",
    ],
)
def test_ordinary_sentences_touch_no_topic(sentence):
    assert sentence_topics(sentence, builtin_lexicon()) == ()


def test_builtin_lexicon_is_cached_hashable_and_picklable():
    lexicon = builtin_lexicon()
    assert builtin_lexicon() is lexicon
    assert hash(lexicon) == hash(pickle.loads(pickle.dumps(lexicon)))
    assert pickle.loads(pickle.dumps(lexicon)) == lexicon
    assert lexicon.label("human_rights") == "Human rights"
    assert lexicon.label("no_such_topic") == "no_such_topic"


# --- matching ----------------------------------------------------------------------------------------

LEXICON = Lexicon(
    (
        Topic("tariffs", "Tariffs", ("tariffs",)),
        Topic("us_policy", "US policy", ("United States policy",)),
        Topic("thanks", "Thanks", ("gratitude",)),
        Topic("police", "Law enforcement", ("law enforcement",)),
        Topic("rule", "Rule of law", ("rule of law",)),
        Topic("water", "Water security", ("water security",), exclude=("water security dialogue",)),
    )
)


@pytest.mark.parametrize(
    ("label", "sentence", "expected"),
    [
        ("plural term, singular text", "Freedonia raised the new tariff.", ("tariffs",)),
        ("alias in the text", "They discussed U.S. policy on fisheries.", ("us_policy",)),
        ("alias, lower case", "They discussed the US policy on fisheries.", ("us_policy",)),
        ("paraphrase group", "Sylvania thanked Freedonia.", ("thanks",)),
        ("phrase in a row", "Law enforcement agencies met.", ("police",)),
        ("phrase out of order", "They discussed the enforcement of the law.", ()),
        ("phrase with a word between", "They discussed law and order enforcement.", ()),
        ("function words skipped", "They upheld the rule of the law.", ("rule",)),
        ("lexicon order, not text order", "Law enforcement and tariffs.", ("tariffs", "police")),
        ("inside an exclusion", "The Water Security Dialogue met.", ()),
        ("outside an exclusion", "The Water Security Dialogue discussed water security.", ("water",)),
        ("empty text", "", ()),
    ],
)
def test_matching(label, sentence, expected):
    assert sentence_topics(sentence, LEXICON) == expected


# --- the topic grid ----------------------------------------------------------------------------------

LEFT = statement(
    "s1",
    "Sylvania and Freedonia discussed tariffs.",
    "Sylvania condemned terrorism.",
    "Both stressed the rule of law.",
    "The tariffs on steel will be lifted.",
)
RIGHT = statement(
    "s2",
    "The ministers discussed tariffs.",
    "Freedonia raised the rule of law.",
    "They discussed law enforcement.",
    "Law enforcement agencies will meet again.",
    "Freedonia thanked Sylvania.",
)
GRID_LEXICON = Lexicon(
    (
        Topic("tariffs", "Tariffs", ("tariffs",)),
        Topic("thanks", "Thanks", ("gratitude",)),
        Topic("police", "Law enforcement", ("law enforcement",)),
        Topic("rule", "Rule of law", ("rule of law",)),
        Topic("terror", "Terrorism", ("terrorism",)),
        Topic("fish", "Fisheries", ("fisheries",)),
    )
)


def test_grid_rows_one_side_first_then_both():
    rows = topic_grid(LEFT, RIGHT, GRID_LEXICON)
    assert [(r.topic, r.label, r.left, r.right, r.side) for r in rows] == [
        ("terror", "Terrorism", (1,), (), "left"),
        # right-only: two sentences before one
        ("police", "Law enforcement", (), (2, 3), "right"),
        ("thanks", "Thanks", (), (4,), "right"),
        # both: three sentences before two
        ("tariffs", "Tariffs", (0, 3), (0,), "both"),
        ("rule", "Rule of law", (2,), (1,), "both"),
    ]


def test_grid_ties_go_by_lexicon_order():
    left = statement("s1", "Fisheries matter.", "Terrorism matters.")
    rows = topic_grid(left, statement("s2", "Nothing here."), GRID_LEXICON)
    assert [r.topic for r in rows] == ["terror", "fish"]


def test_grid_of_statements_without_topics_is_empty():
    empty = statement("s1", "Nothing to see.")
    assert topic_grid(empty, empty, GRID_LEXICON) == ()


def test_grid_and_emphasis_are_the_same_under_any_hash_seed():
    code = (
        "from tests.test_topics import LEFT, RIGHT, GRID_LEXICON;"
        "from tests.test_topics import topic_grid, emphasis; from readout_diff.analyse.topics import builtin_lexicon;"
        "print(topic_grid(LEFT, RIGHT, GRID_LEXICON), emphasis(RIGHT, builtin_lexicon()))"
    )
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("0", "1", "12345")
    }
    assert len(outputs) == 1


def test_seed_grid(seed_path):
    us, cuba = find_statements(read_source(str(seed_path)).text, str(seed_path)).statements
    sides = {row.topic: row.side for row in topic_grid(us, cuba, builtin_lexicon())}
    assert sides == {
        "human_rights": "left",
        "terrorism": "right",
        "drugs": "right",
        "migration": "right",
        "sanctions": "right",
        "meeting": "both",
        "crime": "both",
        "security": "both",
    }


# --- emphasis ----------------------------------------------------------------------------------------


def test_emphasis_shares_order_and_words():
    s = statement(
        "s1",
        "Sylvania and Freedonia discussed trade.",  # 5 words, no topic of GRID_LEXICON
        "They discussed tariffs and terrorism.",  # 5 words
        "The U.S. tariffs were lifted.",  # 5 words ("U.S." is one)
        "Law enforcement agencies met.",  # 4 words
    )
    assert emphasis(s, GRID_LEXICON) == Emphasis(
        words=19,
        topics=(
            TopicShare("tariffs", round(10 / 19, 4), 1),
            TopicShare("terror", round(5 / 19, 4), 1),
            TopicShare("police", round(4 / 19, 4), 3),
        ),
        leads_with="tariffs",
    )


def test_a_statement_never_leads_with_the_meeting_itself():
    s = statement("s1", "The ministers met in Lakeport.", "They discussed tariffs on grain.")
    result = emphasis(s, builtin_lexicon())
    assert [t.topic for t in result.topics] == ["meeting", "trade"]
    assert result.leads_with == "trade"


def test_emphasis_of_a_statement_without_words():
    assert emphasis(statement("s1"), GRID_LEXICON) == Emphasis(words=0, topics=())
    assert emphasis(statement("s1", "Nothing here."), GRID_LEXICON) == Emphasis(words=2, topics=())


# --- user lexicons -----------------------------------------------------------------------------------


@pytest.fixture
def write(tmp_path):
    def write_lexicon(text: str | bytes, name: str = "topics.toml") -> str:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return str(path)

    return write_lexicon


def test_user_topics_extend_the_builtin_lexicon(write):
    lexicon = load_lexicon(
        write('[fisheries]\nlabel = "Fisheries"\nterms = ["fishing quotas", "trawlers"]\n')
    )
    builtin = builtin_lexicon()
    assert lexicon.topics[: len(builtin.topics)] == builtin.topics
    assert lexicon.topics[-1] == Topic("fisheries", "Fisheries", ("fishing quotas", "trawlers"))
    assert sentence_topics("They discussed fishing quotas and tariffs.", lexicon) == ("trade", "fisheries")


def test_a_user_topic_with_a_builtin_id_replaces_it_in_place(write):
    lexicon = load_lexicon(write('[trade]\nlabel = "Steel"\nterms = ["steel quotas"]\n'))
    ids = [t.id for t in lexicon.topics]
    assert ids == [t.id for t in builtin_lexicon().topics]
    assert lexicon.label("trade") == "Steel"
    assert sentence_topics("They discussed steel quotas.", lexicon) == ("trade",)
    assert sentence_topics("They discussed tariffs.", lexicon) == ()


def test_extend_adds_terms_and_exclusions_to_a_builtin_topic(write):
    lexicon = load_lexicon(
        write('[trade]\nextend = true\nterms = ["steel quotas"]\nexclude = ["tariff truce"]\n')
    )
    assert lexicon.label("trade") == builtin_lexicon().label("trade")
    assert sentence_topics("They discussed steel quotas.", lexicon) == ("trade",)
    assert sentence_topics("They discussed tariffs.", lexicon) == ("trade",)
    assert sentence_topics("They welcomed the tariff truce.", lexicon) == ()


def test_replace_keeps_only_the_user_topics(write):
    lexicon = load_lexicon(
        write(
            'replace = true\n[fish]\nterms = ["fisheries"]\n[rivers]\nlabel = "Rivers"\nterms = ["river"]\n'
        )
    )
    assert lexicon == Lexicon((Topic("fish", "fish", ("fisheries",)), Topic("rivers", "Rivers", ("river",))))
    assert sentence_topics("They discussed terrorism and rivers.", lexicon) == ("rivers",)


def test_a_user_lexicon_may_start_with_a_byte_order_mark(write):
    lexicon = load_lexicon(write('\ufeffreplace = true\n[fish]\nterms = ["fisheries"]\n'))
    assert [t.id for t in lexicon.topics] == ["fish"]


@pytest.mark.parametrize(
    ("label", "content", "message"),
    [
        (
            "not TOML",
            '[fish]\nterms = "fisheries" "trawlers"\n',
            "not valid TOML, line 2, column 21: Expected newline",
        ),
        ("TOML cut short", '[fish]\nterms = ["fisheries"\n', "not valid TOML, the end of the file: "),
        ("not UTF-8", b'[fish]\nterms = ["p\xeache"]\n', "not UTF-8 text"),
        ("no terms", '[fish]\nlabel = "Fisheries"\n', "topic 'fish' has no terms"),
        ("empty terms", "[fish]\nterms = []\n", "topic 'fish' has no terms"),
        ("terms not a list", '[fish]\nterms = "fisheries"\n', "terms must be a list of words or phrases"),
        ("a term not a string", "[fish]\nterms = [1]\n", "terms must be a list of words or phrases"),
        ("an empty term", '[fish]\nterms = [" "]\n', "terms must be a list of words or phrases"),
        ("exclude not a list", '[fish]\nterms = ["fish"]\nexclude = "x"\n', "exclude must be a list"),
        (
            "label not a string",
            '[fish]\nlabel = 3\nterms = ["fisheries"]\n',
            "label must be a non-empty string",
        ),
        ("function words only", '[fish]\nterms = ["of the"]\n', "'of the' has only function words"),
        ("unknown key", '[fish]\nterm = ["fisheries"]\n', "unknown key 'term'"),
        ("replace after a table", '[fish]\nterms = ["fish"]\nreplace = true\n', "unknown key 'replace'"),
        ("replace not a boolean", 'replace = "yes"\n', "'replace' must be true or false"),
        ("a value, not a table", 'fish = ["fisheries"]\n', "'fish' is not a topic"),
        ("bad id", '["fish & chips"]\nterms = ["fisheries"]\n', "a topic id may hold only letters"),
        ("extend not a boolean", '[trade]\nextend = 1\nterms = ["steel"]\n', "extend must be true or false"),
        (
            "extend an unknown id",
            '[fish]\nextend = true\nterms = ["fisheries"]\n',
            "no built-in topic 'fish'",
        ),
        ("extend with nothing", "[trade]\nextend = true\n", "extend = true adds nothing"),
        (
            "extend with replace",
            'replace = true\n[trade]\nextend = true\nterms = ["grain"]\n',
            "replace = true drops",
        ),
        ("replace with no topics", "replace = true\n", "defines no topics"),
    ],
)
def test_bad_lexicon_files(write, label, content, message):
    path = write(content)
    with pytest.raises(InputError) as caught:
        load_lexicon(path)
    text = str(caught.value)
    assert text.startswith(f"{path}: ") and message in text and "\n" not in text


def test_missing_lexicon_file(tmp_path):
    path = str(tmp_path / "nope.toml")
    with pytest.raises(InputError, match="nope.toml: no such lexicon file"):
        load_lexicon(path)


def test_lexicon_path_is_a_directory(tmp_path):
    with pytest.raises(InputError, match="is a directory, not a lexicon file"):
        load_lexicon(str(tmp_path))
