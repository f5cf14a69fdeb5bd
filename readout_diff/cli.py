"""The ``readout-diff`` command: options in, pipeline run, renderer chosen, errors mapped to exit codes."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any, NamedTuple

import click

from . import __version__, render
from .errors import ExitStatus, OutputError
from .model import DocumentResult, Failure, Pair, Result
from .options import CONTEXTUAL_MODEL_THRESHOLD, DEFAULT_THRESHOLD, STATIC_MODEL_THRESHOLD, Options
from .schema import schema_text

_EPILOG = """\b
Examples:
  readout-diff seeds/                    report every seed file in a folder
  readout-diff meeting.txt other.md      any mix of files and folders
  readout-diff --pair us.html cuba.pdf   one file per side (pages, PDFs, Word, text)
  readout-diff --format json seeds/ | jq '.documents[].comparisons[].only'
  readout-diff --threshold 0.5 seeds/    match only closer paraphrases
  readout-diff --exit-code seeds/ || echo "one-side-only points found"
  readout-diff -f markdown seeds/ >> "$GITHUB_STEP_SUMMARY"
  readout-diff -f html -o report.html seeds/
  readout-diff -f docx -o report.docx seeds/   a Word report to forward
  readout-diff -f jsonl archive/ | head -1    first document at once

\b
Exit codes: 0 all files compared; 1 with --exit-code, when a point appears in
one readout only; 2 a file could not be read or parsed (the others are still
reported), or the command line was wrong; 130 interrupted.
"""


def _has_differences(item: DocumentResult) -> bool:
    return any(c.alignment.left_only or c.alignment.right_only for c in item.comparisons)


def _outcome(
    render_item: render.ItemRenderer | None, options: render.RenderOptions, item: DocumentResult | Failure
) -> tuple[Failure | None, bool, Any, int]:
    """What the run needs of one file: its failure, whether it has one-side-only points, its streamed
    text (or, for a format that renders the whole result, the result) and how many files it accounts
    for (a --pair meeting's files; one otherwise). Made in the process that compared the file: with
    ``--jobs``, only text crosses back for a streamed format."""
    from .report import report_item

    text = render_item(report_item(item), options) if render_item else None
    if isinstance(item, Failure):
        return item, False, text, 1
    return None, _has_differences(item), text if render_item else item, len(item.document.input_list)


def _print_schema(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(schema_text(), nl=False)
        ctx.exit(ExitStatus.OK)


@contextlib.contextmanager
def _output(path: str | None, color: bool, binary: bool = False) -> Iterator[Callable[[str | bytes], None]]:
    """A writer to standard output, or to ``path`` atomically: a temporary file beside it, renamed
    into place only when the whole report is written (an interrupted run leaves no half report).
    A ``binary`` format's bytes go to the file as they are (click writes bytes to standard output's
    binary stream)."""
    if path in (None, "-"):
        yield lambda report: click.echo(report, nl=False, color=color)
        return
    folder = os.path.dirname(os.path.abspath(path))
    text = {} if binary else {"encoding": "utf-8"}
    try:
        handle = tempfile.NamedTemporaryFile(
            "wb" if binary else "w", dir=folder, prefix=".readout-diff-", suffix=".tmp", delete=False, **text
        )
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with handle:
            yield handle.write
        try:
            os.replace(handle.name, path)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        os.unlink(handle.name)
        raise


class _Progress(NamedTuple):
    """Where a batch reports each finished file and each file's error: a Rich progress bar on standard
    error, or (``bar`` None) plain lines on standard error."""

    bar: Any = None
    task: Any = None

    def advance(self, files: int = 1) -> None:
        if self.bar is not None:
            self.bar.advance(self.task, files)

    def warn(self, message: str) -> None:
        if self.bar is not None:
            self.bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(message, err=True)


def _wants_progress(files: int, streaming_to_terminal: bool) -> bool:
    """A bar for a batch (more than one file) when standard error is a terminal, unless the report
    itself streams to that terminal (JSON Lines on a terminal shows its own progress, line by line)."""
    return (
        files > 1
        and sys.stderr.isatty()
        and not streaming_to_terminal
        and os.environ.get("TERM") != "dumb"
    )


@contextlib.contextmanager
def _progress(total: int, console: Any = None) -> Iterator[_Progress]:
    """A progress bar of ``total`` files on ``console`` (a Rich Console on standard error), cleared
    when the batch ends; without a console, no bar. Rich is imported only when a bar is shown."""
    if console is None:
        yield _Progress()
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("comparing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True, redirect_stdout=False, redirect_stderr=False) as bar:
        yield _Progress(bar, bar.add_task("comparing", total=total))


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _renderer(fmt: render.Format, to_stdout: bool) -> render.Renderer:
    """The format's whole-report renderer, checked before any file is compared: a binary format refuses
    a terminal (its bytes would garble it; a pipe or a redirection is fine), and a format whose extra is
    missing names the install command. Either is one line and exit 2."""
    if fmt.binary and to_stdout and _stdout_is_terminal():
        click.echo(
            f"readout-diff: --format {fmt.name} writes a file, not text for a terminal: "
            f"add -o report.{fmt.suffix} (or redirect standard output to a file)",
            err=True,
        )
        sys.exit(ExitStatus.INPUT_ERROR)
    try:
        return render.get(fmt.name)
    except render.MissingExtra as exc:
        click.echo(f"readout-diff: {exc}", err=True)
        sys.exit(ExitStatus.INPUT_ERROR)


def _render_options(color: str, to_file: bool = False) -> render.RenderOptions:
    if color == "auto":
        use_color = not to_file and sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    else:
        use_color = color == "always"
    # The terminal's width, or $COLUMNS, or 100 columns when the report goes to a file or a pipe.
    width = shutil.get_terminal_size((100, 24)).columns
    return render.RenderOptions(color=use_color, width=max(width, 40))


@click.command(
    "readout-diff",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=_EPILOG,
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-f",
    "--format",
    "format_name",
    type=click.Choice(render.names()),
    default="terminal",
    show_default=True,
    help="Report format: " + ", ".join(f"'{f.name}' ({f.description})" for f in render.formats()) + ".",
)
@click.option(
    "-t",
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Similarity (0 to 1) two sentences need to be matched; with --model, how far it must stand "
    "above each sentence's best alternatives. Raise it to match only close paraphrases (more sentences "
    "reported as one-side-only); lower it to pair looser ones. "
    f"Default: {DEFAULT_THRESHOLD}; with --model, {STATIC_MODEL_THRESHOLD} for a Model2Vec model and "
    f"{CONTEXTUAL_MODEL_THRESHOLD} for an ONNX one.",
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the terminal report: 'auto' colours only a terminal and respects NO_COLOR; "
    "'always' colours even a pipe.",
)
@click.option(
    "--exit-code",
    is_flag=True,
    help="Exit with 1 when any sentence appears in one readout only (like 'git diff --exit-code'), for CI.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Compare files in this many processes (0: one per core). Output order and content are the "
    "same as with one job.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write the report to FILE instead of standard output (atomically: a temporary file is "
    "renamed into place when the report is complete).",
)
@click.option(
    "--schema",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_schema,
    help="Print the JSON Schema (draft 2020-12) of the readout-diff/1 contract and exit.",
)
@click.option(
    "--topics",
    "topics_file",
    type=click.Path(dir_okay=False),
    help="A TOML file of topics for the topic grid and emphasis: it extends the built-in lexicon "
    "(or replaces it, with 'replace = true'). See 'Topics' in the README.",
)
@click.option(
    "--aliases",
    "aliases_file",
    type=click.Path(dir_okay=False),
    help="A TOML file of aliases (names written several ways, read as one before alignment): it "
    "extends the built-in table (or replaces it, with 'replace = true'). See 'Aliases' in the README.",
)
@click.option(
    "--model",
    metavar="NAME_OR_PATH",
    help="Add a sentence model's judgement to the word overlap: a model folder (Model2Vec, or ONNX with "
    "a model.onnx), or a name fastembed or Model2Vec knows (downloaded once into its cache). Catches "
    "paraphrases that share few words. Needs pip install 'readout-diff[semantic]' (Model2Vec) or "
    "'readout-diff[onnx]' (ONNX). See 'Choosing a model' in the README.",
)
@click.option(
    "--pair",
    is_flag=True,
    help="Each file holds one statement (one side of the meeting): compare the files named together "
    "(two, or more for every pair of them), and each folder's files as one meeting. Text, saved web "
    "pages, PDF and Word files; a side's issuer comes from its header, else its metadata, else its "
    "file name. See 'Where your readouts come from' in the README.",
)
@click.option("--traceback", is_flag=True, help="Show the full Python traceback of an unexpected error.")
@click.version_option(__version__, prog_name="readout-diff")
def main(
    paths: tuple[str, ...],
    format_name: str,
    threshold: float | None,
    color: str,
    exit_code: bool,
    jobs: int,
    output: str | None,
    topics_file: str | None,
    aliases_file: str | None,
    model: str | None,
    pair: bool,
    traceback: bool,
) -> None:
    """Compare governments' readouts of the same meeting, sentence by sentence.

    Each PATH is a seed file (one meeting: two or more official statements in one text file, web
    page, PDF or Word file) or a folder, searched recursively for *.txt and *.md files. '-' reads a
    seed from standard input. With --pair, each file holds one statement instead. The report shows
    what both readouts say, what appears in one readout only, and the key terms only one side uses.
    """
    # Imported here so that --help and --version start fast.
    from .load.inputs import expand_pairs
    from .pipeline import collect_less, expand, iter_results
    from .report import build_report

    collect_less()

    fmt = render.lookup(format_name)
    to_stdout = output in (None, "-")
    renderer = _renderer(fmt, to_stdout)
    options = _options(threshold, topics_file, aliases_file, model)
    render_options = _render_options(color, to_file=not to_stdout)
    render_item = render.get_item_renderer(format_name)
    files = list(expand_pairs(list(paths)) if pair else expand(paths))
    # The bar counts files: each side of a --pair meeting is one (a meeting reports one result or one
    # failure for each side it could not read).
    total = sum(len(item.paths) if isinstance(item, Pair) else 1 for item in files)
    console = None
    if _wants_progress(len(files), render_item is not None and to_stdout and sys.stdout.isatty()):
        from rich.console import Console

        console = Console(stderr=True)
    documents: list[DocumentResult] = []  # kept only for formats that render the whole result at once
    errors: list[Failure] = []
    differences = False
    try:
        with _output(output, render_options.color, fmt.binary) as write:
            with _progress(total, console) as progress:
                then = functools.partial(_outcome, render_item, render_options)
                outcomes = iter_results(files, options, contain_bugs=not traceback, jobs=jobs, then=then)
                for failure, has_differences, payload, done in outcomes:
                    if failure is not None:
                        progress.warn(f"readout-diff: {failure.source}: {failure.message}")
                        errors.append(failure)
                    differences = differences or has_differences
                    if render_item is not None:
                        write(payload)  # streamed: memory stays flat
                    elif failure is None:
                        documents.append(payload)
                    progress.advance(done)
            # The bar is gone (it clears itself) before a whole-result report is written.
            if render_item is None:
                report = build_report(Result(tuple(documents), tuple(errors)))
                write(renderer(report, render_options))
    except KeyboardInterrupt:
        click.echo("readout-diff: interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except OutputError as exc:
        click.echo(f"readout-diff: {exc}", err=True)
        sys.exit(exc.exit_status)
    sys.exit(_exit_status(bool(errors), differences, exit_code))


def _options(threshold: float | None, topics_file: str | None, aliases_file: str | None, model: str | None) -> Options:
    """The run's options; a lexicon, alias file or model that cannot be used stops the run (exit 2)."""
    from .analyse.topics import load_lexicon
    from .errors import InputError, ModelError
    from .text.aliases import load_aliases

    try:
        if model is not None:
            from .match.encoders import load_encoder  # only a run with a model imports the encoders

            load_encoder(model)  # fails here, once, rather than on every file
        return replace(
            Options(),
            threshold=threshold,
            topics=load_lexicon(topics_file) if topics_file else None,
            aliases=load_aliases(aliases_file) if aliases_file else None,
            model=model,
        )
    except (InputError, ModelError) as exc:
        click.echo(f"readout-diff: {exc}", err=True)
        sys.exit(ExitStatus.INPUT_ERROR)


def _exit_status(errors: bool, differences: bool, exit_code: bool) -> ExitStatus:
    """The one place a run's outcome becomes an exit code: input errors win over differences."""
    if errors:
        return ExitStatus.INPUT_ERROR
    if exit_code and differences:
        return ExitStatus.DIFFERENCES
    return ExitStatus.OK
