"""A clerk's corpus: report files typed the way district clerks type them, each with what a correct loader must
make of it (facts, rejects, register items, exit code).

Written independently of the loader (from DOMAIN.md, the README's warehouse contract and the official unit
lists), so that the loader is checked on files it was not shaped around. Every file is built by code here at test
time; nothing random without a fixed seed.

Expectations are derived from the cells as written: a plain number means itself, a percent-formatted cell its
fraction times 100, and any text a clerk typed ("98,5%", "trên 98%", "17/17", "1.234") carries its expected
reading explicitly (`X`). A cell marked bad carries the reject code a correct loader must give it.
"""

from __future__ import annotations

import csv
import io
import random
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Fact = tuple[str, str, int, str, float, str | None, float | None, float | None]
Reject = tuple[int | None, str | None, str]


@dataclass
class Case:
    """One file and what a correct loader must produce from it (into an empty warehouse)."""

    name: str
    path: Path
    args: list[str]
    exit_code: int
    facts: list[Fact]
    rejects: list[Reject]
    layout: str | None  # "wide" | "long" | "models" | "commendations" | None for a refused file
    year: int | None  # None: several years in one file (long table), or a refused file without one
    unit: str | None  # official name of the reporting unit (district, or province on the new map)
    items: list[dict[str, Any]] = field(default_factory=list)  # rows of the `models` / `commendations` view
    items_view: str | None = None  # which view `items` are checked against
    refusal: str | None = None  # reason code of a whole-file refusal (exit 2)
    about: str = ""  # what the file exercises, one line


# --------------------------------------------------------------------------------------------------------------
# Cells and sheets


@dataclass(frozen=True)
class X:
    """Text typed by a clerk, with its expected reading."""

    raw: str
    value: float
    qualifier: str | None = None
    num: float | None = None
    den: float | None = None


@dataclass(frozen=True)
class Pct:
    """A fraction in a cell formatted as a percentage (0.985 shown as 98.5%)."""

    fraction: float


@dataclass(frozen=True)
class Formula:
    """A formula with the value Excel cached for it."""

    formula: str
    cached: float


def a1(row: int, col: int) -> str:
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


class Grid:
    """One sheet as Excel shows it: 1-based cells, merged ranges, a font for legacy-encoded text."""

    def __init__(self, name: str = "Sheet1", font: str | None = None) -> None:
        self.name = name
        self.font = font
        self.cells: dict[tuple[int, int], Any] = {}
        self.merges: list[tuple[int, int, int, int]] = []

    def put(self, row: int, col: int, value: Any) -> None:
        if value is not None and value != "":
            self.cells[(row, col)] = value

    def merge(self, r1: int, c1: int, r2: int, c2: int, value: Any = None) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))
        self.put(r1, c1, value)

    @property
    def max_row(self) -> int:
        return max([r for r, _ in self.cells] + [m[2] for m in self.merges] + [1])

    @property
    def max_col(self) -> int:
        return max([c for _, c in self.cells] + [m[3] for m in self.merges] + [1])

    def covered(self) -> set[tuple[int, int]]:
        """Cells hidden under a merged range (all but its top-left cell)."""
        out = set()
        for r1, c1, r2, c2 in self.merges:
            out |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - {(r1, c1)}
        return out

    def map_text(self, fn: Callable[[str], str]) -> None:
        """Re-type every text cell (legacy encodings)."""
        for key, value in self.cells.items():
            if isinstance(value, str):
                self.cells[key] = fn(value)


def display(value: Any, decimal: str = ",") -> str:
    """The text Excel shows for a cell (what a CSV or HTML export holds)."""
    if value is None:
        return ""
    if isinstance(value, X):
        return value.raw
    if isinstance(value, Formula):
        return display(value.cached, decimal)
    if isinstance(value, Pct):
        return f"{value.fraction * 100:.1f}%".replace(".", decimal)
    if isinstance(value, bool):
        raise TypeError(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else repr(value)).replace(".", decimal)
    return str(value)


# --------------------------------------------------------------------------------------------------------------
# Writers, one per file kind a district office sends


def save_openpyxl(path: Path, grids: list[Grid]) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    for g in grids:
        ws = wb.create_sheet(g.name)
        for (r, c), v in sorted(g.cells.items()):
            cell = ws.cell(r, c)
            if isinstance(v, Formula):
                raise TypeError("openpyxl writes no cached values: use xlsxwriter for formulas")
            if isinstance(v, Pct):
                cell.value, cell.number_format = v.fraction, "0.0%"
            elif isinstance(v, X):
                cell.value = v.raw
            else:
                cell.value = v
            if g.font:
                cell.font = Font(name=g.font)
        for r1, c1, r2, c2 in g.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
            ws.cell(r1, c1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions["B"].width = 30
    wb.save(path)
    return path


def save_xlsxwriter(path: Path, grids: list[Grid]) -> Path:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    pct = wb.add_format({"num_format": "0.0%", "border": 1})
    plain = wb.add_format({"border": 1})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "text_wrap": True, "border": 1})
    for g in grids:
        ws = wb.add_worksheet(g.name)
        ws.set_column(1, 1, 32)
        hidden = g.covered()
        tops = {(m[0], m[1]): m for m in g.merges}
        for (r, c), v in sorted(g.cells.items()):
            if (r, c) in hidden:
                raise ValueError(f"value under a merged range at {a1(r, c)}")
            if (r, c) in tops:
                r1, c1, r2, c2 = tops[(r, c)]
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, display(v), head)
            elif isinstance(v, Formula):
                ws.write_formula(r - 1, c - 1, v.formula, plain, v.cached)
            elif isinstance(v, Pct):
                ws.write_number(r - 1, c - 1, v.fraction, pct)
            elif isinstance(v, X):
                ws.write_string(r - 1, c - 1, v.raw, plain)
            else:
                ws.write(r - 1, c - 1, v, plain)
        for r1, c1, r2, c2 in g.merges:
            if (r1, c1) not in g.cells:
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", head)
    wb.close()
    return path


def save_xlwt(path: Path, grids: list[Grid]) -> Path:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    pct = xlwt.easyxf(num_format_str="0.0%")
    plain = xlwt.easyxf("")
    for g in grids:
        ws = wb.add_sheet(g.name)
        tops = {(m[0], m[1]): m for m in g.merges}
        for r1, c1, r2, c2 in g.merges:
            ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, _raw(g.cells.get((r1, c1))), plain)
        for (r, c), v in sorted(g.cells.items()):
            if (r, c) in tops:
                continue
            ws.write(r - 1, c - 1, _raw(v), pct if isinstance(v, Pct) else plain)
    wb.save(str(path))
    return path


def _raw(v: Any) -> Any:
    if isinstance(v, X):
        return v.raw
    if isinstance(v, Pct):
        return v.fraction
    if isinstance(v, Formula):
        raise TypeError("no formulas in this writer")
    return "" if v is None else v


def save_ods(path: Path, grids: list[Grid]) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for g in grids:
        table = Table(name=g.name)
        hidden = g.covered()
        spans = {(m[0], m[1]): m for m in g.merges}
        for r in range(1, g.max_row + 1):
            tr = TableRow()
            for c in range(1, g.max_col + 1):
                if (r, c) in hidden:
                    tr.addElement(CoveredTableCell())
                    continue
                v = g.cells.get((r, c))
                attrs: dict[str, Any] = {}
                if (r, c) in spans:
                    r1, c1, r2, c2 = spans[(r, c)]
                    attrs = {"numberrowsspanned": r2 - r1 + 1, "numbercolumnsspanned": c2 - c1 + 1}
                if v is None:
                    cell = TableCell(**attrs)
                elif isinstance(v, int | float) and not isinstance(v, bool):
                    cell = TableCell(valuetype="float", value=v, **attrs)
                    cell.addElement(P(text=display(v)))
                elif isinstance(v, Pct | Formula):
                    raise TypeError("plain values only in .ods here")
                else:
                    cell = TableCell(valuetype="string", **attrs)
                    cell.addElement(P(text=display(v)))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def csv_text(g: Grid, sep: str = ";", decimal: str = ",") -> str:
    """What Excel's "Save as CSV" writes: every row padded to the used width, CRLF line ends."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in range(1, g.max_row + 1):
        writer.writerow([display(g.cells.get((r, c)), decimal) for c in range(1, g.max_col + 1)])
    return buf.getvalue()


TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Windows writes it: precomposed base letters (â, ơ, đ...) with combining tone marks."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in TONE_MARKS))
        tones = "".join(p for p in parts if p in TONE_MARKS)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def save_html_xls(path: Path, g: Grid) -> Path:
    """A ".xls" the way web portals export it: an HTML table with rowspan/colspan."""
    hidden = g.covered()
    spans = {(m[0], m[1]): m for m in g.merges}
    lines = [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
        "<body>",
        '<table border="1" cellspacing="0">',
    ]
    for r in range(1, g.max_row + 1):
        tds = []
        for c in range(1, g.max_col + 1):
            if (r, c) in hidden:
                continue
            attrs = ""
            if (r, c) in spans:
                r1, c1, r2, c2 = spans[(r, c)]
                attrs += f' rowspan="{r2 - r1 + 1}"' if r2 > r1 else ""
                attrs += f' colspan="{c2 - c1 + 1}"' if c2 > c1 else ""
            text = display(g.cells.get((r, c))).replace("&", "&amp;").replace("<", "&lt;")
            tds.append(f"<td{attrs}>{text}</td>")
        lines.append("<tr>" + "".join(tds) + "</tr>")
    lines += ["</table>", "</body>", "</html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def to_tcvn3(text: str) -> str:
    """Unicode to TCVN3 (.VnTime) as Excel shows it, from viparse's own table (inverted)."""
    from viparse.normalize.encodings import get_charmap

    table: dict[str, str] = {}
    for legacy, uni in get_charmap("tcvn3").pairs:
        table.setdefault(unicodedata.normalize("NFC", uni), legacy)
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in table:
            out.append(table[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            raise ValueError(f"no TCVN3 code for {ch!r} in {text!r}")
    return "".join(out)


# --------------------------------------------------------------------------------------------------------------
# Report parts: the title block, the table body with its expectations, the signatures


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


def signatures(g: Grid, row: int, left_col: int, right_col: int, left: list[str], right: list[str]) -> None:
    for i, (a, b) in enumerate(zip(left, right)):
        g.put(row + i, left_col, a)
        g.put(row + i, right_col, b)


Unit = tuple[str, str]  # (official name, level)


@dataclass
class Row:
    """A table row: STT, the unit as typed, what it must resolve to, and its figure cells.

    `unit` is (official name, level); a reject code for the name cell; or None for a row that is not a unit
    (a group row). `bad` marks figure cells (by index in `values`) with the reject code they must get."""

    stt: Any
    name: Any
    unit: Unit | str | None
    values: list[Any] = field(default_factory=list)
    bad: dict[int, str] = field(default_factory=dict)


Spec = tuple[str, str] | None  # (metric, role) with role "value" | "num" | "den"; None: a column not loaded


def reading(raw: Any) -> tuple[float, str | None, float | None, float | None]:
    if isinstance(raw, X):
        return raw.value, raw.qualifier, raw.num, raw.den
    if isinstance(raw, Pct):
        return raw.fraction * 100, None, None, None
    if isinstance(raw, Formula):
        return float(raw.cached), None, None, None
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return float(raw), None, None, None
    raise TypeError(f"say how {raw!r} must be read: wrap it in X")


def fact(unit: Unit, year: int, metric: str, value: float, qualifier: str | None = None,
         num: float | None = None, den: float | None = None) -> Fact:
    return (unit[0], unit[1], year, metric, round(value, 1), qualifier,
            None if num is None else float(num), None if den is None else float(den))


def lay_rows(g: Grid, row: int, rows: list[Row], specs: list[Spec], year: int, facts: list[Fact],
             rejects: list[Reject], stt_col: int = 1, name_col: int = 2, first_col: int = 3) -> int:
    """Write `rows` from `row` on and add what a correct loader makes of them. Returns the next free row."""
    for item in rows:
        g.put(row, stt_col, item.stt)
        g.put(row, name_col, item.name)
        for i, raw in enumerate(item.values):
            g.put(row, first_col + i, raw)
        if isinstance(item.unit, str):
            rejects.append((row, a1(row, name_col), item.unit))
            row += 1
            continue
        for i, code in sorted(item.bad.items()):
            rejects.append((row, a1(row, first_col + i), code))
        if item.unit is None:
            assert all(v is None or i in item.bad for i, v in enumerate(item.values)), item
            row += 1
            continue
        parts: dict[str, dict[str, tuple]] = {}
        for i, raw in enumerate(item.values):
            if raw is None or raw == "" or i in item.bad or specs[i] is None:
                continue
            metric, role = specs[i]
            parts.setdefault(metric, {})[role] = reading(raw)
        for metric, got in parts.items():
            num = got["num"][0] if "num" in got else None
            den = got["den"][0] if "den" in got else None
            if "value" in got:
                value, qualifier, n, d = got["value"]
                if num is None and den is None:
                    num, den = n, d
                facts.append(fact(item.unit, year, metric, value, qualifier, num, den))
            elif num is not None and den is not None:
                facts.append(fact(item.unit, year, metric, 100 * num / den, None, num, den))
            else:
                raise AssertionError(f"row {row}: {metric} has half a ratio; mark it incomplete_ratio")
        row += 1
    return row


def group_header(g: Grid, row: int, groups: list[tuple[str, list[str]] | str], first_col: int = 3) -> int:
    """A two-row header: a group merged over its children, or a single label merged over both rows."""
    col = first_col
    for grp in groups:
        if isinstance(grp, str):
            g.merge(row, col, row + 1, col, grp)
            col += 1
        else:
            label, children = grp
            g.merge(row, col, row, col + len(children) - 1, label)
            for i, child in enumerate(children):
                g.put(row + 1, col + i, child)
            col += len(children)
    return col - 1


def numbering(g: Grid, row: int, last_col: int) -> None:
    for c in range(1, last_col + 1):
        g.put(row, c, f"({c})")


MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM"

CAU_NGANG = ("Huyện Cầu Ngang", "district")
THAP_MUOI = ("Huyện Tháp Mười", "district")
BINH_LUC = ("Huyện Bình Lục", "district")
THANH_HOA = ("Huyện Thạnh Hóa", "district")


def xa(name: str) -> Unit:
    return (f"Xã {name}", "commune")


def tt(name: str) -> Unit:
    return (f"Thị trấn {name}", "commune")


def other(name: str) -> Unit:
    return (name, "other")


def pct1(rng: random.Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 1)


# --------------------------------------------------------------------------------------------------------------
# The cases. Each builder writes its file(s) into `out` and returns its case(s); REGISTRY keeps their names.

REGISTRY: list[tuple[tuple[str, ...], Callable[[Path], list[Case]]]] = []


def register(*names: str) -> Callable[[Callable[[Path], list[Case]]], Callable[[Path], list[Case]]]:
    def deco(fn: Callable[[Path], list[Case]]) -> Callable[[Path], list[Case]]:
        REGISTRY.append((names, fn))
        return fn

    return deco


CAU_NGANG_2022_COLS: list[Spec] = [
    ("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"), ("reg_union_members_pct", "value"),
    ("plans_issued", "value"), ("models_total", "value"), ("models_collective", "value"),
    ("models_individual", "value"), ("models_new", "value"), ("commend_collective", "value"),
    ("commend_individual", "value"), ("propaganda_articles", "value"), ("propaganda_broadcasts", "value"),
    ("propaganda_social_posts", "value"), None,
]


def cau_ngang_2022(path: Path) -> tuple[list[Fact], list[Reject]]:
    """The report behind the Cầu Ngang news item: two-row header with groups, numbering row, I/II groups,
    agency party cells, a totals row that is the district's own figure, notes and signatures."""
    g = Grid("Biểu 01")
    last = 16
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH TRÀ VINH", "HUYỆN ỦY CẦU NGANG", "*"],
        [MOTTO, "", "Cầu Ngang, ngày 20 tháng 12 năm 2022"],
        ["BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2022",
         "(Kèm theo Báo cáo số 125-BC/HU ngày 20/12/2022 của Huyện ủy Cầu Ngang)"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, [
        ("Tỷ lệ đăng ký học tập và làm theo (%)", ["Đảng viên", "CCVC, LLVT không là đảng viên",
                                                   "Đoàn viên, hội viên"]),
        "Số kế hoạch, hướng dẫn ban hành",
        ("Mô hình học tập và làm theo Bác", ["Tổng số", "Tập thể", "Cá nhân", "Mô hình mới"]),
        ("Khen thưởng", ["Tập thể", "Cá nhân"]),
        ("Tuyên truyền", ["Tin, bài trên Tờ thông tin huyện", "Bản tin, bài viết phát thanh",
                          "Tin, bài đăng, chia sẻ trên mạng xã hội"]),
        "Ghi chú",
    ])
    numbering(g, row + 2, last)
    row += 3
    rng = random.Random(8482022)
    communes = [
        ("TT Cầu Ngang", tt("Cầu Ngang")), ("Thị trấn Mỹ Long", tt("Mỹ Long")),
        ("X. Mỹ Long Bắc", xa("Mỹ Long Bắc")), ("xã Mỹ Long Nam", xa("Mỹ Long Nam")), ("Mỹ Hoà", xa("Mỹ Hòa")),
        ("Vĩnh Kim", xa("Vĩnh Kim")), ("Kim Hoà", xa("Kim Hòa")), ("Hiệp Hòa", xa("Hiệp Hòa")),
        ("Thuận Hòa", xa("Thuận Hòa")), ("X. Long Sơn", xa("Long Sơn")), ("Nhị Trường", xa("Nhị Trường")),
        ("Trường Thọ", xa("Trường Thọ")), ("Hiệp Mỹ Đông", xa("Hiệp Mỹ Đông")), ("Hiệp Mỹ Tây", xa("Hiệp Mỹ Tây")),
        ("Thạnh Hoà Sơn", xa("Thạnh Hòa Sơn")),
    ]
    rows = [Row("I", "Khối xã, thị trấn", None)]
    for i, (typed, unit) in enumerate(communes, 1):
        coll, ind = rng.randint(2, 5), rng.randint(0, 3)
        commend = [rng.randint(0, 2), rng.randint(1, 4)] if i % 4 else [None, None]  # not reported
        note = "Số liệu đến 15/12" if i == 5 else None
        rows.append(Row(i, typed, unit, [
            pct1(rng, 96, 100), pct1(rng, 70, 95), pct1(rng, 35, 60), rng.randint(2, 5), coll + ind, coll, ind,
            rng.randint(0, 2), *commend, rng.randint(0, 3), rng.randint(2, 6), rng.randint(3, 12), note,
        ]))
    rows.append(Row("II", "Khối cơ quan huyện", None))
    for i, name in enumerate(["Chi bộ Công an huyện", "Chi bộ Khối Đoàn thể huyện",
                              "Chi bộ Trường THPT Cầu Ngang A"], 1):
        ind = 1 if i == 2 else 0
        rows.append(Row(i, name, other(name), [pct1(rng, 98, 100), pct1(rng, 85, 100), None, None, 1 + ind, 1, ind]))
    rows.append(Row(None, "Tổng cộng", CAU_NGANG, [
        X("trên 98%", 98, ">"), 80, X("trên 40%", 40, ">"), 8, 96, 65, 31, 15, None, None, 24, 80,
        X("trên 100", 100, ">"),
    ]))
    facts: list[Fact] = []
    rejects: list[Reject] = []
    row = lay_rows(g, row, rows, CAU_NGANG_2022_COLS, 2022, facts, rejects)
    g.merge(row + 1, 2, row + 1, last, "Ghi chú: - Tỷ lệ đảng viên đăng ký đã trừ đảng viên miễn sinh hoạt, "
                                       "miễn công tác.")
    g.merge(row + 2, 2, row + 2, last, "- Ô để trống: đơn vị chưa báo cáo.")
    signatures(g, row + 4, 2, 12, ["Người lập biểu", "", "(đã ký)", "", "Nguyễn Thị Thu Trang"],
               ["TRƯỞNG BAN", "", "(đã ký)", "", "Thạch Văn Hùng"])
    save_openpyxl(path, [g])
    return facts, rejects


@register("cau_ngang_2022_two_row_header")
def case_cau_ngang_2022(out: Path) -> list[Case]:
    path = out / "Bieu so lieu HTLT Bac nam 2022.xlsx"
    facts, rejects = cau_ngang_2022(path)
    return [Case("cau_ngang_2022_two_row_header", path, [], 0, facts, rejects, "wide", 2022, "Huyện Cầu Ngang",
                 about="two-row merged header (Tập thể under Mô hình vs Khen thưởng), (1)(2) row, STT, I/II groups, "
                       "agency cells, totals ≠ sum, 'trên 98%', free names (TT, X., Hoà), notes, signatures")]


@register("thap_muoi_2022_three_row_header")
def case_thap_muoi_2022(out: Path) -> list[Case]:
    g = Grid("TH 2022")
    last = 10
    row = heading(
        g,
        ["HUYỆN ỦY THÁP MƯỜI", "BAN TUYÊN GIÁO", "*"],
        [MOTTO, "", "Tháp Mười, ngày 05 tháng 01 năm 2023"],
        ["BẢNG TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2022"],
        last,
    )
    g.merge(row, 1, row + 2, 1, "TT")
    g.merge(row, 2, row + 2, 2, "Tên đơn vị")
    g.merge(row, 3, row, 5, "Mô hình học tập và làm theo Bác")
    g.merge(row + 1, 3, row + 2, 3, "Tổng số")
    g.merge(row + 1, 4, row + 1, 5, "Trong đó")
    g.put(row + 2, 4, "Tập thể")
    g.put(row + 2, 5, "Cá nhân")
    g.merge(row, 6, row, 9, "Khen thưởng")
    g.merge(row + 1, 6, row + 1, 7, "Huyện khen thưởng")
    g.merge(row + 1, 8, row + 1, 9, "Đề nghị Tỉnh khen thưởng")
    for c, label in zip(range(6, 10), ["Tập thể", "Cá nhân", "Tập thể", "Cá nhân"]):
        g.put(row + 2, c, label)
    g.merge(row, 10, row + 2, 10, "Số tin, bài tuyên truyền")
    row += 3
    specs: list[Spec] = [("models_total", "value"), ("models_collective", "value"), ("models_individual", "value"),
                         ("commend_collective", "value"), ("commend_individual", "value"),
                         ("commend_proposed_collective", "value"), ("commend_proposed_individual", "value"),
                         ("propaganda_articles", "value")]
    rng = random.Random(8722022)
    names = [("Thị trấn Mỹ An", tt("Mỹ An")), ("Xã Mỹ An", xa("Mỹ An")), ("Xã Thạnh Lợi", xa("Thạnh Lợi")),
             ("Xã Hưng Thạnh", xa("Hưng Thạnh")), ("Xã Trường Xuân", xa("Trường Xuân")),
             ("Xã Tân Kiều", xa("Tân Kiều")), ("Xã Mỹ Hoà", xa("Mỹ Hòa")), ("Xã Mỹ Quý", xa("Mỹ Quý")),
             ("Xã Mỹ Đông", xa("Mỹ Đông")), ("Xã Đốc Binh Kiều", xa("Đốc Binh Kiều")),
             ("Xã Phú Điền", xa("Phú Điền")), ("Xã Láng Biển", xa("Láng Biển")), ("Xã Thanh Mỹ", xa("Thanh Mỹ")),
             ("Đảng bộ Quân sự huyện", other("Đảng bộ Quân sự huyện")),
             ("Chi bộ Bệnh viện Đa khoa khu vực Tháp Mười", other("Chi bộ Bệnh viện Đa khoa khu vực Tháp Mười"))]
    rows = []
    for i, (typed, unit) in enumerate(names, 1):
        coll, ind = rng.randint(2, 7), rng.randint(1, 4)
        proposed = [1, None] if typed == "Xã Trường Xuân" else [None, 1] if i in (2, 9) else [None, None]
        rows.append(Row(i, typed, unit, [coll + ind, coll, ind, rng.randint(0, 2), rng.randint(1, 4), *proposed,
                                         rng.randint(1, 4)]))
    rows.append(Row(None, "Toàn huyện", THAP_MUOI, [112, 71, 41, 20, 52, 1, 2, 36]))
    facts: list[Fact] = []
    rejects: list[Reject] = []
    row = lay_rows(g, row, rows, specs, 2022, facts, rejects)
    signatures(g, row + 1, 2, 7, ["NGƯỜI TỔNG HỢP", "", "", "Võ Thị Ngọc Hân"],
               ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(đã ký)", "Lê Hoàng Phúc"])
    path = save_xlsxwriter(out / "ThapMuoi_TongHop_KL01.xlsx", [g])
    return [Case("thap_muoi_2022_three_row_header", path, [], 0, facts, rejects, "wide", 2022, "Huyện Tháp Mười",
                 about="three-row header (Khen thưởng > Huyện / Đề nghị Tỉnh > Tập thể), 'TT' column, Thị trấn "
                       "Mỹ An and Xã Mỹ An in one sheet, 'Toàn huyện', date line of the next year")]


@register("binh_luc_2021_text_numbers")
def case_binh_luc_2021(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 11
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH HÀ NAM", "HUYỆN ỦY BÌNH LỤC", "*"],
        [MOTTO, "", "Bình Lục, ngày 25 tháng 11 năm 2021"],
        ["KẾT QUẢ THỰC HIỆN CHỈ THỊ 05-CT/TW CỦA BỘ CHÍNH TRỊ NĂM 2021",
         "(Kèm theo Báo cáo số 212-BC/HU ngày 25/11/2021 của Huyện ủy Bình Lục)"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, [
        ("Đảng viên đăng ký học tập và làm theo", ["Tổng số", "Đã đăng ký", "Tỷ lệ (%)"]),
        "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký (%)",
        "Tỷ lệ đoàn viên, hội viên đăng ký (%)",
        ("Mô hình", ["Tổng số", "Mô hình điểm", "Nhân rộng (xã, thị trấn)"]),
        "Số tin, bài tuyên truyền",
    ])
    row += 2
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("reg_union_members_pct", "value"), ("models_total", "value"), ("models_pilot", "value"),
                         ("model_replication_pct", "value"), ("propaganda_articles", "value")]
    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731 - typed on a Mac
    names = [("Thị Trấn Bình Mỹ", tt("Bình Mỹ")), ("Bình Nghĩa", xa("Bình Nghĩa")), ("XÃ TRÀNG AN", xa("Tràng An")),
             (nfd("Xã Đồng Du"), xa("Đồng Du")), ("Ngọc Lũ", xa("Ngọc Lũ")), ("Hưng Công", xa("Hưng Công")),
             ("Đồn Xá", xa("Đồn Xá")), ("An Ninh", xa("An Ninh")), ("Bồ Đề", xa("Bồ Đề")),
             ("Bối Cầu", xa("Bối Cầu")), ("xã An Nội", xa("An Nội")), ("Vũ Bản", xa("Vũ Bản")),
             ("Trung Lương", xa("Trung Lương")), ("An Đổ", xa("An Đổ")), ("La Sơn", xa("La Sơn")),
             (nfd("Tiêu Động"), xa("Tiêu Động")), ("An Lão", xa("An Lão"))]
    pilots = {"Thị Trấn Bình Mỹ": 1, "XÃ TRÀNG AN": 1, "An Ninh": 1, "Bình Nghĩa": 0, "Vũ Bản": 0}
    rng = random.Random(3522021)
    rows = []
    for i, (typed, unit) in enumerate(names, 1):
        den = rng.randint(140, 420)
        num = den - rng.randint(0, 6)
        rate = round(100 * num / den, 1)
        text = f"{rate:.1f}".replace(".", ",")
        style = i % 5
        if style == 0:
            party = [den, num, X(text, rate)]
        elif style == 1:
            party = [den, num, X(text + "%", rate)]
        elif style == 2:
            party = [None, None, X("trên 98%", 98, ">")]
        elif style == 3:
            party = [den, num, rate]
        else:
            party = [None, None, X(">98%", 98, ">")]
        cs = pct1(rng, 75, 95)
        cs_cell = X(f"{cs:.1f}".replace(".", ","), cs) if i % 2 else cs
        if i % 3 == 0:
            union = X("hơn 40%", 40, ">")
        else:
            u = pct1(rng, 40, 60)
            union = X(f"{u:.1f}%".replace(".", ","), u)
        rows.append(Row(i, typed, unit, [*party, cs_cell, union, rng.randint(6, 20), pilots.get(typed), None,
                                         rng.randint(10, 60)]))
    rows.append(Row(None, "Cộng", BINH_LUC, [
        X("5.432", 5432), X("5.351", 5351), X("98,5%", 98.5), X("trên 85%", 85, ">"), X("hơn 40%", 40, ">"),
        245, 3, X("17/17", 100, None, 17, 17), X("1.234", 1234),
    ]))
    facts: list[Fact] = []
    rejects: list[Reject] = []
    row = lay_rows(g, row, rows, specs, 2021, facts, rejects)
    g.put(row + 1, 2, "Ghi chú: Mô hình điểm cấp huyện: Đảng bộ xã Tràng An; Chi bộ HTX DVNN An Ninh; "
                      "Hội CCB thị trấn Bình Mỹ.")
    signatures(g, row + 3, 2, 8, ["NGƯỜI LẬP BIỂU", "", "Trần Thu Hà"], ["T/M BAN THƯỜNG VỤ", "(đã ký)",
                                                                           "Đinh Văn Thắng"])
    path = save_openpyxl(out / "Phu luc so lieu CT05.xlsx", [g])
    return [Case("binh_luc_2021_text_numbers", path, [], 0, facts, rejects, "wide", 2021, "Huyện Bình Lục",
                 about="numbers typed as text ('98,5', '98,5%', 'trên 98%', '>98%', '1.234', '17/17'), Đảng viên "
                       "group Tổng số/Đã đăng ký/Tỷ lệ, NFD names, 'Thị Trấn', 'XÃ TRÀNG AN', 17 communes of 2021")]


@register("thanh_hoa_2023_percent_formats_formulas")
def case_thanh_hoa_2023(out: Path) -> list[Case]:
    g = Grid("Năm 2023")
    last = 10
    row = heading(
        g,
        ["HUYỆN ỦY THẠNH HÓA", "BAN TUYÊN GIÁO", "*"],
        [MOTTO, "", "Thạnh Hóa, ngày 18 tháng 12 năm 2023"],
        ["BÁO CÁO SỐ LIỆU HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2023"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, [
        "Tỷ lệ ĐV đăng ký (%)", "Tỷ lệ CCVC, LLVT không là ĐV đăng ký (%)", "Tỷ lệ ĐVHV đăng ký (%)",
        ("Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", ["Tổng số chi bộ", "Số chi bộ hoàn thành"]),
        ("Mô hình", ["Tổng số", "Tập thể", "Cá nhân"]),
    ])
    row += 2
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("reg_union_members_pct", "value"), ("party_cells_plans_pct", "den"),
                         ("party_cells_plans_pct", "num"), ("models_total", "value"), ("models_collective", "value"),
                         ("models_individual", "value")]
    names = [("TT Thạnh Hóa", tt("Thạnh Hóa")), ("Tân Hiệp", xa("Tân Hiệp")), ("Thuận Bình", xa("Thuận Bình")),
             ("Thạnh Phước", xa("Thạnh Phước")), ("Thạnh Phú", xa("Thạnh Phú")),
             ("Thuận Nghĩa Hoà", xa("Thuận Nghĩa Hòa")), ("xã Thuỷ Đông", xa("Thủy Đông")),
             ("Xã Thuỷ Tây", xa("Thủy Tây")), ("Tân Tây", xa("Tân Tây")), ("Tân Đông", xa("Tân Đông")),
             ("Thạnh An", xa("Thạnh An"))]
    rng = random.Random(8002023)
    rows = []
    first = row
    for i, (typed, unit) in enumerate(names, 1):
        r = first + i - 1
        party = pct1(rng, 95, 100)
        party_cell = Pct(round(party / 100, 3)) if i % 2 else party  # a percent-formatted cell, or 98.5 typed
        cs = pct1(rng, 75, 95)
        cs_cell = Pct(round(cs / 100, 3)) if i % 3 == 0 else cs
        union = None if i in (4, 9) else Pct(round(pct1(rng, 40, 65) / 100, 3))
        den = rng.randint(4, 12)
        num = den - (i % 4 == 0)
        coll, ind = rng.randint(1, 5), rng.randint(0, 3)
        rows.append(Row(i, typed, unit, [party_cell, cs_cell, union, den, num, Formula(f"=I{r}+J{r}", coll + ind),
                                         coll, ind]))
    end = first + len(names) - 1
    sums = {c: sum(reading(rw.values[c])[0] for rw in rows) for c in (3, 4, 5, 6, 7)}
    rows.append(Row(None, "Tổng cộng", THANH_HOA, [
        Pct(0.991), 88.5, Pct(0.52),
        *[Formula(f"=SUM({col}{first}:{col}{end})", int(sums[c])) for c, col in zip((3, 4, 5, 6, 7), "FGHIJ")],
    ]))
    facts: list[Fact] = []
    rejects: list[Reject] = []
    row = lay_rows(g, row, rows, specs, 2023, facts, rejects)
    signatures(g, row + 2, 2, 7, ["Người lập biểu", "(đã ký)", "Phạm Thị Kiều"],
               ["TRƯỞNG BAN", "(đã ký)", "Hoa Vinh Tuấn Kiệt"])
    path = save_xlsxwriter(out / "ThanhHoa_2023_solieu.xlsx", [g])
    return [Case("thanh_hoa_2023_percent_formats_formulas", path, [], 0, facts, rejects, "wide", 2023,
                 "Huyện Thạnh Hóa",
                 about="percent-formatted fractions (0.985 as 98.5%) mixed with typed 98.5 in one column, formulas "
                       "with cached values, chi bộ counts without a rate, blanks, 'Thuỷ'/'Hoà'")]


@register("binh_luc_2019_legacy_xls")
def case_binh_luc_2019(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 8
    row = heading(
        g,
        ["HUYỆN ỦY BÌNH LỤC", "BAN TUYÊN GIÁO", "*"],
        [MOTTO, "Bình Lục, ngày 16 tháng 12 năm 2019"],
        ["BIỂU THỐNG KÊ KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2019"],
        last,
    )
    for c, label in enumerate(["STT", "Đơn vị", "Tổng số đảng viên", "Số đảng viên đã đăng ký", "Số mô hình",
                               "Mô hình tập thể", "Mô hình cá nhân", "Ghi chú"], 1):
        g.put(row, c, label)
    row += 1
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("models_total", "value"), ("models_collective", "value"), ("models_individual", "value"),
                         None]
    names = ["Bình Nghĩa", "Tràng An", "Đồng Du", "Ngọc Lũ", "Hưng Công", "Đồn Xá", "An Ninh", "Bồ Đề", "Bối Cầu",
             "An Mỹ", "An Nội", "Vũ Bản", "Trung Lương", "Mỹ Thọ", "An Đổ", "La Sơn", "Tiêu Động", "An Lão"]
    rng = random.Random(3522019)
    rows = [Row(1, "Thị trấn Bình Mỹ", tt("Bình Mỹ"), [310, 305, 9, 6, 3])]
    for i, name in enumerate(names, 2):
        den = rng.randint(120, 380)
        coll, ind = rng.randint(3, 8), rng.randint(1, 4)
        note = "Dự kiến sáp nhập năm 2020" if name in ("An Mỹ", "Mỹ Thọ") else None
        rows.append(Row(i, f"Xã {name}", xa(name), [den, den - rng.randint(0, 9), coll + ind, coll, ind, note]))
    rows.append(Row(None, "Tổng cộng", BINH_LUC, [5210, 5105, 198, 131, 67]))
    facts: list[Fact] = []
    rejects: list[Reject] = []
    row = lay_rows(g, row, rows, specs, 2019, facts, rejects)
    signatures(g, row + 1, 2, 6, ["Người lập biểu", "Nguyễn Thị Hoa"], ["TRƯỞNG BAN", "Trần Văn Bình"])
    path = save_xlwt(out / "BL_CT05_2019.xls", [g])
    return [Case("binh_luc_2019_legacy_xls", path, [], 0, facts, rejects, "wide", 2019, "Huyện Bình Lục",
                 about="real legacy .xls (BIFF8); the 19 communes of 2019 incl. Xã An Mỹ and Xã Mỹ Thọ; counts of "
                       "members and registered members without a rate column")]


@register("cau_ngang_2023_ods")
def case_cau_ngang_2023_ods(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 7
    row = heading(
        g,
        ["HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO"],
        [MOTTO, "Cầu Ngang, ngày 15 tháng 12 năm 2023"],
        ["THỐNG KÊ KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2023"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Tên đơn vị")
    group_header(g, row, [("Đảng viên đăng ký học tập và làm theo", ["Tổng số đảng viên", "Số đã đăng ký"]),
                          "Số mô hình", "Mô hình mới", "Số tin, bài tuyên truyền"])
    row += 2
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("models_total", "value"), ("models_new", "value"), ("propaganda_articles", "value")]
    rows = [
        Row(1, "Xã Long Sơn", xa("Long Sơn"), [265, 262, 8, 2, 5]),
        Row(2, "Thị trấn Cầu Ngang", tt("Cầu Ngang"), [412, 410, 11, 3, 9]),
        Row(3, "Xã Hiệp Mỹ Tây", xa("Hiệp Mỹ Tây"), [198, 193, 6, 1, None]),
        Row(4, "Xã Mỹ Hòa", xa("Mỹ Hòa"), [221, 221, 7, 0, 4]),
        Row(5, "Xã Thạnh Hòa Sơn", xa("Thạnh Hòa Sơn"), [187, 180, 5, None, 3]),
        Row(6, "Xã Vĩnh Kim", xa("Vĩnh Kim"), [240, 236, 9, 2, 6]),
        Row(7, "Xã Trường Thọ", xa("Trường Thọ"), [176, 175, 4, 1, 2]),
        Row(8, "Xã Kim Hòa", xa("Kim Hòa"), [203, 199, 6, 1, 3]),
        Row(None, "Toàn huyện", CAU_NGANG, [4120, 4050, 102, 17, 30]),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    row = lay_rows(g, row, rows, specs, 2023, facts, rejects)
    signatures(g, row + 1, 2, 5, ["Người lập biểu", "Kim Thị Sa Rinh"], ["TRƯỞNG BAN", "Thạch Văn Hùng"])
    path = save_ods(out / "thong_ke_2023.ods", [g])
    return [Case("cau_ngang_2023_ods", path, [], 0, facts, rejects, "wide", 2023, "Huyện Cầu Ngang",
                 about=".ods from LibreOffice; rate computed from two count columns; blank cells")]


@register("thap_muoi_2024_csv_semicolon_bom")
def case_thap_muoi_2024_csv(out: Path) -> list[Case]:
    g = Grid()
    for c, label in enumerate(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tỷ lệ đoàn viên, hội viên đăng ký (%)",
                               "Tổng số mô hình", "Mô hình tập thể", "Mô hình cá nhân", "Số tin, bài tuyên truyền"], 1):
        g.put(1, c, label)
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_union_members_pct", "value"),
                         ("models_total", "value"), ("models_collective", "value"), ("models_individual", "value"),
                         ("propaganda_articles", "value")]
    rows = [
        Row(1, "Thị trấn Mỹ An", tt("Mỹ An"), [98.7, 52.4, 10, 7, 3, 12]),
        Row(2, "Xã Mỹ An", xa("Mỹ An"), [97.9, 47.5, 6, 4, 2, 5]),
        Row(3, "Xã Tân Kiều", xa("Tân Kiều"), [99.1, None, 7, 5, 2, 4]),
        Row(4, "Xã Đốc Binh Kiều", xa("Đốc Binh Kiều"), [96.8, 41.0, 5, 3, 2, 6]),
        Row(5, "Xã Láng Biển", xa("Láng Biển"), [100, 55.5, 4, 3, 1, None]),
        Row(6, "Xã Mỹ Quý", xa("Mỹ Quý"), [98.2, 43.6, 8, 6, 2, 7]),
        Row(7, "Xã Hưng Thạnh", xa("Hưng Thạnh"), [97.3, 40.2, 6, 4, 2, 3]),
        Row(None, "Tổng cộng", THAP_MUOI, [98.4, 46.1, 118, 76, 42, 64]),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    lay_rows(g, 2, rows, specs, 2024, facts, rejects)
    path = out / "BaoCao_ThapMuoi_2024.csv"
    path.write_bytes(b"\xef\xbb\xbf" + csv_text(g).encode("utf-8"))
    return [Case("thap_muoi_2024_csv_semicolon_bom", path, [], 0, facts, rejects, "wide", 2024, "Huyện Tháp Mười",
                 about="CSV from Excel in a Vietnamese locale (';', decimal comma, UTF-8 BOM), no title block: year "
                       "and district only in the file name without diacritics")]


@register("thanh_hoa_2020_csv_cp1258")
def case_thanh_hoa_2020_cp1258(out: Path) -> list[Case]:
    g = Grid()
    g.put(1, 1, "HUYỆN ỦY THẠNH HÓA")
    g.put(2, 1, "BAN TUYÊN GIÁO")
    g.put(4, 1, "BÁO CÁO KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2020")
    for c, label in enumerate(["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Số kế hoạch, hướng dẫn", "Tổng số mô hình",
                               "Mô hình mới", "Tập thể được khen thưởng", "Cá nhân được khen thưởng"], 1):
        g.put(6, c, label)
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                         ("models_new", "value"), ("commend_collective", "value"), ("commend_individual", "value")]
    rows = [
        Row(1, "TT Thạnh Hóa", tt("Thạnh Hóa"), [98.6, 4, 9, 2, 1, 3]),
        Row(2, "Xã Thủy Đông", xa("Thủy Đông"), [97.2, 3, 5, 1, 1, 2]),
        Row(3, "Xã Thuỷ Tây", xa("Thủy Tây"), [99.0, 3, 6, 0, None, None]),
        Row(4, "Xã Tân Đông", xa("Tân Đông"), [96.5, 2, 4, 1, 0, 1]),
        Row(5, "Xã Thạnh Phú", xa("Thạnh Phú"), [98.1, 3, 5, 2, 1, 2]),
        Row(6, "Xã Thuận Nghĩa Hòa", xa("Thuận Nghĩa Hòa"), [97.7, 2, 4, 1, 1, 1]),
        Row(7, "Xã Tân Hiệp", xa("Tân Hiệp"), [98.9, 3, 7, 1, 2, 2]),
        Row(None, "Tổng cộng", THANH_HOA, [98.0, 6, 70, 12, 14, 30]),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    row = lay_rows(g, 7, rows, specs, 2020, facts, rejects)
    g.put(row + 1, 2, "Người lập biểu")
    g.put(row + 1, 6, "TRƯỞNG BAN")
    path = out / "bao cao hoc tap lam theo Bac.csv"
    path.write_bytes(encode_cp1258(csv_text(g)))
    return [Case("thanh_hoa_2020_csv_cp1258", path, [], 0, facts, rejects, "wide", 2020, "Huyện Thạnh Hóa",
                 about="CSV in Windows-1258 (combining tone marks), ';' and decimal comma, title lines inside the CSV")]


@register("cau_ngang_2021_html_as_xls")
def case_cau_ngang_2021_html(out: Path) -> list[Case]:
    g = Grid()
    last = 9
    g.merge(1, 1, 1, last, "HUYỆN ỦY CẦU NGANG")
    g.merge(2, 1, 2, last, "BÁO CÁO KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2021")
    g.merge(3, 1, 3, last, "Ngày xuất báo cáo: 05/01/2022 08:15")
    g.merge(4, 1, 5, 1, "STT")
    g.merge(4, 2, 5, 2, "Đơn vị")
    group_header(g, 4, [("Tỷ lệ đăng ký (%)", ["Đảng viên", "CCVC, LLVT", "Đoàn viên, hội viên"]),
                        ("Mô hình", ["Tổng số", "Tập thể", "Cá nhân"]), "Kế hoạch, hướng dẫn"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("reg_union_members_pct", "value"), ("models_total", "value"), ("models_collective", "value"),
                         ("models_individual", "value"), ("plans_issued", "value")]
    rows = [
        Row(1, "Thị trấn Cầu Ngang", tt("Cầu Ngang"), [98.6, 85.2, 44.1, 9, 6, 3, 4]),
        Row(2, "Thị trấn Mỹ Long", tt("Mỹ Long"), [97.9, 81.0, 41.7, 6, 4, 2, 3]),
        Row(3, "Xã Mỹ Long Bắc", xa("Mỹ Long Bắc"), [98.1, 79.5, None, 5, 3, 2, 3]),
        Row(4, "Xã Long Sơn", xa("Long Sơn"), [99.2, 82.3, 46.0, 7, 5, 2, 3]),
        Row(5, "Xã Hiệp Mỹ Đông", xa("Hiệp Mỹ Đông"), [97.4, 78.8, 39.5, 5, 4, 1, 2]),
        Row(6, "Xã Nhị Trường", xa("Nhị Trường"), [98.0, 80.6, 42.2, 6, 4, 2, 3]),
        Row(7, "Xã Thuận Hòa", xa("Thuận Hòa"), [96.9, 77.1, 40.3, 4, 3, 1, 2]),
        Row(8, "Xã Kim Hòa", xa("Kim Hòa"), [98.3, 83.4, 43.8, 5, 3, 2, 3]),
        Row(None, "Tổng cộng", CAU_NGANG, [98.2, 80.5, 41.9, 88, 59, 29, 7]),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    lay_rows(g, 6, rows, specs, 2021, facts, rejects)
    path = save_html_xls(out / "BaoCaoTongHop_2021.xls", g)
    return [Case("cau_ngang_2021_html_as_xls", path, [], 0, facts, rejects, "wide", 2021, "Huyện Cầu Ngang",
                 about="'.xls' exported by a web portal: an HTML table with rowspan/colspan, decimal commas, an "
                       "export-date line of the next year")]


def short_report(title: str, left: list[str], right: list[str], units: list[tuple[str, Any]]) -> Grid:
    g = Grid()
    row = heading(g, left, right, [title], 6)
    for c, label in enumerate(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tổng số mô hình",
                               "Mô hình mới", "Số tin, bài tuyên truyền"], 1):
        g.put(row, c, label)
    for i, (name, values) in enumerate(units, 1):
        g.put(row + i, 1, i)
        g.put(row + i, 2, name)
        for c, v in enumerate(values, 3):
            g.put(row + i, c, v)
    return g


@register("binh_luc_2023_quarter_refused")
def case_quarter(out: Path) -> list[Case]:
    g = short_report(
        "BÁO CÁO KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH QUÝ I NĂM 2023",
        ["HUYỆN ỦY BÌNH LỤC", "BAN TUYÊN GIÁO"], [MOTTO, "Bình Lục, ngày 28 tháng 3 năm 2023"],
        [("Thị trấn Bình Mỹ", [98.1, 4, 1, 3]), ("Xã Tràng An", [97.5, 3, 0, 2]), ("Xã Bình An", [99.0, 2, 1, 1]),
         ("Xã An Ninh", [96.8, 3, 1, 2]), ("Xã La Sơn", [97.7, 2, 0, 1]), ("Tổng cộng", [97.9, 31, 5, 20])],
    )
    path = save_openpyxl(out / "BinhLuc_QuyI_2023.xlsx", [g])
    return [Case("binh_luc_2023_quarter_refused", path, [], 2, [], [], None, 2023, "Huyện Bình Lục",
                 refusal="short_period", about="a quarterly report ('QUÝ I NĂM 2023'): refused as short_period")]


@register("thap_muoi_2022_six_months_refused")
def case_six_months(out: Path) -> list[Case]:
    g = short_report(
        "SƠ KẾT 6 THÁNG ĐẦU NĂM 2022 THỰC HIỆN KẾT LUẬN 01-KL/TW",
        ["HUYỆN ỦY THÁP MƯỜI", "BAN TUYÊN GIÁO"], [MOTTO, "Tháp Mười, ngày 20 tháng 6 năm 2022"],
        [("Thị trấn Mỹ An", [98.0, 6, 1, 4]), ("Xã Trường Xuân", [97.1, 4, 1, 2]), ("Xã Thanh Mỹ", [96.5, 3, 0, 1]),
         ("Xã Phú Điền", [98.8, 5, 2, 3]), ("Xã Mỹ Đông", [97.6, 3, 0, 1]), ("Toàn huyện", [97.8, 60, 9, 21])],
    )
    path = save_xlsxwriter(out / "ThapMuoi_6thang_2022.xlsx", [g])
    return [Case("thap_muoi_2022_six_months_refused", path, [], 2, [], [], None, 2022, "Huyện Tháp Mười",
                 refusal="short_period", about="'6 THÁNG ĐẦU NĂM 2022' review: refused as short_period")]


@register("cau_ngang_2024_nine_months_csv_refused")
def case_nine_months(out: Path) -> list[Case]:
    g = short_report(
        "KẾT QUẢ 9 THÁNG NĂM 2024 HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH",
        ["HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO"], [MOTTO, "Cầu Ngang, ngày 25 tháng 9 năm 2024"],
        [("Xã Long Sơn", [98.2, 8, 1, 4]), ("Xã Mỹ Hòa", [97.0, 6, 1, 3]), ("Xã Nhị Trường", [96.9, 5, 0, 2]),
         ("Xã Hiệp Hòa", [98.5, 7, 2, 3]), ("Thị trấn Cầu Ngang", [99.1, 10, 2, 6])],
    )
    path = out / "CauNgang_9thang_2024.csv"
    path.write_bytes(b"\xef\xbb\xbf" + csv_text(g).encode("utf-8"))
    return [Case("cau_ngang_2024_nine_months_csv_refused", path, [], 2, [], [], None, 2024, "Huyện Cầu Ngang",
                 refusal="short_period", about="'9 THÁNG NĂM 2024' in a CSV: refused as short_period")]


@register("thap_muoi_no_year_refused", "thap_muoi_no_year_with_year_option")
def case_no_year(out: Path) -> list[Case]:
    g = Grid("Biểu 1")
    last = 7
    row = heading(
        g,
        ["HUYỆN ỦY THÁP MƯỜI", "BAN TUYÊN GIÁO", "*"],
        [MOTTO, "", "Tháp Mười, ngày 10 tháng 01 năm 2022"],
        ["BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH",
         "(Kèm theo Báo cáo số 45-BC/BTGHU ngày 10/01/2022 của Ban Tuyên giáo Huyện ủy)"],
        last,
    )
    for c, label in enumerate(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Số mô hình", "Mô hình tập thể",
                               "Mô hình cá nhân", "Số tin, bài tuyên truyền"], 1):
        g.put(row, c, label)
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"),
                         ("models_collective", "value"), ("models_individual", "value"),
                         ("propaganda_articles", "value")]
    rows = [
        Row(1, "Thị trấn Mỹ An", tt("Mỹ An"), [98.3, 11, 8, 3, 9]),
        Row(2, "Xã Thạnh Lợi", xa("Thạnh Lợi"), [97.4, 5, 3, 2, 3]),
        Row(3, "Xã Trường Xuân", xa("Trường Xuân"), [98.9, 7, 5, 2, 4]),
        Row(4, "Xã Đốc Binh Kiều", xa("Đốc Binh Kiều"), [96.7, 6, 4, 2, None]),
        Row(5, "Xã Mỹ Hòa", xa("Mỹ Hòa"), [97.8, 5, 4, 1, 2]),
        Row(6, "Xã Láng Biển", xa("Láng Biển"), [98.0, 4, 3, 1, 2]),
        Row(None, "Toàn huyện", THAP_MUOI, [97.9, 104, 66, 38, 41]),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    row = lay_rows(g, row + 1, rows, specs, 2021, facts, rejects)
    signatures(g, row + 1, 2, 6, ["Người lập biểu", "Huỳnh Thị Thu"], ["TRƯỞNG BAN", "Nguyễn Văn Lâm"])
    path = save_openpyxl(out / "Bieu_tong_hop_ThapMuoi.xlsx", [g])
    return [
        Case("thap_muoi_no_year_refused", path, [], 2, [], [], None, None, "Huyện Tháp Mười", refusal="no_year",
             about="no year in the title, sheet or file name (only in the date line): refused as no_year"),
        Case("thap_muoi_no_year_with_year_option", path, ["--year", "2021"], 0, facts, rejects, "wide", 2021,
             "Huyện Tháp Mười", about="the same file with --year 2021: loaded as 2021"),
    ]


@register("thanh_hoa_2022_unknown_commune")
def case_unknown_commune(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 6
    row = heading(
        g,
        ["HUYỆN ỦY THẠNH HÓA", "BAN TUYÊN GIÁO"],
        [MOTTO, "Thạnh Hóa, ngày 12 tháng 12 năm 2022"],
        ["KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2022"],
        last,
    )
    for c, label in enumerate(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tổng số mô hình", "Mô hình mới",
                               "Số tin, bài tuyên truyền"], 1):
        g.put(row, c, label)
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_new", "value"),
                         ("propaganda_articles", "value")]
    rows = [
        Row(1, "Thị trấn Thạnh Hóa", tt("Thạnh Hóa"), [98.8, 10, 2, 8]),
        Row(2, "Xã Thạnh An", xa("Thạnh An"), [97.5, 5, 1, 3]),
        Row(3, "Xã Thạnh Lập", "unknown_unit", [96.9, 4, 1, 2]),
        Row(4, "Xã Tân Tây", xa("Tân Tây"), [98.1, 6, 1, 4]),
        Row(5, "Xã Thuận Bình", xa("Thuận Bình"), [97.0, 5, 0, 2]),
        Row(6, "Xã Thạnh Phước", xa("Thạnh Phước"), [98.4, 6, 2, 3]),
        Row(None, "Tổng cộng", THANH_HOA, [97.9, 66, 12, 35]),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    lay_rows(g, row + 1, rows, specs, 2022, facts, rejects)
    path = save_openpyxl(out / "BaoCao_ThanhHoa_2022.xlsx", [g])
    return [Case("thanh_hoa_2022_unknown_commune", path, [], 1, facts, rejects, "wide", 2022, "Huyện Thạnh Hóa",
                 about="a commune name that exists nowhere ('Xã Thạnh Lập'): unknown_unit on its name cell, rest "
                       "loaded")]


@register("cau_ngang_2021_bad_values")
def case_bad_values(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 9
    row = heading(
        g,
        ["HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO"],
        [MOTTO, "Cầu Ngang, ngày 17 tháng 12 năm 2021"],
        ["SỐ LIỆU HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2021"],
        last,
    )
    for c, label in enumerate(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)",
                               "Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch (số chi bộ/tổng số)",
                               "Số kế hoạch, hướng dẫn ban hành", "Tổng số mô hình", "Mô hình tập thể",
                               "Mô hình cá nhân", "Số tin, bài tuyên truyền"], 1):
        g.put(row, c, label)
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("party_cells_plans_pct", "value"),
                         ("plans_issued", "value"), ("models_total", "value"), ("models_collective", "value"),
                         ("models_individual", "value"), ("propaganda_articles", "value")]
    frac = lambda n, d: X(f"{n}/{d}", 100 * n / d, None, n, d)  # noqa: E731
    rows = [
        Row(1, "Xã Long Sơn", xa("Long Sơn"), [105, frac(12, 12), 3, 6, 4, 2, 5], {0: "pct_out_of_range"}),
        Row(2, "Xã Mỹ Hòa", xa("Mỹ Hòa"), [97.5, frac(9, 10), 2, 5, -3, 2, 4], {4: "negative_count"}),
        Row(3, "Xã Vĩnh Kim", xa("Vĩnh Kim"), [98.2, "13/12", 2, 4, 2, 2.5, 3],
            {1: "numerator_above_denominator", 5: "fractional_count"}),
        Row(4, "Xã Kim Hòa", xa("Kim Hòa"), [99.0, "0/0", "50%", 3, 2, 1, 2],
            {1: "zero_denominator", 2: "percent_for_count"}),
        Row(5, "Xã Hiệp Hòa", xa("Hiệp Hòa"), ["đang tổng hợp", frac(8, 8), 2, "3/5", 3, 2, 6],
            {0: "not_a_number", 3: "fraction_for_count"}),
        Row(6, "Xã Thuận Hòa", xa("Thuận Hòa"), [96.4, frac(10, 11), 2, 4, 3, 1, 1]),
        Row(7, "Xã Nhị Trường", xa("Nhị Trường"), [X("98,7%", 98.7), frac(7, 7), 3, 5, 3, 2, 2]),
        Row(None, "Tổng cộng", CAU_NGANG, [98.1, frac(97, 104), 8, 60, 41, 19, 40]),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    lay_rows(g, row + 1, rows, specs, 2021, facts, rejects)
    path = save_openpyxl(out / "CauNgang_2021_SoLieu.xlsx", [g])
    return [Case("cau_ngang_2021_bad_values", path, [], 1, facts, rejects, "wide", 2021, "Huyện Cầu Ngang",
                 about="bad cells: 105%, -3, 2.5 models, '13/12', '0/0', '50%' and '3/5' in count columns, text in "
                       "a rate column; 'x/y' ratios kept with numerator and denominator")]


@register("thap_muoi_2021_ratio_cells")
def case_ratio_cells(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 5
    row = heading(
        g,
        ["HUYỆN UỶ THÁP MƯỜI", "BAN TUYÊN GIÁO"],
        [MOTTO, "Tháp Mười, ngày 14 tháng 12 năm 2021"],
        ["KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2021"],
        last,
    )
    for c, label in enumerate(["STT", "Đơn vị", "Tỷ lệ chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch",
                               "Tỷ lệ đơn vị nhân rộng mô hình", "Tổng số mô hình"], 1):
        g.put(row, c, label)
    specs: list[Spec] = [("party_cells_plans_pct", "value"), ("model_replication_pct", "value"),
                         ("models_total", "value")]
    frac = lambda n, d: X(f"{n}/{d}", 100 * n / d, None, n, d)  # noqa: E731
    rows = [
        Row(1, "Thị trấn Mỹ An", tt("Mỹ An"), [frac(12, 12), None, 9]),
        Row(2, "Xã Thạnh Lợi", xa("Thạnh Lợi"), ["13/12", None, 5], {0: "numerator_above_denominator"}),
        Row(3, "Xã Phú Điền", xa("Phú Điền"), ["0/0", None, 4], {0: "zero_denominator"}),
        Row(4, "Xã Mỹ Đông", xa("Mỹ Đông"), [frac(9, 10), None, 6]),
        Row(5, "Xã Hưng Thạnh", xa("Hưng Thạnh"), [frac(11, 11), None, 5]),
        Row(None, "Toàn huyện", THAP_MUOI, [frac(97, 104), frac(13, 13), 98]),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    lay_rows(g, row + 1, rows, specs, 2021, facts, rejects)
    path = save_openpyxl(out / "ThapMuoi_2021_TyLe.xlsx", [g])
    return [Case("thap_muoi_2021_ratio_cells", path, [], 1, facts, rejects, "wide", 2021, "Huyện Tháp Mười",
                 about="'x/y' typed in rate columns with the catalog's labels: 12/12, 13/12 (numerator above), 0/0 "
                       "(zero denominator), 13/13 replication; 'HUYỆN UỶ' with the old tone placement")]


@register("thap_muoi_2023_structure_rejects")
def case_structure_rejects(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 7
    row = heading(
        g,
        ["HUYỆN ỦY THÁP MƯỜI", "BAN TUYÊN GIÁO", "*"],
        [MOTTO, "", "Tháp Mười, ngày 15 tháng 12 năm 2023"],
        ["BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2023"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, ["Tỷ lệ ĐV đăng ký (%)",
                          ("Đoàn viên, hội viên đăng ký", ["Tổng số đoàn viên, hội viên", "Số đã đăng ký"]),
                          "Tổng số mô hình", "Mô hình mới"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_union_members_pct", "den"),
                         ("reg_union_members_pct", "num"), ("models_total", "value"), ("models_new", "value")]
    rows = [
        Row(None, "I. KHỐI XÃ, THỊ TRẤN", None, [97.9, None, None, 88, None],
            {0: "group_subtotal", 3: "group_subtotal"}),
        Row(1, "TT Mỹ An", tt("Mỹ An"), [98.4, 2100, 950, 9, 2]),
        Row(2, "Mỹ An", "ambiguous_unit", [97.6, 1650, 700, 7, 1]),
        Row(3, "Xã Tân Kiều", xa("Tân Kiều"), [97.0, 1500, 640, 6, 1], {3: "conflict"}),
        Row(4, "Xã Trường Xuân", xa("Trường Xuân"), [96.5, 1800, None, 7, 2], {1: "incomplete_ratio"}),
        Row(5, "Xã Láng Biển", xa("Láng Biển"), [98.8, 1320, 610, 5, 1]),
        Row(6, None, "missing_unit_name", [95.0, 900, 400, 4, 0]),
        Row(7, "Xã Tân Kiều", xa("Tân Kiều"), [97.0, 1500, 640, 5, 1], {3: "conflict"}),
        Row(None, "II. KHỐI CƠ QUAN HUYỆN", None),
        Row(1, "Chi bộ Cơ quan Ủy ban MTTQ huyện", other("Chi bộ Cơ quan Ủy ban MTTQ huyện"), [100, None, None, 1,
                                                                                               None]),
        Row(None, "Tổng cộng", THAP_MUOI, [97.8, 21000, 9500, 95, 14]),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    lay_rows(g, row + 2, rows, specs, 2023, facts, rejects)
    # The two Tân Kiều rows agree on everything but the model count: each agreeing figure is one fact.
    facts = sorted(set(facts))
    path = save_openpyxl(out / "ThapMuoi_2023.xlsx", [g])
    return [Case("thap_muoi_2023_structure_rejects", path, [], 1, facts, rejects, "wide", 2023, "Huyện Tháp Mười",
                 about="a Roman group row carrying figures, a unit twice with different values (conflict), bare "
                       "'Mỹ An' (ambiguous), a row without a name, half a ratio, an agency cell")]


LONG_HEADER = ["Năm", "Tỉnh", "Huyện", "Xã", "Chỉ tiêu", "Giá trị", "Tử số", "Mẫu số"]


def lay_long(g: Grid, first_row: int, rows: list[tuple], facts: list[Fact], rejects: list[Reject]) -> None:
    """rows: (year, province, district, commune, label, value, num, den, expected) where expected is
    (unit, metric) or a (reject code, column index) pair."""
    for c, label in enumerate(LONG_HEADER, 1):
        g.put(first_row - 1, c, label)
    for r, (*cells, expected) in enumerate(rows, first_row):
        for c, v in enumerate(cells, 1):
            g.put(r, c, v)
        if isinstance(expected[0], str) and isinstance(expected[1], int):
            rejects.append((r, a1(r, expected[1]), expected[0]))
            continue
        unit, metric = expected
        year, value, num, den = cells[0], cells[5], cells[6], cells[7]
        if value is None:
            facts.append(fact(unit, year, metric, 100 * num / den, None, num, den))
        else:
            v, q, n, d = reading(value)
            facts.append(fact(unit, year, metric, v, q, num if num is not None else n, den if den is not None else d))


@register("cau_ngang_long_table")
def case_long_table(out: Path) -> list[Case]:
    g = Grid("Dữ liệu")
    tv, cn = "Trà Vinh", "Cầu Ngang"
    rows = [
        (2022, tv, cn, None, "Số kế hoạch, hướng dẫn ban hành", 8, None, None, (CAU_NGANG, "plans_issued")),
        (2022, tv, cn, None, "Tỷ lệ đảng viên đăng ký", X("trên 98%", 98, ">"), None, None,
         (CAU_NGANG, "reg_party_members_pct")),
        (2022, tv, cn, None, "Tỷ lệ CCVC, LLVT không phải đảng viên đăng ký", 80, None, None,
         (CAU_NGANG, "reg_civil_servants_pct")),
        (2022, tv, cn, None, "Tỷ lệ đoàn viên, hội viên đăng ký", X("hơn 40%", 40, ">"), None, None,
         (CAU_NGANG, "reg_union_members_pct")),
        (2022, tv, cn, None, "Tổng số mô hình", 96, None, None, (CAU_NGANG, "models_total")),
        (2022, tv, cn, None, "Số mô hình tập thể", 65, None, None, (CAU_NGANG, "models_collective")),
        (2022, tv, cn, None, "Số mô hình cá nhân", 31, None, None, (CAU_NGANG, "models_individual")),
        (2022, tv, cn, None, "Mô hình mới", 15, None, None, (CAU_NGANG, "models_new")),
        (2022, tv, cn, None, "Số tin, bài đăng trên Tờ thông tin", 24, None, None, (CAU_NGANG, "propaganda_articles")),
        (2022, tv, cn, None, "Bản tin, bài viết phát trên hệ thống truyền thanh", 80, None, None,
         (CAU_NGANG, "propaganda_broadcasts")),
        (2022, tv, cn, None, "Tin, bài chia sẻ trên mạng xã hội", X("trên 100", 100, ">"), None, None,
         (CAU_NGANG, "propaganda_social_posts")),
        (2022, tv, cn, "Long Sơn", "Tổng số mô hình", 7, None, None, (xa("Long Sơn"), "models_total")),
        (2022, tv, cn, "Long Sơn", "Tỷ lệ đảng viên đăng ký", None, 151, 153,
         (xa("Long Sơn"), "reg_party_members_pct")),
        (2022, tv, cn, "Mỹ Hoà", "Tỷ lệ ĐV đăng ký", 98.2, 219, 223, (xa("Mỹ Hòa"), "reg_party_members_pct")),
        (2023, tv, cn, "TT Cầu Ngang", "Tỷ lệ chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", None, 14, 14,
         (tt("Cầu Ngang"), "party_cells_plans_pct")),
        (2023, tv, cn, "Mỹ Hòa", "Tập thể được khen thưởng", 2, None, None, (xa("Mỹ Hòa"), "commend_collective")),
        (2023, tv, cn, "Mỹ Hòa", "Cá nhân được khen thưởng", 3, None, None, (xa("Mỹ Hòa"), "commend_individual")),
        (2023, tv, cn, None, "Tập thể đề nghị Tỉnh khen thưởng", 1, None, None,
         (CAU_NGANG, "commend_proposed_collective")),
        (2023, tv, cn, None, "Cá nhân đề nghị Tỉnh khen thưởng", 2, None, None,
         (CAU_NGANG, "commend_proposed_individual")),
        (2023, tv, cn, "Hiệp Mỹ Tây", "Mô hình điểm", 1, None, None, (xa("Hiệp Mỹ Tây"), "models_pilot")),
        (2023, tv, cn, None, "Tỷ lệ xã, thị trấn nhân rộng mô hình", X("15/15", 100, None, 15, 15), None, None,
         (CAU_NGANG, "model_replication_pct")),
        (2023, tv, cn, None, "Số kế hoạch, hướng dẫn ban hành", 9, None, None, (CAU_NGANG, "plans_issued")),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    lay_long(g, 2, rows, facts, rejects)
    path = save_openpyxl(out / "DuLieu_dai_CauNgang.xlsx", [g])
    return [Case("cau_ngang_long_table", path, [], 0, facts, rejects, "long", None, "Huyện Cầu Ngang",
                 about="long table (Năm, Tỉnh, Huyện, Xã, Chỉ tiêu, Giá trị, Tử số, Mẫu số) over two years, metric "
                       "names as people write them, district rows with Xã blank, ratios from Tử số/Mẫu số")]


NINH_BINH = ("Tỉnh Ninh Bình", "province")


@register("ninh_binh_2025_long_csv_new_map")
def case_long_2025(out: Path) -> list[Case]:
    g = Grid()
    nb = "Ninh Bình"
    rows = [
        (2025, nb, None, "Bình Mỹ", "Tỷ lệ đảng viên đăng ký", 98.2, None, None,
         (xa("Bình Mỹ"), "reg_party_members_pct")),
        (2025, nb, None, "Bình Mỹ", "Tổng số mô hình", 14, None, None, (xa("Bình Mỹ"), "models_total")),
        (2025, nb, None, "Xã Bình Lục", "Tổng số mô hình", 12, None, None, (xa("Bình Lục"), "models_total")),
        (2025, nb, None, "Xã Bình Lục", "Tỷ lệ đảng viên đăng ký", None, 1180, 1195,
         (xa("Bình Lục"), "reg_party_members_pct")),
        (2025, nb, None, "Bình Giang", "Mô hình mới", 3, None, None, (xa("Bình Giang"), "models_new")),
        (2025, nb, None, "Bình An", "Số tin, bài tuyên truyền", 18, None, None,
         (xa("Bình An"), "propaganda_articles")),
        (2025, nb, None, "Bình Sơn", "Tỷ lệ đoàn viên, hội viên đăng ký", X("45,5", 45.5), None, None,
         (xa("Bình Sơn"), "reg_union_members_pct")),
        (2025, nb, None, "Bình Sơn", "Số hộ thoát nghèo", 35, None, None, ("unknown_metric", 5)),
        (2052, nb, None, "Bình Mỹ", "Mô hình mới", 3, None, None, ("bad_year", 1)),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    lay_long(g, 2, rows, facts, rejects)
    path = out / "SoLieu_NinhBinh_2025.csv"
    path.write_bytes(b"\xef\xbb\xbf" + csv_text(g).encode("utf-8"))
    return [Case("ninh_binh_2025_long_csv_new_map", path, [], 1, facts, rejects, "long", 2025, "Tỉnh Ninh Bình",
                 about="2025 long CSV on the new map (Tỉnh Ninh Bình, new communes, no district), an unknown metric "
                       "and a mistyped year 2052")]


def models_items(rows: list[tuple | None], first_row: int, district: str, year: int) -> list[dict[str, Any]]:
    return [{"name": r[0], "host": r[1], "kind": r[2], "year": year, "is_new": r[3], "is_pilot": r[4],
             "district": district, "commune": r[5], "source_row": first_row + i}
            for i, r in enumerate(rows) if r is not None]


@register("cau_ngang_2022_models_register")
def case_models_register(out: Path) -> list[Case]:
    g = Grid("Mô hình")
    last = 9
    row = heading(
        g,
        ["HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO", "*"],
        [MOTTO, "", "Cầu Ngang, ngày 20 tháng 12 năm 2022"],
        ["DANH SÁCH MÔ HÌNH HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2022"],
        last,
    )
    for c, label in enumerate(["STT", "Tên mô hình", "Đơn vị thực hiện", "Tập thể/Cá nhân", "Lĩnh vực", "Năm",
                               "Mô hình mới", "Mô hình điểm", "Ghi chú"], 1):
        g.put(row, c, label)
    typed = [
        ("Tổ tiết kiệm mua BHYT hộ gia đình", "Hội LHPN xã Long Sơn", "Tập thể", "Y tế", "x", None),
        ("Mẹ đỡ đầu", "Chi bộ Khối Đoàn thể huyện", "Tập thể", "Văn hóa - xã hội", None, None),
        ("Nuôi cua đinh thương phẩm", "Ông Thạch Sa Rết, ấp Bến Cát, xã Mỹ Long Nam", "Cá nhân", "Kinh tế", "x",
         None),
        ("Liên kết sản xuất theo chuỗi giá trị trên cây Bí Đỏ", "HTX Nông nghiệp Mỹ Hòa, xã Mỹ Hòa", "Tập thể",
         "Kinh tế", "x", "x"),
        ("Tư vấn dịch vụ hỗ trợ nông dân", "Hội Nông dân thị trấn Cầu Ngang", "Tập thể", "Kinh tế", "x", None),
        ("Tổ tiết kiệm hỗ trợ hội viên tham gia BHXH tự nguyện", "Hội CCB xã Thuận Hoà", "Tập thể", "An sinh xã hội",
         "x", None),
        ("Tuyến đường hoa gắn với tuyến đường sáng - xanh - sạch - đẹp", "Đoàn Thanh niên xã Kim Hòa", "Tập thể",
         "Môi trường", "x", None),
        ("Tăng cường công tác tuyên truyền, vận động thông qua Hội săn khụm, người có uy tín",
         "Ban Dân vận Huyện ủy", "Tập thể", "Dân vận", "x", None),
        ("Chia sẻ khó khăn với lực lượng công an cơ sở", "Công an huyện", "Tập thể", "An ninh trật tự", None, None),
        ("Trên làm gương mẫu mực, dưới tích cực làm theo", "Huyện ủy Cầu Ngang", "Tập thể", "Xây dựng Đảng", None,
         "x"),
        ("Gương sáng khuyến học", "Bà Kim Thị Sa Ry, xã Trường Thọ", "Cá nhân", "Giáo dục", None, None),
        ("Vườn cây ăn trái kiểu mẫu", "Hộ ông Lê Văn Tư, xã Nhị Trường", "Hộ gia đình", "Kinh tế", "x", None),
    ]
    communes = ["Xã Long Sơn", None, "Xã Mỹ Long Nam", "Xã Mỹ Hòa", "Thị trấn Cầu Ngang", "Xã Thuận Hòa",
                "Xã Kim Hòa", None, None, None, "Xã Trường Thọ", None]
    first = row + 1
    expected_rows = []
    rejects: list[Reject] = []
    for i, (t, commune) in enumerate(zip(typed, communes)):
        r = first + i
        name, host, kind, fld, new, pilot = t
        for c, v in enumerate([i + 1, name, host, kind, fld, 2022, new, pilot], 1):
            g.put(r, c, v)
        if kind == "Hộ gia đình":
            rejects.append((r, a1(r, 4), "bad_kind"))
            expected_rows.append(None)
            continue
        expected_rows.append((name, host, "collective" if kind == "Tập thể" else "individual", new == "x",
                              pilot == "x", commune))
    end = first + len(typed)
    signatures(g, end + 1, 2, 6, ["Người lập biểu", "(đã ký)", "Nguyễn Thị Thu Trang"],
               ["TRƯỞNG BAN", "(đã ký)", "Thạch Văn Hùng"])
    path = save_openpyxl(out / "DanhSach_MoHinh_2022.xlsx", [g])
    items = models_items(expected_rows, first, "Huyện Cầu Ngang", 2022)
    return [Case("cau_ngang_2022_models_register", path, [], 1, [], rejects, "models", 2022, "Huyện Cầu Ngang",
                 items=items, items_view="models",
                 about="models register: free-text hosts (Hội LHPN xã Long Sơn, Công an huyện, a person in an ấp), "
                       "x marks for new/pilot, a kind 'Hộ gia đình' (bad_kind)")]


def commendation_items(rows: list[tuple | None], first_row: int, district: str, year: int) -> list[dict[str, Any]]:
    return [{"year": year, "recipient": r[0], "recipient_kind": r[1], "level": r[2], "is_proposed": r[3],
             "district": district, "commune": r[4], "source_row": first_row + i}
            for i, r in enumerate(rows) if r is not None]


@register("thap_muoi_2022_commendations_register")
def case_commendations(out: Path) -> list[Case]:
    g = Grid("Khen thưởng")
    last = 6
    row = heading(
        g,
        ["BAN TUYÊN GIÁO HUYỆN ỦY THÁP MƯỜI", "*"],
        [MOTTO, "Tháp Mười, ngày 28 tháng 12 năm 2022"],
        ["DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG TRONG HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, "
         "PHONG CÁCH HỒ CHÍ MINH NĂM 2022"],
        last,
    )
    for c, label in enumerate(["STT", "Tập thể, cá nhân được khen thưởng", "Đơn vị", "Tập thể/Cá nhân",
                               "Hình thức khen thưởng", "Cấp khen thưởng"], 1):
        g.put(row, c, label)
    typed = [
        ("Hội Liên hiệp Phụ nữ xã Trường Xuân", None, "Tập thể", "Giấy khen", "Huyện", "Xã Trường Xuân"),
        ("Chi đoàn ấp 2, xã Tân Kiều", None, "Tập thể", "Giấy khen", "Huyện", "Xã Tân Kiều"),
        ("Công an huyện", None, "Tập thể", "Giấy khen", "Huyện", None),
        ("Ông Nguyễn Văn Tám", "Xã Mỹ Quý", "Cá nhân", "Giấy khen", "Huyện", "Xã Mỹ Quý"),
        ("Bà Lê Thị Hồng", "Thị trấn Mỹ An", "Cá nhân", "Giấy khen", "Huyện", "Thị trấn Mỹ An"),
        ("Đảng bộ xã Mỹ An", None, "Tập thể", "Bằng khen", "Đề nghị Tỉnh khen thưởng", "Xã Mỹ An"),
        ("Ông Phạm Văn Lợi, xã Đốc Binh Kiều", None, "Cá nhân", "Bằng khen", "Đề nghị Tỉnh khen thưởng",
         "Xã Đốc Binh Kiều"),
        ("Bà Trần Thị Mỹ Lệ, Bệnh viện Đa khoa khu vực Tháp Mười", None, "Cá nhân", "Bằng khen",
         "Đề nghị Tỉnh khen thưởng", None),
        ("Ông Đặng Văn Út, xã Thanh Mỹ", None, "Cá nhân", "Bằng khen của Thủ tướng Chính phủ", "Trung ương",
         "Xã Thanh Mỹ"),
    ]
    levels = {"Huyện": ("district", False), "Đề nghị Tỉnh khen thưởng": ("province", True),
              "Trung ương": ("central", False)}
    first = row + 1
    expected = []
    for i, (recipient, unit, kind, form, level, commune) in enumerate(typed):
        for c, v in enumerate([i + 1, recipient, unit, kind, form, level], 1):
            g.put(first + i, c, v)
        lvl, proposed = levels[level]
        expected.append((recipient, "collective" if kind == "Tập thể" else "individual", lvl, proposed, commune))
    signatures(g, first + len(typed) + 1, 2, 5, ["Người lập", "Võ Thị Ngọc Hân"], ["TRƯỞNG BAN", "Lê Văn Dũng"])
    path = save_xlsxwriter(out / "DanhSach_KhenThuong_ThapMuoi_2022.xlsx", [g])
    return [Case("thap_muoi_2022_commendations_register", path, [], 0, [], [], "commendations", 2022,
                 "Huyện Tháp Mười", items=commendation_items(expected, first, "Huyện Tháp Mười", 2022),
                 items_view="commendations",
                 about="commendations register: 'BAN TUYÊN GIÁO HUYỆN ỦY THÁP MƯỜI' on one line, free-text "
                       "recipients ('Chi đoàn ấp 2, xã Tân Kiều'), a unit column, proposals to the province, central")]


@register("thanh_hoa_2023_commendations_xls")
def case_commendations_xls(out: Path) -> list[Case]:
    g = Grid("KT 2023")
    last = 5
    row = heading(
        g,
        ["HUYỆN ỦY THẠNH HÓA", "BAN TUYÊN GIÁO"],
        [MOTTO, "Thạnh Hóa, ngày 22 tháng 12 năm 2023"],
        ["DANH SÁCH KHEN THƯỞNG ĐIỂN HÌNH HỌC TẬP VÀ LÀM THEO BÁC NĂM 2023"],
        last,
    )
    for c, label in enumerate(["STT", "Họ tên / Tên tập thể", "Tập thể/Cá nhân", "Hình thức", "Cấp khen"], 1):
        g.put(row, c, label)
    typed = [
        ("Ông Trần Văn Hai, thị trấn Thạnh Hóa", "Cá nhân", "Giấy khen", "Huyện ủy", ("district", False),
         "Thị trấn Thạnh Hóa"),
        ("Chi bộ ấp Tân Long, xã Tân Hiệp", "Tập thể", "Giấy khen", "Huyện ủy", ("district", False), "Xã Tân Hiệp"),
        ("Bà Nguyễn Thị Bé Ba, xã Thuỷ Tây", "Cá nhân", "Giấy khen", "Huyện ủy", ("district", False), "Xã Thủy Tây"),
        ("Ban Chỉ huy Quân sự huyện", "Tập thể", "Bằng khen", "Đề nghị UBND tỉnh", ("province", True), None),
        ("Hội Nông dân xã Thạnh Phước", "Tập thể", "Giấy khen", "UBND xã", None, None),
        ("Ông Lê Văn Sáu, xã Thuận Nghĩa Hoà", "Cá nhân", "Bằng khen", "Tỉnh ủy", ("province", False),
         "Xã Thuận Nghĩa Hòa"),
    ]
    first = row + 1
    expected: list[tuple | None] = []
    rejects: list[Reject] = []
    for i, (recipient, kind, form, level, lvl, commune) in enumerate(typed):
        r = first + i
        for c, v in enumerate([i + 1, recipient, kind, form, level], 1):
            g.put(r, c, v)
        if lvl is None:
            rejects.append((r, a1(r, 5), "bad_level"))
            expected.append(None)
            continue
        expected.append((recipient, "collective" if kind == "Tập thể" else "individual", *lvl, commune))
    path = save_xlwt(out / "KhenThuong_ThanhHoa_2023.xls", [g])
    return [Case("thanh_hoa_2023_commendations_xls", path, [], 1, [], rejects, "commendations", 2023,
                 "Huyện Thạnh Hóa", items=commendation_items(expected, first, "Huyện Thạnh Hóa", 2023),
                 items_view="commendations",
                 about="commendations register in legacy .xls: recipient and commune in one cell ('Ông Trần Văn "
                       "Hai, thị trấn Thạnh Hóa'), 'Đề nghị UBND tỉnh', a level 'UBND xã' (bad_level)")]


@register("thanh_hoa_2024_two_sheets")
def case_two_sheets(out: Path) -> list[Case]:
    g = Grid("Số liệu")
    last = 8
    row = heading(
        g,
        ["HUYỆN ỦY THẠNH HÓA", "BAN TUYÊN GIÁO"],
        [MOTTO, "Thạnh Hóa, ngày 16 tháng 12 năm 2024"],
        ["KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2024"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, [("Mô hình", ["Tổng số", "Tập thể", "Cá nhân", "Mô hình điểm"]),
                          ("Khen thưởng", ["Tập thể", "Cá nhân"])])
    specs: list[Spec] = [("models_total", "value"), ("models_collective", "value"), ("models_individual", "value"),
                         ("models_pilot", "value"), ("commend_collective", "value"), ("commend_individual", "value")]
    rows = [
        Row(1, "Thị trấn Thạnh Hóa", tt("Thạnh Hóa"), [11, 7, 4, 1, 2, 3]),
        Row(2, "Xã Thạnh Phú", xa("Thạnh Phú"), [6, 4, 2, 0, 1, 2]),
        Row(3, "Xã Tân Đông", xa("Tân Đông"), [5, 3, 2, 0, 1, 1]),
        Row(4, "Xã Thủy Đông", xa("Thủy Đông"), [4, 3, 1, None, 0, 1]),
        Row(5, "Xã Thạnh An", xa("Thạnh An"), [5, 4, 1, 0, None, None]),
        Row(6, "Xã Tân Hiệp", xa("Tân Hiệp"), [7, 5, 2, 0, 1, 2]),
        Row(7, "Xã Thuận Bình", xa("Thuận Bình"), [4, 3, 1, 0, 1, 0]),
        Row(8, "Công an huyện", other("Công an huyện"), [2, 2, 0, 1, 1, 1]),
        Row(None, "Tổng cộng", THANH_HOA, [72, 49, 23, 2, 12, 20]),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    lay_rows(g, row + 2, rows, specs, 2024, facts, rejects)

    m = Grid("Mô hình")
    m.put(1, 1, "DANH SÁCH MÔ HÌNH HỌC TẬP VÀ LÀM THEO BÁC NĂM 2024")
    for c, label in enumerate(["STT", "Tên mô hình", "Đơn vị thực hiện", "Loại", "Lĩnh vực", "Mô hình mới",
                               "Mô hình điểm"], 1):
        m.put(3, c, label)
    typed = [
        ("Cánh đồng lớn liên kết tiêu thụ lúa", "HTX Nông nghiệp Thạnh Phú, xã Thạnh Phú", "Tập thể", "Kinh tế", "x",
         None, "Xã Thạnh Phú"),
        ("Nuôi heo đất khuyến học", "Chi hội Khuyến học ấp 3, xã Tân Đông", "Tập thể", "Giáo dục", None, None,
         "Xã Tân Đông"),
        ("Ngày thứ bảy với dân", "Công an huyện", "Tập thể", "Cải cách hành chính", None, "x", None),
        ("Gương nông dân sản xuất giỏi", "Ông Trần Văn Hai, thị trấn Thạnh Hóa", "Cá nhân", "Kinh tế", "x", None,
         "Thị trấn Thạnh Hóa"),
    ]
    expected = []
    for i, (name, host, kind, fld, new, pilot, commune) in enumerate(typed):
        for c, v in enumerate([i + 1, name, host, kind, fld, new, pilot], 1):
            m.put(4 + i, c, v)
        expected.append((name, host, "collective" if kind == "Tập thể" else "individual", new == "x", pilot == "x",
                         commune))
    path = save_openpyxl(out / "BaoCao_ThanhHoa_2024.xlsx", [g, m])
    return [Case("thanh_hoa_2024_two_sheets", path, [], 0, facts, rejects, "wide", 2024, "Huyện Thạnh Hóa",
                 items=models_items(expected, 4, "Huyện Thạnh Hóa", 2024), items_view="models",
                 about="workbook with a figures sheet and a models sheet (no year column: the report's year), "
                       "'Công an huyện' as an agency row")]


@register("cau_ngang_2022_truncated_xlsx")
def case_truncated(out: Path) -> list[Case]:
    whole = out / "_whole_for_truncation.xlsx"
    cau_ngang_2022(whole)
    data = whole.read_bytes()
    whole.unlink()
    path = out / "BaoCao_CauNgang_2022_bi_loi.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return [Case("cau_ngang_2022_truncated_xlsx", path, [], 2, [], [], None, 2022, "Huyện Cầu Ngang",
                 refusal="unreadable", about="an .xlsx cut in half (a broken e-mail attachment): unreadable")]


@register("binh_luc_2022_empty_file")
def case_empty(out: Path) -> list[Case]:
    path = out / "BaoCao_BinhLuc_2022.xlsx"
    path.write_bytes(b"")
    return [Case("binh_luc_2022_empty_file", path, [], 2, [], [], None, 2022, "Huyện Bình Lục",
                 refusal="unreadable", about="an empty file (0 bytes): unreadable")]


@register("thap_muoi_2023_word_file_as_xlsx")
def case_word_as_xlsx(out: Path) -> list[Case]:
    path = out / "BaoCao_ThapMuoi_2023.xlsx"
    body = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            "<w:p><w:r><w:t>BÁO CÁO KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2023"
            "</w:t></w:r></w:p></w:body></w:document>")
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
             'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.'
             'main+xml"/></Types>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("word/document.xml", body)
    return [Case("thap_muoi_2023_word_file_as_xlsx", path, [], 2, [], [], None, 2023, "Huyện Tháp Mười",
                 refusal="unreadable", about="a Word document renamed .xlsx: not a spreadsheet, unreadable")]


@register("thanh_hoa_2021_password_protected")
def case_password(out: Path) -> list[Case]:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = out / "_plain_for_encryption.xlsx"
    g = short_report("KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2021",
                     ["HUYỆN ỦY THẠNH HÓA", "BAN TUYÊN GIÁO"], [MOTTO, "Thạnh Hóa, ngày 10 tháng 12 năm 2021"],
                     [("Xã Tân Tây", [98.0, 5, 1, 2]), ("Xã Thạnh An", [97.1, 4, 0, 1])])
    save_openpyxl(plain, [g])
    path = out / "BaoCao_ThanhHoa_2021_matkhau.xlsx"
    with plain.open("rb") as src, path.open("wb") as dst:
        doc = OOXMLFile(src)
        doc.encrypt("123456", dst)
    plain.unlink()
    return [Case("thanh_hoa_2021_password_protected", path, [], 2, [], [], None, 2021, "Huyện Thạnh Hóa",
                 refusal="unreadable", about="a workbook protected with a password to open: unreadable")]


@register("cau_ngang_2023_no_table")
def case_no_table(out: Path) -> list[Case]:
    g = Grid("Báo cáo")
    row = heading(g, ["HUYỆN ỦY CẦU NGANG", "*"], [MOTTO, "Cầu Ngang, ngày 18 tháng 12 năm 2023"],
                  ["BÁO CÁO KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2023"], 8)
    text = [
        "I. KẾT QUẢ THỰC HIỆN",
        "Ban Thường vụ Huyện ủy đã ban hành 9 kế hoạch, hướng dẫn để lãnh đạo, chỉ đạo các cấp ủy, tổ chức đảng.",
        "Đến nay đã có trên 98% đảng viên đăng ký học tập và làm theo; 82% CCVC, LLVT không là đảng viên.",
        "Các chi, đảng bộ duy trì và đăng ký thực hiện 101 mô hình, trong đó có 68 mô hình tập thể.",
        "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024",
        "Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "",
        "Nơi nhận:",
        "- Ban Tuyên giáo Tỉnh ủy;",
        "- Lưu VP.",
    ]
    for i, line in enumerate(text):
        g.put(row + i, 1, line)
    g.put(row + len(text) + 1, 6, "T/M BAN THƯỜNG VỤ")
    g.put(row + len(text) + 2, 6, "(đã ký)")
    path = save_openpyxl(out / "BaoCao_CauNgang_2023_TomTat.xlsx", [g])
    return [Case("cau_ngang_2023_no_table", path, [], 2, [], [], None, 2023, "Huyện Cầu Ngang", refusal="no_table",
                 about="the narrative report pasted into Excel (text lines, no table): no_table")]


@register("cau_ngang_2022_no_unit_refused", "cau_ngang_2022_no_unit_with_unit_option")
def case_no_unit(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 6
    row = heading(g, ["BAN TUYÊN GIÁO", "*"], [MOTTO, "ngày 19 tháng 12 năm 2022"],
                  ["BIỂU SỐ LIỆU HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2022"], last)
    for c, label in enumerate(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tổng số mô hình", "Mô hình tập thể",
                               "Mô hình cá nhân"], 1):
        g.put(row, c, label)
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"),
                         ("models_collective", "value"), ("models_individual", "value")]
    rows = [
        Row(1, "Thị trấn Cầu Ngang", tt("Cầu Ngang"), [98.9, 10, 7, 3]),
        Row(2, "Xã Hiệp Mỹ Đông", xa("Hiệp Mỹ Đông"), [97.6, 6, 4, 2]),
        Row(3, "Xã Hiệp Mỹ Tây", xa("Hiệp Mỹ Tây"), [98.1, 5, 3, 2]),
        Row(4, "Xã Thạnh Hòa Sơn", xa("Thạnh Hòa Sơn"), [96.8, 6, 4, 2]),
        Row(5, "Xã Mỹ Long Nam", xa("Mỹ Long Nam"), [97.7, 5, 4, 1]),
        Row(None, "Tổng cộng", CAU_NGANG, [98.0, 96, 65, 31]),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    lay_rows(g, row + 1, rows, specs, 2022, facts, rejects)
    path = save_openpyxl(out / "Bieu_so_lieu_2022.xlsx", [g])
    return [
        Case("cau_ngang_2022_no_unit_refused", path, [], 2, [], [], None, 2022, None, refusal="no_unit",
             about="title block names no district ('BAN TUYÊN GIÁO' only), nor do sheet or file name: no_unit"),
        Case("cau_ngang_2022_no_unit_with_unit_option", path, ["--unit", "848"], 0, facts, rejects, "wide", 2022,
             "Huyện Cầu Ngang", about="the same file with --unit 848 (a district code)"),
    ]


@register("binh_luc_2023_csv_unit_not_in_year")
def case_unit_not_in_year(out: Path) -> list[Case]:
    g = Grid()
    for c, label in enumerate(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Số kế hoạch, hướng dẫn",
                               "Tổng số mô hình", "Mô hình mới"], 1):
        g.put(1, c, label)
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                         ("models_new", "value")]
    rows = [
        Row(1, "Thị trấn Bình Mỹ", tt("Bình Mỹ"), [98.6, 5, 12, 2]),
        Row(2, "Xã Bình An", xa("Bình An"), [97.8, 3, 7, 1]),
        Row(3, "Xã Mỹ Thọ", "unit_not_in_year", [96.9, 2, 4, 0]),
        Row(4, "Xã Tràng An", xa("Tràng An"), [99.1, 4, 9, 2]),
        Row(5, "Xã Hưng Công", xa("Hưng Công"), [97.2, 3, 6, 1]),
        Row(6, "Xã Tiêu Động", xa("Tiêu Động"), [98.0, 3, 5, 0]),
        Row(None, "Tổng cộng", BINH_LUC, [98.2, 11, 188, 19]),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    lay_rows(g, 2, rows, specs, 2023, facts, rejects)
    path = out / "BaoCao_BinhLuc_2023.csv"
    path.write_bytes(b"\xef\xbb\xbf" + csv_text(g, sep=",", decimal=".").encode("utf-8"))
    return [Case("binh_luc_2023_csv_unit_not_in_year", path, [], 1, facts, rejects, "wide", 2023, "Huyện Bình Lục",
                 about="CSV from an English-locale Excel (',' and decimal point) named BaoCao_BinhLuc_2023.csv; "
                       "lists Xã Mỹ Thọ, merged away in 2020 (unit_not_in_year)")]


@register("binh_luc_2020_tcvn3")
def case_tcvn3(out: Path) -> list[Case]:
    g = Grid("Sheet1", font=".VnTime")
    last = 7
    row = heading(
        g,
        ["Huyện ủy Bình Lục", "Ban Tuyên giáo", "*"],
        ["Đảng Cộng sản Việt Nam", "Bình Lục, ngày 18 tháng 12 năm 2020"],
        ["Kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2020"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, [("Đảng viên", ["Tổng số", "Đã đăng ký", "Tỷ lệ (%)"]),
                          ("Mô hình", ["Tập thể", "Cá nhân"])])
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("models_collective", "value"),
                         ("models_individual", "value")]
    rows = [
        Row(1, "Thị trấn Bình Mỹ", tt("Bình Mỹ"), [318, 314, 98.7, 6, 3]),
        Row(2, "Xã Tràng An", xa("Tràng An"), [265, 262, 98.9, 5, 2]),
        Row(3, "Xã Đồng Du", xa("Đồng Du"), [240, 233, 97.1, 4, 2]),
        Row(4, "Xã Ngọc Lũ", xa("Ngọc Lũ"), [198, 195, 98.5, 4, 1]),
        Row(5, "Xã Bối Cầu", xa("Bối Cầu"), [276, 270, 97.8, 5, 2]),
        Row(6, "Xã Tiêu Động", xa("Tiêu Động"), [189, 186, 98.4, 3, 2]),
        Row(7, "Xã An Lão", xa("An Lão"), [301, 296, 98.3, 5, 3]),
        Row(8, "Xã Trung Lương", xa("Trung Lương"), [222, 216, 97.3, 4, 2]),
        Row(None, "Cộng", BINH_LUC, [5390, 5293, 98.2, 92, 47]),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    row = lay_rows(g, row + 2, rows, specs, 2020, facts, rejects)
    signatures(g, row + 1, 2, 6, ["Người lập biểu", "Trần Thu Hà"], ["Trưởng ban", "Đinh Văn Thắng"])
    g.map_text(to_tcvn3)
    path = save_openpyxl(out / "BL_2020_VnTime.xlsx", [g])
    return [Case("binh_luc_2020_tcvn3", path, [], 0, facts, rejects, "wide", 2020, "Huyện Bình Lục",
                 about="typed in the TCVN3 (.VnTime) legacy font: title, headers and unit names come out as Unicode")]


@register("vinh_long_2025_new_map")
def case_new_map_2025(out: Path) -> list[Case]:
    g = Grid("Năm 2025")
    last = 6
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH VĨNH LONG", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "*"],
        [MOTTO, "", "Vĩnh Long, ngày 16 tháng 12 năm 2025"],
        ["KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2025"],
        last,
    )
    for c, label in enumerate(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tổng số mô hình", "Mô hình mới",
                               "Số tin, bài tuyên truyền"], 1):
        g.put(row, c, label)
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_new", "value"),
                         ("propaganda_articles", "value")]
    rows = [
        Row(1, "Xã Cầu Ngang", xa("Cầu Ngang"), [98.6, 21, 4, 15]),
        Row(2, "Xã Mỹ Long", xa("Mỹ Long"), [98.1, 17, 3, 9]),
        Row(3, "Xã Vinh Kim", xa("Vinh Kim"), [97.9, 12, 2, 7]),
        Row(4, "Xã Nhị Trường", xa("Nhị Trường"), [98.4, 19, 3, 8]),
        Row(5, "Xã Hiệp Mỹ", xa("Hiệp Mỹ"), [97.5, 18, 2, 10]),
        Row(6, "Xã Ngũ Lạc", xa("Ngũ Lạc"), [98.8, 11, 1, 6]),
    ]
    facts: list[Fact] = []
    rejects: list[Reject] = []
    lay_rows(g, row + 1, rows, specs, 2025, facts, rejects)
    path = save_openpyxl(out / "TongHop_2025.xlsx", [g])
    return [Case("vinh_long_2025_new_map", path, [], 0, facts, rejects, "wide", 2025, "Tỉnh Vĩnh Long",
                 about="December 2025 report of the new Tỉnh Vĩnh Long listing the new communes of the former "
                       "Cầu Ngang area (new map, no district)")]


CASE_NAMES: list[str] = [n for names, _ in REGISTRY for n in names]


def build(out_dir: Path) -> list[Case]:
    """Write every file of the corpus into `out_dir`; one Case per file (two for a file loaded twice)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []
    for names, fn in REGISTRY:
        made = fn(out_dir)
        assert [c.name for c in made] == list(names), (names, [c.name for c in made])
        cases += made
    return cases
