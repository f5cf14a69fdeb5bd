"""Time and peak memory of readout-diff on large synthetic seeds, to show how cost grows with size.

usage: python3 bench/big_inputs.py [--sizes 1,2,5,10,20] [--line-sizes 1,5]

Generates its own seeds (seeded, deterministic; no corpus text): two statements of random sentences
drawn from a made-up vocabulary mixed with common words, at each size in MB; and a seed whose first
statement is one line of words without punctuation, at each size in MB. Each runs as
`readout-diff --format json FILE` in a child process; the table gives wall time, seconds per MB
(flat when cost grows linearly), CPU seconds per MB (steadier when other jobs share the machine), and
peak RSS.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

COMMON = "the of and minister cooperation discussed agreed security trade two countries".split()


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(3, 10))) for _ in range(size)]


def sentence(rng: random.Random, words: list[str]) -> str:
    picked = [rng.choice(words) if rng.random() < 0.6 else rng.choice(COMMON) for _ in range(rng.randint(8, 25))]
    return picked[0].capitalize() + " " + " ".join(picked[1:]) + "."


def header(k: int) -> str:
    return f"Issuer: Ministry of Foreign Affairs of Country {k}\nDate: 2024-05-01\nTitle: Statement {k}\n\n"


def many_sentences(path: Path, megabytes: float, seed: int = 1) -> None:
    rng = random.Random(seed)
    words = vocabulary(rng)
    parts = []
    for k in range(2):
        paragraphs, size = [], 0
        while size < megabytes * 1e6 / 2:
            paragraph = " ".join(sentence(rng, words) for _ in range(5))
            paragraphs.append(paragraph)
            size += len(paragraph) + 1
        parts.append(header(k) + "\n".join(paragraphs) + "\n")
    path.write_text("\n---\n\n".join(parts), encoding="utf-8")


def one_line(path: Path, megabytes: float, seed: int = 2) -> None:
    rng = random.Random(seed)
    words = vocabulary(rng)
    line = " ".join(rng.choice(words) for _ in range(int(megabytes * 1e6 / 6)))[: int(megabytes * 1e6)]
    second = "The ministers met in the capital. They discussed trade."
    path.write_text(header(0) + line + "\n\n---\n\n" + header(1) + second + "\n", encoding="utf-8")


def measure(path: Path, output: Path | None = None) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds (user + system) of one run in a fresh child process
    (its JSON written to ``output``, or discarded). CPU time varies less than wall time when other
    jobs share the machine."""
    code = (
        "import resource, subprocess, sys, time\n"
        "out = open(sys.argv[2], 'wb') if sys.argv[2] else subprocess.DEVNULL\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run([sys.executable, '-m', 'readout_diff', '--format', 'json', sys.argv[1]], stdout=out)\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(time.perf_counter() - t, u.ru_maxrss / 1024, u.ru_utime + u.ru_stime, r.returncode)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path), str(output or "")], capture_output=True, text=True, check=True
    )
    seconds, rss, cpu, status = out.stdout.split()
    if status != "0":
        raise SystemExit(f"readout-diff exited {status} on {path}")
    return float(seconds), float(rss), float(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,2,5,10,20")
    parser.add_argument("--line-sizes", default="1,2,5")
    args = parser.parse_args()
    print(f"{'case':34s} {'MB':>6s} {'seconds':>8s} {'s/MB':>6s} {'CPU s/MB':>9s} {'peak RSS MB':>12s}")
    with tempfile.TemporaryDirectory() as folder:
        for kind, make, sizes in (
            ("two statements of many sentences", many_sentences, args.sizes),
            ("one line without punctuation", one_line, args.line_sizes),
        ):
            for size in (float(s) for s in sizes.split(",") if s):
                path = Path(folder) / "seed.txt"
                make(path, size)
                megabytes = path.stat().st_size / 1e6
                seconds, rss, cpu = measure(path)
                per_mb = f"{seconds / megabytes:6.2f} {cpu / megabytes:9.2f}"
                print(f"{kind:34s} {megabytes:6.1f} {seconds:8.1f} {per_mb} {rss:12.0f}")


if __name__ == "__main__":
    main()
