"""Report workbooks as district clerks lay them out: a title block (issuing body, national motto, place and
date, title with the year, "Kèm theo Báo cáo số ..."), a two-row header with merged groups, a numbering row
"(1) (2) ...", Roman-numeral group rows, a totals row, then notes and signatures under the table."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import xlsxwriter

# Fixed document properties, so that the same content gives the same bytes (the files are committed).
_PROPERTIES = {"author": "Dữ liệu mẫu", "created": datetime(2024, 12, 25, 8, 0, 0)}


def _workbook(path: Path) -> Any:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties(_PROPERTIES)
    return wb

Key = tuple[str, str]  # (metric, role)


@dataclass
class Column:
    label: str
    key: Key | None  # None: a column the loader should not map (e.g. "Ghi chú")
    percent_fraction: bool = False  # write 98.5 as 0.985 with a percent number format
    width: float = 9


@dataclass
class Group:
    label: str | None  # None: a single column spanning both header rows
    columns: list[Column]


# The figures-by-unit layout of our template (data/templates/Mau_01_SoLieu_TheoDonVi.xlsx).
def standard_groups(percent_fraction: bool = False) -> list[Group]:
    pf = percent_fraction
    return [
        Group("Đảng viên", [Column("Tổng số", ("reg_party_members_pct", "denominator")),
                            Column("Đã đăng ký", ("reg_party_members_pct", "numerator")),
                            Column("Tỷ lệ (%)", ("reg_party_members_pct", "value"), pf)]),
        Group("CCVC, LLVT không là đảng viên", [
            Column("Tổng số", ("reg_civil_servants_pct", "denominator")),
            Column("Đã đăng ký", ("reg_civil_servants_pct", "numerator")),
            Column("Tỷ lệ (%)", ("reg_civil_servants_pct", "value"), pf)]),
        Group(None, [Column("Tỷ lệ đoàn viên, hội viên đăng ký (%)", ("reg_union_members_pct", "value"), pf, 12)]),
        Group(None, [Column("Kế hoạch, hướng dẫn ban hành", ("plans_issued", "value"), width=11)]),
        Group("Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", [
            Column("Tổng số chi bộ", ("party_cells_plans_pct", "denominator")),
            Column("Số chi bộ hoàn thành", ("party_cells_plans_pct", "numerator"))]),
        Group("Mô hình học tập và làm theo Bác", [
            Column("Tổng số", ("models_total", "value")),
            Column("Tập thể", ("models_collective", "value")),
            Column("Cá nhân", ("models_individual", "value")),
            Column("Mô hình mới", ("models_new", "value")),
            Column("Mô hình điểm", ("models_pilot", "value")),
            Column("Nhân rộng (đơn vị)", ("model_replication_pct", "value"), width=11)]),
        Group("Khen thưởng", [Column("Tập thể", ("commend_collective", "value")),
                              Column("Cá nhân", ("commend_individual", "value"))]),
        Group("Đề nghị cấp trên khen thưởng", [Column("Tập thể", ("commend_proposed_collective", "value")),
                                               Column("Cá nhân", ("commend_proposed_individual", "value"))]),
        Group("Tuyên truyền", [Column("Tin, bài", ("propaganda_articles", "value")),
                               Column("Bản tin, bài viết phát thanh", ("propaganda_broadcasts", "value"), width=12),
                               Column("Mạng xã hội", ("propaganda_social_posts", "value"))]),
        Group(None, [Column("Ghi chú", None, width=14)]),
    ]


@dataclass
class Row:
    name: str
    values: dict[Key, Any] = field(default_factory=dict)
    stt: str | int | None = None
    kind: str = "unit"  # unit | group | total


@dataclass
class TitleBlock:
    issuer_top: str  # "HUYỆN ỦY CẦU NGANG"
    issuer: str  # "BAN TUYÊN GIÁO"
    place_date: str  # "Cầu Ngang, ngày 20 tháng 12 năm 2022"
    title: str  # "BIỂU TỔNG HỢP ... NĂM 2022"
    attachment: str = ""  # "(Kèm theo Báo cáo số 45-BC/BTGHU ngày 20/12/2022)"
    signer_title: str = "TRƯỞNG BAN"
    signer_name: str = ""
    preparer: str = ""
    note: str = ""


def write_figures(path: Path, sheet: str, title: TitleBlock, rows: list[Row],
                  groups: list[Group] | None = None) -> None:
    """A figures-by-unit report (wide layout)."""
    groups = groups or standard_groups()
    wb = _workbook(path)
    ws = wb.add_worksheet(sheet)
    f = _formats(wb)
    columns = [c for g in groups for c in g.columns]
    last_col = 1 + len(columns)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 30)
    for i, c in enumerate(columns, start=2):
        ws.set_column(i, i, c.width)
    half = max(2, last_col // 2)
    ws.merge_range(0, 0, 0, half - 1, title.issuer_top, f["center"])
    ws.merge_range(1, 0, 1, half - 1, title.issuer, f["bold_center"])
    ws.merge_range(0, half, 0, last_col, "ĐẢNG CỘNG SẢN VIỆT NAM", f["bold_center"])
    ws.merge_range(1, half, 1, last_col, title.place_date, f["italic_center"])
    ws.merge_range(3, 0, 3, last_col, title.title, f["title"])
    if title.attachment:
        ws.merge_range(4, 0, 4, last_col, title.attachment, f["italic_center"])
    top = 6
    ws.merge_range(top, 0, top + 1, 0, "STT", f["header"])
    ws.merge_range(top, 1, top + 1, 1, "Đơn vị", f["header"])
    col = 2
    for g in groups:
        if g.label is None:
            for c in g.columns:
                ws.merge_range(top, col, top + 1, col, c.label, f["header"])
                col += 1
        else:
            if len(g.columns) > 1:
                ws.merge_range(top, col, top, col + len(g.columns) - 1, g.label, f["header"])
            else:
                ws.write(top, col, g.label, f["header"])
            for c in g.columns:
                ws.write(top + 1, col, c.label, f["header"])
                col += 1
    ws.set_row(top, 42)
    ws.set_row(top + 1, 42)
    for i in range(last_col + 1):
        ws.write(top + 2, i, f"({i + 1})", f["numbering"])
    r = top + 3
    for row in rows:
        _write_row(ws, r, row, columns, f)
        r += 1
    r += 1
    if title.note:
        ws.write(r, 1, title.note, f["italic"])
        r += 2
    ws.write(r, 1, "Người lập biểu", f["bold_center"])
    ws.merge_range(r, half, r, last_col, title.signer_title, f["bold_center"])
    ws.write(r + 1, half + 2, "(đã ký)", f["italic"])
    if title.preparer:
        ws.write(r + 4, 1, title.preparer, f["bold_center"])
    if title.signer_name:
        ws.merge_range(r + 4, half, r + 4, last_col, title.signer_name, f["bold_center"])
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(top, top + 2)
    wb.close()


def _write_row(ws: Any, r: int, row: Row, columns: list[Column], f: dict[str, Any]) -> None:
    style = {"group": f["group"], "total": f["total"]}.get(row.kind, f["cell"])
    if row.stt is not None:
        ws.write(r, 0, row.stt, style)
    else:
        ws.write_blank(r, 0, None, style)
    ws.write(r, 1, row.name, f["group_name"] if row.kind == "group" else f["total"] if row.kind == "total"
             else f["name"])
    for i, c in enumerate(columns, start=2):
        value = row.values.get(c.key) if c.key else None
        if value is None:
            ws.write_blank(r, i, None, style)
        elif isinstance(value, str):
            ws.write_string(r, i, value, style)
        elif c.percent_fraction:
            ws.write_number(r, i, value / 100.0, f["pct_total"] if row.kind == "total" else f["pct"])
        else:
            ws.write_number(r, i, value, style)


def _formats(wb: Any) -> dict[str, Any]:
    base = {"font_name": "Times New Roman", "font_size": 11, "valign": "vcenter"}
    border = {**base, "border": 1}

    def fmt(**kw: Any) -> Any:
        return wb.add_format({**base, **kw})

    return {
        "center": fmt(align="center"),
        "bold_center": fmt(align="center", bold=True),
        "italic_center": fmt(align="center", italic=True),
        "italic": fmt(italic=True),
        "title": fmt(align="center", bold=True, font_size=13, text_wrap=True),
        "header": wb.add_format({**border, "bold": True, "align": "center", "text_wrap": True}),
        "numbering": wb.add_format({**border, "italic": True, "align": "center", "font_size": 9}),
        "cell": wb.add_format({**border, "align": "center"}),
        "name": wb.add_format({**border}),
        "group": wb.add_format({**border, "bold": True, "align": "center"}),
        "group_name": wb.add_format({**border, "bold": True}),
        "total": wb.add_format({**border, "bold": True, "align": "center"}),
        "pct": wb.add_format({**border, "align": "center", "num_format": "0.0%"}),
        "pct_total": wb.add_format({**border, "align": "center", "num_format": "0.0%", "bold": True}),
    }


# -- registers --------------------------------------------------------------------------------------

MODEL_COLUMNS = ["STT", "Tên mô hình", "Đơn vị thực hiện", "Loại (Tập thể/Cá nhân)", "Lĩnh vực", "Năm",
                 "Mô hình mới", "Mô hình điểm", "Nhân rộng (x/y)"]
# A models register with the appraisal of each model (from 2024 in some districts): its three contents, the
# exemplary individual tied to it, and the furthest step of the district board's appraisal.
MODEL_COLUMNS_WITH_APPRAISAL = [*MODEL_COLUMNS, "Học tập Bác", "Làm theo Bác", "Nêu gương", "Cá nhân điển hình",
                                "Bước thẩm định"]
MODEL_WIDTHS_WITH_APPRAISAL = [5, 44, 30, 12, 16, 7, 9, 9, 10, 24, 24, 24, 26, 14]
COMMENDATION_COLUMNS = ["STT", "Tập thể, cá nhân được khen thưởng", "Đơn vị", "Loại", "Cấp khen thưởng",
                        "Hình thức khen thưởng", "Năm"]


def write_register(path: Path, sheet: str, issuer_top: str, issuer: str, place_date: str, title: str,
                   columns: list[str], rows: list[list[Any]], widths: list[float] | None = None) -> None:
    """A register: one row per model or per commendation, under a title block."""
    wb = _workbook(path)
    ws = wb.add_worksheet(sheet)
    f = _formats(wb)
    last = len(columns) - 1
    widths = widths or [5, 50, 32, 12, 18, 8, 10, 10, 11][: len(columns)]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    half = max(1, last // 2)
    ws.merge_range(0, 0, 0, half, issuer_top, f["center"])
    ws.merge_range(1, 0, 1, half, issuer, f["bold_center"])
    ws.merge_range(0, half + 1, 0, last, "ĐẢNG CỘNG SẢN VIỆT NAM", f["bold_center"])
    ws.merge_range(1, half + 1, 1, last, place_date, f["italic_center"])
    ws.merge_range(3, 0, 3, last, title, f["title"])
    ws.set_row(3, 36)
    top = 5
    for i, label in enumerate(columns):
        ws.write(top, i, label, f["header"])
    ws.set_row(top, 32)
    for r, row in enumerate(rows, start=top + 1):
        for i, value in enumerate(row):
            style = f["name"] if i in (1, 2) else f["cell"]
            if value is None or value == "":
                ws.write_blank(r, i, None, style)
            else:
                ws.write(r, i, value, style)
    end = top + len(rows) + 2
    ws.write(end, 1, "Người lập biểu", f["bold_center"])
    ws.merge_range(end, half + 1, end, last, "TRƯỞNG BAN", f["bold_center"])
    wb.close()


# -- transposed figures (added for scripts/bench_country.py) -------------------------------------------------

def write_transposed(path: Path, sheet: str, title: TitleBlock, indicators: list[tuple[str, Key]],
                     units: list[tuple[str, dict[Key, Any]]], total_label: str = "Toàn huyện") -> None:
    """Indicators as rows, the district ("Toàn huyện") then its communes as columns under "Chia ra".
    ``indicators``: (row label, key); ``units``: (column label, values), the first one the total."""
    wb = _workbook(path)
    ws = wb.add_worksheet(sheet)
    f = _formats(wb)
    last_col = 1 + len(units)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 46)
    ws.set_column(2, last_col, 11)
    half = max(2, last_col // 2)
    ws.merge_range(0, 0, 0, 1, title.issuer_top, f["center"])
    ws.merge_range(1, 0, 1, 1, title.issuer, f["bold_center"])
    ws.merge_range(0, 2, 0, max(3, last_col), "ĐẢNG CỘNG SẢN VIỆT NAM", f["bold_center"])
    ws.merge_range(1, 2, 1, max(3, last_col), title.place_date, f["italic_center"])
    ws.merge_range(3, 0, 3, max(3, last_col), title.title, f["title"])
    top = 5
    ws.merge_range(top, 0, top + 1, 0, "STT", f["header"])
    ws.merge_range(top, 1, top + 1, 1, "Chỉ tiêu", f["header"])
    ws.merge_range(top, 2, top + 1, 2, total_label, f["header"])
    if len(units) > 2:
        ws.merge_range(top, 3, top, last_col, "Chia ra", f["header"])
    elif len(units) == 2:
        ws.write(top, 3, "Chia ra", f["header"])
    for i, (label, _) in enumerate(units[1:], start=3):
        ws.write(top + 1, i, label, f["header"])
    r = top + 2
    for n, (label, key) in enumerate(indicators, 1):
        ws.write(r, 0, n, f["cell"])
        ws.write(r, 1, label, f["name"])
        for i, (_, values) in enumerate(units, start=2):
            value = values.get(key)
            if value is None:
                ws.write_blank(r, i, None, f["cell"])
            else:
                ws.write(r, i, value, f["cell"])
        r += 1
    if title.note:
        ws.write(r + 1, 1, title.note, f["italic"])
        r += 2
    ws.write(r + 1, 1, "Người lập biểu", f["bold_center"])
    ws.merge_range(r + 1, half, r + 1, max(half, last_col), title.signer_title, f["bold_center"])
    wb.close()
