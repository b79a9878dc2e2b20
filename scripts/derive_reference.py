"""Derive data/reference/ (units_old, units_new, crosswalk, SOURCES.md) from ../shared.

Usage: python scripts/derive_reference.py [--source ../shared/reference]
                                          [--out data/reference]
Stdlib only; the output depends only on the source files. RULES below is copied into
SOURCES.md, with the counts and the anomalies found in the sources.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HISTORY = "gso_communes_history_2015-2021.csv"
LIST21, LIST25 = "gso_communes_2021-02-03.csv", "gso_communes_2025-01-04.csv"
CROSSWALK, DVHCVN = "crosswalk_2025-07-01.csv", "dvhcvn_20250701_merges.json"
VNP = "kept in the repository sunshine-tech/VietnamProvinces"
ORIGINS = {  # the "origin" column of the source README
    LIST21: f"official commune list (GSO) {VNP}",
    LIST25: f"official commune list (GSO) {VNP}",
    CROSSWALK: f"official conversion table {VNP} (dev/seed-data/2025-07), flattened",
    HISTORY: "derived from the GSO snapshots in daohoangson/dvhcvn-historical-data",
    DVHCVN: "dvhcvn/20250701 mapping/merges.json (MIT licence)",
}
OPEN = 2015  # a version present in 2015 was already there on 2015-08-31: open start
LEVELS = ("province", "district", "commune")
TYPES = {
    "province": ("Thành phố", "Tỉnh"),
    "district": ("Thành phố", "Thị xã", "Huyện", "Quận"),
    "commune": ("Thị trấn", "Phường", "Xã"),
    "new_commune": ("Đặc khu", "Phường", "Xã"),
}
PREFIX_TYPOS = {"Xa": "Xã"}  # "Xa Ea Kly" in the crosswalk
TONES = "\u0300\u0301\u0303\u0309\u0323"
UNIT_COLS = ["level", "code", "name", "type", "province_code", "district_code"]
UNIT_COLS += ["first_year", "last_year"]
CW_COLS = [f"old_{a}_{b}" for a in LEVELS[::-1] for b in ("code", "name")]
CW_COLS += [f"new_{a}_{b}" for a in ("commune", "province") for b in ("code", "name")]
CW_COLS += ["merge_class", "merge_note", "dvhcvn_type", "old_splits"]
Row = dict[str, str]
RULES = """
## Rules

- Text is NFC, stripped, whitespace collapsed; codes are zero-padded text. The type word
  heading a name is written in its usual case ("Thị Trấn X" -> "Thị trấn X", the
  crosswalk's "Xa Ea Kly" -> "Xã Ea Kly") and is the `type` (where a source's type
  column disagrees, the name wins).
- Names are compared folded: lowercase, with the tone of a final oa/oe/uy in the modern
  place (Hoà = Hòa, Thuỷ = Thủy).
- units_old.csv (until 30 June 2025), one row per version, years inclusive, empty
  first_year = already there on 2015-08-31. A history row is valid from the year of
  valid_from (empty: open) to the year of valid_to (the year before if valid_to is 1
  January); with no valid_to, to 2024. The 2021-02-03 list is valid 2021-2024 (2021 only
  for a name the history ends after 2021-02-03); it bridges units that the history
  closes too early. The 2025-01-04 list is valid 2022-2025. One code's observations with
  the same folded name, type and parents in consecutive years make one version, spelt as
  in the latest list. So a code kept to 2025 under the same name is one version; a
  rename or a move to another district gives the old version to 2024 and the new one
  from 2022 (both accepted 2022-2024); a code merged away after 2021 ends in 2024; a new
  code runs 2022-2025. Districts and provinces: the (code, name) of the parents of those
  observations, year by year, joined the same way; the island districts without commune
  come from the lists' district rows.
- units_new.csv (from 1 July 2025): codes and names of the crosswalk's new_* columns; a
  code spelt two ways keeps the modern tone placement.
- crosswalk.csv: every row of the conversion table. An old code contradicting its own
  row's name is corrected only when the name is another commune of the same old district
  and dvhcvn pairs that one with the row's new commune. Old commune name: the code's
  2025 version in units_old, else the crosswalk text; old district: its latest version;
  old province: the GSO parent of the district. merge_class, from the note folded (NFC,
  lowercase, whitespace, "nhâp" = "nhập"): "nhập toàn bộ" [diện tích] whole; "nhập một
  phần..." partial; "giữ nguyên" kept; exactly "đổi tên" or "đổi loại hình" renamed;
  anything else other. dvhcvn_type: dvhcvn's full/partial for (new code, old code; the
  old district code for an island district), else missing. old_splits: the number of
  distinct new communes of the old code.
"""
ANOMALIES = """
## Anomalies in the sources, and how they were treated

- Codes of the 2021-02-03 list missing from the history file: {missing21}.
- {gaps} codes of the 2021-02-03 list are closed by the history file before that date
  (its snapshots miss them; e.g. 58 rows run only from 2020-06-01 to 2020-06-01): the
  2021 list bridges them.
- History rows whose type column contradicts the name (the name wins): {retyped}.
- {cased} codes are named "Thị Trấn ..." in a GSO list: written "Thị trấn ...".
- Crosswalk old province code contradicting the GSO parent of the old district
  (district, crosswalk, GSO): {bad_parent}. The GSO parent is written.
- Crosswalk old codes not in the 2025-01-04 list (changes of early 2025, some reusing a
  code that GSO gives another unit): {unlisted}. Their crosswalk name is kept; units_old
  has no 2025 version.
- Codes of the 2025-01-04 list in no crosswalk row as read (two of them, 01651 and 02482,
  get one from the code corrections below): {uncrossed}.
- Of those, {stale} ended in 2019-2020 in the history file and are not in the 2021 list:
  probably stale rows of the 2025 list. Kept by the rule (2022-2025); to review.
- {respelt} old codes are named differently (beyond tone placement) by the crosswalk and
  the 2025-01-04 list (Mỹ Quí/Mỹ Quý, Phong Nặm/Phong Nậm, early-2025 renames such as
  03979 Phường Mộc Sơn, GSO Thị trấn Mộc Châu); crosswalk.csv writes the GSO name.
"""


@dataclass(frozen=True)
class Unit:
    """A version of a unit, or (before merging) one source's observation of it."""

    level: str
    code: str
    name: str
    type: str
    province_code: str = ""
    district_code: str = ""
    first: int | None = None  # None: open start
    last: int | None = None  # None: open end (new map)

    def years(self) -> range:
        return range(self.first or OPEN, (self.last or 2025) + 1)


def clean(text: str) -> str:
    """NFC, stripped, internal whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def modernise(text: str) -> str:
    """Put the tone of a final oa/oe/uy on its first vowel: Hoà -> Hòa, Thuỷ -> Thủy."""
    words = []
    for word in clean(text).split(" "):
        nfd = unicodedata.normalize("NFD", word)
        tones = [c for c in nfd if c in TONES]
        base = "".join(c for c in nfd if c not in TONES)
        end = re.search(r"(?<![qQ])([oO][aAeE]|[uU][yY])$", base)
        if len(tones) == 1 and end:
            nfd = base[: end.start() + 1] + tones[0] + base[end.start() + 1 :]
        words.append(unicodedata.normalize("NFC", nfd))
    return " ".join(words)


def fold(text: str) -> str:
    return modernise(text).lower()


def split_type(name: str, kind: str, fallback: str = "") -> tuple[str, str]:
    """(name with its type word in the usual case, type word); fallback if none heads it."""
    words = clean(name).split(" ")
    words[0] = PREFIX_TYPOS.get(words[0], words[0])
    for type_word in TYPES[kind]:
        n = len(type_word.split(" "))
        if len(words) > n and fold(" ".join(words[:n])) == fold(type_word):
            return " ".join([type_word, *words[n:]]), type_word
    return " ".join(words), fallback


def read_csv(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def with_parents(c: Unit, district: str, province: str) -> list[Unit]:
    """A commune observation (if it has a code) and the district and province it implies."""
    d, p = c.district_code, c.province_code
    return [
        *([c] if c.code else []),
        Unit("district", d, *split_type(district, "district"), p, "", c.first, c.last),
        Unit("province", p, *split_type(province, "province"), "", "", c.first, c.last),
    ]


def history_observations(rows: list[Row]) -> list[Unit]:
    out = []
    for r in rows:
        first = int(r["valid_from"][:4]) if r["valid_from"] else None
        end = r["valid_to"]
        last = int(end[:4]) - (end[5:] == "01-01") if end else 2024
        name, kind = split_type(r["commune"], "commune", clean(r["type"]))
        p, d, last = r["province_code"], r["district_code"], max(last, first or OPEN)
        commune = Unit("commune", r["commune_code"], name, kind, p, d, first, last)
        out += with_parents(commune, r["district"], r["province"])
    return out


def list_observations(rows: list[Row], first: int | None, last: int) -> list[Unit]:
    """A GSO list valid first..last, with its district rows that have no commune (islands)."""
    out = []
    for r in rows:
        name, kind = split_type(r["Phường Xã"], "commune", clean(r["Cấp"]))
        p, d = r["Mã TP"], r["Mã QH"]
        commune = Unit("commune", r["Mã PX"], name, kind, p, d, first, last)
        out += with_parents(commune, r["Quận Huyện"], r["Tỉnh Thành Phố"])
    return out


def list21_observations(rows: list[Row], history: list[Row]) -> list[Unit]:
    """The 2021-02-03 list: 2021-2024, or 2021 only for a name the history ends after it."""
    gone = {
        ("commune", r["commune_code"], fold(r["commune"]))
        for r in history
        if r["valid_to"] > "2021-02-03"
    }
    islands = list_observations([r for r in rows if not r["Mã PX"]], None, 2021)
    return islands + [
        replace(o, last=2021) if (o.level, o.code, fold(o.name)) in gone else o
        for o in list_observations(rows, 2021, 2024)
    ]


def merge_versions(observations: Iterable[Unit]) -> list[Unit]:
    """One version per level, code, folded name, type, parents and run of consecutive
    years, spelt as the observation from the latest list."""
    years: dict[tuple, set[int]] = defaultdict(set)
    spelling: dict[tuple, tuple] = {}
    for o in observations:
        key = (o.level, o.code, fold(o.name), o.type, o.province_code, o.district_code)
        years[key].update(o.years())
        spelt = (o.last or 9999, o.first or 0, o.name)
        spelling[key] = max(spelling.get(key, spelt), spelt)
    out = []
    for key, found in years.items():
        level, code, _, kind, province, district = key
        starts = sorted(y for y in found if y - 1 not in found)
        ends = sorted(y for y in found if y + 1 not in found)
        for start, end in zip(starts, ends, strict=True):
            first, name = (None if start == OPEN else start), spelling[key][2]
            out.append(Unit(level, code, name, kind, province, district, first, end))
    return sorted(out, key=sort_key)


def sort_key(u: Unit) -> tuple:
    return (LEVELS.index(u.level), u.code, u.first or 0, u.last or 9999, u.name)


def new_units(crosswalk: list[Row]) -> tuple[list[Unit], list[str]]:
    """The new map; a code spelt two ways keeps the modern tone placement."""
    names: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for r in crosswalk:
        p = r["new_province_code"]
        names["province", p, ""][clean(r["new_province"])] += 1
        names["commune", r["new_commune_code"], p][clean(r["new_commune"])] += 1
    units, notes = [], []
    for (level, code, province), spellings in sorted(names.items()):
        best = max(spellings, key=lambda s: (modernise(s) == s, spellings[s], s))
        kind = "province" if level == "province" else "new_commune"
        name, type_word = split_type(best, kind)
        if len(spellings) > 1 or name != best:
            notes.append(
                f"- New {level} {code} spelt {sorted(spellings)}: written {name}."
            )
        units.append(Unit(level, code, name, type_word, province, "", 2025, None))
    return sorted(units, key=sort_key), notes


def merge_class(note: str) -> str:
    folded = clean(note).lower().replace("nhâp ", "nhập ")
    if re.fullmatch(r"nhập toàn bộ( diện tích)?", folded):
        return "whole"
    if folded.startswith("nhập một phần"):
        return "partial"
    if folded == "giữ nguyên":
        return "kept"
    return "renamed" if folded in ("đổi tên", "đổi loại hình") else "other"


def dvhcvn_pairs(data: dict) -> dict[tuple[str, str], str]:
    """(new commune code, old code) -> full|partial; for an island the old district code."""
    return {
        (c["level2_id"], m["old_id"]): m["type"]
        for p in data["data"]
        for c in p["level2s"]
        for m in c["merges"]
    }


def fix_old_codes(crosswalk: list[Row], list25: list[Row], dv: dict) -> list[str]:
    """Correct in place an old code that contradicts its row's name (see RULES)."""
    by_name, names = defaultdict(list), {}
    for r in list25:
        by_name[r["Mã QH"], fold(r["Phường Xã"])].append(r["Mã PX"])
        names[r["Mã PX"]] = clean(r["Phường Xã"])
    notes = []
    for r in crosswalk:
        code, new, name = r["old_commune_code"], r["new_commune_code"], r["old_commune"]
        other = [c for c in by_name[r["old_district_code"], fold(name)] if c != code]
        if (
            code in names
            and fold(names[code]) != fold(name)
            and len(other) == 1
            and (new, code) not in dv
            and (new, other[0]) in dv
        ):
            notes.append(
                f"- Crosswalk row {clean(name)} -> {new}: old code {code} "
                f"(GSO: {names[code]}) corrected to {other[0]}."
            )
            r["old_commune_code"] = other[0]
    return notes


def old_side(r: Row, latest: dict[tuple[str, str], Unit]) -> Row:
    """The old commune, district and province of a crosswalk row, named from units_old."""
    code, dcode = r["old_commune_code"], r["old_district_code"]
    commune, district = latest.get(("commune", code)), latest.get(("district", dcode))
    pcode = district.province_code if district else r["old_province_code"]
    province = latest.get(("province", pcode))
    in_2025 = commune is not None and commune.last == 2025
    return {
        "old_commune_code": code,
        "old_commune_name": commune.name if in_2025 else clean(r["old_commune"]),
        "old_district_code": dcode,
        "old_district_name": district.name if district else clean(r["old_district"]),
        "old_province_code": pcode,
        "old_province_name": province.name if province else clean(r["old_province"]),
    }


def build_crosswalk(
    rows: list[Row], old: list[Unit], new: list[Unit], dv: dict
) -> list[Row]:
    latest = {(u.level, u.code): u for u in sorted(old, key=sort_key)}
    names = {(u.level, u.code): u.name for u in new}
    splits: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        splits[r["old_commune_code"]].add(r["new_commune_code"])
    out = []
    for r in rows:
        code, new_code, p = (
            r["old_commune_code"],
            r["new_commune_code"],
            r["new_province_code"],
        )
        out.append(
            old_side(r, latest)
            | {
                "new_commune_code": new_code,
                "new_commune_name": names["commune", new_code],
                "new_province_code": p,
                "new_province_name": names["province", p],
                "merge_class": merge_class(r["merge_note"]),
                "merge_note": clean(r["merge_note"]),
                "dvhcvn_type": dv.get(
                    (new_code, code or r["old_district_code"]), "missing"
                ),
                "old_splits": str(len(splits[code])) if code else "",
            }
        )
    return sorted(out, key=lambda r: [r[c] for c in CW_COLS])


def valid(units: list[Unit], year: int, **where: str) -> dict[str, str]:
    """code -> name of the units matching `where` that are valid in `year`."""
    return {
        u.code: u.name
        for u in units
        if year in u.years() and all(getattr(u, k) == v for k, v in where.items())
    }


def check(old: list[Unit], new: list[Unit]) -> None:
    """The facts stated by the brief and DOMAIN.md; fail loudly if the rules broke one."""
    binh_luc = [
        valid(old, y, level="commune", district_code="352") for y in range(2019, 2026)
    ]
    assert [len(c) for c in binh_luc] == [19, 17, 17, 17, 17, 17, 15], binh_luc
    assert binh_luc[1]["13540"] == "Xã An Nội" and binh_luc[-1]["13540"] == "Xã Bình An"
    for code in ("13537", "13549"):
        assert [u.last for u in old if u.code == code and u.level == "commune"] == [
            2019
        ]
    thap_muoi = valid(old, 2025, level="commune", district_code="872")
    assert len(thap_muoi) == 13, thap_muoi
    assert (thap_muoi["30037"], thap_muoi["30064"]) == ("Thị trấn Mỹ An", "Xã Mỹ An")
    assert Counter(u.level for u in new) == {"province": 34, "commune": 3321}
    named = {u.code: (u.name, u.province_code) for u in new if u.level == "commune"}
    assert named["29455"] == ("Xã Hiệp Mỹ", "86") and named["30055"][0] == "Xã Mỹ Quí"
    assert named["29431"][0] == "Xã Vinh Kim"
    assert valid(new, 2025, level="province")["86"] == "Tỉnh Vĩnh Long"


def code_changes(list21: list[Row], list25: list[Row]) -> dict[str, int]:
    """Commune codes of the 2021-02-03 list against the 2025-01-04 list."""
    before = {r["Mã PX"]: r for r in list21 if r["Mã PX"]}
    after = {r["Mã PX"]: r for r in list25 if r["Mã PX"]}
    out: Counter = Counter()
    for code in before.keys() | after.keys():
        old, new = before.get(code), after.get(code)
        if not (old and new):
            out["merged away 2021-2024" if old else "new 2021-2024"] += 1
        elif fold(old["Phường Xã"]) != fold(new["Phường Xã"]):
            out["renamed or retyped (same code)"] += 1
        elif (old["Mã QH"], old["Mã TP"]) != (new["Mã QH"], new["Mã TP"]):
            out["same name, another district"] += 1
    return dict(sorted(out.items()))


def text_fixes(src: dict[str, list[Row]]) -> dict[str, int]:
    """Source cells changed by the cleaning."""
    cells = [c for rows in src.values() for r in rows for c in r.values()]
    return {
        "cells not in NFC": sum(unicodedata.normalize("NFC", c) != c for c in cells),
        "cells with stray whitespace": sum(" ".join(c.split()) != c for c in cells),
    }


def dvhcvn_check(raw: list[Row], rows: list[Row], dv: dict) -> dict[str, int]:
    def disagreements(rows: list[Row]) -> int:
        ours, theirs = defaultdict(set), defaultdict(set)
        for r in rows:
            ours[r["old_commune_code"] or r["old_district_code"]].add(
                r["new_commune_code"]
            )
        for new_code, old_code in dv:
            theirs[old_code].add(new_code)
        return sum(ours[c] != theirs[c] for c in ours.keys() & theirs.keys())

    same = {"whole": "full", "partial": "partial", "kept": "full", "renamed": "full"}
    found = sum(r["dvhcvn_type"] != "missing" for r in rows)
    return {
        "old codes sent to other new communes, as read": disagreements(raw),
        "the same after the code corrections": disagreements(rows),
        "rows whose pair dvhcvn lacks (dvhcvn_type missing)": len(rows) - found,
        "dvhcvn pairs not in the conversion table": len(dv) - found,
        "rows whole/kept/renamed here but partial in dvhcvn, or the reverse": sum(
            r["dvhcvn_type"]
            not in ("missing", same.get(r["merge_class"], r["dvhcvn_type"]))
            for r in rows
        ),
    }


def anomalies(src: dict[str, list[Row]], old: list[Unit]) -> str:
    """ANOMALIES filled in from the sources (run before the crosswalk codes are corrected)."""
    history, crosswalk = src[HISTORY], src[CROSSWALK]
    codes21 = {r["Mã PX"] for r in src[LIST21]} - {""}
    codes25 = {r["Mã PX"]: clean(r["Phường Xã"]) for r in src[LIST25] if r["Mã PX"]}
    listed = codes25.keys()
    crossed = {r["old_commune_code"] for r in crosswalk} - {""}
    ever = {r["commune_code"] for r in history}
    alive = {
        r["commune_code"]
        for r in history
        if r["valid_from"] <= "2021-02-03" < (r["valid_to"] or "9")
    }
    parent = {u.code: u.province_code for u in old if u.level == "district"}
    return ANOMALIES.format(
        missing21=sorted(codes21 - ever),
        gaps=len(codes21 - alive),
        retyped=[
            (r["commune_code"], clean(r["commune"]), r["type"], r["valid_from"])
            for r in history
            if split_type(r["commune"], "commune")[1] != r["type"]
        ],
        cased=len(
            {
                r.get("commune_code") or r["Mã PX"]
                for n in (HISTORY, LIST21, LIST25)
                for r in src[n]
                if (r.get("commune") or r.get("Phường Xã", "")).startswith("Thị Trấn")
            }
        ),
        bad_parent=sorted(
            {
                (d, r["old_province_code"], parent[d])
                for r in crosswalk
                if parent[d := r["old_district_code"]] != r["old_province_code"]
            }
        ),
        unlisted=sorted(crossed - listed),
        uncrossed=sorted(listed - crossed),
        stale=sorted((listed - crossed - codes21 - alive) & ever),
        respelt=len(
            {
                c
                for r in crosswalk
                if (c := r["old_commune_code"]) in codes25
                and fold(r["old_commune"]) != fold(codes25[c])
            }
        ),
    )


def unit_row(u: Unit) -> Row:
    first, last = ("" if y is None else str(y) for y in (u.first, u.last))
    values = [u.level, u.code, u.name, u.type, u.province_code, u.district_code]
    return dict(zip(UNIT_COLS, [*values, first, last], strict=True))


def write_csv(path: Path, columns: list[str], rows: Iterable[Row]) -> int:
    rows = list(rows)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def sources_md(source: Path, counts: dict[str, dict], notes: str) -> str:
    lines = ["# Reference tables: where they come from", ""]
    lines += ["Written by `scripts/derive_reference.py`; do not edit by hand.", ""]
    lines += [
        "| source file (../shared/reference/) | sha256 | origin |",
        "|---|---|---|",
    ]
    for name in (LIST21, LIST25, CROSSWALK, HISTORY, DVHCVN):
        digest = hashlib.sha256((source / name).read_bytes()).hexdigest()
        lines.append(f"| {name} | `{digest}` | {ORIGINS[name]} |")
    lines += ["", RULES.strip(), "", "## Counts"]
    for title, table in counts.items():
        lines += ["", f"{title}:", "", "| what | count |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in table.items()]
    return "\n".join([*lines, "", notes.strip(), ""])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=REPO.parent / "shared/reference")
    parser.add_argument("--out", type=Path, default=REPO / "data/reference")
    args = parser.parse_args()
    src = {n: read_csv(args.source / n) for n in (HISTORY, LIST21, LIST25, CROSSWALK)}
    raw = [dict(r) for r in src[CROSSWALK]]
    dv = dvhcvn_pairs(json.loads((args.source / DVHCVN).read_text(encoding="utf-8")))

    old = merge_versions(
        history_observations(src[HISTORY])
        + list21_observations(src[LIST21], src[HISTORY])
        + list_observations(src[LIST25], 2022, 2025)
    )
    assert {r["old_district_code"] for r in raw} <= {u.code for u in old}, "islands?"
    new, new_notes = new_units(raw)
    check(old, new)
    notes = anomalies(src, old) + "\n".join(new_notes) + "\n"
    notes += "\n".join(fix_old_codes(src[CROSSWALK], src[LIST25], dv))
    cross = build_crosswalk(src[CROSSWALK], old, new, dv)
    assert len(cross) == len(raw), "a crosswalk row was lost"

    args.out.mkdir(parents=True, exist_ok=True)
    written = {
        "units_old.csv": write_csv(
            args.out / "units_old.csv", UNIT_COLS, map(unit_row, old)
        ),
        "units_new.csv": write_csv(
            args.out / "units_new.csv", UNIT_COLS, map(unit_row, new)
        ),
        "crosswalk.csv": write_csv(args.out / "crosswalk.csv", CW_COLS, cross),
    }
    versions = Counter(f"old {u.level}" for u in old) + Counter(
        f"new {u.level}" for u in new
    )
    several = Counter((u.level, u.code) for u in old)
    versions["old codes with several versions"] = sum(n > 1 for n in several.values())
    counts = {
        "Rows read": {n: len(rows) for n, rows in src.items()}
        | {DVHCVN: f"{len(dv)} pairs"},
        "Rows written": written,
        "Versions": dict(versions),
        "Commune codes, 2021-02-03 list -> 2025-01-04 list": code_changes(
            src[LIST21], src[LIST25]
        ),
        "Text fixed in the sources": text_fixes(src),
        "merge_class": dict(sorted(Counter(r["merge_class"] for r in cross).items())),
        "Old communes split over several new ones": {
            "old codes": len(
                {r["old_commune_code"] for r in cross if int(r["old_splits"] or 1) > 1}
            )
        },
        "dvhcvn cross-check": dvhcvn_check(raw, cross, dv),
    }
    (args.out / "SOURCES.md").write_text(
        sources_md(args.source, counts, notes), encoding="utf-8"
    )
    for title, table in counts.items():
        print(f"{title}: " + "; ".join(f"{k} {v}" for k, v in table.items()))
    print(notes)


if __name__ == "__main__":
    main()
