"""Made-up text read as the pipeline reads it, for the tests of the stages after annotation."""

from __future__ import annotations

from collections.abc import Sequence

from readout_diff.annotate import AnnotatedSentence, AnnotatedStatement, annotate_statements
from readout_diff.context import RunContext
from readout_diff.match.similarity import SentenceBags
from readout_diff.model import Header, Sentence, Statement
from readout_diff.options import Options
from readout_diff.text.normalize import Token, tokenize

#: The tables of a run without options: the built-in aliases, topics and roles.
CONTEXT = RunContext.of(Options())


def tokens(texts: Sequence[str], context: RunContext = CONTEXT) -> list[tuple[Token, ...]]:
    """Each text's tokens, read with the context's alias table."""
    return [tokenize(text, context.aliases) for text in texts]


def bags(texts: Sequence[str], context: RunContext = CONTEXT) -> SentenceBags:
    """The bags of ``texts`` as written (no canonical mentions, no roles)."""
    return SentenceBags.of(tokens(texts, context))


def statement(
    texts: Sequence[str], issuer: str = "Embassy of Freedonia", title: str | None = None, id: str = "s1"
) -> Statement:
    """A statement of ``texts``, one sentence each, spans indexing the texts joined by spaces."""
    sentences, at = [], 0
    for text in texts:
        sentences.append(Sentence(text, at, at + len(text)))
        at += len(text) + 1
    return Statement(id, Header(issuer, title=title), 0, at, tuple(sentences))


def annotated(*statements: Statement, context: RunContext = CONTEXT) -> tuple[AnnotatedStatement, ...]:
    """``statements`` (one meeting's) read as the annotation stage reads them."""
    return annotate_statements(statements, context)


def sentence(text: str, context: RunContext = CONTEXT) -> AnnotatedSentence:
    """``text`` read as the lone sentence of a statement."""
    return annotated(statement([text]), context=context)[0].sentences[0]
