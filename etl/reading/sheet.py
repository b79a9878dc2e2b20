"""A sheet as read from any format: its cells, merged ranges, percent-shown cells, the cells far from its table,
and the limits every reader keeps (a workbook's cells and the area of its tables)."""

from __future__ import annotations

from dataclasses import dataclass, field

from etl.reading.cells import is_nonempty, is_number_like

MAX_CELLS = 2_000_000  # non-empty cells of a workbook's sheets together, any format
MAX_AREA = 2 * MAX_CELLS  # the rectangle kept for a workbook's tables (empty cells included), all sheets together
FAR_SHOWN = 20  # far numbers of a sheet kept with their place (for the rejects); the others are counted


class FileRefused(Exception):
    """The file cannot be read at all; ``detail_vi``/``detail_en`` say why."""

    def __init__(self, detail_vi: str, detail_en: str) -> None:
        super().__init__(detail_en)
        self.detail_vi = detail_vi
        self.detail_en = detail_en


@dataclass
class FarCells:
    """The non-empty cells of a sheet far from its table (more than ``ROW_GAP`` empty rows below the block, or
    ``COL_GAP`` empty columns right of it): counted, numbers apart from texts, the first numbers kept with their
    place. They are not in ``Sheet.rows``."""

    numbers: int = 0
    texts: int = 0
    shown: list[tuple[int, int, object, str]] = field(default_factory=list)  # (row, col, value, "rows" | "cols")

    def add(self, r: int, c: int, value: object, across: str) -> None:
        if not is_nonempty(value):
            return
        if is_number_like(value):
            self.numbers += 1
            if len(self.shown) < FAR_SHOWN:
                self.shown.append((r, c, value, across))
        else:
            self.texts += 1

    def join(self, other: FarCells | None) -> None:
        """Adds the far cells found elsewhere (in an .xlsx's XML, before python-calamine read the sheet)."""
        if other is None:
            return
        self.numbers += other.numbers
        self.texts += other.texts
        self.shown = sorted(self.shown + other.shown)[:FAR_SHOWN]

    def __len__(self) -> int:
        return self.numbers + self.texts


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
    far: FarCells = field(default_factory=FarCells)  # non-empty cells far from the table, not in ``rows``
    formulas: tuple[int, int] = (0, 0)  # formulas without a value in the file: (computed here, not computable)
    hidden_rows: set[int] = field(default_factory=set)  # rows and columns hidden in the file (read all the same)
    hidden_cols: set[int] = field(default_factory=set)
    # a document's table (.docx, .pdf): the title block is text above the table, not cells of it (its head and the
    # caption right above), and the caption's paragraph number (1-based) for provenance
    title_lines: list[str] = field(default_factory=list)
    caption_paragraph: int | None = None

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


def _vn(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _too_large(cells: int) -> FileRefused:
    return FileRefused(
        f"bảng tính quá lớn ({_vn(cells)} ô; giới hạn {_vn(MAX_CELLS)} ô): tách thành nhiều tệp",
        f"spreadsheet too large ({cells:,} cells; the limit is {MAX_CELLS:,}): split it into several files")


def check_cells(cells: int) -> None:
    if cells > MAX_CELLS:
        raise _too_large(cells)


def check_area(cells: int) -> None:
    if cells > MAX_AREA:
        raise FileRefused(
            f"bảng tính quá thưa: vùng bảng {_vn(cells)} ô kể cả ô trống (giới hạn {_vn(MAX_AREA)} ô): xoá các "
            "dòng, cột trống giữa các ô hoặc tách thành nhiều tệp",
            f"spreadsheet too sparse: its tables span {cells:,} cells, empty ones included (the limit is "
            f"{MAX_AREA:,}): delete the empty rows and columns between its cells or split it into several files")


@dataclass
class Paragraph:
    index: int  # 1-based, counting the body's paragraphs in order (empty ones too)
    text: str


@dataclass
class Document:
    """What a document (.docx, .pdf) says: its tables as sheets and its paragraphs in order (for the narrative)."""

    sheets: list[Sheet] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    head: list[str] = field(default_factory=list)  # its title block: the issuing body, "Số …", date, "BÁO CÁO" …
    is_document: bool = False  # a Word or PDF report (its paragraphs read), not a workbook
