"""Registers: the list of models and the list of commendations, one row per item.

The host or recipient is free text ("Hội LHPN xã Long Sơn", "Ông Trần Văn Hai, thị trấn Thạnh Hóa",
"Công an huyện"); the item is linked to the commune named in it, else to the reporting unit.
"""

from __future__ import annotations

import re

from etl.field_tables import OtherColumns
from etl.ledger import FACT, IGNORED, LABEL, REJECT, SheetLedger
from etl.records import RegisterItem, Reject, RejectLog, a1
from etl.sheet_tools import Grid, is_note_row, is_numbering_row, row_year, text
from etl.table import Table
from etl.text import fold
from etl.units import UnitIndex, UnitVersion
from etl.values import is_blank

_YES = {"x", "có", "co", "✓", "✔", "v", "1", "yes", "true", "mới", "điểm", "đề nghị", "đã đề nghị"}
_NO = {"", "không", "khong", "0", "no", "false", "-", "duy trì"}
_INDIVIDUAL_START = ("ông ", "bà ", "đồng chí ", "đ c ", "anh ", "chị ", "cô ", "thầy ", "em ", "cháu ")
_FRACTION = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


def kind_of(value: object) -> str | None:
    f = fold(value)
    if f in ("tập thể", "tt", "tập thể tt", "tap the", "collective"):
        return "collective"
    if f in ("cá nhân", "cn", "ca nhan", "individual"):
        return "individual"
    return None


def guess_kind(recipient: str) -> str | None:
    f = fold(recipient) + " "
    if f.startswith(_INDIVIDUAL_START):
        return "individual"
    return None


def level_of(value: object) -> tuple[str | None, bool]:
    """Commendation level and whether it is only proposed: "Đề nghị Tỉnh" -> ('province', True)."""
    f = fold(value)
    proposed = "đề nghị" in f or "trình" in f.split()[:1]
    if any(w in f for w in ("trung ương", "tw", "chính phủ", "thủ tướng", "chủ tịch nước", "quốc hội", "bộ ")):
        return "central", proposed
    if "tỉnh" in f or "thành phố" in f or f in ("tp", "cấp tỉnh"):
        return "province", proposed
    if "huyện" in f or "quận" in f or "thị xã" in f or f in ("cấp huyện",):
        return "district", proposed
    return None, proposed


def yes(value: object) -> bool | None:
    f = fold(value)
    if f in _YES:
        return True
    if f in _NO:
        return False
    return None


def linked_unit(index: UnitIndex, scope: UnitVersion, year: int, texts: list[str]) -> str:
    """The commune named in the host/recipient text, else the scope unit."""
    communes = index.descendants(scope.unit_key, year, "commune") if scope.level != "commune" else []
    for raw in texts:
        f = fold(raw)
        if not f:
            continue
        hits: dict[str, int] = {}
        for v in communes:
            full = fold(v.name)  # "xã long sơn", "thị trấn mỹ an"
            if _contains_words(f, full):
                hits[v.unit_key] = len(full)
        if not hits:
            parts = [p.strip() for p in re.split(r"[,;(]", fold(raw))]
            for v in communes:
                bare = fold(v.name).split(" ", 1)[1] if " " in v.name else fold(v.name)
                if v.type == "Thị trấn":
                    bare = fold(v.name)[len("thị trấn "):]
                if bare in parts:
                    hits[v.unit_key] = len(bare)
        if hits:
            return max(hits, key=lambda k: hits[k])
    return scope.unit_key


def _contains_words(haystack: str, needle: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", haystack) is not None


def read_register(grid: Grid, table: Table, ledger: SheetLedger, index: UnitIndex, scope: UnitVersion,
                  year: int | None, max_year: int, rejects: RejectLog) -> list[RegisterItem]:
    """The items of a register table (its rejects into ``rejects``); every cell of its rows marked in the
    ledger."""
    register = table.kind
    cols = table.fields
    sheet = grid.sheet.name
    items: list[RegisterItem] = []
    name_field = "name" if register == "models" else "recipient"
    field_cols = sorted(set(cols.values()))
    others = OtherColumns(grid, table, ledger)

    def reject(row: int, col: int, code: str, typed: object, **fields: object) -> None:
        rejects.append(Reject.of(code, sheet, row + 1, a1(row, col), None if typed is None else text(typed), **fields))
        ledger.mark_open(row, col, REJECT, "reject")
        for c in field_cols:
            ledger.mark_open(row, c, REJECT, "reject")

    for r in range(table.first, table.end):
        def get(field: str, r: int = r) -> object:
            return grid.raw(r, cols[field]) if field in cols else None

        row = grid.rows[r]
        if grid.row_is_blank(r):
            continue
        if is_numbering_row(row):
            ledger.mark_rows(r, r + 1, LABEL, "numbering")
            continue
        if all(is_blank(get(f)) for f in cols) or (is_note_row(row) and not text(get(name_field))):
            ledger.mark_rows(r, r + 1, IGNORED, "note")
            continue
        others.mark_row(r)
        name = text(get(name_field))
        if not name:
            reject(r, cols[name_field], "missing_value", None,
                   field="tên mô hình" if register == "models" else "người/tập thể được khen")
            continue
        item_year, problem = row_year(grid, r, cols.get("year"), year, max_year)
        if problem is not None:
            rejects.append(problem)
            for c in field_cols:
                ledger.mark_open(r, c, REJECT, "reject")
            continue
        assert item_year is not None
        kind = None
        if "kind" in cols and not is_blank(get("kind")):
            kind = kind_of(get("kind"))
            if kind is None:
                reject(r, cols["kind"], "bad_kind", get("kind"))
                continue
        host = text(get("host" if register == "models" else "unit")) or None
        if kind is None:
            kind = guess_kind(name if register == "commendations" else (host or ""))
        unit = linked_unit(index, scope, item_year, [host or "", name])
        item = RegisterItem(register, item_year, name, host, unit, kind, sheet=sheet, row=r + 1)
        if register == "models":
            item.field = text(get("field")) or None
            item.is_new = yes(get("is_new")) if "is_new" in cols else None
            item.is_pilot = yes(get("is_pilot")) if "is_pilot" in cols else None
            rep = _FRACTION.match(text(get("replication")))
            if rep:
                item.replicated_units, item.replication_base = int(rep.group(1)), int(rep.group(2))
        else:
            level, proposed = level_of(get("level"))
            if "level" in cols and not is_blank(get("level")) and level is None:
                reject(r, cols["level"], "bad_level", get("level"))
                continue
            if "proposed" in cols and yes(get("proposed")):
                proposed = True
            item.level = level or _default_level(scope)
            item.is_proposed = proposed
            item.form = text(get("form")) or None
        items.append(item)
        for c in field_cols:
            ledger.mark(r, c, FACT, "item")
    rejects += others.rejects()
    ledger.mark_rows(table.top, table.first, LABEL, "header")  # (after the rejects of its unmapped columns)
    return items


def _default_level(scope: UnitVersion) -> str:
    return {"commune": "district", "district": "district", "province": "province"}.get(scope.level, "district")
