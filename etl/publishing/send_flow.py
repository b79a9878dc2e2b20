"""Making templates and recording their sends in one step, for the command line and the desk alike."""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb

from etl.publishing.load import load_unit_index
from etl.publishing.scope import AccountScope
from etl.publishing.sends import record
from etl.publishing.templates import MadeTemplates, TemplateRefused, make_templates
from etl.reference.units import UnitIndex
from warehouse.db import publish


def send_templates(db: Path, scope: str, year: int, user: str | None, each_commune: bool = False,
                   reading: Path | None = None, account_scope: str | None = None) -> MadeTemplates:
    """The templates of ``scope`` for ``year`` (last year's figures from ``reading``, else ``db``), their sends
    recorded in ``db`` (made if missing) and its archive. ``account_scope``: a manager limited to a province or a
    district sends only inside it. TemplateRefused, SendRefused, WarehouseIOError."""
    source = reading if reading is not None and reading.exists() else db
    with tempfile.TemporaryDirectory(prefix="templates_") as tmp:
        has_figures = source.exists()
        if not has_figures:  # no warehouse yet: the reference units alone, no figures of last year
            source = Path(tmp) / "empty.duckdb"
            publish(source, lambda con: None, fresh=True)
        con = duckdb.connect(str(source), read_only=True)
        try:
            index = load_unit_index(con)
            made = make_templates(index, con if has_figures else None, scope, year, each_commune)
            if account_scope:
                _inside(AccountScope.build(account_scope, con), made, index)
        finally:
            con.close()
    record(db, made, user)
    return made


def _inside(account: AccountScope, made: MadeTemplates, index: UnitIndex) -> None:
    for s in made.sent:
        if not account.contains(index.describe(s.plan.unit.unit_key, s.plan.year)):
            raise TemplateRefused(f"{s.plan.unit.name} ngoài phạm vi của tài khoản ({account.name}): không gửi",
                                  f"{s.plan.unit.name} is outside the account's scope ({account.name})")
