"""Mô hình: the register of models, searchable; counts by field, kind, year and unit; new against
maintained; pilot models and how far they were replicated."""

import pandas as pd
import streamlit as st

from ui import charts, fmt, registers, tables
from ui.export import export_buttons, export_info
from ui.filters import search_box
from ui.i18n import t
from ui.page import chart, register_page
from ui.page import table as show_table

COLOR = "#1F77B4"
source, lang, selection, items = register_page("models", "page_models", "models_heading")
items = items.assign(
    unit=registers.unit_of(items, lang),
    kind_label=registers.labels(items["kind"], lambda k: registers.kind_label(k, lang)),
    new_label=registers.labels(items["is_new"], lambda v: registers.new_label(None if pd.isna(v) else bool(v), lang)),
    field_label=items["field"].fillna(t("unknown", lang)))
year_items = items[items["year"] == selection.year]

in_year, new, pilot = registers.model_counts(items, year_items)
c1, c2, c3 = st.columns(3)
c1.metric(t("models_in_year", lang, year=selection.year), fmt.number(in_year, lang, 0))
c2.metric(t("model_new", lang), fmt.number(new, lang, 0))
c3.metric(t("pilot_count", lang), fmt.number(pilot, lang, 0))

# the register beside the figures report: "10 models" listed is not the "96 models" the district reported
reported = registers.reported_total(source.q("reported_totals", selection.unit_key, selection.year, ("models_total",)),
                                    ("models_total",))
if reported is not None and reported[0]["models_total"] != len(year_items):
    st.info(t("register_vs_reported_models", lang, year=selection.year,
               reported=fmt.number(reported[0]["models_total"], lang, 0), listed=fmt.number(len(year_items), lang, 0),
               basis=t("basis_summed", lang) if reported[1] else ""), icon=":material/compare_arrows:")
    st.caption(t("register_vs_reported_help", lang))

by_year = registers.count_by(items, ["year", "new_label"])
chart(charts.counts(by_year, lang, title=t("models_by_year", lang), color=COLOR, x="year", stack="new_label",
                    colors={t("model_new", lang): COLOR, t("model_maintained", lang): "#9ECAE9",
                            t("unknown", lang): "#CCCCCC"}),
      f"mo-hinh-theo-nam_{selection.label}", key="by_year")
left, right = st.columns(2)
with left:
    registers.kinds_chart(year_items, "field_label", selection, lang, "models_by_field", "mo-hinh-theo-linh-vuc",
                          "by_field", COLOR, "#E69F00")
with right:
    registers.units_chart(source, year_items, selection, lang, "models_by_unit", "mo-hinh-theo-don-vi", "pages/mo_hinh.py", COLOR)

# the appraisal of each model (registers from 2024): its three contents, its exemplary individual, its step
st.markdown(f"#### {t('appraisal_heading', lang, year=selection.year)}")
appraised = registers.with_appraisal(year_items)
if appraised.empty:
    st.caption(t("appraisal_none", lang, year=selection.year))
else:
    st.caption(t("appraisal_caption", lang, n=len(appraised)))
    if len(appraised) < len(year_items):
        st.caption(t("appraisal_other", lang, n=len(year_items) - len(appraised), year=selection.year))
    info = export_info(lang, {t("unit", lang): selection.label, t("col_year", lang): str(selection.year)},
                       selection.map, source.data_version(lang))
    left, right = st.columns(2)
    with left:
        st.markdown(f"##### {t('contents_title', lang)}")
        contents = registers.content_counts(appraised, lang)
        show_table(contents, key="contents")
        export_buttons(contents, ["mo-hinh-noi-dung", selection.label, selection.year], info, lang, key="contents")
    with right:
        st.markdown(f"##### {t('steps_title', lang)}")
        steps = registers.step_counts(appraised, lang)
        show_table(steps, key="steps")
        export_buttons(steps, ["mo-hinh-tham-dinh", selection.label, selection.year], info, lang, key="steps")
    lacking = registers.without_exemplar(appraised)
    st.markdown(f"##### {t('no_exemplar_heading', lang)}")
    if lacking.empty:
        st.caption(t("no_exemplar_none", lang))
    else:
        st.caption(t("no_exemplar_caption", lang, n=len(lacking)))
        lacking_table = pd.DataFrame({
            t("col_model", lang): lacking["name"], t("col_host", lang): lacking["host"],
            t("col_unit", lang): lacking["unit"], t("col_kind", lang): lacking["kind_label"],
            t("col_step", lang): [t(f"step_{s}", lang) if isinstance(s, str) else t("col_not_given", lang)
                                  for s in lacking["appraisal_step"]],
            t("col_source", lang): lacking["source_file"] + " / " + t("row_word", lang) + " "
            + lacking["source_row"].astype(str),
        })
        tables.show_paged(lacking_table, lang, "no_exemplar")
        export_buttons(lacking_table, ["mo-hinh-chua-co-ca-nhan-dien-hinh", selection.label, selection.year], info,
                       lang, key="no_exemplar")

# pilot models, and every model whose replication the register gives (x/y units)
pilot_table = registers.pilots(items, lang)
if not pilot_table.empty:
    st.markdown(f"#### {t('pilot_models', lang)}")
    tables.show_paged(pilot_table, lang, "pilots")
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
tables.show_paged(table, lang, "models")
filters = {t("unit", lang): selection.label, t("search", lang): query or "—"}
export_buttons(table, ["mo-hinh", selection.label, query], export_info(lang, filters, selection.map,
                                                                        source.data_version(lang)), lang, key="models")
