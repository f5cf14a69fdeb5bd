"""Tune the alignment's threshold and weights on the dev corpus, and measure how much is tuning.

usage: python3 bench/tune.py [CORPUS] [--loo] [--ablate]

Scores every option set of a grid with ../shared/eval/score.py's own metrics, run in-process, and prints
the best ones and the defaults. --loo adds leave-one-case-out: for each case, pick the best option set on
the other cases (ties: the first in grid order) and score the held-out case with it; the pooled held-out
figures say how much of the dev score is tuning. --ablate switches each idea off in turn, defaults
otherwise, and prints what it costs.
"""

from __future__ import annotations

import contextlib
import importlib.util
import itertools
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from readout_diff import normalize
from readout_diff.aliases import AliasTable
from readout_diff.model import Result
from readout_diff.options import Options
from readout_diff.pipeline import compare_path
from readout_diff.render.json import result_to_dict

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

GRID = {
    "threshold": (0.2, 0.25, 0.3, 0.35, 0.4),
    "dice_containment": ((0.6, 0.2), (0.4, 0.4), (0.3, 0.5), (0.2, 0.6)),
    "fuzz_weight": (0.0, 0.1, 0.2),
    "idf_exponent": (1.0, 2.0),
    "novelty_penalty": (0.0, 0.6),
    "name_weight": (1.0, 1.5),
    "position_weight": (0.0, 0.05),
    "attach_containment": (0.4, 0.5),
}


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def grid() -> Iterator[Options]:
    keys = list(GRID)
    for values in itertools.product(*GRID.values()):
        point = dict(zip(keys, values))
        dice, contain = point.pop("dice_containment")
        total = dice + contain + point["fuzz_weight"]
        point["fuzz_weight"] /= total
        yield replace(Options(), dice_weight=dice / total, containment_weight=contain / total, **point)


def score_cases(scorer, cases, options):
    """Per-case raw counts from score.py for one option set."""

    def run_tool(cmd, seed):
        return result_to_dict(Result((compare_path(str(seed), options),), ())), None

    scorer.run_tool = run_tool
    return {case.name: scorer.score_case(case, "") for case in cases}


def pooled(scorer, results):
    only, pair, points, terms = [0, 0, 0], [0, 0, 0], [0, 0], [0, 0]
    for r in results:
        for k in range(3):
            only[k] += r["only"][k]
            pair[k] += r["pair"][k]
        for k in range(2):
            points[k] += r["points"][k]
            terms[k] += r["terms_prec"][k]
    return {
        "only_f1": scorer.f1(only)[2],
        "pair_f1": scorer.f1(pair)[2],
        "points": points[0] / points[1] if points[1] else 1.0,
        "terms_prec": terms[0] / terms[1] if terms[1] else 1.0,
    }


def objective(m):
    return m["only_f1"] + m["pair_f1"]


def describe(o: Options) -> str:
    return (
        f"threshold={o.threshold:.2f} dice={o.dice_weight:.2f} contain={o.containment_weight:.2f} "
        f"fuzz={o.fuzz_weight:.2f} idf^{o.idf_exponent:g} novelty={o.novelty_penalty:g} "
        f"names={o.name_weight:g} position={o.position_weight:g} attach={o.attach_containment:g}"
    )


def fmt(m):
    return " ".join(f"{k}={v:.3f}" for k, v in m.items())


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
    """Tokens are cached by text: a patched normaliser must not read the old ones."""
    from readout_diff import terms

    normalize.stem.cache_clear()
    normalize.tokenize.cache_clear()
    terms._analyse.cache_clear()


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


def ablations():
    """(label, option set, context manager) for each idea switched off."""
    base = Options()
    nothing = contextlib.nullcontext
    yield "defaults", base, nothing()
    yield "no squared IDF (IDF^1)", replace(base, idf_exponent=1.0), nothing()
    yield "no containment signal", reweighted(base, containment_weight=0.0), nothing()
    yield "no rapidfuzz signal", reweighted(base, fuzz_weight=0.0), nothing()
    yield "no IDF-weighted Dice signal", reweighted(base, dice_weight=0.0), nothing()
    yield "no name weight", replace(base, name_weight=1.0), nothing()
    yield "no position prior", replace(base, position_weight=0.0), nothing()
    yield "no novelty penalty", replace(base, novelty_penalty=0.0), nothing()
    yield "greedy instead of global assignment", replace(base, assignment="greedy"), nothing()
    yield "no many-to-one attachments", replace(base, attach_containment=2.0), nothing()
    yield "no paraphrase table", base, patched(normalize, "_CANONICAL", {})
    yield "no alias table", base, patched(normalize, "_active", AliasTable())
    yield "no stemming", base, patched(normalize._stemmer, "stemWord", lambda w: w)


def main(argv: list[str]) -> None:
    corpus = Path(next((a for a in argv if not a.startswith("-")), SHARED / "corpus"))
    scorer = load_scorer()
    cases = sorted(p for p in corpus.iterdir() if (p / "gold.json").exists())
    if "--ablate" in argv:
        for label, options, context in ablations():
            with context:
                print(f"{label:40s} {fmt(pooled(scorer, score_cases(scorer, cases, options).values()))}")
        return
    table = [(o, score_cases(scorer, cases, o)) for o in grid()]
    ranked = sorted(table, key=lambda t: -objective(pooled(scorer, t[1].values())))
    print(f"best of {len(table)} option sets on all cases:")
    for o, res in ranked[:5]:
        print(f"  {describe(o)}  {fmt(pooled(scorer, res.values()))}")
    default = score_cases(scorer, cases, Options())
    print(f"defaults: {describe(Options())}  {fmt(pooled(scorer, default.values()))}")
    if "--loo" in argv:
        held_out = []
        for case in cases:
            best = max(
                table,
                key=lambda t: objective(pooled(scorer, [r for n, r in t[1].items() if n != case.name])),
            )
            held_out.append(best[1][case.name])
            print(f"  held out {case.name}: {fmt(pooled(scorer, [best[1][case.name]]))}")
        print(f"leave-one-case-out (pooled held-out): {fmt(pooled(scorer, held_out))}")


if __name__ == "__main__":
    main(sys.argv[1:])
