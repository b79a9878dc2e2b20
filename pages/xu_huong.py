"""Xu hướng: chosen units and metrics over the years; with "Theo đơn vị hiện nay", today's communes from
2016 on (earlier years moved onto them, approximations marked), so a 2022 report and a 2025 report of the
same area meet on one chart."""

import pandas as pd
import streamlit as st

from ui import charts, fmt
from ui.data import Source
from ui.export import export_buttons, export_info
from ui.filters import MAP_CURRENT, current_map_filters, map_switch, multi_choose, unit_filters
from ui.i18n import t, tm
from ui.page import chart, not_loaded, start

PALETTE = ["#C0392B", "#1F77B4", "#2CA02C", "#E69F00", "#8E44AD", "#17A589", "#7F8C8D", "#D35400", "#2E4053",
           "#B7950B", "#AF7AC5", "#5D6D7E"]


def on_current_map(source: Source, lang: str) -> None:
    selection = current_map_filters(source.q("current_map_years"), source.q("current_map_units"), lang)
    if selection is None:
        not_loaded(lang)
        st.stop()
    names = dict(zip(selection.communes["code"], selection.communes["name"], strict=True))
    codes = multi_choose(t("units", lang), list(names), names, "dv", list(names)[:3], max_selections=12)
    metrics = source.metrics()
    metric_names = dict(zip(metrics["code"], metrics["label_en" if lang == "en" else "label_vi"], strict=True))
    chosen = multi_choose(t("metrics", lang), list(metric_names), metric_names, "ct", ["reg_party_members_pct"],
                          max_selections=6)
    if not codes or not chosen:
        st.info(t("choose_units_metrics", lang))
        st.stop()
    years = source.q("current_map_years")
    st.subheader(tm("trend_heading", lang, unit=selection.label, first=min(years), last=max(years)))
    st.caption(t("map_current_caption", lang))
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
        series = facts.assign(series=facts["commune"], kind=meta["kind"], qualifier=None, note=notes,
                              approx=facts["is_approximate"].astype(bool))  # open markers: approximate points
        target = None if pd.isna(meta["target"]) else float(meta["target"])
        fig = charts.trend(series, lang, title=metric_names[code], kind=meta["kind"], colors=colors, target=target)
        chart(fig, f"xu-huong-hien-nay_{selection.label}_{code}", key=f"trend_current_{code}")
    data = pd.concat(parts, ignore_index=True)
    table = pd.DataFrame({
        t("col_unit", lang): data["commune"], t("col_metric", lang): data["metric"].map(metric_names),
        t("col_year", lang): data["year"], t("col_value", lang): data["value"],
        t("col_numerator", lang): data["numerator"], t("col_denominator", lang): data["denominator"],
        t("col_approx", lang): ["≈" if a else "" for a in data["is_approximate"]],
        t("col_sources", lang): data["sources"],
    })
    st.markdown(f"#### {t('table_behind', lang)}")
    st.dataframe(table, hide_index=True, width="stretch")
    filters = {t("map_switch", lang): t("map_current", lang), t("unit", lang): ", ".join(names[c] for c in codes),
               t("metric", lang): ", ".join(metric_names[c] for c in chosen)}
    export_buttons(table, ["xu-huong-hien-nay", selection.label, "-".join(chosen)],
                   export_info(lang, filters, "new", source.data_version(lang)), lang, key="trend_current")


source, lang = start("page_trend")
if map_switch(lang) == MAP_CURRENT:
    on_current_map(source, lang)
    st.stop()
selection = unit_filters(source.years(), source.unit_options, lang, communes=False)
if selection is None or selection.unit_key is None:
    st.stop()
map_years = [y for y in source.years() if (y >= 2025) == (selection.map == "new")]
options = source.unit_options(selection.year)
parent_code = selection.district or selection.province
children = options[(options["level"] == "commune") & (options["map"] == selection.map) &
                   ((options["district_code"] == parent_code) if selection.district else
                    (options["province_code"] == parent_code))]
if selection.map == "old" and not selection.district:
    children = options[(options["level"] == "district") & (options["province_code"] == selection.province)]
unit_names = {selection.unit_key: selection.label,
              **{f"{selection.map}:{lvl}:{c}": n for lvl, c, n in
                 zip(children["level"], children["code"], children["name"], strict=True)}}
unit_keys = multi_choose(t("units", lang), list(unit_names), unit_names, "dv", [selection.unit_key],
                         max_selections=12)
metrics = source.metrics()
metric_names = dict(zip(metrics["code"], metrics["label_en" if lang == "en" else "label_vi"], strict=True))
codes = multi_choose(t("metrics", lang), list(metric_names), metric_names, "ct", ["reg_party_members_pct"],
                     max_selections=6)
if not unit_keys or not codes:
    st.info(t("choose_units_metrics", lang))
    st.stop()
parts = []
for key in unit_keys:
    figures = source.unit_figures(key, min(map_years), max(map_years))
    parts.append(figures[figures["metric"].isin(codes)].assign(series=unit_names[key], unit_key=key))
data = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
st.subheader(tm("trend_heading", lang, unit=selection.label, first=min(map_years), last=max(map_years)))
if data.empty:
    not_loaded(lang, "no_figures_unit", unit=selection.label, year=f"{min(map_years)}–{max(map_years)}")
    st.stop()
colors = {unit_names[k]: PALETTE[i % len(PALETTE)] for i, k in enumerate(unit_keys)}
for code in codes:
    meta = metrics[metrics["code"] == code].iloc[0]
    series = data[data["metric"] == code].assign(
        kind=meta["kind"], note=lambda d: [t(f"basis_word_{b}", lang) if b != "reported" else "" for b in d["basis"]])
    if series.empty:
        st.caption(tm("no_series", lang, metric=metric_names[code]))
        continue
    target = None if pd.isna(meta["target"]) else float(meta["target"])
    fig = charts.trend(series, lang, title=metric_names[code], kind=meta["kind"], colors=colors, target=target)
    chart(fig, f"xu-huong_{selection.label}_{code}", key=f"trend_{code}")
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
    t("col_basis", lang): [t(f"basis_word_{b}", lang) for b in data["basis"]],
})
shown = table.assign(**{
    t("col_value", lang): [fmt.metric_value(v, kinds[c], q, lang)
                           for v, c, q in zip(data["value"], data["metric"], data["qualifier"], strict=True)],
    t("col_numerator", lang): [fmt.number(v, lang, 0) if pd.notna(v) else "" for v in data["numerator"]],
    t("col_denominator", lang): [fmt.number(v, lang, 0) if pd.notna(v) else "" for v in data["denominator"]],
})
st.markdown(f"#### {t('table_behind', lang)}")
st.dataframe(shown.drop(columns=[t("col_qualifier", lang)]), hide_index=True, width="stretch")
filters = {t("unit", lang): ", ".join(unit_names[k] for k in unit_keys),
           t("metric", lang): ", ".join(metric_names[c] for c in codes)}
export_buttons(table, ["xu-huong", selection.label, "-".join(codes)],
               export_info(lang, filters, selection.map, source.data_version(lang)), lang, key="trend")
