"""The renderers only format the report: each module of ``readout_diff/render`` imports the report model,
the shared text helpers, the registry, ``..errors`` and the version, and otherwise only the standard
library, Rich and click (and the Word renderer python-docx, the one library of its extra). None of them reaches the analysis (speakers, topics, terms, conflicts, ...), the
pipeline's records (``model``) or another renderer (JSON Lines frames the JSON contract's objects)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

RENDER = Path(__file__).resolve().parents[1] / "readout_diff" / "render"

#: What a renderer module may import from inside readout_diff, as (level, module): level 1 is
#: ``readout_diff.render``, level 2 is ``readout_diff``. Anything else inside the package is refused.
ALLOWED_INSIDE = {
    (2, "report"),  # the one report model
    (2, "errors"),
    (2, None),  # ``from .. import __version__`` only (checked below)
    (1, "text"),  # the shared text helpers
    (1, None),  # ``from . import RenderOptions``: the registry's facts about the output
}
#: The one renderer another may import, and who: JSON Lines writes the JSON contract's document objects.
ALLOWED_BETWEEN = {("jsonl", "json")}
#: Outside packages a renderer may use.
ALLOWED_OUTSIDE = {"rich", "click"}
#: Outside packages one renderer may use, and which: an optional extra's library stays in its format's module
#: (python-docx, imported as ``docx``, only in the Word renderer, so that no other format needs the extra).
ALLOWED_OUTSIDE_IN = {("docx", "docx")}


def imports(path: Path) -> list[tuple[int, str | None, tuple[str, ...]]]:
    """Every import of a module: (level, module, names); ``import x.y`` is level 0."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend((0, alias.name, ()) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.append((node.level, node.module, tuple(alias.name for alias in node.names)))
    return found


def refused(path: Path) -> list[str]:
    """The imports of ``path`` that break the rules, as written."""
    bad = []
    for level, module, names in imports(path):
        shown = f"from {'.' * level}{module or ''} import {', '.join(names)}" if level else f"import {module}"
        if level == 0:
            top = (module or "").split(".")[0]
            known = top in sys.stdlib_module_names or top in ALLOWED_OUTSIDE or (path.stem, top) in ALLOWED_OUTSIDE_IN
            if top == "readout_diff" or not known:
                bad.append(shown)
        elif (level, module) == (2, None):
            if set(names) != {"__version__"}:
                bad.append(shown)
        elif (level, module) not in ALLOWED_INSIDE:
            if not (level == 1 and (path.stem, module) in ALLOWED_BETWEEN):
                bad.append(shown)
    return bad


MODULES = sorted(RENDER.glob("*.py"))


def test_every_renderer_module_is_checked() -> None:
    assert {"__init__", "text", "terminal", "json", "jsonl", "markdown", "html", "docx"} <= {p.stem for p in MODULES}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_renderer_imports_only_the_report_and_formatting(path: Path) -> None:
    assert refused(path) == []


# (label, module source, the imports refused): the rule itself, on made-up modules
RULE_CASES = [
    ("the report, helpers, registry, version", "from ..report import Report\nfrom .text import plural\n"
     "from . import RenderOptions\nfrom .. import __version__\nfrom ..errors import ExitStatus\n", []),
    ("stdlib, rich, click",
     "import json\nfrom html import escape\nfrom rich.text import Text\nimport click\n", []),
    ("an analysis module", "from ..speakers import credits\n", ["from ..speakers import credits"]),
    ("the pipeline's records", "from ..model import Comparison\n", ["from ..model import Comparison"]),
    ("the package by name", "import readout_diff.analyse.topics\n", ["import readout_diff.analyse.topics"]),
    ("more than the version", "from .. import __version__, topics\n", ["from .. import __version__, topics"]),
    ("another renderer", "from .markdown import escape\n", ["from .markdown import escape"]),
    ("a third-party package", "import numpy\n", ["import numpy"]),
    ("python-docx outside the Word renderer", "import docx\nfrom docx.shared import Pt\n",
     ["import docx", "import docx.shared"]),
]  # fmt: skip


@pytest.mark.parametrize(("label", "source", "expected"), RULE_CASES, ids=[c[0] for c in RULE_CASES])
def test_the_rule(label: str, source: str, expected: list[str], tmp_path: Path) -> None:
    module = tmp_path / "made_up.py"
    module.write_text(source, encoding="utf-8")
    assert refused(module) == expected


def test_python_docx_only_in_the_word_renderer(tmp_path: Path) -> None:
    """The Word renderer's module may import python-docx (as ``docx``); nothing else it may not."""
    module = tmp_path / "docx.py"
    module.write_text("import docx\nfrom docx.shared import Pt\nfrom ..report import Report\nimport numpy\n")
    assert refused(module) == ["import numpy"]
