"""Every default of the pipeline in one frozen object; the CLI overrides fields with ``dataclasses.replace``."""

from __future__ import annotations

from dataclasses import dataclass

#: Two sentences whose similarity reaches this score are matched (see ``--threshold`` in the README).
DEFAULT_THRESHOLD = 0.25


@dataclass(frozen=True, slots=True)
class Options:
    """How statements are compared."""

    #: Minimum similarity in [0, 1] for two sentences to be matched; below it a sentence is "only".
    threshold: float = DEFAULT_THRESHOLD
    #: How many one-side-only key terms to keep per statement, most salient first.
    max_terms: int = 10
    #: How the similarity signals combine (weights sum to 1): IDF-weighted Dice overlap of content stems,
    #: IDF-weighted containment of the shorter sentence in the longer, and rapidfuzz's ratio (an edit
    #: similarity) over the two sentences' sequences of content stems.
    dice_weight: float = 0.78
    containment_weight: float = 0.11
    fuzz_weight: float = 0.11
    #: rapidfuzz ratios at or below this floor count as 0 (the scale above it is stretched to [0, 1]).
    fuzz_floor: float = 0.0
