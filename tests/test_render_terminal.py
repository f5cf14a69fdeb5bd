"""The terminal report: content, plain text without colour, widths respected, input shown literally."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from rich.cells import cell_len

from readout_diff.model import DocumentResult, Result
from readout_diff.pipeline import compare_path, compare_text
from readout_diff.render import RenderOptions, get
from readout_diff.render.terminal import _highlight_differences, render

from .conftest import DATA, SEEDS

FREEDONIA = (DATA / "freedonia.txt").read_text(encoding="utf-8")

ANSI = re.compile(r"\x1b\[")


def report(text: str = FREEDONIA, *, color: bool = False, width: int = 100) -> str:
    return render(Result((compare_text(text, "freedonia.txt"),), ()), RenderOptions(color=color, width=width))


def table_rows(text: str) -> list[str]:
    """The lines of the side-by-side table: left, right and score cells between four borders."""
    return [line for line in text.splitlines() if line.count("│") == 4]


@pytest.fixture(scope="module")
def freedonia() -> DocumentResult:
    return compare_text(FREEDONIA, "freedonia.txt")


def test_registered_as_the_terminal_format() -> None:
    assert get("terminal") is render


def test_plain_without_colour_and_styled_with_it() -> None:
    assert not ANSI.search(report(color=False))
    assert ANSI.search(report(color=True))


@pytest.mark.parametrize("color", [False, True], ids=["plain", "color"])
def test_deterministic(color: bool) -> None:
    assert report(color=color) == report(color=color)


def test_shows_document_statements_and_sections() -> None:
    text = report()
    for expected in [
        "Freedonia and Sylvania talk trade",  # the headline
        "freedonia.txt",
        "Ministry of Foreign Affairs",
        "Department of State",
        "Republic of Freedonia · 2025-03-03 · 4 sentences",
        "Readout of the meeting",
        "Only in Ministry of Foreign Affairs (s1)",
        "Only in Department of State (s2)",
        "Key terms only in Ministry of Foreign Affairs (s1)",
        "Key terms only in Department of State (s2)",
    ]:
        assert expected in text, expected


def test_summary_counts_each_side(freedonia: DocumentResult) -> None:
    comparison = freedonia.comparisons[0]
    text = report()
    assert f"{len(comparison.matches)} matched" in text
    assert f"{len(comparison.left_only)} only in Ministry of Foreign Affairs (s1)" in text
    assert f"{len(comparison.right_only)} only in Department of State (s2)" in text


def test_every_sentence_shown_with_its_id(freedonia: DocumentResult) -> None:
    """Matched sentences sit in the table, the others under "Only in", each after its id."""
    text = report(width=200)
    comparison = freedonia.comparisons[0]
    left, right = freedonia.document.statements
    for statement, only in ((left, comparison.left_only), (right, comparison.right_only)):
        for index in only:
            assert f"{statement.sentence_id(index)} {statement.sentences[index].text}" in text
    for match in comparison.matches:
        row = next(line for line in table_rows(text) if f"{left.sentence_id(match.left[0])} " in line)
        assert f"{right.sentence_id(match.right[0])} " in row
        assert f"{match.score:.2f}" in row


def test_only_sentences_show_their_nearest_candidate(freedonia: DocumentResult) -> None:
    comparison = freedonia.comparisons[0]
    right = freedonia.document.statements[1]
    nearest = comparison.left_nearest[0]
    assert nearest is not None
    assert f"nearest: {right.sentence_id(nearest.index)} ({nearest.score:.2f})" in report()


def test_key_terms_listed(freedonia: DocumentResult) -> None:
    comparison = freedonia.comparisons[0]
    text = report(width=200)
    assert ", ".join(comparison.left_terms) in text
    assert ", ".join(comparison.right_terms) in text


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_lines_fit_the_width(width: int) -> None:
    lines = report(width=width).splitlines()
    assert max(cell_len(line) for line in lines) <= width
    assert all(line == line.rstrip() for line in lines)


def test_matched_table_readable_at_80_columns() -> None:
    """No text column squeezed to a sliver: each side of the table keeps room for whole words."""
    rows = table_rows(report(width=80))
    assert rows
    for row in rows:
        left, right, _score = row.strip("│").split("│")
        assert len(left) >= 25 and len(right) >= 25


@pytest.mark.parametrize("markup", ["[bold]Grain for all[/bold]", "[/]", "[red on blue]x"])
def test_input_text_is_never_read_as_markup(markup: str) -> None:
    text = FREEDONIA.replace("Minister Firefly raised", f"Minister Firefly quoted {markup} and raised")
    assert markup in report(text, color=True)
    assert markup in report(text, color=False)


def test_words_the_other_side_lacks_are_styled() -> None:
    text = _highlight_differences("Secretary Trentino met Minister Firefly.", frozenset({"met", "minister"}))
    styled = {text.plain[span.start : span.end] for span in text.spans}
    assert styled == {"Secretary", "Trentino", "Firefly."}


def test_same_issuer_twice_kept_apart() -> None:
    text = FREEDONIA.replace("Department of State\nSylvania", "Ministry of Foreign Affairs\nSylvania")
    out = report(text)
    assert "Only in Ministry of Foreign Affairs (s1)" in out
    assert "Only in Ministry of Foreign Affairs (s2)" in out


def test_three_statements_one_section_per_pair() -> None:
    third = (DATA / "marsovia.part").read_text(encoding="utf-8")
    result = compare_text(FREEDONIA + third, "three.txt")
    assert len(result.document.statements) == 3
    out = render(Result((result,), ()), RenderOptions())
    assert [line.split(" ─")[0] for line in out.splitlines() if " vs " in line and "─" in line] == [
        "s1 vs s2",
        "s1 vs s3",
        "s2 vs s3",
    ]


def test_document_without_headline_shows_its_source(freedonia: DocumentResult) -> None:
    untitled = replace(freedonia, document=replace(freedonia.document, title=None))
    out = render(Result((untitled,), ()), RenderOptions())
    assert "freedonia.txt" in out
    assert "Freedonia and Sylvania talk trade" not in out


def test_documents_in_input_order(freedonia: DocumentResult) -> None:
    other = replace(freedonia, document=replace(freedonia.document, source="other.txt", title="Second"))
    out = render(Result((freedonia, other), ()), RenderOptions())
    assert out.index("freedonia.txt") < out.index("other.txt")


def test_nothing_to_report_is_empty() -> None:
    assert render(Result((), ()), RenderOptions()) == ""


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda path: path.name)
def test_repo_seed(seed: Path) -> None:
    out = render(Result((compare_path(str(seed)),), ()), RenderOptions(width=100))
    issuers = ["United States Department of State", "Ministry of Foreign Affairs"]
    for expected in [*issuers, "human rights", "terrorism"]:
        assert expected in out, expected
    assert max(cell_len(line) for line in out.splitlines()) <= 100


def test_control_characters_from_the_input_never_reach_the_terminal():
    from readout_diff.model import Result
    from readout_diff.pipeline import compare_text
    from readout_diff.render import RenderOptions, get

    text = (
        "Issuer: Ministry of Sylvania \x1b]0;title\x07\nDate: 2024-01-01\nTitle: Talks\n\n"
        "The ministers met in the capital \x1b[31mtoday\x1b[0m. They discussed fish.\n\n---\n\n"
        "Issuer: Government of Freedonia\nDate: 2024-01-01\nTitle: Talks held\n\n"
        "The ministers met in the capital today. They discussed grain.\n"
    )
    out = get("terminal")(Result((compare_text(text, "esc"),), ()), RenderOptions(color=False, width=100))
    assert "\x1b" not in out and "\x07" not in out
    assert "␛" in out
