"""The ``readout-diff`` command: options in, pipeline run, renderer chosen, errors mapped to exit codes."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import replace

import click

from . import render
from .errors import ExitStatus
from .model import Result
from .options import DEFAULT_THRESHOLD, Options
from .pipeline import compare_paths

_EPILOG = """\b
Examples:
  readout-diff seeds/                    report every seed file in a folder
  readout-diff meeting.txt other.md      any mix of files and folders
  readout-diff --format json seeds/ | jq '.documents[].comparisons[].only'
  readout-diff --threshold 0.5 seeds/    match only closer paraphrases
  readout-diff --exit-code seeds/ || echo "one-side-only points found"

\b
Exit codes: 0 all files compared; 1 with --exit-code, when a point appears in
one readout only; 2 a file could not be read or parsed (the others are still
reported), or the command line was wrong; 130 interrupted.
"""


def _has_differences(result: Result) -> bool:
    return any(c.left_only or c.right_only for d in result.documents for c in d.comparisons)


def _render_options(color: str) -> render.RenderOptions:
    if color == "auto":
        use_color = sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
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
    help="Report format: 'terminal' is a Rich report for people, 'json' the readout-diff/1 contract.",
)
@click.option(
    "-t",
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="Similarity (0 to 1) two sentences need to be matched. Raise it to match only close "
    "paraphrases (more sentences reported as one-side-only); lower it to pair looser ones.",
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
@click.option("--traceback", is_flag=True, help="Show the full Python traceback of an unexpected error.")
@click.version_option(package_name="readout-diff", prog_name="readout-diff")
def main(
    paths: tuple[str, ...], format_name: str, threshold: float, color: str, exit_code: bool, traceback: bool
) -> None:
    """Compare governments' readouts of the same meeting, sentence by sentence.

    Each PATH is a seed file (one meeting: two or more official statements pasted into one text file)
    or a folder, searched recursively for *.txt and *.md files. '-' reads a seed from standard input.
    The report shows what both readouts say, what appears in one readout only, and the key terms
    only one side uses.
    """
    options = replace(Options(), threshold=threshold)
    try:
        result = compare_paths(paths, options, contain_bugs=not traceback)
        for failure in result.errors:
            click.echo(f"readout-diff: {failure.source}: {failure.message}", err=True)
        render_options = _render_options(color)
        output = render.get(format_name)(result, render_options)
        click.echo(output, nl=False, color=render_options.color)
    except KeyboardInterrupt:
        click.echo("readout-diff: interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    if result.errors:
        sys.exit(ExitStatus.INPUT_ERROR)
    if exit_code and _has_differences(result):
        sys.exit(ExitStatus.DIFFERENCES)
    sys.exit(ExitStatus.OK)
