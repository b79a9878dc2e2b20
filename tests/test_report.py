"""The report a leader files (ui/report): the drafted paragraph holds the warehouse's figures and no other
number, leaves out what was not reported; the PDF is A4 with its font embedded; the DOCX opens, is A4 and holds
the paragraph and the figures."""

from __future__ import annotations

import io
import re
import zlib

import docx
import pandas as pd
import pytest
from docx.shared import Mm
from streamlit.testing.v1 import AppTest

from tests.conftest import query
from ui import fmt
from ui.filters import Selection
from ui.report import build_docx, build_pdf, draft_paragraph, gather
from ui.report.chart import axis_range, axis_ticks, ranking_png
from ui.report.content import ChildRate
from ui.report.sentences import parse, render

CAU_NGANG_2022 = Selection(2022, "old", "84", "848", None, "Huyện Cầu Ngang")
LONG_SON_2022 = Selection(2022, "old", "84", "848", "29443", "Xã Long Sơn")
KINDS = {"reg_party_members_pct": "pct", "reg_civil_servants_pct": "pct", "models_total": "count",
         "models_collective": "count", "models_individual": "count", "models_new": "count"}
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@pytest.fixture
def source(sample_db, monkeypatch):
    monkeypatch.setenv("CAMPAIGN_DB", str(sample_db))
    from ui.data import Source

    return Source()


def figures(rows: list[tuple]) -> pd.DataFrame:
    """unit figures as warehouse.queries.figures returns them (the columns the paragraph reads)."""
    return pd.DataFrame(rows, columns=["year", "metric", "value", "qualifier", "numerator", "denominator"])


def allowed_numbers(facts: list[tuple], year: int, unit: str, lang: str) -> set[str]:
    """Every way a warehouse figure may be written: the value (with 0 or 1 decimal), numerator, denominator."""
    allowed = {str(year), *NUMBER.findall(unit)}
    for value, numerator, denominator in facts:
        for v in (value, numerator, denominator):
            if v is not None:
                allowed |= {fmt.number(v, lang, 0), fmt.number(v, lang, 1), fmt.number(v, lang, 1, fixed=True)}
    return allowed


def numbers_in(text: str) -> list[str]:
    return [n.rstrip(".,") for n in NUMBER.findall(text)]


def test_the_paragraph_holds_the_warehouse_figures_of_cau_ngang_2022(source, sample_db):
    content = gather(source, CAU_NGANG_2022, "vi")
    facts = dict((m, (v, q)) for m, v, q in query(
        sample_db, "SELECT metric, value, qualifier FROM core.facts WHERE unit_key = 'old:district:848' "
                   "AND year = 2022"))
    text = content.paragraph
    assert facts["reg_party_members_pct"] == (98.0, ">")
    assert "đã có trên 98,0% đảng viên" in text  # the qualifier kept; a rate with its decimal
    assert f"duy trì {fmt.number(facts['models_total'][0], 'vi', 0)} mô hình" in text
    assert (f"trong đó {facts['models_collective'][0]:.0f} mô hình tập thể và {facts['models_individual'][0]:.0f} "
            f"mô hình cá nhân (có {facts['models_new'][0]:.0f} mô hình mới)") in text
    assert f"{fmt.pct(facts['reg_civil_servants_pct'][0])} CCVC, LLVT" in text
    assert "trên 100 tin, bài đăng và chia sẻ trên mạng xã hội" in text
    # the same figures in English, with the English qualifier
    english = gather(source, CAU_NGANG_2022, "en").paragraph
    assert "over 98.0% of party members" in english and "96 models" in english


def test_the_paragraph_writes_no_number_that_is_not_in_the_warehouse(source, sample_db):
    for selection in (CAU_NGANG_2022, LONG_SON_2022):
        facts = query(sample_db, "SELECT value, numerator, denominator FROM core.facts WHERE map = 'old' "
                                 "AND year = ? AND (unit_key = ? OR district_code = ?)",
                      [selection.year, selection.unit_key, selection.district])
        for lang in ("vi", "en"):
            text = gather(source, selection, lang).paragraph
            found = numbers_in(text)
            assert len(found) > 15, text
            allowed = allowed_numbers(facts, selection.year, selection.label, lang)
            assert [n for n in found if n not in allowed] == [], text


def test_a_figure_not_reported_is_left_out_never_zero(source, sample_db):
    missing = {m for (m,) in query(sample_db, "SELECT code FROM core.metrics EXCEPT SELECT metric FROM core.facts "
                                              "WHERE unit_key = 'old:district:848' AND year = 2022")}
    assert {"models_pilot", "model_replication_pct"} <= missing  # the sample's Cầu Ngang 2022 lacks them
    content = gather(source, CAU_NGANG_2022, "vi")
    assert "mô hình điểm" not in content.paragraph and "nhân rộng" not in content.paragraph
    rows = {r[0]: r for r in content.figure_rows}
    assert rows["Mô hình điểm"][1] == "chưa báo cáo"
    # and where Bình Lục reported them (2021), the clause is there with the stored 17/17
    binh_luc = gather(source, Selection(2021, "old", "35", "352", None, "Huyện Bình Lục"), "vi").paragraph
    assert "3 mô hình điểm" in binh_luc and "17/17" in binh_luc


def test_sentence_rules_without_a_warehouse():
    """A missing figure drops its part, a list joins what is there, a clause with nothing disappears."""
    full = figures([(2023, "reg_party_members_pct", 98.8, None, 316, 320), (2023, "models_total", 96, None, None, None),
                    (2023, "models_collective", 65, None, None, None), (2023, "models_individual", 31, None, None, None),
                    (2023, "models_new", 15, None, None, None)])
    text = draft_paragraph(full, KINDS, "Xã Long Sơn", 2023, "vi")
    assert "Đến nay, đã có 98,8% đảng viên (316/320) đăng ký học tập và làm theo." in text
    assert "duy trì 96 mô hình học tập và làm theo Bác, trong đó 65 mô hình tập thể và 31 mô hình cá nhân " \
           "(có 15 mô hình mới)" in text
    assert "CCVC" not in text and "tuyên truyền" not in text and "Khen thưởng" not in text
    assert sorted(set(numbers_in(text))) == sorted({"98,8", "316", "320", "96", "65", "31", "15"})

    partial = figures([(2023, "models_individual", 31, None, None, None),
                       (2023, "reg_party_members_pct", 98, ">", None, None)])
    text = draft_paragraph(partial, KINDS, "Xã Long Sơn", 2023, "vi")
    assert "đã có trên 98,0% đảng viên đăng ký" in text and "(" not in text.split("Đến nay")[1].split(".")[0]
    assert "Xã Long Sơn có 31 mô hình cá nhân." in text
    assert " 0 " not in text and "tập thể" not in text and "kế hoạch" not in text
    assert draft_paragraph(figures([]), KINDS, "Xã Long Sơn", 2023, "vi") == ""
    # an earlier year's figure is not this year's
    assert draft_paragraph(figures([(2022, "models_total", 9, None, None, None)]), KINDS, "X", 2023, "vi") == ""
    # English numbers
    assert "98.8% of party members (316/320)" in draft_paragraph(full, KINDS, "X", 2023, "en")


def test_a_unit_name_is_inserted_as_text_never_read_as_a_mark():
    nodes = parse("{unit} có {models_total} mô hình[ ({models_new} mới)].")
    text, used = render(nodes, {"unit": "Xã {models_new} [x|y] <a;b>", "models_total": "9"}, "vi")
    assert (text, used) == ("Xã {models_new} [x|y] <a;b> có 9 mô hình.", 1)
    with pytest.raises(ValueError):
        parse("thiếu [ngoặc")


def _pdf_text_objects(pdf: bytes) -> bytes:
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S)
    out = b""
    for s in streams:
        try:
            out += zlib.decompress(s)
        except zlib.error:
            out += s
    return out


def test_the_pdf_is_a4_with_its_font_embedded(source):
    content = gather(source, CAU_NGANG_2022, "vi")
    pdf = build_pdf(content)
    assert pdf.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert boxes and {(round(float(w)), round(float(h))) for w, h in boxes} == {(595, 842)}
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) >= 2
    assert b"/FontFile2" in pdf and b"LiberationSerif" in pdf  # Times New Roman's metrics, Vietnamese complete
    assert b"/Subtype /Image" in pdf or b"/Subtype/Image" in pdf  # the ranking chart
    # the text is in the page streams as glyph ids (Unicode font), never as a literal string to interpret
    assert b"Huy\xe1\xbb\x87n" not in _pdf_text_objects(pdf)


def test_a_long_table_breaks_across_pages_and_spreadsheet_text_stays_text(source):
    content = gather(source, CAU_NGANG_2022, "vi")
    content.figure_rows = content.figure_rows * 8  # ~140 rows
    content.unit = "=HYPERLINK(\"http://x\") **đậm** {nb} <b>x</b>\x0b"
    long_pdf = build_pdf(content)
    short_pdf = build_pdf(gather(source, CAU_NGANG_2022, "vi"))
    assert len(re.findall(rb"/Type\s*/Page\b", long_pdf)) >= len(re.findall(rb"/Type\s*/Page\b", short_pdf)) + 3
    assert b"/URI" not in long_pdf  # nothing became a link
    document = docx.Document(io.BytesIO(build_docx(content)))
    assert any("=HYPERLINK" in p.text and "{nb}" in p.text for p in document.paragraphs)


def test_the_docx_is_a4_with_the_paragraph_and_the_figures(source, sample_db):
    content = gather(source, CAU_NGANG_2022, "vi")
    document = docx.Document(io.BytesIO(build_docx(content)))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert document.styles["Normal"].font.size.pt == 13
    texts = [p.text for p in document.paragraphs]
    assert content.paragraph in texts
    assert any(p.style.name.startswith("Heading") for p in document.paragraphs)
    cells = {c.text for table in document.tables for row in table.rows for c in row.cells}
    models = query(sample_db, "SELECT value FROM core.facts WHERE unit_key = 'old:district:848' AND year = 2022 "
                              "AND metric = 'models_total'")[0][0]
    assert "Tổng số mô hình" in cells and fmt.number(models, "vi", 0) in cells and "trên 98,0%" in cells
    assert "BaoCao_CauNgang_2022.xlsx / Năm 2022 / E29" in cells
    assert len(document.inline_shapes) == 1  # the ranking chart


def test_the_ranking_lists_missing_units_as_not_reported(source):
    content = gather(source, Selection(2022, "old", "84", None, None, "Tỉnh Trà Vinh"), "vi")
    assert [c.name for c in content.children if c.value is not None] == ["Huyện Cầu Ngang"]
    missing = [c for c in content.children if c.value is None]
    assert len(missing) == 8 and {c.label for c in missing} == {"chưa báo cáo"}
    assert content.children[0].label == "trên 98,0%"
    png = ranking_png(content.children, content.target, "vi")
    assert png.startswith(b"\x89PNG")
    # a commune has no units under it: no chart, a sentence
    commune = gather(source, LONG_SON_2022, "vi")
    assert commune.children == []
    document = docx.Document(io.BytesIO(build_docx(commune)))
    assert "Không có số liệu của đơn vị trực thuộc để xếp hạng." in [p.text for p in document.paragraphs]
    assert len(document.inline_shapes) == 0
    assert ChildRate("x", "1", None, "chưa báo cáo").value is None


def test_a_rate_axis_has_room_past_100_but_no_tick_there():
    """Bars start at zero and the axis runs on to 105 so that a unit at 100% has its bar; the gridlines stop at
    100% (a "105%" read as a rate). Rates in a narrow band are dots on an axis around them."""
    assert axis_range([40.0, 99.5], 98.0) == (0.0, 105.0)
    assert axis_range([92.0, 99.5], 98.0) == (90.0, 100.0)  # a narrow band: dots, the axis starts at 90
    assert axis_ticks(90.0, 100.0) == [90.0, 95.0, 100.0]
    assert axis_ticks(95.0, 100.0) == [95.0, 96.0, 97.0, 98.0, 99.0, 100.0]
    assert axis_ticks(80.0, 105.0) == [80.0, 85.0, 90.0, 95.0, 100.0]
    assert axis_ticks(0.0, 105.0) == [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
    assert axis_ticks(40.0, 110.0)[-1] == 110.0  # a figure past 100 (data to correct) keeps its ticks to its end


def _section_app() -> None:
    from ui.data import Source
    from ui.filters import Selection
    from ui.report import report_section

    report_section(Source(), Selection(2022, "old", "84", "848", None, "Huyện Cầu Ngang"), "vi")


def test_the_section_offers_two_downloads(sample_db, monkeypatch):
    monkeypatch.setenv("CAMPAIGN_DB", str(sample_db))
    at = AppTest.from_function(_section_app, default_timeout=60).run()
    assert not at.exception, at.exception
    assert [s.value for s in at.subheader] == ["Báo cáo"]
    assert "Huyện Cầu Ngang năm 2022" in at.caption[0].value
    buttons = at.get("download_button")
    assert len(buttons) == 2


def _docx_lines(data: bytes) -> list[str]:
    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                lines += [p.text for p in cell.paragraphs]
    return lines


@pytest.mark.parametrize(("selection", "above", "issuer", "code", "place", "to", "behalf"), [
    (CAU_NGANG_2022, "ĐẢNG BỘ TỈNH TRÀ VINH", "HUYỆN ỦY CẦU NGANG", "-BC/HU", "Cầu Ngang, ngày ",
     "- Ban Tuyên giáo Tỉnh ủy Trà Vinh (b/c),", "T/M BAN THƯỜNG VỤ"),
    (Selection(2022, "old", "84", None, None, "Tỉnh Trà Vinh"), None, "TỈNH ỦY TRÀ VINH", "-BC/TU", "Trà Vinh, ngày ",
     "- Ban Tuyên giáo Trung ương (b/c),", "T/M BAN THƯỜNG VỤ"),
    (LONG_SON_2022, "ĐẢNG BỘ HUYỆN CẦU NGANG", "ĐẢNG ỦY XÃ LONG SƠN", "-BC/ĐU", "Long Sơn, ngày ",
     "- Ban Tuyên giáo Huyện ủy Cầu Ngang (b/c),", "T/M ĐẢNG ỦY"),
])
def test_the_docx_is_a_party_document(source, selection, above, issuer, code, place, to, behalf):
    """Hướng dẫn 36-HD/VPTW: the issuer (under the Party organisation above it) over "*", the number left for the
    office, "ĐẢNG CỘNG SẢN VIỆT NAM", place and date, "BÁO CÁO" and its subject, and at the end "Nơi nhận" and the
    signature block with the signer's title and name left blank; Times New Roman."""
    content = gather(source, selection, "vi")
    document = docx.Document(io.BytesIO(build_docx(content)))
    lines = _docx_lines(build_docx(content))
    head = [p.text for p in document.tables[0].rows[0].cells[0].paragraphs]
    assert head == ([above] if above else []) + [issuer, "*", f"Số        {code}"]
    right = [p.text for p in document.tables[0].rows[0].cells[1].paragraphs]
    assert right[0] == "ĐẢNG CỘNG SẢN VIỆT NAM" and right[-1].startswith(place)
    assert re.fullmatch(r".+, ngày \d\d tháng (0[12]|1[0-2]|[3-9]) năm 20\d\d", right[-1])
    assert "BÁO CÁO" in lines and f"kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm " \
        f"{selection.year}" in lines
    assert "Nơi nhận:" in lines and to in lines and behalf in lines and lines.count("……………………") >= 2
    assert document.styles["Normal"].font.name == "Times New Roman"
    body = document.element.body.xml  # the document's order: the tables follow the signature
    assert 0 < body.find("Nơi nhận:") < body.find("PHỤ LỤC SỐ LIỆU") < body.find("Bảng số liệu năm")


def test_the_pdf_is_the_same_party_document(source, monkeypatch):
    """The PDF writes the same frame, in that order (its text is recorded as written: the embedded font's subset
    makes the file's own text unreadable without a PDF parser)."""
    from ui.report import pdf as writer

    written: list[str] = []
    original = writer._Document.multi_cell

    def record(self, w, h, text="", *args, **kwargs):  # noqa: ANN001, ANN202
        written.append(text)
        return original(self, w, h, text, *args, **kwargs)

    monkeypatch.setattr(writer._Document, "multi_cell", record)
    pdf = build_pdf(gather(source, CAU_NGANG_2022, "vi"))
    assert pdf.startswith(b"%PDF")
    order = ["ĐẢNG BỘ TỈNH TRÀ VINH", "HUYỆN ỦY CẦU NGANG", "ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "Nơi nhận:",
             "T/M BAN THƯỜNG VỤ", "PHỤ LỤC SỐ LIỆU"]
    assert [written.index(line) for line in order] == sorted(written.index(line) for line in order)
    assert "Số        -BC/HU" in written and any(re.fullmatch(r"Cầu Ngang, ngày \d\d tháng .+ năm 20\d\d", w)
                                                  for w in written)


def test_the_english_report_has_the_same_frame_in_english(source):
    lines = _docx_lines(build_docx(gather(source, CAU_NGANG_2022, "en")))
    for line in ("COMMUNIST PARTY OF VIETNAM", "CẦU NGANG DISTRICT PARTY COMMITTEE", "REPORT", "Recipients:",
                 "ON BEHALF OF THE STANDING COMMITTEE", "APPENDIX: FIGURES"):
        assert line in lines, line
    assert not any("Nơi nhận" in line or "ĐẢNG CỘNG SẢN" in line for line in lines)


def test_tong_quan_imports_no_report_writer_until_a_report_is_asked_for():
    """The writers (fpdf2, python-docx: about 2 s of imports) were imported by Tổng quan's first run in a process,
    one viewer after another under the import lock (#24 point 7); now only when a document is built."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys\nimport ui.report.section\nimport ui.report\n"
            "before = sorted(m for m in ('fpdf', 'docx') if m in sys.modules)\n"
            "ui.report.build_pdf  # asked for: imported then\n"
            "print(before, 'fpdf' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[] True"
