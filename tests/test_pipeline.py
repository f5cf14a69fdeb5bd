"""The library entry point: results in input order, with or without worker processes."""

from __future__ import annotations

import multiprocessing

import pytest

from readout_diff import pipeline
from readout_diff.model import DocumentResult, Failure
from readout_diff.pipeline import iter_results
from readout_diff.render import RenderOptions, get_item_renderer
from readout_diff.report import report_item

from .conftest import DATA, SEEDS


def _paths() -> list[str]:
    files = sorted(SEEDS.glob("*.txt")) + sorted(DATA.glob("*.txt"))[:5]
    return [str(files[0]), "missing.txt", *map(str, files[1:])]


def _jsonl_line(item: DocumentResult | Failure) -> str:
    """One file's JSON Lines line: a function of the result that a worker process can run."""
    return get_item_renderer("jsonl")(report_item(item), RenderOptions())


def test_then_is_applied_to_each_result_in_input_order_with_any_number_of_jobs():
    expected = [_jsonl_line(result) for result in iter_results(_paths())]
    then = _jsonl_line
    assert list(iter_results(_paths(), then=then)) == expected
    assert list(iter_results(_paths(), then=then, jobs=2)) == expected


def test_a_failure_keeps_its_place_among_the_results():
    kinds = list(iter_results(_paths(), then=type, jobs=2))
    assert kinds[1] is Failure
    assert kinds.count(Failure) == 1


@pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(), reason="no fork server on this platform"
)
def test_once_onnx_runtime_runs_workers_start_from_a_fork_server(monkeypatch):
    """A process running ONNX Runtime's threads must not be forked: a child forked while a thread holds
    a lock can wait for it forever. Before ONNX Runtime is loaded, the platform's default."""
    import sys

    monkeypatch.setitem(sys.modules, "onnxruntime", sys.modules.get("onnxruntime") or object())
    assert pipeline._workers().get_start_method() == "forkserver"
    monkeypatch.delitem(sys.modules, "onnxruntime")
    assert pipeline._workers() is None
