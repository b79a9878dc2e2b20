"""``python -m etl check``: the desk's dry run from the command line (#21, #22 point 6). It says what a load of the
same paths would do — copies, conflicts across files, rejects, warnings — and writes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, query
from tests.corpus_blocks.figures import figures_file, simple_rows


def report(path: Path, long_son: float, total: float | None = None) -> Path:
    rows = simple_rows({"Xã Long Sơn": {("models_total", "value"): long_son},
                        "Xã Kim Hòa": {("models_total", "value"): 4}},
                       {("models_total", "value"): total} if total is not None else None)
    return figures_file(path, rows, year=2023)


def check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "etl", "check", *args], capture_output=True, text=True, cwd=ROOT)


def test_check_says_what_the_load_would_do_and_writes_nothing(empty_db, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    first = report(folder / "BaoCao_CauNgang_2023.xlsx", 7, total=12)  # 7 + 4 = 11: the total differs
    (folder / "BaoCao_CauNgang_2023 (1).xlsx").write_bytes(first.read_bytes())
    report(folder / "BaoCao_CauNgang_2023_dieuchinh.xlsx", 9, total=12)
    before = empty_db.read_bytes()
    done = check(str(folder), "--db", str(empty_db), "--json")
    assert done.returncode == 1, done.stderr  # what `etl load` would give: rejects
    out = json.loads(done.stdout)
    status = {Path(f["file"]).name: f["status"] for f in out["files"]}
    assert status == {"BaoCao_CauNgang_2023 (1).xlsx": "copy", "BaoCao_CauNgang_2023.xlsx": "would_load_with_rejects",
                      "BaoCao_CauNgang_2023_dieuchinh.xlsx": "would_load_with_rejects"}
    original = next(f for f in out["files"] if Path(f["file"]).name == "BaoCao_CauNgang_2023.xlsx")
    [conflict] = original["rejects"]
    assert conflict["reason_code"] == "conflict_across_files" and "BaoCao_CauNgang_2023_dieuchinh.xlsx" in conflict["reason"]
    assert original["facts"] == 2  # Kim Hòa and the district's total; Long Sơn is disputed
    [pair] = out["overlaps"]
    assert (pair["different"], pair["same"]) == (1, 2)
    [warning] = [w for w in out["warnings"] if w["file"].endswith("BaoCao_CauNgang_2023.xlsx")]
    assert set(warning) == {"code", "file", "sheet", "cell", "message", "message_vi"}
    assert warning["code"] == "total_mismatch" and warning["cell"] and warning["sheet"] == "Năm 2023"
    assert empty_db.read_bytes() == before and query(empty_db, "SELECT count(*) FROM loads") == [(0,)]
    text = check(str(folder), "--db", str(empty_db))
    assert "[TRÙNG TỆP KHÁC]" in text.stdout and "nạp riêng tệp đúng" in text.stdout


def test_check_without_a_warehouse_reads_against_the_reference_units(tmp_path):
    done = check(str(report(tmp_path / "a.xlsx", 7)), "--db", str(tmp_path / "none.duckdb"), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["files"][0]["status"] == "would_load"
    assert not (tmp_path / "none.duckdb").exists()


def test_a_reader_that_stops_early_gets_no_error_and_no_traceback(sample_db):
    """`etl check FOLDER | head -1`: the reader goes away; the check ends quietly (exit 1), where it said "LỖI: :
    lỗi hệ thống (Broken pipe)" as if a file could not be read (exit 2), or printed a traceback. (The pipe's reading
    end is closed before the check writes: every write meets the broken pipe, whatever the timing.)"""
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, "-m", "etl", "check", "data/sample", "--db", str(sample_db)],
                              cwd=ROOT, stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=300)
    finally:
        os.close(write_end)
    assert "LỖI" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1
