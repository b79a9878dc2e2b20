"""What python-calamine does not give for .ods files: merged ranges and percent-typed cells.

OpenDocument stores both on the cell itself: ``table:number-columns-spanned`` / ``number-rows-spanned``
for merges and ``office:value-type="percentage"`` for percentages (the value is the fraction, 0.985).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_MAX_REPEAT = 10000  # trailing empty cells are stored as "repeated 16384 times"


def ods_layout(path: Path) -> dict[str, tuple[set[tuple[int, int]], list[tuple[int, int, int, int]]]]:
    """{sheet: (percent cells, merged ranges)}, 0-based; {} when the file cannot be read."""
    out: dict[str, tuple[set[tuple[int, int]], list[tuple[int, int, int, int]]]] = {}
    try:
        with zipfile.ZipFile(path) as zf, zf.open("content.xml") as fh:
            sheet = None
            percent: set[tuple[int, int]] = set()
            merged: list[tuple[int, int, int, int]] = []
            row = -1
            col = 0
            for event, elem in ET.iterparse(fh, events=("start", "end")):
                tag = elem.tag
                if event == "start" and tag == f"{_TABLE}table":
                    sheet, percent, merged, row = elem.get(f"{_TABLE}name", ""), set(), [], -1
                elif event == "start" and tag == f"{_TABLE}table-row":
                    row += 1
                    col = 0
                elif event == "end" and tag == f"{_TABLE}table-row":
                    repeat = min(int(elem.get(f"{_TABLE}number-rows-repeated", "1")), _MAX_REPEAT)
                    row += repeat - 1
                    elem.clear()
                elif event == "end" and tag in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
                    repeat = min(int(elem.get(f"{_TABLE}number-columns-repeated", "1")), _MAX_REPEAT)
                    if elem.get(f"{_OFFICE}value-type") == "percentage":
                        percent.update((row, col + i) for i in range(repeat))
                    rows = int(elem.get(f"{_TABLE}number-rows-spanned", "1"))
                    cols = int(elem.get(f"{_TABLE}number-columns-spanned", "1"))
                    if rows > 1 or cols > 1:
                        merged.append((row, col, row + rows - 1, col + cols - 1))
                    col += repeat
                    elem.clear()
                elif event == "end" and tag == f"{_TABLE}table" and sheet is not None:
                    out[sheet] = (percent, merged)
                    elem.clear()
    except (KeyError, zipfile.BadZipFile, ET.ParseError, ValueError):
        return {}
    return out
