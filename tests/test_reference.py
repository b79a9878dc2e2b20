"""The reference units derived from ../shared/reference by scripts/derive_reference.py (committed)."""

from __future__ import annotations

import csv
import unicodedata
from collections import Counter

from tests.conftest import ROOT, query

REF = ROOT / "data" / "reference"


def read(name: str) -> list[dict[str, str]]:
    with open(REF / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def valid(row: dict[str, str], year: int) -> bool:
    return (not row["first_year"] or int(row["first_year"]) <= year) and (
        not row["last_year"] or year <= int(row["last_year"]))


def test_new_map_has_34_provinces_and_3321_communes():
    levels = Counter(r["level"] for r in read("units_new.csv"))
    assert levels == {"province": 34, "commune": 3321}


def test_binh_luc_communes_by_year():
    communes = [r for r in read("units_old.csv") if r["level"] == "commune" and r["district_code"] == "352"]
    count = {y: len({r["code"] for r in communes if valid(r, y)}) for y in (2019, 2020, 2021, 2025)}
    assert count == {2019: 19, 2020: 17, 2021: 17, 2025: 15}
    names = {(r["code"], r["name"]) for r in communes if valid(r, 2020)}
    assert ("13540", "Xã An Nội") in names and ("13537", "Xã An Mỹ") not in names
    assert ("13540", "Xã Bình An") in {(r["code"], r["name"]) for r in communes if valid(r, 2025)}


def test_codes_are_zero_padded_and_names_nfc():
    for name in ("units_old.csv", "units_new.csv"):
        for r in read(name):
            assert len(r["code"]) == {"province": 2, "district": 3, "commune": 5}[r["level"]]
            assert unicodedata.normalize("NFC", r["name"]) == r["name"]


def test_crosswalk_keeps_every_pair_and_classifies_notes():
    rows = read("crosswalk.csv")
    assert len(rows) == 10571
    assert {r["merge_class"] for r in rows} == {"whole", "partial", "kept", "renamed", "other"}
    hiep_my = {r["old_commune_name"] for r in rows if r["new_commune_code"] == "29455"}
    assert hiep_my == {"Xã Long Sơn", "Xã Hiệp Mỹ Đông", "Xã Hiệp Mỹ Tây"}
    assert {r["new_province_name"] for r in rows if r["new_commune_code"] == "29455"} == {"Tỉnh Vĩnh Long"}
    assert sum(1 for r in rows if not r["old_commune_code"]) == 6


def test_the_warehouse_carries_both_maps_and_codes_repeat_across_them(sample_db):
    rows = query(sample_db, "SELECT map, name FROM units WHERE level = 'commune' AND code = '27877' "
                            "ORDER BY map")
    assert rows == [("new", "Xã Thạnh Phước"), ("old", "Xã Thạnh Phú")]
    assert query(sample_db, "SELECT count(*) FROM units WHERE map = 'new' AND level = 'province'") == [(34,)]
