"""readout-diff's speed at every size, against two reference implementations, in one table.

usage: python3 bench/speed.py [--quick]

Generates its own data (seeded, deterministic; no corpus text) and measures:
  1. start-up: `readout-diff --help` and `readout-diff --format json` on the seed (wall time, peak RSS);
  2. one typical pair (10 to 40 sentences per statement);
  3. long pairs of 250 to 4,000 sentences per statement;
  4. a batch of 10,000 seed files, JSON Lines out, with --jobs 1 and --jobs 2.
Cases 2 and 3 also run two references on the same sentences: a naive one (difflib
SequenceMatcher.ratio() over all sentence pairs, greedy matching) and the raw floor (rapidfuzz
process.cdist over the same normalised sentences, no other work); readout-diff's time is given as a
ratio to each (the naive one only up to 500 sentences: beyond, it takes minutes). --quick shrinks the
batch to 1,000 files and the long pairs to 2,000 sentences.
"""

from __future__ import annotations

import argparse
import difflib
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process

from readout_diff.normalize import content_stems, tokenize
from readout_diff.pipeline import compare_path
from readout_diff.statements import find_statements

ROOT = Path(__file__).resolve().parents[1]
TOPICS = """trade tariffs grain timber fisheries energy climate security defence migration drugs health
vaccines technology investment tourism education students sanctions ports railways water river dam
border crossing visas journalists elections reconstruction aid finance currency shipping""".split()
VERBS = "discussed reviewed welcomed stressed noted agreed examined raised praised underlined".split()
SUBJECTS = ["The ministers", "Both sides", "The two leaders", "The delegations", "The Minister", "The Secretary"]


def sentence(rng: random.Random) -> str:
    topic = rng.sample(TOPICS, 3)
    return (
        f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {topic[0]} and {topic[1]}, "
        f"with a view to {topic[2]} cooperation in {rng.randint(2020, 2030)}."
    )


def seed_text(rng: random.Random, sentences: int) -> str:
    parts = []
    for k in range(2):
        body = [sentence(rng) for _ in range(sentences)]
        paragraphs = "\n\n".join(" ".join(body[i : i + 4]) for i in range(0, len(body), 4))
        parts.append(f"Issuer: Ministry of Foreign Affairs of Country {k}\nDate: 2024-05-01\nTitle: Talks\n\n{paragraphs}\n")
    return "\n---\n\n".join(parts)


def naive(left: list[str], right: list[str]) -> int:
    """difflib ratio over every pair, then greedy one-to-one matching above 0.5."""
    pairs = sorted(
        ((difflib.SequenceMatcher(None, a, b).ratio(), i, j) for i, a in enumerate(left) for j, b in enumerate(right)),
        reverse=True,
    )
    taken_left, taken_right = set(), set()
    for score, i, j in pairs:
        if score >= 0.5 and i not in taken_left and j not in taken_right:
            taken_left.add(i)
            taken_right.add(j)
    return len(taken_left)


def floor(left: list[str], right: list[str]) -> None:
    """rapidfuzz cdist over the normalised sentences, nothing else."""
    process.cdist(
        [" ".join(content_stems(t)) for t in left], [" ".join(content_stems(t)) for t in right], scorer=fuzz.ratio
    )


def timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def run_command(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a command in a child process."""
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    seconds, rss = out.stdout.split()
    return float(seconds), float(rss)


def pair_case(folder: Path, sentences: int, references: bool) -> str:
    path = folder / f"pair-{sentences}.txt"
    path.write_text(seed_text(random.Random(sentences), sentences), encoding="utf-8")
    tokenize.cache_clear()
    ours = timed(compare_path, str(path))
    document = find_statements(path.read_text(encoding="utf-8"), str(path))
    left, right = ([s.text for s in st.sentences] for st in document.statements)
    tokenize.cache_clear()  # the floor normalises its sentences itself, as readout-diff did
    floor_s = timed(floor, left, right)
    naive_s = timed(naive, left, right) if references else float("nan")
    return (
        f"| pair, {sentences:,} sentences each | {ours:.3f} s | naive {naive_s:.2f} s ({naive_s / ours:.1f}x slower) "
        f"| cdist floor {floor_s:.3f} s (ours {ours / floor_s:.1f}x) |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    command = [sys.executable, "-m", "readout_diff"]
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    print("| case | readout-diff | reference | reference |")
    print("|---|---|---|---|")
    for label, extra in (("--help", ["--help"]), ("--format json on the seed", ["--format", "json", str(seed)])):
        runs = [run_command(command + extra) for _ in range(5)]
        best = min(runs)
        print(f"| start-up: {label} | {best[0] * 1000:.0f} ms (best of 5) | peak RSS {best[1]:.0f} MB | |")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(pair_case(folder, 25, references=True))
        for sentences in (250, 500, 1000, 2000) + (() if args.quick else (4000,)):
            # The naive reference is quadratic with a slow inner loop: 1,000 sentences take minutes.
            print(pair_case(folder, sentences, references=sentences <= 500))
        batch = folder / "batch"
        batch.mkdir()
        count = 1000 if args.quick else 10_000
        rng = random.Random(7)
        for k in range(count):
            (batch / f"{k:05}.txt").write_text(seed_text(rng, rng.randint(10, 40)), encoding="utf-8")
        for jobs in (1, 2):
            seconds, rss = run_command(command + ["--format", "jsonl", "--jobs", str(jobs), str(batch)])
            print(f"| batch of {count:,} files, jsonl, --jobs {jobs} | {seconds:.1f} s, {count / seconds:.0f} files/s | peak RSS {rss:.0f} MB | |")


if __name__ == "__main__":
    main()
