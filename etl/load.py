"""Loading files into the warehouse: parse each file, then write what it gave in one transaction of a
working copy, and publish the copy once at the end (see warehouse.db.publish)."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from etl.annotate import annotate, needs_annotation
from etl.catalog import Catalog, default_catalog
from etl.ledger import IGNORED, SheetLedger
from etl.messages import message
from etl.parse import parse_file
from etl.readers import SUPPORTED
from etl.records import ParsedFile, Reject
from etl.units import UnitIndex, UnitVersion
from warehouse.db import Unchanged, publish

EXIT_CODES = {"loaded": 0, "already_loaded": 0, "loaded_with_rejects": 1, "refused": 2}


@dataclass
class FileOutcome:
    path: Path
    status: str
    load_id: int | None = None
    layout: str | None = None
    year: int | None = None
    years: list[int] = field(default_factory=list)
    map: str | None = None
    unit: str | None = None
    rows_loaded: int = 0
    rows_rejected: int = 0
    unmapped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # Vietnamese, for the summary
    notes_en: list[str] = field(default_factory=list)  # English, for --json
    message_vi: str = ""
    message_en: str = ""
    reason_code: str | None = None
    rejects: list[Reject] = field(default_factory=list)
    strict_refusal: bool = False
    sheets: list[dict[str, object]] = field(default_factory=list)  # the ledger of each sheet (etl.ledger)
    annotated: Path | None = None  # the clerk's workbook with what was wrong marked on it (--annotate)
    loaded_by: str | None = None  # who published it
    scope: dict[str, object] = field(default_factory=dict)  # the reporting unit's codes (etl.units.describe)
    metrics: list[str] = field(default_factory=list)  # the metrics its figures give

    @property
    def cells(self) -> dict[str, int]:
        """The file's ledger: non-empty cells by category."""
        out = {"fact": 0, "reject": 0, "label": 0, "ignored": 0}
        for sheet in self.sheets:
            for k in out:
                out[k] += int(sheet[k])  # type: ignore[call-overload]
        return out

    @property
    def exit_code(self) -> int:
        return 1 if self.strict_refusal else EXIT_CODES[self.status]


def _is_unicode_text(path: Path) -> bool:
    """A .txt saved by Excel as "Unicode Text" (UTF-16 with its BOM), not any text file of the folder."""
    try:
        with open(path, "rb") as fh:
            return fh.read(2) in (b"\xff\xfe", b"\xfe\xff")
    except OSError:
        return False


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given; folders walked recursively for supported files (hidden and lock files skipped; a .txt
    only when it is Excel's "Unicode Text")."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED
                              and not f.name.startswith((".", "~$"))
                              and (f.suffix.lower() != ".txt" or _is_unicode_text(f))))
        else:
            out.append(p)
    return out


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return ""
    return h.hexdigest()


def load_unit_index(con: duckdb.DuckDBPyConnection) -> UnitIndex:
    rows = con.execute(
        "SELECT unit_key, map, level, code, name, type, province_code, district_code, first_year, last_year "
        "FROM core.unit_versions"
    ).fetchall()
    index = UnitIndex(UnitVersion(*r) for r in rows)
    index.add_crosswalk(con.execute(
        "SELECT DISTINCT old_commune_code, new_province_code FROM core.crosswalk WHERE old_commune_code IS NOT NULL"
    ).fetchall())
    return index


BATCH_FILES = 50  # a folder load publishes after this many files ...
BATCH_SECONDS = 30.0  # ... or this many seconds, whichever comes first: a crash loses the current batch only


def load_files(db: Path, paths: list[Path], *, year: int | None = None, unit: str | None = None,
               strict: bool = False, fresh: bool = False, is_sample: bool = False,
               progress: Callable[[int, int, Path], None] | None = None, batch_files: int = BATCH_FILES,
               batch_seconds: float = BATCH_SECONDS, annotate_dir: Path | None = None,
               user: str | None = None, overrides: dict[Path, tuple[int | None, str | None]] | None = None,
               ) -> list[FileOutcome]:
    """Load ``paths`` into the warehouse ``db``; one outcome per file. The files are published in batches
    (every ``batch_files`` files or ``batch_seconds`` seconds), each batch atomically: a load killed halfway
    keeps every batch published before it. With ``annotate_dir``, a file with rejects or unmapped columns gets
    its annotated copy there (etl.annotate). ``overrides``: a year and unit per file (the data desk lets the
    data manager correct them file by file), in place of ``year`` and ``unit``."""
    files = expand_paths(paths)
    catalog = default_catalog()
    outcomes: list[FileOutcome] = []
    index: UnitIndex | None = None  # loaded once: later batches see the units earlier batches added
    first = True

    def build(con: duckdb.DuckDBPyConnection) -> list[FileOutcome]:
        nonlocal index
        if index is None:
            index = load_unit_index(con)
        batch: list[FileOutcome] = []
        started = time.monotonic()
        while len(outcomes) + len(batch) < len(files):
            n = len(outcomes) + len(batch)
            if progress:
                progress(n + 1, len(files), files[n])
            file_year, file_unit = (overrides or {}).get(files[n], (year, unit))
            outcome = _load_one(con, index, catalog, files[n], file_year, file_unit, strict, annotate_dir, user)
            batch.append(outcome)
            if len(batch) >= batch_files or time.monotonic() - started >= batch_seconds:
                break
        if all(o.status == "refused" and not o.strict_refusal for o in batch) and not (fresh and first):
            raise Unchanged(batch)  # files that could not be loaded at all leave the warehouse as it was
        return batch

    while first or len(outcomes) < len(files):
        outcomes += publish(db, build, fresh=fresh and first, is_sample=is_sample)
        first = False
    return outcomes


def _load_one(con: duckdb.DuckDBPyConnection, index: UnitIndex, catalog: Catalog, path: Path,
              year: int | None, unit: str | None, strict: bool, annotate_dir: Path | None = None,
              user: str | None = None) -> FileOutcome:
    digest = sha256_of(path)
    outcome = FileOutcome(path, "refused", loaded_by=user)
    if digest:
        previous = con.execute(
            "SELECT load_id FROM core.loads WHERE sha256 = ? AND status IN ('loaded', 'loaded_with_rejects') "
            "AND undone_by IS NULL ORDER BY load_id DESC LIMIT 1", [digest]).fetchone()
        if previous:
            outcome.status = "already_loaded"
            outcome.message_vi, outcome.message_en = (
                f"Tệp đã được nạp trước đây (lần nạp {previous[0]}), không nạp lại",
                f"same content already loaded (load {previous[0]}); nothing added")
            _record_load(con, outcome, digest)
            return outcome
    try:
        parsed = parse_file(path, index, catalog, year, unit)
    except Exception as exc:  # a bug must not take the other files down; the file is refused, not half-loaded
        parsed = ParsedFile(path)
        parsed.refused = Reject.of("internal_error", None, None, None, None, detail=f"{type(exc).__name__}: {exc}")
    _describe(outcome, parsed)
    if parsed.scope_key and parsed.refused is None:
        outcome.scope = index.describe(parsed.scope_key, parsed.year or (parsed.years or [2024])[0])
    if annotate_dir is not None and needs_annotation(parsed):
        try:
            outcome.annotated = annotate(path, parsed, annotate_dir)
        except Exception as exc:  # the copy is a courtesy: a workbook openpyxl cannot write must not stop the load
            outcome.notes.append(message("note_annotate_failed", detail=f"{type(exc).__name__}: {exc}")[0])
            outcome.notes_en.append(message("note_annotate_failed", detail=f"{type(exc).__name__}: {exc}")[1])
    if parsed.refused is not None:  # nothing of the file is written, not even a log line
        outcome.status = "refused"
        outcome.reason_code = parsed.refused.code
        outcome.message_vi, outcome.message_en = parsed.refused.reason, parsed.refused.reason_en
        outcome.rejects = [parsed.refused]
        return outcome
    if strict and parsed.rejects:
        outcome.status, outcome.strict_refusal = "refused", True
        outcome.reason_code = "strict_refused"
        outcome.message_vi, outcome.message_en = message("strict_refused", count=len(parsed.rejects))
        outcome.rows_rejected = len(parsed.rejects)
        _record_load(con, outcome, digest, rejects=outcome.rejects)
        return outcome
    con.execute("BEGIN TRANSACTION")
    try:
        load_id = _record_load(con, outcome, digest, rejects=outcome.rejects, parsed=parsed, index=index)
        con.execute("COMMIT")
    except Exception as exc:
        con.execute("ROLLBACK")
        for v in parsed.new_units:  # keep the in-memory index in step with the rolled-back tables
            index.by_key.pop(v.unit_key, None)
        outcome = FileOutcome(path, "refused", reason_code="internal_error", loaded_by=user)
        outcome.message_vi, outcome.message_en = message("internal_error", detail=f"{type(exc).__name__}: {exc}")
        return outcome
    outcome.load_id = load_id
    return outcome


def _describe(outcome: FileOutcome, parsed: ParsedFile) -> None:
    outcome.sheets = [sheet_summary(ledger, parsed.sheet_bindings.get(ledger.sheet)) for ledger in parsed.ledgers]
    outcome.layout, outcome.year, outcome.map, outcome.unit = parsed.layout, parsed.year, parsed.map, parsed.scope_name
    outcome.years = parsed.years
    outcome.unmapped = parsed.unmapped
    outcome.notes, outcome.notes_en = [vi for vi, _ in parsed.notes], [en for _, en in parsed.notes]
    outcome.rows_loaded = len(parsed.facts) + len(parsed.items)
    outcome.metrics = sorted({f.metric for f in parsed.facts})
    outcome.rows_rejected = len(parsed.rejects)  # all of them, kept or only counted
    outcome.rejects = list(parsed.rejects)
    dropped = parsed.rejects.dropped
    if dropped:
        reasons = ", ".join(f"{code}: {n}" for code, n in parsed.rejects.by_code.most_common(5))
        vi, en = message("note_rejects_capped", kept=len(outcome.rejects), dropped=dropped, reasons=reasons)
        outcome.notes.append(vi)
        outcome.notes_en.append(en)
    outcome.status = "loaded_with_rejects" if parsed.rejects else "loaded"


def sheet_summary(ledger: SheetLedger, binding: str | None) -> dict[str, object]:
    """What the summary, --json and core.load_sheets say of a sheet: its cells by category, and why the
    ignored ones were ignored."""
    reasons = ledger.reasons()
    ignored = {why: n for (cat, why), n in sorted(reasons.items()) if cat == IGNORED}
    return {**ledger.summary(), "binding": binding, "ignored_why": ignored, "balanced": ledger.balanced}


def _record_load(con: duckdb.DuckDBPyConnection, outcome: FileOutcome, digest: str,
                 rejects: list[Reject] | None = None, parsed: ParsedFile | None = None,
                 index: UnitIndex | None = None) -> int:
    load_id = con.execute("SELECT nextval('core.load_id_seq')").fetchone()[0]  # type: ignore[index]
    outcome.load_id = load_id
    name = outcome.path.name
    cells = outcome.cells if outcome.sheets else {}
    con.execute(
        "INSERT INTO core.loads (load_id, file_name, sha256, loaded_at, status, rows_loaded, rows_rejected, layout,"
        " year, map, unit_key, unit_name, message, cells_fact, cells_rejected, cells_label, cells_ignored, loaded_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # by name: a migrated table has them in another order
        [load_id, name, digest, datetime.now(UTC).replace(tzinfo=None), outcome.status,
         outcome.rows_loaded if outcome.status in ("loaded", "loaded_with_rejects") else 0,
         outcome.rows_rejected, outcome.layout, outcome.year, outcome.map,
         parsed.scope_key if parsed else None, outcome.unit, outcome.message_en or None,
         cells.get("fact"), cells.get("reject"), cells.get("label"), cells.get("ignored"), outcome.loaded_by],
    )
    if outcome.sheets:
        con.executemany(
            "INSERT INTO core.load_sheets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [[load_id, s["sheet"], s["status"], s["binding"], s["cells"], s["fact"], s["reject"], s["label"],
              s["ignored"], "; ".join(f"{k}: {v}" for k, v in s["ignored_why"].items()) or None]  # type: ignore[union-attr]
             for s in outcome.sheets],
        )
    if rejects:
        frame = pd.DataFrame(
            [[load_id, name, r.sheet, r.row, r.cell, r.value, r.code, r.reason, r.reason_en] for r in rejects],
            columns=["load_id", "source_file", "source_sheet", "source_row", "source_cell", "value",
                     "reason_code", "reason", "reason_en"],
        )
        con.register("stage_rejects", frame)
        con.execute("INSERT INTO core.rejects SELECT * FROM stage_rejects")
        con.unregister("stage_rejects")
    if parsed is not None and index is not None:
        _write_units(con, parsed)
        _write_facts(con, parsed, load_id, index, name)
        _write_items(con, parsed, load_id, index, name)
    return load_id


def _write_units(con: duckdb.DuckDBPyConnection, parsed: ParsedFile) -> None:
    for v in parsed.new_units:
        con.execute(
            "INSERT INTO core.unit_versions SELECT ?, ?, 'other', NULL, ?, NULL, ?, ?, NULL, NULL, 'load' "
            "WHERE NOT EXISTS (SELECT 1 FROM core.unit_versions WHERE unit_key = ?)",
            [v.unit_key, v.map, v.name, v.province_code, v.district_code, v.unit_key],
        )


_FACT_COLUMNS = ["unit_key", "year", "metric", "map", "value", "qualifier", "numerator", "denominator",
                 "value_text", "unit_level", "unit_code", "unit_name", "province", "district", "commune",
                 "province_code", "district_code", "load_id", "source_file", "source_sheet", "source_row",
                 "source_cell"]


def _write_facts(con: duckdb.DuckDBPyConnection, parsed: ParsedFile, load_id: int, index: UnitIndex,
                 file_name: str) -> None:
    if not parsed.facts:
        return
    rows = []
    for f in parsed.facts:
        d = index.describe(f.unit_key, f.year)
        rows.append([f.unit_key, f.year, f.metric, d["map"], f.value, f.qualifier, f.numerator, f.denominator,
                     f.value_text, d["unit_level"], d["unit_code"], d["unit_name"], d["province"], d["district"],
                     d["commune"], d["province_code"], d["district_code"], load_id, file_name, f.sheet, f.row,
                     f.cell])
    frame = pd.DataFrame(rows, columns=_FACT_COLUMNS)
    frame = frame.astype({"numerator": "float64", "denominator": "float64", "source_row": "int64"})
    con.register("stage_facts", frame)
    con.execute(
        """
        INSERT INTO core.fact_history
        SELECT f.*, ? FROM core.facts f JOIN stage_facts s USING (unit_key, year, metric)
        """,
        [load_id],
    )
    con.execute(f"INSERT OR REPLACE INTO core.facts SELECT {', '.join(_FACT_COLUMNS)} FROM stage_facts")
    con.unregister("stage_facts")


_ITEM_COLUMNS = {
    "models": ("load_id", "scope_key", "map", "year", "name", "host", "unit_key", "unit_code", "unit_level",
               "province", "district", "commune", "kind", "field", "is_new", "is_pilot", "replicated_units",
               "replication_base", "source_file", "source_sheet", "source_row", "has_study", "has_follow",
               "has_example", "study_text", "follow_text", "example_text", "exemplar", "appraisal_step",
               "registered_on", "appraised_on", "deployed_on", "reviewed_on"),
    "commendations": ("load_id", "scope_key", "map", "year", "recipient", "recipient_kind", "unit_key", "unit_code",
                      "unit_level", "province", "district", "commune", "level", "is_proposed", "form", "source_file",
                      "source_sheet", "source_row"),
}


def _write_items(con: duckdb.DuckDBPyConnection, parsed: ParsedFile, load_id: int, index: UnitIndex,
                 file_name: str) -> None:
    if not parsed.items:
        return
    for register in ("models", "commendations"):
        items = [i for i in parsed.items if i.register == register]
        if not items:
            continue
        for scope, year in sorted({(i.scope_key or parsed.scope_key, i.year) for i in items}):
            # a newer register replaces the unit's items of that year; the replaced ones are kept for an undo
            # by name: in a migrated warehouse the two tables have their columns in different orders
            kept = ", ".join(c[0] for c in con.execute(f"DESCRIBE core.{register}").fetchall())
            con.execute(f"INSERT INTO core.{register}_history ({kept}, superseded_by) SELECT {kept}, ? "
                        f"FROM core.{register} WHERE scope_key = ? AND year = ?", [load_id, scope, year])
            con.execute(f"DELETE FROM core.{register} WHERE scope_key = ? AND year = ?", [scope, year])
        rows = []
        for i in items:
            d = index.describe(i.unit_key, i.year) if i.unit_key else {}
            common = [load_id, i.scope_key or parsed.scope_key, d.get("map", parsed.map), i.year]
            where = [i.unit_key, d.get("unit_code"), d.get("unit_level"), d.get("province"), d.get("district"),
                     d.get("commune")]
            if register == "models":
                rows.append(common + [i.name, i.host] + where + [
                    i.kind, i.field, i.is_new, i.is_pilot, i.replicated_units, i.replication_base,
                    file_name, i.sheet, i.row, i.has_study, i.has_follow, i.has_example, i.study_text,
                    i.follow_text, i.example_text, i.exemplar, i.appraisal_step, i.registered_on,
                    i.appraised_on, i.deployed_on, i.reviewed_on])
            else:
                rows.append(common + [i.name, i.kind] + where + [i.level, i.is_proposed, i.form,
                                                                  file_name, i.sheet, i.row])
        columns = list(_ITEM_COLUMNS[register])
        frame = pd.DataFrame(rows, columns=columns)
        con.register("stage_items", frame)
        named = ", ".join(columns)  # by name: a migrated table has its newer columns at its end
        con.execute(f"INSERT INTO core.{register} ({named}) SELECT {named} FROM stage_items")
        con.unregister("stage_items")
