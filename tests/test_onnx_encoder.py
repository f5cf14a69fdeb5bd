"""The ONNX backend of --model: a tiny ONNX sentence encoder built here, loaded by the real code."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from readout_diff.cli import main
from readout_diff.errors import ModelError
from readout_diff.match.encoders import (
    FastEmbedEncoder,
    OnnxLayout,
    fastembed_names,
    load_encoder,
    read_onnx_layout,
)
from readout_diff.options import Options
from readout_diff.pipeline import compare_text

from .conftest import ROOT, SHARED
from .semantic_seed import SEED, concept_vectors, vocabulary, word_tokenizer

pytest.importorskip("fastembed", reason="the onnx extra (fastembed) is not installed")
onnx = pytest.importorskip("onnx", reason="onnx (of the test extra) builds the tiny model")

DIMENSIONS = 32

#: sentence-transformers' description of a model that mean-pools its token vectors, then normalises.
MODULES = [
    {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
    {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
    {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
]


def _pooling(mode: str) -> dict:
    modes = ("cls_token", "mean_tokens", "max_tokens", "mean_sqrt_len_tokens")
    return {"word_embedding_dimension": DIMENSIONS, **{f"pooling_mode_{m}": m == mode for m in modes}}


def _graph(table: np.ndarray) -> bytes:
    """A BERT-shaped ONNX graph: input_ids, attention_mask and token_type_ids (int64, batch x sequence)
    in, last_hidden_state (batch x sequence x dimensions) out: each token's row of ``table`` plus its
    token type's row (zeros), times the attention mask."""
    from onnx import TensorProto, helper, numpy_helper

    ints = [
        helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "sequence"])
        for n in ("input_ids", "attention_mask", "token_type_ids")
    ]
    out = helper.make_tensor_value_info(
        "last_hidden_state", TensorProto.FLOAT, ["batch", "sequence", table.shape[1]]
    )
    nodes = [
        helper.make_node("Gather", ["words", "input_ids"], ["word_rows"]),
        helper.make_node("Gather", ["types", "token_type_ids"], ["type_rows"]),
        helper.make_node("Add", ["word_rows", "type_rows"], ["rows"]),
        helper.make_node("Cast", ["attention_mask"], ["mask"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["mask", "last_axis"], ["mask3"]),
        helper.make_node("Mul", ["rows", "mask3"], ["last_hidden_state"]),
    ]
    constants = [
        numpy_helper.from_array(table, "words"),
        numpy_helper.from_array(np.zeros((2, table.shape[1]), dtype=np.float32), "types"),
        numpy_helper.from_array(np.array([-1], dtype=np.int64), "last_axis"),
    ]
    graph = helper.make_graph(nodes, "tiny-encoder", ints, [out], constants)
    # IR 8 / opset 17: old enough for every ONNX Runtime fastembed 0.6 and later accepts.
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
    onnx.checker.check_model(model)
    return model.SerializeToString()


def build_onnx_encoder(folder: Path, seed: int = 7) -> Path:
    """A sentence-transformers ONNX export in ``folder``: the graph, tokenizer.json and the config files
    fastembed reads (tokenizer_config.json, special_tokens_map.json, config.json, modules.json,
    1_Pooling/config.json)."""
    words = vocabulary(SEED)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "model.onnx").write_bytes(_graph(concept_vectors(words, DIMENSIONS, seed)))
    word_tokenizer(words).save(str(folder / "tokenizer.json"))
    files = {
        "tokenizer_config.json": {"model_max_length": 128, "pad_token": "[PAD]", "unk_token": "[UNK]"},
        "special_tokens_map.json": {"pad_token": "[PAD]", "unk_token": "[UNK]"},
        "config.json": {"hidden_size": DIMENSIONS, "pad_token_id": words.index("[PAD]")},
        "modules.json": MODULES,
        "1_Pooling/config.json": _pooling("mean_tokens"),
    }
    for name, content in files.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text(json.dumps(content), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def tiny_onnx(tmp_path_factory) -> str:
    return str(build_onnx_encoder(tmp_path_factory.mktemp("tiny-onnx") / "encoder"))


@pytest.fixture
def seed_file(tmp_path) -> Path:
    seed = tmp_path / "seed.txt"
    seed.write_text(SEED, encoding="utf-8")
    return seed


def _matches(result) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(m.left, m.right) for m in result.comparisons[0].alignment.matches}


def test_encoder_gives_unit_rows_and_sees_synonyms(tiny_onnx):
    encoder = load_encoder(tiny_onnx)
    assert isinstance(encoder, FastEmbedEncoder)
    vectors = encoder.encode(["truce", "Ceasefire", "fisheries", "border truce", "frontier armistice"])
    assert vectors.shape == (5, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert vectors[0] @ vectors[1] > 0.99
    assert abs(vectors[0] @ vectors[2]) < 0.9
    assert vectors[3] @ vectors[4] > 0.99
    # Padding is masked out of the mean: a text's vector does not depend on the longer texts beside it.
    alone = encoder.encode(["border truce"])
    assert np.allclose(alone[0], vectors[3])
    assert np.allclose(encoder.encode([SEED, "border truce"])[1], alone[0])
    assert encoder.encode([]).shape == (0, DIMENSIONS)


def test_encoder_is_loaded_once_and_registered_once_per_folder(tiny_onnx, tmp_path):
    assert load_encoder(tiny_onnx) is load_encoder(tiny_onnx)
    # Loading a folder again (not through the cache) reuses its fastembed registration.
    again = FastEmbedEncoder(tiny_onnx)
    assert np.array_equal(again.encode(["truce"]), load_encoder(tiny_onnx).encode(["truce"]))
    # Another folder, with other vectors, is registered under a name of its own.
    other = FastEmbedEncoder(str(build_onnx_encoder(tmp_path / "other", seed=8)))
    assert not np.allclose(other.encode(["fisheries"]), again.encode(["fisheries"]))
    from fastembed import TextEmbedding

    names = [
        m["model"]
        for m in TextEmbedding.list_supported_models()
        if m["model"].startswith("readout-diff-local/")
    ]
    assert len(names) == len(set(names)) >= 2


def test_model_matches_a_paraphrase_that_shares_no_word(tiny_onnx):
    words_only = compare_text(SEED)
    with_model = compare_text(SEED, options=replace(Options(), model=tiny_onnx))
    assert ((2,), (2,)) not in _matches(words_only)
    assert ((2,), (2,)) in _matches(with_model)
    assert {((0,), (0,)), ((1,), (1,))} <= _matches(with_model)
    assert 3 in with_model.comparisons[0].alignment.left_only
    assert 3 in with_model.comparisons[0].alignment.right_only


def test_same_bytes_with_an_onnx_model_in_one_process_or_many(tiny_onnx, tmp_path):
    """Worker processes of --jobs (started after the parent loaded the model, from a server process
    that never loaded it) load their own and give the same bytes."""
    for k in range(3):
        (tmp_path / f"seed{k}.txt").write_text(SEED, encoding="utf-8")
    runner = CliRunner()
    runs = [
        runner.invoke(main, ["--format", "jsonl", "--model", tiny_onnx, "--jobs", jobs, str(tmp_path)])
        for jobs in ("1", "1", "2")
    ]
    assert runs[0].exit_code == 0, runs[0].output
    assert runs[0].output == runs[1].output == runs[2].output
    document = json.loads(runs[0].output.splitlines()[0])
    assert any(
        m["left"] == ["s1.3"] and m["right"] == ["s2.3"] for m in document["comparisons"][0]["matches"]
    )


def test_loading_and_comparing_print_nothing_on_stderr(tiny_onnx, seed_file):
    """Quiet: fastembed's log, ONNX Runtime's warnings and progress bars never reach stderr (a process
    of its own, so that what native code writes to file descriptor 2 is seen too)."""
    run = subprocess.run(
        [sys.executable, "-m", "readout_diff", "--format", "json", "--model", tiny_onnx, str(seed_file)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""


def _bad_folder(tmp_path: Path, case: str) -> str:
    """A model folder broken in one way, built from a good one."""
    folder = build_onnx_encoder(tmp_path / case)
    if case == "garbage model.onnx":
        (folder / "model.onnx").write_bytes(b"\x00garbage, not a protobuf\xff" * 10)
    elif case == "no tokenizer.json":
        (folder / "tokenizer.json").unlink()
    elif case == "max pooling":
        (folder / "1_Pooling/config.json").write_text(json.dumps(_pooling("max_tokens")), encoding="utf-8")
    elif case == "a Dense module":
        extra = {"idx": 3, "name": "3", "path": "3_Dense", "type": "sentence_transformers.models.Dense"}
        (folder / "modules.json").write_text(json.dumps([*MODULES, extra]), encoding="utf-8")
    elif case == "graph without input_ids":
        graph = onnx.load(str(folder / "model.onnx"))
        graph.graph.input[0].name = "ids"
        graph.graph.node[0].input[1] = "ids"
        (folder / "model.onnx").write_bytes(graph.SerializeToString())
    return str(folder)


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("missing folder", "model './no-such-onnx-folder': no such folder"),
        ("garbage model.onnx", "could not be loaded as an ONNX sentence encoder (InvalidProtobuf"),
        (
            "no tokenizer.json",
            "could not be loaded as an ONNX sentence encoder (ValueError: Could not find tokenizer.json",
        ),
        ("max pooling", "pooling max_tokens is not supported (mean, CLS or last token)"),
        ("a Dense module", "its modules.json has a Dense module, which the ONNX backend does not run"),
        ("graph without input_ids", "could not be loaded as an ONNX sentence encoder"),
    ],
)
def test_a_bad_onnx_model_is_one_line_and_exit_2(case, message, tmp_path, seed_file):
    model = "./no-such-onnx-folder" if case == "missing folder" else _bad_folder(tmp_path, case)
    result = CliRunner().invoke(main, ["--model", model, str(seed_file)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.output, result.output


def test_a_missing_extra_names_the_install_command(monkeypatch, tmp_path, seed_file):
    folder = str(build_onnx_encoder(tmp_path / "fresh"))  # a path load_encoder has not cached
    monkeypatch.setitem(sys.modules, "fastembed", None)  # import fastembed now raises ImportError
    with pytest.raises(
        ModelError, match=r"\(an ONNX model\) needs the 'onnx' extra: pip install 'readout-diff\[onnx\]'"
    ):
        FastEmbedEncoder(folder)
    result = CliRunner().invoke(main, ["--model", folder, str(seed_file)])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1
    assert "pip install 'readout-diff[onnx]'" in result.output


def test_a_name_fastembed_lists_goes_to_fastembed_and_nothing_is_downloaded(monkeypatch, tmp_path):
    """A name is fastembed's when fastembed lists it as an ONNX model; its static (Model2Vec) models stay
    Model2Vec's. Offline and with an empty cache, asking for a listed name fails at once, as fastembed's."""
    names = fastembed_names()
    assert "sentence-transformers/all-minilm-l6-v2" in names
    assert not any(name.startswith("minishlab/potion") for name in names)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("FASTEMBED_CACHE_PATH", str(tmp_path / "cache"))
    with pytest.raises(ModelError, match="could not be loaded as an ONNX sentence encoder"):
        load_encoder.__wrapped__("sentence-transformers/all-MiniLM-L6-v2")
    assert not any((tmp_path / "cache").rglob("*.onnx"))


LAYOUTS = [
    ("sentence-transformers export", {}, OnnxLayout("model.onnx", "MEAN", True, DIMENSIONS)),
    (
        "no modules.json: mean, normalised",
        {"modules.json": None},
        OnnxLayout("model.onnx", "MEAN", True, DIMENSIONS),
    ),
    (
        "no Normalize module",
        {"modules.json": MODULES[:2]},
        OnnxLayout("model.onnx", "MEAN", False, DIMENSIONS),
    ),
    (
        "CLS pooling",
        {"1_Pooling/config.json": _pooling("cls_token")},
        OnnxLayout("model.onnx", "CLS", True, DIMENSIONS),
    ),
    (
        "no pooling config: mean; size from config.json",
        {"1_Pooling/config.json": None, "config.json": {"hidden_size": 8}},
        OnnxLayout("model.onnx", "MEAN", True, 8),
    ),
    (
        "pooling folder named by modules.json",
        {
            "1_Pooling/config.json": None,
            "pool/config.json": _pooling("cls_token"),
            "modules.json": [MODULES[0], {**MODULES[1], "path": "pool"}],
        },
        OnnxLayout("model.onnx", "CLS", False, DIMENSIONS),
    ),
    (
        "graph in onnx/ (a Hub repository)",
        {"model.onnx": "onnx/model.onnx"},
        OnnxLayout("onnx/model.onnx", "MEAN", True, DIMENSIONS),
    ),
    (
        "no size anywhere",
        {"1_Pooling/config.json": None, "config.json": None},
        OnnxLayout("model.onnx", "MEAN", True, 0),
    ),
]


@pytest.mark.parametrize(("label", "changes", "expected"), LAYOUTS, ids=[case[0] for case in LAYOUTS])
def test_the_layout_is_read_from_the_folder(label, changes, expected, tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    files = {
        "model.onnx": b"(not read here)",
        "modules.json": MODULES,
        "1_Pooling/config.json": _pooling("mean_tokens"),
        "config.json": {"hidden_size": DIMENSIONS},
        **changes,
    }
    if isinstance(files["model.onnx"], str):  # moved
        files[files.pop("model.onnx")] = b"(not read here)"
    for name, content in files.items():
        if content is None:
            continue
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else json.dumps(content).encode()
        (folder / name).write_bytes(data)
    assert read_onnx_layout(folder) == expected


def test_a_folder_without_an_onnx_file_is_left_to_model2vec(tmp_path):
    with pytest.raises(ModelError, match="no .onnx file"):
        read_onnx_layout(tmp_path)
    with pytest.raises(ModelError, match="Model2Vec"):
        load_encoder(str(tmp_path))


def test_the_shared_contextual_model_loads_offline():
    folder = SHARED / "models" / "minilm-l6-onnx"
    if not folder.is_dir():
        pytest.skip(f"the shared measuring model is not here ({folder})")
    encoder = load_encoder(str(folder))
    assert isinstance(encoder, FastEmbedEncoder)
    vectors = encoder.encode(
        [
            "The ministers agreed a truce along the border.",
            "Both delegations concluded a ceasefire on the frontier.",
            "Sylvania raised the water dispute on the Lake.",
        ]
    )
    assert vectors.shape == (3, 384) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3
    result = compare_text(SEED, options=replace(Options(), model=str(folder)))
    assert ((2,), (2,)) in _matches(result)


def test_an_onnx_model_given_by_name_decides_at_its_own_margin(tiny_onnx, monkeypatch):
    """``Options(model=NAME)`` is resolved before anything is decided, so the ONNX encoder's calibrated
    margin (0.03, not the Model2Vec 0.04) is the threshold in force unless one is given."""
    by_name = replace(Options(), model=tiny_onnx)
    assert load_encoder(tiny_onnx).margin == 0.03
    assert _matches(compare_text(SEED, options=by_name)) == _matches(
        compare_text(SEED, options=replace(by_name, threshold=0.03))
    )
    monkeypatch.setattr(FastEmbedEncoder, "margin", 1.0)  # nothing stands that far above its alternatives
    # but the two openings, matched whatever the threshold (see align._opening_frames)
    assert _matches(compare_text(SEED, options=by_name)) == {((0,), (0,))}
