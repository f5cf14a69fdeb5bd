"""Readouts as people have them, through the command line: one file per side (``--pair``), seeds that are
web pages, PDFs or Word files, the text spans index (``--format text``) and bad inputs.

Every readout is made up: Latveria's saved page (tests/data/documents/latveria.html) and Sylvania's
readout of the same meeting, written here as a two-page PDF with a running header, page numbers and a
word hyphenated across lines (fpdf2), and as Word and text files.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from readout_diff import cli
from readout_diff.errors import ExitStatus
from readout_diff.load.extract import Metadata, SourceKind
from readout_diff.load.inputs import issuer_from_file_name, issuer_from_metadata
from readout_diff.model import ISSUER_FROM
from readout_diff.report import ISSUER_FROM_NOTES, KINDS
from readout_diff.schema import schema

from .conftest import DATA
from .test_extract import _encrypted_pdf, _zip  # the same made-up bad files as the readers' tests

pytest.importorskip("trafilatura", reason="the 'html' extra is not installed")
pytest.importorskip("pdfminer", reason="the 'pdf' extra is not installed")
docx = pytest.importorskip("docx", reason="the 'docx' extra is not installed")
fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) is not installed")
jsonschema = pytest.importorskip("jsonschema")

DOCUMENTS = DATA / "documents"
PAGE = DOCUMENTS / "latveria.html"
LATVERIA = "Ministry of Foreign Affairs of Latveria"
SYLVANIA = "Ministry of Foreign Affairs of the Republic of Sylvania"

# Sylvania's readout as it reads in plain text, and as it is laid out on two pages: (font size, lines)
# per block. "co-" ends a line (a line-break hyphen); the fourth paragraph goes on over the page break.
SYLVANIA_TEXT = """\
Foreign Minister Trentino visits Doomstadt

14 May 2025

Foreign Minister Pavel Trentino paid a working visit to Doomstadt, where he held talks with the Minister of Foreign Affairs of Latveria, Anna Vorn.

The ministers agreed that cooperation on river management must continue and that the border crossing at Kelsk should reopen to freight traffic before the summer.

Minister Trentino raised the question of fishing rights in the northern bay.

Minister Trentino invited Minister Vorn to visit Sylvania. The invitation was accepted with thanks.
"""
SYLVANIA_PAGES = [
    [
        (16, ["Foreign Minister Trentino visits Doomstadt"]),
        (11, ["14 May 2025"]),
        (11, [
            "Foreign Minister Pavel Trentino paid a working visit to Doomstadt, where he held talks",
            "with the Minister of Foreign Affairs of Latveria, Anna Vorn.",
        ]),
        (11, [
            "The ministers agreed that co-",
            "operation on river management must continue and that the border crossing at Kelsk",
            "should reopen to freight traffic before the",
        ]),
    ],
    [
        (11, ["summer."]),
        (11, ["Minister Trentino raised the question of fishing rights in the northern bay."]),
        (11, [
            "Minister Trentino invited Minister Vorn to visit Sylvania. The invitation was accepted",
            "with thanks.",
        ]),
    ],
]  # fmt: skip


def sylvania_pdf(author: str | None = SYLVANIA, pages=SYLVANIA_PAGES) -> bytes:
    """Sylvania's readout as a PDF: a running header and "Page n of 2" on each page, ``author`` in its
    properties."""
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title("Foreign Minister Trentino visits Doomstadt")
    if author:
        pdf.set_author(author)
    pdf.set_creation_date(dt.datetime(2025, 5, 15, 9, 0, tzinfo=dt.UTC))
    for number, blocks in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.text(72, 40, "Republic of Sylvania - Press Service")
        pdf.set_font("Helvetica", size=9)
        pdf.text(280, 805, f"Page {number} of {len(pages)}")
        y = 100.0
        for size, lines in blocks:
            pdf.set_font("Helvetica", size=size)
            for line in lines:
                pdf.text(72, y, line)
                y += size * 1.25
            y += 11 * 0.8
    return bytes(pdf.output())


def word_file(paragraphs: list[str], company: str | None = None) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if company:
        document.core_properties.author = company
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli.main, list(args), input=input)


def read_texts(output: str) -> dict[str, tuple[str, str]]:
    """``--format text`` read back: each input's path -> (kind, text), taking exactly the number of
    characters its header line gives."""
    header = re.compile(r"==> (.*) \((\w+), (\d+) characters\) <==\n")
    texts, position = {}, 0
    while position < len(output):
        found = header.match(output, position)
        assert found, f"no header line at {position}: {output[position : position + 80]!r}"
        start = found.end()
        end = start + int(found[3])
        texts[found[1]] = (found[2], output[start:end])
        position = end + (not output[start:end].endswith("\n"))
    return texts


def check_spans(data: dict, texts: dict[str, tuple[str, str]]) -> None:
    """Every span of the JSON report indexes the text of its statement's input, as --format text gives
    it: statements, sentences, conflicts' and speakers' mentions; every sentence is in each comparison
    once."""
    for document in data["documents"]:
        owner, text_of = {}, {}
        for statement in document["statements"]:
            kind, text = texts[statement["input"]["path"]]
            assert kind == statement["input"]["kind"]
            start, end = statement["span"]
            assert 0 <= start < end <= len(text)
            for sentence in statement["sentences"]:
                s, e = sentence["span"]
                assert start <= s < e <= end and text[s:e] == sentence["text"]
                owner[sentence["id"]], text_of[sentence["id"]] = statement["id"], text
        for comparison in document["comparisons"]:
            placed = [i for m in comparison["matches"] for i in m["left"] + m["right"]]
            placed += [i for only in comparison["only"].values() for i in only]
            assert sorted(placed) == sorted(i for i, o in owner.items() if o in comparison["statements"])
            mentions = [c[side] for c in comparison["conflicts"] for side in comparison["statements"]]
            mentions += [
                m for speakers in comparison["speakers"].values() for s in speakers for m in s["mentions"]
            ]
            for mention in mentions:
                s, e = mention["span"]
                assert text_of[mention["sentence"]][s:e] == mention["text"]


@pytest.fixture
def sides(tmp_path) -> Path:
    """Latveria's saved page and Sylvania's PDF of the same meeting, in ``tmp_path``."""
    shutil.copy(PAGE, tmp_path / "latveria.html")
    (tmp_path / "sylvania.pdf").write_bytes(sylvania_pdf())
    return tmp_path


# --- one file per side -------------------------------------------------------------------------------


def test_a_page_and_a_pdf_compared_end_to_end(sides, monkeypatch):
    monkeypatch.chdir(sides)
    result = run("--pair", "latveria.html", "sylvania.pdf", "-f", "json")
    assert result.exit_code == ExitStatus.OK, result.stderr
    data = json.loads(result.stdout)
    jsonschema.Draft202012Validator(schema()).validate(data)
    [document] = data["documents"]
    assert (document["source"], document["encoding"], document["title"]) == (
        "latveria.html + sylvania.pdf",
        None,
        None,
    )
    page, pdf = document["statements"]
    assert [page["id"], pdf["id"]] == ["s1", "s2"]
    assert page["input"] == {
        "path": "latveria.html",
        "kind": "html",
        "encoding": "utf-8",
        "issuer_from": "metadata",
    }
    assert pdf["input"] == {
        "path": "sylvania.pdf",
        "kind": "pdf",
        "encoding": None,
        "issuer_from": "metadata",
    }
    # The header fields the text gives (the PDF's date line, both titles); the page's date from its markup.
    assert (page["issuer"], page["date"], page["title"]) == (
        LATVERIA,
        "2025-05-14",
        "Foreign Minister Vorn meets Sylvanian counterpart in Doomstadt",
    )
    assert (pdf["issuer"], pdf["date"], pdf["title"]) == (
        SYLVANIA,
        "2025-05-14",
        "Foreign Minister Trentino visits Doomstadt",
    )
    # The PDF's sentences are its plain original's: the hyphen joined, headers and page numbers gone.
    assert pdf["sentences"][1]["text"].startswith("The ministers agreed that cooperation on river management")
    assert not any("Press Service" in s["text"] or "Page" in s["text"] for s in pdf["sentences"])
    assert [m["left"] + m["right"] for m in document["comparisons"][0]["matches"]][-1] == ["s1.10", "s2.5"]
    texts = read_texts(run("--pair", "latveria.html", "sylvania.pdf", "-f", "text").stdout)
    assert texts["sylvania.pdf"] == ("pdf", SYLVANIA_TEXT)
    assert texts["latveria.html"] == ("html", (DOCUMENTS / "latveria.plain").read_text(encoding="utf-8"))
    check_spans(data, texts)


def test_every_format_says_where_each_side_came_from(sides, monkeypatch):
    monkeypatch.chdir(sides)
    notes = [
        "from latveria.html (web page); issuer from its metadata",
        "from sylvania.pdf (PDF); issuer from its metadata",
    ]
    for format_name in ("terminal", "markdown", "html"):
        output = run("--pair", "latveria.html", "sylvania.pdf", "-f", format_name).stdout
        assert all(note in " ".join(output.split()) for note in notes), format_name


# label -> (the file's name, its bytes, the issuer, where it was read).
ISSUER_CASES = {
    "header block in the text": (
        "sylvania.txt", f"{SYLVANIA}\n14 May 2025\n\n" + SYLVANIA_TEXT.split("\n\n", 2)[2], SYLVANIA, "header",
    ),
    "source line after the body": (
        "sylvania.md", SYLVANIA_TEXT.split("\n\n", 2)[2] + f"— Source: {SYLVANIA}\n", SYLVANIA, "header",
    ),
    "the PDF's author": ("sylvania.pdf", sylvania_pdf(), SYLVANIA, "metadata"),
    "a PDF author that is a login: the file name": (
        "sylvania-mfa.pdf", sylvania_pdf(author="jdoe"), "sylvania mfa", "file name",
    ),
    "the Word file's author, an office": (
        "notes.docx", word_file(SYLVANIA_TEXT.split("\n\n"), company="Press Office of the Sylvanian MFA"),
        "Press Office of the Sylvanian MFA", "metadata",
    ),
    "a text file with no header: the file name": (
        "Republic_of_Sylvania.txt", SYLVANIA_TEXT, "Republic of Sylvania", "file name",
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "content", "issuer", "issuer_from"), ISSUER_CASES.values(), ids=ISSUER_CASES.keys()
)
def test_the_issuer_comes_from_the_header_the_metadata_or_the_file_name(
    sides, name, content, issuer, issuer_from
):
    path = sides / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    result = run("--pair", str(sides / "latveria.html"), str(path), "-f", "json")
    assert result.exit_code == ExitStatus.OK, result.stderr
    statement = json.loads(result.stdout)["documents"][0]["statements"][1]
    assert (statement["issuer"], statement["input"]["issuer_from"]) == (issuer, issuer_from)
    assert [s["text"] for s in statement["sentences"]][-2:] == [
        "Minister Trentino invited Minister Vorn to visit Sylvania.",
        "The invitation was accepted with thanks.",
    ]
    data = json.loads(result.stdout)
    check_spans(data, read_texts(run("--pair", str(sides / "latveria.html"), str(path), "-f", "text").stdout))


def test_the_schema_names_every_kind_and_issuer_source():
    properties = schema()["$defs"]["input"]["properties"]
    assert properties["kind"]["enum"] == [kind.value for kind in SourceKind] == list(KINDS)
    assert properties["issuer_from"]["enum"] == list(ISSUER_FROM)
    assert set(ISSUER_FROM_NOTES) == set(ISSUER_FROM) - {"header"}


@pytest.mark.parametrize(
    ("metadata", "issuer"),
    [
        (Metadata(publisher="GOV.UK", author="Prime Minister's Office"), "GOV.UK"),  # who published the page
        (Metadata(author="Press Office"), "Press Office"),
        (Metadata(author="Anna Schmidt"), None),  # a person: not an issuer
        (Metadata(title="Readout of the call"), None),
    ],
)
def test_issuer_from_metadata(metadata, issuer):
    assert issuer_from_metadata(metadata) == issuer


@pytest.mark.parametrize(
    ("path", "name"),
    [("us.html", "us"), ("dir/white-house_readout.pdf", "white house readout"), ("-", "standard input")],
)
def test_issuer_from_file_name(path, name):
    assert issuer_from_file_name(path) == name


def test_a_seed_split_into_one_file_per_side_reads_as_the_seed(tmp_path):
    """Each statement of a seed cut into its own file: --pair finds the same headers and sentences."""
    seed = json.loads(run("-f", "json", str(DATA / "freedonia.txt")).stdout)["documents"][0]
    text = (DATA / "freedonia.txt").read_text(encoding="utf-8")
    paths = []
    for statement in seed["statements"]:
        path = tmp_path / f"{statement['id']}.txt"
        path.write_text(text[slice(*statement["span"])] + "\n", encoding="utf-8")
        paths.append(str(path))
    pair = json.loads(run("--pair", *paths, "-f", "json").stdout)["documents"][0]

    def header_and_sentences(statement: dict) -> tuple:
        return tuple(statement[k] for k in ("issuer", "place", "date", "title")), [
            s["text"] for s in statement["sentences"]
        ]

    assert list(map(header_and_sentences, pair["statements"])) == list(
        map(header_and_sentences, seed["statements"])
    )
    assert [c["matches"] for c in pair["comparisons"]] == [c["matches"] for c in seed["comparisons"]]


def test_three_sides_compare_every_pair(sides):
    (sides / "c.txt").write_text(SYLVANIA_TEXT, encoding="utf-8")
    paths = [str(sides / name) for name in ("latveria.html", "sylvania.pdf", "c.txt")]
    data = json.loads(run("--pair", *paths, "-f", "json").stdout)
    assert [c["statements"] for c in data["documents"][0]["comparisons"]] == [
        ["s1", "s2"],
        ["s1", "s3"],
        ["s2", "s3"],
    ]


def test_exit_code_works_the_same(sides):
    paths = [str(sides / "latveria.html"), str(sides / "sylvania.pdf")]
    assert run("--pair", *paths, "--exit-code", "-f", "json").exit_code == ExitStatus.DIFFERENCES
    (sides / "same.pdf").write_bytes(sylvania_pdf())
    assert run("--pair", paths[1], str(sides / "same.pdf"), "--exit-code").exit_code == ExitStatus.OK


def meetings(root: Path) -> Path:
    """A folder of meetings, one folder each: a page and a PDF; two text files; a bad PDF and one text."""
    for name, files in {
        "2025-05-doomstadt": {"latveria.html": PAGE.read_bytes(), "sylvania.pdf": sylvania_pdf()},
        "2025-06-lakeport": {
            "a.txt": f"{LATVERIA}\n2 June 2025\n\nThe ministers met in Lakeport and discussed the river.\n".encode(),
            "b.md": f"{SYLVANIA}\n2 June 2025\n\nThe ministers discussed the river in Lakeport.\n".encode(),
            "report.json": b"{}",  # not a readout: left out
        },
        "2025-07-broken": {"bad.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 4, "c.txt": SYLVANIA_TEXT.encode()},
    }.items():
        (root / name).mkdir(parents=True)
        for file_name, content in files.items():
            (root / name / file_name).write_bytes(content)
    return root


def test_each_folder_is_a_meeting_and_jobs_give_the_same_bytes(tmp_path):
    root = meetings(tmp_path / "meetings")
    outputs = {}
    for jobs in ("1", "2"):
        for format_name in ("json", "jsonl", "text"):
            result = run("--pair", str(root), "-f", format_name, "--jobs", jobs)
            assert result.exit_code == ExitStatus.INPUT_ERROR
            outputs[jobs, format_name] = (result.stdout, result.stderr)
    assert all(outputs["1", f] == outputs["2", f] for f in ("json", "jsonl", "text"))
    data = json.loads(outputs["1", "json"][0])
    assert [d["source"] for d in data["documents"]] == [
        str(root / "2025-05-doomstadt"),
        str(root / "2025-06-lakeport"),
    ]
    assert [s["input"]["path"] for s in data["documents"][1]["statements"]] == [
        str(root / "2025-06-lakeport" / "a.txt"),
        str(root / "2025-06-lakeport" / "b.md"),
    ]
    [error] = data["errors"]
    assert error["source"] == str(root / "2025-07-broken" / "bad.pdf")
    assert error["message"].startswith("not a readable PDF") and error["message"].endswith(
        f"; not compared with {root / '2025-07-broken' / 'c.txt'}"
    )
    check_spans(data, read_texts(outputs["1", "text"][0]))


def test_a_pair_of_one_file_is_an_error(tmp_path):
    (tmp_path / "only").mkdir()
    (tmp_path / "only" / "a.txt").write_text(SYLVANIA_TEXT, encoding="utf-8")
    result = run("--pair", str(tmp_path / "only"))
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stderr == (
        f"readout-diff: {tmp_path / 'only'}: holds one readout file ({tmp_path / 'only' / 'a.txt'}): "
        "--pair compares two or more files, one statement each\n"
    )
    result = run("--pair", str(tmp_path / "only" / "a.txt"))
    assert result.stderr.endswith(
        "a.txt: the only file given: --pair compares two or more files, one statement each\n"
    )


def test_a_seed_given_to_pair_says_to_compare_it_alone(sides):
    result = run("--pair", str(DATA / "freedonia.txt"), str(sides / "sylvania.pdf"))
    assert result.exit_code == ExitStatus.INPUT_ERROR
    [line] = result.stderr.splitlines()
    assert "freedonia.txt: found 2 statements (issuers " in line
    assert "with --pair each file holds one statement: compare this file on its own, without --pair" in line


def test_a_file_of_one_statement_without_pair_names_it(sides):
    result = run(str(sides / "sylvania.pdf"))
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stderr.startswith(f"readout-diff: {sides / 'sylvania.pdf'}: found no statement header")
    assert result.stderr.rstrip().endswith(
        "to compare files that hold one statement each, name them after --pair"
    )


# --- seeds that are pages, PDFs or Word files ---------------------------------------------------------


TWO_READOUTS = [
    (16, [LATVERIA]),
    (11, ["14 May 2025"]),
    (11, ["The Minister of Foreign Affairs of Latveria received the Foreign Minister of Sylvania."]),
    (11, ["The ministers agreed to resume the joint commission on trade."]),
    (16, [SYLVANIA]),
    (11, ["14 May 2025"]),
    (11, ["Foreign Minister Trentino held talks with Minister Vorn in Doomstadt."]),
    (11, ["Both sides agreed that the joint commission on trade would meet again."]),
]


@pytest.mark.parametrize("kind", ["html", "pdf", "docx"])
def test_a_page_pdf_or_word_file_holding_two_readouts_is_a_seed(tmp_path, kind):
    if kind == "html":
        path = tmp_path / "article.html"
        shutil.copy(DOCUMENTS / "two-readouts.html", path)
        issuers = [LATVERIA, "Ministry of Foreign Affairs of the Republic of Sylvania"]
    elif kind == "pdf":
        path = tmp_path / "both.pdf"
        path.write_bytes(sylvania_pdf(pages=[TWO_READOUTS]))
        issuers = [LATVERIA, SYLVANIA]
    else:
        path = tmp_path / "both.docx"
        path.write_bytes(word_file([line for _, lines in TWO_READOUTS for line in lines]))
        issuers = [LATVERIA, SYLVANIA]
    result = run(str(path), "-f", "json")
    assert result.exit_code == ExitStatus.OK, result.stderr
    data = json.loads(result.stdout)
    jsonschema.Draft202012Validator(schema()).validate(data)
    statements = data["documents"][0]["statements"]
    assert [s["issuer"] for s in statements] == issuers
    assert {json.dumps(s["input"]) for s in statements} == {
        json.dumps({"path": str(path), "kind": kind, "encoding": "utf-8" if kind == "html" else None,
                    "issuer_from": "header"})
    }  # fmt: skip
    check_spans(data, read_texts(run(str(path), "-f", "text").stdout))


def test_a_folder_of_seeds_reads_text_files_only(tmp_path):
    """A report written next to the seeds (-f html -o seeds/report.html) is no seed."""
    shutil.copy(DATA / "freedonia.txt", tmp_path / "freedonia.txt")
    shutil.copy(DOCUMENTS / "two-readouts.html", tmp_path / "report.html")
    data = json.loads(run(str(tmp_path), "-f", "json").stdout)
    assert [d["source"] for d in data["documents"]] == [str(tmp_path / "freedonia.txt")]


def test_text_format_of_a_seed_is_its_text(seed_path):
    output = run(str(seed_path), "-f", "text").stdout
    text = seed_path.read_text(encoding="utf-8")
    assert not text.endswith("\n")  # so the format adds one after it
    assert output == f"==> {seed_path} (text, {len(text)} characters) <==\n{text}\n"
    assert read_texts(output) == {str(seed_path): ("text", text)}


# --- bad inputs ----------------------------------------------------------------------------------------


HUGE = 200_000_000
# label -> (file name, bytes (None: a 200 MB PDF, written sparse), the start of the one-line message).
BAD_INPUTS = {
    "corrupt pdf": ("corrupt.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 20, "not a readable PDF"),
    "encrypted pdf": ("locked.pdf", _encrypted_pdf(), "the PDF is protected by a password"),
    "a .docx that is a zip of something else": (
        "notes.docx", _zip({"notes/readme.txt": "The ministers met."}), "not a Word document: it is a zip"
    ),
    "a page with no main text": (
        "empty.html", b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>",
        "no main text found in the web page",
    ),
    "a 200 MB pdf": ("huge.pdf", None, "the file is 200 MB, larger than the 50 MB"),
}  # fmt: skip


def write_bad(folder: Path, name: str, content: bytes | None) -> Path:
    path = folder / name
    if content is None:
        with open(path, "wb") as handle:  # sparse: nothing is written but the first line
            handle.write(b"%PDF-1.7\n")
            handle.truncate(HUGE)
    else:
        path.write_bytes(content)
    return path


@pytest.mark.parametrize(("name", "content", "message"), BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_a_bad_seed_is_one_line_and_the_others_are_compared(tmp_path, name, content, message):
    bad = write_bad(tmp_path, name, content)
    result = run(str(bad), str(DATA / "freedonia.txt"), "-f", "json")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    [line] = result.stderr.splitlines()
    assert line.startswith(f"readout-diff: {bad}: {message}")
    data = json.loads(result.stdout)
    assert [d["source"] for d in data["documents"]] == [str(DATA / "freedonia.txt")]


@pytest.mark.parametrize(("name", "content", "message"), BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_a_bad_side_is_one_line_naming_it(sides, name, content, message):
    bad = write_bad(sides, name, content)
    page, pdf = str(sides / "latveria.html"), str(sides / "sylvania.pdf")
    # Two sides, one bad: nothing to compare.
    result = run("--pair", page, str(bad), "-f", "json")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    [line] = result.stderr.splitlines()
    assert line.startswith(f"readout-diff: {bad}: {message}") and line.endswith(f"; not compared with {page}")
    assert json.loads(result.stdout)["documents"] == []
    # Three sides, one bad: the other two are compared.
    result = run("--pair", page, str(bad), pdf, "-f", "json")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    [line] = result.stderr.splitlines()
    assert line.endswith(f"; {page} and {pdf} compared without it")
    [document] = json.loads(result.stdout)["documents"]
    assert [s["input"]["path"] for s in document["statements"]] == [page, pdf]
    assert "Traceback" not in result.stderr
