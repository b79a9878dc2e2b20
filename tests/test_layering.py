"""Pages are layout (#25 point 2): a page asks a module outside pages/ for its data and draws it. No page combines
or aggregates frames — the figures are computed in SQL in warehouse/ (one rule of every level), put together in
warehouse/views.py and shaped for the screen in ui/."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

# frame operations that combine or aggregate data: a page asks warehouse.views (data) or ui (display) instead
COMBINING = {"concat", "merge", "merge_asof", "merge_ordered", "join", "groupby", "pivot", "pivot_table", "agg",
             "aggregate", "crosstab", "value_counts"}


def combining_calls(source: str, name: str = "<page>") -> list[str]:
    """Each call of ``source`` to a frame operation of ``COMBINING`` ("file:line: .merge(...)"): ``x.merge(...)``,
    ``pd.concat(...)``, ``concat(...)`` imported bare; a string's ``", ".join(...)`` is text, not a frame."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in COMBINING:
            receiver = func.value
            if func.attr == "join" and isinstance(receiver, ast.Constant) and isinstance(receiver.value, str):
                continue  # ", ".join(names)
            found.append((node.lineno, f"{name}:{node.lineno}: .{func.attr}(...) — {ast.unparse(node)[:80]}"))
        elif isinstance(func, ast.Name) and func.id in COMBINING - {"join"}:
            found.append((node.lineno, f"{name}:{node.lineno}: {func.id}(...) — {ast.unparse(node)[:80]}"))
    return [text for _, text in sorted(found)]


def test_no_page_combines_or_aggregates_frames():
    pages = sorted((ROOT / "pages").glob("*.py"))
    assert len(pages) >= 9
    found = [hit for page in pages
             for hit in combining_calls(page.read_text(encoding="utf-8"), str(page.relative_to(ROOT)))]
    assert not found, ("pages lay out what warehouse/views.py and ui/ give them; move these out of the page:\n"
                       + "\n".join(found))


def test_the_check_finds_each_way_of_writing_it():
    source = "\n".join([
        "import pandas as pd",
        "from pandas import concat",
        "a = pd.concat([x, y])",
        "b = x.merge(y, on='k')",
        "c = x.groupby('k')['v'].agg('sum')",
        "d = x.pivot_table(index='a', columns='b')",
        "e = x.join(y)",
        "f = concat([x])",
        "g = ', '.join(names)",  # text: allowed
        "h = x['k'].value_counts()",
    ])
    hits = combining_calls(source, "pages/demo.py")
    assert [h.split(" — ")[0] for h in hits] == [
        "pages/demo.py:3: .concat(...)", "pages/demo.py:4: .merge(...)", "pages/demo.py:5: .agg(...)",
        "pages/demo.py:5: .groupby(...)", "pages/demo.py:6: .pivot_table(...)", "pages/demo.py:7: .join(...)",
        "pages/demo.py:8: concat(...)", "pages/demo.py:10: .value_counts(...)"]


def test_every_name_a_page_asks_for_is_one_function():
    """``Source.q(name)`` runs ``warehouse.queries.<name>`` or ``warehouse.views.<name>``: no name in both (the
    view would never run), and every name a page, ui/ or the report asks for exists."""
    import re

    from warehouse import queries, views

    def public(module: object) -> set[str]:
        return {n for n, v in vars(module).items() if callable(v) and not n.startswith("_")
                and getattr(v, "__module__", None) == module.__name__}

    both = public(queries) & public(views)
    assert not both, both
    asked = set()
    for path in [*(ROOT / "pages").glob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        asked |= set(re.findall(r"""\.q\(\s*["']([a-z_]+)["']""", Path(path).read_text(encoding="utf-8")))
    assert {"overview", "ranking", "country_trend", "unit_trend", "map_years"} <= asked
    missing = {n for n in asked if not hasattr(queries, n) and not hasattr(views, n)}
    assert not missing, missing
