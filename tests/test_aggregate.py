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


def test_a_phone_draws_the_ends_of_a_long_ranking_and_finds_any_unit():
    """#24 point 2: a province of 157 communes drew a ranking 4.543 px tall on a phone: it draws the highest and
    the lowest ten, every unit on request, and a search finds a unit accents or not."""
    import pandas as pd

    from ui import compare

    rows = pd.DataFrame({"label": [f"Xã Số {i}" for i in range(40)] + ["Xã Đông Hòa"],
                         "value": [100.0 - i for i in range(40)] + [float("nan")]})
    ends = compare.phone_subset(rows)
    assert list(ends["label"]) == [f"Xã Số {i}" for i in (*range(10), *range(30, 40))]
    assert len(compare.phone_subset(rows, every=True)) == 41
    assert list(compare.phone_subset(rows, "dong hoa")["label"]) == ["Xã Đông Hòa"]
    short = rows.head(15)
    assert compare.phone_subset(short).equals(short)
