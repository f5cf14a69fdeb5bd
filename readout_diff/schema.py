"""The JSON Schema of the "readout-diff/1" contract, shipped inside the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from typing import Any


def schema_text() -> str:
    """The schema file as shipped (``readout-diff --schema`` prints it)."""
    return files("readout_diff").joinpath("schema.json").read_text(encoding="utf-8")


@lru_cache(maxsize=1)  # one file, read once
def schema() -> dict[str, Any]:
    """The schema as a dict (``$defs/jsonlLine`` describes one line of ``--format jsonl``)."""
    return json.loads(schema_text())
