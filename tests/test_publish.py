"""Publishing is atomic: a reader keeps working while a load publishes, a failed load changes nothing."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap

import duckdb
import pytest

from etl.publishing.load import load_files
from tests.conftest import ROOT, query
from tests.corpus_blocks.figures import figures_file, simple_rows
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
    import etl.publishing.load as load_module

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


def test_two_managers_publishing_at_once_queue_and_lose_nothing(empty_db, tmp_path):
    """Two loads started together (the desk of two data managers, or two terminals): one waits on the lock,
    both end up in the warehouse."""
    import subprocess
    import sys

    from tests.conftest import ROOT
    from tests.corpus_blocks.figures import figures_file, simple_rows

    a = figures_file(tmp_path / "cn.xlsx", simple_rows({"Xã Long Sơn": {("models_total", "value"): 7}}), year=2022)
    b = figures_file(tmp_path / "tm.xlsx", simple_rows({"Xã Mỹ An": {("models_total", "value"): 3}}),
                     district="Tháp Mười", year=2022)
    runs = [subprocess.Popen([sys.executable, "-m", "etl", "load", str(f), "--db", str(empty_db)], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for f in (a, b)]
    assert [p.wait(timeout=120) for p in runs] == [0, 0]
    assert query(empty_db, "SELECT unit_name FROM facts ORDER BY 1") == [("Xã Long Sơn",), ("Xã Mỹ An",)]
    assert query(empty_db, "SELECT count(*) FROM loads") == [(2,)]


def test_a_viewer_reading_while_loads_publish_never_gets_an_error(empty_db, tmp_path):
    import threading

    from warehouse.db import ReadOnlyWarehouse

    wh = ReadOnlyWarehouse(empty_db)
    seen: list[int] = []
    errors: list[Exception] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                seen.append(int(wh.query("SELECT count(*) AS n FROM facts")["n"].iloc[0]))
            except Exception as exc:  # noqa: BLE001 - what a viewer would see
                errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for year in (2020, 2021, 2022):
            f = figures_file(tmp_path / f"cn{year}.xlsx", simple_rows({"Xã Long Sơn": {("models_total", "value"): 7}}),
                             year=year)
            load_files(empty_db, [f])
    finally:
        stop.set()
        reader.join()
    assert errors == []
    assert seen and seen == sorted(seen)  # never a step back, never an error
    assert int(wh.query("SELECT count(*) AS n FROM facts")["n"].iloc[0]) == 3  # and the last publish is seen
    wh.close()
