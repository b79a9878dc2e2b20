"""The levels above the district (#12.4): the whole country ("Toàn quốc", ``tinh=toan-quoc``) compares its
provinces, an old-map province its districts, on Tổng quan, So sánh and Xu hướng; the figures of every level in
SQL (warehouse.levels) agree with the rule written again in pandas (tests/pandas_rule.py)."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests import pandas_rule
from tests.conftest import open_dashboard, query
from ui import fmt
from warehouse import levels, queries
from warehouse.db import ReadOnlyWarehouse

RATE = "reg_party_members_pct"


def metric(at: AppTest, label: str) -> str:
    values = [m.value for m in at.metric if m.label == label]
    assert values, [m.label for m in at.metric]
    return values[0]


def param(at: AppTest, name: str) -> str | None:
    value = at.query_params.get(name)
    return value[0] if isinstance(value, list) else value


@pytest.fixture(scope="module")
def two_provinces(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two provinces, one district each, communes only (no district total): the country's rate is then the
    ratio of the sums over every commune of the warehouse."""
    from etl.publishing.load import load_files
    from tests.corpus_blocks.figures import figures_file, simple_rows

    folder = tmp_path_factory.mktemp("two_provinces")
    db = folder / "warehouse.duckdb"

    def rate(n: int, d: int) -> dict:
        return {(RATE, "numerator"): n, (RATE, "denominator"): d, (RATE, "value"): round(100 * n / d, 1),
                ("models_total", "value"): n % 7}

    cau_ngang = simple_rows({"Xã Long Sơn": rate(300, 310), "Xã Kim Hòa": rate(180, 200),
                             "Thị trấn Cầu Ngang": rate(420, 421)})
    thap_muoi = simple_rows({"Xã Mỹ An": rate(95, 120), "Xã Láng Biển": rate(250, 251)})
    outcomes = load_files(db, [figures_file(folder / "cau_ngang.xlsx", cau_ngang, year=2022),
                               figures_file(folder / "thap_muoi.xlsx", thap_muoi, district="Tháp Mười", year=2022,
                                            issuer_top="HUYỆN ỦY THÁP MƯỜI")], fresh=True)
    assert [o.status for o in outcomes] == ["loaded", "loaded"]
    return db


def open_app(db: Path, monkeypatch: pytest.MonkeyPatch, page: str, **params: str) -> AppTest:
    monkeypatch.setenv("CAMPAIGN_DB", str(db))
    return open_dashboard(page, **params)


def test_the_country_rate_is_the_ratio_of_the_sums_of_every_commune(two_provinces, monkeypatch):
    [(num, den, provinces)] = query(two_provinces, "SELECT sum(numerator), sum(denominator), count(DISTINCT "
                                    "province_code) FROM core.facts WHERE year = 2022 AND metric = ?", [RATE])
    assert provinces == 2
    at = open_app(two_provinces, monkeypatch, "pages/tong_quan.py", nam="2022", tinh="toan-quoc")
    assert any("Toàn quốc — năm 2022" in s.value for s in at.subheader)
    assert at.selectbox(key="filter_tinh").value == "toan-quoc"
    assert metric(at, "Đảng viên đăng ký") == fmt.metric_value(100 * num / den, "pct", None, "vi")
    [card] = [m for m in at.metric if m.label == "Đảng viên đăng ký"][:1]
    assert f"{num:,.0f}/{den:,.0f}".replace(",", ".") in card.help
    [(total,)] = query(two_provinces, "SELECT count(DISTINCT unit_key) FROM core.unit_versions WHERE map = 'old' "
                                      "AND level = 'province' AND origin = 'reference' AND coalesce(first_year, 0) "
                                      "<= 2022 AND coalesce(last_year, 9999) >= 2022")
    assert total == 63
    assert metric(at, "Đơn vị đã báo cáo") == f"2/{total}"
    [(models,)] = query(two_provinces, "SELECT sum(value) FROM core.facts WHERE year = 2022 AND metric = "
                                       "'models_total'")
    assert metric(at, "Tổng số mô hình") == f"{models:.0f}"


def test_the_country_names_its_lowest_provinces_with_links_to_them(two_provinces, monkeypatch):
    rates = query(two_provinces, "SELECT province_code, any_value(province), 100 * sum(numerator) / "
                                 "sum(denominator) AS r FROM core.facts WHERE year = 2022 AND metric = ? "
                                 "GROUP BY 1 ORDER BY r", [RATE])
    at = open_app(two_provinces, monkeypatch, "pages/tong_quan.py", nam="2022", tinh="toan-quoc")
    shown = [(e.proto.label, dict(urllib.parse.parse_qsl(e.proto.query_string)))
             for e in at.get("page_link") if "—" in e.proto.label]
    assert [label.replace("\\", "") for label, _ in shown] == [
        f":red[{name} — {fmt.metric_value(r, 'pct', None, 'vi')}]" for _, name, r in rates]
    assert [q for _, q in shown] == [{"nam": "2022", "tinh": code} for code, _, _ in rates]
    assert any(c.value == "2/2 đơn vị dưới chỉ tiêu 100,0%." for c in at.caption)


def test_the_country_level_in_the_link_both_ways_and_across_the_map_change(page):
    at = page("pages/tong_quan.py", nam="2022", tinh="toan-quoc", huyen="848")
    assert param(at, "tinh") == "toan-quoc" and param(at, "huyen") is None  # no district under the country
    assert at.selectbox(key="filter_tinh").options[0] == "Toàn quốc"
    at.selectbox(key="filter_tinh").set_value("84").run()
    assert param(at, "tinh") == "84"
    assert any("Tỉnh Trà Vinh — năm 2022" in s.value for s in at.subheader)
    at.selectbox(key="filter_tinh").set_value("toan-quoc").run()
    assert param(at, "tinh") == "toan-quoc"
    assert any("Toàn quốc — năm 2022" in s.value for s in at.subheader)
    at.selectbox(key="filter_nam").set_value(2025).run()  # onto the new map: still the whole country
    assert not at.exception
    assert (param(at, "nam"), param(at, "tinh")) == ("2025", "toan-quoc")
    assert any("Toàn quốc — năm 2025" in s.value for s in at.subheader)
    en = page("pages/tong_quan.py", nam="2022", tinh="toan-quoc", lang="en")
    assert any("Whole country — 2022" in s.value for s in en.subheader)


def test_every_level_in_sql_agrees_with_the_pandas_rules(sample_db):
    """Every district and province of the sample, each map, every year: warehouse.levels = the rule written again
    in pandas (tests/pandas_rule.py: the reported figure where there is one, else computed from the children); the
    country is its provinces combined by the same rules."""
    wh = ReadOnlyWarehouse(sample_db)
    kinds = dict(zip(*[queries.metrics(wh)[c] for c in ("code", "kind")]))
    keys = [k for (k,) in query(sample_db, "SELECT DISTINCT 'old:district:' || district_code FROM core.facts WHERE "
                                           "map = 'old' AND district_code IS NOT NULL UNION SELECT DISTINCT map || "
                                           "':province:' || province_code FROM core.facts ORDER BY 1")]
    assert len(keys) >= 12
    for map_, y0, y1 in (("old", 2016, 2024), ("new", 2025, 2025)):
        provinces = []
        for key in [k for k in keys if k.startswith(map_)]:
            expected = pandas_rule.figures_of(wh, key, y0, y1)
            got = levels.unit_figures(wh, key, y0, y1)
            assert len(got) == len(expected) > 0, key
            for column in ("value", "numerator", "denominator", "reported_value", "computed_value", "n_reported"):
                assert np.allclose(got[column].astype(float), expected[column].astype(float), equal_nan=True), \
                    (key, column)
            for column in ("metric", "basis", "qualifier", "source_cell"):
                assert got[column].fillna("").tolist() == expected[column].fillna("").tolist(), (key, column)
            if ":province:" in key:
                provinces.append(expected)
        country = pandas_rule.compute_from_children(pd.concat(provinces, ignore_index=True), kinds)
        got = levels.unit_figures(wh, levels.country_key(map_), y0, y1)
        assert got["value"].tolist() == pytest.approx(country["computed_value"].tolist())
        assert got["basis"].tolist() == country["computed_basis"].tolist()
        assert got["n_reported"].tolist() == country["n_reported"].tolist()


def test_so_sanh_ranks_the_provinces_of_the_country(page, sample_db):
    at = page("pages/so_sanh.py", nam="2025", tinh="toan-quoc", chi_tieu="models_total")
    assert any("Tổng số mô hình — các tỉnh, thành phố, năm 2025" in s.value for s in at.subheader)
    sums = query(sample_db, "SELECT province, sum(value) FROM core.facts WHERE year = 2025 AND metric = "
                            "'models_total' GROUP BY 1 ORDER BY 2 DESC, 1")
    table = [d.value for d in at.dataframe if "Hạng" in d.value.columns][0]
    assert len(table) == 34  # every province of the new map, the missing ones as missing
    reported = table[table["Giá trị"].notna()]
    assert list(zip(reported["Đơn vị"], reported["Giá trị"], strict=True)) == [(p, float(v)) for p, v in sums]
    assert table["Giá trị"].isna().sum() == 34 - len(sums)
    assert any(c.value.startswith(f"{len(sums)}/34 tỉnh, thành phố có số liệu") for c in at.caption)


def test_so_sanh_ranks_the_districts_of_an_old_map_province(page):
    at = page("pages/so_sanh.py", nam="2022", tinh="84", chi_tieu="models_total")
    assert any("các huyện, quận, thị xã của Tỉnh Trà Vinh, năm 2022" in s.value for s in at.subheader)
    table = [d.value for d in at.dataframe if "Hạng" in d.value.columns][0]
    assert len(table) == 9  # Trà Vinh's districts of 2022
    assert table.loc[table["Giá trị"].notna(), "Đơn vị"].tolist() == ["Huyện Cầu Ngang"]
    assert table.loc[table["Giá trị"].notna(), "Giá trị"].tolist() == [96.0]  # its own total (Tổng quan: 96)


def test_xu_huong_draws_the_country_and_chosen_provinces(page, sample_db):
    at = page("pages/xu_huong.py", nam="2022", tinh="toan-quoc", dv="old:country:VN,old:province:84",
              ct="models_total")
    assert param(at, "ban_do") == "bao-cao"  # the country: as reported
    table = [d.value for d in at.dataframe if "Năm" in d.value.columns][0]
    country = table[table["Đơn vị"] == "Toàn quốc"].set_index("Năm")["Giá trị"]
    sums = dict(query(sample_db, "SELECT year, sum(value) FROM core.facts WHERE map = 'old' AND metric = "
                                 "'models_total' AND unit_level = 'district' GROUP BY 1"))  # every district reported it
    assert {int(y): float(v) for y, v in country.items()} == {y: float(v) for y, v in sums.items()}
    assert set(table["Đơn vị"]) == {"Toàn quốc", "Tỉnh Trà Vinh"}


def test_the_summary_built_at_publish_gives_the_live_figures(sample_db, tmp_path):
    """warehouse.levels.build_summary (run by the writer): the same figures as the SQL over the facts, for every
    district, province and the country; a summary whose facts changed since is not used."""
    import shutil

    from warehouse.db import publish

    db, bare = tmp_path / "with_summary.duckdb", tmp_path / "without.duckdb"
    shutil.copyfile(sample_db, db)
    shutil.copyfile(sample_db, bare)
    con = duckdb.connect(str(bare))  # the loader builds the summary: a warehouse of an older version has none
    con.execute("DELETE FROM core.meta WHERE key = 'level_figures_stamp'")
    con.close()
    live = ReadOnlyWarehouse(bare)
    assert not levels.summary_ready(live)
    assert publish(db, levels.build_summary) > 0
    wh = ReadOnlyWarehouse(db)
    assert levels.summary_ready(wh)
    keys = [k for (k,) in query(db, "SELECT DISTINCT unit_key FROM core.level_figures ORDER BY 1")]
    assert {"old:country:VN", "new:country:VN", "old:province:84", "old:district:848", "new:province:86"} <= set(keys)
    for key in keys:
        years = (2025, 2025) if key.startswith("new") else (2016, 2024)
        got, expected = levels.unit_figures(wh, key, *years), levels.unit_figures(live, key, *years)
        pd.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True),
                                      check_dtype=False, obj=key)
    for parent in ("old:country:VN", "new:country:VN", "old:province:84"):
        years = (2025, 2025) if parent.startswith("new") else (2016, 2024)
        got, expected = (levels.child_figures(w, parent, RATE, *years).reset_index(drop=True) for w in (wh, live))
        pd.testing.assert_frame_equal(got, expected, check_dtype=False, obj=parent)
    for name, args in (("current_map_years", ()), ("current_map_units", ()),  # today's map: the view, materialised
                       ("current_map_facts", ("86", RATE, 2016, 2025)), ("current_map_unit", ("29455", 2024)),
                       ("unit_options", (2022,)), ("unit_options", (2025,))):  # the lists of units of a year
        got, expected = getattr(queries, name)(wh, *args), getattr(queries, name)(live, *args)
        if isinstance(got, list):
            assert got == expected and got, name
        else:
            assert len(got) > 0, name
            pd.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True),
                                          check_dtype=False, obj=name)
    assert levels.unit_options_source(wh).startswith(f"(SELECT * EXCLUDE (year) FROM {levels.UNIT_OPTIONS}")
    wh.close()
    older = tmp_path / "older.duckdb"  # stamped by the version before, which built no unit lists: not used
    shutil.copyfile(db, older)
    con = duckdb.connect(str(older))
    con.execute("UPDATE core.meta SET value = regexp_replace(value, '^v[0-9]+:', '') "
                "WHERE key = 'level_figures_stamp'")
    con.close()
    assert not levels.summary_ready(ReadOnlyWarehouse(older))
    publish(db, lambda con: con.execute(  # a fact changed after the summary was built: the summary is not trusted
        "UPDATE core.facts SET value = value + 1, load_id = load_id + 1 WHERE unit_key = 'old:district:848' "
        "AND year = 2022 AND metric = 'models_total'"))
    changed = ReadOnlyWarehouse(db)
    assert not levels.summary_ready(changed)
    assert levels.unit_figures(changed, "old:country:VN", 2022, 2022).set_index("metric").loc[
        "models_total", "value"] == levels.unit_figures(live, "old:country:VN", 2022, 2022).set_index("metric").loc[
        "models_total", "value"] + 1


def test_links_name_the_country_and_a_bar_opens_the_comparison_one_level_down(sample_db, monkeypatch):
    """unit_link: the country's link is tinh=toan-quoc on either map; a province's or a district's, on So sánh,
    is that comparison (what a bar of the country's or a province's ranking opens)."""
    monkeypatch.setenv("CAMPAIGN_DB", str(sample_db))
    from ui.data import Source
    from ui.page import unit_link

    source = Source()
    assert unit_link(source, "old:country:VN", 2022, "vi") == ("pages/tong_quan.py", {"nam": "2022",
                                                                                      "tinh": "toan-quoc"})
    assert unit_link(source, "new:country:VN", 2025, "en")[1] == {"nam": "2025", "tinh": "toan-quoc", "lang": "en"}
    assert unit_link(source, "old:province:84", 2022, "vi", page="pages/so_sanh.py") == (
        "pages/so_sanh.py", {"nam": "2022", "tinh": "84"})
    assert unit_link(source, "old:district:848", 2022, "vi", page="pages/so_sanh.py")[1] == {
        "nam": "2022", "tinh": "84", "huyen": "848"}


def test_todays_map_with_the_country_in_the_link_ranks_todays_provinces_without_a_bad_link_notice(page):
    at = page("pages/so_sanh.py", ban_do="hien-nay", nam="2025", tinh="toan-quoc")
    assert at.selectbox(key="filter_cur_tinh").value == "toan-quoc" and param(at, "tinh") == "toan-quoc"
    assert any("các tỉnh, thành phố, năm 2025" in s.value for s in at.subheader)
    assert not any("Đường dẫn" in c.value for c in at.caption)
    province = at.selectbox(key="filter_cur_tinh").options[1]  # a province: its communes of today, as before
    at.selectbox(key="filter_cur_tinh").set_value(province).run()
    assert not at.exception and param(at, "tinh") != "toan-quoc"
    assert any("các xã hiện nay của" in s.value for s in at.subheader)
