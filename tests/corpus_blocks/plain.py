"""The plain grid: one small report (title block, a two-row merged header, a numbering row, three communes, a
signature block) as a list of rows, with the facts it must give (`EXPECTED`), and writers of such lists in every
format the loader must take (.xlsx, .xls, .ods, CSV, an HTML table); a zip bomb."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.styles import numbers

TITLE = ["HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO", "", "BÁO CÁO KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM {year}"]
HEADER_TOP = ["STT", "Đơn vị", "Đảng viên", "", "", "Mô hình", "", "", "Khen thưởng", ""]
HEADER_SUB = ["", "", "Tổng số", "Đã đăng ký", "Tỷ lệ (%)", "Tổng số", "Tập thể", "Cá nhân", "Tập thể", "Cá nhân"]
MERGES = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 0, 7), (0, 8, 0, 9)]  # relative to the header
ROWS = [
    [1, "Xã Long Sơn", 320, 316, 98.8, 7, 5, 2, 1, 3],
    [2, "TT Cầu Ngang", 410, 401, 97.8, 9, 6, 3, 2, 4],
    [3, "xã Hiệp Mỹ Tây", 250, 245, 98.0, 5, 4, 1, None, 2],
]
EXPECTED = {  # (unit, metric): (value, numerator, denominator)
    ("Xã Long Sơn", "reg_party_members_pct"): (98.8, 316, 320),
    ("Xã Long Sơn", "models_total"): (7, None, None),
    ("Xã Long Sơn", "models_collective"): (5, None, None),
    ("Xã Long Sơn", "models_individual"): (2, None, None),
    ("Xã Long Sơn", "commend_collective"): (1, None, None),
    ("Xã Long Sơn", "commend_individual"): (3, None, None),
    ("Thị trấn Cầu Ngang", "reg_party_members_pct"): (97.8, 401, 410),
    ("Thị trấn Cầu Ngang", "models_total"): (9, None, None),
    ("Thị trấn Cầu Ngang", "models_collective"): (6, None, None),
    ("Thị trấn Cầu Ngang", "models_individual"): (3, None, None),
    ("Thị trấn Cầu Ngang", "commend_collective"): (2, None, None),
    ("Thị trấn Cầu Ngang", "commend_individual"): (4, None, None),
    ("Xã Hiệp Mỹ Tây", "reg_party_members_pct"): (98.0, 245, 250),
    ("Xã Hiệp Mỹ Tây", "models_total"): (5, None, None),
    ("Xã Hiệp Mỹ Tây", "models_collective"): (4, None, None),
    ("Xã Hiệp Mỹ Tây", "models_individual"): (1, None, None),
    ("Xã Hiệp Mỹ Tây", "commend_individual"): (2, None, None),
}


def grid(year: int = 2022, rows: list[list[object]] | None = None, title: list[str] | None = None) -> list[list[object]]:
    """Title block, two header rows, a numbering row, the unit rows, a signature block."""
    top = [t.format(year=year) for t in (title if title is not None else TITLE)]
    out: list[list[object]] = [[t] for t in top] + [[]]
    out += [list(HEADER_TOP), list(HEADER_SUB), [f"({i})" for i in range(1, 11)]]
    out += [list(r) for r in (rows if rows is not None else ROWS)]
    out += [[], ["", "Người lập biểu", "", "", "", "", "TRƯỞNG BAN"], ["", "", "", "", "", "", "(đã ký)"]]
    return out


def header_row(title: list[str] | None = None) -> int:
    return len(title if title is not None else TITLE) + 1


def xlsx(path: Path, cells: list[list[object]], merges: list[tuple[int, int, int, int]] | None = None,
         top: int = 5, percent: set[tuple[int, int]] = frozenset(), sheet: str = "Biểu 1") -> Path:  # type: ignore[assignment]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r, row in enumerate(cells, 1):
        for c, value in enumerate(row, 1):
            if value not in (None, ""):
                ws.cell(r, c, value)
                if (r - 1, c - 1) in percent:
                    ws.cell(r, c).number_format = numbers.FORMAT_PERCENTAGE_00
    for r1, c1, r2, c2 in merges if merges is not None else MERGES:
        ws.merge_cells(start_row=top + r1 + 1, start_column=c1 + 1, end_row=top + r2 + 1, end_column=c2 + 1)
    wb.save(path)
    return path


def xls(path: Path, cells: list[list[object]], top: int = 5) -> Path:
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Năm 2022")
    merged_anchor = {(top + r1, c1): (top + r2, c2) for r1, c1, r2, c2 in MERGES}
    covered = {(r, c) for (r1, c1), (r2, c2) in merged_anchor.items() for r in range(r1, r2 + 1)
               for c in range(c1, c2 + 1)} - set(merged_anchor)
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            if (r, c) in covered or value in (None, ""):
                continue
            if (r, c) in merged_anchor:
                r2, c2 = merged_anchor[(r, c)]
                ws.write_merge(r, r2, c, c2, value)
            else:
                ws.write(r, c, value)
    wb.save(str(path))
    return path


def ods(path: Path, cells: list[list[object]], percent: set[tuple[int, int]] = frozenset()) -> Path:  # type: ignore[assignment]
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Năm 2022")
    for r, row in enumerate(cells):
        tr = TableRow()
        for c, value in enumerate(row):
            if isinstance(value, str) and value.startswith("of:="):  # a formula as a program writes it: no value
                cell = TableCell(formula=value)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                kind = "percentage" if (r, c) in percent else "float"
                cell = TableCell(valuetype=kind, value=value)
                cell.addElement(P(text=str(value)))
            elif value not in (None, ""):
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=str(value)))
            else:
                cell = TableCell()
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def csv_text(cells: list[list[object]], sep: str = ";", decimal_comma: bool = True) -> str:
    def show(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, float) and decimal_comma:
            return f"{v}".replace(".", ",")
        return str(v)

    return "\r\n".join(sep.join(show(v) for v in row) for row in cells) + "\r\n"


def html_table(cells: list[list[object]], top: int = 5) -> str:
    """How portals export a report "to Excel": an HTML table saved as .xls, merges as rowspan/colspan."""
    spans = {(top + r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in MERGES}
    covered = {(top + r, c) for r1, c1, r2, c2 in MERGES for r in range(r1, r2 + 1)
               for c in range(c1, c2 + 1)} - set(spans)
    lines = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><table>']
    for r, row in enumerate(cells):
        tds = []
        for c, value in enumerate(row):
            if (r, c) in covered:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            tds.append(f'<td rowspan="{rs}" colspan="{cs}">{"" if value is None else value}</td>')
        lines.append("<tr>" + "".join(tds) + "</tr>")
    lines.append("</table></body></html>")
    return "\n".join(lines)


def zip_bomb(path: Path, inflated_mb: int = 150) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            block = b"0" * (1024 * 1024)
            for _ in range(inflated_mb):
                fh.write(block)
    return path
