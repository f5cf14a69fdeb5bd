"""Frozen records that flow between the pipeline's stages, each carrying its character span."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a statement: ``text == source[start:end]``."""

    text: str
    start: int
    end: int


#: Where a statement's issuer was read (``Header.issuer_from``): its own lines (a header block, or a
#: source line closing its body), the metadata of the page or document it came from (publisher or
#: author), or the name of its file. The last two happen only with ``--pair``, for a file whose text
#: names no issuer.
ISSUER_FROM = ("header", "metadata", "file name")


@dataclass(frozen=True, slots=True)
class Header:
    """What a statement's header block says about it (every field may be missing but the issuer)."""

    issuer: str
    place: str | None = None
    date: _dt.date | None = None
    title: str | None = None
    #: Where the issuer was read: one of ``ISSUER_FROM``.
    issuer_from: str = "header"


@dataclass(frozen=True, slots=True)
class Statement:
    """One government's readout: its header fields, its span in the source and its sentences."""

    id: str
    header: Header
    start: int
    end: int
    sentences: tuple[Sentence, ...]
    #: The index of the input it was read from in ``Document.inputs``: its spans index that input's text.
    input: int = 0

    @property
    def issuer(self) -> str:
        return self.header.issuer

    def sentence_id(self, index: int) -> str:
        """The stable id of the sentence at ``index`` (0-based): ``s1.1`` is the first of ``s1``."""
        return f"{self.id}.{index + 1}"


@dataclass(frozen=True, slots=True)
class Input:
    """One file a document was read from: its path as given, what it was read as (``kind``: "text",
    "html", "pdf" or "docx"), the text its statements' spans index (a page's, PDF's or Word file's
    extracted text) and the encoding its bytes were decoded in (None for PDF and Word files)."""

    path: str
    kind: str
    text: str
    encoding: str | None = "utf-8"


@dataclass(frozen=True, slots=True)
class Document:
    """One meeting's statements: a seed file's (its text, its headline, which is not a statement), or
    those of several files holding one statement each (``--pair``; ``text`` is then empty and each
    statement's spans index its own input's text: see ``text_of``)."""

    source: str
    text: str
    title: str | None
    statements: tuple[Statement, ...]
    #: The encoding the text was read in ("utf-8" unless it had to be detected); None when there is no
    #: one encoding (a PDF or Word file, or inputs read in different encodings).
    encoding: str | None = "utf-8"
    #: The files it was read from, in order (``Statement.input`` indexes them). Empty for a document built
    #: from text alone: its one input is then ``source`` read as text (``input_list``).
    inputs: tuple[Input, ...] = ()

    @property
    def input_list(self) -> tuple[Input, ...]:
        """Its inputs; for a document built from text alone, its source as one text input."""
        return self.inputs or (Input(self.source, "text", self.text, self.encoding),)

    def text_of(self, statement: Statement) -> str:
        """The text ``statement``'s spans index: its input's."""
        return self.input_list[statement.input].text


@dataclass(frozen=True, slots=True)
class Match:
    """Sentences of the left statement that say the same as sentences of the right one.

    ``left`` and ``right`` are sentence indices (0-based, ascending); ``score`` is in [0, 1];
    ``shared`` lists the terms both sides use that made the match, strongest first.
    """

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float
    shared: tuple[str, ...]
    #: What else the two sides share, for a reader ("same role: Frame"; see ``annotate.py``).
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Nearest:
    """For a sentence found on one side only: the closest sentence on the other side and its score."""

    index: int
    score: float
    #: With a sentence model: how far the pair stands above its two sentences' best alternatives, the
    #: figure the threshold applies to (None with words alone, where the score is that figure).
    margin: float | None = None


@dataclass(frozen=True, slots=True)
class TopicRow:
    """One row of the topic grid: the sentences of each statement that touch one topic.

    ``left`` and ``right`` are sentence indices (0-based, ascending); an empty side is "not mentioned".
    """

    topic: str
    label: str
    left: tuple[int, ...]
    right: tuple[int, ...]

    @property
    def side(self) -> str:
        """"both", "left" or "right": who mentions the topic."""
        if self.left and self.right:
            return "both"
        return "left" if self.left else "right"


@dataclass(frozen=True, slots=True)
class TopicShare:
    """How much of one statement a topic takes: ``share`` of its words are in sentences touching
    the topic (a sentence about two topics counts for both), first touched at sentence ``first``."""

    topic: str
    share: float
    first: int


@dataclass(frozen=True, slots=True)
class Emphasis:
    """A statement's length in words and its topics in the order they first appear."""

    words: int
    topics: tuple[TopicShare, ...]
    #: The first substantive topic the statement touches (the meeting itself aside), if any.
    leads_with: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """Some words of one sentence: ``text == document.text_of(statement)[start:end]``, inside sentence
    ``sentence``."""

    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """A fact the two statements state differently.

    ``kind`` is "date", "number", "ordinal", "place", "participant" or "agreement"; ``scope`` is
    "match" when the two mentions are in sentences matched to each other, "statements" when they
    are found across the two whole statements; ``detail`` says it in words.
    """

    kind: str
    scope: str
    left: Mention
    right: Mention
    detail: str


@dataclass(frozen=True, slots=True)
class Attribution:
    """A sentence the text credits to a speaker ("Prime Minister Okafor highlighted ...").

    ``speaker`` is the speaker as a reader would name them ("Prime Minister Okafor", "both sides",
    "the Cuban delegation"); ``mention`` is where the text names them; ``verb`` is the reporting verb.
    """

    sentence: int
    speaker: str
    mention: Mention
    verb: str


@dataclass(frozen=True, slots=True)
class Alignment:
    """Matches plus the sentences left unmatched on each side, with their nearest candidates.

    ``left_only`` and ``right_only`` are sentence indices (ascending); ``left_nearest`` and
    ``right_nearest`` give, in the same order, each one's closest sentence on the other side (or None).
    """

    matches: tuple[Match, ...] = ()
    left_only: tuple[int, ...] = ()
    right_only: tuple[int, ...] = ()
    left_nearest: tuple[Nearest | None, ...] = ()
    right_nearest: tuple[Nearest | None, ...] = ()


@dataclass(frozen=True, slots=True)
class Terms:
    """The key terms each statement uses and the other does not, strongest first."""

    left: tuple[str, ...] = ()
    right: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """What analysts look for beyond matched sentences: the topic grid, the facts stated differently,
    both statements' emphasis and who said what. Empty (emphasis None) for a comparison built without
    analysis."""

    #: The topic grid: topics one side only mentions first, then those both mention.
    topics: tuple[TopicRow, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    left_emphasis: Emphasis | None = None
    right_emphasis: Emphasis | None = None
    left_speakers: tuple[Attribution, ...] = ()
    right_speakers: tuple[Attribution, ...] = ()


@dataclass(frozen=True, slots=True)
class Comparison:
    """The comparison of two statements of one document (indices into ``Document.statements``): their
    alignment, the terms each uses alone, and the analysis.

    Every sentence of both statements appears exactly once: in one match or in an only-list.
    """

    left: int
    right: int
    alignment: Alignment
    terms: Terms = Terms()
    analysis: Analysis = Analysis()


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """A loaded document with the comparison of every pair of its statements."""

    document: Document
    comparisons: tuple[Comparison, ...]
    #: Per statement, per sentence: what the sentence does in the readout (a role id of roles.toml:
    #: "frame", "thanks", "contact", ...), or None.
    roles: tuple[tuple[str | None, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Pair:
    """Files holding one statement each, compared as one meeting (``--pair``): ``source`` names them in
    a report (the folder that holds them, or their paths joined by " + ")."""

    paths: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class Failure:
    """A file that could not be compared, with a message that tells the user what to do."""

    source: str
    message: str


@dataclass(frozen=True, slots=True)
class Result:
    """Everything one run produced, in input order: what renderers receive."""

    documents: tuple[DocumentResult, ...]
    errors: tuple[Failure, ...]
