"""Every default of the pipeline in one frozen object; the CLI overrides fields with ``dataclasses.replace``."""

from __future__ import annotations

from dataclasses import dataclass

#: Two sentences whose similarity reaches this score are matched (see ``--threshold`` in the README).
DEFAULT_THRESHOLD = 0.35


@dataclass(frozen=True, slots=True)
class Options:
    """How statements are compared."""

    #: Minimum similarity in [0, 1] for two sentences to be matched; below it a sentence is "only".
    threshold: float = DEFAULT_THRESHOLD
    #: How many one-side-only key terms to keep per statement, most salient first.
    max_terms: int = 10
