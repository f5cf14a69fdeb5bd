"""Per-document caches: what one file's sentences yield is not kept for the next file."""

from __future__ import annotations

from readout_diff import memo
from readout_diff.pipeline import compare_path

from .conftest import SEEDS


def test_sentence_caches_are_empty_after_each_document():
    compare_path(str(sorted(SEEDS.glob("*.txt"))[0]))
    assert len(memo._caches) >= 5
    assert all(cache.cache_info().currsize == 0 for cache in memo._caches)


def test_a_per_document_cache_serves_repeats_inside_a_document_only():
    calls: list[int] = []

    @memo.per_document(maxsize=8)
    def double(x: int) -> int:
        calls.append(x)
        return 2 * x

    try:
        with memo.one_document():
            assert double(2) == double(2) == 4
            assert calls == [2]
        assert double(2) == 4
        assert calls == [2, 2]
    finally:
        memo._caches.remove(double)
