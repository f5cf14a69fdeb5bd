"""Domain exceptions and the exit codes they map to, kept in one place."""

from __future__ import annotations

import enum


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
