"""The product's import graph (issue #25): no module imports itself back through others, and the loader's stages
depend on each other in one direction only — reading, then the reference, then tables, then publishing.

Every import counts, at the top of a module or inside a function, under TYPE_CHECKING or not: a cycle that only
a lazy import keeps from failing is still two modules that cannot be understood one without the other."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("etl", "accounts", "warehouse", "ui", "reportgen", "pages")
STAGES = ("etl.reading", "etl.reference", "etl.tables", "etl.publishing")
# What each of the loader's parts may import besides itself (and the standard library and third parties).
ALLOWED = {
    "etl.messages": set(),
    "etl.reading": {"etl.messages"},
    "etl.reference": {"etl.reading", "etl.messages"},
    "etl.tables": {"etl.reading", "etl.reference", "etl.messages"},
    "etl.publishing": {"etl.reading", "etl.reference", "etl.tables", "etl.messages", "accounts", "warehouse"},
    "etl.cli": {*STAGES, "etl.messages", "accounts", "warehouse"},
    "accounts": {"warehouse"},
    "warehouse": {"etl.reference"},
}


def modules(root: Path = ROOT) -> dict[str, Path]:
    out = {"dashboard": root / "dashboard.py"}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _owner(name: str, known: dict[str, Path]) -> str | None:
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def import_graph(known: dict[str, Path]) -> dict[str, dict[str, int]]:
    """{module: {imported module of the product: the line of the first such import}}."""
    graph: dict[str, dict[str, int]] = {}
    for name, path in known.items():
        edges = graph.setdefault(name, {})
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join([*up, base] if base else up)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
            else:
                continue
            for target in targets:
                owner = _owner(target, known)
                if owner and owner != name:
                    edges.setdefault(owner, node.lineno)
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """Each strongly connected part of more than one node, as one cycle through it (Tarjan, then a path)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    parts: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                on.discard(w)
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                parts.append(part)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    found = []
    for part in parts:  # a cycle inside the part: walk from its smallest member until a node repeats
        members, path = set(part), [min(part)]
        while path.count(path[-1]) < 2:
            path.append(min(w for w in graph[path[-1]] if w in members))
        found.append(path[path.index(path[-1]):])
    return found


def component(module: str) -> str:
    """The part a module belongs to: a stage of the loader, etl's own top modules, or a top-level package."""
    parts = module.split(".")
    if parts[0] == "etl" and len(parts) > 1:
        return ".".join(parts[:2])
    return parts[0]


def component_graph(graph: dict[str, dict[str, int]]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for module, edges in graph.items():
        for target, line in edges.items():
            a, b = component(module), component(target)
            if a != b:
                out.setdefault(a, {}).setdefault(b, f"{module} line {line} imports {target}")
        out.setdefault(component(module), {})
    return out


def _said(cycle: list[str], graph: dict[str, dict[str, object]]) -> str:
    return " -> ".join(f"{a} (line {graph[a][b]})" for a, b in zip(cycle, cycle[1:], strict=False)) + f" -> {cycle[-1]}"


def test_no_module_imports_itself_back():
    graph = import_graph(modules())
    assert len(graph) > 80, f"the graph holds only {len(graph)} modules: the walk missed the packages"
    found = cycles(graph)
    assert not found, "import cycles:\n" + "\n".join(_said(c, graph) for c in found)


def test_no_part_of_the_product_imports_itself_back():
    graph = component_graph(import_graph(modules()))
    found = cycles({k: dict.fromkeys(v, 0) for k, v in graph.items()})
    assert not found, "cycles between parts:\n" + "\n".join(
        " -> ".join(f"{a} ({graph[a][b]})" for a, b in zip(c, c[1:], strict=False)) for c in found)


def test_the_loaders_stages_depend_in_one_direction():
    graph = component_graph(import_graph(modules()))
    assert set(STAGES) <= set(graph), f"a stage is missing: {sorted(set(STAGES) - set(graph))}"
    wrong = [f"{part} may not import {target}: {where}" for part, allowed in ALLOWED.items()
             for target, where in graph.get(part, {}).items() if target not in allowed]
    assert not wrong, "\n".join(wrong)


def test_accounts_are_outside_the_loader():
    known = modules()
    assert "accounts.users" in known and "accounts.signin" in known
    assert not [m for m in known if m.startswith("etl.") and m.rpartition(".")[2] in ("users", "signin")]


def test_a_cycle_is_found_and_named(tmp_path):
    """The check itself: two modules importing each other (one lazily, one under TYPE_CHECKING) are a cycle."""
    (tmp_path / "etl" / "reading").mkdir(parents=True)
    (tmp_path / "etl" / "__init__.py").write_text("")
    (tmp_path / "etl" / "reading" / "__init__.py").write_text("")
    (tmp_path / "etl" / "reading" / "a.py").write_text("def f():\n    from etl.reading.b import g\n")
    (tmp_path / "etl" / "reading" / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import a\n")
    (tmp_path / "dashboard.py").write_text("import etl.reading.a\n")
    for package in PACKAGES[1:]:
        (tmp_path / package).mkdir()
    graph = import_graph(modules(tmp_path))
    assert graph["etl.reading.a"] == {"etl.reading.b": 2} and graph["etl.reading.b"] == {"etl.reading.a": 3}
    assert cycles(graph) == [["etl.reading.a", "etl.reading.b", "etl.reading.a"]]
    assert _said(cycles(graph)[0], graph) == "etl.reading.a (line 2) -> etl.reading.b (line 3) -> etl.reading.a"
