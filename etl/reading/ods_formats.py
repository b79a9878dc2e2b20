"""What python-calamine does not give for .ods files: merged ranges, percent-typed cells, formulas without a
value and hidden rows and columns.

OpenDocument stores them on the cell, row and column themselves: ``table:number-columns-spanned`` /
``number-rows-spanned`` for merges, ``office:value-type="percentage"`` for percentages (the value is the fraction,
0.985), ``table:formula`` without ``office:value`` for a formula a program wrote and never computed ("of:=[.C9]+
[.D9]", read here as "=C9+D9" for etl.reading.formulas), ``table:visibility="collapse"`` for hidden rows and columns.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_MAX_REPEAT = 10000  # trailing empty cells are stored as "repeated 16384 times"


@dataclass
class OdsSheet:
    percent: set[tuple[int, int]] = field(default_factory=set)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # formulas without a value, Excel's syntax
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)


_REF = re.compile(r"\[\$?([^\[\].]*)\.\$?([A-Z]{1,3}\$?\d+)(?::\$?[^\[\].:]*\.\$?([A-Z]{1,3}\$?\d+))?\]")


def excel_formula(formula: str) -> str:
    """OpenFormula as Excel writes it: "of:=SUM([.C9:.C24])" -> "=SUM(C9:C24)"; another sheet's reference keeps
    its sheet ("[$Biểu2.A1]" -> "'Biểu2'!A1")."""
    body = formula.split(":", 1)[1] if re.match(r"^[a-z]+:", formula) else formula
    body = body.removeprefix("=")

    def ref(m: re.Match[str]) -> str:
        sheet, first, last = m.group(1), m.group(2), m.group(3)
        cells = f"{first}:{last}" if last else first
        return f"'{sheet}'!{cells}" if sheet else cells

    return "=" + _REF.sub(ref, body).replace(";", ",")


def ods_layout(path: Path) -> dict[str, OdsSheet]:
    """{sheet: what calamine does not give}, 0-based; {} when the file cannot be read."""
    out: dict[str, OdsSheet] = {}
    try:
        with zipfile.ZipFile(path) as zf, zf.open("content.xml") as fh:
            sheet = None
            current = OdsSheet()
            row = -1
            col = 0
            column = 0
            for event, elem in ET.iterparse(fh, events=("start", "end")):
                tag = elem.tag
                if event == "start" and tag == f"{_TABLE}table":
                    sheet, current, row, column = elem.get(f"{_TABLE}name", ""), OdsSheet(), -1, 0
                elif event == "end" and tag == f"{_TABLE}table-column":
                    repeat = min(int(elem.get(f"{_TABLE}number-columns-repeated", "1")), _MAX_REPEAT)
                    if elem.get(f"{_TABLE}visibility") == "collapse":
                        current.hidden_cols.update(range(column, column + repeat))
                    column += repeat
                elif event == "start" and tag == f"{_TABLE}table-row":
                    row += 1
                    col = 0
                    if elem.get(f"{_TABLE}visibility") == "collapse":
                        current.hidden_rows.add(row)
                elif event == "end" and tag == f"{_TABLE}table-row":
                    repeat = min(int(elem.get(f"{_TABLE}number-rows-repeated", "1")), _MAX_REPEAT)
                    if repeat > 1 and elem.get(f"{_TABLE}visibility") == "collapse":
                        current.hidden_rows.update(range(row, row + repeat))
                    row += repeat - 1
                    elem.clear()
                elif event == "end" and tag in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
                    repeat = min(int(elem.get(f"{_TABLE}number-columns-repeated", "1")), _MAX_REPEAT)
                    if elem.get(f"{_OFFICE}value-type") == "percentage":
                        current.percent.update((row, col + i) for i in range(repeat))
                    formula = elem.get(f"{_TABLE}formula")
                    if formula and elem.get(f"{_OFFICE}value") is None and elem.get(f"{_OFFICE}string-value") is None:
                        current.formulas[(row, col)] = excel_formula(formula)
                    rows = int(elem.get(f"{_TABLE}number-rows-spanned", "1"))
                    cols = int(elem.get(f"{_TABLE}number-columns-spanned", "1"))
                    if rows > 1 or cols > 1:
                        current.merged.append((row, col, row + rows - 1, col + cols - 1))
                    col += repeat
                    elem.clear()
                elif event == "end" and tag == f"{_TABLE}table" and sheet is not None:
                    out[sheet] = current
                    elem.clear()
    except (KeyError, zipfile.BadZipFile, ET.ParseError, ValueError):
        return {}
    return out
