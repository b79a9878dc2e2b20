"""Official administrative units in memory, and matching of names as clerks type them.

Names are compared without their type word ("Xã", "TT", "P.", "Huyện"...), after ``etl.reference.text.fold``
(case, NFC, old/new tone placement), then, if nothing matched, without diacritics. The type, when typed,
separates "Thị trấn Mỹ An" from "Xã Mỹ An"; the parent (district or province) separates the Mỹ Hòa of Cầu
Ngang from the Mỹ Hòa of Tháp Mười; the year picks the version (13540 is "Xã An Nội" in 2020).

Numbered wards and districts match however the number is typed ("Phường 05", "P7", "P.09", "F3", "Q.03",
"Phường 1" for Vị Thanh's "Phường I"): the number is the name, so only units the official list numbers match.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from etl.reference.text import ascii_fold, fold, strip_diacritics

# Type words as they are typed, folded, longest first; value: the official type.
_TYPE_WORDS: dict[str, list[tuple[str, str]]] = {
    "commune": [("thị trấn", "Thị trấn"), ("đặc khu", "Đặc khu"), ("phường", "Phường"), ("xã", "Xã"),
                ("tt", "Thị trấn"), ("p", "Phường"), ("x", "Xã")],
    "district": [("thành phố", "Thành phố"), ("thị xã", "Thị xã"), ("huyện", "Huyện"), ("quận", "Quận"),
                 ("tp", "Thành phố"), ("tx", "Thị xã"), ("h", "Huyện"), ("q", "Quận")],
    "province": [("thành phố", "Thành phố"), ("tỉnh", "Tỉnh"), ("tp", "Thành phố"), ("t", "Tỉnh")],
}
_DATA = Path(__file__).resolve().parents[2] / "data"

NEW_MAP_FROM = 2025  # the first year of today's map (the units after July 2025)


def map_for_year(year: int) -> str:
    """"new" (today's map) from NEW_MAP_FROM on, "old" before."""
    return "new" if year >= NEW_MAP_FROM else "old"


@lru_cache(maxsize=1)
def party_forms() -> dict[str, list[tuple[str, str | None]]]:
    """{level: [(folded prefix, official type or None)]}, longest prefix first: a unit named by its party
    committee ("Huyện ủy Thạnh Hóa" is Huyện Thạnh Hóa, "Thị ủy Long Mỹ" Thị xã Long Mỹ, "Đảng ủy xã Long
    Sơn" Xã Long Sơn), from data/party_bodies.csv."""
    out: dict[str, list[tuple[str, str | None]]] = {}
    with open(_DATA / "party_bodies.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["level"], []).append((fold(row["prefix"]), row["type"] or None))
    for forms in out.values():
        forms.sort(key=lambda f: -len(f[0]))
    return out


def party_form(text: str, level: str) -> tuple[str | None, str] | None:
    """("Thị ủy Long Mỹ", "district") -> ("Thị xã", "long mỹ"); None when no party-committee form fits."""
    f = fold(text)
    for prefix, typ in party_forms().get(level, []):
        if f.startswith(prefix + " "):
            return typ, f[len(prefix) + 1:].strip()
    return None


@dataclass(frozen=True, slots=True)
class UnitVersion:
    unit_key: str
    map: str
    level: str
    code: str | None
    name: str
    type: str | None
    province_code: str | None
    district_code: str | None
    first_year: int | None
    last_year: int | None

    def valid(self, year: int) -> bool:
        return (self.first_year is None or self.first_year <= year) and (
            self.last_year is None or year <= self.last_year
        )

    def years_text(self) -> str:
        return f"{self.first_year or '…'}–{self.last_year or '…'}"


@dataclass
class Match:
    unit_key: str | None
    version: UnitVersion | None = None
    problem: str | None = None  # a code of etl.messages
    fields: dict[str, object] = field(default_factory=dict)
    carried: bool = False  # told apart from another unit of the name by the other names of the sheet (_carried_name)


def unit_key(map_: str, level: str, code: str) -> str:
    return f"{map_}:{level}:{code}"


def other_key(parent_key: str, name: str) -> str:
    return f"{parent_key}/{ascii_fold(name)}"


def _ascii_key(bare: str) -> str:
    """Diacritic-free key that also treats final y and i alike (Mỹ Quý / Mỹ Quí, Kỳ / Kì)."""
    return " ".join(t[:-1] + "i" if t.endswith("y") else t for t in ascii_fold(bare).split())


# A number glued to its type word, as clerks shorten it: "p7", "p09", "f3" (Hồ Chí Minh City's wards), "q3".
_GLUED = {"commune": (re.compile(r"^(?:phường|phuong|p|f)\s*0*([0-9]{1,2})$"), "Phường"),
          "district": (re.compile(r"^(?:quận|quan|q)\s*0*([0-9]{1,2})$"), "Quận")}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
          "xii": 12}
_NUMBERED_TYPES = {"Phường", "Quận"}


def _number(bare: str) -> str:
    """A numbered unit's name as one form: "05" -> "5", "iv" -> "4"; any other name unchanged."""
    if bare.isdigit():
        return str(int(bare))
    return str(_ROMAN[bare]) if bare in _ROMAN else bare


@lru_cache(maxsize=65536)
def split_type(text: str, level: str) -> tuple[str | None, str]:
    """("TT. Cầu Ngang", "commune") -> ("Thị trấn", "cầu ngang"); ("P.09", "commune") -> ("Phường", "9")."""
    s = fold(text)
    for typed, official in _TYPE_WORDS[level]:
        if s.startswith(typed + " "):
            bare = s[len(typed) + 1 :].strip()
            return official, _number(bare) if official in _NUMBERED_TYPES else bare
    glued = _GLUED.get(level)
    if glued is not None and (m := glued[0].match(s)):
        return glued[1], str(int(m.group(1)))
    return None, s


class UnitIndex:
    """All unit versions of both maps, indexed by key, by name and by parent."""

    def __init__(self, versions: Iterable[UnitVersion]) -> None:
        self.by_key: dict[str, list[UnitVersion]] = {}
        self._by_name: dict[tuple[str, str, str], list[UnitVersion]] = {}
        self._by_ascii: dict[tuple[str, str, str], list[UnitVersion]] = {}
        self._by_spaceless: dict[tuple[str, str, str], list[UnitVersion]] = {}
        self._describe_cache: dict[tuple[str, int], dict[str, object]] = {}
        self._children: dict[str, set[str]] = {}
        # old commune code -> the new province codes it went into (from the July 2025 crosswalk)
        self.old_to_new_province: dict[str, set[str]] = {}
        for v in versions:
            self.add(v)

    def add_crosswalk(self, pairs: Iterable[tuple[str, str]]) -> None:
        """(old commune code, new province code) pairs of the crosswalk."""
        for old_code, new_province in pairs:
            self.old_to_new_province.setdefault(old_code, set()).add(new_province)

    def add(self, v: UnitVersion) -> None:
        self.by_key.setdefault(v.unit_key, []).append(v)
        self.by_key[v.unit_key].sort(key=lambda x: x.first_year or 0)
        if v.level == "other":
            parent = v.unit_key.split("/", 1)[0]
            self._children.setdefault(parent, set()).add(v.unit_key)
            return
        _, bare = split_type(v.name, v.level)
        self._by_name.setdefault((v.map, v.level, bare), []).append(v)
        self._by_ascii.setdefault((v.map, v.level, _ascii_key(bare)), []).append(v)
        self._by_spaceless.setdefault((v.map, v.level, _ascii_key(bare).replace(" ", "")), []).append(v)
        parent = self.parent_key_of(v)
        if parent:
            self._children.setdefault(parent, set()).add(v.unit_key)

    @staticmethod
    def parent_key_of(v: UnitVersion) -> str | None:
        if v.level == "commune":
            if v.map == "old" and v.district_code:
                return unit_key("old", "district", v.district_code)
            return unit_key(v.map, "province", v.province_code) if v.province_code else None
        if v.level == "district" and v.province_code:
            return unit_key(v.map, "province", v.province_code)
        return None

    # -- lookups ----------------------------------------------------------------------------------
    def version(self, key: str, year: int) -> UnitVersion | None:
        """The version of ``key`` for ``year``: the latest valid one, else the nearest in time."""
        versions = self.by_key.get(key)
        if not versions:
            return None
        valid = [v for v in versions if v.valid(year)]
        if valid:
            return valid[-1]
        return min(versions, key=lambda v: min(abs((v.first_year or 0) - year), abs((v.last_year or 9999) - year)))

    def children(self, parent_key: str, year: int | None = None, level: str | None = None) -> list[UnitVersion]:
        out = []
        for key in sorted(self._children.get(parent_key, ())):
            v = self.version(key, year) if year is not None else self.by_key[key][-1]
            if v is None or (year is not None and not v.valid(year)):
                continue
            if level is None or v.level == level:
                out.append(v)
        return out

    def descendants(self, parent_key: str, year: int, level: str) -> list[UnitVersion]:
        found = self.children(parent_key, year, level)
        if found:
            return found
        out: list[UnitVersion] = []
        for child in self.children(parent_key, year):
            out.extend(self.children(child.unit_key, year, level))
        return out

    def candidates(self, text: str, map_: str, level: str) -> tuple[str | None, list[UnitVersion]]:
        typ, bare = split_type(text, level)
        found = self._by_name.get((map_, level, bare), [])
        if not found:
            found = self._by_ascii.get((map_, level, _ascii_key(bare)), [])
        if not found:  # typed without diacritics, type word included: "Xa Long Son", "Thi tran My An"
            plain = ascii_fold(text)
            for typed, official in _TYPE_WORDS[level]:
                word = strip_diacritics(typed)
                if plain.startswith(word + " "):
                    bare = plain[len(word) + 1:]
                    bare = _number(bare) if official in _NUMBERED_TYPES else bare
                    found = self._by_ascii.get((map_, level, _ascii_key(bare)), [])
                    if found:
                        return official, found
        return typ, found

    def by_ascii_name(self, map_: str, level: str, ascii_bare: str) -> list[UnitVersion]:
        return self._by_ascii.get((map_, level, _ascii_key(ascii_bare)), [])

    def by_spaceless_name(self, map_: str, level: str, token: str) -> list[UnitVersion]:
        return self._by_spaceless.get((map_, level, _ascii_key(token)), [])

    def find(self, text: str, *, map_: str, level: str, year: int, parent_key: str | None = None,
             taken: frozenset[str] = frozenset()) -> Match:
        """Match one typed name to a unit of ``level`` under ``parent_key`` (any depth) valid in ``year``.

        ``taken``: units other rows of the same sheet already named, used only to tell apart a name that a
        merger of 2021–2024 carried from one unit to another (see ``_carried_name``)."""
        typ, found = self.candidates(text, map_, level)
        if not found:
            form = party_form(text, level)
            if form is not None:
                form_type, bare = form
                typ, found = self.candidates(bare, map_, level)
                typ = form_type or typ
        if parent_key:
            found = [v for v in found if self.is_under(v, parent_key)]
        if typ:
            typed = [v for v in found if v.type == typ]
            found = typed or found
        if not found:
            return Match(None, problem="unknown_unit", fields={"value": text, "year": year})
        in_year = {v.unit_key: self.version(v.unit_key, year) for v in found if v.valid(year)}
        if not in_year:
            years = ", ".join(sorted({v.years_text() for v in found}))
            return Match(None, problem="unit_not_in_year", fields={"value": text, "year": year, "years": years})
        if len(in_year) > 1:
            carried = self._carried_name(found, year, taken)
            if carried is not None:
                return Match(carried, in_year[carried], carried=True)
            names = ", ".join(sorted(f"{v.name} ({v.code})" for v in in_year.values() if v))
            return Match(None, problem="ambiguous_unit", fields={"value": text, "candidates": names})
        key, version = next(iter(in_year.items()))
        return Match(key, version)

    @staticmethod
    def _carried_name(found: list[UnitVersion], year: int, taken: frozenset[str]) -> str | None:
        """Phường Thịnh Quang (00223) merged into Phường Ngã Tư Sở (00235), which took the name, at a date
        the lists do not give (2021–2024): in those years both answer to "Thịnh Quang". If the sheet names the
        other one under its old name ("Ngã Tư Sở"), this row is the old unit; else it is the one that goes on."""
        matched = [v for v in found if v.valid(year)]
        old = [v for v in matched if v.last_year == 2024]
        new = [v for v in matched if v.first_year == 2022 and (v.last_year or 9999) > 2024]
        if len(old) != 1 or len(new) != 1 or len({v.unit_key for v in matched}) != 2 or not 2022 <= year <= 2024:
            return None
        if new[0].unit_key in taken:
            return old[0].unit_key
        return new[0].unit_key

    def is_under(self, v: UnitVersion, parent_key: str) -> bool:
        parent = self.parent_key_of(v)
        while parent:
            if parent == parent_key:
                return True
            pv = self.by_key.get(parent)
            parent = self.parent_key_of(pv[-1]) if pv else None
        return False

    def suggest(self, text: str, pool: list[UnitVersion], limit: int = 3) -> list[str]:
        """The closest official names in ``pool`` (for a reject message)."""
        if not pool:
            return []
        names = [v.name for v in pool]
        choices = [_ascii_key(split_type(n, v.level)[1]) for n, v in zip(names, pool)]
        typed = _ascii_key(split_type(text, pool[0].level)[1])
        hits = process.extract(typed, choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=72)
        return [names[i] for _, _, i in hits]

    def describe(self, key: str, year: int) -> dict[str, object]:
        """Official names of a unit and its parents for ``year`` (what the facts view shows)."""
        cached = self._describe_cache.get((key, year))
        if cached is None:
            cached = self._describe_cache[(key, year)] = dict(_describe(self, key, year))
        return cached

    def add_other(self, parent_key: str, name: str, map_: str) -> UnitVersion:
        """Register a unit with no official code (the party cell of a district agency) under a parent."""
        key = other_key(parent_key, name)
        if key in self.by_key:
            return self.by_key[key][-1]
        parent = self.by_key[parent_key][-1]
        v = UnitVersion(key, map_, "other", None, name, None, parent.province_code,
                        parent.district_code if parent.level != "district" else parent.code, None, None)
        if parent.level == "province":
            v = UnitVersion(key, map_, "other", None, name, None, parent.code, None, None, None)
        self.add(v)
        return v


def _describe(index: UnitIndex, key: str, year: int) -> tuple[tuple[str, object], ...]:
    v = index.version(key, year)
    if v is None:
        raise KeyError(key)

    def name_of(level: str, code: str | None) -> str | None:
        if not code:
            return None
        pv = index.version(unit_key(v.map, level, code), year)
        return pv.name if pv else None

    province = v.name if v.level == "province" else name_of("province", v.province_code)
    district = None
    if v.map == "old":
        district = v.name if v.level == "district" else name_of("district", v.district_code)
    return (
        ("unit_name", v.name),
        ("unit_code", v.code),
        ("unit_level", v.level),
        ("map", v.map),
        ("province", province),
        ("district", district),
        ("commune", v.name if v.level == "commune" else None),
        ("province_code", v.province_code if v.level != "province" else v.code),
        ("district_code", v.district_code if v.level != "district" else v.code),
    )
