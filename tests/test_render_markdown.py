"""The Markdown report: sections and counts, every sentence id, bold differences, input shown literally."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from readout_diff.model import DocumentResult, Failure, Result
from readout_diff.pipeline import compare_path, compare_paths, compare_text
from readout_diff.render import RenderOptions, get
from readout_diff.render.markdown import code, escape, highlight_differences, render

from .analysis_cases import bare, made_up
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
        f"**{len(comparison.alignment.matches)}** matched · "
        f"**{len(comparison.alignment.left_only)}** only in Ministry of Foreign Affairs of Sylvania (s1) · "
        f"**{len(comparison.alignment.right_only)}** only in Government of Freedonia (s2)",
        "#### Only in Ministry of Foreign Affairs of Sylvania (s1)",
        "#### Only in Government of Freedonia (s2)",
        f"#### Matched ({len(comparison.alignment.matches)})",
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
        (left, right, comparison.alignment.left_only, comparison.alignment.left_nearest),
        (right, left, comparison.alignment.right_only, comparison.alignment.right_nearest),
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
    assert len(rows) == len(comparison.alignment.matches) > 0
    for row, match in zip(rows, comparison.alignment.matches):
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
    assert left + ", ".join(comparison.terms.left) in lines
    assert right + ", ".join(comparison.terms.right) in lines


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
    assert len(rows) == len(hostile.comparisons[0].alignment.matches)
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
    assert len(tables) == 3  # the statements, the matched pairs and the topic grid
    statements_table, matched_table, _topics = tables
    assert statements_table.count("<tr>") == 1 + 2 and statements_table.count("<td") == 2 * 6
    assert "Foreign | ministers &lt;b&gt; hold" in statements_table
    matches = len(hostile.comparisons[0].alignment.matches)
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
    for statement, only in ((left, comparison.alignment.left_only), (right, comparison.alignment.right_only)):
        for index in only:
            assert f"- `{statement.sentence_id(index)}` " in out
    assert "terrorism" in out and "human rights" in out
    rows = table_after(out, "#### Matched")
    assert [row[0] for row in rows] == [f"{m.score:.2f}" for m in comparison.alignment.matches]
    if MarkdownIt is not None:
        html = to_html(out)
        matched_table = re.findall(r"<table>.*?</table>", html, re.S)[1]
        assert matched_table.count("<tr>") == 1 + len(comparison.alignment.matches)
        assert matched_table.count("<td") == 3 * len(comparison.alignment.matches)
        assert "<strong>" in matched_table


# ---------------------------------------------------------------------------------------------------
# Topics, emphasis, conflicting facts, who said it (issue 7): on the seed and on a made-up comparison


def block(markdown: str, heading: str) -> str:
    """The lines after ``heading`` up to the next heading."""
    after = markdown.split(f"\n{heading}\n", 1)[1]
    return after.split("\n#", 1)[0].strip("\n")


@pytest.fixture(scope="module")
def seed_result(seed_path: Path) -> DocumentResult:
    (result,) = compare_paths([str(seed_path)]).documents
    return result


@pytest.fixture(scope="module")
def seed_report(seed_result: DocumentResult) -> str:
    return report(seed_result)


@pytest.fixture(scope="module")
def made_up_report() -> str:
    return report(made_up())


def test_new_sections_follow_the_key_terms(seed_report: str) -> None:
    lines = seed_report.splitlines()
    key_terms = max(k for k, line in enumerate(lines) if line.startswith("- **Key terms only in"))
    headings = ["#### Topics", "#### Emphasis", "#### Conflicting facts", "#### Who said it"]
    positions = [lines.index(heading) for heading in headings]
    assert key_terms < positions[0] and positions == sorted(positions)


def test_seed_topic_grid(seed_result: DocumentResult, seed_report: str) -> None:
    (comparison,) = seed_result.comparisons
    left, right = seed_result.document.statements
    header = (
        "| topic | mentioned by | United States Department of State (s1) | Ministry of Foreign Affairs (s2) |"
    )
    assert header in seed_report.splitlines()
    rows = table_after(seed_report, "#### Topics")
    assert len(rows) == len(comparison.analysis.topics) > 0
    for row, topic in zip(rows, comparison.analysis.topics):
        label, marker = topic.label, {"both": "both", "left": "only s1", "right": "only s2"}[topic.side]
        if topic.side != "both":  # a topic one side only mentions is called out in bold
            label, marker = f"**{label}**", f"**{marker}**"
        cells = [
            ", ".join(f"`{statement.sentence_id(i)}`" for i in indices) if indices else "*not mentioned*"
            for statement, indices in ((left, topic.left), (right, topic.right))
        ]
        assert row == [label, marker, *cells]
    assert rows[0] == ["**Human rights**", "**only s1**", "`s1.3`, `s1.4`", "*not mentioned*"]
    sides = [topic.side for topic in comparison.analysis.topics]
    assert sides.index("both") == sum(side != "both" for side in sides) > 0, "one-side topics come first"


def test_seed_emphasis(seed_result: DocumentResult, seed_report: str) -> None:
    (comparison,) = seed_result.comparisons
    labels = {row.topic: row.label for row in comparison.analysis.topics}
    lines = block(seed_report, "#### Emphasis").splitlines()
    assert lines[0] == (
        "s1 is 0.60x the length of s2; topics in order of first appearance, with their share of the "
        "statement's words."
    )
    items = [line for line in lines if line.startswith("- ")]
    issuers = ["United States Department of State (s1)", "Ministry of Foreign Affairs (s2)"]
    analysis = comparison.analysis
    for item, issuer, measured in zip(items, issuers, (analysis.left_emphasis, analysis.right_emphasis)):
        shares = " · ".join(f"{labels[t.topic]} {t.share:.0%}" for t in measured.topics)
        lead = labels[measured.leads_with]
        assert item == f"- **{issuer}:** {measured.words} words · leads with: **{lead}** — {shares}"
    assert "The meeting itself 70% · Crime and law enforcement 57%" in items[0]


def test_seed_conflicts_and_speakers(seed_report: str) -> None:
    assert block(seed_report, "#### Conflicting facts") == "*No conflicting facts found.*"
    assert block(seed_report, "#### Who said it").splitlines() == [
        "- **United States Department of State (s1):** *No speaker named.*",
        "- **Ministry of Foreign Affairs (s2):**",
        "  - the Cuban delegation — conveyed (`s2.3`)",
        "  - both sides — agreed (`s2.7`, `s2.8`)",
    ]


def test_made_up_topic_grid_keeps_its_columns(made_up_report: str) -> None:
    rows = table_after(made_up_report, "#### Topics")
    assert rows == [
        ["**Trade \\<b\\>&\\</b\\> grain \\| \\*exports\\***", "**only s2**", "*not mentioned*", "`s2.2`"],
        ["River treaty", "both", "`s1.1`, `s1.2`", "`s2.1`"],
        ["Next visit", "both", "`s1.3`", "`s2.3`"],
    ]


def test_made_up_emphasis(made_up_report: str) -> None:
    lines = block(made_up_report, "#### Emphasis").splitlines()
    assert lines[0].startswith("s1 is 0.60x the length of s2; ")
    assert (
        "- **Ministry of Foreign Affairs of Sylvania (s1):** 30 words · leads with: **River treaty** — "
        "River treaty 60% · Next visit 40%"
    ) in lines
    assert lines[-1].endswith(" 35% · Next visit \\<1%")


def test_made_up_conflicts_quote_both_mentions_with_their_sentence_ids(made_up_report: str) -> None:
    assert "#### Conflicting facts (2)" in made_up_report.splitlines()
    items = block(made_up_report, "#### Conflicting facts (2)").splitlines()
    assert items[0] == (
        '- **date**, in matched sentences: date: "7 March" vs "8 March" — '
        '`s1.1` "7 March" vs `s2.1` "8 March"'
    )
    hostile = "Port \\<script\\>alert(1)\\</script\\> \\| \\*Gull\\*␛\\[31m"
    assert items[1] == (
        f'- **place**, across the statements: place: "{hostile}" vs "Port Heron" — '
        f'`s1.3` "{hostile}" vs `s2.3` "Port Heron"'
    )


def test_made_up_speakers_in_order_of_first_credit(made_up_report: str) -> None:
    assert block(made_up_report, "#### Who said it").splitlines() == [
        "- **Ministry of Foreign Affairs of Sylvania (s1):**",
        "  - Minister Ardent — stressed (`s1.2`)",
        "  - both ministers — agreed (`s1.3`)",
        "- **Government of Freedonia (s2):**",
        "  - both sides — discussed (`s2.1`), agreed (`s2.3`)",
        "  - Minister Firefly — raised (`s2.2`)",
    ]


def test_without_analysis_every_section_says_so() -> None:
    out = report(bare())
    assert block(out, "#### Topics") == "*No topic found.*"
    assert block(out, "#### Emphasis") == "*No emphasis measured.*"
    assert block(out, "#### Conflicting facts") == "*No conflicting facts found.*"
    assert block(out, "#### Who said it").count("*No speaker named.*") == 2


@needs_markdown_it
def test_made_up_sections_render_as_text(made_up_report: str) -> None:
    """Hostile mentions and labels show as typed: no tag, no emphasis, no broken table, no escape code."""
    html = to_html(made_up_report)
    assert "<script" not in html and "<b>" not in html and "\x1b" not in html
    assert "Port &lt;script&gt;alert(1)&lt;/script&gt; | *Gull*␛[31m" in html
    topics = html.split("<h4>Topics</h4>")[1].split("<h4>")[0]
    assert topics.count("<tr>") == 1 + 3 and topics.count("<td") == 4 * 3
    assert "<strong>Trade &lt;b&gt;&amp;&lt;/b&gt; grain | *exports*</strong>" in topics
    assert "<em>not mentioned</em>" in topics
    speakers = html.split("<h4>Who said it</h4>")[1]
    assert "<li>both sides — discussed (<code>s2.1</code>), agreed (<code>s2.3</code>)</li>" in speakers
