"""The parts of a report sheet every clerk types: the title block (issuing body on the left, motto and date line on
the right, the title centred), merged multi-row headers over their children, the "(1) (2) ..." numbering row,
the signature block, an instructions sheet."""

from __future__ import annotations

from typing import Any

from tests.corpus_blocks.cells import Grid

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"  # the motto of a party body's paper
STATE = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]  # the motto some offices use instead
CAMPAIGN = "HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH"
SUBJECT = f"KẾT QUẢ {CAMPAIGN}"
NOI_NHAN = ["Nơi nhận:", "- Như trên;", "- Lưu VP."]


def heading(g: Grid, left: list[str], right: list[str], titles: list[str], last_col: int) -> int:
    """The block above the table: issuing body on the left, motto and date on the right, the title centred.
    Returns the first free row (after a blank one)."""
    split = max(4, last_col - 5)
    for i in range(max(len(left), len(right))):
        if i < len(left):
            g.merge(i + 1, 1, i + 1, 3, left[i])
        if i < len(right):
            g.merge(i + 1, split, i + 1, last_col, right[i])
    row = max(len(left), len(right)) + 2
    for t in titles:
        g.merge(row, 1, row, last_col, t)
        row += 1
    return row + 1


def header_row(g: Grid, row: int, labels: list[Any], first_col: int = 1) -> int:
    """A one-row header; returns its last column."""
    return g.put_row(row, labels, first_col)


def group_header(g: Grid, row: int, groups: list[Any], first_col: int = 3, depth: int = 2) -> int:
    """A header `depth` rows high from column `first_col`: a group (label, [items]) merged over the columns of
    its items, which stand on the rows below it; a single label merged down over all the header's rows. Returns
    the last column."""
    col = first_col
    for grp in groups:
        if isinstance(grp, tuple):
            label, children = grp
            width = _width(children)
            g.merge(row, col, row, col + width - 1, label)
            group_header(g, row + 1, children, col, depth - 1)
            col += width
        else:
            g.merge(row, col, row + depth - 1, col, grp)
            col += 1
    return col - 1


def _width(items: list[Any]) -> int:
    return sum(_width(i[1]) if isinstance(i, tuple) else 1 for i in items)


def unit_header(g: Grid, row: int, groups: list[Any], depth: int = 2, stt: str = "STT", unit: str = "Đơn vị") -> int:
    """STT and the unit column merged down over the header's rows, then `group_header` from column 3."""
    g.merge(row, 1, row + depth - 1, 1, stt)
    g.merge(row, 2, row + depth - 1, 2, unit)
    return group_header(g, row, groups, 3, depth)


def numbering(g: Grid, row: int, last_col: int) -> None:
    """The "(1) (2) (3) ..." row printed under a header."""
    g.put_row(row, [f"({c})" for c in range(1, last_col + 1)])


def sign(g: Grid, row: int, left_col: int, right_col: int, left: list[str], right: list[str]) -> None:
    """The signature block from `row` down: the preparer (or "Nơi nhận:") on the left, the signer on the right."""
    for i, line in enumerate(left):
        g.put(row + i, left_col, line)
    for i, line in enumerate(right):
        g.put(row + i, right_col, line)


def cover_sheet(name: str, lines: list[str]) -> Grid:
    """An instructions sheet: one line a row in column A."""
    g = Grid(name)
    g.put_lines(1, lines)
    return g
