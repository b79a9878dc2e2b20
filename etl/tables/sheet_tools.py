"""Reading a sheet as a clerk laid it out: merged cells, header rows, numbering rows, group rows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.reading.readers import Sheet
from etl.reference.text import fold, nfc
from etl.reference.values import is_blank
from etl.tables.records import Reject, a1, layout_words

_NUMBERING_CELL = re.compile(r"^\(?\s*(\d{1,2}|[a-zA-Z]{1,2})\s*\)?(\s*[=+\-*/x:×]\s*\(?\s*(\d{1,2}|[a-zA-Z])\s*\)?)*$")
_ROMAN = re.compile(r"^(?=[ivxlc]+$)m{0,3}(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$", re.IGNORECASE)
# Group rows: "I. Khối xã, thị trấn", "II - Khối cơ quan", "A) ...". Not "X. Láng Biển" or "P. 3" (unit types).
_GROUP_PREFIX = re.compile(r"^\s*(?:I{1,3}|IV|VI{0,3}|IX|[A-D])\s*[.)/:\-–]\s*\S")
_LEADING_NUMBER = re.compile(r"^\s*\d{1,3}\s*[.)/\-–]\s*")
_HEADER_NUMBER = re.compile(r"\(\s*\d{1,2}\s*\)")


def text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return _text_of(value) if len(value) <= 200 else nfc(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return str(value)  # digits, a point, a sign or "True": NFC and without spaces already
    return nfc(value)


@lru_cache(maxsize=65536)
def _text_of(value: str) -> str:
    return nfc(value)  # texts repeat (unit names, "x", headers): normalised once


class Grid:
    """A sheet with merged cells resolved: ``anchor(r, c)`` is the value shown at (r, c)."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.rows = sheet.rows
        self.height = len(sheet.rows)
        self.width = sheet.width
        self._anchor: dict[tuple[int, int], tuple[int, int]] = {}
        self._shown_rows: dict[int, list[object]] = {}
        self._text_cells: dict[int, list[tuple[int, str]]] = {}
        self.merge_bottom: dict[tuple[int, int], int] = {}
        self._covered: dict[int, list[tuple[int, int, int]]] = {}  # row -> (col, anchor row, anchor col) of merges
        self.raw = sheet.cell  # type: ignore[method-assign]  # the value as stored, without a call in between
        for r1, c1, r2, c2 in sheet.merged:
            if (r2 - r1 + 1) * (c2 - c1 + 1) > 10000:
                continue
            self.merge_bottom[(r1, c1)] = r2
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self._anchor[(r, c)] = (r1, c1)
                    if (r, c) != (r1, c1):
                        self._covered.setdefault(r, []).append((c, r1, c1))

    def raw(self, r: int, c: int) -> object:
        return self.sheet.cell(r, c)

    def shown(self, r: int, c: int) -> object:
        ar, ac = self._anchor.get((r, c), (r, c))
        return self.sheet.cell(ar, ac)

    def shown_row(self, r: int) -> list[object]:
        """Row ``r`` as shown (merged ranges filled in), computed once."""
        row = self._shown_rows.get(r)
        if row is None:
            if r >= self.height:
                row = [self.shown(r, c) for c in range(self.width)] if self._anchor else []
            else:  # the row as stored, then the cells merged ranges cover (the few of a header)
                row = list(self.rows[r]) + [None] * (self.width - len(self.rows[r]))
                cell = self.sheet.cell
                for c, ar, ac in self._covered.get(r, ()):
                    if c < self.width:
                        row[c] = cell(ar, ac)
            self._shown_rows[r] = row
        return row

    def text_cells(self, r: int) -> list[tuple[int, str]]:
        """(column, text) of the non-empty texts of row ``r`` as shown, computed once."""
        cells = self._text_cells.get(r)
        if cells is None:
            cells = self._text_cells[r] = [(c, v) for c, v in enumerate(self.shown_row(r)) if isinstance(v, str) and v]
        return cells

    def anchor(self, r: int, c: int) -> tuple[int, int]:
        """The top-left cell of the merged range that covers (r, c), or (r, c) itself."""
        return self._anchor.get((r, c), (r, c))

    def is_merged_child(self, r: int, c: int) -> bool:
        anchor = self._anchor.get((r, c))
        return anchor is not None and anchor != (r, c)

    def row_texts(self, r: int) -> list[str]:
        return [text(v) for v in (self.rows[r] if r < self.height else [])]

    def row_is_blank(self, r: int) -> bool:
        return all(is_blank(v) for v in (self.rows[r] if r < self.height else []))

    def line(self, r: int) -> str:
        """All texts of a row joined: how a title line reads."""
        return " ".join(t for t in self.row_texts(r) if t)


def header_label(value: object) -> str:
    """A header cell without its column number: "Tổng số (3)" -> "Tổng số"."""
    return _HEADER_NUMBER.sub(" ", text(value)).strip()


def is_word(value: object, role: str) -> bool:
    return fold(header_label(value)) in layout_words()[role]


def starts_with_word(value: object, role: str) -> bool:
    f = fold(value)
    return any(f == w or f.startswith(w + " ") for w in layout_words()[role])


def is_numbering_row(values: list[object]) -> bool:
    """The row under a header that numbers its columns: "(1) (2) (3)", "A B 1 2 3", "1 2 3=1+2"."""
    cells = []
    for v in values:  # a data row fails at its first cell (the unit's name): no need to read the rest
        if is_blank(v):
            continue
        c = text(v)
        if len(c) > 15 or not _NUMBERING_CELL.match(c):
            return False
        cells.append(c)
    if len(cells) < 3:
        return False
    numbers = [int(m.group(1)) for c in cells if (m := re.match(r"^\(?\s*(\d{1,2})", c))]
    steps = [b - a for a, b in zip(numbers, numbers[1:], strict=False)]
    return len(numbers) >= 2 and sum(1 for s in steps if s == 1) >= 0.7 * len(steps)


def is_roman(value: object) -> bool:
    t = text(value).rstrip(".").strip()
    return bool(t) and bool(_ROMAN.match(t))


def is_group_label(value: object) -> bool:
    return bool(_GROUP_PREFIX.match(text(value)))


def strip_leading_number(value: str) -> str:
    return _LEADING_NUMBER.sub("", value).strip()


def strip_group_prefix(value: str) -> str:
    return re.sub(r"^\s*(?:I{1,3}|IV|VI{0,3}|IX|[A-D])\s*[.)/:\-–]\s*", "", value).strip()


def _has_number(values: list[object]) -> bool:
    if any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return True
    return any(isinstance(v, str) and v.strip().replace(".", "").replace(",", "").isdigit() for v in values)


def is_signature_row(values: list[object]) -> bool:
    """The signature block under a table ("Nơi nhận:", "T/M BAN THƯỜNG VỤ", "Người lập biểu", "(Đã ký)"):
    a signature word and no number in the row (a unit or item row always has one: its STT or its figures)."""
    if _has_number(values):
        return False
    texts = [text(v) for v in values if isinstance(v, str) and v.strip()]
    return any(starts_with_word(t, "signature_start") and not is_note_text(t) for t in texts)


def is_note_text(value: object) -> bool:
    """A note typed inside or under a table: "Ghi chú: ...", "(*) Số liệu tạm tính", "* ..."."""
    t = text(value)
    if t.startswith(("(*)", "*", "(**)")):
        return True
    return starts_with_word(t, "note_start")


def is_note_row(values: list[object]) -> bool:
    """A row that holds only a note (one text, or several texts of which the first is a note)."""
    texts = [text(v) for v in values if not is_blank(v)]
    return bool(texts) and is_note_text(texts[0])


@dataclass
class HeaderBlock:
    top: int
    bottom: int
    paths: dict[int, list[str]]  # column -> header labels, group first
    cells: dict[int, list[tuple[int, int]]]  # column -> where each label of its path is written (r, c)


def _is_year_number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer() and 2000 <= v <= 2100


def header_block(grid: Grid, top: int, key_col: int, max_rows: int = 4) -> HeaderBlock:
    """The header rows starting at ``top``: merged groups over their children, then continuation rows (text,
    or years typed as numbers over year groups)."""
    bottom = top
    changed = True
    while changed:
        changed = False
        for (r1, _c1), r2 in grid.merge_bottom.items():
            if top <= r1 <= bottom and r2 > bottom and r2 - top < max_rows:
                bottom, changed = r2, True
    while bottom + 1 < grid.height and bottom - top + 1 < max_rows:
        r = bottom + 1
        row = grid.rows[r]
        if not is_blank(grid.shown(r, key_col)) and not grid.is_merged_child(r, key_col):
            break
        if is_numbering_row(row) or all(is_blank(v) for v in row):
            break
        if any(isinstance(v, (int, float)) and not isinstance(v, bool) and not _is_year_number(v) for v in row):
            break
        if is_note_row(row) or is_signature_row(row):
            break
        bottom = r
    paths: dict[int, list[str]] = {}
    cells: dict[int, list[tuple[int, int]]] = {}
    for c in range(grid.width):
        labels: list[str] = []
        where: list[tuple[int, int]] = []
        for r in range(top, bottom + 1):
            label = header_label(grid.shown(r, c))
            at = grid.anchor(r, c)
            if not label and r < bottom and not grid.is_merged_child(r, c):
                label, at = _group_to_the_left(grid, r, c, bottom)
            if label and (not labels or labels[-1] != label):
                labels.append(label)
                where.append(at)
        paths[c] = labels
        cells[c] = where
    return HeaderBlock(top, bottom, paths, cells)


def _group_to_the_left(grid: Grid, r: int, c: int, bottom: int) -> tuple[str, tuple[int, int]]:
    """An unmerged group label typed once over several children: the nearest label to the left on the same
    row, when this column and the columns between have child labels on the row below."""
    if is_blank(grid.shown(bottom, c)):
        return "", (r, c)
    for left in range(c - 1, -1, -1):
        if is_blank(grid.shown(bottom, left)):
            return "", (r, c)
        label = header_label(grid.shown(r, left))
        if label:
            return label, grid.anchor(r, left)
    return "", (r, c)


def row_year(grid: Grid, r: int, col: int | None, default: int | None, max_year: int) -> tuple[int | None, Reject | None]:
    """The year of row ``r``: its own year cell (column ``col``) if it has one, else ``default``; a reject
    when the cell is not a year between 2000 and ``max_year``, or when there is no year at all."""
    raw = grid.raw(r, col) if col is not None else None
    sheet = grid.sheet.name
    if is_blank(raw):
        if default is None:
            return None, Reject.of("bad_year", sheet, r + 1, None, "", max_year=max_year)
        return default, None
    try:
        year = int(float(text(raw)))
    except ValueError:
        year = None
    if year is None or not 2000 <= year <= max_year:
        return None, Reject.of("bad_year", sheet, r + 1, a1(r, col or 0), text(raw), max_year=max_year)
    return year, None
