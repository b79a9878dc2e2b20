"""Taking a load back: its figures and register items removed, the values it had replaced restored, and the undo
recorded (who, when, how much). Published atomically like a load (warehouse.db.publish).

A load L replaced some values (``fact_history.superseded_by = L``). Undoing L:
- where L's value is still current, the value L replaced comes back (or, if L was first, the figure goes);
- where a later load L2 already replaced L's value, L's value leaves the history and the value L had replaced
  is now the one L2 replaced (its ``superseded_by`` becomes L2): as if L had never been loaded;
- register items the same way (``models_history``, ``commendations_history``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from etl.publishing.archive import Archive, archive_dir
from warehouse.db import publish
from warehouse.levels import refresh_summary, summary_is_current

_KEY = "h.unit_key = x.unit_key AND h.year = x.year AND h.metric = x.metric"


class UndoRefused(Exception):
    """The load cannot be undone; ``vi``/``en`` say why."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi, self.en = vi, en


@dataclass
class UndoOutcome:
    undo_id: int
    load_id: int
    file_name: str
    facts_removed: int
    facts_restored: int
    items_removed: int
    items_restored: int


def undo_load(db: Path, load_id: int, user: str | None = None, *, only_by: str | None = None,
              archive: Path | None | bool = None, at: datetime | None = None) -> UndoOutcome:
    """Undo load ``load_id`` in the warehouse ``db``; raises ``UndoRefused`` (warehouse unchanged), or
    ``WarehouseIOError`` when the disk fails (warehouse unchanged). ``only_by``: a scoped manager may undo only
    the loads they published. The undo is written in the archive's journal (etl.publishing.archive) before it is published;
    ``at``: the time recorded (a rebuild from the archive), else now."""
    keeper = None if archive is False else Archive(archive if isinstance(archive, Path) else archive_dir(db))
    when = at or datetime.now(UTC).replace(tzinfo=None)

    def journal(done: UndoOutcome) -> None:
        if keeper is not None:
            keeper.append({"kind": "undo", "load_id": done.load_id, "undo_id": done.undo_id, "user": user,
                           "at": when.isoformat()})

    return publish(db, lambda con: _undo(con, load_id, user, only_by, when), before_replace=journal)


def _undo(con: duckdb.DuckDBPyConnection, load_id: int, user: str | None, only_by: str | None = None,
          when: datetime | None = None) -> UndoOutcome:
    row = con.execute("SELECT file_name, status, undone_by, loaded_by FROM core.loads WHERE load_id = ?",
                      [load_id]).fetchone()
    if row is None:
        raise UndoRefused(f"Không có lần nạp số {load_id}", f"no load {load_id}")
    file_name, status, undone_by, loaded_by = row
    if only_by is not None and (loaded_by or "") != only_by:
        raise UndoRefused(f"Lần nạp {load_id} ({file_name}) do người khác nạp: tài khoản có phạm vi chỉ hoàn tác "
                          "được lần nạp của mình",
                          f"load {load_id} ({file_name}) was published by someone else: a scoped account may undo "
                          "only its own loads")
    if undone_by is not None:
        raise UndoRefused(f"Lần nạp {load_id} ({file_name}) đã được hoàn tác (lần {undone_by})",
                          f"load {load_id} ({file_name}) was already undone (by {undone_by})")
    if status not in ("loaded", "loaded_with_rejects"):
        raise UndoRefused(f"Lần nạp {load_id} ({file_name}) không nạp số liệu nào (tình trạng: {status})",
                          f"load {load_id} ({file_name}) loaded nothing (status {status})")
    summary_current = summary_is_current(con)
    years = {int(y) for (y,) in con.execute(
        "SELECT DISTINCT year FROM core.facts WHERE load_id = ? UNION SELECT DISTINCT year FROM core.fact_history "
        "WHERE superseded_by = ? OR load_id = ?", [load_id, load_id, load_id]).fetchall()}
    con.execute("BEGIN TRANSACTION")
    try:
        facts_removed, facts_restored = _undo_facts(con, load_id)
        items_removed = items_restored = 0
        for register in ("models", "commendations"):
            removed, restored = _undo_items(con, register, load_id)
            items_removed += removed
            items_restored += restored
        undo_id = con.execute("SELECT nextval('core.load_id_seq')").fetchone()[0]  # type: ignore[index]
        con.execute("INSERT INTO core.undos VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [undo_id, load_id, when or datetime.now(UTC).replace(tzinfo=None), user, facts_removed,
                     facts_restored, items_removed, items_restored])
        con.execute("UPDATE core.loads SET undone_by = ? WHERE load_id = ?", [undo_id, load_id])
        refresh_summary(con, years, summary_current)  # the levels' figures of the years whose facts changed
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return UndoOutcome(undo_id, load_id, file_name, facts_removed, facts_restored, items_removed, items_restored)


def _undo_facts(con: duckdb.DuckDBPyConnection, load_id: int) -> tuple[int, int]:
    fact_columns = [c[0] for c in con.execute("DESCRIBE core.facts").fetchall()]
    removed = con.execute("SELECT count(*) FROM core.facts WHERE load_id = ?", [load_id]).fetchone()[0]  # type: ignore[index]
    # L's values a later load replaced: the value L had replaced is now the one that later load replaced
    con.execute(f"""
        UPDATE core.fact_history h SET superseded_by = x.superseded_by
        FROM core.fact_history x WHERE h.superseded_by = ? AND x.load_id = ? AND {_KEY}
    """, [load_id, load_id])
    con.execute("DELETE FROM core.fact_history WHERE load_id = ?", [load_id])
    # L's values still current: the value L replaced comes back
    restored = con.execute("SELECT count(*) FROM core.fact_history WHERE superseded_by = ?", [load_id]).fetchone()[0]  # type: ignore[index]
    columns = ", ".join(fact_columns)
    con.execute("DELETE FROM core.facts WHERE load_id = ?", [load_id])
    con.execute(f"INSERT INTO core.facts SELECT {columns} FROM core.fact_history WHERE superseded_by = ?",
                [load_id])
    con.execute("DELETE FROM core.fact_history WHERE superseded_by = ?", [load_id])
    return int(removed), int(restored)


def _undo_items(con: duckdb.DuckDBPyConnection, register: str, load_id: int) -> tuple[int, int]:
    table, history = f"core.{register}", f"core.{register}_history"  # two constant names
    columns = ", ".join(c[0] for c in con.execute(f"DESCRIBE {table}").fetchall())
    removed = con.execute(f"SELECT count(*) FROM {table} WHERE load_id = ?", [load_id]).fetchone()[0]  # type: ignore[index]
    later = con.execute(f"SELECT DISTINCT scope_key, year, superseded_by FROM {history} WHERE load_id = ?",
                        [load_id]).fetchall()
    for scope_key, year, by in later:  # L's items a later register replaced
        con.execute(f"UPDATE {history} SET superseded_by = ? WHERE superseded_by = ? AND scope_key = ? AND year = ?",
                    [by, load_id, scope_key, year])
    con.execute(f"DELETE FROM {history} WHERE load_id = ?", [load_id])
    restored = con.execute(f"SELECT count(*) FROM {history} WHERE superseded_by = ?", [load_id]).fetchone()[0]  # type: ignore[index]
    con.execute(f"DELETE FROM {table} WHERE load_id = ?", [load_id])
    con.execute(f"INSERT INTO {table} SELECT {columns} FROM {history} WHERE superseded_by = ?", [load_id])
    con.execute(f"DELETE FROM {history} WHERE superseded_by = ?", [load_id])
    return int(removed), int(restored)
