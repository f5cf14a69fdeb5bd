"""Renderers registered by name: each turns a Result into text, behind one ``--format`` option."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from ..model import DocumentResult, Failure, Result


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """Facts about where the report goes, passed in so that rendering is deterministic in tests."""

    color: bool = False
    width: int = 100


Renderer = Callable[[Result, RenderOptions], str]
#: A streaming renderer turns one finished document (or one file's failure) into its chunk of text.
ItemRenderer = Callable[[DocumentResult | Failure, RenderOptions], str]


@dataclass(frozen=True, slots=True)
class Format:
    """A registered format: ``"module:function"`` targets, imported only when the format is chosen
    (so that the JSON path never imports Rich)."""

    name: str
    render: str
    #: For formats that print each document as soon as it is compared (``jsonl``).
    render_item: str | None = None
    #: The file ending of its reports (golden files, ``-o`` suggestions).
    suffix: str = "txt"


_REGISTRY: dict[str, Format] = {}


def register(fmt: Format) -> None:
    """Register a format under its name (a later registration replaces an earlier one)."""
    _REGISTRY[fmt.name] = fmt


for _fmt in (
    Format("terminal", "readout_diff.render.terminal:render", suffix="txt"),
    Format("json", "readout_diff.render.json:render", suffix="json"),
    Format("jsonl", "readout_diff.render.jsonl:render", "readout_diff.render.jsonl:render_item", "jsonl"),
    Format("markdown", "readout_diff.render.markdown:render", suffix="md"),
    Format("html", "readout_diff.render.html:render", suffix="html"),
):
    register(_fmt)


def names() -> list[str]:
    """The registered format names, in registration order."""
    return list(_REGISTRY)


def lookup(name: str) -> Format:
    return _REGISTRY[name]


def _load(target: str) -> Callable:
    module, _, function = target.partition(":")
    return getattr(importlib.import_module(module), function)


def get(name: str) -> Renderer:
    """The whole-result renderer registered under ``name``."""
    return _load(_REGISTRY[name].render)


def get_item_renderer(name: str) -> ItemRenderer | None:
    """The streaming renderer of ``name``, or None when the format renders the whole result at once."""
    target = _REGISTRY[name].render_item
    return _load(target) if target else None


__all__ = ["Format", "ItemRenderer", "RenderOptions", "Renderer", "get", "get_item_renderer", "lookup", "names", "register"]
