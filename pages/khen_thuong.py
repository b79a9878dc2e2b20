"""Khen thưởng: commendations by year, unit, level, collective or individual, and those proposed to the
level above."""

import pandas as pd
import streamlit as st

from ui import charts, registers
from ui.export import export_buttons, export_info
from ui.filters import search_box, unit_filters
from ui.i18n import t, tm
from ui.page import chart, not_loaded, start

COLOR = "#E69F00"
source, lang = start("page_commend")
selection = unit_filters(source.years(), source.unit_options, lang)
if selection is None or selection.unit_key is None:
    st.stop()
map_years = [y for y in source.years() if (y >= 2025) == (selection.map == "new")]
items = source.q("register_items", "commendations", selection.unit_key, min(map_years), max(map_years))
st.subheader(tm("commend_heading", lang, unit=selection.label))
if items.empty:
    not_loaded(lang, "no_register", unit=selection.label, what=t("page_commend", lang).lower())
    st.stop()
items = items.assign(
    unit=registers.unit_of(items, lang),
    kind_label=[registers.kind_label(k, lang) for k in items["recipient_kind"]],
    level_label=[registers.level_label(v, bool(p), lang) for v, p in zip(items["level"], items["is_proposed"],
                                                                          strict=True)])
year_items = items[items["year"] == selection.year]
commended = year_items[~year_items["is_proposed"]]
proposed = year_items[year_items["is_proposed"]]
c1, c2, c3, c4 = st.columns(4)
c1.metric(t("collective_commended", lang), int((commended["recipient_kind"] == "collective").sum()))
c2.metric(t("individual_commended", lang), int((commended["recipient_kind"] == "individual").sum()))
c3.metric(t("collective_proposed", lang), int((proposed["recipient_kind"] == "collective").sum()))
c4.metric(t("individual_proposed", lang), int((proposed["recipient_kind"] == "individual").sum()))
st.caption(t("commend_year_caption", lang, year=selection.year))

by_year = registers.count_by(items, ["year", "level_label"])
chart(charts.counts(by_year, lang, title=t("commend_by_year", lang), color=COLOR, x="year", stack="level_label"),
      f"khen-thuong-theo-nam_{selection.label}", key="by_year")
left, right = st.columns(2)
with left:
    by_kind = registers.count_by(year_items, ["level_label", "kind_label"]).rename(columns={"level_label": "label"})
    if not by_kind.empty:
        chart(charts.counts(by_kind, lang, title=t("commend_by_kind", lang, year=selection.year), color=COLOR,
                            stack="kind_label", colors={t("collective", lang): COLOR, t("individual", lang): "#8E44AD"},
                            horizontal=True),
              f"khen-thuong-theo-cap_{selection.label}_{selection.year}", key="by_kind")
with right:
    by_unit = registers.count_by(year_items, ["unit"]).rename(columns={"unit": "label"}).sort_values(
        "count", ascending=False).head(15)
    if not by_unit.empty:
        chart(charts.counts(by_unit, lang, title=t("commend_by_unit", lang, year=selection.year), color=COLOR,
                            horizontal=True),
              f"khen-thuong-theo-don-vi_{selection.label}_{selection.year}", key="by_unit")

st.markdown(f"#### {t('register', lang)}")
query = search_box(t("search", lang), "search_commend", t("search_hint_commend", lang))
found = registers.search(items, query, ["recipient", "unit", "form", "level_label"])
table = pd.DataFrame({
    t("col_year", lang): found["year"], t("col_recipient", lang): found["recipient"],
    t("col_kind", lang): found["kind_label"], t("col_unit", lang): found["unit"],
    t("col_level", lang): found["level_label"], t("col_form", lang): found["form"],
    t("col_source", lang): found["source_file"] + " / " + t("row_word", lang) + " " + found["source_row"].astype(str),
})
st.caption(t("found_items", lang, n=len(found), total=len(items)))
st.dataframe(table, hide_index=True, width="stretch")
filters = {t("unit", lang): selection.label, t("search", lang): query or "—"}
export_buttons(table, ["khen-thuong", selection.label, query], export_info(lang, filters, selection.map,
                                                                            source.data_version(lang)), lang,
               key="commend")
