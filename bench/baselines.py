"""Naive aligners to measure readout-diff against, on the same statements and sentences.

usage: python3 bench/baselines.py {token-set,everything-only} SEED

Prints the readout-diff/1 JSON for SEED (one document, the first two statements), so that the dev corpus
scorer runs a baseline as it runs the tool:

    python3 ../shared/eval/score.py ../shared/corpus --cmd "python3 bench/baselines.py token-set"

Statements and sentences are readout-diff's own (its loader and splitter), so only the alignment differs:

- token-set: rapidfuzz's token_set_ratio over every sentence pair, then greedy one-to-one pairing, best
  pair first, down to 0.6 (the naive baseline the issues measure against);
- everything-only: no match at all (the floor of only-F1).
"""

from __future__ import annotations

import json
import sys

from rapidfuzz import fuzz, process

from readout_diff.model import Alignment, Comparison, DocumentResult, Match, Result
from readout_diff.pipeline import compare_path
from readout_diff.render.json import result_to_dict

#: token-set pairs at or above this similarity (rapidfuzz's 0-100 scale / 100).
TOKEN_SET_THRESHOLD = 0.6


def token_set_pairs(left: list[str], right: list[str]) -> list[tuple[int, int, float]]:
    scores = process.cdist(left, right, scorer=fuzz.token_set_ratio, processor=str.lower) / 100.0
    ranked = sorted(
        ((float(scores[i, j]), i, j) for i in range(len(left)) for j in range(len(right))),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    taken_left, taken_right, out = set(), set(), []
    for score, i, j in ranked:
        if score < TOKEN_SET_THRESHOLD:
            break
        if i not in taken_left and j not in taken_right:
            taken_left.add(i)
            taken_right.add(j)
            out.append((i, j, score))
    return sorted(out)


def main(argv: list[str]) -> None:
    method, seed = argv
    result = compare_path(seed)
    left, right = result.document.statements[:2]
    pairs = []
    if method == "token-set":
        pairs = token_set_pairs([s.text for s in left.sentences], [s.text for s in right.sentences])
    elif method != "everything-only":
        raise SystemExit(f"unknown baseline {method!r}")
    matched_left, matched_right = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
    comparison = Comparison(
        left=0,
        right=1,
        alignment=Alignment(
            matches=tuple(Match((i,), (j,), round(score, 4), ()) for i, j, score in pairs),
            left_only=tuple(i for i in range(len(left.sentences)) if i not in matched_left),
            right_only=tuple(j for j in range(len(right.sentences)) if j not in matched_right),
        ),
    )
    document = DocumentResult(result.document, (comparison,))
    json.dump(result_to_dict(Result((document,), ())), sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
