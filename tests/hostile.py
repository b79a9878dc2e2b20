"""Files made to hurt the loader, built by code (issue #9): more rows than any report, a million repeated names,
binary noise named .csv, a cell of a megabyte, two encodings in one file, HTML spans of a whole sheet, and
text that would be a link or an image if a page rendered it as Markdown or HTML."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import xlsxwriter

TITLE = ["HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO", "BÁO CÁO KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2022"]
HEADER = ["STT", "Đơn vị", "Tổng số mô hình", "Số tin, bài"]
NAMES = ["Xã Long Sơn", "Xã Kim Hòa", "Xã Mỹ Hòa"]

# What a page must show as text, never as a link or an image (no slash: file and sheet names cannot hold one).
LINK = "[Tải mẫu mới](https://evil.example/mau)"
IMAGE = "![logo](https://evil.example/logo.png)"
HTML = "<a href='https://evil.example/h'>bấm</a><img src='https://evil.example/i.png'>"
AUTOLINK = "www.evil.example"
INJECTED = f"{LINK} {IMAGE} {HTML} {AUTOLINK}"
INJECTED_NO_SLASH = "[Tải mẫu mới](https:evil.example) www.evil.example"


def repeated_names_xlsx(path: Path, rows: int) -> Path:
    """``rows`` unit rows naming three communes over and over, each with other figures: every figure is a
    conflict with thousands of others (the sheet that once needed gigabytes)."""
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Biểu 1")
    for r, line in enumerate(TITLE):
        ws.write_row(r, 0, [line])
    ws.write_row(len(TITLE) + 1, 0, HEADER)
    for i in range(rows):
        ws.write_row(len(TITLE) + 2 + i, 0, [i + 1, NAMES[i % 3], i % 17, i % 5])
    wb.close()
    return path


def repeated_names_csv(path: Path, rows: int) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(TITLE) + "\n\n" + ";".join(HEADER) + "\n")
        for i in range(rows):
            fh.write(f"{i + 1};{NAMES[i % 3]};{i % 17};{i % 5}\n")
    return path


def random_bytes_csv(path: Path, size: int = 100_000) -> Path:
    path.write_bytes(random.Random(9).randbytes(size))
    return path


def huge_cell_csv(path: Path, chars: int = 1_000_000) -> Path:
    path.write_text(";".join(HEADER) + f"\n1;Xã Long Sơn;{'9' * chars};3\n", encoding="utf-8")
    return path


def mixed_encodings_csv(path: Path) -> Path:
    """Two exports pasted together: the title and the first rows in UTF-8, the last row in Windows-1258."""
    head = "\n".join([*TITLE, "", ";".join(HEADER), "1;Xã Long Sơn;7;3", "2;TT Cầu Ngang;4;2", ""]).encode("utf-8")
    tail = unicodedata.normalize("NFD", "3;Xã Kim Hòa;5;1\n").encode("cp1258")
    path.write_bytes(head + tail)
    return path


def huge_spans_html(path: Path, cells: int = 60) -> Path:
    """An HTML "xls" whose cells each span 200 × 200: a few hundred bytes that would lay out millions of cells."""
    tds = "".join(f'<td rowspan="200" colspan="200">{i}</td>' for i in range(cells))
    path.write_text(f"<html><body><table><tr>{tds}</tr></table></body></html>", encoding="utf-8")
    return path


def injected_report(folder: Path) -> Path:
    """A real report (CSV) whose file name, and so its sheet name, carries a Markdown link and an autolink,
    and whose agency row carries Markdown and HTML (a clerk's paste, or an attacker)."""
    path = folder / f"BaoCao_CauNgang_2022 {INJECTED_NO_SLASH}.csv"
    lines = [*TITLE, "", ";".join(HEADER), "1;Xã Long Sơn;7;3", f"2;Chi bộ {INJECTED};2;1", "3;Toàn huyện;9;4"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def injected_register(path: Path) -> Path:
    """A models register whose names, hosts and fields carry Markdown and HTML."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("DS")
    ws.write_row(0, 0, ["HUYỆN ỦY CẦU NGANG"])
    ws.write_row(1, 0, ["DANH SÁCH MÔ HÌNH NĂM 2022"])
    ws.write_row(3, 0, ["STT", "Tên mô hình", "Đơn vị thực hiện", "Loại", "Lĩnh vực", "Năm"])
    ws.write_row(4, 0, [1, f"Mô hình {LINK}", f"Hội {IMAGE} xã Long Sơn", "Tập thể", f"Kinh tế {HTML}", 2022])
    ws.write_row(5, 0, [2, "Tuyến đường hoa", "Xã Kim Hòa", "Tập thể", AUTOLINK, 2022])
    wb.close()
    return path


def with_far_cells(source: Path, path: Path, cells: dict[str, object], raw: dict[str, str] | None = None) -> Path:
    """``source`` (an .xlsx) with ``cells`` added to its first sheet, as a stray keystroke leaves them: {"A1048576":
    5, "BAA3": "ghi chú"}, a number or an inline text each; ``raw``: cells given as the XML of their element
    (a cell without a reference, a styled empty cell). The sheet's dimension grows to the farthest one, as Excel
    writes it. A few kilobytes whose rectangle is the whole sheet (17 billion cells for XFD1048576)."""
    import re
    import zipfile
    from xml.sax.saxutils import escape

    added: dict[int, list[str]] = {}
    for ref, value in cells.items():
        row = int(re.sub(r"^[A-Z]+", "", ref))
        if isinstance(value, str):
            xml = f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
        else:
            xml = f'<c r="{ref}"><v>{value}</v></c>'
        added.setdefault(row, []).append(xml)
    for ref, xml in (raw or {}).items():
        added.setdefault(int(re.sub(r"^[A-Z]+", "", ref)), []).append(xml)
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                tail = ""
                for row, xmls in sorted(added.items()):
                    m = re.search(rf'<row r="{row}"[^>]*>', text)
                    if m:
                        end = text.index("</row>", m.end())
                        text = text[:end] + "".join(xmls) + text[end:]
                    else:
                        tail += f'<row r="{row}">' + "".join(xmls) + "</row>"
                text = text.replace("</sheetData>", tail + "</sheetData>")
                text = re.sub(r'<dimension ref="([A-Z]+\d+):[A-Z]+\d+"/>', r'<dimension ref="\1:XFD1048576"/>', text)
                data = text.encode("utf-8")
            zout.writestr(info, data)
    return path


def far_rows_csv(path: Path, gap: int, value: object) -> Path:
    """A CSV report (``repeated_names_csv``'s shape, three units) with ``value`` alone ``gap`` empty lines below."""
    lines = [*TITLE, "", ";".join(HEADER), "1;Xã Long Sơn;7;3", "2;Xã Kim Hòa;4;2", "3;Xã Mỹ Hòa;5;1"]
    path.write_text("\n".join(lines) + "\n" * (gap + 1) + f"{value}\n", encoding="utf-8")
    return path


def far_ods(path: Path, cells: list[list[object]], value: object, sheet: str = "Năm 2022") -> Path:
    """An .ods of ``cells`` (tests/corpus_blocks/plain.py's grid) with ``value`` alone in A1048576: the empty rows
    between are one row element repeated, as LibreOffice saves them."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name=sheet)

    def cell(v: object) -> TableCell:
        if v is None or v == "":
            return TableCell()
        if isinstance(v, (int, float)):
            tc = TableCell(valuetype="float", value=v)
        else:
            tc = TableCell(valuetype="string")
        tc.addElement(P(text=str(v)))
        return tc

    for row in cells:
        tr = TableRow()
        for v in row or [None]:
            tr.addElement(cell(v))
        table.addElement(tr)
    gap = TableRow(numberrowsrepeated=1_048_575 - len(cells))
    gap.addElement(TableCell())
    table.addElement(gap)
    last = TableRow()
    last.addElement(cell(value))
    table.addElement(last)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path
