"""Caches: what one file's sentences yield is not kept for the next file (each statement is read once, by
the annotation stage, into records dropped with the document); every cache of the package is bounded."""

from __future__ import annotations

import gc
import sys

from readout_diff.annotate import AnnotatedSentence, AnnotatedStatement
from readout_diff.pipeline import compare_path
from readout_diff.text.normalize import TABLE_CACHE_SIZE, WORD_CACHE_SIZE

from .conftest import SEEDS


def _package_caches():
    """Every functools cache of the package's modules, by name."""
    for name, module in sorted(sys.modules.items()):
        if name == "readout_diff" or name.startswith("readout_diff."):
            for attribute, value in sorted(vars(module).items()):
                if callable(getattr(value, "cache_parameters", None)):
                    yield f"{name}.{attribute}", value


def test_a_documents_reading_is_not_kept_after_it_is_compared():
    result = compare_path(str(sorted(SEEDS.glob("*.txt"))[0]))
    assert result.comparisons
    gc.collect()
    alive = [o for o in gc.get_objects() if isinstance(o, AnnotatedSentence | AnnotatedStatement)]
    assert alive == []


def test_every_cache_is_bounded_by_a_named_size():
    compare_path(str(sorted(SEEDS.glob("*.txt"))[0]))  # every module a run imports is imported
    sizes = {name: cache.cache_parameters()["maxsize"] for name, cache in _package_caches()}
    assert sizes
    unbounded = {name for name, size in sizes.items() if size is None}
    assert unbounded == set()
    # One table (loaded once), a few compiled tables, a batch's vocabulary of words, or a handful of
    # compiled patterns: no cache grows with the sentences of a batch.
    assert {name: size for name, size in sizes.items() if size > WORD_CACHE_SIZE} == {}
    assert TABLE_CACHE_SIZE < WORD_CACHE_SIZE
