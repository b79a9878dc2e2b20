"""Read any supported file into sheets of cell values, with merged ranges and percent-formatted cells.

Formats: .xlsx/.xlsm/.xls/.ods (python-calamine), .csv and .txt (UTF-8 with or without BOM, Windows-1258,
or Excel's "Unicode Text": UTF-16 with BOM; comma, semicolon or tab), and HTML tables saved as ".xls" by
web portals. Hidden sheets are read as such (``Sheet.hidden``): the loader skips them and says so.
Zip-based files are checked before parsing: a file whose parts would inflate past ``MAX_UNZIPPED`` is refused (zip bomb).

Limits count content, not a sheet's rectangle: ``MAX_CELLS`` non-empty cells a workbook. A sheet's rows are its
table's block: a cell more than ``ROW_GAP`` empty rows below it, or ``COL_GAP`` empty columns right of it (a
stray value in row 1,048,576) is no part of the rows; it is kept aside in ``Sheet.far``, counted, and the loader
rejects it (a number) or ignores it (a text), saying so. The block kept, empty cells included, is at most
``MAX_AREA`` cells. An .xlsx sheet whose cells span more than that is located from its XML before python-calamine
reads it (which lays a sheet out as one dense rectangle: 550 GB for a value at XFD1048576), and read without
its far cells.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine as pc

from etl.reading import formulas, legacy_fonts, xlsx_formats
from etl.reading.cells import is_nonempty
from etl.reading.docx_tables import is_docx, read_docx
from etl.reading.encodings import decode_text
from etl.reading.html_tables import read_html_tables
from etl.reading.ods_formats import ods_layout
from etl.reading.pdf_tables import read_pdf
from etl.reading.sheet import (
    MAX_AREA,
    MAX_CELLS,
    Document,
    FarCells,
    FileRefused,
    Sheet,
    _vn,
    check_area,
    check_cells,
)

SUPPORTED = {".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".htm", ".html", ".docx", ".pdf"}
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED = 100 * 1024 * 1024  # a district report is well under 1 MB
MAX_RATIO = 200  # uncompressed/compressed of a single part
ROW_GAP = 1_000  # a cell more empty rows than this below the table's block is far from it: no part of it
COL_GAP = 100  # the same, in empty columns right of it
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell: a longer one never came from a spreadsheet


def _sniff_kind(path: Path, head: bytes) -> str:
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.lstrip(b"\x00\t\r\n ")[:5] == b"%PDF-":
        return "pdf"
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


@dataclass
class _Package:
    """What the zip check learnt of a package: OpenDocument or not, the .xlsx's percent cells, and the sheets
    whose XML had to be read without their far cells (``source``: the package to give python-calamine then)."""

    is_ods: bool = False
    is_docx: bool = False
    percent: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    far: dict[str, FarCells] = field(default_factory=dict)
    source: bytes | None = None
    formulas: dict[str, xlsx_formats.SheetFormulas] = field(default_factory=dict)  # formulas without a value
    hidden: dict[str, tuple[set[int], set[int]]] = field(default_factory=dict)  # hidden rows, columns


def _check_zip(path: Path) -> _Package:
    """Refuses a zip bomb or a broken package; reads what python-calamine does not give (OpenDocument or not,
    the .xlsx's percent cells, where each sheet's cells are) while the package is open."""
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
            if _is_ods(zf):
                return _Package(is_ods=True)
            if is_docx(zf):
                return _Package(is_docx=True)
            parts = xlsx_formats.sheet_parts(zf)
            package = _Package(percent=parts.percent, formulas=parts.formulas, hidden=parts.hidden)
            _locate_cells(zf, package)
            return package
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        # a part that does not inflate, an unknown compression method, an encrypted part
        raise FileRefused("tệp bị hỏng hoặc không phải bảng tính", f"corrupt file: {exc}") from exc


def _locate_cells(zf: zipfile.ZipFile, package: _Package) -> None:
    """Where each sheet's cells are, from its XML, before python-calamine lays it out as one dense rectangle (32
    bytes a cell, from its first cell to its last: a value at XFD1048576 asks for 550 GB, and the process
    aborts). A sheet whose cells span more than ``MAX_AREA`` is read cell by cell: its table's block is found
    as ``_plan`` finds it, and the package given to python-calamine is rewritten without the cells outside it
    (the far ones with a value are kept aside in ``package.far``)."""
    rewritten: dict[str, bytes] = {}
    content = 0
    members = xlsx_formats.sheet_members(zf)
    for member in {i.filename for i in zf.infolist()} - set(members.values()):
        # a sheet's XML the workbook does not name as this reader reads it: not laid out unless it is small
        if member.startswith("xl/worksheets/") and member.endswith(".xml"):
            data = zf.read(member)
            bounds = xlsx_formats.cell_bounds(data) or xlsx_formats.value_cells(data)[1:]
            check_area(bounds[0] * bounds[1])
    for name, member in members.items():
        try:
            data = zf.read(member)
        except KeyError:
            continue
        bounds = xlsx_formats.cell_bounds(data)
        if bounds is not None and bounds[0] * bounds[1] <= MAX_AREA:
            continue
        occupied, rows, cols = xlsx_formats.value_cells(data)
        content += sum(len(c) for c in occupied.values())
        check_cells(content)
        keep_rows, keep_cols = _plan(occupied)
        check_area(keep_rows * keep_cols)
        if rows > keep_rows or cols > keep_cols:
            far = package.far[name] = FarCells()
            rewritten[member] = xlsx_formats.drop_cells(
                zf, data, keep_rows, keep_cols,
                lambda r, c, v, far=far, keep=keep_rows: far.add(r, c, v, "rows" if r >= keep else "cols"))
    if rewritten:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as copy:
            for info in zf.infolist():
                copy.writestr(info.filename, rewritten.get(info.filename) or zf.read(info.filename))
        package.source = out.getvalue()


def read_file(path: Path) -> list[Sheet]:
    """All sheets of ``path`` as cell grids. Raises ``FileRefused`` when it cannot be read."""
    return read_document(path).sheets


def read_document(path: Path) -> Document:
    """What ``path`` says: its sheets as cell grids and, for a Word or PDF report, its paragraphs and head too.
    Raises ``FileRefused`` when it cannot be read."""
    path = Path(path)
    document = Document()
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
    elif kind == "pdf":
        document = read_pdf(path)
        sheets = document.sheets
    elif kind == "csv":
        sheets = [_read_csv(path)]
    elif kind in ("zip", "ole"):
        package = _check_zip(path) if kind == "zip" else _Package()
        if package.is_docx:
            kind = "docx"
            document = read_docx(path)
            sheets = document.sheets
        else:
            sheets = _read_calamine(path, kind, package)
    else:
        raise FileRefused("không phải bảng tính hay văn bản (xlsx, xls, ods, csv, docx, pdf)",
                          "not a spreadsheet or a document (xlsx, xls, ods, csv, docx, pdf)")
    if kind in ("html", "docx", "pdf"):
        budget = _Budget()
        for sheet in sheets:
            sheet.rows, sheet.far, keep = _lay_out(_Rows().read(sheet.rows, budget), budget)
            sheet.merged = _within(sheet.merged, keep)
    for sheet in sheets:
        sheet.rows, sheet.legacy_encoding = legacy_fonts.fix_rows(sheet.rows)
    document.sheets = sheets
    return document


def _read_calamine(path: Path, kind: str, package: _Package) -> list[Sheet]:
    try:
        if package.source is not None:
            wb = pc.CalamineWorkbook.from_filelike(io.BytesIO(package.source))
        else:
            wb = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError as exc:
        raise FileRefused("tệp có mật khẩu bảo vệ", "file is password-protected") from exc
    except Exception as exc:  # calamine raises several error types for broken files
        text = str(exc)
        if "password" in text.lower() or "encrypt" in text.lower():
            raise FileRefused("tệp có mật khẩu bảo vệ", "file is password-protected") from exc
        if "cell limit exceeded" in text.lower():
            raise _too_sparse_for_calamine() from exc
        raise FileRefused("tệp bị hỏng hoặc không phải bảng tính", f"corrupt file: {text[:200]}") from exc
    ods = ods_layout(path) if package.is_ods else {}
    sheets: list[Sheet] = []
    budget = _Budget()
    try:
        for meta in wb.sheets_metadata:
            if str(meta.typ) != "SheetTypeEnum.WorkSheet":
                continue
            ws = wb.get_sheet_by_name(meta.name)
            start, end = ws.start, ws.end
            # a row at a time: the sheet's empty cells are never all made Python objects (an .xls or an .ods is
            # laid out from its first cell to its farthest, up to 65,536 × 256 or 100 million cells)
            read = _Rows().read(ws.iter_rows(), budget, start[1] if start else 0)
            if start and end and read.count != end[0] + 1:  # rows counted from the first one, not from row 1
                read.shift(end[0] + 1 - read.count)
            merged = [(a[0], a[1], b[0], b[1]) for a, b in (ws.merged_cell_ranges or [])]
            del ws
            rows, far, keep = _lay_out(read, budget)
            far.join(package.far.get(meta.name))
            cells_percent = package.percent.get(meta.name, set())
            hidden = package.hidden.get(meta.name, (set(), set()))
            found = package.formulas.get(meta.name)
            if package.is_ods and meta.name in ods:
                extra = ods[meta.name]
                cells_percent, merged, hidden = extra.percent, extra.merged, (extra.hidden_rows, extra.hidden_cols)
                if extra.formulas:
                    found = xlsx_formats.SheetFormulas(extra.formulas, {}, False)
            sheet = Sheet(meta.name, rows, _within(merged, keep), cells_percent, far=far)
            sheet.hidden_rows, sheet.hidden_cols = hidden
            if found is not None:
                sheet.formulas = formulas.compute(
                    rows, found.cells, found.cached, found.recalc, keep[1],
                    lambda r, c, v, far=far, keep=keep: far.add(r, c, v, "rows" if r >= keep[0] else "cols"))
            sheet.formats_known = kind == "zip"
            sheet.hidden = str(meta.visible) != "SheetVisibleEnum.Visible"
            sheets.append(sheet)
    except FileRefused:
        raise
    except Exception as exc:
        if "cell limit exceeded" in str(exc).lower():
            raise _too_sparse_for_calamine() from exc
        raise FileRefused("tệp bị hỏng, không đọc hết được", f"corrupt file: {str(exc)[:200]}") from exc
    finally:
        wb.close()
    return sheets


def _too_sparse_for_calamine() -> FileRefused:
    """python-calamine's own limit: it refuses to lay out a sheet (an .ods) of over 100 million cells."""
    return FileRefused(
        f"bảng tính quá thưa: các ô trải trên hơn {_vn(100_000_000)} ô kể cả ô trống: xoá các dòng, cột trống "
        "giữa các ô hoặc lưu lại thành .xlsx",
        "spreadsheet too sparse: its cells span over 100,000,000 cells, empty ones included: delete the empty rows "
        "and columns between them or save it as .xlsx")


def _is_ods(zf: zipfile.ZipFile) -> bool:
    try:
        return zf.read("mimetype").startswith(b"application/vnd.oasis.opendocument")
    except (KeyError, zipfile.BadZipFile):
        return False


class _Budget:
    """What a workbook's sheets have used so far of the limits: non-empty cells, and the rectangles kept."""

    def __init__(self) -> None:
        self.cells = 0
        self.area = 0

    def add_cells(self, n: int) -> None:
        self.cells += n
        check_cells(self.cells)

    def add_area(self, n: int) -> None:
        self.area += n
        check_area(self.area)


class _Rows:
    """The non-empty rows of a sheet, read once and in order (their numbers, their cells), and its blocks of rows:
    runs of rows none more than ``ROW_GAP`` empty rows below the one before, with their number of cells and their
    widest row. A row keeps its cells as a list up to its last non-empty one, or, when they are few and far apart
    (a value at XFD1), as {column: value}."""

    def __init__(self) -> None:
        self.numbers = array("q")
        self.cells: list[list[object] | dict[int, object]] = []
        self.blocks: list[list[int]] = []  # [first row, last row, cells, widest row's length], in order
        self.count = 0  # rows read, empty ones included
        self.sparse = False  # some row is kept as {column: value}

    def read(self, rows: Iterable[list[object]], budget: _Budget, col0: int = 0) -> _Rows:
        """``col0``: the column of each row's first cell. Once per row of a sheet of up to a million: kept lean."""
        numbers, cells, blocks = self.numbers, self.cells, self.blocks
        room = MAX_CELLS - budget.cells
        total = 0
        first = prev = -ROW_GAP - 2  # the block being read: its first and last row, cells, widest row
        in_block = widest = 0
        n = -1
        for n, row in enumerate(rows):
            size = len(row)
            empty = row.count("")  # python-calamine, csv and HTML tables give an empty cell as "": counted in C
            if empty == size:
                continue
            last = size - 1
            v = row[last]
            if v is None or (v.__class__ is str and not v.strip()):
                while last >= 0 and not is_nonempty(row[last]):
                    last -= 1
                if last < 0:
                    continue
            filled = size - empty  # a blank text or None counts: a little over, never under
            total += filled
            if total > room:
                budget.add_cells(total)
            if col0 + last >= 2 * filled + 64:  # a wide row of few cells
                cells.append({col0 + c: v for c, v in enumerate(row) if is_nonempty(v)})
                self.sparse = True
            elif col0:
                cells.append([None] * col0 + list(row[:last + 1]))
            else:
                cells.append(row if last == size - 1 else row[:last + 1])
            numbers.append(n)
            if n - prev - 1 > ROW_GAP:
                if in_block:
                    blocks.append([first, prev, in_block, widest])
                first, in_block, widest = n, 0, 0
            prev = n
            in_block += filled
            if col0 + last >= widest:
                widest = col0 + last + 1
        if in_block:
            blocks.append([first, prev, in_block, widest])
        budget.add_cells(total)
        self.count = n + 1
        return self

    def shift(self, dr: int) -> None:
        """Rows were counted from the sheet's first one, ``dr`` rows below row 1."""
        self.numbers = array("q", (r + dr for r in self.numbers))
        for block in self.blocks:
            block[0] += dr
            block[1] += dr

    @staticmethod
    def columns(row: list[object] | dict[int, object]) -> list[int]:
        if isinstance(row, dict):
            return sorted(row)
        return [c for c, v in enumerate(row) if is_nonempty(v)]

    def plan(self) -> tuple[int, int]:
        """``_plan``, from the blocks: the columns of the rows are counted only when the sheet is wider than
        ``COL_GAP`` columns (no narrower sheet can have a gap of more)."""
        if not self.blocks:
            return 0, 0
        main = max(self.blocks, key=lambda b: b[2])  # the first of the largest
        keep_rows = main[1] + 1
        widest = max(b[3] for b in self.blocks if b[0] < keep_rows)
        if widest <= COL_GAP + 1:
            return keep_rows, widest
        counts: Counter[int] = Counter()
        for r, row in zip(self.numbers, self.cells, strict=True):
            if r < keep_rows:
                counts.update(self.columns(row))
        return keep_rows, _block_end(sorted(counts.items()), COL_GAP) + 1


def _block_end(cells: list[tuple[int, int]], gap: int) -> int:
    """The last place of the block with the most cells, a block being a run of places (rows or columns, with
    their number of cells, in order) none more than ``gap`` empty places from the one before; the first such
    block on a tie."""
    best_n, best_end = -1, 0
    n, prev = 0, None
    for place, k in cells:
        if prev is not None and place - prev - 1 > gap:
            if n > best_n:
                best_n, best_end = n, prev
            n = 0
        n += k
        prev = place
    if prev is not None and n > best_n:
        best_end = prev
    return best_end


def _plan(occupied: dict[int, list[int]]) -> tuple[int, int]:
    """(rows, columns) of a sheet's table block from A1, given {row: its non-empty columns}: down to the last row
    of the block of rows with the most cells, right to the last column of the block of columns (of those rows)
    with the most cells. A cell beyond it is far: more than ``ROW_GAP`` empty rows below the block, or
    ``COL_GAP`` empty columns right of it."""
    if not occupied:
        return 0, 0
    rows = sorted(occupied)
    keep_rows = _block_end([(r, len(occupied[r])) for r in rows], ROW_GAP) + 1
    counts: Counter[int] = Counter()
    for r in rows:
        if r >= keep_rows:
            break
        counts.update(occupied[r])
    return keep_rows, _block_end(sorted(counts.items()), COL_GAP) + 1


def _lay_out(read: _Rows, budget: _Budget) -> tuple[list[list[object]], FarCells, tuple[int, int]]:
    """The rows of the sheet's table block (``_Rows.plan``), its far cells, and the block's (rows, columns)."""
    keep_rows, keep_cols = read.plan()
    budget.add_area(keep_rows * keep_cols)
    far = FarCells()
    numbers = read.numbers
    if not read.sparse and (not numbers or numbers[-1] < keep_rows) and max(b[3] for b in read.blocks) <= keep_cols:
        if len(numbers) == keep_rows:
            return read.cells, far, (keep_rows, keep_cols)  # every row holds something, none is far: as read
        laid: list[list[object]] = [[] for _ in range(keep_rows)]
        for r, row in zip(numbers, read.cells, strict=True):
            laid[r] = row  # type: ignore[assignment]
        return laid, far, (keep_rows, keep_cols)
    rows: list[list[object]] = []
    below: list[tuple[int, list[object] | dict[int, object]]] = []
    for r, row in zip(read.numbers, read.cells, strict=True):
        if r >= keep_rows:
            below.append((r, row))
            continue
        while len(rows) < r:
            rows.append([])
        if isinstance(row, dict):
            for c in sorted(row):
                if c >= keep_cols:
                    far.add(r, c, row[c], "cols")
            kept = [c for c in row if c < keep_cols]
            dense: list[object] = [None] * (max(kept) + 1 if kept else 0)
            for c in kept:
                dense[c] = row[c]
            row = dense
        elif len(row) > keep_cols:
            for c in range(keep_cols, len(row)):
                far.add(r, c, row[c], "cols")
            row = row[:keep_cols]
        rows.append(row)
    while len(rows) < keep_rows:
        rows.append([])
    for r, row in below:
        for c in read.columns(row):
            far.add(r, c, row[c], "rows")
    return rows, far, (keep_rows, keep_cols)


def _within(merged: list[tuple[int, int, int, int]], keep: tuple[int, int]) -> list[tuple[int, int, int, int]]:
    """The merged ranges that start inside the table block."""
    return [m for m in merged if m[0] < keep[0] and m[1] < keep[1]]


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

    def records() -> Iterable[list[object]]:
        for n, record in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1):
            longest = max(map(len, record), default=0)
            if longest > MAX_CELL_CHARS:
                raise FileRefused(
                    f"dòng {n} có một ô dài {_vn(longest)} ký tự, quá giới hạn {_vn(MAX_CELL_CHARS)} ký tự một ô "
                    "của Excel: tệp không phải bảng tính lưu từ Excel",
                    f"row {n} has a cell of {longest:,} characters, over Excel's limit of {MAX_CELL_CHARS:,}: "
                    "not a spreadsheet saved by Excel")
            yield record

    budget = _Budget()
    try:
        read = _Rows().read(records(), budget)
    except csv.Error as exc:
        raise FileRefused(f"tệp CSV hỏng, không đọc được ({exc})", f"broken CSV file ({exc})") from exc
    rows, far, _ = _lay_out(read, budget)
    name = re.sub(r"\.(csv|txt)$", "", path.name, flags=re.IGNORECASE)
    return Sheet(name, rows, is_text=True, text_encoding=encoding, far=far)
