"""Pair sentences across two statements, in any order, one-to-one or many-to-one, with explanations."""

from __future__ import annotations

import math

from ..model import Alignment, Match, Nearest
from ..options import Assignment
from .similarity import Scores, SentenceBags, group_score, is_evidence


def _max_weight_matching(weights: list[list[float]]) -> list[tuple[int, int]]:
    """The one-to-one pairing of rows and columns with the largest total weight (Kuhn-Munkres).

    ``weights`` is a dense rows x columns matrix with rows <= columns; O(rows^2 x columns).
    """
    n, m = len(weights), len(weights[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)  # owner[j]: the row matched to column j (1-based)
    for row in range(1, n + 1):
        owner[0], free_col = row, 0
        slack, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[free_col] = True
            i, delta, next_col = owner[free_col], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    reduced = -weights[i - 1][j - 1] - u[i] - v[j]
                    if reduced < slack[j]:
                        slack[j], way[j] = reduced, free_col
                    if slack[j] < delta:
                        delta, next_col = slack[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            free_col = next_col
            if owner[free_col] == 0:
                break
        while free_col:
            previous = way[free_col]
            owner[free_col] = owner[previous]
            free_col = previous
    return [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]


# Components of the candidate graph larger than this are paired greedily (best pair first): the
# exact assignment costs O(n^3), and in long transcripts big components are rare and loosely tied.
_MAX_EXACT_COMPONENT = 120


# A sentence joins a group only when at least this share of the word weight it brings to the partner is
# new to the group: a sentence repeating the group's names ("the President", "the Chancellor") is not
# the other half of it. Set with the first many-to-one rule; the containment share checked before it
# (``Options.attach_containment``) was tuned later, this one was not.
_MIN_NEW_SHARE = 0.5
# Scores are reported rounded to this many decimals, as topic shares are: enough to tell pairs apart.
_SCORE_DIGITS = 4


def _components(edges: list[tuple[int, int]]) -> list[list[int]]:
    """The connected components of a bipartite edge list (left ``i``, right ``j``), as lists of edge
    positions, in order of first appearance."""
    if not edges:
        return []
    # Left sentence i is node i, right sentence j node offset + j; a root is its component's smallest
    # node (a union-find with path halving over a list: the long pairs' tens of thousands of edges).
    offset = max(i for i, _ in edges) + 1
    parent = list(range(offset + max(j for _, j in edges) + 1))

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, j in edges:
        a, b = find(i), find(offset + j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    components: dict[int, list[int]] = {}
    for k, (i, _) in enumerate(edges):
        components.setdefault(find(i), []).append(k)
    return list(components.values())


def _one_to_one(pairs: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """The one-to-one pairs among the candidates with the best total score.

    Greedy best-first pairing can take a pair whose sentences each had a better partner elsewhere;
    the assignment is solved exactly within each connected component of the candidate graph.
    """
    chosen = []
    for positions in _components([(i, j) for _, i, j in pairs]):
        component = [pairs[k] for k in positions]
        rows = sorted({i for _, i, _ in component})
        cols = sorted({j for _, _, j in component})
        if min(len(rows), len(cols)) > _MAX_EXACT_COMPONENT:
            chosen += _greedy(component)
            continue
        transpose = len(rows) > len(cols)
        if transpose:
            rows, cols = cols, rows
        weight = [[0.0] * len(cols) for _ in rows]
        row_at, col_at = {r: k for k, r in enumerate(rows)}, {c: k for k, c in enumerate(cols)}
        for score, i, j in component:
            r, c = (j, i) if transpose else (i, j)
            weight[row_at[r]][col_at[c]] = score
        for r, c in _max_weight_matching(weight):
            if weight[r][c] > 0:
                i, j = (cols[c], rows[r]) if transpose else (rows[r], cols[c])
                chosen.append((i, j))
    return sorted(chosen)


def _greedy(pairs: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    taken_left, taken_right, chosen = set(), set(), []
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if i not in taken_left and j not in taken_right:
            taken_left.add(i)
            taken_right.add(j)
            chosen.append((i, j))
    return chosen


def _edges(left: SentenceBags, right: SentenceBags, scores: Scores, threshold: float) -> list[tuple[int, int]]:
    """Accepted (left, right) edges: a one-to-one assignment, then many-to-one attachments.

    The first pass pairs sentences one-to-one (see ``_one_to_one``), the two statements' opening frames
    among the candidates whatever they score (see ``_opening_frames``). The second lets a free sentence join
    a partner it scores the threshold with, when that partner is matched alone on its side and the
    sentence says another part of it (see ``_attaches``): one side often splits in two what the other
    says in one.
    """
    pairs = scores.ranked(threshold)
    opening = _opening_frames(left, right)
    if opening is not None and not any((i, j) == opening for _, i, j in pairs):
        pairs = sorted([*pairs, (threshold, *opening)], key=lambda p: (-p[0], p[1], p[2]))
    left_of: dict[int, list[int]] = {}  # right index -> its left partners
    right_of: dict[int, list[int]] = {}  # left index -> its right partners
    first_pass = _one_to_one(pairs) if scores.options.assignment is Assignment.GLOBAL else _greedy(pairs)
    for i, j in first_pass:
        right_of[i], left_of[j] = [j], [i]
    for _, i, j in pairs:
        if i not in right_of and j in left_of and len(right_of[left_of[j][0]]) == 1:
            group = left_of[j]
            if _attaches(_bag(left, group), left.stems[i], right.stems[j], scores):
                right_of[i] = [j]
                group.append(i)
        elif j not in left_of and i in right_of and len(left_of[right_of[i][0]]) == 1:
            group = right_of[i]
            if _attaches(_bag(right, group), right.stems[j], left.stems[i], scores):
                left_of[j] = [i]
                group.append(j)
    return sorted((i, j) for i, js in right_of.items() for j in js)


#: Readouts open by saying who met or spoke with whom (the role "frame", see roles.toml), in their first
#: sentence or just after a line such as "A spokesperson said:" (the frame rules' own reach).
_OPENING_SENTENCES = 3
_FRAME = "role:frame"


def _opening_frames(left: SentenceBags, right: SentenceBags) -> tuple[int, int] | None:
    """The two statements' opening frames (each one's first frame sentence among its first
    ``_OPENING_SENTENCES``) when they name someone or something alike: two readouts of one meeting open by
    saying who met whom, so their openings say the same thing however differently they word it."""
    i, j = (_first_frame(side) for side in (left, right))
    if i is None or j is None:
        return None
    names = left.names | right.names
    return (i, j) if set(left.stems[i]) & set(right.stems[j]) & names else None


def _first_frame(side: SentenceBags) -> int | None:
    return next((k for k, bag in enumerate(side.stems[:_OPENING_SENTENCES]) if _FRAME in bag), None)


def _bag(side: SentenceBags, indices: list[int]) -> list[str]:
    return [stem for k in sorted(indices) for stem in side.stems[k]]


def _attaches(group: list[str], extra: tuple[str, ...], partner: tuple[str, ...], scores: Scores) -> bool:
    """Whether sentence ``extra`` (which scores at least the threshold with ``partner``) should join
    ``group`` in matching ``partner`` on the other side.

    Much of what it says must be in the partner, and what it brings must be mostly words the group had
    not already matched: a sentence that repeats the group's names ("the President", "the Chancellor") is
    not the other half of it. (It need not raise the merged group's score: words of its own that the
    partner does not use dilute that score, yet "The two leaders discussed the situation regarding the
    pandemic" is still the other half of "X spoke with Y to discuss the pandemic". Requiring the rise cost
    the dev corpus such pairs: LOO pair-F1 0.857 -> 0.877 without it.)
    """
    weight = scores.weight
    brought = set(extra) & set(partner)
    if math.fsum(map(weight, brought)) < scores.options.attach_containment * math.fsum(map(weight, set(extra))):
        return False
    new = brought - set(group)
    return math.fsum(map(weight, new)) >= _MIN_NEW_SHARE * math.fsum(map(weight, brought))


def _groups(edges: list[tuple[int, int]]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Connected components of the bipartite edge set, as (left indices, right indices)."""
    groups = [
        (tuple(sorted({edges[k][0] for k in c})), tuple(sorted({edges[k][1] for k in c})))
        for c in _components(edges)
    ]
    return sorted(groups)


def _shared_terms(left: list[str], right: list[str], scores: Scores, surface: dict[str, str]) -> tuple[str, ...]:
    shared = {key for key in set(left) & set(right) if not is_evidence(key)}
    ranked = sorted(shared, key=lambda s: (-scores.weight(s), surface.get(s, s)))
    return tuple(surface.get(s, s) for s in ranked)


def _nearest(scores: Scores, index: int, on_left: bool) -> Nearest | None:
    found = scores.nearest(index, on_left)
    if found is None:
        return None
    partner, score = found
    margin = scores.margin(index, partner) if on_left else scores.margin(partner, index)
    if margin is not None:
        margin = round(margin, _SCORE_DIGITS)
    return Nearest(partner, round(score, _SCORE_DIGITS), margin)


def align_statements(
    left: SentenceBags,
    right: SentenceBags,
    scores: Scores,
    surface: dict[str, str],
) -> Alignment:
    """Match the sentences of two statements whose similarity reaches the options' threshold.

    ``surface`` maps a stem to the word shown for it in explanations.
    """
    matches = []
    for left_ids, right_ids in _groups(_edges(left, right, scores, scores.options.match_threshold)):
        left_stems, right_stems = _bag(left, list(left_ids)), _bag(right, list(right_ids))
        if len(left_ids) == 1 and len(right_ids) == 1:
            score = scores.score(left_ids[0], right_ids[0])
        else:
            # A group's words, scored as one bag; with words alone never shown below the threshold it
            # was matched at (with a model the threshold is a margin, in other units than a score).
            floor = scores.options.match_threshold if scores.around is None else 0.0
            score = max(group_score(left_stems, right_stems, scores.weights, scores.options), floor)
        shared = _shared_terms(left_stems, right_stems, scores, surface)
        matches.append(Match(left_ids, right_ids, round(min(score, 1.0), _SCORE_DIGITS), shared))
    matched_left = {i for m in matches for i in m.left}
    matched_right = {j for m in matches for j in m.right}
    left_only = tuple(i for i in range(len(left.stems)) if i not in matched_left)
    right_only = tuple(j for j in range(len(right.stems)) if j not in matched_right)
    return Alignment(
        matches=tuple(sorted(matches, key=lambda m: (m.left[0], m.right[0]))),
        left_only=left_only,
        right_only=right_only,
        left_nearest=tuple(_nearest(scores, i, True) for i in left_only),
        right_nearest=tuple(_nearest(scores, j, False) for j in right_only),
    )
