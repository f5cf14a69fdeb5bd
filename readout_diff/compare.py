"""Run the pipeline on one document: compare every pair of its statements."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import replace
from typing import NamedTuple

import numpy as np

from .analyse.analysis import StatementAnalysis, analyse_statement, analyse_statements
from .analyse.terms import Vocabulary, one_side_terms
from .annotate import AnnotatedDocument, AnnotatedStatement, annotate_document, shared_evidence
from .context import RunContext
from .match.align import align_statements
from .match.similarity import SentenceBags, score_pairs
from .model import Comparison, Document, DocumentResult, Terms
from .options import Options


def _word_counts(statement: AnnotatedStatement) -> Counter[tuple[str, str]]:
    """How often the statement writes each lower-cased word for each stem."""
    return Counter(
        (token.stem, token.surface.lower())
        for sentence in statement.sentences
        for token in sentence.tokens
        if not token.stop
    )


def _surface_forms(*counts: Counter[tuple[str, str]]) -> dict[str, str]:
    """For each stem, the lower-cased word the statements (their ``_word_counts``) most often write for
    it (ties: alphabetical)."""
    best: dict[str, tuple[int, str]] = {}
    for (stem, word), n in sum(counts, Counter()).items():
        if stem not in best or (-n, word) < (-best[stem][0], best[stem][1]):
            best[stem] = (n, word)
    return {stem: word for stem, (_, word) in best.items()}


class _Read(NamedTuple):
    """What one statement brings to every comparison it is in, made once: its sentences' bags for the
    score, its word counts for the words a match shows, what it shows on its own, and its vocabulary
    for the other side's key terms."""

    bags: SentenceBags
    words: Counter[tuple[str, str]]
    alone: StatementAnalysis
    vocabulary: Vocabulary


def compare_statements(
    annotated: AnnotatedDocument,
    a: int,
    b: int,
    options: Options,
    context: RunContext,
    read: tuple[_Read, ...],
    vectors: tuple[np.ndarray, ...] | None = None,
) -> Comparison:
    """Align statements ``a`` and ``b`` of ``annotated`` (the document, its statements read once; see
    ``annotate.py``) and find the terms each uses alone. ``read``: what each statement brings to every
    comparison (``_Read``); ``vectors``: each statement's sentence vectors from the options' model, when
    it has one."""
    left, right = annotated.statements[a], annotated.statements[b]
    # Scored: each sentence with its canonical mentions written one way ("the President of Carpania" as
    # "Vasylenko"), and its role as a key no word says. Spans and reports keep the text as written.
    left_bags, right_bags = read[a].bags, read[b].bags
    scores = score_pairs(left_bags, right_bags, options, None if vectors is None else (vectors[a], vectors[b]))
    alignment = align_statements(left_bags, right_bags, scores, _surface_forms(read[a].words, read[b].words))
    matches = tuple(
        replace(
            m,
            evidence=shared_evidence(
                [left.sentences[i].evidence for i in m.left], [right.sentences[j].evidence for j in m.right]
            ),
        )
        for m in alignment.matches
    )
    matched_left = {i for m in matches for i in m.left}
    matched_right = {j for m in matches for j in m.right}
    limit = options.max_terms
    return Comparison(
        left=a,
        right=b,
        alignment=replace(alignment, matches=matches),
        terms=Terms(
            left=one_side_terms(left, right, matched_left, limit, context.aliases, read[b].vocabulary),
            right=one_side_terms(right, left, matched_right, limit, context.aliases, read[a].vocabulary),
        ),
        analysis=analyse_statements(left, right, matches, context, (read[a].alone, read[b].alone)),
    )


def compare_document(document: Document, options: Options, context: RunContext) -> DocumentResult:
    """Compare every pair of the document's statements, in order (s1-s2, s1-s3, s2-s3, ...), each
    statement read once with the run's tables (``context``)."""
    pairs = itertools.combinations(range(len(document.statements)), 2)
    vectors = None
    if options.model is not None:  # the encoders' module is imported only when a run uses a model
        from .match.encoders import encoder_for, unit_rows

        encoder = encoder_for(options.model)
        # Decisions read the encoder itself: its calibrated default threshold (Options.match_threshold).
        options = replace(options, model=encoder)
        # Each statement is encoded once, however many statements it is compared with.
        vectors = tuple(
            unit_rows(encoder.encode([s.text for s in statement.sentences]))
            for statement in document.statements
        )
    annotated = annotate_document(document, context)
    read = tuple(
        _Read(
            SentenceBags.of_statement(statement),
            _word_counts(statement),
            analyse_statement(statement, context),
            Vocabulary(statement, context.aliases),
        )
        for statement in annotated.statements
    )
    comparisons = tuple(compare_statements(annotated, a, b, options, context, read, vectors) for a, b in pairs)
    return DocumentResult(document, comparisons, roles=annotated.roles)
