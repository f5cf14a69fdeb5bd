"""Read each statement once into frozen records (words, names, dates, numbers, topics, roles, mentions)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .analyse.conflicts.numerals import Numeral, find_numerals
from .analyse.mentions import Meeting, Mention, MentionKind
from .analyse.roles import statement_roles
from .analyse.terms import TermWords, read_term_words
from .analyse.topics import topic_indices, word_count
from .context import RunContext
from .model import Document, Statement
from .text.aliases import AliasSpan, AliasTable
from .text.dates import WrittenDate, find_sentence_dates
from .text.normalize import Token, lower_words, normal_form, read_tokens, tokenize
from .text.titles import TitleMention, Titles, statement_titles


class Evidence(NamedTuple):
    """One thing a sentence says that the other readout may say in other words.

    ``key`` is equal in two statements when they say the same thing ("role:frame"); it is scored as a word
    the two sentences share (see ``similarity.SentenceBags``). ``kind`` names what it is ("role"), ``text``
    is how this sentence writes it ("" when it is the sentence as a whole, as a role is) and ``label`` says
    it for a reader ("Frame").
    """

    key: str
    kind: str
    label: str
    text: str = ""


class AnnotatedSentence(NamedTuple):
    """One sentence as every later stage reads it: read once per document, with the run's tables."""

    #: The sentence as written (``Sentence.text``).
    text: str
    #: The text in NFKC form, as aliases and words are read: the same string as ``text`` for most sentences.
    normal: str
    #: Where ``normal`` writes an alias of the run's table: (start, end, the canonical form), in order.
    aliases: tuple[AliasSpan, ...]
    #: Its words after aliasing, each with its stem and whether it is a function word.
    tokens: tuple[Token, ...]
    #: How many words it has as reports count them (see ``topics.word_count``).
    word_count: int
    #: The topics it touches, as indices into the run's topic lexicon, ascending.
    topics: tuple[int, ...]
    #: Its words as key terms read them (``normal``'s, an alias one word; see terms.py).
    term_words: TermWords
    #: The titled people it names or refers to by title alone ("Prime Minister Okafor", "the
    #: Secretary"), as written (see titles.py).
    titles: tuple[TitleMention, ...]
    #: Its lower-case words, letters only (``normalize.lower_words``): the quick test a finder makes
    #: before its slower patterns.
    lower_words: tuple[str, ...]
    #: The dates it writes ("7 March", "on Friday", "since 2015"; see dates.py).
    dates: tuple[WrittenDate, ...]
    #: The numbers it writes that may count or rank something (see conflicts/numerals.py).
    numerals: tuple[Numeral, ...]
    #: Its role id (see roles.toml), or None.
    role: str | None
    #: Its canonical mentions (amounts, the meeting's participants; see mentions.py), in text order.
    mentions: tuple[Mention, ...]
    #: What it says beyond its words, as keys two readouts can share: its role, its mentions.
    evidence: tuple[Evidence, ...]
    #: The text the aligner scores: each canonical mention written as its canonical form ("the
    #: President of Carpania" as "Vasylenko", "half a billion dollars" as "USD 500 million"), so that two
    #: readouts naming one thing two ways share its words. Reports show the text as written.
    scored: str
    #: The words of ``scored`` (``tokens`` when it is the text as written).
    scored_tokens: tuple[Token, ...]

    @property
    def stems(self) -> tuple[str, ...]:
        """The stems of its content words (``tokens`` without function words), in order."""
        return tuple(t.stem for t in self.tokens if not t.stop)

    @property
    def keys(self) -> frozenset[str]:
        """The evidence keys the aligner scores beside ``scored_tokens`` (see ``scored_keys``)."""
        return scored_keys(self.evidence)


class AnnotatedStatement(NamedTuple):
    """One statement and its sentences as read once (``sentences[k]`` is ``statement.sentences[k]``)."""

    statement: Statement
    sentences: tuple[AnnotatedSentence, ...]
    #: Its titled people, and the bare titles ("the Prime Minister") that mean one of them beyond doubt.
    titles: Titles


class AnnotatedDocument(NamedTuple):
    """A document whose statements are read once, before any two of them are compared."""

    document: Document
    statements: tuple[AnnotatedStatement, ...]

    @property
    def roles(self) -> tuple[tuple[str | None, ...], ...]:
        """Per statement, per sentence: its role id, or None."""
        return tuple(tuple(s.role for s in statement.sentences) for statement in self.statements)


#: Mention keys that are no evidence: "both" ("the leaders", "both sides") is in most sentences of a
#: readout that talk about the meeting, and on the dev corpus two sentences sharing it alone were
#: matched less often (3%) than not (7%).
_NOT_EVIDENCE = frozenset({"both"})
_KINDS = {MentionKind.AMOUNT: "amount", MentionKind.PARTICIPANT: "participant"}


def annotate_document(document: Document, context: RunContext) -> AnnotatedDocument:
    """The document with each of its statements read once (see ``annotate_statements``)."""
    return AnnotatedDocument(document, annotate_statements(document.statements, context))


def annotate_statements(
    statements: Sequence[Statement], context: RunContext
) -> tuple[AnnotatedStatement, ...]:
    """Each statement's sentences read with the run's tables: their words (aliases read as one form),
    their titled people, dates and numbers, the topics they touch, their role, when the role lexicon
    says two readouts sharing it is a sign of saying the same thing (see roles.toml), and their
    canonical mentions (amounts written any way, the meeting's participants however named; see
    mentions.py). ``statements`` are one meeting's: a participant is read across them."""
    aliases = context.aliases
    labels = {role.id: role.label for role in context.roles.roles if role.evidence}
    titles = [statement_titles(statement, aliases) for statement in statements]
    meeting = Meeting(statements, titles, aliases)
    out = []
    for index, (statement, statement_titled) in enumerate(zip(statements, titles, strict=True)):
        readings = [_read_words(sentence.text, aliases) for sentence in statement.sentences]
        roles = statement_roles([tokens for _, _, tokens in readings], context.roles, aliases)
        sentences = []
        for sentence, (normal, spans, tokens), role, titled in zip(
            statement.sentences, readings, roles, statement_titled.sentences, strict=True
        ):
            words = lower_words(sentence.text)
            found = meeting.mentions(index, sentence.text, titled, words)
            scored = _canonical_text(sentence.text, found)
            stems = tuple(t.stem for t in tokens if not t.stop)
            dates = find_sentence_dates(sentence.text)
            sentences.append(
                AnnotatedSentence(
                    text=sentence.text,
                    normal=normal,
                    aliases=spans,
                    tokens=tokens,
                    word_count=word_count(sentence.text),
                    topics=topic_indices(stems, context.topics, aliases),
                    term_words=read_term_words(normal, spans, aliases),
                    titles=titled,
                    lower_words=words,
                    dates=dates,
                    numerals=find_numerals(sentence.text, words, dates),
                    role=role,
                    mentions=found,
                    evidence=_sentence_evidence(sentence.text, labels.get(role or ""), role, found),
                    scored=scored,
                    scored_tokens=tokens if scored == sentence.text else tokenize(scored, aliases),
                )
            )
        out.append(AnnotatedStatement(statement, tuple(sentences), statement_titled))
    return tuple(out)


def _read_words(text: str, aliases: AliasTable) -> tuple[str, tuple[AliasSpan, ...], tuple[Token, ...]]:
    """A sentence's NFKC form, its alias spans and its tokens, the aliases found in one scan."""
    normal = normal_form(text)
    spans = tuple(aliases.spans(normal))
    return normal, spans, read_tokens(normal, spans)


def _canonical_text(text: str, found: Sequence[Mention]) -> str:
    parts, at = [], 0
    for mention in found:
        if mention.key in _NOT_EVIDENCE or mention.start < at:
            continue
        parts += [text[at : mention.start], mention.label]
        at = mention.end
    return "".join(parts) + text[at:]


def _sentence_evidence(text: str, label: str | None, role: str | None, found: Sequence[Mention]) -> tuple[Evidence, ...]:
    out = [Evidence(f"role:{role}", "role", label)] if label else []
    for mention in found:
        if mention.key not in _NOT_EVIDENCE:
            kind = _KINDS[mention.kind]
            out.append(Evidence(f"{kind}:{mention.key}", kind, mention.label, text[mention.start : mention.end]))
    return tuple(out)


def scored_keys(evidence: Sequence[Evidence]) -> frozenset[str]:
    """The keys of a sentence's evidence that its scored text does not already say: its role. (A mention
    reaches the score through the canonical text, where it is written as its canonical form.)"""
    return frozenset(e.key for e in evidence if e.kind == "role")


def shared_evidence(left: Sequence[Sequence[Evidence]], right: Sequence[Sequence[Evidence]]) -> tuple[str, ...]:
    """What the sentences of one match (``left`` and ``right``: each sentence's evidence) share, for a
    reader, in the order the left sentences give it: "same role: Frame", "same participant: the
    President of Carpania = Vasylenko"."""
    right_by_key: dict[str, Evidence] = {}
    for sentence in right:
        for item in sentence:
            right_by_key.setdefault(item.key, item)
    out: dict[str, None] = {}
    for sentence in left:
        for item in sentence:
            other = right_by_key.get(item.key)
            if other is None:
                continue
            written = [t for t in dict.fromkeys((item.text, other.text)) if t]
            shown = " = ".join(written) if len(written) > 1 else (written[0] if written else item.label)
            out[f"same {item.kind}: {shown}"] = None
    return tuple(out)
