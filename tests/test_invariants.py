"""Invariants are checked with errors that say what went wrong, never ``assert``: the product runs the same under
``python -O`` (#21; the batch cases also run under -O in test_load_batches and test_batch_corpus)."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

PRODUCT = ("etl", "accounts", "warehouse", "ui", "pages", "reportgen")


def test_the_product_code_has_no_assert_statement():
    found = []
    for folder in PRODUCT:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Assert):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    for node in ast.walk(ast.parse((ROOT / "dashboard.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assert):
            found.append(f"dashboard.py:{node.lineno}")
    assert found == []
