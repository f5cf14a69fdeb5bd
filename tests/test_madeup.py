"""The made-up pairs of bench/madeup load as their gold says: two statements, their issuers, every gold
sentence inside its own statement's sentences (the scorer's loader figure, without ../shared), and no
header line read as a sentence of a body."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from readout_diff.load.reading import read_source
from readout_diff.load.statements import find_statements

from .conftest import ROOT

CASES = sorted(p for p in (ROOT / "bench" / "madeup").iterdir() if (p / "gold.json").is_file())

#: Layouts the loader still reads wrong, each a known limit (see the README's loader section).
KNOWN = {
    "236": "a first-person statement's signature under its body (name, then office) is read as two sentences",
    "245": "a page's headline in sentence case set apart under a dated header ('Prime Minister X in Stockholm: "
    "Finland and Sweden building security together') is read as the body's first sentence",
    "251": "a signature under a body (a name, then the office: 'Special Adviser to the President') is read as "
    "two sentences",
}


def _find(text: str, sentence: str, start: int) -> tuple[int, int]:
    found = re.compile(r"\s+".join(re.escape(w) for w in sentence.split())).search(text, start)
    assert found is not None, sentence
    return found.span()


def test_there_are_made_up_pairs():
    assert len(CASES) >= 36


def _params() -> list:
    return [
        pytest.param(case, marks=pytest.mark.xfail(reason=KNOWN[case.name[:3]], strict=True))
        if case.name[:3] in KNOWN
        else case
        for case in CASES
    ]


@pytest.mark.parametrize("case", _params(), ids=[c.name[:40] for c in CASES])
def test_made_up_pair_loads_as_its_gold_says(case: Path):
    path = str(case / "seed.txt")
    text = read_source(path).text
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    document = find_statements(text, path)
    assert len(document.statements) == 2
    at = 0
    gold_spans = []
    for side, statement in zip("ab", document.statements, strict=True):
        # The issuer as the gold writes it, or the part of it that names the office ("AKORDA — PRESS
        # SERVICE OF THE PRESIDENT OF X": the President of X).
        issuer = statement.issuer.casefold().removeprefix("the ")
        assert issuer and issuer in gold["issuers"][side].casefold()
        spans = [(s.start, s.end) for s in statement.sentences]
        for sentence in gold["statements"][side]:
            start, end = _find(text, sentence, at)
            at = end
            gold_spans.append((start, end))
            covered = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
            assert covered >= len(re.sub(r"\s", "", text[start:end])), sentence
    for statement in document.statements:
        for sentence in statement.sentences:
            assert any(min(sentence.end, e) > max(sentence.start, s) for s, e in gold_spans), sentence.text
