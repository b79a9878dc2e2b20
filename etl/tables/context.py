"""The year and the reporting unit of a file, from its title block, its sheet name or its file name.

A clerk writes them above the table ("HUYỆN ỦY CẦU NGANG", "... NĂM 2022"), in the sheet name ("Nam 2022")
or in the file name, often without diacritics ("BaoCao_BinhLuc_2023.csv"). The date line ("Cầu Ngang, ngày
20 tháng 12 năm 2022") and terms of office ("nhiệm kỳ 2020 - 2025") are not the report's year.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from etl.reference.text import ascii_fold, fold
from etl.reference.units import NEW_MAP_FROM, UnitIndex, UnitVersion, map_for_year, party_forms

_YEAR = r"(20\d\d|19\d\d)"
_TITLE_YEAR = re.compile(r"\bnăm\s+" + _YEAR + r"\b")
_RANGE = re.compile(r"\b" + _YEAR + r"\s*[-–—]\s*" + _YEAR + r"\b")
_BARE_YEAR = re.compile(r"(?<!\d)" + _YEAR + r"(?!\d)")
_DATE_BEFORE = re.compile(r"(tháng\s+\d{1,2}|/\d{1,2}/?)\s*$")
_TERM_BEFORE = re.compile(r"(nhiệm kỳ|khóa|giai đoạn nhiệm kỳ)\s*$")
_PERIOD = re.compile(
    r"\b(quý\s+(?:i{1,3}|iv|[1-4])\b"
    r"|(?:01|02|03|04|05|06|07|08|09|10|11|1|2|3|4|5|6|7|8|9|sáu|chín|ba)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?\b"
    r"|báo cáo\s+tháng\s+\d{1,2}\b)"
)
_CAMEL = re.compile(r"(?<=[a-zà-ỹđ])(?=[A-ZÀ-ỸĐ])")

_TYPE_WORDS = {
    "commune": ("thị trấn", "đặc khu", "phường", "xã"),
    "district": ("thành phố", "thị xã", "huyện", "quận"),
    "province": ("thành phố", "tỉnh"),
}
_COMMITTEE = ("ủy", "ủy ban")


def detect_year(title_texts: list[str], sheet_name: str, file_name: str) -> tuple[int | None, str | None]:
    """(year, where it was found) or (None, None)."""
    for text in title_texts:
        year = _year_in_title(fold(text))
        if year:
            return year, "title"
    for source, text in (("sheet", sheet_name), ("file", file_name)):
        found = [int(y) for y in _BARE_YEAR.findall(_spaced(text))]
        if found:
            return max(found), source
    return None, None


_DATE_LINE = re.compile(r"ngày(?:\s+\S{1,4})?\s+tháng(?:\s+\S{1,4})?\s+năm\s+" + _YEAR)


def date_line_year(title_texts: list[str]) -> int | None:
    """The year of the place and date line ("Cầu Ngang, ngày 20 tháng 12 năm 2022"): not the report's year
    by itself (a report dated in January may be last year's), but worth naming when no year is found."""
    for text in title_texts:
        m = _DATE_LINE.search(fold(text))
        if m:
            return int(m.group(1))
    return None


def _year_in_title(text: str) -> int | None:
    for m in _TITLE_YEAR.finditer(text):
        if not _DATE_BEFORE.search(text[: m.start()]):
            return int(m.group(1))
    for m in _RANGE.finditer(text):
        if not _TERM_BEFORE.search(text[: m.start()]):
            return int(m.group(2))
    return None


def detect_period(title_texts: list[str], sheet_name: str, file_name: str) -> str | None:
    """The phrase that says the report covers less than a year ("quý I", "6 tháng đầu năm"), if any."""
    for text in [*title_texts, sheet_name, _spaced(file_name)]:
        folded = fold(text)
        for m in _PERIOD.finditer(folded):
            if re.search(r"ngày\s*$", folded[: m.start()]) or (
                "năm" not in m.group(0) and re.match(r"\s*\d{1,2}(?!\d)", folded[m.end():])
            ):
                continue  # "ngày 20 tháng 12": a date, not a period
            return m.group(0)
    return None


def _spaced(name: str) -> str:
    """'BaoCao_BinhLuc_2023.csv' -> 'Bao Cao Binh Luc 2023 csv'."""
    return re.sub(r"[_\-.]+", " ", _CAMEL.sub(" ", name))


@dataclass
class Scope:
    unit_key: str
    map: str
    version: UnitVersion
    source: str  # title | sheet | file | option


@lru_cache(maxsize=4)
def _type_forms(level: str) -> dict[str, list[tuple[list[str], str]]]:
    """First word -> (words as typed, the type word to look the name up with): "huyện" -> "huyện"; the party
    committee forms of data/party_bodies.csv too: "thị ủy" -> "thị xã", "thành ủy" -> "thành phố"."""
    forms = [(word.split(), word) for word in _TYPE_WORDS[level]]
    forms += [(prefix.split(), typ.lower()) for prefix, typ in party_forms().get(level, []) if typ]
    out: dict[str, list[tuple[list[str], str]]] = {}
    for words, lookup in forms:
        out.setdefault(words[0], []).append((words, lookup))
    return out


def _mentions_typed(index: UnitIndex, text: str, map_: str, year: int) -> dict[str, list[UnitVersion]]:
    """Units named after a type word in folded text: "huyện ủy cầu ngang" -> Huyện Cầu Ngang, "thị ủy kiến
    tường" -> Thị xã Kiến Tường."""
    tokens = fold(text).split()
    found: dict[str, list[UnitVersion]] = {"commune": [], "district": [], "province": []}
    for level in _TYPE_WORDS:
        if map_ == "new" and level == "district":
            continue
        forms = _type_forms(level)
        for i, token in enumerate(tokens):
            for words, lookup in forms.get(token, ()):
                if tokens[i : i + len(words)] != words:
                    continue
                j = i + len(words)
                if j < len(tokens) and tokens[j] == "ủy":
                    j += 1
                for n in (5, 4, 3, 2, 1):
                    if j + n > len(tokens):
                        continue
                    name = f"{lookup} " + " ".join(tokens[j : j + n])
                    typ, candidates = index.candidates(name, map_, level)
                    candidates = [v for v in candidates if v.valid(year) and (typ is None or v.type == typ)]
                    if candidates:
                        found[level].extend(candidates)
                        break
    return found


def _mentions_ascii(index: UnitIndex, text: str, map_: str, year: int) -> dict[str, list[UnitVersion]]:
    """District/province names in a file or sheet name, typed without diacritics or spaces."""
    tokens = ascii_fold(_spaced(text)).split()
    found: dict[str, list[UnitVersion]] = {"commune": [], "district": [], "province": []}
    for level in ("district", "province"):
        if map_ == "new" and level == "district":
            continue
        for n in (4, 3, 2):
            for i in range(len(tokens) - n + 1):
                found[level].extend(v for v in index.by_ascii_name(map_, level, " ".join(tokens[i : i + n]))
                                    if v.valid(year))
        for token in tokens:
            if len(token) >= 6:
                found[level].extend(v for v in index.by_spaceless_name(map_, level, token) if v.valid(year))
    return found


def _pick(index: UnitIndex, found: dict[str, list[UnitVersion]]) -> UnitVersion | list[UnitVersion] | None:
    """The most specific unit consistent with the others; the candidates when several fit equally."""
    provinces = {v.unit_key: v for v in found["province"]}
    districts = {v.unit_key: v for v in found["district"]}
    communes = {v.unit_key: v for v in found["commune"]}

    def inside(v: UnitVersion, parents: dict[str, UnitVersion]) -> bool:
        return not parents or any(index.is_under(v, key) for key in parents)

    communes = {k: v for k, v in communes.items() if inside(v, districts) and inside(v, provinces)}
    if len(communes) == 1 and (districts or provinces):
        return next(iter(communes.values()))
    inner = {k: v for k, v in districts.items() if inside(v, provinces)}
    for level in (inner, provinces):
        if len(level) == 1:
            return next(iter(level.values()))
        if len(level) > 1:
            return list(level.values())
    if len(communes) == 1:
        return next(iter(communes.values()))
    return None


Disambiguate = Callable[[list[UnitVersion]], UnitVersion | None]


def detect_scope(
    index: UnitIndex, title_texts: list[str], sheet_name: str, file_name: str, year: int,
    inherited: Scope | None = None, disambiguate: Disambiguate | None = None,
) -> tuple[Scope | None, str | None]:
    """The reporting unit (commune, district or province) and, if it was not found, why.

    Looked for in the title block, then (``inherited``) the unit another sheet of the same workbook names
    in its title, then the sheet name, then the file name. When a name fits several units ("ThanhHoa":
    Huyện Thạnh Hóa or Thành phố Thanh Hóa), ``disambiguate`` may pick one from the table's own rows."""
    maps = [map_for_year(year)] + (["old"] if year >= NEW_MAP_FROM else [])
    ambiguous = False
    for map_ in maps:
        sources = [
            ("title", lambda m=map_: _mentions_typed(index, " | ".join(title_texts), m, year)),
            ("inherited", None),
            ("sheet", lambda m=map_: _merge(_mentions_typed(index, sheet_name, m, year),
                                            _mentions_ascii(index, sheet_name, m, year))),
            ("file", lambda m=map_: _merge(_mentions_typed(index, _spaced(file_name), m, year),
                                           _mentions_ascii(index, file_name, m, year))),
        ]
        for source, mentions in sources:
            if mentions is None:
                if inherited is not None and map_ == inherited.map:
                    return inherited, None
                continue
            picked = _pick(index, mentions())
            if isinstance(picked, list) and disambiguate is not None:
                picked = disambiguate(picked) or picked
            if isinstance(picked, UnitVersion):
                return Scope(picked.unit_key, map_, picked, source), None
            ambiguous = ambiguous or isinstance(picked, list)
    return None, "ambiguous" if ambiguous else "not_found"


def _merge(a: dict[str, list[UnitVersion]], b: dict[str, list[UnitVersion]]) -> dict[str, list[UnitVersion]]:
    return {k: a.get(k, []) + b.get(k, []) for k in set(a) | set(b)}


def resolve_unit_option(index: UnitIndex, text: str, year: int) -> tuple[Scope | None, str]:
    """--unit: an official code (2, 3 or 5 digits) or a name; (scope, '') or (None, reason)."""
    map_ = map_for_year(year)
    value = text.strip()
    if value.isdigit():
        level = {2: "province", 3: "district", 5: "commune"}.get(len(value))
        if level is None:
            return None, f"code {value}: expected 2 (province), 3 (district) or 5 (commune) digits"
        for m in [map_] + (["old"] if map_ == "new" else []):
            v = index.version(f"{m}:{level}:{value}", year)
            if v is not None:
                return Scope(v.unit_key, m, v, "option"), ""
        return None, f"no {level} with code {value} in {year}"
    for m in [map_] + (["old"] if map_ == "new" else []):
        found = _mentions_typed(index, value, m, year)
        picked = _pick(index, found)
        if isinstance(picked, list):
            picked = "ambiguous"
        if picked is None:
            for level in ("district", "province", "commune"):
                typ, cands = index.candidates(value, m, level)
                cands = [v for v in cands if v.valid(year)]
                if len({v.unit_key for v in cands}) == 1:
                    picked = cands[0]
                    break
                if cands:
                    picked = "ambiguous"
                    break
        if isinstance(picked, UnitVersion):
            return Scope(picked.unit_key, m, picked, "option"), ""
        if picked == "ambiguous":
            return None, f"“{value}” names several units; give its type (“huyện …”) or its code"
    return None, f"“{value}” is not an official unit name for {year}"
