"""The data desk: uploads, their dry runs, publishing, history and undo, on top of the loader's own functions
(etl.publishing.desk.dry_run and review_batch, etl.publishing.load.load_files, etl.publishing.undo.undo_load: one loader, two front doors).

Uploads stay in the session's memory; each dry run writes them to a temporary folder that is removed when it
ends, so an abandoned or failed check leaves nothing on the server. A publish keeps every file it takes in the
archive beside the warehouse (etl.publishing.archive), as the command line does.
"""

from __future__ import annotations

import hashlib
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path, PurePosixPath

import duckdb
import pandas as pd
import streamlit as st

from etl.publishing.annotate import annotate, needs_annotation
from etl.publishing.archive import Archive, archive_dir
from etl.publishing.desk import BatchReview, DryRun, account_scope, dry_run, open_index, review_batch
from etl.publishing.load import FileOutcome, load_files
from etl.reading.readers import SUPPORTED
from etl.reference.catalog import default_catalog
from ui import proposals
from warehouse.db import REAL_DB, file_version, resolve_db_path

MAX_FILES = 50  # files in one upload, a zip's counted one by one
MAX_TOTAL = 100 * 1024 * 1024  # bytes of one upload, unzipped
MAX_ZIP_ENTRIES = 200
UPLOAD_TYPES = sorted(s.lstrip(".") for s in SUPPORTED) + ["zip"]


@dataclass
class Upload:
    name: str
    data: bytes

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class Received:
    files: list[Upload] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # Vietnamese: what was not taken, and why


def receive(uploaded: list) -> Received:  # noqa: ANN001 - Streamlit's UploadedFile
    """The uploaded files, zips opened (their spreadsheets taken, safely), within the limits."""
    out = Received()
    total = 0
    for item in uploaded:
        data = item.getvalue()
        if item.name.lower().endswith(".zip"):
            files, problems = _unzip(item.name, data)
            out.problems += problems
        else:
            files = [Upload(_base(item.name), data)]
        for f in files:
            if len(out.files) >= MAX_FILES:
                out.problems.append(f"{f.name}: quá {MAX_FILES} tệp một lần nạp, tệp này chưa nhận (gửi ở lần sau)")
                continue
            if total + len(f.data) > MAX_TOTAL:
                out.problems.append(f"{f.name}: tổng dung lượng một lần nạp quá {MAX_TOTAL // 2**20} MB, tệp này "
                                    "chưa nhận")
                continue
            total += len(f.data)
            out.files.append(f)
    names: dict[str, int] = {}
    for f in out.files:  # two files of one name (from two zips): both kept, told apart
        n = names.get(f.name, 0)
        names[f.name] = n + 1
        if n:
            stem, suffix = Path(f.name).stem, Path(f.name).suffix
            f.name = f"{stem} ({n + 1}){suffix}"
    return out


def _base(name: str) -> str:
    """The file's own name: no folder, nothing that climbs out of one."""
    base = PurePosixPath(name.replace("\\", "/")).name
    return base.strip().lstrip(".") or "tep"


def _unzip(name: str, data: bytes) -> tuple[list[Upload], list[str]]:
    files: list[Upload] = []
    problems: list[str] = []
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            entries = [i for i in zf.infolist() if not i.is_dir()]
            if len(entries) > MAX_ZIP_ENTRIES:
                return [], [f"{name}: tệp nén có {len(entries)} tệp, quá {MAX_ZIP_ENTRIES}"]
            if sum(i.file_size for i in entries) > MAX_TOTAL:
                return [], [f"{name}: tệp nén giải ra quá {MAX_TOTAL // 2**20} MB (có thể là “zip bomb”)"]
            for info in entries:
                base = _base(info.filename)
                suffix = Path(base).suffix.lower()
                if info.filename.startswith("__MACOSX/") or base.startswith("~$"):
                    continue
                if suffix == ".zip":
                    problems.append(f"{name}/{base}: tệp nén trong tệp nén, không mở")
                    continue
                if suffix not in SUPPORTED:
                    problems.append(f"{name}/{base}: không phải bảng tính hay báo cáo Word, PDF, bỏ qua")
                    continue
                files.append(Upload(base, zf.read(info)))
    except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
        problems.append(f"{name}: tệp nén hỏng hoặc có mật khẩu ({exc})")
    return files, problems


def target_db() -> Path:
    """Where the desk publishes: the warehouse the dashboard reads, or the real one when it shows the sample
    (the first real load creates it, and the dashboard moves to it)."""
    path, origin = resolve_db_path()
    return REAL_DB if origin == "sample" else path


@st.cache_resource(show_spinner=False, max_entries=4)
def _index(path: str, version: str):  # noqa: ANN202 - etl.reference.units.UnitIndex
    return open_index(Path(path))


def index_for(reading: Path):  # noqa: ANN201
    return _index(str(reading), file_version(reading))


@dataclass
class Checked:
    """A dry run and what the page shows of it (kept in the session: the temporary file is gone)."""

    upload: Upload
    run: DryRun
    annotated: bytes | None = None
    annotated_name: str = ""


def check(upload: Upload, db: Path, reading: Path, year: int | None, unit: str | None,
          scope: str | None = None) -> Checked:
    """Dry-run one upload against ``db`` (read-only), with the index of ``reading`` (a warehouse that exists);
    ``scope``: the account's (etl.publishing.scope), figures outside it are rejects."""
    with tempfile.TemporaryDirectory(prefix="desk_") as tmp:
        path = Path(tmp) / upload.name
        path.write_bytes(upload.data)
        run = dry_run(db, path, index_for(reading), year=year, unit=unit,
                      account=account_scope(reading, scope) if scope else None)
        checked = Checked(upload, run)
        if needs_annotation(run.parsed, run.warnings):
            out = annotate(path, run.parsed, Path(tmp) / "out", run.warnings)
            checked.annotated, checked.annotated_name = out.read_bytes(), out.name
    return checked


def review(checked: list[Checked]) -> BatchReview:
    """The uploads as one batch (copies, figures two files give differently), as the publish will take them."""
    return review_batch([c.run for c in checked])


def publish(uploads: list[tuple[Upload, int | None, str | None, set[str]]], db: Path, user: str,
            progress: Callable[[int, int, Path], None] | None = None, scope: str | None = None) -> list[FileOutcome]:
    """Load the uploads into ``db`` as the CLI does (one batch, atomic publish, the files archived, the user
    recorded); each with its year and unit as chosen and the narrative's figures ticked (etl.tables.proposals);
    ``scope``: the account's. Raises warehouse.db.WarehouseIOError when the disk fails."""
    with tempfile.TemporaryDirectory(prefix="desk_") as tmp:
        overrides: dict[Path, tuple[int | None, str | None]] = {}
        takes: dict[Path, set[str]] = {}
        paths = []
        for upload, year, unit, take in uploads:
            path = Path(tmp) / upload.name
            path.write_bytes(upload.data)
            overrides[path] = (year, unit)
            if take:
                takes[path] = take
            paths.append(path)
        return load_files(db, paths, user=user, overrides=overrides, progress=progress, scope=scope, takes=takes)


def publishable(checked: Checked, take: set[str]) -> bool:
    """A publish would write something of it: its tables, or the narrative's figures ticked of a report that
    has only those."""
    refused = checked.run.parsed.refused
    if refused is not None and refused.code == "only_proposals":
        return bool(take) and checked.run.copy_of is None
    return checked.run.publishable


def where_loaded(outcome: FileOutcome) -> dict[str, str]:
    """The filters that show a load's figures on the pages (year, province, district): from the outcome, not
    the warehouse (a connection opened in this process would still see the file as it was before publishing)."""
    where = outcome.scope
    year = outcome.year or (outcome.years[-1] if outcome.years else None)
    if not where or year is None or not where.get("province_code"):
        return {}
    params = {"nam": str(year), "tinh": str(where["province_code"])}
    if where.get("map") == "old" and where.get("district_code"):
        params["huyen"] = str(where["district_code"])
    catalog = default_catalog()
    if outcome.metrics:  # open on a metric the file gave (the first in the catalog's order)
        first = min(outcome.metrics, key=lambda m: catalog.metrics[m].sort)
        params.update(nhom=catalog.metrics[first].family, chi_tieu=first)
    return params


def original(db: Path, load_id: int) -> tuple[str, bytes] | None:
    """The file a load took, as it was received (etl.publishing.archive): (its name, its bytes), or None when the archive
    does not have it (a load from before the archive)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT file_name, sha256 FROM core.loads WHERE load_id = ?", [load_id]).fetchone()
    finally:
        con.close()
    if row is None:
        return None
    keeper = Archive(archive_dir(db))
    if not keeper.has(row[1]):
        return None
    return str(row[0]), keeper.path_of(row[1]).read_bytes()


def history(db: Path, only_by: str | None = None) -> pd.DataFrame:
    """Every load with who, when, what it added and replaced, and whether it was undone; newest first. (A
    warehouse published before undo existed has no history tables yet: its loads show, with nothing replaced.)
    ``only_by``: the loads of one user (a scoped manager sees and undoes only theirs)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'core'")
                  .fetchall()}
        columns = {r[0] for r in con.execute("DESCRIBE core.loads").fetchall()}
        replaced = " UNION ALL ".join(f"SELECT superseded_by AS load_id, count(*) AS n FROM core.{t} GROUP BY 1"
                                      for t in ("fact_history", "models_history", "commendations_history")
                                      if t in tables)  # constant names
        by = "l.loaded_by" if "loaded_by" in columns else "NULL"
        undo = ("l.undone_by, u.undone_at, u.undone_by_user", "LEFT JOIN core.undos u ON u.undo_id = l.undone_by") \
            if "undos" in tables and "undone_by" in columns else ("NULL AS undone_by, NULL AS undone_at, "
                                                                   "NULL AS undone_by_user", "")
        return con.execute(
            f"""
            WITH replaced AS ({replaced})
            SELECT l.load_id, l.loaded_at, l.file_name, {by} AS loaded_by, l.status, l.rows_loaded,
                   l.rows_rejected, coalesce((SELECT sum(n) FROM replaced r WHERE r.load_id = l.load_id), 0)
                   AS replaced, {undo[0]}
            FROM core.loads l {undo[1]}
            WHERE ? IS NULL OR {by} = ?
            ORDER BY l.load_id DESC
            """, [only_by, only_by]
        ).df()
    finally:
        con.close()


# -- what the page shows ------------------------------------------------------------------------------------

_BINDING = {"wide": "desk_binding_wide", "transposed": "desk_binding_transposed", "vertical": "desk_binding_vertical",
            "long": "desk_binding_long", "models": "desk_binding_models", "commendations": "desk_binding_commendations",
            "template": "desk_binding_template"}



REASONS_SHOWN = 300  # a list longer than this is cut here; the annotated workbook marks every cell


def reason_list(rows: list[tuple[str, str, str]], lang: str) -> None:
    """(where, what was typed, why) as a list whose lines wrap and show whole, on a desk or a phone: a table
    cell cuts a long reason and its suggested names. Every text from the file is escaped (``md``)."""
    from ui.i18n import t
    from ui.safe import md

    lines = [f"- **{md(where)}**" + (f" “{md(typed)}”" if typed else "") + f": {md(why)}"
             for where, typed, why in rows[:REASONS_SHOWN]]
    if len(rows) > REASONS_SHOWN:
        lines.append(f"- {t('desk_reasons_more', lang, n=len(rows) - REASONS_SHOWN)}")
    with st.container(height=min(420, 60 + 34 * len(lines)), border=True):
        st.markdown("\n".join(lines))  # md-safe: every value escaped above, the template ours

def render_check(checked: Checked, lang: str, key: str) -> None:
    """One file's dry run: what it would load, what it rejects and why, what it would replace, the warnings,
    where every cell went; and its annotated copy to send back."""
    from etl.publishing.load import sheet_summary
    from ui import tables
    from ui.i18n import t, tm
    from ui.safe import md

    run, parsed = checked.run, checked.run.parsed
    if run.refused and parsed.refused is not None and parsed.refused.code == "only_proposals":
        st.info(tm("desk_only_proposals", lang, n=len(parsed.proposals)))
        proposals.render(parsed, lang, key)
        return
    if run.refused and parsed.refused is not None:
        st.error(tm("desk_refused", lang, reason=parsed.refused.reason))
        if parsed.refused.code in ("no_year", "no_unit", "ambiguous_scope", "bad_unit_option"):
            st.info(t("desk_give_year" if parsed.refused.code == "no_year" else "desk_give_unit", lang))
        return
    if run.copy_of is not None:
        st.info(tm("desk_copy", lang, first=run.copy_of))
        return
    if run.already_loaded is not None:
        st.info(t("desk_already", lang, id=run.already_loaded))  # md-safe: a load id
    scope = parsed.scope_name or "—"
    years = ", ".join(str(y) for y in parsed.years) or (str(parsed.year) if parsed.year else "—")
    st.markdown(tm("desk_found", lang, unit=scope, years=years,
                   map=t("map_new" if parsed.map == "new" else "map_old", lang)))
    rejects = list(parsed.rejects) + run.conflicts  # a conflict with another file: the publish rejects it too
    counts = t("desk_counts", lang, facts=len(parsed.facts) - len(run.conflicts), items=len(parsed.items),
               rejects=len(parsed.rejects) + len(run.conflicts), replaced=len(run.supersedes),
               warnings=len(run.warnings))
    (st.warning if rejects or run.warnings else st.success)(counts)
    if run.conflicts:
        st.warning(t("desk_conflicts", lang, n=len(run.conflicts)))
    for note in parsed.notes:
        st.caption(md(note[0]))
    loading = run.loading
    tabs = st.tabs([t("desk_tab_facts", lang, n=len(loading) + len(parsed.items)),
                    t("desk_tab_rejects", lang, n=len(rejects)),
                    t("desk_tab_replaced", lang, n=len(run.supersedes)),
                    t("desk_tab_warnings", lang, n=len(run.warnings)), t("desk_tab_cells", lang)],
                   key=f"{key}_tabs")
    with tabs[0]:
        if not loading.empty:
            tables.show(pd.DataFrame({
                t("col_unit", lang): loading["unit_name"], t("col_year", lang): loading["year"],
                t("col_metric", lang): loading["metric_label"], t("col_value", lang): loading["value"],
                t("col_numerator", lang): loading["numerator"], t("col_denominator", lang): loading["denominator"],
                t("col_sheet", lang): loading["sheet"], t("col_cell", lang): loading["cell"],
            }), lang, {t("col_value", lang): [str(k) for k in loading["kind"]]}, height=260)
        if parsed.items:
            tables.show(pd.DataFrame({
                t("col_item", lang): [i.name for i in parsed.items], t("col_year", lang): [i.year for i in parsed.items],
                t("col_host", lang): [i.host or "" for i in parsed.items], t("col_row", lang): [i.row for i in parsed.items],
            }), lang, height=220)
    with tabs[1]:
        if rejects:
            reason_list([(f"{r.sheet or ''}!{r.cell or ''}".strip("!"), r.value or "",
                          r.reason_en if lang == "en" else r.reason) for r in rejects], lang)
        if parsed.unmapped:
            st.caption(tm("desk_unmapped", lang, columns="; ".join(parsed.unmapped)))
    with tabs[2]:
        if not run.supersedes.empty:
            s = run.supersedes
            tables.show(pd.DataFrame({
                t("col_unit", lang): s["unit_name"], t("col_year", lang): s["year"],
                t("col_metric", lang): s["metric_label"], t("col_old_value", lang): s["value_old"],
                t("col_new_value", lang): s["value"], t("col_old_source", lang): s["source_file"] + " / "
                + s["source_cell"].fillna(""),
            }), lang, height=220)
    with tabs[3]:
        if run.warnings:
            reason_list([(f"{w.sheet}!{w.cell}", "", w.reason) for w in run.warnings], lang)
    with tabs[4]:
        sheets = [sheet_summary(ledger, parsed.sheet_bindings.get(ledger.sheet),
                                parsed.withdrawn_cells.get(ledger.sheet, 0) + run.conflict_cells.get(ledger.sheet, 0))
                  for ledger in parsed.ledgers]
        tables.show(pd.DataFrame({
            t("col_sheet", lang): [s["sheet"] for s in sheets],
            t("desk_col_binding", lang): [t(_BINDING[str(s["binding"])], lang) if s["binding"] in _BINDING else
                                          t(f"desk_sheet_{s['status']}", lang) for s in sheets],
            t("desk_col_cells", lang): [s["cells"] for s in sheets],
            t("col_cells_fact", lang): [s["fact"] for s in sheets],
            t("col_cells_rejected", lang): [s["reject"] for s in sheets],
            t("col_cells_label", lang): [s["label"] for s in sheets],
            t("col_cells_ignored", lang): [s["ignored"] for s in sheets],
        }), lang)
    proposals.render(parsed, lang, key)
    if checked.annotated:
        word = checked.annotated_name.lower().endswith(".docx")
        st.download_button(t("desk_download_annotated", lang), checked.annotated, checked.annotated_name,
                           mime="application/vnd.openxmlformats-officedocument."
                                + ("wordprocessingml.document" if word else "spreadsheetml.sheet"),
                           icon=":material/download:", key=f"desk_annotated_{key}")


def outcome_line(o: FileOutcome, lang: str) -> str:
    from ui.i18n import tm

    if o.status == "refused":
        return tm("desk_outcome_refused", lang, name=o.path.name, reason=o.message_vi)
    if o.status == "already_loaded":
        return tm("desk_outcome_already", lang, name=o.path.name)
    return tm("desk_outcome_loaded", lang, name=o.path.name, id=o.load_id, n=o.rows_loaded, rejects=o.rows_rejected)


def render_overlaps(review: BatchReview, names: list[str], lang: str) -> str | None:
    """Each pair of files that give some of the same figures, with a button to take either out of the batch; the
    name of the file the manager chose to take out, if any."""
    from ui.i18n import t, tm

    if not review.overlaps:
        return None
    st.subheader(t("desk_overlaps", lang))
    st.caption(t("desk_overlaps_intro", lang))
    chosen = None
    for n, o in enumerate(review.overlaps):
        a, b = names[o.first], names[o.second]
        if o.different:
            st.warning(tm("desk_overlap_pair", lang, a=a, b=b, different=o.different, same=o.same,
                          examples="; ".join(o.examples[:3])))
            left, right = st.columns(2)
            if left.button(tm("desk_exclude", lang, name=a), key=f"desk_exclude_{n}_a", icon=":material/remove:"):
                chosen = a
            if right.button(tm("desk_exclude", lang, name=b), key=f"desk_exclude_{n}_b", icon=":material/remove:"):
                chosen = b
        else:
            st.info(tm("desk_overlap_same", lang, a=a, b=b, same=o.same))
    return chosen


def with_original(loads: pd.DataFrame) -> pd.DataFrame:
    """The loads of ``history`` whose file was taken in (kept in the archive): every one but those refused."""
    return loads[loads["status"] != "refused"]


def undoable(loads: pd.DataFrame) -> pd.DataFrame:
    """The loads of ``history`` that can be undone: those that loaded figures and are not undone yet."""
    return loads[loads["status"].isin(["loaded", "loaded_with_rejects"]) & loads["undone_by"].isna()]


def history_table(loads: pd.DataFrame, lang: str) -> pd.DataFrame:
    from ui import fmt
    from ui.i18n import t

    status = {s: t(f"status_{s}", lang) for s in ("loaded", "loaded_with_rejects", "refused", "already_loaded")}
    undone = loads["undone_by"].notna()
    return pd.DataFrame({
        t("col_load", lang): loads["load_id"],
        t("col_time", lang): fmt.vn_times(loads["loaded_at"]),
        t("col_file", lang): loads["file_name"],
        t("col_by", lang): loads["loaded_by"].fillna(""),
        t("col_status", lang): [t("desk_status_undone", lang, by=u or "") if d else status.get(s, s)
                                for s, d, u in zip(loads["status"], undone, loads["undone_by_user"], strict=True)],
        t("col_rows_loaded", lang): loads["rows_loaded"],
        t("col_replaced", lang): loads["replaced"].astype("int64"),
        t("col_rows_rejected", lang): loads["rows_rejected"],
        t("col_undone_at", lang): fmt.vn_times(loads["undone_at"]),
    })
