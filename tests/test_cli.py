"""`python -m etl`: exit codes, the summary, --json, --strict, reloads, and the sample's protection."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT, query
from tests.corpus_blocks.figures import figures_file, simple_rows

GOOD = {"Xã Long Sơn": {("models_total", "value"): 7, ("reg_party_members_pct", "value"): 97.5},
        "TT Cầu Ngang": {("models_total", "value"): 4}}


def run_etl(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "etl", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_clean_file_loads_with_exit_0_and_a_summary(empty_db, tmp_path):
    f = figures_file(tmp_path / "BaoCao_CauNgang_2023.xlsx", simple_rows(GOOD, {("models_total", "value"): 11}))
    done = run_etl("load", f, "--db", empty_db)
    assert done.returncode == 0, done.stderr
    assert "ĐÃ NẠP" in done.stdout and "Huyện Cầu Ngang" in done.stdout and "2023" in done.stdout
    assert done.stderr == ""
    rows = query(empty_db, "SELECT unit_name, metric, value FROM facts ORDER BY unit_name, metric")
    assert rows == [("Huyện Cầu Ngang", "models_total", 11.0), ("Thị trấn Cầu Ngang", "models_total", 4.0),
                    ("Xã Long Sơn", "models_total", 7.0), ("Xã Long Sơn", "reg_party_members_pct", 97.5)]


def test_rejected_row_gives_exit_1_and_loads_the_rest(empty_db, tmp_path):
    values = {**GOOD, "Xã Long Sơnn Mới": {("models_total", "value"): 3}}
    f = figures_file(tmp_path / "BaoCao_CauNgang_2023.xlsx", simple_rows(values))
    done = run_etl("load", f, "--db", empty_db)
    assert done.returncode == 1
    assert "Xã Long Sơnn Mới" in done.stdout
    assert query(empty_db, "SELECT count(*) FROM facts") == [(3,)]
    rejects = query(empty_db, "SELECT source_sheet, source_row, source_cell, value, reason_code FROM rejects")
    assert rejects == [("Năm 2023", 13, "B13", "Xã Long Sơnn Mới", "unknown_unit")]
    reason = query(empty_db, "SELECT reason FROM rejects")[0][0]
    assert "gần giống: Xã Long Sơn" in reason


def test_strict_loads_nothing_of_a_file_with_a_reject(empty_db, tmp_path):
    values = {**GOOD, "Xã Không Có": {("models_total", "value"): 3}}
    f = figures_file(tmp_path / "BaoCao_CauNgang_2023.xlsx", simple_rows(values))
    done = run_etl("load", f, "--db", empty_db, "--strict")
    assert done.returncode == 1
    assert query(empty_db, "SELECT count(*) FROM facts") == [(0,)]
    assert query(empty_db, "SELECT status, rows_loaded, rows_rejected FROM loads") == [("refused", 0, 1)]
    assert query(empty_db, "SELECT count(*) FROM rejects") == [(1,)]


def test_unreadable_file_exit_2_one_line_on_stderr_warehouse_unchanged(empty_db, tmp_path):
    broken = tmp_path / "BaoCao_CauNgang_2023.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not a real workbook")
    before = query(empty_db, "SELECT count(*) FROM facts")
    done = run_etl("load", broken, "--db", empty_db)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert str(broken) in done.stderr
    assert query(empty_db, "SELECT count(*) FROM facts") == before


def test_worst_outcome_sets_the_exit_code(empty_db, tmp_path):
    good = figures_file(tmp_path / "BaoCao_CauNgang_2023.xlsx", simple_rows(GOOD))
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    done = run_etl("load", good, empty, "--db", empty_db)
    assert done.returncode == 2
    assert query(empty_db, "SELECT status FROM loads ORDER BY load_id") == [("loaded",)]  # the empty file: no trace


def test_missing_year_says_which_option_to_pass(empty_db, tmp_path):
    f = figures_file(tmp_path / "BaoCao_CauNgang.xlsx", simple_rows(GOOD), year="....")
    done = run_etl("load", f, "--db", empty_db)
    assert done.returncode == 2
    assert "--year" in done.stderr
    again = run_etl("load", f, "--db", empty_db, "--year", "2021")
    assert again.returncode == 0, again.stdout
    assert query(empty_db, "SELECT DISTINCT year FROM facts") == [(2021,)]


def test_missing_unit_says_which_option_to_pass(empty_db, tmp_path):
    f = figures_file(tmp_path / "report.xlsx", simple_rows(GOOD), issuer_top="BAN TUYÊN GIÁO", district="…")
    done = run_etl("load", f, "--db", empty_db)
    assert done.returncode == 2 and "--unit" in done.stderr
    again = run_etl("load", f, "--db", empty_db, "--unit", "848")
    assert again.returncode == 0, again.stdout


def test_same_file_twice_adds_nothing(empty_db, tmp_path):
    f = figures_file(tmp_path / "BaoCao_CauNgang_2023.xlsx", simple_rows(GOOD))
    assert run_etl("load", f, "--db", empty_db).returncode == 0
    second = run_etl("load", f, "--db", empty_db, "--json")
    assert second.returncode == 0
    assert json.loads(second.stdout)["files"][0]["status"] == "already_loaded"
    assert query(empty_db, "SELECT count(*) FROM facts") == [(3,)]
    assert query(empty_db, "SELECT status FROM loads ORDER BY load_id") == [("loaded",), ("already_loaded",)]


def test_json_output_is_english_machine_output(empty_db, tmp_path):
    values = {**GOOD, "Xã Long Sơn ": {("models_total", "value"): "-4"}}
    f = figures_file(tmp_path / "BaoCao_CauNgang_2023.xlsx", simple_rows(values))
    done = run_etl("load", f, "--db", empty_db, "--json")
    out = json.loads(done.stdout)["files"][0]
    assert out["layout"] == "wide" and out["year"] == 2023 and out["unit"] == "Huyện Cầu Ngang"
    assert out["map"] == "old" and out["status"] == "loaded_with_rejects"
    codes = sorted(r["reason_code"] for r in out["rejects"])
    assert codes == ["negative_count"]  # the valid row of Long Sơn stays; no conflict with an invalid one
    negative = [r for r in out["rejects"] if r["reason_code"] == "negative_count"][0]
    assert negative["reason"].startswith("negative count") and negative["cell"] == "M13"


def test_a_folder_is_walked(empty_db, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    figures_file(folder / "BaoCao_CauNgang_2022.xlsx", simple_rows(GOOD), year=2022)
    figures_file(folder / "BaoCao_CauNgang_2023.xlsx", simple_rows(GOOD), year=2023)
    (folder / "notes.txt").write_text("not a report")
    done = run_etl("load", folder, "--db", empty_db)
    assert done.returncode == 0
    assert query(empty_db, "SELECT DISTINCT year FROM facts ORDER BY 1") == [(2022,), (2023,)]


def test_real_loads_never_go_into_the_sample(sample_db, tmp_path):
    f = figures_file(tmp_path / "BaoCao_CauNgang_2023.xlsx", simple_rows(GOOD))
    before = sample_db.stat().st_mtime_ns
    done = run_etl("load", f, "--db", sample_db)
    assert done.returncode == 2 and "mẫu" in done.stderr
    assert sample_db.stat().st_mtime_ns == before


def test_sample_command_rebuilds_the_sample(tmp_path):
    db = tmp_path / "s.duckdb"
    done = run_etl("sample", "--db", db)
    assert done.returncode == 0, done.stdout
    assert query(db, "SELECT value FROM core.meta WHERE key = 'is_sample'") == [("true",)]
    files = len(list((ROOT / "data" / "sample").glob("*.xlsx")))
    assert files >= 56  # the figure reports, the registers of both maps and the three templates
    assert query(db, "SELECT count(*) FROM loads WHERE status = 'loaded'") == [(files,)]


def test_default_db_is_the_real_warehouse(tmp_path):
    done = subprocess.run([sys.executable, "-m", "etl", "load", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert "data/warehouse.duckdb" in done.stdout


def test_which_warehouse_the_dashboard_opens(tmp_path, monkeypatch):
    import warehouse.db as db

    real = tmp_path / "warehouse.duckdb"
    monkeypatch.setattr(db, "REAL_DB", real)
    monkeypatch.delenv("CAMPAIGN_DB", raising=False)
    assert db.resolve_db_path() == (db.SAMPLE_DB, "sample")
    real.write_bytes(b"")
    assert db.resolve_db_path() == (real, "real")
    monkeypatch.setenv("CAMPAIGN_DB", str(tmp_path / "other.duckdb"))
    assert db.resolve_db_path() == (tmp_path / "other.duckdb", "env")
