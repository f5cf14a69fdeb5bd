"""bench/tune.py: leave-one-case-out calibration is deterministic and never scores a case it chose on."""

from __future__ import annotations

import importlib.util
import json

import pytest

from .conftest import ROOT, SHARED

CASES = {
    "a-latveria-sylvania": (
        ["The Foreign Minister of Latveria met the Foreign Minister of Sylvania in Lakeport.",
         "They reviewed the fisheries agreement signed in 2019.",
         "Latveria will host the next round in October."],
        ["The Foreign Minister of Sylvania met the Foreign Minister of Latveria in Lakeport.",
         "The two sides discussed the fisheries agreement of 2019.",
         "Sylvania raised the water dispute on the lake."],
        [([0], [0]), ([1], [1])],
    ),
    "b-carpania-freedonia": (
        ["President Rocha spoke with President Lind of Freedonia today.",
         "The leaders agreed to reopen the Kelsk crossing.",
         "They agreed to stay in close contact."],
        ["President Lind had a telephone conversation with President Rocha of Carpania.",
         "The presidents agreed to reopen the Kelsk border crossing next month.",
         "Freedonia will send grain to the flooded provinces."],
        [([0], [0]), ([1], [1])],
    ),
    "c-osterlich-vesna": (
        ["The Prime Minister of Osterlich met the Prime Minister of Vesna.",
         "They signed a memorandum on rail links.",
         "Osterlich raised the detention of two of its citizens."],
        ["Prime Minister Varga received Prime Minister Kallo of Osterlich.",
         "The two prime ministers signed a memorandum on rail links between their capitals.",
         "Vesna announced a new consulate in Osterburg."],
        [([0], [0]), ([1], [1])],
    ),
}


def _write_case(folder, left, right, links):
    issuers = ("Ministry of Foreign Affairs of the First Republic", "Office of the Second Government")
    text = ""
    for issuer, sentences in zip(issuers, (left, right), strict=True):
        text += f"{issuer}\n3 May 2024\nTalks held\n\n" + " ".join(sentences) + "\n\n"
    folder.mkdir()
    (folder / "seed.txt").write_text(text, encoding="utf-8")
    gold = {
        "issuers": {"a": issuers[0], "b": issuers[1]},
        "statements": {"a": left, "b": right},
        "links": [{"a": a, "b": b, "kind": "same"} for a, b in links],
    }
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")


@pytest.fixture(scope="module")
def tune():
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip(f"the dev corpus scorer is not here ({SHARED / 'eval' / 'score.py'})")
    spec = importlib.util.spec_from_file_location("tune", ROOT / "bench" / "tune.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_leave_one_out_is_deterministic_and_held_out(tune, tmp_path):
    for name, (left, right, links) in CASES.items():
        _write_case(tmp_path / name, left, right, links)
    corpus = tune.Corpus(tmp_path)
    axes = {"threshold": (0.1, 0.2, 0.3)}
    table = [(o, corpus.score(o)) for o in tune.grid(axes, tune.Options())]
    first = tune.leave_one_out(corpus, table)
    second = tune.leave_one_out(corpus, [(o, corpus.score(o)) for o in tune.grid(axes, tune.Options())])
    assert first == second
    held_out, chosen = first
    assert len(held_out) == len(CASES) == len(chosen)
    for case, options, result in zip(corpus.cases, chosen, held_out, strict=True):
        # The set chosen for a case is the best on the other cases (first in grid order on ties).
        others = [
            tune.objective(corpus.pooled(r for n, r in scored.items() if n != case.name)) for _, scored in table
        ]
        best = others.index(max(others))
        assert options == table[best][0]
        assert result == table[best][1][case.name]
    pooled = corpus.pooled(held_out)
    assert 0.0 <= pooled["only_f1"] <= 1.0 and 0.0 <= pooled["pair_f1"] <= 1.0
