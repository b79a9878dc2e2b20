"""Figures from a report's narrative (issue #26 point 3): proposed by `etl check --json` under `proposals`, never
loaded unasked, loaded when named (`etl load --take`) with the sentence as provenance (file, paragraph, characters),
checked and assembled like a table's cells: a text figure and a table cell that give the same figure otherwise are
a conflict, neither loaded; a rebuild from the archive takes the same ones again."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from docx import Document

from etl.publishing.load import load_files
from etl.publishing.restore import rebuild
from tests.conftest import ROOT, query
from tests.test_docx_tables import word_report

HEAD = ["HUYỆN ỦY CẦU NGANG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 112-BC/HU", "Cầu Ngang, ngày 5 tháng 12 năm 2023",
        "BÁO CÁO", "Kết quả thực hiện Chỉ thị 05-CT/TW năm 2023"]
OPENING = ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ "
           "đạo các cấp ủy triển khai thực hiện nghiêm túc, đạt nhiều kết quả quan trọng trong năm qua, góp phần xây "
           "dựng Đảng và hệ thống chính trị trong sạch, vững mạnh.")
RESULTS = ("Đến nay, đã có trên 98% đảng viên và 80% CCVC, LLVT không là đảng viên đăng ký học tập và làm theo; duy trì "
           "96 mô hình, trong đó 65 mô hình tập thể, 31 mô hình cá nhân.")
COMMENDED = "Trong năm, Ban Thường vụ Huyện ủy khen thưởng 15 tập thể và 27 cá nhân có thành tích tiêu biểu."
EXPECTED = {  # id -> (metric, value, qualifier as written, the warehouse's qualifier)
    "8:20": ("reg_party_members_pct", 98.0, "trên", ">"),
    "8:37": ("reg_civil_servants_pct", 80.0, None, None),
    "8:108": ("models_total", 96.0, None, None),
    "8:129": ("models_collective", 65.0, None, None),
    "8:149": ("models_individual", 31.0, None, None),
    "9:46": ("commend_collective", 15.0, None, None),
    "9:60": ("commend_individual", 27.0, None, None),
}


def narrative_report(path: Path) -> Path:
    doc = Document()
    for line in [*HEAD, OPENING, RESULTS, COMMENDED]:
        doc.add_paragraph(line)
    doc.save(path)
    return path


def etl(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_check_lists_the_narratives_figures_as_proposals(tmp_path, empty_db):
    path = narrative_report(tmp_path / "BaoCao_CauNgang_2023.docx")
    done = etl("check", path, "--db", empty_db, "--json")
    [file] = json.loads(done.stdout)["files"]
    got = {p["id"]: (p["metric"], p["value"], p["qualifier"]) for p in file["proposals"]}
    assert got == {k: v[:3] for k, v in EXPECTED.items()}
    first = file["proposals"][0]
    assert {"metric", "value", "qualifier", "unit_code", "year", "paragraph", "text"} <= first.keys()
    assert (first["unit_code"], first["year"], first["paragraph"], first["text"]) == ("848", 2023, 8, RESULTS)
    assert RESULTS[first["start"]:first["end"]] == "98%"
    assert file["status"] == "refused" and "7 số liệu được đề xuất" in file["message_vi"]
    assert "[8:20] Tỷ lệ đảng viên đăng ký học tập và làm theo = trên 98 (đoạn 8)" in \
        etl("check", path, "--db", empty_db).stdout


def test_nothing_of_the_narrative_is_loaded_unasked(tmp_path, empty_db):
    before = empty_db.read_bytes()
    done = etl("load", narrative_report(tmp_path / "BaoCao_CauNgang_2023.docx"), "--db", empty_db)
    assert done.returncode == 2 and "etl load --take" in done.stderr
    assert empty_db.read_bytes() == before


def test_the_figures_taken_are_loaded_with_their_sentence_as_provenance(tmp_path, empty_db):
    path = narrative_report(tmp_path / "BaoCao_CauNgang_2023.docx")
    done = etl("load", path, "--db", empty_db, "--take", "8:20,9:60")
    assert done.returncode == 0, done.stderr
    rows = query(empty_db, "SELECT unit_code, year, metric, value, qualifier, source_file, source_sheet, source_row, "
                           "source_cell, value_text FROM core.facts ORDER BY metric")
    assert rows == [
        ("848", 2023, "commend_individual", 27.0, None, path.name, "Văn bản", 9, "đoạn 9, ký tự 61–62", COMMENDED),
        ("848", 2023, "reg_party_members_pct", 98.0, ">", path.name, "Văn bản", 8, "đoạn 8, ký tự 21–23", RESULTS),
    ]


def test_an_id_no_proposal_has_is_said(tmp_path, empty_db):
    outcome = load_files(empty_db, [path := narrative_report(tmp_path / "BaoCao_CauNgang_2023.docx")],
                         takes={path: {"8:20", "3:1"}})[0]
    assert outcome.rows_loaded == 1
    assert any("3:1" in note for note in outcome.notes)


def test_a_text_figure_and_a_table_cell_that_disagree_are_a_conflict(tmp_path, empty_db):
    """The Word twin of tests/test_docx_tables states Bình Mỹ's 98,3% in its table; the same report's narrative
    stating the district's figure is no conflict (another unit); a sentence stating Bình Mỹ's rate otherwise is."""
    path = word_report(tmp_path / "BaoCao_BinhLuc_2023.docx")
    doc = Document(str(path))
    doc.add_paragraph("Riêng Thị trấn Bình Mỹ có 95% đảng viên đăng ký học tập và làm theo.")
    doc.save(str(path))
    [file] = json.loads(etl("check", path, "--db", empty_db, "--json").stdout)["files"]
    [proposal] = [p for p in file["proposals"] if p.get("unit_name")]
    assert (proposal["metric"], proposal["value"]) == ("reg_party_members_pct", 95.0)
    outcome = load_files(empty_db, [path], takes={path: {proposal["id"]}})[0]
    conflicts = [r for r in outcome.rejects if r.code == "conflict"]
    assert {(r.sheet, r.cell) for r in conflicts} == {("Bảng 1", "E4"), ("Văn bản", conflicts[-1].cell)}
    assert query(empty_db, "SELECT count(*) FROM core.facts WHERE unit_code = '13501' "
                           "AND metric = 'reg_party_members_pct'") == [(0,)]


def test_a_rebuild_from_the_archive_takes_the_same_figures(tmp_path, empty_db):
    path = narrative_report(tmp_path / "BaoCao_CauNgang_2023.docx")
    assert etl("load", path, "--db", empty_db, "--take", "8:20,8:108").returncode == 0
    again = tmp_path / "rebuilt.duckdb"
    done = rebuild(empty_db.parent / f"{empty_db.stem}-archive", again)
    assert not done.differences
    sql = "SELECT unit_code, year, metric, value, qualifier, source_cell FROM core.facts ORDER BY metric"
    assert query(again, sql) == query(empty_db, sql) and len(query(again, sql)) == 2


def test_a_word_reports_head_gives_its_unit_and_year_whatever_its_file_is_called(tmp_path, empty_db):
    path = narrative_report(tmp_path / "bao cao.docx")  # no year, no unit in the name
    [file] = json.loads(etl("check", path, "--db", empty_db, "--json").stdout)["files"]
    assert {(p["unit_code"], p["year"]) for p in file["proposals"]} == {("848", 2023)}
