"""The country table (data/countries.toml): every UN member state in it, each written form one country's."""

from __future__ import annotations

import tomllib
from collections import Counter
from importlib import resources

import pytest

from readout_diff.analyse.mentions import _country_table, resolve_participants
from readout_diff.model import Header, Sentence, Statement
from readout_diff.text.aliases import builtin_aliases
from readout_diff.text.countries import country_names
from readout_diff.text.titles import statement_titles

ENTRY_KEYS = {"name", "names", "adjectives", "regions"}

# The 193 UN member states as the UN lists them, "Name (Qualifier of)" written "Qualifier of Name".
# The UN's short name "Congo" is written "Republic of the Congo": the table leaves "Congo" out (it is
# either Congo's).
UN_MEMBERS = [
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina",
    "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
    "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Plurinational State of Bolivia",
    "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei Darussalam", "Bulgaria", "Burkina Faso",
    "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad",
    "Chile", "China", "Colombia", "Comoros", "Republic of the Congo", "Costa Rica", "Côte d'Ivoire",
    "Croatia", "Cuba", "Cyprus", "Czechia", "Democratic People's Republic of Korea",
    "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic",
    "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini",
    "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana",
    "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
    "Hungary", "Iceland", "India", "Indonesia", "Islamic Republic of Iran", "Iraq", "Ireland",
    "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kuwait",
    "Kyrgyzstan", "Lao People's Democratic Republic", "Latvia", "Lebanon", "Lesotho", "Liberia",
    "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
    "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico",
    "Federated States of Micronesia", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
    "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger",
    "Nigeria", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea",
    "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Republic of Korea",
    "Republic of Moldova", "Romania", "Russian Federation", "Rwanda", "Saint Kitts and Nevis",
    "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa", "San Marino", "São Tomé and Príncipe",
    "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia",
    "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Sudan", "Spain", "Sri Lanka",
    "Sudan", "Suriname", "Sweden", "Switzerland", "Syrian Arab Republic", "Tajikistan", "Thailand",
    "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Türkiye", "Turkmenistan",
    "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates",
    "United Kingdom of Great Britain and Northern Ireland", "United Republic of Tanzania",
    "United States of America", "Uruguay", "Uzbekistan", "Vanuatu",
    "Bolivarian Republic of Venezuela", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
]  # fmt: skip
UN_MEMBER_COUNT = 193

# The two observer states, the EU and places readouts name beside countries.
OTHERS = [
    "Holy See", "State of Palestine", "European Union", "Taiwan", "Kosovo", "Hong Kong", "Macao",
    "Western Sahara", "Greenland",
]  # fmt: skip

# Forms left out because they name more than one place (or are common words in another sense).
LEFT_OUT = [
    "Guinean", "Congo", "Congolese", "Dominican", "Korea", "Korean", "Sudanese", "Samoan", "European",
    "Macedonia", "Macedonian", "Micronesian", "Central African", "Republic of China", "Persian",
    "Khmer", "Malay", "Serb", "Bengali", "Moldavian",
]  # fmt: skip


def _entries() -> list[dict]:
    text = resources.files("readout_diff").joinpath("data", "countries.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["country"]


ENTRIES = _entries()


def _forms(entry: dict) -> list[str]:
    """Every written form of one entry, its name first (a name may be its own adjective: "New Zealand")."""
    return list(dict.fromkeys((entry["name"], *entry.get("names", []), *entry.get("adjectives", []))))


def _country_of(written: str) -> str | None:
    """The entry name ``written`` is read as: the alias table's canonical form, then the table's forms."""
    canonical = " ".join(builtin_aliases().apply(written).split())
    return next((e["name"] for e in ENTRIES if canonical in _forms(e)), None)


def test_un_member_list_is_complete() -> None:
    assert len(UN_MEMBERS) == UN_MEMBER_COUNT
    assert len(set(UN_MEMBERS)) == UN_MEMBER_COUNT


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.get("name", "?"))
def test_entry_shape(entry: dict) -> None:
    assert set(entry) <= ENTRY_KEYS, f"unknown keys {set(entry) - ENTRY_KEYS}"
    assert isinstance(entry.get("name"), str) and entry["name"].strip() == entry["name"] != ""
    for key in ("names", "adjectives", "regions"):
        forms = entry.get(key, [])
        assert forms != [] or key not in entry, f"empty {key}: leave it out"
        assert all(isinstance(f, str) and f.strip() == f != "" for f in forms)
        assert len(forms) == len(set(forms)), f"{key} repeats a form"
    assert entry["name"] not in entry.get("names", []), "the name is repeated in names"


def test_every_form_is_one_country() -> None:
    owners: dict[str, set[str]] = {}
    for entry in ENTRIES:
        for form in _forms(entry):
            owners.setdefault(form, set()).add(entry["name"])
    shared = {form: names for form, names in owners.items() if len(names) > 1}
    assert not shared
    assert len(_country_table().names) == len(ENTRIES), "two names fold to one key in mentions.py"


def test_no_adjective_is_another_country_name() -> None:
    names = {n: e["name"] for e in ENTRIES for n in (e["name"], *e.get("names", []))}
    clashes = [
        (a, e["name"], names[a])
        for e in ENTRIES
        for a in e.get("adjectives", [])
        if names.get(a, e["name"]) != e["name"]
    ]
    assert not clashes


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["name"])
def test_forms_are_read_as_their_country(entry: dict) -> None:
    """Each form, written alone, is read whole and as its own country (where one form holds another,
    the longer is read: "Equatorial Guinea" is not "Guinea"), and the alias table leaves names and
    adjectives alone (it would rewrite them first)."""
    table = _country_table()
    key = next(k for k, name in table.names.items() if name == entry["name"])
    for form in _forms(entry):
        found = table.phrases.search(form)
        assert found is not None and found == (0, len(form), form), f"{form!r} read as {found!r}"
        assert table.forms[found[2]] == key, f"{form!r} read as {table.forms[found[2]]!r}"
    for form in (*entry.get("names", []), *entry.get("adjectives", [])):
        assert builtin_aliases().spans(form) == [], f"the alias table rewrites {form!r}: leave it out"
    for _, _, canonical in builtin_aliases().spans(entry["name"]):
        assert canonical.strip() == entry["name"], "a name the alias table rewrites: use its canonical form"


@pytest.mark.parametrize("written", UN_MEMBERS)
def test_un_member_is_listed(written: str) -> None:
    assert _country_of(written) is not None


def test_un_members_are_distinct_entries() -> None:
    found = Counter(_country_of(w) for w in UN_MEMBERS)
    assert [name for name, n in found.items() if n > 1] == []


@pytest.mark.parametrize("written", OTHERS)
def test_other_place_is_listed(written: str) -> None:
    assert _country_of(written) is not None


@pytest.mark.parametrize("form", LEFT_OUT)
def test_ambiguous_form_is_left_out(form: str) -> None:
    assert all(form not in _forms(e) for e in ENTRIES)


# (label, a made-up statement's sentence, the key its side is read as)
SIDES = [
    ("an adjective far from the name", "The Ivorian side welcomed the talks.", "side:cote-d'ivoire"),
    (
        "a longer form over a shorter one",
        "The Equatorial Guinean delegation spoke.",
        "side:equatorial-guinea",
    ),
    ("not read as Turkey", "The Turkish Cypriot side agreed.", "side:northern-cyprus"),
    ("a nation of the UK", "The Northern Irish delegation spoke.", "side:uk"),
    ("a name written before 'side'", "The Guinea-Bissau delegation spoke.", "side:guinea-bissau"),
    ("a left-out adjective is no listed country", "The Congolese side left.", "side:congolese"),
]


@pytest.mark.parametrize(("label", "text", "key"), SIDES, ids=[c[0] for c in SIDES])
def test_side_is_read_with_the_table(label: str, text: str, key: str) -> None:
    issuer = "Ministry of Foreign Affairs of Sylvania"
    statement = Statement("a", Header(issuer), 0, len(text), (Sentence(text, 0, len(text)),))
    table = builtin_aliases()
    resolved = resolve_participants([statement], [statement_titles(statement, table)], table)
    assert [m.key for m in resolved[0][0]] == [key]


def test_country_names_are_folded_and_hold_the_alias_tables_names_for_a_country():
    names = country_names()
    assert {"turkiye", "republic of turkiye", "russian federation", "cote d'ivoire"} <= names
    assert all(name == name.lower() for name in names)
