"""The package's rooms and what may import what (README, "How it works"), checked on the code itself.

Arrows are the imports Python runs: at module level and inside functions (a lazy import is still an
arrow). Imports under ``if TYPE_CHECKING:`` are not: a stage's functions may name, in their hints, the
record a later stage builds and hands them (the analyses take an ``AnnotatedStatement``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "readout_diff"

#: Every module's room, by its dotted name inside the package (a folder's modules are in its room).
ROOMS = {
    "": "face",  # __init__.py: the public names
    "__main__": "face",
    "cli": "face",
    "pipeline": "pipeline",
    "compare": "compare",
    "annotate": "annotate",
    "context": "annotate",
    "report": "report",
    "render": "render",
    "match": "match",
    "analyse": "analyse",
    "load": "load",
    "text": "text",
    "model": "records",
    "errors": "records",
    "options": "records",
    "schema": "records",
    # ``from .. import __version__``: the one place the version is written is the package's __init__,
    # and reading it is no arrow to the face.
    "__version__": "records",
}

#: What each room may import besides itself: only rooms below it (the README draws them).
ALLOWED = {
    "records": set(),
    "text": {"records"},
    "load": {"text", "records"},
    "analyse": {"text", "records"},
    "match": {"text", "records"},
    "annotate": {"analyse", "text", "records"},
    "compare": {"annotate", "match", "analyse", "text", "records"},
    "pipeline": {"compare", "annotate", "load", "records"},
    "report": {"analyse", "records"},
    "render": {"report", "records"},
    "face": {"pipeline", "compare", "annotate", "report", "render", "match", "analyse", "load", "text", "records"},
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _room(module: str) -> str:
    head = module.split(".")[0]
    if module in ROOMS:
        return ROOMS[module]
    assert head in ROOMS, f"readout_diff.{module} is in no room: add it to ROOMS (and to the README)"
    return ROOMS[head]


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(tree: ast.AST):
    """Every ``import``/``from ... import`` node Python runs, skipping ``if TYPE_CHECKING:`` blocks."""
    stack = [tree]
    while stack:
        node = stack.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                stack.extend(child.orelse)
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                yield child
            stack.append(child)


def _targets(module: str, is_package: bool, node: ast.AST) -> set[str]:
    """The package modules an import node reaches (dotted, inside the package)."""
    if isinstance(node, ast.Import):
        return {a.name.removeprefix("readout_diff.") for a in node.names if a.name.startswith("readout_diff.")}
    if node.level == 0:
        if node.module == "readout_diff":
            return {a.name for a in node.names}
        if node.module and node.module.startswith("readout_diff."):
            return {node.module.removeprefix("readout_diff.")}
        return set()
    base = module.split(".") if module else []
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
    target = ".".join([*base, *(node.module.split(".") if node.module else [])])
    if node.module:
        return {target}
    if not target and {a.name for a in node.names} == {"__version__"}:
        return {"__version__"}
    # "from . import x": x may be a module of that package, or a name its __init__ defines
    return {f"{target}.{a.name}".strip(".") if (PACKAGE / target.replace(".", "/") / f"{a.name}.py").exists()
            or (PACKAGE / target.replace(".", "/") / a.name / "__init__.py").exists() else target
            for a in node.names}


def _arrows() -> list[tuple[str, str]]:
    arrows = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _runtime_imports(tree):
            for target in _targets(module, path.name == "__init__.py", node):
                arrows.append((module, target))
    return arrows


ARROWS = _arrows()


def test_every_module_is_in_a_room():
    for path in PACKAGE.rglob("*.py"):
        _room(_module_name(path))
    assert ARROWS, "no import found: the test reads nothing"


@pytest.mark.parametrize(("module", "target"), ARROWS, ids=[f"{m or '__init__'}->{t or '__init__'}" for m, t in ARROWS])
def test_imports_only_run_downward(module, target):
    source, goal = _room(module), _room(target)
    assert source == goal or goal in ALLOWED[source], (
        f"readout_diff.{module} ({source}) imports readout_diff.{target} ({goal}): "
        f"{source} may import only {sorted(ALLOWED[source])}"
    )


def test_no_module_imports_itself_through_others():
    """No circle of modules at run time (a room's own modules may import each other, but not in a loop)."""
    graph: dict[str, set[str]] = {}
    modules = {_module_name(p) for p in PACKAGE.rglob("*.py")}
    for source, target in ARROWS:
        if target == "__version__":
            continue
        while target not in modules and "." in target:  # "pkg.name" where name is defined in pkg
            target = target.rsplit(".", 1)[0]
        if target in modules and target != source:
            graph.setdefault(source, set()).add(target)
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        if node in path:
            raise AssertionError("import circle: " + " -> ".join([*path[path.index(node):], node]))
        if node in done:
            return
        for nxt in sorted(graph.get(node, ())):
            visit(nxt, [*path, node])
        done.add(node)

    for node in sorted(graph):
        visit(node, [])


def test_the_rooms_are_the_readmes():
    """The README's architecture section names every room with its folder or module."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Rooms and arrows", 1)[1].split("\n## ", 1)[0]
    for name, room in ROOMS.items():
        if name and room != "face" and name != "__version__":
            written = f"`{name}/`" if (PACKAGE / name).is_dir() else f"`{name}.py`"
            assert written in section, f"the README's 'Rooms and arrows' does not name {written}"
