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
