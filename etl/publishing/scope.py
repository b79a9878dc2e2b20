"""The units a data manager's account may load: a province or a district (``python -m etl users add NAME --role
manager --scope CODE``); admins and the command line are unscoped.

A scope is written as a unit key: ``new:province:80`` (a province on today's map, which also covers the units of
the former provinces and districts that went into it), ``old:province:84`` (a province before July 2025, and the
communes of today's map that took in its communes), ``old:district:848`` (a district before July 2025, and today's
communes that took in its communes). ``parse_scope`` reads what a person types: ``80`` (today's province), ``848``
(a former district), ``old:84``, ``new:86``.

A figure outside the scope is a reject "ngoài phạm vi của tài khoản" (nothing of it written); a file whose
reporting unit is outside is refused whole. The dry run and the publish apply it with the same function.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from etl.publishing.batch import withdraw
from etl.tables.records import ParsedFile, Reject
from warehouse.db import REFERENCE


class ScopeError(ValueError):
    """A scope that names no unit; the message is Vietnamese."""


@lru_cache(maxsize=1)
def _reference_units() -> dict[str, str]:
    """{unit key: official name} of the provinces and districts of both maps."""
    out: dict[str, str] = {}
    for map_, name in (("old", "units_old.csv"), ("new", "units_new.csv")):
        with open(REFERENCE / name, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row["level"] in ("province", "district"):
                    out[f"{map_}:{row['level']}:{row['code']}"] = row["name"]
    return out


def parse_scope(text: str) -> str:
    """The unit key of a scope as typed: ``80`` today's province 80, ``848`` the former district 848, ``old:84``
    the former province 84, ``new:86``; a unit key as stored is taken as it is. ScopeError otherwise."""
    s = text.strip().lower()
    known = _reference_units()
    if s in known:
        return s
    m = re.fullmatch(r"(?:(old|new|cu|moi):)?(\d{2,3})", s)
    if m:
        era = {"cu": "old", "moi": "new"}.get(m.group(1) or "", m.group(1))
        code = m.group(2)
        level = "province" if len(code) == 2 else "district"
        map_ = era or ("new" if level == "province" else "old")
        key = f"{map_}:{level}:{code}"
        if key in known:
            return key
    raise ScopeError(f"Phạm vi “{text}” không phải mã tỉnh (2 chữ số, bản đồ hiện nay; old:NN cho tỉnh cũ) hay mã "
                     "huyện trước 1/7/2025 (3 chữ số) trong danh mục")


def scope_name(key: str | None) -> str:
    if not key:
        return ""
    name = _reference_units().get(key, key)
    return f"{name} (trước 1/7/2025)" if key.startswith("old:") else name


@dataclass
class AccountScope:
    """The units an account may load, with the codes of the other map that belong to it (from the crosswalk)."""

    key: str
    name: str
    map: str = ""
    level: str = ""
    code: str = ""
    old_communes: set[str] = field(default_factory=set)  # a new province's former communes
    old_districts: set[str] = field(default_factory=set)
    old_provinces: set[str] = field(default_factory=set)
    new_communes: set[str] = field(default_factory=set)  # a former unit's communes on today's map

    @classmethod
    def build(cls, key: str, con: duckdb.DuckDBPyConnection) -> AccountScope:
        map_, level, code = key.split(":", 2)
        scope = cls(key, scope_name(key), map_, level, code)
        if map_ == "new":
            for old_commune, old_district, old_province in con.execute(
                    "SELECT DISTINCT old_commune_code, old_district_code, old_province_code FROM core.crosswalk "
                    "WHERE new_province_code = ?", [code]).fetchall():
                if old_commune:
                    scope.old_communes.add(old_commune)
                if old_district:
                    scope.old_districts.add(old_district)
                if old_province:
                    scope.old_provinces.add(old_province)
        else:
            column = "old_district_code" if level == "district" else "old_province_code"  # one of two names
            scope.new_communes = {c for (c,) in con.execute(
                f"SELECT DISTINCT new_commune_code FROM core.crosswalk WHERE {column} = ?", [code]).fetchall()}
        return scope

    def contains(self, unit: dict[str, object]) -> bool:
        """Is the unit (its codes, as etl.reference.units.UnitIndex.describe gives them) inside the scope?"""
        map_, level = unit.get("map"), unit.get("unit_level")
        province, district, code = unit.get("province_code"), unit.get("district_code"), unit.get("unit_code")
        if map_ == self.map:
            return (province if self.level == "province" else district) == self.code
        if self.map == "new":  # a former unit: the new province took in some of its communes
            if level == "commune":
                return code in self.old_communes
            if level == "province":
                return code in self.old_provinces
            return district in self.old_districts if district else province in self.old_provinces
        return level == "commune" and code in self.new_communes  # today's commune that took in former ones

    def mask(self, rows: pa.Table) -> pa.Array:
        """Which of ``rows`` (core.facts rows) are inside the scope."""
        columns = ("map", "unit_level", "province_code", "district_code", "unit_code")
        seen: dict[tuple, bool] = {}
        out = []
        for values in zip(*(rows.column(c).to_pylist() for c in columns), strict=True):
            inside = seen.get(values)
            if inside is None:
                inside = seen[values] = self.contains(dict(zip(columns, values, strict=True)))
            out.append(inside)
        return pa.array(out, pa.bool_())


def apply_scope(parsed: ParsedFile, rows: pa.Table | None, scope: AccountScope | None,
                reporting_unit: dict[str, object] | None) -> pa.Table | None:
    """The file's rows of core.facts that the account may load; the others become rejects. A file whose reporting
    unit is outside the scope is refused whole (nothing of it written)."""
    if scope is None or parsed.refused is not None:
        return rows
    if reporting_unit is not None and not scope.contains(reporting_unit):
        parsed.refused = Reject.of("outside_account_scope_file", None, None, None, None,
                                   unit=reporting_unit.get("unit_name"), scope=scope.name)
        parsed.facts, parsed.items, parsed.fact_rows = [], [], None
        return None
    if rows is None or not rows.num_rows:
        return rows
    inside = scope.mask(rows)
    outside = rows.filter(pc.invert(inside))
    if not outside.num_rows:
        return rows
    rejects = [Reject.of("outside_account_scope", r["source_sheet"], r["source_row"], r["source_cell"],
                         r["value_text"], unit=r["unit_name"], scope=scope.name)
               for r in outside.select(["source_sheet", "source_row", "source_cell", "value_text",
                                        "unit_name"]).to_pylist()]
    cells: Counter[str] = Counter()
    for sheet, n in zip(outside.column("source_sheet").to_pylist(),
                        (outside.column("source_cells").to_pylist() if "source_cells" in outside.column_names
                         else [1] * outside.num_rows), strict=True):
        cells[sheet or ""] += int(n or 1)
    return withdraw(parsed, rows, inside, rejects, cells)
