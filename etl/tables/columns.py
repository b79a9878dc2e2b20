"""Column headers of registers and long tables (data/register_columns.csv) and the header row that has them."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from etl.reference.text import fold_expanded, strip_diacritics
from etl.tables.sheet_tools import Grid, header_label

_DATA = Path(__file__).resolve().parents[2] / "data"


@lru_cache(maxsize=1)
def _columns() -> dict[str, dict[str, str]]:
    """{table kind: {folded header text: field}}."""
    out: dict[str, dict[str, str]] = {}
    with open(_DATA / "register_columns.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["register"], {})[fold_expanded(row["text"])] = row["field"]
    return out


def field_of(kind: str, label: object) -> str | None:
    if not isinstance(label, str) or not label.strip():
        return None  # numbers and blanks name no column
    return _field_of_text(kind, label)


@lru_cache(maxsize=1)
def _columns_ascii() -> dict[str, dict[str, str]]:
    """{table kind: {header text without diacritics: field}}, for headers typed without them ("Nhan rong",
    "Neu guong"); a text that two fields share once its diacritics are gone is left out."""
    out: dict[str, dict[str, str]] = {}
    for kind, texts in _columns().items():
        fields: dict[str, set[str]] = {}
        for folded, field in texts.items():
            fields.setdefault(strip_diacritics(folded), set()).add(field)
        out[kind] = {k: next(iter(v)) for k, v in fields.items() if len(v) == 1}
    return out


@lru_cache(maxsize=65536)
def _field_of_text(kind: str, label: str) -> str | None:
    folded = fold_expanded(header_label(label))
    found = _columns()[kind].get(folded)
    if found is None and folded == strip_diacritics(folded):  # typed without diacritics
        found = _columns_ascii()[kind].get(folded)
    return found


def find_columns(grid: Grid, kind: str, required: set[str] | tuple[set[str], ...], max_rows: int = 60,
                 ) -> tuple[int, int, dict[str, int]] | None:
    """The header row: the first row (within ``max_rows``) whose cells name every ``required`` field (or every
    field of one of several ``required`` sets).

    Returns (first header row, last header row, {field: column}). A second header row under merged groups
    ("Mô hình" over "Mới", "Điểm") adds the fields it names."""
    options = (required,) if isinstance(required, set) else required
    for r in range(min(max_rows, grid.height)):
        cells = grid.text_cells(r)  # the row's texts, found once for the three kinds of table looked for
        if len(cells) < 2:
            continue
        found: dict[str, int] = {}
        for c, v in cells:
            f = field_of(kind, v)
            if f and f not in found:
                found[f] = c
        if not found:
            continue
        if not any(option <= set(found) for option in options):
            continue
        bottom = r
        if r + 1 < grid.height:
            below = {c: field_of(kind, grid.raw(r + 1, c)) for c in range(grid.width)}
            below = {c: f for c, f in below.items() if f}
            if below and all(isinstance(v, str) or v is None for v in grid.rows[r + 1]):
                for c, f in below.items():
                    if f not in found or grid.is_merged_child(r + 1, c) is False:
                        found[f] = c
                bottom = r + 1
        return r, bottom, found
    return None
