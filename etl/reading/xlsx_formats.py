"""Which cells of an .xlsx are shown as percentages.

python-calamine gives values but not number formats, and one column can mix typed percents (98.5) with
percent-formatted fractions (0.985 shown as 98,5%). This reads the styles directly from the package:
xl/styles.xml (number formats and cell styles) and each sheet's XML (the style of every cell).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from etl.reading.formulas import shift

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


def _percent_tag(zf: zipfile.ZipFile) -> re.Pattern[bytes] | None:
    styles = _percent_styles(zf)
    if not styles:
        return None
    # the cells whose style is one of the percent styles, found by one scan of the sheet's XML in C (an element
    # a cell through ElementTree cost more than calamine's reading of the whole file); a prefixed namespace
    # ("<x:c") and either quote are allowed, as in the XML
    ids = b"|".join(str(i).encode() for i in sorted(styles, reverse=True))
    return re.compile(rb"""<(?:[\w.-]+:)?c\s[^>]*?\bs\s*=\s*["'](?:""" + ids + rb""")["'][^>]*>""")


def _percent_in(data: bytes, tag: re.Pattern[bytes]) -> set[tuple[int, int]]:
    cells: set[tuple[int, int]] = set()
    for m in tag.finditer(data):
        ref = _REF.search(m.group(0))
        if ref:
            cells.add((int(ref.group(2)) - 1, col_index(ref.group(1).decode())))
    return cells


def _percent_cells(zf: zipfile.ZipFile) -> dict[str, set[tuple[int, int]]]:
    tag = _percent_tag(zf)
    if tag is None:
        return {}
    return {name: _percent_in(zf.read(member), tag) for name, member in _sheet_paths(zf).items()}


@dataclass
class SheetParts:
    """What python-calamine does not give of an .xlsx's sheets, from one reading of each sheet's XML."""

    percent: dict[str, set[tuple[int, int]]]
    formulas: dict[str, SheetFormulas]
    hidden: dict[str, tuple[set[int], set[int]]]  # sheet: (hidden rows, hidden columns), 0-based


def sheet_parts(zf: zipfile.ZipFile) -> SheetParts:
    """Percent cells, formulas without a value and hidden rows and columns of every sheet; empty where the
    package does not say (a broken part is the reader's to refuse)."""
    out = SheetParts({}, {}, {})
    try:
        members = _sheet_paths(zf)
        tag = _percent_tag(zf)
        recalc = bool(_CALC_PR.search(zf.read("xl/workbook.xml")))
    except (KeyError, zipfile.BadZipFile, ET.ParseError, ValueError):
        return out
    shared: list[str] | None = None
    for name, member in members.items():
        try:
            data = zf.read(member)
        except KeyError:
            continue
        if tag is not None:
            out.percent[name] = _percent_in(data, tag)
        hidden = _hidden_in(data)
        if hidden[0] or hidden[1]:
            out.hidden[name] = hidden
        if _HAS_FORMULA.search(data):
            if shared is None:
                shared = _shared_strings(zf)
            found = _formulas_in(data, recalc, shared)
            if found.cells:
                out.formulas[name] = found
    return out


_HIDDEN_ROW = re.compile(rb"""<(?:[\w.-]+:)?row\s[^>]*?\bhidden\s*=\s*["'](?:1|true)["'][^>]*>""")
_HIDDEN_COL = re.compile(rb"""<(?:[\w.-]+:)?col\s[^>]*?\bhidden\s*=\s*["'](?:1|true)["'][^>]*>""")
_ATTR_MIN = re.compile(rb"""\bmin\s*=\s*["'](\d+)["']""")
_ATTR_MAX = re.compile(rb"""\bmax\s*=\s*["'](\d+)["']""")


def _hidden_in(data: bytes) -> tuple[set[int], set[int]]:
    """Rows and columns (0-based) a clerk hid, for printing or to keep last year's figures out of sight."""
    rows: set[int] = set()
    for m in _HIDDEN_ROW.finditer(data):
        ref = _ATTR_R.search(m.group(0))
        if ref:
            rows.add(int(ref.group(2)) - 1)
    cols: set[int] = set()
    head = data[:data.find(b"sheetData")] if b"sheetData" in data else data
    for m in _HIDDEN_COL.finditer(head):
        lo, hi = _ATTR_MIN.search(m.group(0)), _ATTR_MAX.search(m.group(0))
        if lo and hi:
            first, last = int(lo.group(1)) - 1, min(int(hi.group(1)), _MAX_COLS) - 1
            if last - first < 1024:  # "hide every column to the right" (min=27 max=16384) hides no data column
                cols.update(range(first, last + 1))
    return rows, cols


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


# -- formulas whose value the package does not hold (etl.reading.formulas computes them) -----------------------------

_FORMULA = re.compile(rb"""<(?:[\w.-]+:)?f(\s[^>]*?)?(?:/>|>(.*?)</(?:[\w.-]+:)?f\s*>)""", re.DOTALL)
_ATTR_SI = re.compile(rb"""\bsi\s*=\s*["'](\d+)["']""")
_CALC_PR = re.compile(rb"""<(?:[\w.-]+:)?calcPr\b[^>]*\bfullCalcOnLoad\s*=\s*["'](?:1|true)["']""")
_HAS_FORMULA = re.compile(rb"""<(?:[\w.-]+:)?f[\s>/]""")


@dataclass
class SheetFormulas:
    """The formula cells of a sheet whose value is to be computed: (row, col) 0-based -> the formula ("=E9+F9"),
    and the cached value the package held beside it (a placeholder when ``recalc``)."""

    cells: dict[tuple[int, int], str]
    cached: dict[tuple[int, int], object]
    recalc: bool


def _formulas_in(data: bytes, recalc: bool, shared: list[str]) -> SheetFormulas:
    """A sheet's formulas without a value. A formula has none when the package holds no ``<v>`` for it (a script
    or web tool wrote it), or when the workbook asks Excel to compute every formula on opening (``recalc``,
    ``fullCalcOnLoad``: the values beside the formulas are the writer's placeholders, 0 for XlsxWriter)."""
    anchors: dict[bytes, tuple[int, int, str]] = {}
    found = SheetFormulas({}, {}, recalc)
    for r, c, _, _, attrs, inner in _cells(data):
        if r < 0 or not inner:
            continue
        m = _FORMULA.search(inner)
        if m is None:
            continue
        f_attrs, body = m.group(1) or b"", m.group(2)
        text = _xml_text(body).strip() if body else ""
        si = _ATTR_SI.search(f_attrs)
        if si and b"shared" in f_attrs:
            if text:
                anchors[si.group(1)] = (r, c, text)
            elif si.group(1) in anchors:
                ar, ac, anchor = anchors[si.group(1)]
                text = shift(anchor, r - ar, c - ac)
        if not text:
            continue
        rest = inner.replace(m.group(0), b"")
        has_value = _has_value(rest)
        if has_value and not recalc:
            continue
        found.cells[(r, c)] = "=" + text.removeprefix("=")
        found.cached[(r, c)] = _cell_value(attrs, rest, shared) if has_value else None
    return found
