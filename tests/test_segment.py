"""Tests for readout_diff.text.segment: labelled genre cases, span invariants and the shared boundary cases."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from readout_diff.model import Sentence
from readout_diff.text.segment import split_sentences

SHARED_CASES = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "segmentation_cases.json"

# label -> (text, expected sentence texts). Every text is made up for these tests.
CASES: dict[str, tuple[str, list[str]]] = {
    "plain": (
        "The ministers met in Lisbon. They discussed fisheries.",
        ["The ministers met in Lisbon.", "They discussed fisheries."],
    ),
    "question_exclaim": (
        "Why were the talks delayed? Nobody said! The envoys left.",
        ["Why were the talks delayed?", "Nobody said!", "The envoys left."],
    ),
    "no_split_before_lowercase": (
        "The envoy asked “what next?” and left the room.",
        ["The envoy asked “what next?” and left the room."],
    ),
    # A paste from a web page or a PDF may lose the space between two sentences.
    "run_on_after_full_stop": (
        "The accord remains in force.The parties reaffirmed it. They met again.",
        ["The accord remains in force.", "The parties reaffirmed it.", "They met again."],
    ),
    "no_run_on_split_in_addresses_or_abbreviations": (
        "See www.example.Gov for details. He met Dr.Smith and the U.S.Navy.",
        ["See www.example.Gov for details.", "He met Dr.Smith and the U.S.Navy."],
    ),
    # A numbered readout pasted as one paragraph: each number opens its sentence.
    "numbered_paragraphs_run_together": (
        "1. On May 3 the Minister met the King. 2. The Minister offered condolences. 3. They agreed to meet.",
        [
            "1. On May 3 the Minister met the King.",
            "2. The Minister offered condolences.",
            "3. They agreed to meet.",
        ],
    ),
    "number_after_a_final_abbreviation_ends_its_sentence": (
        "The Minister arrived in the U.S. 2. The Minister met the Secretary.",
        ["The Minister arrived in the U.S. 2.", "The Minister met the Secretary."],
    ),
    "no_run_on_split_in_a_path": (
        "See https://mfa.example.org/press/statement.Readout of the call. Or example.Gov.sy today.",
        ["See https://mfa.example.org/press/statement.Readout of the call.", "Or example.Gov.sy today."],
    ),
    "a_long_number_is_no_paragraph_number": (
        "They met. 123. The next.",
        ["They met.", "123.", "The next."],
    ),
    "superscript_digits_are_no_paragraph_number": (
        "They met. ²³. The next.",
        ["They met.", "²³.", "The next."],
    ),
    "number_after_an_abbreviation_ends_its_sentence": (
        "The exhibition runs to Jan. 15. 2. Admission is free.",
        ["The exhibition runs to Jan. 15.", "2. Admission is free."],
    ),
    # --- tokens never split
    "decimal_and_time": (
        "Aid rose by 2.75 percent at 14:05 local time. The fund grew.",
        ["Aid rose by 2.75 percent at 14:05 local time.", "The fund grew."],
    ),
    "url_inside": (
        "Details are at https://www.example.org/page.html today. More will follow.",
        ["Details are at https://www.example.org/page.html today.", "More will follow."],
    ),
    "url_at_end": (
        "The text is posted at www.example.gov. Questions go to the press office.",
        ["The text is posted at www.example.gov.", "Questions go to the press office."],
    ),
    "hyphenated_acronym": (
        "Envoys discussed E.U.-Mercosur trade. They set no date.",
        ["Envoys discussed E.U.-Mercosur trade.", "They set no date."],
    ),
    # --- abbreviations
    "dc_mid_sentence": (
        "Delegates gathered in Washington, D.C. to review the accord.",
        ["Delegates gathered in Washington, D.C. to review the accord."],
    ),
    "dc_sentence_end": (
        "Delegates gathered in Washington, D.C. The review lasted a day.",
        ["Delegates gathered in Washington, D.C.", "The review lasted a day."],
    ),
    "us_before_pronoun": (
        "The ministers will tour the U.S. They arrive on Sunday.",
        ["The ministers will tour the U.S.", "They arrive on Sunday."],
    ),
    "us_before_institution": (
        "Staff of the U.S. Consulate in Recife joined. The U.N. Development Programme sent notes.",
        ["Staff of the U.S. Consulate in Recife joined.", "The U.N. Development Programme sent notes."],
    ),
    "us_before_title_run": (
        "He met U.S. Deputy Trade Representative Lane in Oslo.",
        ["He met U.S. Deputy Trade Representative Lane in Oslo."],
    ),
    "acronym_before_country": (
        "The motion passed at the U.N. Brazil abstained.",
        ["The motion passed at the U.N.", "Brazil abstained."],
    ),
    "acronym_before_acronym": (
        "Funds were returned to the U.S. U.S. auditors confirmed it.",
        ["Funds were returned to the U.S.", "U.S. auditors confirmed it."],
    ),
    "pm_time_zone": (
        "The call started at 7:15 p.m. GMT and ended late. It was cordial.",
        ["The call started at 7:15 p.m. GMT and ended late.", "It was cordial."],
    ),
    "am_local_time": (
        "Talks open at 9 a.m. Nairobi time on Monday.",
        ["Talks open at 9 a.m. Nairobi time on Monday."],
    ),
    "am_sentence_end": (
        "The vote closed at 11 a.m. The result was announced later.",
        ["The vote closed at 11 a.m.", "The result was announced later."],
    ),
    "honorifics": (
        "Mr. Okafor, Dr. Lindqvist, Gen. Tamura and H.E. Ms. Duarte attended.",
        ["Mr. Okafor, Dr. Lindqvist, Gen. Tamura and H.E. Ms. Duarte attended."],
    ),
    "rt_hon_and_amb": (
        "The Rt. Hon. Alice Varga met Amb. Tomas Rell. They spoke briefly.",
        ["The Rt. Hon. Alice Varga met Amb. Tomas Rell.", "They spoke briefly."],
    ),
    "month_abbreviations": (
        "The round runs from Sept. 3 to Oct. 9. A report is due in Nov. 2025.",
        ["The round runs from Sept. 3 to Oct. 9.", "A report is due in Nov. 2025."],
    ),
    "number_abbreviation": (
        "They cited Decree No. 41 and Art. 7 of the pact.",
        ["They cited Decree No. 41 and Art. 7 of the pact."],
    ),
    "amount_resolution_and_including_abbreviations": (
        "They pledged Rs. 4,000 crore under UNSC Res. 2231 and the Accord, incl. Annex II. Both agreed.",
        ["They pledged Rs. 4,000 crore under UNSC Res. 2231 and the Accord, incl. Annex II.", "Both agreed."],
    ),
    "engineer_title": (
        "He met the Minister of Investment Eng. Majed Al-Hamdan. They agreed.",
        ["He met the Minister of Investment Eng. Majed Al-Hamdan.", "They agreed."],
    ),
    "acronyms_in_capitals_still_end_sentences": (
        "They discussed renewable energy sources (RES). They met the Prime Minister of the RS. It was noted.",
        ["They discussed renewable energy sources (RES).", "They met the Prime Minister of the RS.", "It was noted."],
    ),
    "initials": (
        "Minister Paula R. Ostrom met Harold T. Quince. Both smiled.",
        ["Minister Paula R. Ostrom met Harold T. Quince.", "Both smiled."],
    ),
    "initial_before_pronoun": (
        "The note was signed by Dana K. She sent it on.",
        ["The note was signed by Dana K.", "She sent it on."],
    ),
    "etc_at_end": (
        "They covered grain, fuel, ports, etc. Both sides took notes.",
        ["They covered grain, fuel, ports, etc.", "Both sides took notes."],
    ),
    "company_suffixes": (
        "Officials from Norvale Ltd. and Brightway Inc. attended.",
        ["Officials from Norvale Ltd. and Brightway Inc. attended."],
    ),
    "eg_ie": (
        "Some topics, e.g. shipping, i.e. ports, were left out.",
        ["Some topics, e.g. shipping, i.e. ports, were left out."],
    ),
    "address_with_zip": (
        "Send letters to 12 K St. N.W., Washington, D.C. 20001, by Friday.",
        ["Send letters to 12 K St. N.W., Washington, D.C. 20001, by Friday."],
    ),
    "year_then_number": (
        "The accord dates from 1999. 2025 is its jubilee.",
        ["The accord dates from 1999.", "2025 is its jubilee."],
    ),
    # --- quotes, brackets, ellipses, CJK
    "closing_quote_stays": (
        "She said, “We are ready.” The host agreed.",
        ["She said, “We are ready.”", "The host agreed."],
    ),
    "closing_single_quote_stays": (
        "He rejected ‘bloc politics.’ The host nodded.",
        ["He rejected ‘bloc politics.’", "The host nodded."],
    ),
    "bracketed_sentence": (
        "Two deals were signed. (A third is pending.) Work starts soon.",
        ["Two deals were signed.", "(A third is pending.)", "Work starts soon."],
    ),
    "ellipsis_three_dots": (
        "Progress was slow... Nobody expected more.",
        ["Progress was slow...", "Nobody expected more."],
    ),
    "ellipsis_lowercase": (
        "The text reads “the parties … shall consult” in full.",
        ["The text reads “the parties … shall consult” in full."],
    ),
    "ellipsis_character": (
        "The talks will go on… Dates are open.",
        ["The talks will go on…", "Dates are open."],
    ),
    "cjk_full_stops": (
        "双方举行会谈。双方同意加强合作！是否达成协议？尚不清楚。",
        ["双方举行会谈。", "双方同意加强合作！", "是否达成协议？", "尚不清楚。"],
    ),
    "no_split_at_semicolon_or_colon": (
        "The agenda: trade; energy; and visas.",
        ["The agenda: trade; energy; and visas."],
    ),
    # --- layout
    "hard_wrap": (
        "The foreign ministers reviewed the state of\nrelations between their two\ncountries. They agreed to"
        " meet again.",
        [
            "The foreign ministers reviewed the state of\nrelations between their two\ncountries.",
            "They agreed to meet again.",
        ],
    ),
    "hard_wrap_after_abbreviation": (
        "Officials of the U.S.\nConsulate took part.",
        ["Officials of the U.S.\nConsulate took part."],
    ),
    "line_end_sentence_end": (
        "The meeting ended at noon.\nA lunch followed.",
        ["The meeting ended at noon.", "A lunch followed."],
    ),
    "blank_line": (
        "A short line without a stop\n\nAnother paragraph",
        ["A short line without a stop", "Another paragraph"],
    ),
    "title_lines": (
        "Press Release\nMinistry of External Relations\n3 March 2025\nThe minister received the envoy.",
        [
            "Press Release",
            "Ministry of External Relations",
            "3 March 2025",
            "The minister received the envoy.",
        ],
    ),
    "caps_heading": (
        "JOINT STATEMENT ON MARITIME COOPERATION\nThe parties agreed as follows.",
        ["JOINT STATEMENT ON MARITIME COOPERATION", "The parties agreed as follows."],
    ),
    "title_like_wrap_mid_paragraph_stays": (
        "The delegation was headed by\nDeputy Minister Arlen Fosse of the\nMinistry of Trade.",
        ["The delegation was headed by\nDeputy Minister Arlen Fosse of the\nMinistry of Trade."],
    ),
    "title_line_before_lowercase_stays": (
        "Foreign Minister Ilse Brandt\nmet her counterpart.",
        ["Foreign Minister Ilse Brandt\nmet her counterpart."],
    ),
    "markdown_headings": (
        "## Office of the Spokesperson\n**Statement on the visit**\nThe visit went well.",
        ["## Office of the Spokesperson", "**Statement on the visit**", "The visit went well."],
    ),
    "long_unwrapped_lines": (
        "Ministers hold talks on trade and security in the capital\n"
        + "The ministers held talks on trade, security and energy, and they agreed to set up a working group"
        + " that will report back to both governments before the end of the year on practical steps",
        [
            "Ministers hold talks on trade and security in the capital",
            "The ministers held talks on trade, security and energy, and they agreed to set up a"
            " working group that will report back to both governments before the end of the year on"
            " practical steps",
        ],
    ),
    "colon_at_line_end": (
        "The spokesperson said:\nThe talks were useful.",
        ["The spokesperson said:", "The talks were useful."],
    ),
    "dash_bullets": (
        "Topics included:\n- trade;\n- energy; and\n- visas.",
        ["Topics included:", "- trade;", "- energy; and", "- visas."],
    ),
    "round_bullets": (
        "Outcomes:\n• A new hotline\n• More flights",
        ["Outcomes:", "• A new hotline", "• More flights"],
    ),
    "numbered_items": (
        "The sides agreed to:\n1. Resume flights.\n2. Open a consulate.",
        ["The sides agreed to:", "1. Resume flights.", "2. Open a consulate."],
    ),
    "numbered_item_wrapped": (
        "Steps:\n1. Expand student exchanges, in particular\n   for medical students.\n2. Review visas.",
        [
            "Steps:",
            "1. Expand student exchanges, in particular\n   for medical students.",
            "2. Review visas.",
        ],
    ),
    # --- a number opening a line: a hard-wrapped date or reference, or a list item (issue 14)
    "wrapped_date_day_on_next_line": (
        "The foreign ministers met in Valmora on January\n12. Negotiations on fisheries continued.",
        ["The foreign ministers met in Valmora on January\n12.", "Negotiations on fisheries continued."],
    ),
    "wrapped_date_month_on_next_line": (
        "The envoys met on 12\nMay 2024. Talks went on.",
        ["The envoys met on 12\nMay 2024.", "Talks went on."],
    ),
    "wrapped_year": (
        "Talks on the border resumed in\n2024. Negotiations continued.",
        ["Talks on the border resumed in\n2024.", "Negotiations continued."],
    ),
    "wrapped_resolution_number": (
        "Both sides recalled Resolution\n2231. They urged restraint.",
        ["Both sides recalled Resolution\n2231.", "They urged restraint."],
    ),
    "wrapped_article_number": (
        "Both sides recalled Article\n5. They urged restraint.",
        ["Both sides recalled Article\n5.", "They urged restraint."],
    ),
    "wrapped_number_after_abbreviation": (
        "The envoys cited Decree No.\n14. It entered into force in May.",
        ["The envoys cited Decree No.\n14.", "It entered into force in May."],
    ),
    "wrapped_bracketed_number": (
        "The steps are set out in paragraph\n(3) of the accord.",
        ["The steps are set out in paragraph\n(3) of the accord."],
    ),
    "wrapped_date_inside_numbered_item": (
        "1. The talks were held in Valmora on January\n12. Both sides were satisfied.\n"
        "2. The next round is in May.",
        [
            "1. The talks were held in Valmora on January\n12.",
            "Both sides were satisfied.",
            "2. The next round is in May.",
        ],
    ),
    "numbered_paragraphs": (
        "1. Foreign Minister Ostrom held talks with Foreign Minister Quince\nfor about 30 minutes.\n"
        "2. Minister Quince thanked Sylvania for its support.\n3. The two ministers agreed to stay in touch.",
        [
            "1. Foreign Minister Ostrom held talks with Foreign Minister Quince\nfor about 30 minutes.",
            "2. Minister Quince thanked Sylvania for its support.",
            "3. The two ministers agreed to stay in touch.",
        ],
    ),
    "numbered_items_after_the_following": (
        "The two sides agreed on the following:\n1. Resume direct flights.\n2. Open a consulate in Recife.",
        [
            "The two sides agreed on the following:",
            "1. Resume direct flights.",
            "2. Open a consulate in Recife.",
        ],
    ),
    "numbered_item_after_a_sentence": (
        "The ministers adopted a work plan.\n1. Resume flights.",
        ["The ministers adopted a work plan.", "1. Resume flights."],
    ),
    "numbered_items_without_stops": (
        "The sides agreed to\n1. Resume flights\n2. Open a consulate",
        ["The sides agreed to", "1. Resume flights", "2. Open a consulate"],
    ),
    "bracketed_numbered_items_without_stops": (
        "Agreed steps\n(1) a joint patrol\n(2) a hotline",
        ["Agreed steps", "(1) a joint patrol", "(2) a hotline"],
    ),
    "numbered_items_past_nine": (
        "The agenda covered:\n9. Trade\n10. Energy",
        ["The agenda covered:", "9. Trade", "10. Energy"],
    ),
    "numbered_item_after_heading": (
        "## Outcomes\n1. A new hotline.",
        ["## Outcomes", "1. A new hotline."],
    ),
    "numbered_paragraph_after_blank_line": (
        "They met on January\n\n12. Negotiations continued.",
        ["They met on January", "12. Negotiations continued."],
    ),
    "bullet_then_paragraph": (
        "Agreed points:\n- a joint patrol\nThe next round is in May.",
        ["Agreed points:", "- a joint patrol", "The next round is in May."],
    ),
    "inline_numbering_stays": (
        "They agreed (1) to talk and (2) to trade.",
        ["They agreed (1) to talk and (2) to trade."],
    ),
    "dateline_stays": (
        "LIMA, March 4 (Agency) -- The two presidents met on Tuesday. They signed a pact.",
        ["LIMA, March 4 (Agency) -- The two presidents met on Tuesday.", "They signed a pact."],
    ),
    # --- source tags
    "source_tag_same_line": (
        "Both sides pledged to keep in touch. (Minrelex)",
        ["Both sides pledged to keep in touch.", "(Minrelex)"],
    ),
    "source_tag_lowercase": (
        "Both sides pledged to keep in touch. (efe)",
        ["Both sides pledged to keep in touch.", "(efe)"],
    ),
    "source_tag_no_space": (
        "Both sides pledged to keep in touch.(PL)",
        ["Both sides pledged to keep in touch.", "(PL)"],
    ),
    "source_tag_own_line": (
        "Both sides pledged to keep in touch.\n(Minrelex)",
        ["Both sides pledged to keep in touch.", "(Minrelex)"],
    ),
    "trailing_bracket_without_stop_stays": (
        "The bill was backed by Sen. Ada Marsh (D-Oregon)",
        ["The bill was backed by Sen. Ada Marsh (D-Oregon)"],
    ),
    # --- line ends and odd whitespace
    "crlf_wrap": (
        "The visit was\r\nbrief.\r\nIt ended early.",
        ["The visit was\r\nbrief.", "It ended early."],
    ),
    "lone_cr": (
        "Headline Text\rThe talks ended.\r\rA new paragraph.",
        ["Headline Text", "The talks ended.", "A new paragraph."],
    ),
    "nbsp": (
        "They met at 9\u00a0a.m.\u00a0local time on Jan.\u00a04. \u00a0It went well.",
        ["They met at 9\u00a0a.m.\u00a0local time on Jan.\u00a04.", "It went well."],
    ),
    "zero_width_space_after_stop": (
        "The talks ended.\u200b The envoys left.",
        ["The talks ended.\u200b", "The envoys left."],
    ),
    "byte_order_mark_before_title": (
        "\ufeffJoint Press Release\nThe envoys met.",
        ["\ufeffJoint Press Release", "The envoys met."],
    ),
    "rule_under_a_sentence": (
        "They agreed to stay in contact.\n---\nThe next round is in May.\n* * *\nEnd",
        ["They agreed to stay in contact.", "---", "The next round is in May.", "* * *", "End"],
    ),
    "dotted_initials": (
        "The talks were led by J.R. Ewing and Mr. A.B. Smith. They ended at noon.",
        ["The talks were led by J.R. Ewing and Mr. A.B. Smith.", "They ended at noon."],
    ),
    "paragraph_separator": (
        "First paragraph without a stop\u2029Second paragraph",
        ["First paragraph without a stop", "Second paragraph"],
    ),
    "sentence_case_heading_on_its_line": (
        "The talks were long.\nEconomic cooperation\nThe ministers welcomed the rise in trade.",
        ["The talks were long.", "Economic cooperation", "The ministers welcomed the rise in trade."],
    ),
    "short_line_with_a_verb_is_no_heading": (
        "The Minister thanked\nPresident Rocha for his hospitality during the visit.",
        ["The Minister thanked\nPresident Rocha for his hospitality during the visit."],
    ),
    "heading_opening_with_a_closed_quotation": (
        "The talks were long.\n\u2018Global Gateway\u2019 projects\nThe ministers reviewed the new port and the railway to the border.",
        ["The talks were long.", "\u2018Global Gateway\u2019 projects", "The ministers reviewed the new port and the railway to the border."],
    ),
    "quotation_opening_on_a_short_line": (
        "\u201cWe stand together\nWith our friends in every crisis,\u201d she said.",
        ["\u201cWe stand together\nWith our friends in every crisis,\u201d she said."],
    ),
    "hard_wrap_before_a_name_is_no_heading": (
        "President Varga spoke with President\nRocha of Sylvania about the dam.",
        ["President Varga spoke with President\nRocha of Sylvania about the dam."],
    ),
}


def _check_invariants(text: str, sentences: list[Sentence], start: int = 0, end: int | None = None) -> None:
    """Spans slice the text, sentences are stripped and in order, and no visible character is lost."""
    end = len(text) if end is None else end
    previous_end = start
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert previous_end <= sentence.start < sentence.end <= end
        previous_end = sentence.end
    # In-order, non-overlapping slices holding the region's visible characters cover each exactly once.
    assert _visible("".join(s.text for s in sentences)) == _visible(text[start:end])


def _visible(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


@pytest.mark.parametrize("text, expected", list(CASES.values()), ids=list(CASES))
def test_case(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    _check_invariants(text, sentences)


def test_returns_sentence_records() -> None:
    expected = [Sentence("It rained.", 0, 10), Sentence("We left.", 11, 19)]
    assert split_sentences("It rained. We left.") == expected


@pytest.mark.parametrize("text", ["", "   ", "\n\n\r\n", "\u00a0\u3000"])
def test_blank_input_has_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


def test_region_is_respected() -> None:
    text = "Header line\n\nThe talks began. They ended.\n\nFooter (Minrelex)"
    start = text.index("The talks")
    end = text.index("\n\nFooter")
    sentences = split_sentences(text, start, end)
    assert [s.text for s in sentences] == ["The talks began.", "They ended."]
    assert sentences[0].start == start
    _check_invariants(text, sentences, start, end)


def test_region_cutting_through_words_keeps_every_character() -> None:
    text = "The ministers met. They spoke of trade."
    start, end = text.index("inisters"), text.index("oke")
    sentences = split_sentences(text, start, end)
    assert [s.text for s in sentences] == ["inisters met.", "They sp"]
    _check_invariants(text, sentences, start, end)


def _garbage(seed: int, length: int) -> str:
    pieces = [
        "a", "Z", " ", ".", "!", "?", "…", "\n", "\r", "\r\n", "\u00a0", "\u200b", "\ufeff", "\ud800",
        '"', "“", "”", "(", ")", "-", "•", "1", ":", ";", "U.S.", "Mr.", "\t", "\u2029", "\f", "。",
        "**", "#", "The ", "he ",
    ]  # fmt: skip
    rng = random.Random(seed)
    return "".join(rng.choice(pieces) for _ in range(length))


@pytest.mark.parametrize("seed", range(40))
def test_invariants_hold_on_garbage(seed: int) -> None:
    text = _garbage(seed, 5 + seed * 7)
    _check_invariants(text, split_sentences(text))
    rng = random.Random(seed)
    start = rng.randint(0, len(text))
    end = rng.randint(start, len(text))
    _check_invariants(text, split_sentences(text, start, end), start, end)


@pytest.mark.parametrize(
    "text",
    [
        "word " * 400_000,  # 2 MB without punctuation
        "x" * 2_000_000,  # 2 MB without a space
        "the U.S. The E.U. Mr. " * 50_000,
        "Title Line\n- item\n\n" * 50_000,
        "\ud800 \u200b\u00a0.\r" * 100_000,
        "met on January\n12. Talks\n1. item\n" * 50_000,
    ],
    ids=["no-punctuation", "no-space", "abbreviations", "layout", "odd-chars", "numbered-lines"],
)
def test_large_inputs_keep_every_character(text: str) -> None:
    sentences = split_sentences(text)
    _check_invariants(text, sentences)


def _first_visible(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def test_shared_boundary_cases_f1() -> None:
    """The boundary F1 of segscore.py on the shared cases of the genre."""
    if not SHARED_CASES.exists():
        pytest.skip(f"shared segmentation cases not found at {SHARED_CASES}")
    true_pos = false_pos = false_neg = 0
    for case in json.loads(SHARED_CASES.read_text(encoding="utf-8")):
        text = case["text"]
        starts = {_first_visible(text, s.start) for s in split_sentences(text)}
        starts.discard(_first_visible(text, 0))
        gold, optional = set(case["gold"]), set(case.get("optional", []))
        true_pos += len(starts & gold)
        false_pos += len(starts - gold - optional)
        false_neg += len(gold - starts)
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert f1 >= 0.97, f"boundary F1 {f1:.3f} (P={precision:.3f} R={recall:.3f})"


def test_long_runs_without_a_space_are_read_once() -> None:
    """A number too long to convert and a long run of "word.Word" with no space (a PDF's broken text)
    keep every character; the run is read in bounded windows, not whole at each full stop in it."""
    digits = "They met. " + "1" * 5000 + ". The next."
    run = "a" + "xx.Yy" * 2000
    for text in (digits, run):
        sentences = split_sentences(text)
        assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")
