"""The table model of the loader (#8): never last-wins, header problems, the ledger in the summary, --json and
the warehouse, notes inside a table, hidden sheets, the year of the date line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import openpyxl

from etl.publishing.load import load_files
from tests.conftest import ROOT, query
from tests.corpus_blocks import plain as corpus


def run_etl(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "etl", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def workbook(path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = (),
             merges: dict[str, list[str]] | None = None) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        if name in hidden:
            ws.sheet_state = "hidden"
        for ref in (merges or {}).get(name, []):
            ws.merge_cells(ref)
    wb.save(path)
    return path


TITLE = [["HUYỆN ỦY CẦU NGANG"], ["BAN TUYÊN GIÁO"], ["Cầu Ngang, ngày 20 tháng 12 năm 2022"],
         ["BÁO CÁO KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2022"], []]


def test_two_sheets_giving_one_figure_differently_are_a_conflict_naming_both_cells(empty_db, tmp_path):
    head = ["STT", "Đơn vị", "Tổng số mô hình", "Số tin, bài"]
    f = workbook(tmp_path / "hai_trang.xlsx", {
        "Biểu 1": [*TITLE, head, [1, "Xã Long Sơn", 7, 3], [2, "Xã Kim Hòa", 4, 2]],
        "Biểu 2": [*TITLE, head, [1, "Xã Long Sơn", 8, 3]],
    })
    [o] = load_files(empty_db, [f])
    assert o.status == "loaded_with_rejects"
    conflicts = sorted((r.sheet, r.cell) for r in o.rejects if r.code == "conflict")
    assert conflicts == [("Biểu 1", "C7"), ("Biểu 2", "C7")]
    reason = next(r.reason for r in o.rejects if r.sheet == "Biểu 1")
    assert "Biểu 2!C7 (8)" in reason and "Xã Long Sơn" in reason
    facts = query(empty_db, "SELECT unit_name, metric, value FROM facts ORDER BY 1, 2")
    assert facts == [("Xã Kim Hòa", "models_total", 4.0), ("Xã Kim Hòa", "propaganda_articles", 2.0),
                     ("Xã Long Sơn", "propaganda_articles", 3.0)]  # the equal 3s are one fact


def test_two_columns_naming_one_metric_are_a_header_problem_never_merged(empty_db, tmp_path):
    rows = [*TITLE, ["STT", "Đơn vị", "Tổng số mô hình", "Số mô hình", "Số tin, bài"],
            [1, "Xã Long Sơn", 7, 7, 3], [2, "Xã Kim Hòa", 4, 5, 2]]
    [o] = load_files(empty_db, [workbook(tmp_path / "trung_cot.xlsx", {"Biểu 1": rows})])
    assert sorted((r.cell, r.code) for r in o.rejects) == [("C6", "duplicate_column"), ("D6", "duplicate_column")]
    assert query(empty_db, "SELECT DISTINCT metric FROM facts") == [("propaganda_articles",)]
    assert "D (Số mô hình)" in next(r.reason for r in o.rejects if r.cell == "C6")


def test_a_column_that_names_no_metric_is_rejected_with_its_cells(empty_db, tmp_path):
    rows = [*TITLE, ["STT", "Đơn vị", "Tổng số mô hình", "Số hộ nghèo"], [1, "Xã Long Sơn", 7, 120],
            [2, "Xã Kim Hòa", 4, 80]]
    [o] = load_files(empty_db, [workbook(tmp_path / "cot_la.xlsx", {"Biểu 1": rows})])
    assert o.exit_code == 1
    assert [(r.cell, r.code) for r in o.rejects] == [("D6", "unmapped_column")]
    assert o.unmapped == ["Biểu 1!D: Số hộ nghèo"]
    [sheet] = o.sheets
    assert (sheet["fact"], sheet["reject"]) == (2, 3)  # the header cell and its two numbers


def test_a_note_inside_the_table_does_not_end_it(empty_db, tmp_path):
    rows = [*TITLE, ["STT", "Đơn vị", "Tổng số mô hình"], [1, "Xã Long Sơn", 7],
            ["Ghi chú: Xã Hiệp Hòa chưa gửi báo cáo"], [2, "Xã Kim Hòa", 4], ["(*) Số liệu tạm tính"],
            [3, "Xã Mỹ Hòa", 5], [], ["", "Người lập biểu", "", "TRƯỞNG BAN"], ["", "", "", "(Đã ký)"],
            ["", "Số liệu sau chữ ký", 99]]
    [o] = load_files(empty_db, [workbook(tmp_path / "ghi_chu.xlsx", {"Biểu 1": rows}, merges={"Biểu 1": ["A8:C8"]})])
    assert o.status == "loaded"
    assert query(empty_db, "SELECT unit_name, value FROM facts ORDER BY 1") == [
        ("Xã Kim Hòa", 4.0), ("Xã Long Sơn", 7.0), ("Xã Mỹ Hòa", 5.0)]
    [sheet] = o.sheets
    assert sheet["ignored_why"] == {"note": 2, "signature": 5}


def test_hidden_sheets_are_skipped_and_said_so(empty_db, tmp_path):
    head = ["STT", "Đơn vị", "Tổng số mô hình"]
    f = workbook(tmp_path / "BaoCao_CauNgang_2022.xlsx", {
        "Hướng dẫn": [["Điền số liệu vào trang Năm 2022"], ["Không sửa tiêu đề cột"]],
        "Năm 2021": [*TITLE[:3], ["BÁO CÁO NĂM 2021"], [], head, [1, "Xã Long Sơn", 5]],
        "Năm 2022": [*TITLE, head, [1, "Xã Long Sơn", 7]],
    }, hidden=("Năm 2021",))
    done = run_etl("load", f, "--db", empty_db, "--json")
    assert done.returncode == 0, done.stdout
    out = json.loads(done.stdout)["files"][0]
    assert [(s["sheet"], s["status"], s["binding"]) for s in out["sheets"]] == [
        ("Hướng dẫn", "no_table", None), ("Năm 2021", "hidden", None), ("Năm 2022", "read", "wide")]
    assert any("Năm 2021" in n and "hidden" in n for n in out["notes"])
    assert query(empty_db, "SELECT year, value FROM facts") == [(2022, 7.0)]
    text = run_etl("load", f, "--db", tmp_path / "other.duckdb").stdout
    assert "Trang “Năm 2021”: trang ẩn, không nạp" in text


def test_the_year_of_the_date_line_is_named_in_the_refusal(empty_db, tmp_path):
    rows = [["HUYỆN ỦY CẦU NGANG"], ["BAN TUYÊN GIÁO"], ["Cầu Ngang, ngày 20 tháng 12 năm 2022"],
            ["BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC"], [], ["STT", "Đơn vị", "Tổng số mô hình"],
            [1, "Xã Long Sơn", 7]]
    f = workbook(tmp_path / "Book1.xlsx", {"Sheet1": rows})
    done = run_etl("load", f, "--db", empty_db)
    assert done.returncode == 2
    assert "dòng ngày tháng ghi năm 2022; nếu đó là năm báo cáo, chạy lại với --year 2022" in done.stderr
    assert run_etl("load", f, "--db", empty_db, "--year", "2022").returncode == 0


def test_the_ledger_is_in_the_summary_the_json_and_the_warehouse(empty_db, tmp_path):
    f = corpus.xlsx(tmp_path / "bc.xlsx", corpus.grid())
    done = run_etl("load", f, "--db", empty_db, "--json")
    out = json.loads(done.stdout)["files"][0]
    [sheet] = out["sheets"]
    assert sheet["binding"] == "wide" and sheet["status"] == "read"
    assert sheet["cells"] == sheet["fact"] + sheet["reject"] + sheet["label"] + sheet["ignored"]
    assert out["cells"] == {k: sheet[k] for k in ("fact", "reject", "label", "ignored")}
    assert sheet["fact"] == 23 and sheet["reject"] == 0  # the 17 figures of the grid come from 23 cells
    loads = query(empty_db, "SELECT cells_fact, cells_rejected, cells_label, cells_ignored FROM loads")
    assert loads == [(sheet["fact"], sheet["reject"], sheet["label"], sheet["ignored"])]
    assert query(empty_db, "SELECT sheet, binding, cells FROM load_sheets") == [("Biểu 1", "wide", sheet["cells"])]
    summary = run_etl("load", f, "--db", tmp_path / "again.duckdb").stdout
    assert f"{sheet['cells']} ô có nội dung = 23 số liệu + 0 bị loại" in summary


def test_a_warehouse_of_the_previous_version_gets_the_ledger_columns(empty_db, tmp_path):
    con = duckdb.connect(str(empty_db))
    con.execute("DROP VIEW loads")  # the views name the columns; the load re-creates them
    for column in ("cells_fact", "cells_rejected", "cells_label", "cells_ignored"):
        con.execute(f"ALTER TABLE core.loads DROP COLUMN {column}")
    con.execute("DROP VIEW load_sheets")
    con.execute("DROP TABLE core.load_sheets")
    con.close()
    [o] = load_files(empty_db, [corpus.xlsx(tmp_path / "bc.xlsx", corpus.grid())], user="lan")
    assert o.status == "loaded"
    # the columns come back after loaded_by and undone_by: each figure still lands in its own column
    assert query(empty_db, "SELECT cells_fact, cells_rejected, loaded_by, undone_by FROM loads") \
        == [(23, 0, "lan", None)]
    assert query(empty_db, "SELECT count(*) FROM load_sheets") == [(1,)]
