"""The report as a Word file (python-docx): A4, administrative margins, Times New Roman 13 pt, headings, the
tables, the chart pictures and the drafted paragraph as ordinary editable text."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from ui.report.chart import listed_apart, ranking_pngs
from ui.report.content import ReportContent, derived_list

FONT = "Times New Roman"


def _font(style, size: float, bold: bool | None = None) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.color.rgb = RGBColor(0, 0, 0)
    if bold is not None:
        style.font.bold = bold
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):  # theme fonts win over names
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def _table(doc, header: list[str], rows: list[list[str]], widths_mm: tuple[float, ...]) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
    _repeat_header(table.rows[0])
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = str(text)
    for column, width in zip(table.columns, widths_mm):  # the grid (LibreOffice reads it) and each cell (Word)
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_after = Pt(0)
                for run in paragraph.runs:
                    run.font.size = Pt(10)  # a figure and its n/N fit their column ("96,3% (4.661/4.821)")


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = properties.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"})
    properties.append(header)


def _cell_lines(cell, lines: list[tuple[str, dict]], align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    """Lines into a cell of the frame, each its own paragraph with its own look (bold, italic, underline, size)."""
    cell.text = ""
    first = True
    for text, look in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        paragraph.alignment = look.get("align", align)
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(text)
        run.bold, run.italic, run.underline = look.get("bold"), look.get("italic"), look.get("underline")
        run.font.size = Pt(look.get("size", 13))


def _frame_table(doc, left: list[tuple[str, dict]], right: list[tuple[str, dict]], widths_mm: tuple[float, float],
                 right_align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    """Two columns without borders: the issuer and "ĐẢNG CỘNG SẢN VIỆT NAM"; "Nơi nhận" and the signature."""
    table = doc.add_table(rows=1, cols=2)
    table.autofit = False
    _cell_lines(table.rows[0].cells[0], left)
    _cell_lines(table.rows[0].cells[1], right, right_align)
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)
    for cell, width in zip(table.rows[0].cells, widths_mm):
        cell.width = Mm(width)


def _head(doc, c: ReportContent) -> None:
    """The Party document's header (Hướng dẫn 36-HD/VPTW), its title and subject."""
    f = c.frame
    if f is None:
        return
    left = ([(f.above, {"size": 13})] if f.above else []) + [(f.issuer, {"bold": True, "size": 13}), ("*", {}),
                                                              (f.number, {"size": 13})]
    right = [(f.party, {"bold": True, "underline": True, "size": 14}), ("", {}), ("", {}),
             (f.dated, {"italic": True, "size": 13})]
    _frame_table(doc, left, right, (70, 90))
    doc.add_paragraph()
    for text, size in ((f.kind, 15), (f.subject, 14)):
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(size)
    doc.add_paragraph("-----").alignment = WD_ALIGN_PARAGRAPH.CENTER


def _close(doc, c: ReportContent) -> None:
    """"Nơi nhận" and the signature block, the signer's title and name left for the office."""
    f = c.frame
    if f is None:
        return
    doc.add_paragraph()
    left = [(f.to_label, {"bold": True, "italic": True, "underline": True, "size": 12,
                          "align": WD_ALIGN_PARAGRAPH.LEFT})]
    left += [(line, {"size": 11, "align": WD_ALIGN_PARAGRAPH.LEFT}) for line in f.to]
    right = [(f.on_behalf, {"bold": True, "size": 13}), (f.signer_title, {"bold": True, "size": 13}),
             ("", {}), ("", {}), ("", {}), (f.signer_name, {"bold": True, "size": 13})]
    _frame_table(doc, left, right, (80, 80))


def build_docx(content: ReportContent) -> bytes:
    c = content.cleaned()
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    _font(doc.styles["Normal"], 13)
    for name, size in (("Title", 15), ("Heading 1", 13), ("Heading 2", 13)):
        _font(doc.styles[name], size, bold=True)
    doc.core_properties.title = f"{c.title} — {c.unit} — {c.year}"
    doc.core_properties.language = "en-US" if c.lang == "en" else "vi-VN"

    if c.frame is not None:
        _head(doc, c)
    else:
        title = doc.add_paragraph(c.title.upper(), style="Title")
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.add_run(c.text("report_unit_year", unit=c.unit, year=c.year)).italic = True
    if c.is_sample:
        sample = doc.add_paragraph()
        sample.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sample.add_run(c.text("report_sample")).bold = True

    doc.add_heading(c.text("report_sec_text"), level=1)
    body = doc.add_paragraph(c.paragraph or c.text("report_no_paragraph"))
    body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.first_line_indent = Mm(10)
    if c.coverage_note:
        doc.add_paragraph().add_run(c.coverage_note).italic = True

    doc.add_heading(c.text("report_sec_key", year=c.year), level=1)
    if c.key_rows:
        _table(doc, [c.text("report_col_metric"), c.text("report_col_value", year=c.year),
                     c.text("report_col_vs_prev", year=c.year - 1), c.text("report_col_vs_target")],
               c.key_rows, (58, 30, 32, 40))
    else:
        doc.add_paragraph(c.text("report_no_paragraph"))

    _close(doc, c)  # the signature closes the report; the ranking, the full table and the sources are its appendix
    if c.frame is not None:
        doc.add_page_break()
        appendix = doc.add_paragraph()
        appendix.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = appendix.add_run(c.text("report_appendix"))
        run.bold = True
        run.font.size = Pt(14)
    doc.add_heading(c.text("report_sec_chart", words=c.child_word or "—"), level=1)
    pictures = ranking_pngs(c.children, c.target, c.lang)
    if pictures:
        caption = doc.add_paragraph()
        caption.paragraph_format.keep_with_next = True
        run = caption.add_run(c.text("report_chart_caption"))
        run.italic = True
        run.font.size = Pt(11)
        for png in pictures:
            doc.add_picture(io.BytesIO(png), width=Mm(160))
        apart = listed_apart(c.children)
        if apart:
            doc.add_paragraph(c.text("report_not_reported_list", n=len(apart),
                                     names=", ".join(ch.name for ch in apart)))
        derived = derived_list(c.children, c.lang)  # the "*" of a rate made from counts, said under the picture
        if derived:
            doc.add_paragraph(derived)
    else:
        doc.add_paragraph(c.text("report_no_children"))

    doc.add_heading(c.text("report_sec_table", year=c.year), level=1)
    _table(doc, [c.text("report_col_metric"), c.text("report_col_value", year=c.year),
                 c.text("report_col_previous", year=c.year - 1), c.text("report_col_target"),
                 c.text("report_col_source")], c.figure_rows, (42, 24, 30, 16, 48))

    doc.add_heading(c.text("report_sec_sources"), level=1)
    if c.sources:
        _table(doc, [c.text("report_col_file"), c.text("report_col_years"), c.text("report_col_figures"),
                     c.text("report_col_load")], c.sources, (70, 25, 22, 43))
    else:
        doc.add_paragraph("—")
    meta = doc.add_paragraph()
    for i, line in enumerate((c.text("report_data_version", version=c.data_version),
                              c.text("report_made_at", when=c.made_at))):
        run = meta.add_run(line)
        run.italic = True
        run.font.size = Pt(10)
        if i == 0:
            run.add_break()
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
