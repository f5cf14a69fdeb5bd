"""Sentence encoders for the optional semantic signal: texts in, unit vectors out."""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from .errors import ModelError


@runtime_checkable
class Encoder(Protocol):
    """What the aligner needs of a sentence model: one vector per text, rows of unit length.

    Any object with these two members plugs in (``Options(model=...)`` takes one): a Model2Vec model
    (``Model2VecEncoder``) is one class; another library's encoder is one class more.
    """

    #: Shown in reports and errors: the model's folder or name as the user gave it.
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """A float array of shape (len(texts), dimensions) whose rows have length 1 (or 0 for a text
        the model has no word for)."""
        ...


def unit_rows(vectors: np.ndarray) -> np.ndarray:
    """``vectors`` as float64 rows of length 1 (a zero row stays zero)."""
    vectors = np.asarray(vectors, dtype=np.float64)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)


_INSTALL = "pip install 'readout-diff[semantic]'"


class Model2VecEncoder:
    """A Model2Vec static model (numpy only: a token embedding table, mean-pooled), from a local folder
    or by a name Model2Vec resolves on the Hugging Face Hub (then downloaded once into its cache)."""

    def __init__(self, name: str) -> None:
        self.name = name
        try:
            from model2vec import StaticModel
        except ImportError:
            raise ModelError(f"--model needs Model2Vec, which is not installed: {_INSTALL}") from None
        path = Path(name).expanduser()
        if _looks_like_path(name) and not path.is_dir():
            raise ModelError(f"model {name!r}: no such folder")
        # Model2Vec and the Hub client log warnings about a folder's model card: not the user's concern.
        for logger in ("model2vec", "huggingface_hub"):
            logging.getLogger(logger).setLevel(logging.ERROR)
        try:
            self._model = StaticModel.from_pretrained(path if path.is_dir() else name, force_download=False)
        except Exception as exc:  # a folder without the files, a corrupt table, an unknown hub name
            raise ModelError(f"model {name!r} could not be loaded as a Model2Vec model ({_reason(exc)})") from exc

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        # One process: Model2Vec would start a worker pool above 10,000 texts, and the batch itself may
        # already run in worker processes (--jobs).
        return unit_rows(self._model.encode(list(texts), use_multiprocessing=False))


def _looks_like_path(name: str) -> bool:
    """A name written as a path ("./model", "~/models/x", "/opt/m", "C:\\m") is never looked up on a hub."""
    return name.startswith((".", "/", "~", "\\")) or (len(name) > 1 and name[1] == ":") or Path(name).exists()


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:160]}" if text else type(exc).__name__


@functools.lru_cache(maxsize=4)
def load_encoder(name: str) -> Encoder:
    """The encoder named by ``--model``: a Model2Vec model folder or name.

    Cached per process: a batch loads its model once (each worker process of ``--jobs`` once), not once
    per file. Raises ModelError, with a one-line reason, when the extra is missing or the model cannot be
    loaded.
    """
    return Model2VecEncoder(name)


def encoder_for(model: str | Encoder | None) -> Encoder | None:
    """The encoder ``Options.model`` asks for: None, a name to load, or an Encoder given as is."""
    if model is None or not isinstance(model, str):
        return model
    return load_encoder(model)
