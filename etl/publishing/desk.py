"""The data desk's dry run: what a file would load, without touching the warehouse.

For one file: how each sheet was read, the year and unit found (or given), the figures it would load, its
rejects and unmapped columns, its cell ledger, what it would supersede (old value → new value, with the file
that gave the old one) and the quality checks worth a look before publishing:
- a commune's rate that moves more than ``JUMP`` points from its own last year;
- a commune's rate far outside the spread of the other units of the file;
- a reported total (the district's or province's own row) that differs from the sum of its units;
- a report that is all zeros.
Warnings never block; they are marked on the annotated copy too. Publishing is the CLI's path (etl.publishing.load).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median, quantiles

import duckdb
import pandas as pd

from etl.publishing.annotate import Mark
from etl.publishing.batch import claims_of, claims_table, conflict_reject, disputed_keys, first_copies
from etl.publishing.load import load_unit_index, loaded_digests, parse_for_load, sha256_of
from etl.publishing.receipts import check_returned
from etl.publishing.scope import AccountScope
from etl.reference import bounds
from etl.reference.catalog import Catalog, default_catalog
from etl.reference.units import UnitIndex
from etl.tables.records import Fact, ParsedFile, Reject

JUMP = 15.0  # points a rate may move from the unit's own last year before it is worth a look
FAR = 10.0  # points from the median, beyond the usual spread of the file's units
FEW = 2.0  # members (of a rate's denominator) a change or a gap must amount to before it is worth a look
_lock = threading.Lock()  # the unit index is shared: one dry run at a time adds (and removes) its agencies


@dataclass
class DryRun:
    path: Path
    parsed: ParsedFile
    facts: pd.DataFrame  # the figures it would load, with official names and the cell each comes from
    supersedes: pd.DataFrame  # old value → new value, and the file that gave the old one
    warnings: list[Mark] = field(default_factory=list)
    already_loaded: int | None = None  # the load that had the same content
    digest: str = ""
    copy_of: str | None = None  # the file of the batch with the same bytes (this one loads nothing)
    conflicts: list[Reject] = field(default_factory=list)  # its figures another file of the batch gives otherwise
    conflict_cells: dict[str, int] = field(default_factory=dict)  # their cells, per sheet (fact → reject)
    conflict_keys: set[tuple[str, int, str]] = field(default_factory=set)

    @property
    def loading(self) -> pd.DataFrame:
        """The figures a publish would load: those of ``facts`` no other file of the batch disputes."""
        if not self.conflict_keys or self.facts.empty:
            return self.facts
        keys = list(zip(self.facts["unit_key"], self.facts["year"], self.facts["metric"], strict=True))
        return self.facts[[k not in self.conflict_keys for k in keys]]

    @property
    def refused(self) -> bool:
        return self.parsed.refused is not None

    @property
    def publishable(self) -> bool:
        """A publish would write something of it (not refused, not a copy, not loaded already)."""
        return not self.refused and self.copy_of is None and self.already_loaded is None


@dataclass
class Overlap:
    """Two files of a batch that give some of the same figures."""

    first: int  # positions in the batch
    second: int
    same: int  # figures both give alike: one fact
    different: int  # figures they give differently: neither loads
    examples: list[str] = field(default_factory=list)  # "Xã Long Sơn, Tổng số mô hình: 7 / 9"


@dataclass
class BatchReview:
    """What the batch as a whole does, beyond each file: copies, overlapping pairs, the figures a conflict keeps
    out (already in each run's ``conflicts``)."""

    overlaps: list[Overlap] = field(default_factory=list)

    @property
    def conflicts(self) -> int:
        return sum(o.different for o in self.overlaps)


def open_index(db: Path) -> UnitIndex:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return load_unit_index(con)
    finally:
        con.close()


def account_scope(db: Path, scope: str | None) -> AccountScope | None:
    """The account's scope (etl.publishing.scope) read against the warehouse ``db``; None for an unscoped account."""
    if not scope:
        return None
    con = duckdb.connect(str(db), read_only=True)
    try:
        return AccountScope.build(scope, con)
    finally:
        con.close()


def dry_run(db: Path, path: Path, index: UnitIndex, *, year: int | None = None, unit: str | None = None,
            catalog: Catalog | None = None, account: AccountScope | None = None) -> DryRun:
    """Parse ``path`` as a load would (etl.publishing.load.parse_for_load: the account's scope applied), against the
    warehouse ``db`` (read-only), and check it."""
    catalog = catalog or default_catalog()
    with _lock:
        parsed = parse_for_load(path, index, catalog, year, unit, account)
        if parsed.template is not None and db.exists():  # as the load will: against the sends
            con = duckdb.connect(str(db), read_only=True)
            try:
                check_returned(con, parsed)
            finally:
                con.close()
        try:
            facts = _facts_frame(parsed.facts, index, catalog)
        finally:
            for v in parsed.new_units:  # leave the shared index as it was: a dry run adds nothing
                index.by_key.pop(v.unit_key, None)
    run = DryRun(path, parsed, facts, pd.DataFrame(), digest=sha256_of(path))
    if run.refused or not db.exists():
        return run
    con = duckdb.connect(str(db), read_only=True)
    try:
        columns = {c[0] for c in con.execute("DESCRIBE core.loads").fetchall()}
        if "undone_by" in columns:
            run.already_loaded = loaded_digests(con, [run.digest]).get(run.digest) if run.digest else None
        else:  # a warehouse before undo
            row = con.execute("SELECT max(load_id) FROM core.loads WHERE sha256 = ? AND status IN ('loaded', "
                              "'loaded_with_rejects')", [run.digest]).fetchone()
            run.already_loaded = row[0] if row else None
        current = _current(con, facts)
    finally:
        con.close()
    run.supersedes = _supersedes(facts, current)
    run.warnings = _checks(facts, current, catalog)
    return run


def review_batch(runs: list[DryRun], catalog: Catalog | None = None) -> BatchReview:
    """The batch as the publish will take it (etl.publishing.batch, the same functions): a file with the bytes of an earlier
    one is its copy; figures two files give differently are conflicts (each run's ``conflicts``, with the reject
    the publish will write); the pairs of files that overlap, for the desk to offer taking one out."""
    catalog = catalog or default_catalog()
    for run in runs:
        run.copy_of, run.conflicts, run.conflict_cells, run.conflict_keys = None, [], {}, set()
    for copy, first in first_copies([r.digest for r in runs], [r.path.name for r in runs]).items():
        runs[copy].copy_of = runs[first].path.name
    taking = [i for i, r in enumerate(runs) if r.publishable and not r.facts.empty]
    claims = claims_table((i, runs[i].path.name, _claim_rows(runs[i].facts)) for i in taking)
    disputed = disputed_keys(claims)
    review = BatchReview()
    shared: dict[tuple[int, int], list[tuple[str, bool]]] = {}
    repeated = _repeated_keys(claims)
    for key, found in claims_of(claims, repeated).items():
        owners = sorted({c.owner for c, _ in found})
        says = {c.owner: (row["value_text"], row["value"], row["qualifier"]) for c, row in found}
        name = next(str(row["unit_name"]) for _, row in found)
        label = catalog.metrics[key[2]].label_vi
        for i, a in enumerate(owners):
            for b in owners[i + 1:]:
                differ = says[a][1:] != says[b][1:]
                shared.setdefault((a, b), []).append((f"{name}, {label}: {says[a][0]} / {says[b][0]}", differ))
        if key in disputed:
            others = [c for c, _ in found]
            for claim, row in found:
                run = runs[claim.owner]
                run.conflicts.append(conflict_reject(claim, row, others, label))
                run.conflict_keys.add(key)
                run.conflict_cells[claim.sheet or ""] = run.conflict_cells.get(claim.sheet or "", 0) + claim.cells
    for (a, b), items in sorted(shared.items()):
        different = [text for text, differ in items if differ]
        review.overlaps.append(Overlap(a, b, len(items) - len(different), len(different),
                                       (different or [text for text, _ in items])[:5]))
    return review


def _claim_rows(facts: pd.DataFrame):  # noqa: ANN202 - a pyarrow.Table
    import pyarrow as pa

    return pa.table({
        "unit_key": facts["unit_key"].astype(str).tolist(), "year": facts["year"].astype(int).tolist(),
        "metric": facts["metric"].astype(str).tolist(), "value": facts["value"].astype(float).tolist(),
        "qualifier": [q if isinstance(q, str) else None for q in facts["qualifier"]],
        "unit_name": facts["unit_name"].astype(str).tolist(), "source_sheet": facts["sheet"].astype(str).tolist(),
        "source_row": [int(r) for r in facts["row"]], "source_cell": facts["cell"].astype(str).tolist(),
        "value_text": facts["value_text"].astype(str).tolist(), "source_cells": [int(c) for c in facts["cells"]]})


def _repeated_keys(claims) -> set[tuple[str, int, str]]:  # noqa: ANN001
    import pyarrow.compute as pc

    if claims.num_rows < 2:
        return set()
    counted = claims.group_by(["unit_key", "year", "metric"]).aggregate([("owner", "count_distinct")])
    counted = counted.filter(pc.greater(counted.column("owner_count_distinct"), 1))
    return set(zip(counted.column("unit_key").to_pylist(), counted.column("year").to_pylist(),
                   counted.column("metric").to_pylist(), strict=True))


def _facts_frame(facts: list[Fact], index: UnitIndex, catalog: Catalog) -> pd.DataFrame:
    rows = []
    for f in facts:
        d = index.describe(f.unit_key, f.year)
        rows.append({"unit_key": f.unit_key, "unit_name": d["unit_name"], "unit_level": d["unit_level"],
                     "year": f.year, "metric": f.metric, "metric_label": catalog.metrics[f.metric].label_vi,
                     "kind": catalog.kind(f.metric), "value": f.value, "qualifier": f.qualifier,
                     "numerator": f.numerator, "denominator": f.denominator, "sheet": f.sheet, "cell": f.cell,
                     "row": f.row, "value_text": f.value_text, "cells": f.cells,
                     "province_code": d["province_code"], "district_code": d["district_code"]})
    columns = ["unit_key", "unit_name", "unit_level", "year", "metric", "metric_label", "kind", "value",
               "qualifier", "numerator", "denominator", "sheet", "cell", "row", "value_text", "cells",
               "province_code", "district_code"]
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


def _rate(x: float) -> str:
    """A rate as everywhere: one decimal, a decimal comma ("99,0%")."""
    return f"{x:.1f}%".replace(".", ",")


def _children(total: object, facts: pd.DataFrame) -> pd.DataFrame:
    """The figures of the file that a unit's total covers: its direct units (a district's communes, a
    province's districts — or its communes on today's map, which has no districts) and the agencies and blocks
    listed under it ("Khối cơ quan huyện": units of their own under the unit's key); units under a commune
    ("Trong đó" rows) are the commune's, counted in the commune's figure, not again."""
    key, level = str(total.unit_key), str(total.unit_level)  # type: ignore[attr-defined]
    code = key.rsplit(":", 1)[-1]
    mine = facts["unit_key"].str.startswith(key + "/")  # an agency or a block listed under the unit
    if level == "district":
        mine |= (facts["unit_level"] == "commune") & (facts["district_code"] == code)
    elif level == "province":
        below = "district" if key.startswith("old:") else "commune"
        mine |= (facts["unit_level"] == below) & (facts["province_code"] == code)
    return facts[mine & (facts["unit_key"] != key)]


def _agrees(total: bounds.Interval, parts: list[bounds.Interval]) -> bool:
    """Can the total be the sum of the parts? Each a number or a bound (etl.reference.bounds), "khoảng" within a tenth: the
    total's interval and the sum's meet."""
    def ends(i: bounds.Interval) -> tuple[float, float]:
        slack = abs(i.lo) * 0.1 if i.approx else 0.0
        return i.lo - slack, i.hi + slack

    t_lo, t_hi = ends(total)
    s_lo, s_hi = sum(ends(p)[0] for p in parts), sum(ends(p)[1] for p in parts)
    s_lo_open, s_hi_open = any(p.lo_open for p in parts), any(p.hi_open for p in parts)
    lo, lo_open = max((t_lo, total.lo_open), (s_lo, s_lo_open))
    hi, hi_open = min((t_hi, total.hi_open), (s_hi, s_hi_open), key=lambda e: (e[0], not e[1]))
    return hi - lo > 1e-9 or (abs(hi - lo) <= 1e-9 and not lo_open and not hi_open)


def total_mismatches(facts: pd.DataFrame, catalog: Catalog) -> list[Mark]:
    """A reported total (a district's or province's own row) against the sum of the units it covers in the file
    (``_children``), for the counts that add up (the catalog's ``adds_up``: models, commendations, articles — not
    the plans each level issues itself). A bound is a bound: a total "trên 100" agrees with any sum above 100, a
    sum with a "trên" part is at least that much. Only where the file gives at least two such units."""
    out: list[Mark] = []
    for r in facts[facts["unit_level"].isin(["district", "province"])].itertuples():
        metric = catalog.metrics.get(str(r.metric))
        if metric is None or not metric.adds_up:
            continue
        parts = _children(r, facts)
        parts = parts[(parts["metric"] == r.metric) & (parts["year"] == r.year)]
        if len(parts) < 2:
            continue
        total, lower = float(r.value), float(parts["value"].sum())
        if _agrees(bounds.interval(total, r.qualifier, "count"),
                   [bounds.interval(v, q, "count") for v, q in zip(parts["value"], parts["qualifier"], strict=True)]):
            continue
        counted = f"{len(parts)} đơn vị trong tệp"
        out.append(Mark(r.sheet, r.cell, _num(total), f"Tổng báo cáo “{r.metric_label}” ({_num(total)}) khác tổng "
                        f"{counted} ({_num(lower)}): vẫn nạp cả hai, nên kiểm tra lại", "cảnh báo", "total_mismatch",
                        f"reported total “{r.metric_label}” ({total:g}) differs from the sum of the file's "
                        f"{len(parts)} units ({lower:g}); both loaded"))
    return out


def _few(points: float, denominator: object) -> bool:
    """A gap of ``points`` in a rate over ``denominator`` members that is fewer than two of them: one party cell
    of eight (87,5% beside the others' 100%) is no anomaly worth a look. False when the count is not known."""
    try:
        den = float(denominator)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return den > 0 and points / 100.0 * den < FEW


def _checks(facts: pd.DataFrame, current: pd.DataFrame, catalog: Catalog) -> list[Mark]:
    if facts.empty:
        return []
    out: list[Mark] = []
    rates = facts[(facts["kind"] == "pct") & (facts["unit_level"] == "commune")]
    last = current.rename(columns={"value": "last_value", "year": "last_year"})
    prior = rates.assign(last_year=rates["year"] - 1).merge(last, on=["unit_key", "last_year", "metric"])
    for r in prior.itertuples():
        if abs(r.value - r.last_value) > JUMP and not _few(abs(r.value - r.last_value), r.denominator):
            out.append(Mark(r.sheet, r.cell, _num(r.value), f"“{r.metric_label}” của {r.unit_name}: "
                            f"{_rate(r.last_value)} năm {r.last_year} → {_rate(r.value)} năm {r.year}, thay đổi "
                            f"{_rate(abs(r.value - r.last_value))[:-1]} điểm: kiểm tra lại", "cảnh báo",
                            "rate_jump", f"“{r.metric_label}” of {r.unit_name}: {r.last_value:g}% in {r.last_year} → "
                            f"{r.value:g}% in {r.year}, a change of {abs(r.value - r.last_value):.1f} points"))
    for _, group in rates.groupby(["metric", "year"]):
        if len(group) < 5:
            continue
        q1, _, q3 = quantiles(group["value"], n=4)
        mid, spread = median(group["value"]), q3 - q1
        for r in group.itertuples():
            if (r.value < q1 - 1.5 * spread or r.value > q3 + 1.5 * spread) and abs(r.value - mid) >= FAR \
                    and not _few(abs(r.value - mid), r.denominator):
                out.append(Mark(r.sheet, r.cell, _num(r.value), f"“{r.metric_label}” của {r.unit_name} "
                                f"({_rate(r.value)}) khác xa các đơn vị khác của tệp (trung vị {_rate(mid)}): "
                                "kiểm tra lại", "cảnh báo", "rate_outlier",
                                f"“{r.metric_label}” of {r.unit_name} ({r.value:g}%) is far from the file's other "
                                f"units (median {mid:g}%)"))
    out += total_mismatches(facts, catalog)
    if len(facts) >= 3 and (facts["value"] == 0).all():
        first = facts.iloc[0]
        out.append(Mark(first["sheet"], first["cell"], "0", f"Mọi số liệu của tệp ({len(facts)}) đều bằng 0: có thể "
                        "là mẫu trống chưa điền", "cảnh báo", "all_zero",
                        f"every figure of the file ({len(facts)}) is 0: an empty template?"))
    return out
