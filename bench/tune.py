"""Calibrate the alignment's free parameters on the dev corpus, and measure how much of its score is tuning.

usage: python3 bench/tune.py [CORPUS] [--model NAME_OR_PATH] [--loo] [--ablate] [--grid KEY=V1,V2 ...]

Scores option sets with ../shared/eval/score.py's own metrics, run in-process (each seed is loaded
once; sentence vectors are computed once per sentence), and prints the best sets on all cases and the
defaults. The grid holds only the parameter the method leaves free: the threshold (with a model, the
margin; each kind of model's default is its choice with the reference model of that kind).
``--grid KEY=V1,V2`` replaces or adds an axis (any ``Options`` field) to measure another choice
(``--grid semantic_weight=0.5,1`` the cosine's weight, fixed at 0.5). ``--loo`` adds leave-one-case-out: for each case, pick the best set on the other cases
(ties: the first in grid order) and score the held-out case with it; the pooled held-out figures are
what predicts readouts the tool has never seen, and the README's headline row. ``--ablate`` switches
each idea off in turn, defaults otherwise, and prints what it costs.

Deterministic: the same corpus and grid give the same figures and the same choices.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import itertools
import sys
from collections.abc import Iterator, Sequence
from dataclasses import fields, replace
from pathlib import Path

import numpy as np

from readout_diff import annotate
from readout_diff.analyse.roles import RoleLexicon
from readout_diff.compare import compare_document
from readout_diff.context import RunContext
from readout_diff.load.reading import read_source
from readout_diff.load.statements import find_statements
from readout_diff.match.encoders import encoder_for
from readout_diff.model import Result
from readout_diff.options import Assignment, Options
from readout_diff.render.json import report_to_dict
from readout_diff.report import build_report
from readout_diff.text import normalize
from readout_diff.text.aliases import AliasTable

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

#: The free parameters, per mode. Everything else is fixed by the method (see options.py).
GRID_WORDS: dict[str, Sequence] = {"threshold": (0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.25, 0.3)}
GRID_MODEL: dict[str, Sequence] = {
    "threshold": (0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1),
}


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class MemoEncoder:
    """An encoder that computes each distinct sentence's vector once across the whole grid."""

    def __init__(self, encoder) -> None:
        self.encoder, self.name, self.memo = encoder, encoder.name, {}
        if hasattr(encoder, "margin"):  # its calibrated default threshold (see encoders.Encoder)
            self.margin = encoder.margin

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.memo]
        if missing:
            self.memo.update(zip(missing, self.encoder.encode(missing), strict=True))
        return np.array([self.memo[t] for t in texts])


class Corpus:
    """The dev cases, each seed loaded once, scored in-process with score.py's own functions."""

    def __init__(self, folder: Path) -> None:
        self.scorer = load_scorer()
        self.cases = sorted(p for p in folder.iterdir() if (p / "gold.json").exists())
        self.documents = {}
        for case in self.cases:
            path = str(case / "seed.txt")
            source = read_source(path)
            self.documents[path] = find_statements(source.text, path)

    def score(self, options: Options) -> dict[str, dict]:
        """Per-case raw counts from score.py for one option set."""

        context = RunContext.of(options)

        def run_tool(_cmd, seed):
            document = compare_document(self.documents[str(seed)], options, context)
            return report_to_dict(build_report(Result((document,), ()))), None

        self.scorer.run_tool = run_tool
        return {case.name: self.scorer.score_case(case, "") for case in self.cases}

    def pooled(self, results) -> dict[str, float]:
        only, pair, points, terms = [0, 0, 0], [0, 0, 0], [0, 0], [0, 0]
        for r in results:
            for k in range(3):
                only[k] += r["only"][k]
                pair[k] += r["pair"][k]
            for k in range(2):
                points[k] += r["points"][k]
                terms[k] += r["terms_prec"][k]
        only_p, _, only_f1 = self.scorer.f1(only)
        return {
            "only_p": only_p,
            "only_f1": only_f1,
            "pair_f1": self.scorer.f1(pair)[2],
            "points": points[0] / points[1] if points[1] else 1.0,
            "terms_prec": terms[0] / terms[1] if terms[1] else 1.0,
        }


def objective(m: dict[str, float]) -> float:
    """What calibration maximises: the two F1 figures users read, equally."""
    return m["only_f1"] + m["pair_f1"]


def grid(axes: dict[str, Sequence], base: Options) -> Iterator[Options]:
    keys = list(axes)
    for values in itertools.product(*axes.values()):
        yield replace(base, **dict(zip(keys, values, strict=True)))


def describe(o: Options, axes: dict[str, Sequence]) -> str:
    value = {k: o.match_threshold if k == "threshold" else getattr(o, k) for k in axes}
    return " ".join(f"{k}={_shown(v)}" for k, v in value.items())


def _shown(value: object) -> str:
    """A grid value as written on the command line: 0.2, 3, greedy."""
    if isinstance(value, int | float):
        return f"{value:g}"
    return str(getattr(value, "value", value))


def fmt(m: dict[str, float]) -> str:
    return " ".join(f"{k}={v:.3f}" for k, v in m.items())


def leave_one_out(corpus: Corpus, table: list[tuple[Options, dict]]) -> tuple[list[dict], list[Options]]:
    """For each case, the option set best on the other cases (first in grid order on ties), and its
    result on the held-out case."""
    held_out, chosen = [], []
    for case in corpus.cases:
        best = max(
            range(len(table)),
            key=lambda g: (objective(corpus.pooled(r for n, r in table[g][1].items() if n != case.name)), -g),
        )
        held_out.append(table[best][1][case.name])
        chosen.append(table[best][0])
    return held_out, chosen


@contextlib.contextmanager
def patched(obj, name, value):
    old = getattr(obj, name)
    setattr(obj, name, value)
    clear_caches()
    try:
        yield
    finally:
        setattr(obj, name, old)
        clear_caches()


def clear_caches() -> None:
    """Every cache of the package (stems, tokens, compiled lexicons, per-document work): they are keyed
    by text, so a patched normaliser must not read what the real one cached."""
    for name, module in list(sys.modules.items()):
        if name == "readout_diff" or name.startswith("readout_diff."):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


class _NoStemmer:
    """Stands in for the Snowball stemmer (whose C method cannot be patched): every word is its own stem."""

    @staticmethod
    def stemWord(word: str) -> str:  # noqa: N802 (the stemmer's own name)
        return word


def reweighted(options: Options, **zeroed: float) -> Options:
    """``options`` with some signal weights set to 0 and the others scaled back to a sum of 1."""
    options = replace(options, **zeroed)
    total = options.dice_weight + options.containment_weight + options.fuzz_weight
    return replace(
        options,
        dice_weight=options.dice_weight / total,
        containment_weight=options.containment_weight / total,
        fuzz_weight=options.fuzz_weight / total,
    )


def ablations(base: Options):
    """(label, option set, context manager) for each idea switched off."""
    nothing = contextlib.nullcontext
    yield "defaults", base, nothing()
    if base.model is not None:
        yield "no sentence model", replace(base, model=None), nothing()
    yield "no squared IDF (IDF^1)", replace(base, idf_exponent=1.0), nothing()
    yield "no containment signal", reweighted(base, containment_weight=0.0), nothing()
    yield "no rapidfuzz signal", reweighted(base, fuzz_weight=0.0), nothing()
    yield "no IDF-weighted Dice signal", reweighted(base, dice_weight=0.0), nothing()
    yield "no name weight", replace(base, name_weight=1.0), nothing()
    yield "no position prior", replace(base, position_weight=0.0), nothing()
    yield "no novelty penalty", replace(base, novelty_penalty=0.0), nothing()
    yield "greedy instead of global assignment", replace(base, assignment=Assignment.GREEDY), nothing()
    yield "no many-to-one attachments", replace(base, attach_containment=2.0), nothing()
    yield "no paraphrase table", base, patched(normalize, "_CANONICAL", {})
    yield "no alias table", replace(base, aliases=AliasTable()), nothing()
    yield "no sentence roles", replace(base, roles=RoleLexicon(())), nothing()
    yield "no canonical mentions", base, patched(annotate, "_canonical_text", lambda text, found: text)
    yield "no stemming", base, patched(normalize, "_stemmer", _NoStemmer())


def parse_axis(text: str) -> tuple[str, tuple]:
    key, _, values = text.partition("=")
    kinds = {f.name: f.type for f in fields(Options)}
    if key not in kinds:
        raise SystemExit(f"--grid: {key!r} is not an Options field")
    cast = int if "int" in str(kinds[key]) and "float" not in str(kinds[key]) else float
    if "str" in str(kinds[key]) and "float" not in str(kinds[key]):
        cast = str
    if str(kinds[key]) == "Assignment":
        cast = Assignment
    return key, tuple(cast(v) for v in values.split(","))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(SHARED / "corpus"))
    parser.add_argument("--model", help="calibrate the semantic mode with this sentence model")
    parser.add_argument("--loo", action="store_true", help="add leave-one-case-out figures")
    parser.add_argument("--ablate", action="store_true", help="switch each idea off in turn")
    parser.add_argument("--grid", nargs="*", default=[], metavar="KEY=V1,V2", help="replace or add a grid axis")
    parser.add_argument("--top", type=int, default=5, help="how many of the best sets to print")
    args = parser.parse_args(argv)

    corpus = Corpus(Path(args.corpus))
    base = Options()
    if args.model:
        base = replace(base, model=MemoEncoder(encoder_for(args.model)))
    if args.ablate:
        for label, options, context in ablations(base):
            with context:
                print(f"{label:40s} {fmt(corpus.pooled(corpus.score(options).values()))}")
        return
    axes = dict(GRID_MODEL if args.model else GRID_WORDS)
    axes.update(parse_axis(a) for a in args.grid)
    table = [(o, corpus.score(o)) for o in grid(axes, base)]
    ranked = sorted(range(len(table)), key=lambda g: (-objective(corpus.pooled(table[g][1].values())), g))
    print(f"best of {len(table)} option sets on all {len(corpus.cases)} cases (in-sample):")
    for g in ranked[: args.top]:
        print(f"  {describe(table[g][0], axes)}  {fmt(corpus.pooled(table[g][1].values()))}")
    defaults = corpus.score(base)
    print(f"defaults: {describe(base, axes)}  {fmt(corpus.pooled(defaults.values()))}")
    if args.loo:
        held_out, chosen = leave_one_out(corpus, table)
        for case, options, result in zip(corpus.cases, chosen, held_out, strict=True):
            print(f"  held out {case.name:48s} chose {describe(options, axes)}  {fmt(corpus.pooled([result]))}")
        print(f"leave-one-case-out (pooled held-out): {fmt(corpus.pooled(held_out))}")


if __name__ == "__main__":
    main()
