"""Publishing is atomic: a reader keeps working while a load publishes, a failed load changes nothing."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap

import duckdb
import pytest

from etl.load import load_files
from tests.builders import figures_file, simple_rows
from tests.conftest import ROOT, query
from warehouse.db import ReadOnlyWarehouse, publish

ROWS = {"Xã Long Sơn": {("models_total", "value"): 7}}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_load_publishes_while_another_process_holds_a_read_only_connection(empty_db, tmp_path):
    reader = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(empty_db)!r}, read_only=True)
            print(con.execute("SELECT count(*) FROM facts").fetchone()[0], flush=True)
            sys.stdin.readline()  # hold the connection until the test says so
            print(con.execute("SELECT count(*) FROM facts").fetchone()[0], flush=True)
        """)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "0"
        f = figures_file(tmp_path / "BaoCao_CauNgang_2023.xlsx", simple_rows(ROWS))
        done = subprocess.run([sys.executable, "-m", "etl", "load", str(f), "--db", str(empty_db)], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "0"  # the old reader still sees the old file
    finally:
        reader.communicate(timeout=30)
    assert query(empty_db, "SELECT count(*) FROM facts") == [(1,)]  # a new reader sees the new one


def test_a_failed_build_leaves_the_warehouse_byte_for_byte_unchanged(empty_db):
    before = digest(empty_db)

    def crash(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("DELETE FROM core.unit_versions")
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        publish(empty_db, crash)
    assert digest(empty_db) == before
    assert not list(empty_db.parent.glob(".*.tmp*"))


def test_a_load_that_fails_mid_file_changes_nothing(empty_db, tmp_path, monkeypatch):
    import etl.load as load_module

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    f = figures_file(tmp_path / "BaoCao_CauNgang_2023.xlsx", simple_rows(ROWS))
    before = digest(empty_db)
    monkeypatch.setattr(load_module, "publish", lambda target, build, **kw: broken())
    with pytest.raises(RuntimeError):
        load_files(empty_db, [f])
    assert digest(empty_db) == before


def test_the_dashboard_connection_follows_a_newly_published_file(empty_db, tmp_path):
    wh = ReadOnlyWarehouse(empty_db)
    assert wh.query("SELECT count(*) AS n FROM facts")["n"].iloc[0] == 0
    version = wh.version()
    f = figures_file(tmp_path / "BaoCao_CauNgang_2023.xlsx", simple_rows(ROWS))
    load_files(empty_db, [f])
    assert wh.version() != version
    assert wh.query("SELECT count(*) AS n FROM facts")["n"].iloc[0] == 1
    wh.close()
