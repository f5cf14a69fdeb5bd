"""Golden files for the seed in every format (``pytest --update-golden`` rewrites them)."""

from __future__ import annotations

import re

import pytest

from readout_diff.pipeline import compare_paths
from readout_diff.render import RenderOptions, get, lookup, names
from readout_diff.report import build_report

from .conftest import ROOT
from .docx_reading import outline

#: A binary format's golden file is what a reader reads in it, as text a diff can show (``seed.docx.txt``).
READ_BACK = {"docx": outline}


@pytest.mark.parametrize("format_name", names())
def test_seed_golden(format_name, golden, monkeypatch, seed_path):
    monkeypatch.chdir(ROOT)
    result = compare_paths([f"seeds/{seed_path.name}"])
    text = get(format_name)(build_report(result), RenderOptions(color=False, width=100))
    suffix = lookup(format_name).suffix
    if lookup(format_name).binary:
        text, suffix = READ_BACK[format_name](text), f"{suffix}.txt"
    golden(f"seed.{suffix}", text)


def test_readme_excerpts_are_real_output():
    """Every line of each README excerpt marked ``<!-- golden: NAME -->`` is a line of that golden file."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    excerpts = re.findall(r"<!-- golden: (\S+) -->\n```\w*\n(.*?)```", readme, re.S)
    assert {name for name, _ in excerpts} >= {"seed.txt", "seed.md", "seed.html"}
    for name, excerpt in excerpts:
        golden = (ROOT / "tests" / "golden" / name).read_text(encoding="utf-8").splitlines()
        for line in excerpt.splitlines():
            if line.strip() not in ("", "...") and not line.startswith("$ "):
                assert line in golden, f"{name}: {line}"
