"""A Word report sent back with what was wrong marked on it (issue #26 point 5), as etl.publishing.annotate does
for a workbook: the clerk's own document, each problem cell of its tables tinted (red: not loaded; yellow: loaded,
worth a look) with a Word comment giving the reason, and the list of all of them at the top, each naming its table,
row and column. Everything else in the document is left as the clerk wrote it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

RED, YELLOW = "F4B6B6", "FFF2B3"


def _rc(cell: str) -> tuple[int, int]:
    letters = "".join(ch for ch in cell if ch.isalpha())
    col = 0
    for ch in letters.upper():
        col = col * 26 + ord(ch) - 64
    return int(cell[len(letters):]) - 1, col - 1


def place(mark) -> str:  # noqa: ANN001 - an etl.publishing.annotate.Mark
    """ "Bảng 2, hàng 5, cột C" for a mark at "Bảng 2"!C5."""
    r, _ = _rc(mark.cell)
    return f"{mark.sheet}, hàng {r + 1}, cột {''.join(ch for ch in mark.cell if ch.isalpha())}"


def _cell_at(table, r: int, c: int):  # noqa: ANN001, ANN202 - python-docx objects
    """The <w:tc> covering grid column ``c`` of row ``r`` (gridBefore and gridSpan counted), or None."""
    rows = table._tbl.tr_lst
    if r >= len(rows):
        return None
    tr = rows[r]
    pr = tr.trPr
    col = 0
    if pr is not None:
        before = pr.find(qn("w:gridBefore"))
        col = int(before.get(qn("w:val"), "0")) if before is not None else 0
    for tc in tr.tc_lst:
        span = tc.grid_span
        if col <= c < col + span:
            return tc
        col += span
    return None


def _shade(tc, colour: str) -> None:  # noqa: ANN001
    props = tc.get_or_add_tcPr()
    for old in props.findall(qn("w:shd")):
        props.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    props.append(shd)


def annotate_docx(path: Path, marks: list, target: Path, *, author: str, title: str) -> Path:
    """The annotated copy of the .docx at ``path`` written to ``target``: ``marks`` (etl.publishing.annotate.Mark)
    on their cells, listed under ``title`` at the top."""
    from docx.table import _Cell

    doc = Document(str(path))
    tables = doc.tables  # the body's tables in order, as etl.reading.docx_tables numbers them
    listed: list[str] = []
    for m in marks:
        kind = "Lỗi" if m.kind == "lỗi" else "Cảnh báo"
        listed.append(f"{place(m)}: {kind}: {m.reason}")
        try:
            n = int(m.sheet.removeprefix("Bảng ").strip())
        except ValueError:
            continue
        if not 1 <= n <= len(tables):
            continue
        tc = _cell_at(tables[n - 1], *_rc(m.cell))
        if tc is None:
            continue
        _shade(tc, RED if m.kind == "lỗi" else YELLOW)
        cell = _Cell(tc, tables[n - 1])
        paragraph = cell.paragraphs[0]
        runs = paragraph.runs or [paragraph.add_run("")]
        doc.add_comment(runs, text=f"{kind}: {m.reason}"[:2000], author=author, initials="HTLT")
    first = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    heading = first.insert_paragraph_before(f"{title} ({len(listed)} mục)")
    heading.runs[0].bold = True
    for line in listed:
        first.insert_paragraph_before(f"- {line}")
    first.insert_paragraph_before("")
    doc.save(str(target))
    return target
