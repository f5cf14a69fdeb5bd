"""Tests for readout_diff.load.extract: saved web pages, PDFs and Word files read into the text spans index.

Every fixture is a made-up readout: a saved page with a navigation bar, cookie banner, share buttons,
related articles and a footer (tests/data/documents), PDFs and Word files built here with fpdf2 and
python-docx. Each gives the same sentences as its plain-text original, with exact spans.
"""

from __future__ import annotations

import datetime as dt
import email.message
import io
import random
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from readout_diff import split_sentences
from readout_diff.errors import ExitStatus, InputError
from readout_diff.load.extract import SourceKind, detect_kind, read_document
from readout_diff.load.extract import docx as docx_reader
from readout_diff.load.extract import pdf as pdf_reader
from readout_diff.load.extract.pdf import Line, Page, Spellings, join_lines, spellings
from readout_diff.load.reading import read_source
from readout_diff.pipeline import compare_text

from .conftest import DATA

pytest.importorskip("trafilatura", reason="the 'html' extra is not installed")
pytest.importorskip("pdfminer", reason="the 'pdf' extra is not installed")
docx = pytest.importorskip("docx", reason="the 'docx' extra is not installed")
fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) is not installed")

DOCUMENTS = DATA / "documents"
PAGE = DOCUMENTS / "latveria.html"
# The plain-text originals of the fixtures' readouts (".plain": not seeds, so no folder of seeds takes them).
PAGE_ORIGINAL = (DOCUMENTS / "latveria.plain").read_text(encoding="utf-8")
PDF_ORIGINAL = (DOCUMENTS / "river.plain").read_text(encoding="utf-8")
DOCX_ORIGINAL = (DOCUMENTS / "meeting.plain").read_text(encoding="utf-8")


def sentence_texts(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)]


def check_same_sentences(extracted: str, original: str) -> None:
    """The extracted text splits into the original's sentences, each at its exact span."""
    sentences = split_sentences(extracted)
    assert [s.text for s in sentences] == sentence_texts(original)
    assert all(extracted[s.start : s.end] == s.text for s in sentences)


def read_bytes(tmp_path: Path, data: bytes, name: str):
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(str(path))


def refused(tmp_path: Path, data: bytes, name: str) -> str:
    """The one-line message a file is refused with (an InputError, exit 2)."""
    with pytest.raises(InputError) as caught:
        read_bytes(tmp_path, data, name)
    assert caught.value.exit_status == ExitStatus.INPUT_ERROR
    message = str(caught.value)
    assert "\n" not in message and message
    return message


# --- saved web pages ---------------------------------------------------------------------------------

# What the page holds besides the readout: none of it may reach the text.
PAGE_NOISE = [
    "cookies",  # the cookie banner
    "Consular services",  # the navigation bar
    "Share on",  # the share buttons
    "Email this page",
    "Related articles",  # the related-article list
    "Danube Forum",
    "All rights reserved",  # the footer
    "Privacy policy",
    "Published",  # the byline (the date is kept as metadata)
]


def test_a_saved_page_gives_its_readout_and_nothing_else():
    document = read_document(str(PAGE))
    assert document.kind is SourceKind.HTML
    assert document.encoding == "utf-8"
    assert document.text == PAGE_ORIGINAL  # paragraphs as blank-line-separated blocks, list items as lines
    check_same_sentences(document.text, PAGE_ORIGINAL)
    assert [noise for noise in PAGE_NOISE if noise in document.text] == []


def test_a_saved_page_keeps_the_title_date_and_site_it_states():
    metadata = read_document(str(PAGE)).metadata
    assert metadata.title == "Foreign Minister Vorn meets Sylvanian counterpart in Doomstadt"
    assert metadata.date == dt.date(2025, 5, 14)
    assert metadata.publisher == "Ministry of Foreign Affairs of Latveria"
    assert metadata.author == "Press Office"
    assert metadata.issuer_hint == "Ministry of Foreign Affairs of Latveria"


def test_a_page_quoting_two_readouts_is_read_like_a_seed():
    document = read_document(str(DOCUMENTS / "two-readouts.html"))
    assert "cookies" not in document.text and "More from the region" not in document.text
    result = compare_text(document.text, "two-readouts.html")
    assert [s.issuer for s in result.document.statements] == [
        "Ministry of Foreign Affairs of Latveria",
        "Ministry of Foreign Affairs of the Republic of Sylvania",
    ]
    for statement in result.document.statements:
        assert len(statement.sentences) == 3
        assert all(document.text[s.start : s.end] == s.text for s in statement.sentences)
    assert document.metadata.publisher == "The Danube Observer"
    assert document.metadata.date == dt.date(2025, 5, 15)


_JSON_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
    '"datePublished": "2023-01-05"}</script>'
)
# label -> (markup in <head>, markup before the article's text, the page's date).
DATE_CASES = {
    "meta tag": (
        '<meta property="article:published_time" content="2024-11-02T08:00:00Z">',
        "",
        dt.date(2024, 11, 2),
    ),
    "json-ld": (_JSON_LD, "", dt.date(2023, 1, 5)),
    "time element": ("", '<time datetime="2022-07-08">8 July</time>', dt.date(2022, 7, 8)),
    # A date that is only written in the text is a sentence's, not the page's.
    "none stated": ("", "", None),
}


@pytest.mark.parametrize(("head", "before", "expected"), DATE_CASES.values(), ids=DATE_CASES.keys())
def test_the_page_date_comes_from_its_markup(tmp_path, head, before, expected):
    body = "<p>" + "The ministers met in Doomstadt on 3 March 2021 and agreed to resume talks. " * 3 + "</p>"
    page = f"<html><head>{head}</head><body><article>{before}{body}</article></body></html>"
    assert read_bytes(tmp_path, page.encode(), "page.html").metadata.date == expected


SAVED_FROM = b"<!-- saved from url=(0023)https://example.org/ -->\n"
# label -> (file name, first bytes, kind).
KIND_CASES = {
    "a page saved as .txt": ("saved.txt", PAGE.read_bytes(), SourceKind.HTML),
    "a page without an extension": ("page", PAGE.read_bytes(), SourceKind.HTML),
    "a web page saved as .pdf (a failed download)": ("error-page.pdf", PAGE.read_bytes(), SourceKind.HTML),
    "a browser's note before the page": (
        "comment-first.txt",
        SAVED_FROM + PAGE.read_bytes(),
        SourceKind.HTML,
    ),
    "text that mentions tags stays text": (
        "seed.txt",
        b"The ministers met. They discussed <b>tariffs</b> and <html> tags.\n",
        SourceKind.TEXT,
    ),
    "markdown with a comment stays text": (
        "notes.md",
        b"<!-- draft -->\n# Readout\n\nThe ministers met.\n",
        SourceKind.TEXT,
    ),
    "a fragment in a .html file": ("fragment.html", b"<p>The ministers met.</p>", SourceKind.HTML),
    "pdf": ("report.pdf", b"%PDF-1.7\n...", SourceKind.PDF),
    "a zip archive under any name": ("report.bin", b"PK\x03\x04...", SourceKind.DOCX),
}


@pytest.mark.parametrize(("name", "content", "kind"), KIND_CASES.values(), ids=KIND_CASES.keys())
def test_the_kind_is_told_by_content(name, content, kind):
    assert detect_kind(content[:4096], name) is kind


def test_a_text_seed_reads_as_read_source_reads_it():
    seed = DATA / "freedonia.txt"
    document = read_document(str(seed))
    assert (document.kind, document.text, document.encoding) == (
        SourceKind.TEXT,
        read_source(str(seed)).text,
        "utf-8",
    )


def test_standard_input_is_told_by_content_too(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.read_bytes())))
    document = read_document("-")
    assert (document.kind, document.text) == (SourceKind.HTML, PAGE_ORIGINAL)


def test_the_saved_from_note_gives_the_address(tmp_path):
    data = (
        b"<!DOCTYPE html>\n<!-- saved from url=(0034)https://mfa.example/news/vorn.html -->\n"
        + PAGE.read_bytes()
    )
    assert read_bytes(tmp_path, data, "page.htm").metadata.url == "https://mfa.example/news/vorn.html"


def test_the_charset_a_page_names_is_used(tmp_path):
    page = PAGE.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="windows-1252"')
    page = page.replace("border crossing at Kelsk", "border crossing at Kélsk near Genève")
    document = read_bytes(tmp_path, page.encode("cp1252"), "page.html")
    assert document.encoding == "cp1252"
    assert "Kélsk near Genève" in document.text


def test_a_page_saved_as_one_file_mhtml(tmp_path):
    message = email.message.EmailMessage()
    message["From"] = "<Saved by Blink>"
    message["Snapshot-Content-Location"] = "https://mfa.example/news/vorn.html"
    message["Subject"] = "Foreign Minister Vorn meets Sylvanian counterpart"
    message.make_related()
    message.add_related(PAGE.read_text(encoding="utf-8"), subtype="html", cte="quoted-printable")
    message.add_related(b"\x89PNG fake logo", maintype="image", subtype="png", cid="<logo>")
    document = read_bytes(tmp_path, message.as_bytes(), "page.mhtml")
    assert document.kind is SourceKind.HTML
    check_same_sentences(document.text, PAGE_ORIGINAL)
    assert document.metadata.url == "https://mfa.example/news/vorn.html"


def test_a_paragraph_repeated_apart_is_read_twice_and_a_twin_once(tmp_path):
    shared = (
        "<p>The ministers agreed to resume the joint commission on trade and to meet again in the autumn.</p>"
    )
    first = "<h2>Ministry of Foreign Affairs of Latveria</h2><p>Minister Vorn received Minister Trentino.</p>"
    second = "<h2>Ministry of Foreign Affairs of Sylvania</h2><p>Minister Trentino met Minister Vorn.</p>"
    page = f"<html><body><article>{first}{shared}{second}{shared}{shared}</article></body></html>"
    text = read_bytes(tmp_path, page.encode(), "page.html").text
    assert text.count("agreed to resume the joint commission") == 2  # the twin at the end is read once


@pytest.mark.parametrize(
    "page",
    [
        PAGE.read_text(encoding="utf-8").split("<main>")[0]
        + "<footer>&copy; 2025 Ministry</footer></body></html>",
        "<html><head><title>Readout</title></head><body></body></html>",
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>",
    ],
    ids=["navigation-and-banner-only", "empty-body", "menu-only"],
)
def test_a_page_with_no_main_text_is_refused(tmp_path, page):
    assert refused(tmp_path, page.encode(), "page.html").startswith("no main text found in the web page")


# --- PDF ---------------------------------------------------------------------------------------------

TITLE_SIZE, BODY_SIZE = 16, 11
# The same readout as laid out on two pages: (font size, lines) per block. "co-" and "Asia-" end lines
# (a line-break hyphen and a compound's own hyphen); the third paragraph goes on over the page break.
PDF_PAGES = [
    [
        (TITLE_SIZE, ["Latveria and Sylvania agree to work together on the river"]),
        (BODY_SIZE, ["Doomstadt, 14 May 2025"]),
        (BODY_SIZE, [
            "The Minister of Foreign Affairs of Latveria, Anna Vorn, received the Foreign Minister",
            "of the Republic of Sylvania, Pavel Trentino, in Doomstadt on 14 May 2025.",
        ]),
        (BODY_SIZE, [
            "The ministers agreed that co-",
            "operation on river management must continue, and that the Asia-",
            "Pacific forum in the autumn would be an occasion to review progress. They discussed",
            "the reopening of the border crossing at Kelsk to freight traffic, closed since the",
        ]),
    ],
    [
        (BODY_SIZE, ["floods of March."]),
        (BODY_SIZE, [
            "Minister Trentino invited Minister Vorn to visit Sylvania. The invitation was accepted",
            "with thanks.",
        ]),
    ],
]  # fmt: skip
RUNNING_HEADER = "Ministry of Foreign Affairs of Latveria - Press release"


def build_pdf(
    pages,
    header: str | None = RUNNING_HEADER,
    footer: str | None = "Page {page} of {pages}",
    top: float = 100.0,
) -> bytes:
    """A PDF with each block's lines from ``top`` points down, a running header and a footer on each page."""
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title("Latveria and Sylvania agree to work together on the river")
    pdf.set_author("Press Office of the Ministry of Foreign Affairs of Latveria")
    pdf.set_creation_date(dt.datetime(2025, 5, 14, 16, 30, tzinfo=dt.UTC))
    for number, blocks in enumerate(pages, 1):
        pdf.add_page()
        if header:
            pdf.set_font("Helvetica", size=8)
            pdf.text(72, 40, header)
        if footer:
            pdf.set_font("Helvetica", size=9)
            pdf.text(280, 805, footer.format(page=number, pages=len(pages)))
        y = top
        for size, lines in blocks:
            pdf.set_font("Helvetica", size=size)
            for line in lines:
                pdf.text(72, y, line)
                y += size * 1.25  # single line spacing, as word processors set it
            y += BODY_SIZE * 0.8  # paragraph spacing
    return bytes(pdf.output())


def test_a_two_page_pdf_gives_its_readout(tmp_path):
    document = read_bytes(tmp_path, build_pdf(PDF_PAGES), "readout.pdf")
    assert document.kind is SourceKind.PDF
    assert document.encoding is None
    check_same_sentences(document.text, PDF_ORIGINAL)
    assert document.text.split("\n\n") == PDF_ORIGINAL.split("\n\n")  # the same paragraphs
    assert RUNNING_HEADER not in document.text and "Page" not in document.text


def test_a_pdf_keeps_its_title_author_and_date(tmp_path):
    metadata = read_bytes(tmp_path, build_pdf(PDF_PAGES), "readout.pdf").metadata
    assert metadata.title == "Latveria and Sylvania agree to work together on the river"
    assert metadata.author == "Press Office of the Ministry of Foreign Affairs of Latveria"
    assert metadata.date == dt.date(2025, 5, 14)


class _Flowing(fpdf.FPDF):
    """Text wrapped and justified by fpdf2, a running header from page 2 and a bare page number."""

    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", size=8)
            self.cell(0, 10, "Latveria - Sylvania consultations")
            self.ln(24)

    def footer(self):
        self.set_y(-40)
        self.set_font("Helvetica", size=9)
        self.cell(0, 10, str(self.page_no()), align="C")


FLOWING_PARAGRAPHS = [
    f"In session {number} the delegations of Latveria and Sylvania reviewed the work of the joint "
    f"commission on trade, the state of the border crossings and the long-term plan for the river. "
    f"They agreed that the experts would meet again before the end of the year, and that a report on the "
    f"high-level dialogue would be sent to both ministers. The Sylvanian side raised the question of "
    f"fishing rights in the northern bay, and the Latverian side the upkeep of the Kelsk bridge."
    for number in range(1, 17)
]


def test_a_pdf_wrapped_and_justified_by_its_writer(tmp_path):
    pdf = _Flowing(unit="pt", format="Letter")
    pdf.set_margins(72, 72)
    pdf.set_auto_page_break(True, margin=72)
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for paragraph in FLOWING_PARAGRAPHS:
        pdf.multi_cell(0, 15, paragraph, align="J")
        pdf.ln(9)
    assert pdf.page_no() >= 3
    document = read_bytes(tmp_path, bytes(pdf.output()), "session.pdf")
    original = "\n\n".join(FLOWING_PARAGRAPHS) + "\n"
    check_same_sentences(document.text, original)
    assert document.text == original


LAYOUT_PARAGRAPHS = [
    (
        "The ministers reviewed the state of relations between the two countries and agreed to resume the "
        "joint commission on trade, which last met in 2019."
    ),
    (
        "They discussed the reopening of the border crossing at Kelsk to freight traffic, and the upkeep of "
        "the old bridge over the river at Doomstadt."
    ),
    "Minister Trentino invited Minister Vorn to visit Sylvania. The invitation was accepted with thanks.",
]
LIST_ITEMS = [
    "open talks on a new air services agreement between the two countries and their airlines;",
    "hold consultations on consular matters before the end of the year.",
]


def _indented() -> list[tuple[float, float, str]]:
    """Paragraphs told by a first-line indent only, no space between them."""
    placed, y = [], 100.0
    for paragraph in LAYOUT_PARAGRAPHS:
        for index, line in enumerate(textwrap.wrap(paragraph, 60)):
            placed.append((72.0 + 24 * (index == 0), y, line))
            y += 14
    return placed


def _bulleted() -> list[tuple[float, float, str]]:
    """A list whose items wrap under a hanging indent (the bullet is cp1252's, drawn as U+2022)."""
    placed, y = [(72.0, 100.0, "The two sides agreed to:")], 114.0
    for item in LIST_ITEMS:
        for index, line in enumerate(textwrap.wrap(item, 50)):
            placed += [(80.0, y, "\u2022")] * (index == 0) + [(92.0, y, line)]
            y += 14
    return placed


def _two_columns() -> list[tuple[float, float, str]]:
    """One paragraph over two columns, cut mid-sentence at the column's foot."""
    lines = textwrap.wrap(" ".join(LAYOUT_PARAGRAPHS * 2), 45)
    half = len(lines) // 2
    assert not lines[half - 1].endswith(".")
    return [(50.0, 100.0 + 13 * i, line) for i, line in enumerate(lines[:half])] + [
        (320.0, 100.0 + 13 * i, line) for i, line in enumerate(lines[half:])
    ]


SHORT_PARAGRAPHS = [
    ["14 May 2025"],
    ["The ministers met in Doomstadt and reviewed the state of relations between", "the two countries."],
    ["They agreed to resume the joint commission on trade."],
    ["Minister Trentino raised the question of fishing rights in the northern bay."],
    ["Minister Vorn thanked her counterpart for his support during the spring", "floods."],
]


def _short_paragraphs() -> list[tuple[float, float, str]]:
    """Paragraphs of one or two lines with space between them: as many paragraph gaps as line steps."""
    placed, y = [], 100.0
    for paragraph in SHORT_PARAGRAPHS:
        for line in paragraph:
            placed.append((72.0, y, line))
            y += 14
        y += 9
    return placed


BULLETED = ["The two sides agreed to:", *(f"\u2022 {item}" for item in LIST_ITEMS)]
# label -> (where each line is drawn, the text read).
LAYOUT_CASES = {
    "first-line indents": (_indented(), "\n\n".join(LAYOUT_PARAGRAPHS) + "\n"),
    "a bulleted list": (_bulleted(), "\n\n".join(BULLETED) + "\n"),
    "two columns": (_two_columns(), " ".join(LAYOUT_PARAGRAPHS * 2) + "\n"),
    # The line pitch is a step within a paragraph, not the median step (here a paragraph gap).
    "short paragraphs": (_short_paragraphs(), "\n\n".join(" ".join(p) for p in SHORT_PARAGRAPHS) + "\n"),
}


@pytest.mark.parametrize(("placed", "expected"), LAYOUT_CASES.values(), ids=LAYOUT_CASES.keys())
def test_paragraphs_are_told_by_layout(tmp_path, placed, expected):
    pdf = fpdf.FPDF(unit="pt")
    pdf.core_fonts_encoding = "windows-1252"  # for the bullet
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for x, y, line in placed:
        pdf.text(x, y, line)
    assert read_bytes(tmp_path, bytes(pdf.output()), "layout.pdf").text == expected


def test_a_page_printed_to_pdf_by_a_browser(tmp_path):
    """Print to PDF as people do: Chromium adds its own header (date, title) and footer (address, "1/2")."""
    browser = next(filter(None, map(shutil.which, ["chromium", "chromium-browser", "google-chrome"])), None)
    if browser is None:
        pytest.skip("chromium not found on PATH: install Debian's chromium package to print a page to PDF")
    title = "Latveria and Sylvania hold consultations"
    page = tmp_path / "consultations.html"
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in FLOWING_PARAGRAPHS)
    page.write_text(
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<style>body {{font: 12pt serif}} p {{text-align: justify}}</style></head>"
        f"<body><h1>{title}</h1>{paragraphs}</body></html>",
        encoding="utf-8",
    )
    printed = tmp_path / "consultations.pdf"
    profile = f"--user-data-dir={tmp_path / 'profile'}"
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        profile,
        f"--print-to-pdf={printed}",
        page.as_uri(),
    ]
    subprocess.run(command, capture_output=True, timeout=120, check=False)
    if not printed.exists():
        pytest.skip(f"{browser} did not print the page to PDF")
    document = read_document(str(printed))
    original = "\n\n".join([title, *FLOWING_PARAGRAPHS]) + "\n"
    check_same_sentences(document.text, original)
    assert document.text == original


def _words(*words: str) -> Spellings:
    return Spellings(words=frozenset(words))


NOTHING = Spellings()
# The line-joining rule (pdf.join_lines): label -> (lines, how the document writes words elsewhere, joined).
JOIN_CASES = {
    "plain words": (["the two", "ministers"], NOTHING, "the two ministers"),
    "line-break hyphen dropped": (["agreed that co-", "operation"], NOTHING, "agreed that cooperation"),
    "capital after the hyphen: a compound": (["the Asia-", "Pacific"], NOTHING, "the Asia-Pacific"),
    "digit after the hyphen: a compound": (["by mid-", "2025"], NOTHING, "by mid-2025"),
    "the compound written elsewhere": (
        ["the long-", "term plan"], Spellings(compounds=frozenset({"long-term"})), "the long-term plan"
    ),
    "the closed word written elsewhere": (["co-", "operation"], _words("co", "operation", "cooperation"),
                                          "cooperation"),
    "both parts written as words": (["a high-", "level talk"], _words("high", "level"), "a high-level talk"),
    "one part written as a word": (["the agree-", "ment"], _words("agree"), "the agreement"),
    "no evidence: read as a line-break hyphen": (["the long-", "term plan"], NOTHING, "the longterm plan"),
    "soft hyphen": (["co\u00ad", "operation"], NOTHING, "cooperation"),
    "unicode hyphen": (["co\u2010", "operation"], NOTHING, "cooperation"),
    "dash with spaces": (["the talks -", "the first in years"], NOTHING, "the talks - the first in years"),
    "em dash": (["the talks \u2014", "the first"], NOTHING, "the talks \u2014 the first"),
    "three lines": (["one", "two-", "three"], NOTHING, "one twothree"),
}  # fmt: skip


@pytest.mark.parametrize(("lines", "known", "expected"), JOIN_CASES.values(), ids=JOIN_CASES.keys())
def test_join_lines(lines, known, expected):
    assert join_lines(lines, known) == expected


def test_spellings_leave_out_the_parts_a_line_end_hyphen_splits():
    known = spellings(["A long-term plan and the Asia-", "Pacific High-Level forum on co-", "operation."])
    assert known.compounds == {"long-term", "high-level"}
    assert known.words == {"a", "long", "term", "plan", "and", "the", "high", "level", "forum", "on"}


def _page(number: int, *lines: tuple[str, float]) -> Page:
    """A page of 11-point lines, each given as (text, bottom)."""
    made = tuple(Line(text, number, 72.0, bottom, 500.0, bottom + 11) for text, bottom in lines)
    return Page(made, 842.0, 72.0, 500.0)


BODY = ("The ministers met in Doomstadt.", 400.0)
# label -> (pages, the (page, text) of each running line). The top margin is above 715.7 points, the
# bottom one below 126.3.
RUNNING_CASES = {
    "header on every page": (
        [_page(n, ("Ministry of Foreign Affairs - Press release", 800.0), BODY) for n in (1, 2, 3)],
        {(n, "Ministry of Foreign Affairs - Press release") for n in (1, 2, 3)},
    ),
    "footers that differ in their numbers only": (
        [_page(n, BODY, (f"Ministry of Foreign Affairs | {n}", 30.0)) for n in (1, 2, 3)],
        {(n, f"Ministry of Foreign Affairs | {n}") for n in (1, 2, 3)},
    ),
    "page numbers": (
        [_page(n, BODY, (f"Page {n} of 3", 30.0)) for n in (1, 2, 3)],
        {(n, f"Page {n} of 3") for n in (1, 2, 3)},
    ),
    "a page number alone on the one page": ([_page(1, ("- 7 -", 800.0), BODY)], {(1, "- 7 -")}),
    "a number in the body stays": ([_page(1, ("3", 400.0)), _page(2, ("3", 380.0))], set()),
    "a header on one page of three stays": (
        [_page(1, ("Annex", 800.0), BODY), _page(2, BODY), _page(3, BODY)],
        set(),
    ),
    "a line on half the pages goes": (
        [_page(n, ("Annex", 800.0), BODY) for n in (1, 2)] + [_page(n, BODY) for n in (3, 4)],
        {(1, "Annex"), (2, "Annex")},
    ),
    "the title at another height than the running header stays": (
        [_page(1, ("Talks on the river", 760.0), BODY)]
        + [_page(n, ("Talks on the river", 800.0), BODY) for n in (2, 3, 4)],
        {(n, "Talks on the river") for n in (2, 3, 4)},
    ),
}


@pytest.mark.parametrize(("pages", "expected"), RUNNING_CASES.values(), ids=RUNNING_CASES.keys())
def test_running_headers_and_footers(pages, expected):
    assert {(line.page, line.text) for line in pdf_reader._running_lines(pages)} == expected


def test_an_encrypted_pdf_without_a_password_to_open_is_read(tmp_path):
    """Many ministries' PDFs restrict printing or copying with an owner password only: they open freely."""
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 5, "The ministers met in Doomstadt and agreed to resume the joint commission on trade.")
    pdf.set_encryption(owner_password="ministry")
    text = read_bytes(tmp_path, bytes(pdf.output()), "restricted.pdf").text
    assert text == "The ministers met in Doomstadt and agreed to resume the joint commission on trade.\n"


def _encrypted_pdf() -> bytes:
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 5, "The ministers met in Doomstadt.")
    pdf.set_encryption(owner_password="ministry", user_password="reader")
    return bytes(pdf.output())


def _image_only_pdf() -> bytes:
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # what a scan is to a text reader: no text at all
    return bytes(pdf.output())


def _damaged_zip() -> bytes:
    return b"PK\x03\x04" + bytes(random.Random(4).randrange(256) for _ in range(2000))


def _zip(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


# label -> (bytes, file name, the start of the message).
BAD_INPUTS = {
    "corrupt pdf": (b"%PDF-1.4\n" + bytes(random.Random(1).randrange(256) for _ in range(5000)), "x.pdf",
                    "not a readable PDF"),
    "truncated pdf": (build_pdf(PDF_PAGES)[:700], "x.pdf", "not a readable PDF"),
    "pdf signature only": (b"%PDF-1.7\n", "x.pdf", "not a readable PDF"),
    "encrypted pdf": (_encrypted_pdf(), "x.pdf", "the PDF is protected by a password"),
    "pdf without text": (_image_only_pdf(), "x.pdf", "the PDF holds no text"),
    "a .pdf that is not one": (b"\x00\x01binary\xff" * 20, "x.pdf", "not a PDF document"),
    "a .docx that is a zip of text files": (_zip({"notes/readme.txt": "hello"}), "x.docx",
                                            "not a Word document: it is a zip archive"),
    "a .docx that is an Excel workbook": (_zip({"xl/workbook.xml": "<workbook/>"}), "x.docx",
                                          "not a Word document: it is an Excel workbook"),
    "a .docx that is an OpenDocument text": (
        _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}), "x.docx",
        "not a Word document: it is an OpenDocument"),
    "a damaged .docx": (_damaged_zip(), "x.docx", "not a readable Word document"),
    "a .docx whose text is not XML": (_zip({"word/document.xml": "<w:document"}), "x.docx",
                                      "not a readable Word document"),
    "a .docx that is not a zip": (b"Minutes of the meeting", "x.docx", "not a Word document"),
}  # fmt: skip


@pytest.mark.parametrize(("data", "name", "message"), BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_inputs_are_refused_in_one_line(tmp_path, capsys, data, name, message):
    assert refused(tmp_path, data, name).startswith(message)
    assert capsys.readouterr().err == ""  # the libraries' own warnings stay out of the output


def _damaged(data: bytes, seed: int) -> bytes:
    """``data`` cut short or with a few bytes changed, as a broken download or a bad disk leaves it."""
    rng = random.Random(seed)
    if seed % 3 == 0:
        return data[: rng.randrange(len(data))]
    damaged = bytearray(data)
    for _ in range(1 + seed % 7):
        damaged[rng.randrange(len(damaged))] = rng.randrange(256)
    return bytes(damaged)


@pytest.mark.parametrize("kind", ["pdf", "docx", "html"])
def test_damaged_files_never_raise_anything_but_input_errors(tmp_path, capsys, kind):
    original = {"pdf": build_pdf(PDF_PAGES), "docx": build_docx(), "html": PAGE.read_bytes()}[kind]
    outcomes = set()
    for seed in range(60):
        try:
            read_bytes(tmp_path, _damaged(original, seed), f"damaged.{kind}")
            outcomes.add("read")
        except InputError as exc:
            assert "\n" not in str(exc)
            outcomes.add("refused")
    assert capsys.readouterr().err == ""
    assert "refused" in outcomes or kind == "html"


# --- size limits -------------------------------------------------------------------------------------


# A large-ish PDF: forty pages, each with its own paragraph below the top margin.
LONG_PDF_PAGES = [
    [(BODY_SIZE, [f"Paragraph {n} of the annex lists the agreements in force."])] for n in range(40)
]


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from readout_diff.load import extract

    data = build_pdf(LONG_PDF_PAGES, top=300)
    monkeypatch.setattr(extract, "MAX_DOCUMENT_BYTES", len(data) - 1)
    message = refused(tmp_path, data, "big.pdf")
    assert "larger than the" in message and "MAX_DOCUMENT_BYTES" in message
    monkeypatch.setattr(extract, "MAX_DOCUMENT_BYTES", len(data))
    assert read_bytes(tmp_path, data, "big.pdf").kind is SourceKind.PDF
    # Text seeds have no such bound.
    monkeypatch.setattr(extract, "MAX_DOCUMENT_BYTES", 10)
    assert read_bytes(tmp_path, (DATA / "freedonia.txt").read_bytes(), "seed.txt").kind is SourceKind.TEXT


def test_a_pdf_over_the_page_limit_is_refused(tmp_path, monkeypatch):
    data = build_pdf(LONG_PDF_PAGES, top=300)
    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 39)
    message = refused(tmp_path, data, "long.pdf")
    assert message.startswith("the PDF has more than 39 pages") and "MAX_PDF_PAGES" in message
    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 40)
    assert (
        read_bytes(tmp_path, data, "long.pdf").text.count("of the annex lists the agreements in force.") == 40
    )


def test_a_word_file_over_the_unpacked_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_DOCX_XML_BYTES", 1000)
    message = refused(tmp_path, build_docx(), "big.docx")
    assert "MAX_DOCX_XML_BYTES" in message


# --- Word --------------------------------------------------------------------------------------------


def build_docx(company: str | None = None) -> bytes:
    """DOCX_ORIGINAL as a Word file: a title, empty spacing paragraphs, a bulleted list, a table."""
    document = docx.Document()
    document.add_paragraph(
        "Readout of the meeting between Foreign Ministers Vorn and Trentino", style="Title"
    )
    document.add_paragraph("Doomstadt, 14 May 2025")
    document.add_paragraph("")
    paragraph = document.add_paragraph(
        "The Minister of Foreign Affairs of Latveria, Anna Vorn, received the "
    )
    paragraph.add_run("Foreign Minister of the Republic of Sylvania").bold = True
    paragraph.add_run(", Pavel Trentino, in Doomstadt.")
    document.add_paragraph(
        "The ministers agreed to resume the joint commission on trade. They also agreed to:"
    )
    document.add_paragraph("open talks on a new air services agreement;", style="List Bullet")
    document.add_paragraph(
        "hold consultations on consular matters before the end of the year.", style="List Bullet"
    )
    document.add_paragraph("   ")
    document.add_paragraph(
        "Minister Vorn thanked her counterpart for Sylvania's support during the spring floods."
    )
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).text = "Delegation of Latveria"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Delegation of Sylvania"  # a merged cell is read once
    core = document.core_properties
    core.title = "Readout: Vorn and Trentino"
    core.author = "Press Office"
    core.created = dt.datetime(2025, 5, 14, 17, 0)
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    if company is None:
        return data
    # Word writes the company into the extended properties (docProps/app.xml); python-docx does not.
    source, target = io.BytesIO(data), io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            content = old.read(item.filename)
            if item.filename == "docProps/app.xml":
                content = content.replace(b"<Company/>", f"<Company>{company}</Company>".encode())
            new.writestr(item, content)
    return target.getvalue()


def test_a_word_file_gives_its_readout(tmp_path):
    document = read_bytes(tmp_path, build_docx(), "readout.docx")
    assert document.kind is SourceKind.DOCX
    check_same_sentences(document.text, DOCX_ORIGINAL)
    assert document.text == DOCX_ORIGINAL


def test_a_word_file_keeps_its_title_author_date_and_company(tmp_path):
    metadata = read_bytes(
        tmp_path, build_docx("Ministry of Foreign Affairs of Latveria"), "readout.docx"
    ).metadata
    assert metadata.title == "Readout: Vorn and Trentino"
    assert metadata.author == "Press Office"
    assert metadata.date == dt.date(2025, 5, 14)
    assert metadata.publisher == metadata.issuer_hint == "Ministry of Foreign Affairs of Latveria"


def test_a_word_file_saved_under_another_name_is_read(tmp_path):
    assert read_bytes(tmp_path, build_docx(), "readout.bin").kind is SourceKind.DOCX


def test_an_empty_word_file_is_refused(tmp_path):
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    assert refused(tmp_path, buffer.getvalue(), "empty.docx") == "the Word document holds no text"


# --- extras ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "data", "name", "extra"),
    [
        ("trafilatura", PAGE.read_bytes(), "page.html", "html"),
        ("pdfminer", b"%PDF-1.7\n", "x.pdf", "pdf"),
        ("docx", None, "x.docx", "docx"),
    ],
)
def test_a_missing_extra_names_the_install_command(tmp_path, monkeypatch, module, data, name, extra):
    data = build_docx() if data is None else data
    monkeypatch.setitem(sys.modules, module, None)  # import fails as when the package is not installed
    message = refused(tmp_path, data, name)
    assert message.endswith(f"needs the '{extra}' extra: pip install 'readout-diff[{extra}]'")


def test_an_extra_that_fails_to_load_says_so(tmp_path, monkeypatch):
    from readout_diff import errors

    def broken(name):
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean.\nInstall it.")

    monkeypatch.setattr(errors.importlib, "import_module", broken)
    message = refused(tmp_path, PAGE.read_bytes(), "page.html")
    assert message == (
        "reading web pages needs trafilatura, which is installed but fails to load (lxml.html.clean module "
        "is now a separate project lxml_html_clean.): pip install 'readout-diff[html]'"
    )
