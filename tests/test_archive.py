"""Nothing received is lost (#21): every file a load takes is kept by its content beside the warehouse with a
journal of the loads and undos; a warehouse rebuilt from the archive alone gives the same facts, history and undo
state; a backup copies both while the dashboard reads."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from etl.publishing.archive import Archive, archive_dir
from etl.publishing.load import load_files, sha256_of
from etl.publishing.undo import undo_load
from tests.conftest import ROOT, SAMPLE_DIR
from tests.corpus_blocks.figures import figures_file, simple_rows

TABLES = {  # what must be the same: every table a load or an undo writes, whole
    "core.facts": "*", "core.fact_history": "*", "core.loads": "*", "core.load_sheets": "*", "core.rejects": "*",
    "core.undos": "*", "core.models": "*", "core.commendations": "*", "core.models_history": "*",
    "core.commendations_history": "*", "core.unit_versions": "*",
}


def snapshot(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT {c} FROM {t} ORDER BY ALL").fetchall() for t, c in TABLES.items()}
    finally:
        con.close()


def history_of_loads(empty_db: Path, tmp_path: Path) -> tuple[Path, list]:
    """A warehouse that went through what a data manager's month holds."""
    db = tmp_path / "live" / "warehouse.duckdb"
    db.parent.mkdir()
    shutil.copyfile(empty_db, db)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("BaoCao_CauNgang_2022.xlsx", "BaoCao_CauNgang_2023.xlsx", "DanhSach_MoHinh_CauNgang.xlsx",
                 "DanhSach_KhenThuong_ThapMuoi.xlsx"):
        shutil.copyfile(SAMPLE_DIR / name, inbox / name)
    shutil.copyfile(inbox / "BaoCao_CauNgang_2022.xlsx", inbox / "BaoCao_CauNgang_2022 (1).xlsx")  # a copy
    (inbox / "hong.xlsx").write_bytes(b"PK\x03\x04 broken")  # refused, kept all the same
    rows = simple_rows({"Xã Long Sơn": {("models_total", "value"): 7}, "Xã Kim Hòa": {("models_total", "value"): 4}})
    first = load_files(db, sorted(inbox.iterdir()), user="mai")
    undated = figures_file(tmp_path / "khong_nam.xlsx", rows, year="....")
    second = load_files(db, [undated], overrides={undated: (2021, "848")}, user="lan", scope="old:district:848")
    resend = figures_file(tmp_path / "a.xlsx", simple_rows({"Xã Long Sơn": {("models_total", "value"): 8}}), year=2021)
    again = figures_file(tmp_path / "b.xlsx", simple_rows({"Xã Long Sơn": {("models_total", "value"): 9}}), year=2021)
    third = load_files(db, [resend, again], user="mai", batch_files=1)  # a conflict across two publishes
    undo_load(db, second[0].load_id, "lan")
    fourth = load_files(db, [again], user="mai")  # the right one alone
    load_files(db, [tmp_path / "khong_nam.xlsx"], user="mai")  # refused alone (no year): kept, not published
    return db, first + second + third + fourth


def test_every_file_taken_is_kept_by_its_content_with_the_journal(empty_db, tmp_path):
    db, outcomes = history_of_loads(empty_db, tmp_path)
    keeper = Archive(archive_dir(db))
    assert keeper.root == db.parent / "warehouse-archive"
    for o in outcomes:
        assert keeper.has(sha256_of(o.path)), o.path  # refused and copies too
    assert (keeper.root / "files").stat().st_mode  # the folder exists
    kinds = [json.loads(line)["kind"] for line in keeper.journal.read_text(encoding="utf-8").splitlines()]
    assert kinds == ["load", "load", "load", "load", "undo", "load", "load"]
    last = json.loads(keeper.journal.read_text(encoding="utf-8").splitlines()[-1])
    assert last["published"] is False and last["files"][0]["status"] == "refused"
    copies = [f for f in json.loads(keeper.journal.read_text(encoding="utf-8").splitlines()[0])["files"]
              if f["name"].endswith("(1).xlsx")]
    assert copies[0]["status"] == "already_loaded"


def test_a_warehouse_rebuilt_from_the_archive_is_the_same(empty_db, tmp_path):
    db, _ = history_of_loads(empty_db, tmp_path)
    rebuilt = tmp_path / "new" / "warehouse.duckdb"
    done = subprocess.run([sys.executable, "-m", "etl", "rebuild", str(archive_dir(db)), "--db", str(rebuilt)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "5 lần nạp (10 tệp), 1 lần hoàn tác" in done.stdout  # the refused-only load: not replayed
    before, after = snapshot(db), snapshot(rebuilt)
    for table in TABLES:
        assert after[table] == before[table], table
    assert len(before["core.facts"]) > 100 and before["core.undos"] and before["core.fact_history"] == []
    assert (rebuilt.parent / "warehouse-archive" / "journal.jsonl").exists()  # the new one keeps its archive
    again = subprocess.run([sys.executable, "-m", "etl", "rebuild", str(archive_dir(db)), "--db", str(rebuilt)],
                           capture_output=True, text=True, cwd=ROOT)
    assert again.returncode == 2 and "đã có" in again.stderr  # never over an existing warehouse


def test_a_backup_while_the_dashboard_reads_is_consistent_and_rebuilds(empty_db, tmp_path):
    db, _ = history_of_loads(empty_db, tmp_path)
    reader = duckdb.connect(str(db), read_only=True)  # a dashboard holds the file open
    try:
        done = subprocess.run([sys.executable, "-m", "etl", "backup", str(tmp_path / "backups"), "--db", str(db)],
                              capture_output=True, text=True, cwd=ROOT)
    finally:
        reader.close()
    assert done.returncode == 0, done.stderr
    [folder] = (tmp_path / "backups").iterdir()
    assert folder.name.startswith("warehouse-") and "Đã sao lưu" in done.stdout
    assert snapshot(folder / "warehouse.duckdb") == snapshot(db)
    assert (folder / "warehouse-archive" / "journal.jsonl").read_bytes() == \
        (archive_dir(db) / "journal.jsonl").read_bytes()
    rebuilt = tmp_path / "from_backup.duckdb"
    env = {**os.environ}
    done = subprocess.run([sys.executable, "-m", "etl", "rebuild", str(folder / "warehouse-archive"), "--db",
                           str(rebuilt)], capture_output=True, text=True, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    assert snapshot(rebuilt)["core.facts"] == snapshot(db)["core.facts"]
