"""Every default of the pipeline in one frozen object; the CLI overrides fields with ``dataclasses.replace``."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the tables are loaded only when a run needs them
    from .analyse.roles import RoleLexicon
    from .analyse.topics import Lexicon
    from .match.encoders import Encoder
    from .text.aliases import AliasTable

#: Two sentences whose similarity reaches this score are matched (see ``--threshold`` in the README),
#: chosen by leave-one-case-out on the dev corpus (``bench/tune.py --loo``): every fold chose it.
DEFAULT_THRESHOLD = 0.2
#: With a sentence model the threshold is on a pair's margin over its sentences' best alternatives
#: (``Scores.margins``), not on its score, and each kind of model has its own default (an encoder's
#: ``margin``; see ``encoders.Encoder``), chosen by leave-one-case-out on the dev corpus
#: (``bench/tune.py --loo --model``) in every fold: 0.04 for the Model2Vec reference model, 0.03 for the
#: ONNX one (a contextual model's cosines set paraphrases apart from same-topic pairs better than a static
#: model's, so a smaller margin is enough). A smaller margin hides a few more headline points inside
#: matched sentences (the ONNX model: points 0.968 at 0.03, 0.984 at 0.04; below 0.03 more).
STATIC_MODEL_THRESHOLD = 0.04
CONTEXTUAL_MODEL_THRESHOLD = 0.03
#: The default for an encoder that names no margin of its own (one a library caller plugs in).
DEFAULT_MODEL_THRESHOLD = STATIC_MODEL_THRESHOLD


class Assignment(enum.Enum):
    """How the aligner pairs sentences one-to-one (``Options.assignment``)."""

    #: The pairs with the best total score (exact, per group of competing pairs).
    GLOBAL = "global"
    #: The best-scoring pair first, then the best of what is left.
    GREEDY = "greedy"


@dataclass(frozen=True, slots=True)
class Options:
    """How statements are compared."""

    #: Minimum similarity in [0, 1] for two sentences to be matched; below it a sentence is "only". With
    #: a model, the minimum margin over the sentences' best alternatives (``Scores.margins``).
    #: None: the calibrated default for the signals in use (see ``match_threshold``).
    threshold: float | None = None
    #: How many one-side-only key terms to keep per statement, most salient first.
    max_terms: int = 10
    #: How the similarity signals combine (weights sum to 1): IDF-weighted Dice overlap of content stems,
    #: IDF-weighted containment of the shorter sentence in the longer, and rapidfuzz's ratio (an edit
    #: similarity) over the two sentences' sequences of content stems.
    dice_weight: float = 0.44
    containment_weight: float = 0.44
    fuzz_weight: float = 0.12
    #: Term weights are IDF ** this: above 1, words repeated across many sentences (a meeting's topic,
    #: "law enforcement") count for less against the rare words that say what one sentence is about.
    idf_exponent: float = 2.0
    #: How sentences are paired one-to-one before many-to-one attachments (see ``Assignment``). Its
    #: value ("global", "greedy") is accepted too.
    assignment: Assignment = Assignment.GLOBAL
    #: A sentence joins another's match (many-to-one) only when at least this share of its word weight
    #: is in the partner it joins.
    attach_containment: float = 0.4
    #: Names, acronyms and numbers weigh this many times an ordinary word of the same frequency.
    name_weight: float = 1.5
    #: Added to a pair's score x how close the two sentences sit in their statements (1 at the same
    #: relative place, 0 at opposite ends).
    position_weight: float = 0.05
    #: A pair's score is multiplied by 1 - this x the mean share of its two sentences' word weight that
    #: the other statement never uses anywhere: a sentence making a point the other side never makes
    #: is less likely to say the same as any of its sentences.
    novelty_penalty: float = 0.6
    #: A sentence model adding a semantic signal to the score (None: words only, the default). A name
    #: or folder (``--model``: a Model2Vec model or an ONNX sentence encoder, loaded once per process) or
    #: an ``encoders.Encoder``.
    model: str | Encoder | None = None
    #: With a model: the weight of its cosine beside the word score in a pair's similarity (see
    #: ``similarity._with_semantic``). Fixed, not calibrated: 0.5 and 1 were measured, and
    #: leave-one-case-out chose 0.5 in 23 of 24 folds over the two reference models (the cosine of two
    #: sentences on one meeting's topic is never low, so at 1 it lifts unrelated pairs as much as
    #: paraphrases); the threshold is then the one free parameter with a model, as without.
    semantic_weight: float = 0.5
    #: The topic lexicon of the topic grid and emphasis (None: the built-in one, ``--topics`` extends it).
    topics: Lexicon | None = None
    #: The sentence roles (None: the built-in ones, readout_diff/data/roles.toml).
    roles: RoleLexicon | None = None
    #: The alias table applied before alignment (None: the built-in one, ``--aliases`` extends it).
    aliases: AliasTable | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.assignment, Assignment):  # "greedy" names Assignment.GREEDY
            object.__setattr__(self, "assignment", Assignment(self.assignment))

    @property
    def match_threshold(self) -> float:
        """The threshold in force: ``threshold``, or the default for words alone or with a model."""
        if self.threshold is not None:
            return self.threshold
        if self.model is None:
            return DEFAULT_THRESHOLD
        # An encoder's own margin, when it names one that can be a threshold. A model still given by name
        # is not loaded here (options sit below the encoders): it reads DEFAULT_MODEL_THRESHOLD until
        # compare_document, which every comparison goes through, puts the loaded encoder in its place.
        margin = getattr(self.model, "margin", None)
        if isinstance(margin, int | float) and 0.0 <= margin <= 1.0:
            return float(margin)
        return DEFAULT_MODEL_THRESHOLD
