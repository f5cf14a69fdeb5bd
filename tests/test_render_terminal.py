"""The terminal report: content, plain text without colour, widths respected, input shown literally."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from rich.cells import cell_len

from readout_diff.model import DocumentResult, Result
from readout_diff.pipeline import compare_path, compare_paths, compare_text
from readout_diff.render import RenderOptions, get
from readout_diff.render.terminal import _highlight_differences, render

from .analysis_cases import HOSTILE_LABEL, HOSTILE_PLACE, bare, made_up
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
    assert f"{len(comparison.alignment.matches)} matched" in text
    assert f"{len(comparison.alignment.left_only)} only in Ministry of Foreign Affairs (s1)" in text
    assert f"{len(comparison.alignment.right_only)} only in Department of State (s2)" in text


def test_every_sentence_shown_with_its_id(freedonia: DocumentResult) -> None:
    """Matched sentences sit in the table, the others under "Only in", each after its id."""
    text = report(width=200)
    comparison = freedonia.comparisons[0]
    left, right = freedonia.document.statements
    for statement, only in ((left, comparison.alignment.left_only), (right, comparison.alignment.right_only)):
        for index in only:
            assert f"{statement.sentence_id(index)} {statement.sentences[index].text}" in text
    for match in comparison.alignment.matches:
        row = next(line for line in table_rows(text) if f"{left.sentence_id(match.left[0])} " in line)
        assert f"{right.sentence_id(match.right[0])} " in row
        assert f"{match.score:.2f}" in row


def test_only_sentences_show_their_nearest_candidate(freedonia: DocumentResult) -> None:
    comparison = freedonia.comparisons[0]
    right = freedonia.document.statements[1]
    nearest = comparison.alignment.left_nearest[0]
    assert nearest is not None
    assert f"nearest: {right.sentence_id(nearest.index)} ({nearest.score:.2f})" in report()


def test_key_terms_listed(freedonia: DocumentResult) -> None:
    comparison = freedonia.comparisons[0]
    text = report(width=200)
    assert ", ".join(comparison.terms.left) in text
    assert ", ".join(comparison.terms.right) in text


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


# ---------------------------------------------------------------------------------------------------
# Topics, emphasis, conflicting facts, who said it (issue 7): on the seed and on a made-up comparison


def flat(text: str) -> str:
    """The report with every run of whitespace made one space: phrases wrapped over lines read whole."""
    return " ".join(text.split())


def section(text: str, heading: str, end: str | None = None) -> str:
    """The report from the line starting with ``heading`` to the next line starting with ``end``."""
    lines = text.splitlines()
    start = next(k for k, line in enumerate(lines) if line.startswith(heading))
    stop = next((k for k in range(start + 1, len(lines)) if end and lines[k].startswith(end)), len(lines))
    return "\n".join(lines[start:stop])


def grid_rows(text: str) -> list[list[str]]:
    """The topic grid's rows, cells stripped (a wrapped row's continuation lines are joined to it)."""
    grid = section(text, "Topics", "Emphasis").splitlines()
    body = grid[grid.index(next(line for line in grid if line.startswith("├"))) + 1 :]
    rows: list[list[str]] = []
    for line in body:
        if not line.startswith("│"):
            continue
        cells = [cell.strip() for cell in line.strip("│").split("│")]
        if cells[1] or not rows:  # the "mentioned by" cell is never empty, nor ever wraps
            rows.append(cells)
        else:
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells)]
    return rows


@pytest.fixture(scope="module")
def seed_result(seed_path: Path) -> DocumentResult:
    (result,) = compare_paths([str(seed_path)]).documents
    return result


@pytest.fixture(scope="module")
def seed_report(seed_result: DocumentResult) -> str:
    return render(Result((seed_result,), ()), RenderOptions(width=100))


@pytest.fixture(scope="module")
def made_up_report() -> str:
    return render(Result((made_up(),), ()), RenderOptions(width=100))


def test_new_sections_follow_the_key_terms(seed_report: str) -> None:
    headings = [
        "Key terms only in Ministry of Foreign Affairs (s2)",
        "Topics",
        "Emphasis",
        "Conflicting facts",
        "Who said it in United States Department of State (s1)",
        "Who said it in Ministry of Foreign Affairs (s2)",
    ]
    lines = seed_report.splitlines()
    positions = [lines.index(heading) for heading in headings]
    assert positions == sorted(positions)


def test_seed_topic_grid(seed_result: DocumentResult, seed_report: str) -> None:
    """A row per topic, one-side topics first and marked, each cell the sentence ids or "not mentioned"."""
    (comparison,) = seed_result.comparisons
    left, right = seed_result.document.statements
    grid = section(seed_report, "Topics", "Emphasis")
    assert "United States Department" in grid and "Ministry of Foreign" in grid  # a column per statement
    rows = grid_rows(seed_report)
    assert [row[0] for row in rows] == [topic.label for topic in comparison.analysis.topics]
    sides = [topic.side for topic in comparison.analysis.topics]
    assert sides.index("both") == sum(side != "both" for side in sides) > 0, "one-side topics come first"
    for row, topic in zip(rows, comparison.analysis.topics):
        marker = {"both": "both", "left": "only s1", "right": "only s2"}[topic.side]
        cells = [
            ", ".join(statement.sentence_id(i) for i in indices) if indices else "not mentioned"
            for statement, indices in ((left, topic.left), (right, topic.right))
        ]
        assert row[1:] == [marker, *cells]
    assert rows[0] == ["Human rights", "only s1", "s1.3, s1.4", "not mentioned"]


def test_seed_emphasis(seed_result: DocumentResult, seed_report: str) -> None:
    (comparison,) = seed_result.comparisons
    labels = {row.topic: row.label for row in comparison.analysis.topics}
    emphasis = flat(section(seed_report, "Emphasis", "Conflicting facts"))
    words = (comparison.analysis.left_emphasis.words, comparison.analysis.right_emphasis.words)
    assert f"s1 is {words[0] / words[1]:.2f}x the length of s2" in emphasis
    assert "s1 is 0.60x the length of s2" in emphasis
    analysis = comparison.analysis
    for sid, measured in (("s1", analysis.left_emphasis), ("s2", analysis.right_emphasis)):
        shares = " · ".join(f"{labels[t.topic]} {t.share:.0%}" for t in measured.topics)
        lead = labels[measured.leads_with]
        assert f"{sid} {measured.words} words · leads with: {lead} {shares}" in emphasis
    assert "leads with: Crime and law enforcement The meeting itself 70% ·" in emphasis


def test_seed_has_no_conflict_and_says_so(seed_report: str) -> None:
    assert section(seed_report, "Conflicting facts", "Who said it") == (
        "Conflicting facts\n  No conflicting facts found.\n"
    )


def test_seed_speakers(seed_report: str) -> None:
    speakers = section(seed_report, "Who said it in United States Department of State (s1)")
    assert speakers.splitlines() == [
        "Who said it in United States Department of State (s1)",
        "  No speaker named.",
        "",
        "Who said it in Ministry of Foreign Affairs (s2)",
        "  the Cuban delegation — conveyed (s2.3)",
        "  both sides — agreed (s2.7, s2.8)",
    ]


def test_made_up_topic_grid_marks_the_one_side_topic(made_up_report: str) -> None:
    rows = grid_rows(made_up_report)
    assert rows == [
        [HOSTILE_LABEL, "only s2", "not mentioned", "s2.2"],
        ["River treaty", "both", "s1.1, s1.2", "s2.1"],
        ["Next visit", "both", "s1.3", "s2.3"],
    ]


def test_made_up_emphasis(made_up_report: str) -> None:
    emphasis = flat(section(made_up_report, "Emphasis", "Conflicting facts"))
    assert "s1 is 0.60x the length of s2" in emphasis
    assert "s1 30 words · leads with: River treaty River treaty 60% · Next visit 40%" in emphasis
    # leads_with is a topic id: shown by its label; a share under half a percent is "<1%", not "0%"
    shares = f"River treaty 30% · {HOSTILE_LABEL} 35% · Next visit <1%"
    assert f"s2 50 words · leads with: {HOSTILE_LABEL} {shares}" in emphasis


def test_emphasis_leads_with_an_unknown_topic_shows_its_id() -> None:
    result = made_up()
    (comparison,) = result.comparisons
    analysis = comparison.analysis
    left_emphasis = replace(analysis.left_emphasis, leads_with="fisheries")
    odd = replace(comparison, analysis=replace(analysis, left_emphasis=left_emphasis))
    out = render(Result((replace(result, comparisons=(odd,)),), ()), RenderOptions(width=100))
    assert "s1 30 words · leads with: fisheries" in out


def test_made_up_conflicts_quote_both_mentions_with_their_sentence_ids(made_up_report: str) -> None:
    conflicts = section(made_up_report, "Conflicting facts", "Who said it")
    assert conflicts.splitlines()[0] == "Conflicting facts (2)"
    text = flat(conflicts)
    assert 'date, in matched sentences: date: "7 March" vs "8 March"' in text
    assert 's1.1 "7 March" vs s2.1 "8 March"' in text
    shown = HOSTILE_PLACE.replace("\x1b", "␛")
    assert f"place, across the statements: place: \"{shown}\" vs \"Port Heron\"" in text
    assert f's1.3 "{shown}" vs s2.3 "Port Heron"' in text


def test_made_up_speakers_in_order_of_first_credit(made_up_report: str) -> None:
    assert section(made_up_report, "Who said it in Government of Freedonia (s2)").splitlines() == [
        "Who said it in Government of Freedonia (s2)",
        "  both sides — discussed (s2.1), agreed (s2.3)",
        "  Minister Firefly — raised (s2.2)",
    ]
    assert "  Minister Ardent — stressed (s1.2)\n  both ministers — agreed (s1.3)" in made_up_report


def test_mention_control_characters_never_reach_the_terminal() -> None:
    for color in (False, True):
        out = render(Result((made_up(),), ()), RenderOptions(color=color, width=100))
        assert "\x1b[31m" not in out and "␛[31m" in out
        assert "<script>alert(1)</script>" in out  # shown as typed, never read as markup


def test_without_analysis_every_section_says_so() -> None:
    out = render(Result((bare(),), ()), RenderOptions(width=100))
    assert "Topics\n  No topic found.\n" in out
    assert "Emphasis\n  No emphasis measured.\n" in out
    assert "Conflicting facts\n  No conflicting facts found.\n" in out
    assert out.count("  No speaker named.\n") == 2


def test_new_sections_styled_with_colour() -> None:
    out = render(Result((made_up(),), ()), RenderOptions(color=True, width=100))
    assert "\x1b[2;3mnot mentioned" in out  # dim italic
    assert "\x1b[1;35monly s2" in out  # the marker in the right side's colour
    assert not ANSI.search(render(Result((made_up(),), ()), RenderOptions(color=False, width=100)))


@pytest.mark.parametrize("width", [60, 80, 100])
def test_new_sections_fit_the_width(width: int, seed_result: DocumentResult) -> None:
    for result in (seed_result, made_up()):
        lines = render(Result((result,), ()), RenderOptions(width=width)).splitlines()
        assert max(cell_len(line) for line in lines) <= width
