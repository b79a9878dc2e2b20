"""A corpus of bad inputs (#9): for each, the exit code, the message, the time and the peak memory it must stay
under, and the warehouse left exactly as it was where nothing may be loaded. Each load runs as the data manager
runs it, `python -m etl load`, in a process of its own whose peak RSS is measured."""

from __future__ import annotations

import hashlib
import json
import os
import pwd
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from etl.publishing.load import load_files
from etl.reading.readers import MAX_CELLS
from tests import hostile
from tests.conftest import ROOT, query
from tests.corpus_blocks import plain as corpus

GB = 1024 ** 3
# Runs the loader in a child and reports the child's own peak RSS (ru_maxrss is in KiB on Linux).
_MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
print(json.dumps({"code": done.returncode, "stdout": done.stdout, "stderr": done.stderr, "seconds": seconds,
                  "rss": rss}))
"""


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float
    rss: int

    @property
    def files(self) -> list[dict]:
        return json.loads(self.stdout)["files"]


def load(db: Path, *paths: Path, extra: tuple[str, ...] = ()) -> Run:
    cmd = [sys.executable, "-m", "etl", "load", *map(str, paths), "--db", str(db), "--json", *extra]
    done = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, check=True)
    return Run(**json.loads(done.stdout))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- memory and time -----------------------------------------------------------------------------------------

def test_a_sheet_of_repeated_names_stays_small_and_keeps_a_bounded_number_of_rejects(empty_db, tmp_path):
    """25,000 rows naming three communes: each figure conflicts with thousands. It once needed over 4 GB
    (every conflict listed every row of its group); now each names three cells and the file keeps 1,000."""
    run = load(empty_db, hostile.repeated_names_xlsx(tmp_path / "lap_lai.xlsx", 25_000))
    assert run.code == 1
    [f] = run.files
    assert f["rows_rejected"] == 50_000 and len(f["rejects"]) == 1000
    assert any("1000" in n and "49000" in n for n in f["notes"])  # the summary says the rest are only counted
    reason = f["rejects"][0]["reason_vi"]
    assert "và 8330 ô khác" in reason and len(reason) < 400  # 8,334 Long Sơn rows: 3 named, the rest counted
    assert query(empty_db, "SELECT count(*), max(length(reason)) < 400 FROM rejects") == [(1000, True)]
    assert query(empty_db, "SELECT rows_rejected FROM loads") == [(50_000,)]
    assert run.rss < GB and run.seconds < 120


def test_a_file_at_the_size_limit_loads_in_under_a_gigabyte_and_in_linear_time(empty_db, tmp_path):
    """The worst file the loader accepts: a CSV of MAX_CELLS cells, every figure in conflict with thousands of
    others. It loads in under 1 GB; and 8 times the cells of a smaller one take well under 20 times its time
    (linear work takes about 8 times, quadratic work 64)."""
    rows = MAX_CELLS // 4 - 10
    big = load(empty_db, hostile.repeated_names_csv(tmp_path / "lon.csv", rows))
    small = load(tmp_path / "small.duckdb", hostile.repeated_names_csv(tmp_path / "nho.csv", rows // 8))
    assert big.code == 1 and small.code == 1
    assert big.files[0]["rows_rejected"] == 2 * rows
    assert big.rss < GB
    assert big.seconds < 20 * small.seconds, (big.seconds, small.seconds)


def test_a_file_over_the_size_limit_is_refused_fast_and_leaves_the_warehouse_as_it_was(empty_db, tmp_path):
    before = digest(empty_db)
    run = load(empty_db, hostile.repeated_names_csv(tmp_path / "qua_lon.csv", MAX_CELLS // 4 + 1000))
    assert run.code == 2
    assert "bảng tính quá lớn" in run.stderr and "giới hạn 2.000.000 ô" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert run.rss < GB and run.seconds < 60
    assert digest(empty_db) == before


# -- files that are no spreadsheet -----------------------------------------------------------------------------

REFUSED = [
    ("random.csv", hostile.random_bytes_csv, "không phải tệp văn bản CSV (nội dung nhị phân)"),
    ("o_lon.csv", hostile.huge_cell_csv, "quá giới hạn 32.767 ký tự một ô của Excel"),
    ("spans.xls", hostile.huge_spans_html, "bảng tính quá lớn"),
]


@pytest.mark.parametrize(("name", "make", "says"), REFUSED, ids=[r[0] for r in REFUSED])
def test_files_that_are_no_spreadsheet_are_refused_with_their_own_reason(empty_db, tmp_path, name, make, says):
    before = digest(empty_db)
    run = load(empty_db, make(tmp_path / name))
    assert run.code == 2
    [line] = run.stderr.strip().splitlines()
    assert says in line and name in line and "Traceback" not in run.stderr
    assert run.files[0]["reason_code"] == "unreadable"  # never internal_error with Python's message
    assert run.rss < GB and run.seconds < 30
    assert digest(empty_db) == before


def test_a_csv_mixing_utf8_and_windows_1258_is_read_line_by_line_and_said_so(empty_db, tmp_path):
    run = load(empty_db, hostile.mixed_encodings_csv(tmp_path / "tron.csv"))
    assert run.code == 0, run.stdout
    assert any("UTF-8" in n and "Windows-1258" in n for n in run.files[0]["notes"])
    assert query(empty_db, "SELECT unit_name, value FROM facts WHERE metric = 'models_total' ORDER BY 1") == [
        ("Thị trấn Cầu Ngang", 4.0), ("Xã Kim Hòa", 5.0), ("Xã Long Sơn", 7.0)]


# -- the warehouse file -----------------------------------------------------------------------------------------

def test_a_symlinked_warehouse_path_loads_into_the_real_file(empty_db, tmp_path):
    link = tmp_path / "kho_link.duckdb"
    link.symlink_to(empty_db)
    run = load(link, corpus.xlsx(tmp_path / "bc.xlsx", corpus.grid()))
    assert run.code == 0
    assert link.is_symlink() and link.resolve() == empty_db.resolve()  # the link is still a link
    assert query(empty_db, "SELECT count(*) FROM facts") == [(17,)]  # and the real file has the data
    assert (empty_db.parent / (empty_db.name + ".lock")).exists()  # one lock, beside the real file
    assert not (tmp_path / (link.name + ".lock")).exists()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_next_load_removes_the_copies_of_writers_that_died(empty_db, tmp_path):
    stale = empty_db.with_name(f".{empty_db.name}.{_dead_pid()}.tmp")
    stale.write_bytes(empty_db.read_bytes())
    (stale.parent / (stale.name + ".wal")).write_bytes(b"x")
    alive = empty_db.with_name(f".{empty_db.name}.{os.getpid()}.tmp")  # a live writer's copy stays
    alive.write_bytes(b"x")
    run = load(empty_db, corpus.xlsx(tmp_path / "bc.xlsx", corpus.grid()))
    assert run.code == 0
    assert not stale.exists() and not (stale.parent / (stale.name + ".wal")).exists()
    assert alive.exists()
    alive.unlink()


def test_a_load_killed_halfway_leaves_no_copy_behind_once_the_next_load_runs(empty_db, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for year in range(2016, 2025):
        corpus.xlsx(folder / f"bc_{year}.xlsx", corpus.grid(year=year))
    child = subprocess.Popen([sys.executable, "-m", "etl", "load", str(folder), "--db", str(empty_db)], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    copies: list[Path] = []
    deadline = time.monotonic() + 60
    while not copies and time.monotonic() < deadline and child.poll() is None:
        copies = list(empty_db.parent.glob(f".{empty_db.name}.*.tmp"))
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert copies and child.returncode == -signal.SIGKILL, "the load finished before it could be killed"
    assert list(empty_db.parent.glob(f".{empty_db.name}.*.tmp"))  # what the killed writer left
    assert load(empty_db, corpus.xlsx(tmp_path / "bc.xlsx", corpus.grid())).code == 0
    assert not list(empty_db.parent.glob(f".{empty_db.name}.*.tmp*"))


def test_publishing_keeps_the_files_mode_and_owner(empty_db, tmp_path):
    os.chmod(empty_db, 0o640)
    owner = None
    if os.geteuid() == 0:
        owner = pwd.getpwnam("nobody")
        os.chown(empty_db, owner.pw_uid, owner.pw_gid)
    assert load(empty_db, corpus.xlsx(tmp_path / "bc.xlsx", corpus.grid())).code == 0
    st = empty_db.stat()
    assert st.st_mode & 0o777 == 0o640
    if owner is not None:
        assert (st.st_uid, st.st_gid) == (owner.pw_uid, owner.pw_gid)


def test_a_folder_load_keeps_the_batches_published_before_a_crash(empty_db, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for year in range(2016, 2024):
        corpus.xlsx(folder / f"bc_{year}.xlsx", corpus.grid(year=year))

    def crash(n: int, total: int, path: Path) -> None:
        if n == 6:
            raise KeyboardInterrupt  # what kill does to the process, at the 6th of 8 files

    with pytest.raises(KeyboardInterrupt):
        load_files(empty_db, [folder], progress=crash, batch_files=2)
    assert query(empty_db, "SELECT DISTINCT year FROM facts ORDER BY 1") == [(y,) for y in range(2016, 2020)]
    assert query(empty_db, "SELECT count(*) FROM loads") == [(4,)]
    assert not list(empty_db.parent.glob(f".{empty_db.name}.*.tmp*"))
