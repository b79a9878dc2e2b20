"""Xu hướng: chosen units and metrics over the years; with "Theo đơn vị hiện nay", today's communes from
2016 on (earlier years moved onto them, approximations marked), so a 2022 report and a 2025 report of the
same area meet on one chart."""

import pandas as pd
import streamlit as st

from etl.reference.text import ascii_fold
from etl.reference.units import NEW_MAP_FROM
from ui import charts, fmt, tables, url
from ui.data import Source
from ui.export import export_buttons, export_info
from ui.filters import (
    COUNTRY,
    MAP_CURRENT,
    MAP_REPORTED,
    current_map_filters,
    kept_note,
    kept_today,
    map_switch,
    multi_choose,
    unit_filters,
)
from ui.i18n import t, tm
from ui.page import Link, chart, label_lookup, not_loaded, start, unit_link
from warehouse.levels import country_key
from warehouse.queries import PROVINCES

PALETTE = ["#C0392B", "#1F77B4", "#2CA02C", "#E69F00", "#8E44AD", "#17A589", "#7F8C8D", "#D35400", "#2E4053",
           "#B7950B", "#AF7AC5", "#5D6D7E"]


def choose_metrics(source: Source, lang: str) -> tuple[pd.DataFrame, dict[str, str], list[str]]:
    """The catalog, its names in ``lang`` and the metrics chosen (``ct``, up to six; the registration rate first)."""
    metrics = source.metrics()
    names = dict(zip(metrics["code"], metrics["label_en" if lang == "en" else "label_vi"], strict=True))
    return metrics, names, multi_choose(t("metrics", lang), list(names), names, "ct", ["reg_party_members_pct"],
                                        max_selections=6)


def year_ranges(years: list[int]) -> str:
    """2016, 2017, 2018, 2020 -> "2016–2018, 2020"."""
    runs: list[list[int]] = []
    for y in years:
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def current_country(source: Source, lang: str, year: int) -> None:
    """Today's provinces over the years, and the country: from 2025 their own figures; before, each province's
    former provinces (merged whole into it) added up by the rule of every level — a year one of them did not
    give is left empty."""
    years = source.q("current_map_years")
    first, last = min(years), max(years)
    units = source.q("current_map_units").drop_duplicates("province_code")
    units = units.assign(sort_key=units["province"].map(ascii_fold)).sort_values("sort_key")
    country = country_key("new")
    names = {country: t("whole_country", lang),
             **{f"new:province:{c}": n for c, n in zip(units["province_code"], units["province"], strict=True)}}
    keys = multi_choose(t("units", lang), list(names), names, "dv", [country], max_selections=12,
                        widget="filter_cur_dv_country", other_map=lambda v: not v.startswith("new:"))
    metrics, metric_names, chosen = choose_metrics(source, lang)
    if not keys or not chosen:
        st.info(t("choose_units_metrics", lang))
        url.stop()
    st.subheader(tm("trend_heading", lang, unit=names[country], first=first, last=last))
    st.caption(t("current_country_caption", lang) + " " + t("click_hint", lang))
    parts = []
    for code in chosen:
        if country in keys:  # the country is the country on either map: each year's own figure
            for map_, y0, y1 in (("old", first, min(last, NEW_MAP_FROM - 1)), ("new", max(first, NEW_MAP_FROM), last)):
                if y0 <= y1:
                    rows = source.q("figures", country_key(map_), y0, y1)
                    parts.append(rows[rows["metric"] == code].assign(unit_key=country))
        rows = source.q("current_province_figures", code, first, last)
        parts.append(rows[rows["unit_key"].isin(keys)].assign(metric=code))
    data = pd.concat([p for p in parts if not p.empty], ignore_index=True) if any(not p.empty for p in parts) \
        else pd.DataFrame(columns=["unit_key", "metric", "year", "value", "basis"])
    gaps = data[data["value"].isna()]
    data = data[data["value"].notna()]
    data = data.assign(series=data["unit_key"].map(names))
    if not gaps.empty:
        missing = gaps.groupby("unit_key")["year"].agg(lambda y: year_ranges(sorted({int(v) for v in y})))
        st.caption(tm("current_country_gaps", lang, units="; ".join(f"{names[k]} ({y})" for k, y in missing.items())))
    if data.empty:
        not_loaded(lang, "no_figures_unit", unit=", ".join(names[k] for k in keys), year=f"{first}–{last}")
        return
    colors = {names[k]: PALETTE[i % len(PALETTE)] for i, k in enumerate(keys)}
    find = label_lookup({k: names[k] for k in keys})

    def open_point(point: dict) -> Link | None:
        """A point: that province's (the country's) figures that year; a province before 2025: its communes of
        today over the years."""
        key, at = find(point.get("series")), point.get("x")
        if key is None or at is None:
            return None
        if key == country:
            return unit_link(source, country_key("new" if int(at) >= NEW_MAP_FROM else "old"), int(at), lang)
        if int(at) >= NEW_MAP_FROM:
            return unit_link(source, key, int(at), lang)
        return "pages/xu_huong.py", {"ban_do": MAP_CURRENT, "nam": str(int(at)), "tinh": key.rsplit(":", 1)[-1],
                                     "ct": ",".join(chosen), **({"lang": "en"} if lang == "en" else {})}

    for code in chosen:
        meta = metrics[metrics["code"] == code].iloc[0]
        series = data[data["metric"] == code]
        if series.empty:
            st.caption(tm("no_series", lang, metric=metric_names[code]))
            continue
        series = series.assign(kind=meta["kind"], approx=series["basis"] == "mean",
                               note=[t(f"basis_word_{b}", lang) if b != "reported" else "" for b in series["basis"]])
        target = None if pd.isna(meta["target"]) else float(meta["target"])
        fig = charts.trend(series, lang, title=metric_names[code], kind=meta["kind"], colors=colors, target=target,
                           year=year, apart={names[country]})  # the country on its own panel (counts)
        chart(fig, ["xu-huong-hien-nay", names[country], code], key=f"trend_country_{code}", link=open_point)
    data = data.sort_values(["metric", "series", "year"]).reset_index(drop=True)
    kinds = dict(zip(metrics["code"], metrics["kind"], strict=True))
    table = pd.DataFrame({
        t("col_unit", lang): data["series"], t("col_metric", lang): data["metric"].map(metric_names),
        t("col_year", lang): data["year"], t("col_value", lang): data["value"],
        t("col_qualifier", lang): data["qualifier"], t("col_numerator", lang): data["numerator"],
        t("col_denominator", lang): data["denominator"],
        t("col_basis", lang): [fmt.basis_word(r, lang) for r in data.to_dict("records")],
        t("col_former_provinces", lang): [int(n) if pd.notna(n) and y < NEW_MAP_FROM else None
                                          for n, y in zip(data["n_expected"] if "n_expected" in data else
                                                          [None] * len(data), data["year"], strict=True)],
    })
    value_kinds = {t("col_value", lang): [kinds[c] for c in data["metric"]]}
    st.markdown(f"#### {t('table_behind', lang)}")
    tables.show(table, lang, value_kinds, qualifiers={t("col_value", lang): t("col_qualifier", lang)},
                hide=[t("col_qualifier", lang)])
    filters = {t("map_switch", lang): t("map_current", lang), t("unit", lang): ", ".join(names[k] for k in keys),
               t("metric", lang): ", ".join(metric_names[c] for c in chosen)}
    export_buttons(table, ["xu-huong-hien-nay", names[country], "-".join(chosen)],
                   export_info(lang, filters, "new", source.data_version(lang)), lang, key="trend_country",
                   kinds=value_kinds)


def on_current_map(source: Source, lang: str) -> None:
    selection = current_map_filters(source.q("current_map_years"), source.q("current_map_units"), lang,
                                    places=source.q("crosswalk_places"), prefer=source.q("landing", "facts"),
                                    country=True)
    if selection is None:
        not_loaded(lang)
        url.stop()
    if selection.province == COUNTRY:
        current_country(source, lang, selection.year)
        return
    names = dict(zip(selection.communes["code"], selection.communes["name"], strict=True))
    years = source.q("current_map_years")
    # by default the three communes with figures in the most years (a line, not a dot)
    richest = source.q("current_map_facts", selection.province, "reg_party_members_pct", min(years), max(years))
    richest = richest[richest["unit_code"].isin(names)]["unit_code"].value_counts(sort=False)
    richest = sorted(richest.index, key=lambda c: (-richest[c], names[c]))
    kept = kept_today(selection, lambda code: source.q("commune_successors", code), lang)  # the place travels
    default = list(dict.fromkeys([*kept, *(richest or list(names))]))[:max(3, len(kept))]
    codes = multi_choose(t("units", lang), list(names), names, "dv", default, max_selections=12,
                         widget="filter_cur_dv", other_map=lambda v: ":" in v)  # "old:commune:…": the other view
    metrics, metric_names, chosen = choose_metrics(source, lang)
    if not codes or not chosen:
        st.info(t("choose_units_metrics", lang))
        url.stop()
    st.subheader(tm("trend_heading", lang, unit=selection.label, first=min(years), last=max(years)))
    st.caption(t("map_current_caption", lang) + " " + t("click_hint", lang))
    find = label_lookup(names)

    def open_point(point: dict) -> Link | None:
        """A point of 2025 on: that commune's figures (Tổng quan); before: this page on that commune alone."""
        code, year = find(point.get("series")), point.get("x")
        if code is None or year is None:
            return None
        extra = {"lang": "en"} if lang == "en" else {}
        if int(year) >= 2025:
            return "pages/tong_quan.py", {"nam": str(int(year)), "tinh": selection.province, "xa": code, **extra}
        return "pages/xu_huong.py", {"ban_do": MAP_CURRENT, "nam": str(int(year)), "tinh": selection.province,
                                     "dv": code, "ct": ",".join(chosen), **extra}

    colors = {names[c]: PALETTE[i % len(PALETTE)] for i, c in enumerate(codes)}
    parts = []
    for code in chosen:
        meta = metrics[metrics["code"] == code].iloc[0]
        facts = source.q("current_map_facts", selection.province, code, min(years), max(years))
        facts = facts[facts["unit_code"].isin(codes)].assign(metric=code)
        parts.append(facts)
        if facts.empty:
            st.caption(tm("no_series", lang, metric=metric_names[code]))
            continue
        notes = [("≈ " + t("approx_note", lang) + "<br>" if a else "")
                 + (t("col_sources", lang) + ": " + s if isinstance(s, str) else "")
                 for a, s in zip(facts["is_approximate"], facts["sources"], strict=True)]
        series = facts.assign(series=facts["commune"], kind=meta["kind"], note=notes,
                              approx=facts["is_approximate"].astype(bool))  # open markers: approximate points
        target = None if pd.isna(meta["target"]) else float(meta["target"])
        fig = charts.trend(series, lang, title=metric_names[code], kind=meta["kind"], colors=colors, target=target,
                           year=selection.year)
        chart(fig, ["xu-huong-hien-nay", selection.label, code], key=f"trend_current_{code}", link=open_point)
    data = pd.concat(parts, ignore_index=True)
    table = pd.DataFrame({
        t("col_unit", lang): data["commune"], t("col_metric", lang): data["metric"].map(metric_names),
        t("col_year", lang): data["year"], t("col_value", lang): data["value"],
        t("col_qualifier", lang): data["qualifier"],
        t("col_numerator", lang): data["numerator"], t("col_denominator", lang): data["denominator"],
        t("col_approx", lang): ["≈" if a else "" for a in data["is_approximate"]],
        t("col_status", lang): [fmt.derived_note(r, lang) or "" for r in data.to_dict("records")],
        t("col_sources", lang): data["sources"],
    })
    st.markdown(f"#### {t('table_behind', lang)}")
    value_kinds = {t("col_value", lang): list(data["metric"].map(dict(zip(metrics["code"], metrics["kind"],
                                                                        strict=True))))}  # each row its metric's
    tables.show(table, lang, value_kinds, qualifiers={t("col_value", lang): t("col_qualifier", lang)},
                hide=[t("col_qualifier", lang)])
    filters = {t("map_switch", lang): t("map_current", lang), t("unit", lang): ", ".join(names[c] for c in codes),
               t("metric", lang): ", ".join(metric_names[c] for c in chosen)}
    export_buttons(table, ["xu-huong-hien-nay", selection.label, "-".join(chosen)],
                   export_info(lang, filters, "new", source.data_version(lang)), lang, key="trend_current",
                   kinds=value_kinds)


source, lang = start("page_trend")
# A trend opens on today's communes (2016 to now on one chart), unless the link names units of the old map.
_old_link = (bool(st.query_params.get("huyen")) or "old:" in st.query_params.get("dv", "")
             or st.query_params.get("tinh") == COUNTRY)  # the country: provinces as they reported
if map_switch(lang, default=MAP_REPORTED if _old_link else MAP_CURRENT) == MAP_CURRENT:
    on_current_map(source, lang)
    url.stop()
selection = unit_filters(source.years(), source.unit_options, lang, communes=False,
                         landing=source.q("landing", "facts"), need_district=True,
                         places=source.q("crosswalk_places"), country=True)
if selection is None or selection.unit_key is None:
    url.stop()
map_years = [y for y in source.years() if (y >= 2025) == (selection.map == "new")]
options = source.unit_options(selection.year, PROVINCES if selection.country else selection.province)
kept_note(selection, source.unit_options, lang, "kept_trend")
parent_code = selection.district or selection.province
if selection.country:  # the country and its provinces
    children = options[(options["level"] == "province") & (options["map"] == selection.map)]
elif selection.map == "old" and not selection.district:
    children = options[(options["level"] == "district") & (options["province_code"] == selection.province)]
else:
    children = options[(options["level"] == "commune") & (options["map"] == selection.map) &
                       ((options["district_code"] == parent_code) if selection.district else
                        (options["province_code"] == parent_code))]
computed_children = selection.country or (selection.map == "old" and not selection.district)
unit_names = {selection.unit_key: selection.label,
              **{f"{selection.map}:{lvl}:{c}": n for lvl, c, n in
                 zip(children["level"], children["code"], children["name"], strict=True)}}
kept_key = f"{selection.map}:commune:{selection.kept}" if selection.kept else None
unit_keys = multi_choose(t("units", lang), list(unit_names), unit_names, "dv",
                         [selection.unit_key, *([kept_key] if kept_key in unit_names else [])],
                         max_selections=12, other_map=lambda v: ":" not in v)  # today's commune codes
metrics, metric_names, codes = choose_metrics(source, lang)
if not unit_keys or not codes:
    st.info(t("choose_units_metrics", lang))
    url.stop()
parts = []
if selection.unit_key in unit_keys:
    figures = source.q("figures", selection.unit_key, min(map_years), max(map_years))
    parts.append(figures[figures["metric"].isin(codes)].assign(series=selection.label, unit_key=selection.unit_key))
chosen_children = [k for k in unit_keys if k != selection.unit_key]
for code in codes if chosen_children else []:  # the chosen units under it: one query a metric for all of them
    if computed_children:  # provinces, districts: their own figure or computed from their units
        rows = source.q("child_figures", selection.unit_key, code, min(map_years), max(map_years))
    else:  # communes: their own figures
        rows = source.q("commune_facts", selection.unit_key, code, min(map_years), max(map_years)).assign(
            basis="reported")
    rows = rows[rows["unit_key"].isin(chosen_children)]
    parts.append(rows.assign(metric=code, series=rows["unit_key"].map(unit_names)))
data = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
st.subheader(tm("trend_heading", lang, unit=selection.label, first=min(map_years), last=max(map_years)))
if data.empty:
    not_loaded(lang, "no_figures_unit", unit=selection.label, year=f"{min(map_years)}–{max(map_years)}")
    url.stop()
colors = {unit_names[k]: PALETTE[i % len(PALETTE)] for i, k in enumerate(unit_keys)}
st.caption(t("click_hint", lang))
find_unit = label_lookup({k: unit_names[k] for k in unit_keys})


def open_series_point(point: dict) -> Link | None:
    """A point: that unit's figures for that year (Tổng quan)."""
    key, year = find_unit(point.get("series")), point.get("x")
    return unit_link(source, key, int(year), lang) if key and year is not None else None


for code in codes:
    meta = metrics[metrics["code"] == code].iloc[0]
    series = data[data["metric"] == code].assign(
        kind=meta["kind"], note=lambda d: [t(f"basis_word_{b}", lang) if b != "reported" else "" for b in d["basis"]])
    if series.empty:
        st.caption(tm("no_series", lang, metric=metric_names[code]))
        continue
    target = None if pd.isna(meta["target"]) else float(meta["target"])
    fig = charts.trend(series, lang, title=metric_names[code], kind=meta["kind"], colors=colors, target=target,
                       year=selection.year, apart={selection.label})  # the district on its own panel
    chart(fig, ["xu-huong", selection.label, code], key=f"trend_{code}", link=open_series_point)
data = data.sort_values(["metric", "series", "year"]).reset_index(drop=True)
kinds = dict(zip(metrics["code"], metrics["kind"], strict=True))
table = pd.DataFrame({
    t("col_unit", lang): data["series"],
    t("col_metric", lang): data["metric"].map(metric_names),
    t("col_year", lang): data["year"],
    t("col_value", lang): data["value"],
    t("col_qualifier", lang): data["qualifier"],
    t("col_numerator", lang): data["numerator"],
    t("col_denominator", lang): data["denominator"],
    t("col_basis", lang): [fmt.basis_word(r, lang) for r in data.to_dict("records")],
})
value_kinds = {t("col_value", lang): [kinds[c] for c in data["metric"]]}  # each row in its metric's kind
st.markdown(f"#### {t('table_behind', lang)}")
tables.show(table, lang, value_kinds, qualifiers={t("col_value", lang): t("col_qualifier", lang)},
            hide=[t("col_qualifier", lang)])
filters = {t("unit", lang): ", ".join(unit_names[k] for k in unit_keys),
           t("metric", lang): ", ".join(metric_names[c] for c in codes)}
export_buttons(table, ["xu-huong", selection.label, "-".join(codes)],
               export_info(lang, filters, selection.map, source.data_version(lang)), lang, key="trend",
               kinds=value_kinds)
