"""A district's figure: reported where reported, else computed (ratio of sums, or mean marked as such)."""

from __future__ import annotations

import pandas as pd

from warehouse.aggregate import differs, unit_figures

KINDS = {"reg_party_members_pct": "pct", "models_total": "count", "reg_union_members_pct": "pct"}


def fact(unit, level, metric, value, num=None, den=None, qualifier=None, year=2022):
    return {"unit_key": unit, "unit_level": level, "map": "old", "district_code": "848", "province_code": "84",
            "year": year, "metric": metric, "value": value, "qualifier": qualifier, "numerator": num,
            "denominator": den, "source_file": "f.xlsx", "source_sheet": "S", "source_row": 5, "source_cell": "E5"}


DISTRICT = "old:district:848"


def test_ratio_of_sums_not_mean_of_rates():
    facts = pd.DataFrame([fact("old:commune:1", "commune", "reg_party_members_pct", 100.0, 10, 10),
                          fact("old:commune:2", "commune", "reg_party_members_pct", 50.0, 45, 90)])
    row = unit_figures(facts, DISTRICT, KINDS).iloc[0]
    assert row["basis"] == "ratio" and row["value"] == 55.0  # (10 + 45) / (10 + 90), not (100 + 50) / 2
    assert (row["numerator"], row["denominator"]) == (55.0, 100.0)


def test_mean_when_numerators_are_missing_is_marked():
    facts = pd.DataFrame([fact("old:commune:1", "commune", "reg_union_members_pct", 40.0),
                          fact("old:commune:2", "commune", "reg_union_members_pct", 60.0, 60, 100)])
    row = unit_figures(facts, DISTRICT, KINDS).iloc[0]
    assert row["basis"] == "mean" and row["value"] == 50.0


def test_reported_total_wins_and_both_are_kept():
    facts = pd.DataFrame([fact(DISTRICT, "district", "models_total", 96.0),
                          fact("old:commune:1", "commune", "models_total", 40.0),
                          fact("old:commune:2", "commune", "models_total", 50.0)])
    row = unit_figures(facts, DISTRICT, KINDS).iloc[0]
    assert (row["value"], row["basis"], row["reported_value"], row["computed_value"]) == (96.0, "reported", 96.0, 90.0)
    assert differs(row, "count")


def test_missing_commune_is_not_zero():
    facts = pd.DataFrame([fact("old:commune:1", "commune", "models_total", 5.0)])
    row = unit_figures(facts, DISTRICT, KINDS).iloc[0]
    assert row["value"] == 5.0 and row["n_reported"] == 1


def test_more_than_agrees_with_a_higher_computed_rate():
    row = pd.Series({"reported_value": 98.0, "computed_value": 98.7, "qualifier": ">"})
    assert not differs(row, "pct")
    assert not differs(pd.Series({"reported_value": 80.0, "computed_value": 80.3, "qualifier": None}), "pct")
    assert differs(pd.Series({"reported_value": 80.0, "computed_value": 81.0, "qualifier": None}), "pct")
