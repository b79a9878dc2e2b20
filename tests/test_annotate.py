"""Rejects back to the clerk (#10): the clerk's own workbook with each reject, unmapped column and warning marked
on its cell, and a first sheet listing them."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl

from etl.publishing.annotate import LIST_SHEET, PINK, RED, YELLOW
from tests.conftest import ROOT
from tests.corpus_blocks import plain as corpus


def run_etl(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "etl", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def bad_report(tmp_path):
    rows = [[1, "Xã Long Sơn", 320, 316, 120.0, 7, 5, 2, 1, 3],  # a rate of 120%
            [2, "Xã Không Có", 410, 401, 97.8, 9, 6, 3, 2, 4],  # an unknown unit: its figures kept out
            [3, "xã Hiệp Mỹ Tây", 250, 245, 98.0, 5, 4, 1, None, 2]]
    cells = corpus.grid(rows=rows)
    cells[6] = [*cells[6], "Số hộ nghèo"]  # a column no metric names, with nothing under it
    return corpus.xlsx(tmp_path / "BaoCao_CauNgang_2022.xlsx", cells)


def test_the_annotated_workbook_marks_each_cell_with_its_reason(empty_db, tmp_path):
    out = tmp_path / "gui_lai"
    done = run_etl("load", bad_report(tmp_path), "--db", empty_db, "--annotate", out, "--json")
    assert done.returncode == 1
    annotated = json.loads(done.stdout)["files"][0]["annotated"]
    assert annotated == str(out / "BaoCao_CauNgang_2022_can_sua.xlsx")
    wb = openpyxl.load_workbook(annotated)
    assert wb.sheetnames == [LIST_SHEET, "Biểu 1"]
    listed = [r for r in wb[LIST_SHEET].iter_rows(min_row=5, values_only=True) if r[0]]
    assert [(r[1], r[2], r[5]) for r in listed] == [("Biểu 1", "K7", "cảnh báo"), ("Biểu 1", "E9", "lỗi"),
                                                    ("Biểu 1", "B10", "lỗi")]
    assert "Không tìm thấy đơn vị “Xã Không Có”" in listed[2][4]
    assert wb[LIST_SHEET]["C7"].hyperlink.location == "'Biểu 1'!B10"
    sheet = wb["Biểu 1"]
    assert sheet["E9"].fill.fgColor.rgb == RED.fgColor.rgb
    assert "nằm ngoài khoảng 0–100%" in sheet["E9"].comment.text and sheet["E9"].value == 120
    assert sheet["B10"].fill.fgColor.rgb == RED.fgColor.rgb and "Lỗi:" in sheet["B10"].comment.text
    assert sheet["F10"].fill.fgColor.rgb == PINK.fgColor.rgb  # a figure the unknown unit kept out
    assert sheet["K7"].fill.fgColor.rgb == YELLOW.fgColor.rgb and "Số hộ nghèo" in sheet["K7"].comment.text
    assert sheet["F9"].fill.fgColor.rgb != RED.fgColor.rgb and sheet["F9"].comment is None  # a good figure
    assert "C6:E6" in {str(r) for r in sheet.merged_cells.ranges}  # the clerk's layout kept


def test_a_csv_comes_back_as_an_xlsx_copy_of_what_was_read(empty_db, tmp_path):
    rows = [[1, "Xã Long Sơn", 320, 316, 98.8, 7, 5, 2, 1, 3], [2, "Xã Không Có", 410, 401, 97.8, 9, 6, 3, 2, 4]]
    f = tmp_path / "BaoCao_CauNgang_2022.csv"
    f.write_text(corpus.csv_text(corpus.grid(rows=rows)), encoding="utf-8")
    done = run_etl("load", f, "--db", empty_db, "--annotate", tmp_path / "out")
    assert done.returncode == 1 and "Bản đánh dấu lỗi" in done.stdout
    wb = openpyxl.load_workbook(tmp_path / "out" / "BaoCao_CauNgang_2022_can_sua.xlsx")
    sheet = wb[wb.sheetnames[1]]
    assert sheet["B10"].value == "Xã Không Có" and sheet["B10"].comment is not None
    assert sheet["E9"].value == "98,8"  # the cell as the CSV has it


def test_a_clean_file_gets_no_annotated_copy(empty_db, tmp_path):
    done = run_etl("load", corpus.xlsx(tmp_path / "bc.xlsx", corpus.grid()), "--db", empty_db, "--annotate",
                   tmp_path / "out")
    assert done.returncode == 0
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
