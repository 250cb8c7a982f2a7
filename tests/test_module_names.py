"""Every module-level name in coding/ is defined once. Helpers add rule blocks at the end of engine.py; a second
``FOLLOWER_NOUNS = ...`` there silently replaced the first for every rule that read it (found in the fourteenth
session, with CONFLICT_NOUNS and SYMPATHY_CODES). A name a module means to rebind belongs in ALLOWED."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

CODING = Path(__file__).resolve().parents[1] / "coding"
ALLOWED: set[tuple[str, str]] = set()


def _top_level_names(tree: ast.Module) -> dict[str, list[int]]:
    lines: dict[str, list[int]] = defaultdict(list)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            lines[node.name].append(node.lineno)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    lines[target.id].append(node.lineno)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            lines[node.target.id].append(node.lineno)
    return lines


@pytest.mark.parametrize("path", sorted(CODING.rglob("*.py")), ids=lambda p: str(p.relative_to(CODING)))
def test_no_module_name_defined_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    twice = {name: at for name, at in _top_level_names(tree).items() if len(at) > 1 and (path.name, name) not in ALLOWED}
    assert not twice, f"{path.name}: defined more than once (lines): {twice}"


def test_the_check_sees_a_second_definition() -> None:
    tree = ast.parse("A = {1}\ndef f():\n    return A\nA = {2}\n")
    assert _top_level_names(tree)["A"] == [1, 4]
