"""Templates sent out pre-filled for each reporting unit (issue #27): ``python -m etl templates --year Y --scope
CODE --out DIR`` and the desk's "Gửi biểu mẫu" tab.

One workbook per reporting unit under the scope: a district on the old map (years up to 2024), a province — or,
asked for, each commune — on the new map (from 2025). Each has
- the sheet "Số liệu": the unit's title block ("HUYỆN ỦY CẦU NGANG", "... NĂM 2024"), one row per unit below it
  (its communes with their official name and code for that year, then the unit's own total), the input columns
  tinted and unlocked with Excel data validation (rates 0–100 with one decimal, counts whole and ≥ 0, a list
  "trên/dưới/khoảng" for qualifiers), last year's figures beside each row for reference, headers and names locked
  (sheet protection without a password: nobody is locked out);
- the sheet "Hướng dẫn": how to fill it in;
- a very hidden sheet, its fingerprint (etl.tables.fingerprint): template version, unit, year, send id and the
  place of every row and column, by which the loader reads it back exactly.

The sends are recorded (etl.publishing.sends) so that "Ai chưa báo cáo" knows who received which, and when.
"""

from __future__ import annotations

import io
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import xlsxwriter

from etl.reference.catalog import default_catalog
from etl.reference.text import strip_diacritics
from etl.reference.units import UnitIndex, UnitVersion, map_for_year
from etl.tables.fingerprint import FINGERPRINT_MARK, QUALIFIERS, TEMPLATE_VERSION, Fingerprint

DATA_SHEET = "Số liệu"
GUIDE_SHEET = "Hướng dẫn"
GUIDE_WIDTH = 72  # characters: the guide's column, inside an A4 page
FINGERPRINT_SHEET = "_nhan_dang"
HEADER_TOP = 6  # 0-based: row 7 in Excel
QUALIFIER_LABEL = "Mức (trên, dưới, khoảng)"
REFERENCE_GROUP = "Năm trước (tham khảo, không sửa)"


class TemplateRefused(ValueError):
    """A scope or year for which no template can be made; ``vi``/``en`` say why."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi, self.en = vi, en


@dataclass(frozen=True)
class InputColumn:
    group: str | None  # None: one label over both header rows
    label: str
    metric: str
    role: str  # value | numerator | denominator | qualifier
    width: float = 9


def _columns() -> list[InputColumn]:
    def registered(group: str, metric: str) -> list[InputColumn]:
        return [InputColumn(group, "Tổng số", metric, "denominator"), InputColumn(group, "Đã đăng ký", metric, "numerator"),
                InputColumn(group, "Tỷ lệ (%)", metric, "value"), InputColumn(group, QUALIFIER_LABEL, metric, "qualifier", 11)]

    models = "Mô hình học tập và làm theo Bác"
    return [
        *registered("Đảng viên", "reg_party_members_pct"),
        *registered("CCVC, LLVT không là đảng viên", "reg_civil_servants_pct"),
        InputColumn("Đoàn viên, hội viên", "Tỷ lệ (%)", "reg_union_members_pct", "value"),
        InputColumn("Đoàn viên, hội viên", QUALIFIER_LABEL, "reg_union_members_pct", "qualifier", 11),
        InputColumn(None, "Kế hoạch, hướng dẫn ban hành", "plans_issued", "value", 11),
        InputColumn("Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Tổng số chi bộ", "party_cells_plans_pct",
                    "denominator"),
        InputColumn("Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Số chi bộ hoàn thành",
                    "party_cells_plans_pct", "numerator"),
        InputColumn(models, "Tổng số", "models_total", "value"),
        InputColumn(models, "Tập thể", "models_collective", "value"),
        InputColumn(models, "Cá nhân", "models_individual", "value"),
        InputColumn(models, "Mô hình mới", "models_new", "value"),
        InputColumn(models, "Mô hình điểm", "models_pilot", "value"),
        InputColumn("Nhân rộng mô hình", "Số đơn vị nhân rộng", "model_replication_pct", "numerator", 10),
        InputColumn("Nhân rộng mô hình", "Tổng số đơn vị", "model_replication_pct", "denominator", 10),
        InputColumn("Khen thưởng", "Tập thể", "commend_collective", "value"),
        InputColumn("Khen thưởng", "Cá nhân", "commend_individual", "value"),
        InputColumn("Đề nghị cấp trên khen thưởng", "Tập thể", "commend_proposed_collective", "value"),
        InputColumn("Đề nghị cấp trên khen thưởng", "Cá nhân", "commend_proposed_individual", "value"),
        InputColumn("Tuyên truyền", "Tin, bài", "propaganda_articles", "value"),
        InputColumn("Tuyên truyền", "Bản tin, bài viết phát thanh", "propaganda_broadcasts", "value", 12),
        InputColumn("Tuyên truyền", "Mạng xã hội", "propaganda_social_posts", "value"),
        InputColumn("Tuyên truyền", QUALIFIER_LABEL, "propaganda_social_posts", "qualifier", 11),
    ]


COLUMNS = _columns()


@dataclass
class UnitRow:
    version: UnitVersion
    label: str  # as written in the row: the official name, or "Toàn huyện (Huyện Cầu Ngang)"


@dataclass
class Plan:
    """One workbook: the reporting unit, its year and its rows."""

    unit: UnitVersion
    year: int
    rows: list[UnitRow]
    send_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def file_name(self) -> str:
        bare = strip_diacritics(self.unit.name).replace(" ", "")
        return f"BieuMau_{bare}_{self.unit.code}_{self.year}.xlsx"


@dataclass
class Sent:
    """What one workbook sent: the registry's row (etl.publishing.sends) and the bytes."""

    plan: Plan
    content: bytes
    rows: int


# -- which units ------------------------------------------------------------------------------------------------

def plans_for(index: UnitIndex, scope: str, year: int, each_commune: bool = False) -> list[Plan]:
    """The workbooks a scope asks for in ``year``. ``scope``: 2 digits a province, 3 a district (old map only),
    5 a commune (one workbook for that commune); a unit key (``old:district:848``) is taken as it is.
    ``each_commune``: one workbook per commune of the scope instead of one per district or province."""
    map_ = map_for_year(year)
    key = _scope_key(scope.strip(), map_)
    unit = index.version(key, year)
    if unit is None or not unit.valid(year) or unit.map != map_:
        raise TemplateRefused(
            f"Không có đơn vị mã “{scope}” trong năm {year} ({_map_vi(map_)}): biểu mẫu năm {year} gửi cho "
            f"{'huyện (mã 3 chữ số) hoặc tỉnh (2 chữ số)' if map_ == 'old' else 'tỉnh (mã 2 chữ số) hoặc xã (5 chữ số)'}",
            f"no unit with code “{scope}” in {year} ({map_} map)")
    if unit.level == "commune":
        return [Plan(unit, year, [UnitRow(unit, unit.name)])]
    if each_commune:
        communes = index.descendants(unit.unit_key, year, "commune")
        return [Plan(c, year, [UnitRow(c, c.name)]) for c in sorted(communes, key=lambda v: v.code or "")]
    if map_ == "old" and unit.level == "province":
        districts = sorted(index.children(unit.unit_key, year, "district"), key=lambda v: v.code or "")
        return [_plan(index, d, year) for d in districts]
    return [_plan(index, unit, year)]


def _scope_key(scope: str, map_: str) -> str:
    if scope.count(":") == 2:
        return scope.lower()
    level = {2: "province", 3: "district", 5: "commune"}.get(len(scope)) if scope.isdigit() else None
    if level is None:
        raise TemplateRefused(f"Phạm vi “{scope}” không phải mã tỉnh (2 chữ số), huyện (3) hay xã (5)",
                              f"scope “{scope}” is not a province (2 digits), district (3) or commune (5) code")
    return f"{'old' if level == 'district' else map_}:{level}:{scope}"


def _map_vi(map_: str) -> str:
    return "đơn vị trước 1/7/2025" if map_ == "old" else "đơn vị từ 1/7/2025"


def _plan(index: UnitIndex, unit: UnitVersion, year: int) -> Plan:
    communes = sorted(index.children(unit.unit_key, year, "commune"), key=lambda v: v.code or "")
    total = {"district": "Toàn huyện", "province": "Toàn tỉnh"}[unit.level]
    return Plan(unit, year, [UnitRow(c, c.name) for c in communes] + [UnitRow(unit, f"{total} ({unit.name})")])


def issuer_of(unit: UnitVersion) -> str:
    """The party committee that files the unit's report: "HUYỆN ỦY CẦU NGANG", "TỈNH ỦY VĨNH LONG"."""
    kinds = {"Huyện": "HUYỆN ỦY", "Thị xã": "THỊ ỦY", "Thành phố": "THÀNH ỦY", "Quận": "QUẬN ỦY", "Tỉnh": "TỈNH ỦY",
             "Xã": "ĐẢNG ỦY XÃ", "Phường": "ĐẢNG ỦY PHƯỜNG", "Thị trấn": "ĐẢNG ỦY THỊ TRẤN", "Đặc khu": "ĐẢNG ỦY ĐẶC KHU"}
    for word, body in sorted(kinds.items(), key=lambda kv: -len(kv[0])):
        if unit.name.startswith(word + " "):
            return f"{body} {unit.name[len(word) + 1:].upper()}"
    return unit.name.upper()


# -- last year's figures ------------------------------------------------------------------------------------------

def last_year_figures(con: duckdb.DuckDBPyConnection | None, plan: Plan) -> dict[tuple[str, str], str | float]:
    """{(unit key, metric): value} of the year before, for reference: on the map of the template's year (a 2025
    template shows 2024's figures of the old communes moved onto today's, as So sánh does)."""
    if con is None:
        return {}
    keys = [r.version.unit_key for r in plan.rows]
    out: dict[tuple[str, str], str | float] = {}
    rows = con.execute("SELECT unit_key, metric, value, qualifier, numerator, denominator FROM core.facts "
                       "WHERE year = ? AND unit_key IN (SELECT unnest(?::VARCHAR[]))", [plan.year - 1, keys]).fetchall()
    if not rows and plan.unit.map == "new":
        by_code = {r.version.code: r.version.unit_key for r in plan.rows if r.version.level == "commune"}
        rows = [(by_code[code], metric, value, None, None, None) for code, metric, value in con.execute(
            "SELECT unit_code, metric, value FROM facts_on_current_map WHERE year = ? AND "
            "unit_code IN (SELECT unnest(?::VARCHAR[]))", [plan.year - 1, list(by_code)]).fetchall()]
    words = {v: k for k, v in QUALIFIERS.items()} | {">=": "ít nhất", "<=": "tối đa"}
    for unit_key, metric, value, qualifier, numerator, denominator in rows:
        if qualifier:  # a bound says so: "trên 98"
            out[(unit_key, metric)] = f"{words.get(qualifier, qualifier)} {_vi_number(value)}"
        elif numerator is not None and denominator:  # a rate from its counts says so: "92,9 (13/14)"
            out[(unit_key, metric)] = f"{_vi_number(value)} ({_vi_number(numerator)}/{_vi_number(denominator)})"
        else:
            out[(unit_key, metric)] = float(value)
    return out


def _vi_number(value: float) -> str:
    """98.5 → "98,5", 1245 → "1.245", 92.857… → "92,9": a figure written in a reference cell as text."""
    text = f"{value:,.1f}" if value != int(value) else f"{int(value):,}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


# -- the workbook -----------------------------------------------------------------------------------------------

def write_template(plan: Plan, reference: dict[tuple[str, str], str | float]) -> tuple[bytes, Fingerprint]:
    """The workbook of ``plan`` (its bytes) and its fingerprint."""
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True})
    wb.set_properties({"title": f"Biểu mẫu {plan.unit.name} năm {plan.year}", "author": "Ban Tuyên giáo",
                       "comments": f"{FINGERPRINT_MARK} {TEMPLATE_VERSION} {plan.send_id}"})
    f = _formats(wb)
    ws = wb.add_worksheet(DATA_SHEET)
    catalog = default_catalog()
    metrics = sorted(catalog.metrics.values(), key=lambda m: m.sort)
    first_input, name_col, code_col = 3, 1, 2
    note_col = first_input + len(COLUMNS)
    ref_first = note_col + 1
    last_col = ref_first + len(metrics) - 1
    ws.set_column(0, 0, 5)
    ws.set_column(name_col, name_col, 30)
    ws.set_column(code_col, code_col, 8)
    for i, col in enumerate(COLUMNS):
        ws.set_column(first_input + i, first_input + i, col.width)
    ws.set_column(note_col, note_col, 16)
    ws.set_column(ref_first, last_col, 9)
    top = HEADER_TOP
    # the title block, left of the note column: what a clerk's report has, with the unit and the year filled in
    half = max(3, note_col // 2)
    ws.merge_range(0, 0, 0, half - 1, issuer_of(plan.unit), f["bold_center"])
    ws.merge_range(1, 0, 1, half - 1, "BAN TUYÊN GIÁO", f["center"])
    ws.merge_range(0, half, 0, note_col, "ĐẢNG CỘNG SẢN VIỆT NAM", f["bold_center"])
    place = plan.unit.name.split(" ", 1)[-1] if plan.unit.level != "province" else plan.unit.name
    ws.merge_range(1, half, 1, note_col, f"{place}, ngày ..... tháng ..... năm 20.....", f["italic_center"])
    ws.merge_range(3, 0, 3, note_col, "BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ "
                   f"CHÍ MINH NĂM {plan.year}", f["title"])
    ws.merge_range(4, 0, 4, note_col, "(Ô màu vàng nhạt là ô nhập số liệu; ô để trống là chưa báo cáo, "
                   "không phải số 0; xem trang “Hướng dẫn”)", f["italic_center"])
    ws.set_row(3, 34)
    # the header: STT, Đơn vị, Mã đơn vị, the input groups, Ghi chú, then last year's figures
    for c, label in ((0, "STT"), (name_col, "Đơn vị"), (code_col, "Mã đơn vị")):
        ws.merge_range(top, c, top + 1, c, label, f["header"])
    c = first_input
    while c < note_col:
        col = COLUMNS[c - first_input]
        n = 1
        while col.group is not None and c + n < note_col and COLUMNS[c - first_input + n].group == col.group:
            n += 1
        if col.group is None:
            ws.merge_range(top, c, top + 1, c, col.label, f["header"])
        else:
            if n > 1:
                ws.merge_range(top, c, top, c + n - 1, col.group, f["header"])
            else:
                ws.write(top, c, col.group, f["header"])
            for i in range(n):
                ws.write(top + 1, c + i, COLUMNS[c - first_input + i].label, f["header"])
        c += n
    ws.merge_range(top, note_col, top + 1, note_col, "Ghi chú", f["header"])
    ws.merge_range(top, ref_first, top, last_col, REFERENCE_GROUP, f["ref_header"])
    for i, m in enumerate(metrics):
        ws.write(top + 1, ref_first + i, m.short_vi, f["ref_header"])
    ws.set_row(top, 40)
    ws.set_row(top + 1, 54)
    numbering = top + 2
    for i in range(last_col + 1):
        ws.write(numbering, i, f"({i + 1})", f["numbering"])
    first = numbering + 1
    fp_rows: list[tuple[int, str, str, str]] = []
    for n, row in enumerate(plan.rows):
        r = first + n
        is_total = row.version.unit_key == plan.unit.unit_key and len(plan.rows) > 1
        ws.write(r, 0, "" if is_total else n + 1, f["locked_total" if is_total else "locked"])
        ws.write_string(r, name_col, row.label, f["locked_name_total" if is_total else "locked_name"])
        ws.write_string(r, code_col, row.version.code or "", f["locked"])
        fp_rows.append((r, row.version.unit_key, row.version.code or "", row.label))
        for i, col in enumerate(COLUMNS):
            ws.write_blank(r, first_input + i, None, f[f"input_{_kind(col)}"])
        ws.write_blank(r, note_col, None, f["input_text"])
        for i, m in enumerate(metrics):
            value = reference.get((row.version.unit_key, m.code))
            style = f["ref_pct"] if m.kind == "pct" else f["ref_count"]
            if value is None:
                ws.write_blank(r, ref_first + i, None, style)
            elif isinstance(value, str):
                ws.write_string(r, ref_first + i, value, style)
            else:
                ws.write_number(r, ref_first + i, value, style)
    end = first + len(plan.rows)
    _validate(ws, first, end - 1, first_input)
    ws.data_validation(first, note_col, end - 1, note_col, {
        "validate": "length", "criteria": "<=", "value": 255, "error_title": "Ghi chú quá dài",
        "error_message": "Ghi chú tối đa 255 ký tự", "error_type": "stop", "ignore_blank": True})
    ws.write(end + 1, name_col, "Người lập biểu", f["bold_center"])
    ws.merge_range(end + 1, half, end + 1, note_col, "T/M BAN THƯỜNG VỤ", f["bold_center"])
    ws.freeze_panes(first, code_col + 1)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.print_area(0, 0, end + 4, note_col)  # last year's figures are for the screen, not the signed report
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(top, numbering)
    ws.protect("", {"format_columns": True, "format_rows": True, "select_locked_cells": True,
                    "select_unlocked_cells": True})
    ws.activate()
    _guide(wb, plan, f)
    fp = Fingerprint(
        version=TEMPLATE_VERSION, send_id=plan.send_id, unit_key=plan.unit.unit_key, unit_code=plan.unit.code or "",
        unit_name=plan.unit.name, year=plan.year, map=plan.unit.map, sheet=DATA_SHEET, sheet_index=0,
        header_top=top, header_bottom=top + 1, first_row=first, end_row=end, stt_col=0, name_col=name_col,
        code_col=code_col, rows=fp_rows,
        columns=[(first_input + i, col.metric, col.role) for i, col in enumerate(COLUMNS)],
        note_cols=[note_col], reference_cols=list(range(ref_first, last_col + 1)))
    hidden = wb.add_worksheet(FINGERPRINT_SHEET)
    hidden.write_string(0, 0, FINGERPRINT_MARK)
    hidden.write_number(0, 1, TEMPLATE_VERSION)
    hidden.write_string(1, 0, "json")
    hidden.write_string(1, 1, fp.as_json())
    hidden.protect("")
    hidden.very_hidden()
    wb.close()
    return buffer.getvalue(), fp


def _kind(col: InputColumn) -> str:
    if col.role == "qualifier":
        return "qualifier"
    return "pct" if col.role == "value" and col.metric.endswith("_pct") else "count"


def _validate(ws: Any, first: int, last: int, first_input: int) -> None:
    """Excel's data validation on every input cell, with a Vietnamese message when a value is refused."""
    for i, col in enumerate(COLUMNS):
        c = first_input + i
        cell = xlsxwriter.utility.xl_rowcol_to_cell(first, c, row_abs=False, col_abs=False)
        kind = _kind(col)
        if kind == "pct":
            rule = {"validate": "custom", "value": f"=AND(ISNUMBER({cell}),{cell}>=0,{cell}<=100,ROUND({cell},1)={cell})",
                    "error_message": "Tỷ lệ từ 0 đến 100, tối đa một chữ số thập phân (ví dụ 98,5)",
                    "input_message": "Tỷ lệ % (0–100, một chữ số thập phân)"}
        elif kind == "count":
            rule = {"validate": "integer", "criteria": ">=", "value": 0,
                    "error_message": "Số đếm: số nguyên từ 0 trở lên (ô trống là chưa báo cáo)",
                    "input_message": "Số nguyên ≥ 0; để trống nếu chưa có số liệu"}
        else:
            rule = {"validate": "list", "source": list(QUALIFIERS),
                    "error_message": "Chọn trên, dưới hoặc khoảng; để trống nếu số liệu chính xác",
                    "input_message": "Số liệu ghi “trên 98%”: chọn “trên” ở đây và ghi 98 vào ô tỷ lệ"}
        ws.data_validation(first, c, last, c, {**rule, "error_title": "Giá trị không hợp lệ", "error_type": "stop",
                                               "input_title": col.label[:32], "ignore_blank": True})


def _guide(wb: Any, plan: Plan, f: dict[str, Any]) -> None:
    ws = wb.add_worksheet(GUIDE_SHEET)
    ws.set_column(0, 0, GUIDE_WIDTH)
    ws.set_paper(9)  # A4, portrait, one page wide: the lines wrap inside the page instead of running off it
    ws.fit_to_pages(1, 0)
    lines = [
        (f"HƯỚNG DẪN ĐIỀN BIỂU MẪU NĂM {plan.year} — {plan.unit.name.upper()}", f["bold"]),
        ("", None),
        (f"1. Ghi số liệu vào các ô màu vàng nhạt của trang “{DATA_SHEET}”, mỗi dòng một đơn vị; dòng cuối là số "
         "liệu chung của toàn đơn vị.", f["wrap"]),
        ("2. Tỷ lệ ghi theo phần trăm, từ 0 đến 100, tối đa một chữ số thập phân (98,5). Số đếm ghi số nguyên, "
         "từ 0 trở lên.", f["wrap"]),
        ("3. Số liệu chỉ ước tính (“trên 98%”, “khoảng 100 tin, bài”): ghi số vào ô, chọn “trên”, “dưới” hoặc "
         "“khoảng” ở cột Mức bên cạnh. Để trống cột Mức khi số liệu chính xác.", f["wrap"]),
        ("4. Ô để trống là chưa báo cáo, không phải số 0; có số 0 thì ghi 0.", f["wrap"]),
        ("5. Không sửa tên, mã đơn vị, tiêu đề cột; không thêm, xóa dòng hay cột. Các cột “Năm trước” là số liệu "
         "đã báo cáo năm trước, để đối chiếu, không sửa.", f["wrap"]),
        ("6. Có thể đổi tên tệp khi gửi lại; không chép bảng sang tệp khác (tệp gốc mang dấu nhận dạng để phần "
         "mềm đọc đúng từng cột).", f["wrap"]),
        ("7. Gửi lại tệp cho Ban Tuyên giáo theo thời hạn trong văn bản hướng dẫn.", f["wrap"]),
    ]
    for r, (line, style) in enumerate(lines):
        if line:
            ws.write_string(r, 0, line, style)
            ws.set_row(r, 15 * max(1, -(-len(line) // GUIDE_WIDTH)))  # a wrapped line's rows (none fits itself)
    ws.protect("")


def _formats(wb: Any) -> dict[str, Any]:
    base = {"font_name": "Times New Roman", "font_size": 11, "valign": "vcenter"}
    border = {**base, "border": 1}
    tint = {"bg_color": "#FFF9DB", "locked": False}
    ref = {**border, "font_color": "#555555", "bg_color": "#EEEEEE", "align": "center"}

    def fmt(**kw: Any) -> Any:
        return wb.add_format({**base, **kw})

    return {
        "center": fmt(align="center"),
        "bold": fmt(bold=True, font_size=13),
        "wrap": fmt(text_wrap=True),
        "bold_center": fmt(align="center", bold=True),
        "italic_center": fmt(align="center", italic=True),
        "title": fmt(align="center", bold=True, font_size=13, text_wrap=True),
        "header": wb.add_format({**border, "bold": True, "align": "center", "text_wrap": True}),
        "ref_header": wb.add_format({**ref, "bold": True, "text_wrap": True}),
        "numbering": wb.add_format({**border, "italic": True, "align": "center", "font_size": 9}),
        "locked": wb.add_format({**border, "align": "center"}),
        "locked_total": wb.add_format({**border, "align": "center", "bold": True}),
        "locked_name": wb.add_format({**border}),
        "locked_name_total": wb.add_format({**border, "bold": True}),
        "input_pct": wb.add_format({**border, **tint, "align": "center", "num_format": "0.0"}),
        "input_count": wb.add_format({**border, **tint, "align": "center", "num_format": "0"}),
        "input_qualifier": wb.add_format({**border, **tint, "align": "center"}),
        "input_text": wb.add_format({**border, **tint, "text_wrap": True}),
        "ref_pct": wb.add_format({**ref, "num_format": "0.0"}),
        "ref_count": wb.add_format({**ref, "num_format": "0"}),
    }


# -- making them ------------------------------------------------------------------------------------------------

@dataclass
class MadeTemplates:
    sent: list[Sent]
    sent_at: datetime

    def bundle(self) -> tuple[str, bytes]:
        """What to hand out: the one workbook, or a .zip of them."""
        if len(self.sent) == 1:
            return self.sent[0].plan.file_name, self.sent[0].content
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            for s in self.sent:
                zf.writestr(s.plan.file_name, s.content)
        first = self.sent[0].plan
        return f"BieuMau_{len(self.sent)}_don_vi_{first.year}.zip", buffer.getvalue()


def make_templates(index: UnitIndex, con: duckdb.DuckDBPyConnection | None, scope: str, year: int,
                   each_commune: bool = False) -> MadeTemplates:
    """The workbooks of ``scope`` for ``year`` (nothing recorded: etl.publishing.sends.record does that)."""
    plans = plans_for(index, scope, year, each_commune)
    if not plans:
        raise TemplateRefused(f"Phạm vi “{scope}” không có đơn vị nào báo cáo năm {year}",
                              f"scope “{scope}” has no reporting unit in {year}")
    sent = []
    for plan in plans:
        content, _ = write_template(plan, last_year_figures(con, plan))
        sent.append(Sent(plan, content, len(plan.rows)))
    return MadeTemplates(sent, datetime.now(UTC).replace(tzinfo=None, microsecond=0))


def write_out(made: MadeTemplates, out: Path) -> Path:
    """The bundle written into the folder ``out`` (made if missing); its path."""
    out.mkdir(parents=True, exist_ok=True)
    name, content = made.bundle()
    path = out / name
    path.write_bytes(content)
    return path
