"""The command line: formats, paths, errors and exit codes, help text."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from readout_diff import cli
from readout_diff.errors import ExitStatus

from .conftest import DATA, ROOT, SEEDS


@pytest.fixture
def run(monkeypatch):
    monkeypatch.chdir(ROOT)

    def invoke(*args: str, input: str | None = None):
        return CliRunner().invoke(cli.main, list(args), input=input)

    return invoke


def test_json_goes_to_stdout_and_nothing_else(run):
    result = run("--format", "json", "seeds/")
    assert result.exit_code == ExitStatus.OK
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert [d["source"] for d in data["documents"]] == [f"seeds/{p.name}" for p in sorted(SEEDS.glob("*.txt"))]
    assert data["errors"] == []


def test_terminal_report_is_the_default(run):
    result = run("seeds/")
    assert result.exit_code == ExitStatus.OK
    assert "United States Department of State" in result.stdout
    assert "\x1b[" not in result.stdout  # not a TTY: no colour


def test_folders_are_searched_recursively_for_txt_and_md_sorted(run, tmp_path):
    text = (DATA / "fields.txt").read_text(encoding="utf-8")
    for name in ("b/z.txt", "a.md", "b/a.txt", "notes.json", "c/readme.rst"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    result = run("-f", "json", str(tmp_path), str(DATA / "banner.txt"))
    sources = [d["source"] for d in json.loads(result.stdout)["documents"]]
    assert sources == [str(tmp_path / "a.md"), str(tmp_path / "b/a.txt"), str(tmp_path / "b/z.txt"), str(DATA / "banner.txt")]


def test_a_bad_file_is_reported_and_the_others_still_run(run):
    result = run("-f", "json", "tests/data/one-statement.txt", "seeds/", "no/such/file.txt")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    data = json.loads(result.stdout)
    assert len(data["documents"]) == 1
    assert [e["source"] for e in data["errors"]] == ["tests/data/one-statement.txt", "no/such/file.txt"]
    assert data["errors"][1]["message"] == "no such file"
    lines = result.stderr.splitlines()
    assert lines[0].startswith("readout-diff: tests/data/one-statement.txt: found one statement")
    assert lines[1] == "readout-diff: no/such/file.txt: no such file"


def test_exit_code_flag_reports_one_side_only_points(run):
    assert run("--exit-code", "seeds/").exit_code == ExitStatus.DIFFERENCES
    assert run("seeds/").exit_code == ExitStatus.OK


def test_input_errors_win_over_differences(run):
    assert run("--exit-code", "seeds/", "missing.txt").exit_code == ExitStatus.INPUT_ERROR


def test_dash_reads_a_seed_from_stdin(run):
    seed = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    result = run("-f", "json", "-", input=seed)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["documents"][0]["source"] == "-"


@pytest.mark.parametrize("args", [[], ["--format", "xml", "seeds/"], ["--threshold", "2", "seeds/"]])
def test_usage_errors_exit_2(run, args):
    result = run(*args)
    assert result.exit_code == 2
    assert "Usage:" in result.stderr


def test_unexpected_errors_are_contained_unless_traceback(run, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("kaboom")

    monkeypatch.setattr("readout_diff.pipeline.compare_document", boom)
    result = run("seeds/")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert "internal error (RuntimeError: kaboom); rerun with --traceback" in result.stderr
    result = run("--traceback", "seeds/")
    assert isinstance(result.exception, RuntimeError)


def test_ctrl_c_exits_130_without_traceback(run, monkeypatch):
    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("readout_diff.pipeline.compare_document", interrupt)
    result = run("seeds/")
    assert result.exit_code == ExitStatus.INTERRUPTED
    assert result.stderr == "readout-diff: interrupted\n"


def test_help_documents_every_option_with_an_example(run):
    result = run("--help")
    assert result.exit_code == 0
    for param in cli.main.params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("-"):
                assert opt in result.stdout, opt
    assert "Examples:" in result.stdout and "readout-diff --format json seeds/ | jq" in result.stdout
    assert "Exit codes:" in result.stdout


def test_format_help_lists_the_registry(run):
    """``--format``'s help is built from the registry: each format with its one-line description."""
    from readout_diff import render

    formats = render.formats()
    assert formats and all(f.description and "\n" not in f.description for f in formats)
    help_text = " ".join(run("--help").stdout.split())
    for fmt in formats:
        assert f"'{fmt.name}' ({fmt.description})" in help_text
    option = next(p for p in cli.main.params if p.name == "format_name")
    assert list(option.type.choices) == render.names()


def test_readme_usage_block_matches_help(request):
    """README's usage block is ``--help`` at 100 columns (``pytest --update-golden`` rewrites it)."""
    readme_path = ROOT / "README.md"
    readme = readme_path.read_text(encoding="utf-8")
    block = re.compile(r"(<!-- help -->\n```\n)(.*?)(```\n<!-- /help -->)", re.S)
    assert block.search(readme), "README has no <!-- help --> block"
    help_text = CliRunner(env={"COLUMNS": "100"}).invoke(cli.main, ["--help"], terminal_width=100).stdout
    if request.config.getoption("--update-golden"):
        readme_path.write_text(block.sub(lambda m: m[1] + help_text + m[3], readme), encoding="utf-8")
        return
    assert block.search(readme).group(2) == help_text


def test_python_dash_m_behaves_the_same():
    run = subprocess.run(
        [sys.executable, "-m", "readout_diff", "--format", "json", str(SEEDS)], capture_output=True, text=True
    )
    assert run.returncode == 0
    assert json.loads(run.stdout)["schema"] == "readout-diff/1"
    version = subprocess.run([sys.executable, "-m", "readout_diff", "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("readout-diff, version ")


@pytest.mark.parametrize(
    ("choice", "tty", "env", "expected"),
    [
        ("auto", True, {}, True),
        ("auto", False, {}, False),
        ("auto", True, {"NO_COLOR": "1"}, False),
        ("auto", True, {"TERM": "dumb"}, False),
        ("always", False, {}, True),
        ("never", True, {}, False),
    ],
)
def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch, choice, tty, env, expected):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: tty, raising=False)
    assert cli._render_options(choice).color is expected


def test_color_always_reaches_a_pipe(run):
    result = run("--color", "always", "seeds/")
    assert "\x1b[" in result.stdout


def test_hidden_and_build_folders_are_not_searched(run, tmp_path):
    text = (DATA / "fields.txt").read_text(encoding="utf-8")
    for name in ("seed.txt", ".git/x.txt", ".venv/lib/y.md", "pkg.egg-info/PKG-INFO.txt", "__pycache__/z.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    result = run("-f", "json", str(tmp_path))
    assert [d["source"] for d in json.loads(result.stdout)["documents"]] == [str(tmp_path / "seed.txt")]


def test_output_file_is_written_atomically(run, tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old report", encoding="utf-8")
    result = run("-f", "json", "-o", str(target), "seeds/")
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "readout-diff/1"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left behind


def test_an_interrupted_run_leaves_the_old_output_file(run, tmp_path, monkeypatch):
    target = tmp_path / "report.json"
    target.write_text("old report", encoding="utf-8")

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("readout_diff.pipeline.compare_document", interrupt)
    result = run("-f", "json", "-o", str(target), "seeds/")
    assert result.exit_code == ExitStatus.INTERRUPTED
    assert target.read_text(encoding="utf-8") == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_jsonl_streams_one_line_per_file_in_input_order(run):
    result = run("-f", "jsonl", "seeds/", "missing.txt", "tests/data/fields.txt")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("source") for line in lines] == [
        f"seeds/{next(SEEDS.glob('*.txt')).name}",
        "missing.txt",
        "tests/data/fields.txt",
    ]
    assert lines[1]["error"] == "no such file"
    assert result.exit_code == ExitStatus.INPUT_ERROR


def test_jsonl_head_returns_at_once_without_a_traceback(tmp_path):
    """``readout-diff -f jsonl folder | head -1``: the first line comes before later files are read."""
    text = (DATA / "fields.txt").read_text(encoding="utf-8")
    for k in range(40):
        (tmp_path / f"{k:03}.txt").write_text(text, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "readout_diff", "-f", "jsonl", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = process.stdout.readline()
    process.stdout.close()
    _, stderr = process.communicate(timeout=60)
    assert json.loads(first)["source"].endswith("000.txt")
    assert b"Traceback" not in stderr


def test_a_run_imports_only_what_it_uses():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from readout_diff import cli\n"
        "CliRunner().invoke(cli.main, ['--help'])\n"
        "assert 'numpy' not in sys.modules and 'rapidfuzz' not in sys.modules, 'help loaded the pipeline'\n"
        "CliRunner().invoke(cli.main, ['-f', 'json', sys.argv[1]])\n"
        "assert not any(m == 'rich' or m.startswith('rich.') for m in sys.modules), 'json loaded rich'\n"
        "assert 'readout_diff.match.encoders' not in sys.modules, 'a run without a model loaded the encoders'\n"
        "assert 'logging' not in sys.modules, 'a text seed loaded logging (only the PDF and Word readers need it)'\n"
    )
    run = subprocess.run([sys.executable, "-c", code, str(SEEDS)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("format_name", ["json", "jsonl", "markdown"])
def test_jobs_give_the_same_output_in_the_same_order(run, format_name, tmp_path):
    for k in range(6):
        (tmp_path / f"{k}.txt").write_text((DATA / "fields.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "3b.txt").write_text("not a seed", encoding="utf-8")
    args = ["-f", format_name, "seeds/", str(tmp_path), str(DATA)]
    one, two, every_core = run(*args), run("--jobs", "2", *args), run("-j", "0", *args)
    assert one.exit_code == two.exit_code == every_core.exit_code == ExitStatus.INPUT_ERROR
    assert one.stdout == two.stdout == every_core.stdout
    assert one.stderr == two.stderr


ALIAS_SEED = """Issuer: Ministry of Foreign Affairs of Sylvania
Date: 2025-03-03
Title: Talks

The ministers discussed the Blue River dam. Sylvania welcomed the offer of the OBRC to fund a flood warning system.

---

Issuer: Ministry of Foreign Affairs of Freedonia
Date: 2025-03-03
Title: Talks

The ministers discussed the Blue River dam. The Organisation of Blue River Commissions will fund a flood warning system.
"""


def test_an_alias_file_makes_two_names_one(run, tmp_path):
    seed = tmp_path / "seed.txt"
    seed.write_text(ALIAS_SEED, encoding="utf-8")
    aliases = tmp_path / "aliases.toml"
    aliases.write_text(
        '[[alias]]\ncanonical = "OBRC"\nvariants = ["Organisation of Blue River Commissions"]\n', encoding="utf-8"
    )
    before = json.loads(run("-f", "json", str(seed)).stdout)["documents"][0]["comparisons"][0]
    after = json.loads(run("-f", "json", "--aliases", str(aliases), str(seed)).stdout)["documents"][0]["comparisons"][0]
    assert "OBRC" in before["terms_only"]["s1"] and before["terms_only"]["s2"]
    assert "OBRC" not in after["terms_only"]["s1"] and after["terms_only"]["s2"] == []
    assert after["matches"][1]["score"] > before["matches"][1]["score"]


def test_a_topics_file_adds_a_topic(run, tmp_path):
    seed = tmp_path / "seed.txt"
    seed.write_text(ALIAS_SEED, encoding="utf-8")
    topics = tmp_path / "topics.toml"
    topics.write_text('[floods]\nlabel = "Floods"\nterms = ["flood warning"]\n', encoding="utf-8")
    result = run("-f", "json", "--topics", str(topics), str(seed))
    rows = json.loads(result.stdout)["documents"][0]["comparisons"][0]["topics"]
    assert {"topic": "floods", "label": "Floods", "side": "both", "sentences": {"s1": ["s1.2"], "s2": ["s2.2"]}} in rows


@pytest.mark.parametrize("option", ["--topics", "--aliases"])
def test_a_bad_table_file_is_one_line_and_exit_2(run, tmp_path, option):
    bad = tmp_path / "bad.toml"
    bad.write_text("this is = = not toml\n", encoding="utf-8")
    result = run(option, str(bad), "seeds/")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stderr.startswith(f"readout-diff: {bad}:") and result.stderr.count("\n") == 1
    assert "line 1" in result.stderr
