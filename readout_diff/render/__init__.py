"""Renderers registered by name: each formats the one report model as text (or, for a binary format such as
``docx``, as a file's bytes), behind one ``--format`` option."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from ..errors import ReadoutDiffError, require_extra

if TYPE_CHECKING:  # the report module imports the analysis; --help and --version need none of it
    from ..report import DocumentReport, ErrorReport, Report


class RenderOptions(NamedTuple):
    """Facts about where the report goes, passed in so that rendering is deterministic in tests."""

    color: bool = False
    width: int = 100


#: A whole-report renderer: text, or bytes exactly when its format is ``binary``.
Renderer = Callable[["Report", RenderOptions], "str | bytes"]
#: A streaming renderer turns one finished document's report (or one file's error) into its chunk of text.
ItemRenderer = Callable[["DocumentReport | ErrorReport", RenderOptions], str]


class Format(NamedTuple):
    """A registered format: ``"module:function"`` targets, imported only when the format is chosen
    (so that the JSON path never imports Rich)."""

    name: str
    render: str
    #: What the format is for, in a few words: ``--format``'s help lists it.
    description: str
    #: For formats that print each document as soon as it is compared (``jsonl``).
    render_item: str | None = None
    #: The file ending of its reports (golden files, ``-o`` suggestions).
    suffix: str = "txt"
    #: Its renderer returns a file's bytes, not text: written with ``-o FILE`` or to a pipe, never to a
    #: terminal.
    binary: bool = False
    #: The optional extra its renderer needs (``pip install 'readout-diff[EXTRA]'``), or None, and the
    #: library that extra installs (imported first, so that its absence is said in one line).
    extra: str | None = None
    library: str | None = None


class MissingExtra(ReadoutDiffError):
    """A format whose optional extra is not installed: the message names the install command."""


_REGISTRY: dict[str, Format] = {}


def register(fmt: Format) -> None:
    """Register a format under its name (a later registration replaces an earlier one)."""
    _REGISTRY[fmt.name] = fmt


# One line a format: its name, its renderer, what it is for (``--format``'s help lists it), its file ending.
_RENDER = "readout_diff.render."
for _fmt in (
    Format("terminal", _RENDER + "terminal:render", "a Rich report for people", suffix="txt"),
    Format("json", _RENDER + "json:render", "the readout-diff/1 contract", suffix="json"),
    Format("jsonl", _RENDER + "jsonl:render", "one document per line, as each file finishes",
           render_item=_RENDER + "jsonl:render_item", suffix="jsonl"),
    Format("markdown", _RENDER + "markdown:render", "GitHub job summaries, PR comments", suffix="md"),
    Format("html", _RENDER + "html:render", "one self-contained page, statements side by side", suffix="html"),
    Format("docx", _RENDER + "docx:render", "a Word report to forward: -o FILE", suffix="docx",
           binary=True, extra="docx", library="docx"),
    Format("text", _RENDER + "source:render", "the text spans index: each input as read, a page, PDF or "
           "Word file as extracted", render_item=_RENDER + "source:render_item", suffix="text"),
):  # fmt: skip
    register(_fmt)


def names() -> list[str]:
    """The registered format names, in registration order."""
    return list(_REGISTRY)


def formats() -> list[Format]:
    """The registered formats, in registration order."""
    return list(_REGISTRY.values())


def lookup(name: str) -> Format:
    return _REGISTRY[name]


def _load(target: str) -> Callable:
    module, _, function = target.partition(":")
    return getattr(importlib.import_module(module), function)


def get(name: str) -> Renderer:
    """The whole-report renderer registered under ``name``; MissingExtra when it needs an optional library
    that is not installed."""
    fmt = _REGISTRY[name]
    if fmt.extra is not None and fmt.library is not None:
        require_extra(fmt.library, fmt.extra, f"--format {name}", MissingExtra)
    return _load(fmt.render)


def get_item_renderer(name: str) -> ItemRenderer | None:
    """The streaming renderer of ``name``, or None when the format renders the whole report at once."""
    target = _REGISTRY[name].render_item
    return _load(target) if target else None


__all__ = [
    "Format", "ItemRenderer", "MissingExtra", "RenderOptions", "Renderer", "formats", "get",
    "get_item_renderer", "lookup", "names", "register",
]  # fmt: skip
