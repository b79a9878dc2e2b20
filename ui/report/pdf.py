"""The report as an A4 PDF (fpdf2), Open Sans embedded (full Vietnamese coverage). Every text is written as
plain text (no markdown, no page-number alias), tables break across pages with their header repeated."""

from __future__ import annotations

import io

from fpdf import FPDF
from fpdf.fonts import FontFace

from ui.report.chart import FONTS, ROWS_PER_IMAGE, listed_apart, picture_height_mm, ranking_pngs
from ui.report.content import ReportContent, derived_list

FAMILY = "OpenSans"
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 25, 20, 20, 20  # mm, near the administrative standard
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
    pdf.set_font(FAMILY, "B", 12.5)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font(FAMILY, "", 10)


def _table(pdf: FPDF, header: list[str], rows: list[list[str]], widths: tuple[float, ...],
           align: str = "LEFT") -> None:
    pdf.set_font(FAMILY, "", 9)
    with pdf.table(col_widths=widths, text_align=align, line_height=4.6, padding=1.2, repeat_headings=1,
                   headings_style=FontFace(emphasis="BOLD", fill_color=HEAD_FILL), markdown=False,
                   width=pdf.epw) as table:
        table.row(header)
        for row in rows:
            table.row([str(c) for c in row])
    pdf.set_font(FAMILY, "", 10)


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

    pdf.set_font(FAMILY, "B", 15)
    pdf.multi_cell(0, 8, c.title.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "B", 13)
    pdf.multi_cell(0, 7, c.text("report_unit_year", unit=c.unit, year=c.year), align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(FAMILY, "", 9)
    pdf.set_text_color(80, 80, 80)
    lines = [c.text("report_data_version", version=c.data_version), c.text("report_made_at", when=c.made_at)]
    if c.is_sample:
        lines.append(c.text("report_sample"))
    for line in lines:
        pdf.multi_cell(0, 4.8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)

    _heading(pdf, c.text("report_sec_text"))
    pdf.set_font(FAMILY, "", 10.5)
    pdf.multi_cell(0, 5.6, c.paragraph or c.text("report_no_paragraph"), align="J", new_x="LMARGIN", new_y="NEXT")
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
                     c.text("report_col_load")], c.sources, (72, 25, 23, 45))
    else:
        pdf.multi_cell(0, 5, "—", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
