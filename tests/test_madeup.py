"""The made-up pairs of bench/madeup load as their gold says: two statements, their issuers, and every
gold sentence inside its own statement's sentences (the scorer's loader figure, 1.000, without
../shared)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from readout_diff.load.reading import read_source
from readout_diff.load.statements import find_statements

from .conftest import ROOT

CASES = sorted(p for p in (ROOT / "bench" / "madeup").iterdir() if (p / "gold.json").is_file())


def _find(text: str, sentence: str, start: int) -> tuple[int, int]:
    found = re.compile(r"\s+".join(re.escape(w) for w in sentence.split())).search(text, start)
    assert found is not None, sentence
    return found.span()


def test_there_are_made_up_pairs():
    assert len(CASES) >= 18


@pytest.mark.parametrize("case", CASES, ids=[c.name[:40] for c in CASES])
def test_made_up_pair_loads_as_its_gold_says(case: Path):
    path = str(case / "seed.txt")
    text = read_source(path).text
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    document = find_statements(text, path)
    assert len(document.statements) == 2
    at = 0
    for side, statement in zip("ab", document.statements, strict=True):
        # The issuer as the gold writes it, or the part of it that names the office ("AKORDA — PRESS
        # SERVICE OF THE PRESIDENT OF X": the President of X).
        issuer = statement.issuer.casefold().removeprefix("the ")
        assert issuer and issuer in gold["issuers"][side].casefold()
        spans = [(s.start, s.end) for s in statement.sentences]
        for sentence in gold["statements"][side]:
            start, end = _find(text, sentence, at)
            at = end
            covered = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
            assert covered >= len(re.sub(r"\s", "", text[start:end])), sentence
