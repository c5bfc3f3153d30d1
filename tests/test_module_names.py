"""No module binds one top-level name twice: a second pattern of the same name silently replaces the first for every
function that reads it at run time (two such pairs, IF_CLAUSE in relate_cues and COORDINATED in subjects, had turned a
check of decisions 0781 and earlier into another pattern's; found and named apart in decision 0798)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("base", "drugkg", "graph_build", "ontology", "queries")
#: Names bound once as a placeholder and filled once the functions they list are defined.
PLACEHOLDERS = {("graph_build/text/subjects.py", "NOT_A_DRUG")}


def _bound(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_no_top_level_name_is_bound_twice() -> None:
    twice = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            counts = Counter(_bound(ast.parse(path.read_text(encoding="utf-8"))))
            twice += [(rel, name) for name, n in counts.items() if n > 1 and (rel, name) not in PLACEHOLDERS]
    assert twice == []
