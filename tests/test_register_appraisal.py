"""The appraisal of models in a register (issue #11, point 9): the three contents (Học tập Bác, Làm theo Bác,
Nêu gương), the exemplary individual and the appraisal step, under the header spellings districts use."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pytest

from etl.publishing.load import load_files
from reportgen.workbook import MODEL_COLUMNS, MODEL_COLUMNS_WITH_APPRAISAL, write_register
from tests.conftest import query
from tests.corpus_blocks import plain as corpus
from warehouse.db import MODEL_APPRAISAL_COLUMNS as NEW_COLUMNS

TITLE = [["HUYỆN ỦY CẦU NGANG"], ["BAN TUYÊN GIÁO"], [], ["DANH SÁCH MÔ HÌNH NĂM 2024"], []]
STORED = ("SELECT name, has_study, has_follow, has_example, study_text, exemplar, appraisal_step, appraised_on "
          "FROM core.models ORDER BY source_row")


def one_row_file(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    return corpus.xlsx(path, [*TITLE, header, *rows], merges=[])


@pytest.mark.parametrize("header", [
    ["STT", "Tên mô hình", "Đơn vị thực hiện", "Học tập Bác", "Làm theo Bác", "Nêu gương", "Cá nhân điển hình",
     "Bước thẩm định"],
    ["TT", "Tên mô hình, cách làm", "Đơn vị xây dựng", "Nội dung học tập Bác", "Nội dung làm theo",
     "Nêu gương của CBĐV", "Gương điển hình", "Tiến độ"],
    ["STT", "Ten mo hinh", "Don vi thuc hien", "Hoc tap Bac", "Lam theo Bac", "Neu guong", "Ca nhan dien hinh",
     "Buoc"],
    ["STT", "TÊN MÔ HÌNH", "ĐƠN VỊ THỰC HIỆN", "HỌC TẬP BÁC (1)", "LÀM THEO BÁC (2)", "NÊU GƯƠNG (3)",
     "Họ và tên cá nhân điển hình", "Tình trạng thẩm định"],
])
def test_contents_exemplar_and_step_under_various_headers(empty_db, tmp_path, header):
    rows = [[1, "Tổ tiết kiệm mua BHYT", "Hội LHPN xã Long Sơn", "x", "x", "x", "Bà Lê Thị Ba", "Đã thẩm định"],
            [2, "Thắp sáng đường quê", "Xã Kim Hòa", "Học 5 điều Bác dạy", "x", None, None, "Triển khai"],
            [3, "Mẹ đỡ đầu", "Chi bộ Khối Đoàn thể huyện", "không", None, "-", "Chưa có", "sơ kết"],
            [4, "Tiếp dân ngoài giờ", "Xã Hiệp Hòa", None, None, None, "Ông Trần Văn Hai", "Bước 1"]]
    [o] = load_files(empty_db, [one_row_file(tmp_path / "mh.xlsx", header, rows)])
    assert o.status == "loaded", [(r.cell, r.reason) for r in o.rejects]
    assert query(empty_db, STORED) == [
        ("Tổ tiết kiệm mua BHYT", True, True, True, None, "Bà Lê Thị Ba", "appraised", None),
        ("Thắp sáng đường quê", True, True, None, "Học 5 điều Bác dạy", None, "deployed", None),
        ("Mẹ đỡ đầu", False, None, False, None, None, "reviewed", None),
        ("Tiếp dân ngoài giờ", None, None, None, None, "Ông Trần Văn Hai", "registered", None),
    ]
    # every cell of the table is in the ledger: the items' cells are facts, nothing is left unread
    [sheet] = o.sheets
    assert sheet["reject"] == 0 and sheet["fact"] == sum(1 for row in rows for v in row[1:] if v is not None)


def test_one_column_per_step_under_a_group_with_dates_and_ticks(empty_db, tmp_path):
    top = ["STT", "Tên mô hình", "Đơn vị thực hiện", "Ba nội dung", None, None, "Cá nhân điển hình",
           "Tiến độ thẩm định", None, None, None]
    sub = [None, None, None, "Học tập Bác", "Làm theo Bác", "Nêu gương", None, "Đăng ký", "Thẩm định", "Triển khai",
           "Sơ kết"]
    rows = [[1, "Nuôi cua đinh", "Hội Nông dân xã Hiệp Mỹ Tây", "x", "x", "x", "Ông Trần Văn Hai",
             dt.datetime(2024, 3, 1), dt.datetime(2024, 3, 20), "x", None],
            [2, "Mẹ đỡ đầu", "Xã Long Sơn", "x", None, None, None, "15/3/2024", None, None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 6)] + [(0, 3, 0, 5), (0, 7, 0, 10)]
    f = corpus.xlsx(tmp_path / "mh2.xlsx", [*TITLE, top, sub, *rows], merges=merges)
    [o] = load_files(empty_db, [f])
    assert o.status == "loaded", [(r.cell, r.reason) for r in o.rejects]
    got = query(empty_db, "SELECT name, has_study, has_follow, has_example, exemplar, appraisal_step, registered_on, "
                          "appraised_on, deployed_on, reviewed_on FROM core.models ORDER BY source_row")
    assert got == [
        ("Nuôi cua đinh", True, True, True, "Ông Trần Văn Hai", "deployed", dt.date(2024, 3, 1), dt.date(2024, 3, 20),
         None, None),
        ("Mẹ đỡ đầu", True, None, None, None, "registered", dt.date(2024, 3, 15), None, None, None),
    ]


def test_an_unknown_step_word_is_a_reject_naming_its_cell(empty_db, tmp_path):
    header = ["STT", "Tên mô hình", "Đơn vị thực hiện", "Học tập Bác", "Làm theo Bác", "Nêu gương",
              "Cá nhân điển hình", "Bước"]
    rows = [[1, "Tổ tiết kiệm", "Xã Long Sơn", "x", "x", "x", "Bà Lê Thị Ba", "Đang chờ ý kiến"],
            [2, "Mẹ đỡ đầu", "Xã Kim Hòa", "x", "x", "x", "Ông Hai", "Thẩm định"],
            [3, "Thắp sáng đường quê", "Xã Hiệp Hòa", 7, "x", "x", "Ông Ba", "Thẩm định"]]
    [o] = load_files(empty_db, [one_row_file(tmp_path / "mh.xlsx", header, rows)])
    assert o.status == "loaded_with_rejects"
    got = query(empty_db, "SELECT source_cell, value, reason_code, reason FROM rejects ORDER BY source_row")
    assert [g[:3] for g in got] == [("H7", "Đang chờ ý kiến", "bad_step"), ("D9", "7", "bad_content")]
    assert "Ô H7" in got[0][3] and "“Bước”" in got[0][3] and "Đang chờ ý kiến" in got[0][3]
    assert query(empty_db, "SELECT name, appraisal_step FROM models") == [("Mẹ đỡ đầu", "appraised")]
    [sheet] = o.sheets
    assert sheet["reject"] == 14  # the two rejected rows, all seven of their field cells


def test_an_old_warehouse_without_the_new_columns_is_migrated_and_loads(empty_db, tmp_path):
    old = tmp_path / "old.duckdb"
    shutil.copyfile(empty_db, old)
    con = duckdb.connect(str(old))
    for table in ("core.models", "core.models_history"):
        for column, _ in NEW_COLUMNS:
            con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    con.execute("DROP VIEW models")
    con.execute("CREATE VIEW models AS SELECT map, name, host, year FROM core.models")
    con.close()
    rows = [[1, "Tổ tiết kiệm mua BHYT", "Hội LHPN xã Long Sơn", "Tập thể", "Y tế", 2024, "x", None, None]]
    write_register(tmp_path / "v1.xlsx", "DS", "HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO", "ngày 20 tháng 12 năm 2024",
                   "DANH SÁCH NĂM 2024", MODEL_COLUMNS, rows)
    [o] = load_files(old, [tmp_path / "v1.xlsx"])  # items loaded before the columns existed
    assert o.status == "loaded"
    with_appraisal = [[1, "Tổ tiết kiệm mua BHYT", "Hội LHPN xã Long Sơn", "Tập thể", "Y tế", 2024, "x", None, None,
                       "x", "x", "x", "Bà Lê Thị Ba", "Sơ kết"]]
    write_register(tmp_path / "v2.xlsx", "DS", "HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO", "ngày 28 tháng 12 năm 2024",
                   "DANH SÁCH NĂM 2024", MODEL_COLUMNS_WITH_APPRAISAL, with_appraisal)
    [o2] = load_files(old, [tmp_path / "v2.xlsx"])  # replaces the unit's 2024 items: the old ones go to history
    assert o2.status == "loaded"
    assert query(old, "SELECT name, has_study, exemplar, appraisal_step FROM models") == [
        ("Tổ tiết kiệm mua BHYT", True, "Bà Lê Thị Ba", "reviewed")]
    assert query(old, "SELECT name, exemplar, superseded_by FROM core.models_history") == [
        ("Tổ tiết kiệm mua BHYT", None, o2.load_id)]
