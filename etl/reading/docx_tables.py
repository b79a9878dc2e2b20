"""The tables of a Word report (.docx) as sheets, read with the same table model as a workbook's (issue #26).

Each ``<w:tbl>`` of the body becomes a sheet "Bảng N" (N counts the document's tables in order): its rows, its
cells' text, ``gridSpan`` (a cell over several columns) and ``vMerge`` (a cell over several rows) as merged ranges,
``gridBefore`` (a row that starts right of the first column) as empty cells. A cell's address is that of the table:
"Bảng 2", C5 is row 5, column C of the second table.

A table's title block is text, not cells: the document's head (the issuing body, "Số …", the place and date line,
"BÁO CÁO" and its subject: the short paragraphs before the first long one or the first table of figures) and the
short paragraphs right above the table (its caption, "Phụ lục 2: …"). They are given to the table finder as the
lines above the table, as a workbook's title rows are, and the caption's paragraph number is kept for provenance.

The XML is read as a stream, a body element at a time, and dropped once read: memory stays bounded by the largest
table. A DOCTYPE or an entity declaration (never written by Word) refuses the file; text in tracked deletions is not
read (it is not in the document as shown).
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree as ET

from etl.reading.cells import is_number_like
from etl.reading.sheet import Document, FileRefused, Paragraph, Sheet, check_cells

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BODY, _P, _TBL, _TR, _TC = (_W + n for n in ("body", "p", "tbl", "tr", "tc"))
_T, _TAB, _BR, _CR = (_W + n for n in ("t", "tab", "br", "cr"))
_CHUNK = 1 << 16
_SHORT = 200  # a paragraph longer than this is narrative, not a title line
_HEAD_LINES = 12  # the document's head: at most this many short paragraphs
_CAPTION_LINES = 3  # the caption of a table: at most this many short paragraphs right above it
_MAX_SPAN = 200  # a gridSpan wider than this is not a real table


def is_docx(zf: zipfile.ZipFile) -> bool:
    return "word/document.xml" in zf.namelist()


def _text(elem: ET.Element) -> str:
    """A paragraph's (or a cell's) text as shown: runs joined, tabs and line breaks kept as white space."""
    out: list[str] = []
    for node in elem.iter():
        tag = node.tag
        if tag == _T:
            out.append(node.text or "")
        elif tag == _TAB:
            out.append("\t")
        elif tag in (_BR, _CR):
            out.append("\n")
        elif tag == _P and out and out[-1] != "\n":
            out.append("\n")  # the paragraphs of a cell, one a line
    return "".join(out).strip()


def _val(elem: ET.Element | None, default: str | None = None) -> str | None:
    return default if elem is None else elem.get(_W + "val", default)


def _int(text: str | None, default: int) -> int:
    try:
        return max(int(text), 0) if text is not None else default
    except ValueError:
        return default


def _table(tbl: ET.Element, name: str) -> Sheet:
    """One table as a sheet: rows of cell texts on the table's grid, with its merged ranges."""
    rows: list[list[object]] = []
    merged: list[tuple[int, int, int, int]] = []
    open_down: dict[int, list[int]] = {}  # column -> [first row, last row, last column] of a vMerge in progress
    for r, tr in enumerate(tbl.findall(_TR)):
        pr = tr.find(_W + "trPr")
        c = _int(_val(pr.find(_W + "gridBefore") if pr is not None else None), 0)
        row: list[object] = [None] * c
        for tc in tr.findall(_TC):
            props = tc.find(_W + "tcPr")
            span = _int(_val(props.find(_W + "gridSpan") if props is not None else None), 1) or 1
            if span > _MAX_SPAN:
                raise FileRefused(f"bảng Word bất thường: một ô trải trên {span} cột ({name})",
                                  f"abnormal Word table: a cell spans {span} columns ({name})")
            vmerge = props.find(_W + "vMerge") if props is not None else None
            value: object = _text(tc) or None
            if vmerge is not None and _val(vmerge, "continue") != "restart" and c in open_down:
                open_down[c][1] = r  # a continuation: the cell above goes on down
                value = None
            else:
                if c in open_down:
                    first, last, right = open_down.pop(c)
                    if last > first or right > c:
                        merged.append((first, c, last, right))
                if vmerge is not None:
                    open_down[c] = [r, r, c + span - 1]
                elif span > 1:
                    merged.append((r, c, r, c + span - 1))
            row.append(value)
            row.extend([None] * (span - 1))
            c += span
        rows.append(row)
        for col in [k for k, v in open_down.items() if v[1] < r]:  # a vMerge the row did not continue ends
            first, last, right = open_down.pop(col)
            if last > first or right > col:
                merged.append((first, col, last, right))
    for col, (first, last, right) in open_down.items():
        if last > first or right > col:
            merged.append((first, col, last, right))
    width = max((len(row) for row in rows), default=0)
    for row in rows:
        row.extend([None] * (width - len(row)))
    return Sheet(name, rows, sorted(merged))


def _has_figures(sheet: Sheet) -> bool:
    """Two rows or more and a cell that is a number as typed ("98,5%", "1.245", "17/17"): a table of figures, not
    the head laid out in a borderless table (whose "Số 12-BC/HU" and date line are text)."""
    return len(sheet.rows) >= 2 and any(isinstance(v, str) and len(v) < 24 and is_number_like(v)
                                        for row in sheet.rows for v in row)


def read_docx(path: Path) -> Document:
    """The tables and paragraphs of the .docx at ``path`` (its zip already checked: sizes, ratio)."""
    content = Document(is_document=True)
    try:
        with zipfile.ZipFile(path) as zf, zf.open("word/document.xml") as fh:
            _read_body(fh, content)
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, NotImplementedError, RuntimeError) as exc:
        raise FileRefused("tệp Word bị hỏng", f"corrupt Word file: {exc}") from exc
    except ET.ParseError as exc:
        raise FileRefused("tệp Word bị hỏng (nội dung XML không đọc được)", f"corrupt Word file: {exc}") from exc
    return content


def _read_body(fh, content: Document) -> None:  # noqa: ANN001 (a binary stream)
    parser = ET.XMLPullParser(events=("start", "end"))
    depth = 0
    body_depth: int | None = None
    body: ET.Element | None = None
    cells = 0
    head: list[str] = []  # the document's head: short paragraphs before the first long one or table of figures
    head_open = True
    above: list[Paragraph] = []  # short paragraphs since the last table or long paragraph
    tail = b""
    while True:
        chunk = fh.read(_CHUNK)
        if not chunk:
            break
        window = (tail + chunk).upper()
        if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
            raise FileRefused("tệp Word có khai báo DOCTYPE/ENTITY (Word không bao giờ ghi): không đọc",
                              "Word file with a DOCTYPE or entity declaration (Word never writes one): not read")
        tail = chunk[-16:]
        parser.feed(chunk)
        for event, elem in parser.read_events():
            if event == "start":
                depth += 1
                if elem.tag == _BODY and body is None:
                    body, body_depth = elem, depth
                continue
            depth -= 1
            if body is None or body_depth is None or depth != body_depth:
                continue  # not a direct child of the body
            if elem.tag == _P:
                paragraph = Paragraph(len(content.paragraphs) + 1, _text(elem))
                content.paragraphs.append(paragraph)
                if paragraph.text:
                    if len(paragraph.text) > _SHORT:
                        head_open = False
                        above = []
                    else:
                        above = [*above, paragraph][-_CAPTION_LINES:]
                        if head_open and len(head) < _HEAD_LINES:
                            head.append(paragraph.text)
            elif elem.tag == _TBL:
                sheet = _table(elem, f"Bảng {len(content.sheets) + 1}")
                cells += sum(1 for row in sheet.rows for v in row if v is not None)
                check_cells(cells)
                figures = _has_figures(sheet)
                if not figures and head_open:  # the head laid out in a borderless table: its lines are the head
                    head.extend(line for row in sheet.rows for v in row if isinstance(v, str)
                                for line in v.split("\n") if line.strip())
                    head[:] = head[:_HEAD_LINES * 2]
                caption = [p for p in above if p.text not in head]
                sheet.title_lines = [*head, *(p.text for p in caption)]
                sheet.caption_paragraph = caption[0].index if caption else None
                content.sheets.append(sheet)
                if figures:
                    head_open = False
                above = []
            body.remove(elem)  # read: dropped, memory stays that of one element
    parser.close()
    content.head = head
