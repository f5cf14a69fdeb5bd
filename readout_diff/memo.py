"""Caches of per-document work, emptied when a document is done.

Several stages read the same sentence (alignment, key terms, topics, speakers), so what a sentence
yields (its tokens, words, titled people) is computed once and cached. Sentences seldom repeat across
documents, though: in a batch of thousands of files, caches kept from one file to the next fill with
text that is never read again (a few hundred megabytes per worker process). Caches made with
``per_document`` are emptied when a ``one_document`` block ends; each also keeps a size limit, for
callers that use the library outside such a block.

Caches of single words (stems, word tags) are not per-document: a batch's vocabulary repeats.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

_caches: list[Any] = []


def per_document(maxsize: int) -> Callable[[Callable], Callable]:
    """``functools.lru_cache(maxsize)``, emptied at the end of every ``one_document`` block."""

    def decorate(function: Callable) -> Callable:
        cached = lru_cache(maxsize=maxsize)(function)
        _caches.append(cached)
        return cached

    return decorate


@contextmanager
def one_document() -> Iterator[None]:
    """Compare one document inside the block; its per-document caches are emptied when it ends."""
    try:
        yield
    finally:
        for cache in _caches:
            cache.cache_clear()
