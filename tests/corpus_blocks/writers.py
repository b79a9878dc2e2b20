"""Writers, one per file kind a district office sends: .xlsx by Excel (openpyxl) or by a script (xlsxwriter),
legacy .xls (xlwt), .ods, CSV and "Unicode Text" in the encodings Excel saves, the HTML table a web portal calls
".xls"; and what is done to a saved workbook afterwards (hidden sheets, columns and rows, a password)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.corpus_blocks.cells import Formula, Grid, Pct, X, a1, display
from tests.corpus_blocks.encodings import encode_cp1258


def save_openpyxl(path: Path, grids: list[Grid]) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    for g in grids:
        ws = wb.create_sheet(g.name)
        for (r, c), v in sorted(g.cells.items()):
            cell = ws.cell(r, c)
            if isinstance(v, Formula):
                raise TypeError("openpyxl writes no cached values: use xlsxwriter for formulas")
            if isinstance(v, Pct):
                cell.value, cell.number_format = v.fraction, "0.0%"
            elif isinstance(v, X):
                cell.value = v.raw
            else:
                cell.value = v
            if g.font:
                cell.font = Font(name=g.font)
        for r1, c1, r2, c2 in g.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
            ws.cell(r1, c1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions["B"].width = 30
    wb.save(path)
    return path


def save_xlsxwriter(path: Path, grids: list[Grid]) -> Path:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    pct = wb.add_format({"num_format": "0.0%", "border": 1})
    plain = wb.add_format({"border": 1})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "text_wrap": True, "border": 1})
    for g in grids:
        ws = wb.add_worksheet(g.name)
        ws.set_column(1, 1, 32)
        hidden = g.covered()
        tops = {(m[0], m[1]): m for m in g.merges}
        for (r, c), v in sorted(g.cells.items()):
            if (r, c) in hidden:
                raise ValueError(f"value under a merged range at {a1(r, c)}")
            if (r, c) in tops:
                r1, c1, r2, c2 = tops[(r, c)]
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, display(v), head)
            elif isinstance(v, Formula):
                ws.write_formula(r - 1, c - 1, v.formula, plain, v.cached)
            elif isinstance(v, Pct):
                ws.write_number(r - 1, c - 1, v.fraction, pct)
            elif isinstance(v, X):
                ws.write_string(r - 1, c - 1, v.raw, plain)
            else:
                ws.write(r - 1, c - 1, v, plain)
        for r1, c1, r2, c2 in g.merges:
            if (r1, c1) not in g.cells:
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", head)
    wb.close()
    return path


def save_xlwt(path: Path, grids: list[Grid], hidden: set[str] | frozenset[str] = frozenset()) -> Path:
    """A legacy .xls (BIFF8); sheets named in `hidden` hidden (BOUNDSHEET visibility 1)."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    pct = xlwt.easyxf(num_format_str="0.0%")
    plain = xlwt.easyxf("")
    for g in grids:
        ws = wb.add_sheet(g.name)
        if g.name in hidden:
            ws.visibility = 1
        tops = {(m[0], m[1]): m for m in g.merges}
        for r1, c1, r2, c2 in g.merges:
            ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, _raw(g.cells.get((r1, c1))), plain)
        for (r, c), v in sorted(g.cells.items()):
            if (r, c) in tops:
                continue
            ws.write(r - 1, c - 1, _raw(v), pct if isinstance(v, Pct) else plain)
    wb.save(str(path))
    return path


def _raw(v: Any) -> Any:
    if isinstance(v, X):
        return v.raw
    if isinstance(v, Pct):
        return v.fraction
    if isinstance(v, Formula):
        raise TypeError("no formulas in this writer")
    return "" if v is None else v


def save_ods(path: Path, grids: list[Grid]) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for g in grids:
        table = Table(name=g.name)
        hidden = g.covered()
        spans = {(m[0], m[1]): m for m in g.merges}
        for r in range(1, g.max_row + 1):
            tr = TableRow()
            for c in range(1, g.max_col + 1):
                if (r, c) in hidden:
                    tr.addElement(CoveredTableCell())
                    continue
                v = g.cells.get((r, c))
                attrs: dict[str, Any] = {}
                if (r, c) in spans:
                    r1, c1, r2, c2 = spans[(r, c)]
                    attrs = {"numberrowsspanned": r2 - r1 + 1, "numbercolumnsspanned": c2 - c1 + 1}
                if v is None:
                    cell = TableCell(**attrs)
                elif isinstance(v, int | float) and not isinstance(v, bool):
                    cell = TableCell(valuetype="float", value=v, **attrs)
                    cell.addElement(P(text=display(v)))
                elif isinstance(v, Pct | Formula):
                    raise TypeError("plain values only in .ods here")
                else:
                    cell = TableCell(valuetype="string", **attrs)
                    cell.addElement(P(text=display(v)))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def _one(sheets: Grid | list[Grid]) -> Grid:
    """The sheet a text format holds (a list of sheets must hold just one)."""
    if isinstance(sheets, Grid):
        return sheets
    assert len(sheets) == 1, "a text file holds one sheet"
    return sheets[0]


def csv_text(g: Grid, sep: str = ";", decimal: str = ",") -> str:
    """What Excel's "Save as CSV" writes: every row padded to the used width, CRLF line ends."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in range(1, g.max_row + 1):
        writer.writerow([display(g.cells.get((r, c)), decimal) for c in range(1, g.max_col + 1)])
    return buf.getvalue()


def save_csv(path: Path, g: Grid | list[Grid], sep: str = ";", decimal: str = ",", encoding: str = "utf-8-sig") -> Path:
    """Excel's CSV; by default as a Vietnamese locale saves it: UTF-8 with BOM, ';', decimal comma. `encoding`
    "utf-8" (no BOM, as LibreOffice saves it), "cp1258" (Windows-1258, combining tones) or "utf-16" (BOM, little
    endian: Excel's "Unicode Text", which is tab-separated)."""
    text = csv_text(_one(g), sep=sep, decimal=decimal)
    if encoding == "cp1258":
        data = encode_cp1258(text)
    elif encoding == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        data = text.encode(encoding)
    path.write_bytes(data)
    return path


def save_unicode_text(path: Path, g: Grid | list[Grid]) -> Path:
    """Excel's "Unicode Text": UTF-16 LE with BOM, tab-separated, CRLF, decimal comma."""
    return save_csv(path, g, sep="\t", encoding="utf-16")


def save_html_xls(path: Path, sheet: Grid | list[Grid]) -> Path:
    """A ".xls" the way web portals export it: an HTML table with rowspan/colspan."""
    g = _one(sheet)
    hidden = g.covered()
    spans = {(m[0], m[1]): m for m in g.merges}
    lines = [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
        "<body>",
        '<table border="1" cellspacing="0">',
    ]
    for r in range(1, g.max_row + 1):
        tds = []
        for c in range(1, g.max_col + 1):
            if (r, c) in hidden:
                continue
            attrs = ""
            if (r, c) in spans:
                r1, c1, r2, c2 = spans[(r, c)]
                attrs += f' rowspan="{r2 - r1 + 1}"' if r2 > r1 else ""
                attrs += f' colspan="{c2 - c1 + 1}"' if c2 > c1 else ""
            text = display(g.cells.get((r, c))).replace("&", "&amp;").replace("<", "&lt;")
            tds.append(f"<td{attrs}>{text}</td>")
        lines.append("<tr>" + "".join(tds) + "</tr>")
    lines += ["</table>", "</body>", "</html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------------------------
# After saving: what Excel does to a workbook reused, protected or broken


def edit_xlsx(path: Path, fn: Callable[[Any], None]) -> Path:
    """Open a saved workbook with openpyxl, change it as Excel would (hide, validate), save it again."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    fn(wb)
    wb.save(path)
    return path


def hide_sheets_openpyxl(path: Path, hidden: set[str]) -> Path:
    """Hide sheets of a saved workbook the way Excel does (right click > Hide)."""

    def apply(wb: Any) -> None:
        for ws in wb.worksheets:
            if ws.title in hidden:
                ws.sheet_state = "hidden"
        wb.active = next(i for i, ws in enumerate(wb.worksheets) if ws.title not in hidden)

    return edit_xlsx(path, apply)


def hide(path: Path, sheet: str, cols: tuple[int, ...] = (), rows: tuple[int, ...] = ()) -> Path:
    """Hide columns and rows of one sheet of a saved workbook."""
    from openpyxl.utils import get_column_letter

    def apply(wb: Any) -> None:
        ws = wb[sheet]
        for c in cols:
            ws.column_dimensions[get_column_letter(c)].hidden = True
        for r in rows:
            ws.row_dimensions[r].hidden = True

    return edit_xlsx(path, apply)


def hide_sheets_in_zip(path: Path, hidden: set[str]) -> Path:
    """Mark sheets state="hidden" in xl/workbook.xml of an .xlsx written by xlsxwriter (bytes otherwise kept)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/workbook.xml":
                text = data.decode("utf-8")
                for name in hidden:
                    text, n = re.subn(f'<sheet name="{re.escape(name)}" ', f'<sheet name="{name}" state="hidden" ',
                                      text)
                    assert n == 1, name
                data = text.encode("utf-8")
            dst.writestr(info, data)
    shutil.move(tmp, path)
    return path


def without_cache(g: Grid) -> Grid:
    """Formulas as a script writes them: the formula text, no cached value."""
    for key, value in g.cells.items():
        if isinstance(value, Formula):
            g.cells[key] = value.formula
    return g


def encrypt_xlsx(path: Path, source: Path, password: str = "matkhau") -> Path:
    """`source` protected with a password to open, as Excel's File > Protect Workbook writes it."""
    from msoffcrypto.format.ooxml import OOXMLFile

    with open(source, "rb") as fh:
        out = io.BytesIO()
        OOXMLFile(fh).encrypt(password, out)
    path.write_bytes(out.getvalue())
    return path


FIXED_TIME = dt.datetime(2023, 12, 20, 8, 30, 0)


def save_deterministic(wb: Any, path: Path | str) -> None:
    """Save an openpyxl workbook with fixed document dates and fixed zip entry times, so the bytes are the same
    on every run."""
    wb.properties.creator = "Ban Tuyen giao"
    wb.properties.lastModifiedBy = "Ban Tuyen giao"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the time of saving
                text = data.decode("utf-8")
                start = text.find("<dcterms:modified")
                end = text.find("</dcterms:modified>")
                if start >= 0 and end > start:
                    text = (text[:start] + '<dcterms:modified xsi:type="dcterms:W3CDTF">'
                            + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ") + text[end:])
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(out.getvalue())
