"""Golden files for the seed in every format (``pytest --update-golden`` rewrites them)."""

from __future__ import annotations

import re

import pytest

from readout_diff.pipeline import compare_paths
from readout_diff.render import RenderOptions, get, lookup, names

from .conftest import ROOT


@pytest.mark.parametrize("format_name", names())
def test_seed_golden(format_name, golden, monkeypatch, seed_path):
    monkeypatch.chdir(ROOT)
    result = compare_paths([f"seeds/{seed_path.name}"])
    text = get(format_name)(result, RenderOptions(color=False, width=100))
    golden(f"seed.{lookup(format_name).suffix}", text)


def test_readme_report_excerpt_is_real_output():
    """Every line of the README's sample report is a line of the seed's golden terminal report."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    excerpt = re.search(r"<!-- report -->\n```\n\$ readout-diff seeds/\n(.*?)```", readme, re.S).group(1)
    golden = (ROOT / "tests" / "golden" / "seed.txt").read_text(encoding="utf-8").splitlines()
    for line in excerpt.splitlines():
        if line.strip() not in ("", "..."):
            assert line in golden, line


def test_readme_markdown_excerpt_is_real_output():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    excerpt = re.search(r"```markdown\n(.*?)```", readme, re.S).group(1)
    golden = (ROOT / "tests" / "golden" / "seed.md").read_text(encoding="utf-8").splitlines()
    for line in excerpt.splitlines():
        if line.strip() not in ("", "..."):
            assert line in golden, line
