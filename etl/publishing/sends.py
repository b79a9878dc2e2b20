"""The registry of templates sent (issue #27): who received which template, when, and whether it came back.

A send is state of the product like a load: it is written into the warehouse (``core.template_sends``) by an
atomic publish (warehouse.db.publish), its line appended to the archive's journal before the publish replaces
the warehouse (``{"kind": "send", "user", "at", "sends": [...]}``), and every workbook sent kept in the archive
by its content, as files received are (etl.publishing.archive). ``python -m etl rebuild`` replays the sends in
their place among the loads and undos, so a rebuilt warehouse knows what was sent; a backup copies them with the
rest. A returned template marks its send as received: the load that read it writes ``core.template_receipts``
(etl.publishing.load), and a send counts as received while one of its loads is in force (an undo takes it back).
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

import duckdb

from etl.publishing.archive import Archive, archive_dir
from etl.publishing.load import sha256_of
from etl.publishing.templates import MadeTemplates
from warehouse.db import publish

_COLUMNS = ("send_id", "template_version", "year", "map", "unit_key", "unit_code", "unit_name", "file_name",
            "sha256", "unit_rows", "sent_at", "sent_by")


class SendRefused(ValueError):
    """The registry cannot be written there (the sample warehouse); ``vi``/``en`` say why."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi, self.en = vi, en


def send_records(made: MadeTemplates, digests: list[str]) -> list[dict[str, object]]:
    from etl.tables.fingerprint import TEMPLATE_VERSION

    return [{"send_id": s.plan.send_id, "template_version": TEMPLATE_VERSION, "year": s.plan.year,
             "map": s.plan.unit.map, "unit_key": s.plan.unit.unit_key, "unit_code": s.plan.unit.code,
             "unit_name": s.plan.unit.name, "file_name": s.plan.file_name, "sha256": d, "unit_rows": s.rows}
            for s, d in zip(made.sent, digests, strict=True)]


def record(db: Path, made: MadeTemplates, user: str | None, *, archive: Path | None | bool = None) -> int:
    """Record the sends of ``made`` in the warehouse ``db`` (made if missing) and its archive's journal; the
    workbooks are kept in the archive. The number of sends recorded."""
    keeper = None if archive is False else Archive(archive if isinstance(archive, Path) else archive_dir(db))
    digests = []
    with tempfile.TemporaryDirectory(prefix="sends_") as tmp:
        for s in made.sent:
            path = Path(tmp) / s.plan.file_name
            path.write_bytes(s.content)
            digest = sha256_of(path)
            digests.append(digest)
            if keeper is not None:
                keeper.keep(path, digest)
    records = send_records(made, digests)
    return replay(db, records, user, made.sent_at, keeper)


def replay(db: Path, records: list[dict[str, object]], user: str | None, at: datetime,
           keeper: Archive | None = None) -> int:
    """Write the sends ``records`` (as the journal keeps them) into ``db``: a send, or a rebuild's replay."""
    if _is_sample(db):
        raise SendRefused("Kho dữ liệu mẫu không ghi việc gửi biểu mẫu", "the sample warehouse records no sends")

    def build(con: duckdb.DuckDBPyConnection) -> int:
        rows = [[r.get(c) for c in _COLUMNS[:-2]] + [at, user] for r in records]
        con.executemany(f"INSERT INTO core.template_sends ({', '.join(_COLUMNS)}) VALUES "
                        f"({', '.join('?' for _ in _COLUMNS)})", rows)  # the column names are constants
        return len(rows)

    def journal(_: int) -> None:
        if keeper is not None:
            keeper.append({"kind": "send", "user": user, "at": at.isoformat(), "sends": records})

    return publish(db, build, fresh=not os.path.exists(db), before_replace=journal)


def _is_sample(db: Path) -> bool:
    if not Path(db).exists():
        return False
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT value FROM core.meta WHERE key = 'is_sample'").fetchone()
    finally:
        con.close()
    return bool(row and row[0] == "true")
