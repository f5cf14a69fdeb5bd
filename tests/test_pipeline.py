"""The library entry point: results in input order, with or without worker processes."""

from __future__ import annotations

import functools

from readout_diff.model import Failure
from readout_diff.pipeline import iter_results
from readout_diff.render import RenderOptions, get_item_renderer

from .conftest import DATA, SEEDS


def _paths() -> list[str]:
    files = sorted(SEEDS.glob("*.txt")) + sorted(DATA.glob("*.txt"))[:5]
    return [str(files[0]), "missing.txt", *map(str, files[1:])]


def test_then_is_applied_to_each_result_in_input_order_with_any_number_of_jobs():
    render_item = get_item_renderer("jsonl")
    expected = [render_item(result, RenderOptions()) for result in iter_results(_paths())]
    then = functools.partial(render_item, options=RenderOptions())
    assert list(iter_results(_paths(), then=then)) == expected
    assert list(iter_results(_paths(), then=then, jobs=2)) == expected


def test_a_failure_keeps_its_place_among_the_results():
    kinds = list(iter_results(_paths(), then=type, jobs=2))
    assert kinds[1] is Failure
    assert kinds.count(Failure) == 1
