"""The Word report: re-read with python-docx, it holds the statements' headers, the counts, every
one-side-only sentence with its nearest candidate, the matched pairs side by side with exactly the differing
words highlighted, the topic grid, emphasis, conflicts and speakers; the same bytes for the same input; a
missing extra and a terminal are one-line errors; and a headless LibreOffice opens it (where installed)."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from readout_diff import cli
from readout_diff.errors import ExitStatus
from readout_diff.model import DocumentResult, Failure, Result
from readout_diff.pipeline import compare_path, compare_text
from readout_diff.render import MissingExtra, RenderOptions, get, lookup
from readout_diff.render.docx import highlight_parts, render
from readout_diff.report import ComparisonReport, DocumentReport, build_report, mark_words, word_key

from .analysis_cases import HOSTILE_LABEL, HOSTILE_PLACE, bare, made_up
from .conftest import DATA, ROOT, SEEDS
from .docx_reading import MARK, Block, blocks, headings, outline, section

FREEDONIA = (DATA / "freedonia.txt").read_text(encoding="utf-8")
MARSOVIA = (DATA / "marsovia.part").read_text(encoding="utf-8")  # a third statement

#: Every seed of the repository and of tests/data that holds two or more statements.
SEED_PATHS = sorted(SEEDS.glob("*.txt")) + sorted(
    p for p in DATA.iterdir() if p.suffix in (".txt", ".md") and p.name != "one-statement.txt"
)

#: How long a headless LibreOffice may take to convert one report (a cold start is a few seconds).
SOFFICE_TIMEOUT = 120


def word_file(*documents: DocumentResult, errors: tuple[Failure, ...] = ()) -> bytes:
    return render(build_report(Result(documents, errors)), RenderOptions())


def one_line(text: str) -> str:
    return " ".join(text.split())


def comparison_blocks(found: list[Block], comparison: ComparisonReport) -> list[Block]:
    """The blocks of one comparison: from its heading to the next comparison's (or the end)."""
    left, right = comparison.left.statement, comparison.right.statement
    start = next(i for i, b in enumerate(found) if b.style.startswith("Heading")
                 and b.text.startswith(f"{left.id} vs {right.id}: "))  # fmt: skip
    level = found[start].style
    end = next((i for i in range(start + 1, len(found)) if found[i].style == level), len(found))
    return found[start:end]


def label(statement) -> str:
    return f"{statement.issuer} ({statement.id})"


@pytest.fixture(scope="module")
def freedonia() -> DocumentResult:
    return compare_text(FREEDONIA, "freedonia.txt")


@pytest.fixture(scope="module")
def seeds() -> dict[str, DocumentResult]:
    return {path.name: compare_path(str(path)) for path in SEED_PATHS}


def test_registered_as_a_binary_format_with_its_extra() -> None:
    fmt = lookup("docx")
    assert (fmt.binary, fmt.extra, fmt.suffix) == (True, "docx", "docx")
    assert get("docx") is render
    assert not any(lookup(name).binary for name in ("terminal", "json", "jsonl", "markdown", "html"))


def test_a_word_file() -> None:
    data = word_file(made_up())
    assert zipfile.is_zipfile(io.BytesIO(data))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert names[0] == "[Content_Types].xml" and "word/document.xml" in names
        assert not any("thumbnail" in name for name in names)  # python-docx's blank-page picture
    assert docx.Document(io.BytesIO(data)).paragraphs


# ---------------------------------------------------------------------------------------------------
# Content, on every seed


@pytest.mark.parametrize("name", [p.name for p in SEED_PATHS])
def test_statements_headers(name: str, seeds: dict[str, DocumentResult]) -> None:
    report = build_report(Result((seeds[name],), ()))
    (document,) = report.documents
    found = blocks(render(report, RenderOptions()))
    assert found[0].style == "Title"
    assert found[0].text == one_line(document.title or document.source)
    assert found[1].text.startswith(f"Source: {document.source} · ")
    table = next(b for b in found if b.style == "table")
    assert table.rows[0] == ("id", "issuer", "place", "date", "title", "sentences")
    assert table.rows[1:] == tuple(
        (s.id, one_line(s.issuer), one_line(s.place or ""), s.date or "", one_line(s.title or ""),
         str(len(s.sentences)))
        for s in document.statements
    )  # fmt: skip


def check_comparison(found: list[Block], comparison: ComparisonReport) -> None:
    """Counts, only lists, the match table and the topic grid of one comparison, as re-read."""
    mine = comparison_blocks(found, comparison)
    left, right = comparison.sides
    summary = mine[1].text
    assert summary == (
        f"{len(comparison.matches)} matched · {len(left.only)} only in {label(left.statement)} · "
        f"{len(right.only)} only in {label(right.statement)}"
    )
    placed: list[str] = []
    for side in comparison.sides:
        items = section(mine, f"Only in {label(side.statement)}")
        if not side.only:
            assert [b.text for b in items] == ["Nothing: every sentence was matched."]
            continue
        assert [b.style for b in items] == ["List Bullet"] * len(side.only)
        for item, only in zip(items, side.only):
            sentence, note = item.text.split("\n")
            assert sentence == f"{only.sentence.id} {one_line(only.sentence.text)}"
            near = only.nearest
            assert note.startswith(f"nearest: {near.sentence.id} ({near.score:.2f}) “") if near else (
                note == "nearest: none"
            )
            placed.append(only.sentence.id)
    matched = section(mine, f"Matched ({len(comparison.matches)})")
    if comparison.matches:
        table = next(b for b in matched if b.style == "table")
        assert table.rows[0] == (label(left.statement), label(right.statement))
        assert len(table.rows) == 1 + 2 * len(comparison.matches)
        for number, match in enumerate(comparison.matches):
            (details,) = table.rows[1 + 2 * number]
            assert details.startswith(f"Match {match.number} · score {match.score:.2f}")
            for evidence in match.evidence:
                assert f" · {evidence}" in details
            pair = table.rows[2 + 2 * number]
            for cell, sentences in zip(pair, (match.left, match.right)):
                assert cell.split("\n") == [f"{m.sentence.id} {one_line(m.sentence.text)}" for m in sentences]
                placed.extend(m.sentence.id for m in sentences)
    # Every sentence of both statements appears once: in an only list or in the match table.
    every = [s.id for side in comparison.sides for s in side.statement.sentences]
    assert sorted(placed) == sorted(every)
    grid = section(mine, "Topics")
    if not comparison.topics:
        assert grid[0].text == "No topic found."
        return
    table = next(b for b in grid if b.style == "table")
    assert table.rows[0] == ("topic", "mentioned by", label(left.statement), label(right.statement))
    assert table.rows[1:] == tuple(
        (one_line(row.label), row.marker,
         *(", ".join(s.id for s in cell) if cell else "not mentioned" for cell in (row.left, row.right)))
        for row in comparison.topics
    )  # fmt: skip


@pytest.mark.parametrize("name", [p.name for p in SEED_PATHS])
def test_counts_only_lists_matches_and_topics(name: str, seeds: dict[str, DocumentResult]) -> None:
    report = build_report(Result((seeds[name],), ()))
    found = blocks(render(report, RenderOptions()))
    for comparison in report.documents[0].comparisons:
        check_comparison(found, comparison)


def differing(text: str) -> tuple[list[str], str]:
    """The ``[[marked]]`` runs of a re-read sentence, and its text with them taken out."""
    pattern = re.escape(MARK).replace(r"\{\}", "(.*?)")
    return re.findall(pattern, text), re.sub(pattern, " ", text)


@pytest.mark.parametrize("name", [p.name for p in SEED_PATHS])
def test_exactly_the_differing_words_are_highlighted(name: str, seeds: dict[str, DocumentResult]) -> None:
    report = build_report(Result((seeds[name],), ()))
    found = blocks(render(report, RenderOptions()), mark=True)
    highlighted_somewhere = False
    for comparison in report.documents[0].comparisons:
        mine = comparison_blocks(found, comparison)
        matched = section(mine, f"Matched ({len(comparison.matches)})")
        tables = [b for b in matched if b.style == "table"]
        for number, match in enumerate(comparison.matches):
            pair = tables[0].rows[2 + 2 * number]
            for cell, sentences in zip(pair, (match.left, match.right)):
                for line, m in zip(cell.split("\n"), sentences):
                    marked, rest = differing(line.removeprefix(m.sentence.id + " "))
                    expected = {word_key(w.text) for w in m.words if w.differs}
                    assert {word_key(w) for run in marked for w in run.split()} == expected
                    assert not {word_key(w) for w in rest.split()} & expected
                    highlighted_somewhere |= bool(marked)
    assert highlighted_somewhere or not any(d.comparisons for d in report.documents)


# (label, sentence, the other side's words, the sentence's parts: text and whether it is set as differing)
HIGHLIGHT_CASES = [
    ("words", "Secretary Trentino met Minister Firefly.", {"met", "minister"},
     [("Secretary Trentino", True), (" met Minister ", False), ("Firefly", True), (".", False)]),
    ("case and punctuation ignored", "Met, (MINISTER) again", {"met", "minister", "again"},
     [("Met, (MINISTER) again", False)]),
    ("run across a comma", "Today, February 7", {"7"}, [("Today, February", True), (" 7", False)]),
    ("nothing shared", "Fish.", set(), [("Fish", True), (".", False)]),
    ("brackets stay plain", "(Sylvania) met", {"met"}, [("(", False), ("Sylvania", True), (") met", False)]),
    ("punctuation only", "– . –", set(), [("– . –", False)]),
    ("line break inside", "the\nnorthern  bay", {"the"}, [("the\n", False), ("northern  bay", True)]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "text", "other", "expected"), HIGHLIGHT_CASES, ids=[case[0] for case in HIGHLIGHT_CASES]
)
def test_highlight_parts(label: str, text: str, other: set[str], expected: list[tuple[str, bool]]) -> None:
    parts = highlight_parts(text, mark_words(text, frozenset(other)))
    assert [(part, "different" in looks) for part, looks in parts] == expected
    assert "".join(part for part, _ in parts) == text


# ---------------------------------------------------------------------------------------------------
# The analysis sections, on a made-up comparison with conflicts, speakers and hostile text


def test_made_up_sections_in_order() -> None:
    found = blocks(word_file(made_up()))
    assert headings(found) == [
        ("Title", "Sylvania and Freedonia talk rivers"),
        ("Heading 1", "s1 vs s2: Ministry of Foreign Affairs of Sylvania and Government of Freedonia"),
        ("Heading 2", "Only in Ministry of Foreign Affairs of Sylvania (s1)"),
        ("Heading 2", "Only in Government of Freedonia (s2)"),
        ("Heading 2", "Matched (2)"),
        ("Heading 2", "Topics"),
        ("Heading 2", "Emphasis"),
        ("Heading 2", "Conflicting facts (2)"),
        ("Heading 2", "Who said it"),
    ]


def test_conflicts_emphasis_speakers_and_key_terms() -> None:
    found = blocks(word_file(made_up()))
    conflicts = [b.text for b in section(found, "Conflicting facts (2)")]
    visible_place = HOSTILE_PLACE.replace("\x1b", "\u241b")  # the escape shown as its control picture
    assert conflicts == [
        'date, in matched sentences: date: "7 March" vs "8 March" — s1.1 “7 March” vs s2.1 “8 March”',
        f'place, across the statements: place: "{visible_place}" vs "Port Heron" — '
        f"s1.3 “{visible_place}” vs s2.3 “Port Heron”",
    ]
    emphasis = section(found, "Emphasis")
    assert emphasis[0].text == "s1 is 0.60x the length of s2"
    assert emphasis[1].rows[1:] == (
        ("Ministry of Foreign Affairs of Sylvania (s1)", "30", "River treaty",
         "River treaty 60% · Next visit 40%"),
        ("Government of Freedonia (s2)", "50", HOSTILE_LABEL,
         f"River treaty 30% · {HOSTILE_LABEL} 35% · Next visit <1%"),
    )  # fmt: skip
    speakers = [(b.style, b.text) for b in section(found, "Who said it")]
    assert speakers == [
        ("Normal", "Ministry of Foreign Affairs of Sylvania (s1)"),
        ("List Bullet", "Minister Ardent — stressed (s1.2)"),
        ("List Bullet", "both ministers — agreed (s1.3)"),
        ("Normal", "Government of Freedonia (s2)"),
        ("List Bullet", "both sides — discussed (s2.1), agreed (s2.3)"),
        ("List Bullet", "Minister Firefly — raised (s2.2)"),
    ]
    terms = [b.text for b in found if b.text.startswith("Key terms only in ")]
    assert terms == [
        "Key terms only in Ministry of Foreign Affairs of Sylvania (s1): river treaty",
        "Key terms only in Government of Freedonia (s2): grain exports",
    ]


def test_without_analysis_each_section_says_so() -> None:
    found = blocks(word_file(bare()))
    for heading, note in [
        ("Topics", "No topic found."),
        ("Emphasis", "No emphasis measured."),
        ("Conflicting facts", "No conflicting facts found."),
    ]:
        assert [b.text for b in section(found, heading)] == [note]


def test_text_no_xml_can_hold_is_shown_not_refused() -> None:
    """Controls show as their pictures (as in the other formats), what XML cannot hold as U+FFFD, and a
    vertical tab is whitespace: python-docx would refuse the file otherwise."""
    text = FREEDONIA.replace("hold talks", "hold \x1b[31mtalks\x07").replace(
        "release of detained journalists.", "release\x0bof detained journalists \uffff."
    )
    found = blocks(word_file(compare_text(text, "odd\x1b.txt")))
    assert found[1].text.startswith("Source: odd\u241b.txt")
    assert found[2].rows[1][4] == "Freedonia and Sylvania hold \u241b[31mtalks\u2407"
    assert "s2.3 The Secretary pressed for the release of detained journalists \ufffd." in [
        b.text.split("\n")[0] for b in found
    ]


# ---------------------------------------------------------------------------------------------------
# Several documents, errors, nothing


def test_several_documents_get_a_list_first(freedonia: DocumentResult) -> None:
    other = replace(freedonia, document=replace(freedonia.document, source="other.txt", title=None))
    data = word_file(freedonia, other, errors=(Failure("x.txt", "no such file"),))
    found = blocks(data)
    assert [(b.style, b.text) for b in found[:4]] == [
        ("Title", "readout-diff report"),
        ("Normal", "2 documents · 1 failed"),
        ("List Number", "Freedonia and Sylvania talk trade: 2 statements · 3 matched · 2 only"),
        ("List Number", "other.txt: 2 statements · 3 matched · 2 only"),
    ]
    assert [text for style, text in headings(found) if style == "Heading 1"] == [
        "Freedonia and Sylvania talk trade", "other.txt", "Files not compared",
    ]  # fmt: skip
    assert [b.text for b in section(found, "Files not compared")] == ["x.txt: no such file"]
    # Each meeting after the first starts a page.
    headings_1 = [p for p in docx.Document(io.BytesIO(data)).paragraphs if p.style.name == "Heading 1"]
    breaks = [(p.text, p.paragraph_format.page_break_before) for p in headings_1]
    assert breaks == [
        ("Freedonia and Sylvania talk trade", None), ("other.txt", True), ("Files not compared", None),
    ]  # fmt: skip


def test_three_statements_one_section_per_pair() -> None:
    result = compare_text(FREEDONIA + MARSOVIA, "three.txt")
    found = blocks(word_file(result))
    pairs = [text.split(":")[0] for style, text in headings(found) if style == "Heading 1"]
    assert pairs == ["s1 vs s2", "s1 vs s3", "s2 vs s3"]
    for comparison in build_report(Result((result,), ())).documents[0].comparisons:
        check_comparison(found, comparison)


def test_nothing_compared_is_still_a_word_file() -> None:
    found = blocks(word_file(errors=(Failure("missing.txt", "no such file"),)))
    assert [(b.style, b.text) for b in found] == [
        ("Title", "readout-diff report"),
        ("Normal", "No document was compared."),
        ("Heading 1", "Files not compared"),
        ("List Bullet", "missing.txt: no such file"),
    ]


# ---------------------------------------------------------------------------------------------------
# The same bytes


def test_byte_identical_across_runs_and_clock(freedonia: DocumentResult, monkeypatch) -> None:
    first = word_file(freedonia)
    later = time.time() + 3 * 86400 + 7  # python-docx stamps zip entries with the clock
    monkeypatch.setattr(time, "time", lambda: later)
    again = word_file(compare_text(FREEDONIA, "freedonia.txt"))
    assert first == again
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_properties_dated_by_the_newest_statement(freedonia: DocumentResult) -> None:
    properties = docx.Document(io.BytesIO(word_file(freedonia))).core_properties
    assert (properties.title, properties.author) == ("Freedonia and Sylvania talk trade", "readout-diff")
    assert properties.created.isoformat() == properties.modified.isoformat() == "2025-03-03T00:00:00+00:00"
    undated = made_up()
    statements = tuple(replace(s, header=replace(s.header, date=None)) for s in undated.document.statements)
    undated = replace(undated, document=replace(undated.document, statements=statements))
    properties = docx.Document(io.BytesIO(word_file(undated))).core_properties
    assert properties.created is None and properties.modified is None  # not the time of the run


def test_a_long_title_is_cut_in_the_properties() -> None:
    """A headline longer than a core property holds (255 characters) is cut there, whole in the text."""
    headline = "Readouts of the talks " + "on the river and the border " * 12
    result = compare_text(f"{headline.strip()}\n\n{FREEDONIA}", "long.txt")
    data = word_file(result)
    title = docx.Document(io.BytesIO(data)).core_properties.title
    assert len(title) == 255 and title.endswith("…") and headline.startswith(title[:-1])
    assert any(b.text.startswith(headline.strip()) for b in blocks(data))  # whole in the report itself


def test_seed_outline_is_stable(seeds: dict[str, DocumentResult]) -> None:
    """The outline the golden file holds is the same for two renderings (tests/golden/seed.docx.txt)."""
    seed = seeds[SEED_PATHS[0].name]
    assert outline(word_file(seed)) == outline(word_file(compare_path(str(SEED_PATHS[0]))))


# ---------------------------------------------------------------------------------------------------
# The command line


@pytest.fixture
def run(monkeypatch):
    monkeypatch.chdir(ROOT)

    def invoke(*args: str):
        return CliRunner().invoke(cli.main, list(args))

    return invoke


def test_cli_writes_the_file_atomically(run, tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    target.write_bytes(b"old report")
    result = run("-f", "docx", "-o", str(target), "seeds/")
    assert result.exit_code == ExitStatus.OK and result.stdout == "" and result.stderr == ""
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]
    seed = compare_path(f"seeds/{SEED_PATHS[0].name}")
    assert target.read_bytes() == word_file(seed)


def test_cli_writes_to_a_pipe(run, tmp_path: Path) -> None:
    """Standard output that is not a terminal (a pipe, ``> report.docx``) takes the file's bytes."""
    target = tmp_path / "report.docx"
    run("-f", "docx", "-o", str(target), "seeds/")
    piped = run("-f", "docx", "seeds/")
    assert piped.exit_code == ExitStatus.OK
    assert piped.stdout_bytes == target.read_bytes()
    assert run("-f", "docx", "-o", "-", "seeds/").stdout_bytes == target.read_bytes()


TERMINAL_REFUSED = (
    "readout-diff: --format docx writes a file, not text for a terminal: add -o report.docx "
    "(or redirect standard output to a file)\n"
)


@pytest.mark.parametrize("args", [[], ["-o", "-"]], ids=["no -o", "-o -"])
def test_cli_refuses_a_terminal(run, monkeypatch, args: list[str]) -> None:
    monkeypatch.setattr(cli, "_stdout_is_terminal", lambda: True)
    result = run("-f", "docx", *args, "seeds/")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stderr == TERMINAL_REFUSED and result.stdout_bytes == b""


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminal on this platform")
def test_cli_refuses_a_real_terminal(tmp_path: Path) -> None:
    controller, terminal = os.openpty()
    try:
        process = subprocess.run(
            [sys.executable, "-m", "readout_diff", "-f", "docx", str(SEED_PATHS[0])],
            stdout=terminal, stderr=subprocess.PIPE, cwd=tmp_path, timeout=60,
        )  # fmt: skip
    finally:
        os.close(terminal)
        os.close(controller)
    assert process.returncode == ExitStatus.INPUT_ERROR
    assert process.stderr.decode() == TERMINAL_REFUSED


def test_cli_names_the_install_command_when_python_docx_is_missing(run, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delitem(sys.modules, "readout_diff.render.docx", raising=False)
    monkeypatch.setitem(sys.modules, "docx", None)  # ``import docx`` now fails as if it were not installed
    message = (
        "--format docx needs the 'docx' extra: pip install 'readout-diff[docx]'"
    )
    with pytest.raises(MissingExtra, match=re.escape(message)):
        get("docx")
    result = run("-f", "docx", "-o", str(tmp_path / "report.docx"), "seeds/")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stderr == f"readout-diff: {message}\n"
    assert list(tmp_path.iterdir()) == []
    assert run("-f", "json", "seeds/").exit_code == ExitStatus.OK  # the other formats need no extra


# ---------------------------------------------------------------------------------------------------
# LibreOffice opens it


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip(
            "LibreOffice is not installed (no soffice on PATH), so the report's round trip through a word "
            "processor is not checked: apt-get install libreoffice-writer-nogui (.ci/run does)"
        )
    return found


def test_libreoffice_converts_it(tmp_path: Path, seeds: dict[str, DocumentResult]) -> None:
    program = soffice()
    report = build_report(Result((seeds[SEED_PATHS[0].name], made_up()), ()))
    source = tmp_path / "report.docx"
    source.write_bytes(render(report, RenderOptions()))
    profile = (tmp_path / "profile").as_uri()  # its own profile: no clash with a running LibreOffice
    converted = subprocess.run(
        [program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "txt:Text",
         "--outdir", str(tmp_path / "out"), str(source)],
        capture_output=True, text=True, timeout=SOFFICE_TIMEOUT,
    )  # fmt: skip
    text_file = tmp_path / "out" / "report.txt"
    assert converted.returncode == 0 and text_file.exists(), converted.stdout + converted.stderr
    text = text_file.read_text(encoding="utf-8-sig")
    for document in report.documents:
        check_converted(text, document)


def check_converted(text: str, document: DocumentReport) -> None:
    """What LibreOffice read: headings, every sentence, the topic labels and the conflicts' details."""
    lines = [one_line(line) for line in text.splitlines()]
    for comparison in document.comparisons:
        left, right = comparison.left.statement, comparison.right.statement
        assert f"{left.id} vs {right.id}: {one_line(left.issuer)} and {one_line(right.issuer)}" in lines
        for side in comparison.sides:
            assert f"Only in {label(side.statement)}" in lines
            for sentence in side.statement.sentences:
                assert f"{sentence.id} {one_line(sentence.text)}".replace("\x1b", "\u241b") in text
        for row in comparison.topics:
            assert one_line(row.label) in lines
        for conflict in comparison.conflicts:
            assert one_line(conflict.detail).replace("\x1b", "\u241b") in text
