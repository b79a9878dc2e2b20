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


# -- where a sheet's cells are, before python-calamine reads it ----------------------------------------------
# python-calamine lays a sheet out as one dense rectangle from its first to its last cell, 32 bytes a cell: one
# stray value at XFD1048576 asks for 17 billion cells (550 GB) and the process aborts. The sheet's XML says where
# its cells are; these read it first (``cell_bounds`` in C, ``value_cells`` and ``drop_cells`` cell by cell, for
# the few sheets whose rectangle would be too large).

_ANY_CELL = re.compile(rb"""<(?:[\w.-]+:)?c(?=[\s/>])(?:[^>]*?\br\s*=\s*["']([A-Z]+)(\d+)["'])?""")
_ELEMENT = re.compile(rb"""<(?:[\w.-]+:)?(row|c|dimension)(?=[\s/>])([^>]*?)(/?)>""")
_END_CELL = re.compile(rb"""</(?:[\w.-]+:)?c\s*>""")
_ATTR_R = re.compile(rb"""\br\s*=\s*["']([A-Z]*)(\d+)["']""")
_ATTR_T = re.compile(rb"""\bt\s*=\s*["'](\w+)["']""")
_VALUE = re.compile(rb"""<(?:[\w.-]+:)?v(?:\s[^>]*)?>([^<]*)<""")
_TEXT = re.compile(rb"""<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<""")
_INLINE = re.compile(rb"""<(?:[\w.-]+:)?is[\s>]""")
_PHONETIC = re.compile(rb"""<(?:[\w.-]+:)?rPh\b.*?</(?:[\w.-]+:)?rPh\s*>""", re.DOTALL)
_MAX_COLS = 16_384
_SLICE = 1 << 20


def sheet_members(zf: zipfile.ZipFile) -> dict[str, str]:
    """{sheet name: the part that holds its XML}; {} when the package does not say."""
    try:
        return _sheet_paths(zf)
    except (KeyError, ET.ParseError, ValueError):
        return {}


def cell_bounds(data: bytes) -> tuple[int, int] | None:
    """(rows, columns) of the rectangle from A1 to the farthest cell the sheet's XML places, or None when a cell
    has no reference (its place then follows the cells before it: read it with ``value_cells``). An upper bound
    of what python-calamine lays out: a cell without a value (a style only) counts too. Read in C, a slice at a
    time (a list of every cell of a large sheet would cost more than the sheet)."""
    rows, letters = 0, set()
    pos, size = 0, len(data)
    while pos < size:
        cut = data.find(b">", pos + _SLICE)
        end = size if cut < 0 else cut + 1
        refs = _ANY_CELL.findall(data, pos, end)
        if refs:
            letters.update(ref[0] for ref in refs)
            rows = max(rows, max(int(ref[1] or 0) for ref in refs))
        pos = end
    if b"" in letters:
        return None
    return rows, max((col_index(x.decode()) + 1 for x in letters), default=0)


def _cells(data: bytes):  # noqa: ANN202 - a generator of (row, col, start, end, attributes, inner or None)
    """Every cell element of a sheet's XML in order, with its 0-based place as python-calamine gives it: its own
    reference, else the cell after the one before it in the row (a row without one: the row after)."""
    row, col = -1, -1
    pos = 0
    while True:
        m = _ELEMENT.search(data, pos)
        if m is None:
            return
        kind, attrs, closed = m.group(1), m.group(2), m.group(3)
        pos = m.end()
        if kind == b"row":
            ref = _ATTR_R.search(attrs)
            row = int(ref.group(2)) - 1 if ref else row + 1
            col = -1
            continue
        if kind == b"dimension":
            yield -1, -1, m.start(), m.end(), attrs, None
            continue
        ref = _ATTR_R.search(attrs)
        if ref and ref.group(1):
            r, c = int(ref.group(2)) - 1, col_index(ref.group(1).decode())
        else:
            r, c = max(row, 0), col + 1
        col = c
        inner = None
        if not closed:
            end = _END_CELL.search(data, pos)
            stop = end.start() if end else len(data)
            inner = data[pos:stop]
            pos = end.end() if end else len(data)
        yield r, c, m.start(), pos, attrs, inner


def _has_value(inner: bytes | None) -> bool:
    if not inner:
        return False
    if _INLINE.search(inner):
        return any(t.strip() for t in _TEXT.findall(inner))
    v = _VALUE.search(inner)
    return v is not None and bool(v.group(1).strip())


def value_cells(data: bytes) -> tuple[dict[int, list[int]], int, int]:
    """({row: its columns holding a value} (0-based), rows, columns of the rectangle from A1 to the farthest cell
    with or without a value), read cell by cell: every place exact, references or not."""
    out: dict[int, list[int]] = {}
    rows = cols = 0
    for r, c, _, _, _, inner in _cells(data):
        if r < 0:
            continue
        rows, cols = max(rows, r + 1), max(cols, c + 1)
        if _has_value(inner):
            out.setdefault(r, []).append(c)
    for found in out.values():
        found.sort()
    return out, rows, cols


def _shared_strings(zf: zipfile.ZipFile) -> list[str]:
    try:
        data = zf.read("xl/sharedStrings.xml")
    except KeyError:
        return []
    out = []
    for si in re.finditer(rb"<(?:[\w.-]+:)?si[\s>](.*?)</(?:[\w.-]+:)?si\s*>", data, re.DOTALL):
        body = _PHONETIC.sub(b"", si.group(1))
        out.append(_xml_text(b"".join(_TEXT.findall(body))))
    return out


def _xml_text(raw: bytes) -> str:
    text = raw.decode("utf-8", errors="replace")
    if "&" in text:
        from html import unescape

        text = unescape(text)
    return text


def _cell_value(attrs: bytes, inner: bytes | None, shared: list[str]) -> object:
    """The value of one cell, as near python-calamine's as the loader needs (a number, or a text)."""
    if not inner:
        return None
    kind = _ATTR_T.search(attrs)
    t = kind.group(1) if kind else b"n"
    if t == b"inlineStr" or _INLINE.search(inner):
        return _xml_text(b"".join(_TEXT.findall(_PHONETIC.sub(b"", inner))))
    v = _VALUE.search(inner)
    if v is None:
        return None
    raw = v.group(1).strip()
    if t == b"s":
        try:
            return shared[int(raw)]
        except (ValueError, IndexError):
            return None
    if t == b"b":
        return raw == b"1"
    if t in (b"n", b""):
        try:
            return float(raw)
        except ValueError:
            return _xml_text(raw)
    return _xml_text(raw)  # str (a formula's text), e (an error), d (a date as text)


def drop_cells(zf: zipfile.ZipFile, data: bytes, rows: int, cols: int, far) -> bytes:  # noqa: ANN001
    """The sheet's XML without its cells outside the first ``rows`` × ``cols``: ``far(row, col, value)`` is told
    each of them that holds a value; the dimension is set to what is left."""
    shared: list[str] | None = None
    pieces: list[bytes] = []
    pos = 0
    for r, c, start, end, attrs, inner in _cells(data):
        if r < 0:  # the <dimension>: python-calamine does not lay out by it, but a reader might
            pieces += [data[pos:start], f'<dimension ref="A1:{_a1(max(rows, 1) - 1, max(cols, 1) - 1)}"/>'.encode()]
            pos = end
            continue
        if r < rows and c < cols:
            continue
        if _has_value(inner):
            if shared is None:
                shared = _shared_strings(zf)
            far(r, c, _cell_value(attrs, inner, shared))
        pieces.append(data[pos:start])
        pos = end
    pieces.append(data[pos:])
    return b"".join(pieces)


def _a1(row: int, col: int) -> str:
    letters = ""
    n = min(col, _MAX_COLS - 1) + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{row + 1}"
