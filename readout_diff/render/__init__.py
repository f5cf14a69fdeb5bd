"""Renderers registered by name: each turns a Result into text, behind one ``--format`` option."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Result


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """Facts about where the report goes, passed in so that rendering is deterministic in tests."""

    color: bool = False
    width: int = 100


Renderer = Callable[[Result, RenderOptions], str]

# name -> "module:function", imported only when chosen, so that the JSON path never imports Rich.
_REGISTRY: dict[str, str] = {
    "terminal": "readout_diff.render.terminal:render",
    "json": "readout_diff.render.json:render",
}


def register(name: str, target: str) -> None:
    """Register a renderer (``"package.module:function"``) under ``name``."""
    _REGISTRY[name] = target


def names() -> list[str]:
    """The registered format names, in registration order."""
    return list(_REGISTRY)


def _load(target: str) -> Callable:
    module, _, function = target.partition(":")
    return getattr(importlib.import_module(module), function)


def get(name: str) -> Renderer:
    """The renderer registered under ``name``."""
    return _load(_REGISTRY[name])


__all__ = ["RenderOptions", "Renderer", "get", "names", "register"]
