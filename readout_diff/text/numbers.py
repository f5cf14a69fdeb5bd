"""The words numbers are written with, from ``data/amounts.toml``: one table for every stage that reads
numbers (canonical amounts in ``analyse/mentions.py``, counts and ranks in ``analyse/conflicts/``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from .datafiles import builtin_toml

#: A plain number in this range (no comma, no decimals) is a year ("in 2024"), not an amount or a count.
YEARS = (1800, 2100)


class NumberWords(NamedTuple):
    """Spelled-out numbers ("one" to "ninety"), the scale words written after a number ("hundred" to
    "trillion"), the scale abbreviations written right after its digits ("bn", "m"), and the
    currencies (each a ``[[currency]]`` entry: its code, the forms written before and after)."""

    numbers: dict[str, int]
    scales: dict[str, int]
    abbreviations: dict[str, int]
    currencies: tuple[dict[str, Any], ...]


@lru_cache(maxsize=1)
def number_words() -> NumberWords:
    """``data/amounts.toml``, read once."""
    data = builtin_toml("amounts.toml")
    return NumberWords(
        {w: int(v) for w, v in data["numbers"].items()},
        {w: int(v) for w, v in data["scales"].items()},
        {w: int(v) for w, v in data["abbreviations"].items()},
        tuple(data["currency"]),
    )
