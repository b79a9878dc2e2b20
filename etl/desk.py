"""The data desk's dry run: what a file would load, without touching the warehouse.

For one file: how each sheet was read, the year and unit found (or given), the figures it would load, its
rejects and unmapped columns, its cell ledger, what it would supersede (old value → new value, with the file
that gave the old one) and the quality checks worth a look before publishing:
- a commune's rate that moves more than ``JUMP`` points from its own last year;
- a commune's rate far outside the spread of the other units of the file;
- a reported total (the district's or province's own row) that differs from the sum of its units;
- a report that is all zeros.
Warnings never block; they are marked on the annotated copy too. Publishing is the CLI's path (etl.load).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median, quantiles

import duckdb
import pandas as pd

from etl.annotate import Mark
from etl.catalog import Catalog, default_catalog
from etl.load import load_unit_index, sha256_of
from etl.parse import parse_file
from etl.records import Fact, ParsedFile
from etl.units import UnitIndex

JUMP = 15.0  # points a rate may move from the unit's own last year before it is worth a look
FAR = 10.0  # points from the median, beyond the usual spread of the file's units
_lock = threading.Lock()  # the unit index is shared: one dry run at a time adds (and removes) its agencies


@dataclass
class DryRun:
    path: Path
    parsed: ParsedFile
    facts: pd.DataFrame  # the figures it would load, with official names and the cell each comes from
    supersedes: pd.DataFrame  # old value → new value, and the file that gave the old one
    warnings: list[Mark] = field(default_factory=list)
    already_loaded: int | None = None  # the load that had the same content

    @property
    def refused(self) -> bool:
        return self.parsed.refused is not None


def open_index(db: Path) -> UnitIndex:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return load_unit_index(con)
    finally:
        con.close()


def dry_run(db: Path, path: Path, index: UnitIndex, *, year: int | None = None, unit: str | None = None,
            catalog: Catalog | None = None) -> DryRun:
    """Parse ``path`` as a load would, against the warehouse ``db`` (read-only), and check it."""
    catalog = catalog or default_catalog()
    with _lock:
        parsed = parse_file(path, index, catalog, year, unit)
        try:
            facts = _facts_frame(parsed.facts, index, catalog)
        finally:
            for v in parsed.new_units:  # leave the shared index as it was: a dry run adds nothing
                index.by_key.pop(v.unit_key, None)
    run = DryRun(path, parsed, facts, pd.DataFrame())
    if run.refused or not db.exists():
        return run
    con = duckdb.connect(str(db), read_only=True)
    try:
        digest = sha256_of(path)
        columns = {c[0] for c in con.execute("DESCRIBE core.loads").fetchall()}
        not_undone = "AND undone_by IS NULL" if "undone_by" in columns else ""  # (a warehouse before undo)
        row = con.execute("SELECT load_id FROM core.loads WHERE sha256 = ? AND status IN ('loaded', "
                          f"'loaded_with_rejects') {not_undone} ORDER BY load_id DESC LIMIT 1", [digest]).fetchone()
        run.already_loaded = row[0] if row else None
        current = _current(con, facts)
    finally:
        con.close()
    run.supersedes = _supersedes(facts, current)
    run.warnings = _checks(facts, current, catalog)
    return run


def _facts_frame(facts: list[Fact], index: UnitIndex, catalog: Catalog) -> pd.DataFrame:
    rows = []
    for f in facts:
        d = index.describe(f.unit_key, f.year)
        rows.append({"unit_key": f.unit_key, "unit_name": d["unit_name"], "unit_level": d["unit_level"],
                     "year": f.year, "metric": f.metric, "metric_label": catalog.metrics[f.metric].label_vi,
                     "kind": catalog.kind(f.metric), "value": f.value, "qualifier": f.qualifier,
                     "numerator": f.numerator, "denominator": f.denominator, "sheet": f.sheet, "cell": f.cell})
    columns = ["unit_key", "unit_name", "unit_level", "year", "metric", "metric_label", "kind", "value",
               "qualifier", "numerator", "denominator", "sheet", "cell"]
    return pd.DataFrame(rows, columns=columns)


def _current(con: duckdb.DuckDBPyConnection, facts: pd.DataFrame) -> pd.DataFrame:
    """The warehouse's current figures of the file's units, for its years and the year before."""
    if facts.empty:
        return pd.DataFrame(columns=["unit_key", "year", "metric", "value", "source_file", "source_cell"])
    years = sorted({int(y) for y in facts["year"]} | {int(y) - 1 for y in facts["year"]})
    return con.execute(
        "SELECT unit_key, year, metric, value, source_file, source_cell FROM core.facts "
        "WHERE unit_key IN (SELECT unnest(?)) AND year IN (SELECT unnest(?))",
        [sorted(set(facts["unit_key"])), years],
    ).df()


def _supersedes(facts: pd.DataFrame, current: pd.DataFrame) -> pd.DataFrame:
    merged = facts.merge(current, on=["unit_key", "year", "metric"], suffixes=("", "_old"))
    changed = merged[(merged["value"] - merged["value_old"]).abs() > 1e-9]
    return changed[["unit_name", "year", "metric_label", "value_old", "value", "source_file", "source_cell",
                    "sheet", "cell"]].reset_index(drop=True)


def _num(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def _checks(facts: pd.DataFrame, current: pd.DataFrame, catalog: Catalog) -> list[Mark]:
    if facts.empty:
        return []
    out: list[Mark] = []
    rates = facts[(facts["kind"] == "pct") & (facts["unit_level"] == "commune")]
    last = current.rename(columns={"value": "last_value", "year": "last_year"})
    prior = rates.assign(last_year=rates["year"] - 1).merge(last, on=["unit_key", "last_year", "metric"])
    for r in prior.itertuples():
        if abs(r.value - r.last_value) > JUMP:
            out.append(Mark(r.sheet, r.cell, _num(r.value), f"“{r.metric_label}” của {r.unit_name}: "
                            f"{_num(r.last_value)}% năm {r.last_year} → {_num(r.value)}% năm {r.year}, thay đổi "
                            f"{_num(round(abs(r.value - r.last_value), 1))} điểm: kiểm tra lại", "cảnh báo"))
    for _, group in rates.groupby(["metric", "year"]):
        if len(group) < 5:
            continue
        q1, _, q3 = quantiles(group["value"], n=4)
        mid, spread = median(group["value"]), q3 - q1
        for r in group.itertuples():
            if (r.value < q1 - 1.5 * spread or r.value > q3 + 1.5 * spread) and abs(r.value - mid) >= FAR:
                out.append(Mark(r.sheet, r.cell, _num(r.value), f"“{r.metric_label}” của {r.unit_name} "
                                f"({_num(r.value)}%) khác xa các đơn vị khác của tệp (trung vị {_num(mid)}%): "
                                "kiểm tra lại", "cảnh báo"))
    totals = facts[facts["unit_level"].isin(["district", "province"]) & (facts["kind"] == "count")]
    parts = facts[facts["unit_level"].isin(["commune", "district"]) & (facts["kind"] == "count")]
    for r in totals.itertuples():
        below = parts[(parts["metric"] == r.metric) & (parts["year"] == r.year) & (parts["unit_key"] != r.unit_key)
                      & (parts["unit_level"] != r.unit_level)]
        if len(below) >= 2 and abs(below["value"].sum() - r.value) > 1e-9:
            out.append(Mark(r.sheet, r.cell, _num(r.value), f"Tổng báo cáo “{r.metric_label}” ({_num(r.value)}) "
                            f"khác tổng {len(below)} đơn vị trong tệp ({_num(below['value'].sum())}): vẫn nạp cả "
                            "hai, nên kiểm tra lại", "cảnh báo"))
    if len(facts) >= 3 and (facts["value"] == 0).all():
        first = facts.iloc[0]
        out.append(Mark(first["sheet"], first["cell"], "0", f"Mọi số liệu của tệp ({len(facts)}) đều bằng 0: có thể "
                        "là mẫu trống chưa điền", "cảnh báo"))
    return out
