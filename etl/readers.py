"""Read any supported file into sheets of cell values, with merged ranges and percent-formatted cells.

Formats: .xlsx/.xlsm/.xls/.ods (python-calamine), .csv and .txt (UTF-8 with or without BOM, Windows-1258,
or Excel's "Unicode Text": UTF-16 with BOM; comma, semicolon or tab), and HTML tables saved as ".xls" by
web portals. Hidden sheets are read as such (``Sheet.hidden``): the loader skips them and says so.
Zip-based files are checked before parsing: a file whose parts would inflate past ``MAX_UNZIPPED`` is refused (zip bomb).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine as pc

from etl import legacy_fonts, xlsx_formats
from etl.html_tables import read_html_tables
from etl.ods_formats import ods_layout

SUPPORTED = {".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".htm", ".html"}
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED = 100 * 1024 * 1024  # a district report is well under 1 MB
MAX_RATIO = 200  # uncompressed/compressed of a single part
MAX_CELLS = 2_000_000  # of a workbook's sheets together (their used area), any format
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell: a longer one never came from a spreadsheet


class FileRefused(Exception):
    """The file cannot be read at all; ``detail_vi``/``detail_en`` say why."""

    def __init__(self, detail_vi: str, detail_en: str) -> None:
        super().__init__(detail_en)
        self.detail_vi = detail_vi
        self.detail_en = detail_en


@dataclass
class Sheet:
    name: str
    rows: list[list[object]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2 (0-based, inclusive)
    percent: set[tuple[int, int]] = field(default_factory=set)  # cells shown as percentages
    legacy_encoding: str | None = None  # 'tcvn3' or 'vni' when legacy-font text was converted
    formats_known: bool = True  # False for legacy .xls: number formats are not read (see shows_percent)
    hidden: bool = False  # a hidden sheet (last year's copy kept in the workbook): not loaded
    is_text: bool = False  # read from a CSV or text file: a row may be split by a stray separator
    text_encoding: str | None = None  # a text file's encoding; "mixed": UTF-8 and Windows-1258 lines

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def shows_percent(self, r: int, c: int, raw: object) -> bool:
        """Is (r, c) a fraction shown as a percentage? From the cell's number format; for legacy .xls,
        whose formats are not read, a number between 0 and 1 in a percentage column is taken as one
        (a registration rate below 1% is not a real figure)."""
        if (r, c) in self.percent:
            return True
        return not self.formats_known and isinstance(raw, float) and 0 < raw <= 1

    def cell(self, r: int, c: int) -> object:
        rows = self.rows
        if r < len(rows):
            row = rows[r]
            if c < len(row):
                return row[c]
        return None


def _sniff_kind(path: Path, head: bytes) -> str:
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"  # legacy .xls, or an encrypted (password-protected) .xlsx
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<table", b"<meta", b"<?xml", b"<head", b"<body")):
        return "html"
    if path.suffix.lower() in (".csv", ".txt") or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "csv"
    if b"<table" in head.lower():
        return "html"
    return "unknown"


def _check_zip(path: Path) -> tuple[bool, dict[str, set[tuple[int, int]]]]:
    """Refuses a zip bomb or a broken package; (is it an OpenDocument file, the .xlsx's percent cells), read
    while the package is open (one opening of the file's zip directory, not three)."""
    try:
        with zipfile.ZipFile(path) as zf:
            total = 0
            for info in zf.infolist():
                total += info.file_size
                if info.compress_size and info.file_size / max(info.compress_size, 1) > MAX_RATIO \
                        and info.file_size > 10 * 1024 * 1024:
                    raise FileRefused("tệp nén bất thường (có thể là “zip bomb”)",
                                      "abnormal compression ratio (zip bomb?)")
            if total > MAX_UNZIPPED:
                raise FileRefused(
                    f"nội dung giải nén quá lớn ({total // (1024 * 1024)} MB)",
                    f"uncompressed content too large ({total // (1024 * 1024)} MB)",
                )
            is_ods = _is_ods(zf)
            return is_ods, ({} if is_ods else xlsx_formats.percent_cells(zf))
    except zipfile.BadZipFile as exc:
        raise FileRefused("tệp bị hỏng hoặc không phải bảng tính", f"corrupt file: {exc}") from exc


def read_file(path: Path) -> list[Sheet]:
    """All sheets of ``path`` as cell grids. Raises ``FileRefused`` when it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise FileRefused(f"không mở được tệp ({exc.strerror})", f"cannot open file ({exc.strerror})") from exc
    if size == 0:
        raise FileRefused("tệp rỗng", "empty file")
    if size > MAX_FILE_BYTES:
        raise FileRefused(f"tệp quá lớn ({size // (1024 * 1024)} MB)", f"file too large ({size // (1024 * 1024)} MB)")
    kind = _sniff_kind(path, head)
    if kind == "html":
        sheets = read_html_tables(path.read_bytes())
    elif kind == "csv":
        sheets = [_read_csv(path)]
    elif kind in ("zip", "ole"):
        package = _check_zip(path) if kind == "zip" else (False, {})
        sheets = _read_calamine(path, kind, *package)
    else:
        raise FileRefused("không phải bảng tính (xlsx, xls, ods, csv)", "not a spreadsheet (xlsx, xls, ods, csv)")
    for sheet in sheets:
        sheet.rows, sheet.legacy_encoding = legacy_fonts.fix_rows(sheet.rows)
    return sheets


def _read_calamine(path: Path, kind: str, is_ods: bool = False,
                   percent: dict[str, set[tuple[int, int]]] | None = None) -> list[Sheet]:
    try:
        wb = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError as exc:
        raise FileRefused("tệp có mật khẩu bảo vệ", "file is password-protected") from exc
    except Exception as exc:  # calamine raises several error types for broken files
        text = str(exc)
        if "password" in text.lower() or "encrypt" in text.lower():
            raise FileRefused("tệp có mật khẩu bảo vệ", "file is password-protected") from exc
        raise FileRefused("tệp bị hỏng hoặc không phải bảng tính", f"corrupt file: {text[:200]}") from exc
    ods = ods_layout(path) if is_ods else {}
    percent = percent or {}
    sheets: list[Sheet] = []
    cells = 0
    try:
        for meta in wb.sheets_metadata:
            if str(meta.typ) != "SheetTypeEnum.WorkSheet":
                continue
            ws = wb.get_sheet_by_name(meta.name)
            cells += ws.total_height * ws.total_width if hasattr(ws, "total_height") else 0
            if cells > MAX_CELLS:
                raise _too_large(cells)
            rows = ws.to_python(skip_empty_area=False)
            merged = [(a[0], a[1], b[0], b[1]) for a, b in (ws.merged_cell_ranges or [])]
            cells_percent = percent.get(meta.name, set())
            if is_ods:
                cells_percent, merged = ods.get(meta.name, (set(), merged))
            sheet = Sheet(meta.name, [list(r) for r in rows], merged, cells_percent)
            sheet.formats_known = kind == "zip"
            sheet.hidden = str(meta.visible) != "SheetVisibleEnum.Visible"
            sheets.append(sheet)
    except FileRefused:
        raise
    except Exception as exc:
        raise FileRefused("tệp bị hỏng, không đọc hết được", f"corrupt file: {str(exc)[:200]}") from exc
    finally:
        wb.close()
    return sheets


def _is_ods(zf: zipfile.ZipFile) -> bool:
    try:
        return zf.read("mimetype").startswith(b"application/vnd.oasis.opendocument")
    except (KeyError, zipfile.BadZipFile):
        return False


def _vn(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _too_large(cells: int) -> FileRefused:
    return FileRefused(
        f"bảng tính quá lớn ({_vn(cells)} ô; giới hạn {_vn(MAX_CELLS)} ô): tách thành nhiều tệp",
        f"spreadsheet too large ({cells:,} cells; the limit is {MAX_CELLS:,}): split it into several files")


def check_cells(cells: int) -> None:
    if cells > MAX_CELLS:
        raise _too_large(cells)


def decode_text(data: bytes) -> tuple[str, str | None]:
    """(text, encoding): UTF-16 with its BOM (Excel's "Unicode Text"), UTF-8 (with or without BOM), else
    Windows-1258 (Vietnamese Windows); a file that mixes UTF-8 lines with Windows-1258 lines (two exports
    pasted together) is decoded line by line ("mixed")."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8 = legacy = 0
    decoded = []
    for line in lines:
        try:
            text = line.decode("utf-8")
            if not line.isascii():
                utf8 += 1
        except UnicodeDecodeError:
            text = line.decode("cp1258", errors="replace")
            legacy += 1
        decoded.append(text)
    if utf8 and legacy:
        return "\n".join(decoded).removeprefix("\ufeff"), "mixed"
    return data.decode("cp1258", errors="replace"), "cp1258"


def _looks_binary(text: str) -> bool:
    """Random bytes or a binary file renamed .csv: NUL characters, or many control characters (a text file
    from Excel has tabs and line ends only)."""
    head = text[:65536]
    if "\x00" in head:
        return True
    controls = sum(1 for ch in head if ch < " " and ch not in "\t\n\r")
    return controls > max(8, len(head) // 100)


def _read_csv(path: Path) -> Sheet:
    text, encoding = decode_text(path.read_bytes())
    if _looks_binary(text):
        raise FileRefused("không phải tệp văn bản CSV (nội dung nhị phân)", "not a CSV text file (binary content)")
    lines = text.splitlines()[:50]
    counts = {d: sum(line.count(d) for line in lines) for d in (";", ",", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    csv.field_size_limit(MAX_FILE_BYTES)
    rows: list[list[object]] = []
    cells = 0
    try:
        for n, record in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1):
            longest = max((len(v) for v in record), default=0)
            if longest > MAX_CELL_CHARS:
                raise FileRefused(
                    f"dòng {n} có một ô dài {_vn(longest)} ký tự, quá giới hạn {_vn(MAX_CELL_CHARS)} ký tự một ô của "
                    "Excel: tệp không phải bảng tính lưu từ Excel",
                    f"row {n} has a cell of {longest:,} characters, over Excel's limit of {MAX_CELL_CHARS:,}: "
                    "not a spreadsheet saved by Excel")
            cells += len(record)
            check_cells(cells)
            rows.append(list(record))
    except csv.Error as exc:
        raise FileRefused(f"tệp CSV hỏng, không đọc được ({exc})", f"broken CSV file ({exc})") from exc
    name = re.sub(r"\.(csv|txt)$", "", path.name, flags=re.IGNORECASE)
    return Sheet(name, rows, is_text=True, text_encoding=encoding)
