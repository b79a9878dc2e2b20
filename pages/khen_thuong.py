"""Khen thưởng: commendations by year, unit, level, collective or individual, and those proposed to the
level above."""

import pandas as pd
import streamlit as st

from ui import charts, fmt, registers, tables
from ui.export import export_buttons, export_info
from ui.filters import search_box
from ui.i18n import t
from ui.page import chart, register_page

COLOR = "#E69F00"
source, lang, selection, items = register_page("commendations", "page_commend", "commend_heading")
items = items.assign(
    unit=registers.unit_of(items, lang),
    kind_label=registers.labels(items["recipient_kind"], lambda k: registers.kind_label(k, lang)),
    level_label=registers.labels(pd.Series(list(zip(items["level"], items["is_proposed"], strict=True)),
                                           index=items.index, dtype=object),
                                 lambda pair: registers.level_label(pair[0], bool(pair[1]), lang)))
year_items = items[items["year"] == selection.year]
listed = registers.commend_counts(year_items)  # the names the register lists, counted as the report counts
c1, c2, c3, c4 = st.columns(4)
c1.metric(t("collective_commended", lang), fmt.number(listed["commend_collective"], lang, 0))
c2.metric(t("individual_commended", lang), fmt.number(listed["commend_individual"], lang, 0))
c3.metric(t("collective_proposed", lang), fmt.number(listed["commend_proposed_collective"], lang, 0))
c4.metric(t("individual_proposed", lang), fmt.number(listed["commend_proposed_individual"], lang, 0))
st.caption(t("commend_year_caption", lang, year=selection.year))

# the register beside the figures report: the names listed are not always all the unit counted (the
# message holds only our words and numbers: plain t(), no data to escape)
COMMEND_METRICS = ("commend_collective", "commend_individual", "commend_proposed_collective",
                   "commend_proposed_individual")
reported = registers.reported_total(source.q("reported_totals", selection.unit_key, selection.year, COMMEND_METRICS),
                                    COMMEND_METRICS)


def _parts(values: dict[str, int]) -> str:
    def n(metric: str) -> str:
        return fmt.number(values[metric], lang, 0) if metric in values else "—"
    return t("commend_parts", lang, c=n("commend_collective"), i=n("commend_individual"),
             pc=n("commend_proposed_collective"), pi=n("commend_proposed_individual"))


if reported is not None and any(reported[0].get(m, listed[m]) != listed[m] for m in COMMEND_METRICS):
    st.info(t("register_vs_reported_commend", lang, year=selection.year, reported=_parts(reported[0]),  # md-safe: numbers
               listed=_parts(listed), basis=t("basis_summed", lang) if reported[1] else ""),
            icon=":material/compare_arrows:")
    st.caption(t("register_vs_reported_help", lang))

by_year = registers.count_by(items, ["year", "level_label"])
chart(charts.counts(by_year, lang, title=t("commend_by_year", lang), color=COLOR, x="year", stack="level_label",
                    secondary=set(items.loc[items["is_proposed"].astype(bool), "level_label"])),
      f"khen-thuong-theo-nam_{selection.label}", key="by_year")
left, right = st.columns(2)
with left:
    registers.kinds_chart(year_items, "level_label", selection, lang, "commend_by_kind", "khen-thuong-theo-cap",
                          "by_kind", COLOR, "#8E44AD", set(year_items.loc[year_items["is_proposed"], "level_label"]))
with right:
    registers.units_chart(source, year_items, selection, lang, "commend_by_unit", "khen-thuong-theo-don-vi", "pages/khen_thuong.py", COLOR)

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
tables.show_paged(table, lang, "commend")
filters = {t("unit", lang): selection.label, t("search", lang): query or "—"}
export_buttons(table, ["khen-thuong", selection.label, query], export_info(lang, filters, selection.map,
                                                                            source.data_version(lang)), lang,
               key="commend")
