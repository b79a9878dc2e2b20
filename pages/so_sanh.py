"""So sánh xã: the communes of a district (of a province from 2025) ranked on one metric for a year, with the
target and the district's figure; communes × years; the table behind them."""

import streamlit as st

from ui import charts, compare
from ui.export import export_buttons, export_info
from ui.filters import metric_filter, unit_filters
from ui.i18n import t
from ui.page import chart, metric_label, start

source, lang = start("page_compare")
selection = unit_filters(source.years(), source.unit_options, lang, communes=False)
if selection is None:
    st.stop()
if selection.map == "old" and not selection.district:
    st.info(t("choose_district", lang))
    st.stop()
parent_key = selection.unit_key
metrics = source.metrics()
metric = metric_filter(metrics, lang)
kind, label = metric["kind"], metric_label(metric, lang)
map_years = [y for y in source.years() if (y >= 2025) == (selection.map == "new")]
facts = source.q("commune_facts", parent_key, metric["code"], min(map_years), max(map_years))
communes = source.q("communes_of", parent_key, selection.year)
rows = compare.ranked(communes, facts, selection.year)
parent = source.unit_figures(parent_key, selection.year, selection.year)
parent = parent[parent["metric"] == metric["code"]]
parent_value = float(parent["value"].iloc[0]) if not parent.empty else None
parent_qualifier = parent["qualifier"].iloc[0] if not parent.empty else None
target = None if metric["target"] != metric["target"] else float(metric["target"])  # NaN check

st.subheader(t("compare_heading", lang, metric=label, parent=selection.label, year=selection.year))
reported = int(rows["value"].notna().sum())
st.caption(t("compare_caption", lang, n=reported, total=len(rows)))
name = f"so-sanh-xa_{selection.label}_{selection.year}_{metric['code']}"
if reported == 0:
    st.info(t("no_figures_metric", lang, metric=label, parent=selection.label, year=selection.year))
else:
    fig = charts.ranking(rows, kind, metric["color"], lang, title=f"{label} — {selection.year}", target=target,
                         parent_value=parent_value, parent_label=selection.label,
                         parent_qualifier=parent_qualifier if isinstance(parent_qualifier, str) else None)
    chart(fig, name, key="ranking")
history = facts.rename(columns={"unit_name": "label"})
if not history.empty:
    heat = charts.heatmap(history, kind, lang, title=t("heatmap_title", lang, metric=label, parent=selection.label),
                          color=metric["color"])
    chart(heat, f"so-sanh-xa-theo-nam_{selection.label}_{metric['code']}", key="heatmap")
st.markdown(f"#### {t('table_behind', lang)}")
frame = compare.table(rows, kind, lang)
st.dataframe(compare.display(frame, kind, lang), hide_index=True, width="stretch")
filters = {t("year", lang): str(selection.year), t("unit", lang): selection.label, t("metric", lang): label}
info = export_info(lang, filters, selection.map, source.data_version(lang))
export_buttons(frame, ["so-sanh-xa", selection.label, selection.year, metric["code"]], info, lang, key="compare")
if not history.empty:
    years_frame = history.pivot_table(index="label", columns="year", values="value", aggfunc="first").reset_index()
    years_frame.columns = [t("col_unit", lang), *[str(c) for c in years_frame.columns[1:]]]
    with st.expander(t("heatmap_table", lang)):
        st.dataframe(years_frame, hide_index=True, width="stretch")
        export_buttons(years_frame, ["so-sanh-xa-theo-nam", selection.label, metric["code"]], info, lang,
                       key="compare_years")
