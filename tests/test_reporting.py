"""Who has not reported (#10): the units expected for a year and a parent unit against those that sent figures."""

from __future__ import annotations

from etl.publishing.load import load_files
from tests.corpus_blocks.figures import figures_file, simple_rows
from warehouse import queries
from warehouse.db import ReadOnlyWarehouse


def test_the_communes_that_have_not_reported_with_their_last_year(empty_db, tmp_path):
    figures = {("models_total", "value"): 5}
    load_files(empty_db, [
        figures_file(tmp_path / "cn2021.xlsx", simple_rows({"Xã Kim Hòa": figures, "Xã Long Sơn": figures}), year=2021),
        figures_file(tmp_path / "cn2022.xlsx", simple_rows({"Xã Long Sơn": figures, "TT Cầu Ngang": figures}), year=2022),
    ])
    wh = ReadOnlyWarehouse(empty_db)
    status = queries.reporting_status(wh, "old:district:848", 2022)
    assert len(status) == 15  # the communes of Cầu Ngang in 2022
    reported = status[status["metrics"] > 0]
    assert sorted(reported["name"]) == ["Thị trấn Cầu Ngang", "Xã Long Sơn"]
    missing = status[status["metrics"] == 0].set_index("name")
    assert len(missing) == 13 and missing.loc["Xã Kim Hòa", "last_year"] == 2021
    assert missing.loc["Xã Kim Hòa", "last_file"] == "cn2021.xlsx"
    assert missing["last_year"].isna().sum() == 12  # never reported: no last year, not a zero
    assert list(status["metrics"] > 0)[-2:] == [True, True]  # the missing ones first: the list to phone around
    wh.close()


def test_the_districts_of_a_province_and_the_communes_of_a_new_province(sample_db):
    wh = ReadOnlyWarehouse(sample_db)
    districts = queries.reporting_status(wh, "old:province:84", 2022)
    assert len(districts) == 9 and set(districts[districts["metrics"] > 0]["name"]) == {"Huyện Cầu Ngang"}
    communes = queries.reporting_status(wh, "new:province:86", 2025)
    assert len(communes) == 124 and (communes["metrics"] > 0).sum() == 6
    bình_lục_2019 = queries.reporting_status(wh, "old:district:352", 2019)
    assert "Xã An Mỹ" in set(bình_lục_2019["name"])  # a commune of 2019, merged away on 2020-01-01
    assert "Xã An Mỹ" not in set(queries.reporting_status(wh, "old:district:352", 2021)["name"])
    wh.close()


def test_a_district_whose_report_gave_only_its_communes_has_reported(empty_db, tmp_path):
    """Under an old-map province, a district has reported when figures of it came, its communes' without a
    district total included (as "n/N reported" and the coverage count it), with its file as the last one."""
    figures = {("models_total", "value"): 5}
    load_files(empty_db, [
        figures_file(tmp_path / "cn2021.xlsx", simple_rows({"Xã Kim Hòa": figures}), year=2021),
        figures_file(tmp_path / "cn2022.xlsx", simple_rows({"Xã Long Sơn": figures, "Xã Kim Hòa": figures}),
                     year=2022),
    ])
    wh = ReadOnlyWarehouse(empty_db)
    assert wh.query("SELECT count(*) AS n FROM core.facts WHERE unit_level = 'district'")["n"].iloc[0] == 0
    status = queries.reporting_status(wh, "old:province:84", 2022).set_index("name")
    assert status.loc["Huyện Cầu Ngang", "metrics"] == 1 and (status["metrics"] > 0).sum() == 1
    later = queries.reporting_status(wh, "old:province:84", 2023).set_index("name")
    assert later.loc["Huyện Cầu Ngang", "metrics"] == 0
    assert later.loc["Huyện Cầu Ngang", "last_year"] == 2022 and later.loc["Huyện Cầu Ngang", "last_file"] == "cn2022.xlsx"
    assert queries.coverage_counts(wh, "old:province:84", 2022)[0] == 1
    wh.close()


def test_the_data_page_lists_who_has_not_reported_for_viewers(empty_db, tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT

    figures = {("models_total", "value"): 5}
    load_files(empty_db, [
        figures_file(tmp_path / "cn2021.xlsx", simple_rows({"Xã Kim Hòa": figures}), year=2021),
        figures_file(tmp_path / "cn2022.xlsx", simple_rows({"Xã Long Sơn": figures}), year=2022),
    ])
    monkeypatch.setenv("CAMPAIGN_DB", str(empty_db))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params.update({"nam": "2022", "tinh": "84", "huyen": "848"})
    at.switch_page("pages/du_lieu.py")
    at.run()
    assert not at.exception
    assert any("1/15 đơn vị đã gửi số liệu" in c.value for c in at.caption)
    table = [d.value for d in at.dataframe if "Năm gần nhất đã gửi" in d.value.columns][0]
    assert len(table) == 14
    kim_hoa = table[table["Đơn vị"] == "Xã Kim Hòa"].iloc[0]
    assert kim_hoa["Năm gần nhất đã gửi"] == 2021 and kim_hoa["Tệp gần nhất"] == "cn2021.xlsx"
    assert str(table["Năm gần nhất đã gửi"].dtype) == "Int64"  # a number, blank where never sent
