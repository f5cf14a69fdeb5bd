"""Recall of planted matches on large pairs of near-duplicate sentences, beside time and peak memory.

usage: python3 bench/recall.py [--sizes 1,5,20] [--seed 3] [--keep DIR]

Generates its own seeds (seeded, deterministic; no corpus text). The right statement holds families of
near-duplicate sentences: a few dozen made-up template sentences, each filled in many times with
made-up people, places, organisations and numbers. The left statement has as many sentences, shuffled:
planted copies of half the right sentences, each with one word changed, and fresh fillings of the same
templates (near-duplicates of many right sentences, copies of none). A planted copy is recalled when
the JSON output matches it with its source (in a one-to-one or a many-to-one match). Each size runs as `readout-diff --format json FILE` in a child process; the table
gives wall time, seconds per MB (flat when cost grows linearly), CPU seconds per MB (steadier when
other jobs share the machine), peak RSS, and the recall.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path

from big_inputs import header, measure

# Template sentences (made up for this bench). Slots: {p} a person, {q} another person, {c} a place,
# {d} another place, {o} an organisation, {n} a number, {m} another number, {y} a year.
TEMPLATES = (
    "Minister {p} welcomed {q} to {c} for talks on the fisheries accord covering {n} vessels in the northern waters.",
    "The two delegations in {c} agreed to open {n} new border crossings before the end of {y}, {p} said.",
    "{p} and {q} signed a memorandum in {d} on joint training for {n} customs officers from {o}.",
    "Both sides noted that trade between {c} and {d} grew by {n} percent in {y} and pledged to remove remaining tariffs.",
    "The ministers discussed the reconstruction of {n} schools in {c} with funding of {m} million from {o}.",
    "{p} briefed {q} on the security situation near {d}, where {n} monitors of {o} remain deployed.",
    "The delegation from {c} thanked {p} for the release of {n} detained fishermen held since {y}.",
    "They reviewed progress on the railway linking {c} and {d}, of which {n} kilometres were completed by {y}.",
    "{o} will host the next round of consultations in {c} in {y}, chaired by {p} and {q}.",
    "The sides condemned the attack on {d} that killed {n} civilians and called on {o} to investigate.",
    "{p} announced a grant of {n} million for flood relief in {c}, to be administered by {o}.",
    "The foreign ministers agreed to exchange {n} scholarships a year between universities in {c} and {d} from {y}.",
    "In {c}, {p} raised the case of {q}, a journalist detained for {n} days, and urged a fair trial.",
    "Officials from {o} presented a plan to cut emissions from the {n} power plants around {d} by {y}.",
    "{p} stressed that the pipeline from {c} to {d} must carry {n} cubic metres a day under the {y} agreement.",
    "The talks in {c} covered cooperation on vaccines, with {o} pledging {n} doses for {d} before {y}.",
    "{q} invited {p} to attend the summit of {o} in {d}, expected to gather {n} heads of government.",
    "Both governments welcomed the return of {n} refugees to {c} and asked {o} to support their resettlement.",
    "The meeting in {d} ended with a joint call on {o} to lift the embargo imposed on {c} in {y}.",
    "{p} and {q} opened a consulate in {c} that will serve the {n} citizens of {d} living in the region.",
    "A working group of {n} experts chaired by {p} will report to {o} on water sharing between {c} and {d}.",
    "The ministers agreed to hold annual talks alternately in {c} and {d}, the first of them in {y}.",
    "{o} and the government of {c} extended their maritime patrol agreement by {n} months, {q} said.",
    "{p} expressed concern over the {n} missile tests conducted near {d} since {y} and urged restraint.",
)
# Words a planted copy may take in place of one of its source's words.
EDITS = (
    "formal regional joint annual urgent broad initial further renewed separate detailed practical "
    "recent wider direct firm lasting special modest major"
).split()


def made_up_names(rng: random.Random, count: int, syllables: tuple[int, int]) -> list[str]:
    """Distinct capitalised made-up words ("Tavrenko", "Ulmisar")."""
    onsets = "b d f g k l m n p r s t v z br dr kr st tr vl".split()
    vowels, codas = "a e i o u ia".split(), ["", "n", "r", "s", "l"]

    def syllable() -> str:
        return rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)

    names: set[str] = set()
    while len(names) < count:
        names.add("".join(syllable() for _ in range(rng.randint(*syllables))).capitalize())
    return sorted(names)


class Filler:
    """Fills templates with made-up people, places, organisations and numbers from fixed pools."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        firsts, lasts = made_up_names(rng, 120, (2, 2)), made_up_names(rng, 300, (2, 3))
        self.people = [f"{rng.choice(firsts)} {last}" for last in lasts]
        self.places = made_up_names(rng, 150, (2, 3))
        self.organisations = [f"the {name} Council" for name in made_up_names(rng, 40, (2, 2))]

    def fill(self, template: str) -> str:
        rng = self.rng
        p, q = rng.sample(self.people, 2)
        c, d = rng.sample(self.places, 2)
        text = template.format(
            p=p, q=q, c=c, d=d, o=rng.choice(self.organisations),
            n=rng.randint(2, 900), m=rng.randint(2, 900), y=rng.randint(1990, 2035),
        )
        return text[0].upper() + text[1:]


def one_word_edit(rng: random.Random, text: str) -> str:
    """``text`` with one word (not the first) replaced by another."""
    words = text[:-1].split(" ")
    at = rng.randrange(1, len(words))
    trail = words[at][-1] if words[at][-1] in ",." else ""
    words[at] = rng.choice([w for w in EDITS if w != words[at].rstrip(",")]) + trail
    return " ".join(words) + "."


def planted_pair(path: Path, megabytes: float, seed: int = 3) -> tuple[list[tuple[int, int]], int]:
    """Write the seed; return the planted (left, right) sentence positions (0-based) and the number of
    sentences a side."""
    rng = random.Random(seed)
    filler = Filler(rng)
    right: list[str] = []
    seen: set[str] = set()
    size = 0
    while size < megabytes * 1e6 / 2:
        text = filler.fill(rng.choice(TEMPLATES))
        if text not in seen:
            seen.add(text)
            right.append(text)
            size += len(text) + 1
    sources = rng.sample(range(len(right)), len(right) // 2)
    left = [(one_word_edit(rng, right[j]), j) for j in sources]
    while len(left) < len(right):
        text = filler.fill(rng.choice(TEMPLATES))
        if text not in seen:
            seen.add(text)
            left.append((text, -1))
    rng.shuffle(left)
    parts = [header(0) + paragraphs([text for text, _ in left]), header(1) + paragraphs(right)]
    path.write_text("\n---\n\n".join(parts), encoding="utf-8")
    return [(i, j) for i, (_, j) in enumerate(left) if j >= 0], len(right)


def paragraphs(sentences: list[str], per_paragraph: int = 5) -> str:
    starts = range(0, len(sentences), per_paragraph)
    return "\n".join(" ".join(sentences[k : k + per_paragraph]) for k in starts) + "\n"


def recall(output: Path, planted: list[tuple[int, int]], per_side: int) -> float:
    """The share of planted (left, right) pairs that the JSON output matches."""
    document = json.loads(output.read_text(encoding="utf-8"))["documents"][0]
    if [len(statement["sentences"]) for statement in document["statements"]] != [per_side, per_side]:
        raise SystemExit(f"{output}: the sentences were not split as generated; positions would not match")
    comparison = document["comparisons"][0]
    found = {(a, b) for match in comparison["matches"] for a in match["left"] for b in match["right"]}
    return sum((f"s1.{i + 1}", f"s2.{j + 1}") in found for i, j in planted) / len(planted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,5,20")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the seeds and outputs in this folder")
    args = parser.parse_args()
    columns = ("MB", "sentences a side", "planted", "seconds", "s/MB", "CPU s/MB", "peak RSS MB", "recall")
    print("  ".join(f"{name:>{max(len(name), 6)}s}" for name in columns), flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for size in (float(s) for s in args.sizes.split(",") if s):
            path, output = folder / f"planted-{size:g}mb.txt", folder / f"planted-{size:g}mb.json"
            planted, per_side = planted_pair(path, size, args.seed)
            megabytes = path.stat().st_size / 1e6
            seconds, rss, cpu = measure(path, output)
            share = recall(output, planted, per_side)
            figures = (f"{megabytes:.1f}", f"{per_side:,d}", f"{len(planted):,d}", f"{seconds:.1f}",
                       f"{seconds / megabytes:.2f}", f"{cpu / megabytes:.2f}", f"{rss:.0f}", f"{share:.3f}")
            print("  ".join(f"{f:>{max(len(name), 6)}s}" for f, name in zip(figures, columns)), flush=True)


if __name__ == "__main__":
    main()
