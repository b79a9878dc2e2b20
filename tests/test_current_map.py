"""Across the July 2025 reform: reports land on the map of their year, facts move onto today's communes
through the crosswalk (approximations flagged), and the pages compare both eras on one chart."""

from __future__ import annotations

import json
import re

import pytest

from etl.publishing.load import load_files
from tests.conftest import query
from tests.corpus_blocks.figures import figures_file, simple_rows

CAU_NGANG_2022 = {
    "Xã Long Sơn": {("models_total", "value"): 7, ("reg_party_members_pct", "numerator"): 95,
                    ("reg_party_members_pct", "denominator"): 100},
    "Xã Hiệp Mỹ Đông": {("models_total", "value"): 4, ("reg_party_members_pct", "numerator"): 190,
                        ("reg_party_members_pct", "denominator"): 200},
    "Xã Hiệp Mỹ Tây": {("models_total", "value"): 5, ("reg_party_members_pct", "numerator"): 294,
                       ("reg_party_members_pct", "denominator"): 300},
    "Xã Thạnh Hòa Sơn": {("models_total", "value"): 6, ("reg_union_members_pct", "value"): 45.0},
    "Xã Kim Hòa": {("reg_union_members_pct", "value"): 40.0},
    "Xã Vĩnh Kim": {("reg_union_members_pct", "value"): 50.0},
}


@pytest.fixture
def loaded_2022(empty_db, tmp_path):
    f = figures_file(tmp_path / "BaoCao_CauNgang_2022.xlsx",
                     simple_rows(CAU_NGANG_2022, {("models_total", "value"): 30}), year=2022)
    [o] = load_files(empty_db, [f])
    assert o.status == "loaded", o.rejects
    return empty_db


def current(db, code, metric, year=2022):
    return query(db, "SELECT value, numerator, denominator, is_approximate, source_units FROM facts_on_current_map "
                     "WHERE unit_code = ? AND metric = ? AND year = ?", [code, metric, year])


def test_hiep_my_carries_the_sum_of_its_three_old_communes(loaded_2022):
    assert current(loaded_2022, "29455", "models_total") == [(16.0, None, None, False, ["29443", "29452", "29455"])]
    assert query(loaded_2022, "SELECT province, commune FROM facts_on_current_map WHERE unit_code = '29455' "
                              "LIMIT 1") == [("Tỉnh Vĩnh Long", "Xã Hiệp Mỹ")]


def test_percentages_are_recomputed_as_ratios_of_sums(loaded_2022):
    [(value, num, den, approx, _)] = current(loaded_2022, "29455", "reg_party_members_pct")
    assert (round(value, 4), num, den, approx) == (round(100 * 579 / 600, 4), 579.0, 600.0, False)


def test_mean_of_rates_is_flagged_approximate(loaded_2022):
    [(value, num, den, approx, units)] = current(loaded_2022, "29431", "reg_union_members_pct")
    assert (value, num, den, approx, units) == (45.0, None, None, True, ["29431", "29434"])


def test_a_new_commune_some_of_whose_old_communes_did_not_report_is_approximate(loaded_2022):
    # Ngũ Lạc took in Thạnh Hòa Sơn of Cầu Ngang and Ngũ Lạc of Duyên Hải, which is not in this warehouse
    assert current(loaded_2022, "29530", "models_total") == [(6.0, None, None, True, ["29458"])]
    # Nhị Trường's three old communes did not report at all: no row, never a zero
    assert current(loaded_2022, "29446", "models_total") == []


def test_district_figures_are_not_moved_and_no_province_total_is_built(loaded_2022):
    assert query(loaded_2022, "SELECT count(*) FROM facts WHERE unit_level = 'district'") == [(1,)]
    assert query(loaded_2022, "SELECT count(*) FROM facts_on_current_map WHERE unit_code NOT IN "
                              "(SELECT code FROM units WHERE map = 'new' AND level = 'commune')") == [(0,)]


def test_an_old_commune_split_across_new_ones_counts_in_full_in_each_flagged(empty_db, tmp_path, sample_db):
    split = query(sample_db, "SELECT old_commune_code, old_district_name, old_province_name, old_commune_name "
                             "FROM core.crosswalk WHERE old_splits > 1 ORDER BY old_commune_code LIMIT 1")[0]
    code, district, province, name = split
    news = query(sample_db, "SELECT new_commune_code FROM core.crosswalk WHERE old_commune_code = ?", [code])
    f = figures_file(tmp_path / "split.xlsx", simple_rows({name: {("models_total", "value"): 9}}),
                     district=district.split(" ", 1)[1], year=2022, issuer_top=district.upper())
    [o] = load_files(empty_db, [f])
    assert o.status == "loaded", (o.message_en, o.rejects)
    rows = query(empty_db, "SELECT unit_code, value, is_approximate FROM facts_on_current_map ORDER BY 1")
    assert rows == sorted((n, 9.0, True) for (n,) in news)
    del province


def test_a_2025_report_lands_on_the_new_map_and_old_names_in_it_are_matched_and_said(empty_db, tmp_path):
    rows = {"Xã Hiệp Mỹ": {("models_total", "value"): 10}, "Xã Thạnh Hòa Sơn": {("models_total", "value"): 3}}
    f = figures_file(tmp_path / "VinhLong_2025.xlsx", simple_rows(rows), year=2025, issuer_top="TỈNH ỦY VĨNH LONG")
    [o] = load_files(empty_db, [f])
    assert (o.status, o.map, o.unit) == ("loaded", "new", "Tỉnh Vĩnh Long")
    assert any("Xã Thạnh Hòa Sơn" in n and "xã cũ" in n for n in o.notes)
    assert any("Xã Thạnh Hòa Sơn" in n and "old map" in n for n in o.notes_en)
    assert query(empty_db, "SELECT map, unit_name, district FROM facts ORDER BY map") == [
        ("new", "Xã Hiệp Mỹ", None), ("old", "Xã Thạnh Hòa Sơn", "Huyện Cầu Ngang")]
    assert current(empty_db, "29530", "models_total", 2025) == [(3.0, None, None, True, ["29458"])]


def test_unit_history_names_of_their_year(loaded_2022, tmp_path):
    rows = {"Xã An Nội": {("models_total", "value"): 2}, "Xã Bối Cầu": {("models_total", "value"): 3},
            "Xã Hưng Công": {("models_total", "value"): 1}}
    f = figures_file(tmp_path / "BinhLuc_2021.xlsx", simple_rows(rows), district="Bình Lục", year=2021)
    [o] = load_files(loaded_2022, [f])
    assert o.status == "loaded"
    assert query(loaded_2022, "SELECT unit_code, unit_name FROM facts WHERE year = 2021 ORDER BY 1") == [
        ("13522", "Xã Hưng Công"), ("13534", "Xã Bối Cầu"), ("13540", "Xã An Nội")]
    assert query(loaded_2022, "SELECT name FROM units WHERE map = 'old' AND code = '13540' ORDER BY first_year "
                              "NULLS FIRST") == [("Xã An Nội",), ("Xã Bình An",)]


def test_compare_on_todays_map_groups_by_former_district(page, sample_db):
    at = page("pages/so_sanh.py", ban_do="hien-nay", nam="2022", tinh="86", chi_tieu="models_total")
    table = at.dataframe[0].value
    assert set(table["Đơn vị"]) == {"Xã Cầu Ngang", "Xã Mỹ Long", "Xã Vinh Kim", "Xã Nhị Trường", "Xã Hiệp Mỹ",
                                   "Xã Ngũ Lạc"}
    hiep_my = table[table["Đơn vị"] == "Xã Hiệp Mỹ"].iloc[0]
    expected = query(sample_db, "SELECT sum(value) FROM facts WHERE unit_code IN ('29443', '29452', '29455') "
                                "AND map = 'old' AND year = 2022 AND metric = 'models_total'")[0][0]
    assert hiep_my["Giá trị"] == expected and hiep_my["Ước tính"] == ""
    assert table[table["Đơn vị"] == "Xã Ngũ Lạc"].iloc[0]["Ước tính"] == "≈"
    ranking = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert any(text.startswith("≈") for text in ranking["data"][0]["text"])
    assert "Tải Excel (XLSX)" in [d.proto.label for d in at.get("download_button")]


def test_trend_on_todays_map_joins_2022_and_2025(page):
    at = page("pages/xu_huong.py", ban_do="hien-nay", nam="2025", tinh="86", huyen_cu="848", dv="29455,29530",
              ct="models_total")
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    lines = {trace["name"]: trace for trace in spec["data"]}
    assert set(lines) == {"Xã Hiệp Mỹ", "Xã Ngũ Lạc"}
    assert lines["Xã Hiệp Mỹ"]["x"][0] == 2016 and lines["Xã Hiệp Mỹ"]["x"][-1] == 2025
    assert set(lines["Xã Ngũ Lạc"]["marker"]["symbol"][:-1]) == {"circle-open"}  # approximate before 2025
    assert lines["Xã Ngũ Lạc"]["marker"]["symbol"][-1] == "circle"  # reported on the new map in 2025
    assert lines["Xã Hiệp Mỹ"]["marker"]["symbol"][0] == "circle"


def test_search_across_eras(page):
    at = page("pages/don_vi.py", q="Long Sơn")
    old = at.dataframe[0].value
    row = old[old["Huyện cũ"] == "Huyện Cầu Ngang"].iloc[0]
    assert (row["Xã hiện nay"], row["Tỉnh hiện nay"]) == ("Xã Hiệp Mỹ", "Tỉnh Vĩnh Long")
    at.text_input(key="search_units").input("hiep my").run()
    became = at.dataframe[-1].value
    assert set(became["Xã cũ"]) == {"Xã Long Sơn", "Xã Hiệp Mỹ Đông", "Xã Hiệp Mỹ Tây"}


def test_todays_map_opens_where_the_overview_opens_on_a_warehouse_of_former_provinces(tmp_path_factory, monkeypatch):
    """A warehouse of 2016-2024 only (the old map): Tổng quan opens on its heaviest former province; Xu hướng and
    So sánh on today's map open on the province most of it went into (they opened on the province with the most
    communes, three wards of Hồ Chí Minh City on a national warehouse)."""
    from etl.publishing.load import load_files
    from tests.conftest import SAMPLE_DIR, open_dashboard, query

    db = tmp_path_factory.mktemp("old_only") / "old.duckdb"
    # without 2025 and without Cầu Ngang: the overview opens on Hà Nam (Bình Lục), today in Ninh Bình, while the
    # province of today's map with the most communes is another
    load_files(db, sorted(p for p in SAMPLE_DIR.glob("*.xlsx") if not p.stem.endswith("2025")
                          and "CauNgang" not in p.stem), fresh=True, is_sample=True)
    monkeypatch.setenv("CAMPAIGN_DB", str(db))
    overview = open_dashboard("pages/tong_quan.py")
    province = overview.query_params["tinh"]
    if isinstance(province, list):
        province = province[0]
    [(today,)] = query(db, "SELECT new_province_code FROM core.crosswalk WHERE old_province_code = ? "
                           "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1", [province])
    assert (province, today) == ("35", "37")
    for path in ("pages/xu_huong.py", "pages/so_sanh.py"):
        at = open_dashboard(path, ban_do="hien-nay")
        shown = at.query_params["tinh"]
        assert (shown[0] if isinstance(shown, list) else shown) == today, path


def _kept_today_app() -> None:
    import pandas as pd
    import streamlit as st

    from ui.filters import CurrentSelection, kept_today

    successors = {  # what queries.commune_successors gives: a merged commune, one placed elsewhere, one unplaced
        "1": pd.DataFrame({"old_name": ["Xã Cũ Một"], "new_commune_code": ["N1"], "new_commune_name": ["Xã Mới"],
                           "new_province_code": ["86"], "merge_class": ["whole"]}),
        "2": pd.DataFrame({"old_name": ["Xã Cũ Hai"], "new_commune_code": ["N9"], "new_commune_name": ["Xã Xa"],
                           "new_province_code": ["86"], "merge_class": ["whole"]}),
        "3": pd.DataFrame({"old_name": ["Xã Cũ Ba"], "new_commune_code": [None], "new_commune_name": [None],
                           "new_province_code": [None], "merge_class": [None]}),
    }
    communes = pd.DataFrame({"code": ["N1", "N2"], "name": ["Xã Mới", "Xã Khác"]})
    for old in ("1", "2", "3", None):
        selection = CurrentSelection(2023, "86", "Tỉnh Vĩnh Long", "848", "Huyện Cầu Ngang", communes, old)
        st.write(repr(kept_today(selection, successors.__getitem__, "vi")))


def test_a_commune_of_the_old_map_is_followed_onto_todays_map_or_the_page_says_why_not():
    """#24 point 3: the commune chosen on the old map, on a page of today's map: the commune it went into is named
    (and returned, to be drawn); one with no figures in this choice, or not placed by the crosswalk, is said so
    with what the page shows instead; nothing chosen, nothing said."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_kept_today_app, default_timeout=60).run()
    assert not at.exception, at.exception
    assert [m.value for m in at.markdown] == ["['N1']", "[]", "[]", "[]"]
    captions = [re.sub(r"\\(.)", r"\1", c.value) for c in at.caption]  # as drawn: the names' Markdown escapes read
    assert captions == [
        "Xã đã chọn trên bản đồ trước 1/7/2025: Xã Cũ Một, nay thuộc Xã Mới; xã vẫn được giữ cho các trang khác.",
        "Xã đã chọn trên bản đồ trước 1/7/2025: Xã Cũ Hai, nay thuộc Xã Xa, chưa có số liệu trong lựa chọn này; "
        "trang này hiển thị Tỉnh Vĩnh Long (Huyện Cầu Ngang cũ).",
        "Xã đã chọn trên bản đồ trước 1/7/2025: Xã Cũ Ba, không có trong bảng chuyển đổi sang bản đồ hiện nay của "
        "tỉnh này; trang này hiển thị Tỉnh Vĩnh Long (Huyện Cầu Ngang cũ).",
    ]
