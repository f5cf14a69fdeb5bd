"""Bad input never crashes the tool and never loses a sentence: encodings, binaries, the file system."""

from __future__ import annotations

import json
import os
import zipfile

import pytest
from click.testing import CliRunner

from readout_diff import cli
from readout_diff.errors import ExitStatus, InputError
from readout_diff.load.reading import decode, expand_paths
from readout_diff.pipeline import compare_path

from .conftest import DATA

SEED = (DATA / "fields.txt").read_text(encoding="utf-8")
# A seed with letters outside ASCII, as a French or Spanish readout has them.
ACCENTED = SEED.replace("border crossing at Kelsk", "border crossing at Kélsk near Genève, «café» naïve")


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli.main, list(args), input=input)


def sentences(path) -> list[str]:
    return [s.text for st in compare_path(str(path)).document.statements for s in st.sentences]


@pytest.mark.parametrize(
    ("label", "data", "encoding"),
    [
        ("utf-8", ACCENTED.encode("utf-8"), "utf-8"),
        ("utf-8 with BOM", b"\xef\xbb\xbf" + ACCENTED.encode("utf-8"), "utf-8"),
        ("utf-16 LE with BOM", ACCENTED.encode("utf-16-le").join([b"\xff\xfe", b""]), "utf-16"),
        ("utf-16 BE with BOM", ACCENTED.encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16"),
        ("windows-1252", ACCENTED.replace("«", "“").replace("»", "”").encode("cp1252"), "cp1252"),
        ("latin-1", ACCENTED.encode("latin-1"), "cp1252"),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 25 else None,
)
def test_encodings_are_read_correctly(tmp_path, label, data, encoding):
    path = tmp_path / "seed.txt"
    path.write_bytes(data)
    result = compare_path(str(path))
    assert result.document.encoding == encoding
    assert "Kélsk near Genève" in result.document.text
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(data.decode(encoding if encoding != "utf-8" else "utf-8-sig").replace("\r\n", "\n"), encoding="utf-8")
    assert sentences(path) == sentences(utf8)


def test_the_report_says_which_encoding_was_assumed(tmp_path):
    path = tmp_path / "seed.txt"
    path.write_bytes(ACCENTED.encode("cp1252", errors="replace"))
    out = run("--color", "never", str(path)).stdout
    assert "read as cp1252, not UTF-8" in " ".join(out.replace("│", " ").split())
    data = json.loads(run("-f", "json", str(path)).stdout)
    assert data["documents"][0]["encoding"] == "cp1252"


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "lone-cr"])
def test_line_ends(tmp_path, newline):
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED.replace("\n", newline).encode("utf-8"))
    unix = tmp_path / "unix.txt"
    unix.write_text(SEED, encoding="utf-8")
    assert sentences(path) == sentences(unix)


def test_odd_characters_keep_spans_exact(tmp_path):
    odd = SEED.replace("The leaders", "The\u00a0leaders\u200b").replace("close contact", "\u201cclose\u201d contact")
    path = tmp_path / "seed.txt"
    path.write_text(odd, encoding="utf-8")
    document = compare_path(str(path)).document
    for statement in document.statements:
        for s in statement.sentences:
            assert document.text[s.start : s.end] == s.text


def test_lone_surrogates_become_replacement_characters():
    # UTF-8 cannot hold a lone surrogate: such bytes are not UTF-8, and are read in a detected encoding.
    text = decode(SEED.replace("morning", "morn\ud800ing").encode("utf-8", "surrogatepass")).text
    assert not any("\ud800" <= c <= "\udfff" for c in text)


def test_lone_surrogates_in_utf16_do_not_crash(tmp_path):
    data = b"\xff\xfe" + SEED.replace("morning", "morn\ud800ing").encode("utf-16-le", "surrogatepass")
    path = tmp_path / "seed.txt"
    path.write_bytes(data)
    result = run("-f", "json", str(path))
    assert result.exit_code in (ExitStatus.OK, ExitStatus.INPUT_ERROR)
    json.loads(result.stdout)


def make_binaries(folder):
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "doc.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    with zipfile.ZipFile(folder / "archive.txt", "w") as archive:
        archive.writestr("a.txt", "hello")
    (folder / "random.txt").write_bytes(bytes(range(256)) * 8)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("image.txt", "not a text file (it looks like a PNG image)"),
        ("doc.txt", "not a text file (it looks like a PDF document)"),
        ("archive.txt", "not a text file (it looks like a zip archive"),
        ("random.txt", "not a text file"),
    ],
)
def test_binary_files_are_skipped_with_a_reason(tmp_path, name, message):
    make_binaries(tmp_path)
    with pytest.raises(InputError) as error:
        compare_path(str(tmp_path / name))
    assert str(error.value).startswith(message)


def test_binaries_in_a_folder_do_not_stop_the_others(tmp_path):
    make_binaries(tmp_path)
    (tmp_path / "good.txt").write_text(SEED, encoding="utf-8")
    result = run("-f", "json", str(tmp_path))
    assert result.exit_code == ExitStatus.INPUT_ERROR
    data = json.loads(result.stdout)
    assert [d["source"] for d in data["documents"]] == [str(tmp_path / "good.txt")]
    assert len(data["errors"]) == 4
    assert all(line.startswith("readout-diff: ") for line in result.stderr.splitlines())
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("content", ["", "   \n\n\t \n"], ids=["empty", "whitespace"])
def test_empty_files(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stderr == f"readout-diff: {path}: the file is empty\n"


def test_twenty_statements(tmp_path):
    blocks = [
        f"Issuer: Ministry of Foreign Affairs of Country {k}\nDate: 2024-05-{k + 1:02}\nTitle: Statement {k}\n\n"
        f"The minister of country {k} discussed the river treaty with partner {k}. Talks will continue.\n"
        for k in range(20)
    ]
    path = tmp_path / "twenty.txt"
    path.write_text("\n---\n\n".join(blocks), encoding="utf-8")
    data = json.loads(run("-f", "json", str(path)).stdout)
    document = data["documents"][0]
    assert len(document["statements"]) == 20
    assert len(document["comparisons"]) == 20 * 19 // 2


def test_a_statement_without_final_punctuation(tmp_path):
    text = SEED.replace(".", "")
    path = tmp_path / "nopunct.txt"
    path.write_text(text, encoding="utf-8")
    result = run("-f", "json", str(path))
    assert result.exit_code == ExitStatus.OK
    statements = json.loads(result.stdout)["documents"][0]["statements"]
    assert all(st["sentences"] for st in statements)


def test_missing_and_directory_and_unreadable(tmp_path):
    unreadable = tmp_path / "secret.txt"
    unreadable.write_text(SEED, encoding="utf-8")
    unreadable.chmod(0)
    result = run("-f", "json", str(tmp_path / "missing.txt"), str(unreadable))
    messages = [e["message"] for e in json.loads(result.stdout)["errors"]]
    assert messages[0] == "no such file"
    if os.geteuid() != 0:  # root reads any file
        assert messages[1] == "permission denied"
    assert result.exit_code == ExitStatus.INPUT_ERROR


def test_symlink_loops_in_a_folder_end(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "seed.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "self").symlink_to(tmp_path / "self")
    found = list(expand_paths([str(tmp_path)]))
    assert found == [str(tmp_path / "a" / "seed.txt")]


def test_names_with_spaces_and_non_ascii(tmp_path):
    path = tmp_path / "réunion du 7 février.txt"
    path.write_text(SEED, encoding="utf-8")
    result = run("-f", "json", str(tmp_path))
    assert json.loads(result.stdout)["documents"][0]["source"] == str(path)


def test_stdin_dash(tmp_path):
    result = run("-f", "json", "-", input=SEED.encode("utf-16"))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["documents"][0]["encoding"] == "utf-16"


@pytest.mark.parametrize(
    ("target", "reason"),
    [("no-such-folder/report.json", "No such file or directory"), ("a-file/report.json", "Not a directory")],
    ids=["missing folder", "a file where a folder should be"],
)
def test_an_output_that_cannot_be_written_is_one_line_and_exit_2(tmp_path, seed_path, target, reason):
    from click.testing import CliRunner

    from readout_diff.cli import main

    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    out = str(tmp_path / target)
    result = CliRunner().invoke(main, ["--format", "json", "-o", out, str(seed_path)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"readout-diff: cannot write {out}: {reason}"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".readout-diff-")]  # no temporary file left


@pytest.mark.parametrize("option", ["--aliases", "--topics"])
def test_a_data_file_that_is_a_symlink_loop_is_one_line_and_exit_2(tmp_path, seed_path, option):
    from click.testing import CliRunner

    from readout_diff.cli import main

    loop = tmp_path / "loop.toml"
    loop.symlink_to(loop)
    result = CliRunner().invoke(main, [option, str(loop), str(seed_path)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"readout-diff: {loop}: ") and "Traceback" not in result.output
