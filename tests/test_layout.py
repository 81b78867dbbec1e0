"""The layout stays layered: no package of twapschema imports one that imports it back, and the
validation path (a venue model, ``twapschema.validate``) loads none of the compiler."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "twapschema"
COMPILER = ("twapschema.ir", "twapschema.spec", "twapschema.rules", "twapschema.emit")


def _unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "twapschema"


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _imports(tree: ast.AST) -> list[str]:
    """Every twapschema module imported, at module level or in a function (imports only a type
    checker sees are left out: they load nothing)."""
    found: list[str] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            todo.extend(node.orelse)
            continue
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("twapschema")
        ):
            found += [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("twapschema")]
        todo.extend(ast.iter_child_nodes(node))
    return found


def _graph() -> dict[str, set[str]]:
    units = {p.stem for p in PACKAGE.iterdir() if p.suffix == ".py" or p.is_dir()}
    edges: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        here = _unit(".".join(parts).removesuffix(".__init__"))
        for target in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            there = _unit(target)
            if there != here and there in units:
                edges.setdefault(here, set()).add(there)
    return edges


def test_packages_import_each_other_one_way_only() -> None:
    edges = _graph()
    done: set[str] = set()

    def visit(unit: str, trail: tuple[str, ...]) -> None:
        if unit in trail:
            raise AssertionError("import cycle: " + " -> ".join((*trail, unit)))
        if unit in done:
            return
        for nxt in sorted(edges.get(unit, ())):
            visit(nxt, (*trail, unit))
        done.add(unit)

    for unit in sorted(edges):
        visit(unit, ())


def test_the_runtime_imports_no_compiler_and_no_generated_code() -> None:
    below = _graph().get("runtime", set())
    assert not below & {"ir", "spec", "rules", "emit", "generate", "models", "testing"}, below


def test_validating_loads_none_of_the_compiler() -> None:
    script = (
        "import sys, twapschema\n"
        "twapschema.validate('qfex', 'add_twap', {})\n"
        f"loaded = sorted(m for m in sys.modules if m.startswith({COMPILER!r}))\n"
        "print(loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout
