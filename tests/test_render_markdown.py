"""The Markdown report: sections and counts, every sentence id, bold differences, input shown literally."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from readout_diff.model import DocumentResult, Failure, Result
from readout_diff.pipeline import compare_path, compare_text
from readout_diff.render import RenderOptions, get
from readout_diff.render.markdown import code, escape, highlight_differences, render

from .conftest import SEEDS

SYLVANIA = """\
Sylvania and Freedonia discuss fisheries

Issuer: Ministry of Foreign Affairs of Sylvania
Place: Sylvania City
Date: 2024-03-01
Title: Foreign ministers hold talks on fisheries

The ministers met in Sylvania City to discuss fisheries in the northern bay. They agreed to extend the \
joint patrol of the northern bay until 2026. Minister Ardent raised the case of the detained trawler \
Gull. Both sides looked forward to a summit in the autumn.

---

Issuer: Government of Freedonia
Date: 2024-03-01
Title: Readout of the Foreign Minister's visit to Sylvania

Foreign Minister Firefly met Minister Ardent in Sylvania City to discuss fisheries in the northern bay. \
The ministers agreed to extend the joint patrol of the northern bay until 2026. The Foreign Minister \
raised the price of timber exports. Freedonia will host a conference on ocean science in May.
"""

MARSOVIA = """
---

Issuer: Office of the President of Marsovia
Date: 2024-03-02
Title: Marsovia welcomes the fisheries talks

The President of Marsovia welcomed the talks on fisheries in the northern bay. Marsovia hopes to join \
the joint patrol of the northern bay.
"""

# Text that would change rendering if it were not escaped, put into a matched sentence and an only one.
HOSTILE = "a | b *bold* _em_ <script>alert(1)</script> [link](https://example.org) `tick` ~~gone~~ \\ &amp;"

try:
    from markdown_it import MarkdownIt
except ImportError:  # pragma: no cover - Rich depends on markdown-it-py
    MarkdownIt = None

needs_markdown_it = pytest.mark.skipif(MarkdownIt is None, reason="markdown-it-py is not installed")


def to_html(markdown: str) -> str:
    """GitHub-like rendering: CommonMark with raw HTML allowed, plus GFM tables and strikethrough."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)


def report(*documents: DocumentResult, errors: tuple[Failure, ...] = ()) -> str:
    return render(Result(documents, errors), RenderOptions())


def cells(row: str) -> list[str]:
    """The cells of a GFM table row, split on pipes no backslash escapes."""
    assert row.startswith("| ") and row.endswith(" |"), row
    parts, current, escaped = [], "", False
    for char in row[1:-1]:
        if char == "|" and not escaped:
            parts.append(current.strip())
            current = ""
        else:
            current += char
        escaped = char == "\\" and not escaped
    return [*parts, current.strip()]


def table_after(markdown: str, heading: str) -> list[list[str]]:
    """The body rows (as cells) of the first table after ``heading``."""
    lines = markdown[markdown.index(heading) :].splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| "))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append(cells(line))
    return rows


def bold(markdown: str) -> list[str]:
    return re.findall(r"(?<!\\)\*\*(.+?)(?<!\\)\*\*", markdown)


@pytest.fixture(scope="module")
def sylvania() -> DocumentResult:
    return compare_text(SYLVANIA, "talks.txt")


@pytest.fixture(scope="module")
def hostile() -> DocumentResult:
    text = SYLVANIA.replace("until 2026. Minister", f"until 2026 {HOSTILE}. Minister").replace(
        "the detained trawler Gull.", f"the detained trawler Gull {HOSTILE}."
    )
    text = text.replace("Title: Foreign ministers", "Title: Foreign | ministers <b>")
    return compare_text(text, "talks `odd` | name.txt")


def test_registered_as_the_markdown_format() -> None:
    assert get("markdown") is render


def test_headings_and_summary_line(sylvania: DocumentResult) -> None:
    comparison = sylvania.comparisons[0]
    lines = report(sylvania).splitlines()
    for expected in [
        "## Sylvania and Freedonia discuss fisheries",
        "Source: `talks.txt`",
        "### s1 vs s2",
        f"**{len(comparison.matches)}** matched · "
        f"**{len(comparison.left_only)}** only in Ministry of Foreign Affairs of Sylvania (s1) · "
        f"**{len(comparison.right_only)}** only in Government of Freedonia (s2)",
        "#### Only in Ministry of Foreign Affairs of Sylvania (s1)",
        "#### Only in Government of Freedonia (s2)",
        f"#### Matched ({len(comparison.matches)})",
    ]:
        assert expected in lines, expected


def test_statements_table(sylvania: DocumentResult) -> None:
    rows = table_after(report(sylvania), "## Sylvania")
    assert rows == [
        ["s1", "Ministry of Foreign Affairs of Sylvania", "Sylvania City", "2024-03-01",
         "Foreign ministers hold talks on fisheries", "4"],
        ["s2", "Government of Freedonia", "—", "2024-03-01",
         "Readout of the Foreign Minister's visit to Sylvania", "4"],
    ]  # fmt: skip


def test_only_lists_hold_every_only_sentence_with_its_nearest(sylvania: DocumentResult) -> None:
    out = report(sylvania)
    comparison = sylvania.comparisons[0]
    left, right = sylvania.document.statements
    sides = [
        (left, right, comparison.left_only, comparison.left_nearest),
        (right, left, comparison.right_only, comparison.right_nearest),
    ]
    for statement, other, only, nearest in sides:
        section = out.split(f"#### Only in {statement.issuer} ({statement.id})")[1].split("####")[0]
        items = [line for line in section.splitlines() if line.startswith("- ")]
        assert len(items) == len(only) > 0
        for item, index, candidate in zip(items, only, nearest):
            assert item.startswith(f"- `{statement.sentence_id(index)}` {statement.sentences[index].text}")
            assert item.endswith(f"*nearest: {other.sentence_id(candidate.index)} ({candidate.score:.2f})*")


def test_matched_table_one_row_per_match_with_its_score(sylvania: DocumentResult) -> None:
    out = report(sylvania)
    comparison = sylvania.comparisons[0]
    left, right = sylvania.document.statements
    header = "| score | Ministry of Foreign Affairs of Sylvania (s1) | Government of Freedonia (s2) |"
    assert header in out.splitlines()
    rows = table_after(out, "#### Matched")
    assert len(rows) == len(comparison.matches) > 0
    for row, match in zip(rows, comparison.matches):
        assert len(row) == 3
        assert row[0] == f"{match.score:.2f}"
        assert row[1].startswith(f"`{left.sentence_id(match.left[0])}` ")
        assert row[2].startswith(f"`{right.sentence_id(match.right[0])}` ")


def test_differing_words_bold_and_shared_words_not(sylvania: DocumentResult) -> None:
    rows = table_after(report(sylvania), "#### Matched")
    first = rows[0]  # "The ministers met in ..." / "Foreign Minister Firefly met Minister Ardent in ..."
    assert bold(first[1]) == ["ministers"]
    assert bold(first[2]) == ["Foreign Minister Firefly", "Minister Ardent"]
    for shared in ["met", "Sylvania City", "fisheries", "northern bay"]:
        assert shared in first[1] and shared in first[2]
        assert not any(shared in b for b in bold(first[1]) + bold(first[2]))


# (label, sentence, the other side's words, the sentence as Markdown)
HIGHLIGHT_CASES = [
    ("words", "Secretary Trentino met Minister Firefly.", {"met", "minister"},
     "**Secretary Trentino** met Minister **Firefly**."),
    ("case and punctuation ignored", "Met, (MINISTER) again", {"met", "minister", "again"},
     "Met, (MINISTER) again"),
    ("run across a comma", "Today, February 7", {"7"}, "**Today, February** 7"),
    ("nothing shared", "Fish.", set(), "**Fish**."),
    ("markup in a bold word", "a*b* c_d", {"x"}, "**a\\*b\\* c\\_d**"),
    ("punctuation only", "– . –", set(), "– . –"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "text", "other", "expected"), HIGHLIGHT_CASES, ids=[case[0] for case in HIGHLIGHT_CASES]
)
def test_highlight_differences(label: str, text: str, other: set[str], expected: str) -> None:
    assert highlight_differences(text, frozenset(other)) == expected


def test_key_terms_lines(sylvania: DocumentResult) -> None:
    comparison = sylvania.comparisons[0]
    lines = report(sylvania).splitlines()
    left = "- **Key terms only in Ministry of Foreign Affairs of Sylvania (s1):** "
    right = "- **Key terms only in Government of Freedonia (s2):** "
    assert left + ", ".join(comparison.left_terms) in lines
    assert right + ", ".join(comparison.right_terms) in lines


def test_deterministic(sylvania: DocumentResult) -> None:
    again = compare_text(SYLVANIA, "talks.txt")
    assert report(sylvania) == report(again) == report(sylvania)


def test_three_statements_three_sections() -> None:
    result = compare_text(SYLVANIA + MARSOVIA, "three.txt")
    assert len(result.document.statements) == 3
    headings = [line for line in report(result).splitlines() if line.startswith("### ")]
    assert headings == ["### s1 vs s2", "### s1 vs s3", "### s2 vs s3"]


def test_errors_listed_at_the_end(sylvania: DocumentResult) -> None:
    errors = (Failure("missing.txt", "no such file"), Failure("bad|`name`.md", "not valid UTF-8 (byte 3)"))
    out = report(sylvania, errors=errors)
    assert out.endswith(
        "## Errors\n\n- `missing.txt`: no such file\n- ``bad|`name`.md``: not valid UTF-8 (byte 3)\n"
    )
    assert report(errors=errors[:1]) == "## Errors\n\n- `missing.txt`: no such file\n"


def test_several_documents_get_a_list_first(sylvania: DocumentResult) -> None:
    other = replace(sylvania, document=replace(sylvania.document, source="other.txt", title=None))
    out = report(sylvania, other, errors=(Failure("x.txt", "no such file"),))
    assert out.startswith(
        "# readout-diff report\n\n**2** documents · **1** failed\n\n"
        "1. Sylvania and Freedonia discuss fisheries (`talks.txt`): "
        "**2** statements · **2** matched · **4** only\n"
        "2. `other.txt`: **2** statements · **2** matched · **4** only\n"
    )
    assert out.index("## Sylvania") < out.index("## `other.txt`") < out.index("## Errors")
    assert "# readout-diff report" not in report(sylvania)


def test_untitled_document_headed_by_its_source(sylvania: DocumentResult) -> None:
    untitled = replace(sylvania, document=replace(sylvania.document, title=None))
    out = report(untitled)
    assert out.startswith("## `talks.txt`\n")
    assert "Source:" not in out


def test_nothing_to_report_is_empty() -> None:
    assert report() == ""


@pytest.mark.parametrize(
    "text",
    [
        HOSTILE,
        "- a list marker",
        "+ another",
        "1. numbered",
        "12) numbered",
        "# heading",
        "> quote",
        "US$1bn and US$2bn",
        "line one\nline two\n\n- three",
        "control \x1b[31m characters",
        "&#169; &copy; & fish & chips",
        "<!-- comment --> <https://example.org>",
    ],
)
def test_escape_is_literal_and_one_line(text: str) -> None:
    escaped = escape(text)
    assert "\n" not in escaped
    if MarkdownIt is None:
        pytest.skip("markdown-it-py is not installed")
    shown = " ".join(text.split()).replace("\x1b", "\u241b")
    html_text = shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    assert to_html(escaped) == f"<p>{html_text}</p>\n"


@needs_markdown_it
@pytest.mark.parametrize("text", ["plain/path.txt", "a`b", "``", "`edge` ", " lead", "pipe|here"])
def test_code_span_shows_text(text: str) -> None:
    """The text on one line (outer spaces dropped), whatever backticks it holds."""
    html = to_html(code(text))
    inner = re.fullmatch(r"<p><code>(.*)</code></p>\n", html, re.S).group(1)
    assert inner == " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_hostile_text_keeps_the_table_whole(hostile: DocumentResult) -> None:
    out = report(hostile)
    assert "<script>" not in out and "<b>" not in out
    rows = table_after(out, "#### Matched")
    assert len(rows) == len(hostile.comparisons[0].matches)
    assert all(len(row) == 3 for row in rows)
    assert any("\\|" in row[1] for row in rows)
    statements = table_after(out, "| id |")
    assert all(len(row) == 6 for row in statements)


@needs_markdown_it
def test_hostile_text_renders_as_text(hostile: DocumentResult) -> None:
    html = to_html(report(hostile))
    assert "<script" not in html and "<b>" not in html and "<a " not in html and "<del>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    tables = re.findall(r"<table>.*?</table>", html, re.S)
    assert len(tables) == 2  # the statements and the matched pairs
    statements_table, matched_table = tables
    assert statements_table.count("<tr>") == 1 + 2 and statements_table.count("<td") == 2 * 6
    assert "Foreign | ministers &lt;b&gt; hold" in statements_table
    matches = len(hostile.comparisons[0].matches)
    assert matched_table.count("<tr>") == 1 + matches and matched_table.count("<td") == 3 * matches
    plain = re.sub(r"</?strong>", "", matched_table)
    assert "a | b *bold* _em_ &lt;script&gt;" in plain  # the pipe and markup show as typed, in one cell
    only = html.split("Only in Ministry of Foreign Affairs of Sylvania (s1)</h4>")[1].split("<h4>")[0]
    assert "the detained trawler Gull a | b *bold* _em_ &lt;script&gt;" in only


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda path: path.name)
def test_repo_seed(seed: Path) -> None:
    result = compare_path(str(seed))
    out = report(result)
    comparison = result.comparisons[0]
    left, right = result.document.statements
    assert "**2** matched · **6** only in United States Department of State (s1) · " in out
    for statement, only in ((left, comparison.left_only), (right, comparison.right_only)):
        for index in only:
            assert f"- `{statement.sentence_id(index)}` " in out
    assert "terrorism" in out and "human rights" in out
    rows = table_after(out, "#### Matched")
    assert [row[0] for row in rows] == [f"{m.score:.2f}" for m in comparison.matches]
    if MarkdownIt is not None:
        html = to_html(out)
        matched_table = re.findall(r"<table>.*?</table>", html, re.S)[1]
        assert matched_table.count("<tr>") == 1 + len(comparison.matches)
        assert matched_table.count("<td") == 3 * len(comparison.matches)
        assert "<strong>" in matched_table
