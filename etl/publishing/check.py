"""``python -m etl check PATH... [--db FILE] [--year Y] [--unit U] [--json]``: the desk's dry run from the command
line. Each file is parsed as a load would parse it and checked against the warehouse (read-only); the batch is
reviewed as the publish will take it (copies, figures two files give differently); nothing is written.

Exit status: what ``etl load`` of the same paths would give (0, 1 or 2).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from etl.publishing.desk import BatchReview, DryRun, dry_run, open_index, review_batch
from etl.publishing.load import expand_paths, sheet_summary
from etl.reference.catalog import default_catalog
from etl.tables.proposals import proposal_id
from warehouse.db import publish


def _index(db: Path):  # noqa: ANN202 - etl.reference.units.UnitIndex
    if db.exists():
        return open_index(db)
    with tempfile.TemporaryDirectory(prefix="check_") as tmp:  # no warehouse yet: the reference units alone
        empty = Path(tmp) / "empty.duckdb"
        publish(empty, lambda con: None, fresh=True)
        return open_index(empty)


def check_paths(db: Path, paths: list[Path], year: int | None = None, unit: str | None = None,
                scope: str | None = None) -> tuple[list[DryRun], BatchReview]:
    from etl.publishing.desk import account_scope

    index = _index(db)
    account = account_scope(db, scope) if scope and db.exists() else None
    runs = [dry_run(db, p, index, year=year, unit=unit, account=account) for p in expand_paths(paths)]
    return runs, review_batch(runs)


def status_of(run: DryRun) -> str:
    if run.refused:
        return "refused"
    if run.copy_of is not None:
        return "copy"
    if run.already_loaded is not None:
        return "already_loaded"
    return "would_load_with_rejects" if run.parsed.rejects or run.conflicts else "would_load"


_EXIT = {"refused": 2, "copy": 0, "already_loaded": 0, "would_load": 0, "would_load_with_rejects": 1}


def _file_json(run: DryRun) -> dict[str, object]:
    parsed = run.parsed
    status = status_of(run)
    out: dict[str, object] = {"file": str(run.path), "status": status, "copy_of": run.copy_of,
                              "already_loaded": run.already_loaded,
                              "proposals": [{"id": proposal_id(p), **p.to_json()} for p in parsed.proposals]}
    if run.refused and parsed.refused is not None:
        out.update(reason_code=parsed.refused.code, message=parsed.refused.reason_en,
                   message_vi=parsed.refused.reason)
        return out
    withdrawn = len(run.conflicts)
    sheets = [sheet_summary(ledger, parsed.sheet_bindings.get(ledger.sheet), parsed.withdrawn_cells.get(ledger.sheet, 0))
              for ledger in parsed.ledgers]
    for sheet in sheets:  # the conflicts the publish will add move their cells too
        n = run.conflict_cells.get(str(sheet["sheet"]), 0)
        sheet["fact"] = int(sheet["fact"]) - n  # type: ignore[call-overload]
        sheet["reject"] = int(sheet["reject"]) + n  # type: ignore[call-overload]
    cells = {k: sum(int(s[k]) for s in sheets) for k in ("fact", "reject", "label", "ignored")}  # type: ignore[call-overload]
    rejects = list(parsed.rejects) + run.conflicts
    out.update(
        year=parsed.year, years=parsed.years, unit=parsed.scope_name, map=parsed.map,
        facts=len(parsed.facts) - withdrawn, items=len(parsed.items), rows_rejected=len(parsed.rejects) + withdrawn,
        cells=cells, unmapped_columns=parsed.unmapped,
        rejects=[{"sheet": r.sheet, "row": r.row, "cell": r.cell, "value": r.value, "reason_code": r.code,
                  "reason": r.reason_en, "reason_vi": r.reason} for r in rejects],
        replaces=[{"unit": s.unit_name, "year": int(s.year), "metric": s.metric_label, "old": float(s.value_old),
                   "new": float(s.value), "old_source": f"{s.source_file} / {s.source_cell or ''}"}
                  for s in run.supersedes.itertuples()],
        warnings=[_warning_json(run, w) for w in run.warnings])
    return out


def _print_proposals(parsed) -> None:  # noqa: ANN001 - etl.tables.records.ParsedFile
    """The narrative's figures, each with the id ``etl load --take`` names (nothing of them loads unasked)."""
    if not parsed.proposals:
        return
    metrics = default_catalog().metrics
    print(f"    Số liệu đề xuất từ lời văn ({len(parsed.proposals)}; chỉ nạp khi chọn: etl load --take MÃ,MÃ):")
    for p in parsed.proposals:
        shown = f"{p.qualifier} {p.value:g}" if p.qualifier else f"{p.value:g}"
        sentence = p.text if len(p.text) <= 160 else p.text[:159] + "…"
        print(f"    [{proposal_id(p)}] {metrics[p.metric].label_vi if p.metric in metrics else p.metric} = {shown.replace('.', ',')} "
              f"(đoạn {p.paragraph}): “{sentence}”")


def _warning_json(run: DryRun, w) -> dict[str, object]:  # noqa: ANN001 - etl.publishing.annotate.Mark
    return {"code": w.code or "warning", "file": str(run.path), "sheet": w.sheet, "cell": w.cell,
            "message": w.reason_en or w.reason, "message_vi": w.reason}


def run_check(args: argparse.Namespace) -> int:
    from etl.publishing.batch import existing_paths

    paths, missing = existing_paths(args.paths)
    if not paths:
        return 2
    runs, review = check_paths(args.db, paths, args.year, args.unit)
    if not runs:
        print("LỖI: không có tệp bảng tính nào (xlsx, xls, ods, csv) trong đường dẫn đã cho", file=sys.stderr)
        return 2
    code = max([_EXIT[status_of(r)] for r in runs] + ([2] if missing else []))
    if args.json:
        files = [_file_json(r) for r in runs]
        print(json.dumps({
            "db": str(args.db), "files": files,
            "overlaps": [{"files": [str(runs[o.first].path), str(runs[o.second].path)], "same": o.same,
                          "different": o.different, "examples": o.examples} for o in review.overlaps],
            "warnings": [w for f in files for w in f.get("warnings", [])],  # type: ignore[union-attr]
        }, ensure_ascii=False, indent=2))
        return code
    words = {"refused": "KHÔNG NẠP ĐƯỢC", "copy": "TRÙNG TỆP KHÁC", "already_loaded": "ĐÃ CÓ",
             "would_load": "SẼ NẠP", "would_load_with_rejects": "SẼ NẠP, CÓ Ô BỊ LOẠI"}
    for run in runs:
        status = status_of(run)
        print(f"[{words[status]}] {run.path}")
        parsed = run.parsed
        if run.refused and parsed.refused is not None:
            print(f"    {parsed.refused.reason}")
            _print_proposals(parsed)
            continue
        if run.copy_of:
            print(f"    Trùng nội dung với {run.copy_of} trong cùng lần nạp: sẽ không nạp lại")
            continue
        if run.already_loaded is not None:
            print(f"    Tệp đã được nạp trước đây (lần nạp {run.already_loaded}), sẽ không nạp lại")
            continue
        years = ", ".join(str(y) for y in parsed.years) or (str(parsed.year) if parsed.year else "?")
        print(f"    Năm {years}; đơn vị báo cáo: {parsed.scope_name or '?'}; {len(parsed.facts) - len(run.conflicts)} "
              f"số liệu, {len(parsed.items)} mục danh sách; {len(parsed.rejects) + len(run.conflicts)} ô bị loại; thay "
              f"{len(run.supersedes)} số liệu đang có; {len(run.warnings)} cảnh báo")
        for r in (list(parsed.rejects) + run.conflicts)[:15]:
            where = f"{r.sheet}!{r.cell}" if r.cell else f"{r.sheet}, dòng {r.row}"
            print(f"    - {where}: {r.reason}")
        for w in run.warnings[:15]:
            print(f"    ! {w.sheet}!{w.cell}: {w.reason}")
        _print_proposals(parsed)
    for o in review.overlaps:
        a, b = runs[o.first].path.name, runs[o.second].path.name
        if o.different:
            print(f"Hai tệp {a} và {b} cho {o.different} số liệu khác nhau (sẽ không nạp bên nào) và {o.same} số liệu "
                  f"giống nhau: nếu một tệp là bản sửa của tệp kia, nạp riêng tệp đúng. Ví dụ: {'; '.join(o.examples[:3])}")
        else:
            print(f"Hai tệp {a} và {b} cùng cho {o.same} số liệu, giống nhau: mỗi số liệu nạp một lần")
    return code
