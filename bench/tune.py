"""Tune the alignment's threshold and weights on the dev corpus, and measure how much is tuning.

usage: python3 bench/tune.py [CORPUS] [--loo]

Scores every option set of a small grid with ../shared/eval/score.py's own metrics, run in-process.
With --loo it also does leave-one-case-out: for each case, pick the best option set on the other cases
and score the held-out case with it; the pooled held-out figures say how well the tuning carries over.
"""

from __future__ import annotations

import importlib.util
import itertools
import sys
from dataclasses import replace
from pathlib import Path

from readout_diff.model import Result
from readout_diff.options import Options
from readout_diff.pipeline import compare_path
from readout_diff.render.json import result_to_dict

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def grid():
    for threshold, (dice, contain), fuzz_w, floor, idf_exponent, novelty, names, position, attach in itertools.product(
        (0.2, 0.25, 0.3, 0.35, 0.4),
        ((0.6, 0.2), (0.4, 0.4), (0.3, 0.5), (0.2, 0.6)),
        (0.0, 0.1, 0.2),
        (0.0,),
        (1.0, 2.0),
        (0.0, 0.6),
        (1.0, 1.5),
        (0.0, 0.05),
        (0.4,),
    ):
        if fuzz_w > 1 - dice - contain + 1e-9 and fuzz_w:
            continue
        total = dice + contain + fuzz_w
        yield replace(
            Options(),
            threshold=threshold,
            dice_weight=dice / total,
            containment_weight=contain / total,
            fuzz_weight=fuzz_w / total,
            fuzz_floor=floor,
            idf_exponent=idf_exponent,
            novelty_penalty=novelty,
            name_weight=names,
            position_weight=position,
            attach_containment=attach,
        )


def score_cases(scorer, cases, options):
    """Per-case raw counts from score.py for one option set."""

    def run_tool(cmd, seed):
        return result_to_dict(Result((compare_path(str(seed), options),), ())), None

    scorer.run_tool = run_tool
    return {case.name: scorer.score_case(case, "") for case in cases}


def pooled(scorer, results):
    only, pair = [0, 0, 0], [0, 0, 0]
    points, terms = [0, 0], [0, 0]
    for r in results:
        for k in range(3):
            only[k] += r["only"][k]
            pair[k] += r["pair"][k]
        points = [points[0] + r["points"][0], points[1] + r["points"][1]]
        terms = [terms[0] + r["terms_prec"][0], terms[1] + r["terms_prec"][1]]
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
        f"fuzz={o.fuzz_weight:.2f} floor={o.fuzz_floor:.2f} idf^{o.idf_exponent:g} novelty={o.novelty_penalty:g} names={o.name_weight:g} position={o.position_weight:g} attach={o.attach_containment:g}"
    )


def fmt(m):
    return " ".join(f"{k}={v:.3f}" for k, v in m.items())


def main(argv: list[str]) -> None:
    corpus = Path(next((a for a in argv if not a.startswith("-")), SHARED / "corpus"))
    scorer = load_scorer()
    cases = sorted(p for p in corpus.iterdir() if (p / "gold.json").exists())
    table = [(o, score_cases(scorer, cases, o)) for o in grid()]
    ranked = sorted(table, key=lambda t: -objective(pooled(scorer, t[1].values())))
    print("best option sets on all cases:")
    for o, res in ranked[:8]:
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
            print(f"  held out {case.name}: tuned {describe(best[0])}")
        print(f"leave-one-case-out (pooled held-out): {fmt(pooled(scorer, held_out))}")


if __name__ == "__main__":
    main(sys.argv[1:])
