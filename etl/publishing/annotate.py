"""The clerk's own workbook sent back with what was wrong marked on it.

Every reject (and every warning of the data desk's quality checks) is highlighted on its cell with a comment
giving the reason in Vietnamese; the cells a reject kept out (the figures of a row whose unit is unknown, the
numbers of a column whose header names no metric) are tinted; a first sheet "Cần sửa" lists them all, each
line linked to its cell. An .xlsx or .xlsm is annotated in place (a copy: formats, merges and formulas kept);
an .xls, .ods, .csv, .txt, HTML "xls" or .pdf becomes an .xlsx copy of what was read; a Word report
comes back as Word, its cells marked the same way (etl.publishing.annotate_docx). The district fixes its own
file and sends it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink

from etl.messages import message
from etl.publishing.annotate_docx import annotate_docx
from etl.reading.readers import Sheet, read_file
from etl.tables.ledger import REJECT
from etl.tables.records import ParsedFile, a1

LIST_SHEET = "Cần sửa"
AUTHOR = "Bảng theo dõi HTLT"
RED = PatternFill("solid", fgColor="F4B6B6")  # a reject's own cell
PINK = PatternFill("solid", fgColor="FBE3E3")  # a figure the reject kept out
YELLOW = PatternFill("solid", fgColor="FFF2B3")  # a warning: loaded, but worth a look
_MAX_COVERED = 20_000  # tinted cells at most (a file of a million bad rows is listed, not painted)
_IN_PLACE = {".xlsx", ".xlsm"}


@dataclass(frozen=True)
class Mark:
    sheet: str
    cell: str  # A1
    value: str
    reason: str  # Vietnamese
    kind: str  # "lỗi" (not loaded) | "cảnh báo" (loaded, worth a look)
    code: str = ""  # a warning's stable code (etl.publishing.desk), for `etl check --json`
    reason_en: str = ""


def marks_of(parsed: ParsedFile, warnings: list[Mark] | None = None) -> list[Mark]:
    """What to mark: every kept reject that names a cell, the header of every column that names no metric
    (when its numbers did not make it a reject already), then the warnings."""
    out = [Mark(r.sheet or "", r.cell or "", r.value or "", r.reason, "lỗi") for r in parsed.rejects
           if r.cell and r.sheet]
    rejected = {(m.sheet, m.cell) for m in out}
    for sheet, cell, title in parsed.unmapped_cells:
        if (sheet, cell) not in rejected:
            reason = message("unmapped_header", header=title)[0]
            out.append(Mark(sheet, cell, title, reason, "cảnh báo"))
    order = {ledger.sheet: n for n, ledger in enumerate(parsed.ledgers)}
    return sorted(out + list(warnings or []), key=lambda m: (order.get(m.sheet, len(order)), *_rc(m.cell)))


def _rc(cell: str) -> tuple[int, int]:
    """"F12" -> (12, 6): the clerk reads the list top to bottom, left to right."""
    letters = "".join(ch for ch in cell if ch.isalpha())
    col = 0
    for ch in letters.upper():
        col = col * 26 + ord(ch) - 64
    digits = cell[len(letters):]
    return (int(digits) if digits.isdigit() else 0, col)


def needs_annotation(parsed: ParsedFile, warnings: list[Mark] | None = None) -> bool:
    return parsed.refused is None and (len(parsed.rejects) > 0 or bool(parsed.unmapped) or bool(warnings))


def annotated_name(path: Path) -> str:
    """A Word report comes back as Word; everything else as a workbook."""
    return f"{Path(path).stem}_can_sua{'.docx' if Path(path).suffix.lower() == '.docx' else '.xlsx'}"


def annotate(path: Path, parsed: ParsedFile, out_dir: Path, warnings: list[Mark] | None = None) -> Path:
    """Write the annotated copy of ``path`` into ``out_dir``; its path."""
    path, out_dir = Path(path), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / annotated_name(path)
    marks = marks_of(parsed, warnings)
    if path.suffix.lower() == ".docx":
        return annotate_docx(path, marks, target, author=AUTHOR, title=f"{LIST_SHEET.upper()} — {path.name}")
    if path.suffix.lower() in _IN_PLACE:
        wb = load_workbook(path, keep_vba=path.suffix.lower() == ".xlsm", rich_text=True)
    else:
        wb = _copy_of(read_file(path))
    _mark(wb, marks, parsed)
    _list_sheet(wb, marks, parsed)
    if path.suffix.lower() == ".xlsm":
        target = target.with_suffix(".xlsm")
    wb.save(target)
    return target


def _copy_of(sheets: list[Sheet]) -> Workbook:
    """An .xlsx holding what was read from a file that is no .xlsx (values, merges; hidden sheets stay hidden)."""
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in sheets:
        ws = wb.create_sheet(_title(sheet.name, wb))
        for r, row in enumerate(sheet.rows, 1):
            for c, value in enumerate(row, 1):
                if value is not None and value != "":
                    ws.cell(r, c, value if isinstance(value, (int, float, str)) else str(value))
        for r1, c1, r2, c2 in sheet.merged:
            if (r1, c1) != (r2, c2):
                ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        if sheet.hidden:
            ws.sheet_state = "hidden"
        ws.column_dimensions["B"].width = 32
    return wb


def _title(name: str, wb: Workbook) -> str:
    """A sheet name Excel accepts (a CSV's name can hold what a sheet's cannot)."""
    clean = "".join("_" if ch in '[]:*?/\\' else ch for ch in name)[:31] or "Sheet"
    title, n = clean, 1
    while title in wb.sheetnames:
        n += 1
        title = f"{clean[:28]} ({n})"
    return title


def _sheet_of(wb: Workbook, name: str):  # noqa: ANN202 - an openpyxl worksheet
    if name in wb.sheetnames:
        return wb[name]
    clean = "".join("_" if ch in '[]:*?/\\' else ch for ch in name)[:31]
    return wb[clean] if clean in wb.sheetnames else None


def _mark(wb: Workbook, marks: list[Mark], parsed: ParsedFile) -> None:
    notes: dict[tuple[str, str], list[Mark]] = {}
    for m in marks:
        notes.setdefault((m.sheet, m.cell), []).append(m)
    for (sheet, cell), here in notes.items():
        ws = _sheet_of(wb, sheet)
        if ws is None:
            continue
        target = ws[cell]
        if type(target).__name__ == "MergedCell":  # a reject on a merged header: its top-left cell holds it
            for rng in ws.merged_cells.ranges:
                if cell in rng:
                    target = ws.cell(rng.min_row, rng.min_col)
                    break
        errors = [m for m in here if m.kind == "lỗi"]
        target.fill = RED if errors else YELLOW
        text = "\n".join(f"{'Lỗi' if m.kind == 'lỗi' else 'Cảnh báo'}: {m.reason}" for m in here)
        comment = Comment(text[:2000], AUTHOR)
        comment.width, comment.height = 320, min(400, 60 + 40 * len(here))
        target.comment = comment
    painted = 0
    own = {(m.sheet, m.cell) for m in marks}
    for ledger in parsed.ledgers:
        ws = _sheet_of(wb, ledger.sheet)
        if ws is None:
            continue
        for r, c in ledger.cells(REJECT):
            if painted >= _MAX_COVERED:
                return
            if (ledger.sheet, a1(r, c)) in own:
                continue
            cell = ws.cell(r + 1, c + 1)
            if type(cell).__name__ != "MergedCell":
                cell.fill = PINK
                painted += 1


def _list_sheet(wb: Workbook, marks: list[Mark], parsed: ParsedFile) -> None:
    ws = wb.create_sheet(LIST_SHEET, 0)
    wb.active = 0
    ws["A1"] = "CÁC Ô CẦN SỬA TRƯỚC KHI GỬI LẠI"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (f"Tệp “{parsed.path.name}”: {len([m for m in marks if m.kind == 'lỗi'])} lỗi (ô không được nạp), "
                f"{len([m for m in marks if m.kind != 'lỗi'])} cảnh báo (đã nạp, nên xem lại). Ô đỏ: lỗi; ô hồng: "
                "số liệu không được nạp vì lỗi đó; ô vàng: cảnh báo. Bấm vào ô để đến chỗ cần sửa.")
    ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A2:F2")
    ws.row_dimensions[2].height = 48
    dropped = parsed.rejects.dropped if hasattr(parsed.rejects, "dropped") else 0
    if dropped:
        ws["A3"] = f"Còn {dropped} lỗi khác chỉ được đếm, không liệt kê (giới hạn 1.000 lỗi mỗi tệp)."
    header = ["STT", "Trang", "Ô", "Giá trị đã ghi", "Lý do", "Loại"]
    for c, label in enumerate(header, 1):
        cell = ws.cell(4, c, label)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE3EA")
    for n, m in enumerate(marks, 1):
        row = 4 + n
        ws.cell(row, 1, n)
        ws.cell(row, 2, m.sheet)
        link = ws.cell(row, 3, m.cell)
        target = _sheet_of(wb, m.sheet)
        if target is not None:  # a link inside the workbook, to the cell
            title = target.title.replace("'", "''")
            link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{title}'!{m.cell}")
            link.font = Font(color="1F4E9E", underline="single")
        ws.cell(row, 4, m.value)
        ws.cell(row, 5, m.reason).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row, 6, m.kind)
    for c, width in enumerate([6, 18, 8, 24, 80, 10], 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "A5"
