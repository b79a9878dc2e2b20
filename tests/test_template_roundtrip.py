"""Issue #27: templates go out pre-filled for each reporting unit and come back recognised exactly.

Both ways in one test: templates made by ``python -m etl templates`` for a district (old map) and a province of
today's map, filled by a script as a clerk would (values, a blank, a typo in a unit name, a rate of 120 that
Excel's validation would have stopped), loaded back by ``python -m etl load``: every figure exact, the typo and the
120 rejected at their cells, the send marked received. Then each refusal: another year, another unit, a unit row
changed; a template that lost its fingerprint still loads by the ordinary reader (qualifiers included); a renamed file and sheet change
nothing; a rebuild from the archive keeps the sends; and the validation and protection survive LibreOffice.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import ROOT, query

HEADER_ROWS = (7, 8)  # Excel rows of the header
FIRST_ROW = 10


def run_etl(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def make(db: Path, out: Path, scope: str, year: int) -> dict:
    done = run_etl("templates", "--year", year, "--scope", scope, "--out", out, "--db", db, "--json", "--user", "mai")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def load(db: Path, *paths: Path, extra: tuple = ()) -> tuple[int, list[dict]]:
    done = run_etl("load", *paths, "--db", db, "--json", "--workers", "1", *extra)
    return done.returncode, json.loads(done.stdout)["files"]


def columns_by_header(ws) -> dict[str, int]:  # noqa: ANN001 - openpyxl's worksheet
    """'Group > label' -> column number, read from the header as a clerk reads it."""
    out, group = {}, None
    for c in range(1, ws.max_column + 1):
        top, leaf = ws.cell(HEADER_ROWS[0], c).value, ws.cell(HEADER_ROWS[1], c).value
        if top is not None:
            group = top
        out[f"{group} > {leaf}" if leaf else group] = c
    return out


def unit_rows(ws) -> dict[str, int]:  # noqa: ANN001
    """Unit code -> row."""
    out = {}
    r = FIRST_ROW
    while ws.cell(r, 3).value:
        out[str(ws.cell(r, 3).value)] = r
        r += 1
    return out


# What the clerk types, by unit code: (header, value). Rates with their counts; a qualifier from the list.
DISTRICT_FILL = {
    "29416": [("Đảng viên > Tổng số", 320), ("Đảng viên > Đã đăng ký", 316), ("Đảng viên > Tỷ lệ (%)", 98.8),
              ("Mô hình học tập và làm theo Bác > Tổng số", 7), ("Mô hình học tập và làm theo Bác > Tập thể", 5),
              ("Mô hình học tập và làm theo Bác > Cá nhân", 2), ("Khen thưởng > Tập thể", 1)],
    "29419": [("Đảng viên > Tỷ lệ (%)", 98), ("Đảng viên > Mức (trên, dưới, khoảng)", "trên"),
              ("Đoàn viên, hội viên > Tỷ lệ (%)", 40.5), ("Kế hoạch, hướng dẫn ban hành", 0)],
    "29422": [("Đảng viên > Tỷ lệ (%)", 120), ("Mô hình học tập và làm theo Bác > Tổng số", 4)],  # 120: a script
    "29425": [("Mô hình học tập và làm theo Bác > Tổng số", 3)],  # the unit name will carry a typo
    "848": [("Kế hoạch, hướng dẫn ban hành", 8), ("Tuyên truyền > Tin, bài", 24), ("Tuyên truyền > Mạng xã hội", 100),
            ("Tuyên truyền > Mức (trên, dưới, khoảng)", "trên"),
            ("Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch > Tổng số chi bộ", 40),
            ("Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch > Số chi bộ hoàn thành", 38)],
}
# (unit code, metric) -> (value, qualifier, numerator, denominator) the warehouse must hold afterwards
DISTRICT_FACTS = {
    ("29416", "reg_party_members_pct"): (98.8, None, 316.0, 320.0),
    ("29416", "models_total"): (7.0, None, None, None),
    ("29416", "models_collective"): (5.0, None, None, None),
    ("29416", "models_individual"): (2.0, None, None, None),
    ("29416", "commend_collective"): (1.0, None, None, None),
    ("29419", "reg_party_members_pct"): (98.0, ">", None, None),
    ("29419", "reg_union_members_pct"): (40.5, None, None, None),
    ("29419", "plans_issued"): (0.0, None, None, None),
    ("29422", "models_total"): (4.0, None, None, None),
    ("848", "plans_issued"): (8.0, None, None, None),
    ("848", "propaganda_articles"): (24.0, None, None, None),
    ("848", "propaganda_social_posts"): (100.0, ">", None, None),
    ("848", "party_cells_plans_pct"): (95.0, None, 38.0, 40.0),
}
PROVINCE_FILL = {
    "29416": [("Đảng viên > Tổng số", 900), ("Đảng viên > Đã đăng ký", 891), ("Tuyên truyền > Tin, bài", 12)],
    "29431": [("CCVC, LLVT không là đảng viên > Tỷ lệ (%)", 80), ("Khen thưởng > Cá nhân", 52)],
    "86": [("Đề nghị cấp trên khen thưởng > Tập thể", 1), ("Đề nghị cấp trên khen thưởng > Cá nhân", 2)],
}
PROVINCE_FACTS = {
    ("29416", "reg_party_members_pct"): (99.0, None, 891.0, 900.0),
    ("29416", "propaganda_articles"): (12.0, None, None, None),
    ("29431", "reg_civil_servants_pct"): (80.0, None, None, None),
    ("29431", "commend_individual"): (52.0, None, None, None),
    ("86", "commend_proposed_collective"): (1.0, None, None, None),
    ("86", "commend_proposed_individual"): (2.0, None, None, None),
}


def fill(template: Path, out: Path, values: dict[str, list[tuple[str, object]]],
         typo: tuple[str, str] | None = None) -> dict[str, str]:
    """The clerk's work: values typed by header and unit code, a typo in a unit's name. The cells of each
    (code, header), for the assertions."""
    wb = openpyxl.load_workbook(template)
    ws = wb.worksheets[0]
    cols, rows = columns_by_header(ws), unit_rows(ws)
    where = {}
    for code, typed in values.items():
        for header, value in typed:
            cell = ws.cell(rows[code], cols[header])
            cell.value = value
            where[(code, header)] = cell.coordinate
    if typo:
        code, name = typo
        ws.cell(rows[code], 2).value = name
        where[(code, "name")] = ws.cell(rows[code], 2).coordinate
    wb.save(out)
    return where


def facts_of(db: Path, year: int) -> dict:
    return {(code, metric): (value, qualifier, num, den) for code, metric, value, qualifier, num, den in query(
        db, "SELECT unit_code, metric, value, qualifier, numerator, denominator FROM facts WHERE year = ?", [year])}


def test_both_ways_a_district_and_a_province_of_today(empty_db, tmp_path):
    db = empty_db
    district = make(db, tmp_path / "gui", "848", 2024)
    province = make(db, tmp_path / "gui", "86", 2025)
    assert [s["unit"] for s in district["sends"] + province["sends"]] == ["Huyện Cầu Ngang", "Tỉnh Vĩnh Long"]
    assert district["sends"][0]["unit_rows"] == 16  # 15 communes of 2024 and the district's own row
    sent = Path(district["out"])
    wb = openpyxl.load_workbook(sent)
    ws = wb.worksheets[0]
    assert ws["A1"].value == "HUYỆN ỦY CẦU NGANG" and "NĂM 2024" in ws["A4"].value
    assert unit_rows(ws)["29443"] == FIRST_ROW + 9 and ws.cell(FIRST_ROW + 9, 2).value == "Xã Long Sơn"
    assert wb.sheetnames == ["Số liệu", "Hướng dẫn", "_nhan_dang"] and wb["_nhan_dang"].sheet_state == "veryHidden"
    # the clerk fills them, then renames the file (the sheet too): nothing depends on names
    back = tmp_path / "nhan"
    back.mkdir()
    where = fill(sent, back / "Book1.xlsx", DISTRICT_FILL, typo=("29425", "Xã Mỹ Long Nammm"))
    wb2 = openpyxl.load_workbook(back / "Book1.xlsx")
    wb2.worksheets[0].title = "Sheet1"
    wb2.save(back / "Book1.xlsx")
    fill(Path(province["out"]), back / "VinhLong.xlsx", PROVINCE_FILL)
    code, files = load(db, back / "Book1.xlsx", back / "VinhLong.xlsx")
    assert code == 1, files
    by_name = {Path(f["file"]).name: f for f in files}
    d, p = by_name["Book1.xlsx"], by_name["VinhLong.xlsx"]
    assert (d["layout"], d["year"], d["unit"], d["status"]) == ("template", 2024, "Huyện Cầu Ngang",
                                                                 "loaded_with_rejects")
    assert (p["layout"], p["year"], p["unit"], p["status"]) == ("template", 2025, "Tỉnh Vĩnh Long", "loaded")
    assert facts_of(db, 2024) == DISTRICT_FACTS
    assert facts_of(db, 2025) == PROVINCE_FACTS
    rejects = {(r["sheet"], r["cell"], r["reason_code"]) for r in d["rejects"]}
    assert rejects == {("Sheet1", where[("29422", "Đảng viên > Tỷ lệ (%)")], "pct_out_of_range"),
                       ("Sheet1", where[("29425", "name")], "template_unit_changed")}
    typo = next(r for r in d["rejects"] if r["reason_code"] == "template_unit_changed")
    assert "Xã Mỹ Long Nam" in typo["reason_vi"] and typo["value"] == "Xã Mỹ Long Nammm"
    # the ledger: the row with the typo keeps its figure out (a reject), last year's column is ignored
    sheet = d["sheets"][0]
    assert sheet["reject"] == 3 and sheet["fact"] == sum(len(v) for v in DISTRICT_FILL.values()) - 2
    assert sheet["cells"] == sheet["fact"] + sheet["reject"] + sheet["label"] + sheet["ignored"]
    # the sends are marked received
    assert sorted(query(db, "SELECT unit_code, received_load_id IS NOT NULL, sent_by FROM template_sends")) == [
        ("848", True, "mai"), ("86", True, "mai")]


@pytest.fixture
def sent_district(empty_db, tmp_path) -> tuple[Path, Path, dict]:
    made = make(empty_db, tmp_path / "gui", "848", 2024)
    return empty_db, Path(made["out"]), made


def _edit(path: Path, out: Path, **cells: object) -> Path:
    wb = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        wb.worksheets[0][ref] = value
    wb.save(out)
    return out


def test_a_template_for_another_year_is_refused_with_the_reason(sent_district, tmp_path):
    db, sent, _ = sent_district
    reused = _edit(sent, tmp_path / "Nam2025.xlsx", A4="BIỂU TỔNG HỢP KẾT QUẢ NĂM 2023", D10=300)
    code, files = load(db, reused)
    assert code == 2 and files[0]["reason_code"] == "template_other_year", files
    assert "năm 2024" in files[0]["message_vi"] and "2023" in files[0]["message_vi"]
    code, files = load(db, _edit(sent, tmp_path / "x.xlsx", D10=300), extra=("--year", "2023"))
    assert code == 2 and files[0]["reason_code"] == "template_other_year"
    assert query(db, "SELECT count(*) FROM facts") == [(0,)]


def test_a_template_for_another_unit_is_refused_with_the_reason(sent_district, tmp_path):
    db, sent, _ = sent_district
    code, files = load(db, _edit(sent, tmp_path / "BinhLuc.xlsx", A1="HUYỆN ỦY BÌNH LỤC", D10=300))
    assert code == 2 and files[0]["reason_code"] == "template_other_unit", files
    assert "Huyện Cầu Ngang (848)" in files[0]["message_vi"] and "Bình Lục" in files[0]["message_vi"]
    code, files = load(db, _edit(sent, tmp_path / "y.xlsx", D10=300), extra=("--unit", "352"))
    assert code == 2 and files[0]["reason_code"] == "template_other_unit"
    assert query(db, "SELECT count(*) FROM template_sends WHERE received_load_id IS NOT NULL") == [(0,)]


def test_a_unit_row_changed_by_hand_is_a_reject_naming_the_cell(sent_district, tmp_path):
    db, sent, _ = sent_district
    changed = _edit(sent, tmp_path / "sua.xlsx", C11="29999", P11=5, Q11=5, D12=100, E12=99)
    code, files = load(db, changed)
    assert code == 1
    assert [(r["cell"], r["reason_code"], r["value"]) for r in files[0]["rejects"]] == [
        ("C11", "template_unit_changed", "29999")]
    assert query(db, "SELECT unit_code, metric, value FROM facts") == [("29422", "reg_party_members_pct", 99.0)]


def test_a_template_that_lost_its_fingerprint_still_loads_by_the_ordinary_reader(sent_district, tmp_path):
    db, sent, _ = sent_district
    filled = tmp_path / "filled.xlsx"
    fill(sent, filled, {"29416": [("Đảng viên > Tổng số", 320), ("Đảng viên > Đã đăng ký", 316)],
                        "29419": [("Đảng viên > Tỷ lệ (%)", 98), ("Đảng viên > Mức (trên, dưới, khoảng)", "trên")],
                        "29422": [("Đoàn viên, hội viên > Tỷ lệ (%)", 40), ("Đoàn viên, hội viên > Mức (trên, dưới, "
                                                                            "khoảng)", "hơn")],
                        "848": [("Kế hoạch, hướng dẫn ban hành", 8)]})
    source = openpyxl.load_workbook(filled).worksheets[0]
    copy = openpyxl.Workbook()  # the table copied into a new workbook: no fingerprint sheet
    ws = copy.active
    for row in source.iter_rows():
        for cell in row:
            if cell.value is not None:
                ws.cell(cell.row, cell.column, cell.value)
    for merged in source.merged_cells.ranges:
        ws.merge_cells(str(merged))
    copy.save(tmp_path / "CauNgang_chep.xlsx")
    code, files = load(db, tmp_path / "CauNgang_chep.xlsx")
    assert code == 1 and files[0]["layout"] == "wide" and files[0]["unit"] == "Huyện Cầu Ngang", files
    assert sorted(query(db, "SELECT unit_code, metric, value, qualifier, numerator, denominator FROM facts")) == [
        ("29416", "reg_party_members_pct", 98.75, None, 316.0, 320.0), ("29419", "reg_party_members_pct", 98.0, ">",
                                                                          None, None),
        ("848", "plans_issued", 8.0, None, None, None)]
    # the qualifier columns are read by their header without the fingerprint too: "hơn" is not on the list, so
    # it and its figure are rejects at their cells; last year's columns are ignored, never read as figures
    assert sorted((r["cell"], r["reason_code"]) for r in files[0]["rejects"]) == [
        ("L12", "template_figure_of_bad_qualifier"), ("M12", "template_bad_qualifier")]
    assert query(db, "SELECT count(*) FROM template_sends WHERE received_load_id IS NOT NULL") == [(0,)]


def test_a_scope_that_names_nothing_is_refused(empty_db, tmp_path):
    done = run_etl("templates", "--year", 2025, "--scope", "848", "--out", tmp_path, "--db", empty_db)
    assert done.returncode == 2 and "LỖI" in done.stderr and "848" in done.stderr
    assert query(empty_db, "SELECT count(*) FROM template_sends") == [(0,)]


def test_an_old_province_gets_one_workbook_per_district_in_a_zip(empty_db, tmp_path):
    made = make(empty_db, tmp_path, "84", 2024)
    assert made["out"].endswith(".zip") and "Huyện Cầu Ngang" in {s["unit"] for s in made["sends"]}
    assert query(empty_db, "SELECT count(*) FROM template_sends") == [(len(made["sends"]),)]


def test_a_rebuild_from_the_archive_keeps_what_was_sent_and_received(sent_district, tmp_path):
    db, sent, made = sent_district
    load(db, _edit(sent, tmp_path / "a.xlsx", D10=300, E10=297))
    before = query(db, "SELECT * FROM template_sends")
    rebuilt = tmp_path / "rebuilt.duckdb"
    done = run_etl("rebuild", db.with_name(f"{db.stem}-archive"), "--db", rebuilt)
    assert done.returncode == 0, done.stderr
    assert query(rebuilt, "SELECT * FROM template_sends") == before
    assert before[0][0] == made["sends"][0]["send_id"] and before[0][-1] is not None


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui")
def test_validation_and_protection_survive_a_libreoffice_round_trip(sent_district, tmp_path):
    db, sent, _ = sent_district
    out = tmp_path / "lo"
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo_profile",
                           "--convert-to", "xlsx", "--outdir", str(out), str(sent)], capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stderr
    saved = out / sent.name
    original, again = openpyxl.load_workbook(sent), openpyxl.load_workbook(saved)

    def rules(wb) -> list[tuple]:  # noqa: ANN001
        return sorted((dv.type, dv.operator or "", str(dv.formula1 or "").replace("$", ""), str(dv.sqref))
                      for dv in wb.worksheets[0].data_validations.dataValidation)

    assert len(rules(again)) >= 1 and {r[0] for r in rules(again)} == {"custom", "whole", "list", "textLength"}
    assert {r[3] for r in rules(again)} == {r[3] for r in rules(original)}  # every input column still validated
    ws = again.worksheets[0]
    assert ws.protection.sheet and not ws.protection.password  # protected, and nobody locked out
    assert ws["D10"].protection.locked is False and ws["B10"].protection.locked is True
    assert "_nhan_dang" in again.sheetnames and again["_nhan_dang"].sheet_state != "visible"
    # and it still comes back as the template it was
    code, files = load(db, _edit(saved, tmp_path / "lo_filled.xlsx", D10=200, E10=190))
    assert code == 0 and files[0]["layout"] == "template", files
    assert query(db, "SELECT unit_code, value FROM facts") == [("29416", 95.0)]


def test_a_commune_of_today_gets_its_own_template_and_it_comes_back(empty_db, tmp_path):
    made = make(empty_db, tmp_path / "gui", "29416", 2025)  # Xã Cầu Ngang, Tỉnh Vĩnh Long, today's map
    assert [(s["unit"], s["unit_rows"]) for s in made["sends"]] == [("Xã Cầu Ngang", 1)]
    sent = Path(made["out"])
    assert openpyxl.load_workbook(sent).worksheets[0]["A1"].value == "ĐẢNG ỦY XÃ CẦU NGANG"
    code, files = load(empty_db, _edit(sent, tmp_path / "xa.xlsx", D10=120, E10=118, Q10=3))
    assert code == 0 and (files[0]["layout"], files[0]["unit"], files[0]["year"]) == ("template", "Xã Cầu Ngang", 2025)
    assert files[0]["template"]["send_id"] == made["sends"][0]["send_id"]
    assert sorted(query(empty_db, "SELECT unit_code, metric, value FROM facts")) == [
        ("29416", "models_total", 3.0), ("29416", "reg_party_members_pct", 98.3333333333)]


def test_a_fingerprint_edited_by_hand_refuses_the_file(sent_district, tmp_path):
    db, sent, _ = sent_district
    wb = openpyxl.load_workbook(sent)
    wb["_nhan_dang"]["B2"] = '{"send_id": "x"'
    wb.save(tmp_path / "hong.xlsx")
    code, files = load(db, tmp_path / "hong.xlsx")
    assert code == 2 and files[0]["reason_code"] == "template_damaged", files


def test_the_marked_copy_sent_back_to_the_clerk_is_still_the_template(sent_district, tmp_path):
    """--annotate (the desk's "Tải bản đánh dấu lỗi") puts a sheet "Cần sửa" first; corrected and returned, the
    workbook is still recognised by its fingerprint."""
    db, sent, _ = sent_district
    code, files = load(db, _edit(sent, tmp_path / "r.xlsx", F10=120, Q10=5), extra=("--annotate", tmp_path / "ann"))
    assert code == 1 and files[0]["annotated"]
    wb = openpyxl.load_workbook(files[0]["annotated"])
    assert wb.sheetnames[0] == "Cần sửa" and wb["_nhan_dang"].sheet_state == "veryHidden"
    wb["Số liệu"]["F10"] = 99
    wb.save(tmp_path / "r_da_sua.xlsx")
    code, files = load(db, tmp_path / "r_da_sua.xlsx")
    assert code == 0 and files[0]["layout"] == "template", files
    assert sorted(query(db, "SELECT unit_code, metric, value FROM facts")) == [
        ("29416", "models_total", 5.0), ("29416", "reg_party_members_pct", 99.0)]


def test_a_fingerprint_naming_another_units_send_is_refused_and_an_unknown_send_is_said(sent_district, tmp_path):
    db, sent, _ = sent_district
    other = make(db, tmp_path / "gui2", "849", 2024)["sends"][0]["send_id"]  # Trà Cú's send
    wb = openpyxl.load_workbook(sent)
    fingerprint = json.loads(wb["_nhan_dang"]["B2"].value)
    wb["_nhan_dang"]["B2"] = json.dumps({**fingerprint, "send_id": other}, ensure_ascii=False)
    wb.worksheets[0]["D10"], wb.worksheets[0]["E10"] = 300, 297
    wb.save(tmp_path / "chep.xlsx")
    code, files = load(db, tmp_path / "chep.xlsx")
    assert code == 2 and files[0]["reason_code"] == "template_send_mismatch", files
    assert "Huyện Trà Cú (849) năm 2024" in files[0]["message_vi"]
    wb["_nhan_dang"]["B2"] = json.dumps({**fingerprint, "send_id": "f" * 32}, ensure_ascii=False)
    wb.save(tmp_path / "noi_khac.xlsx")
    code, files = load(db, tmp_path / "noi_khac.xlsx")
    assert code == 0 and any("not sent from this warehouse" in n for n in files[0]["notes"]), files
    assert query(db, "SELECT count(*) FROM template_sends WHERE received_load_id IS NOT NULL") == [(0,)]


def test_a_clerks_own_flat_sheet_with_qualifier_columns_keeps_each_bound(empty_db, tmp_path):
    """A "Mức (trên, dưới, khoảng)" column right of a rate under a one-row header (a clerk's own sheet, no group
    header above): it gave no figure its bound — every "trên" was a reject "no figure beside it", and the rate
    beside it loaded as exact. It qualifies the rate left of it, up to the previous qualifier column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["HUYỆN ỦY CẦU NGANG"])
    ws.append(["BÁO CÁO KẾT QUẢ NĂM 2023"])
    ws.append([])
    ws.append(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Mức (trên, dưới, khoảng)",
               "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký (%)", "Mức (trên, dưới, khoảng)"])
    ws.append([1, "Thị trấn Cầu Ngang", 98, "trên", 90, None])
    ws.append([2, "Thị trấn Mỹ Long", 97.5, None, 80, "khoảng"])
    path = tmp_path / "BaoCao_CauNgang_2023.xlsx"
    wb.save(path)
    code, files = load(empty_db, path)
    assert code == 0, files
    got = {(c, m): (v, q) for c, m, v, q in query(empty_db, "SELECT unit_code, metric, value, qualifier FROM facts "
                                                            "WHERE year = 2023 AND unit_level = 'commune'")}
    assert got == {("29416", "reg_party_members_pct"): (98.0, ">"), ("29416", "reg_civil_servants_pct"): (90.0, None),
                   ("29419", "reg_party_members_pct"): (97.5, None), ("29419", "reg_civil_servants_pct"): (80.0, "~")}


def test_a_template_returned_empty_is_refused_and_not_counted_as_returned(sent_district, tmp_path):
    """A clerk who sends the template back without typing a figure: loading it would mark the send received
    with nothing in it. It is refused with the reason (its unit and year), and the send stays not returned; one
    figure typed and it loads."""
    db, sent, _ = sent_district
    blank = shutil.copy(sent, tmp_path / "ChuaDien.xlsx")
    code, files = load(db, blank)
    assert code == 2 and files[0]["reason_code"] == "template_empty", files
    assert files[0]["message_vi"].startswith("Biểu mẫu gửi cho Huyện Cầu Ngang (848) năm 2024 chưa có số liệu nào")
    assert query(db, "SELECT count(*) FROM template_sends WHERE received_load_id IS NOT NULL") == [(0,)]
    checked = run_etl("check", blank, "--db", db)
    assert "KHÔNG NẠP ĐƯỢC" in checked.stdout and "chưa có số liệu nào được điền" in checked.stdout, checked.stdout
    code, files = load(db, _edit(sent, tmp_path / "MotDong.xlsx", D10=300, E10=297))
    assert code == 0, files
    assert query(db, "SELECT count(*) FROM template_sends WHERE received_load_id IS NOT NULL") == [(1,)]
