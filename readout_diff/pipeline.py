"""The library entry point: from paths to a Result, one document at a time."""

from __future__ import annotations

import gc
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .compare import compare_document
from .context import RunContext
from .errors import ReadoutDiffError
from .load.inputs import read_pair, read_seed, seed_document
from .load.reading import expand_paths
from .model import DocumentResult, Failure, Pair, Result
from .options import Options

if TYPE_CHECKING:
    from concurrent.futures import Future


def compare_text(
    text: str,
    source: str = "<text>",
    options: Options | None = None,
    encoding: str = "utf-8",
    context: RunContext | None = None,
) -> DocumentResult:
    """Load, split and align the statements of one seed file's text (newlines and lone surrogates are
    cleaned first, as for a file: spans index the cleaned text). ``context``: the run's tables, read
    from ``options`` when not given."""
    options = options or Options()
    document = seed_document(text, source, encoding)
    return compare_document(document, options, RunContext.of(options) if context is None else context)


def compare_path(
    path: str, options: Options | None = None, context: RunContext | None = None
) -> DocumentResult:
    """Read one seed file (text, or a web page, PDF or Word file holding two or more readouts) and
    compare its statements; raises ReadoutDiffError on bad input."""
    options = options or Options()
    return compare_document(read_seed(path), options, RunContext.of(options) if context is None else context)


def compare_pair(
    pair: Pair, options: Options | None = None, context: RunContext | None = None
) -> list[DocumentResult | Failure]:
    """Compare files holding one statement each (``--pair``): a Failure for each file that cannot be read,
    then the comparison of the others when two or more could be (see ``inputs.read_pair``)."""
    options = options or Options()
    document, failures = read_pair(pair)
    if document is None:
        return list(failures)
    return [*failures, compare_document(document, options, RunContext.of(options) if context is None else context)]


def results_for(
    item: str | Pair, options: Options, contain_bugs: bool = True, context: RunContext | None = None
) -> list[DocumentResult | Failure]:
    """One seed file's result, or a pair's (its failures, then its result), or why it failed.

    With ``contain_bugs`` an unexpected exception becomes a Failure, so one odd file never stops a batch;
    without it the exception propagates (``--traceback``).
    """
    source = item.source if isinstance(item, Pair) else item
    try:
        if isinstance(item, Pair):
            return compare_pair(item, options, context)
        return [compare_path(item, options, context)]
    except ReadoutDiffError as exc:
        return [Failure(source, str(exc))]
    except Exception as exc:
        if not contain_bugs:
            raise
        return [Failure(source, f"internal error ({type(exc).__name__}: {exc}); rerun with --traceback and report it")]


def result_for(
    path: str, options: Options, contain_bugs: bool = True, context: RunContext | None = None
) -> DocumentResult | Failure:
    """One seed file's result, or why it failed (see ``results_for``)."""
    return results_for(path, options, contain_bugs, context)[0]


def _results_for(
    items: list[str | Pair], options: Options, contain_bugs: bool, then: Callable | None
) -> list[Any]:
    """A worker process's files and pairs: the run's tables are read once for them all."""
    context = RunContext.of(options)
    results = [result for item in items for result in results_for(item, options, contain_bugs, context)]
    return results if then is None else [then(result) for result in results]


def expand(items: Iterable[str | Pair]) -> Iterator[str | Pair]:
    """Each item as given, a folder path expanded into its seed files (``reading.expand_paths``)."""
    for item in items:
        if isinstance(item, Pair):
            yield item
        else:
            yield from expand_paths([item])


#: The cyclic garbage collector's youngest-generation threshold while comparing files (Python's is 700).
#: Comparing one file allocates tens of thousands of short-lived records, which reference counting frees
#: anyway; at the default, collections that find nothing took about a quarter of a small file's time.
_GC_THRESHOLD = 50_000


def collect_less() -> None:
    """Run the cyclic garbage collector less often, for a process that compares many files: the CLI
    calls it, and every worker process of a batch does."""
    gc.set_threshold(_GC_THRESHOLD, *gc.get_threshold()[1:])


#: Files per task sent to a worker process: a task's round trip costs about as much as comparing a
#: small seed, so workers take a few files at a time (the last files go one by one to balance the end).
_CHUNK = 8


def iter_results(
    paths: Iterable[str | Pair],
    options: Options | None = None,
    *,
    contain_bugs: bool = True,
    jobs: int = 1,
    then: Callable[[DocumentResult | Failure], Any] | None = None,
) -> Iterator[Any]:
    """For each seed file under ``paths`` (folders expanded), its result or why it failed, in input order;
    for each Pair (``--pair``), its failures then its result.

    ``jobs`` > 1 compares files in that many worker processes (0: one per core); results still come in
    input order, each as soon as it and the ones before it are done, and are the same as with one job.
    ``then`` (a picklable function) turns each result into what is yielded, in the process that
    compared the file: a streamed report's text crosses between processes cheaper than the result.
    """
    options = options or Options()
    files = list(expand(paths))
    workers = (os.cpu_count() or 1) if jobs == 0 else jobs
    if workers <= 1 or len(files) <= 1:
        context = RunContext.of(options)
        for item in files:
            for result in results_for(item, options, contain_bugs, context):
                yield result if then is None else then(result)
        return
    from concurrent.futures import ProcessPoolExecutor  # only batches pay for importing it

    size = max(1, min(_CHUNK, len(files) // (4 * workers)))
    chunks = [files[k : k + size] for k in range(0, len(files), size)]
    with ProcessPoolExecutor(max_workers=workers, initializer=collect_less, mp_context=_workers()) as pool:
        window: deque[Future] = deque()
        for chunk in chunks:
            window.append(pool.submit(_results_for, chunk, options, contain_bugs, then))
            if len(window) >= 4 * workers:  # bounded look-ahead: memory stays flat on large folders
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def _workers():
    """How worker processes start. Once this process has loaded ONNX Runtime (an ONNX sentence model),
    from a clean server process that has imported the package (``forkserver``), not forked from this
    one: ONNX Runtime runs threads, and a child forked while one of them holds a lock can wait for it
    forever. (A caller's script then needs the ``if __name__ == "__main__":`` guard, as under spawn, and
    a ``then`` it can import.) Otherwise, and where there is no fork server (Windows), the platform's
    default."""
    import multiprocessing

    if "onnxruntime" not in sys.modules or "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])  # each worker starts with the package imported
    return context


def compare_paths(paths: Iterable[str | Pair], options: Options | None = None, *, contain_bugs: bool = True) -> Result:
    """Every seed file's (and Pair's) result, in input order, with the failures collected apart."""
    documents, errors = [], []
    for item in iter_results(paths, options, contain_bugs=contain_bugs):
        (errors if isinstance(item, Failure) else documents).append(item)
    return Result(tuple(documents), tuple(errors))
