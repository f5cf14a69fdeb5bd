"""Sentence encoders for the optional semantic signal: texts in, unit vectors out."""

from __future__ import annotations

import contextlib
import functools
import io
import json
import logging
import os
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from ..errors import ModelError, require_extra
from ..options import CONTEXTUAL_MODEL_THRESHOLD, STATIC_MODEL_THRESHOLD


@runtime_checkable
class Encoder(Protocol):
    """What the aligner needs of a sentence model: one vector per text, rows of unit length.

    Any object with these two members plugs in (``Options(model=...)`` takes one): a Model2Vec model
    (``Model2VecEncoder``) is one class, an ONNX sentence encoder run by fastembed
    (``FastEmbedEncoder``) another.
    """

    #: Shown in reports and errors: the model's folder or name as the user gave it.
    name: str
    # An encoder may also say ``margin``: the threshold (a margin, see ``Scores.margins``) it is
    # calibrated for, used when ``--threshold`` is not given; one that does not is given
    # ``options.DEFAULT_MODEL_THRESHOLD``. Not a member of the protocol, so that any encoder plugs in.

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """A float array of shape (len(texts), dimensions) whose rows have length 1 (or 0 for a text
        the model has no word for)."""
        ...


def unit_rows(vectors: np.ndarray) -> np.ndarray:
    """``vectors`` as float64 rows of length 1 (a zero row stays zero)."""
    vectors = np.asarray(vectors, dtype=np.float64)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)


class Model2VecEncoder:
    """A Model2Vec static model (numpy only: a token embedding table, mean-pooled), from a local folder
    or by a name Model2Vec resolves on the Hugging Face Hub (then downloaded once into its cache)."""

    #: The default threshold (see ``options.STATIC_MODEL_THRESHOLD``).
    margin = STATIC_MODEL_THRESHOLD

    def __init__(self, name: str) -> None:
        self.name = name
        model2vec = require_extra("model2vec", "semantic", "--model (a Model2Vec model)", ModelError)
        path = Path(name).expanduser()
        if _looks_like_path(name) and not path.is_dir():
            raise ModelError(f"model {name!r}: no such folder")
        # Model2Vec and the Hub client log warnings about a folder's model card: not the user's concern.
        # The Hub client sets its own logger's level when its logging module is first imported (lazily,
        # during loading), so that module is imported, and the level set, through the client itself.
        from huggingface_hub.utils import logging as hub_logging

        hub_logging.set_verbosity_error()
        logging.getLogger("model2vec").setLevel(logging.ERROR)
        try:
            source = path if path.is_dir() else name
            self._model = model2vec.StaticModel.from_pretrained(source, force_download=False)
        except Exception as exc:  # a folder without the files, a corrupt table, an unknown hub name
            raise ModelError(f"model {name!r} could not be loaded as a Model2Vec model ({_reason(exc)})") from exc

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        # One process: Model2Vec would start a worker pool above 10,000 texts, and the batch itself may
        # already run in worker processes (--jobs).
        return unit_rows(self._model.encode(list(texts), use_multiprocessing=False))


#: Texts per ONNX Runtime call. Texts are encoded shortest first, so a batch pads its texts to nearly
#: the same length. On the 2-core machine, MiniLM-L6 encoded as fast in batches of 16 as of 32 and
#: faster than in fastembed's 256, and 16 kept ONNX Runtime's memory lowest (4,000 long sentences: peak
#: RSS 444 MB, against 630 MB with 32; see bench/README.md).
_ONNX_BATCH = 16

#: sentence-transformers' pooling modes (``1_Pooling/config.json``) and fastembed's names for the ones
#: it runs; a folder asking for another mode (max, mean of square-root length, weighted mean) is refused
#: rather than pooled the wrong way.
_POOLING_MODES = {
    "pooling_mode_mean_tokens": "MEAN",
    "pooling_mode_cls_token": "CLS",
    "pooling_mode_lasttoken": "LAST_TOKEN",
}

#: The sentence-transformers modules that fastembed's pipeline (the ONNX graph, then pooling, then
#: optional normalisation) covers; a ``modules.json`` listing another (a Dense projection, say) describes
#: vectors this backend would not reproduce, so the folder is refused.
_RUN_MODULES = ("Transformer", "Pooling", "Normalize")


@dataclass(frozen=True, slots=True)
class OnnxLayout:
    """What fastembed needs to know of an ONNX sentence-encoder folder, read from its files."""

    #: The ONNX graph, relative to the folder.
    model_file: str
    #: fastembed's PoolingType name: MEAN (the default where the folder says nothing), CLS or LAST_TOKEN.
    pooling: str
    #: Whether the model's own pipeline normalises (the rows are made unit length here in any case).
    normalization: bool
    #: The vector size the folder declares (0 where it declares none: fastembed only records it).
    dimensions: int


def onnx_model_file(folder: Path) -> str | None:
    """The ONNX graph of a model folder, relative to it: ``model.onnx``, else the first ``*.onnx`` at the
    top, else in ``onnx/`` (the layout of Hugging Face repositories); None when it has none."""
    for pattern in ("model.onnx", "*.onnx", "onnx/model.onnx", "onnx/*.onnx"):
        found = sorted(folder.glob(pattern))
        if found and found[0].is_file():
            return found[0].relative_to(folder).as_posix()
    return None


def read_onnx_layout(folder: Path) -> OnnxLayout:
    """The layout of an ONNX sentence-encoder folder from its sentence-transformers files
    (``modules.json``, ``1_Pooling/config.json``, ``config.json``), where present. Raises ModelError when
    the folder has no ONNX graph or asks for what fastembed does not run."""
    model_file = onnx_model_file(folder)
    if model_file is None:
        raise ModelError(f"model {str(folder)!r}: no .onnx file in the folder")
    modules = [m for m in _json_file(folder / "modules.json", default=[]) if isinstance(m, dict)]
    # Each module's class name ("sentence_transformers.models.Pooling" -> "Pooling") and its folder.
    kinds = {str(m.get("type", "")).rpartition(".")[2]: str(m.get("path", "")) for m in modules}
    unknown = sorted(kind for kind in kinds if kind not in _RUN_MODULES)
    if unknown:
        raise ModelError(
            f"model {str(folder)!r}: its modules.json has a {unknown[0]} module, "
            "which the ONNX backend does not run"
        )
    pooling_config = _json_file(folder / kinds.get("Pooling", "1_Pooling") / "config.json", default={})
    modes = sorted(k for k, on in pooling_config.items() if k.startswith("pooling_mode_") and on is True)
    if len(modes) > 1 or (modes and modes[0] not in _POOLING_MODES):
        asked = "+".join(m.removeprefix("pooling_mode_") for m in modes)
        raise ModelError(f"model {str(folder)!r}: pooling {asked} is not supported (mean, CLS or last token)")
    config = _json_file(folder / "config.json", default={})
    dimensions = pooling_config.get("word_embedding_dimension") or config.get("hidden_size") or 0
    return OnnxLayout(
        model_file=model_file,
        pooling=_POOLING_MODES[modes[0]] if modes else "MEAN",
        normalization="Normalize" in kinds or not modules,
        dimensions=int(dimensions) if isinstance(dimensions, int) else 0,
    )


def _json_file(path: Path, default: Any) -> Any:
    """A folder's JSON file, or ``default`` when it is absent; ModelError when it is not JSON."""
    if not path.is_file():
        return default
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"model file {str(path)!r} could not be read ({_reason(exc)})") from exc
    return value if isinstance(value, type(default)) else default


class FastEmbedEncoder:
    """An ONNX sentence encoder (a contextual model such as all-MiniLM-L6-v2) run by fastembed: ONNX
    Runtime and tokenizers, no PyTorch. From a local folder (an ONNX graph, ``tokenizer.json``,
    ``tokenizer_config.json`` and sentence-transformers' config files), or by a name fastembed lists
    (``TextEmbedding.list_supported_models()``; then downloaded once into fastembed's cache)."""

    #: The default threshold (see ``options.CONTEXTUAL_MODEL_THRESHOLD``).
    margin = CONTEXTUAL_MODEL_THRESHOLD

    def __init__(self, name: str) -> None:
        self.name = name
        _import_fastembed(name)
        path = Path(name).expanduser()
        if _looks_like_path(name) and not path.is_dir():
            raise ModelError(f"model {name!r}: no such folder")
        #: fastembed's name for the model, and the folder it is read from (None: fastembed's cache).
        self._model_name, self._folder = name, None
        if path.is_dir():
            self._model_name = _register_folder(path.resolve(), read_onnx_layout(path))
            self._folder = str(path)
        self._load()

    def _load(self) -> None:
        """Start the ONNX Runtime session, then encode one word: a graph with the wrong inputs or outputs
        fails here, at load time, not in the middle of a batch."""
        import multiprocessing  # here, not at the top: a run without a model never pays for it

        from fastembed import TextEmbedding

        # A worker process of --jobs (one per core) runs one ONNX Runtime thread; a lone process lets ONNX
        # Runtime use every core. The vectors are the same either way (bench/README.md).
        threads = 1 if multiprocessing.parent_process() is not None else None
        try:
            with _quiet():
                self._model = TextEmbedding(
                    model_name=self._model_name,
                    specific_model_path=self._folder,
                    # A folder is read where it is; fastembed would otherwise create its download cache.
                    cache_dir=self._folder,
                    threads=threads,
                )
                self._pid = os.getpid()
                probe = self.encode(["probe"])
        except Exception as exc:  # garbage bytes, a missing tokenizer, an unknown or unreachable name
            reason = _reason(exc)
            message = f"model {self.name!r} could not be loaded as an ONNX sentence encoder ({reason})"
            raise ModelError(message) from exc
        if probe.ndim != 2 or probe.shape[1] == 0:
            raise ModelError(f"model {self.name!r}: its ONNX graph gives no sentence vectors ({probe.shape})")
        self._dimensions = probe.shape[1]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if os.getpid() != self._pid:
            # A worker process forked from the one that loaded the model: the session's threads did not
            # survive the fork, and freeing the session would wait for them for ever, so it is kept
            # (never used) and a session of this process's own is started.
            self._forked_from = self._model
            self._load()
        texts = list(texts)
        if not texts:
            return np.zeros((0, self._dimensions))
        # Shortest first, so that each batch pads its texts to about the same length (the rows are put
        # back in input order). fastembed's own worker pool stays off (parallel=None): --jobs already
        # runs whole files in worker processes.
        order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
        batches = self._model.embed([texts[k] for k in order], batch_size=_ONNX_BATCH, parallel=None)
        rows = np.stack(list(batches))
        vectors = np.empty_like(rows)
        vectors[order] = rows
        return unit_rows(vectors)


def _import_fastembed(name: str) -> None:
    require_extra("fastembed", "onnx", f"model {name!r} (an ONNX model)", ModelError)


def _register_folder(folder: Path, layout: OnnxLayout) -> str:
    """The name under which fastembed knows the model of ``folder``, registered on first use.

    fastembed keeps custom models in a process-wide registry keyed by name and refuses a name twice, so
    the name is derived from the folder and its layout: the same folder gets the same name (registering
    again is a no-op), another folder, or the same one changed, a name of its own."""
    import hashlib

    from fastembed import TextEmbedding
    from fastembed.common.model_description import ModelSource, PoolingType

    digest = hashlib.sha256(f"{folder}|{layout}".encode()).hexdigest()[:16]
    model_name = f"readout-diff-local/{folder.name}-{digest}"
    if any(m["model"] == model_name for m in TextEmbedding.list_supported_models()):
        return model_name
    pooling = getattr(PoolingType, layout.pooling, None)
    if pooling is None:  # LAST_TOKEN came after fastembed 0.6
        raise ModelError(
            f"model {str(folder)!r}: this fastembed cannot pool by {layout.pooling.lower()}: "
            "pip install -U fastembed"
        )
    TextEmbedding.add_custom_model(
        model=model_name,
        pooling=pooling,
        normalization=layout.normalization,
        # Never fetched: the model is always opened with specific_model_path, the folder itself.
        sources=ModelSource(hf=model_name),
        dim=layout.dimensions,
        model_file=layout.model_file,
    )
    return model_name


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Nothing on stderr while fastembed loads a model: the Hub's progress bars and Python warnings are
    dropped (a failure still becomes a ModelError), fastembed's loguru messages are switched off for the
    process, and ONNX Runtime logs errors only."""
    import onnxruntime
    from loguru import logger

    logger.disable("fastembed")
    onnxruntime.set_default_logger_severity(3)  # 3 = error
    with contextlib.redirect_stderr(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


@functools.lru_cache(maxsize=1)
def fastembed_names() -> frozenset[str]:
    """The names of the ONNX sentence encoders fastembed can download, in lower case (fastembed matches
    names regardless of case); empty when fastembed is not installed. Its static models (Model2Vec's
    potion family) are left to Model2Vec, whose own models they are."""
    try:
        from fastembed import TextEmbedding
    except ImportError:
        return frozenset()
    models = TextEmbedding.list_supported_models()
    return frozenset(m["model"].lower() for m in models if m["model_file"].endswith(".onnx"))


def _looks_like_path(name: str) -> bool:
    """A name written as a path ("./model", "~/models/x", "/opt/m", "C:\\m") is never looked up on a hub."""
    return name.startswith((".", "/", "~", "\\")) or (len(name) > 1 and name[1] == ":") or Path(name).exists()


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:160]}" if text else type(exc).__name__


#: Sentence models a process keeps loaded: a run uses one (a test or a benchmark a few).
_MODELS_KEPT = 4


@functools.lru_cache(maxsize=_MODELS_KEPT)
def load_encoder(name: str) -> Encoder:
    """The encoder named by ``--model``. A folder holding an ``.onnx`` file is an ONNX sentence encoder
    (``FastEmbedEncoder``), any other folder a Model2Vec model; a name fastembed lists is fastembed's,
    any other name Model2Vec's (looked up on the Hugging Face Hub).

    Cached per process: a batch loads its model once (each worker process of ``--jobs`` once), not once
    per file. Raises ModelError, with a one-line reason, when the extra is missing or the model cannot be
    loaded.
    """
    path = Path(name).expanduser()
    if path.is_dir():
        return FastEmbedEncoder(name) if onnx_model_file(path) else Model2VecEncoder(name)
    if not _looks_like_path(name) and name.lower() in fastembed_names():
        return FastEmbedEncoder(name)
    return Model2VecEncoder(name)


def encoder_for(model: str | Encoder | None) -> Encoder | None:
    """The encoder ``Options.model`` asks for: None, a name to load, or an Encoder given as is."""
    if model is None or not isinstance(model, str):
        return model
    return load_encoder(model)
