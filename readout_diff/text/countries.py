"""The countries readouts name (data/countries.toml): each one's name, other names and adjectives, read once."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .aliases import builtin_aliases
from .datafiles import builtin_toml
from .folding import fold


class Country(NamedTuple):
    """One entry of data/countries.toml (see its header): the alias table's form of its name where it has
    one, the other names written for it, and the adjectives written before a title or "side"."""

    name: str
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country of the built-in table, in file order (normalising and the mentions stage both read it)."""
    return tuple(
        Country(
            entry["name"],
            tuple(entry.get("names", ())),
            tuple(entry.get("adjectives", ())),
            tuple(entry.get("regions", ())),
        )
        for entry in builtin_toml("countries.toml")["country"]
    )


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every country's name and other names, folded ("kenya", "united states"), with the names the
    built-in alias table reads as a country's ("Republic of Türkiye", "Türkiye" for Turkey): what the
    loader checks a place or an issuer line against, folded too ("Brussels, Belgium", "State House
    Kenya", "REPUBLIC OF TÜRKİYE")."""
    names = {name for country in countries() for name in (country.name, *country.names)}
    names.update(
        variant
        for alias in builtin_aliases().entries
        if alias.canonical in names and not alias.regex
        for variant in alias.variants
    )
    return frozenset(fold(name) for name in names)


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Every listed province or state, folded ("ontario", "new south wales"): what a city is written with
    under a readout's title and date ("Ottawa, Ontario")."""
    return frozenset(fold(region) for country in countries() for region in country.regions)
