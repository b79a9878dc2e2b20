"""A year in a column header and hidden columns and rows (#23 point 4): "… năm 2021 (%)", "(2021)", "NĂM 2021" make
the column that year's figure, as a year group does; hidden columns and rows are read and said; a hidden column
claiming a shown column's figure is ignored with its reason, the shown one kept — not both lost."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from etl.publishing.load import load_files
from etl.tables.table import split_year
from tests.conftest import query

TITLE = [["HUYỆN ỦY CẦU NGANG"], ["BAN TUYÊN GIÁO"], [], ["BÁO CÁO KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2022"], []]
UNITS = [("Xã Long Sơn", 97.5, 96.1, 7), ("Xã Kim Hòa", 98.2, 95.0, 5), ("Thị trấn Cầu Ngang", 99.0, 98.4, 9)]


def workbook(path: Path, header: list[str], rows: list[list[object]], hidden_cols: tuple[str, ...] = (),
             hidden_rows: tuple[int, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Biểu 1"
    for r, row in enumerate([*TITLE, header, *rows], 1):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    for letter in hidden_cols:
        ws.column_dimensions[letter].hidden = True
    for r in hidden_rows:
        ws.row_dimensions[r].hidden = True
    wb.save(path)
    return path


def facts(db: Path) -> set[tuple]:
    return set(query(db, "SELECT unit_name, year, metric, value FROM facts WHERE unit_level = 'commune'"))


@pytest.mark.parametrize(("label", "rest", "year"), [
    ("Đảng viên đăng ký năm 2021 (%)", "Đảng viên đăng ký (%)", 2021), ("Tỷ lệ (2021)", "Tỷ lệ", 2021),
    ("NĂM 2021", "", 2021), ("Số mô hình (năm 2023)", "Số mô hình", 2023), ("Năm 2022", "", 2022),
    ("Tỷ lệ ĐV đăng ký 2021 (%)", "Tỷ lệ ĐV đăng ký (%)", 2021),
    ("Kế hoạch giai đoạn 2021 - 2025", "Kế hoạch giai đoạn 2021 - 2025", None),
    ("Tính đến 31/12/2021", "Tính đến 31/12/2021", None), ("Chỉ thị 05", "Chỉ thị 05", None),
])
def test_a_year_is_read_out_of_a_header_label(label, rest, year):
    assert split_year(label) == (rest, year)


def test_last_years_hidden_column_gives_last_years_figures(empty_db, tmp_path):
    """The 2022 report keeps 2021's rates in a hidden column beside this year's: each is its header's year."""
    header = ["STT", "Đơn vị", "Đảng viên đăng ký năm 2021 (%)", "Đảng viên đăng ký năm 2022 (%)", "Tổng số mô hình"]
    rows = [[i, name, last, this, models] for i, (name, this, last, models) in enumerate(UNITS, 1)]
    path = workbook(tmp_path / "bao_cao_2022.xlsx", header, rows, hidden_cols=("C",))
    [outcome] = load_files(empty_db, [path])
    assert outcome.status == "loaded", outcome.notes
    got = facts(empty_db)
    for name, this, last, models in UNITS:
        assert (name, 2022, "reg_party_members_pct", this) in got
        assert (name, 2021, "reg_party_members_pct", last) in got
        assert (name, 2022, "models_total", models) in got
    assert len(got) == 9
    assert any("cột C bị ẩn" in n and "vẫn được đọc" in n for n in outcome.notes)
    assert query(empty_db, "SELECT count(*) FROM rejects") == [(0,)]


@pytest.mark.parametrize("headers", [
    ("Tỷ lệ ĐV đăng ký (2021)", "Tỷ lệ ĐV đăng ký (2022)"),
    ("TỶ LỆ ĐẢNG VIÊN ĐĂNG KÝ NĂM 2021 (%)", "TỶ LỆ ĐẢNG VIÊN ĐĂNG KÝ NĂM 2022 (%)"),
])
def test_years_written_in_the_headers_every_way(empty_db, tmp_path, headers):
    header = ["STT", "Đơn vị", *headers]
    rows = [[i, name, last, this] for i, (name, this, last, _) in enumerate(UNITS, 1)]
    [outcome] = load_files(empty_db, [workbook(tmp_path / "b.xlsx", header, rows)])
    assert outcome.status == "loaded", outcome.notes
    assert {(n, y, v) for n, y, _, v in facts(empty_db)} == (
        {(n, 2022, this) for n, this, _, _ in UNITS} | {(n, 2021, last) for n, _, last, _ in UNITS})


def test_a_hidden_draft_column_gives_way_to_the_shown_one(empty_db, tmp_path):
    """Two columns of 2022 rates, the first hidden (a draft the clerk kept): the shown one is read, the hidden one
    ignored and said in the ledger and the notes; before, both were rejected as duplicates and the rates lost."""
    header = ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tỷ lệ ĐV đăng ký (%)"]
    rows = [[i, name, this - 1, this] for i, (name, this, _, _) in enumerate(UNITS, 1)]
    [outcome] = load_files(empty_db, [workbook(tmp_path / "nhap.xlsx", header, rows, hidden_cols=("C",))])
    assert outcome.status == "loaded"
    assert {(n, v) for n, _, _, v in facts(empty_db)} == {(n, this) for n, this, _, _ in UNITS}
    assert any("lấy cột đang hiện" in n and "Biểu 1!C" in n and "(D)" in n for n in outcome.notes)
    [(ignored, why)] = query(empty_db, "SELECT cells_ignored, ignored_why FROM core.load_sheets")
    assert "hidden_twin: 3" in why
    # both shown: a header problem, as before
    [twice] = load_files(empty_db, [workbook(tmp_path / "hai_cot.xlsx", header, rows)])
    assert twice.status == "loaded_with_rejects"
    assert {c for (c,) in query(empty_db, "SELECT DISTINCT reason_code FROM rejects")} == {"duplicate_column"}


def test_hidden_rows_are_read_and_said(empty_db, tmp_path):
    header = ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)"]
    rows = [[i, name, this] for i, (name, this, _, _) in enumerate(UNITS, 1)]
    [outcome] = load_files(empty_db, [workbook(tmp_path / "an_dong.xlsx", header, rows, hidden_rows=(8,))])
    assert {(n, v) for n, _, _, v in facts(empty_db)} == {(n, this) for n, this, _, _ in UNITS}
    assert any("dòng 8 bị ẩn" in n for n in outcome.notes)
