"""Creating, publishing and opening the warehouse file.

Writers never touch the published file in place: ``publish`` copies it (or builds a new one), changes the
copy, checkpoints and closes it, then ``os.replace``s it over the old one. Readers (the dashboard) hold
read-only connections; they keep the old file until they reconnect, and ``ReadOnlyWarehouse`` reconnects
as soon as the file on disk changes. A crash before ``os.replace`` leaves the published file untouched.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import duckdb

if TYPE_CHECKING:  # the loader imports this module without needing pandas (a second saved a run)
    import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
REFERENCE = DATA / "reference"
SCHEMA = Path(__file__).resolve().parent / "schema.sql"
SAMPLE_DB = DATA / "sample.duckdb"
REAL_DB = DATA / "warehouse.duckdb"
SCHEMA_VERSION = "1"

T = TypeVar("T")


class Unchanged(Exception):  # noqa: N818 - a signal, not an error
    """Raised by a ``publish`` build that changed nothing: the working copy is dropped, the published file
    is left byte-for-byte as it was, and ``publish`` returns ``result``."""

    def __init__(self, result: object) -> None:
        super().__init__("nothing to publish")
        self.result = result


def resolve_db_path() -> tuple[Path, str]:
    """Which warehouse the dashboard opens: $CAMPAIGN_DB, else data/warehouse.duckdb, else the sample."""
    env = os.environ.get("CAMPAIGN_DB", "").strip()
    if env:
        return Path(env), "env"
    if REAL_DB.exists():
        return REAL_DB, "real"
    return SAMPLE_DB, "sample"


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a warehouse built by an older version up to this schema (columns and tables added since)."""
    for column, kind in (("cells_fact", "INTEGER"), ("cells_rejected", "INTEGER"), ("cells_label", "INTEGER"),
                         ("cells_ignored", "INTEGER"), ("loaded_by", "VARCHAR"), ("undone_by", "INTEGER")):
        con.execute(f"ALTER TABLE core.loads ADD COLUMN IF NOT EXISTS {column} {kind}")  # names are constants
    for table in ("core.load_sheets", "core.undos", "core.models_history", "core.commendations_history",
                  "core.template_sends", "core.template_receipts"):
        con.execute(_table_statement(table).replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1))
    for table in ("core.facts", "core.fact_history"):  # the cells of each figure (issue #21: withdrawn later)
        con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS source_cells INTEGER")  # constant names
    _widen_qualifiers(con)
    for table in ("core.models", "core.models_history"):  # the appraisal of models (issue #11)
        for column, kind in MODEL_APPRAISAL_COLUMNS:
            con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {kind}")  # names are constants


def _widen_qualifiers(con: duckdb.DuckDBPyConnection) -> None:
    """A warehouse whose facts accept only '>' (before #22) gets the table of this schema, which accepts every
    qualifier of etl.reference.bounds: DuckDB cannot change a CHECK in place, so the table is made again, its rows copied."""
    checks = [text for (text,) in con.execute(
        "SELECT constraint_text FROM duckdb_constraints() WHERE schema_name = 'core' AND table_name = 'facts' "
        "AND constraint_type = 'CHECK'").fetchall()]
    if not any("qualifier" in c and "'~'" not in c for c in checks):
        return
    columns = ", ".join(c[0] for c in con.execute("DESCRIBE core.facts").fetchall())
    con.execute(_table_statement("core.facts").replace("CREATE TABLE core.facts", "CREATE TABLE core.facts_widened", 1))
    con.execute(f"INSERT INTO core.facts_widened ({columns}) SELECT {columns} FROM core.facts")
    con.execute("DROP TABLE core.facts")
    con.execute("ALTER TABLE core.facts_widened RENAME TO facts")


# Columns added to core.models since the first schema (a migrated table has them at its end; inserts name
# their columns). The CHECK on appraisal_step is only in new warehouses: loads write known steps only.
MODEL_APPRAISAL_COLUMNS = (
    ("has_study", "BOOLEAN"), ("has_follow", "BOOLEAN"), ("has_example", "BOOLEAN"), ("study_text", "VARCHAR"),
    ("follow_text", "VARCHAR"), ("example_text", "VARCHAR"), ("exemplar", "VARCHAR"), ("appraisal_step", "VARCHAR"),
    ("registered_on", "DATE"), ("appraised_on", "DATE"), ("deployed_on", "DATE"), ("reviewed_on", "DATE"),
)


def _table_statement(name: str) -> str:
    """The CREATE TABLE statement of ``name`` in schema.sql."""
    found = re.search(rf"CREATE TABLE {re.escape(name)} (?:\(.*?\n\);|AS [^;]*;)", SCHEMA.read_text(encoding="utf-8"),
                      re.S)
    if found is None:
        raise LookupError(f"schema.sql has no CREATE TABLE {name}")
    return found.group(0)


def refresh_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the public views of schema.sql: a warehouse built by an older version gets the views of
    this one at its next load. The views are the part after the "Public views" marker."""
    text = SCHEMA.read_text(encoding="utf-8")
    con.execute(text[text.index("-- Public views"):])


def create_schema(con: duckdb.DuckDBPyConnection, *, is_sample: bool = False) -> None:
    """A new warehouse: the schema, the reference units of both maps, the crosswalk and the catalog."""
    con.execute(SCHEMA.read_text(encoding="utf-8"))
    for map_, name in (("old", "units_old.csv"), ("new", "units_new.csv")):
        con.execute(
            """
            INSERT INTO core.unit_versions
            SELECT ? || ':' || level || ':' || code, ?, level, code, name, NULLIF(type, ''),
                   NULLIF(province_code, ''), NULLIF(district_code, ''),
                   TRY_CAST(NULLIF(first_year, '') AS INTEGER), TRY_CAST(NULLIF(last_year, '') AS INTEGER),
                   'reference'
            FROM read_csv(?, all_varchar = true, header = true)
            """,
            [map_, map_, str(REFERENCE / name)],
        )
    con.execute(
        """
        INSERT INTO core.crosswalk
        SELECT NULLIF(old_commune_code, ''), old_commune_name, NULLIF(old_district_code, ''), old_district_name,
               NULLIF(old_province_code, ''), old_province_name, new_commune_code, new_commune_name,
               new_province_code, new_province_name, merge_class, merge_note, dvhcvn_type,
               TRY_CAST(NULLIF(old_splits, '') AS INTEGER)
        FROM read_csv(?, all_varchar = true, header = true)
        """,
        [str(REFERENCE / "crosswalk.csv")],
    )
    con.execute(
        """
        INSERT INTO core.families
        SELECT code, CAST(sort AS INTEGER), label_vi, label_en, color
        FROM read_csv(?, all_varchar = true, header = true)
        """,
        [str(DATA / "families.csv")],
    )
    con.execute(
        """
        INSERT INTO core.metrics
        SELECT code, CAST(sort AS INTEGER), family, kind, label_vi, label_en, short_vi, short_en,
               TRY_CAST(NULLIF(target, '') AS DOUBLE), lower(higher_is_better) = 'true'
        FROM read_csv(?, all_varchar = true, header = true)
        """,
        [str(DATA / "metrics.csv")],
    )
    now = datetime.now(UTC).isoformat(timespec="seconds")
    con.executemany(
        "INSERT INTO core.meta VALUES (?, ?)",
        [["schema_version", SCHEMA_VERSION], ["created_at", now], ["is_sample", "true" if is_sample else "false"]],
    )


@contextmanager
def writer_lock(target: Path) -> Iterator[None]:
    """One writer at a time per warehouse file (loads from two terminals queue up)."""
    lock_path = target.with_name(target.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.tmp(?:\.wal)?$")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


def remove_stale_copies(target: Path) -> list[Path]:
    """Working copies left by writers that died (kill -9, a power cut) before publishing: removed, so that
    they do not pile up beside the warehouse. A live writer's copy is left alone."""
    removed = []
    for path in target.parent.glob(f".{target.name}.*.tmp*"):
        m = _TEMP.match(path.name)
        if m and m.group("name") == target.name and int(m.group("pid")) != os.getpid() \
                and not _pid_alive(int(m.group("pid"))):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _keep_mode_and_owner(source: Path, copy: Path) -> None:
    """The published file keeps the old file's mode and owner (a dashboard running under another account
    must still be able to read it)."""
    try:
        st = source.stat()
    except FileNotFoundError:
        return
    os.chmod(copy, stat.S_IMODE(st.st_mode))
    try:
        os.chown(copy, st.st_uid, st.st_gid)
    except PermissionError:
        pass  # not ours to give away: the copy stays ours (documented in docs/loading.md)


class WarehouseIOError(Exception):
    """The warehouse (or the archive beside it) could not be written: a full disk, a read-only filesystem, a
    permission, a folder that vanished. The published file is exactly as it was and no working copy is left.
    ``vi``/``en`` name the warehouse (and the archive folder, when it was that) and the cause in one line."""

    def __init__(self, path: Path, cause: BaseException, archive: Path | None = None) -> None:
        self.path = Path(path)
        self.cause_vi, self.cause_en = io_cause(cause)
        where_vi = f" (thư mục lưu trữ {archive})" if archive else ""
        where_en = f" (its archive {archive})" if archive else ""
        self.vi = f"không ghi được kho dữ liệu {self.path}{where_vi}: {self.cause_vi}; kho dữ liệu vẫn như trước"
        self.en = f"could not write the warehouse {self.path}{where_en}: {self.cause_en}; the warehouse is unchanged"
        super().__init__(self.en)


_ERRNO_VI = {errno.ENOSPC: "ổ đĩa đã đầy", errno.EDQUOT: "đã hết dung lượng được cấp", errno.EROFS: "ổ đĩa chỉ cho đọc",
             errno.EACCES: "không có quyền ghi", errno.EPERM: "không có quyền ghi",
             errno.ENOENT: "thư mục hoặc tệp không còn tồn tại", errno.EIO: "lỗi đọc ghi của ổ đĩa"}
_TEXT_ERRNO = (("no space left", errno.ENOSPC), ("disk quota", errno.EDQUOT), ("read-only file system", errno.EROFS),
               ("permission denied", errno.EACCES), ("no such file or directory", errno.ENOENT))


def io_cause(exc: BaseException) -> tuple[str, str]:
    """(Vietnamese, English) for an OSError, or for DuckDB's I/O error (which carries only the system's text)."""
    code = getattr(exc, "errno", None)
    text = str(exc)
    if code not in _ERRNO_VI:
        code = next((c for words, c in _TEXT_ERRNO if words in text.lower()), None)
    en = os.strerror(code) if code is not None else (getattr(exc, "strerror", None) or text[:200].split("\n")[0])
    return _ERRNO_VI.get(code, f"lỗi hệ thống ({en})"), en  # type: ignore[arg-type]


# Faults of the disk, whoever meets them (Python, or DuckDB writing the working copy)
IO_ERRORS: tuple[type[BaseException], ...] = (OSError, duckdb.IOException)


_IO_TEXT = re.compile(r"no space left|disk quota|read-only file system|permission denied|i/o error|"
                      r"no such file or directory|could not (write|read|open|create|sync|truncate)|"
                      r"database has been invalidated", re.I)


def is_io_fault(exc: BaseException) -> bool:
    """An I/O fault: an OSError, DuckDB's I/O error, or another DuckDB error that a fault of the disk caused (a
    commit that could not write its log, a database invalidated after a failed write)."""
    return isinstance(exc, IO_ERRORS) or (isinstance(exc, duckdb.Error) and bool(_IO_TEXT.search(str(exc))))


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # a folder that vanished: nothing is left to remove


def publish(target: Path, build: Callable[[duckdb.DuckDBPyConnection], T], *, fresh: bool = False,
            is_sample: bool = False, before_replace: Callable[[T], None] | None = None) -> T:
    """Apply ``build`` to a copy of ``target`` (or a new warehouse) and publish the copy atomically.

    ``target`` may be a symbolic link: the real file is locked, copied and replaced, never the link. If
    ``build`` raises, the copy is deleted and ``target`` is exactly as it was. ``before_replace`` runs with the
    build's result once the copy is complete, just before it replaces ``target`` (the archive's journal is
    written there: if it fails, nothing is published). A fault of the disk anywhere (full, read-only, no
    permission, a vanished folder) raises ``WarehouseIOError``; the published file is as it was.
    """
    target = Path(os.path.realpath(target))
    try:
        with writer_lock(target):
            return _publish_locked(target, build, fresh, is_sample, before_replace)
    except WarehouseIOError:
        raise
    except Exception as exc:
        if is_io_fault(exc):
            raise WarehouseIOError(target, exc) from exc
        raise


def _publish_locked(target: Path, build: Callable[[duckdb.DuckDBPyConnection], T], fresh: bool, is_sample: bool,
                    before_replace: Callable[[T], None] | None) -> T:
    remove_stale_copies(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    try:
        if target.exists() and not fresh:
            shutil.copyfile(target, tmp)
            con = duckdb.connect(str(tmp))
            migrate(con)
        else:
            con = duckdb.connect(str(tmp))
            create_schema(con, is_sample=is_sample)
        try:
            result = build(con)
            refresh_views(con)
            con.execute("CHECKPOINT")
        except Unchanged as unchanged:
            return unchanged.result  # type: ignore[return-value]
        finally:
            con.close()
        _keep_mode_and_owner(target, tmp)
        if before_replace is not None:
            before_replace(result)
        os.replace(tmp, target)
        return result
    finally:
        _unlink_quietly(tmp)
        _unlink_quietly(tmp.with_name(tmp.name + ".wal"))


def file_version(path: Path) -> str:
    """Changes whenever a new warehouse is published at ``path`` (inode, size and mtime)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return "missing"
    return f"{st.st_ino}-{st.st_size}-{st.st_mtime_ns}"


READER_MEMORY = "128MB"  # DuckDB's own memory (buffers and the work of a query) per dashboard process


def reader_config() -> dict[str, str]:
    """The read-only connection's DuckDB settings: its memory bounded ($CAMPAIGN_DUCKDB_MEMORY, default 128MB;
    DuckDB's default is 80% of the machine's memory, for each process) and its threads ($CAMPAIGN_DUCKDB_THREADS,
    default DuckDB's: one a core). The dashboard's queries each read one unit's facts: far below the bound."""
    memory = os.environ.get("CAMPAIGN_DUCKDB_MEMORY", "").strip() or READER_MEMORY
    if not re.fullmatch(r"\d+(\.\d+)?\s*[KMGT]?i?B", memory, re.I):
        memory = READER_MEMORY  # not a size: the default rather than an SQL error on every page
    config = {"memory_limit": memory}
    threads = os.environ.get("CAMPAIGN_DUCKDB_THREADS", "").strip()
    if threads.isdigit() and int(threads) > 0:
        config["threads"] = threads
    return config


class ReadOnlyWarehouse:
    """A read-only connection that follows the file: when a new warehouse is published, the next query opens
    the new file, once the queries still running on the old one are done.

    Many threads (a process's sessions) share it: each query runs on a cursor of its own, taken under the lock,
    and the old connection is closed only when no cursor of it is running (DuckDB refuses to close a connection
    that another thread is using, and a new connection to the same path would reuse the old file's database
    while any connection to it is open)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Condition()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._version = ""
        self._running = 0  # cursors of self._con in use

    @property
    def exists(self) -> bool:
        return self.path.exists()

    def version(self) -> str:
        return file_version(self.path)

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        with self._lock:
            while self._con is None or self.version() != self._version:
                if self._running:  # queries on the old file finish first (new ones wait here, none start)
                    self._lock.wait()
                    continue
                if self._con is not None:
                    self._con.close()
                    self._con = None
                current = self.version()
                self._con = duckdb.connect(str(self.path), read_only=True)
                # set after connecting, not as connect()'s config: another connection of this process to the same
                # file (a test, the desk) opened without a config would be refused ("different configuration")
                for name, value in reader_config().items():
                    self._con.execute(f"SET {name} = '{value}'")  # names are ours; values from our environment
                self._version = current
            self._running += 1
            return self._con.cursor()

    def _done(self) -> None:
        with self._lock:
            self._running -= 1
            if not self._running:
                self._lock.notify_all()

    def query(self, sql: str, params: list[Any] | dict[str, Any] | None = None) -> pd.DataFrame:
        """Run one parameterised query on a cursor of its own (safe across Streamlit's threads)."""
        for attempt in (1, 2):
            cursor = self._cursor()
            try:
                return cursor.execute(sql, params or []).df()
            except duckdb.ConnectionException:
                if attempt == 2:
                    raise
            finally:
                cursor.close()
                self._done()
        raise AssertionError("unreachable")

    def close(self) -> None:
        with self._lock:
            while self._running:
                self._lock.wait()
            if self._con is not None:
                self._con.close()
                self._con = None
