"""readout-diff: compare governments' readouts of the same meeting, sentence by sentence."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version as _version

from .model import Comparison, Document, DocumentResult, Failure, Match, Result, Sentence, Statement
from .segment import split_sentences

try:
    __version__ = _version("readout-diff")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Comparison",
    "Document",
    "DocumentResult",
    "Failure",
    "Match",
    "Result",
    "Sentence",
    "Statement",
    "split_sentences",
    "__version__",
]
