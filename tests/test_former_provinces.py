"""Today's provinces against the year before 7/2025 (Tổng quan): a province of today is the union of whole former
provinces (core.crosswalk), so its 2024 is their 2024 added up by the rule of every level — or, when one of them
gave nothing, no comparison at all (missing is not zero)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import open_dashboard, query
from tests.corpus_blocks.figures import figures_file, simple_rows
from ui import fmt
from warehouse import queries
from warehouse.db import ReadOnlyWarehouse

RATE = "reg_party_members_pct"
FORMERS = "Tỉnh Bến Tre, Tỉnh Trà Vinh, Tỉnh Vĩnh Long"  # today's Tỉnh Vĩnh Long (86)


def shown_table(at) -> pd.DataFrame:
    """The page's first table as data (st.dataframe is given a Styler)."""
    table = at.dataframe[0].value
    return table.data if hasattr(table, "data") else table


def rate(n: int, d: int, models: int) -> dict:
    return {(RATE, "numerator"): n, (RATE, "denominator"): d, (RATE, "value"): round(100 * n / d, 1),
            ("models_total", "value"): models}


@pytest.fixture(scope="module")
def warehouses(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(all three former provinces reported 2024, Bến Tre did not); today's Vĩnh Long reported 2025."""
    from etl.publishing.load import load_files

    folder = tmp_path_factory.mktemp("former_provinces")
    tra_vinh = figures_file(folder / "cau_ngang.xlsx", simple_rows(
        {"Xã Long Sơn": rate(300, 310, 4), "Xã Kim Hòa": rate(180, 200, 3)}), year=2024)
    vinh_long = figures_file(folder / "long_ho.xlsx", simple_rows(
        {"Xã Đồng Phú": rate(95, 120, 2), "Xã Bình Hòa Phước": rate(250, 251, 6)}), district="Long Hồ", year=2024)
    ben_tre = figures_file(folder / "cho_lach.xlsx", simple_rows(
        {"Xã Phú Phụng": rate(70, 100, 1), "Xã Sơn Định": rate(40, 50, 5)}), district="Chợ Lách", year=2024)
    today = figures_file(folder / "vinh_long_2025.xlsx", simple_rows(
        {"Phường Phú Khương": rate(500, 505, 9), "Phường An Hội": rate(400, 440, 8)}), district="Vĩnh Long",
        year=2025, issuer_top="TỈNH ỦY VĨNH LONG")
    full, partial = folder / "full.duckdb", folder / "partial.duckdb"
    for db, files in ((full, [tra_vinh, vinh_long, ben_tre, today]), (partial, [tra_vinh, vinh_long, today])):
        outcomes = load_files(db, files, fresh=True)
        assert [o.status for o in outcomes] == ["loaded"] * len(files), [o.message_en for o in outcomes]
    assert query(full, "SELECT DISTINCT province FROM core.facts WHERE year = 2025") == [("Tỉnh Vĩnh Long",)]
    return full, partial


def test_a_province_of_today_gets_its_former_provinces_2024_added_up(warehouses):
    full, _ = warehouses
    former = queries.former_provinces_figures(ReadOnlyWarehouse(full), "new:province:86", 2024).set_index("metric")
    assert former.loc["models_total", "value"] == 4 + 3 + 2 + 6 + 1 + 5  # counts summed
    assert former.loc[RATE, "value"] == pytest.approx(100 * (300 + 180 + 95 + 250 + 70 + 40) /
                                                      (310 + 200 + 120 + 251 + 100 + 50))  # ratio of the sums
    assert former.loc[RATE, "basis"] == "ratio" and not former.loc[RATE, "is_approximate"]
    assert (former.loc[RATE, "n_sources"], former.loc[RATE, "n_expected"]) == (3, 3)
    assert former.loc[RATE, "formers"] == FORMERS and former.loc[RATE, "missing"] == ""
    country = queries.former_provinces_figures(ReadOnlyWarehouse(full), "new:country:VN", 2024).set_index("metric")
    assert country.loc["models_total", "value"] == 21  # the former provinces of the one province that reported


def test_a_former_province_without_figures_means_no_comparison_not_a_smaller_sum(warehouses):
    _, partial = warehouses
    former = queries.former_provinces_figures(ReadOnlyWarehouse(partial), "new:province:86", 2024).set_index("metric")
    assert former["value"].isna().all()
    assert former.loc["models_total", "missing"] == "Tỉnh Bến Tre"
    assert (former.loc["models_total", "n_sources"], former.loc["models_total", "n_expected"]) == (2, 3)


def test_tong_quan_compares_todays_province_with_its_former_provinces(warehouses, monkeypatch):
    full, partial = warehouses
    this = 100 * 900 / 945
    before = 100 * 935 / 1031
    monkeypatch.setenv("CAMPAIGN_DB", str(full))
    at = open_dashboard("pages/tong_quan.py", nam="2025", tinh="86")
    assert not at.exception
    [card] = [m for m in at.metric if m.label == "Đảng viên đăng ký"][:1]
    assert card.value == fmt.metric_value(this, "pct", None, "vi")
    assert card.delta == fmt.signed(this - before, "pct", "vi", ascii_minus=True)
    captions = [c.value for c in at.caption]
    assert f"Năm 2024 (các tỉnh cũ): {fmt.metric_value(before, 'pct', None, 'vi')}" in captions
    assert any(c.startswith("So với năm 2024: cộng số liệu năm 2024 của các tỉnh cũ") and "Tỉnh Trà Vinh" in c
               for c in captions)
    monkeypatch.setenv("CAMPAIGN_DB", str(partial))
    at = open_dashboard("pages/tong_quan.py", nam="2025", tinh="86")
    assert not at.exception
    [card] = [m for m in at.metric if m.label == "Đảng viên đăng ký"][:1]
    assert not card.delta
    assert any("thiếu số liệu của Tỉnh Bến Tre" in c.value for c in at.caption)
    assert not any("(các tỉnh cũ)" in c.value for c in at.caption)


def test_todays_provinces_over_the_years_before_2025_are_their_former_provinces(warehouses):
    full, partial = warehouses
    rows = queries.current_province_figures(ReadOnlyWarehouse(full), RATE, 2024, 2025)
    rows = rows[rows["unit_key"] == "new:province:86"].set_index("year")
    assert rows.loc[2024, "value"] == pytest.approx(100 * 935 / 1031)  # the three former provinces' sums
    assert (rows.loc[2024, "basis"], rows.loc[2024, "n_reported"], rows.loc[2024, "n_expected"]) == ("ratio", 3, 3)
    assert rows.loc[2025, "value"] == pytest.approx(100 * 900 / 945)  # its own communes of 2025
    rows = queries.current_province_figures(ReadOnlyWarehouse(partial), "models_total", 2024, 2025)
    rows = rows[rows["unit_key"] == "new:province:86"].set_index("year")
    assert pd.isna(rows.loc[2024, "value"]) and rows.loc[2024, "basis"] == "missing"  # not 4 + 3 + 2 + 6
    assert (rows.loc[2024, "n_reported"], rows.loc[2024, "n_expected"]) == (2, 3)
    assert rows.loc[2025, "value"] == 17


def test_xu_huong_on_todays_map_compares_todays_provinces_from_2016(warehouses, monkeypatch):
    full, partial = warehouses
    monkeypatch.setenv("CAMPAIGN_DB", str(full))
    at = open_dashboard("pages/xu_huong.py", ban_do="hien-nay", tinh="toan-quoc",
                        dv="new:country:VN,new:province:86", ct="models_total")
    assert not at.exception
    assert at.selectbox(key="filter_cur_tinh").value == "toan-quoc"
    assert any("Toàn quốc, 2024–2025" in s.value for s in at.subheader)
    table = shown_table(at)
    values = {(u, int(y)): v for u, y, v in zip(table["Đơn vị"], table["Năm"], table["Giá trị"], strict=True)}
    assert values[("Tỉnh Vĩnh Long", 2024)] == 21 and values[("Tỉnh Vĩnh Long", 2025)] == 17
    assert values[("Toàn quốc", 2024)] == 21 and values[("Toàn quốc", 2025)] == 17
    monkeypatch.setenv("CAMPAIGN_DB", str(partial))
    at = open_dashboard("pages/xu_huong.py", ban_do="hien-nay", tinh="toan-quoc", dv="new:province:86",
                        ct="models_total")
    assert not at.exception
    [gap] = [c.value for c in at.caption if "một trong các tỉnh cũ hợp thành tỉnh chưa báo cáo" in c.value]
    assert gap.replace("\\", "").endswith(": Tỉnh Vĩnh Long (2024).")  # Markdown-escaped on the page
    table = shown_table(at)
    assert list(zip(table["Đơn vị"], table["Năm"])) == [("Tỉnh Vĩnh Long", 2025)]


def test_a_metric_no_province_gave_is_said_not_drawn(warehouses, monkeypatch):
    full, _ = warehouses
    monkeypatch.setenv("CAMPAIGN_DB", str(full))
    at = open_dashboard("pages/xu_huong.py", ban_do="hien-nay", tinh="toan-quoc",
                        dv="new:country:VN,new:province:86", ct="models_pilot")
    assert not at.exception
    [info] = [i.value for i in at.info]
    assert info.startswith("Số liệu của Toàn quốc") and "năm 2024–2025 chưa được nạp" in info
    assert not at.dataframe


def test_so_sanh_on_todays_map_ranks_todays_provinces_in_a_year_before_2025(warehouses, monkeypatch):
    full, partial = warehouses
    monkeypatch.setenv("CAMPAIGN_DB", str(full))
    at = open_dashboard("pages/so_sanh.py", ban_do="hien-nay", tinh="toan-quoc", nam="2024", chi_tieu="models_total")
    assert not at.exception
    assert any("các tỉnh, thành phố, năm 2024" in s.value for s in at.subheader)
    table = shown_table(at)
    values = dict(zip(table["Đơn vị"], table["Giá trị"], strict=True))
    assert len(values) == 34 and values.pop("Tỉnh Vĩnh Long") == 21  # today's 34, the others not reported
    assert all(pd.isna(v) for v in values.values())
    assert [e.label for e in at.expander] == ["Bảng tỉnh × năm"]  # provinces, not communes
    monkeypatch.setenv("CAMPAIGN_DB", str(partial))
    at = open_dashboard("pages/so_sanh.py", ban_do="hien-nay", tinh="toan-quoc", nam="2024", chi_tieu="models_total")
    assert not at.exception
    assert any("Năm 2024 không xếp hạng các tỉnh mà một trong các tỉnh cũ hợp thành chưa báo cáo: Tỉnh Vĩnh Long"
               in c.value for c in at.caption)
    table = shown_table(at)
    assert table["Giá trị"].isna().all()  # missing, not the two former provinces' 15


def test_todays_communes_are_named_as_the_2025_reform_names_them(sample_db, monkeypatch):
    """From 1/7/2025 the units under a province are xã, phường and đặc khu (no thị trấn any more)."""
    monkeypatch.setenv("CAMPAIGN_DB", str(sample_db))
    at = open_dashboard("pages/tong_quan.py", nam="2025", tinh="86")
    assert [s.label for s in at.selectbox][-1] == "Xã, phường, đặc khu"
    assert any("xếp hạng xã, phường, đặc khu" in c.value.replace("\\", "") for c in at.caption)
    at = open_dashboard("pages/tong_quan.py", nam="2022", tinh="84", huyen="848")
    assert [s.label for s in at.selectbox][-1] == "Xã, phường, thị trấn"
