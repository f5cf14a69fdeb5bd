"""The GitHub workflow: its shell steps run here against a throw-away git repository."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from .conftest import DATA, ROOT

yaml = pytest.importorskip("yaml")
WORKFLOW = ROOT / ".github" / "workflows" / "readout-diff.yml"


def steps() -> dict[str, dict]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return {step.get("name", step.get("uses")): step for step in workflow["jobs"]["compare"]["steps"]}


def test_runs_on_changes_under_seeds():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key "on" as True
    assert triggers["push"]["paths"] == ["seeds/**"] and triggers["pull_request"]["paths"] == ["seeds/**"]


def git(repo, *args):
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)
    return subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()


@pytest.mark.skipif(not shutil.which("readout-diff") or not shutil.which("bash"), reason="needs readout-diff on PATH")
def test_reports_only_changed_seeds_and_fails_on_a_bad_one(tmp_path):
    repo = tmp_path / "repo"
    (repo / "seeds").mkdir(parents=True)
    shutil.copy(DATA / "fields.txt", repo / "seeds" / "old.txt")
    git(repo, "init", "-q")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "add", ".")
    base = git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "base")
    shutil.copy(DATA / "banner.txt", repo / "seeds" / "new seed.txt")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "add", ".")
    head = git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "new")

    def run_steps(base_sha: str):
        env = {
            **os.environ,
            "BASE": base_sha,
            "GITHUB_SHA": head,
            "GITHUB_OUTPUT": str(tmp_path / "output"),
            "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"),
        }
        (tmp_path / "summary.md").write_text("", encoding="utf-8")
        codes = []
        for name in ("Find the changed seed files", "Compare the readouts"):
            run = subprocess.run(["bash", "-e", "-c", steps()[name]["run"]], cwd=repo, env=env, capture_output=True)
            codes.append(run.returncode)
        return codes, (tmp_path / "summary.md").read_text(encoding="utf-8")

    codes, summary = run_steps(base)
    assert codes == [0, 0]
    assert "KREPLACHISTAN" in summary and "Latveria" not in summary  # only the changed seed

    (repo / "seeds" / "new seed.txt").write_text("Ministry of Foreign Affairs\n5 May 2025\nTalks\nOne statement.\n")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "broken")
    head = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    codes, _ = run_steps(base)
    assert codes[0] == 0 and codes[1] != 0  # a seed that cannot be parsed fails the job
