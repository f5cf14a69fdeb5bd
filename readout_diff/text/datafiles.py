"""Data files: the tables shipped in readout_diff/data, and a user's TOML file read with one-line errors."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import InputError

_TOML_POSITION = re.compile(
    r"^(?P<what>.*?)\s*\(at (?P<where>line \d+, column \d+|end of document)\)$", re.DOTALL
)


def builtin_text(name: str) -> str:
    """The text of ``readout_diff/data/{name}`` (a table shipped with the package)."""
    return resources.files("readout_diff").joinpath("data", name).read_text(encoding="utf-8")


def builtin_toml(name: str) -> dict[str, Any]:
    """``readout_diff/data/{name}``, parsed."""
    return tomllib.loads(builtin_text(name))


def read_toml_file(path: str, kind: str) -> tuple[dict[str, Any], str]:
    """The TOML document at ``path``, parsed, and its text; a file that cannot be read or parsed raises
    a one-line ``InputError`` naming ``path`` (and the line, for bad TOML) and ``kind`` ("lexicon file").
    Shared by the data files a user may give (topics, sentence roles)."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such {kind}") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a directory, not a {kind}") from exc
    except PermissionError as exc:
        raise InputError(f"{path}: permission denied") from exc
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text; save the {kind} as UTF-8") from exc
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        position = _TOML_POSITION.match(message)
        if position:
            where = position["where"].replace("end of document", "the end of the file")
            message = f"{where}: {position['what']}"
        raise InputError(f"{path}: not valid TOML, {message}") from exc


def phrase_list(value: Any, where: str, key: str) -> tuple[str, ...]:
    """``value`` as a tuple of non-empty strings, or an ``InputError`` saying what to write."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError(
            f'{where}: {key} must be a list of words or phrases, like {key} = ["word", "a phrase"]'
        )
    return tuple(value)
