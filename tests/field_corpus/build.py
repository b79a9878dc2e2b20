"""A field corpus: more report files as district and province offices send them, each with what a correct loader
must make of it (facts, rejects, register rows, exit code).

Written from DOMAIN.md, the README's warehouse contract and the official unit lists (data/reference) by someone who
has not read the loader, like tests/clerk_corpus and tests/shape_corpus, whose cells, sheets and writers it
imports. The files are new variants, typed differently and for other districts and provinces (Bến Tre, Sóc
Trăng, An Giang, Bạc Liêu, Vĩnh Long, Nghệ An, Quảng Ngãi; on the new map Tỉnh Vĩnh Long and Tỉnh Cà Mau):

- given and proposed commendations side by side ("Khen thưởng của Huyện ủy" | "Đề nghị Tỉnh ủy tặng Bằng khen",
  "Cấp huyện khen" | "Trình Tỉnh ủy khen thưởng", "Đề nghị cấp trên khen thưởng"), and a commune's own vertical
  report of its commendations ("Tập thể được Đảng ủy khen thưởng", "Cá nhân đề nghị Huyện ủy khen thưởng");
- year groups: three years over the same sub-columns, and the years as the lowest header row under metric groups;
- a commune's vertical report on the old map and on the new map ("Trong đó:", "a)", "b)", "98,4%", "98.4",
  bare denominators);
- transposed tables ("Toàn huyện" / "Tổng số" then communes, "Chia ra", "Nội dung" and "ĐVT");
- province summaries on the old map (party bodies of districts, province bodies, "Toàn tỉnh") and a 2025
  summary on the new map (the new communes of a province);
- counts with their count word or a space ("45 ĐV", "3 MH", "12 tin, bài", "2 kế hoạch", "1 205");
- notes inside the table, "Nơi nhận:" blocks, a "Ghi chú" column;
- workbooks reused year after year (cover sheet, last year's copy hidden), a correction "_dieuchinh" file;
- two visible sheets giving one commune's figure twice (different: conflict; equal: one fact);
- refusals (a six-month review, the year only in the date line) and the same file with --year;
- a long table over two years and a models register with the appraisal columns of 2024.

Every file is built by code here at test time; figures from seeded generators or typed out.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.clerk_corpus.build import (
    Case,
    Fact,
    Formula,
    Grid,
    Pct,
    Reject,
    X,
    a1,
    csv_text,
    encode_cp1258,
    group_header,
    heading,
    numbering,
    save_html_xls,
    save_ods,
    save_openpyxl,
    save_xlsxwriter,
    save_xlwt,
    signatures,
)
from tests.shape_corpus.build import (
    cover_sheet,
    hide_sheets_openpyxl,
    save_csv,
    save_unicode_text,
)

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
STATE = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

Unit = tuple[str, str]  # (official name of that year, with its type; level)
# What a figure cell means: (metric, role) in the report's year, or (metric, role, year). role: "value" (the figure,
# or a typed rate), "num" (the count registered), "den" (the total). None: a column that gives no fact.
Spec = tuple[str, str] | tuple[str, str, int] | None

NOT_REPORTED = {"x", "X", "-", "–"}


def xa(name: str) -> Unit:
    return (f"Xã {name}", "commune")


def tt(name: str) -> Unit:
    return (f"Thị trấn {name}", "commune")


def phuong(name: str) -> Unit:
    return (f"Phường {name}", "commune")


def commune(official: str) -> Unit:
    return (official, "commune")


def other(name: str) -> Unit:
    return (name, "other")


def district(name: str) -> Unit:
    return (name, "district")


def province(name: str) -> Unit:
    return (name, "province")


def vn(x: float) -> str:
    """A number as typed in a Vietnamese locale (decimal comma)."""
    return (str(int(x)) if float(x).is_integer() else f"{x}").replace(".", ",")


def thousands(n: int, sep: str = ".") -> str:
    return f"{n:,}".replace(",", sep)


def pct1(rng: random.Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 1)


# --------------------------------------------------------------------------------------------------------------
# Expectations


def read(raw: Any) -> tuple[float, str | None, float | None, float | None]:
    """The reading of a figure cell: (value, qualifier, numerator, denominator)."""
    if isinstance(raw, X):
        return raw.value, raw.qualifier, raw.num, raw.den
    if isinstance(raw, Pct):
        return raw.fraction * 100, None, None, None
    if isinstance(raw, Formula):
        return float(raw.cached), None, None, None
    if isinstance(raw, bool):
        raise TypeError(raw)
    if isinstance(raw, int | float):
        return float(raw), None, None, None
    raise TypeError(f"say how {raw!r} must be read (wrap it in X) or mark the cell bad")


def is_blank(raw: Any) -> bool:
    if raw is None or raw == "":
        return True
    return isinstance(raw, str) and raw.strip() in NOT_REPORTED


def no_tie(value: float) -> None:
    """A rate computed from two counts must not sit on a rounding tie (x.x5), where roundings may differ."""
    frac = (value * 10) % 1
    assert abs(frac - 0.5) > 1e-6, value


class Expect:
    """Collects what a correct loader makes of the cells of one file."""

    def __init__(self) -> None:
        self.facts: list[Fact] = []
        self.rejects: list[Reject] = []

    def reject(self, row: int, col: int, code: str) -> None:
        self.rejects.append((row, a1(row, col), code))

    def unit(self, unit: Unit | None, year: int | None, cells: list[tuple[int, int, Any, Spec, str | None]]) -> None:
        """`cells`: (row, col, raw, spec, bad) of one unit. A bad cell gets its reject and nothing else; blank, "x"
        and "-" give nothing; a typed rate is the value and keeps the two counts; two counts without a typed rate
        give the rate; one count alone must be marked incomplete_ratio."""
        parts: dict[tuple[str, int], dict[str, Any]] = {}
        for r, c, raw, spec, bad in cells:
            if bad:
                self.reject(r, c, bad)
                if spec is not None:
                    metric, role, y = spec_of(spec, year)
                    parts.setdefault((metric, y), {}).setdefault("_bad", set()).add(role)
                continue
            if spec is None or is_blank(raw):
                continue
            if unit is None:
                raise AssertionError(f"{a1(r, c)}: a figure on a row that is no unit must be marked bad")
            metric, role, y = spec_of(spec, year)
            assert role not in parts.get((metric, y), {}), (unit, metric, y, role)
            parts.setdefault((metric, y), {})[role] = read(raw)
        for (metric, y), got in parts.items():
            bad_roles = got.pop("_bad", set())
            if not got:
                continue
            assert unit is not None
            num, den = got.get("num"), got.get("den")
            if "value" in got:
                value, qualifier, n, d = got["value"]
                if num is not None and den is not None:
                    n, d = num[0], den[0]
                elif num is not None or den is not None:
                    assert bad_roles & {"num", "den"}, f"{unit} {metric}: a typed rate with one count: not stated"
                    n = d = None
                self.fact(unit, y, metric, value, qualifier, n, d)
            elif num is not None and den is not None:
                value = 100 * num[0] / den[0]
                no_tie(value)
                self.fact(unit, y, metric, value, None, num[0], den[0])
            else:
                raise AssertionError(f"{unit} {metric} {y}: one count alone: mark it incomplete_ratio")

    def fact(self, unit: Unit, year: int, metric: str, value: float, qualifier: str | None = None,
             num: float | None = None, den: float | None = None) -> None:
        self.facts.append((unit[0], unit[1], year, metric, round(value, 1), qualifier,
                           None if num is None else float(num), None if den is None else float(den)))

    def case(self, name: str, path: Path, layout: str | None, year: int | None, unit: str | None, about: str,
             args: list[str] | None = None, **kw: Any) -> Case:
        facts = sorted(set(self.facts), key=repr)
        keys = [(f[0], f[1], f[2], f[3]) for f in facts]
        assert len(keys) == len(set(keys)), f"{name}: two different facts for one unit, year and metric"
        assert len(self.rejects) == len(set(self.rejects)), f"{name}: a reject twice"
        return Case(name, path, args or [], 1 if self.rejects else 0, facts, list(self.rejects), layout, year, unit,
                    about=about, **kw)


def spec_of(spec: Spec, year: int | None) -> tuple[str, str, int]:
    assert spec is not None
    if len(spec) == 3:
        return spec  # type: ignore[return-value]
    assert year is not None, spec
    return spec[0], spec[1], year


@dataclass
class Row:
    """A row of a table with one row per unit: STT, the name as typed, what it resolves to (an official unit; a
    reject code for its name cell; None for a row that is no unit, such as a Roman-numeral group row) and its
    figure cells; `bad` marks figure cells (index in `values`) with the reject code they must get."""

    stt: Any
    name: Any
    unit: Unit | str | None
    values: list[Any] = field(default_factory=list)
    bad: dict[int, str] = field(default_factory=dict)


def lay(g: Grid, row: int, rows: list[Row], specs: list[Spec], year: int | None, exp: Expect,
        stt_col: int = 1, name_col: int = 2, first_col: int = 3) -> int:
    for item in rows:
        g.put(row, stt_col, item.stt)
        g.put(row, name_col, item.name)
        for i, raw in enumerate(item.values):
            g.put(row, first_col + i, raw)
        if isinstance(item.unit, str):
            exp.reject(row, name_col, item.unit)
        else:
            exp.unit(item.unit, year, [(row, first_col + i, raw, specs[i] if i < len(specs) else None,
                                        item.bad.get(i)) for i, raw in enumerate(item.values)])
        row += 1
    return row


@dataclass
class Line:
    """A row of a vertical (one unit) or transposed (units as columns) table: STT, the indicator as typed, the unit
    of measure, the figure cells, what they mean (one spec for every cell of a transposed line; a list, one per
    column, in a vertical one), "unknown_metric" for an indicator that names no metric (one reject at its cell), or
    None for a heading row without figures."""

    stt: Any
    label: str
    dvt: str | None = None
    values: list[Any] = field(default_factory=list)
    spec: Any = None
    bad: dict[int, str] = field(default_factory=dict)
    note: str | None = None


def lay_vertical(g: Grid, row: int, lines: list[Line], unit: Unit, year: int | None, exp: Expect, first_col: int = 4,
                 note_col: int = 6, dvt_col: int | None = 3) -> int:
    cells = []
    for ln in lines:
        g.put(row, 1, ln.stt)
        g.put(row, 2, ln.label)
        if dvt_col:
            g.put(row, dvt_col, ln.dvt)
        for i, raw in enumerate(ln.values):
            g.put(row, first_col + i, raw)
        g.put(row, note_col, ln.note)
        if ln.spec == "unknown_metric":
            exp.reject(row, 2, "unknown_metric")
        elif ln.spec is None:
            assert all(v is None for v in ln.values), ln
        else:
            cells += [(row, first_col + i, raw, ln.spec[i], ln.bad.get(i)) for i, raw in enumerate(ln.values)]
        row += 1
    exp.unit(unit, year, cells)
    return row


def lay_transposed(g: Grid, row: int, lines: list[Line], units: list[Unit | str], names_row: int, year: int,
                   exp: Expect, first_col: int, dvt_col: int | None = 3) -> int:
    """Indicators as rows from `row`, units as columns from `first_col`, their names already in `names_row`."""
    first = row
    for ln in lines:
        g.put(row, 1, ln.stt)
        g.put(row, 2, ln.label)
        if dvt_col:
            g.put(row, dvt_col, ln.dvt)
        for j, raw in enumerate(ln.values):
            g.put(row, first_col + j, raw)
        if ln.spec == "unknown_metric":
            exp.reject(row, 2, "unknown_metric")
        row += 1
    for j, unit in enumerate(units):
        col = first_col + j
        if isinstance(unit, str):
            exp.reject(names_row, col, unit)
            continue
        cells = []
        for i, ln in enumerate(lines):
            raw = ln.values[j] if j < len(ln.values) else None
            if ln.spec == "unknown_metric":
                continue
            if ln.spec is None:
                assert raw is None, ln
                continue
            cells.append((first + i, col, raw, ln.spec, ln.bad.get(j)))
        exp.unit(unit, year, cells)
    return row


def header_row(g: Grid, row: int, labels: list[Any], first_col: int = 1) -> None:
    for i, label in enumerate(labels):
        g.put(row, first_col + i, label)


def sign(g: Grid, row: int, left_col: int, right_col: int, left: list[str], right: list[str]) -> None:
    n = max(len(left), len(right))
    signatures(g, row, left_col, right_col, left + [""] * (n - len(left)), right + [""] * (n - len(right)))


NOI_NHAN = ["Nơi nhận:", "- Như trên;", "- Lưu VP."]

# --------------------------------------------------------------------------------------------------------------
# Units as clerks type them (names and years checked against data/reference/units_old.csv and units_new.csv)

CHO_LACH = district("Huyện Chợ Lách")  # Tỉnh Bến Tre, 832
THANH_PHU = district("Huyện Thạnh Phú")  # Tỉnh Bến Tre, 837
MY_TU = district("Huyện Mỹ Tú")  # Tỉnh Sóc Trăng, 944
KE_SACH = district("Huyện Kế Sách")  # Tỉnh Sóc Trăng, 943
LONG_PHU = district("Huyện Long Phú")  # Tỉnh Sóc Trăng, 946
NGA_NAM = district("Thị xã Ngã Năm")  # Tỉnh Sóc Trăng, 948
VINH_CHAU = district("Thị xã Vĩnh Châu")  # Tỉnh Sóc Trăng, 950
VUNG_LIEM = district("Huyện Vũng Liêm")  # Tỉnh Vĩnh Long (old), 859
HONG_DAN = district("Huyện Hồng Dân")  # Tỉnh Bạc Liêu, 956
DONG_HAI = district("Huyện Đông Hải")  # Tỉnh Bạc Liêu, 960
THOAI_SON = district("Huyện Thoại Sơn")  # Tỉnh An Giang, 894
PHU_TAN = district("Huyện Phú Tân")  # Tỉnh An Giang, 888 (Tỉnh Cà Mau has a Huyện Phú Tân too, 972)
QUY_HOP = district("Huyện Quỳ Hợp")  # Tỉnh Nghệ An, 420
NGHIA_HANH = district("Huyện Nghĩa Hành")  # Tỉnh Quảng Ngãi, 532

CL_COMMUNES: list[tuple[str, Unit]] = [
    ("Thị trấn Chợ Lách", tt("Chợ Lách")), ("Xã Phú Phụng", xa("Phú Phụng")), ("Sơn Định", xa("Sơn Định")),
    ("xã Vĩnh Bình", xa("Vĩnh Bình")), ("Hoà Nghĩa", xa("Hòa Nghĩa")), ("Long Thới", xa("Long Thới")),
    ("Phú Sơn", xa("Phú Sơn")), ("Tân Thiềng", xa("Tân Thiềng")), ("Vĩnh Thành", xa("Vĩnh Thành")),
    ("Vĩnh Hoà", xa("Vĩnh Hòa")), ("Hưng Khánh Trung B", xa("Hưng Khánh Trung B")),
]

TP_COMMUNES: list[tuple[str, Unit]] = [
    ("Thị trấn Thạnh Phú", tt("Thạnh Phú")), ("Xã Phú Khánh", xa("Phú Khánh")), ("Xã Đại Điền", xa("Đại Điền")),
    ("Xã Quới Điền", xa("Quới Điền")), ("Xã Tân Phong", xa("Tân Phong")), ("Xã Mỹ Hưng", xa("Mỹ Hưng")),
    ("Xã An Thạnh", xa("An Thạnh")), ("Xã Thới Thạnh", xa("Thới Thạnh")), ("Xã Hoà Lợi", xa("Hòa Lợi")),
    ("Xã An Điền", xa("An Điền")), ("Xã Bình Thạnh", xa("Bình Thạnh")), ("Xã An Thuận", xa("An Thuận")),
    ("Xã An Quy", xa("An Quy")), ("Xã Thạnh Hải", xa("Thạnh Hải")), ("Xã An Nhơn", xa("An Nhơn")),
    ("Xã Giao Thạnh", xa("Giao Thạnh")), ("Xã Thạnh Phong", xa("Thạnh Phong")), ("Xã Mỹ An", xa("Mỹ An")),
]

MT_COMMUNES: list[tuple[str, Unit]] = [
    ("TT Huỳnh Hữu Nghĩa", tt("Huỳnh Hữu Nghĩa")), ("Xã Long Hưng", xa("Long Hưng")), ("Hưng Phú", xa("Hưng Phú")),
    ("Mỹ Hương", xa("Mỹ Hương")), ("Xã Mỹ Tú", xa("Mỹ Tú")), ("Mỹ Phước", xa("Mỹ Phước")),
    ("Thuận Hưng", xa("Thuận Hưng")), ("Mỹ Thuận", xa("Mỹ Thuận")), ("Phú Mỹ", xa("Phú Mỹ")),
]

KS_COMMUNES: list[tuple[str, Unit]] = [
    ("TT Kế Sách", tt("Kế Sách")), ("TT An Lạc Thôn", tt("An Lạc Thôn")), ("X. Xuân Hoà", xa("Xuân Hòa")),
    ("X. Phong Nẫm", xa("Phong Nẫm")), ("An Lạc Tây", xa("An Lạc Tây")), ("Trinh Phú", xa("Trinh Phú")),
    ("Ba Trinh", xa("Ba Trinh")), ("Thới An Hội", xa("Thới An Hội")), ("Nhơn Mỹ", xa("Nhơn Mỹ")),
    ("Kế Thành", xa("Kế Thành")), ("Kế An", xa("Kế An")), ("Đại Hải", xa("Đại Hải")), ("An Mỹ", xa("An Mỹ")),
]

VL_COMMUNES: list[tuple[str, Unit]] = [
    ("TT Vũng Liêm", tt("Vũng Liêm")), ("Tân Quới Trung", xa("Tân Quới Trung")), ("Quới Thiện", xa("Quới Thiện")),
    ("Quới An", xa("Quới An")), ("Trung Chánh", xa("Trung Chánh")), ("Tân An Luông", xa("Tân An Luông")),
    ("Thanh Bình", xa("Thanh Bình")), ("Trung Thành Tây", xa("Trung Thành Tây")), ("Trung Hiệp", xa("Trung Hiệp")),
    ("Hiếu Phụng", xa("Hiếu Phụng")), ("Trung Thành Đông", xa("Trung Thành Đông")), ("Trung Thành", xa("Trung Thành")),
    ("Trung Hiếu", xa("Trung Hiếu")), ("Trung Ngãi", xa("Trung Ngãi")), ("Hiếu Thuận", xa("Hiếu Thuận")),
    ("Trung Nghĩa", xa("Trung Nghĩa")), ("Trung An", xa("Trung An")), ("Hiếu Nhơn", xa("Hiếu Nhơn")),
    ("Hiếu Thành", xa("Hiếu Thành")), ("Hiếu Nghĩa", xa("Hiếu Nghĩa")),
]

HD_COMMUNES: list[tuple[str, Unit]] = [
    ("TT Ngan Dừa", tt("Ngan Dừa")), ("Ninh Quới", xa("Ninh Quới")), ("Ninh Quới A", xa("Ninh Quới A")),
    ("Ninh Hoà", xa("Ninh Hòa")), ("Lộc Ninh", xa("Lộc Ninh")), ("Vĩnh Lộc", xa("Vĩnh Lộc")),
    ("Vĩnh Lộc A", xa("Vĩnh Lộc A")), ("Ninh Thạnh Lợi A", xa("Ninh Thạnh Lợi A")),
    ("Ninh Thạnh Lợi", xa("Ninh Thạnh Lợi")),
]

TS_COMMUNES: list[tuple[str, Unit]] = [
    ("TT Núi Sập", tt("Núi Sập")), ("TT Phú Hòa", commune("Thị trấn Phú Hoà")), ("TT Óc Eo", tt("Óc Eo")),
    ("Tây Phú", xa("Tây Phú")), ("An Bình", xa("An Bình")), ("Vĩnh Phú", xa("Vĩnh Phú")),
    ("Vĩnh Trạch", xa("Vĩnh Trạch")), ("Phú Thuận", xa("Phú Thuận")), ("Vĩnh Chánh", xa("Vĩnh Chánh")),
    ("Định Mỹ", xa("Định Mỹ")), ("Định Thành", xa("Định Thành")), ("Mỹ Phú Đông", xa("Mỹ Phú Đông")),
    ("Vọng Đông", xa("Vọng Đông")), ("Vĩnh Khánh", xa("Vĩnh Khánh")), ("Thoại Giang", xa("Thoại Giang")),
    ("Bình Thành", xa("Bình Thành")), ("Vọng Thê", xa("Vọng Thê")),
]

PT_COMMUNES: list[tuple[str, Unit]] = [
    ("TT Phú Mỹ", tt("Phú Mỹ")), ("TT Chợ Vàm", tt("Chợ Vàm")), ("Long Hòa", commune("Xã Long Hoà")),
    ("Phú Long", xa("Phú Long")), ("Phú Lâm", xa("Phú Lâm")), ("Phú Hiệp", xa("Phú Hiệp")),
    ("Phú Thạnh", xa("Phú Thạnh")), ("Hòa Lạc", commune("Xã Hoà Lạc")), ("Phú Thành", xa("Phú Thành")),
    ("Phú An", xa("Phú An")), ("Phú Xuân", xa("Phú Xuân")), ("Hiệp Xương", xa("Hiệp Xương")),
    ("Phú Bình", xa("Phú Bình")), ("Phú Thọ", xa("Phú Thọ")), ("Phú Hưng", xa("Phú Hưng")),
    ("Bình Thạnh Đông", xa("Bình Thạnh Đông")), ("Tân Hoà", xa("Tân Hòa")), ("Tân Trung", xa("Tân Trung")),
]

QH_COMMUNES: list[tuple[str, Unit]] = [
    ("Thị trấn Quỳ Hợp", tt("Quỳ Hợp")), ("Xã Yên Hợp", xa("Yên Hợp")), ("Xã Châu Tiến", xa("Châu Tiến")),
    ("Xã Châu Hồng", xa("Châu Hồng")), ("Xã Đồng Hợp", xa("Đồng Hợp")), ("Xã Châu Thành", xa("Châu Thành")),
    ("Xã Liên Hợp", xa("Liên Hợp")), ("Xã Châu Lộc", xa("Châu Lộc")), ("Xã Tam Hợp", xa("Tam Hợp")),
    ("Xã Châu Cường", xa("Châu Cường")), ("Xã Châu Quang", xa("Châu Quang")), ("Xã Thọ Hợp", xa("Thọ Hợp")),
    ("Xã Minh Hợp", xa("Minh Hợp")), ("Xã Nghĩa Xuân", xa("Nghĩa Xuân")), ("Xã Châu Thái", xa("Châu Thái")),
    ("Xã Châu Đình", xa("Châu Đình")), ("Xã Văn Lợi", xa("Văn Lợi")), ("Xã Nam Sơn", xa("Nam Sơn")),
    ("Xã Châu Lý", xa("Châu Lý")), ("Xã Hạ Sơn", xa("Hạ Sơn")), ("Xã Bắc Sơn", xa("Bắc Sơn")),
]

NH_COMMUNES: list[tuple[str, Unit]] = [
    ("Thị trấn Chợ Chùa", tt("Chợ Chùa")), ("Xã Hành Thuận", xa("Hành Thuận")), ("Xã Hành Dũng", xa("Hành Dũng")),
    ("Xã Hành Trung", xa("Hành Trung")), ("Xã Hành Nhân", xa("Hành Nhân")), ("Xã Hành Đức", xa("Hành Đức")),
    ("Xã Hành Minh", xa("Hành Minh")), ("Xã Hành Phước", xa("Hành Phước")), ("Xã Hành Thiện", xa("Hành Thiện")),
    ("Xã Hành Thịnh", xa("Hành Thịnh")), ("Xã Hành Tín Tây", xa("Hành Tín Tây")),
    ("Xã Hành Tín Đông", xa("Hành Tín Đông")),
]

DH_COMMUNES: list[tuple[str, Unit]] = [
    ("TT Gành Hào", tt("Gành Hào")), ("Long Điền Đông", xa("Long Điền Đông")),
    ("Long Điền Đông A", xa("Long Điền Đông A")), ("Long Điền", xa("Long Điền")), ("Long Điền Tây", xa("Long Điền Tây")),
    ("Điền Hải", xa("Điền Hải")), ("An Trạch", xa("An Trạch")), ("An Trạch A", xa("An Trạch A")),
    ("An Phúc", xa("An Phúc")), ("Định Thành", xa("Định Thành")), ("Định Thành A", xa("Định Thành A")),
]

LP_COMMUNES: list[tuple[str, Unit]] = [
    ("TT Long Phú", tt("Long Phú")), ("Song Phụng", xa("Song Phụng")), ("TT Đại Ngãi", tt("Đại Ngãi")),
    ("Hậu Thạnh", xa("Hậu Thạnh")), ("Long Đức", xa("Long Đức")), ("Trường Khánh", xa("Trường Khánh")),
    ("Phú Hữu", xa("Phú Hữu")), ("Tân Hưng", xa("Tân Hưng")), ("Châu Khánh", xa("Châu Khánh")),
    ("Tân Thạnh", xa("Tân Thạnh")), ("Xã Long Phú", xa("Long Phú")),
]

VC_COMMUNES: list[tuple[str, Unit]] = [
    ("Phường 1", phuong("1")), ("Phường 2", phuong("2")), ("Phường Khánh Hòa", phuong("Khánh Hòa")),
    ("Phường Vĩnh Phước", phuong("Vĩnh Phước")), ("Xã Hòa Đông", xa("Hòa Đông")), ("Xã Vĩnh Hiệp", xa("Vĩnh Hiệp")),
    ("Xã Vĩnh Hải", xa("Vĩnh Hải")), ("Xã Lạc Hòa", xa("Lạc Hòa")), ("Xã Vĩnh Tân", xa("Vĩnh Tân")),
    ("Xã Lai Hòa", xa("Lai Hòa")),
]

REGISTRY: list[tuple[tuple[str, ...], Callable[[Path], list[Case]]]] = []


def register(*names: str) -> Callable[[Callable[[Path], list[Case]]], Callable[[Path], list[Case]]]:
    def deco(fn: Callable[[Path], list[Case]]) -> Callable[[Path], list[Case]]:
        REGISTRY.append((names, fn))
        return fn

    return deco


# ---- 1. Given and proposed commendations side by side ---------------------------------------------------------

GIVEN_PROPOSED: list[Spec] = [("commend_collective", "value"), ("commend_individual", "value"),
                              ("commend_proposed_collective", "value"), ("commend_proposed_individual", "value")]


@register("cho_lach_2023_huyen_uy_and_bang_khen")
def case_cho_lach_2023(out: Path) -> list[Case]:
    g = Grid("KT 2023")
    last = 8
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH BẾN TRE", "HUYỆN ỦY CHỢ LÁCH", "*"],
        [PARTY, "", "Chợ Lách, ngày 22 tháng 12 năm 2023"],
        ["BẢNG TỔNG HỢP KẾT QUẢ KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN TRONG HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, "
         "PHONG CÁCH HỒ CHÍ MINH NĂM 2023",
         "(Kèm theo Báo cáo số 245-BC/HU của Ban Thường vụ Huyện ủy Chợ Lách)"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, [("Khen thưởng của Huyện ủy", ["Tập thể", "Cá nhân"]),
                          ("Đề nghị Tỉnh ủy tặng Bằng khen", ["Tập thể", "Cá nhân"]),
                          "Tổng số mô hình", "Ghi chú"])
    numbering(g, row + 2, last)
    specs: list[Spec] = [*GIVEN_PROPOSED, ("models_total", "value"), None]
    given = [(2, 5), (1, 3), (1, 2), (0, 3), (1, 4), (1, 2), (2, 3), (1, 2), (2, 4), (1, 3), (1, 2)]
    proposed = {"Thị trấn Chợ Lách": (1, 1), "Vĩnh Thành": (0, 1), "Hưng Khánh Trung B": (None, 1),
                "Long Thới": ("-", "-")}
    models = [11, 8, 7, 9, 6, 7, 8, 6, 7, 9, 6]
    notes = {"Vĩnh Thành": "Cá nhân đề nghị: Bí thư Chi bộ ấp Vĩnh Hưng", "Long Thới": "Chưa xét đề nghị"}
    rows = [Row("I", "Đảng bộ xã, thị trấn", None)]
    for i, ((typed, unit), (coll, ind), m) in enumerate(zip(CL_COMMUNES, given, models), 1):
        pc, pi = proposed.get(typed, (None, None))
        rows.append(Row(i, typed, unit, [coll, ind, pc, pi, m, notes.get(typed)]))
    rows += [
        Row("II", "Chi, đảng bộ cơ sở khối cơ quan huyện", None),
        Row(1, "Chi bộ Phòng Giáo dục và Đào tạo huyện", other("Chi bộ Phòng Giáo dục và Đào tạo huyện"),
            [1, 2, None, None, 2]),
        Row(2, "Đảng bộ Quân sự huyện", other("Đảng bộ Quân sự huyện"), [1, 1, 0, 0, 3, "Khen theo chuyên đề"]),
        # The district's own figures, not the sum of the rows.
        Row(None, "Toàn huyện", CHO_LACH, [19, 47, 2, 3, 96]),
    ]
    exp = Expect()
    row = lay(g, row + 3, rows, specs, 2023, exp)
    sign(g, row + 1, 2, 6, [*NOI_NHAN[:2], "- Ban Tuyên giáo Tỉnh ủy;", NOI_NHAN[2]],
         ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(Đã ký)", "Trần Văn Phúc"])
    path = save_openpyxl(out / "ChoLach_KhenThuong_HTLT_2023.xlsx", [g])
    return [exp.case("cho_lach_2023_huyen_uy_and_bang_khen", path, "wide", 2023, "Huyện Chợ Lách",
                     "'Khen thưởng của Huyện ủy' | 'Đề nghị Tỉnh ủy tặng Bằng khen' over Tập thể | Cá nhân, numbering "
                     "row, I/II groups, agency cells, '-' and 0 and blank proposals, 'Hoà Nghĩa', 'Nơi nhận:' block")]


@register("my_tu_2022_cap_huyen_trinh_tinh_uy_xlsxwriter")
def case_my_tu_2022(out: Path) -> list[Case]:
    g = Grid("Bieu KT")
    last = 8
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH SÓC TRĂNG", "HUYỆN ỦY MỸ TÚ", "*"],
        [PARTY, "", "Mỹ Tú, ngày 15 tháng 12 năm 2022"],
        ["KẾT QUẢ ĐĂNG KÝ VÀ KHEN THƯỞNG TRONG HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH "
         "NĂM 2022"],
        last,
    )
    g.merge(row, 1, row + 2, 1, "STT")
    g.merge(row, 2, row + 2, 2, "Tên đơn vị")
    g.merge(row, 3, row + 2, 3, "Tỷ lệ đảng viên đăng ký (%)")
    g.merge(row, 4, row, 7, "Khen thưởng trong học tập và làm theo Bác")
    g.merge(row + 1, 4, row + 1, 5, "Cấp huyện khen")
    g.merge(row + 1, 6, row + 1, 7, "Trình Tỉnh ủy khen thưởng")
    for c, label in zip(range(4, 8), ["Tập thể", "Cá nhân", "Tập thể", "Cá nhân"]):
        g.put(row + 2, c, label)
    g.merge(row, 8, row + 2, 8, "Ghi chú")
    specs: list[Spec] = [("reg_party_members_pct", "value"), *GIVEN_PROPOSED, None]
    rng = random.Random(9442022)
    rows = []
    for i, (typed, unit) in enumerate(MT_COMMUNES, 1):
        rate = pct1(rng, 96, 100)
        cell = Pct(round(rate / 100, 3)) if i % 2 else rate
        prop = [1, None] if i == 2 else [None, 1] if i in (5, 8) else [None, None]
        rows.append(Row(i, typed, unit, [cell, rng.randint(0, 2), rng.randint(1, 5), *prop,
                                         "Có 01 cá nhân là người dân tộc Khmer" if i == 5 else None]))
    rows += [
        Row(10, "Chi bộ Văn phòng Huyện ủy", other("Chi bộ Văn phòng Huyện ủy"), [100, 1, 1]),
        Row(11, "Đảng bộ Cơ quan Chính quyền huyện", other("Đảng bộ Cơ quan Chính quyền huyện"),
            [Pct(0.992), 1, 3, None, 1]),
        Row(None, "Tổng cộng", MY_TU, [X("trên 97%", 97, ">"), 16, 38, 1, 2]),
    ]
    exp = Expect()
    row = lay(g, row + 3, rows, specs, 2022, exp)
    sign(g, row + 1, 2, 6, ["Người lập biểu", "(Đã ký)", "Lâm Thị Sa Quên"],
         ["TRƯỞNG BAN TUYÊN GIÁO", "(Đã ký)", "Trần Quốc Khởi"])
    path = save_xlsxwriter(out / "MyTu_KhenThuong_2022.xlsx", [g])
    return [exp.case("my_tu_2022_cap_huyen_trinh_tinh_uy_xlsxwriter", path, "wide", 2022, "Huyện Mỹ Tú",
                     "three-row header: 'Khen thưởng trong học tập và làm theo Bác' > 'Cấp huyện khen' | 'Trình Tỉnh ủy "
                     "khen thưởng' > Tập thể | Cá nhân; percent-formatted and typed rates; 'trên 97%' totals")]


@register("long_phu_2021_given_proposed_csv_cp1258")
def case_long_phu_2021(out: Path) -> list[Case]:
    g = Grid()
    last = 10
    row = heading(
        g,
        ["HUYỆN ỦY LONG PHÚ", "BAN TUYÊN GIÁO"],
        [PARTY, "Long Phú, ngày 10 tháng 12 năm 2021"],
        ["SỐ LIỆU HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2021"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, ["Tỷ lệ ĐV đăng ký (%)", ("Khen thưởng của Huyện ủy", ["Tập thể", "Cá nhân"]),
                          ("Đề nghị cấp trên khen thưởng", ["Tập thể", "Cá nhân"]), "Tổng số mô hình", "Mô hình mới",
                          "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), *GIVEN_PROPOSED, ("models_total", "value"),
                         ("models_new", "value"), None]
    rng = random.Random(9462021)
    rows = []
    for i, (typed, unit) in enumerate(LP_COMMUNES, 1):
        prop = [1, 2] if typed == "TT Đại Ngãi" else [None, 1] if typed == "Xã Long Phú" else ["-", "-"]
        rows.append(Row(i, typed, unit, [pct1(rng, 96, 100), rng.randint(0, 2), rng.randint(1, 4), *prop,
                                         rng.randint(4, 9), rng.randint(0, 2)]))
    rows.append(Row(None, "Cộng", LONG_PHU, [98.3, 14, 33, 2, 4, 82, 12]))
    exp = Expect()
    row = lay(g, row + 2, rows, specs, 2021, exp)
    sign(g, row + 1, 2, 7, ["Người lập biểu", "Thạch Thị Mỹ Linh"], ["TRƯỞNG BAN", "Lý Văn Sơn"])
    path = out / "LongPhu_2021.csv"
    path.write_bytes(encode_cp1258(csv_text(g, sep=";", decimal=",")))
    return [exp.case("long_phu_2021_given_proposed_csv_cp1258", path, "wide", 2021, "Huyện Long Phú",
                     "CSV in Windows-1258 (';', decimal comma), two-row header whose group labels sit only in the "
                     "first cell of each group; Thị trấn Long Phú and Xã Long Phú in one table; '-' proposals")]


@register("vinh_thanh_2023_commune_commendations_vertical_ods")
def case_vinh_thanh_2023(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 5
    row = heading(
        g,
        ["ĐẢNG BỘ HUYỆN CHỢ LÁCH", "ĐẢNG ỦY XÃ VĨNH THÀNH", "*"],
        [PARTY, "", "Vĩnh Thành, ngày 08 tháng 12 năm 2023"],
        ["BÁO CÁO KẾT QUẢ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TRONG HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, "
         "PHONG CÁCH HỒ CHÍ MINH NĂM 2023"],
        last,
    )
    header_row(g, row, ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"])
    numbering(g, row + 1, last)
    q = lambda metric: [(metric, "value")]  # noqa: E731
    lines = [
        Line("I", "BIỂU DƯƠNG, KHEN THƯỞNG"),
        Line(1, "Tập thể được Đảng ủy khen thưởng", "Tập thể", [4], q("commend_collective"),
             note="Giấy khen của Đảng ủy xã"),
        Line(2, "Cá nhân được Đảng ủy khen thưởng", "Cá nhân", [9], q("commend_individual")),
        Line(3, "Tập thể đề nghị Huyện ủy khen thưởng", "Tập thể", [1], q("commend_proposed_collective"),
             note="Chi bộ ấp Vĩnh Hưng"),
        Line(4, "Cá nhân đề nghị Huyện ủy khen thưởng", "Cá nhân", [2], q("commend_proposed_individual")),
        Line(5, "Tổng số tiền thưởng", "Đồng", [3600000], "unknown_metric", note="Trích từ quỹ thi đua"),
        Line("II", "MÔ HÌNH VÀ TUYÊN TRUYỀN"),
        Line(6, "Số mô hình học tập và làm theo Bác", "Mô hình", [7], q("models_total")),
        Line(7, "Số mô hình mới", "Mô hình", [2], q("models_new")),
        Line(8, "Số tin, bài tuyên truyền", "Tin, bài", [15], q("propaganda_articles"), note="Trạm truyền thanh xã"),
    ]
    exp = Expect()
    row = lay_vertical(g, row + 2, lines, xa("Vĩnh Thành"), 2023, exp, first_col=4, note_col=5)
    sign(g, row + 1, 2, 4, ["Nơi nhận:", "- Ban Tuyên giáo Huyện ủy;", "- Lưu VP."],
         ["T/M ĐẢNG ỦY", "BÍ THƯ", "(Đã ký)", "Nguyễn Thị Kim Loan"])
    path = save_ods(out / "VinhThanh_KhenThuong_2023.ods", [g])
    return [exp.case("vinh_thanh_2023_commune_commendations_vertical_ods", path, "vertical", 2023, "Huyện Chợ Lách",
                     ".ods vertical report of a commune ('ĐẢNG ỦY XÃ VĨNH THÀNH' under 'ĐẢNG BỘ HUYỆN CHỢ LÁCH'): "
                     "'Tập thể được Đảng ủy khen thưởng', 'Cá nhân đề nghị Huyện ủy khen thưởng', prize money row "
                     "(unknown_metric)")]


# ---- 2. Year groups -----------------------------------------------------------------------------------------


@register("thoai_son_2021_2023_three_year_groups")
def case_thoai_son_three_years(out: Path) -> list[Case]:
    g = Grid("So sanh 3 nam")
    last = 12
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH AN GIANG", "HUYỆN ỦY THOẠI SƠN", "*"],
        [PARTY, "", "Thoại Sơn, ngày 26 tháng 12 năm 2023"],
        ["BIỂU SO SÁNH KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH "
         "CÁC NĂM 2021, 2022 VÀ 2023"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    sub = ["Tỷ lệ ĐV đăng ký (%)", "Số mô hình", "Mô hình mới"]
    group_header(g, row, [("Năm 2021", sub), ("Năm 2022", sub), ("Năm 2023", sub), "Ghi chú"])
    numbering(g, row + 2, last)
    years = (2021, 2022, 2023)
    specs: list[Spec] = [s for y in years for s in (("reg_party_members_pct", "value", y), ("models_total", "value", y),
                                                   ("models_new", "value", y))] + [None]
    rng = random.Random(894212223)
    rows = []
    for i, (typed, unit) in enumerate(TS_COMMUNES, 1):
        r21, r22, r23 = pct1(rng, 95, 99), pct1(rng, 96, 100), pct1(rng, 96, 100)
        vals = [X(vn(r21), r21), rng.randint(5, 11), rng.randint(0, 2) if i % 4 else None,
                r22, rng.randint(5, 12), "x" if i == 7 else rng.randint(0, 2),
                Pct(round(r23 / 100, 3)), rng.randint(6, 12), rng.randint(0, 3)]
        note = "Năm 2021 chưa thống kê mô hình mới" if i % 4 == 0 else None
        rows.append(Row(i, typed, unit, [*vals, note]))
    rows.append(Row(None, "Toàn huyện", THOAI_SON, [X("trên 97%", 97, ">"), 152, 18, 98.1, 160, 21, Pct(0.985), 171,
                                                    24]))
    exp = Expect()
    row = lay(g, row + 3, rows, specs, None, exp)
    sign(g, row + 1, 2, 9, ["Người lập biểu", "(Đã ký)", "Nguyễn Thị Bích Tuyền"],
         ["TRƯỞNG BAN TUYÊN GIÁO", "(Đã ký)", "Lê Văn Hoàng"])
    path = save_openpyxl(out / "ThoaiSon_SoSanh_2021_2023.xlsx", [g])
    return [exp.case("thoai_son_2021_2023_three_year_groups", path, "wide", None, "Huyện Thoại Sơn",
                     "'Năm 2021' | 'Năm 2022' | 'Năm 2023' over the same three sub-columns, rates typed '97,8' (2021), "
                     "numbers (2022), percent-formatted (2023); 'TT Phú Hòa' → official 'Thị trấn Phú Hoà'; 'x'")]


@register("hong_dan_2022_2023_years_under_metrics_xlsxwriter")
def case_hong_dan_years_under(out: Path) -> list[Case]:
    g = Grid("HTLT 2022-2023")
    last = 9
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH BẠC LIÊU", "HUYỆN ỦY HỒNG DÂN", "*"],
        [*STATE, "Hồng Dân, ngày 20 tháng 12 năm 2023"],
        ["KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2022 VÀ NĂM 2023"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, [("Tỷ lệ đảng viên đăng ký (%)", [2022, 2023]), ("Tổng số mô hình", [2022, 2023]),
                          ("Tin, bài tuyên truyền", [2022, 2023]), "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value", 2022), ("reg_party_members_pct", "value", 2023),
                         ("models_total", "value", 2022), ("models_total", "value", 2023),
                         ("propaganda_articles", "value", 2022), ("propaganda_articles", "value", 2023), None]
    rng = random.Random(95622023)
    first = row + 2
    rows = []
    sums = [0, 0]
    for i, (typed, unit) in enumerate(HD_COMMUNES, 1):
        m22, m23 = rng.randint(4, 9), rng.randint(5, 10)
        sums[0] += m22
        sums[1] += m23
        a22 = rng.randint(2, 8) if i != 4 else None
        rows.append(Row(i, typed, unit, [pct1(rng, 96, 100), pct1(rng, 96, 100), m22, m23, a22, rng.randint(3, 9),
                                         "Năm 2022 chưa báo cáo tin, bài" if i == 4 else None]))
    end = first + len(HD_COMMUNES) - 1
    rows.append(Row(None, "Tổng cộng", HONG_DAN, [98.2, X("98,6", 98.6), Formula(f"=SUM(E{first}:E{end})", sums[0]),
                                                  Formula(f"=SUM(F{first}:F{end})", sums[1]), 47, 52]))
    exp = Expect()
    row = lay(g, first, rows, specs, None, exp)
    sign(g, row + 1, 2, 6, ["Người lập biểu", "Lê Thị Hồng Nhung"], ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
                                                                   "Huỳnh Văn Toàn"])
    path = save_xlsxwriter(out / "HongDan_HTLT_2022_2023.xlsx", [g])
    return [exp.case("hong_dan_2022_2023_years_under_metrics_xlsxwriter", path, "wide", None, "Huyện Hồng Dân",
                     "metric groups on top, the bare years 2022 | 2023 (numbers) as the lowest header row; "
                     "'Ninh Quới' vs 'Ninh Quới A', 'Vĩnh Lộc' vs 'Vĩnh Lộc A'; SUM formulas with cached totals")]


# ---- 3. A unit's own vertical report, old map and new map -------------------------------------------------------

QTY = lambda metric: [(metric, "value"), None]  # noqa: E731 - the figure in Số lượng
RATE = lambda metric: [(metric, "num"), (metric, "value")]  # noqa: E731 - the count registered, the typed rate
DEN = lambda metric: [(metric, "den"), None]  # noqa: E731 - a bare total: the denominator of the next row
ONLY_RATE = lambda metric: [None, (metric, "value")]  # noqa: E731


@register("trung_thanh_tay_2024_commune_vertical")
def case_trung_thanh_tay_2024(out: Path) -> list[Case]:
    g = Grid("Bieu so lieu")
    last = 6
    row = heading(
        g,
        ["ĐẢNG BỘ HUYỆN VŨNG LIÊM", "ĐẢNG ỦY XÃ TRUNG THÀNH TÂY", "*"],
        [PARTY, "", "Trung Thành Tây, ngày 10 tháng 12 năm 2024"],
        ["BÁO CÁO SỐ LIỆU KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2024",
         "(Kèm theo Báo cáo số 58-BC/ĐU của Đảng ủy xã Trung Thành Tây)"],
        last,
    )
    header_row(g, row, ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Tỷ lệ (%)", "Ghi chú"])
    numbering(g, row + 1, last)
    lines = [
        Line("I", "ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO"),
        Line(1, "Tổng số đảng viên trong Đảng bộ", "Đảng viên", [286], DEN("reg_party_members_pct"),
             note="Trừ 7 đảng viên miễn sinh hoạt"),
        Line(2, "Số đảng viên đăng ký học tập và làm theo", "Đảng viên", [281, X("98,3%", 98.3)],
             RATE("reg_party_members_pct")),
        Line(3, "Tổng số CCVC, LLVT không là đảng viên", "Người", [52], DEN("reg_civil_servants_pct")),
        Line(4, "Số CCVC, LLVT không là đảng viên đăng ký", "Người", [47, X("90.4", 90.4)],
             RATE("reg_civil_servants_pct")),
        Line(5, "Tổng số đoàn viên, hội viên", "Người", [X("3.140", 3140)], DEN("reg_union_members_pct")),
        # No rate typed: the rate is 1.512 / 3.140.
        Line(6, "Số đoàn viên, hội viên đăng ký", "Người", [X("1.512", 1512)], RATE("reg_union_members_pct")),
        Line(7, "Tổng số chi bộ trực thuộc", "Chi bộ", [12], DEN("party_cells_plans_pct")),
        Line(8, "Số chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Chi bộ", [12, 100],
             RATE("party_cells_plans_pct")),
        Line("II", "MÔ HÌNH HỌC TẬP VÀ LÀM THEO BÁC"),
        Line(9, "Tổng số mô hình", "Mô hình", [9], QTY("models_total")),
        Line(None, "Trong đó:"),
        Line(None, "a) Mô hình tập thể", "Mô hình", [6], QTY("models_collective"), note="Hội Nông dân, Hội LHPN"),
        Line(None, "b) Mô hình cá nhân", "Mô hình", [3], QTY("models_individual")),
        Line(None, "c) Mô hình mới trong năm", "Mô hình", [2], QTY("models_new")),
        Line("III", "TUYÊN TRUYỀN"),
        Line(10, "Số tin, bài tuyên truyền", "Tin, bài", [X("18 tin, bài", 18)], QTY("propaganda_articles")),
        Line(11, "Số tin, bài chia sẻ trên mạng xã hội", "Tin, bài", [X("trên 60", 60, ">")],
             QTY("propaganda_social_posts"), note="Nhóm Zalo của các ấp"),
        Line(12, "Số lượt đảng viên dự sinh hoạt chuyên đề", "Lượt", [540], "unknown_metric"),
    ]
    exp = Expect()
    row = lay_vertical(g, row + 2, lines, xa("Trung Thành Tây"), 2024, exp)
    sign(g, row + 1, 2, 5, ["Nơi nhận:", "- Ban Tuyên giáo Huyện ủy;", "- Lưu VP Đảng ủy."],
         ["T/M ĐẢNG ỦY", "BÍ THƯ", "(Đã ký)", "Nguyễn Văn Bảy"])
    path = save_openpyxl(out / "TrungThanhTay_SoLieu_2024.xlsx", [g])
    return [exp.case("trung_thanh_tay_2024_commune_vertical", path, "vertical", 2024, "Huyện Vũng Liêm",
                     "old-map commune vertical report: bare denominators, rates typed '98,3%' and '90.4' or from two "
                     "rows ('3.140' / '1.512'), 'Trong đó:' then 'a)', 'b)', 'c)' rows, 'trên 60', a count of "
                     "attendances (unknown_metric)")]


@register("vinh_thanh_2025_commune_vertical_new_map_xls")
def case_vinh_thanh_2025(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 6
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH VĨNH LONG", "ĐẢNG ỦY XÃ VĨNH THÀNH", "*"],
        [PARTY, "", "Vĩnh Thành, ngày 12 tháng 12 năm 2025"],
        ["BÁO CÁO KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2025"],
        last,
    )
    header_row(g, row, ["STT", "Nội dung", "ĐVT", "Số lượng", "Tỷ lệ %", "Ghi chú"])
    lines = [
        Line(1, "Tổng số đảng viên", "Đảng viên", [1046], DEN("reg_party_members_pct"),
             note="Đảng bộ xã sau sắp xếp (Phú Sơn, Tân Thiềng, Vĩnh Thành)"),
        Line(2, "Số đảng viên đăng ký học tập và làm theo", "Đảng viên", [1032, X("98,7%", 98.7)],
             RATE("reg_party_members_pct")),
        Line(3, "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký", "%", [None, X("92.5", 92.5)],
             ONLY_RATE("reg_civil_servants_pct")),
        Line(4, "Tổng số đoàn viên, hội viên", "Người", [5210], DEN("reg_union_members_pct")),
        # The count cannot be read; the typed rate stands, without numerator or denominator.
        Line(5, "Số đoàn viên, hội viên đăng ký", "Người", ["đang tổng hợp", X("trên 45%", 45, ">")],
             RATE("reg_union_members_pct"), bad={0: "not_a_number"}),
        Line(6, "Số kế hoạch, hướng dẫn ban hành", "Văn bản", [4], QTY("plans_issued")),
        Line(7, "Tổng số mô hình", "Mô hình", [16], QTY("models_total")),
        Line(None, "Trong đó:"),
        Line(None, "- Mô hình tập thể", "Mô hình", [11], QTY("models_collective")),
        Line(None, "- Mô hình cá nhân", "Mô hình", [5], QTY("models_individual")),
        Line(8, "Mô hình điểm", "Mô hình", [1], QTY("models_pilot"), note="Ấp Vĩnh Hưng"),
        Line(9, "Tỷ lệ ấp nhân rộng mô hình", "%", [None, X("9/11", 100 * 9 / 11, None, 9, 11)],
             ONLY_RATE("model_replication_pct")),
        Line(10, "Số tin, bài tuyên truyền", "Tin, bài", [21], QTY("propaganda_articles")),
    ]
    exp = Expect()
    row = lay_vertical(g, row + 1, lines, xa("Vĩnh Thành"), 2025, exp)
    sign(g, row + 1, 2, 5, ["Nơi nhận:", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Lưu VP."],
         ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "(Đã ký)", "Lê Thanh Tùng"])
    path = save_xlwt(out / "VinhThanh_BaoCao_2025.xls", [g])
    return [exp.case("vinh_thanh_2025_commune_vertical_new_map_xls", path, "vertical", 2025, "Tỉnh Vĩnh Long",
                     "legacy .xls, 2025 vertical report of a new commune ('ĐẢNG ỦY XÃ VĨNH THÀNH' under 'ĐẢNG BỘ TỈNH "
                     "VĨNH LONG': new map, no district), '98,7%', '92.5', '9/11', an unreadable count next to "
                     "'trên 45%' (not_a_number, the rate stays)")]


# ---- 4. Transposed: indicators as rows, units as columns ----------------------------------------------------


@register("ke_sach_2022_transposed_chia_ra")
def case_ke_sach_2022(out: Path) -> list[Case]:
    g = Grid("Bieu 02")
    columns: list[tuple[str, Unit | str]] = [*KS_COMMUNES[:12], ("Xã Kế Hưng", "unknown_unit"), KS_COMMUNES[12]]
    n = len(columns)
    last = 4 + n
    row = heading(
        g,
        ["HUYỆN ỦY KẾ SÁCH", "BAN TUYÊN GIÁO", "*"],
        [PARTY, "", "Kế Sách, ngày 16 tháng 12 năm 2022"],
        ["BIỂU TỔNG HỢP CHỈ TIÊU HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2022"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Chỉ tiêu")
    g.merge(row, 3, row + 1, 3, "Đơn vị tính")
    g.merge(row, 4, row + 1, 4, "Toàn huyện")
    g.merge(row, 5, row, last, "Chia ra")
    for j, (typed, _) in enumerate(columns):
        g.put(row + 1, 5 + j, typed)
    names_row = row + 1
    numbering(g, row + 2, last)
    units: list[Unit | str] = [KE_SACH, *[u for _, u in columns]]
    rng = random.Random(9432022)
    models = [(rng.randint(3, 7), rng.randint(1, 3)) for _ in range(n)]
    lines = [
        Line(1, "Số kế hoạch, hướng dẫn", "Văn bản", [9] + [rng.randint(2, 4) for _ in range(n)],
             ("plans_issued", "value")),
        Line(2, "Tỷ lệ đảng viên đăng ký (%)", "%",
             [X("trên 98%", 98, ">")] + [Pct(round(pct1(rng, 96, 100) / 100, 3)) if j % 3 == 0
                                         else pct1(rng, 96, 100) for j in range(n)],
             ("reg_party_members_pct", "value")),
        Line(3, "Tổng số mô hình", "Mô hình", [118] + [c + i for c, i in models], ("models_total", "value")),
        Line(4, "Mô hình tập thể", "Mô hình", [80] + [c for c, _ in models], ("models_collective", "value")),
        Line(5, "Mô hình cá nhân", "Mô hình", [38] + [i for _, i in models], ("models_individual", "value")),
        Line(6, "Mô hình điểm", "Mô hình", [2] + [1 if j in (0, 6) else None for j in range(n)],
             ("models_pilot", "value")),
        Line(7, "Tập thể được khen thưởng", "Tập thể", [21] + [rng.randint(0, 2) for _ in range(n)],
             ("commend_collective", "value")),
        Line(8, "Cá nhân được khen thưởng", "Cá nhân", [56] + [rng.randint(1, 5) for _ in range(n)],
             ("commend_individual", "value")),
        Line(9, "Số lượt cán bộ, đảng viên dự học tập chuyên đề", "Lượt",
             [X("6.450", 6450)] + [rng.randint(300, 600) for _ in range(n)], "unknown_metric"),
        Line(10, "Tin, bài đăng tải, chia sẻ trên mạng xã hội", "Tin, bài",
             [X("trên 300", 300, ">")] + ["-" if j == 4 else rng.randint(10, 40) for j in range(n)],
             ("propaganda_social_posts", "value")),
    ]
    exp = Expect()
    row = lay_transposed(g, row + 3, lines, units, names_row, 2022, exp, first_col=4)
    sign(g, row + 1, 2, 10, ["Người lập biểu", "(Đã ký)", "Trịnh Thị Ngọc Hân"],
         ["TRƯỞNG BAN", "(Đã ký)", "Lâm Văn Hiền"])
    path = save_openpyxl(out / "KeSach_ChiTieu_TheoXa_2022.xlsx", [g])
    return [exp.case("ke_sach_2022_transposed_chia_ra", path, "transposed", 2022, "Huyện Kế Sách",
                     "transposed: 'Toàn huyện' then communes under a merged 'Chia ra' ('TT Kế Sách', 'X. Xuân Hoà', "
                     "'X. Phong Nẫm'...), a column 'Xã Kế Hưng' (unknown_unit), an attendance row (unknown_metric)")]


@register("phu_tan_2024_transposed_noi_dung_dvt_ods")
def case_phu_tan_2024(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    n = len(PT_COMMUNES)
    last = 4 + n
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH AN GIANG", "HUYỆN ỦY PHÚ TÂN", "BAN TUYÊN GIÁO"],
        [PARTY, "", "Phú Tân, ngày 18 tháng 12 năm 2024"],
        ["TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2024 (THEO XÃ, THỊ TRẤN)"],
        last,
    )
    header_row(g, row, ["STT", "Nội dung", "ĐVT", "Tổng số", *[t for t, _ in PT_COMMUNES]])
    names_row = row
    units: list[Unit | str] = [PHU_TAN, *[u for _, u in PT_COMMUNES]]
    rng = random.Random(8882024)
    dens, nums = [], []
    for _ in range(n):
        while True:
            d = rng.randint(180, 420)
            k = d - rng.randint(0, 7)
            v = 100 * k / d
            if abs((v * 10) % 1 - 0.5) > 1e-6:
                break
        dens.append(d)
        nums.append(k)
    lines = [
        Line(1, "Tổng số đảng viên", "Người", [5230] + dens, ("reg_party_members_pct", "den")),
        Line(2, "Số đảng viên đăng ký học tập và làm theo", "Người", [5163] + nums, ("reg_party_members_pct", "num")),
        Line(3, "Số mô hình học tập và làm theo Bác", "Mô hình", [164] + [rng.randint(5, 12) for _ in range(n)],
             ("models_total", "value")),
        Line(None, "Trong đó: mô hình mới", "Mô hình", [23] + ["x" if j == 9 else rng.randint(0, 2) for j in range(n)],
             ("models_new", "value")),
        Line(4, "Số tập thể đề nghị cấp trên khen thưởng", "Tập thể", [3] + [1 if j in (0, 5, 11) else 0
                                                                           for j in range(n)],
             ("commend_proposed_collective", "value")),
        Line(5, "Số cá nhân đề nghị cấp trên khen thưởng", "Cá nhân", [4] + [1 if j in (1, 7) else "-"
                                                                           for j in range(n)],
             ("commend_proposed_individual", "value")),
        Line(6, "Bản tin, bài viết phát trên loa truyền thanh", "Tin, bài",
             [210] + [rng.randint(6, 15) for _ in range(n)], ("propaganda_broadcasts", "value")),
    ]
    exp = Expect()
    row = lay_transposed(g, row + 1, lines, units, names_row, 2024, exp, first_col=4)
    g.merge(row + 1, 1, row + 1, 12, "Ghi chú: Tỷ lệ đảng viên đăng ký tính trên tổng số đảng viên, đã trừ đảng viên "
                                     "miễn sinh hoạt.")
    sign(g, row + 3, 2, 12, ["Người tổng hợp", "Võ Thị Kim Ngân"], ["TRƯỞNG BAN", "Nguyễn Thanh Bình"])
    path = save_ods(out / "PhuTan_TongHop_TheoXa_2024.ods", [g])
    return [exp.case("phu_tan_2024_transposed_noi_dung_dvt_ods", path, "transposed", 2024, "Huyện Phú Tân",
                     ".ods transposed with 'Nội dung' and 'ĐVT' columns, 'Tổng số' then the 18 communes (Long Hòa → "
                     "'Xã Long Hoà', Tân Hoà → 'Xã Tân Hòa'), rates from the two count rows; 'ĐẢNG BỘ TỈNH AN GIANG' "
                     "tells this Huyện Phú Tân from Cà Mau's")]


# ---- 5. Province summaries --------------------------------------------------------------------------------------


@register("soc_trang_2022_province_summary_xlsxwriter")
def case_soc_trang_2022(out: Path) -> list[Case]:
    g = Grid("Tong hop tinh")
    last = 10
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH SÓC TRĂNG", "BAN TUYÊN GIÁO TỈNH ỦY", "*"],
        [PARTY, "", "Sóc Trăng, ngày 27 tháng 12 năm 2022"],
        ["BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2022",
         "(Kèm theo Báo cáo số 318-BC/BTGTU của Ban Tuyên giáo Tỉnh ủy)"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, [
        ("Tỷ lệ đăng ký học tập và làm theo (%)", ["Đảng viên", "CCVC, LLVT không là đảng viên",
                                                   "Đoàn viên, hội viên"]),
        ("Mô hình", ["Tổng số", "Mô hình điểm"]), ("Khen thưởng", ["Tập thể", "Cá nhân"]), "Ghi chú"])
    numbering(g, row + 2, last)
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("reg_union_members_pct", "value"), ("models_total", "value"), ("models_pilot", "value"),
                         ("commend_collective", "value"), ("commend_individual", "value"), None]
    bodies = [
        ("Thành ủy Sóc Trăng", "Thành phố Sóc Trăng"), ("Huyện ủy Châu Thành", "Huyện Châu Thành"),
        ("Đảng bộ huyện Kế Sách", "Huyện Kế Sách"), ("Huyện ủy Mỹ Tú", "Huyện Mỹ Tú"),
        ("Huyện uỷ Cù Lao Dung", "Huyện Cù Lao Dung"), ("Huyện ủy Long Phú", "Huyện Long Phú"),
        ("Huyện ủy Mỹ Xuyên", "Huyện Mỹ Xuyên"), ("Thị ủy Ngã Năm", "Thị xã Ngã Năm"),
        ("Huyện ủy Thạnh Trị", "Huyện Thạnh Trị"), ("Thị ủy Vĩnh Châu", "Thị xã Vĩnh Châu"),
        ("Đảng bộ huyện Trần Đề", "Huyện Trần Đề"),
    ]
    rng = random.Random(942022)
    # Group row I carries the clerk's subtotal: every figure of it is a group_subtotal reject.
    rows = [Row("I", "ĐẢNG BỘ HUYỆN, THỊ XÃ, THÀNH PHỐ", None, [98.4, 86.0, 52.3, 1320, 24, 205, 560],
                {i: "group_subtotal" for i in range(7)})]
    for i, (typed, official) in enumerate(bodies, 1):
        union = pct1(rng, 40, 65) if i != 6 else None
        rows.append(Row(i, typed, district(official), [pct1(rng, 97, 100), pct1(rng, 75, 95), union,
                                                       rng.randint(80, 160), rng.randint(1, 3), rng.randint(10, 25),
                                                       rng.randint(30, 70)]))
    rows.append(Row("II", "ĐẢNG BỘ KHỐI, LỰC LƯỢNG VŨ TRANG", None))
    for i, (typed, vals) in enumerate([
        ("Đảng ủy Khối các cơ quan tỉnh", [99.4, 93.5, 70.2, 41, 1, 6, 14]),
        ("Đảng ủy Khối Doanh nghiệp tỉnh", [98.9, None, 55.0, 18, None, 3, 7, "Chưa thống kê CCVC"]),
        ("Đảng ủy Quân sự tỉnh", [100, None, None, 12, 1, 2, 5]),
        ("Đảng ủy Công an tỉnh", [100, None, 81.6, 15, 1, 4, 9]),
    ], 12):
        rows.append(Row(i, typed, other(typed), vals))
    rows.append(Row(None, "Toàn tỉnh", province("Tỉnh Sóc Trăng"),
                    [X("trên 98%", 98, ">"), 87.1, X("trên 50%", 50, ">"), 1406, 27, 220, 595]))
    exp = Expect()
    row = lay(g, row + 3, rows, specs, 2022, exp)
    sign(g, row + 1, 2, 8, ["Nơi nhận:", "- Ban Tuyên giáo Trung ương;", "- Thường trực Tỉnh ủy;", "- Lưu VT."],
         ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(Đã ký)", "Trần Thị Ngọc Hạnh"])
    path = save_xlsxwriter(out / "SocTrang_TongHop_HTLT_2022.xlsx", [g])
    return [exp.case("soc_trang_2022_province_summary_xlsxwriter", path, "summary", 2022, None,
                     "province summary of Sóc Trăng: 'Thành ủy', 'Thị ủy', 'Huyện uỷ', 'Đảng bộ huyện ...' rows; "
                     "'Đảng ủy Khối các cơ quan tỉnh', 'Đảng ủy Khối Doanh nghiệp tỉnh', Quân sự, Công an as other; "
                     "group row I with a subtotal (group_subtotal); 'Toàn tỉnh' = Tỉnh Sóc Trăng")]


@register("bac_lieu_2024_province_summary_xls")
def case_bac_lieu_2024(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 9
    row = heading(
        g,
        ["TỈNH ỦY BẠC LIÊU", "BAN TUYÊN GIÁO", "*"],
        [PARTY, "", "Bạc Liêu, ngày 24 tháng 12 năm 2024"],
        ["KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2024 CỦA CÁC ĐẢNG BỘ TRỰC "
         "THUỘC TỈNH ỦY"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Tên đảng bộ")
    group_header(g, row, [("Đảng viên đăng ký học tập và làm theo", ["Tổng số đảng viên", "Số đã đăng ký"]),
                          "Số kế hoạch, hướng dẫn", "Mô hình mới", "Tin, bài tuyên truyền",
                          "Bản tin, bài viết phát thanh", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"), ("plans_issued", "value"),
                         ("models_new", "value"), ("propaganda_articles", "value"), ("propaganda_broadcasts", "value"),
                         None]
    bodies = [
        ("Thành ủy Bạc Liêu", "Thành phố Bạc Liêu", 6120, 6032), ("Thị ủy Giá Rai", "Thị xã Giá Rai", 4310, 4262),
        ("Huyện ủy Hồng Dân", "Huyện Hồng Dân", 3405, 3361), ("Huyện ủy Phước Long", "Huyện Phước Long", 3118, 3080),
        ("Huyện ủy Vĩnh Lợi", "Huyện Vĩnh Lợi", 2870, 2841), ("Huyện ủy Đông Hải", "Huyện Đông Hải", 3620, 3566),
        ("Huyện ủy Hòa Bình", "Huyện Hoà Bình", 2990, 2954),  # the official list spells it "Hoà Bình"
    ]
    rng = random.Random(952024)
    rows = []
    for i, (typed, official, den, num) in enumerate(bodies, 1):
        rows.append(Row(i, typed, district(official), [den, num, rng.randint(6, 12), rng.randint(8, 20),
                                                       rng.randint(40, 90), rng.randint(30, 80)]))
    rows += [
        Row(8, "Đảng ủy Khối các cơ quan tỉnh", other("Đảng ủy Khối các cơ quan tỉnh"), [2450, 2441, 5, 6, 22, 4]),
        Row(9, "Đảng ủy Khối Doanh nghiệp tỉnh", other("Đảng ủy Khối Doanh nghiệp tỉnh"), [980, 968, 3, 2, 9, None]),
        Row(10, "Đảng ủy Quân sự tỉnh", other("Đảng ủy Quân sự tỉnh"), [710, 710, 3, 1, 6, 3]),
        # Its total without the count registered and no rate: incomplete_ratio at the total.
        Row(11, "Đảng ủy Công an tỉnh", other("Đảng ủy Công an tỉnh"), [1380, None, 4, 2, 11, 5,
                                                                        "Chưa tổng hợp số đăng ký"],
            {0: "incomplete_ratio"}),
        Row(None, "Toàn tỉnh", province("Tỉnh Bạc Liêu"), [31953, 31494, 14, 104, 480, 365]),
    ]
    exp = Expect()
    row = lay(g, row + 2, rows, specs, 2024, exp)
    sign(g, row + 1, 2, 7, ["Người tổng hợp", "Nguyễn Thị Diễm My"], ["TRƯỞNG BAN", "Lê Minh Chiến"])
    path = save_xlwt(out / "BacLieu_2024.xls", [g])
    return [exp.case("bac_lieu_2024_province_summary_xls", path, "summary", 2024, None,
                     "legacy .xls province summary of Bạc Liêu: 'Thị ủy Giá Rai', 'Huyện ủy Hòa Bình' → official "
                     "'Huyện Hoà Bình'; rates from the two counts; Đảng ủy Công an tỉnh with its total only "
                     "(incomplete_ratio); 'Toàn tỉnh'")]


@register("ca_mau_2025_province_summary_new_map")
def case_ca_mau_2025(out: Path) -> list[Case]:
    g = Grid("Tong hop 2025")
    last = 8
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH CÀ MAU", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "*"],
        [PARTY, "", "Cà Mau, ngày 19 tháng 12 năm 2025"],
        ["TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2025 CỦA CÁC ĐẢNG BỘ "
         "XÃ, PHƯỜNG"],
        last,
    )
    header_row(g, row, ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình", "Mô hình mới",
                        "Tập thể được khen thưởng", "Cá nhân được khen thưởng", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_new", "value"),
                         ("commend_collective", "value"), ("commend_individual", "value"), None]
    typed: list[tuple[str, Unit | str]] = [
        ("Phường Bạc Liêu", phuong("Bạc Liêu")), ("Phường Giá Rai", phuong("Giá Rai")),
        ("Phường Láng Tròn", phuong("Láng Tròn")), ("Xã Hồng Dân", xa("Hồng Dân")), ("Ninh Quới", xa("Ninh Quới")),
        ("xã Vĩnh Lộc", xa("Vĩnh Lộc")), ("Ninh Thạnh Lợi", xa("Ninh Thạnh Lợi")), ("Xã Phước Long", xa("Phước Long")),
        ("Hoà Bình", xa("Hòa Bình")), ("Xã Đông Hải", xa("Đông Hải")), ("Gành Hào", xa("Gành Hào")),
        ("Xã Ninh Thạnh Đông", "unknown_unit"),  # no such commune, on either map
        ("Phường An Xuyên", phuong("An Xuyên")), ("Xã U Minh", xa("U Minh")), ("Xã Năm Căn", xa("Năm Căn")),
        ("Xã Đất Mũi", xa("Đất Mũi")),
    ]
    rng = random.Random(962025)
    rows = []
    for i, (name, unit) in enumerate(typed, 1):
        rate = pct1(rng, 96, 100)
        rows.append(Row(i, name, unit, [X(vn(rate), rate) if i % 3 else rate, rng.randint(8, 22), rng.randint(1, 4),
                                        rng.randint(1, 4), rng.randint(2, 8),
                                        "Đảng bộ mới thành lập sau sắp xếp" if i == 4 else None]))
    rows += [
        Row(17, "Đảng ủy Công an tỉnh", other("Đảng ủy Công an tỉnh"), [100, 16, 3, 4, 9]),
        Row(None, "Toàn tỉnh", province("Tỉnh Cà Mau"), [X("trên 98%", 98, ">"), 1296, 187, 241, 603]),
    ]
    exp = Expect()
    row = lay(g, row + 1, rows, specs, 2025, exp)
    sign(g, row + 1, 2, 6, ["Người tổng hợp", "Trương Thị Ngọc Mai"], ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
                                                                       "Phạm Văn Út"])
    path = save_openpyxl(out / "CaMau_TongHop_XaPhuong_2025.xlsx", [g])
    return [exp.case("ca_mau_2025_province_summary_new_map", path, "summary", 2025, "Tỉnh Cà Mau",
                     "2025 province summary on the new map: rows are new communes and wards of Tỉnh Cà Mau (former "
                     "Bạc Liêu and Cà Mau), 'Hoà Bình' → 'Xã Hòa Bình', an unknown commune, a province body as other, "
                     "'Toàn tỉnh' = Tỉnh Cà Mau")]


# ---- 6. Counts typed with their count word or a space -----------------------------------------------------------


@register("quy_hop_2023_count_words_html_xls")
def case_quy_hop_2023(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 10
    row = heading(
        g,
        ["HUYỆN ỦY QUỲ HỢP", "BAN TUYÊN GIÁO", "*"],
        [PARTY, "", "Quỳ Hợp, ngày 14 tháng 12 năm 2023"],
        ["BIỂU THỐNG KÊ KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2023"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, [("Đảng viên đăng ký học tập và làm theo", ["Tổng số ĐV", "ĐV đăng ký", "Tỷ lệ (%)"]),
                          "Số kế hoạch, hướng dẫn", ("Mô hình", ["Tổng số", "Mô hình mới"]),
                          "Tin, bài tuyên truyền", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                         ("models_new", "value"), ("propaganda_articles", "value"), None]
    rng = random.Random(4202023)
    rows = []
    for i, (typed, unit) in enumerate(QH_COMMUNES, 1):
        while True:
            den = rng.randint(40, 330) if i > 1 else 1205
            num = den - rng.randint(0, 5)
            if abs((1000 * num / den) % 1 - 0.5) > 1e-6:
                break
        rate = round(100 * num / den, 1)
        space = lambda n: thousands(n, " ")  # noqa: E731 - "1 205", as some clerks type it
        style = i % 4
        if style == 0:
            party = [X(f"{space(den)} ĐV", den), X(f"{space(num)} ĐV", num), X(vn(rate) + "%", rate)]
        elif style == 1:
            party = [X(f"{space(den)} ĐV", den), X(f"{space(num)} ĐV", num), None]  # the rate from the counts
        elif style == 2:
            party = [den, num, X("trên 90%", 90, ">")]
        else:
            party = [X(space(den), den), X(space(num), num), "-"]
        k = rng.randint(1, 4)
        plans = X(f"{k} kế hoạch", k) if i % 7 else (X("0", 0) if i == 7 else 0)  # "0" and 0: real zeros
        models, new = rng.randint(2, 8), rng.randint(0, 2)
        mcells = [X(f"{models} MH", models), X(f"{new} MH", new) if i % 5 else 0]
        if i in (6, 17):
            mcells = ["x", "x"]
        arts = rng.randint(1, 15)
        rows.append(Row(i, typed, unit, [*party, plans, *mcells, X(f"{arts} tin, bài", arts),
                                         "Chưa báo cáo mô hình" if i in (6, 17) else None]))
    rows.append(Row(None, "Toàn huyện", QUY_HOP, [X("5 872 ĐV", 5872), X("5 810 ĐV", 5810), X("98,9%", 98.9),
                                                  X("12 kế hoạch", 12), X("146 MH", 146), X("19 MH", 19),
                                                  X("163 tin, bài", 163)]))
    exp = Expect()
    row = lay(g, row + 2, rows, specs, 2023, exp)
    sign(g, row + 1, 2, 7, ["Người lập biểu", "Lang Thị Hoa"], ["TRƯỞNG BAN", "Vi Văn Sơn"])
    path = save_html_xls(out / "QuyHop_ThongKe_2023.xls", g)
    return [exp.case("quy_hop_2023_count_words_html_xls", path, "wide", 2023, "Huyện Quỳ Hợp",
                     "web-portal '.xls' (an HTML table): '1 205 ĐV', '312 ĐV', '3 MH', '2 kế hoạch', '12 tin, bài', "
                     "'trên 90%', 'x', a '-' rate (not reported: the two counts give it), '0'")]


# ---- 7. Notes inside the table, signature blocks, a Ghi chú column -----------------------------------------------


@register("nghia_hanh_2022_notes_inside_ods")
def case_nghia_hanh_2022(out: Path) -> list[Case]:
    g = Grid("Bieu 01")
    last = 8
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH QUẢNG NGÃI", "HUYỆN ỦY NGHĨA HÀNH", "*"],
        [PARTY, "", "Nghĩa Hành, ngày 09 tháng 12 năm 2022"],
        ["BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2022"],
        last,
    )
    header_row(g, row, ["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tỷ lệ CCVC, LLVT không là đảng viên đăng "
                        "ký (%)", "Số kế hoạch, hướng dẫn", "Tổng số mô hình", "Mô hình mới", "Ghi chú"])
    numbering(g, row + 1, last)
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("plans_issued", "value"), ("models_total", "value"), ("models_new", "value"), None]
    rng = random.Random(5322022)

    def unit_row(i: int, typed: str, unit: Unit, note: str | None = None) -> Row:
        return Row(i, typed, unit, [pct1(rng, 96, 100), pct1(rng, 78, 96), rng.randint(2, 5), rng.randint(5, 12),
                                    rng.randint(0, 3), note])

    exp = Expect()
    row += 2
    units = [c for c in NH_COMMUNES if c[0] != "Xã Hành Thịnh"]
    row = lay(g, row, [unit_row(i, t, u) for i, (t, u) in enumerate(units[:5], 1)], specs, 2022, exp)
    g.merge(row, 1, row, last, "Ghi chú: Xã Hành Thịnh chưa gửi báo cáo, số liệu sẽ bổ sung sau.")
    row += 1
    row = lay(g, row, [unit_row(i, t, u, "Có mô hình điểm của huyện" if i == 7 else None)
                       for i, (t, u) in enumerate(units[5:9], 6)], specs, 2022, exp)
    g.merge(row, 2, row, last, "(*) Số liệu của xã Hành Tín Đông tính đến ngày 30/11.")
    row += 1
    row = lay(g, row, [unit_row(10, *units[9]), unit_row(11, *units[10], "(*) Số liệu tạm tính"),
                       Row(12, "Chi bộ Trung tâm Chính trị huyện", other("Chi bộ Trung tâm Chính trị huyện"),
                           [100, 100, 1, 1, None, "Cơ quan khối Đảng"]),
                       Row(None, "Tổng cộng", NGHIA_HANH, [98.2, 88.4, 9, 98, 17])], specs, 2022, exp)
    g.put(row + 1, 2, "Ghi chú: Tỷ lệ đăng ký tính trên tổng số đảng viên, CCVC, LLVT thuộc đơn vị.")
    sign(g, row + 3, 2, 6, ["Nơi nhận:", "- Như trên;", "- Ban Tuyên giáo Tỉnh ủy;", "- Thường trực Huyện ủy;",
                            "- Lưu VP."],
         ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "(Đã ký)", "", "Đỗ Văn Hải"])
    path = save_ods(out / "NghiaHanh_BieuTongHop_2022.ods", [g])
    return [exp.case("nghia_hanh_2022_notes_inside_ods", path, "wide", 2022, "Huyện Nghĩa Hành",
                     ".ods: a merged 'Ghi chú: ...' line and a '(*) ...' line between unit rows, a '(*)' in the "
                     "Ghi chú column of the row it is about, a Ghi chú column with text, 'Nơi nhận: - Như trên; ... - Lưu VP.'")]


# ---- 8. Workbooks reused year after year; a correction file ---------------------------------------------------

COVER_LINES = [
    "HƯỚNG DẪN ĐIỀN BIỂU SỐ LIỆU HỌC TẬP VÀ LÀM THEO BÁC",
    "- Các đảng bộ xã, thị trấn điền số liệu vào sheet 'Bieu 01'; không chèn thêm cột.",
    "- Tỷ lệ (%) ghi một chữ số thập phân; ô không có số liệu để trống.",
    "- Sheet của năm trước giữ lại để đối chiếu, không sửa.",
    "- Hạn gửi: trước ngày 15/12, qua hộp thư điện tử của Ban Tuyên giáo Huyện ủy.",
]


def simple_table(name: str, left: list[str], right: list[str], titles: list[str], labels: list[str],
                 rows: list[Row], specs: list[Spec], year: int, exp: Expect,
                 signs: tuple[list[str], list[str]] | None = None) -> Grid:
    g = Grid(name)
    last = len(labels)
    row = heading(g, left, right, titles, last)
    header_row(g, row, labels)
    row = lay(g, row + 1, rows, specs, year, exp)
    if signs:
        sign(g, row + 1, 2, max(4, last - 2), *signs)
    return g


TP_LABELS = ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Số kế hoạch, hướng dẫn", "Tổng số mô hình",
             "Mô hình tập thể", "Mô hình cá nhân", "Số tin, bài tuyên truyền"]
TP_SPECS: list[Spec] = [("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                        ("models_collective", "value"), ("models_individual", "value"), ("propaganda_articles", "value")]


def tp_rows(seed: int, total: list[Any]) -> list[Row]:
    rng = random.Random(seed)
    rows = []
    for i, (typed, unit) in enumerate(TP_COMMUNES, 1):
        coll, ind = rng.randint(2, 6), rng.randint(1, 3)
        rows.append(Row(i, typed, unit, [Pct(round(pct1(rng, 96, 100) / 100, 3)), rng.randint(2, 5), coll + ind,
                                         coll, ind, rng.randint(2, 9)]))
    rows.append(Row(None, "Tổng cộng", THANH_PHU, total))
    return rows


@register("thanh_phu_2023_cover_and_hidden_last_year")
def case_thanh_phu_2023(out: Path) -> list[Case]:
    left = ["HUYỆN ỦY THẠNH PHÚ", "BAN TUYÊN GIÁO", "*"]
    signs = (["Người lập biểu", "Phan Thị Kim Yến"], ["TRƯỞNG BAN", "Võ Văn Rớt"])
    old = simple_table("Bieu 01 (2022)", left, [PARTY, "", "Thạnh Phú, ngày 16 tháng 12 năm 2022"],
                       ["BIỂU 01: KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2022"], TP_LABELS,
                       tp_rows(837022, [Pct(0.979), 8, 121, 83, 38, 77]), TP_SPECS, 2022, Expect(), signs)
    exp = Expect()
    now = simple_table("Bieu 01", left, [PARTY, "", "Thạnh Phú, ngày 15 tháng 12 năm 2023"],
                       ["BIỂU 01: KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2023"], TP_LABELS,
                       tp_rows(837023, [Pct(0.984), 9, 128, 87, 41, 80]), TP_SPECS, 2023, exp, signs)
    path = save_openpyxl(out / "Bieu_01_HTLT_ThanhPhu.xlsx", [cover_sheet("Huong dan", COVER_LINES), old, now])
    hide_sheets_openpyxl(path, {"Bieu 01 (2022)"})
    return [exp.case("thanh_phu_2023_cover_and_hidden_last_year", path, "wide", 2023, "Huyện Thạnh Phú",
                     "workbook: an instructions sheet, last year's copy 'Bieu 01 (2022)' hidden between it and the "
                     "2023 table on the third sheet (only 2023 loaded); percent-formatted rates; 'Xã Hoà Lợi'")]


@register("dong_hai_2024_dieuchinh_xlsxwriter")
def case_dong_hai_2024(out: Path) -> list[Case]:
    g = Grid("Bieu so lieu")
    last = 9
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH BẠC LIÊU", "HUYỆN ỦY ĐÔNG HẢI", "*"],
        [PARTY, "", "Đông Hải, ngày 23 tháng 12 năm 2024"],
        ["BIỂU SỐ LIỆU HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2024",
         "(Bản điều chỉnh, thay thế biểu số liệu gửi ngày 16/12/2024)"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, [("Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch",
                           ["Tổng số chi bộ", "Số chi bộ hoàn thành"]),
                          ("Mô hình", ["Tổng số", "Tập thể", "Cá nhân"]),
                          "Tỷ lệ đoàn viên, hội viên đăng ký (%)", "Ghi chú"])
    specs: list[Spec] = [("party_cells_plans_pct", "den"), ("party_cells_plans_pct", "num"), ("models_total", "value"),
                         ("models_collective", "value"), ("models_individual", "value"),
                         ("reg_union_members_pct", "value"), None]
    rng = random.Random(9602024)
    first = row + 2
    rows = []
    sums = [0, 0]
    for i, (typed, unit) in enumerate(DH_COMMUNES, 1):
        r = first + i - 1
        while True:
            den = rng.randint(8, 16)
            num = den - rng.randint(0, 1)
            if abs((1000 * num / den) % 1 - 0.5) > 1e-6:
                break
        sums[0] += den
        sums[1] += num
        coll, ind = rng.randint(2, 6), rng.randint(1, 3)
        rows.append(Row(i, typed, unit, [den, num, Formula(f"=F{r}+G{r}", coll + ind), coll, ind,
                                         Pct(round(pct1(rng, 40, 65) / 100, 3)),
                                         "Đã điều chỉnh" if i in (3, 8) else None]))
    end = first + len(DH_COMMUNES) - 1
    rows.append(Row(None, "Toàn huyện", DONG_HAI, [Formula(f"=SUM(C{first}:C{end})", sums[0]),
                                                   Formula(f"=SUM(D{first}:D{end})", sums[1]), 108, 72, 36,
                                                   X("53,4%", 53.4)]))
    exp = Expect()
    row = lay(g, first, rows, specs, 2024, exp)
    sign(g, row + 1, 2, 7, ["Người lập biểu", "(Đã ký)", "Huỳnh Thị Mộng Tuyền"],
         ["TRƯỞNG BAN", "(Đã ký)", "Nguyễn Hoàng Nam"])
    path = save_xlsxwriter(out / "BaoCao_DongHai_2024_dieuchinh.xlsx", [g])
    return [exp.case("dong_hai_2024_dieuchinh_xlsxwriter", path, "wide", 2024, "Huyện Đông Hải",
                     "correction file '..._dieuchinh.xlsx' ('Bản điều chỉnh'): chi bộ counts as two columns, model "
                     "formulas with cached values, 'Long Điền' / 'Long Điền Đông' / 'Long Điền Đông A' / 'Long "
                     "Điền Tây', 'An Trạch' / 'An Trạch A'")]


# ---- 9. Two visible sheets giving the same figure ---------------------------------------------------------------


@register("vung_liem_2023_two_sheets_conflict")
def case_vung_liem_2023(out: Path) -> list[Case]:
    left = ["HUYỆN ỦY VŨNG LIÊM", "BAN TUYÊN GIÁO", "*"]
    right = [PARTY, "", "Vũng Liêm, ngày 19 tháng 12 năm 2023"]
    rng = random.Random(8592023)
    models = [(rng.randint(3, 7), rng.randint(1, 3)) for _ in VL_COMMUNES]
    clash = "Trung Hiệp"  # sheet 2 says one model more than sheet 1
    exp = Expect()
    # Sheet 1: registration, total models, commendations.
    rows1 = []
    for i, ((typed, unit), (c, n)) in enumerate(zip(VL_COMMUNES, models), 1):
        rows1.append(Row(i, typed, unit, [pct1(rng, 96, 100), c + n, rng.randint(0, 2), rng.randint(1, 4)],
                         {1: "conflict"} if typed == clash else {}))
    rows1.append(Row(None, "Toàn huyện", VUNG_LIEM, [98.5, 118, 22, 51]))
    s1 = simple_table("Bieu 1 - Tong hop", left, right,
                      ["BIỂU 1: TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2023"],
                      ["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tổng số mô hình", "Tập thể được khen thưởng",
                       "Cá nhân được khen thưởng"],
                      rows1, [("reg_party_members_pct", "value"), ("models_total", "value"),
                              ("commend_collective", "value"), ("commend_individual", "value")], 2023, exp)
    # Sheet 2: the models in detail, with the total again.
    rows2 = []
    for i, ((typed, unit), (c, n)) in enumerate(zip(VL_COMMUNES, models), 1):
        total = c + n + (typed == clash)
        rows2.append(Row(i, typed, unit, [total, c + (typed == clash), n, rng.randint(0, 2)],
                         {0: "conflict"} if typed == clash else {}))
    rows2.append(Row(None, "Toàn huyện", VUNG_LIEM, [118, 80, 38, 19]))
    s2 = simple_table("Bieu 2 - Mo hinh", left, right,
                      ["BIỂU 2: MÔ HÌNH HỌC TẬP VÀ LÀM THEO BÁC NĂM 2023"],
                      ["STT", "Đơn vị", "Tổng số mô hình", "Mô hình tập thể", "Mô hình cá nhân", "Mô hình mới"],
                      rows2, [("models_total", "value"), ("models_collective", "value"),
                              ("models_individual", "value"), ("models_new", "value")], 2023, exp,
                      (["Người lập biểu", "Trần Thị Thu Hà"], ["TRƯỞNG BAN", "Phạm Văn Tư"]))
    path = save_openpyxl(out / "VungLiem_HTLT_2023.xlsx", [s1, s2])
    return [exp.case("vung_liem_2023_two_sheets_conflict", path, "wide", 2023, "Huyện Vũng Liêm",
                     "two visible sheets both giving 'Tổng số mô hình' per commune: equal everywhere but Xã Trung "
                     "Hiệp (one more on the second: conflict at both cells, no fact); the equal ones and the totals "
                     "one fact each")]


@register("my_tu_2024_two_sheets_agree_xlsxwriter")
def case_my_tu_2024(out: Path) -> list[Case]:
    left = ["ĐẢNG BỘ TỈNH SÓC TRĂNG", "HUYỆN ỦY MỸ TÚ", "*"]
    right = [*STATE, "Mỹ Tú, ngày 17 tháng 12 năm 2024"]
    rng = random.Random(9442024)
    vals = [(pct1(rng, 96, 100), rng.randint(5, 10), rng.randint(0, 2)) for _ in MT_COMMUNES]
    exp = Expect()
    rows1 = [Row(i, typed, unit, [rate, m, rng.randint(2, 6)])
             for i, ((typed, unit), (rate, m, _)) in enumerate(zip(MT_COMMUNES, vals), 1)]
    rows1.append(Row(None, "Tổng cộng", MY_TU, [98.6, 71, 40]))
    s1 = simple_table("TH 2024", left, right, ["BIỂU TỔNG HỢP HỌC TẬP VÀ LÀM THEO BÁC NĂM 2024"],
                      ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Số mô hình", "Số tin, bài tuyên truyền"], rows1,
                      [("reg_party_members_pct", "value"), ("models_total", "value"), ("propaganda_articles", "value")],
                      2024, exp)
    # The second sheet repeats the rate (typed as text) and the models: the same values, one fact each.
    rows2 = [Row(i, typed, unit, [X(vn(rate), rate), m, new])
             for i, ((typed, unit), (rate, m, new)) in enumerate(zip(MT_COMMUNES, vals), 1)]
    rows2.append(Row(None, "Tổng cộng", MY_TU, [X("98,6", 98.6), 71, 11]))
    s2 = simple_table("MH 2024", left, right, ["CHI TIẾT MÔ HÌNH HỌC TẬP VÀ LÀM THEO BÁC NĂM 2024"],
                      ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình", "Mô hình mới"], rows2,
                      [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_new", "value")],
                      2024, exp, (["Người lập biểu", "Lâm Thị Sa Quên"], ["TRƯỞNG BAN", "Trần Quốc Khởi"]))
    path = save_xlsxwriter(out / "MyTu_HTLT_2024.xlsx", [s1, s2])
    return [exp.case("my_tu_2024_two_sheets_agree_xlsxwriter", path, "wide", 2024, "Huyện Mỹ Tú",
                     "two visible sheets repeating each commune's rate ('98,6' as text on one, a number on the other) "
                     "and model count with the same values: one fact each, no reject")]


# ---- 10. Files to be refused, and the same with --year -----------------------------------------------------------


@register("ke_sach_2023_six_months_refused_xls")
def case_ke_sach_six_months(out: Path) -> list[Case]:
    g = Grid("So ket 6 thang")
    exp = Expect()
    rows = [Row(i, t, u, [v, m, a]) for i, ((t, u), (v, m, a)) in enumerate(zip(KS_COMMUNES[:6], [
        (97.2, 5, 3), (98.0, 6, 2), (96.9, 4, 1), (97.5, 5, 2), (98.3, 6, 4), (97.0, 4, 1)]), 1)]
    rows.append(Row(None, "Toàn huyện", KE_SACH, [97.6, 61, 22]))
    g = simple_table("So ket 6 thang", ["HUYỆN ỦY KẾ SÁCH", "BAN TUYÊN GIÁO", "*"],
                     [PARTY, "", "Kế Sách, ngày 22 tháng 6 năm 2023"],
                     ["BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2023 THỰC HIỆN KẾT LUẬN SỐ 01-KL/TW CỦA BỘ CHÍNH TRỊ",
                      "(Số liệu từ ngày 01/01 đến ngày 15/6)"],
                     ["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tổng số mô hình", "Số tin, bài tuyên truyền"],
                     rows, [("reg_party_members_pct", "value"), ("models_total", "value"),
                            ("propaganda_articles", "value")], 2023, exp)
    path = save_xlwt(out / "KeSach_SoKet_2023.xls", [g])
    return [Case("ke_sach_2023_six_months_refused_xls", path, [], 2, [], [], None, 2023, "Huyện Kế Sách",
                 refusal="short_period",
                 about="legacy .xls 'BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2023': a half-year review, refused as "
                       "short_period")]


@register("vinh_chau_no_year_refused", "vinh_chau_no_year_with_year_option")
def case_vinh_chau_no_year(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 8
    row = heading(
        g,
        ["THỊ ỦY VĨNH CHÂU", "BAN TUYÊN GIÁO", "*"],
        [PARTY, "", "Vĩnh Châu, ngày 18 tháng 12 năm 2023"],
        ["BIỂU TỔNG HỢP SỐ LIỆU HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH",
         "(Kèm theo Báo cáo của Ban Thường vụ Thị ủy)"],
        last,
    )
    header_row(g, row, ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tỷ lệ đoàn viên, hội viên đăng ký (%)",
                        "Tổng số mô hình", "Mô hình tập thể", "Mô hình cá nhân", "Ghi chú"])
    numbering(g, row + 1, last)
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_union_members_pct", "value"),
                         ("models_total", "value"), ("models_collective", "value"), ("models_individual", "value"),
                         None]
    rng = random.Random(950000)
    rows = []
    for i, (typed, unit) in enumerate(VC_COMMUNES, 1):
        coll, ind = rng.randint(3, 7), rng.randint(1, 3)
        rows.append(Row(i, typed, unit, [pct1(rng, 96, 100), pct1(rng, 40, 62), coll + ind, coll, ind,
                                         "Đồng bào Khmer chiếm trên 50%" if i == 6 else None]))
    rows.append(Row(None, "Tổng cộng", VINH_CHAU, [98.4, X("trên 50%", 50, ">"), 79, 52, 27]))
    exp = Expect()
    row = lay(g, row + 2, rows, specs, 2023, exp)
    sign(g, row + 1, 2, 6, ["Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy;", "- Lưu VP."],
         ["T/M BAN THƯỜNG VỤ", "(Đã ký)", "Trần Văn Lâu"])
    path = save_openpyxl(out / "Bieu_so_lieu_HTLT.xlsx", [g])
    with_year = exp.case("vinh_chau_no_year_with_year_option", path, "wide", 2023, "Thị xã Vĩnh Châu",
                         "the same file with --year 2023: loaded as 2023 (a thị xã: 'Thị ủy', phường and xã)",
                         args=["--year", "2023"])
    return [
        Case("vinh_chau_no_year_refused", path, [], 2, [], [], None, None, "Thị xã Vĩnh Châu", refusal="no_year",
             about="'THỊ ỦY VĨNH CHÂU', template name 'Bieu_so_lieu_HTLT.xlsx', sheet 'Sheet1', title without a "
                   "year; the only year is in the date line: refused as no_year"),
        with_year,
    ]


# ---- 11. A long table over two years; a models register with the appraisal of 2024 -----------------------------

LONG_HEADER = ["Năm", "Tỉnh", "Huyện", "Xã", "Chỉ tiêu", "Giá trị", "Tử số", "Mẫu số"]


@register("cho_lach_2022_2023_long_csv")
def case_cho_lach_long(out: Path) -> list[Case]:
    g = Grid()
    header_row(g, 1, LONG_HEADER)
    bt, cl = "Bến Tre", "Chợ Lách"
    # (year, commune as typed, indicator as typed, value, numerator, denominator, unit, metric)
    rows: list[tuple[Any, ...]] = [
        (2022, None, "Số kế hoạch, hướng dẫn ban hành", 7, None, None, CHO_LACH, "plans_issued"),
        (2022, None, "Tỷ lệ đảng viên đăng ký", None, 3012, 3061, CHO_LACH, "reg_party_members_pct"),
        (2022, None, "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký", X("85,5", 85.5), None, None, CHO_LACH,
         "reg_civil_servants_pct"),
        (2022, None, "Tổng số mô hình", 84, None, None, CHO_LACH, "models_total"),
        (2022, "TT Chợ Lách", "Tổng số mô hình", 11, None, None, tt("Chợ Lách"), "models_total"),
        (2022, "Vĩnh Thành", "Mô hình mới", 2, None, None, xa("Vĩnh Thành"), "models_new"),
        (2022, "Hoà Nghĩa", "Tỷ lệ đảng viên đăng ký", X("98,1", 98.1), 258, 263, xa("Hòa Nghĩa"),
         "reg_party_members_pct"),
        (2023, None, "Tập thể được khen thưởng", 19, None, None, CHO_LACH, "commend_collective"),
        (2023, None, "Cá nhân được khen thưởng", 47, None, None, CHO_LACH, "commend_individual"),
        (2023, None, "Tập thể đề nghị cấp trên khen thưởng", 2, None, None, CHO_LACH, "commend_proposed_collective"),
        (2023, None, "Cá nhân đề nghị cấp trên khen thưởng", 3, None, None, CHO_LACH, "commend_proposed_individual"),
        (2023, None, "Tỷ lệ xã, thị trấn nhân rộng mô hình", X("11/11", 100, None, 11, 11), None, None, CHO_LACH,
         "model_replication_pct"),
        (2023, "Phú Phụng", "Số tin, bài tuyên truyền", 9, None, None, xa("Phú Phụng"), "propaganda_articles"),
        (2023, "Sơn Định", "Tỷ lệ đoàn viên, hội viên đăng ký", X("trên 50%", 50, ">"), None, None, xa("Sơn Định"),
         "reg_union_members_pct"),
        (2023, "Hưng Khánh Trung B", "Mô hình tập thể", 4, None, None, xa("Hưng Khánh Trung B"),
         "models_collective"),
        (2023, "Hưng Khánh Trung B", "Mô hình cá nhân", 2, None, None, xa("Hưng Khánh Trung B"),
         "models_individual"),
        (2023, None, "Bản tin, bài viết phát trên đài truyền thanh", 64, None, None, CHO_LACH,
         "propaganda_broadcasts"),
        (2023, None, "Tin, bài đăng, chia sẻ trên mạng xã hội", X("trên 150", 150, ">"), None, None, CHO_LACH,
         "propaganda_social_posts"),
        (2023, "xã Tân Thiềng", "Tỷ lệ chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", None, 9, 9,
         xa("Tân Thiềng"), "party_cells_plans_pct"),
    ]
    exp = Expect()
    for r, (year, com, label, value, num, den, unit, metric) in enumerate(rows, 2):
        for c, v in enumerate([year, bt, cl, com, label, value, num, den], 1):
            g.put(r, c, v)
        exp.unit(unit, year, [(r, 6, value, (metric, "value"), None), (r, 7, num, (metric, "num"), None),
                              (r, 8, den, (metric, "den"), None)])
    path = save_csv(out / "DuLieu_ChoLach_2022_2023.csv", g)
    return [exp.case("cho_lach_2022_2023_long_csv", path, "long", None, "Huyện Chợ Lách",
                     "long CSV (';', decimal comma, BOM): Năm, Tỉnh, Huyện, Xã, Chỉ tiêu, Giá trị, Tử số, Mẫu số over "
                     "2022 and 2023; district rows with Xã blank; ratios from Tử số/Mẫu số, '11/11', 'trên 150'")]


@register("thanh_phu_2024_models_register_appraisal")
def case_thanh_phu_models(out: Path) -> list[Case]:
    g = Grid("DS mo hinh 2024")
    labels = ["STT", "Tên mô hình", "Đơn vị thực hiện", "Tập thể/Cá nhân", "Lĩnh vực", "Học tập Bác", "Làm theo Bác",
              "Nêu gương", "Cá nhân điển hình", "Bước thực hiện", "Mô hình mới", "Mô hình điểm"]
    last = len(labels)
    row = heading(
        g,
        ["HUYỆN ỦY THẠNH PHÚ", "BAN TUYÊN GIÁO", "*"],
        [PARTY, "", "Thạnh Phú, ngày 20 tháng 12 năm 2024"],
        ["DANH SÁCH MÔ HÌNH HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH ĐĂNG KÝ VÀ THẨM ĐỊNH "
         "NĂM 2024"],
        last,
    )
    header_row(g, row, labels)
    # name, host, kind, field, three contents, exemplary individual, step, new, pilot; the commune the host names
    typed: list[tuple[Any, ...]] = [
        ("Tổ hùn vốn xoay vòng giúp hội viên phụ nữ nghèo", "Hội LHPN xã An Thạnh", "Tập thể", "Kinh tế",
         "x", "x", "x", "Bà Nguyễn Thị Bé Tư", "Đã thẩm định", "x", None, "Xã An Thạnh"),
        ("Ngày Chủ nhật xanh ven biển", "Đoàn Thanh niên xã Thạnh Hải", "Tập thể", "Môi trường",
         "x", "x", "x", "Anh Lê Minh Trí", "Đang triển khai", "x", None, "Xã Thạnh Hải"),
        ("Nuôi tôm sinh thái dưới tán rừng", "Ông Trần Văn Út, ấp Thạnh Hòa, xã Thạnh Phong", "Cá nhân", "Kinh tế",
         "Có", "Có", "Có", "Ông Trần Văn Út", "Đã sơ kết", None, None, "Xã Thạnh Phong"),
        ("Một cửa thân thiện, vì nhân dân phục vụ", "Đảng ủy thị trấn Thạnh Phú", "Tập thể", "Cải cách hành chính",
         "x", "x", "x", "Bà Phạm Thị Mai, công chức một cửa", "Đã thẩm định", "x", "x", "Thị trấn Thạnh Phú"),
        ("Mỗi đảng viên giúp đỡ một hộ nghèo", "Chi bộ ấp An Định, xã An Điền", "Tập thể", "An sinh xã hội",
         "x", "x", None, "Ông Huỳnh Văn Bảy", "Đăng ký", "x", None, "Xã An Điền"),
        ("Khám chữa bệnh tận tình, chu đáo", "Trung tâm Y tế huyện Thạnh Phú", "Tập thể", "Y tế",
         "x", "x", "x", "Bác sĩ Lê Thị Hồng", "Đang triển khai", None, None, None),
        ("Tiếng kẻng an ninh", "Công an huyện", "Tập thể", "An ninh trật tự",
         "x", "x", "x", "Thượng úy Nguyễn Văn Hậu", "Đã sơ kết", None, "x", None),
        ("Vườn dừa hữu cơ liên kết tiêu thụ", "Hội Nông dân xã Mỹ An", "Tập thể", "Kinh tế",
         "x", "x", "x", "Ông Võ Văn Hai", "Đã thẩm định", "x", None, "Xã Mỹ An"),
        ("Gương sáng hiến đất làm đường", "Bà Lê Thị Sáu, xã Giao Thạnh", "Cá nhân", "Văn hóa - xã hội",
         "Có", "Có", "Có", "Bà Lê Thị Sáu", "Đã sơ kết", None, None, "Xã Giao Thạnh"),
    ]
    first = row + 1
    items = []
    for i, (name, host, kind, fld, h1, h2, h3, person, step, new, pilot, com) in enumerate(typed):
        for c, v in enumerate([i + 1, name, host, kind, fld, h1, h2, h3, person, step, new, pilot], 1):
            g.put(first + i, c, v)
        items.append({"name": name, "host": host, "kind": "collective" if kind == "Tập thể" else "individual",
                      "year": 2024, "is_new": new == "x", "is_pilot": pilot == "x", "district": "Huyện Thạnh Phú",
                      "commune": com, "source_row": first + i})
    sign(g, first + len(typed) + 1, 2, 8, ["Người lập danh sách", "(Đã ký)", "Phan Thị Kim Yến"],
         ["TRƯỞNG BAN", "(Đã ký)", "Võ Văn Rớt"])
    path = save_openpyxl(out / "DanhSach_MoHinh_ThanhPhu_2024.xlsx", [g])
    return [Case("thanh_phu_2024_models_register_appraisal", path, [], 0, [], [], "models", 2024, "Huyện Thạnh Phú",
                 items=items, items_view="models",
                 about="models register with the appraisal columns (Học tập Bác | Làm theo Bác | Nêu gương, the "
                       "exemplary individual, the step); hosts naming a commune ('Đảng ủy thị trấn Thạnh Phú', 'Chi "
                       "bộ ấp An Định, xã An Điền') or the district ('Trung tâm Y tế huyện Thạnh Phú')")]


# ---- More rejects, in a thị xã's Unicode-text file ------------------------------------------------------------


@register("nga_nam_2023_bad_cells_unicode_txt")
def case_nga_nam_2023(out: Path) -> list[Case]:
    g = Grid()
    last = 10
    row = heading(
        g,
        ["THỊ ỦY NGÃ NĂM", "BAN TUYÊN GIÁO"],
        [PARTY, "Ngã Năm, ngày 14 tháng 12 năm 2023"],
        ["SỐ LIỆU HỌC TẬP VÀ LÀM THEO BÁC NĂM 2023"],
        last,
    )
    hr = row
    header_row(g, hr, ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tổng số chi bộ",
                       "Số chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Số mô hình", "Mô hình mới",
                       "Tập thể được khen thưởng", "Số buổi sinh hoạt chuyên đề", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("party_cells_plans_pct", "den"),
                         ("party_cells_plans_pct", "num"), ("models_total", "value"), ("models_new", "value"),
                         ("commend_collective", "value"), None, None]
    rows = [
        Row(1, "Phường 1", phuong("1"), [98.5, 9, 9, 8, 2, 1, 12]),
        Row(2, "Phường 2", phuong("2"), [X("102,5", 102.5), 8, 7, 6, 1, 1, 10, "Gõ nhầm"], {0: "pct_out_of_range"}),
        # The total of chi bộ is missing and no rate is typed: incomplete_ratio at the count.
        Row(3, "Phường 3", phuong("3"), [97.9, None, 7, 5, 1, 0, 9], {2: "incomplete_ratio"}),
        Row(4, "Xã Vĩnh Quới", xa("Vĩnh Quới"), [98.1, 11, 10, X("5,5", 5.5), 1, 1, 8], {3: "fractional_count"}),
        Row(5, "Xã Tân Long", xa("Tân Long"), [96.7, 10, 10, 6, X("3/4", 75, None, 3, 4), 2, 7],
            {4: "fraction_for_count"}),
        Row(6, "Xã Long Bình", xa("Long Bình"), [97.2, 8, 8, 6, 1, X("20%", 20), 6], {5: "percent_for_count"}),
        Row(7, "Xã Mỹ Bình", xa("Mỹ Bình"), [97.6, 9, 9, -1, 0, 1, 8], {3: "negative_count"}),
        Row(8, "Xã Mỹ Quới", xa("Mỹ Quới"), [98.8, 12, 11, 7, 2, 2, 11]),
        Row(9, "Xã Long Bình Tây", "unknown_unit", [97.0, 7, 7, 4, 1, 1, 5]),
        Row(None, "Tổng cộng", NGA_NAM, [98.0, 81, 78, 52, 9, 9, 80]),
    ]
    exp = Expect()
    exp.reject(hr, 9, "unmapped_column")  # meetings held: no metric of the campaign
    row = lay(g, hr + 1, rows, specs, 2023, exp)
    sign(g, row + 1, 2, 7, ["Người lập biểu", "Sơn Thị Sa Ri"], ["TRƯỞNG BAN", "Lý Hoàng Nam"])
    path = save_unicode_text(out / "NgaNam_SoLieu_2023.txt", g)
    return [exp.case("nga_nam_2023_bad_cells_unicode_txt", path, "wide", 2023, "Thị xã Ngã Năm",
                     "Excel 'Unicode Text' of a thị xã (Phường 1/2/3): '102,5' (pct_out_of_range), a count without "
                     "its total (incomplete_ratio), '5,5' models, '3/4' and '20%' in count columns, -1, an unknown "
                     "commune, a meetings column (unmapped_column)")]


# ---- More variants: a district's own vertical report over two years, a transposed table with its total last, a
# city's report with a duplicated column, a report dated in January with no year in its title -------------------

THANH_TRI = district("Huyện Thạnh Trị")  # Tỉnh Sóc Trăng, 949
CU_LAO_DUNG = district("Huyện Cù Lao Dung")  # Tỉnh Sóc Trăng, 945
BAC_LIEU_CITY = district("Thành phố Bạc Liêu")  # Tỉnh Bạc Liêu, 954
TRAN_DE = district("Huyện Trần Đề")  # Tỉnh Sóc Trăng, 951


@register("thanh_tri_2023_2024_district_vertical_year_columns")
def case_thanh_tri_vertical(out: Path) -> list[Case]:
    g = Grid("Bieu 01")
    last = 6
    row = heading(
        g,
        ["HUYỆN ỦY THẠNH TRỊ", "BAN TUYÊN GIÁO", "*"],
        [PARTY, "", "Thạnh Trị, ngày 20 tháng 12 năm 2024"],
        ["MỘT SỐ CHỈ TIÊU HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2023 VÀ NĂM 2024"],
        last,
    )
    header_row(g, row, ["STT", "Nội dung", "ĐVT", "Năm 2023", "Năm 2024", "Ghi chú"])
    numbering(g, row + 1, last)
    two = lambda metric, role="value": [(metric, role, 2023), (metric, role, 2024)]  # noqa: E731
    lines = [
        Line("I", "ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO"),
        Line(1, "Tổng số đảng viên", "Đảng viên", [3415, 3472], two("reg_party_members_pct", "den")),
        Line(2, "Số đảng viên đăng ký học tập và làm theo", "Đảng viên", [3368, 3430],
             two("reg_party_members_pct", "num")),
        Line(3, "Tỷ lệ đảng viên đăng ký", "%", [X("98,6%", 98.6), X("98,8%", 98.8)], two("reg_party_members_pct")),
        Line(4, "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký", "%", [86.5, X("trên 88%", 88, ">")],
             two("reg_civil_servants_pct")),
        Line(5, "Tỷ lệ đoàn viên, hội viên đăng ký", "%", [Pct(0.523), Pct(0.548)], two("reg_union_members_pct")),
        Line("II", "MÔ HÌNH HỌC TẬP VÀ LÀM THEO BÁC"),
        Line(6, "Số mô hình học tập và làm theo Bác", "Mô hình", [104, 112], two("models_total")),
        Line(None, "- Mô hình tập thể", "Mô hình", [70, 75], two("models_collective")),
        Line(None, "- Mô hình cá nhân", "Mô hình", [34, 37], two("models_individual")),
        Line(7, "Mô hình điểm cấp huyện", "Mô hình", [2, 3], two("models_pilot")),
        Line(8, "Tỷ lệ xã, thị trấn nhân rộng mô hình", "%", [X("8/10", 80, None, 8, 10), X("10/10", 100, None, 10, 10)],
             two("model_replication_pct")),
        Line("III", "KHEN THƯỞNG"),
        Line(9, "Tập thể được Huyện ủy khen thưởng", "Tập thể", [18, 21], two("commend_collective")),
        Line(10, "Cá nhân được Huyện ủy khen thưởng", "Cá nhân", [40, 46], two("commend_individual")),
        Line(11, "Tập thể đề nghị Tỉnh ủy khen thưởng", "Tập thể", [1, 2], two("commend_proposed_collective")),
        Line(12, "Cá nhân đề nghị Tỉnh ủy khen thưởng", "Cá nhân", [2, "-"], two("commend_proposed_individual"),
             note="Năm 2024 chưa xét đề nghị"),
    ]
    exp = Expect()
    row = lay_vertical(g, row + 2, lines, THANH_TRI, None, exp)  # the years are in the columns' specs
    sign(g, row + 1, 2, 5, ["Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy;", "- Lưu VP."],
         ["TRƯỞNG BAN", "(Đã ký)", "Lâm Thị Ngọc Điệp"])
    path = save_openpyxl(out / "ThanhTri_ChiTieu_2023_2024.xlsx", [g])
    return [exp.case("thanh_tri_2023_2024_district_vertical_year_columns", path, "vertical", None, "Huyện Thạnh Trị",
                     "the district's own vertical report (issued by 'HUYỆN ỦY THẠNH TRỊ') with 'Năm 2023' | 'Năm "
                     "2024' columns: total, count and typed rate on three rows, '8/10', percent-formatted rates, "
                     "'- Mô hình tập thể' rows, a '-' cell")]


@register("cu_lao_dung_2024_transposed_total_last_xls")
def case_cu_lao_dung_2024(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    communes: list[tuple[str, Unit]] = [
        ("TT Cù Lao Dung", tt("Cù Lao Dung")), ("An Thạnh 1", xa("An Thạnh 1")), ("An Thạnh Tây", xa("An Thạnh Tây")),
        ("An Thạnh Đông", xa("An Thạnh Đông")), ("Đại Ân 1", xa("Đại Ân 1")), ("An Thạnh 2", xa("An Thạnh 2")),
        ("An Thạnh 3", xa("An Thạnh 3")), ("An Thạnh Nam", xa("An Thạnh Nam")),
    ]
    n = len(communes)
    last = 3 + n + 1
    row = heading(
        g,
        ["HUYỆN ỦY CÙ LAO DUNG", "BAN TUYÊN GIÁO"],
        [PARTY, "Cù Lao Dung, ngày 13 tháng 12 năm 2024"],
        ["BIỂU SỐ LIỆU HỌC TẬP VÀ LÀM THEO BÁC NĂM 2024"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Chỉ tiêu")
    g.merge(row, 3, row + 1, 3, "ĐVT")
    g.merge(row, 4, row, 3 + n, "Xã, thị trấn")
    for j, (typed, _) in enumerate(communes):
        g.put(row + 1, 4 + j, typed)
    g.merge(row, last, row + 1, last, "Cộng")
    names_row = row + 1
    units: list[Unit | str] = [*[u for _, u in communes], CU_LAO_DUNG]
    rng = random.Random(9452024)
    frac = lambda a, b: X(f"{a}/{b}", 100 * a / b, None, a, b)  # noqa: E731
    cells = [frac(9, 9), frac(7, 8), "13/12", frac(6, 6), "0/0", frac(8, 8), frac(10, 11), frac(7, 7), frac(61, 64)]
    lines = [
        Line(1, "Số kế hoạch, hướng dẫn ban hành", "Văn bản", [rng.randint(2, 4) for _ in range(n)] + [7],
             ("plans_issued", "value")),
        Line(2, "Tỷ lệ chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Chi bộ", cells,
             ("party_cells_plans_pct", "value"), bad={2: "numerator_above_denominator", 4: "zero_denominator"}),
        Line(3, "Tỷ lệ đảng viên đăng ký (%)", "%", [pct1(rng, 96, 100) for _ in range(n)] + [98.3],
             ("reg_party_members_pct", "value")),
        Line(4, "Tổng số mô hình", "Mô hình", [rng.randint(5, 11) for _ in range(n)] + [66], ("models_total", "value")),
        Line(5, "Mô hình mới", "Mô hình", [rng.randint(0, 2) for _ in range(n)] + [9], ("models_new", "value")),
        Line(6, "Số bản tin, bài viết phát trên hệ thống truyền thanh", "Bản tin, bài",
             [rng.randint(8, 20) for _ in range(n)] + [140], ("propaganda_broadcasts", "value")),
    ]
    exp = Expect()
    row = lay_transposed(g, row + 2, lines, units, names_row, 2024, exp, first_col=4)
    sign(g, row + 1, 2, 8, ["Người lập biểu", "Trần Thị Thảo"], ["TRƯỞNG BAN", "Huỳnh Văn Phong"])
    path = save_xlwt(out / "CuLaoDung_2024.xls", [g])
    return [exp.case("cu_lao_dung_2024_transposed_total_last_xls", path, "transposed", 2024, "Huyện Cù Lao Dung",
                     "legacy .xls transposed with the communes under 'Xã, thị trấn' first and the district's 'Cộng' "
                     "last; 'An Thạnh 1/2/3', 'Đại Ân 1'; chi bộ rates as 'x/y' with '13/12' and '0/0'")]


@register("bac_lieu_city_2022_duplicate_column_xlsxwriter")
def case_bac_lieu_city_2022(out: Path) -> list[Case]:
    g = Grid("TP 2022")
    last = 10
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH BẠC LIÊU", "THÀNH ỦY BẠC LIÊU", "*"],
        [PARTY, "", "Bạc Liêu, ngày 21 tháng 12 năm 2022"],
        ["BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2022"],
        last,
    )
    hr = row
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, ["Tỷ lệ ĐV đăng ký (%)", ("Mô hình", ["Tổng số", "Tập thể", "Cá nhân", "Mô hình mới"]),
                          "Tin, bài tuyên truyền", "Số mô hình mới", "Ghi chú"])
    # "Mô hình > Mô hình mới" (G) and "Số mô hình mới" (I) both name models_new: duplicate_column at both header
    # cells, nothing loaded from either.
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_collective", "value"),
                         ("models_individual", "value"), None, ("propaganda_articles", "value"), None, None]
    units: list[tuple[str, Unit]] = [
        ("Phường 1", phuong("1")), ("Phường 2", phuong("2")), ("Phường 3", phuong("3")), ("Phường 5", phuong("5")),
        ("Phường 7", phuong("7")), ("Phường 8", phuong("8")), ("Phường Nhà Mát", phuong("Nhà Mát")),
        ("Xã Vĩnh Trạch", xa("Vĩnh Trạch")), ("Xã Vĩnh Trạch Đông", xa("Vĩnh Trạch Đông")),
        ("Xã Hiệp Thành", xa("Hiệp Thành")),
    ]
    rng = random.Random(9542022)
    rows = []
    for i, (typed, unit) in enumerate(units, 1):
        coll, ind, new = rng.randint(2, 6), rng.randint(1, 3), rng.randint(0, 2)
        # "khoảng 20": about 20, kept with its qualifier (#22: a bound or an approximation is a figure of its own kind)
        arts = X("khoảng 20", 20, "~") if i == 4 else rng.randint(3, 12)
        rows.append(Row(i, typed, unit, [pct1(rng, 96, 100), coll + ind, coll, ind, new, arts, new]))
    rows.append(Row(None, "Tổng cộng", BAC_LIEU_CITY, [98.7, 71, 46, 25, 12, 96, 12]))
    exp = Expect()
    exp.reject(hr + 1, 7, "duplicate_column")
    exp.reject(hr, 9, "duplicate_column")
    row = lay(g, row + 2, rows, specs, 2022, exp)
    sign(g, row + 1, 2, 7, ["Người lập biểu", "Ngô Thị Cẩm Tú"], ["TRƯỞNG BAN", "Đặng Văn Thành"])
    path = save_xlsxwriter(out / "TPBacLieu_HTLT_2022.xlsx", [g])
    return [exp.case("bac_lieu_city_2022_duplicate_column_xlsxwriter", path, "wide", 2022, "Thành phố Bạc Liêu",
                     "a provincial city's report ('THÀNH ỦY BẠC LIÊU', Phường 1..8 and xã): 'Mô hình > Mô hình mới' "
                     "and 'Số mô hình mới' both (duplicate_column at both headers), 'khoảng 20' (about 20: '~')")]


@register("tran_de_dated_january_no_year_refused", "tran_de_dated_january_with_year_option")
def case_tran_de_january(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 7
    row = heading(
        g,
        ["HUYỆN ỦY TRẦN ĐỀ", "BAN TUYÊN GIÁO", "*"],
        [PARTY, "", "Trần Đề, ngày 08 tháng 01 năm 2024"],
        ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 01-KL/TW VỀ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, "
         "PHONG CÁCH HỒ CHÍ MINH"],
        last,
    )
    header_row(g, row, ["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Số kế hoạch, hướng dẫn", "Tổng số mô hình",
                        "Tập thể được khen thưởng", "Cá nhân được khen thưởng"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                         ("commend_collective", "value"), ("commend_individual", "value")]
    units: list[tuple[str, Unit]] = [
        ("TT Trần Đề", tt("Trần Đề")), ("TT Lịch Hội Thượng", tt("Lịch Hội Thượng")),
        ("Xã Lịch Hội Thượng", xa("Lịch Hội Thượng")), ("Xã Đại Ân 2", xa("Đại Ân 2")), ("Xã Liêu Tú", xa("Liêu Tú")),
        ("Xã Trung Bình", xa("Trung Bình")), ("Xã Tài Văn", xa("Tài Văn")), ("Xã Viên An", xa("Viên An")),
        ("Xã Thạnh Thới An", xa("Thạnh Thới An")), ("Xã Thạnh Thới Thuận", xa("Thạnh Thới Thuận")),
        ("Xã Viên Bình", xa("Viên Bình")),
    ]
    rng = random.Random(951023)
    rows = [Row(i, t, u, [pct1(rng, 96, 100), rng.randint(2, 5), rng.randint(5, 11), rng.randint(0, 2),
                          rng.randint(1, 4)]) for i, (t, u) in enumerate(units, 1)]
    rows.append(Row(None, "Tổng cộng", TRAN_DE, [97.9, 10, 92, 17, 40]))
    exp = Expect()
    row = lay(g, row + 1, rows, specs, 2023, exp)
    sign(g, row + 1, 2, 5, ["Người lập biểu", "Kim Thị Sa Ly"], ["TRƯỞNG BAN", "Lâm Minh Tấn"])
    path = save_ods(out / "Bieu_mau_02.ods", [g])
    with_year = exp.case("tran_de_dated_january_with_year_option", path, "wide", 2023, "Huyện Trần Đề",
                         "the same file with --year 2023 (the report of 2023, dated in January 2024): loaded as 2023; "
                         "Thị trấn and Xã Lịch Hội Thượng told apart", args=["--year", "2023"])
    return [
        Case("tran_de_dated_january_no_year_refused", path, [], 2, [], [], None, None, "Huyện Trần Đề",
             refusal="no_year",
             about=".ods 'Bieu_mau_02.ods', title without a year, dated 'ngày 08 tháng 01 năm 2024' (a report dated "
                   "in January may be last year's): refused as no_year"),
        with_year,
    ]


AN_GIANG_BODIES = [
    ("Thành ủy Long Xuyên", "Thành phố Long Xuyên"), ("Thành ủy Châu Đốc", "Thành phố Châu Đốc"),
    ("Thị ủy Tân Châu", "Thị xã Tân Châu"), ("Thị ủy Tịnh Biên", "Thị xã Tịnh Biên"),  # a thị xã since 2022
    ("Huyện ủy An Phú", "Huyện An Phú"), ("Huyện ủy Phú Tân", "Huyện Phú Tân"), ("Huyện ủy Châu Phú", "Huyện Châu Phú"),
    ("Huyện ủy Tri Tôn", "Huyện Tri Tôn"), ("Huyện ủy Châu Thành", "Huyện Châu Thành"),
    ("Huyện ủy Chợ Mới", "Huyện Chợ Mới"), ("Huyện ủy Thoại Sơn", "Huyện Thoại Sơn"),
]


@register("an_giang_2023_province_summary_unicode_txt")
def case_an_giang_2023(out: Path) -> list[Case]:
    g = Grid()
    last = 9
    row = heading(
        g,
        ["TỈNH ỦY AN GIANG", "BAN TUYÊN GIÁO", "*"],
        [PARTY, "", "Long Xuyên, ngày 28 tháng 12 năm 2023"],
        ["THỐNG KÊ KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2023"],
        last,
    )
    header_row(g, row, ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Số kế hoạch, hướng dẫn", "Tổng số mô hình",
                        "Mô hình điểm", "Tập thể được khen thưởng", "Cá nhân được khen thưởng", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                         ("models_pilot", "value"), ("commend_collective", "value"), ("commend_individual", "value"),
                         None]
    rng = random.Random(892023)
    rows = []
    for i, (typed, official) in enumerate(AN_GIANG_BODIES, 1):
        rate = pct1(rng, 97, 100)
        rows.append(Row(i, typed, district(official), [X(vn(rate), rate), rng.randint(6, 14), rng.randint(90, 200),
                                                       rng.randint(1, 4), rng.randint(10, 30), rng.randint(30, 80),
                                                       "Thị xã từ năm 2022" if typed == "Thị ủy Tịnh Biên" else None]))
    rows += [
        Row(12, "Đảng ủy Khối các cơ quan tỉnh", other("Đảng ủy Khối các cơ quan tỉnh"), [X("99,6", 99.6), 5, 52, 1,
                                                                                          6, 15]),
        Row(13, "Đảng ủy Khối Doanh nghiệp tỉnh", other("Đảng ủy Khối Doanh nghiệp tỉnh"), [X("99,1", 99.1), 3, 21, 0,
                                                                                            2, 6]),
        Row(14, "Đảng ủy Công an tỉnh", other("Đảng ủy Công an tỉnh"), [100, 4, 18, 1, 3, 8]),
        Row(None, "Toàn tỉnh", province("Tỉnh An Giang"), [X("trên 98%", 98, ">"), 28, 1850, 33, 240, 690]),
    ]
    exp = Expect()
    row = lay(g, row + 1, rows, specs, 2023, exp)
    sign(g, row + 1, 2, 6, ["Người tổng hợp", "Châu Thị Mỹ Hạnh"], ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"])
    path = save_unicode_text(out / "AnGiang_ThongKe_2023.txt", g)
    return [exp.case("an_giang_2023_province_summary_unicode_txt", path, "summary", 2023, None,
                     "'Unicode Text' province summary of An Giang: 'Thị ủy Tịnh Biên' (a thị xã since 2022), 'Thành ủy "
                     "Châu Đốc', 'Huyện ủy Phú Tân' and 'Huyện ủy Châu Thành' (names other provinces share) under "
                     "'TỈNH ỦY AN GIANG'; rates typed as text")]


@register("phu_quoc_2025_special_zone_vertical_csv")
def case_phu_quoc_2025(out: Path) -> list[Case]:
    g = Grid()
    last = 6
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH AN GIANG", "ĐẢNG ỦY ĐẶC KHU PHÚ QUỐC", "*"],
        [PARTY, "", "Phú Quốc, ngày 17 tháng 12 năm 2025"],
        ["BÁO CÁO KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2025"],
        last,
    )
    header_row(g, row, ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Tỷ lệ (%)", "Ghi chú"])
    lines = [
        Line(1, "Số kế hoạch, hướng dẫn", "Văn bản", [6], QTY("plans_issued")),
        Line(2, "Tổng số đảng viên", "Đảng viên", [X("4.318", 4318)], DEN("reg_party_members_pct")),
        Line(3, "Số đảng viên đăng ký học tập và làm theo", "Đảng viên", [X("4.266", 4266), X("98,8", 98.8)],
             RATE("reg_party_members_pct")),
        Line(4, "Tỷ lệ đoàn viên, hội viên đăng ký", "%", [None, X("61,2%", 61.2)], ONLY_RATE("reg_union_members_pct")),
        Line(5, "Tổng số mô hình", "Mô hình", [38], QTY("models_total")),
        Line(None, "Trong đó:"),
        Line(None, "- Tập thể", "Mô hình", [27], QTY("models_collective")),
        Line(None, "- Cá nhân", "Mô hình", [11], QTY("models_individual")),
        Line(6, "Số tin, bài đăng, chia sẻ trên mạng xã hội", "Tin, bài", [X("hơn 400", 400, ">")],
             QTY("propaganda_social_posts")),
        Line(7, "Bản tin, bài viết phát trên hệ thống truyền thanh", "Tin, bài", [96], QTY("propaganda_broadcasts")),
        Line(8, "Tập thể được khen thưởng", "Tập thể", [12], QTY("commend_collective")),
        Line(9, "Cá nhân được khen thưởng", "Cá nhân", [30], QTY("commend_individual")),
    ]
    exp = Expect()
    row = lay_vertical(g, row + 1, lines, commune("Đặc khu Phú Quốc"), 2025, exp)
    sign(g, row + 1, 2, 5, ["Nơi nhận:", "- Như trên;", "- Lưu VP."], ["T/M ĐẢNG ỦY", "BÍ THƯ", "(Đã ký)"])
    path = save_csv(out / "PhuQuoc_BaoCao_2025.csv", g)
    return [exp.case("phu_quoc_2025_special_zone_vertical_csv", path, "vertical", 2025, "Tỉnh An Giang",
                     "2025 vertical CSV of a special zone ('ĐẢNG ỦY ĐẶC KHU PHÚ QUỐC' under 'ĐẢNG BỘ TỈNH AN GIANG': "
                     "new map, commune level), '4.318', '98,8', '61,2%', bare '- Tập thể' under 'Trong đó:', 'hơn "
                     "400'")]


@register("lich_hoi_thuong_town_2022_vertical_csv_cp1258")
def case_lich_hoi_thuong_2022(out: Path) -> list[Case]:
    g = Grid()
    last = 6
    row = heading(
        g,
        ["ĐẢNG BỘ HUYỆN TRẦN ĐỀ", "ĐẢNG ỦY THỊ TRẤN LỊCH HỘI THƯỢNG", "*"],
        [PARTY, "", "Lịch Hội Thượng, ngày 05 tháng 12 năm 2022"],
        ["BÁO CÁO KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2022"],
        last,
    )
    header_row(g, row, ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Tỷ lệ (%)", "Ghi chú"])
    lines = [
        Line(1, "Tổng số đảng viên", "Đảng viên", [412], DEN("reg_party_members_pct")),
        Line(2, "Số đảng viên đăng ký học tập và làm theo", "Đảng viên", [405, X("98,3", 98.3)],
             RATE("reg_party_members_pct")),
        Line(3, "Tổng số chi bộ trực thuộc", "Chi bộ", [15], DEN("party_cells_plans_pct")),
        Line(4, "Số chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Chi bộ", [15],
             RATE("party_cells_plans_pct")),
        Line(5, "Số mô hình", "Mô hình", [X("9 mô hình", 9)], QTY("models_total")),
        Line(6, "Mô hình mới", "Mô hình", [X("2 MH", 2)], QTY("models_new")),
        Line(7, "Tập thể được Đảng ủy khen thưởng", "Tập thể", [3], QTY("commend_collective")),
        Line(8, "Cá nhân được Đảng ủy khen thưởng", "Cá nhân", [7], QTY("commend_individual")),
        Line(9, "Tập thể đề nghị cấp trên khen thưởng", "Tập thể", [0], QTY("commend_proposed_collective")),
        Line(10, "Cá nhân đề nghị cấp trên khen thưởng", "Cá nhân", [1], QTY("commend_proposed_individual"),
             note="Đề nghị Huyện ủy tặng Giấy khen"),
        Line(11, "Số tin, bài tuyên truyền", "Tin, bài", [14], QTY("propaganda_articles")),
    ]
    exp = Expect()
    row = lay_vertical(g, row + 1, lines, tt("Lịch Hội Thượng"), 2022, exp)
    sign(g, row + 1, 2, 5, ["Nơi nhận:", "- Ban Tuyên giáo Huyện ủy;", "- Lưu VP."],
         ["T/M ĐẢNG ỦY", "BÍ THƯ", "Thạch Sô Phal"])
    path = out / "LichHoiThuong_2022.csv"
    path.write_bytes(encode_cp1258(csv_text(g, sep=";", decimal=",")))
    return [exp.case("lich_hoi_thuong_town_2022_vertical_csv_cp1258", path, "vertical", 2022, "Huyện Trần Đề",
                     "Windows-1258 CSV vertical report of 'ĐẢNG ỦY THỊ TRẤN LỊCH HỘI THƯỢNG' (the town, not the Xã "
                     "Lịch Hội Thượng of the same district), chi bộ rate from two rows, '9 mô hình', '2 MH', 0")]


CT_COMMUNES: list[tuple[str, Unit]] = [
    ("TT Châu Thành", tt("Châu Thành")), ("Hồ Đắc Kiện", xa("Hồ Đắc Kiện")), ("Phú Tâm", xa("Phú Tâm")),
    ("Thuận Hoà", xa("Thuận Hòa")), ("Phú Tân", xa("Phú Tân")), ("Thiện Mỹ", xa("Thiện Mỹ")),
    ("An Hiệp", xa("An Hiệp")), ("An Ninh", xa("An Ninh")),
]


@register("chau_thanh_soc_trang_2021_2022_year_groups_csv")
def case_chau_thanh_2021_2022(out: Path) -> list[Case]:
    g = Grid()
    last = 9
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH SÓC TRĂNG", "HUYỆN ỦY CHÂU THÀNH"],
        [PARTY, "Châu Thành, ngày 21 tháng 12 năm 2022"],
        ["SO SÁNH KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2021 VÀ NĂM 2022"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    sub = ["Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình", "Cá nhân được khen thưởng"]
    group_header(g, row, [("Năm 2021", sub), ("Năm 2022", sub), "Ghi chú"])
    specs: list[Spec] = [s for y in (2021, 2022) for s in (("reg_party_members_pct", "value", y),
                                                          ("models_total", "value", y),
                                                          ("commend_individual", "value", y))] + [None]
    rng = random.Random(942212022)

    def unit_row(i: int, typed: str, unit: Unit) -> Row:
        c21 = None if typed == "An Hiệp" else rng.randint(1, 5)
        return Row(i, typed, unit, [pct1(rng, 95, 99), rng.randint(5, 10), c21, pct1(rng, 96, 100),
                                    rng.randint(5, 11), rng.randint(1, 5)])

    exp = Expect()
    row = lay(g, row + 2, [unit_row(i, t, u) for i, (t, u) in enumerate(CT_COMMUNES[:4], 1)], specs, None, exp)
    g.put(row, 2, "Ghi chú: xã An Hiệp năm 2021 chưa báo cáo số cá nhân được khen thưởng")
    row += 1
    row = lay(g, row, [unit_row(i, t, u) for i, (t, u) in enumerate(CT_COMMUNES[4:], 5)]
              + [Row(None, "Toàn huyện", district("Huyện Châu Thành"), [97.6, 61, 29, 98.2, 68, 33])], specs, None,
              exp)
    sign(g, row + 1, 2, 6, ["Người lập biểu", "Lý Thị Sô Phia"], ["TRƯỞNG BAN", "Trần Văn Đực"])
    path = save_csv(out / "ChauThanh_SoSanh_2021_2022.csv", g)
    return [exp.case("chau_thanh_soc_trang_2021_2022_year_groups_csv", path, "wide", None, "Huyện Châu Thành",
                     "CSV (';', BOM): 'Năm 2021' | 'Năm 2022' year groups whose labels sit only in the first cell; "
                     "'HUYỆN ỦY CHÂU THÀNH' under 'ĐẢNG BỘ TỈNH SÓC TRĂNG' (eleven districts share the name); a "
                     "note typed in the unit column between rows")]


MX_COMMUNES: list[tuple[str, Unit]] = [
    ("Thị trấn Mỹ Xuyên", tt("Mỹ Xuyên")), ("Xã Đại Tâm", xa("Đại Tâm")),
    (unicodedata.normalize("NFD", "Xã Tham Đôn"), xa("Tham Đôn")), ("Xã Thạnh Phú", xa("Thạnh Phú")),
    (unicodedata.normalize("NFD", "Xã Ngọc Đông"), xa("Ngọc Đông")), ("Xã Thạnh Quới", xa("Thạnh Quới")),
    ("Xã Hòa Tú 1", xa("Hòa Tú 1")), ("Xã Gia Hoà 1", xa("Gia Hòa 1")), ("Xã Ngọc Tố", xa("Ngọc Tố")),
    ("Xã Gia Hòa 2", xa("Gia Hòa 2")), ("Xã Hòa Tú II", xa("Hòa Tú II")),
]


@register("my_xuyen_2024_btv_giay_khen_bang_khen")
def case_my_xuyen_2024(out: Path) -> list[Case]:
    g = Grid("Khen thuong 2024")
    last = 8
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH SÓC TRĂNG", "HUYỆN ỦY MỸ XUYÊN", "*"],
        [PARTY, "", "Mỹ Xuyên, ngày 27 tháng 12 năm 2024"],
        ["KẾT QUẢ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN HỌC TẬP VÀ LÀM THEO BÁC NĂM 2024"],
        last,
    )
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, ["Tỷ lệ ĐV đăng ký (%)", ("BTV Huyện ủy tặng Giấy khen", ["Tập thể", "Cá nhân"]),
                          ("Đề nghị BTV Tỉnh ủy tặng Bằng khen", ["Tập thể", "Cá nhân"]), "Ghi chú"])
    numbering(g, row + 2, last)
    specs: list[Spec] = [("reg_party_members_pct", "value"), *GIVEN_PROPOSED, None]
    rng = random.Random(9472024)
    rows = []
    for i, (typed, unit) in enumerate(MX_COMMUNES, 1):
        prop = [1, 1] if i == 3 else [None, 1] if i in (7, 11) else [0, 0] if i == 9 else [None, None]
        rows.append(Row(i, typed, unit, [Pct(round(pct1(rng, 96, 100) / 100, 3)), rng.randint(0, 2),
                                         rng.randint(1, 4), *prop,
                                         "Khmer" if i in (7, 11) else None]))
    rows.append(Row(None, "Toàn huyện", district("Huyện Mỹ Xuyên"), [Pct(0.986), 17, 35, 2, 4]))
    exp = Expect()
    row = lay(g, row + 3, rows, specs, 2024, exp)
    sign(g, row + 1, 2, 6, ["Nơi nhận:", "- Như trên;", "- Lưu VP."],
         ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(Đã ký)", "Lâm Thanh Hùng"])
    path = save_openpyxl(out / "MyXuyen_KhenThuong_2024.xlsx", [g])
    return [exp.case("my_xuyen_2024_btv_giay_khen_bang_khen", path, "wide", 2024, "Huyện Mỹ Xuyên",
                     "'BTV Huyện ủy tặng Giấy khen' | 'Đề nghị BTV Tỉnh ủy tặng Bằng khen' over Tập thể | Cá nhân; "
                     "NFD names, 'Hòa Tú 1' / 'Hòa Tú II', 'Gia Hoà 1' / 'Gia Hòa 2', 'Xã Thạnh Phú'")]


TAN_CHAU = district("Thị xã Tân Châu")  # Tỉnh An Giang, 887 (Tây Ninh has a Huyện Tân Châu, 706)

TC_COMMUNES: list[tuple[str, Unit]] = [
    ("Phường Long Thạnh", phuong("Long Thạnh")), ("Long Hưng", phuong("Long Hưng")),
    ("Phường Long Châu", phuong("Long Châu")), ("Phú Lộc", xa("Phú Lộc")), ("Vĩnh Xương", xa("Vĩnh Xương")),
    ("Vĩnh Hoà", xa("Vĩnh Hòa")), ("Tân Thạnh", xa("Tân Thạnh")), ("Tân An", xa("Tân An")),
    ("Xã Long An", xa("Long An")), ("Phường Long Phú", phuong("Long Phú")), ("Châu Phong", xa("Châu Phong")),
    ("Phú Vĩnh", xa("Phú Vĩnh")), ("Lê Chánh", xa("Lê Chánh")), ("Phường Long Sơn", phuong("Long Sơn")),
]


@register("tan_chau_2024_totals_first_letter_numbering")
def case_tan_chau_2024(out: Path) -> list[Case]:
    g = Grid("Bieu 01")
    last = 9
    row = heading(
        g,
        ["THỊ ỦY TÂN CHÂU", "BAN TUYÊN GIÁO", "*"],
        [PARTY, "", "Tân Châu, ngày 16 tháng 12 năm 2024"],
        ["BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2024"],
        last,
    )
    hr = row
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, ["Tỷ lệ ĐV đăng ký (%)",
                          ("Mô hình", ["Tổng số", "Tập thể", "Cá nhân", "Số thành viên tham gia"]),
                          "Số tin, bài tuyên truyền", "Ghi chú"])
    # The numbering row as many forms print it: letters for the text columns, then 1, 2, 3... as numbers.
    header_row(g, row + 2, ["A", "B", 1, 2, 3, 4, 5, 6, 7])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_collective", "value"),
                         ("models_individual", "value"), None, ("propaganda_articles", "value"), None]
    rng = random.Random(8872024)
    # The town's own figures first, right under the header, then its wards and communes.
    rows = [Row(None, "Tổng cộng", TAN_CHAU, [98.6, 131, 88, 43, 2450, 156])]
    notes: dict[int, Any] = {3: 2, 6: "15/12", 9: "Tăng 1 mô hình so với năm 2023"}  # a bare number, a date, text
    for i, (typed, unit) in enumerate(TC_COMMUNES, 1):
        coll, ind = rng.randint(3, 7), rng.randint(1, 4)
        rows.append(Row(i, typed, unit, [pct1(rng, 96, 100), coll + ind, coll, ind, rng.randint(60, 250),
                                         rng.randint(4, 15), notes.get(i)]))
    exp = Expect()
    exp.reject(hr + 1, 7, "unmapped_column")  # "Mô hình > Số thành viên tham gia": no metric of the campaign
    row = lay(g, row + 3, rows, specs, 2024, exp)
    sign(g, row + 1, 2, 7, ["Người lập biểu", "Nguyễn Thị Thu Vân"], ["TRƯỞNG BAN", "Trần Minh Luân"])
    path = save_openpyxl(out / "TanChau_HTLT_2024.xlsx", [g])
    return [exp.case("tan_chau_2024_totals_first_letter_numbering", path, "wide", 2024, "Thị xã Tân Châu",
                     "'THỊ ỦY TÂN CHÂU' (the thị xã of An Giang, not Tây Ninh's Huyện Tân Châu): totals row first, "
                     "numbering row 'A | B | 1 | 2 ...' as numbers, 'Mô hình > Số thành viên tham gia' "
                     "(unmapped_column), numbers and a date in the Ghi chú column, 'Xã Long An', 'Phường Long Phú'")]


@register("thanh_phu_2022_2023_group_year_child_xlsxwriter")
def case_thanh_phu_commend_years(out: Path) -> list[Case]:
    g = Grid("KT 2022-2023")
    last = 11
    row = heading(
        g,
        ["ĐẢNG BỘ TỈNH BẾN TRE", "HUYỆN ỦY THẠNH PHÚ", "*"],
        [PARTY, "", "Thạnh Phú, ngày 29 tháng 12 năm 2023"],
        ["KẾT QUẢ KHEN THƯỞNG TRONG HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2022 VÀ "
         "NĂM 2023"],
        last,
    )
    g.merge(row, 1, row + 2, 1, "STT")
    g.merge(row, 2, row + 2, 2, "Đơn vị")
    for c, group in ((3, "Khen thưởng của Huyện ủy"), (7, "Đề nghị Tỉnh ủy khen thưởng")):
        g.merge(row, c, row, c + 3, group)
        g.merge(row + 1, c, row + 1, c + 1, "Năm 2022")
        g.merge(row + 1, c + 2, row + 1, c + 3, "Năm 2023")
        for k, label in enumerate(["Tập thể", "Cá nhân", "Tập thể", "Cá nhân"]):
            g.put(row + 2, c + k, label)
    g.merge(row, 11, row + 2, 11, "Ghi chú")
    specs: list[Spec] = [("commend_collective", "value", 2022), ("commend_individual", "value", 2022),
                         ("commend_collective", "value", 2023), ("commend_individual", "value", 2023),
                         ("commend_proposed_collective", "value", 2022), ("commend_proposed_individual", "value", 2022),
                         ("commend_proposed_collective", "value", 2023), ("commend_proposed_individual", "value", 2023),
                         None]
    rng = random.Random(837222023)
    rows = []
    for i, (typed, unit) in enumerate(TP_COMMUNES, 1):
        p22 = [1, None] if i == 4 else [None, 1] if i == 10 else [None, None]
        p23 = [1, 1] if i == 1 else [None, 1] if i in (7, 15) else [None, None]
        rows.append(Row(i, typed, unit, [rng.randint(0, 2), rng.randint(1, 4), rng.randint(0, 2), rng.randint(1, 4),
                                         *p22, *p23]))
    rows.append(Row(None, "Tổng cộng", THANH_PHU, [17, 44, 19, 48, 1, 2, 2, 3]))
    exp = Expect()
    row = lay(g, row + 3, rows, specs, None, exp)
    sign(g, row + 1, 2, 8, ["Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy;", "- Lưu VP."],
         ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(Đã ký)", "Nguyễn Văn Nhanh"])
    path = save_xlsxwriter(out / "ThanhPhu_KhenThuong_2022_2023.xlsx", [g])
    return [exp.case("thanh_phu_2022_2023_group_year_child_xlsxwriter", path, "wide", None, "Huyện Thạnh Phú",
                     "three-row header metric group > year > child: 'Khen thưởng của Huyện ủy' | 'Đề nghị Tỉnh ủy "
                     "khen thưởng' > 'Năm 2022' | 'Năm 2023' > Tập thể | Cá nhân")]


@register("long_thanh_ward_2022_vertical_rates_in_quantity")
def case_long_thanh_2022(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 6
    row = heading(
        g,
        ["ĐẢNG BỘ THỊ XÃ TÂN CHÂU", "ĐẢNG ỦY PHƯỜNG LONG THẠNH", "*"],
        [PARTY, "", "Long Thạnh, ngày 07 tháng 12 năm 2022"],
        ["BÁO CÁO SỐ LIỆU HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2022"],
        last,
    )
    header_row(g, row, ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Tỷ lệ (%)", "Ghi chú"])
    numbering(g, row + 1, last)
    lines = [
        # Rates typed in the Số lượng column, their unit of measure "%".
        Line(1, "Tỷ lệ đảng viên đăng ký học tập và làm theo", "%", [98.6], QTY("reg_party_members_pct")),
        Line(2, "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký", "%", [X("91,2", 91.2)], QTY("reg_civil_servants_pct")),
        Line(3, "Tỷ lệ đoàn viên, hội viên đăng ký", "%", [X("trên 55%", 55, ">")], QTY("reg_union_members_pct")),
        Line(4, "Số kế hoạch, hướng dẫn", "Văn bản", [3], QTY("plans_issued")),
        Line(5, "Tổng số mô hình", "Mô hình", [8], QTY("models_total")),
        Line(6, "Mô hình mới", "Mô hình", [1], QTY("models_new")),
        Line(7, "Số tin, bài tuyên truyền", "Tin, bài", [12], QTY("propaganda_articles")),
        Line(8, "Số hộ gia đình văn hóa", "Hộ", [X("2.315", 2315)], "unknown_metric"),
    ]
    exp = Expect()
    row = lay_vertical(g, row + 2, lines, phuong("Long Thạnh"), 2022, exp)
    sign(g, row + 1, 2, 5, ["Nơi nhận:", "- Ban Tuyên giáo Thị ủy;", "- Lưu VP."],
         ["T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn Hiếu"])
    path = save_xlsxwriter(out / "LongThanh_SoLieu_2022.xlsx", [g])
    return [exp.case("long_thanh_ward_2022_vertical_rates_in_quantity", path, "vertical", 2022, "Thị xã Tân Châu",
                     "a ward's vertical report ('ĐẢNG ỦY PHƯỜNG LONG THẠNH' under 'ĐẢNG BỘ THỊ XÃ TÂN CHÂU'), rates "
                     "typed in the Số lượng column with ĐVT '%', 'Số hộ gia đình văn hóa' (unknown_metric)")]


@register("vung_liem_2022_unit_and_year_from_file_name")
def case_vung_liem_2022(out: Path) -> list[Case]:
    g = Grid("Sheet1")
    last = 7
    row = heading(
        g,
        ["BAN TUYÊN GIÁO", "*"],
        [PARTY, "", "ngày 15 tháng 12 năm 2022"],
        ["BIỂU SỐ LIỆU HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH"],
        last,
    )
    header_row(g, row, ["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Số kế hoạch, hướng dẫn", "Tổng số mô hình",
                        "Mô hình mới", "Số tin, bài tuyên truyền"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                         ("models_new", "value"), ("propaganda_articles", "value")]
    rng = random.Random(8592022)
    rows = [Row(i, t, u, [pct1(rng, 96, 100), rng.randint(2, 5), rng.randint(4, 9), rng.randint(0, 2),
                          rng.randint(2, 10)]) for i, (t, u) in enumerate(VL_COMMUNES, 1)]
    rows.append(Row(None, "Tổng cộng", VUNG_LIEM, [98.3, 11, 121, 18, 115]))
    exp = Expect()
    row = lay(g, row + 1, rows, specs, 2022, exp)
    sign(g, row + 1, 2, 5, ["Người lập biểu", "Trần Thị Thu Hà"], ["TRƯỞNG BAN", "Phạm Văn Tư"])
    path = save_openpyxl(out / "BaoCao_VungLiem_2022.xlsx", [g])
    return [exp.case("vung_liem_2022_unit_and_year_from_file_name", path, "wide", 2022, "Huyện Vũng Liêm",
                     "title block naming neither district nor year ('BAN TUYÊN GIÁO', a date line): both come from "
                     "the file name 'BaoCao_VungLiem_2022.xlsx' (no diacritics)")]


@register("hong_dan_2024_offset_table_typed_rate_wins")
def case_hong_dan_2024(out: Path) -> list[Case]:
    g = Grid("Bieu 2024")
    # The clerk left column A and the first row blank as a margin: the report starts at B2.
    c0 = 2
    last = c0 + 7
    g.merge(2, c0, 2, c0 + 2, "HUYỆN ỦY HỒNG DÂN")
    g.merge(3, c0, 3, c0 + 2, "BAN TUYÊN GIÁO")
    g.merge(2, c0 + 4, 2, last, PARTY)
    g.merge(3, c0 + 4, 3, last, "Hồng Dân, ngày 18 tháng 12 năm 2024")
    g.merge(5, c0, 5, last, "BIỂU SỐ LIỆU HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2024")
    row = 7
    g.merge(row, c0, row + 1, c0, "STT")
    g.merge(row, c0 + 1, row + 1, c0 + 1, "Đơn vị")
    group_header(g, row, [("Đảng viên đăng ký học tập và làm theo", ["Tổng số", "Đã đăng ký", "Tỷ lệ (%)"]),
                          "Mô hình điểm", "Tỷ lệ ấp nhân rộng mô hình", "Ghi chú"], first_col=c0 + 2)
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("models_pilot", "value"),
                         ("model_replication_pct", "value"), None]
    frac = lambda a, b: X(f"{a}/{b}", 100 * a / b, None, a, b)  # noqa: E731
    # Typed rates are the values even where the two counts give another rate (Lộc Ninh: 96,8% by the counts).
    typed: list[tuple[Any, ...]] = [
        ("TT Ngan Dừa", tt("Ngan Dừa"), 512, 505, X("98,6", 98.6), 1, frac(6, 6)),
        ("Ninh Quới", xa("Ninh Quới"), 401, 396, None, None, frac(7, 8)),
        ("Ninh Quới A", xa("Ninh Quới A"), 355, 351, X("98,9%", 98.9), 0, frac(6, 7)),
        ("Ninh Hoà", xa("Ninh Hòa"), 298, 292, 98.0, None, None),
        ("Lộc Ninh", xa("Lộc Ninh"), 310, 300, X("98,0", 98.0), 1, frac(5, 5), "Số liệu xã tự tính"),
        ("Vĩnh Lộc", xa("Vĩnh Lộc"), 377, 371, None, None, frac(8, 9)),
        ("Vĩnh Lộc A", xa("Vĩnh Lộc A"), 342, 339, X("99,1", 99.1), None, frac(7, 7)),
        ("Ninh Thạnh Lợi A", xa("Ninh Thạnh Lợi A"), 266, 262, None, 0, frac(5, 6)),
        ("Ninh Thạnh Lợi", xa("Ninh Thạnh Lợi"), 289, 284, X("98,3", 98.3), None, frac(6, 7)),
    ]
    rows = [Row(i, t[0], t[1], list(t[2:])) for i, t in enumerate(typed, 1)]
    rows.append(Row(None, "TỔNG CỘNG", HONG_DAN, [3150, 3100, X("98,4", 98.4), 2, frac(57, 62)]))
    exp = Expect()
    row = lay(g, row + 2, rows, specs, 2024, exp, stt_col=c0, name_col=c0 + 1, first_col=c0 + 2)
    sign(g, row + 1, c0 + 1, c0 + 5, ["Người lập biểu", "Lê Thị Hồng Nhung"], ["TRƯỞNG BAN", "Huỳnh Văn Toàn"])
    path = save_openpyxl(out / "HongDan_SoLieu_2024.xlsx", [g])
    return [exp.case("hong_dan_2024_offset_table_typed_rate_wins", path, "wide", 2024, "Huyện Hồng Dân",
                     "the report starts at B2 (column A and row 1 left blank); typed rates kept as the value with "
                     "both counts even where the counts give another rate; '6/7' replication by ấp; 'TỔNG CỘNG'")]


@register("my_tu_2023_year_in_sheet_name")
def case_my_tu_2023_sheet_year(out: Path) -> list[Case]:
    exp = Expect()
    rng = random.Random(944023)
    rows = [Row(i, t, u, [pct1(rng, 96, 100), rng.randint(5, 10), rng.randint(2, 6), rng.randint(0, 2)])
            for i, (t, u) in enumerate(MT_COMMUNES, 1)]
    rows.append(Row(None, "Toàn huyện", MY_TU, [98.4, 73, 38, 9]))
    g = simple_table("Nam 2023", ["HUYỆN ỦY MỸ TÚ", "BAN TUYÊN GIÁO", "*"],
                     [PARTY, "", "Mỹ Tú, ngày 14 tháng 12 năm 2023"],
                     ["BIỂU SỐ LIỆU HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH"],
                     ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình", "Tập thể được khen thưởng",
                      "Mô hình mới"],
                     rows, [("reg_party_members_pct", "value"), ("models_total", "value"),
                            ("commend_collective", "value"), ("models_new", "value")], 2023, exp,
                     (["Người lập biểu", "Lâm Thị Sa Quên"], ["TRƯỞNG BAN", "Trần Quốc Khởi"]))
    path = save_xlsxwriter(out / "Bieu_01_MyTu.xlsx", [g])
    return [exp.case("my_tu_2023_year_in_sheet_name", path, "wide", 2023, "Huyện Mỹ Tú",
                     "title without a year, file name 'Bieu_01_MyTu.xlsx': the year is in the sheet name 'Nam 2023' "
                     "(and the date line)")]


# --------------------------------------------------------------------------------------------------------------

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
