"""Faults of the disk say what happened and change nothing (#21): a load or an undo on a full filesystem (a small
tmpfs the test mounts when it runs as root) or on a read-only one exits 2 with one Vietnamese line naming the
warehouse and the cause, an ``error`` object in --json, the warehouse byte for byte as before, no working copy."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_DIR

REPORT = SAMPLE_DIR / "BaoCao_CauNgang_2022.xlsx"


def _mount(point: Path, options: str) -> str | None:
    """Mount a tmpfs at ``point``; the reason it could not be, or None."""
    if os.geteuid() != 0:
        return "a tmpfs can be mounted only as root"
    point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], capture_output=True, text=True)
    return None if done.returncode == 0 else f"mount failed: {done.stderr.strip()}"


@pytest.fixture
def small_fs(tmp_path: Path):
    point = tmp_path / "fs"
    why = _mount(point, "size=24m")
    if why:
        pytest.skip(why)
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def etl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "etl", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "CAMPAIGN_CACHE": "/nonexistent/cache"})


def fill(fs: Path, leave: int) -> None:
    """Fill ``fs`` so that ``leave`` bytes stay free."""
    (fs / "filler").unlink(missing_ok=True)
    free = shutil.disk_usage(fs).free
    with open(fs / "filler", "wb") as fh:
        fh.truncate(0)
        chunk = b"\0" * (1 << 20)
        todo = max(0, free - leave)
        while todo > 0:
            fh.write(chunk[: min(len(chunk), todo)])
            todo -= min(len(chunk), todo)


def assert_refused_unchanged(done: subprocess.CompletedProcess[str], db: Path, before: bytes, cause: str) -> None:
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"LỖI: không ghi được kho dữ liệu {db}"), done.stderr
    assert lines[0].endswith(f": {cause}; kho dữ liệu vẫn như trước"), done.stderr
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before
    assert not list(db.parent.glob(f".{db.name}.*")), list(db.parent.iterdir())  # no working copy left


@pytest.mark.parametrize("share", [0.0, 0.3, 0.9, 1.0, 1.05, 1.2, 1.6])
def test_a_load_on_a_full_disk_exits_2_and_changes_nothing(small_fs, empty_db, share):
    db = small_fs / "warehouse.duckdb"
    shutil.copyfile(empty_db, db)
    before = db.read_bytes()
    fill(small_fs, int(len(before) * share))  # the disk fills at the copy, at DuckDB's writes, at the checkpoint
    done = etl("load", str(REPORT), "--db", str(db), "--json")
    assert_refused_unchanged(done, db, before, "ổ đĩa đã đầy")
    out = json.loads(done.stdout)
    assert out["error"]["code"] == "warehouse_io_error" and out["error"]["cause"] == "No space left on device"
    assert out["error"]["path"] == str(db)


def test_an_undo_on_a_full_disk_exits_2_and_changes_nothing(small_fs, empty_db):
    db = small_fs / "warehouse.duckdb"
    shutil.copyfile(empty_db, db)
    assert etl("load", str(REPORT), "--db", str(db)).returncode == 0
    before = db.read_bytes()
    fill(small_fs, len(before) // 2)
    assert_refused_unchanged(etl("undo", "1", "--db", str(db)), db, before, "ổ đĩa đã đầy")
    (small_fs / "filler").unlink()
    assert etl("undo", "1", "--db", str(db)).returncode == 0  # with room again it goes through


def test_a_read_only_filesystem_is_said_and_nothing_changes(small_fs, empty_db):
    db = small_fs / "warehouse.duckdb"
    shutil.copyfile(empty_db, db)
    assert etl("load", str(REPORT), "--db", str(db)).returncode == 0
    before = db.read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(small_fs)], check=True)
    try:
        assert_refused_unchanged(etl("load", str(SAMPLE_DIR / "BaoCao_CauNgang_2023.xlsx"), "--db", str(db)), db,
                                 before, "ổ đĩa chỉ cho đọc")
        assert_refused_unchanged(etl("undo", "1", "--db", str(db)), db, before, "ổ đĩa chỉ cho đọc")
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_fs)], check=True)


def test_a_folder_without_write_permission_is_said_and_nothing_changes(tmp_path, empty_db):
    if os.geteuid() == 0:
        pytest.skip("root writes in any folder: the read-only filesystem test covers this as root")
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "warehouse.duckdb"
    shutil.copyfile(empty_db, db)
    (folder / "warehouse.duckdb.lock").touch()
    before = db.read_bytes()
    folder.chmod(0o555)
    try:
        assert_refused_unchanged(etl("load", str(REPORT), "--db", str(db)), db, before, "không có quyền ghi")
    finally:
        folder.chmod(0o755)
