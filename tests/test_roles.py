"""Sentence roles on made-up readouts: the built-in rules, the rule vocabulary, role files."""

from __future__ import annotations

import pickle
import time
import tomllib
from importlib import resources

import pytest

from readout_diff.analyse.roles import Role, RoleLexicon, Rule, load_roles, sentence_roles
from readout_diff.errors import InputError
from readout_diff.text.aliases import builtin_aliases

ALIASES = builtin_aliases()

# A sentence no rule touches, to put the sentence under test at a given position in its statement.
FILLER = "The weather in Lakeport was mild."


def role_at(position: int, sentence: str, lexicon: RoleLexicon | None = None) -> str | None:
    """The role of ``sentence`` as the statement's sentence number ``position`` (0: the first)."""
    return sentence_roles([FILLER] * position + [sentence], lexicon or load_roles(), ALIASES)[-1]


# (label, position in the statement, sentence, expected role)
BUILTIN_CASES = [
    # frame: the opening, in the wordings of leaders' offices and foreign ministries
    (
        "frame: spoke to",
        0,
        "The Prime Minister spoke to President Arkady of Latveria this afternoon.",
        "frame",
    ),
    (
        "frame: summit telephone talk",
        0,
        (
            "On 15 March, commencing at around 6 p.m. for approximately 40 minutes, Mr. TANAKA Ichiro, "
            "Prime Minister of Sylvania, held a summit telephone talk with H.E. Mr. Boris VLAD, President "
            "of Latveria."
        ),
        "frame",
    ),
    (
        "frame: phone conversation",
        0,
        "President of Latveria Boris Vlad had a phone conversation with President of Freedonia Ana Mendel.",
        "frame",
    ),
    ("frame: received", 0, "Foreign Minister Lind received her Freedonian counterpart on Tuesday.", "frame"),
    (
        "frame: hosted",
        0,
        "Today, Secretary Ortega hosted Foreign Minister Bakker for talks in Lakeport.",
        "frame",
    ),
    (
        "frame: sidelines",
        0,
        "Chancellor Vogt and Prime Minister Rask met on the sidelines of the G20 summit in Porto Alto.",
        "frame",
    ),
    ("frame: videoconference", 0, "The two leaders held a videoconference on Monday.", "frame"),
    (
        "frame: discussed by telephone",
        0,
        "Minister Lind and Minister Ode discussed trade by telephone today.",
        "frame",
    ),
    (
        "frame: an opening with its purpose",
        0,
        "President Vlad spoke with Prime Minister Rask today to offer support after the floods in Latveria.",
        "frame",
    ),
    (
        "frame: after a spokesperson's line",
        1,
        "The Prime Minister spoke with Chancellor Vogt this morning.",
        "frame",
    ),
    ("frame: at whose request", 4, "The call took place at the request of the Latverian side.", "frame"),
    ("frame: duration", 3, "The conversation lasted about an hour.", "frame"),
    ("frame: where", 2, "The meeting took place at the Presidential Palace in Lakeport.", "frame"),
    ("frame: when", 2, "The talks were held in Porto Alto on 3 May.", "frame"),
    # not frame
    (
        "called for, first sentence",
        0,
        "The ministers called for an immediate ceasefire in Ruritania.",
        "position",
    ),
    ("calls on, first sentence", 0, "Sylvania calls on all parties to exercise restraint.", "position"),
    ("called for, later", 5, "The President called for the release of the detained journalists.", "position"),
    ("spoke about", 0, "The leaders spoke about the importance of free trade.", None),
    ("a later 'met'", 6, "The minister met with business leaders.", None),
    ("meet the needs", 0, "Sylvania is working to meet the needs of Latverian refugees.", None),
    (
        "next year's G20 meeting",
        4,
        "The meeting of the G20 finance ministers next year will focus on debt.",
        None,
    ),
    (
        "the G20 meeting looked forward to",
        4,
        "They looked forward to the meeting of the G20 finance ministers next year.",
        None,
    ),
    ("the atmosphere", 2, "The talks were held in a friendly and constructive atmosphere.", None),
    (
        "a delegation's make-up",
        5,
        "The Sylvanian delegation was made up of representatives of three ministries.",
        None,
    ),
    ("elections were held", 3, "Elections were held in Ruritania last month.", None),
    # sympathy
    ("condolences", 1, "The Minister offered his condolences for the victims of the floods.", "sympathy"),
    (
        "sympathy",
        2,
        "The President expressed deep sympathy to the families of those killed in the attack.",
        "sympathy",
    ),
    ("sadness", 1, "Both leaders expressed their sadness at the loss of life in the earthquake.", "sympathy"),
    (
        "solidarity with the victims",
        3,
        "She expressed Sylvania's solidarity with the victims of the fire.",
        "sympathy",
    ),
    ("a recovery", 4, "The Prime Minister wished the King a speedy recovery.", "sympathy"),
    ("solidarity with a country", 3, "He expressed Sylvania's solidarity with Latveria.", "position"),
    ("an economic recovery", 3, "They discussed the economic recovery after the pandemic.", None),
    ("an economic recovery wished", 3, "They wished for a swift economic recovery.", None),
    # congratulations
    ("congratulated", 1, "The Chancellor congratulated the President on his re-election.", "congratulations"),
    (
        "felicitated",
        1,
        "Prime Minister felicitated President Vlad on the National Day of Latveria.",
        "congratulations",
    ),
    (
        "warm wishes",
        5,
        "The Minister conveyed warm wishes on the anniversary of diplomatic relations.",
        "congratulations",
    ),
    ("every success", 2, "She wished him every success in his new role.", "congratulations"),
    (
        "success, wished for something else",
        3,
        "They praised the success of the programme and wished to expand it.",
        "position",
    ),
    # invitation
    (
        "invited",
        5,
        "President Vlad invited the Prime Minister to pay an official visit to Latveria.",
        "invitation",
    ),
    ("accepted the invitation", 6, "The Prime Minister accepted the invitation with pleasure.", "invitation"),
    (
        "extended an invitation",
        4,
        "Minister Ode extended an invitation to her counterpart to attend the forum.",
        "invitation",
    ),
    (
        "at the invitation of: the frame's",
        0,
        "Minister Ode visited Lakeport at the invitation of Minister Lind.",
        "frame",
    ),
    (
        "at the invitation of, no meeting",
        4,
        "The experts will travel at the invitation of the host government.",
        None,
    ),
    # thanks
    ("thanked", 2, "President Vlad thanked Sylvania for its humanitarian assistance.", "thanks"),
    ("gratitude", 3, "The Minister expressed gratitude for the warm hospitality.", "thanks"),
    (
        "his thanks to",
        2,
        "The Prime Minister conveyed his thanks to the President for Latveria's support.",
        "thanks",
    ),
    (
        "appreciation for",
        4,
        "He expressed his appreciation for Freedonia's help during the evacuation.",
        "thanks",
    ),
    ("grateful", 3, "Latveria is grateful for the support of its partners.", "thanks"),
    (
        "thanks to the agreement",
        3,
        "Thanks to the new agreement, trade between the two countries has doubled.",
        None,
    ),
    ("thanks largely to", 4, "Trade has grown thanks largely to the customs reform.", None),
    (
        "appreciated progress",
        4,
        "The Foreign Minister appreciated the progress made in the negotiations.",
        None,
    ),
    # contact
    ("stay in close contact", 6, "They agreed to stay in close contact.", "contact"),
    ("remain in close touch", 7, "The two leaders agreed to remain in close touch.", "contact"),
    ("close and regular contact", 5, "The leaders agreed to remain in close and regular contact.", "contact"),
    ("necessary contacts", 5, "Both sides agreed to maintain the necessary contacts.", "contact"),
    ("continue the dialogue", 8, "The ministers will continue the dialogue.", "contact"),
    ("speaking soon", 6, "The leaders looked forward to speaking again soon.", "contact"),
    ("welcoming", 6, "The Prime Minister looked forward to welcoming President Vlad to Sylvania.", "contact"),
    ("keep each other informed", 4, "They agreed to keep each other informed.", "contact"),
    (
        "next round",
        7,
        "The next round of consultations will take place in Lakeport in the autumn.",
        "contact",
    ),
    ("meet again", 7, "They agreed to meet again at the G20 summit.", "contact"),
    ("meet on an event's margins", 7, "They agreed to meet on the margins of the G20 summit.", "contact"),
    ("a contact group", 4, "The Contact Group on Ruritania will convene in Lakeport.", None),
    (
        "remain in the contact group",
        4,
        "Sylvania will remain an active member of the contact group on Ruritania.",
        None,
    ),
    ("people-to-people contacts", 4, "Both sides will maintain people-to-people contacts.", None),
    ("continue efforts", 4, "They agreed to continue their efforts to end the conflict.", None),
    ("meet the targets", 4, "They agreed to meet the targets of the Paris Agreement.", None),
    ("meet the targets next year", 4, "They agreed to meet the emission targets next year.", None),
    # announcement
    (
        "has decided to provide",
        3,
        "Sylvania has decided to provide 50 million euros in humanitarian aid.",
        "announcement",
    ),
    (
        "signed a memorandum",
        4,
        "The two ministers signed a memorandum of understanding on energy.",
        "announcement",
    ),
    ("will send", 3, "Sylvania will send a team of firefighters to Latveria.", "announcement"),
    (
        "agreed to establish",
        5,
        "The two sides agreed to establish a joint working group on migration.",
        "announcement",
    ),
    ("announced", 2, "The President announced a new package of security assistance.", "announcement"),
    (
        "an announcement discussed",
        2,
        "The leaders discussed the announcement of new tariffs by Freedonia.",
        None,
    ),
    ("an old signing recalled", 4, "They reviewed the agreement signed in 2019.", None),
    ("ties established", 4, "The two countries have established close ties.", None),
    ("will open opportunities", 4, "The agreement will open new opportunities for trade.", None),
    (
        "an old announcement recalled",
        4,
        "They discussed the fund, which was announced by the two leaders last year.",
        None,
    ),
    # position
    ("stressed", 3, "The Minister stressed the importance of the rule of law.", "position"),
    ("expressed concern", 3, "Both sides expressed concern about the humanitarian situation.", "position"),
    (
        "reaffirmed",
        2,
        "The President reaffirmed his country's support for Latveria's sovereignty.",
        "position",
    ),
    (
        "made clear",
        4,
        "The Prime Minister made clear that Sylvania would not accept the annexation.",
        "position",
    ),
    ("condemned", 3, "Both leaders condemned the attack on the embassy.", "position"),
    ("said", 5, "He said that the border would stay open.", "position"),
    ("mutual concern", 3, "The leaders discussed issues of mutual concern.", None),
    ("a spokesperson's line", 0, "A spokesperson for the Ministry said:", None),
    ("discussed", 3, "The two leaders discussed the situation in Ruritania.", None),
    # priority: one role per sentence
    (
        "thanks before contact",
        3,
        "The President thanked the Prime Minister for the call and they agreed to stay in close touch.",
        "thanks",
    ),
    (
        "frame before sympathy, first sentence",
        0,
        "President Vlad spoke with Prime Minister Rask to offer condolences after the earthquake.",
        "frame",
    ),
    (
        "sympathy, later",
        4,
        "President Vlad spoke with Prime Minister Rask to offer condolences after the earthquake.",
        "sympathy",
    ),
    (
        "invitation before thanks",
        5,
        "He thanked the Minister for the invitation to visit Lakeport.",
        "invitation",
    ),
    (
        "sympathy before thanks",
        3,
        "The President thanked the Prime Minister for his condolences.",
        "sympathy",
    ),
    ("contact before announcement", 6, "They decided to remain in contact.", "contact"),
    ("empty text", 3, "", None),
]


@pytest.mark.parametrize(
    ("label", "position", "sentence", "expected"), BUILTIN_CASES, ids=[c[0] for c in BUILTIN_CASES]
)
def test_builtin_roles(label, position, sentence, expected):
    assert role_at(position, sentence) == expected


def test_every_builtin_role_has_a_case():
    found = {case[3] for case in BUILTIN_CASES}
    assert [r.id for r in load_roles().roles if r.id in found] == [r.id for r in load_roles().roles]


# Made-up readouts in the styles of several offices, sentence by sentence: (sentence, expected role).
READOUTS = {
    "leader's office": [
        ("Today, Prime Minister Rask spoke with President Vlad of Latveria.", "frame"),
        ("Prime Minister Rask congratulated President Vlad on his re-election.", "congratulations"),
        ("The leaders discussed the war in Ruritania and called for an immediate ceasefire.", "position"),
        ("President Vlad thanked Sylvania for its support after the floods.", "thanks"),
        ("The two leaders agreed to stay in close contact.", "contact"),
    ],
    "foreign ministry, talks": [
        (
            "On 12 May, Foreign Minister Li Wen held talks in Lakeport with his Latverian counterpart.",
            "frame",
        ),
        ("Li Wen said that Sylvania and Latveria are good friends and partners.", "position"),
        ("Sylvania appreciates Latveria's adherence to the one-Sylvania policy.", None),
        ("The two sides had an in-depth exchange of views on regional issues of common interest.", None),
        ("Boris Vlad said that Latveria firmly opposes interference in its internal affairs.", "position"),
        ("The two sides agreed to maintain high-level exchanges.", "contact"),
    ],
    "foreign ministry, telephone": [
        ("On 3 March, Foreign Minister Boris Vlad had a telephone conversation with Ana Mendel.", "frame"),
        ("The conversation was held at the initiative of the Freedonian side.", "frame"),
        ("The ministers discussed the situation around Ruritania.", None),
        ("Boris Vlad stressed that there was no alternative to a political settlement.", "position"),
        ("The ministers agreed to maintain the necessary contacts.", "contact"),
    ],
    "greetings and an invitation": [
        ("Prime Minister spoke on phone today with H.E. Ana Mendel, President of Freedonia.", "frame"),
        (
            "President Mendel conveyed warm greetings on the occasion of Sylvania's National Day.",
            "congratulations",
        ),
        ("Prime Minister thanked President Mendel for Freedonia's help during the floods.", "thanks"),
        ("The two leaders reviewed the progress in bilateral relations.", None),
        (
            "Prime Minister invited President Mendel to visit Sylvania at a mutually convenient time.",
            "invitation",
        ),
        ("The leaders agreed to remain in touch.", "contact"),
    ],
    "a visit and aid": [
        (
            "Chancellor Vogt received the President of Latveria, Boris Vlad, at the Chancellery today.",
            "frame",
        ),
        ("The Chancellor and the President discussed bilateral relations and the war in Ruritania.", None),
        ("The Chancellor assured the President of Sylvania's continued support.", "position"),
        ("Sylvania will provide a further 200 million euros in humanitarian aid this year.", "announcement"),
        ("Both agreed to continue their close exchange.", "contact"),
    ],
}


@pytest.mark.parametrize("office", list(READOUTS))
def test_a_readout_read_in_order(office):
    sentences, expected = zip(*READOUTS[office])
    assert sentence_roles(sentences, load_roles(), ALIASES) == expected


def test_no_sentences_no_roles():
    assert sentence_roles([], load_roles(), ALIASES) == ()


def test_builtin_toml_documents_every_role():
    text = resources.files("readout_diff").joinpath("data/roles.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert list(data) == [
        "frame", "sympathy", "congratulations", "invitation", "thanks", "contact", "announcement", "position",
    ]  # fmt: skip
    for role_id, table in data.items():
        assert table["label"].strip() and table["description"].strip(), role_id
        assert table["rule"], role_id
    assert [r.id for r in load_roles().roles] == list(data)


def test_builtin_roles_read_as_a_users_file_is(tmp_path):
    """The built-in file's terms are not re-read at every start: here they are, as a user's file's are
    (a term without words would raise InputError)."""
    text = resources.files("readout_diff").joinpath("data/roles.toml").read_text(encoding="utf-8")
    path = tmp_path / "roles.toml"
    path.write_text(text, encoding="utf-8")
    assert load_roles(path) == load_roles()


def test_builtin_roles_are_cached_hashable_and_picklable():
    lexicon = load_roles()
    assert load_roles() is lexicon
    copy = pickle.loads(pickle.dumps(lexicon))
    assert copy == lexicon and hash(copy) == hash(lexicon)
    assert lexicon.label("contact") == "Keep in contact"
    assert lexicon.label("no_such_role") == "no_such_role"


def test_roles_are_fast():
    """Every sentence of every statement is read: a thousand sentences take well under a second."""
    sentences = [case[2] + f" Item {k}." for k, case in enumerate(BUILTIN_CASES * 12)]
    lexicon = load_roles()
    sentence_roles(sentences[:10], lexicon, ALIASES)  # compile once
    start = time.perf_counter()
    sentence_roles(sentences, lexicon, ALIASES)
    assert time.perf_counter() - start < 1.0


# --- the rule vocabulary, on a small lexicon of its own --------------------------------------------------

LEXICON = RoleLexicon(
    (
        Role("opening", "Opening", "", (Rule((("met", "=spoke with"),), first=1),)),
        Role("short", "Short", "", (Rule((("agreed",),), max_words=4),)),
        Role(
            "pair",
            "Pair",
            "",
            (Rule((("fish",), ("=river*",)), window=4, unless=("salmon",)),),
            exclude=("fish market",),
        ),
        Role("later", "Later", "", (Rule((("met",),)),)),
    )
)


@pytest.mark.parametrize(
    ("label", "position", "sentence", "expected"),
    [
        ("first sentence", 0, "The ministers met in Lakeport.", "opening"),
        ("not the first sentence", 1, "The ministers met in Lakeport.", "later"),
        ("word for word", 0, "He spoke with Lind.", "opening"),
        ("word for word, a word between", 0, "He spoke today with Lind.", None),
        ("word for word is not stemmed", 0, "He speaks with Lind.", None),
        ("short enough", 3, "They agreed.", "short"),
        ("too long", 3, "They agreed on many things today.", None),
        ("all groups, within the window", 2, "Fish stocks in rivers fell.", "pair"),
        ("a prefix word", 2, "Fish in the riverbeds died.", "pair"),
        ("groups out of the window", 2, "Fish stocks fell sharply this year in rivers.", None),
        ("one group missing", 2, "Fish stocks fell.", None),
        ("unless", 2, "Fish and salmon in rivers.", None),
        ("inside an exclusion", 2, "The fish market by the river.", None),
        ("outside an exclusion too", 2, "The fish market sells fish from the river.", "pair"),
        ("priority: the first role wins", 0, "They agreed they met.", "opening"),
    ],
)
def test_rule_vocabulary(label, position, sentence, expected):
    assert role_at(position, sentence, LEXICON) == expected


# --- role files ----------------------------------------------------------------------------------------

GOOD = """
[greeting]
label = "Greeting"
description = "Hello."
exclude = ["=hello kitty"]

[[greeting.rule]]
any = ["=hello", "greetings"]
"""


@pytest.fixture
def write(tmp_path):
    def write_roles(text: str | bytes, name: str = "roles.toml") -> str:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return str(path)

    return write_roles


def test_a_roles_file_replaces_the_builtin_roles(write):
    lexicon = load_roles(write(GOOD))
    assert lexicon == RoleLexicon(
        (Role("greeting", "Greeting", "Hello.", (Rule((("=hello", "greetings"),)),), ("=hello kitty",)),)
    )
    texts = ["Hello, Lakeport.", "Warm greetings.", "Hello Kitty.", "They agreed to stay in close contact."]
    assert sentence_roles(texts, lexicon, ALIASES) == ("greeting", "greeting", None, None)


def test_a_roles_file_may_start_with_a_byte_order_mark(write):
    assert [r.id for r in load_roles(write("\ufeff" + GOOD)).roles] == ["greeting"]


RULE = '[r]\nlabel = "R"\n[[r.rule]]\n'


@pytest.mark.parametrize(
    ("label", "content", "message"),
    [
        ("not TOML", '[r]\nlabel = "R" "S"\n', "not valid TOML, line 2, column 13: "),
        ("TOML cut short", '[r]\nlabel = ["R"\n', "not valid TOML, the end of the file: "),
        ("not UTF-8", b'[r]\nlabel = "p\xeache"\n', "not UTF-8 text; save the roles file as UTF-8"),
        ("no roles", "", "defines no roles"),
        ("a value, not a table", 'greeting = ["hello"]\n', "'greeting' is not a role"),
        ("bad id", '["r & s"]\n[["r & s".rule]]\nany = ["hello"]\n', "a role id may hold only letters"),
        ("unknown role key", '[r]\nterms = ["grain"]\n', "line 1: role 'r': unknown key 'terms'"),
        ("no rules", '[r]\nlabel = "R"\n', "line 1: role 'r': no rules; give it [[r.rule]] tables"),
        (
            "label not a string",
            '[r]\nlabel = 3\n[[r.rule]]\nany = ["grain"]\n',
            "label must be a non-empty string",
        ),
        ("description not a string", "[r]\ndescription = 3\n", "description must be a string"),
        ("exclude not a list", '[r]\nexclude = "grain"\n', "exclude must be a list of words or phrases"),
        (
            "unknown rule key",
            RULE + 'any = ["grain"]\nnear = 3\n',
            "line 3: role 'r', rule 1: unknown key 'near'",
        ),
        ("neither any nor all", RULE + "window = 3\n", "rule 1: give exactly one of any"),
        ("both any and all", RULE + 'any = ["grain"]\nall = [["wheat"]]\n', "give exactly one of any"),
        ("empty any", RULE + "any = []\n", "rule 1: any is empty"),
        ("all not groups", RULE + 'all = ["grain", "wheat"]\n', "all must be a list of term groups"),
        ("an empty group", RULE + 'all = [["grain"], []]\n', "all must be a list of term groups"),
        ("window not a number", RULE + 'any = ["grain"]\nwindow = "4"\n', "window must be a whole number"),
        ("window a boolean", RULE + 'any = ["grain"]\nwindow = true\n', "window must be a whole number"),
        ("first zero", RULE + 'any = ["grain"]\nfirst = 0\n', "first must be a whole number of at least 1"),
        ("max_words negative", RULE + 'any = ["grain"]\nmax_words = -2\n', "max_words must be a whole number"),
        ("unless not a list", RULE + 'any = ["grain"]\nunless = "wheat"\n', "unless must be a list"),
        ("function words only", RULE + 'any = ["of the"]\n', "'of the' has only function words"),
        ("'=' and nothing", RULE + 'any = ["= "]\n', "'= ' has no words after '='"),
        ("'*' inside a word", RULE + 'any = ["=ca*ll"]\n', "'*' may only end a word"),
        ("a lone '*'", RULE + 'any = ["=call *"]\n', "'*' may only end a word"),
        (
            "the second rule",
            RULE + 'any = ["grain"]\n\n[[r.rule]]\nany = ["wheat"]\nfirst = 1.5\n',
            "line 6: role 'r', rule 2: first must be a whole number",
        ),
    ],
)
def test_bad_roles_files(write, label, content, message):
    path = write(content)
    with pytest.raises(InputError) as caught:
        load_roles(path)
    text = str(caught.value)
    assert text.startswith(path) and message in text and "\n" not in text, text


def test_missing_roles_file(tmp_path):
    with pytest.raises(InputError, match="nope.toml: no such roles file"):
        load_roles(tmp_path / "nope.toml")


def test_roles_path_is_a_directory(tmp_path):
    with pytest.raises(InputError, match="is a directory, not a roles file"):
        load_roles(tmp_path)
