"""Unit names as clerks type them, matched to the official list of the right year."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.reference.text import modern_tones

CAU_NGANG = "old:district:848"
THAP_MUOI = "old:district:872"


@pytest.mark.parametrize(("typed", "code"), [
    ("Xã Long Sơn", "29443"), ("xã Long Sơn", "29443"), ("X. Long Sơn", "29443"), ("Long Sơn", "29443"),
    ("XÃ LONG SƠN", "29443"), ("TT Cầu Ngang", "29416"), ("Thị Trấn Cầu Ngang", "29416"),
    ("Xã Mỹ Hoà", "29428"), ("Đảng bộ xã Long Sơn", "29443"), ("Xa Long Son", "29443"),
    ("Thi tran Cau Ngang", "29416"),
])
def test_commune_names_of_cau_ngang(unit_index, typed, code):
    match = unit_index.find(typed, map_="old", level="commune", year=2022, parent_key=CAU_NGANG)
    assert match.unit_key == f"old:commune:{code}", match.problem


def test_same_name_in_two_districts_resolved_by_district(unit_index):
    a = unit_index.find("Mỹ Hòa", map_="old", level="commune", year=2022, parent_key=CAU_NGANG)
    b = unit_index.find("Mỹ Hòa", map_="old", level="commune", year=2022, parent_key=THAP_MUOI)
    assert (a.unit_key, b.unit_key) == ("old:commune:29428", "old:commune:30052")


def test_same_name_in_one_district_resolved_by_type(unit_index):
    tt = unit_index.find("TT Mỹ An", map_="old", level="commune", year=2022, parent_key=THAP_MUOI)
    xa = unit_index.find("Xã Mỹ An", map_="old", level="commune", year=2022, parent_key=THAP_MUOI)
    bare = unit_index.find("Mỹ An", map_="old", level="commune", year=2022, parent_key=THAP_MUOI)
    assert (tt.unit_key, xa.unit_key) == ("old:commune:30037", "old:commune:30064")
    assert bare.unit_key is None and bare.problem == "ambiguous_unit"


def test_name_of_the_year(unit_index):
    assert unit_index.describe("old:commune:13540", 2020)["unit_name"] == "Xã An Nội"
    assert unit_index.describe("old:commune:13540", 2024)["unit_name"] == "Xã Bình An"
    gone = unit_index.find("Xã An Mỹ", map_="old", level="commune", year=2021, parent_key="old:district:352")
    assert gone.problem == "unit_not_in_year"
    there = unit_index.find("Xã An Mỹ", map_="old", level="commune", year=2019, parent_key="old:district:352")
    assert there.unit_key == "old:commune:13537"


def test_unknown_name_gets_suggestions(unit_index):
    pool = unit_index.descendants(CAU_NGANG, 2022, "commune")
    assert unit_index.suggest("Xã Hiệp Mỹ Đôngg", pool)[0] == "Xã Hiệp Mỹ Đông"


def test_nfd_text_matches(unit_index):
    import unicodedata

    typed = unicodedata.normalize("NFD", "Xã Hiệp Mỹ Tây")
    match = unit_index.find(typed, map_="old", level="commune", year=2022, parent_key=CAU_NGANG)
    assert match.unit_key == "old:commune:29455"


@given(st.sampled_from(["Hoà", "Thuỷ", "Khoẻ", "Uỷ", "Hòa", "Thủy"]), st.booleans())
def test_old_and_new_tone_placement_fold_to_the_same_text(word, upper):
    text = word.upper() if upper else word
    assert modern_tones(text) == modern_tones(modern_tones(text))
    assert modern_tones(text).lower() in {"hòa", "thủy", "khỏe", "ủy"}


@given(st.sampled_from(["Xã Long Sơn", "Xã Hiệp Mỹ Đông", "Thị trấn Mỹ Long", "Xã Thạnh Hòa Sơn"]),
       st.sampled_from(["", "xã ", "X. ", "XÃ "]), st.booleans())
def test_typing_variants_of_official_names_match(unit_index, name, prefix, upper):
    bare = name.split(" ", 1)[1] if name.startswith("Xã") else name
    typed = prefix + bare if name.startswith("Xã") else name
    typed = typed.upper() if upper else typed
    match = unit_index.find(typed, map_="old", level="commune", year=2023, parent_key=CAU_NGANG)
    assert match.unit_key is not None and match.version.name == name


QUAN_3, VI_THANH = "old:district:770", "old:district:930"


@pytest.mark.parametrize("typed", ["Phường 5", "Phường 05", "P5", "P.05", "P. 5", "P 05", "p.5", "F5", "F.05",
                                   "Phuong 05", "PHƯỜNG 05", "Phường5"])
def test_numbered_wards_match_however_the_number_is_typed(unit_index, typed):
    """#23 point 3: Quận 3's Phường 5 (27151), officially "Phường 05" until 2024 and "Phường 5" from 2022."""
    for year in (2020, 2023):
        match = unit_index.find(typed, map_="old", level="commune", year=year, parent_key=QUAN_3)
        assert (match.unit_key, match.problem) == ("old:commune:27151", None), (typed, year)


def test_a_ward_named_in_roman_numerals_matches_its_arabic_typing(unit_index):
    for typed in ("Phường I", "Phường 1", "P1", "P.01"):
        match = unit_index.find(typed, map_="old", level="commune", year=2023, parent_key=VI_THANH)
        assert match.unit_key == "old:commune:31318", typed
    match = unit_index.find("Phường 4", map_="old", level="commune", year=2023, parent_key=VI_THANH)
    assert match.unit_key == "old:commune:31324" and match.version.name == "Phường IV"


def test_numbered_districts_match_and_numbers_match_only_numbered_units(unit_index):
    for typed in ("Quận 3", "Quận 03", "Q3", "Q.03", "Q. 3"):
        match = unit_index.find(typed, map_="old", level="district", year=2023, parent_key="old:province:79")
        assert match.unit_key == QUAN_3, typed
    # Cầu Ngang numbers none of its communes: a number is no name there
    for typed in ("P7", "Phường 07", "F3"):
        assert unit_index.find(typed, map_="old", level="commune", year=2023,
                               parent_key=CAU_NGANG).problem == "unknown_unit", typed
    # a unit whose name merely contains a number is not touched
    assert unit_index.find("Xã Long Sơn", map_="old", level="commune", year=2023,
                           parent_key=CAU_NGANG).unit_key == "old:commune:29443"
