"""A district's figure: reported where reported, else computed (ratio of sums, or mean marked as such) — the rule of
every level, in SQL (warehouse.levels), on warehouses written by hand; a reported total against the computed one
(warehouse.aggregate.differs)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.corpus_blocks.figures import fact_row, hand_built
from warehouse import levels
from warehouse.aggregate import differs
from warehouse.db import ReadOnlyWarehouse

DISTRICT = "old:district:848"


def fact(code: str, metric: str, value: float, num: float | None = None, den: float | None = None,
         qualifier: str | None = None) -> tuple:
    """A fact of Cầu Ngang (848, code "848") or of one of its communes, in 2022."""
    level, name = ("district", "Huyện Cầu Ngang") if code == "848" else ("commune", f"Xã {code}")
    return fact_row("old", level, code, name, 2022, metric, value, num, den, qualifier, province_code="84",
                    district_code="848")


@pytest.fixture(params=["live", "summary"])
def district(request: pytest.FixtureRequest, tmp_path: Path):
    """The figure of Cầu Ngang in 2022 from these facts, read by the live SQL and from the summary (the same)."""
    def figure(*rows: tuple) -> pd.Series:
        wh = ReadOnlyWarehouse(hand_built(tmp_path / "w.duckdb", list(rows), summary=request.param == "summary"))
        try:
            [row] = levels.unit_figures(wh, DISTRICT, 2022, 2022).to_dict("records")
        finally:
            wh.close()
        return pd.Series(row)
    return figure


def test_ratio_of_sums_not_mean_of_rates(district):
    row = district(fact("29416", "reg_party_members_pct", 100.0, 10, 10),
                   fact("29419", "reg_party_members_pct", 50.0, 45, 90))
    assert row["basis"] == "ratio" and row["value"] == 55.0  # (10 + 45) / (10 + 90), not (100 + 50) / 2
    assert (row["numerator"], row["denominator"]) == (55.0, 100.0)


def test_mean_when_numerators_are_missing_is_marked(district):
    row = district(fact("29416", "reg_union_members_pct", 40.0),
                   fact("29419", "reg_union_members_pct", 60.0, 60, 100))
    assert row["basis"] == "mean" and row["value"] == 50.0
    assert pd.isna(row["numerator"]) and pd.isna(row["denominator"])


def test_reported_total_wins_and_both_are_kept(district):
    row = district(fact("848", "models_total", 96.0), fact("29416", "models_total", 40.0),
                   fact("29419", "models_total", 50.0))
    assert (row["value"], row["basis"], row["reported_value"], row["computed_value"]) == (96.0, "reported", 96.0, 90.0)
    assert differs(row, "count")


def test_missing_commune_is_not_zero(district):
    row = district(fact("29416", "models_total", 5.0))
    assert row["value"] == 5.0 and row["n_reported"] == 1


def test_a_bound_stays_a_bound(district):
    """"trên 98%" of one commune: the ratio of the sums is "trên" too; a lower and an upper bound: "khoảng"."""
    row = district(fact("29416", "reg_party_members_pct", 98.0, 98, 100, ">"),
                   fact("29419", "reg_party_members_pct", 90.0, 90, 100))
    assert (row["value"], row["qualifier"]) == (94.0, ">")
    row = district(fact("29416", "models_total", 10.0, qualifier="<"), fact("29419", "models_total", 5.0, qualifier=">"))
    assert (row["value"], row["qualifier"]) == (15.0, "~")


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
