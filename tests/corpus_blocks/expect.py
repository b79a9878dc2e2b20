"""What a correct loader must make of a file: its facts, rejects and register rows (`Case`), collected while the
table is laid out (`Expect`, `lay`, `lay_vertical`, `lay_transposed`, `lay_long`); and a corpus's registry of
cases (`Corpus`).

Expectations are derived from the cells as written: a plain number means itself, a percent-formatted cell its
fraction times 100, and any text a clerk typed ("98,5%", "trên 98%", "17/17", "1.234") carries its expected
reading explicitly (`X`). A cell marked bad carries the reject code a correct loader must give it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tests.corpus_blocks.cells import Formula, Grid, Pct, X, a1, not_on_tie
from tests.corpus_blocks.parts import header_row
from tests.corpus_blocks.units import Unit

Fact = tuple[str, str, int, str, float, str | None, float | None, float | None]
Reject = tuple[int | None, str | None, str]
# What a figure cell means: (metric, role) in the report's year, or (metric, role, year). role: "value" (the figure,
# or a typed rate), "num" (the count registered), "den" (the total). None: a column that gives no fact.
Spec = tuple[str, str] | tuple[str, str, int] | None

NOT_REPORTED = {"x", "X", "-", "–"}  # typed for "not reported": no fact, no reject


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


def refused(path: Path, reason: str, year: int | None, unit: str | None, about: str = "") -> Case:
    """A file the loader must refuse whole (exit 2, nothing loaded). Its name, and its `about` if not given, come
    from its builder (see `Corpus`)."""
    return Case("", path, [], 2, [], [], None, year, unit, refusal=reason, about=about)


def reading(raw: Any) -> tuple[float, str | None, float | None, float | None]:
    """The reading of a figure cell: (value, qualifier, numerator, denominator)."""
    if isinstance(raw, X):
        return raw.value, raw.qualifier, raw.num, raw.den
    if isinstance(raw, Pct):
        return raw.fraction * 100, None, None, None
    if isinstance(raw, Formula):
        return float(raw.cached), None, None, None
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return float(raw), None, None, None
    raise TypeError(f"say how {raw!r} must be read (wrap it in X) or mark the cell bad")


def fact(unit: Unit, year: int, metric: str, value: float, qualifier: str | None = None,
         num: float | None = None, den: float | None = None) -> Fact:
    return (unit[0], unit[1], year, metric, round(value, 1), qualifier,
            None if num is None else float(num), None if den is None else float(den))


def is_blank(raw: Any) -> bool:
    if raw is None or raw == "":
        return True
    return isinstance(raw, str) and raw.strip() in NOT_REPORTED


def spec_of(spec: Spec, year: int | None) -> tuple[str, str, int]:
    assert spec is not None
    if len(spec) == 3:
        return spec  # type: ignore[return-value]
    assert year is not None, spec
    return spec[0], spec[1], year


Cell = tuple[int, int, Any, Spec, str | None]  # (row, col, raw, spec, bad)


class Expect:
    """Collects what a correct loader makes of the cells of one file."""

    def __init__(self) -> None:
        self.facts: list[Fact] = []
        self.rejects: list[Reject] = []

    def reject(self, row: int, col: int, code: str) -> None:
        self.rejects.append((row, a1(row, col), code))

    def unit(self, unit: Unit | None, year: int | None, cells: list[Cell]) -> None:
        """`cells` of one unit. A bad cell gets its reject and nothing else; blank, "x" and "-" give nothing; a typed
        rate is the value and keeps the two counts; two counts without a typed rate give the rate; one count alone
        must be marked incomplete_ratio; a typed rate whose numerator or denominator was rejected stays a fact
        without them."""
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
            parts.setdefault((metric, y), {})[role] = reading(raw)
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
                value = not_on_tie(100 * num[0] / den[0])  # where roundings may differ
                self.fact(unit, y, metric, value, None, num[0], den[0])
            else:
                raise AssertionError(f"{unit} {metric} {y}: one count alone: mark it incomplete_ratio")

    def fact(self, unit: Unit, year: int, metric: str, value: float, qualifier: str | None = None,
             num: float | None = None, den: float | None = None) -> None:
        self.facts.append(fact(unit, year, metric, value, qualifier, num, den))

    def case(self, path: Path, layout: str | None, year: int | None, unit: str | None, about: str = "",
             args: list[str] | None = None, **kw: Any) -> Case:
        """The case of this file: exit 1 if anything is rejected, else 0. Its name, and its `about` if not given,
        come from its builder (see `Corpus`)."""
        facts = sorted(set(self.facts), key=repr)
        keys = [(f[0], f[1], f[2], f[3]) for f in facts]
        assert len(keys) == len(set(keys)), f"{path.name}: two different facts for one unit, year and metric"
        assert len(self.rejects) == len(set(self.rejects)), f"{path.name}: a reject twice"
        return Case("", path, args or [], 1 if self.rejects else 0, facts, list(self.rejects), layout, year, unit,
                    about=about, **kw)


# --------------------------------------------------------------------------------------------------------------
# Tables laid out with their expectations


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
    """Write `rows` from `row` on and add what a correct loader makes of them. Returns the next free row."""
    for item in rows:
        g.put(row, stt_col, item.stt)
        g.put(row, name_col, item.name)
        g.put_row(row, item.values, first_col)
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

    def lay(self, g: Grid, row: int, first_col: int, dvt_col: int | None, exp: Expect) -> None:
        """STT, the indicator, its unit of measure (if the table has the column) and the figures from `first_col`;
        an indicator naming no metric is rejected at its cell."""
        g.put(row, 1, self.stt)
        g.put(row, 2, self.label)
        if dvt_col:
            g.put(row, dvt_col, self.dvt)
        g.put_row(row, self.values, first_col)
        if self.spec == "unknown_metric":
            exp.reject(row, 2, "unknown_metric")


# The spec of a vertical line's two figure columns, Số lượng and Tỷ lệ (%)
QTY = lambda metric, role="value": [(metric, role), None]  # noqa: E731 - the figure in Số lượng
RATE = lambda metric: [(metric, "num"), (metric, "value")]  # noqa: E731 - the count registered, the typed rate
DEN = lambda metric: [(metric, "den"), None]  # noqa: E731 - a bare total: the denominator of the next row
ONLY_RATE = lambda metric: [None, (metric, "value")]  # noqa: E731 - the rate alone, in Tỷ lệ (%)
VERTICAL = ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Tỷ lệ (%)", "Ghi chú"]  # its usual header


def lay_vertical(g: Grid, row: int, lines: list[Line], unit: Unit, year: int | None, exp: Expect, first_col: int = 4,
                 note_col: int = 6, dvt_col: int | None = 3) -> int:
    """One unit's report, indicators as rows: STT | Nội dung | Đơn vị tính | Số lượng | Tỷ lệ (%) | Ghi chú by
    default. Returns the next free row."""
    cells = []
    for ln in lines:
        ln.lay(g, row, first_col, dvt_col, exp)
        g.put(row, note_col, ln.note)
        if ln.spec is None:
            assert all(v is None for v in ln.values), ln
        elif ln.spec != "unknown_metric":
            cells += [(row, first_col + i, raw, ln.spec[i], ln.bad.get(i)) for i, raw in enumerate(ln.values)]
        row += 1
    exp.unit(unit, year, cells)
    return row


def lay_transposed(g: Grid, row: int, lines: list[Line], units: list[Unit | str], names_row: int, year: int,
                   exp: Expect, first_col: int = 4, dvt_col: int | None = 3) -> int:
    """Indicators as rows from `row`, units as columns from `first_col`, their names already in `names_row`. A
    unit given as a reject code gets one reject at its name cell and nothing from its cells."""
    first = row
    for ln in lines:
        ln.lay(g, row, first_col, dvt_col, exp)
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


LONG_HEADER = ["Năm", "Tỉnh", "Huyện", "Xã", "Chỉ tiêu", "Giá trị", "Tử số", "Mẫu số"]


def lay_long(g: Grid, first_row: int, rows: list[tuple], exp: Expect) -> None:
    """A long table under LONG_HEADER (on the row above `first_row`). rows: (year, province, district, commune,
    label, value, num, den, expected) where expected is (unit, metric) or a (reject code, column index) pair."""
    header_row(g, first_row - 1, LONG_HEADER)
    for r, (*cells, expected) in enumerate(rows, first_row):
        g.put_row(r, cells)
        if isinstance(expected[0], str) and isinstance(expected[1], int):
            exp.reject(r, expected[1], expected[0])
            continue
        unit, metric = expected
        year, value, num, den = cells[0], cells[5], cells[6], cells[7]
        exp.unit(unit, year, [(r, 6, value, (metric, "value"), None), (r, 7, num, (metric, "num"), None),
                              (r, 8, den, (metric, "den"), None)])


# --------------------------------------------------------------------------------------------------------------
# Registers: the rows of the `models` and `commendations` views


def models_items(rows: list[tuple | None], first_row: int, district: str, year: int) -> list[dict[str, Any]]:
    """rows: (name, host, kind, is_new, is_pilot, commune) per register row, None for a rejected one."""
    return [{"name": r[0], "host": r[1], "kind": r[2], "year": year, "is_new": r[3], "is_pilot": r[4],
             "district": district, "commune": r[5], "source_row": first_row + i}
            for i, r in enumerate(rows) if r is not None]


def commendation_items(rows: list[tuple | None], first_row: int, district: str, year: int) -> list[dict[str, Any]]:
    """rows: (recipient, kind, level, is_proposed, commune) per register row, None for a rejected one."""
    return [{"year": year, "recipient": r[0], "recipient_kind": r[1], "level": r[2], "is_proposed": r[3],
             "district": district, "commune": r[4], "source_row": first_row + i}
            for i, r in enumerate(rows) if r is not None]


def kind_of(typed: str) -> str:
    """A register's "Tập thể" / "Cá nhân" column as the views hold it."""
    return "collective" if typed == "Tập thể" else "individual"


# --------------------------------------------------------------------------------------------------------------
# A corpus: its cases by name, built into a folder


Builder = Callable[[Path], "list[Case] | Case"]


class Corpus:
    """The cases of one corpus. Each builder writes its file(s) into the folder it is given and returns its case
    (or cases: a file loaded twice, with other options), registered under the case names (`case`); a case is named
    by them in order, and a case without an `about` is described by its builder's docstring."""

    def __init__(self) -> None:
        self.builders: list[tuple[tuple[str, ...], Builder]] = []

    def case(self, *names: str) -> Callable[[Builder], Builder]:
        def deco(fn: Builder) -> Builder:
            self.builders.append((names, fn))
            return fn

        return deco

    def names(self) -> list[str]:
        return [n for names, _ in self.builders for n in names]

    def build(self, out_dir: Path) -> list[Case]:
        """Write every file of the corpus into `out_dir`; one Case per file (two for a file loaded twice)."""
        out_dir.mkdir(parents=True, exist_ok=True)
        cases: list[Case] = []
        for names, fn in self.builders:
            made = fn(out_dir)
            made = [made] if isinstance(made, Case) else made
            assert len(made) == len(names), (names, made)
            doc = " ".join((fn.__doc__ or "").split())
            cases += [replace(c, name=c.name or name, about=c.about or doc) for c, name in zip(made, names)]
        return cases
