"""The report as an A4 PDF (fpdf2) in the frame of a Party document (ui.report.party), Liberation Serif embedded
(Times New Roman's metrics, full Vietnamese coverage, SIL Open Font License: ui/report/fonts). Every text is written
as plain text (no markdown, no page-number alias), tables break across pages with their header repeated."""

from __future__ import annotations

import io
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from ui.report.chart import ROWS_PER_IMAGE, listed_apart, picture_height_mm, ranking_pngs
from ui.report.content import ReportContent, derived_list

FAMILY = "LiberationSerif"
_FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONTS = {"": _FONT_DIR / "LiberationSerif-Regular.ttf", "B": _FONT_DIR / "LiberationSerif-Bold.ttf",
         "I": _FONT_DIR / "LiberationSerif-Italic.ttf", "BI": _FONT_DIR / "LiberationSerif-BoldItalic.ttf"}
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 30, 20, 20, 20  # mm, the Party documents' margins
HEAD_FILL = (238, 238, 238)


class _Document(FPDF):
    footer_text = ""

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"{self.footer_text} — {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def _heading(pdf: FPDF, text: str) -> None:
    if pdf.will_page_break(30):
        pdf.add_page()
    pdf.ln(4)
    pdf.set_font(FAMILY, "B", 13)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font(FAMILY, "", 10)


def _table(pdf: FPDF, header: list[str], rows: list[list[str]], widths: tuple[float, ...],
           align: str = "LEFT") -> None:
    pdf.set_font(FAMILY, "", 9)
    with pdf.table(col_widths=widths, text_align=align, line_height=4.6, padding=1.2, repeat_headings=1,
                   headings_style=FontFace(emphasis="BOLD", fill_color=HEAD_FILL), markdown=False,
                   width=pdf.epw, align="LEFT") as table:
        table.row(header)
        for row in rows:
            table.row([str(c) for c in row])
    pdf.set_font(FAMILY, "", 10)


def _columns(pdf: FPDF, left: list[tuple[str, str, float]], right: list[tuple[str, str, float]],
             left_w: float, left_align: str = "C") -> None:
    """Two columns of lines (text, style, size) side by side: the header and the signature block."""
    top = pdf.get_y()
    bottoms = []
    for lines, x, w, align in ((left, pdf.l_margin, left_w, left_align), (right, pdf.l_margin + left_w,
                                                                           pdf.epw - left_w, "C")):
        pdf.set_xy(x, top)
        for text, style, size in lines:
            pdf.set_x(x)
            pdf.set_font(FAMILY, style, size)
            pdf.multi_cell(w, size * 0.45, text or " ", align=align, new_x="LEFT", new_y="NEXT")
        bottoms.append(pdf.get_y())
    pdf.set_xy(pdf.l_margin, max(bottoms))


def _head(pdf: FPDF, c: ReportContent) -> None:
    f = c.frame
    if f is None:
        pdf.set_font(FAMILY, "B", 15)
        pdf.multi_cell(0, 8, c.title.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
        return
    left = ([(f.above, "", 12.5)] if f.above else []) + [(f.issuer, "B", 12.5), ("*", "", 12.5),
                                                         (f.number, "", 12.5)]
    right = [(f.party, "BU", 13.5), ("", "", 12.5), ("", "", 12.5), (f.dated, "I", 12.5)]
    _columns(pdf, left, right, 70)
    pdf.ln(6)
    pdf.set_font(FAMILY, "B", 15)
    pdf.multi_cell(0, 7, f.kind, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "B", 13.5)
    pdf.multi_cell(0, 6.5, f.subject, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "-----", align="C", new_x="LMARGIN", new_y="NEXT")


def _close(pdf: FPDF, c: ReportContent) -> None:
    f = c.frame
    if f is None:
        return
    if pdf.will_page_break(42):
        pdf.add_page()
    pdf.ln(8)
    left = [(f.to_label, "BIU", 12)] + [(line, "", 11) for line in f.to]
    right = [(f.on_behalf, "B", 13), (f.signer_title, "B", 13), ("", "", 13), ("", "", 13), ("", "", 13),
             (f.signer_name, "B", 13)]
    _columns(pdf, left, right, 80, left_align="L")


def build_pdf(content: ReportContent) -> bytes:
    c = content.cleaned()
    pdf = _Document(orientation="P", unit="mm", format="A4")
    pdf.set_margins(MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT)
    pdf.set_auto_page_break(True, margin=MARGIN_BOTTOM)
    for style, path in FONTS.items():
        pdf.add_font(FAMILY, style, str(path))
    pdf.set_title(f"{c.title} — {c.unit} — {c.year}")
    pdf.set_lang("en" if c.lang == "en" else "vi")
    pdf.set_creator("Học tập và làm theo Bác — bảng theo dõi")
    pdf.footer_text = f"{c.unit} — {c.year}"
    pdf.add_page()

    _head(pdf, c)
    pdf.set_font(FAMILY, "I", 12)
    pdf.multi_cell(0, 6, c.text("report_unit_year", unit=c.unit, year=c.year), align="C",
                   new_x="LMARGIN", new_y="NEXT")
    if c.is_sample:
        pdf.set_font(FAMILY, "B", 10)
        pdf.multi_cell(0, 5, c.text("report_sample"), align="C", new_x="LMARGIN", new_y="NEXT")

    _heading(pdf, c.text("report_sec_text"))
    pdf.set_font(FAMILY, "", 13)  # the body of a Party document: 13-14 pt
    pdf.multi_cell(0, 6.4, c.paragraph or c.text("report_no_paragraph"), align="J", new_x="LMARGIN", new_y="NEXT")
    if c.coverage_note:
        pdf.set_font(FAMILY, "I", 9)
        pdf.multi_cell(0, 5, c.coverage_note, new_x="LMARGIN", new_y="NEXT")

    _heading(pdf, c.text("report_sec_key", year=c.year))
    if c.key_rows:
        _table(pdf, [c.text("report_col_metric"), c.text("report_col_value", year=c.year),
                     c.text("report_col_vs_prev", year=c.year - 1), c.text("report_col_vs_target")],
               c.key_rows, (60, 30, 35, 45))
    else:
        pdf.multi_cell(0, 5, c.text("report_no_paragraph"), new_x="LMARGIN", new_y="NEXT")

    _close(pdf, c)  # the signature closes the report; the ranking, the full table and the sources are its appendix
    if c.frame is not None:
        pdf.add_page()
        pdf.set_font(FAMILY, "B", 14)
        pdf.multi_cell(0, 7, c.text("report_appendix"), align="C", new_x="LMARGIN", new_y="NEXT")
    pictures = ranking_pngs(c.children, c.target, c.lang)
    apart = listed_apart(c.children)
    if pictures:  # the heading goes with (the start of) its picture
        first = min(len(c.children) - len(apart), ROWS_PER_IMAGE)
        if pdf.will_page_break(20 + picture_height_mm(first, pdf.epw)):
            pdf.add_page()
    _heading(pdf, c.text("report_sec_chart", words=c.child_word or "—"))
    if pictures:
        pdf.set_font(FAMILY, "I", 9)
        pdf.multi_cell(0, 4.8, c.text("report_chart_caption"), new_x="LMARGIN", new_y="NEXT")
        for png in pictures:
            pdf.image(io.BytesIO(png), x=pdf.l_margin, w=pdf.epw)  # breaks the page first if it does not fit
        if apart:
            pdf.set_font(FAMILY, "", 9.5)
            pdf.multi_cell(0, 5, c.text("report_not_reported_list", n=len(apart),
                                        names=", ".join(ch.name for ch in apart)), new_x="LMARGIN", new_y="NEXT")
        derived = derived_list(c.children, c.lang)  # the "*" of a rate made from counts, said under the picture
        if derived:
            pdf.set_font(FAMILY, "", 9.5)
            pdf.multi_cell(0, 5, derived, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.multi_cell(0, 5, c.text("report_no_children"), new_x="LMARGIN", new_y="NEXT")

    _heading(pdf, c.text("report_sec_table", year=c.year))
    _table(pdf, [c.text("report_col_metric"), c.text("report_col_value", year=c.year),
                 c.text("report_col_previous", year=c.year - 1), c.text("report_col_target"),
                 c.text("report_col_source")], c.figure_rows, (46, 24, 24, 16, 55))

    _heading(pdf, c.text("report_sec_sources"))
    if c.sources:
        _table(pdf, [c.text("report_col_file"), c.text("report_col_years"), c.text("report_col_figures"),
                     c.text("report_col_load")], c.sources, (62, 22, 22, 54))
    else:
        pdf.multi_cell(0, 5, "—", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "I", 9)
    pdf.set_text_color(80, 80, 80)
    for line in (c.text("report_data_version", version=c.data_version), c.text("report_made_at", when=c.made_at)):
        pdf.multi_cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    return bytes(pdf.output())
