"""The dev corpus (../shared/corpus), scored by ../shared/eval/score.py; skipped when it is absent."""

from __future__ import annotations

import re
import subprocess
import sys

from .conftest import SHARED

# The dev targets (pooled figures; loader on every case).
MIN_LOADER_PER_CASE = 1.0
MIN_POINTS = 0.93
MIN_ONLY_F1 = 0.93
MIN_PAIR_F1 = 0.88
MIN_TERMS_PRECISION = 0.95


def test_dev_corpus_scores(corpus):
    run = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score.py"),
            str(corpus),
            "-v",
            "--cmd",
            f"{sys.executable} -m readout_diff --format json",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    out = run.stdout
    assert "errors=0" in out, out
    loaders = [float(x) for x in re.findall(r"loader=(\d\.\d+)", out.split("cases=")[0])]
    assert loaders and min(loaders) >= MIN_LOADER_PER_CASE, out
    pooled = dict(re.findall(r"(\w+(?: \w)?)=(\d\.\d+)", out.split("cases=")[1]))
    assert float(pooled["points"]) >= MIN_POINTS, out
    assert float(pooled["terms_prec"]) >= MIN_TERMS_PRECISION, out
    only_f1, pair_f1 = (float(x) for x in re.findall(r"F1=(\d\.\d+)", out.split("cases=")[1]))
    assert only_f1 >= MIN_ONLY_F1, out
    assert pair_f1 >= MIN_PAIR_F1, out

