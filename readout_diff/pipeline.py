"""The library entry point: from paths to a Result, one document at a time."""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .compare import compare_document
from .context import RunContext
from .errors import LoadError, ReadoutDiffError
from .load.reading import clean_text, expand_paths, read_source
from .load.statements import find_statements
from .model import DocumentResult, Failure, Result
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
    text = clean_text(text)
    if not text.strip():
        raise LoadError("the file is empty")
    document = replace(find_statements(text, source), encoding=encoding)
    return compare_document(document, options, RunContext.of(options) if context is None else context)


def compare_path(
    path: str, options: Options | None = None, context: RunContext | None = None
) -> DocumentResult:
    """Read one seed file and compare its statements; raises ReadoutDiffError on bad input."""
    source = read_source(path)
    return compare_text(source.text, path, options, source.encoding, context)


def result_for(
    path: str, options: Options, contain_bugs: bool = True, context: RunContext | None = None
) -> DocumentResult | Failure:
    """One seed file's result, or why it failed.

    With ``contain_bugs`` an unexpected exception becomes that file's Failure, so one odd file never
    stops a batch; without it the exception propagates (``--traceback``).
    """
    try:
        return compare_path(path, options, context)
    except ReadoutDiffError as exc:
        return Failure(path, str(exc))
    except Exception as exc:
        if not contain_bugs:
            raise
        return Failure(path, f"internal error ({type(exc).__name__}: {exc}); rerun with --traceback and report it")


def _results_for(paths: list[str], options: Options, contain_bugs: bool, then: Callable | None) -> list[Any]:
    """A worker process's files: the run's tables are read once for them all."""
    context = RunContext.of(options)
    results = [result_for(path, options, contain_bugs, context) for path in paths]
    return results if then is None else [then(result) for result in results]


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
    paths: Iterable[str],
    options: Options | None = None,
    *,
    contain_bugs: bool = True,
    jobs: int = 1,
    then: Callable[[DocumentResult | Failure], Any] | None = None,
) -> Iterator[Any]:
    """For each seed file under ``paths`` (folders expanded), its result or why it failed, in input order.

    ``jobs`` > 1 compares files in that many worker processes (0: one per core); results still come in
    input order, each as soon as it and the ones before it are done, and are the same as with one job.
    ``then`` (a picklable function) turns each result into what is yielded, in the process that
    compared the file: a streamed report's text crosses between processes cheaper than the result.
    """
    options = options or Options()
    files = list(expand_paths(list(paths)))
    workers = (os.cpu_count() or 1) if jobs == 0 else jobs
    if workers <= 1 or len(files) <= 1:
        context = RunContext.of(options)
        for path in files:
            result = result_for(path, options, contain_bugs, context)
            yield result if then is None else then(result)
        return
    from concurrent.futures import ProcessPoolExecutor  # only batches pay for importing it

    size = max(1, min(_CHUNK, len(files) // (4 * workers)))
    chunks = [files[k : k + size] for k in range(0, len(files), size)]
    with ProcessPoolExecutor(max_workers=workers, initializer=collect_less) as pool:
        window: deque[Future] = deque()
        for chunk in chunks:
            window.append(pool.submit(_results_for, chunk, options, contain_bugs, then))
            if len(window) >= 4 * workers:  # bounded look-ahead: memory stays flat on large folders
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def compare_paths(paths: Iterable[str], options: Options | None = None, *, contain_bugs: bool = True) -> Result:
    """Every seed file's result, in input order, with the failures collected apart."""
    documents, errors = [], []
    for item in iter_results(paths, options, contain_bugs=contain_bugs):
        (errors if isinstance(item, Failure) else documents).append(item)
    return Result(tuple(documents), tuple(errors))
