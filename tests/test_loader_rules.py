"""What the loader does with each row: validation, totals and groups, long tables, registers, reloads."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from etl.publishing.load import load_files
from reportgen.workbook import COMMENDATION_COLUMNS, MODEL_COLUMNS, Row, write_register
from tests.conftest import query
from tests.corpus_blocks import plain as corpus
from tests.corpus_blocks.figures import figures_file


def load(db: Path, *paths: Path, **kw):
    return load_files(db, list(paths), **kw)


def rejects(db: Path) -> list[tuple]:
    return query(db, "SELECT source_row, source_cell, value, reason_code FROM rejects ORDER BY source_row, source_cell")


def test_validation_rejects_each_bad_cell_and_keeps_the_rest(empty_db, tmp_path):
    rows = [[1, "Xã Long Sơn", None, None, 120.0, 7, 5, 2, 1, 3],  # a rate of 120%
            [2, "TT Cầu Ngang", 410, 401, 97.8, -2, 6, 3, 2.5, 4],  # negative and fractional counts
            [3, "Xã Không Tồn Tại", 250, 245, 98.0, 5, 4, 1, None, 2]]
    f = corpus.xlsx(tmp_path / "bad.xlsx", corpus.grid(rows=rows))
    [o] = load(empty_db, f)
    assert o.status == "loaded_with_rejects" and o.exit_code == 1
    assert rejects(empty_db) == [
        (9, "E9", "120", "pct_out_of_range"),
        (10, "F10", "-2", "negative_count"),
        (10, "I10", "2.5", "fractional_count"),
        (11, "B11", "Xã Không Tồn Tại", "unknown_unit"),
    ]
    loaded = {(u, m) for u, m in query(empty_db, "SELECT unit_name, metric FROM facts")}
    assert ("Xã Long Sơn", "models_total") in loaded and ("Thị trấn Cầu Ngang", "models_collective") in loaded
    assert ("Thị trấn Cầu Ngang", "models_total") not in loaded


def test_numerator_above_denominator(empty_db, tmp_path):
    rows = [[1, "Xã Long Sơn", 100, 120, None, 7, None, None, None, None]]
    f = corpus.xlsx(tmp_path / "ratio.xlsx", corpus.grid(rows=rows))
    load(empty_db, f)
    assert rejects(empty_db) == [(9, "D9", "120/100", "numerator_above_denominator")]


def test_two_different_values_for_one_unit_are_both_rejected(empty_db, tmp_path):
    rows = [[1, "Xã Long Sơn", None, None, None, 7, None, None, None, None],
            [2, "Long Sơn", None, None, None, 8, None, None, None, None],
            [3, "Xã Kim Hòa", None, None, None, 4, None, None, None, None],
            [4, "xã Kim Hoà", None, None, None, 4, None, None, None, None]]  # the same value twice: kept once
    f = corpus.xlsx(tmp_path / "conflict.xlsx", corpus.grid(rows=rows))
    load(empty_db, f)
    assert rejects(empty_db) == [(9, "F9", "7", "conflict"), (10, "F10", "8", "conflict")]
    assert query(empty_db, "SELECT unit_name, value FROM facts") == [("Xã Kim Hòa", 4.0)]


def test_totals_groups_agencies_and_signatures(empty_db, tmp_path):
    rows = [Row("Khối xã, thị trấn", stt="I", kind="group"),
            Row("Xã Long Sơn", {("models_total", "value"): 7}, stt=1),
            Row("Khối cơ quan huyện", stt="II", kind="group", values={("models_total", "value"): 3}),
            Row("Chi bộ Công an huyện", {("models_total", "value"): 2}, stt=1),
            Row("Đảng bộ Quân sự huyện", {("models_total", "value"): 1}, stt=2),
            Row("Toàn huyện", {("models_total", "value"): 12}, kind="total")]
    f = figures_file(tmp_path / "BaoCao_CauNgang_2023.xlsx", rows)
    [o] = load(empty_db, f)
    facts = query(empty_db, "SELECT unit_level, unit_name, unit_code, district, value FROM facts ORDER BY 1, 2")
    assert facts == [("commune", "Xã Long Sơn", "29443", "Huyện Cầu Ngang", 7.0),
                     ("district", "Huyện Cầu Ngang", "848", "Huyện Cầu Ngang", 12.0),
                     ("other", "Chi bộ Công an huyện", None, "Huyện Cầu Ngang", 2.0),
                     ("other", "Đảng bộ Quân sự huyện", None, "Huyện Cầu Ngang", 1.0)]
    assert [r[3] for r in rejects(empty_db)] == ["group_subtotal"]  # the subtotal of group II is not a unit


def test_three_row_header_and_cong_totals(empty_db, tmp_path):
    cells = [["HUYỆN ỦY THÁP MƯỜI"], ["BÁO CÁO KẾT QUẢ NĂM 2022"], [],
             ["STT", "Tên đơn vị", "Kết quả thực hiện", "", "", ""],
             ["", "", "Khen thưởng", "", "Đề nghị cấp trên khen thưởng", ""],
             ["", "", "Tập thể", "Cá nhân", "Tập thể", "Cá nhân"],
             [1, "Thị trấn Mỹ An", 2, 5, None, 1],
             [2, "Xã Mỹ An", 1, 3, None, None],
             ["", "Cộng", 20, 52, 1, 2]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 5), (1, 2, 1, 3), (1, 4, 1, 5)]
    f = corpus.xlsx(tmp_path / "three.xlsx", cells, merges=merges, top=3)
    [o] = load(empty_db, f)
    assert o.status == "loaded", o.rejects
    rows = query(empty_db, "SELECT unit_name, metric, value FROM facts ORDER BY 1, 2")
    assert ("Huyện Tháp Mười", "commend_proposed_individual", 2.0) in rows
    assert ("Thị trấn Mỹ An", "commend_collective", 2.0) in rows
    assert ("Xã Mỹ An", "commend_individual", 3.0) in rows
    assert ("Thị trấn Mỹ An", "commend_proposed_individual", 1.0) in rows
    assert len(rows) == 9


def test_unmapped_columns_are_reported_not_guessed(empty_db, tmp_path):
    cells = [["HUYỆN ỦY CẦU NGANG"], ["NĂM 2022"], [],
             ["STT", "Đơn vị", "Tổng số mô hình", "Số hộ nghèo", "Tập thể"],
             [1, "Xã Long Sơn", 7, 120, 3]]
    f = corpus.xlsx(tmp_path / "extra.xlsx", cells, merges=[])
    [o] = load(empty_db, f)
    assert o.unmapped == ["Biểu 1!D: Số hộ nghèo", "Biểu 1!E: Tập thể"]
    assert query(empty_db, "SELECT metric, value FROM facts") == [("models_total", 7.0)]


def test_long_table(empty_db, tmp_path):
    cells = [["Năm", "Tỉnh", "Huyện", "Xã", "Chỉ tiêu", "Giá trị", "Tử số", "Mẫu số"],
             [2022, "Trà Vinh", "Cầu Ngang", "Long Sơn", "Tỷ lệ đảng viên đăng ký", "98,5", 197, 200],
             [2022, "Trà Vinh", "Cầu Ngang", "", "Số mô hình", 96, None, None],
             [2021, "Tỉnh Trà Vinh", "H. Cầu Ngang", "TT Cầu Ngang", "Mô hình - Tập thể", 5, None, None],
             [2022, "Trà Vinh", "Cầu Ngang", "Long Sơn", "Số hộ nghèo", 12, None, None],
             [1999, "Trà Vinh", "Cầu Ngang", "Long Sơn", "Số mô hình", 3, None, None]]
    f = corpus.xlsx(tmp_path / "long.xlsx", cells, merges=[])
    [o] = load(empty_db, f)
    assert o.layout == "long"
    rows = query(empty_db, "SELECT year, unit_name, metric, value, numerator, denominator FROM facts ORDER BY 1, 2")
    assert rows == [(2021, "Thị trấn Cầu Ngang", "models_collective", 5.0, None, None),
                    (2022, "Huyện Cầu Ngang", "models_total", 96.0, None, None),
                    (2022, "Xã Long Sơn", "reg_party_members_pct", 98.5, 197.0, 200.0)]
    assert [r[3] for r in rejects(empty_db)] == ["unknown_metric", "bad_year"]


def test_several_sheets(empty_db, tmp_path):
    path = tmp_path / "hai_trang.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    for year in (2021, 2022):
        ws = wb.add_worksheet(f"Năm {year}")
        for r, row in enumerate([["HUYỆN ỦY CẦU NGANG"], [], ["STT", "Đơn vị", "Tổng số mô hình"],
                                 [1, "Xã Long Sơn", year - 2000]]):
            ws.write_row(r, 0, row)
    wb.close()
    [o] = load(empty_db, path)
    assert query(empty_db, "SELECT year, value FROM facts ORDER BY 1") == [(2021, 21.0), (2022, 22.0)]


def test_a_2019_binh_luc_report_lists_an_my(empty_db, tmp_path):
    rows = {"Xã An Mỹ": {("models_total", "value"): 3}, "Xã An Nội": {("models_total", "value"): 4},
            "Xã Bối Cầu": {("models_total", "value"): 2}}
    from tests.corpus_blocks.figures import simple_rows

    f = figures_file(tmp_path / "BinhLuc2019.xlsx", simple_rows(rows), district="Bình Lục", year=2019)
    [o] = load(empty_db, f)
    assert o.status == "loaded"
    assert {r[0] for r in query(empty_db, "SELECT unit_code FROM facts")} == {"13537", "13540", "13534"}
    later = figures_file(tmp_path / "BinhLuc2021.xlsx", simple_rows(rows), district="Bình Lục", year=2021)
    [o] = load(empty_db, later)
    assert [r.code for r in o.rejects] == ["unit_not_in_year"]  # An Mỹ was merged away on 2020-01-01


def test_reload_same_content_then_a_correction_supersedes_and_history_keeps_the_old(empty_db, tmp_path):
    rows = {"Xã Long Sơn": {("models_total", "value"): 7}, "Xã Kim Hòa": {("models_total", "value"): 4}}
    from tests.corpus_blocks.figures import simple_rows

    first = figures_file(tmp_path / "v1.xlsx", simple_rows(rows), year=2022)
    load(empty_db, first)
    [again] = load(empty_db, first)
    assert again.status == "already_loaded"
    corrected = figures_file(tmp_path / "v2.xlsx", simple_rows({"Xã Long Sơn": {("models_total", "value"): 9}}),
                             year=2022)
    load(empty_db, corrected)
    assert query(empty_db, "SELECT unit_name, value, source_file FROM facts ORDER BY 1") == [
        ("Xã Kim Hòa", 4.0, "v1.xlsx"), ("Xã Long Sơn", 9.0, "v2.xlsx")]
    assert query(empty_db, "SELECT unit_name, value, source_file, superseded_by FROM fact_history") == [
        ("Xã Long Sơn", 7.0, "v1.xlsx", 3)]


def register(path: Path, columns: list[str], rows: list[list[object]], district: str = "CẦU NGANG") -> Path:
    write_register(path, "DS", f"HUYỆN ỦY {district}", "BAN TUYÊN GIÁO", "ngày 20 tháng 12 năm 2022",
                   "DANH SÁCH NĂM 2022", columns, rows)
    return path


def test_models_register_links_free_text_hosts(empty_db, tmp_path):
    rows = [[1, "Tổ tiết kiệm mua BHYT hộ gia đình", "Hội LHPN xã Long Sơn", "Tập thể", "Y tế", 2022, "x", None, None],
            [2, "Mẹ đỡ đầu", "Chi bộ Khối Đoàn thể huyện", "Tập thể", "Xã hội", 2022, None, None, None],
            [3, "Nuôi cua đinh", "Ông Trần Văn Hai, thị trấn Cầu Ngang", "Cá nhân", "Kinh tế", 2022, "x", None, None],
            [4, "Tuyến đường hoa", "Chi đoàn ấp 2, xã Hiệp Mỹ Tây", "Tập thể", "Môi trường", 2022, None, "x", "3/15"]]
    register(tmp_path / "mh.xlsx", MODEL_COLUMNS, rows)
    [o] = load(empty_db, tmp_path / "mh.xlsx")
    assert o.layout == "models" and o.status == "loaded"
    assert [(s["binding"], s["fact"], s["reject"]) for s in o.sheets] == [("models", 24, 0)]  # 4 items × 6 fields
    got = query(empty_db, "SELECT name, commune, district, kind, is_new, is_pilot FROM models ORDER BY source_row")
    assert got == [("Tổ tiết kiệm mua BHYT hộ gia đình", "Xã Long Sơn", "Huyện Cầu Ngang", "collective", True, False),
                   ("Mẹ đỡ đầu", None, "Huyện Cầu Ngang", "collective", False, False),
                   ("Nuôi cua đinh", "Thị trấn Cầu Ngang", "Huyện Cầu Ngang", "individual", True, False),
                   ("Tuyến đường hoa", "Xã Hiệp Mỹ Tây", "Huyện Cầu Ngang", "collective", False, True)]


def test_a_newer_register_replaces_the_unit_and_year(empty_db, tmp_path):
    rows = [[1, "Chi đoàn ấp 2", "Xã Long Sơn", "Tập thể", "Huyện", "Giấy khen", 2022],
            [2, "Ông Trần Văn Hai", "Công an huyện", "Cá nhân", "Đề nghị Tỉnh", "Bằng khen", 2022],
            [3, "Bà Lê Thị Ba", "Xã Kim Hòa", "Cá nhân", "Huyện", "Giấy khen", 2021]]
    register(tmp_path / "kt1.xlsx", COMMENDATION_COLUMNS, rows)
    load(empty_db, tmp_path / "kt1.xlsx")
    got = query(empty_db, "SELECT year, recipient, recipient_kind, level, is_proposed, commune FROM commendations "
                          "ORDER BY source_row")
    assert got == [(2022, "Chi đoàn ấp 2", "collective", "district", False, "Xã Long Sơn"),
                   (2022, "Ông Trần Văn Hai", "individual", "province", True, None),
                   (2021, "Bà Lê Thị Ba", "individual", "district", False, "Xã Kim Hòa")]
    register(tmp_path / "kt2.xlsx", COMMENDATION_COLUMNS, [[1, "Chi bộ ấp 5", "Xã Long Sơn", "Tập thể", "Huyện",
                                                          "Giấy khen", 2022]])
    load(empty_db, tmp_path / "kt2.xlsx")
    got = query(empty_db, "SELECT year, recipient FROM commendations ORDER BY year")
    assert got == [(2021, "Bà Lê Thị Ba"), (2022, "Chi bộ ấp 5")]
