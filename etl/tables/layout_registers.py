"""Registers: the list of models and the list of commendations, one row per item.

The host or recipient is free text ("Hội LHPN xã Long Sơn", "Ông Trần Văn Hai, thị trấn Thạnh Hóa",
"Công an huyện"); the item is linked to the commune named in it, else to the reporting unit.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from etl.reference.text import fold, strip_diacritics
from etl.reference.units import UnitIndex, UnitVersion
from etl.reference.values import is_blank
from etl.tables.field_tables import OtherColumns
from etl.tables.ledger import FACT, IGNORED, LABEL, REJECT, SheetLedger
from etl.tables.records import RegisterItem, Reject, RejectLog, a1
from etl.tables.sheet_tools import Grid, is_note_row, is_numbering_row, row_year, text
from etl.tables.table import Table

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


# The appraisal of a model by the district's board, in order: registered with it, appraised (thẩm định),
# carried out (triển khai), reviewed (sơ kết). A register gives the furthest step reached in one column
# ("Bước", "Tiến độ"), or a tick or a date in one column per step.
STEPS = ("registered", "appraised", "deployed", "reviewed")
STEP_COLUMNS = {"step_registered": "registered", "step_appraised": "appraised", "step_deployed": "deployed",
                "step_reviewed": "reviewed"}
_STEP_WORDS = {
    "registered": ("đăng ký", "đã đăng ký", "mới đăng ký", "chờ thẩm định", "chưa thẩm định", "đang thẩm định",
                   "bước 1", "b1", "1"),
    "appraised": ("thẩm định", "đã thẩm định", "đạt thẩm định", "thẩm định đạt", "được thẩm định", "đã duyệt",
                  "chờ triển khai", "chưa triển khai", "bước 2", "b2", "2"),
    "deployed": ("triển khai", "đã triển khai", "đang triển khai", "triển khai thực hiện", "đang thực hiện",
                 "thực hiện", "chưa sơ kết", "bước 3", "b3", "3"),
    "reviewed": ("sơ kết", "đã sơ kết", "sơ kết đánh giá", "đã sơ kết đánh giá", "tổng kết", "đã tổng kết",
                 "bước 4", "b4", "4"),
}
_STEP_OF_WORD = {w: step for step, words in _STEP_WORDS.items() for w in words}
_STEP_OF_ASCII = {strip_diacritics(w): step for w, step in _STEP_OF_WORD.items()}
_TICK = {"x", "có", "co", "✓", "✔", "v", "1", "yes", "true", "đã", "rồi", "đạt", "xong", "hoàn thành"}
_NOT_YET = {"", "không", "khong", "0", "no", "false", "-", "chưa", "chua", "chưa có", "không có", "k"}
_DATE_TEXT = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
CONTENTS = ("study", "follow", "example")


def step_of(value: object) -> str | None:
    """The furthest step a "Bước"/"Tiến độ" cell names: "Đã thẩm định" -> 'appraised'; None if not understood."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and float(value).is_integer() and 1 <= value <= 4:
        return STEPS[int(value) - 1]
    f = fold(value)
    f = re.sub(r"^(bước|buoc|b)\s*(\d)\b.*", r"bước \2", f)  # "Bước 2: thẩm định" -> "bước 2"
    return _STEP_OF_WORD.get(f) or _STEP_OF_ASCII.get(strip_diacritics(f))


def step_mark(value: object) -> tuple[bool | None, date | None]:
    """A step's own column: (reached, on which date). A tick or a date is reached, "chưa"/"-" is not;
    anything else is (None, None): not understood."""
    if isinstance(value, datetime):
        return True, value.date()
    if isinstance(value, date):
        return True, value
    if isinstance(value, bool):
        return value, None
    if isinstance(value, (int, float)):
        return {1: True, 0: False}.get(int(value)) if float(value).is_integer() else None, None
    if isinstance(value, str):
        found = _DATE_TEXT.match(value)
        if found:
            day, month, year = (int(g) for g in found.groups())
            try:
                return True, date(year, month, day)
            except ValueError:
                return None, None
    f = fold(value)
    if f in _TICK:
        return True, None
    if f in _NOT_YET:
        return False, None
    return None, None


def content_of(value: object) -> tuple[bool | None, str | None, bool]:
    """A content cell (Học tập Bác, Làm theo Bác, Nêu gương): (has it, its text, understood). A tick is
    yes, "không"/"0"/"-" is no, words are yes with the words kept; a blank says nothing."""
    if _empty(value):
        return None, None, True
    if isinstance(value, bool):
        return value, None, True
    if isinstance(value, (int, float)):
        return ({1: True, 0: False}.get(int(value)) if float(value).is_integer() else None), None, \
            float(value).is_integer() and value in (0, 1)
    f = fold(value)
    if f in _TICK:
        return True, None, True
    if f in _NOT_YET:
        return False, None, True
    if any(ch.isalpha() for ch in f):
        return True, text(value), True
    return None, None, False


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
    step_cols = {cols[f]: step for f, step in STEP_COLUMNS.items() if f in cols}
    if "step" in cols and cols["step"] in step_cols:
        cols = {f: c for f, c in cols.items() if f != "step"}  # a group "Tiến độ" over the steps' own columns
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
        if item_year is None:  # a row without its year was rejected above
            raise RuntimeError(f"register row {r + 1} has no year")
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
            problem_col = _read_appraisal(item, cols, step_cols, get)
            if problem_col is not None:
                col, code = problem_col
                reject(r, col, code, grid.raw(r, col), at=a1(r, col), header=_header_of(table, col))
                continue
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


def _read_appraisal(item: RegisterItem, cols: dict[str, int], step_cols: dict[int, str],
                    get: object) -> tuple[int, str] | None:
    """The contents, the exemplary individual and the appraisal step of a model row, into ``item``; the
    column of the first cell not understood (and its reject code), if any."""
    if not callable(get):
        raise TypeError("get must be a function of a column")
    for content in CONTENTS:
        if content not in cols:
            continue
        has, words, understood = content_of(get(content))
        if not understood:
            return cols[content], "bad_content"
        setattr(item, f"has_{content}", has)
        setattr(item, f"{content}_text", words)
    item.exemplar = text(get("exemplar")) or None if "exemplar" in cols else None
    if item.exemplar is not None and fold(item.exemplar) in _NOT_YET:
        item.exemplar = None  # "Chưa có", "-": no exemplary individual named
    furthest = -1
    given = False
    if "step" in cols and not _empty(get("step")) and fold(get("step")) not in _NOT_YET:
        step = step_of(get("step"))
        if step is None:
            return cols["step"], "bad_step"
        furthest, given = STEPS.index(step), True
    for col, step in sorted(step_cols.items()):
        field = next(f for f, s in STEP_COLUMNS.items() if s == step)
        value = get(field)
        if _empty(value):
            continue
        reached, on = step_mark(value)
        if reached is None:
            return col, "bad_step"
        given = True
        if reached:
            furthest = max(furthest, STEPS.index(step))
            setattr(item, f"{step}_on", on)
    if given and furthest >= 0:
        item.appraisal_step = STEPS[furthest]
    return None


def _empty(value: object) -> bool:
    """Nothing typed ("x" is a tick here, not the figures' "not reported")."""
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, float) and value != value)


def _header_of(table: Table, col: int) -> str:
    column = table.columns.get(col)
    return (column.title if column is not None else "") or ""


def _default_level(scope: UnitVersion) -> str:
    return {"commune": "district", "district": "district", "province": "province"}.get(scope.level, "district")
