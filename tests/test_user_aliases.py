"""--aliases reaches every stage that reads names: each stage's reading with a user's alias file
(made-up names) differs from its reading with the built-in table alone, as the file says it should."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

import pytest

from readout_diff.model import DocumentResult
from readout_diff.options import Options
from readout_diff.pipeline import compare_text
from readout_diff.text.aliases import load_aliases

# The user's table: made-up countries written several ways, and a made-up port.
ALIASES = """
[[alias]]
canonical = "Sylvania"
variants = ["Sylvanian Republic", "SR"]

[[alias]]
canonical = "Zembla"
variants = ["Upper Zembla"]

[[alias]]
canonical = "Port Vesna"
variants = ["Vesna Harbour"]
"""


def seed(left: list[str], right: list[str]) -> str:
    return (
        "Ministry of Foreign Affairs of Latveria\n3 March 2025\nForeign Minister meets counterpart\n\n"
        + " ".join(left)
        + "\n\nMinistry of Foreign Affairs of Freedonia\n3 March 2025\nReadout of the talks\n\n"
        + " ".join(right)
        + "\n"
    )


def _shared(result: DocumentResult) -> set[str]:
    return {term for m in result.comparisons[0].alignment.matches for term in m.shared}


def _evidence(result: DocumentResult) -> set[str]:
    return {e for m in result.comparisons[0].alignment.matches for e in m.evidence}


def _speakers(result: DocumentResult) -> set[str]:
    analysis = result.comparisons[0].analysis
    return {a.speaker for a in analysis.left_speakers + analysis.right_speakers}


def _conflicts(result: DocumentResult) -> set[str]:
    return {c.kind for c in result.comparisons[0].analysis.conflicts}


def _right_terms(result: DocumentResult) -> set[str]:
    return set(result.comparisons[0].terms.right)


# (stage, left sentences, right sentences, what the result shows of that stage, a value it holds
# with the built-in table alone and not with the user's table, a value it holds with the user's table
# and not without; None: no such value).
Reading = Callable[[DocumentResult], set[str]]
CASES: list[tuple[str, list[str], list[str], Reading, str | None, str | None]] = [
    (
        "alignment",
        ["Envoys of the Sylvanian Republic inspected the grain silos near the border."],
        ["SR envoys inspected the grain silos near the border."],
        _shared,
        None,
        "sylvania",
    ),
    (
        "mentions",
        [
            "President Mateo Rocha of Sylvania spoke with President Lind of Freedonia about the fisheries"
            " quota."
        ],
        ["President Lind had a call with the President of the SR about the fisheries quota."],
        _evidence,
        None,
        "same participant: President Mateo Rocha of Sylvania = the President of the SR",
    ),
    (
        "speakers",
        ["The SR delegation stressed the fisheries quota."],
        ["The ministers discussed the fisheries quota."],
        _speakers,
        "the SR delegation",
        "the Sylvania delegation",
    ),
    (
        "titles",
        ["The President of the Republic of Upper Zembla welcomed the fisheries accord."],
        ["The ministers discussed the fisheries accord."],
        _speakers,
        "President Upper Zembla",
        "the President of the Republic of Upper Zembla",
    ),
    (
        "conflicts: participants",
        ["The SR delegation was led by the Ministry of Fisheries."],
        ["The Sylvanian Republic delegation was led by the Ministry of Trade."],
        _conflicts,
        None,
        "participant",
    ),
    (
        "conflicts: places",
        ["The ministers met in Port Vesna to sign the fisheries accord."],
        ["The ministers met in Vesna Harbour to sign the fisheries accord."],
        _conflicts,
        "place",
        None,
    ),
    (
        "key terms",
        ["Envoys of the Sylvanian Republic inspected the grain silos."],
        ["SR envoys inspected the grain silos."],
        _right_terms,
        "SR envoys",
        None,
    ),
]


@pytest.mark.parametrize(
    ("stage", "left", "right", "read", "builtin_only", "user_only"), CASES, ids=[c[0] for c in CASES]
)
def test_user_aliases_reach_the_stage(tmp_path, stage, left, right, read, builtin_only, user_only):
    path = tmp_path / "aliases.toml"
    path.write_text(ALIASES, encoding="utf-8")
    text = seed(left, right)
    builtin = read(compare_text(text, "made-up"))
    user = read(compare_text(text, "made-up", replace(Options(), aliases=load_aliases(path))))
    if builtin_only is not None:
        assert builtin_only in builtin and builtin_only not in user, (builtin, user)
    if user_only is not None:
        assert user_only in user and user_only not in builtin, (builtin, user)


def test_the_title_reader_reads_the_table_it_is_given(tmp_path):
    """A run of capitalised words after "of" ends in a person's name unless the table calls it a
    country's: the user's table says "Upper Zembla" is one."""
    from readout_diff.text.aliases import builtin_aliases
    from readout_diff.text.titles import find_title_mentions

    path = tmp_path / "aliases.toml"
    path.write_text(ALIASES, encoding="utf-8")
    text = "The President of the Republic of Upper Zembla welcomed the accord."
    (builtin,) = find_title_mentions(text, builtin_aliases())
    (user,) = find_title_mentions(text, load_aliases(path))
    assert (builtin.title, builtin.name, builtin.foreign) == ("President", "Upper Zembla", True)
    assert (user.title, user.name, user.foreign) == ("President", "", True)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_command_line_hands_the_file_to_every_worker(tmp_path, jobs):
    """``--aliases`` through the command, in one process or in worker processes: the speaker is named
    the user's way in every file."""
    from click.testing import CliRunner

    from readout_diff import cli

    path = tmp_path / "aliases.toml"
    path.write_text(ALIASES, encoding="utf-8")
    folder = tmp_path / "seeds"
    folder.mkdir()
    text = seed(
        ["The SR delegation stressed the fisheries quota."], ["The ministers discussed the fisheries quota."]
    )
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["-f", "jsonl", "-j", jobs, "--aliases", str(path), str(folder)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2
    for document in lines:
        speakers = document["comparisons"][0]["speakers"]["s1"]
        assert [s["speaker"] for s in speakers] == ["the Sylvania delegation"]
