"""Tổng quan: the chosen unit's figures for a year, one card per metric and one small chart per family."""

import streamlit as st

from ui import charts
from ui.export import export_buttons, export_info
from ui.filters import unit_filters
from ui.i18n import t, tm
from ui.kpi import build_cards, cards_table, render_cards
from ui.page import chart, not_loaded, start

source, lang = start("page_overview")
selection = unit_filters(source.years(), source.unit_options, lang)
if selection is None or selection.unit_key is None:
    not_loaded(lang)
    st.stop()
metrics = source.metrics()
years = [y for y in source.years() if (y >= 2025) == (selection.map == "new")]
figures = source.unit_figures(selection.unit_key, min(years), max(years))
st.subheader(tm("overview_heading", lang, unit=selection.label, year=selection.year))
if selection.level in ("district", "province"):
    reported, total, level = source.q("coverage_counts", selection.unit_key, selection.year)
    if total:
        st.caption(t("coverage" if level == "commune" else "coverage_districts", lang, n=reported, total=total))
if figures[figures["year"] == selection.year].empty:
    not_loaded(lang, "no_figures_unit", unit=selection.label, year=selection.year)
    st.stop()
cards = build_cards(figures, metrics, selection.year, lang)
for family in metrics.drop_duplicates("family").itertuples():
    st.markdown(f"#### {family.family_en if lang == 'en' else family.family_vi}")
    render_cards([c for c in cards if c.family == family.family])
    in_family = metrics[metrics["family"] == family.family]
    kind = in_family["kind"].iloc[0]
    codes = list(in_family.loc[in_family["kind"] == kind, "code"])
    labels = dict(zip(in_family["code"], in_family["short_en" if lang == "en" else "short_vi"], strict=True))
    series = figures[figures["metric"].isin(codes)]
    series = series.assign(series=series["metric"].map(labels), kind=kind, note="")
    family_name = family.family_en if lang == "en" else family.family_vi
    name = f"tong-quan_{family.family}_{selection.unit_key.replace(':', '-')}"
    if series["year"].nunique() > 1:  # the family over the years
        palette = [family.color, "#555555", "#E69F00", "#17A589", "#8E44AD"]
        fig = charts.trend(series, lang, title=f"{family_name} — {selection.label}", kind=kind,
                           colors={labels[c]: palette[i % len(palette)] for i, c in enumerate(codes)})
        fig.layout.height = 300
        chart(fig, name, key=f"chart_{family.family}")
    elif not series.empty:  # one year only (the new map from 2025): the family's figures side by side
        bars = series.rename(columns={"series": "label"})[["label", "value"]]
        fig = charts.values(bars, kind, family.color, lang, title=f"{family_name} — {selection.label}, "
                                                                  f"{selection.year}")
        chart(fig, name, key=f"chart_{family.family}")
st.markdown(f"#### {t('table_behind', lang)}")
frame = cards_table(figures, metrics, selection.year, lang)
st.dataframe(frame, hide_index=True, width="stretch")
filters = {t("year", lang): str(selection.year), t("unit", lang): selection.label}
export_buttons(frame, ["tong-quan", selection.label, selection.year], export_info(
    lang, filters, selection.map, source.data_version(lang)), lang, key="overview")
