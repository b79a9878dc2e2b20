"""Reading a sheet as a clerk laid it out: merged cells, header rows, numbering rows, group rows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.readers import Sheet
from etl.records import Reject, a1, layout_words
from etl.text import fold, nfc
from etl.values import is_blank

_NUMBERING_CELL = re.compile(r"^\(?\s*(\d{1,2}|[a-zA-Z]{1,2})\s*\)?(\s*[=+\-*/x:×]\s*\(?\s*(\d{1,2}|[a-zA-Z])\s*\)?)*$")
_ROMAN = re.compile(r"^(?=[ivxlc]+$)m{0,3}(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$", re.IGNORECASE)
# Group rows: "I. Khối xã, thị trấn", "II - Khối cơ quan", "A) ...". Not "X. Láng Biển" or "P. 3" (unit types).
_GROUP_PREFIX = re.compile(r"^\s*(?:I{1,3}|IV|VI{0,3}|IX|[A-D])\s*[.)/:\-–]\s*\S")
_LEADING_NUMBER = re.compile(r"^\s*\d{1,3}\s*[.)/\-–]\s*")
_HEADER_NUMBER = re.compile(r"\(\s*\d{1,2}\s*\)")


def text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return nfc(value)


class Grid:
    """A sheet with merged cells resolved: ``anchor(r, c)`` is the value shown at (r, c)."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.rows = sheet.rows
        self.height = len(sheet.rows)
        self.width = sheet.width
        self._anchor: dict[tuple[int, int], tuple[int, int]] = {}
        self.merge_bottom: dict[tuple[int, int], int] = {}
        for r1, c1, r2, c2 in sheet.merged:
            if (r2 - r1 + 1) * (c2 - c1 + 1) > 10000:
                continue
            self.merge_bottom[(r1, c1)] = r2
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self._anchor[(r, c)] = (r1, c1)

    def raw(self, r: int, c: int) -> object:
        return self.sheet.cell(r, c)

    def shown(self, r: int, c: int) -> object:
        ar, ac = self._anchor.get((r, c), (r, c))
        return self.sheet.cell(ar, ac)

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
    cells = [text(v) for v in values if not is_blank(v)]
    if len(cells) < 3 or not all(len(c) <= 15 and _NUMBERING_CELL.match(c) for c in cells):
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


def is_footer_row(values: list[object]) -> bool:
    """Notes and signatures under a table: a footer word ("Người lập biểu", "TRƯỞNG BAN", "Ghi chú") and no
    number in the row (an item or unit row always has one: its STT, its year or its figures)."""
    if any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return False
    texts = [text(v) for v in values if isinstance(v, str) and v.strip()]
    if any(t.replace(".", "").replace(",", "").isdigit() for t in texts):
        return False
    return any(starts_with_word(t, "footer_start") for t in texts)


@dataclass
class HeaderBlock:
    top: int
    bottom: int
    paths: dict[int, list[str]]  # column -> header labels, group first


def header_block(grid: Grid, top: int, key_col: int, max_rows: int = 4) -> HeaderBlock:
    """The header rows starting at ``top``: merged groups over their children, then continuation rows."""
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
        if any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in row):
            break
        bottom = r
    paths: dict[int, list[str]] = {}
    for c in range(grid.width):
        labels: list[str] = []
        for r in range(top, bottom + 1):
            label = header_label(grid.shown(r, c))
            if not label and r < bottom and not grid.is_merged_child(r, c):
                label = _group_to_the_left(grid, r, c, bottom)
            if label and (not labels or labels[-1] != label):
                labels.append(label)
        paths[c] = labels
    return HeaderBlock(top, bottom, paths)


def _group_to_the_left(grid: Grid, r: int, c: int, bottom: int) -> str:
    """An unmerged group label typed once over several children: the nearest label to the left on the same
    row, when this column and the columns between have child labels on the row below."""
    if is_blank(grid.shown(bottom, c)):
        return ""
    for left in range(c - 1, -1, -1):
        if is_blank(grid.shown(bottom, left)):
            return ""
        label = header_label(grid.shown(r, left))
        if label:
            return label
    return ""


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
