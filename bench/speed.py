"""readout-diff's speed at every size, against two reference implementations, in one table.

usage: python3 bench/speed.py [--quick] [--batch N] [--full-naive]

Generates its own data (seeded, deterministic; no corpus text): statements written from a made-up
Zipf-distributed vocabulary mixed with the readout register's function words, where the second
statement paraphrases about 60% of the first's sentences (words dropped, swapped and reordered, in
roughly the same order) and adds sentences of its own. Cases:

  1. start-up: `readout-diff --help` and `readout-diff --format json` on the seed (wall time, peak RSS);
  2. one typical pair (10 to 40 sentences per statement);
  3. long pairs of 250, 500, 1,000, 2,000 and 4,000 sentences per statement, with the growth exponent
     between sizes and the time of each stage;
  4. a batch of 10,000 seed files (4 to 12 sentences per statement, like real seeds), JSON Lines out,
     with --jobs 1 and --jobs 2.

Every case also runs two references on the same sentences (found by readout-diff's own loader and
splitter, not timed): a naive one (difflib SequenceMatcher.ratio() over every sentence pair, then greedy
one-to-one matching) and the raw floor (rapidfuzz process.cdist over the sentences normalised as
readout-diff normalises them, the normalising included, no other work). readout-diff's time is given as
a ratio to each. Above 250 sentences the naive reference scores a sample of the rows and is extrapolated
(it is quadratic with a slow inner loop: 2,000 sentences would take about 20 minutes); --full-naive
runs it in full. --quick runs a 1,000-file batch and long pairs up to 2,000 sentences.
"""

from __future__ import annotations

import argparse
import compileall
import difflib
import math
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from readout_diff.load.statements import find_statements  # noqa: E402
from readout_diff.text.aliases import builtin_aliases  # noqa: E402
from readout_diff.text.normalize import content_stems  # noqa: E402

FUNCTION = (
    "the of and to in a for with on that by as both sides two countries their its this at from will "
    "also further ministers minister discussed agreed welcomed stressed noted reaffirmed cooperation "
    "bilateral relations importance continue work together including between"
).split()
SUBJECTS = ["The ministers", "Both sides", "The two leaders", "The delegations", "The Minister", "The Secretary"]


class Writer:
    """Made-up readout prose: a seeded Zipf vocabulary of pseudo-words and the register's words."""

    def __init__(self, seed: int, vocabulary: int = 6000) -> None:
        self.rng = random.Random(seed)
        letters = "abcdefghiklmnoprstuvwyz"
        words = {"".join(self.rng.choice(letters) for _ in range(self.rng.randint(4, 11))) for _ in range(vocabulary)}
        self.words = sorted(words)
        self.rng.shuffle(self.words)
        self.cumulative = list(_accumulate(1.0 / (rank + 1) for rank in range(len(self.words))))

    def word(self) -> str:
        return self.rng.choices(self.words, cum_weights=self.cumulative)[0]

    def sentence(self) -> str:
        words = [self.word() if self.rng.random() < 0.55 else self.rng.choice(FUNCTION) for _ in range(self.rng.randint(10, 28))]
        if self.rng.random() < 0.3:
            words[self.rng.randrange(len(words))] = self.word().capitalize()  # a name
        if self.rng.random() < 0.2:
            words.append(f"in {self.rng.randint(2000, 2030)}")
        return f"{self.rng.choice(SUBJECTS)} {' '.join(words)}."

    def paraphrase(self, sentence: str) -> str:
        words = sentence.rstrip(".").split()[2:]
        out = []
        for word in words:
            roll = self.rng.random()
            if roll < 0.15:
                continue  # dropped
            out.append(self.word() if roll < 0.27 else word)
        if len(out) > 4 and self.rng.random() < 0.5:
            cut = self.rng.randrange(1, len(out) - 1)
            out = out[cut:] + out[:cut]  # clauses swapped
        return f"{self.rng.choice(SUBJECTS)} {' '.join(out)}."

    def pair(self, sentences: int) -> tuple[list[str], list[str]]:
        left, right, _ = self.planted_pair(sentences)
        return left, right

    def planted_pair(self, sentences: int) -> tuple[list[str], list[str], dict[int, int]]:
        """``pair``'s two statements and its planted paraphrases: right index -> left index of the
        sentence it paraphrases (the other right sentences are fresh)."""
        left = [self.sentence() for _ in range(sentences)]
        right: list[tuple[float, str, int]] = []
        for k, text in enumerate(left):
            if self.rng.random() < 0.6:
                right.append((k + self.rng.uniform(-3, 3), self.paraphrase(text), k))
        while len(right) < sentences:
            right.append((self.rng.uniform(0, sentences), self.sentence(), -1))
        right.sort(key=lambda item: item[:2])
        planted = {j: k for j, (_, _, k) in enumerate(right) if k >= 0}
        return left, [text for _, text, _ in right], planted

    def seed(self, sentences: int) -> str:
        parts = []
        for k, body in enumerate(self.pair(sentences)):
            paragraphs = "\n\n".join(" ".join(body[i : i + 4]) for i in range(0, len(body), 4))
            parts.append(
                f"Ministry of Foreign Affairs of Country {k}\n{('Lakeport', 'Rivertown')[k]}\n1 May 2024\n"
                f"Foreign Ministers Hold Talks\n\n{paragraphs}\n"
            )
        return "Talks between the two foreign ministers\n\n" + "\n".join(parts)


def _accumulate(values):
    total = 0.0
    for v in values:
        total += v
        yield total


# --- the two references ---------------------------------------------------------------------------


def naive(left: list[str], right: list[str], rows: list[int] | None = None) -> int:
    """difflib ratio over every pair (or the pairs of ``rows``), then greedy one-to-one matching."""
    pairs = sorted(
        (
            (difflib.SequenceMatcher(None, left[i], b).ratio(), i, j)
            for i in (range(len(left)) if rows is None else rows)
            for j, b in enumerate(right)
        ),
        reverse=True,
    )
    taken_left, taken_right = set(), set()
    for score, i, j in pairs:
        if score >= 0.5 and i not in taken_left and j not in taken_right:
            taken_left.add(i)
            taken_right.add(j)
    return len(taken_left)


def floor(left: list[str], right: list[str]) -> float:
    """rapidfuzz cdist over the sentences normalised as readout-diff does; returns cdist's share."""
    table = builtin_aliases()
    left_norm = [" ".join(content_stems(t, table)) for t in left]
    right_norm = [" ".join(content_stems(t, table)) for t in right]
    start = time.perf_counter()
    process.cdist(left_norm, right_norm, scorer=fuzz.ratio)
    return time.perf_counter() - start


def sentences_of(path: Path) -> tuple[list[str], list[str]]:
    document = find_statements(path.read_text(encoding="utf-8"), str(path))
    left, right = ([s.text for s in st.sentences] for st in document.statements[:2])
    return left, right


def clear_caches() -> None:
    """A reference starts as cold as readout-diff's child process does: every package cache emptied
    (the same function bench/tune.py uses between settings)."""
    from tune import clear_caches as clear_every_cache

    clear_every_cache()


def timed(function, *args) -> tuple[float, object]:
    start = time.perf_counter()
    value = function(*args)
    return time.perf_counter() - start, value


def naive_time(left: list[str], right: list[str], full: bool) -> tuple[float, str]:
    """The naive reference's time; above 500 sentences, from a sample of rows unless ``full``."""
    if full or len(left) <= 250:
        return timed(naive, left, right)[0], ""
    rows = list(range(0, len(left), max(1, len(left) // 50)))
    seconds = timed(naive, left, right, rows)[0] * len(left) / len(rows)
    return seconds, f" (est. from {len(rows)} rows)"


def floor_time(left: list[str], right: list[str]) -> tuple[float, float]:
    clear_caches()
    total, cdist_only = timed(floor, left, right)
    return total, float(cdist_only)


# --- readout-diff in a child process ---------------------------------------------------------------

_CHILD = """
import resource, sys, time
from readout_diff.pipeline import compare_path
from readout_diff import compare
stages = {}
def wrap(owner, attribute, name):
    function = getattr(owner, attribute)
    def timed(*args, **kwargs):
        start = time.perf_counter()
        value = function(*args, **kwargs)
        stages[name] = stages.get(name, 0.0) + time.perf_counter() - start
        return value
    setattr(owner, attribute, staticmethod(timed) if isinstance(owner, type) else timed)
for name in sys.argv[2].split(","):
    owner, _, attribute = name.rpartition(".")
    owner = getattr(compare, owner) if owner else compare
    if name and hasattr(owner, attribute):
        wrap(owner, attribute, name)
start = time.perf_counter()
compare_path(sys.argv[1])
total = time.perf_counter() - start
print(total, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(" ".join(f"{k}={v:.4f}" for k, v in stages.items()))
"""

# The stages compare.py calls, timed by wrapping them (the loader is the rest of the total), and how the
# table names them.
STAGES = {
    "annotate_document": "annotate_document",
    "SentenceBags.of_statement": "SentenceBags.of_statement",
    "score_pairs": "score_pairs",
    "align_statements": "align_statements",
    "one_side_terms": "one_side_terms",
    "analyse_statement": "emphasis, speakers",
    "analyse_statements": "topics, conflicts",
}


def ours(path: Path, stages: bool = False) -> tuple[float, float, dict[str, float]]:
    """readout-diff's compare_path on ``path`` in a fresh process: seconds (imports excluded), peak
    RSS in MB, and seconds per stage."""
    names = ",".join(STAGES) if stages else ""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path), names], capture_output=True, text=True, check=True)
    first, second = out.stdout.splitlines()[:2] if "\n" in out.stdout.strip() else (out.stdout.strip(), "")
    seconds, rss = first.split()
    per_stage = {k: float(v) for k, v in (item.split("=") for item in second.split())}
    return float(seconds), float(rss), per_stage


def run_command(args: list[str], stdout=subprocess.DEVNULL) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, the largest process) of a command in a child process."""
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    seconds, rss = out.stdout.split()
    return float(seconds), float(rss)


# --- the table ---------------------------------------------------------------------------------------


def _versus(ours_s: float, reference_s: float) -> str:
    """readout-diff against a reference: "12x faster" or "3.1x slower"."""
    if ours_s <= reference_s:
        return f"ours {reference_s / ours_s:.1f}x faster"
    return f"ours {ours_s / reference_s:.1f}x slower"


def row(case: str, seconds: float, rss: float, naive_s: float | None, note: str, floor_s: float | None, cdist_s: float | None) -> str:
    naive_cell = f"{naive_s:.3f} s{note}, {_versus(seconds, naive_s)}" if naive_s else "n/a"
    cdist_note = f" (cdist alone {cdist_s:.3f} s)" if cdist_s is not None else ""
    floor_cell = f"{floor_s:.3f} s{cdist_note}, {_versus(seconds, floor_s)}" if floor_s else "n/a"
    return f"| {case} | {seconds:.3f} s | {rss:.0f} MB | {naive_cell} | {floor_cell} |"


def reference_process(name: str, path: Path) -> None:
    """``--reference NAME FILE``: one reference run as its own process (the start-up case compares
    whole processes: interpreter, imports, loading and scoring)."""
    left, right = sentences_of(path)
    naive(left, right) if name == "naive" else floor(left, right)


def pair_case(folder: Path, sentences: int, full_naive: bool, stages: bool = False) -> tuple[str, float, dict]:
    path = folder / f"pair-{sentences}.txt"
    path.write_text(Writer(sentences).seed(sentences), encoding="utf-8")
    seconds, rss, per_stage = ours(path, stages)
    left, right = sentences_of(path)
    naive_s, note = naive_time(left, right, full_naive)
    floor_s, cdist_s = floor_time(left, right)
    case = f"pair, {len(left):,} + {len(right):,} sentences"
    return row(case, seconds, rss, naive_s, note, floor_s, cdist_s), seconds, per_stage


def batch_case(folder: Path, count: int) -> list[str]:
    batch = folder / "batch"
    batch.mkdir()
    writer = Writer(7)
    for k in range(count):
        (batch / f"{k:05}.txt").write_text(writer.seed(writer.rng.randint(4, 12)), encoding="utf-8")
    files = sorted(batch.iterdir())
    # The references loop over every file in one process: load (not timed), then score.
    naive_s = floor_s = cdist_s = 0.0
    for path in files:
        left, right = sentences_of(path)
        naive_s += timed(naive, left, right)[0]
        total, cdist_only = floor_time(left, right)
        floor_s += total
        cdist_s += cdist_only
    command = [sys.executable, "-m", "readout_diff", "--format", "jsonl"]
    lines = []
    for jobs in (1, 2):
        seconds, rss = run_command(command + ["--jobs", str(jobs), str(batch)])
        case = f"batch of {count:,} seeds, jsonl, --jobs {jobs}: **{count / seconds:.0f} files/s**"
        lines.append(row(case, seconds, rss, naive_s, " (1 process)", floor_s, cdist_s))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a 1,000-file batch, long pairs up to 2,000")
    parser.add_argument("--batch", type=int, help="files in the batch (default 10,000; 1,000 with --quick)")
    parser.add_argument("--full-naive", action="store_true", help="run the naive reference on every pair")
    parser.add_argument("--reference", nargs=2, metavar=("NAME", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.reference:
        reference_process(args.reference[0], Path(args.reference[1]))
        return
    print(f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print()
    print("| case | readout-diff | peak RSS | naive (difflib) | cdist floor (normalising + cdist) |")
    print("|---|---|---|---|---|")
    # Byte-compile the package first, as installing it does: a checkout run with PYTHONDONTWRITEBYTECODE
    # (or with modules edited since their .pyc) would otherwise time compiling source at every start.
    compileall.compile_dir(ROOT / "readout_diff", quiet=1)
    command = [sys.executable, "-m", "readout_diff"]
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    for label, extra in (("--help", ["--help"]), ("--format json on the seed", ["--format", "json", str(seed)])):
        best = min(run_command(command + extra) for _ in range(5))
        if extra[0] == "--help":
            print(f"| start-up: {label} (best of 5, wall) | {best[0]:.3f} s | {best[1]:.0f} MB | n/a | n/a |")
        else:
            script = [sys.executable, str(Path(__file__).resolve()), "--reference"]
            naive_s = min(run_command(script + ["naive", str(seed)])[0] for _ in range(5))
            floor_s = min(run_command(script + ["floor", str(seed)])[0] for _ in range(5))
            print(row(f"start-up: {label} (best of 5, wall; references as processes too)", best[0], best[1], naive_s, "", floor_s, None))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(pair_case(folder, 25, args.full_naive)[0])
        sizes = (250, 500, 1000, 2000) + (() if args.quick else (4000,))
        curve = []
        for sentences in sizes:
            line, seconds, per_stage = pair_case(folder, sentences, args.full_naive, stages=True)
            print(line)
            curve.append((sentences, seconds, per_stage))
        for line in batch_case(folder, args.batch or (1000 if args.quick else 10_000)):
            print(line)
    print()
    print("How the long pairs grow (exponent k in time ~ sentences^k, from the previous size):")
    print()
    print("| sentences | total | k | " + " | ".join((*STAGES.values(), "load + rest")) + " |")
    print("|---" * (len(STAGES) + 4) + "|")
    previous = None
    for sentences, seconds, per_stage in curve:
        k = f"{math.log(seconds / previous[1]) / math.log(sentences / previous[0]):.2f}" if previous else ""
        named = [per_stage.get(name, 0.0) for name in STAGES]
        rest = seconds - sum(named)
        print(f"| {sentences:,} | {seconds:.3f} s | {k} | " + " | ".join(f"{v:.3f}" for v in named + [rest]) + " |")
        previous = (sentences, seconds)


if __name__ == "__main__":
    main()
