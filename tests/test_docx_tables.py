"""Reports sent as Word documents (issue #26 point 1): their tables are read with the same table model as sheets —
merged cells from gridSpan/vMerge, header rows, numbering rows, the title block above the table — every cell in the
ledger, provenance "Bảng N" and the table's own cell. A report written both ways gives the same facts."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from etl.publishing.load import load_files
from etl.reading.docx_tables import read_docx
from etl.reading.readers import FileRefused, read_file
from tests.conftest import query

HEAD = ["HUYỆN ỦY BÌNH LỤC", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 45-BC/HU", "Bình Lục, ngày 10 tháng 12 năm 2023",
        "BÁO CÁO", "Kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023"]
NARRATIVE = ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Huyện ủy đã ban hành kế "
             "hoạch, hướng dẫn các chi, đảng bộ tổ chức cho cán bộ, đảng viên đăng ký học tập và làm theo; kết quả "
             "cụ thể của các xã, thị trấn như phụ lục kèm theo báo cáo này.")
CAPTION = "Phụ lục 1: Kết quả đăng ký học tập và làm theo năm 2023"
HEADER = [["STT", "Đơn vị", "Đảng viên", None, None, "Tổng số mô hình"],
          [None, None, "Tổng số", "Đăng ký", "Tỷ lệ (%)", None]]
NUMBERING = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]
ROWS = [["1", "Thị trấn Bình Mỹ", "412", "405", "98,3", "6"],
        ["2", "Xã Bình Nghĩa", "230", "230", "100", "3"],
        ["3", "Xã Tràng An", "198", "190", "96", "—"],
        ["4", "Xã Đồng Du", "", "", "", "2"]]
MERGES = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]  # r1, c1, r2, c2 (0-based)


def _vmerge(cell, restart: bool) -> None:
    props = cell._tc.get_or_add_tcPr()
    node = OxmlElement("w:vMerge")
    if restart:
        node.set(qn("w:val"), "restart")
    props.append(node)


def word_report(path: Path, *, head_in_a_table: bool = False, rows: list[list[str]] = ROWS) -> Path:
    """The report as a district office types it in Word: the head, a paragraph, the caption, the table."""
    doc = Document()
    if head_in_a_table:  # the head as offices lay it out: a borderless table of two columns
        layout = doc.add_table(rows=1, cols=2)
        layout.cell(0, 0).text = "\n".join(HEAD[0:1] + ["*", HEAD[2]])
        layout.cell(0, 1).text = "\n".join([HEAD[1], HEAD[3]])
        for line in HEAD[4:]:
            doc.add_paragraph(line)
    else:
        for line in HEAD:
            doc.add_paragraph(line)
    doc.add_paragraph(NARRATIVE)
    doc.add_paragraph(CAPTION)
    table = doc.add_table(rows=len(HEADER) + 1 + len(rows), cols=6)
    # the header: "STT", "Đơn vị" and "Mô hình" over two rows (vMerge), "Đảng viên" over three columns (gridSpan)
    for c in (0, 1, 5):
        _vmerge(table.cell(0, c), True)
        _vmerge(table.cell(1, c), False)
        table.cell(0, c).text = HEADER[0][c]
    top = table.cell(0, 2).merge(table.cell(0, 4))  # python-docx writes a gridSpan
    top.text = "Đảng viên"
    for c in (2, 3, 4):
        table.cell(1, c).text = HEADER[1][c]
    for c, text in enumerate(NUMBERING):
        table.cell(2, c).text = text
    for r, row in enumerate(rows, start=3):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_paragraph("Nơi nhận: - Ban Tuyên giáo Tỉnh ủy; - Lưu VP.")
    doc.add_paragraph("T/M BAN THƯỜNG VỤ")
    doc.save(path)
    return path


def workbook_report(path: Path) -> Path:
    """The same report typed in Excel: the head in the first rows, the same table below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phụ lục 1"
    lines = [*HEAD, CAPTION]
    for r, line in enumerate(lines, start=1):
        ws.cell(r, 1, line)
    top = len(lines) + 2
    for r, row in enumerate([*HEADER, NUMBERING], start=top):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    for r1, c1, r2, c2 in MERGES:
        ws.merge_cells(start_row=top + r1, start_column=c1 + 1, end_row=top + r2, end_column=c2 + 1)
    for r, row in enumerate(ROWS, start=top + len(HEADER) + 1):
        for c, text in enumerate(row, start=1):
            if text in ("", None):
                continue
            ws.cell(r, c, float(text.replace(",", ".")) if text[0].isdigit() and c != 1 else
                    int(text) if c == 1 else text)
    wb.save(path)
    return path


def test_a_word_table_is_read_as_a_sheet_with_its_merges_and_title_block(tmp_path):
    content = read_docx(word_report(tmp_path / "BaoCao_BinhLuc_2023.docx"))
    assert [s.name for s in content.sheets] == ["Bảng 1"]
    sheet = content.sheets[0]
    assert sheet.rows[0] == ["STT", "Đơn vị", "Đảng viên", None, None, "Tổng số mô hình"]
    assert sheet.rows[1] == [None, None, "Tổng số", "Đăng ký", "Tỷ lệ (%)", None]
    assert sheet.rows[3] == ["1", "Thị trấn Bình Mỹ", "412", "405", "98,3", "6"]
    assert sorted(sheet.merged) == sorted(MERGES)
    assert sheet.title_lines == [*HEAD, CAPTION]
    assert sheet.caption_paragraph == len(HEAD) + 2  # the 8th paragraph of the body
    assert [p.text for p in content.paragraphs][len(HEAD)] == NARRATIVE


def test_the_head_laid_out_in_a_borderless_table_is_the_title_block(tmp_path):
    content = read_docx(word_report(tmp_path / "r.docx", head_in_a_table=True))
    assert [s.name for s in content.sheets] == ["Bảng 1", "Bảng 2"]
    figures = content.sheets[1]
    assert {"HUYỆN ỦY BÌNH LỤC", "Số 45-BC/HU", "Bình Lục, ngày 10 tháng 12 năm 2023", HEAD[5], CAPTION} \
        <= set(figures.title_lines)


def _facts(db: Path) -> set[tuple]:
    return set(query(db, "SELECT unit_code, year, metric, value, qualifier FROM core.facts"))


@pytest.mark.parametrize("head_in_a_table", [False, True])
def test_a_report_written_in_word_loads_like_its_spreadsheet_twin(tmp_path, empty_db, head_in_a_table):
    word_db = tmp_path / "word.duckdb"
    word_db.write_bytes(empty_db.read_bytes())
    word = load_files(word_db, [word_report(tmp_path / "BaoCao_BinhLuc_2023.docx", head_in_a_table=head_in_a_table)])
    excel = load_files(empty_db, [workbook_report(tmp_path / "BaoCao_BinhLuc_2023.xlsx")])
    assert [o.status for o in word] == [o.status for o in excel] == ["loaded"]
    facts = _facts(word_db)
    assert facts == _facts(empty_db)
    assert ("13501", 2023, "reg_party_members_pct", 98.3, None) in facts
    assert ("13504", 2023, "reg_party_members_pct", 100.0, None) in facts
    assert not [f for f in facts if f[0] == "13516" and f[2] == "reg_party_members_pct"]  # blank: not zero
    where = query(word_db, "SELECT source_file, source_sheet, source_cell FROM core.facts WHERE unit_code = '13501' "
                           "AND metric = 'reg_party_members_pct'")
    assert where == [("BaoCao_BinhLuc_2023.docx", "Bảng 2" if head_in_a_table else "Bảng 1", "E4")]


def test_every_cell_of_the_word_table_is_in_the_ledger(tmp_path, empty_db):
    outcome = load_files(empty_db, [word_report(tmp_path / "BaoCao_BinhLuc_2023.docx")])[0]
    cells = sum(1 for row in [*HEADER, NUMBERING, *ROWS] for v in row if v not in (None, ""))
    assert sum(outcome.cells.values()) == cells
    # 3 communes x (total, registered, rate) and 3 counts of models; the "—" of Tràng An's models: not reported;
    # the header, the numbering row, the numbers and names of the rows: labels
    assert outcome.cells == {"fact": 12, "reject": 0, "label": 21, "ignored": 1}
    assert outcome.status == "loaded" and outcome.rows_loaded == 6


def test_a_word_file_with_a_doctype_is_refused(tmp_path):
    good = word_report(tmp_path / "r.docx")
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]>', 1)
            out.writestr(info, data)
    with pytest.raises(FileRefused, match="DOCTYPE"):
        read_file(bad)


# --- the same report exported to PDF (issue #26 point 2) --------------------------------------------------------


def pdf_report(path: Path, *, scanned: bool = False) -> Path:
    """The report as Word exports it to PDF: the head, a paragraph, the caption, a ruled table with its merges."""
    import ttf_opensans
    from fpdf import FPDF

    fonts = Path(ttf_opensans.__file__).resolve().parent / "ttf"
    pdf = FPDF(format="A4")
    pdf.add_font("OpenSans", "", str(next(fonts.glob("OpenSans-Regular.ttf"))))
    pdf.set_font("OpenSans", size=11)
    pdf.add_page()
    if scanned:  # a scan: the page is a picture, there is no text to read
        from PIL import Image

        picture = tmp = path.with_suffix(".png")
        Image.new("RGB", (600, 800), "white").save(tmp)
        pdf.image(str(picture), x=10, y=10, w=180)
        pdf.output(str(path))
        return path
    for line in [*HEAD, NARRATIVE, CAPTION]:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(10, 50, 25, 25, 25, 30), text_align="LEFT", first_row_as_headings=False) as table:
        top = table.row()
        top.cell("STT", rowspan=2)
        top.cell("Đơn vị", rowspan=2)
        top.cell("Đảng viên", colspan=3)
        top.cell("Tổng số mô hình", rowspan=2)
        second = table.row()
        for text in HEADER[1][2:5]:
            second.cell(text)
        for row in [NUMBERING, *ROWS]:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.multi_cell(0, 6, "T/M BAN THƯỜNG VỤ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_a_pdf_table_is_read_with_its_merges_and_title_block(tmp_path):
    from etl.reading.pdf_tables import read_pdf

    content = read_pdf(pdf_report(tmp_path / "BaoCao_BinhLuc_2023.pdf"))
    assert [s.name for s in content.sheets] == ["Bảng 1"]
    sheet = content.sheets[0]
    assert sheet.rows[0] == ["STT", "Đơn vị", "Đảng viên", None, None, "Tổng số mô hình"]
    assert sheet.rows[3] == ["1", "Thị trấn Bình Mỹ", "412", "405", "98,3", "6"]
    assert sorted(sheet.merged) == sorted(MERGES)
    assert sheet.title_lines[:len(HEAD)] == HEAD and sheet.title_lines[-1] == CAPTION


def test_a_report_exported_to_pdf_loads_like_its_spreadsheet_twin(tmp_path, empty_db):
    pdf_db = tmp_path / "pdf.duckdb"
    pdf_db.write_bytes(empty_db.read_bytes())
    pdf = load_files(pdf_db, [pdf_report(tmp_path / "BaoCao_BinhLuc_2023.pdf")])
    excel = load_files(empty_db, [workbook_report(tmp_path / "BaoCao_BinhLuc_2023.xlsx")])
    assert [o.status for o in pdf] == [o.status for o in excel] == ["loaded"]
    assert _facts(pdf_db) == _facts(empty_db)
    assert pdf[0].cells == {"fact": 12, "reject": 0, "label": 21, "ignored": 1}


def test_a_scanned_pdf_is_refused_with_its_reason_and_nothing_loaded(tmp_path, empty_db):
    outcome = load_files(empty_db, [pdf_report(tmp_path / "BaoCao_BinhLuc_2023.pdf", scanned=True)])[0]
    assert outcome.status == "refused" and outcome.rows_loaded == 0
    assert "không có lớp chữ" in outcome.message_vi and "no text layer" in outcome.message_en
    assert query(empty_db, "SELECT count(*) FROM core.facts") == [(0,)]


def test_the_clerk_gets_the_word_report_back_with_the_problem_cells_marked(tmp_path, empty_db):
    # Tràng An's rate typed 120: rejected at its cell, E6 of the table
    rows = [*ROWS[:2], ["3", "Xã Tràng An", "198", "190", "120", "—"], ROWS[3]]
    path = word_report(tmp_path / "BaoCao_BinhLuc_2023.docx", rows=rows)
    outcome = load_files(empty_db, [path], annotate_dir=tmp_path / "out")[0]
    assert outcome.status == "loaded_with_rejects"
    assert [(r.sheet, r.cell) for r in outcome.rejects] == [("Bảng 1", "E6")]
    annotated = outcome.annotated
    assert annotated is not None and annotated.name == "BaoCao_BinhLuc_2023_can_sua.docx"
    doc = Document(str(annotated))
    assert doc.paragraphs[0].text.startswith("CẦN SỬA — BaoCao_BinhLuc_2023.docx (1 mục)")
    assert doc.paragraphs[1].text.startswith("- Bảng 1, hàng 6, cột E: Lỗi: ")
    cell = doc.tables[0].cell(5, 4)
    assert cell.text == "120"
    assert cell._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "F4B6B6"
    comments = list(doc.comments)
    assert len(comments) == 1 and "120" in comments[0].text and comments[0].author == "Bảng theo dõi HTLT"
    assert [p.text for p in doc.paragraphs if p.text == NARRATIVE]  # the rest as the clerk wrote it


def test_the_place_of_a_word_tables_figure_reads_as_the_table_says_it(tmp_path, empty_db):
    """Provenance "Bảng 1, hàng 4, cột E", and the caption's paragraph in the load's summary and JSON."""
    from etl.cli import ledger_line
    from ui import fmt

    outcome = load_files(empty_db, [word_report(tmp_path / "BaoCao_BinhLuc_2023.docx")])[0]
    [sheet] = outcome.sheets
    assert sheet["caption_paragraph"] == len(HEAD) + 2
    assert ledger_line(sheet).startswith("Trang “Bảng 1” (sau đoạn 8)")
    [(file, table, cell)] = query(empty_db, "SELECT source_file, source_sheet, source_cell FROM core.facts WHERE "
                                            "unit_code = '13501' AND metric = 'reg_party_members_pct'")
    assert fmt.source_place(file, table, cell, "vi") == "BaoCao_BinhLuc_2023.docx / Bảng 1 / hàng 4, cột E"
    assert fmt.source_place(file, table, cell, "en") == "BaoCao_BinhLuc_2023.docx / Bảng 1 / row 4, column E"
    assert fmt.cell_place("BaoCao.xlsx", "E4", "vi") == "E4"  # a workbook keeps Excel's address
