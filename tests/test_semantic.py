"""The optional semantic signal (--model): a tiny Model2Vec model built here, loaded by the real code."""

from __future__ import annotations

import json
import sys
from dataclasses import replace

import numpy as np
import pytest
from click.testing import CliRunner

from readout_diff.cli import main
from readout_diff.errors import ModelError
from readout_diff.match.encoders import Model2VecEncoder, encoder_for, load_encoder, unit_rows
from readout_diff.options import Options
from readout_diff.pipeline import compare_text

from .conftest import SHARED
from .semantic_seed import CONCEPTS, SEED, concept_vectors, vocabulary, word_tokenizer

model2vec = pytest.importorskip("model2vec", reason="the semantic extra (model2vec) is not installed")

@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> str:
    """A Model2Vec model folder: a word-level vocabulary and vectors made in code, saved with
    Model2Vec's own writer, so that loading it runs the same code as any downloaded model."""
    words = vocabulary(SEED)
    folder = tmp_path_factory.mktemp("tiny-model2vec")
    model2vec.StaticModel(concept_vectors(words, 32, seed=7), word_tokenizer(words), normalize=True).save_pretrained(str(folder))
    return str(folder)


def test_encoder_gives_unit_rows_and_sees_synonyms(tiny_model):
    encoder = load_encoder(tiny_model)
    vectors = encoder.encode(["truce", "Ceasefire", "fisheries"])
    assert vectors.shape == (3, 32)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert vectors[0] @ vectors[1] > 0.99
    assert abs(vectors[0] @ vectors[2]) < 0.9


def test_encoder_is_loaded_once_per_process(tiny_model):
    assert load_encoder(tiny_model) is load_encoder(tiny_model)
    assert encoder_for(tiny_model) is load_encoder(tiny_model)
    assert encoder_for(None) is None


def _matches(result) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(m.left, m.right) for m in result.comparisons[0].alignment.matches}


def test_model_matches_a_paraphrase_that_shares_no_word(tiny_model):
    words_only = compare_text(SEED)
    with_model = compare_text(SEED, options=replace(Options(), model=tiny_model))
    assert ((2,), (2,)) not in _matches(words_only)
    assert ((2,), (2,)) in _matches(with_model)
    # What both sides say in the same words stays matched; what one side alone says stays "only".
    assert {((0,), (0,)), ((1,), (1,))} <= _matches(with_model)
    assert 3 in with_model.comparisons[0].alignment.left_only
    assert 3 in with_model.comparisons[0].alignment.right_only


def test_an_encoder_object_plugs_in_through_options():
    """The plug-in point is the small Encoder protocol: any object with a name and encode()."""

    class Concepts:
        name = "concepts"

        def encode(self, texts):
            groups = [g.split() for g in CONCEPTS]
            rows = [[sum(w in text.lower().split() for w in group) for group in groups] for text in texts]
            return unit_rows(np.array(rows, dtype=float))

    result = compare_text(SEED, options=replace(Options(), model=Concepts()))
    assert ((2,), (2,)) in _matches(result)


def test_each_kind_of_model_brings_its_own_default_threshold(tiny_model):
    """Without --threshold, the margin in force is the one calibrated for the encoder's kind (its
    ``margin``): 0.04 for a Model2Vec model, 0.03 for an ONNX one; an encoder naming none gets
    DEFAULT_MODEL_THRESHOLD; an explicit threshold always wins. A model given by name is loaded
    before anything is decided, so its margin applies."""
    from readout_diff.match.encoders import FastEmbedEncoder
    from readout_diff.options import (
        CONTEXTUAL_MODEL_THRESHOLD,
        DEFAULT_MODEL_THRESHOLD,
        DEFAULT_THRESHOLD,
        STATIC_MODEL_THRESHOLD,
    )

    assert load_encoder(tiny_model).margin == STATIC_MODEL_THRESHOLD == 0.04
    assert FastEmbedEncoder.margin == CONTEXTUAL_MODEL_THRESHOLD == 0.03
    assert Options(model=load_encoder(tiny_model)).match_threshold == STATIC_MODEL_THRESHOLD

    class Plain:
        name = "plain"

        def encode(self, texts):
            return np.ones((len(texts), 2)) / np.sqrt(2)

    class Strict(Plain):
        margin = 1.0  # nothing stands that far above its alternatives

    assert Options().match_threshold == DEFAULT_THRESHOLD
    assert Options(model=Plain()).match_threshold == DEFAULT_MODEL_THRESHOLD

    class Odd(Plain):
        margin = "tight"  # not a number in [0, 1]: not taken for a threshold

    assert Options(model=Odd()).match_threshold == DEFAULT_MODEL_THRESHOLD
    assert Options(model=Strict(), threshold=0.1).match_threshold == 0.1
    # nothing but the two openings, matched whatever the threshold (see align._opening_frames)
    assert _matches(compare_text(SEED, options=Options(model=Strict()))) <= {((0,), (0,))}
    assert _matches(compare_text(SEED, options=Options(model=Strict(), threshold=0.0)))


def test_same_bytes_with_a_model(tiny_model, tmp_path):
    seed = tmp_path / "seed.txt"
    seed.write_text(SEED, encoding="utf-8")
    runner = CliRunner()
    runs = [runner.invoke(main, ["--format", "json", "--model", tiny_model, str(seed)]) for _ in range(2)]
    assert runs[0].exit_code == 0, runs[0].output
    assert runs[0].output == runs[1].output
    document = json.loads(runs[0].output)["documents"][0]
    assert {"left": ["s1.3"], "right": ["s2.3"]}.items() <= {
        k: v for m in document["comparisons"][0]["matches"] for k, v in m.items() if m["left"] == ["s1.3"]
    }.items()


@pytest.mark.parametrize(
    ("model", "message"),
    [
        ("./no-such-model-folder", "model './no-such-model-folder': no such folder"),
        ("{empty}", "could not be loaded as a Model2Vec model"),
    ],
    ids=["missing folder", "folder without a model"],
)
def test_a_bad_model_is_one_line_and_exit_2(model, message, tmp_path):
    seed = tmp_path / "seed.txt"
    seed.write_text(SEED, encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["--model", model.format(empty=empty), str(seed)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.output


def test_a_missing_extra_names_the_install_command(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "model2vec", None)  # import model2vec now raises ImportError
    with pytest.raises(ModelError, match=r"pip install 'readout-diff\[semantic\]'"):
        Model2VecEncoder(str(tmp_path))
    seed = tmp_path / "seed.txt"
    seed.write_text(SEED, encoding="utf-8")
    result = CliRunner().invoke(main, ["--model", str(tmp_path / "m"), str(seed)])
    assert result.exit_code == 2
    assert "pip install 'readout-diff[semantic]'" in result.output


def test_the_shared_static_model_loads_offline():
    folder = SHARED / "models" / "minilm-l6-static"
    if not folder.is_dir():
        pytest.skip(f"the shared measuring model is not here ({folder})")
    vectors = load_encoder(str(folder)).encode(["The leaders agreed to stay in close contact.", "They will keep in touch."])
    assert vectors.shape[0] == 2 and np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert float(vectors[0] @ vectors[1]) > 0.5


def test_loading_a_model_prints_nothing_on_stderr(tiny_model, tmp_path):
    """Quiet: Model2Vec's and the Hub client's warnings (here: a model card without a metadata block)
    never reach stderr (a process of its own, as a user runs it)."""
    import shutil
    import subprocess

    folder = shutil.copytree(tiny_model, tmp_path / "model")
    (folder / "README.md").write_text("# A tiny model\n\nMade in a test.\n", encoding="utf-8")
    seed = tmp_path / "seed.txt"
    seed.write_text(SEED, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "readout_diff", "--format", "json", "--model", str(folder), str(seed)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""


def test_with_a_model_decisions_take_the_margin_over_each_sentences_alternatives():
    """A pair is matched on how far its similarity stands above the mean of each of its sentences'
    three best (``Scores.margins``): a pair that is high only because everything in the two
    statements is similar (one meeting's topic) loses to one that stands out."""
    from readout_diff.match.similarity import Scores

    matrix = np.array([[0.50, 0.48, 0.47], [0.46, 0.60, 0.20], [0.49, 0.45, 0.44]])
    best_three = np.sort(matrix, axis=1)[:, ::-1][:, :3], np.sort(matrix, axis=0)[::-1][:3]
    around = (best_three[0].mean(axis=1), best_three[1].mean(axis=0))
    scores = Scores((3, 3), {}, Options(model="m"), matrix=matrix, around=around)
    assert np.allclose(scores.margins(), matrix - (around[0][:, None] + around[1][None, :]) / 2)
    ranked = scores.ranked(0.05)
    assert [(i, j) for _, i, j in ranked] == [(1, 1)]  # 0.60 stands out; 0.50 in a row of 0.47-0.50 does not
    words_only = Scores((3, 3), {}, Options(), matrix=matrix)
    assert words_only.margins() is matrix  # words alone: the score itself


def test_a_model_decides_the_same_on_the_candidate_path(tiny_model, monkeypatch):
    """Long statements keep candidate pairs only (pairs sharing an indexed word); each sentence's
    alternatives are then its candidates, a missing one counting 0. On a short seed the pairs that
    share words are decided as on the dense path (a paraphrase sharing none is no candidate there)."""
    from readout_diff.match import similarity

    options = replace(Options(), model=tiny_model)
    dense = compare_text(SEED, options=options).comparisons[0].alignment
    monkeypatch.setattr(similarity, "_DENSE_PAIRS", 0)
    sparse = compare_text(SEED, options=options).comparisons[0].alignment
    assert [m for m in dense.matches if m.shared] == list(sparse.matches)


def test_with_a_model_one_sentence_statements_still_match(tiny_model):
    """A statement of fewer than three sentences has fewer alternatives; the missing ones count 0, so
    two one-sentence statements saying the same thing are matched."""
    text = (
        "Office of the President of Sylvania\nLakeport\n1 May 2024\nCall\n\n"
        "The ministers agreed a truce along the border.\n\n"
        "Ministry of Foreign Affairs of Carpania\nRivertown\n1 May 2024\nCall\n\n"
        "The ministers agreed a truce along the border.\n"
    )
    result = compare_text(text, options=replace(Options(), model=tiny_model))
    assert _matches(result) == {((0,), (0,))}


def test_with_a_model_each_nearest_candidate_shows_its_margin(tiny_model, tmp_path):
    """The JSON contract's nearest entries carry the margin the threshold applied to (1.4), and the
    reports show it beside the score; without a model they do not."""
    seed = tmp_path / "seed.txt"
    seed.write_text(SEED, encoding="utf-8")
    with_model = json.loads(
        CliRunner().invoke(main, ["--format", "json", "--model", tiny_model, str(seed)]).output
    )
    nearest = with_model["documents"][0]["comparisons"][0]["nearest"]
    assert nearest and all(list(n) == ["id", "score", "margin"] for n in nearest.values())
    assert all(-1 <= n["margin"] <= 1 for n in nearest.values())
    markdown = CliRunner().invoke(main, ["--format", "markdown", "--model", tiny_model, str(seed)]).output
    assert "; margin " in markdown
    assert "; margin " not in CliRunner().invoke(main, ["--format", "markdown", str(seed)]).output
