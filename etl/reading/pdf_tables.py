"""The tables of a PDF report with a text layer (exported from Word or Excel) as sheets (issue #26 point 2).

Read with pdfplumber (pdfminer.six underneath): a maintained, pure-Python reader that gives every character with
its position and finds ruled tables from the lines drawn, with each cell's box, so a cell over several columns or
rows is a merged range as in a workbook. (camelot and tabula need Ghostscript or Java; PyMuPDF's licence is AGPL.)

Each table becomes a sheet "Bảng N" (N counts the document's tables in order); a table that goes on at the top of
the next page with the same columns is the same table (its repeated header rows dropped). The title block is text
above the table, as for Word (etl.reading.docx_tables): the first page's head and the lines right above the table.
A PDF without a text layer (a scan) is refused: there is nothing to read without OCR, and OCR's figures would need
checking cell by cell.
"""

from __future__ import annotations

from pathlib import Path

from etl.reading.sheet import Document, FileRefused, Paragraph, Sheet, check_cells

_MAX_PAGES = 200  # a district report and its appendices are a few dozen pages
_HEAD_LINES = 12
_CAPTION_LINES = 3
_SHORT = 200
_SNAP = 1.5  # points: cell edges this close are the same grid line


def _grid(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _SNAP:
            out.append(v)
    return out


def _at(lines: list[float], v: float) -> int:
    return min(range(len(lines)), key=lambda i: abs(lines[i] - v))


def _table_sheet(page, table, name: str) -> Sheet:  # noqa: ANN001 (pdfplumber objects)
    """Rows and merged ranges from the table's cell boxes: a box over several grid columns or rows is merged."""
    cells = [c for c in table.cells if c is not None]
    xs = _grid([c[0] for c in cells] + [c[2] for c in cells])
    ys = _grid([c[1] for c in cells] + [c[3] for c in cells])
    rows: list[list[object]] = [[None] * max(len(xs) - 1, 0) for _ in range(max(len(ys) - 1, 0))]
    merged: list[tuple[int, int, int, int]] = []
    for x0, top, x1, bottom in cells:
        c1, c2 = _at(xs, x0), _at(xs, x1) - 1
        r1, r2 = _at(ys, top), _at(ys, bottom) - 1
        if c2 < c1 or r2 < r1:
            continue
        text = (page.crop((x0, top, x1, bottom), strict=False).extract_text() or "").strip()
        rows[r1][c1] = text or None
        if r2 > r1 or c2 > c1:
            merged.append((r1, c1, r2, c2))
    return Sheet(name, rows, sorted(merged))


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def read_pdf(path: Path) -> Document:
    """The tables (as sheets) and the text lines (as paragraphs) of the PDF at ``path``."""
    import pdfplumber  # imported on the first PDF: the loader's other formats never pay for it
    from pdfminer.pdfparser import PDFSyntaxError

    content = Document(is_document=True)
    head: list[str] = []
    head_open = True
    above: list[Paragraph] = []
    cells = 0
    chars = 0
    last: tuple[Sheet, int, float] | None = None  # the previous table, its columns, and how far down its page it ends
    try:
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) > _MAX_PAGES:
                raise FileRefused(f"tệp PDF quá dài ({len(pdf.pages)} trang; giới hạn {_MAX_PAGES})",
                                  f"PDF too long ({len(pdf.pages)} pages; the limit is {_MAX_PAGES})")
            for page in pdf.pages:
                chars += len(page.chars)
                tables = sorted(page.find_tables(), key=lambda t: t.bbox[1])
                y = 0.0
                for k, table in enumerate([*tables, None]):
                    bottom = table.bbox[1] if table is not None else page.height
                    text = page.crop((0, y, page.width, bottom), strict=False).extract_text() if bottom > y else ""
                    for line in _lines(text or ""):
                        paragraph = Paragraph(len(content.paragraphs) + 1, line)
                        content.paragraphs.append(paragraph)
                        if len(line) > _SHORT:
                            head_open, above = False, []
                        else:
                            above = [*above, paragraph][-_CAPTION_LINES:]
                            if head_open and len(head) < _HEAD_LINES:
                                head.append(line)
                    if table is None:
                        break
                    sheet = _table_sheet(page, table, f"Bảng {len(content.sheets) + 1}")
                    width = len(sheet.rows[0]) if sheet.rows else 0
                    cells += sum(1 for row in sheet.rows for v in row if v is not None)
                    check_cells(cells)
                    goes_on = (last is not None and k == 0 and not above and last[1] == width
                               and last[2] > 0.8 and table.bbox[1] < page.height * 0.2)
                    if goes_on and last is not None:
                        before = last[0]
                        repeated = 0
                        while repeated < min(len(sheet.rows), 3) and sheet.rows[repeated] == before.rows[repeated]:
                            repeated += 1
                        offset = len(before.rows) - repeated
                        before.merged += [(r1 + offset, c1, r2 + offset, c2) for r1, c1, r2, c2 in sheet.merged
                                          if r1 >= repeated]
                        before.rows += sheet.rows[repeated:]
                        last = (before, width, table.bbox[3] / page.height)
                    else:
                        caption = [p for p in above if p.text not in head]
                        sheet.title_lines = [*head, *(p.text for p in caption)]
                        sheet.caption_paragraph = caption[0].index if caption else None
                        content.sheets.append(sheet)
                        last = (sheet, width, table.bbox[3] / page.height)
                        if any(v for row in sheet.rows for v in row):
                            head_open = False
                    above = []
                    y = table.bbox[3]
                if tables:
                    last = last if last is not None and last[2] > 0.8 else None
                else:
                    last = None
    except FileRefused:
        raise
    except (PDFSyntaxError, ValueError, KeyError, TypeError, OSError) as exc:
        raise FileRefused("tệp PDF bị hỏng hoặc không đọc được", f"corrupt or unreadable PDF: {exc}") from exc
    except Exception as exc:  # pdfminer raises its own errors for broken or encrypted files
        if "password" in repr(exc).lower() or "encrypt" in repr(exc).lower():
            raise FileRefused("tệp PDF có mật khẩu bảo vệ", "the PDF is password-protected") from exc
        raise FileRefused("tệp PDF bị hỏng hoặc không đọc được", f"corrupt or unreadable PDF: {exc}") from exc
    content.head = head
    if chars == 0:
        raise FileRefused(
            "tệp PDF không có lớp chữ (bản quét, ảnh chụp): không đọc được số liệu; hãy gửi tệp Word, Excel hoặc PDF "
            "xuất trực tiếp từ Word/Excel",
            "the PDF has no text layer (a scan or a photo): no figure can be read; send the Word or Excel file, or "
            "a PDF exported from it")
    return content
