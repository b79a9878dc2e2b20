"""What the pages show, as warehouse.views puts it together and ui shapes it (#25 point 2): the figures themselves,
on a warehouse built by hand (every figure known in advance) and on the sample."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.conftest import query
from tests.corpus_blocks.figures import fact_row, hand_built
from warehouse import levels, queries, views
from warehouse.db import ReadOnlyWarehouse

RATE, MODELS = "reg_party_members_pct", "models_total"
CAU_NGANG, TRA_VINH_CITY, TRA_VINH = "old:district:848", "old:district:842", "old:province:84"
COMMUNES = {"29443": ("Xã Long Sơn", "848"), "29434": ("Xã Kim Hòa", "848"), "29419": ("Thị trấn Mỹ Long", "848"),
            "29263": ("Xã Long Đức", "842"), "29236": ("Phường 4", "842")}


def fact(code: str, year: int, metric: str, value: float, num: float | None = None, den: float | None = None,
         qualifier: str | None = None) -> tuple:
    """A fact of a commune of Trà Vinh (``COMMUNES``), of a district or of the province (by code)."""
    if code in COMMUNES:
        name, district = COMMUNES[code]
        level = "commune"
    else:
        name, district, level = {"848": ("Huyện Cầu Ngang", "848", "district"),
                                 "842": ("Thành phố Trà Vinh", "842", "district"),
                                 "84": ("Tỉnh Trà Vinh", None, "province")}[code]
    return fact_row("old", level, code, name, year, metric, value, num, den, qualifier, province_code="84",
                    district_code=district)


ROWS = [
    fact("29443", 2022, RATE, 96.8, 300, 310, ">"), fact("29434", 2022, RATE, 90.0, 180, 200),
    fact("29419", 2022, RATE, 79.2, 95, 120),
    fact("29443", 2022, MODELS, 4), fact("29434", 2022, MODELS, 3), fact("29419", 2022, MODELS, 2),
    fact("29443", 2021, RATE, 95.0, 190, 200), fact("29443", 2021, MODELS, 1),
    fact("842", 2022, MODELS, 12), fact("29263", 2022, MODELS, 5), fact("29236", 2022, MODELS, 4),
    fact("29263", 2022, RATE, 80.0), fact("29236", 2022, RATE, 90.0, 90, 100),
]


@pytest.fixture(scope="module", params=["live", "summary"])
def wh(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> ReadOnlyWarehouse:
    """Trà Vinh 2021–2022, by hand (``ROWS``), read by the live SQL and with the summary built at publish: the same
    figures. Cầu Ngang: three communes giving their counts (2022: 300/310 "trên" 96.8%, 180/200, 95/120; no
    district total), 2021 one commune only. Thành phố Trà Vinh: its own total of models (12, its communes say
    5 + 4) and two rates, one without its counts (the mean then, marked)."""
    db = tmp_path_factory.mktemp("views") / f"{request.param}.duckdb"
    return ReadOnlyWarehouse(hand_built(db, ROWS, summary=request.param == "summary"))


def test_the_years_of_each_map(wh, sample_db):
    assert views.map_years(wh, "old") == [2021, 2022] and views.map_years(wh, "new") == []
    sample = ReadOnlyWarehouse(sample_db)
    assert views.map_years(sample, "old") == list(range(2016, 2025)) and views.map_years(sample, "new") == [2025]
    assert views.years_of_map([2023, 2024, 2025, 2026], "new") == [2025, 2026]


def test_the_districts_of_a_province_are_the_ratio_of_their_communes_sums(wh):
    """Tổng quan's lowest units: Cầu Ngang gave no total, so its rate is computed from its communes — the ratio of
    the sums (575/630 = 91.27%), never the mean of their rates (88.67%) — and keeps the "trên" of Long Sơn (a sum
    of a lower bound and exact figures is a lower bound); Thành phố Trà Vinh's communes did not all give their counts:
    the mean of their rates, marked."""
    rates = views.below_rates(wh, TRA_VINH, RATE, 2022).set_index("unit_key")
    cau_ngang, city = rates.loc[CAU_NGANG], rates.loc[TRA_VINH_CITY]
    assert cau_ngang["value"] == pytest.approx(100 * (300 + 180 + 95) / (310 + 200 + 120))
    assert (cau_ngang["numerator"], cau_ngang["denominator"], cau_ngang["basis"]) == (575, 630, "ratio")
    assert cau_ngang["qualifier"] == ">" and cau_ngang["n_reported"] == 3
    assert (city["value"], city["basis"]) == (85.0, "mean") and pd.isna(city["numerator"])
    assert (cau_ngang["unit_name"], cau_ngang["unit_code"]) == ("Huyện Cầu Ngang", "848")  # named
    assert len(rates) == 2  # the districts with a figure; the other seven did not report (missing, not zero)


def test_a_reported_total_wins_over_the_sum_of_its_units(wh):
    models = views.below_rates(wh, TRA_VINH, MODELS, 2022).set_index("unit_key")
    assert (models.loc[TRA_VINH_CITY, "value"], models.loc[TRA_VINH_CITY, "basis"]) == (12, "reported")
    assert (models.loc[CAU_NGANG, "value"], models.loc[CAU_NGANG, "basis"]) == (4 + 3 + 2, "sum")


def test_the_registers_total_of_a_province_counts_a_district_that_gave_only_its_communes(wh):
    """Mô hình and Khen thưởng set the register beside the unit's total (queries.reported_totals): Trà Vinh's models
    are Thành phố Trà Vinh's own 12 and Cầu Ngang's communes' 4 + 3 + 2 (Cầu Ngang gave no total of its own) — as
    Tổng quan shows them. (The pandas rule these totals were once computed by left Cầu Ngang out: 12.)"""
    [total] = queries.reported_totals(wh, TRA_VINH, 2022, (MODELS,)).to_dict("records")
    assert (total["value"], total["basis"]) == (12 + 4 + 3 + 2, "sum")
    shown = queries.figures(wh, TRA_VINH, 2022, 2022).set_index("metric")
    assert shown.loc[MODELS, "value"] == total["value"]


def test_the_communes_of_a_district_and_a_communes_standing(wh):
    communes = views.below_rates(wh, CAU_NGANG, RATE, 2022)
    assert dict(zip(communes["unit_name"], communes["value"], strict=True)) == {
        "Xã Long Sơn": 96.8, "Xã Kim Hòa": 90.0, "Thị trấn Mỹ Long": 79.2}
    assert views.standing(wh, CAU_NGANG, "old:commune:29443", RATE, 2022) == (1, 3)
    assert views.standing(wh, CAU_NGANG, "old:commune:29419", RATE, 2022) == (3, 3)
    assert views.standing(wh, CAU_NGANG, "old:commune:29428", RATE, 2022) is None  # Mỹ Hòa gave nothing


def test_the_ranking_of_districts_with_the_provinces_own_figure(wh):
    """So sánh of Trà Vinh: every district expected (nine, those without a figure too), their figures over the
    map's years, the province's own figure computed from its districts: Thành phố Trà Vinh's rate is a mean without
    counts, so the province's is the mean of the two districts' rates (marked), a lower bound as Cầu Ngang's is
    (a bound and exact figures: still "trên")."""
    units, facts, parent_value, parent_qualifier = views.ranking(wh, TRA_VINH, RATE, 2022)
    assert len(units) == 9 and set(facts["unit_key"]) == {CAU_NGANG, TRA_VINH_CITY}
    assert sorted(facts["year"]) == [2021, 2022, 2022]  # Cầu Ngang's 2021 from its one commune
    assert facts.set_index(["unit_key", "year"]).loc[(CAU_NGANG, 2021), "value"] == 95.0
    assert parent_value == pytest.approx((100 * 575 / 630 + 85.0) / 2)
    assert parent_qualifier == ">"
    units, facts, parent_value, _ = views.ranking(wh, CAU_NGANG, MODELS, 2022)
    assert parent_value == 9 and set(facts["unit_name"]) == {"Xã Long Sơn", "Xã Kim Hòa", "Thị trấn Mỹ Long"}
    assert len(units) == 15  # the communes of Cầu Ngang in 2022


def test_a_units_trend_with_the_units_under_it(wh):
    data = views.unit_trend(wh, CAU_NGANG, [CAU_NGANG, "old:commune:29443"], [RATE])
    got = {(k, int(y)): (round(v, 4), b) for k, y, v, b in data[["unit_key", "year", "value", "basis"]].itertuples(
        index=False)}
    assert got == {(CAU_NGANG, 2021): (95.0, "ratio"), (CAU_NGANG, 2022): (round(100 * 575 / 630, 4), "ratio"),
                   ("old:commune:29443", 2021): (95.0, "reported"), ("old:commune:29443", 2022): (96.8, "reported")}
    districts = views.unit_trend(wh, TRA_VINH, [TRA_VINH_CITY], [MODELS, RATE])  # the province not chosen
    assert list(zip(districts["metric"], districts["value"], strict=True)) == [(MODELS, 12.0), (RATE, 85.0)]
    assert views.unit_trend(wh, CAU_NGANG, [CAU_NGANG], [MODELS])["value"].tolist() == [1.0, 9.0]


def test_a_commune_of_today_gets_the_year_before_from_its_old_communes(sample_db):
    """Tổng quan of today's Xã Hiệp Mỹ in 2025: its own 2025, and 2024 moved from the old communes it came from
    (queries.current_map_unit), marked as moved; the charts get only its own years."""
    wh = ReadOnlyWarehouse(sample_db)
    view = views.overview(wh, "new:commune:29455", 2025)
    assert view.before_other_map and view.former.empty and set(view.own["year"]) == {2025}
    moved = queries.current_map_unit(wh, "29455", 2024)
    assert not moved.empty
    before = view.figures[view.figures["year"] == 2024].set_index("metric")
    assert before["moved"].all() and before["value"].to_dict() == moved.set_index("metric")["value"].to_dict()
    assert len(view.figures) == len(view.own) + len(moved)
    old = views.overview(wh, CAU_NGANG, 2022)
    assert not old.before_other_map and old.moved.empty and old.former.empty
    assert old.figures.equals(old.own) and set(old.own["year"]) == set(range(2016, 2025))


def test_a_province_of_today_whose_former_provinces_did_not_all_report_has_no_year_before(sample_db):
    """Today's Vĩnh Long in 2025: the sample has Trà Vinh's 2024 but not Bến Tre's nor Vĩnh Long's: no figure of
    2024 (missing is not zero), and the page says whose are missing."""
    view = views.overview(ReadOnlyWarehouse(sample_db), "new:province:86", 2025)
    assert view.before_other_map and not view.former.empty and view.former["value"].isna().all()
    assert set(view.figures["year"]) == {2025}
    assert "Tỉnh Bến Tre" in view.former["missing"].iloc[0]


def test_todays_communes_over_the_years(sample_db):
    wh = ReadOnlyWarehouse(sample_db)
    codes = ["29455", "29530"]
    data = views.communes_today_trend(wh, "86", codes, [RATE, MODELS])
    assert list(dict.fromkeys(data["metric"])) == [RATE, MODELS] and set(data["unit_code"]) <= set(codes)
    for metric in (RATE, MODELS):
        alone = views.communes_today(wh, "86", metric, codes)
        assert data[data["metric"] == metric].drop(columns="metric").reset_index(drop=True).equals(
            alone.reset_index(drop=True))
    every = query(sample_db, "SELECT unit_code, count(DISTINCT year) FROM core.current_map_figures WHERE metric = ? "
                             "AND unit_code IN ('29455', '29530', '29416') GROUP BY 1", [RATE])
    names = {"29455": "Xã Hiệp Mỹ", "29530": "Xã Ngũ Lạc", "29416": "Xã Cầu Ngang"}
    counts = dict(every)
    assert views.richest_communes(wh, "86", RATE, names) == sorted(counts, key=lambda c: (-counts[c], names[c]))


def test_the_country_and_todays_provinces_over_the_years(sample_db):
    """Xu hướng of the country on today's map: the country's own figure each year (the old map's country before
    2025), today's provinces from 2025 only in the sample (their former provinces did not all report before):
    those years are the gaps."""
    wh = ReadOnlyWarehouse(sample_db)
    country, province = levels.country_key("new"), "new:province:86"
    data, gaps = views.country_trend(wh, [country, province], [MODELS])
    old_country = queries.figures(wh, levels.country_key("old"), 2016, 2024).set_index(["metric", "year"])
    mine = data[data["unit_key"] == country].set_index("year")["value"]
    assert mine.loc[2022] == old_country.loc[(MODELS, 2022), "value"]
    assert set(data.loc[data["unit_key"] == province, "year"]) == {2025}
    assert gaps == {province: list(range(2016, 2025))}
    assert data["value"].notna().all()


def test_todays_provinces_ranked_say_which_have_no_figure(sample_db):
    units, facts, gaps = views.provinces_today(ReadOnlyWarehouse(sample_db), MODELS, 2024)
    assert len(units) == 34 and facts["value"].notna().all() and set(facts["year"]) == {2025}
    assert "Tỉnh Vĩnh Long" in gaps and facts["unit_name"].notna().all()


UNION = "reg_union_members_pct"
OLD_NAMES = {"82": "Tỉnh Tiền Giang", "83": "Tỉnh Bến Tre", "84": "Tỉnh Trà Vinh", "86": "Tỉnh Vĩnh Long",
             "87": "Tỉnh Đồng Tháp"}
NEW_NAMES = {"82": "Tỉnh Đồng Tháp", "86": "Tỉnh Vĩnh Long"}


def province_fact(map_: str, code: str, year: int, metric: str, value: float, num: float | None = None,
                  den: float | None = None, qualifier: str | None = None) -> tuple:
    name = (OLD_NAMES if map_ == "old" else NEW_NAMES)[code]
    return fact_row(map_, "province", code, name, year, metric, value, num, den, qualifier, province_code=code)


PROVINCE_ROWS = [
    province_fact("old", "83", 2024, RATE, 95.0, 190, 200, ">"), province_fact("old", "84", 2024, RATE, 90.0, 180, 200),
    province_fact("old", "86", 2024, RATE, 80.0, 160, 200), province_fact("old", "82", 2024, RATE, 70.0),
    province_fact("old", "87", 2024, RATE, 90.0, 90, 100),
    province_fact("old", "83", 2024, MODELS, 10), province_fact("old", "84", 2024, MODELS, 20),
    province_fact("old", "86", 2024, MODELS, 30), province_fact("old", "82", 2024, MODELS, 5),
    province_fact("old", "83", 2024, UNION, 50.0, 50, 100, "<"),
    province_fact("old", "84", 2024, UNION, 60.0, 60, 100, ">"),
    province_fact("old", "86", 2024, UNION, 70.0, 70, 100),
    province_fact("new", "86", 2025, RATE, 92.0), province_fact("new", "86", 2025, MODELS, 70),
    province_fact("new", "86", 2025, UNION, 65.0), province_fact("new", "82", 2025, RATE, 85.0),
    province_fact("new", "82", 2025, MODELS, 9),
]


@pytest.fixture(scope="module", params=["live", "summary"])
def provinces(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> ReadOnlyWarehouse:
    """The former provinces' own totals of 2024 and today's provinces' of 2025, by hand (``PROVINCE_ROWS``): today's
    Vĩnh Long (86) is Bến Tre, Trà Vinh and Vĩnh Long; today's Đồng Tháp (82) Tiền Giang and Đồng Tháp (87), which
    gave no models."""
    db = tmp_path_factory.mktemp("provinces") / f"{request.param}.duckdb"
    return ReadOnlyWarehouse(hand_built(db, PROVINCE_ROWS, summary=request.param == "summary"))


def test_former_provinces_combined_by_the_rule_of_every_level(provinces):
    """The year before of today's provinces, in SQL (levels.provinces_combined): Vĩnh Long's rate the ratio of its
    three former provinces' sums (530/600, "trên" kept from Bến Tre's bound), its models summed, its union rate a
    ratio of sums between a "dưới" and a "trên" ("khoảng"); Đồng Tháp's rate the mean of its formers' (Tiền Giang
    gave no counts: marked approximate), its models none (Đồng Tháp 87 did not give them: not 5)."""
    vinh_long = queries.former_provinces_figures(provinces, "new:province:86", 2024).set_index("metric")
    assert vinh_long.loc[RATE, "value"] == pytest.approx(100 * 530 / 600)
    assert tuple(vinh_long.loc[RATE, ["numerator", "denominator", "basis", "qualifier", "is_approximate"]]) == (
        530, 600, "ratio", ">", False)
    assert (vinh_long.loc[MODELS, "value"], vinh_long.loc[MODELS, "basis"]) == (60, "sum")
    assert pd.isna(vinh_long.loc[MODELS, "numerator"])
    assert (vinh_long.loc[UNION, "value"], vinh_long.loc[UNION, "qualifier"]) == (pytest.approx(60.0), "~")
    assert vinh_long.loc[RATE, "formers"] == "Tỉnh Bến Tre, Tỉnh Trà Vinh, Tỉnh Vĩnh Long"
    dong_thap = queries.former_provinces_figures(provinces, "new:province:82", 2024).set_index("metric")
    assert (dong_thap.loc[RATE, "value"], dong_thap.loc[RATE, "basis"]) == (80.0, "mean")
    assert dong_thap.loc[RATE, "is_approximate"] and pd.isna(dong_thap.loc[RATE, "numerator"])
    assert pd.isna(dong_thap.loc[MODELS, "value"]) and dong_thap.loc[MODELS, "missing"] == "Tỉnh Đồng Tháp"
    assert (dong_thap.loc[MODELS, "n_sources"], dong_thap.loc[MODELS, "n_expected"]) == (1, 2)


def test_the_country_before_2025_is_the_former_provinces_of_the_provinces_that_reported(provinces):
    """The country's 2024 against its 2025: for each metric the former provinces of today's provinces that gave it
    in 2025, combined flat (the five rates, one without counts: their mean, "trên"); the union rate only Vĩnh
    Long's three; the models none (Đồng Tháp 87 missing)."""
    country = queries.former_provinces_figures(provinces, "new:country:VN", 2024).set_index("metric")
    assert (country.loc[RATE, "value"], country.loc[RATE, "basis"], country.loc[RATE, "qualifier"]) == (
        pytest.approx((95 + 90 + 80 + 70 + 90) / 5), "mean", ">")
    assert country.loc[RATE, "n_expected"] == 5
    assert (country.loc[UNION, "value"], country.loc[UNION, "n_expected"]) == (pytest.approx(60.0), 3)
    assert pd.isna(country.loc[MODELS, "value"]) and country.loc[MODELS, "missing"] == "Tỉnh Đồng Tháp"
    view = views.overview(provinces, "new:country:VN", 2025)
    before = view.figures[view.figures["year"] == 2024].set_index("metric")
    assert set(before.index) == {RATE, UNION} and (before["moved_from"] == "provinces").all()


def test_provinces_combined_is_each_metric_over_the_provinces_given_for_it(provinces):
    got = levels.provinces_combined(provinces, "old", 2024, {RATE: ["84", "86"], MODELS: ["83", "82"]})
    assert got["metric"].tolist() == [MODELS, RATE]
    assert got.set_index("metric").loc[RATE, "value"] == pytest.approx(100 * 340 / 400)
    assert tuple(got.set_index("metric").loc[MODELS, ["value", "basis", "n_reported"]]) == (15, "sum", 2)
    assert levels.provinces_combined(provinces, "old", 2024, {}).empty
