"""Which unit a row (or a register item) is about, within the file's reporting unit."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from etl.reference.text import fold, nfc
from etl.reference.units import Match, UnitIndex, UnitVersion, other_key, split_type
from etl.tables.context import Scope
from etl.tables.records import layout_words
from etl.tables.sheet_tools import starts_with_word, strip_leading_number


@dataclass
class UnitResolver:
    index: UnitIndex
    scope: Scope
    year: int
    new_units: list[UnitVersion] = field(default_factory=list)  # 'other' units this file introduced
    old_names: list[str] = field(default_factory=list)  # rows of a 2025+ report naming units of the old map
    _named: Counter = field(default_factory=Counter)  # units the sheet's rows name (see ``prepare``)
    _cache: dict = field(default_factory=dict)  # (typed, group) -> Match, for names a file repeats
    _own: dict = field(default_factory=dict)  # typed -> its official unit, whatever the other names of the sheet

    def prepare(self, names: list[str]) -> None:
        """Read every unit name of the sheet once, so that a name a merger carried from one unit to another
        can be told apart by the other names of the sheet (UnitIndex._carried_name)."""
        named: Counter[str] = Counter()
        for name, n in Counter(names).items():  # each distinct name looked up once, however often it repeats
            key = self._own_unit(name).unit_key
            if key:
                named[key] += n
        self._named = named
        self._cache.clear()

    @property
    def map(self) -> str:
        return self.scope.map

    def _row_levels(self) -> list[str]:
        level = self.scope.version.level
        if level == "district":
            return ["commune"]
        if level == "province":
            return ["district", "commune"] if self.map == "old" else ["commune"]
        return []

    def _own_unit(self, typed: str) -> Match:
        """``_official`` without the other names of the sheet: the same for every call of a name (the index's
        official units do not change during a load), so looked up once for ``prepare`` and every row."""
        match = self._own.get(typed)
        if match is None:
            match = self._own[typed] = self._official(typed)
        return match

    def _official(self, typed: str, taken: frozenset[str] = frozenset()) -> Match:
        name = strip_leading_number(nfc(typed))
        match = Match(None, problem="unknown_unit")
        for level in self._row_levels():
            match = self.index.find(name, map_=self.map, level=level, year=self.year, parent_key=self.scope.unit_key,
                                    taken=taken)
            if match.unit_key or match.problem in ("ambiguous_unit", "unit_not_in_year"):
                return match
        return match

    def resolve(self, typed: str, group: str | None = None, dry: bool = False) -> Match:
        """A unit named in a row: an official unit under the scope, else a non-commune unit (party cell of
        an agency), else a problem with the closest official names. ``dry``: only look (to choose how to read
        a table), do not add the agency to the index nor note old names."""
        key = (typed, group)
        match = self._cache.get(key)
        if match is None:
            match = self._cache[key] = self._resolve(typed, group)
        if dry:
            return match
        if match.fields.get("old_name"):
            self.old_names.append(str(match.fields["old_name"]))
        if match.fields.get("other"):
            return self._other(str(match.fields["other"]))
        return match

    def _resolve(self, typed: str, group: str | None) -> Match:
        name = strip_leading_number(nfc(typed))
        own = self._own_unit(typed)
        match = own
        if own.carried:  # only a name two units answer to depends on the other names of the sheet
            others = Counter(self._named)
            others[own.unit_key] -= 1
            taken = frozenset(k for k, n in others.items() if n > 0)
            match = self._official(typed, taken) if taken else own
        if match.unit_key or match.problem in ("ambiguous_unit", "unit_not_in_year"):
            return match
        old = self._old_unit(name)
        if old.unit_key:
            old.fields = {"old_name": name}
            return old
        if self._looks_like_other(name, group):
            return Match(other_key(self.scope.unit_key, name), None, fields={"other": name})
        fields = {"value": typed, "year": self.year, "where": f" của {self.scope.version.name}",
                  "where_en": f" of {self.scope.version.name}"}
        return Match(None, problem="unknown_unit", fields=fields)

    def details(self, match: Match) -> dict[str, object]:
        """The fields of an unknown unit's reject message, with the closest official names: computed only for
        the rejects that are kept (a file of 25,000 unknown names keeps 1,000)."""
        if match.problem != "unknown_unit" or "where" not in match.fields:
            return match.fields
        name = strip_leading_number(nfc(str(match.fields["value"])))
        suggestions = self.index.suggest(name, self.pool())
        return {**match.fields,
                "suggestions": f"; gần giống: {', '.join(suggestions)}" if suggestions else "",
                "suggestions_en": f"; closest: {', '.join(suggestions)}" if suggestions else ""}

    def _old_unit(self, name: str) -> Match:
        """A 2025+ report on the new map that still names a commune of the old map (one that went into this
        province): matched to the old commune, said so in the load summary."""
        if self.map != "new" or self.scope.version.level != "province":
            return Match(None, problem="unknown_unit")
        province = self.scope.version.code
        typ, found = self.index.candidates(name, "old", "commune")
        found = [v for v in found if v.valid(self.year) and province in self.index.old_to_new_province.get(v.code or "", ())]
        if typ:
            found = [v for v in found if v.type == typ] or found
        keys = {v.unit_key for v in found}
        if len(keys) != 1:
            return Match(None, problem="unknown_unit")
        return Match(found[0].unit_key, self.index.version(found[0].unit_key, self.year))

    def pool(self) -> list[UnitVersion]:
        out: list[UnitVersion] = []
        for level in self._row_levels():
            out.extend(self.index.descendants(self.scope.unit_key, self.year, level))
        return out

    def _looks_like_other(self, name: str, group: str | None) -> bool:
        if not self._row_levels():
            return True  # a commune's own report: its rows are party cells, hamlets, associations
        if any(split_type(name, level)[0] for level in ("commune",)) and not starts_with_word(name, "other_unit"):
            return False  # "Xã Long Sơnn": a misspelt commune, not an agency
        if starts_with_word(name, "other_unit"):
            return True
        if group:
            g = fold(group)
            if any(w in g for w in layout_words()["commune_group"]):
                return False
            return any(w in g for w in layout_words()["other_group"])
        return False

    def _other(self, name: str) -> Match:
        before = len(self.index.by_key)
        v = self.index.add_other(self.scope.unit_key, name, self.map)
        if len(self.index.by_key) > before:
            self.new_units.append(v)
        return Match(v.unit_key, v)
