"""Finding a table on a sheet: its header rows, each column's header path, its row-label column and its data
rows, down to the signature block. What the cells mean (which axis names the unit, the metric, the year) is
the binding's business (etl.tables.bind); this module only says where things are.

A table is found by a key header cell: a unit column ("Đơn vị", "Xã, thị trấn", "Huyện ủy, thị ủy, thành
ủy"), an indicator column ("Nội dung", "Chỉ tiêu") or an STT column; all three are words in
data/layout_words.csv. Rows of a table: a numbering row "(1) (2) (3)" under the header, then data rows,
notes ("Ghi chú: ...", "(*) ...") anywhere between them, and the signature block ("Nơi nhận", "T/M ...",
"Người lập biểu", "(Đã ký)") that ends it.

Data rows also carry a hierarchy, read from their numbering ("I.", "1.", "1.1", "a)", "-", "+", "Trong
đó:") or from an empty STT under a numbered row: a row's path is its ancestors' labels and its own, as a
column's path is its groups and its own label ("Số mô hình" > "Tập thể").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.reading.cells import is_number_like
from etl.reference.catalog import Catalog
from etl.reference.text import fold
from etl.reference.values import is_blank
from etl.tables.sheet_tools import (
    Grid,
    header_block,
    header_label,
    is_note_row,
    is_numbering_row,
    is_roman,
    is_signature_row,
    is_word,
    text,
)

MAX_HEADER_SEARCH = 60
YEAR_LABEL = re.compile(r"^(?:năm\s+)?(20\d\d)$")
# "I. Khối xã, thị trấn", "II - Khối cơ quan", "A) ...": not "X. Láng Biển" or "P. 3" (unit types).
_ROMAN_PREFIX = re.compile(r"^\s*(I{1,3}|IV|VI{0,3}|IX|[A-D])\s*[.)/:\-–]\s*(?=\S)")
_NUMBER_PREFIX = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)/:\-–]?\s+(?=\D)")
_LETTER_PREFIX = re.compile(r"^\s*([a-zđ])\s*[.)/]\s*(?=\S)")
_BULLET_PREFIX = re.compile(r"^\s*[-+–—•*·]+\s*")
_WITHIN = re.compile(r"^\s*(?:trong\s+đó|bao\s+gồm|gồm)\s*[:,]?\s*", re.IGNORECASE)
_TRAILING = re.compile(r"[\s:;,]+$")

LABEL_KINDS = ("stt", "label", "measure", "note", "year", "code", "rank", "qualifier")


def year_of_label(label: str) -> int | None:
    m = YEAR_LABEL.match(fold(label))
    return int(m.group(1)) if m else None


# A year inside a header label: "… năm 2021 (%)", "Tỷ lệ (2021)", "NĂM 2021", "ĐV đăng ký 2021" — not a period
# ("2021 - 2025", "2021-2025") nor a date ("31/12/2021").
_YEAR_IN_LABEL = re.compile(
    r"\(\s*(?:năm\s+)?(20\d\d)\s*\)|\bnăm\s+(20\d\d)\b(?!\s*[-–]\s*20\d\d)"
    r"|(?<![\d/.\-–])(?<![-–]\s)\b(20\d\d)\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)


def split_year(label: str) -> tuple[str, int | None]:
    """("Đảng viên đăng ký năm 2021 (%)") -> ("Đảng viên đăng ký (%)", 2021); a label without one unchanged."""
    whole = year_of_label(label)
    if whole is not None:
        return "", whole
    m = _YEAR_IN_LABEL.search(label)
    if m is None:
        return label, None
    year = int(next(g for g in m.groups() if g))
    rest = (label[:m.start()] + " " + label[m.end():]).replace("()", " ")
    rest = _TRAILING.sub("", re.sub(r"\s+", " ", rest)).strip()
    return rest, year


@dataclass
class Column:
    col: int
    path: tuple[str, ...]  # header labels, group first (as typed, without column numbers "(3)")
    cells: tuple[tuple[int, int], ...]  # where each label of the path is written
    kind: str  # one of LABEL_KINDS, or "value"
    year: int | None = None  # the year a label of the path names ("Năm 2022", "2022")
    labels: tuple[str, ...] = ()  # the path without its year labels: what names a metric, a role or a unit

    @property
    def header_cell(self) -> tuple[int, int] | None:
        """Where the column's own (lowest) label is written."""
        return self.cells[-1] if self.cells else None

    @property
    def title(self) -> str:
        return " > ".join(self.path)


@dataclass(slots=True)
class RowInfo:
    row: int
    label: str  # the row label without its numbering
    stt: str
    kind: str  # data | group | numbering | note | blank
    level: int = 1
    parent: int | None = None  # index into Table.rows of the parent row
    marker: str = ""  # the numbering the row was given: "I", "1", "1.1", "a", "-"


@dataclass
class Table:
    kind: str  # figures | long | models | commendations
    top: int  # first header row
    bottom: int  # last header row
    first: int  # first data row
    end: int  # first row after the table (the signature block, or the end of the sheet)
    columns: dict[int, Column] = field(default_factory=dict)
    label_col: int | None = None
    stt_col: int | None = None
    fields: dict[str, int] = field(default_factory=dict)  # long tables and registers: field -> column
    rows: list[RowInfo] = field(default_factory=list)
    recognised: int = 0  # how many columns the table's reader recognised (to choose between readings)

    @property
    def value_cols(self) -> list[int]:
        return [c for c, col in sorted(self.columns.items()) if col.kind == "value"]

    def path_of(self, i: int) -> tuple[str, ...]:
        """The labels of row ``i`` and its ancestors, outermost first."""
        out: list[str] = []
        j: int | None = i
        while j is not None and len(out) < 4:
            label = self.rows[j].label
            if label:
                out.append(label)
            j = self.rows[j].parent
        return tuple(reversed(out))


_FIELD_TABLES = {
    "models": ({"name", "host"}, {"name", "kind"}),
    "commendations": ({"recipient", "form"}, {"recipient", "level"}),
    "long": ({"metric", "value"},),
}


def find_field_table(grid: Grid, kind: str) -> Table | None:
    """A register (models, commendations) or a long table, found by the fields its header names
    (data/register_columns.csv); a long table also needs a unit or a year column (else its rows are a
    unit's own indicators: the figures reader takes them)."""
    from etl.tables.columns import find_columns

    found = find_columns(grid, kind, _FIELD_TABLES[kind])
    if found is not None:
        top, bottom, fields = found
        if kind == "long" and not ({"province", "district", "commune", "year"} & set(fields)):
            return None
        if bottom == top and bottom > 0 and any(grid.is_merged_child(bottom, c) for c in range(grid.width)):
            top = bottom - 1
        first = bottom + 1
        end = first
        while end < grid.height and not is_signature_row(grid.rows[end]):
            end += 1
        table = Table(kind, top, bottom, first, end, fields=fields, recognised=len(fields) + (kind == "long"))
        for c in range(grid.width):
            path: list[str] = []
            cells: list[tuple[int, int]] = []
            for r in range(top, bottom + 1):
                label = header_label(grid.shown(r, c))
                if label and (not path or path[-1] != label):
                    path.append(label)
                    cells.append(grid.anchor(r, c))
            table.columns[c] = Column(c, tuple(path), tuple(cells), _column_kind(path))
        return table
    return None


def _column_kind(path: list[str]) -> str:
    if not path:
        return "value"
    if len(path) == 1:
        label = path[0]
        for role, kind in (("stt_header", "stt"), ("unit_header", "label"), ("indicator_header", "label"),
                           ("measure_header", "measure"), ("year_header", "year"), ("code_header", "code"),
                           ("rank_header", "rank")):
            if is_word(label, role):
                return kind
    if is_word(path[-1], "qualifier_header"):
        return "qualifier"
    if is_word(path[-1], "ignore_header") or is_word(path[0], "ignore_header"):
        return "note"
    if is_word(path[-1], "measure_header"):
        return "measure"
    return "value"


def _key_role(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    for role in ("unit_header", "indicator_header", "stt_header"):
        if is_word(value, role):
            return role
    return None


def _caption_above(grid: Grid, header: int, first: int) -> int:
    """Where a table ends when another's header starts at row ``header``: above the blank rows and the caption
    ("Biểu 2: Mô hình…", one text merged across the table, no number) between them."""
    r = header
    while r - 1 > first:
        cells = [v for v in (grid.rows[r - 1] if r - 1 < grid.height else []) if not is_blank(v)]
        if not cells or (len(cells) == 1 and isinstance(cells[0], str) and not is_number_like(cells[0])
                         and (_CAPTION.match(fold(cells[0])) or _wide_merge(grid, r - 1))):
            r -= 1
            continue
        break
    return r


_CAPTION = re.compile(r"^(?:biểu|bảng|phụ lục|mẫu)\s*(?:số\s*)?[0-9ivx]+\b")


def _wide_merge(grid: Grid, r: int) -> bool:
    row = grid.rows[r] if r < grid.height else []
    c = next((i for i, v in enumerate(row) if not is_blank(v)), None)
    return c is not None and any(grid.is_merged_child(r, c + k) for k in (1, 2))


def find_figures_table(grid: Grid, catalog: Catalog, start: int = 0) -> Table | None:
    """The first table of figures on the sheet from row ``start``, found by its key header cell."""
    for r in range(start, min(start + MAX_HEADER_SEARCH, grid.height)):
        row = grid.rows[r]
        for c, v in enumerate(row):
            role = _key_role(v)
            if role is None or grid.is_merged_child(r, c):
                continue
            table = _figures_at(grid, r, c, role)
            if table is not None:
                return table
    return _figures_by_metric_headers(grid, catalog, start)


def _figures_by_metric_headers(grid: Grid, catalog: Catalog, start: int = 0) -> Table | None:
    """No key header cell: a header row with two or more cells that name metrics, the labels in the first
    column to their left ("Cơ sở" | "Tổng số mô hình" | "Số tin, bài")."""
    for r in range(start, min(start + MAX_HEADER_SEARCH, grid.height)):
        named = [c for c, v in enumerate(grid.rows[r])
                 if isinstance(v, str) and v.strip() and catalog.match_header([header_label(v)]).metric]
        if len(named) < 2:
            continue
        left = [c for c in range(min(named)) if not grid.is_merged_child(r, c)]
        texts = [c for c in left if isinstance(grid.raw(r, c), str) and str(grid.raw(r, c)).strip()]
        key = texts[-1] if texts else (left[-1] if left else None)
        if key is None:
            continue
        table = _figures_at(grid, r, key, "unit_header")
        if table is not None:
            return table
    return None


def _figures_at(grid: Grid, top: int, key_col: int, role: str) -> Table | None:
    header = header_block(grid, top, key_col)
    paths = {c: list(p) for c, p in header.paths.items()}
    cells = {c: list(w) for c, w in header.cells.items()}
    top = _extend_upwards(grid, top, key_col, paths, cells)
    first = header.bottom + 1
    while first < grid.height and (grid.row_is_blank(first) or is_numbering_row(grid.rows[first])):
        first += 1
    end = first
    while end < grid.height and not is_signature_row(grid.rows[end]):
        if end > first and _key_role(grid.raw(end, key_col)) == role and not grid.is_merged_child(end, key_col):
            end = _caption_above(grid, end, first)  # a second table's header: this table ends above its caption
            break
        end += 1
    table = Table("figures", top, header.bottom, first, end)
    for c in range(grid.width):
        path = paths.get(c, [])
        kind = _column_kind(path)
        if c == key_col and role != "stt_header":
            kind = "label"
        split = [split_year(p) for p in path]
        years = [y for _, y in split if y is not None]
        labels = tuple(rest for rest, _ in split if rest)
        table.columns[c] = Column(c, tuple(path), tuple(cells.get(c, [])), kind, years[-1] if years else None,
                                  labels)
    if role == "stt_header":
        table.stt_col = key_col
    for c, col in table.columns.items():
        if col.kind == "stt" and table.stt_col is None:
            table.stt_col = c
    labels = [c for c, col in sorted(table.columns.items()) if col.kind == "label"]
    table.label_col = labels[0] if labels else _text_column(grid, table, key_col)
    if table.label_col is None:
        return None
    for c in labels[1:]:
        table.columns[c].kind = "code"  # a second name column (the commune's code or old name): a label
    table.columns[table.label_col].kind = "label"
    # Columns with no header: a value column only when numbers sit in it, else nothing to read.
    for c in list(table.columns):
        col = table.columns[c]
        if col.kind == "value" and not col.path and not _has_values(grid, table, c):
            del table.columns[c]
    if not table.value_cols or not any(_has_values(grid, table, c) for c in table.value_cols):
        return None
    table.rows = row_structure(grid, table)
    return table


def _extend_upwards(grid: Grid, top: int, key_col: int, paths: dict[int, list[str]],
                    cells: dict[int, list[tuple[int, int]]]) -> int:
    """A group label row above the key header row (over the figure columns only, e.g. "Năm 2022" or
    "Kết quả thực hiện" merged across them) belongs to the header."""
    r = top - 1
    if r < 0 or grid.row_is_blank(r):
        return top
    filled = [c for c, v in enumerate(grid.rows[r]) if not is_blank(v)]
    if not filled or min(filled) <= key_col:
        return top
    merged = [c for c in filled if any(grid.is_merged_child(r, cc) for cc in (c + 1,))]
    if not merged and len(filled) < 2:
        return top
    for c in range(grid.width):
        label = header_label(grid.shown(r, c))
        if label and c > key_col:
            paths.setdefault(c, []).insert(0, label)
            cells.setdefault(c, []).insert(0, grid.anchor(r, c))
    return r


def _text_column(grid: Grid, table: Table, after: int) -> int | None:
    """The row-label column when no header names it: the first column, from the key column on, whose cells
    in the data rows are mostly text."""
    for c in range(after, grid.width):
        col = table.columns.get(c)
        if col is None or col.kind not in ("value", "stt"):
            continue
        texts = numbers = 0
        for r in range(table.first, min(table.end, table.first + 60)):
            v = grid.raw(r, c)
            if is_blank(v):
                continue
            if is_number_like(v):
                numbers += 1
            else:
                texts += 1
        if col.kind == "value" and texts > numbers and texts >= 1:
            return c
    return None


def _has_values(grid: Grid, table: Table, c: int) -> bool:
    for r in range(table.first, table.end):
        v = grid.raw(r, c)
        if not is_blank(v) and is_number_like(v):
            return True
    return False


# -- rows ---------------------------------------------------------------------------------------------------

def _marker(stt: str, label: str) -> tuple[str, str, str]:
    """(kind of numbering, the numbering, the label without it): kinds roman, number, letter, bullet, within."""
    s = stt.strip().rstrip(".").strip()
    if s:
        if is_roman(s):
            return "roman", s, label
        if re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){0,3}", s):
            return "number", s, label
        if re.fullmatch(r"[a-zđ]\)?", s):
            return "letter", s.rstrip(")"), label
        if re.fullmatch(r"[-+–—•*·]+", s):
            return "bullet", s, label
    m = _ROMAN_PREFIX.match(label)
    if m and not s:
        return "roman", m.group(1), label[m.end():]
    m = _NUMBER_PREFIX.match(label)
    if m:
        return "number", m.group(1), label[m.end():]
    m = _LETTER_PREFIX.match(label)
    if m:
        return "letter", m.group(1), label[m.end():]
    m = _WITHIN.match(label)
    if m:
        rest = label[m.end():]
        b = _BULLET_PREFIX.match(rest)
        return "within", "", rest[b.end():] if b else rest
    m = _BULLET_PREFIX.match(label)
    if m and m.end() > 0:
        return "bullet", label[: m.end()].strip(), label[m.end():]
    return "", "", label


def row_structure(grid: Grid, table: Table) -> list[RowInfo]:
    """Each row of the table with its kind and, for data rows, its level and parent."""
    rows: list[RowInfo] = []
    value_cols = table.value_cols
    last_at_level: dict[int, int] = {}  # level -> index in rows of the last row at that level
    numbered = 0  # level of the last row with a number or a Roman numeral
    anchor = 0  # level of the last row that was not a bullet: bullets sit under it
    for r in range(table.first, table.end):
        row = grid.rows[r]
        if grid.row_is_blank(r):
            rows.append(RowInfo(r, "", "", "blank"))
            continue
        if is_numbering_row(row):
            rows.append(RowInfo(r, "", "", "numbering"))
            continue
        raw_label = text(grid.raw(r, table.label_col)) if table.label_col is not None else ""
        stt = text(grid.raw(r, table.stt_col)) if table.stt_col is not None else ""
        has_values = any(not is_blank(grid.raw(r, c)) for c in value_cols)
        if not has_values and is_note_row(row):
            rows.append(RowInfo(r, "", "", "note"))
            continue
        kind, marker, label = _marker(stt, raw_label)
        label = _TRAILING.sub("", label).strip()
        if kind == "roman":
            level = numbered = 0
        elif kind == "number":
            level = numbered = 1 + marker.count(".")
        elif kind == "letter":
            level = numbered + 1
        elif kind == "bullet":
            level = anchor + 1
        elif kind == "within" or (table.stt_col is not None and not stt and rows):
            level = numbered + 1  # "Trong đó:", or an unnumbered row under a numbered one
        else:
            level = 1
        if kind != "bullet":
            anchor = level
        parent = next((last_at_level[lv] for lv in range(level - 1, -1, -1) if lv in last_at_level), None)
        rows.append(RowInfo(r, label, stt, "group" if kind == "roman" else "data", level, parent,
                            "within" if kind == "within" else marker))
        last_at_level[level] = len(rows) - 1
        for lv in [k for k in last_at_level if k > level]:
            del last_at_level[lv]
    return rows
