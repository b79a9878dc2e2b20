"""Mô hình: the register of models, searchable; counts by field, kind, year and unit; new against
maintained; pilot models and how far they were replicated."""

import pandas as pd
import streamlit as st

from ui import charts, registers
from ui.export import export_buttons, export_info
from ui.filters import search_box, unit_filters
from ui.i18n import t, tm
from ui.page import chart, not_loaded, start

COLOR = "#1F77B4"
source, lang = start("page_models")
selection = unit_filters(source.years(), source.unit_options, lang)
if selection is None or selection.unit_key is None:
    st.stop()
map_years = [y for y in source.years() if (y >= 2025) == (selection.map == "new")]
items = source.q("register_items", "models", selection.unit_key, min(map_years), max(map_years))
st.subheader(tm("models_heading", lang, unit=selection.label))
if items.empty:
    not_loaded(lang, "no_register", unit=selection.label, what=t("page_models", lang).lower())
    st.stop()
items = items.assign(
    unit=registers.unit_of(items, lang),
    kind_label=[registers.kind_label(k, lang) for k in items["kind"]],
    new_label=[registers.new_label(None if pd.isna(v) else bool(v), lang) for v in items["is_new"]],
    field_label=items["field"].fillna(t("unknown", lang)))
year_items = items[items["year"] == selection.year]

c1, c2, c3 = st.columns(3)
c1.metric(t("models_in_year", lang, year=selection.year), len(year_items))
c2.metric(t("model_new", lang), int((year_items["is_new"] == True).sum()))  # noqa: E712
c3.metric(t("pilot_count", lang), int((items["is_pilot"] == True).sum()))  # noqa: E712

by_year = registers.count_by(items, ["year", "new_label"])
chart(charts.counts(by_year, lang, title=t("models_by_year", lang), color=COLOR, x="year", stack="new_label",
                    colors={t("model_new", lang): COLOR, t("model_maintained", lang): "#9ECAE9",
                            t("unknown", lang): "#CCCCCC"}),
      f"mo-hinh-theo-nam_{selection.label}", key="by_year")
left, right = st.columns(2)
with left:
    by_field = registers.count_by(year_items, ["field_label", "kind_label"]).rename(columns={"field_label": "label"})
    if not by_field.empty:
        chart(charts.counts(by_field, lang, title=t("models_by_field", lang, year=selection.year), color=COLOR,
                            stack="kind_label", colors={t("collective", lang): COLOR, t("individual", lang): "#E69F00"},
                            horizontal=True),
              f"mo-hinh-theo-linh-vuc_{selection.label}_{selection.year}", key="by_field")
with right:
    by_unit = registers.count_by(year_items, ["unit"]).rename(columns={"unit": "label"}).sort_values(
        "count", ascending=False).head(15)
    if not by_unit.empty:
        chart(charts.counts(by_unit, lang, title=t("models_by_unit", lang, year=selection.year), color=COLOR,
                            horizontal=True),
              f"mo-hinh-theo-don-vi_{selection.label}_{selection.year}", key="by_unit")

# pilot models, and every model whose replication the register gives (x/y units)
pilots = items[(items["is_pilot"] == True) | items["replicated_units"].notna()]  # noqa: E712
if not pilots.empty:
    st.markdown(f"#### {t('pilot_models', lang)}")
    pilot_table = pd.DataFrame({
        t("col_year", lang): pilots["year"], t("col_model", lang): pilots["name"], t("col_host", lang): pilots["host"],
        t("col_pilot", lang): pilots["is_pilot"].map({True: "✓", False: ""}).fillna(""),
        t("col_replicated", lang): [f"{int(a)}/{int(b)}" if pd.notna(a) and pd.notna(b) else "—"
                                    for a, b in zip(pilots["replicated_units"], pilots["replication_base"], strict=True)],
        t("col_replicated_pct", lang): [100 * a / b if pd.notna(a) and pd.notna(b) and b else None
                                        for a, b in zip(pilots["replicated_units"], pilots["replication_base"],
                                                        strict=True)],
    })
    st.dataframe(pilot_table, hide_index=True, width="stretch")
    export_buttons(pilot_table, ["mo-hinh-diem", selection.label], export_info(
        lang, {t("unit", lang): selection.label}, selection.map, source.data_version(lang)), lang, key="pilots")

st.markdown(f"#### {t('register', lang)}")
query = search_box(t("search", lang), "search_models", t("search_hint_models", lang))
found = registers.search(items, query, ["name", "host", "field", "unit"])
table = pd.DataFrame({
    t("col_year", lang): found["year"], t("col_model", lang): found["name"], t("col_host", lang): found["host"],
    t("col_unit", lang): found["unit"], t("col_kind", lang): found["kind_label"],
    t("col_field", lang): found["field_label"], t("col_new", lang): found["new_label"],
    t("col_pilot", lang): found["is_pilot"].map({True: "✓", False: ""}).fillna(""),
    t("col_source", lang): found["source_file"] + " / " + t("row_word", lang) + " " + found["source_row"].astype(str),
})
st.caption(t("found_items", lang, n=len(found), total=len(items)))
st.dataframe(table, hide_index=True, width="stretch")
filters = {t("unit", lang): selection.label, t("search", lang): query or "—"}
export_buttons(table, ["mo-hinh", selection.label, query], export_info(lang, filters, selection.map,
                                                                        source.data_version(lang)), lang, key="models")
