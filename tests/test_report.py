"""The report model: built once from a Result, every section a reader sees, on made-up comparisons (every
field set by hand) and on made-up seeds run through the pipeline."""

from __future__ import annotations

from dataclasses import replace

import pytest

from readout_diff.analyse.topics import word_count
from readout_diff.model import Alignment, DocumentResult, Failure, Nearest, Result
from readout_diff.pipeline import compare_text
from readout_diff.report import (
    NO_CONFLICTS,
    SCOPES,
    ErrorReport,
    MatchReport,
    OnlyReport,
    Report,
    build_report,
    mark_words,
    report_document,
    report_item,
)

from .analysis_cases import HOSTILE_LABEL, HOSTILE_PLACE, bare, made_up
from .conftest import DATA

FREEDONIA = (DATA / "freedonia.txt").read_text(encoding="utf-8")
MARSOVIA = (DATA / "marsovia.part").read_text(encoding="utf-8")  # a third statement


@pytest.fixture(scope="module")
def freedonia() -> DocumentResult:
    return compare_text(FREEDONIA, "freedonia.txt")


@pytest.fixture(scope="module")
def made_up_report():
    (comparison,) = report_document(made_up()).comparisons
    return comparison


# ---------------------------------------------------------------------------------------------------
# Documents, statements, sentences


def test_statements_and_sentences_as_the_document_has_them(freedonia: DocumentResult) -> None:
    document = report_document(freedonia)
    assert (document.source, document.encoding, document.encoding_note) == ("freedonia.txt", "utf-8", "")
    assert document.title == "Freedonia and Sylvania talk trade"
    for statement, source in zip(document.statements, freedonia.document.statements, strict=True):
        assert (statement.id, statement.issuer, statement.place, statement.title) == (
            source.id, source.issuer, source.header.place, source.header.title,
        )  # fmt: skip
        assert statement.date == source.header.date.isoformat()
        assert statement.span == (source.start, source.end)
        ids = [source.sentence_id(k) for k, _ in enumerate(source.sentences)]
        assert [s.id for s in statement.sentences] == ids
        for sentence in statement.sentences:
            assert freedonia.document.text[sentence.span[0] : sentence.span[1]] == sentence.text
        assert statement.words == sum(word_count(s.text) for s in source.sentences)


def test_roles_reach_their_sentences(freedonia: DocumentResult) -> None:
    document = report_document(freedonia)
    assert [[s.role for s in st.sentences] for st in document.statements] == [list(r) for r in freedonia.roles]
    without = report_document(replace(freedonia, roles=()))
    assert {s.role for st in without.statements for s in st.sentences} == {None}


def test_a_statement_is_as_long_as_its_emphasis_says(freedonia: DocumentResult) -> None:
    """One way of counting words: the statement header's count is emphasis's."""
    (comparison,) = report_document(freedonia).comparisons
    assert comparison.left.statement.words == comparison.emphasis.left.words > 0
    assert comparison.right.statement.words == comparison.emphasis.right.words > 0


@pytest.mark.parametrize(
    ("text", "words"),
    [("U.S. officials met.", 3), ("a – b", 2), ("— ...", 0), ("foo ___ bar", 2), ("", 0)],
)
def test_word_count(text: str, words: int) -> None:
    assert word_count(text) == words


def test_encoding_note_and_errors(freedonia: DocumentResult) -> None:
    latin = replace(freedonia, document=replace(freedonia.document, encoding="windows-1252"))
    report = build_report(Result((freedonia, latin), (Failure("gone.txt", "no such file"),)))
    assert [d.encoding_note for d in report.documents] == ["", "read as windows-1252, not UTF-8"]
    assert [(e.source, e.message) for e in report.errors] == [("gone.txt", "no such file")]
    assert report_item(Failure("x.txt", "the file is empty")) == ErrorReport("x.txt", "the file is empty")


def test_counts_over_every_comparison() -> None:
    three = compare_text(FREEDONIA + MARSOVIA, "three.txt")
    document = report_document(three)
    assert [(c.left.statement.id, c.right.statement.id) for c in document.comparisons] == [
        ("s1", "s2"), ("s1", "s3"), ("s2", "s3"),
    ]  # fmt: skip
    assert document.matched == sum(len(c.alignment.matches) for c in three.comparisons)
    alignments = [c.alignment for c in three.comparisons]
    assert document.only == sum(len(a.left_only) + len(a.right_only) for a in alignments)


def test_records_are_frozen(freedonia: DocumentResult) -> None:
    report = build_report(Result((freedonia,), ()))
    assert isinstance(report, Report)
    with pytest.raises(AttributeError):  # a NamedTuple's fields cannot be set
        report.documents[0].comparisons[0].left.statement.id = "s9"  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------------
# Matches, only lists, nearest, every sentence once


def test_every_sentence_placed_once_in_order(freedonia: DocumentResult) -> None:
    (comparison,) = report_document(freedonia).comparisons
    for side in comparison.sides:
        assert len(side.placed) == len(side.statement.sentences)
        for sentence, placed in zip(side.statement.sentences, side.placed):
            if isinstance(placed, MatchReport):
                assert sentence in [m.sentence for m in getattr(placed, side.name)]
            else:
                assert placed.sentence == sentence and placed in side.only
        matched = [m.sentence for match in comparison.matches for m in getattr(match, side.name)]
        assert sorted(s.id for s in matched + [o.sentence for o in side.only]) == sorted(
            s.id for s in side.statement.sentences
        )


def test_matches_keep_their_score_terms_and_evidence(freedonia: DocumentResult) -> None:
    (source,) = freedonia.comparisons
    (comparison,) = report_document(freedonia).comparisons
    left, right = freedonia.document.statements
    assert [m.number for m in comparison.matches] == list(range(1, len(source.alignment.matches) + 1))
    for match, m in zip(comparison.matches, source.alignment.matches, strict=True):
        assert [s.sentence.id for s in match.left] == [left.sentence_id(i) for i in m.left]
        assert [s.sentence.id for s in match.right] == [right.sentence_id(j) for j in m.right]
        assert (match.score, match.shared, match.evidence) == (m.score, m.shared, m.evidence)
        for s in match.left:
            assert s.others == tuple(o.sentence for o in match.right)


def test_matched_words_the_other_side_lacks(made_up_report) -> None:
    first = made_up_report.matches[0]  # "On 7 March, Foreign Minister Ardent met ..." / "On 8 March, ..."
    (left,) = first.left
    differing = [w.text for w in left.words if w.differs]
    assert differing == ["7", "Foreign", "Minister", "Ardent", "met", "Minister", "Firefly"]
    for word in left.words:
        assert left.sentence.text[word.start : word.end] == word.text


# (label, sentence, the other side's words, the words marked as differing)
MARK_CASES = [
    ("words", "Secretary Trentino met Minister Firefly.", {"met", "minister"},
     ["Secretary", "Trentino", "Firefly."]),
    ("case and end punctuation ignored", "Met, (MINISTER) again", {"met", "minister", "again"}, []),
    ("punctuation only never differs", "– . –", set(), []),
    ("inner punctuation kept", "co-chaired U.S.", {"co-chaired"}, ["U.S."]),
    ("no words", "  ", set(), []),
]  # fmt: skip


@pytest.mark.parametrize(("label", "text", "other", "expected"), MARK_CASES, ids=[c[0] for c in MARK_CASES])
def test_mark_words(label: str, text: str, other: set[str], expected: list[str]) -> None:
    words = mark_words(text, frozenset(other))
    assert [w.text for w in words if w.differs] == expected
    assert [w.text for w in words] == text.split()


def test_only_sentences_with_their_nearest(made_up_report) -> None:
    left, right = made_up_report.sides
    def entries(side):
        return [(o.sentence.id, o.nearest.sentence.id, o.nearest.score) for o in side.only]

    assert entries(left) == [("s1.2", "s2.2", 0.1)]
    assert entries(right) == [("s2.2", "s1.2", 0.05)]


def test_an_only_sentence_without_nearest_has_none() -> None:
    result = made_up()
    (comparison,) = result.comparisons
    alignment = replace(comparison.alignment, left_nearest=(None,), right_nearest=())
    report = report_document(replace(result, comparisons=(replace(comparison, alignment=alignment),)))
    assert [o.nearest for side in report.comparisons[0].sides for o in side.only] == [None, None]


def test_a_sentence_left_out_by_hand_shows_as_only() -> None:
    result = made_up()
    (comparison,) = result.comparisons
    alignment = Alignment(matches=comparison.alignment.matches[:1], left_only=(1,), right_only=(1,))
    report = report_document(replace(result, comparisons=(replace(comparison, alignment=alignment),)))
    placed = report.comparisons[0].left.placed
    assert [type(p) for p in placed] == [MatchReport, OnlyReport, OnlyReport]
    assert placed[2].sentence.id == "s1.3" and placed[2].nearest is None


# ---------------------------------------------------------------------------------------------------
# Terms, topics, emphasis, conflicts, speakers


def test_terms_per_side(made_up_report) -> None:
    assert [side.terms for side in made_up_report.sides] == [("river treaty",), ("grain exports",)]


def test_topic_grid_rows(made_up_report) -> None:
    rows = [
        (r.topic, r.label, r.side, r.mentioned_by, r.marker, [s.id for s in r.left], [s.id for s in r.right])
        for r in made_up_report.topics
    ]
    assert rows == [
        ("trade", HOSTILE_LABEL, "right", "s2", "only s2", [], ["s2.2"]),
        ("river", "River treaty", "both", "both", "both", ["s1.1", "s1.2"], ["s2.1"]),
        ("visit", "Next visit", "both", "both", "both", ["s1.3"], ["s2.3"]),
    ]


def test_emphasis_with_labels_and_ratio(made_up_report) -> None:
    emphasis = made_up_report.emphasis
    assert emphasis.measured
    assert emphasis.length_ratio == 30 / 50
    assert emphasis.ratio_note == "s1 is 0.60x the length of s2"
    left, right = emphasis.left, emphasis.right
    assert (left.words, left.leads_with, left.leads_with_label) == (30, "river", "River treaty")
    assert (right.words, right.leads_with, right.leads_with_label) == (50, "trade", HOSTILE_LABEL)
    assert [(t.topic, t.label, t.share, t.first.id) for t in right.topics] == [
        ("river", "River treaty", 0.3, "s2.1"),
        ("trade", HOSTILE_LABEL, 0.35, "s2.2"),
        ("visit", "Next visit", 0.004, "s2.3"),
    ]


def test_emphasis_of_a_topic_the_grid_does_not_name_is_its_id() -> None:
    result = made_up()
    (comparison,) = result.comparisons
    analysis = comparison.analysis
    odd = replace(analysis, left_emphasis=replace(analysis.left_emphasis, leads_with="fisheries"))
    report = report_document(replace(result, comparisons=(replace(comparison, analysis=odd),)))
    assert report.comparisons[0].emphasis.left.leads_with_label == "fisheries"


def test_emphasis_without_words_on_the_right_has_no_ratio() -> None:
    result = made_up()
    (comparison,) = result.comparisons
    analysis = replace(comparison.analysis, right_emphasis=None)
    report = report_document(replace(result, comparisons=(replace(comparison, analysis=analysis),)))
    emphasis = report.comparisons[0].emphasis
    assert emphasis.measured and emphasis.length_ratio is None and emphasis.ratio_note is None
    assert (emphasis.right.words, emphasis.right.leads_with, emphasis.right.topics) == (0, None, ())


def test_conflicts_with_both_mentions(made_up_report) -> None:
    date, place = made_up_report.conflicts
    assert (date.kind, date.scope, date.scope_label) == ("date", "match", SCOPES["match"])
    assert (date.left.sentence.id, date.left.text, date.right.sentence.id, date.right.text) == (
        "s1.1", "7 March", "s2.1", "8 March",
    )  # fmt: skip
    assert place.scope_label == "across the statements" and place.left.text == HOSTILE_PLACE
    document = made_up().document
    for conflict in made_up_report.conflicts:
        for mention in (conflict.left, conflict.right):
            assert document.text[mention.span[0] : mention.span[1]] == mention.text


def test_speakers_grouped_once(made_up_report) -> None:
    """In order of first credit; each verb in order of first use with its sentences; every mention."""
    left, right = made_up_report.sides
    assert [(s.speaker, [v.verb for v in s.verbs]) for s in left.speakers] == [
        ("Minister Ardent", ["stressed"]), ("both ministers", ["agreed"]),
    ]  # fmt: skip
    both, firefly = right.speakers
    assert both.speaker == "both sides"
    assert [s.id for s in both.sentences] == ["s2.1", "s2.3"]
    verbs = [(v.verb, [s.id for s in v.sentences]) for v in both.verbs]
    assert verbs == [("discussed", ["s2.1"]), ("agreed", ["s2.3"])]
    assert [(m.mention.sentence.id, m.mention.text, m.verb) for m in both.mentions] == [
        ("s2.1", "the ministers", "discussed"), ("s2.3", "Both sides", "agreed"),
    ]  # fmt: skip
    assert (firefly.speaker, [s.id for s in firefly.sentences]) == ("Minister Firefly", ["s2.2"])


def test_without_analysis_every_analysis_section_is_empty() -> None:
    (comparison,) = report_document(bare()).comparisons
    assert comparison.topics == () and comparison.conflicts == ()
    assert not comparison.emphasis.measured and comparison.emphasis.ratio_note is None
    assert [side.speakers for side in comparison.sides] == [(), ()]
    assert NO_CONFLICTS == "No conflicting facts found."


def test_an_unknown_scope_reads_as_written() -> None:
    result = made_up()
    (comparison,) = result.comparisons
    conflict = replace(comparison.analysis.conflicts[0], scope="sentence")
    analysis = replace(comparison.analysis, conflicts=(conflict,))
    report = report_document(replace(result, comparisons=(replace(comparison, analysis=analysis),)))
    assert report.comparisons[0].conflicts[0].scope_label == "sentence"


def test_built_once_for_every_format_from_the_same_result(freedonia: DocumentResult) -> None:
    """The same Result gives equal reports: building is a pure function of the result."""
    assert build_report(Result((freedonia,), ())) == build_report(Result((freedonia,), ()))


def test_nearest_record_is_the_other_sides_sentence() -> None:
    result = made_up()
    (comparison,) = result.comparisons
    alignment = replace(comparison.alignment, left_nearest=(Nearest(2, 0.2),))
    report = report_document(replace(result, comparisons=(replace(comparison, alignment=alignment),)))
    nearest = report.comparisons[0].left.only[0].nearest
    expected = result.document.statements[1].sentences[2]
    assert (nearest.sentence.id, nearest.sentence.text, nearest.score) == ("s2.3", expected.text, 0.2)


def test_a_statement_naming_no_issuer_is_shown_as_such_and_its_json_issuer_stays_empty(tmp_path) -> None:
    """Formats show "issuer not named" where the text names none; the JSON keeps the issuer as read ("")."""
    import json

    from click.testing import CliRunner

    from readout_diff.cli import main
    from readout_diff.report import UNNAMED_ISSUER

    from .test_statements import NO_ISSUER

    seed = tmp_path / "articles.txt"
    seed.write_text(NO_ISSUER, encoding="utf-8")
    statements = report_document(compare_text(NO_ISSUER, "articles.txt")).statements
    assert [(s.issuer, s.name) for s in statements] == [("", UNNAMED_ISSUER)] * 2
    for fmt in ("terminal", "markdown", "html"):
        output = CliRunner().invoke(main, ["--format", fmt, "--color", "never", str(seed)]).output
        assert f"{UNNAMED_ISSUER} (s1)" in output or f"s1</span> {UNNAMED_ISSUER}" in output, fmt
    data = json.loads(CliRunner().invoke(main, ["--format", "json", str(seed)]).output)
    assert [s["issuer"] for s in data["documents"][0]["statements"]] == ["", ""]
