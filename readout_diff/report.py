"""The report every format shows, built once from a Result: sections of frozen records that renderers
only format (texts, ids, counts, labels, the words that differ in matched sentences)."""

from __future__ import annotations

import re
from typing import NamedTuple

from .analyse.speakers import credits
from .analyse.topics import word_count
from .model import (
    Attribution,
    Comparison,
    Conflict,
    DocumentResult,
    Emphasis,
    Failure,
    Input,
    Match,
    Mention,
    Nearest,
    Result,
    Statement,
    TopicRow,
)

# ---------------------------------------------------------------------------------------------------
# Wording every format shows the same

#: How a conflict's ``scope`` reads in a report.
SCOPES = {"match": "in matched sentences", "statements": "across the statements"}

NOT_MENTIONED = "not mentioned"
NO_CONFLICTS = "No conflicting facts found."
NO_EMPHASIS = "No emphasis measured."
NO_LEAD = "no topic"
NO_SPEAKER = "No speaker named."
NO_TOPIC = "No topic found."

#: How each kind of input reads in a report ("from us.html (web page)").
KINDS = {"text": "text", "html": "web page", "pdf": "PDF", "docx": "Word document"}
#: How an issuer read elsewhere than in the statement's own lines is said ("issuer from the file name").
ISSUER_FROM_NOTES = {"metadata": "issuer from its metadata", "file name": "issuer from the file name"}

# ---------------------------------------------------------------------------------------------------
# The records


class SentenceReport(NamedTuple):
    """One sentence as every section names it: its id (``s1.3``), its text, its span in the document,
    and what it does in the readout (a role id of roles.toml, or None)."""

    id: str
    text: str
    span: tuple[int, int]
    role: str | None = None


class InputReport(NamedTuple):
    """A file a document was read from: its path as given, what it was read as (``kind``: "text",
    "html", "pdf", "docx"; ``kind_label`` in words), the encoding its bytes were decoded in (None for
    PDF and Word files) and the text its statements' spans index (``--format text`` prints it)."""

    path: str
    kind: str
    kind_label: str
    encoding: str | None
    text: str


#: What formats show for a statement whose text names no issuer.
UNNAMED_ISSUER = "issuer not named"


class StatementReport(NamedTuple):
    """One statement: its header fields (the date as ISO text), its span and its sentences; the input
    its spans index, where its issuer was read (``header``, ``metadata``, ``file name``) and what to say
    about both ("" for a seed's statement read as text, its issuer from its header)."""

    id: str
    issuer: str
    place: str | None
    date: str | None
    title: str | None
    span: tuple[int, int]
    sentences: tuple[SentenceReport, ...]
    input: InputReport | None = None
    issuer_from: str = "header"
    #: "from us.html (web page); issuer from its metadata", or "".
    input_note: str = ""

    @property
    def name(self) -> str:
        """The issuer as formats show it: "issuer not named" for a statement that names none (two
        articles pasted without the sites' names; the JSON keeps its ``issuer`` "")."""
        return self.issuer or UNNAMED_ISSUER

    @property
    def words(self) -> int:
        """Its length in words, counted as emphasis counts them (``topics.word_count``)."""
        return sum(word_count(s.text) for s in self.sentences)


class NearestReport(NamedTuple):
    """The closest sentence on the other side to a sentence found on one side only, and its score
    (with a sentence model, also its margin over the two sentences' best alternatives)."""

    sentence: SentenceReport
    score: float
    margin: float | None = None

    @property
    def margin_note(self) -> str:
        """What every format adds after the score: "" with words alone, "; margin -0.03" with a model."""
        return "" if self.margin is None else f"; margin {self.margin:+.2f}"


class OnlyReport(NamedTuple):
    """A sentence found in one statement only, with its nearest candidate (None: nothing came close)."""

    sentence: SentenceReport
    nearest: NearestReport | None


class Word(NamedTuple):
    """A whitespace-separated word of a matched sentence: ``text == sentence.text[start:end]``;
    ``differs`` when it is more than punctuation and the other side of the match never uses it (case and
    the punctuation at either end aside)."""

    text: str
    start: int
    end: int
    differs: bool


class MatchedSentence(NamedTuple):
    """One sentence of a match, and the sentences on the other side of the match."""

    sentence: SentenceReport
    others: tuple[SentenceReport, ...]

    @property
    def words(self) -> tuple[Word, ...]:
        """The sentence's words, each marked when the other side never uses it. Worked out when a format
        asks (the JSON contract never does: it would cost it a tenth of its time)."""
        return mark_words(self.sentence.text, _keys([s.text for s in self.others]))


class MatchReport(NamedTuple):
    """Sentences of the two statements that say the same: ``number`` counts the comparison's matches
    from 1; ``shared`` lists the terms both use (strongest first); ``evidence`` what else they share."""

    number: int
    left: tuple[MatchedSentence, ...]
    right: tuple[MatchedSentence, ...]
    score: float
    shared: tuple[str, ...]
    evidence: tuple[str, ...]


class MentionReport(NamedTuple):
    """Some words of one sentence: ``text`` as written, at ``span`` in the document."""

    sentence: SentenceReport
    text: str
    span: tuple[int, int]


class SpeakerMention(NamedTuple):
    """Where a statement names a speaker, and the reporting verb that credits them."""

    mention: MentionReport
    verb: str


class VerbReport(NamedTuple):
    """A reporting verb credited to a speaker, with its sentences in order."""

    verb: str
    sentences: tuple[SentenceReport, ...]


class SpeakerReport(NamedTuple):
    """A speaker a statement credits: its sentences (in order, each once), its verbs (in order of first
    use) and each mention naming it."""

    speaker: str
    sentences: tuple[SentenceReport, ...]
    verbs: tuple[VerbReport, ...]
    mentions: tuple[SpeakerMention, ...]


class SideReport(NamedTuple):
    """One statement of a comparison, seen from its side: ``name`` is "left" or "right"; ``other`` is
    the statement it is compared with. ``only`` lists what it alone says; ``placed`` gives, for each of
    its sentences in order, the match it is in or its entry in ``only``."""

    name: str
    statement: StatementReport
    other: StatementReport
    only: tuple[OnlyReport, ...]
    placed: tuple[MatchReport | OnlyReport, ...]
    terms: tuple[str, ...]
    speakers: tuple[SpeakerReport, ...]


class TopicReport(NamedTuple):
    """One row of the topic grid. ``side`` is "both", "left" or "right"; ``mentioned_by`` says it with
    statement ids ("both", "s1"), ``marker`` in words ("both", "only s1")."""

    topic: str
    label: str
    side: str
    mentioned_by: str
    marker: str
    left: tuple[SentenceReport, ...]
    right: tuple[SentenceReport, ...]


class TopicShareReport(NamedTuple):
    """A topic's share of a statement's words, and the sentence that first touches it."""

    topic: str
    label: str
    share: float
    first: SentenceReport


class StatementEmphasis(NamedTuple):
    """A statement's length in words, the topic it leads with (id and label) and its topics in order of
    first appearance: all empty where emphasis was not measured."""

    words: int = 0
    leads_with: str | None = None
    leads_with_label: str | None = None
    topics: tuple[TopicShareReport, ...] = ()


class EmphasisReport(NamedTuple):
    """Both statements' emphasis. ``measured`` is False for a comparison built without analysis;
    ``length_ratio`` (left words over right words, unrounded) and ``ratio_note`` ("s1 is 0.60x the
    length of s2") are None when the right statement has no words."""

    measured: bool
    length_ratio: float | None
    ratio_note: str | None
    left: StatementEmphasis
    right: StatementEmphasis


class ConflictReport(NamedTuple):
    """A fact the two statements state differently: ``scope_label`` says the scope in words."""

    kind: str
    scope: str
    scope_label: str
    detail: str
    left: MentionReport
    right: MentionReport


class ComparisonReport(NamedTuple):
    """Every section of the comparison of two statements, in the order the reports show them."""

    left: SideReport
    right: SideReport
    matches: tuple[MatchReport, ...]
    #: The sentences of both statements that are in a match (a bar's matched part).
    matched_sentences: int
    topics: tuple[TopicReport, ...]
    emphasis: EmphasisReport
    conflicts: tuple[ConflictReport, ...]

    @property
    def sides(self) -> tuple[SideReport, SideReport]:
        return self.left, self.right


class DocumentReport(NamedTuple):
    """One seed file: where it came from, how it was read, its statements and their comparisons, with
    the counts an overview shows (matches and one-side-only sentences over all comparisons)."""

    source: str
    #: None when the text has no one encoding (a PDF or Word file, inputs read in different ones).
    encoding: str | None
    #: What to say about the encoding: "" for UTF-8, else "read as utf-16, not UTF-8".
    encoding_note: str
    title: str | None
    statements: tuple[StatementReport, ...]
    comparisons: tuple[ComparisonReport, ...]
    matched: int
    only: int
    #: The files it was read from, in order: one for a seed, one per statement with --pair.
    inputs: tuple[InputReport, ...] = ()


class ErrorReport(NamedTuple):
    """A file that could not be compared, and why."""

    source: str
    message: str


class Report(NamedTuple):
    """Everything one run shows, in input order: what renderers format."""

    documents: tuple[DocumentReport, ...]
    errors: tuple[ErrorReport, ...]


# ---------------------------------------------------------------------------------------------------
# Building it

_WORD = re.compile(r"\S+")
_END_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$")


def word_key(word: str) -> str:
    """A whitespace-separated word as matched sentences compare it: lower case, end punctuation off."""
    return _END_PUNCTUATION.sub("", word).lower()


def _keys(texts: list[str]) -> frozenset[str]:
    return frozenset(key for text in texts for key in map(word_key, _WORD.findall(text)) if key)


def mark_words(text: str, other_words: frozenset[str]) -> tuple[Word, ...]:
    """The words of ``text``, each marked when its compared form is not among ``other_words``."""
    words = []
    for m in _WORD.finditer(text):
        key = word_key(m.group())
        words.append(Word(m.group(), m.start(), m.end(), bool(key) and key not in other_words))
    return tuple(words)


def encoding_note(encoding: str | None) -> str:
    """What to say about the encoding a file was read in: nothing for UTF-8, or for a file that carries
    its text in its own structures (PDF, Word)."""
    return "" if encoding in ("utf-8", None) else f"read as {encoding}, not UTF-8"


def _input(item: Input) -> InputReport:
    return InputReport(item.path, item.kind, KINDS.get(item.kind, item.kind), item.encoding, item.text)


def input_note(item: InputReport, issuer_from: str, several: bool) -> str:
    """What a report says about where a statement came from: nothing for a seed read as text whose
    header names the issuer; else the file (with ``several`` inputs, or a page, PDF or Word file), what it
    was read as, an encoding that is not UTF-8 (with ``several`` inputs: the document's note says it
    otherwise) and where the issuer was read."""
    if not several and item.kind == "text" and issuer_from == "header":
        return ""
    facts = [item.kind_label] if item.kind != "text" else []
    facts += [encoding_note(item.encoding)] if several and encoding_note(item.encoding) else []
    note = f"from {item.path}" + (f" ({', '.join(facts)})" if facts else "")
    return note + (f"; {ISSUER_FROM_NOTES[issuer_from]}" if issuer_from in ISSUER_FROM_NOTES else "")


def _statement(
    statement: Statement, roles: tuple[str | None, ...], item: InputReport | None = None, several: bool = False
) -> StatementReport:
    header = statement.header
    return StatementReport(
        id=statement.id,
        issuer=header.issuer,
        place=header.place,
        date=header.date.isoformat() if header.date else None,
        title=header.title,
        span=(statement.start, statement.end),
        sentences=tuple(
            SentenceReport(statement.sentence_id(k), s.text, (s.start, s.end), roles[k] if roles else None)
            for k, s in enumerate(statement.sentences)
        ),
        input=item,
        issuer_from=header.issuer_from,
        input_note="" if item is None else input_note(item, header.issuer_from, several),
    )


class _Builder:
    """Builds one comparison's sections from the two statements' reports."""

    def __init__(self, comparison: Comparison, left: StatementReport, right: StatementReport) -> None:
        self.comparison = comparison
        self.left, self.right = left, right
        self.labels = {row.topic: row.label for row in comparison.analysis.topics}

    def sentences(self, statement: StatementReport, indices: tuple[int, ...]) -> tuple[SentenceReport, ...]:
        return tuple(statement.sentences[i] for i in indices)

    def mention(self, statement: StatementReport, mention: Mention) -> MentionReport:
        span = (mention.start, mention.end)
        return MentionReport(statement.sentences[mention.sentence], mention.text, span)

    def match(self, number: int, match: Match) -> MatchReport:
        left, right = self.sentences(self.left, match.left), self.sentences(self.right, match.right)
        return MatchReport(
            number=number,
            left=tuple(MatchedSentence(sentence, right) for sentence in left),
            right=tuple(MatchedSentence(sentence, left) for sentence in right),
            score=match.score,
            shared=match.shared,
            evidence=match.evidence,
        )

    def only(
        self, statement: StatementReport, other: StatementReport, only: tuple[int, ...],
        nearest: tuple[Nearest | None, ...],
    ) -> tuple[OnlyReport, ...]:
        candidates = nearest + (None,) * (len(only) - len(nearest))
        return tuple(
            OnlyReport(
                statement.sentences[index],
                None if near is None else NearestReport(other.sentences[near.index], near.score, near.margin),
            )
            for index, near in zip(only, candidates)
        )

    def speakers(
        self, statement: StatementReport, attributions: tuple[Attribution, ...]
    ) -> tuple[SpeakerReport, ...]:
        return tuple(
            SpeakerReport(
                speaker=credit.speaker,
                sentences=self.sentences(statement, credit.sentences),
                verbs=tuple(VerbReport(verb, self.sentences(statement, used)) for verb, used in credit.verbs),
                mentions=tuple(
                    SpeakerMention(self.mention(statement, a.mention), a.verb) for a in credit.attributions
                ),
            )
            for credit in credits(attributions)
        )

    def topic(self, row: TopicRow) -> TopicReport:
        left, right = self.left.id, self.right.id
        return TopicReport(
            topic=row.topic,
            label=row.label,
            side=row.side,
            mentioned_by={"both": "both", "left": left, "right": right}[row.side],
            marker={"both": "both", "left": f"only {left}", "right": f"only {right}"}[row.side],
            left=self.sentences(self.left, row.left),
            right=self.sentences(self.right, row.right),
        )

    def label(self, topic: str) -> str:
        """The label of ``topic`` in the grid; its id when the grid does not name it."""
        return self.labels.get(topic, topic)

    def statement_emphasis(self, statement: StatementReport, emphasis: Emphasis | None) -> StatementEmphasis:
        if emphasis is None:
            return StatementEmphasis()
        return StatementEmphasis(
            words=emphasis.words,
            leads_with=emphasis.leads_with,
            leads_with_label=self.label(emphasis.leads_with) if emphasis.leads_with else None,
            topics=tuple(
                TopicShareReport(t.topic, self.label(t.topic), t.share, statement.sentences[t.first])
                for t in emphasis.topics
            ),
        )

    def emphasis(self) -> EmphasisReport:
        analysis = self.comparison.analysis
        left = self.statement_emphasis(self.left, analysis.left_emphasis)
        right = self.statement_emphasis(self.right, analysis.right_emphasis)
        ratio = left.words / right.words if right.words else None
        note = None if ratio is None else f"{self.left.id} is {ratio:.2f}x the length of {self.right.id}"
        return EmphasisReport(
            measured=analysis.left_emphasis is not None or analysis.right_emphasis is not None,
            length_ratio=ratio,
            ratio_note=note,
            left=left,
            right=right,
        )

    def conflict(self, conflict: Conflict) -> ConflictReport:
        return ConflictReport(
            kind=conflict.kind,
            scope=conflict.scope,
            scope_label=SCOPES.get(conflict.scope, conflict.scope),
            detail=conflict.detail,
            left=self.mention(self.left, conflict.left),
            right=self.mention(self.right, conflict.right),
        )

    def side(
        self, name: str, matches: tuple[MatchReport, ...], only: tuple[OnlyReport, ...],
        terms: tuple[str, ...], attributions: tuple[Attribution, ...],
    ) -> SideReport:
        statement, other = (self.left, self.right) if name == "left" else (self.right, self.left)
        placed: dict[str, MatchReport | OnlyReport] = {entry.sentence.id: entry for entry in only}
        for match in matches:
            for matched in match.left if name == "left" else match.right:
                placed[matched.sentence.id] = match
        return SideReport(
            name=name,
            statement=statement,
            other=other,
            only=only,
            # A sentence in neither (only a comparison built by hand leaves one out) shows as only.
            placed=tuple(placed.get(s.id) or OnlyReport(s, None) for s in statement.sentences),
            terms=terms,
            speakers=self.speakers(statement, attributions),
        )

    def build(self) -> ComparisonReport:
        c = self.comparison
        alignment, analysis = c.alignment, c.analysis
        matches = tuple(self.match(number, m) for number, m in enumerate(alignment.matches, 1))
        left_only = self.only(self.left, self.right, alignment.left_only, alignment.left_nearest)
        right_only = self.only(self.right, self.left, alignment.right_only, alignment.right_nearest)
        return ComparisonReport(
            left=self.side("left", matches, left_only, c.terms.left, analysis.left_speakers),
            right=self.side("right", matches, right_only, c.terms.right, analysis.right_speakers),
            matches=matches,
            matched_sentences=sum(len(m.left) + len(m.right) for m in alignment.matches),
            topics=tuple(self.topic(row) for row in analysis.topics),
            emphasis=self.emphasis(),
            conflicts=tuple(self.conflict(conflict) for conflict in analysis.conflicts),
        )


def report_document(result: DocumentResult) -> DocumentReport:
    """One document's report: its statements, then every comparison of two of them."""
    document = result.document
    inputs = tuple(_input(item) for item in document.input_list)
    several = len(inputs) > 1
    statements = tuple(
        _statement(s, result.roles[k] if result.roles else (), inputs[s.input], several)
        for k, s in enumerate(document.statements)
    )
    comparisons = tuple(
        _Builder(c, statements[c.left], statements[c.right]).build() for c in result.comparisons
    )
    return DocumentReport(
        source=document.source,
        encoding=document.encoding,
        encoding_note=encoding_note(document.encoding),
        title=document.title,
        statements=statements,
        comparisons=comparisons,
        matched=sum(len(c.matches) for c in comparisons),
        only=sum(len(c.left.only) + len(c.right.only) for c in comparisons),
        inputs=inputs,
    )


def report_error(failure: Failure) -> ErrorReport:
    """A failed file's report: where it came from and what to do."""
    return ErrorReport(failure.source, failure.message)


def report_item(item: DocumentResult | Failure) -> DocumentReport | ErrorReport:
    """One file's part of a streamed report: its document's report, or why it failed."""
    return report_error(item) if isinstance(item, Failure) else report_document(item)


def build_report(result: Result) -> Report:
    """The report of a whole run: every document's, then every failure, in input order."""
    return Report(
        documents=tuple(report_document(d) for d in result.documents),
        errors=tuple(report_error(f) for f in result.errors),
    )
