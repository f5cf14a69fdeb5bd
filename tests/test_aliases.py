"""The alias table: built-in entries, one-pass rewriting as before, user files, errors; bare titles resolved (titles.py)."""

from __future__ import annotations

import pickle
import random
import re
import unicodedata
from dataclasses import replace

import pytest

from readout_diff.errors import InputError
from readout_diff.options import Options
from readout_diff.text.aliases import AliasTable, builtin_aliases, load_aliases
from readout_diff.text.normalize import _BOUND_PREFIX, apply_aliases, content_stems, tokenize
from readout_diff.text.titles import read_titles

# The table as it was written in normalize.py before it moved to data/aliases.toml, applied the old
# way (one substitution per pattern, in order): the one-pass table must rewrite exactly as it did.
_OLD = tuple(
    (re.compile(pattern, flags), replacement)
    for pattern, replacement, flags in (
        (r"\bU\.\s?S\.(?:\s?A\.)?|\bU\.S\b|\bUSA\b|\bUS\b", " US ", 0),
        (r"\bUnited\s+States(?:\s+of\s+America)?\b|\bAmerica\b", " US ", re.IGNORECASE),
        (r"\bD\.\s?C\.|\bD\.C\b", " DC ", 0),
        (
            r"\bU\.\s?K\.|\bUnited\s+Kingdom(?:\s+of\s+Great\s+Britain\s+and\s+Northern\s+Ireland)?\b",
            " UK ",
            re.IGNORECASE,
        ),
        (r"\b(?:Great\s+)?Britain\b|\bBritish\b", " UK ", 0),
        (r"\bPMs?\b", " Prime Minister ", 0),
        (r"\bPeople['’]s\s+Republic\s+of\s+China\b|\bPRC\b", " China ", 0),
        (r"\bDPRK\b|\bDemocratic\s+People['’]s\s+Republic\s+of\s+Korea\b", " North Korea ", 0),
        (r"\bE\.U\.|\bEuropean\s+Union\b", " EU ", 0),
        (r"\bU\.N\.|\bUnited\s+Nations\b", " UN ", 0),
        (r"\b(de|co|re|non|pre|anti|multi|inter|post|sub|counter|cross|self)-(?=[a-z])", r"\1", re.IGNORECASE),
    )
)


def old_apply(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for pattern, replacement in _OLD:
        text = pattern.sub(replacement, text)
    return text


# Pieces of made-up sentences: every old alias in several spellings and cases, near misses, words.
_PIECES = (
    "U.S.", "U. S.", "U.S.A.", "U. S. A.", "U.S. A.", "U.S", "USA", "US", "us", "Us", "USAID", "USB",
    "United States", "united states", "UNITED STATES", "United  States", "United\nStates",
    "United States of America", "United States of Americas", "America", "american", "Americas",
    "South America", "D.C.", "D. C.", "D.C", "DC", "dc", "U.K.", "u.k.", "U. K.", "UK", "Ukraine",
    "United Kingdom", "united kingdom", "United Kingdom of Great Britain and Northern Ireland",
    "United Kingdom of Great Britain", "Great Britain", "Britain", "British", "britain", "Britons",
    "PM", "PMs", "pm", "p.m.", "12:05 PM", "PMO", "People's Republic of China", "People’s Republic of China",
    "people's republic of china", "PRC", "PRCs", "DPRK", "Democratic People's Republic of Korea",
    "Democratic People’s Republic of Korea", "E.U.", "e.u.", "European Union", "european union", "EU",
    "U.N.", "United Nations", "united nations", "UN", "UNESCO", "de-escalation", "co-operation",
    "Re-engage", "non-proliferation", "pre-war", "counter-terrorism", "self-reliance", "multi-lateral",
    "anti-Sylvanian", "Sylvania", "Freedonia", "the", "and", "with", "met", "in", "Washington",
    "law enforcement", "U.S.-Sylvania", "US-led", "UN-backed", "EU-Freedonia", "Mr.", "A.", "S.", "U", "S",
    "K", "E.", "N.", "12:05", "2024", "Ms. Varga", "Lakeport", "co-chaired", "de", "co", "-",
)
_GLUE = (" ", " ", " ", "  ", ", ", "; ", " – ", "-", "/", " (", ") ", "\n", "'s ", "’s ", ". ", ": ", " \u00a0")


def made_up_sentences(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(1, 12))]
        out.append("".join(w + rng.choice(_GLUE) for w in words).strip() + rng.choice((".", "", "?")))
    return out


_WRITTEN = [
    "On February 7, U.S. and Sylvanian officials met in Washington, D.C. to discuss law enforcement.",
    "The United States of America and the People's Republic of China discussed the DPRK.",
    "The PM met the U.K. Foreign Secretary and the E.U. High Representative at the U.N. in New York.",
    "Britain and the European Union agreed on de-escalation; the UN welcomed co-operation.",
    "The U. S. A. and Great Britain pressed the Democratic People’s Republic of Korea on non-proliferation.",
    "America's allies and British officials met the PMs of Freedonia and Sylvania at 12:05 PM.",
    "The U.S-Freedonia talks followed the US-led initiative on counter-terrorism.",
]


@pytest.mark.parametrize("text", _WRITTEN)
def test_one_pass_rewrites_exactly_as_the_old_table(text):
    assert apply_aliases(text, builtin_aliases()) == old_apply(text)


# The one place the two differ: two aliases overlapping. One pass reads the leftmost ("E.U." of
# "E.U. S."); the old passes let the earlier pattern win ("U. S."). No readout writes that.
_OVERLAP = re.compile(r"E\.U\.\s?[SK]")


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_one_pass_rewrites_exactly_as_the_old_table_on_made_up_sentences(seed):
    sentences = [t for t in made_up_sentences(4000, seed) if not _OVERLAP.search(t)]
    differ = [t for t in sentences if apply_aliases(t, builtin_aliases()) != old_apply(t)]
    assert not differ, differ[:3]


def test_overlapping_aliases_read_leftmost():
    assert apply_aliases("E.U. S. Korea", builtin_aliases()) == " EU  S. Korea"
    assert old_apply("E.U. S. Korea") == "E. US  Korea"


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        ("dotted US", "U.S. officials", " US  officials"),
        ("United States of America", "the United States of America", "the  US "),
        ("us is a pronoun", "join us", "join us"),
        ("DC", "Washington, D.C.", "Washington,  DC "),
        ("UK spelled out", "the United Kingdom", "the  UK "),
        ("Britain", "Great Britain", " UK "),
        ("PM", "the PM said", "the  Prime Minister  said"),
        ("PRC with a curly apostrophe", "the People’s Republic of China", "the  China "),
        ("DPRK", "Democratic People's Republic of Korea", " North Korea "),
        ("not the Republic of Korea inside DPRK", "the Democratic People's Republic of Korea", "the  North Korea "),
        ("ROK", "the Republic of Korea", "the  South Korea "),
        ("Russian Federation", "the Russian Federation", "the  Russia "),
        ("UAE", "the United Arab Emirates", "the  UAE "),
        ("G-7", "the G-7 summit", "the  G7  summit"),
        ("bound prefix kept in code", "de-escalation", "deescalation"),
    ],
)
def test_builtin_entries(label, text, expected):
    assert apply_aliases(text, builtin_aliases()) == expected


def test_builtin_table_is_frozen_hashable_picklable():
    table = builtin_aliases()
    again = pickle.loads(pickle.dumps(table))
    assert again == table and hash(again) == hash(table)
    assert again.apply("U.S. and U.K.") == table.apply("U.S. and U.K.")
    with pytest.raises(AttributeError):
        table.entries = ()  # type: ignore[misc]
    options = replace(Options(), aliases=table) if "aliases" in Options.__dataclass_fields__ else Options()
    assert pickle.loads(pickle.dumps(options)) == options


def write(tmp_path, text: str, name: str = "aliases.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_file_extends_the_builtin_table(tmp_path):
    table = load_aliases(write(tmp_path, '[[alias]]\ncanonical = "Sylvania"\nvariants = ["Sylvanian Republic", "SR"]\n'))
    assert table.apply("the Sylvanian Republic and the SR") == "the  Sylvania  and the  Sylvania "
    assert table.apply("U.S.") == " US "  # the built-in entries stay
    assert len(table) == len(builtin_aliases()) + 1


def test_a_user_entry_wins_over_a_builtin_one_at_the_same_place(tmp_path):
    table = load_aliases(write(tmp_path, '[[alias]]\ncanonical = "USVI"\nvariants = ["US Virgin Islands"]\n'))
    assert table.apply("the US Virgin Islands") == "the  USVI "


def test_replace_uses_the_user_entries_alone(tmp_path):
    text = 'replace = true\n[[alias]]\ncanonical = "Freedonia"\nvariants = ["fdn"]\nignore_case = true\n'
    table = load_aliases(write(tmp_path, text))
    assert table.apply("FDN and U.S.") == " Freedonia  and U.S."


def test_regex_entries(tmp_path):
    text = '[[alias]]\ncanonical = "Sylvania"\nvariants = [\'\\bSylvan(?:ia|ian\\s+Republic)\\b\']\nregex = true\n'
    table = load_aliases(write(tmp_path, text))
    assert table.apply("Sylvanian Republic, Sylvania") == " Sylvania ,  Sylvania "


def test_tokenize_reads_with_the_table_it_is_given(tmp_path):
    table = load_aliases(write(tmp_path, '[[alias]]\ncanonical = "Sylvania"\nvariants = ["SR"]\n'))
    assert content_stems("SR delegation", builtin_aliases()) == ["sr", "deleg"]
    assert content_stems("SR delegation", table) == ["sylvania", "deleg"]
    assert tokenize("SR delegation", builtin_aliases()) != tokenize("SR delegation", table)
    assert tokenize("SR delegation", AliasTable()) == tokenize("SR delegation", AliasTable())


@pytest.mark.parametrize(
    ("label", "text", "message"),
    [
        ("TOML syntax", '[[alias]]\ncanonical = X\nvariants = ["a"]\n', r"aliases\.toml: not valid TOML: .*line 2"),
        ("TOML unclosed", '[[alias]]\ncanonical = "X"\nvariants = ["a"\n', r"not valid TOML: Unclosed array"),
        ("unknown top key", 'aliases = []\n', r"unknown key 'aliases'"),
        ("replace not a bool", 'replace = "yes"\n', r"'replace' must be true or false"),
        ("alias not tables", 'alias = ["x"]\n', r"'alias' must be a list of tables"),
        ("no canonical", '[[alias]]\nvariants = ["a"]\n', r"aliases\.toml, line 1: \[\[alias\]\] needs canonical"),
        ("no variants", '[[alias]]\ncanonical = "X"\n', r"line 1: alias 'X' needs variants"),
        ("variants a string", '[[alias]]\ncanonical = "X"\nvariants = "a"\n', r"needs variants = \["),
        ("empty variant", '[[alias]]\ncanonical = "X"\nvariants = [""]\n', r"non-empty strings"),
        ("unknown entry key", '[[alias]]\ncanonical = "X"\nvariants = ["a"]\ncase = 1\n', r"unknown key 'case'"),
        ("flag not a bool", '[[alias]]\ncanonical = "X"\nvariants = ["a"]\nregex = 1\n', r"regex must be true or false"),
        (
            "bad regex, second entry",
            '[[alias]]\ncanonical = "Y"\nvariants = ["y"]\n\n[[alias]]\ncanonical = "X"\nvariants = ["(a"]\nregex = true\n',
            r"line 5: alias 'X': '\(a' is not a valid regular expression",
        ),
        ("backreference", '[[alias]]\ncanonical = "X"\nvariants = [\'(a)\\1\']\nregex = true\n', r"backreference"),
        ("named group", '[[alias]]\ncanonical = "X"\nvariants = [\'(?P<n>a)\']\nregex = true\n', r"named group"),
        ("empty match", '[[alias]]\ncanonical = "X"\nvariants = [\'a*\']\nregex = true\n', r"empty string"),
    ],
)
def test_bad_files_raise_one_line_input_errors(tmp_path, label, text, message):
    path = write(tmp_path, text)
    with pytest.raises(InputError, match=message) as caught:
        load_aliases(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


def test_unreadable_files(tmp_path):
    with pytest.raises(InputError, match="no such alias file"):
        load_aliases(tmp_path / "missing.toml")
    with pytest.raises(InputError, match="is a folder"):
        load_aliases(tmp_path)
    (tmp_path / "latin1.toml").write_bytes('[[alias]]\ncanonical = "Sylvanía"\nvariants = ["S"]\n'.encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        load_aliases(tmp_path / "latin1.toml")


def test_the_builtin_file_is_valid_and_documented():
    table = builtin_aliases()
    assert all(e.canonical and e.variants for e in table.entries)
    assert _BOUND_PREFIX.pattern not in {e.pattern for e in table.entries}


# --- bare titles ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("label", "issuer", "title", "texts", "expected"),
    [
        (
            "one person named with the title",
            "Ministry of Foreign Affairs of Freedonia",
            "",
            ["Prime Minister Anna Varga of Sylvania visited Lakeport.", "The Prime Minister thanked her hosts."],
            {"Prime Minister": "Prime Minister Anna Varga"},
        ),
        (
            "the shortest name written",
            "Embassy of Freedonia",
            "",
            ["Secretary of State Tomas Brel arrived.", "Secretary Brel met students.", "The Secretary said so."],
            {"Secretary": "Secretary Brel"},
        ),
        (
            "two prime ministers: ambiguous",
            "Ministry of Foreign Affairs of Freedonia",
            "",
            ["Prime Minister Varga met Prime Minister Kallo.", "The Prime Minister stressed trade."],
            {},
        ),
        (
            "the issuer's own principal is unnamed: nothing resolved",
            "Prime Minister's Office",
            "PM call with Prime Minister Varga of Sylvania",
            ["The Prime Minister spoke to Prime Minister Varga of Sylvania.", "The Prime Minister said more."],
            {},
        ),
        (
            "the issuer's own principal named first",
            "Office of the Prime Minister of Freedonia",
            "Prime Minister Ilse Kuran speaks with Prime Minister of Sylvania Anna Varga",
            ["Today, Prime Minister Ilse Kuran spoke with Prime Minister Varga.", "The Prime Minister noted it."],
            {"Prime Minister": "Prime Minister Ilse Kuran"},
        ),
        (
            "an apposition names the principal",
            "Office of the Prime Minister of Freedonia",
            "",
            ["Today, the Prime Minister, Ilse Kuran, spoke with Anna Varga, Prime Minister of Sylvania.",
             "The Prime Minister raised fishing rights."],
            {"Prime Minister": "Prime Minister Ilse Kuran"},
        ),
        (
            "named beside the bare title: two people",
            "Embassy of Freedonia",
            "",
            ["Prime Minister Varga thanked the Prime Minister for his leadership."],
            {},
        ),
        (
            "an Assistant Secretary is no Secretary",
            "Embassy of Freedonia",
            "",
            ["Assistant Secretary Pell led the delegation.", "The Secretary sent a message."],
            {},
        ),
        (
            "the Minister is the one Foreign Minister",
            "Embassy of Freedonia",
            "",
            ["Foreign Minister Ilse Kuran met the press.", "The Minister stressed the dam."],
            {"Minister": "Foreign Minister Ilse Kuran"},
        ),
        (
            "the issuer names the person",
            "Office of President Tomas Brel",
            "",
            ["The President welcomed President Lind of Sylvania.", "The President stressed trade."],
            {"President": "President Tomas Brel"},
        ),
    ],
)
def test_read_titles(label, issuer, title, texts, expected):
    assert dict(read_titles(texts, issuer, title, builtin_aliases()).resolved) == expected


@pytest.mark.parametrize(
    ("text", "stems"),
    [
        ("visas, e.g. for students", ["visa", "student"]),  # an abbreviation's letters are no words
        ("energy (i.e. hydrogen)", ["energi", "hydrogen"]),
        ("I thanked him for the grain", ["thank", "grain"]),  # the pronoun
        ("Plan B and Joseph R. Biden", ["plan", "b", "joseph", "r", "biden"]),  # a capital alone: an initial
    ],
)
def test_single_letters_that_are_no_content_words(text, stems):
    assert content_stems(text, builtin_aliases()) == stems
