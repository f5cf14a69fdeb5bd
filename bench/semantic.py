"""What --model costs: each sentence model's load time, encoding speed and memory, and what it adds to a seed
and to a long pair once it is loaded.

usage: python3 bench/semantic.py [MODEL ...] [--repeat N] [--pair-sentences N]

MODEL is what --model takes (a folder or a name); the defaults are the shared measuring models,
../shared/models/minilm-l6-static (Model2Vec) and ../shared/models/minilm-l6-onnx (ONNX, through fastembed),
when they are there. Every figure comes from fresh child processes (imports and model loading as a user's
run pays them):

  - load: ``load_encoder(MODEL)`` in a process that has already imported readout-diff (so the figure is
    the backend's imports plus reading the model); RSS after load is that process's resident memory then;
  - sentences/s: ``encoder.encode`` on the seed's sentences (real readout English; best of 3) and on the
    synthetic pair's sentences (bench/speed.py's generator: pseudo-words, so many more tokens per
    sentence for a subword tokenizer);
  - seed and pair: ``compare_path`` on the first seed of seeds/ and on bench/speed.py's pair of N + N
    sentences (default 2,000, the same text speed.py times), words only and with the model, the model
    loaded before the clock starts. A seed is timed twice in its process: first (what one
    ``readout-diff --model ...`` run pays after loading), then again (what each further file of a batch
    pays). Best of --repeat processes (default 5) for the seed, of --pair-repeat (default 1) for the pair.
    On the pair, what it finds too: the precision and recall of its planted paraphrases (the right
    sentences the generator made from a left one; quality must hold at size).
    The percentage is what the model adds to the words-only time: the target reads "the semantic option
    adds at most 30% to a typical seed's time once the model is loaded". Peak RSS is the pair process's.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from speed import Writer  # noqa: E402  (the same generator, hence the same synthetic text, as speed.py)

SHARED_MODELS = ROOT.parent / "shared" / "models"
DEFAULT_MODELS = ("minilm-l6-static", "minilm-l6-onnx")

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from dataclasses import replace
from readout_diff.match.encoders import load_encoder
from readout_diff.options import Options
from readout_diff.pipeline import collect_less, compare_path
from readout_diff.load.statements import find_statements
task, model, path = sys.argv[2], sys.argv[3] or None, sys.argv[4]
def rss_now():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024
out = {}
collect_less()  # as the CLI runs
if model:
    start = time.perf_counter()
    encoder = load_encoder(model)
    out["load"] = time.perf_counter() - start
    out["rss_after_load"] = rss_now()
if task == "encode":
    def sentences(file):
        document = find_statements(open(file, encoding="utf-8").read(), file)
        return [s.text for statement in document.statements for s in statement.sentences]
    texts, synthetic = sentences(path), sentences(sys.argv[5])
    seconds = []
    for _ in range(3):
        start = time.perf_counter()
        encoder.encode(texts)
        seconds.append(time.perf_counter() - start)
    out["seed_rate"] = len(texts) / min(seconds)
    start = time.perf_counter()
    encoder.encode(synthetic)
    out["synthetic_rate"] = len(synthetic) / (time.perf_counter() - start)
else:
    # The first comparison in the process; for a seed, then the same file again: the word caches are warm,
    # as they mostly are for each file of a batch after the first, with and without a model alike.
    for key in ("seconds", "again")[: 2 if task == "seed" else 1]:
        start = time.perf_counter()
        result = compare_path(path, replace(Options(), model=model))
        out[key] = time.perf_counter() - start
    if task == "pair":  # what it finds: the planted paraphrases, right index -> left index
        planted = {(int(k), v) for k, v in json.load(open(sys.argv[5])).items()}
        found = {(j, i) for m in result.comparisons[0].alignment.matches for i in m.left for j in m.right}
        out["precision"] = len(found & planted) / max(len(found), 1)
        out["recall"] = len(found & planted) / len(planted)
out["peak_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def child(task: str, model: str | None, path: Path, extra: Path | None = None) -> dict:
    """One measurement in a fresh process."""
    args = [sys.executable, "-c", _CHILD, str(ROOT), task, model or "", str(path), str(extra or "")]
    out = subprocess.run(args, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def best(task: str, model: str | None, path: Path, repeat: int, extra: Path | None = None) -> dict:
    """The best of ``repeat`` processes, figure by figure."""
    runs = [child(task, model, path, extra) for _ in range(repeat)]
    return {key: min(run[key] for run in runs) for key in runs[0]}


def _with(without: float, with_model: float, digits: int = 3) -> str:
    return f"{with_model:.{digits}f} s ({(with_model - without) / without:+.0%})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", help="what --model takes (default: the shared measuring models)")
    parser.add_argument("--repeat", type=int, default=5, help="processes per seed measurement (best is kept)")
    parser.add_argument("--pair-repeat", type=int, default=1, help="processes per pair measurement")
    parser.add_argument("--pair-sentences", type=int, default=2000, help="sentences per statement")
    args = parser.parse_args()
    shared = [SHARED_MODELS / name for name in DEFAULT_MODELS if (SHARED_MODELS / name).is_dir()]
    models = args.models or [str(folder) for folder in shared]
    if not models:
        sys.exit(f"no model given and none of the shared models is in {SHARED_MODELS}")
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    cores, cpu = os.cpu_count(), platform.processor() or platform.machine()
    python, load = platform.python_version(), os.getloadavg()[0]
    print(f"machine: {cores} cores, {cpu}, Python {python}, load average {load:.1f}")
    size = f"{args.pair_sentences:,}"
    print(f"seed: {seed.name}; pair: bench/speed.py's {size} + {size} sentences")
    print()
    with tempfile.TemporaryDirectory() as tmp:
        pair = Path(tmp) / f"pair-{args.pair_sentences}.txt"
        pair.write_text(Writer(args.pair_sentences).seed(args.pair_sentences), encoding="utf-8")
        # The same generator again, for the pair's planted paraphrases (the seed's text is its pair's).
        planted = Path(tmp) / "planted.json"
        planted.write_text(json.dumps(Writer(args.pair_sentences).planted_pair(args.pair_sentences)[2]))
        seed_words = best("seed", None, seed, args.repeat)
        pair_words = best("pair", None, pair, args.pair_repeat, planted)
        print(
            "| model | load | RSS after load | sentences/s (seed; synthetic) | seed, first in process "
            "| seed, again | pair | peak RSS (pair) | pair: planted paraphrases P / R |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
        print(
            f"| none (words only) | | | | {seed_words['seconds']:.3f} s | {seed_words['again']:.3f} s "
            f"| {pair_words['seconds']:.2f} s | {pair_words['peak_rss']:.0f} MB "
            f"| {pair_words['precision']:.3f} / {pair_words['recall']:.3f} |"
        )
        for model in models:
            encoding = child("encode", model, seed, pair)
            seed_model = best("seed", model, seed, args.repeat)
            pair_model = best("pair", model, pair, args.pair_repeat, planted)
            print(
                f"| {Path(model).name} | {encoding['load']:.2f} s | {encoding['rss_after_load']:.0f} MB "
                f"| {encoding['seed_rate']:,.0f}; {encoding['synthetic_rate']:,.0f} "
                f"| {_with(seed_words['seconds'], seed_model['seconds'])} "
                f"| {_with(seed_words['again'], seed_model['again'])} "
                f"| {_with(pair_words['seconds'], pair_model['seconds'], 2)} "
                f"| {pair_model['peak_rss']:.0f} MB "
                f"| {pair_model['precision']:.3f} / {pair_model['recall']:.3f} |",
                flush=True,
            )
    print()
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
