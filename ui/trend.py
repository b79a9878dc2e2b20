"""Xu hướng's figures shaped for the screen: the units a trend can draw, the years a unit has no figure, each
metric's series for its chart and the table behind the charts; pure functions on the frames of
``warehouse.views``."""

from __future__ import annotations

import pandas as pd

from etl.reference.text import ascii_fold
from ui import fmt
from ui.i18n import t, tm
from warehouse.views import NEW_MAP_FROM


def year_ranges(years: list[int]) -> str:
    """2016, 2017, 2018, 2020 -> "2016–2018, 2020"."""
    runs: list[list[int]] = []
    for y in years:
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def gaps_text(gaps: dict[str, list[int]], names: dict[str, str]) -> str:
    """The years each unit has no figure: "Tỉnh Vĩnh Long (2016–2019, 2021); ..."."""
    return "; ".join(f"{names[k]} ({year_ranges(y)})" for k, y in gaps.items())


def provinces_today(units: pd.DataFrame) -> dict[str, str]:
    """Today's provinces with figures (queries.current_map_units: a row a commune and former district) by key,
    in the alphabet's order, accents aside."""
    provinces = units.drop_duplicates("province_code")
    provinces = provinces.assign(sort_key=provinces["province"].map(ascii_fold)).sort_values("sort_key")
    return {f"new:province:{c}": n for c, n in zip(provinces["province_code"], provinces["province"], strict=True)}


def units_below(selection, options: pd.DataFrame) -> pd.DataFrame:  # noqa: ANN001 - a ui.filters.Selection
    """The units a trend of the reported map can set beside ``selection``, from the year's unit list
    (``Source.unit_options``): the provinces of the country, the districts of an old-map province, else the
    communes of the district (of the province, today's map)."""
    parent = selection.district or selection.province
    if selection.country:
        return options[(options["level"] == "province") & (options["map"] == selection.map)]
    if selection.map == "old" and not selection.district:
        return options[(options["level"] == "district") & (options["province_code"] == selection.province)]
    return options[(options["level"] == "commune") & (options["map"] == selection.map) &
                   ((options["district_code"] == parent) if selection.district else
                    (options["province_code"] == parent))]


def basis_notes(frame: pd.DataFrame, lang: str) -> list[str]:
    """A point's note in the chart: how its figure was had, unless its unit reported it."""
    return [t(f"basis_word_{b}", lang) if b != "reported" else "" for b in frame["basis"]]


def figures_table(data: pd.DataFrame, metric_names: dict[str, str], lang: str,
                  formers: bool = False) -> pd.DataFrame:
    """The table behind a trend of units' figures (``data`` with ``series``, its unit's name): a row a unit, metric
    and year; ``formers``: how many former provinces a year before 2025 of today's province was made of."""
    table = {
        t("col_unit", lang): data["series"], t("col_metric", lang): data["metric"].map(metric_names),
        t("col_year", lang): data["year"], t("col_value", lang): data["value"],
        t("col_qualifier", lang): data["qualifier"], t("col_numerator", lang): data["numerator"],
        t("col_denominator", lang): data["denominator"],
        t("col_basis", lang): [fmt.basis_word(r, lang) for r in data.to_dict("records")],
    }
    if formers:
        table[t("col_former_provinces", lang)] = [
            int(n) if pd.notna(n) and y < NEW_MAP_FROM else None
            for n, y in zip(data["n_expected"] if "n_expected" in data else [None] * len(data), data["year"],
                            strict=True)]
    return pd.DataFrame(table)


def communes_series(facts: pd.DataFrame, kind: str, lang: str) -> pd.DataFrame:
    """Today's communes' figures of one metric (views.communes_today) as a chart's series: named by the commune,
    the approximate ones marked (open markers), each point's note what it stands on."""
    notes = [("≈ " + t("approx_note", lang) + "<br>" if a else "")
             + (t("col_sources", lang) + ": " + s if isinstance(s, str) else "")
             for a, s in zip(facts["is_approximate"], facts["sources"], strict=True)]
    return facts.assign(series=facts["commune"], kind=kind, note=notes,
                        approx=facts["is_approximate"].astype(bool))


def communes_table(data: pd.DataFrame, metric_names: dict[str, str], lang: str) -> pd.DataFrame:
    """The table behind a trend of today's communes (views.communes_today_trend)."""
    return pd.DataFrame({
        t("col_unit", lang): data["commune"], t("col_metric", lang): data["metric"].map(metric_names),
        t("col_year", lang): data["year"], t("col_value", lang): data["value"],
        t("col_qualifier", lang): data["qualifier"],
        t("col_numerator", lang): data["numerator"], t("col_denominator", lang): data["denominator"],
        t("col_approx", lang): ["≈" if a else "" for a in data["is_approximate"]],
        t("col_status", lang): [fmt.derived_note(r, lang) or "" for r in data.to_dict("records")],
        t("col_sources", lang): data["sources"],
    })


def by_metric(data: pd.DataFrame, metrics: pd.DataFrame, chosen: list[str], names: dict[str, str], lang: str):  # noqa: ANN201
    """Each chosen metric with its rows of ``data`` and its target: (code, its catalogue row, rows, target); a
    metric without a figure is said under the charts ("no_series") and skipped."""
    import streamlit as st

    for code in chosen:
        meta = metrics[metrics["code"] == code].iloc[0]
        rows = data[data["metric"] == code]
        if rows.empty:
            st.caption(tm("no_series", lang, metric=names[code]))
            continue
        yield code, meta, rows, None if pd.isna(meta["target"]) else float(meta["target"])
