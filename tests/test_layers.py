"""The rooms import in one direction: `drugkg/` (the command line) uses the rest, nothing uses it back.

The read side may use the write side's serialisers (the VoID description, the Turtle writer, the loader of a
built graph) but never its text machinery.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: For each package, the project packages it must never import.
FORBIDDEN = {
    "base": {"drugkg", "graph_build", "queries", "ontology"},
    "ontology": {"drugkg", "graph_build", "queries"},
    "graph_build": {"drugkg", "queries"},
    "queries": {"drugkg", "graph_build"},
}
#: Modules a package may import although their package is forbidden to it.
ALLOWED = {"queries": {"graph_build.describe", "graph_build.write", "graph_build.export"}}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_does_not_import_what_sits_above_it(package: str) -> None:
    offenders = {
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / package).rglob("*.py"))
        for name in imported_modules(path) - ALLOWED.get(package, set())
        if name.split(".")[0] in FORBIDDEN[package]
    }
    assert not offenders, sorted(offenders)


#: The write side's three parts: text mining, exports and linking do not reach into each other.
WRITE_SIDE_PARTS = {
    "graph_build/text": {"graph_build.export", "graph_build.link"},
    "graph_build/export": {"graph_build.text", "graph_build.link"},
    "graph_build/link": {"graph_build.text"},
}


@pytest.mark.parametrize("part", sorted(WRITE_SIDE_PARTS))
def test_the_write_sides_parts_keep_to_themselves(part: str) -> None:
    offenders = {
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / part).rglob("*.py"))
        for name in imported_modules(path)
        if any(name == other or name.startswith(other + ".") for other in WRITE_SIDE_PARTS[part])
    }
    assert not offenders, sorted(offenders)
