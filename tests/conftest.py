"""Shared fixtures: paths to the repo's seeds, the test data, the golden files and the dev corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden files from the current output (review the diff before committing)",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest):
    """Compare text with a golden file; ``pytest --update-golden`` rewrites it instead."""

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if request.config.getoption("--update-golden"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        assert path.exists(), f"no golden file {path}; run pytest --update-golden and review it"
        assert actual == path.read_text(encoding="utf-8"), f"output differs from {path.name}"

    return check


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return sorted(SEEDS.glob("*.txt"))[0]


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the dev corpus is not here ({CORPUS})")
    return CORPUS
