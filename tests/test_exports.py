"""Exports open correctly in Excel: CSV with BOM, comma and '.' decimals, formulas neutralised; XLSX with
numbers as numbers and a sheet saying what is inside."""

from __future__ import annotations

import csv
import io

import openpyxl
import pandas as pd

from ui.export import file_name, to_csv_bytes, to_xlsx_bytes

FRAME = pd.DataFrame({"Đơn vị": ["Xã Long Sơn", "=HYPERLINK(\"http://x\")", "+1", "-2 xã", "@SUM(A1)", "Thị trấn"],
                      "Giá trị": [98.5, 1234.0, None, 7.0, 0.5, 100.0],
                      "Số": [1, 2, 3, 4, 5, 6]})


def test_csv_has_a_bom_commas_and_dot_decimals():
    data = to_csv_bytes(FRAME)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Đơn vị", "Giá trị", "Số"]
    assert rows[1] == ["Xã Long Sơn", "98.5", "1"]
    assert rows[3][1] == ""  # missing stays empty, not 0


def test_csv_neutralises_formula_like_text_but_not_numbers():
    rows = list(csv.reader(io.StringIO(to_csv_bytes(FRAME).decode("utf-8-sig"))))
    assert [r[0] for r in rows[2:6]] == ["'=HYPERLINK(\"http://x\")", "'+1", "'-2 xã", "'@SUM(A1)"]
    negative = to_csv_bytes(pd.DataFrame({"v": [-3.5]})).decode("utf-8-sig").splitlines()
    assert negative == ["v", "-3.5"]


def test_xlsx_keeps_numbers_as_numbers_and_records_the_filters():
    info = {"Bộ lọc": "Năm: 2022; Đơn vị: Huyện Cầu Ngang", "Bản đồ hành chính": "trước 1/7/2025",
            "Phiên bản dữ liệu (lần nạp cuối)": "lần nạp #48", "Thời điểm xuất": "22/11/2026 10:00:00"}
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(FRAME, info)))
    data, meta = wb.worksheets
    assert data.title == "Dữ liệu" and meta.title == "Thông tin"
    assert data["A2"].value == "Xã Long Sơn" and data["B2"].value == 98.5 and isinstance(data["C2"].value, (int, float))
    assert data["A3"].value == "=HYPERLINK(\"http://x\")" and data["A3"].data_type == "s"  # text, never a formula
    assert data["B4"].value is None
    assert {meta.cell(r, 1).value: meta.cell(r, 2).value for r in range(1, 5)} == info


def test_file_names_say_what_is_inside():
    assert file_name("so-sanh-xa", "Huyện Cầu Ngang", 2022, "reg_party_members_pct", ext="csv") == \
        "so-sanh-xa_huyen-cau-ngang_2022_reg-party-members-pct.csv"


RATES = pd.DataFrame({"Hạng": [1.0, 2.0, 12.0], "Đơn vị": ["Xã Hiệp Hòa", "Xã Long Sơn rất dài tên " * 3, None],
                      "Giá trị": [98.5, 100.0, None], "Tử số": [466.0, 1234.0, None], "Năm": [2022, 2022, 2021],
                      "Điểm": [1.25, 2.5, None]})


def test_xlsx_cells_carry_excel_number_formats_and_fitted_widths():
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(RATES, {}, kinds={"Giá trị": "pct"})))
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == ["Hạng", "Đơn vị", "Giá trị (%)", "Tử số", "Năm", "Điểm"]  # says what it is
    assert ws["C2"].value == 98.5 and ws["C2"].number_format == '0.0"%"'  # shows 98,5% in Vietnamese Excel
    assert ws["A4"].value == 12 and ws["A4"].number_format == "#,##0"
    assert ws["D3"].value == 1234 and ws["D3"].number_format == "#,##0"
    assert ws["E2"].value == 2022 and ws["E2"].number_format == "0"  # a year, never 2.022
    assert ws["F2"].number_format == "#,##0.0"
    assert ws["C4"].value is None and ws["B4"].value is None  # blanks, never "None"
    widths = {col: ws.column_dimensions[col].width for col in "ABCDEF"}
    assert widths["B"] > 60 - 1 and widths["A"] < widths["B"] and len(set(widths.values())) > 2
    assert widths["D"] >= len("1.234") and widths["A"] < 10  # fitted, not a fixed 10
    assert ws.freeze_panes == "A2" and ws["A1"].alignment.wrap_text and ws["A1"].font.bold


def test_xlsx_formats_each_row_in_its_own_kind():
    frame = pd.DataFrame({"Chỉ tiêu": ["Tỷ lệ", "Số mô hình"], "Giá trị": [98.5, 1234.0]})
    ws = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(frame, {}, kinds={"Giá trị": ["pct", "count"]}))).worksheets[0]
    assert ws["B1"].value == "Giá trị"  # mixed: the cells say it
    assert (ws["B2"].number_format, ws["B3"].number_format) == ('0.0"%"', "#,##0")


def test_csv_writes_whole_numbers_without_a_decimal_point():
    rows = list(csv.reader(io.StringIO(to_csv_bytes(RATES, {"Giá trị": "pct"}).decode("utf-8-sig"))))
    assert rows[0] == ["Hạng", "Đơn vị", "Giá trị (%)", "Tử số", "Năm", "Điểm"]
    assert rows[1] == ["1", "Xã Hiệp Hòa", "98.5", "466", "2022", "1.25"]
    assert rows[2][2:4] == ["100", "1234"] and rows[3][2:4] == ["", ""]
    assert not any(cell in ("None", "nan", "NaN", "<NA>") for row in rows for cell in row)


def test_chart_png_names_are_ascii_like_the_exports():
    from ui.export import chart_file_name

    assert chart_file_name(["so-sanh-xa", "Huyện Cầu Ngang", 2022, "reg_party_members_pct"]) == \
        "so-sanh-xa_huyen-cau-ngang_2022_reg-party-members-pct"
    assert chart_file_name("mo-hinh-theo-linh-vuc_Tỉnh Vĩnh Long_2025") == "mo-hinh-theo-linh-vuc_tinh-vinh-long_2025"
    assert chart_file_name("tong-quan_models_old-district-848").isascii()


def test_every_export_of_the_compare_page_says_which_columns_are_rates(page, monkeypatch):
    import ui.export

    seen = []
    real = ui.export.to_xlsx_bytes
    monkeypatch.setattr(ui.export, "to_xlsx_bytes", lambda frame, info, **kw: seen.append(kw) or real(frame, info, **kw))
    from streamlit.delta_generator import DeltaGenerator

    offered = []  # the files are written on a click (lazy exports): what each button would run
    button = DeltaGenerator.download_button
    monkeypatch.setattr(DeltaGenerator, "download_button",
                        lambda self, label, data, *a, **kw: offered.append(data) or button(self, label, data, *a, **kw))
    page("pages/so_sanh.py", nam="2022", tinh="84", huyen="848", chi_tieu="reg_party_members_pct")
    assert not seen  # nothing written before a click
    for data in offered:
        assert callable(data) and len(data()) > 0
    assert seen and seen[0]["kinds"] == {"Giá trị": "pct"}
    assert all(set(k.values()) == {"pct"} for k in (s["kinds"] for s in seen[1:]))  # the communes × years table
