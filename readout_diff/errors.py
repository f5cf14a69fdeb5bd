"""Domain exceptions and the exit codes they map to, kept in one place."""

from __future__ import annotations

import enum
import importlib
from types import ModuleType


class ExitStatus(enum.IntEnum):
    """The process exit codes of ``readout-diff`` (see the README's "Exit codes")."""

    OK = 0
    #: ``--exit-code`` was given and some point appears in one readout only (like ``git diff --exit-code``).
    DIFFERENCES = 1
    #: A file could not be read or parsed (the other files were still compared), or the usage was wrong.
    INPUT_ERROR = 2
    #: Interrupted by Ctrl-C.
    INTERRUPTED = 130


class ReadoutDiffError(Exception):
    """Base of every error the tool reports to the user as a one-line message."""

    exit_status = ExitStatus.INPUT_ERROR


class InputError(ReadoutDiffError):
    """A path that cannot be read as a seed file (missing, unreadable, not text)."""


class LoadError(ReadoutDiffError):
    """A seed file in which fewer than two statements could be found."""


class ModelError(ReadoutDiffError):
    """A sentence model (``--model``) that cannot be used: its extra is not installed, or the folder or
    name does not hold a model. Stops the run before any file is compared."""


class OutputError(ReadoutDiffError):
    """The report cannot be written where ``-o`` says (no such folder, no permission, a folder there)."""


#: A library's error message is cut to this many characters in the one-line message that quotes it.
_REASON_CHARS = 120


def reason(exc: BaseException) -> str:
    """An exception's message as one short line (its first line, cut), or its type's name when empty."""
    lines = str(exc).strip().splitlines()
    return lines[0][:_REASON_CHARS] if lines else type(exc).__name__


def require_extra(module: str, extra: str, purpose: str, error: type[ReadoutDiffError]) -> ModuleType:
    """Import ``module``, which the optional ``extra`` installs, for ``purpose`` ("reading PDF files",
    "--format docx", "--model ..."). When it cannot be imported, ``error`` with one line ending with the
    install command: the extra is not installed, or it is but fails to load (one of its own dependencies
    missing or broken). The one way every optional capability says what to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        command = f"pip install 'readout-diff[{extra}]'"
        missing = exc.name if isinstance(exc, ModuleNotFoundError) else None
        if missing is not None and missing.partition(".")[0] == module.partition(".")[0]:
            raise error(f"{purpose} needs the '{extra}' extra: {command}") from exc
        broken = f"{module}, which is installed but fails to load ({reason(exc)})"
        raise error(f"{purpose} needs {broken}: {command}") from exc
