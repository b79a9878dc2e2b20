"""History and undo (#10): load A, load B superseding A, undo B → A's values; undo recorded; registers too."""

from __future__ import annotations

import subprocess
import sys

import pytest

from etl.publishing.load import load_files
from etl.publishing.undo import UndoRefused, undo_load
from reportgen.workbook import COMMENDATION_COLUMNS, write_register
from tests.conftest import ROOT, query
from tests.corpus_blocks.figures import figures_file, simple_rows


def values(db):
    return query(db, "SELECT unit_name, value, source_file FROM facts ORDER BY 1")


def report(path, long_son, kim_hoa=None):
    rows = {"Xã Long Sơn": {("models_total", "value"): long_son}}
    if kim_hoa is not None:
        rows["Xã Kim Hòa"] = {("models_total", "value"): kim_hoa}
    return figures_file(path, simple_rows(rows), year=2022)


def test_undoing_a_correction_brings_back_the_values_it_replaced(empty_db, tmp_path):
    [a] = load_files(empty_db, [report(tmp_path / "a.xlsx", 7, 4)], user="mai")
    [b] = load_files(empty_db, [report(tmp_path / "b_dieuchinh.xlsx", 9)], user="lan")
    assert values(empty_db) == [("Xã Kim Hòa", 4.0, "a.xlsx"), ("Xã Long Sơn", 9.0, "b_dieuchinh.xlsx")]
    done = undo_load(empty_db, b.load_id, user="lan")
    assert (done.facts_removed, done.facts_restored) == (1, 1)
    assert values(empty_db) == [("Xã Kim Hòa", 4.0, "a.xlsx"), ("Xã Long Sơn", 7.0, "a.xlsx")]
    assert query(empty_db, "SELECT count(*) FROM fact_history") == [(0,)]
    assert query(empty_db, "SELECT load_id, loaded_by, undone_by FROM loads ORDER BY load_id") == [
        (a.load_id, "mai", None), (b.load_id, "lan", done.undo_id)]
    assert query(empty_db, "SELECT load_id, undone_by_user FROM undos") == [(b.load_id, "lan")]
    with pytest.raises(UndoRefused, match="already undone"):
        undo_load(empty_db, b.load_id)
    [again] = load_files(empty_db, [tmp_path / "b_dieuchinh.xlsx"])  # an undone file may be loaded again
    assert again.status == "loaded" and values(empty_db)[1] == ("Xã Long Sơn", 9.0, "b_dieuchinh.xlsx")


def test_undoing_a_load_a_later_one_replaced_keeps_the_later_values(empty_db, tmp_path):
    [a] = load_files(empty_db, [report(tmp_path / "a.xlsx", 7, 4)])
    [b] = load_files(empty_db, [report(tmp_path / "b.xlsx", 8)])
    [c] = load_files(empty_db, [report(tmp_path / "c.xlsx", 9)])
    undo_load(empty_db, b.load_id)  # as if b had never been loaded: c replaced a
    assert values(empty_db) == [("Xã Kim Hòa", 4.0, "a.xlsx"), ("Xã Long Sơn", 9.0, "c.xlsx")]
    assert query(empty_db, "SELECT value, source_file, superseded_by FROM fact_history") == [(7.0, "a.xlsx", c.load_id)]
    undo_load(empty_db, c.load_id)
    assert values(empty_db) == [("Xã Kim Hòa", 4.0, "a.xlsx"), ("Xã Long Sơn", 7.0, "a.xlsx")]
    undo_load(empty_db, a.load_id)
    assert values(empty_db) == [] and query(empty_db, "SELECT count(*) FROM fact_history") == [(0,)]


def test_undoing_a_register_brings_back_the_items_it_replaced(empty_db, tmp_path):
    def register(name, recipients):
        path = tmp_path / name
        rows = [[n, r, "Xã Long Sơn", "Tập thể", "Huyện", "Giấy khen", 2022] for n, r in enumerate(recipients, 1)]
        write_register(path, "DS", "HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO", "ngày 20 tháng 12 năm 2022",
                       "DANH SÁCH NĂM 2022", COMMENDATION_COLUMNS, rows)
        return path

    load_files(empty_db, [register("kt1.xlsx", ["Chi đoàn ấp 2", "Chi hội Nông dân"])])
    [second] = load_files(empty_db, [register("kt2.xlsx", ["Chi bộ ấp 5"])])
    assert query(empty_db, "SELECT recipient FROM commendations") == [("Chi bộ ấp 5",)]
    done = undo_load(empty_db, second.load_id)
    assert (done.items_removed, done.items_restored) == (1, 2)
    assert query(empty_db, "SELECT recipient FROM commendations ORDER BY 1") == [("Chi hội Nông dân",),
                                                                                ("Chi đoàn ấp 2",)]


def test_the_cli_undoes_and_refuses_clearly(empty_db, tmp_path):
    [a] = load_files(empty_db, [report(tmp_path / "a.xlsx", 7)])
    run = [sys.executable, "-m", "etl", "undo"]
    done = subprocess.run([*run, str(a.load_id), "--db", str(empty_db), "--user", "mai"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0 and "ĐÃ HOÀN TÁC" in done.stdout and "gỡ 1 số liệu" in done.stdout
    before = empty_db.read_bytes()
    again = subprocess.run([*run, str(a.load_id), "--db", str(empty_db)], cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 2 and "đã được hoàn tác" in again.stderr
    missing = subprocess.run([*run, "999", "--db", str(empty_db)], cwd=ROOT, capture_output=True, text=True)
    assert missing.returncode == 2 and "Không có lần nạp số 999" in missing.stderr
    assert empty_db.read_bytes() == before  # a refused undo leaves the warehouse as it was
