"""The HTML report: one self-contained page, input escaped, every sentence shown; and in a real browser,
columns side by side, partner highlighting with and without JavaScript, injected markup inert."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from readout_diff.model import DocumentResult, Failure, Nearest, Result
from readout_diff.pipeline import compare_path, compare_text
from readout_diff.render import RenderOptions, get
from readout_diff.render.html import render

from .analysis_cases import HOSTILE_LABEL, HOSTILE_PLACE, bare, made_up
from .conftest import DATA, SEEDS

FREEDONIA = (DATA / "freedonia.txt").read_text(encoding="utf-8")

MARSOVIA = (DATA / "marsovia.part").read_text(encoding="utf-8")  # a third statement

ALERT = "<script>alert(1)</script>"
# Markup that would leave a trace if it ran: a global set by a script, and one set by an image's onerror.
PWN_SCRIPT = "<script>window.pwned = 1</script>"
PWN_IMAGE = "<img src=x onerror=window.pwnedByImage=1>"

INJECTED = (
    FREEDONIA.replace("Freedonia and Sylvania talk trade", f"Freedonia {ALERT} talk trade")
    .replace("Ministry of Foreign Affairs", f"Ministry of Foreign Affairs {ALERT}")
    .replace("hold talks", "hold <b>talks</b> & more")
    .replace("Minister Firefly raised", f"Minister Firefly quoted {PWN_SCRIPT} and raised")
    .replace("detained journalists.", f"detained journalists {PWN_IMAGE} and {ALERT}.")
)


def page(*documents: DocumentResult, errors: tuple[Failure, ...] = ()) -> str:
    return render(Result(documents, errors), RenderOptions())


@pytest.fixture(scope="module")
def freedonia() -> DocumentResult:
    return compare_text(FREEDONIA, "freedonia.txt")


@pytest.fixture(scope="module")
def injected() -> DocumentResult:
    return compare_text(INJECTED, f"seeds/{ALERT}.txt")


@pytest.fixture(scope="module")
def seed() -> DocumentResult:
    return compare_path(str(sorted(SEEDS.glob("*.txt"))[0]))


class Page(HTMLParser):
    """The elements of a page (tag, attributes) and its text, as a browser's parser reads them."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def tags(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.elements if tag == name]

    def by_id(self) -> dict[str, dict[str, str | None]]:
        return {attrs["id"]: attrs for _tag, attrs in self.elements if attrs.get("id")}

    def with_class(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for _tag, attrs in self.elements if name in (attrs.get("class") or "").split()]


# ---------------------------------------------------------------------------------------------------
# The page as text


def test_registered_as_the_html_format() -> None:
    assert get("html") is render


def test_a_whole_html5_document(freedonia: DocumentResult) -> None:
    out = page(freedonia)
    assert out.startswith("<!doctype html>\n")
    assert out.endswith("</html>\n")
    assert '<meta charset="utf-8">' in out
    assert "<title>readout-diff: Freedonia and Sylvania talk trade</title>" in out
    assert "@media print" in out and "break-inside: avoid" in out


def test_deterministic(seed: DocumentResult) -> None:
    assert page(seed) == page(seed)
    assert page(seed) == page(compare_path(seed.document.source))


@pytest.mark.parametrize("name", ["freedonia", "injected", "seed"])
def test_self_contained(name: str, request: pytest.FixtureRequest) -> None:
    """Nothing fetched: no URL at all, links only to places in the page, no external scripts or styles."""
    out = page(request.getfixturevalue(name))
    assert not re.search(r"[a-z][a-z0-9+.-]*://", out, re.I), "no URL of any scheme"
    parsed = Page(out)
    assert all(attrs.get("href", "").startswith("#") for attrs in parsed.tags("a"))
    assert not any("src" in attrs for _tag, attrs in parsed.elements)
    assert not parsed.tags("link") and not parsed.tags("img") and not parsed.tags("iframe")
    assert "@import" not in out and "url(" not in out


def test_input_text_is_escaped(injected: DocumentResult) -> None:
    out = page(injected)
    assert "<script>alert" not in out and "<script>window" not in out and "<img" not in out
    assert "<b>talks</b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    parsed = Page(out)
    assert len(parsed.tags("script")) == 1  # the report's own, optional script
    assert not parsed.tags("img")
    text = "".join(parsed.text)
    # Every piece of input reads back as the text it was: headline, issuer, title, sentences, source.
    for expected in [
        f"Freedonia {ALERT} talk trade",
        f"Ministry of Foreign Affairs {ALERT}",
        "hold <b>talks</b> & more",
        f"Minister Firefly quoted {PWN_SCRIPT} and raised",
        f"detained journalists {PWN_IMAGE} and {ALERT}.",
        f"seeds/{ALERT}.txt",
    ]:
        assert expected in text, expected


def test_attribute_values_escaped() -> None:
    """A tooltip quoting a sentence with quotes and markup keeps it whole: it cannot close the attribute."""
    sentence = 'Secretary "Trentino" <em title=\'x\'>met</em>'
    result = compare_text(FREEDONIA.replace("Secretary Trentino met", sentence), "quotes.txt")
    (comparison,) = result.comparisons
    right = result.document.statements[1]
    # The tooltip of the first only-sentence quotes its nearest candidate: make it the one with the markup
    # (which sentence the aligner finds nearest is not what this test is about).
    quoting = next(k for k, s in enumerate(right.sentences) if sentence in s.text)
    nearest = Nearest(quoting, 0.12)
    alignment = comparison.alignment
    comparison = replace(
        comparison, alignment=replace(alignment, left_nearest=(nearest, *alignment.left_nearest[1:]))
    )
    result = replace(result, comparisons=(comparison,))
    out = page(result)
    assert "<em" not in out and '"Trentino"' not in out
    parsed = Page(out)
    assert not parsed.tags("em")
    element = parsed.by_id()[f"d1-c1-s1.{comparison.alignment.left_only[0] + 1}"]
    assert element["title"] == (
        f"only in s1; nearest: {right.sentence_id(nearest.index)} (score {nearest.score:.2f}) "
        f"{right.sentences[nearest.index].text}"
    )


def test_every_sentence_once_with_its_id(freedonia: DocumentResult) -> None:
    out = page(freedonia)
    parsed = Page(out)
    ids = [attrs["id"] for _tag, attrs in parsed.elements if attrs.get("id")]
    assert len(ids) == len(set(ids)), "element ids are unique"
    sentences = parsed.by_id()
    text = "".join(parsed.text)
    for c, comparison in enumerate(freedonia.comparisons, 1):
        alignment = comparison.alignment
        sides = ((comparison.left, alignment.left_only), (comparison.right, alignment.right_only))
        for index, only in sides:
            statement = freedonia.document.statements[index]
            for k, sentence in enumerate(statement.sentences):
                element = sentences[f"d1-c{c}-{statement.sentence_id(k)}"]
                assert element["class"] == ("sent only" if k in only else "sent matched")
                assert sentence.text in text


def test_sentences_in_original_order(seed: DocumentResult) -> None:
    out = page(seed)
    for statement in seed.document.statements:
        ids = [f'id="d1-c1-{statement.sentence_id(k)}"' for k in range(len(statement.sentences))]
        positions = [out.index(element_id) for element_id in ids]
        assert positions == sorted(positions)
    left, right = seed.document.statements
    # The left column comes first: all of its sentences before the right's.
    assert out.index(f'id="d1-c1-{left.sentence_id(len(left.sentences) - 1)}"') < out.index(
        f'id="d1-c1-{right.sentence_id(0)}"'
    )


def test_matched_sentences_link_their_partners(freedonia: DocumentResult) -> None:
    parsed = Page(page(freedonia))
    elements = parsed.by_id()
    links = {attrs["href"] for attrs in parsed.tags("a")}
    (comparison,) = freedonia.comparisons
    left, right = freedonia.document.statements
    assert comparison.alignment.matches
    for match in comparison.alignment.matches:
        left_ids = [f"d1-c1-{left.sentence_id(i)}" for i in match.left]
        right_ids = [f"d1-c1-{right.sentence_id(j)}" for j in match.right]
        for own, partners in [(left_ids, right_ids), (right_ids, left_ids)]:
            for element_id in own:
                element = elements[element_id]
                assert element["class"] == "sent matched"
                assert element["data-partners"] == " ".join(partners)
                assert f"score {match.score:.2f}" in (element["title"] or "")
                assert f"#{partners[0]}" in links
    out = page(freedonia)
    for match in comparison.alignment.matches:
        assert f'<span class="score">{match.score:.2f}</span>' in out


def test_only_sentences_show_their_nearest(freedonia: DocumentResult) -> None:
    elements = Page(page(freedonia)).by_id()
    (comparison,) = freedonia.comparisons
    left, right = freedonia.document.statements
    for statement, other, only, nearest in [
        (left, right, comparison.alignment.left_only, comparison.alignment.left_nearest),
        (right, left, comparison.alignment.right_only, comparison.alignment.right_nearest),
    ]:
        assert only
        for index, candidate in zip(only, nearest):
            element = elements[f"d1-c1-{statement.sentence_id(index)}"]
            assert element["class"] == "sent only"
            assert candidate is not None
            assert f"nearest: {other.sentence_id(candidate.index)} (score {candidate.score:.2f})" in (
                element["title"] or ""
            )


def test_summary_counts_and_term_chips(freedonia: DocumentResult) -> None:
    out = page(freedonia)
    (comparison,) = freedonia.comparisons
    summary = out[out.index('<header class="summary"') : out.index("</header>")]
    assert f"<b>{len(comparison.alignment.matches)}</b> matched" in summary
    assert f"<b>{len(comparison.alignment.left_only)}</b> only in s1" in summary
    assert f"<b>{len(comparison.alignment.right_only)}</b> only in s2" in summary
    assert 'href="#d1-c1"' in summary
    for term in comparison.terms.left + comparison.terms.right:
        assert f'<li class="chip">{escape(term)}</li>' in out, term


def test_three_statements_one_section_per_pair() -> None:
    result = compare_text(FREEDONIA + MARSOVIA, "three.txt")
    assert len(result.document.statements) == 3
    parsed = Page(page(result))
    sections = [attrs["id"] for attrs in parsed.with_class("cmp")]
    assert sections == ["d1-c1", "d1-c2", "d1-c3"]
    out = page(result)
    pairs = re.findall(r'<h3 class="cmp-head"><span class="pair">(s\d vs s\d)</span>', out)
    assert pairs == ["s1 vs s2", "s1 vs s3", "s2 vs s3"]
    ids = parsed.by_id()
    for c, comparison in enumerate(result.comparisons, 1):
        for index in (comparison.left, comparison.right):
            statement = result.document.statements[index]
            for k in range(len(statement.sentences)):
                assert f"d1-c{c}-{statement.sentence_id(k)}" in ids


def test_documents_in_input_order_with_distinct_ids(freedonia: DocumentResult) -> None:
    other = replace(freedonia, document=replace(freedonia.document, source="other.txt", title="Second"))
    out = page(freedonia, other)
    assert out.index("freedonia.txt") < out.index("other.txt")
    assert "<title>readout-diff: 2 documents</title>" in out
    ids = [attrs["id"] for _tag, attrs in Page(out).elements if attrs.get("id")]
    assert len(ids) == len(set(ids))
    assert 'id="d2-c1-s1.1"' in out


def test_untitled_document_named_by_its_source(freedonia: DocumentResult) -> None:
    untitled = replace(freedonia, document=replace(freedonia.document, title=None))
    out = page(untitled)
    assert "<title>readout-diff: freedonia.txt</title>" in out
    assert "Freedonia and Sylvania talk trade" not in out


def test_errors_listed() -> None:
    out = page(errors=(Failure("bad<1>.txt", "no statement found; add a header <issuer>"),))
    assert 'id="errors"' in out
    assert "bad&lt;1&gt;.txt" in out and "add a header &lt;issuer&gt;" in out
    assert "1 file could not be compared" in out


def test_no_errors_section_without_errors(freedonia: DocumentResult) -> None:
    assert 'id="errors"' not in page(freedonia)


def test_nothing_compared_is_still_a_page() -> None:
    out = page()
    assert out.startswith("<!doctype html>") and "No document was compared." in out


def test_repo_seed(seed: DocumentResult) -> None:
    out = page(seed)
    text = "".join(Page(out).text)
    issuers = ["United States Department of State", "Ministry of Foreign Affairs"]
    for expected in [*issuers, "human rights", "terrorism"]:
        assert expected in text, expected


# ---------------------------------------------------------------------------------------------------
# Topics, emphasis, conflicting facts, who said it (issue 7): on the seed and on a made-up comparison


class Tables(HTMLParser):
    """Each table of a page: its rows, each a list of (tag, attributes, text) cells, with the row's
    class and its section (thead or tbody)."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[dict[str, object]] = []
        self._section = ""
        self._cell: list[object] | None = None
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append({"class": dict(attrs).get("class"), "rows": []})
        elif tag in ("thead", "tbody"):
            self._section = tag
        elif tag == "tr":
            row = {"section": self._section, "class": dict(attrs).get("class"), "cells": []}
            self.tables[-1]["rows"].append(row)
        elif tag in ("th", "td"):
            self._cell = [tag, dict(attrs), ""]
            self.tables[-1]["rows"][-1]["cells"].append(self._cell)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td"):
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell[2] += data

    def table(self, name: str) -> dict[str, object]:
        (found,) = [t for t in self.tables if name in (t["class"] or "").split()]
        return found


def block(out: str, heading_id: str) -> str:
    """The page from the heading with ``heading_id`` to the next h4 (or the end of the section)."""
    start = out.index(f'id="{heading_id}"')
    ends = [k for k in (out.find("<h4", start), out.find("</section>", start)) if k != -1]
    return out[start : min(ends)]


@pytest.fixture(scope="module")
def made_up_page() -> str:
    return page(made_up())


def test_seed_topic_grid_is_a_table_with_headers(seed: DocumentResult) -> None:
    out = page(seed)
    grid = Tables(out).table("topics")
    (comparison,) = seed.comparisons
    left, right = seed.document.statements
    head, *body = grid["rows"]
    assert head["section"] == "thead"
    assert [(tag, attrs.get("scope"), text) for tag, attrs, text in head["cells"]] == [
        ("th", "col", "Topic"),
        ("th", "col", "Mentioned by"),
        ("th", "col", "s1 United States Department of State"),
        ("th", "col", "s2 Ministry of Foreign Affairs"),
    ]
    assert len(body) == len(comparison.analysis.topics)
    for row, topic in zip(body, comparison.analysis.topics):
        sentences = (topic.left, topic.right)
        (label_tag, label_attrs, label), *cells = row["cells"]
        assert (label_tag, label_attrs.get("scope"), label) == ("th", "row", topic.label)
        one_side = topic.side != "both"
        assert ("one-side" in row["class"].split()) == one_side
        marker = {"both": "both", "left": "only s1", "right": "only s2"}[topic.side]
        assert cells[0][2] == marker
        for (_tag, attrs, text), statement, indices in zip(cells[1:], (left, right), sentences):
            if indices:
                assert text == ", ".join(statement.sentence_id(i) for i in indices)
            else:
                assert (text, attrs.get("class")) == ("not mentioned", "not-mentioned")
    first = [cell[2] for cell in body[0]["cells"]]
    assert first == ["Human rights", "only s1", "s1.3, s1.4", "not mentioned"]


def test_grid_sentence_ids_link_to_their_sentences(seed: DocumentResult) -> None:
    out = page(seed)
    parsed = Page(out)
    ids = parsed.by_id()
    grid = block(out, "d1-c1-topics")
    links = re.findall(r'<a class="sid-link" href="#([^"]+)">([^<]+)</a>', grid)
    assert links
    for target, label in links:
        assert target == f"d1-c1-{label}" and target in ids
        assert "sent" in (ids[target].get("class") or "").split()


def test_seed_emphasis(seed: DocumentResult) -> None:
    out = page(seed)
    (comparison,) = seed.comparisons
    labels = {row.topic: row.label for row in comparison.analysis.topics}
    assert '<p class="ratio">s1 is 0.60x the length of s2</p>' in out
    rows = Tables(out).table("emphasis")["rows"]
    assert [cell[2] for cell in rows[0]["cells"]] == [
        "Statement",
        "Words",
        "Leads with",
        "Topics in order of first appearance, with their share of the words",
    ]
    analysis = comparison.analysis
    for row, measured in zip(rows[1:], (analysis.left_emphasis, analysis.right_emphasis)):
        _name, words, lead, shares = (cell[2] for cell in row["cells"])
        assert (words, lead) == (str(measured.words), labels[measured.leads_with])
        assert shares == "".join(f"{labels[t.topic]} {t.share:.0%}" for t in measured.topics)
    assert "The meeting itself</span> <span class=\"pct\">70%</span>" in out


def test_seed_conflicts_and_speakers(seed: DocumentResult) -> None:
    out = page(seed)
    assert '<p class="none">No conflicting facts found.</p>' in block(out, "d1-c1-conflicts")
    speakers = "".join(Page(block(out, "d1-c1-speakers")).text)
    assert "s1 United States Department of State" in speakers and "No speaker named." in speakers
    assert "the Cuban delegation — conveyed (s2.3)" in speakers
    assert "both sides — agreed (s2.7, s2.8)" in speakers


def test_made_up_conflicts_escaped_and_quoted(made_up_page: str) -> None:
    out = made_up_page
    assert "<script>alert" not in out and "<b>&" not in out and "\x1b" not in out
    parsed = Page(out)
    assert len(parsed.tags("script")) == 1  # the report's own, optional script
    conflicts = block(out, "d1-c1-conflicts")
    assert "Conflicting facts (2)" in conflicts
    text = "".join(Page(conflicts).text)
    assert 'date in matched sentences: date: "7 March" vs "8 March"s1.1 "7 March" vs s2.1 "8 March"' in text
    shown = HOSTILE_PLACE.replace("\x1b", "\u241b")
    assert f's1.3 "{shown}" vs s2.3 "Port Heron"' in text
    assert f'place across the statements: place: "{shown}" vs "Port Heron"' in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in conflicts
    assert 'href="#d1-c1-s1.3"' in conflicts and 'href="#d1-c1-s2.3"' in conflicts


def test_made_up_grid_label_escaped_and_marked(made_up_page: str) -> None:
    body = Tables(made_up_page).table("topics")["rows"][1:]
    assert [row["class"] for row in body] == ["topic one-side only-right", "topic both", "topic both"]
    assert [cell[2] for cell in body[0]["cells"]] == [HOSTILE_LABEL, "only s2", "not mentioned", "s2.2"]


def test_made_up_emphasis_and_speakers(made_up_page: str) -> None:
    out = made_up_page
    assert '<p class="ratio">s1 is 0.60x the length of s2</p>' in out
    rows = Tables(out).table("emphasis")["rows"]
    assert [cell[2] for cell in rows[2]["cells"]] == [
        "s2 Government of Freedonia",
        "50",
        HOSTILE_LABEL,
        f"River treaty 30%{HOSTILE_LABEL} 35%Next visit <1%",
    ]
    speakers = "".join(Page(block(out, "d1-c1-speakers")).text)
    assert speakers.index("both sides — discussed (s2.1), agreed (s2.3)") < speakers.index(
        "Minister Firefly — raised (s2.2)"
    )
    assert "Minister Ardent — stressed (s1.2)" in speakers


def test_without_analysis_every_section_says_so() -> None:
    text = "".join(Page(page(bare())).text)
    for expected in ["No topic found.", "No emphasis measured.", "No conflicting facts found."]:
        assert expected in text
    assert text.count("No speaker named.") == 2


def test_made_up_page_self_contained_with_unique_ids(made_up_page: str) -> None:
    parsed = Page(made_up_page)
    ids = [attrs["id"] for _tag, attrs in parsed.elements if attrs.get("id")]
    assert len(ids) == len(set(ids))
    assert all(attrs.get("href", "").startswith("#") for attrs in parsed.tags("a"))
    assert not re.search(r"[a-z][a-z0-9+.-]*://", made_up_page, re.IGNORECASE)


# ---------------------------------------------------------------------------------------------------
# In a real browser: headless Chromium through chromedriver (Selenium, no download of anything)

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1000",
]


def _chromium() -> tuple[str, str]:
    """The browser and its driver, or a skip that says what is missing."""
    browser = next(filter(None, map(shutil.which, ["chromium", "chromium-browser", "google-chrome"])), None)
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        missing = " and ".join(n for n, p in [("chromium", browser), ("chromedriver", driver)] if not p)
        pytest.skip(
            f"{missing} not found on PATH: install Debian's chromium and chromium-driver packages "
            "(.ci/run does when it can) to run the browser test"
        )
    return browser, driver


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    browser_path, driver_path = _chromium()
    # Imported here: without a browser the rest of the file runs without Selenium.
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser_path
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    # An explicit driver path: Selenium Manager never runs, nothing is downloaded.
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _open(driver, tmp_path: Path, name: str, markup: str) -> None:
    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    driver.get(path.as_uri())


def _rect(driver, selector: str) -> dict[str, float]:
    return driver.execute_script(
        "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};",
        selector,
    )


def _highlight(driver, element_id: str) -> tuple[str, str]:
    return tuple(
        driver.execute_script(
            "var s = getComputedStyle(document.getElementById(arguments[0]));"
            "return [s.backgroundColor, s.boxShadow];",
            element_id,
        )
    )


def _matches(result: DocumentResult) -> list[tuple[str, str]]:
    """For each match of the first comparison, the element ids of its first left and right sentences."""
    comparison = result.comparisons[0]
    left, right = (result.document.statements[i] for i in (comparison.left, comparison.right))
    return [
        (f"d1-c1-{left.sentence_id(match.left[0])}", f"d1-c1-{right.sentence_id(match.right[0])}")
        for match in comparison.alignment.matches
    ]


def test_browser_columns_side_by_side_and_screenshot(browser, seed: DocumentResult, tmp_path: Path) -> None:
    _open(browser, tmp_path, "report.html", page(seed))
    left = _rect(browser, "#d1-c1 .col.left")
    right = _rect(browser, "#d1-c1 .col.right")
    assert left["right"] <= right["left"], "the left column ends before the right one begins"
    assert left["top"] < right["bottom"] and right["top"] < left["bottom"], "the columns share rows"
    assert browser.title.startswith("readout-diff: ")
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, height + 120)
    screenshot = tmp_path / "report.png"
    assert browser.save_screenshot(str(screenshot))
    data = screenshot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
    browser.set_window_size(1280, 1000)


def test_browser_click_highlights_partner_without_javascript(
    browser, seed: DocumentResult, tmp_path: Path
) -> None:
    """With the script removed, a click still highlights the partner: the link makes it the :target."""
    markup = re.sub(r"<script>.*?</script>", "", page(seed), flags=re.DOTALL)
    assert "<script" not in markup
    _open(browser, tmp_path, "no-script.html", markup)
    target = "return document.querySelector(':target') && document.querySelector(':target').id"
    for own, partner in _matches(seed):
        before = _highlight(browser, partner)
        browser.find_element("css selector", f'[id="{own}"] a').click()
        assert browser.execute_script(target) == partner
        assert _highlight(browser, partner) != before
        # And back: the partner's link leads to the first sentence of the match.
        browser.find_element("css selector", f'[id="{partner}"] a').click()
        assert browser.execute_script(target) == own


def test_browser_hover_highlights_partner(browser, seed: DocumentResult, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    _open(browser, tmp_path, "report.html", page(seed))
    has_class = "return document.getElementById(arguments[0]).classList.contains('partner')"
    for own, partner in _matches(seed):
        before = _highlight(browser, partner)
        ActionChains(browser).move_to_element(browser.find_element("id", own)).perform()
        assert browser.execute_script(has_class, partner)
        assert _highlight(browser, partner) != before
        # Leaving the sentence takes the highlight away (the status colour stays).
        ActionChains(browser).move_to_element(browser.find_element("css selector", ".terms h4")).perform()
        assert not browser.execute_script(has_class, partner)
        assert _highlight(browser, partner) == before


def test_browser_injected_markup_is_text(browser, injected: DocumentResult, tmp_path: Path) -> None:
    _open(browser, tmp_path, "injected.html", page(injected))
    state = browser.execute_script(
        "return {pwned: typeof window.pwned, image: typeof window.pwnedByImage,"
        " scripts: document.scripts.length, images: document.images.length,"
        " text: document.body.innerText};"
    )
    assert state["pwned"] == "undefined" and state["image"] == "undefined"
    assert state["scripts"] == 1 and state["images"] == 0
    assert PWN_SCRIPT in state["text"] and PWN_IMAGE in state["text"]


def test_browser_topic_grid_marks_one_side_rows(browser, seed: DocumentResult, tmp_path: Path) -> None:
    """The grid is a real table: a header row of column headers, a row header per topic, and the rows of
    topics one side only mentions set apart in colour as well as in words; its sentence ids lead to the
    sentences, without JavaScript."""
    markup = re.sub(r"<script>.*?</script>", "", page(seed), flags=re.DOTALL)
    _open(browser, tmp_path, "topics.html", markup)
    grid = browser.execute_script(
        "var t = document.querySelector('#d1-c1 table.topics');"
        "var head = t.tHead.rows;"
        "return {heads: head.length,"
        " columns: Array.from(head[0].cells).map(function (c) { return [c.tagName, c.scope]; }),"
        " rows: Array.from(t.tBodies[0].rows).map(function (r) { return {"
        "   header: r.cells[0].tagName + ' ' + r.cells[0].scope, text: r.cells[0].innerText,"
        "   oneSide: r.classList.contains('one-side'), marker: r.cells[1].innerText,"
        "   background: getComputedStyle(r).backgroundColor}; })};"
    )
    assert grid["heads"] == 1
    assert grid["columns"] == [["TH", "col"]] * 4
    (comparison,) = seed.comparisons
    assert [row["text"] for row in grid["rows"]] == [topic.label for topic in comparison.analysis.topics]
    for row, topic in zip(grid["rows"], comparison.analysis.topics):
        assert row["header"] == "TH row"
        assert row["oneSide"] == (topic.side != "both")
        assert row["marker"].startswith("only ") == (topic.side != "both")
    one_side = {row["background"] for row in grid["rows"] if row["oneSide"]}
    both = {row["background"] for row in grid["rows"] if not row["oneSide"]}
    assert len(one_side) == 1 and one_side.isdisjoint(both)
    browser.find_element("css selector", '#d1-c1 table.topics a[href="#d1-c1-s1.3"]').click()
    target = "return document.querySelector(':target') && document.querySelector(':target').id"
    assert browser.execute_script(target) == "d1-c1-s1.3"


def test_browser_hostile_mentions_are_text(browser, tmp_path: Path) -> None:
    _open(browser, tmp_path, "made-up.html", page(made_up()))
    state = browser.execute_script(
        "var c = document.querySelector('.conflicts');"
        "return {scripts: document.scripts.length, bold: document.querySelectorAll('.analysis b').length,"
        " text: c.innerText};"
    )
    assert state["scripts"] == 1 and state["bold"] == 0
    assert f'"{HOSTILE_PLACE.replace(chr(27), chr(0x241B))}"' in state["text"]
