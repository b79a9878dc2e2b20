"""Xu hướng: chosen units and metrics over the years; with "Theo đơn vị hiện nay", today's communes from
2016 on (earlier years moved onto them, approximations marked), so a 2022 report and a 2025 report of the
same area meet on one chart."""

import pandas as pd
import streamlit as st

from etl.tables.context import NEW_MAP_FROM
from ui import charts, tables, trend, url
from ui.data import Source
from ui.export import export_buttons, export_info
from ui.filters import (
    COUNTRY,
    MAP_CURRENT,
    MAP_REPORTED,
    kept_note,
    kept_today,
    map_switch,
    multi_choose,
    unit_filters,
)
from ui.i18n import t, tm
from ui.page import Link, chart, current_map_selection, label_lookup, not_loaded, start, unit_link
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


def current_country(source: Source, lang: str, year: int) -> None:
    """Today's provinces over the years, and the country: from 2025 their own figures; before, each province's
    former provinces (merged whole into it) added up by the rule of every level — a year one of them did not
    give is left empty."""
    years = source.q("current_map_years")
    first, last = min(years), max(years)
    country = country_key("new")
    names = {country: t("whole_country", lang), **trend.provinces_today(source.q("current_map_units"))}
    keys = multi_choose(t("units", lang), list(names), names, "dv", [country], max_selections=12,
                        widget="filter_cur_dv_country", other_map=lambda v: not v.startswith("new:"))
    metrics, metric_names, chosen = choose_metrics(source, lang)
    if not keys or not chosen:
        st.info(t("choose_units_metrics", lang))
        url.stop()
    st.subheader(tm("trend_heading", lang, unit=names[country], first=first, last=last))
    st.caption(t("current_country_caption", lang) + " " + t("click_hint", lang))
    data, gaps = source.q("country_trend", keys, chosen)  # the country on either map, each province's formers
    data = data.assign(series=data["unit_key"].map(names))
    if gaps:
        st.caption(tm("current_country_gaps", lang, units=trend.gaps_text(gaps, names)))
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

    for code, meta, series, target in trend.by_metric(data, metrics, chosen, metric_names, lang):
        series = series.assign(kind=meta["kind"], approx=series["basis"] == "mean", note=trend.basis_notes(series, lang))
        fig = charts.trend(series, lang, title=metric_names[code], kind=meta["kind"], colors=colors, target=target,
                           year=year, apart={names[country]})  # the country on its own panel (counts)
        chart(fig, ["xu-huong-hien-nay", names[country], code], key=f"trend_country_{code}", link=open_point)
    data = data.sort_values(["metric", "series", "year"]).reset_index(drop=True)
    kinds = dict(zip(metrics["code"], metrics["kind"], strict=True))
    table = trend.figures_table(data, metric_names, lang, formers=True)
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
    selection = current_map_selection(source, lang)
    if selection.province == COUNTRY:
        current_country(source, lang, selection.year)
        return
    names = dict(zip(selection.communes["code"], selection.communes["name"], strict=True))
    years = source.q("current_map_years")
    # by default the three communes with figures in the most years (a line, not a dot)
    richest = source.q("richest_communes", selection.province, "reg_party_members_pct", names)
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
    data = source.q("communes_today_trend", selection.province, codes, chosen)
    for code, meta, facts, target in trend.by_metric(data, metrics, chosen, metric_names, lang):
        series = trend.communes_series(facts, meta["kind"], lang)  # open markers: approximate points
        fig = charts.trend(series, lang, title=metric_names[code], kind=meta["kind"], colors=colors, target=target,
                           year=selection.year)
        chart(fig, ["xu-huong-hien-nay", selection.label, code], key=f"trend_current_{code}", link=open_point)
    table = trend.communes_table(data, metric_names, lang)
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
map_years = source.q("map_years", selection.map)
options = source.unit_options(selection.year, PROVINCES if selection.country else selection.province)
kept_note(selection, source.unit_options, lang, "kept_trend")
children = trend.units_below(selection, options)  # the provinces, the districts of an old province, else communes
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
data = source.q("unit_trend", selection.unit_key, unit_keys, codes)  # the unit and the units under it chosen
if not data.empty:
    data = data.assign(series=data["unit_key"].map(unit_names))
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
    series = data[data["metric"] == code].assign(kind=meta["kind"], note=lambda d: trend.basis_notes(d, lang))
    if series.empty:
        st.caption(tm("no_series", lang, metric=metric_names[code]))
        continue
    target = None if pd.isna(meta["target"]) else float(meta["target"])
    fig = charts.trend(series, lang, title=metric_names[code], kind=meta["kind"], colors=colors, target=target,
                       year=selection.year, apart={selection.label})  # the district on its own panel
    chart(fig, ["xu-huong", selection.label, code], key=f"trend_{code}", link=open_series_point)
data = data.sort_values(["metric", "series", "year"]).reset_index(drop=True)
kinds = dict(zip(metrics["code"], metrics["kind"], strict=True))
table = trend.figures_table(data, metric_names, lang)
value_kinds = {t("col_value", lang): [kinds[c] for c in data["metric"]]}  # each row in its metric's kind
st.markdown(f"#### {t('table_behind', lang)}")
tables.show(table, lang, value_kinds, qualifiers={t("col_value", lang): t("col_qualifier", lang)},
            hide=[t("col_qualifier", lang)])
filters = {t("unit", lang): ", ".join(unit_names[k] for k in unit_keys),
           t("metric", lang): ", ".join(metric_names[c] for c in codes)}
export_buttons(table, ["xu-huong", selection.label, "-".join(codes)],
               export_info(lang, filters, selection.map, source.data_version(lang)), lang, key="trend",
               kinds=value_kinds)
