"""Property-based tests: generated seeds never crash the tool and always keep the JSON contract.

Seeds are built from random sentences (ASCII words, accents, curly quotes, abbreviations such as "U.S.",
numbers, dates, and now and then NBSP, zero-width spaces, emoji, RTL text, combining marks, control
characters), random header layouts (fields, blog lines, Markdown, upper-case banners), random separators
and random whitespace (CRLF, lone CR, tabs, trailing spaces, blank lines); some are plain garbage.

Example counts (each test's ``max_examples``; the "ci" profile registered below sets no deadline and
no example database):

==============================================  ========
property                                        examples
==============================================  ========
seeds through decode() and compare_text()            300
well-formed fields-layout seeds read as written      100
raw str, CR and lone surrogates, compare_text()      200
every format renders, terminal fits 80 columns       100
decode() on arbitrary bytes                          300
decode() reads UTF-8 text as itself                  300
the CLI on seed files in a temporary folder           30
byte-identical JSON under PYTHONHASHSEED 0, 1, 2   5 seeds
==============================================  ========

Seeds are drawn by one builder (``build_seed``) from either Hypothesis (which shrinks a failure to a
small seed) or a fixed ``random.Random`` (the subprocess determinism test, kept out of Hypothesis for
speed). ``database=None``: no ``.hypothesis`` folder is written.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from readout_diff import cli
from readout_diff.errors import ExitStatus, InputError, ReadoutDiffError
from readout_diff.load.reading import decode
from readout_diff.model import DocumentResult, Result
from readout_diff.pipeline import compare_text
from readout_diff.render import RenderOptions, get, lookup, names
from readout_diff.report import build_report
from readout_diff.schema import schema

from .conftest import DATA, ROOT
from .docx_reading import blocks
from .test_contract import check_contract, check_document

jsonschema = pytest.importorskip("jsonschema")

settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("ci")

T = TypeVar("T")

# ---------------------------------------------------------------------------------------------------
# The seed builder: one set of choices, drawn from Hypothesis or from random.Random.


class Picker(Protocol):
    def choice(self, options: Sequence[T]) -> T: ...
    def integer(self, low: int, high: int) -> int: ...
    def chance(self, percent: int) -> bool: ...
    def garbage(self) -> str: ...


class HypothesisPicker:
    """Choices drawn from Hypothesis: each shrinks toward the first option, the low end, and False."""

    def __init__(self, draw: Callable[[st.SearchStrategy[Any]], Any]) -> None:
        self.draw = draw

    def choice(self, options: Sequence[T]) -> T:
        return self.draw(st.sampled_from(options))

    def integer(self, low: int, high: int) -> int:
        return self.draw(st.integers(low, high))

    def chance(self, percent: int) -> bool:
        return self.draw(st.integers(0, 99)) >= 100 - percent

    def garbage(self) -> str:
        return self.draw(st.text(max_size=12))


class RandomPicker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def choice(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)

    def integer(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def chance(self, percent: int) -> bool:
        return self.rng.randrange(100) < percent

    def garbage(self) -> str:
        return "".join(chr(self.rng.choice([self.rng.randrange(32, 0x250), self.rng.randrange(0x250, 0xD800)]))
                       for _ in range(self.rng.randint(0, 12)))  # fmt: skip


WORDS = (
    "the minister met discussed talks agreed to cooperation on trade security border water energy "
    "both sides delegation president leaders called stressed importance of bilateral relations visit "
    "cheese tariffs dam river basin fishermen interconnector journalist support and with in for a"
).split()
ACCENTED = "Genève café naïve Kélsk Müller São Zürich Ελλάδα Україна Bogotá façade Þingvellir".split()
QUOTED = ["“close”", "‘talks’", "don’t", "«café»", '"quoted"', "'single'", "(aside)", "[12]"]
ABBREVIATIONS = ["U.S.", "D.C.", "U.K.", "Mr.", "Dr.", "Feb.", "p.m.", "a.m.", "No.", "e.g.", "etc.", "St."]
NUMBERS = ["2024", "12:05", "3.5", "1,200", "7", "10%", "$5", "2027", "14th"]
DATES = ["7 February 2024", "June 14, 2024", "2024-02-07", "14.05.2021", "Friday, March 3, 2025", "3 Mar. 2025"]
ODD = [
    "\u00a0", "\u200b", "\ufeff", "😀", "🇺🇸", "مرحبا بكم", "שלום", "e\u0301", "中国", "한국어", "\u202e",
    "\x1b[31m", "\t", "\u2028", "\u0085", "ﬁnal", "\u3000", "…", "—", "–", "•", "#", "*", "_", "`", "<b>", "&amp;",
]  # fmt: skip
ENDINGS = [".", "?", "!", "", "...", "…", ".”", ":", ";"]

COUNTRIES = ["Latveria", "Bozania", "Freedonia", "Sylvania", "Elbonia", "Grand Fenwick", "Côte d’Ivoire", "Ruritania"]
ISSUER_HEADS = [
    "Ministry of Foreign Affairs of", "Department of State of", "Prime Minister's Office of", "Embassy of",
    "Office of the President of", "Federal Chancellery of", "Government of", "Ministry of Trade of",
]  # fmt: skip
PLAIN_ISSUERS = ["The White House", "10 Downing Street", "Ministry of Foreign Affairs", "United States Department of State"]
PLACES = ["Washington DC", "Havana, Republic of Cuba", "Freedonia City", "Vienna", "New Delhi"]
MONTHS = "January February March April May June July August September October November December".split()
SEPARATORS = ["\n\n", "\n", "\n---\n\n", "\n\n* * *\n\n", "\n\n***\n\n", "\n\n###\n\n", "\n\n\n\n"]


def build_word(pick: Picker) -> str:
    kind = pick.integer(0, 99)
    if kind < 60:
        word = pick.choice(WORDS)
    elif kind < 70:
        word = pick.choice(ACCENTED)
    elif kind < 76:
        word = pick.choice(QUOTED)
    elif kind < 84:
        word = pick.choice(ABBREVIATIONS)
    elif kind < 90:
        word = pick.choice(NUMBERS)
    elif kind < 94:
        word = pick.choice(DATES)
    elif kind < 98:
        word = pick.choice(COUNTRIES)
    else:
        word = pick.choice(ODD)
    return word.capitalize() if pick.chance(10) else word


def build_sentence(pick: Picker) -> str:
    words = [build_word(pick) for _ in range(pick.integer(1, 14))]
    if pick.chance(5):
        words.insert(pick.integer(0, len(words)), pick.garbage())
    glue = pick.choice([" ", " ", " ", "  ", "\u00a0", "\n"]) if pick.chance(15) else " "
    sentence = glue.join(words)
    return sentence[:1].upper() + sentence[1:] + pick.choice(ENDINGS)


def build_body(pick: Picker) -> str:
    sentences = [build_sentence(pick) for _ in range(pick.integer(0, 12))]
    paragraphs: list[list[str]] = [[] for _ in range(pick.integer(1, 4))]
    for sentence in sentences:
        paragraphs[pick.integer(0, len(paragraphs) - 1)].append(sentence)
    bullet = pick.choice(["", "", "- ", "* ", "1. "])
    return "\n\n".join(bullet + pick.choice([" ", "\n"]).join(p) for p in paragraphs if p)


def build_date(pick: Picker) -> str:
    year, month, day = pick.integer(1995, 2030), pick.integer(1, 12), pick.integer(1, 31 if pick.chance(5) else 28)
    name = MONTHS[month - 1]
    return pick.choice([
        f"{year}-{month:02}-{day:02}", f"{day} {name} {year}", f"{name} {day}, {year}",
        f"{day:02}.{month:02}.{year}", f"{name[:3]}. {day}, {year}", f"{year}年{month}月{day}日",
    ])  # fmt: skip


def build_issuer(pick: Picker) -> str:
    if pick.chance(25):
        return pick.choice(PLAIN_ISSUERS)
    return f"{pick.choice(ISSUER_HEADS)} {pick.choice(COUNTRIES)}"


def build_title(pick: Picker) -> str:
    words = [build_word(pick) for _ in range(pick.integer(1, 9))]
    return " ".join(words).strip().title() or "Readout"


def build_header(pick: Picker) -> str:
    issuer, title, date = build_issuer(pick), build_title(pick), build_date(pick)
    place = pick.choice(PLACES) if pick.chance(40) else None
    layout = pick.choice(["fields", "blog", "markdown", "banner"])
    if layout == "fields":
        lines = [f"Issuer: {issuer}", f"Date: {date}", f"Title: {title}"]
        if place:
            lines.insert(1, f"Place: {place}")
    elif layout == "blog":
        lines = [pick.choice(["", "/", "| "]) + issuer] + ([place] if place else []) + [date, title]
    elif layout == "markdown":
        lines = [f"{pick.choice(['##', '###', '#'])} {issuer}", "", f"**{title}**", f"_{date}_"]
    else:
        lines = [issuer.upper() + (f", {place.upper()}" if place else ""), title, date]
    if pick.chance(10):
        lines.insert(0, pick.choice(["FOR IMMEDIATE RELEASE", "PRESS RELEASE", "Media Note"]))
    if pick.chance(15):
        lines.pop(pick.integer(1, len(lines) - 1))  # a header missing its date or title
    return "\n".join(lines)


def build_whitespace(pick: Picker, text: str) -> str:
    """``text`` with random line ends, trailing spaces, tabs and blank lines."""
    lines = []
    for line in text.split("\n"):
        if pick.chance(8):
            line += pick.choice([" ", "  ", "\t", " \t "])
        if pick.chance(4):
            line = pick.choice(["\t", "   ", "\u00a0"]) + line
        lines.append(line)
        if pick.chance(4):
            lines.append(pick.choice(["", " ", "\t"]))
    newline = pick.choice(["\n", "\n", "\r\n", "\r"])
    return pick.choice(["", "\n", "\ufeff"]) + newline.join(lines) + pick.choice(["", "\n", "\n\n", "  "])


def build_seed(pick: Picker) -> str:
    if pick.chance(5):
        return pick.garbage() * pick.integer(1, 5)
    parts = []
    if pick.chance(50):
        parts.append(build_title(pick) + pick.choice(["", "...", "\n" + build_sentence(pick)]))
    for _ in range(pick.integer(2, 4)):
        statement = build_header(pick) + pick.choice(["\n\n", "\n"]) + build_body(pick)
        if pick.chance(10):
            statement += "\n" + pick.choice(["(Cubaminrex)", "###", "Source: MFA", "-30-"])
        parts.append(statement)
    text = ""
    for part in parts:
        text += (pick.choice(SEPARATORS) if text else "") + part
    if pick.chance(10):
        at = pick.integer(0, len(text))
        text = text[:at] + pick.garbage() + text[at:]
    return build_whitespace(pick, text)


@st.composite
def seeds(draw: Callable[[st.SearchStrategy[Any]], Any]) -> str:
    return build_seed(HypothesisPicker(draw))


def random_seed(rng: random.Random) -> str:
    """A structured seed (never garbage) for tests that run outside Hypothesis."""
    while True:
        text = build_seed(RandomPicker(rng))
        if len(text) > 40:
            return text


# ---------------------------------------------------------------------------------------------------
# Checks


def validator(ref: str | None = None) -> Any:
    document = schema() if ref is None else {"$schema": schema()["$schema"], "$defs": schema()["$defs"], "$ref": ref}
    return jsonschema.Draft202012Validator(document)


VALIDATOR = validator()
LINE_VALIDATOR = validator("#/$defs/jsonlLine")


def compare_or_error(text: str, encoding: str = "utf-8") -> DocumentResult | None:
    """compare_text's result, or None when it refused the input with a domain error (any other
    exception escapes and fails the test)."""
    try:
        result = compare_text(text, "seed.txt", None, encoding)
    except ReadoutDiffError as exc:
        assert str(exc) and "\n" not in str(exc), "an error message is one line"
        event(f"refused: {str(exc).split(';')[0][:30]}")  # shown by pytest --hypothesis-show-statistics
        return None
    assert isinstance(result, DocumentResult)
    event(f"compared: {len(result.document.statements)} statements")
    return result


def render_json(result: DocumentResult) -> str:
    return get("json")(build_report(Result((result,), ())), RenderOptions())


def check_against_source(data: dict, text: str) -> None:
    """The contract's guarantees, with the source taken from the text given (not from a file)."""
    VALIDATOR.validate(data)
    (document,) = data["documents"]
    check_document(document, text)


def check_result(result: DocumentResult, text: str) -> str:
    """Render the JSON twice (identical), parse it, check it against ``text``; return it."""
    out = render_json(result)
    assert render_json(result) == out, "rendering twice gives identical JSON"
    check_against_source(json.loads(out), text)
    return out


# ---------------------------------------------------------------------------------------------------
# Properties


@settings(max_examples=300)
@given(seed=seeds(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_seeds_keep_the_contract(seed: str, encoding: str) -> None:
    """A seed file's bytes read by decode() and compared: a result that keeps the contract, or a
    domain error; compared again, the same JSON."""
    try:
        data = seed.encode(encoding)
    except UnicodeEncodeError:
        data = seed.encode("utf-8")
    try:
        source = decode(data)
    except InputError:
        return
    result = compare_or_error(source.text, source.encoding)
    if result is None:
        return
    out = check_result(result, source.text)
    assert render_json(compare_text(source.text, "seed.txt", None, source.encoding)) == out


@st.composite
def raw_texts(draw: Callable[[st.SearchStrategy[Any]], Any]) -> str:
    """A seed as a str that no file decodes to: lone CRs kept, lone surrogates sprinkled in."""
    text = build_seed(HypothesisPicker(draw))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(["\ud800", "\udfff", "\udc80", "\ud83d"])) + text[at:]
    return text


@settings(max_examples=200)
@given(text=raw_texts())
def test_compare_text_on_raw_strings(text: str) -> None:
    """compare_text on any str: a result or a domain error, nothing else. Spans index the text as
    cleaned for a file (universal newlines, lone surrogates as U+FFFD): ``document.text``."""
    from readout_diff.load.reading import clean_text

    result = compare_or_error(text)
    if result is not None:
        assert result.document.text == clean_text(text)
        out = check_result(result, result.document.text)
        out.encode("utf-8")  # every report can be written, whatever the characters


@pytest.mark.parametrize("name", ["json", "terminal"])
def test_lone_surrogates_passed_to_compare_text_can_be_written(name: str) -> None:
    text = (DATA / "fields.txt").read_text(encoding="utf-8").replace("morning", "morn\ud800ing")
    result = compare_text(text)
    get(name)(build_report(Result((result,), ())), RenderOptions()).encode("utf-8")


@settings(max_examples=100)
@given(seed=seeds())
def test_every_format_renders(seed: str) -> None:
    """Every registered text format renders the result; JSON Lines validate; the terminal report fits 80
    columns (measured in terminal cells, so wide characters count twice). The Word report, about four
    times slower to write than the text formats together, has its own test below, on fewer examples."""
    from rich.cells import cell_len

    text = decode(seed.encode("utf-8")).text if seed.strip() and "\x00" not in seed else seed
    try:
        result = compare_text(text, "seed.txt")
    except ReadoutDiffError:
        return
    for name in names():
        if lookup(name).binary:
            continue  # test_the_word_report_renders
        for width in (80, 100):
            options = RenderOptions(color=name == "terminal" and width == 100, width=width)
            out = get(name)(build_report(Result((result,), ())), options)
            assert isinstance(out, str) and out
            out.encode("utf-8")
            if name == "terminal" and width == 80:
                too_wide = [line for line in out.split("\n") if cell_len(line) > 80]
                assert not too_wide, f"terminal lines over 80 columns: {too_wide[:3]}"
            if name == "jsonl" and width == 80:
                # Split at "\n" only: str.splitlines() also splits at U+2028 and U+0085, which JSON keeps raw.
                for line in out.split("\n")[:-1]:
                    LINE_VALIDATOR.validate(json.loads(line))


@settings(max_examples=25)
@given(seed=seeds())
def test_the_word_report_renders(seed: str) -> None:
    """Every binary format (the Word report) gives bytes that python-docx reads back, holding every
    sentence's id, whatever characters the seed holds."""
    text = decode(seed.encode("utf-8")).text if seed.strip() and "\x00" not in seed else seed
    try:
        result = compare_text(text, "seed.txt")
    except ReadoutDiffError:
        return
    ids = [statement.sentence_id(k) for statement in result.document.statements
           for k in range(len(statement.sentences))]  # fmt: skip
    for name in (name for name in names() if lookup(name).binary):
        out = get(name)(build_report(Result((result,), ())), RenderOptions())
        assert isinstance(out, bytes)
        found = blocks(out)
        shown = "\n".join(b.text for b in found) + "".join(c for b in found for row in b.rows for c in row)
        assert all(sentence_id in shown for sentence_id in ids)


@st.composite
def field_seeds(draw: Callable[[st.SearchStrategy[Any]], Any]) -> tuple[str, list[str], list[str]]:
    """A well-formed seed in the fields layout (``Issuer:``/``Date:``/``Title:``, ``---`` between
    statements, sentences ending in a full stop): the text, its issuers, and its body sentences."""
    pick = HypothesisPicker(draw)
    parts, issuers, sentences = [], [], []
    for _ in range(pick.integer(2, 4)):
        issuer = build_issuer(pick)
        body = [" ".join(pick.choice(WORDS) for _ in range(pick.integer(2, 10))).capitalize() + "."
                for _ in range(pick.integer(1, 5))]  # fmt: skip
        header = f"Issuer: {issuer}\nDate: {build_date(pick)}\nTitle: {build_title(pick)}"
        parts.append(header + "\n\n" + pick.choice([" ", "\n", "\n\n"]).join(body))
        issuers.append(issuer)
        sentences += body
    return pick.choice(["\n\n---\n\n", "\n\n---\n", "\n---\n"]).join(parts) + "\n", issuers, sentences


@settings(max_examples=100)
@given(seed=field_seeds())
def test_field_seeds_are_read_as_written(seed: tuple[str, list[str], list[str]]) -> None:
    """A well-formed fields-layout seed: every statement found, with its issuer and its sentences."""
    text, issuers, sentences = seed
    document = compare_text(text).document
    assert [s.issuer for s in document.statements] == issuers
    assert [x.text for s in document.statements for x in s.sentences] == sentences


def test_a_separator_right_under_the_last_sentence_is_not_part_of_it() -> None:
    text = (DATA / "fields.txt").read_text(encoding="utf-8").replace("\n\n---\n\n", "\n---\n")
    document = compare_text(text).document
    assert document.statements[0].sentences[-1].text == "They agreed to stay in close contact."


# Found by the properties above with the blog, Markdown and banner layouts (fixed): a Title Case title
# of at most six words was read as the place, so a one-sentence body became the title, the header had no
# body, and the statement was merged into the next one.
_VANISHING = {
    "markdown": "## {issuer}\n\n**{title}**\n_May 5, 2025_\n\n{body}",
    "blog": "{issuer}\nMay 5, 2025\n{title}\n\n{body}",
    "banner": "{issuer_upper}\n{title}\nMay 5, 2025\n\n{body}",
}
_VANISHING_STATEMENTS = [
    ("Ministry of Foreign Affairs of Latveria", "Latveria Hosts Water Talks", "The minister met the delegation of Bozania."),
    ("The White House", "Statement On Water Talks", "The United States welcomes the talks."),
    ("Government of Bozania", "Bozania At Water Talks", "The delegation of Bozania met the minister."),
]


@pytest.mark.parametrize("layout", sorted(_VANISHING))
def test_a_one_sentence_statement_under_a_title_case_title_is_found(layout: str) -> None:
    text = "\n\n".join(
        _VANISHING[layout].format(issuer=issuer, issuer_upper=issuer.upper(), title=title, body=body)
        for issuer, title, body in _VANISHING_STATEMENTS
    )
    document = compare_text(text + "\n").document
    assert [s.issuer.lower() for s in document.statements] == [i.lower() for i, _, _ in _VANISHING_STATEMENTS]
    assert [x.text for s in document.statements for x in s.sentences] == [b for _, _, b in _VANISHING_STATEMENTS]


@settings(max_examples=300)
@given(data=st.binary(max_size=2000))
def test_decode_any_bytes(data: bytes) -> None:
    """decode() on any bytes: text with universal newlines and no lone surrogate or NUL, or InputError."""
    try:
        source = decode(data)
    except InputError as exc:
        assert str(exc)
        return
    assert "\r" not in source.text and "\x00" not in source.text
    assert not any("\ud800" <= c <= "\udfff" for c in source.text)
    source.text.encode("utf-8")


@settings(max_examples=300)
@given(text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")))
def test_decode_reads_utf8_text_as_itself(text: str) -> None:
    """UTF-8 bytes read back as the text they encode (a BOM dropped, universal newlines), unless they
    start like a binary format (a PDF's ``%PDF``, a GIF's ``GIF8``)."""
    try:
        source = decode(text.encode("utf-8"))
    except InputError:
        assert text.startswith(("%PDF", "GIF8")), f"UTF-8 text refused: {text!r}"
        return
    assert source.encoding == "utf-8"
    assert source.text == text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


@settings(max_examples=30)
@given(seed=seeds(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]), format_name=st.sampled_from(["json", "jsonl"]))
def test_cli_on_seed_files(seed: str, encoding: str, format_name: str) -> None:
    """The command on a seed file: exit 0 with the document, or exit 2 with one error line; never a
    traceback or an internal error; the JSON keeps the contract (checked against the file itself)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "seed.txt"
        path.write_bytes(seed.encode(encoding))
        result = CliRunner().invoke(cli.main, ["-f", format_name, str(path)])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert result.exit_code in (ExitStatus.OK, ExitStatus.INPUT_ERROR)
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr
        if format_name == "jsonl":
            (line,) = result.stdout.split("\n")[:-1]
            LINE_VALIDATOR.validate(json.loads(line))
            return
        data = json.loads(result.stdout)
        VALIDATOR.validate(data)
        if result.exit_code == ExitStatus.OK:
            assert len(data["documents"]) == 1 and not data["errors"] and not result.stderr
            check_against_source(data, decode(path.read_bytes()).text)
            if encoding != "utf-16":
                check_contract(data)  # the shared check reads the file itself, as UTF-8
        else:
            assert not data["documents"] and len(data["errors"]) == 1
            assert result.stderr == f"readout-diff: {path}: {data['errors'][0]['message']}\n"


def test_json_is_byte_identical_under_hash_seeds(tmp_path: Path) -> None:
    """Five generated seeds (a fixed random.Random, not Hypothesis) compared by ``python -m
    readout_diff`` under PYTHONHASHSEED 0, 1 and 2: the same bytes every time."""
    rng = random.Random(20240207)
    paths = []
    for n in range(5):
        path = tmp_path / f"seed{n}.txt"
        path.write_bytes(random_seed(rng).encode("utf-8"))
        paths.append(str(path))
    outputs = set()
    for hash_seed in ("0", "1", "2"):
        run = subprocess.run(
            [sys.executable, "-m", "readout_diff", "--format", "json", *paths],
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            cwd=ROOT,
            timeout=120,
            check=False,
        )
        assert run.returncode in (ExitStatus.OK, ExitStatus.INPUT_ERROR), run.stderr
        assert b"internal error" not in run.stderr
        outputs.add(run.stdout)
    assert len(outputs) == 1
    data = json.loads(outputs.pop())
    assert len(data["documents"]) >= 3, "most generated seeds parse (else this test checks little)"
    check_contract(data)
