"""The batch progress bar: on standard error only, only for a terminal and more than one file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))] + [str(ROOT / "tests" / "data" / "freedonia.txt")]

pty = pytest.importorskip("pty", reason="needs a POSIX pseudo-terminal")


def run(args: list[str], stderr_tty: bool) -> tuple[str, str]:
    """Run readout-diff with standard output to a pipe and standard error to a pseudo-terminal (or a
    pipe); return what each received."""
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
    command = [sys.executable, "-m", "readout_diff", *args]
    if not stderr_tty:
        done = subprocess.run(command, capture_output=True, text=True, env=env)
        return done.stdout, done.stderr
    master, slave = pty.openpty()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=slave, env=env)
    os.close(slave)
    received = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        received += chunk
    stdout = process.stdout.read().decode()
    process.wait()
    os.close(master)
    return stdout, received.decode(errors="replace")


def test_a_batch_on_a_terminal_shows_a_bar_on_stderr_and_clean_json_on_stdout():
    stdout, stderr = run(["--format", "json", *SEEDS], stderr_tty=True)
    assert "files" in stderr and f"/{len(SEEDS)}" in stderr
    assert "\x1b" not in stdout  # no escape code leaks into the contract
    assert len(json.loads(stdout)["documents"]) == len(SEEDS)


def test_no_bar_when_stderr_is_not_a_terminal():
    stdout, stderr = run(["--format", "json", *SEEDS], stderr_tty=False)
    assert stderr == ""
    assert len(json.loads(stdout)["documents"]) == len(SEEDS)


def test_no_bar_for_a_single_file():
    stdout, stderr = run(["--format", "json", SEEDS[0]], stderr_tty=True)
    assert "comparing" not in stderr
    json.loads(stdout)


def test_errors_still_reach_stderr_with_a_bar(tmp_path):
    missing = str(tmp_path / "missing.txt")
    stdout, stderr = run(["--format", "jsonl", *SEEDS, missing], stderr_tty=True)
    assert f"readout-diff: {missing}:" in stderr
    assert len(stdout.splitlines()) == len(SEEDS) + 1


def test_with_pair_the_bar_counts_files(tmp_path):
    """Each side of a --pair meeting is one file of the bar, read or not: it ends at the total, never past."""
    sides = {
        "a": ("Ministry of Foreign Affairs of Latveria\n3 May 2024\n\nThe ministers met in Lakeport.\n",
              "Ministry of Foreign Affairs of Sylvania\n3 May 2024\n\nThe ministers met in Lakeport today.\n"),
        "b": ("Ministry of Foreign Affairs of Latveria\n4 May 2024\n\nThe ministers spoke by telephone.\n", ""),
    }  # fmt: skip
    for meeting, texts in sides.items():
        (tmp_path / meeting).mkdir()
        for n, text in enumerate(texts):
            (tmp_path / meeting / f"{n}.txt").write_text(text, encoding="utf-8")
    stdout, stderr = run(["--pair", "--format", "json", str(tmp_path)], stderr_tty=True)
    assert "/4" in stderr and "5/4" not in stderr
    assert len(json.loads(stdout)["documents"]) == 1
    assert f"readout-diff: {tmp_path / 'b' / '1.txt'}: the file is empty" in stderr
