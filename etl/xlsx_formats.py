"""Which cells of an .xlsx are shown as percentages.

python-calamine gives values but not number formats, and one column can mix typed percents (98.5) with
percent-formatted fractions (0.985 shown as 98,5%). This reads the styles directly from the package:
xl/styles.xml (number formats and cell styles) and each sheet's XML (the style of every cell).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_BUILTIN_PERCENT = {9, 10}
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


def _is_percent(format_code: str) -> bool:
    return "%" in _QUOTED.sub("", format_code)


def col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def _percent_styles(zf: zipfile.ZipFile) -> set[int]:
    try:
        root = ET.fromstring(zf.read("xl/styles.xml"))
    except KeyError:
        return set()
    custom = {
        int(nf.get("numFmtId", "-1")): nf.get("formatCode", "")
        for nf in root.iter(f"{_NS}numFmt")
    }
    percent_ids = _BUILTIN_PERCENT | {i for i, code in custom.items() if _is_percent(code)}
    cell_xfs = root.find(f"{_NS}cellXfs")
    if cell_xfs is None:
        return set()
    return {
        i for i, xf in enumerate(cell_xfs.findall(f"{_NS}xf"))
        if int(xf.get("numFmtId", "0")) in percent_ids
    }


def _sheet_paths(zf: zipfile.ZipFile) -> dict[str, str]:
    workbook = ET.fromstring(zf.read("xl/workbook.xml"))
    rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_PKG_REL_NS}Relationship")}
    out = {}
    for sheet in workbook.iter(f"{_NS}sheet"):
        target = targets.get(sheet.get(f"{_REL_NS}id"), "")
        if not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        out[sheet.get("name", "")] = path
    return out


def percent_cells(path: Path | zipfile.ZipFile) -> dict[str, set[tuple[int, int]]]:
    """{sheet name: {(row, col) 0-based of cells with a percent number format}}; {} if unreadable. ``path``: the
    file, or the package opened already."""
    try:
        if isinstance(path, zipfile.ZipFile):
            return _percent_cells(path)
        with zipfile.ZipFile(path) as zf:
            return _percent_cells(zf)
    except (KeyError, zipfile.BadZipFile, ET.ParseError, ValueError):
        return {}


_REF = re.compile(rb"""\br\s*=\s*["']([A-Z]+)(\d+)["']""")


def _percent_cells(zf: zipfile.ZipFile) -> dict[str, set[tuple[int, int]]]:
    styles = _percent_styles(zf)
    if not styles:
        return {}
    # the cells whose style is one of the percent styles, found by one scan of the sheet's XML in C (an element
    # a cell through ElementTree cost more than calamine's reading of the whole file); a prefixed namespace
    # ("<x:c") and either quote are allowed, as in the XML
    ids = b"|".join(str(i).encode() for i in sorted(styles, reverse=True))
    tag = re.compile(rb"""<(?:[\w.-]+:)?c\s[^>]*?\bs\s*=\s*["'](?:""" + ids + rb""")["'][^>]*>""")
    out: dict[str, set[tuple[int, int]]] = {}
    for name, member in _sheet_paths(zf).items():
        cells: set[tuple[int, int]] = set()
        for m in tag.finditer(zf.read(member)):
            ref = _REF.search(m.group(0))
            if ref:
                cells.add((int(ref.group(2)) - 1, col_index(ref.group(1).decode())))
        out[name] = cells
    return out
