"""The blank templates have the headers the loader reads, and a filled template loads."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl

from tests.conftest import ROOT, query

TEMPLATES = ROOT / "data" / "templates"


def test_three_templates_with_vietnamese_headers():
    names = sorted(p.name for p in TEMPLATES.glob("*.xlsx"))
    assert names == ["Mau_01_SoLieu_TheoDonVi.xlsx", "Mau_02_DanhSach_MoHinh.xlsx", "Mau_03_DanhSach_KhenThuong.xlsx"]
    ws = openpyxl.load_workbook(TEMPLATES / "Mau_01_SoLieu_TheoDonVi.xlsx").active
    header = [c.value for c in ws[7]]
    assert header[:3] == ["STT", "Đơn vị", "Đảng viên"] and "Mô hình học tập và làm theo Bác" in header
    assert "A7:A8" in {str(r) for r in ws.merged_cells.ranges}


def fill_figures(path):
    wb = openpyxl.load_workbook(TEMPLATES / "Mau_01_SoLieu_TheoDonVi.xlsx")
    ws = wb.active
    ws["A1"] = "HUYỆN ỦY THÁP MƯỜI"
    ws["A4"] = "BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2023"
    # rows 11-13: communes; row 15: an agency; row 16: totals. Columns: C-E party members, M models total.
    for row, name, total, registered, models in [(11, "Thị trấn Mỹ An", 300, 297, 6), (12, "Xã Mỹ An", 200, 190, 4),
                                                 (13, "Xã Trường Xuân", 150, None, 5)]:
        ws[f"B{row}"], ws[f"C{row}"], ws[f"D{row}"], ws[f"M{row}"] = name, total, registered, models
    ws["B15"], ws["M15"] = "Chi bộ Công an huyện", 2
    ws["M16"] = 18
    wb.save(path)
    return path


def test_a_filled_figures_template_loads(empty_db, tmp_path):
    f = fill_figures(tmp_path / "MauDaDien.xlsx")
    done = subprocess.run([sys.executable, "-m", "etl", "load", str(f), "--db", str(empty_db), "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    out = json.loads(done.stdout)["files"][0]
    assert done.returncode == 1 and out["status"] == "loaded_with_rejects", out  # one incomplete ratio, below
    assert (out["layout"], out["year"], out["unit"]) == ("wide", 2023, "Huyện Tháp Mười")
    rows = query(empty_db, "SELECT unit_name, unit_level, metric, value, numerator, denominator FROM facts "
                           "ORDER BY unit_level, unit_name, metric")
    assert rows == [
        ("Thị trấn Mỹ An", "commune", "models_total", 6.0, None, None),
        ("Thị trấn Mỹ An", "commune", "reg_party_members_pct", 99.0, 297.0, 300.0),
        ("Xã Mỹ An", "commune", "models_total", 4.0, None, None),
        ("Xã Mỹ An", "commune", "reg_party_members_pct", 95.0, 190.0, 200.0),
        ("Xã Trường Xuân", "commune", "models_total", 5.0, None, None),
        ("Huyện Tháp Mười", "district", "models_total", 18.0, None, None),
        ("Chi bộ Công an huyện", "other", "models_total", 2.0, None, None),
    ]
    # Trường Xuân gave a total but no registered count: no rate is invented, and it is said why
    assert query(empty_db, "SELECT source_cell, reason_code FROM rejects") == [("C13", "incomplete_ratio")]
