"""``python -m etl load PATH... [--db FILE] [--year YEAR] [--unit NAME_OR_CODE] [--strict] [--json]``,
``python -m etl check PATH... [--db FILE] [--json]`` (the desk's dry run: nothing written),
``python -m etl sample [--db FILE]``, ``python -m etl undo LOAD_ID [--db FILE]``,
``python -m etl rebuild ARCHIVE --db NEW``, ``python -m etl backup DEST [--db FILE]``,
``python -m etl users add NAME [--role manager|admin] [--scope CODE]`` (the password on standard input),
``users list|remove``, ``python -m etl templates --year Y --scope CODE --out DIR [--db FILE]`` (templates
pre-filled for each reporting unit, their sends recorded).

Exit status: 0 every row loaded (or already loaded); 1 some rows rejected; 2 a file could not be loaded at
all, or the warehouse could not be written (one line on stderr says why; ``--json`` has an ``error`` object).
With several files the worst outcome wins.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

import duckdb

from etl.publishing.batch import existing_paths
from etl.publishing.load import FileOutcome, default_workers, expand_paths, load_files
from etl.publishing.undo import UndoRefused, undo_load
from etl.tables.ledger import REASONS
from etl.tables.proposals import parse_take
from warehouse.db import DATA, REAL_DB, SAMPLE_DB, WarehouseIOError

SAMPLE_DIR = DATA / "sample"
LAYOUT_VI = {"wide": "bảng theo đơn vị, mỗi dòng một đơn vị",
             "transposed": "bảng chỉ tiêu theo dòng, đơn vị theo cột",
             "vertical": "báo cáo của một đơn vị, mỗi dòng một chỉ tiêu",
             "long": "bảng dọc, mỗi dòng một đơn vị và một chỉ tiêu", "models": "danh sách mô hình",
             "commendations": "danh sách khen thưởng", "text": "số liệu trong lời văn, đã chọn để nạp",
             "template": "biểu mẫu đã gửi, nhận ra theo dấu nhận dạng"}
SHEET_STATUS_VI = {"hidden": "trang ẩn, không nạp", "no_table": "không có bảng, bỏ qua"}
STATUS_VI = {"loaded": "ĐÃ NẠP", "loaded_with_rejects": "ĐÃ NẠP, CÓ DÒNG BỊ LOẠI", "refused": "KHÔNG NẠP",
             "already_loaded": "ĐÃ CÓ"}
MAX_REJECTS_SHOWN = 15


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m etl", description="Nạp báo cáo Excel vào kho dữ liệu")
    sub = p.add_subparsers(dest="command", required=True)
    load = sub.add_parser("load", help="nạp tệp hoặc thư mục")
    load.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    load.add_argument("--db", type=Path, default=REAL_DB, help=f"kho dữ liệu (mặc định {REAL_DB.relative_to(DATA.parent)})")
    load.add_argument("--year", type=int, help="năm báo cáo, khi tệp không ghi")
    load.add_argument("--unit", help="đơn vị báo cáo (tên hoặc mã), khi tệp không ghi")
    load.add_argument("--strict", action="store_true", help="không nạp gì của tệp có dòng bị loại")
    load.add_argument("--json", action="store_true", help="kết quả dạng JSON (tiếng Anh)")
    load.add_argument("--annotate", type=Path, metavar="DIR",
                      help="ghi vào DIR bản sao của mỗi tệp có lỗi, các ô lỗi được tô màu và ghi chú lý do")
    load.add_argument("--user", default=None, help="người nạp, ghi vào lịch sử (mặc định: tên đăng nhập máy)")
    load.add_argument("--take", metavar="IDS", default=None,
                      help="số liệu trong lời văn của tệp Word/PDF được chọn để nạp: mã đề xuất (như 12:34, xem "
                           "etl check --json) cách nhau bởi dấu phẩy, hoặc all; không có: không nạp số liệu nào "
                           "trong lời văn")
    load.add_argument("--workers", type=int, default=None, metavar="N",
                      help="số tiến trình đọc tệp song song (mặc định: số nhân CPU; 1: không song song)")
    undo = sub.add_parser("undo", help="hoàn tác một lần nạp: gỡ số liệu của nó, trả lại số liệu nó đã thay")
    undo.add_argument("load_id", type=int, metavar="LOAD_ID")
    undo.add_argument("--db", type=Path, default=REAL_DB)
    undo.add_argument("--user", default=None, help="người hoàn tác (mặc định: tên đăng nhập máy)")
    users = sub.add_parser("users", help="tài khoản cán bộ quản lý dữ liệu (nạp báo cáo trên trang web)")
    users_sub = users.add_subparsers(dest="users_command", required=True)
    add = users_sub.add_parser("add", help="thêm hoặc đặt lại tài khoản; mật khẩu đọc từ đầu vào chuẩn")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=("manager", "admin"), default="manager")
    add.add_argument("--scope", metavar="CODE", default=None,
                     help="chỉ nạp số liệu của một tỉnh (mã 2 chữ số, bản đồ hiện nay; old:NN tỉnh cũ) hoặc một "
                          "huyện trước 1/7/2025 (mã 3 chữ số)")
    users_sub.add_parser("list", help="liệt kê tài khoản")
    remove = users_sub.add_parser("remove", help="xóa tài khoản")
    remove.add_argument("name", metavar="NAME")
    sample = sub.add_parser("sample", help="dựng lại kho dữ liệu mẫu từ data/sample")
    sample.add_argument("--db", type=Path, default=SAMPLE_DB)
    check = sub.add_parser("check", help="kiểm tra tệp như trang Nạp báo cáo: không ghi gì vào kho")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.add_argument("--db", type=Path, default=REAL_DB)
    check.add_argument("--year", type=int)
    check.add_argument("--unit")
    check.add_argument("--json", action="store_true", help="kết quả dạng JSON (tiếng Anh)")
    rebuild = sub.add_parser("rebuild", help="dựng lại kho dữ liệu từ thư mục lưu trữ tệp đã nhận")
    rebuild.add_argument("archive", type=Path, metavar="ARCHIVE")
    rebuild.add_argument("--db", type=Path, required=True, help="kho dữ liệu mới (chưa có)")
    backup = sub.add_parser("backup", help="sao lưu kho dữ liệu và thư mục lưu trữ (được khi trang web đang mở)")
    backup.add_argument("dest", type=Path, metavar="DEST")
    backup.add_argument("--db", type=Path, default=REAL_DB)
    templates = sub.add_parser("templates", help="làm biểu mẫu điền sẵn cho từng đơn vị báo cáo và ghi lại việc gửi")
    templates.add_argument("--year", type=int, required=True, help="năm báo cáo của biểu mẫu")
    templates.add_argument("--scope", required=True, metavar="CODE",
                           help="mã tỉnh (2 chữ số), huyện trước 1/7/2025 (3) hoặc xã (5): một biểu mẫu cho mỗi huyện "
                                "(năm đến 2024), mỗi tỉnh (từ 2025) trong phạm vi")
    templates.add_argument("--out", type=Path, required=True, metavar="DIR", help="thư mục ghi biểu mẫu (.xlsx, "
                           "hoặc .zip khi nhiều đơn vị)")
    templates.add_argument("--each-commune", action="store_true", help="một biểu mẫu cho mỗi xã của phạm vi")
    templates.add_argument("--db", type=Path, default=REAL_DB, help="kho dữ liệu ghi việc gửi (số liệu năm trước "
                           "lấy từ đây)")
    templates.add_argument("--user", default=None, help="người gửi (mặc định: tên đăng nhập máy)")
    templates.add_argument("--json", action="store_true", help="kết quả dạng JSON (tiếng Anh)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "sample":
            return _sample(args.db)
        if args.command == "undo":
            return _undo(args)
        if args.command == "users":
            return _users(args)
        if args.command == "check":
            from etl.publishing.check import run_check

            return run_check(args)
        if args.command == "rebuild":
            return _rebuild(args)
        if args.command == "backup":
            return _backup(args)
        if args.command == "templates":
            return _templates(args)
        return _load(args)
    except WarehouseIOError as fault:
        print(f"LỖI: {fault.vi}", file=sys.stderr)
        if getattr(args, "json", False):
            print(json.dumps({"db": str(getattr(args, "db", "")), "files": [], "error": _error_json(fault)},
                             ensure_ascii=False, indent=2))
        return 2
    except BrokenPipeError:  # the reader of the output went away: etl/__main__.py ends quietly
        raise
    except OSError as fault:  # outside any warehouse: a folder to read or write
        from warehouse.db import io_cause

        where = getattr(fault, "filename", None) or ""
        print(f"LỖI: {where}: {io_cause(fault)[0]}", file=sys.stderr)
        if getattr(args, "json", False):
            print(json.dumps({"error": {"code": "io_error", "path": str(where), "message": io_cause(fault)[1]}},
                             ensure_ascii=False, indent=2))
        return 2


def _error_json(fault: WarehouseIOError) -> dict[str, object]:
    return {"code": "warehouse_io_error", "path": str(fault.path), "cause": fault.cause_en, "message": fault.en}


def _restore_command(run, *args: object) -> tuple[object, int]:
    """(what ``run(*args)`` returned, 0), or (None, 2) with the reason on stderr when a path is missing or taken."""
    try:
        return run(*args), 0
    except (FileExistsError, FileNotFoundError) as problem:
        print(f"LỖI: {problem}", file=sys.stderr)
        return None, 2


def _rebuild(args: argparse.Namespace) -> int:
    from etl.publishing.restore import rebuild

    done, code = _restore_command(rebuild, args.archive, args.db)
    if done is None:
        return code
    print(f"Đã dựng lại {args.db} từ {args.archive}: {done.loads} lần nạp ({done.files} tệp), {done.undos} lần hoàn tác"
          + (f", {done.sends} biểu mẫu đã gửi" if done.sends else ""))
    for line in done.differences:
        print(f"  KHÁC NHẬT KÝ: {line}", file=sys.stderr)
    return 1 if done.differences else 0


def _backup(args: argparse.Namespace) -> int:
    from etl.publishing.restore import backup

    out, code = _restore_command(backup, args.db, args.dest)
    if out is not None:
        print(f"Đã sao lưu kho dữ liệu và thư mục lưu trữ vào {out}")
    return code


def _templates(args: argparse.Namespace) -> int:
    from etl.publishing.send_flow import send_templates
    from etl.publishing.sends import SendRefused
    from etl.publishing.templates import TemplateRefused, write_out

    try:
        made = send_templates(args.db, args.scope, args.year, args.user or _login(), args.each_commune)
    except (TemplateRefused, SendRefused) as refused:
        print(f"LỖI: {refused.vi}", file=sys.stderr)
        if args.json:
            print(json.dumps({"error": {"code": "template_refused", "message": refused.en}}, indent=2))
        return 2
    path = write_out(made, args.out)
    if args.json:
        print(json.dumps({"db": str(args.db), "out": str(path), "sends": [
            {"send_id": s.plan.send_id, "unit_code": s.plan.unit.code, "unit": s.plan.unit.name, "year": s.plan.year,
             "file": s.plan.file_name, "unit_rows": s.rows} for s in made.sent]}, ensure_ascii=False, indent=2))
        return 0
    print(f"[ĐÃ GỬI] {path}")
    for s in made.sent:
        print(f"    {s.plan.file_name}: {s.plan.unit.name} năm {s.plan.year}, {s.rows} dòng đơn vị "
              f"(mã gửi {s.plan.send_id[:8]})")
    print(f"Đã ghi {len(made.sent)} lần gửi vào {args.db}: trang Nạp báo cáo, thẻ Ai chưa báo cáo, theo dõi việc nhận lại")
    return 0


def _users(args: argparse.Namespace) -> int:
    from accounts.users import add_user, load_users, remove_user, users_path

    if args.users_command == "list":
        for user in load_users().values():
            print(f"{user.name}\t{user.role}\t{user.scope or '-'}\t{user.created}")
        return 0
    if args.users_command == "remove":
        if not remove_user(args.name):
            print(f"LỖI: không có tài khoản {args.name}", file=sys.stderr)
            return 2
        print(f"Đã xóa tài khoản {args.name}")
        return 0
    from etl.publishing.scope import parse_scope, scope_name

    try:
        scope = parse_scope(args.scope) if args.scope else None
    except ValueError as problem:
        print(f"LỖI: {problem}", file=sys.stderr)
        return 2
    if scope and args.role == "admin":
        print("LỖI: tài khoản quản trị (admin) không giới hạn phạm vi; bỏ --scope hoặc dùng --role manager",
              file=sys.stderr)
        return 2
    password = getpass.getpass("Mật khẩu: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\r\n")
    try:
        user = add_user(args.name, password, args.role, scope=scope)
    except ValueError as problem:
        print(f"LỖI: {problem}", file=sys.stderr)
        return 2
    where = f", phạm vi {scope_name(user.scope)}" if user.scope else ""
    print(f"Đã lưu tài khoản {user.name} ({user.role}{where}) vào {users_path()}")
    return 0


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in a container: say so rather than fail
        return "?"


def _undo(args: argparse.Namespace) -> int:
    if _is_sample_db(args.db):
        print(f"LỖI: {args.db} là kho dữ liệu mẫu, không hoàn tác được.", file=sys.stderr)
        return 2
    if not args.db.exists():
        print(f"LỖI: không có kho dữ liệu {args.db}", file=sys.stderr)
        return 2
    try:
        done = undo_load(args.db, args.load_id, args.user or _login())
    except WarehouseIOError as fault:
        print(f"LỖI: {fault.vi}", file=sys.stderr)
        return 2
    except UndoRefused as refused:
        print(f"LỖI: {refused.vi}", file=sys.stderr)
        return 2
    print(f"[ĐÃ HOÀN TÁC] lần nạp {done.load_id} ({done.file_name}), ghi là lần {done.undo_id}: gỡ "
          f"{done.facts_removed} số liệu, trả lại {done.facts_restored} số liệu đã bị thay; gỡ {done.items_removed} "
          f"mục danh sách, trả lại {done.items_restored} mục")
    return 0


def _is_sample_db(db: Path) -> bool:
    if db.resolve() == SAMPLE_DB.resolve():
        return True
    if not db.exists():
        return False
    try:
        con = duckdb.connect(str(db), read_only=True)
        try:
            row = con.execute("SELECT value FROM core.meta WHERE key = 'is_sample'").fetchone()
        finally:
            con.close()
    except duckdb.Error:
        return False
    return bool(row and row[0] == "true")


def _progress(n: int, total: int, path: Path) -> None:
    width = 30
    done = int(width * n / total)
    sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {n}/{total} {path.name[:40]:<40}")
    if n == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _load(args: argparse.Namespace) -> int:
    db: Path = args.db
    if _is_sample_db(db):
        print(f"LỖI: {db} là kho dữ liệu mẫu; số liệu thật nạp vào {REAL_DB} (bỏ --db) hoặc một tệp khác.",
              file=sys.stderr)
        return 2
    paths, missing = existing_paths(args.paths)
    if not paths:
        return 2
    show_progress = len(paths) > 1 or any(p.is_dir() for p in paths)
    try:
        take = parse_take(args.take)
        outcomes = load_files(db, paths, year=args.year, unit=args.unit, strict=args.strict,
                              progress=_progress if show_progress and sys.stderr.isatty() else None,
                              annotate_dir=args.annotate, user=args.user or _login(),
                              workers=args.workers or default_workers(),
                              takes={p: take for p in expand_paths(paths)} if take else None)
    except WarehouseIOError as fault:
        if show_progress and sys.stderr.isatty():
            sys.stderr.write("\n")
        print(f"LỖI: {fault.vi}", file=sys.stderr)
        if args.json:
            print(json.dumps({"db": str(db), "files": [], "error": _error_json(fault)}, ensure_ascii=False,
                             indent=2))
        return 2
    if not outcomes and not missing:
        print("LỖI: không có tệp bảng tính nào (xlsx, xls, ods, csv) trong đường dẫn đã cho", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"db": str(db), "files": [_as_json(o) for o in outcomes]}, ensure_ascii=False, indent=2))
    else:
        for o in outcomes:
            _print_summary(o)
    for o in outcomes:
        if o.status == "refused" and not o.strict_refusal:
            print(f"LỖI: {o.path}: {o.message_vi}", file=sys.stderr)
    codes = [o.exit_code for o in outcomes] + ([2] if missing else [])
    return max(codes, default=0)


def _as_json(o: FileOutcome) -> dict[str, object]:
    return {
        "file": str(o.path),
        "status": o.status,
        "load_id": o.load_id,
        "layout": o.layout,
        "year": o.year,
        "years": o.years,
        "map": o.map,
        "unit": o.unit,
        "rows_loaded": o.rows_loaded if o.status in ("loaded", "loaded_with_rejects") else 0,
        "rows_rejected": o.rows_rejected,
        "unmapped_columns": o.unmapped,
        "cells": o.cells,
        "annotated": str(o.annotated) if o.annotated else None,
        "sheets": [{k: v for k, v in sheet.items() if k != "balanced"} for sheet in o.sheets],
        "notes": o.notes_en,
        "message": o.message_en or None,
        "message_vi": o.message_vi or None,
        "reason_code": o.reason_code,
        "template": o.template,
        "rejects": [
            {"sheet": r.sheet, "row": r.row, "cell": r.cell, "value": r.value, "reason_code": r.code,
             "reason": r.reason_en, "reason_vi": r.reason}
            for r in o.rejects
        ],
    }


def ledger_line(sheet: dict[str, object]) -> str:
    """One sheet's ledger in Vietnamese: where each of its non-empty cells went."""
    name = f"Trang “{sheet['sheet']}”" + (f" (sau đoạn {sheet['caption_paragraph']})" if sheet.get("caption_paragraph")
                                         else "")
    if sheet["status"] != "read":
        return f"{name}: {SHEET_STATUS_VI[str(sheet['status'])]} ({sheet['cells']} ô)"
    why = sheet["ignored_why"] if isinstance(sheet["ignored_why"], dict) else {}
    detail = ", ".join(f"{REASONS[k][0]}: {v}" for k, v in why.items())
    binding = LAYOUT_VI.get(str(sheet["binding"]), str(sheet["binding"]))
    return (f"{name} ({binding}): {sheet['cells']} ô có nội dung = {sheet['fact']} số liệu + {sheet['reject']} bị "
            f"loại + {sheet['label']} nhãn, tiêu đề + {sheet['ignored']} bỏ qua" + (f" ({detail})" if detail else ""))


def _print_summary(o: FileOutcome) -> None:
    print(f"[{STATUS_VI[o.status]}] {o.path}")
    if o.status == "already_loaded" or (o.status == "refused" and not o.strict_refusal):
        print(f"    {o.message_vi}")
        return
    layout = " + ".join(LAYOUT_VI.get(x, x) for x in (o.layout or "").split("+") if x)
    years = ", ".join(str(y) for y in o.years) or (str(o.year) if o.year else "?")
    era = {"old": "đơn vị trước 1/7/2025", "new": "đơn vị từ 1/7/2025"}.get(o.map or "", "")
    print(f"    Dạng: {layout}; năm: {years}; đơn vị báo cáo: {o.unit or '?'} ({era})")
    loaded = 0 if o.strict_refusal else o.rows_loaded
    print(f"    Nạp {loaded} số liệu/mục; loại {o.rows_rejected} ô/dòng")
    for sheet in o.sheets:
        print("    " + ledger_line(sheet))
    if o.strict_refusal:
        print(f"    {o.message_vi}")
    for note in o.notes:
        print(f"    Ghi chú: {note}")
    if o.annotated:
        print(f"    Bản đánh dấu lỗi để gửi lại đơn vị: {o.annotated}")
    if o.unmapped:
        print("    Cột không nhận ra (không nạp): " + "; ".join(o.unmapped))
    ordered = sorted(o.rejects, key=lambda r: (r.sheet or "", r.row or 0, len(r.cell or ""), r.cell or ""))
    for r in ordered[:MAX_REJECTS_SHOWN]:
        where = f"{r.sheet}!{r.cell}" if r.cell else f"{r.sheet}, dòng {r.row}"
        print(f"    - {where}: {r.reason}")
    if len(o.rejects) > MAX_REJECTS_SHOWN:
        print(f"    … và {len(o.rejects) - MAX_REJECTS_SHOWN} dòng khác (xem bảng rejects hoặc trang Dữ liệu)")


def _sample(db: Path) -> int:
    files = sorted(SAMPLE_DIR.glob("*.xlsx"))
    if not files:
        print(f"LỖI: không có tệp mẫu trong {SAMPLE_DIR}", file=sys.stderr)
        return 2
    outcomes = load_files(db, files, fresh=True, is_sample=True, workers=default_workers())
    worst = max(o.exit_code for o in outcomes)
    loaded = sum(o.rows_loaded for o in outcomes)
    print(f"Kho dữ liệu mẫu {db}: {len(outcomes)} tệp, {loaded} số liệu/mục")
    for o in outcomes:
        if o.exit_code:
            _print_summary(o)
    return worst
