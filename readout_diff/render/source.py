"""The text format: each input's text exactly as spans index it (a page's, PDF's or Word file's extracted
text), so that ``text == source[start:end]`` can be checked for every span of the JSON report.

Each input is introduced by one line, ``==> PATH (KIND, N characters) <==``; exactly its N characters
(Unicode code points, as spans count them) follow that line's newline, then a newline when the text
does not end with one. The text is written as it is, control characters included (as ``cat`` would).
"""

from __future__ import annotations

from ..report import DocumentReport, ErrorReport, InputReport, Report
from . import RenderOptions
from .text import one_line


def input_header(item: InputReport) -> str:
    """The line introducing an input's text."""
    return f"==> {one_line(item.path)} ({item.kind}, {len(item.text)} characters) <==\n"


def render_item(item: DocumentReport | ErrorReport, options: RenderOptions) -> str:
    """A document's inputs, each after its header line; nothing for a file that failed (its error is on
    standard error)."""
    if isinstance(item, ErrorReport):
        return ""
    return "".join(
        input_header(source) + source.text + ("" if source.text.endswith("\n") else "\n")
        for source in item.inputs
    )


def render(report: Report, options: RenderOptions) -> str:
    return "".join(render_item(document, options) for document in report.documents)
