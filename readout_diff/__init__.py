"""readout-diff: compare governments' readouts of the same meeting, sentence by sentence."""

from __future__ import annotations

from .model import (
    Comparison,
    Document,
    DocumentResult,
    Failure,
    Input,
    Match,
    Pair,
    Result,
    Sentence,
    Statement,
)
from .text.segment import split_sentences

# The one place the version is written: pyproject.toml reads it from here (importlib.metadata would
# cost every run a scan of the installed distributions, about 15 ms).
__version__ = "0.1.0"

__all__ = [
    "Comparison",
    "Document",
    "DocumentResult",
    "Failure",
    "Input",
    "Match",
    "Pair",
    "Result",
    "Sentence",
    "Statement",
    "split_sentences",
    "__version__",
]
