"""A report sheet typed from the top, the way a clerk fills one in: the title block, the header, the numbering row,
the table with what a correct loader must make of it, notes, the signature block; then the file and its case."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.corpus_blocks import parts
from tests.corpus_blocks.cells import Grid
from tests.corpus_blocks.expect import Case, Expect, Line, Row, Spec, lay, lay_transposed, lay_vertical
from tests.corpus_blocks.units import Unit


class Sheet(Grid):
    """A sheet being typed: `row` is the next row to type on, `last` the last column of the table; what a correct
    loader must make of its figures goes to `exp` (one `Expect` for all the sheets of a workbook)."""

    def __init__(self, name: str = "Sheet1", exp: Expect | None = None, font: str | None = None) -> None:
        super().__init__(name, font)
        self.exp = exp if exp is not None else Expect()
        self.row = 1
        self.last = 1
        self.path: Path | None = None

    def title(self, left: list[str], right: list[str], titles: list[str], last: int) -> Sheet:
        """The title block over columns 1..`last`: issuing body left, motto and date line right, the titles."""
        self.last = last
        self.row = parts.heading(self, left, right, titles, last)
        return self

    def skip(self, rows: int = 1) -> Sheet:
        self.row += rows
        return self

    def header(self, labels: list[Any], first_col: int = 1) -> Sheet:
        """A one-row header."""
        parts.header_row(self, self.row, labels, first_col)
        return self.skip()

    def groups(self, groups: list[Any], depth: int = 2, stt: str | None = "STT", unit: str = "Đơn vị",
               first_col: int = 3) -> Sheet:
        """A header `depth` rows high: STT and the unit column merged down (unless `stt` is None), then the
        groups over their children (see `group_header`)."""
        if stt is None:
            parts.group_header(self, self.row, groups, first_col, depth)
        else:
            parts.unit_header(self, self.row, groups, depth, stt, unit)
        return self.skip(depth)

    def numbered(self) -> Sheet:
        """The "(1) (2) ..." row under the header."""
        parts.numbering(self, self.row, self.last)
        return self.skip()

    def rows(self, rows: list[Row], specs: list[Spec], year: int | None, **cols: int) -> Sheet:
        """Unit rows (see `lay`)."""
        self.row = lay(self, self.row, rows, specs, year, self.exp, **cols)
        return self

    def lines(self, lines: list[Line], unit: Unit, year: int | None, **cols: Any) -> Sheet:
        """One unit's indicators as rows (see `lay_vertical`)."""
        self.row = lay_vertical(self, self.row, lines, unit, year, self.exp, **cols)
        return self

    def across(self, lines: list[Line], units: list[Unit | str], names_row: int, year: int, **cols: Any) -> Sheet:
        """Indicators as rows, units as columns (see `lay_transposed`)."""
        self.row = lay_transposed(self, self.row, lines, units, names_row, year, self.exp, **cols)
        return self

    def note(self, text: str, first_col: int = 1, last_col: int | None = None) -> Sheet:
        """A line of text merged across the table (or typed in one cell if `last_col` is `first_col`)."""
        self.merge(self.row, first_col, self.row, self.last if last_col is None else last_col, text)
        return self.skip()

    def sign(self, left: list[str], right: list[str], right_col: int, left_col: int = 2, gap: int = 1) -> Sheet:
        """The signature block `gap` rows below the table."""
        parts.sign(self, self.row + gap, left_col, right_col, left, right)
        return self

    def save(self, writer: Callable[..., Path], path: Path, *others: Grid, **options: Any) -> Sheet:
        """Write the file (`path` then) with `writer` (`save_openpyxl`, `save_csv`...): this sheet, then `others`."""
        self.path = writer(path, [self, *others], **options)
        return self

    def case(self, layout: str | None, year: int | None, unit: str | None, about: str = "", **kw: Any) -> Case:
        """The case of the saved file (see `Expect.case`)."""
        assert self.path is not None, "save the file first"
        return self.exp.case(self.path, layout, year, unit, about, **kw)


def simple_table(name: str, left: list[str], right: list[str], titles: list[str], labels: list[str], rows: list[Row],
                 specs: list[Spec], year: int, exp: Expect, signs: tuple[list[str], list[str]] | None = None) -> Sheet:
    """A sheet: title block, a one-row header, the rows, and the signatures if given."""
    s = Sheet(name, exp).title(left, right, titles, len(labels)).header(labels).rows(rows, specs, year)
    return s.sign(*signs, max(4, s.last - 2)) if signs else s
