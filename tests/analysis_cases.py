"""A made-up comparison built by hand, with every analysis section filled: a topic grid with a topic one
side only mentions, emphasis, two conflicts (one of them with a mention full of markup and a control
character) and speakers. The report tests render it, since the seed has no conflict."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from readout_diff.model import (
    Alignment,
    Analysis,
    Attribution,
    Comparison,
    Conflict,
    Document,
    DocumentResult,
    Emphasis,
    Header,
    Match,
    Mention,
    Nearest,
    Sentence,
    Statement,
    Terms,
    TopicRow,
    TopicShare,
)

#: A mention that would do harm if a report passed it on raw: markup, Markdown, a pipe, an escape.
HOSTILE_PLACE = "Port <script>alert(1)</script> | *Gull*\x1b[31m"

HOSTILE_LABEL = "Trade <b>&</b> grain | *exports*"

_LEFT = [
    "On 7 March, Foreign Minister Ardent met Minister Firefly in Sylvania City.",
    "Minister Ardent stressed the river treaty.",
    f"Both ministers agreed to meet again in {HOSTILE_PLACE} next month.",
]
_RIGHT = [
    "On 8 March, the ministers discussed the river treaty in Sylvania City.",
    "Minister Firefly raised grain exports.",
    "Both sides agreed to meet again in Port Heron next month.",
]


class _Writer:
    """Builds a document's text piece by piece, keeping the spans of what it writes."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, piece: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += piece
        return start, len(self.text)


def _statement(writer: _Writer, sid: str, issuer: str, sentences: list[str]) -> Statement:
    start, _ = writer.write(f"{issuer}\n3 March 2025\n\n")
    built = []
    for text in sentences:
        s, e = writer.write(text)
        writer.write(" ")
        built.append(Sentence(text, s, e))
    writer.write("\n\n")
    header = Header(issuer, None, dt.date(2025, 3, 3), None)
    return Statement(sid, header, start, len(writer.text), tuple(built))


def _mention(statement: Statement, index: int, words: str) -> Mention:
    sentence = statement.sentences[index]
    offset = sentence.text.index(words)
    return Mention(index, sentence.start + offset, sentence.start + offset + len(words), words)


def made_up() -> DocumentResult:
    """Two statements and their comparison, every field set by hand."""
    writer = _Writer()
    writer.write("Sylvania and Freedonia talk rivers\n\n")
    left = _statement(writer, "s1", "Ministry of Foreign Affairs of Sylvania", _LEFT)
    right = _statement(writer, "s2", "Government of Freedonia", _RIGHT)
    document = Document("made-up.txt", writer.text, "Sylvania and Freedonia talk rivers", (left, right))
    comparison = Comparison(
        left=0,
        right=1,
        alignment=Alignment(
            matches=(Match((0,), (0,), 0.5, ("sylvania", "city")), Match((2,), (2,), 0.4, ("meet", "month"))),
            left_only=(1,),
            right_only=(1,),
            left_nearest=(Nearest(1, 0.1),),
            right_nearest=(Nearest(1, 0.05),),
        ),
        terms=Terms(left=("river treaty",), right=("grain exports",)),
        analysis=Analysis(
            topics=(
                TopicRow("trade", HOSTILE_LABEL, (), (1,)),
                TopicRow("river", "River treaty", (0, 1), (0,)),
                TopicRow("visit", "Next visit", (2,), (2,)),
            ),
            conflicts=(
                Conflict(
                    "date", "match", _mention(left, 0, "7 March"), _mention(right, 0, "8 March"),
                    'date: "7 March" vs "8 March"',
                ),
                Conflict(
                    "place", "statements", _mention(left, 2, HOSTILE_PLACE), _mention(right, 2, "Port Heron"),
                    f'place: "{HOSTILE_PLACE}" vs "Port Heron"',
                ),
            ),
            left_emphasis=Emphasis(30, (TopicShare("river", 0.6, 0), TopicShare("visit", 0.4, 2)), "river"),
            right_emphasis=Emphasis(
                50,
                (TopicShare("river", 0.3, 0), TopicShare("trade", 0.35, 1), TopicShare("visit", 0.004, 2)),
                "trade",
            ),
            left_speakers=(
                Attribution(1, "Minister Ardent", _mention(left, 1, "Minister Ardent"), "stressed"),
                Attribution(2, "both ministers", _mention(left, 2, "Both ministers"), "agreed"),
            ),
            right_speakers=(
                Attribution(0, "both sides", _mention(right, 0, "the ministers"), "discussed"),
                Attribution(1, "Minister Firefly", _mention(right, 1, "Minister Firefly"), "raised"),
                Attribution(2, "both sides", _mention(right, 2, "Both sides"), "agreed"),
            ),
        ),
    )
    for statement in (left, right):
        for sentence in statement.sentences:
            assert document.text[sentence.start : sentence.end] == sentence.text
    for conflict in comparison.analysis.conflicts:
        for mention in (conflict.left, conflict.right):
            assert document.text[mention.start : mention.end] == mention.text
    return DocumentResult(document, (comparison,))


def bare() -> DocumentResult:
    """The made-up comparison with no analysis at all: no topic, emphasis, conflict or speaker."""
    result = made_up()
    (comparison,) = result.comparisons
    empty = replace(comparison, analysis=Analysis())
    return DocumentResult(result.document, (empty,))
