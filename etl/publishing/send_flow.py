"""Making templates and recording their sends in one step, for the command line and the desk alike."""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb

from etl.publishing.load import load_unit_index
from etl.publishing.sends import record
from etl.publishing.templates import MadeTemplates, make_templates
from warehouse.db import publish


def send_templates(db: Path, scope: str, year: int, user: str | None, each_commune: bool = False,
                   reading: Path | None = None) -> MadeTemplates:
    """The templates of ``scope`` for ``year`` (last year's figures from ``reading``, else ``db``), their sends
    recorded in ``db`` (made if missing) and its archive. TemplateRefused, SendRefused, WarehouseIOError."""
    source = reading if reading is not None and reading.exists() else db
    if source.exists():
        con = duckdb.connect(str(source), read_only=True)
        try:
            made = make_templates(load_unit_index(con), con, scope, year, each_commune)
        finally:
            con.close()
    else:  # no warehouse yet: the reference units alone, no figures of last year
        with tempfile.TemporaryDirectory(prefix="templates_") as tmp:
            empty = Path(tmp) / "empty.duckdb"
            publish(empty, lambda con: None, fresh=True)
            con = duckdb.connect(str(empty), read_only=True)
            try:
                made = make_templates(load_unit_index(con), None, scope, year, each_commune)
            finally:
                con.close()
    record(db, made, user)
    return made
