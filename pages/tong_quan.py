"""Tổng quan: the chosen unit's figures for a year, one card per metric, grouped by family."""

import streamlit as st

from ui.data import Source
from ui.filters import unit_filters
from ui.i18n import t
from ui.kpi import build_cards, render_cards
from ui.page import current_lang, require_data

lang = current_lang()
source = Source()
st.title(t("page_overview", lang))
if require_data(source, lang):
    selection = unit_filters(source.years(), source.unit_options, lang)
    if selection is None or selection.unit_key is None:
        st.info(t("no_data_body", lang, path=source.path))
        st.stop()
    metrics = source.metrics()
    figures = source.unit_figures(selection.unit_key, selection.year - 1, selection.year)
    st.subheader(t("overview_heading", lang, unit=selection.label, year=selection.year))
    if selection.level in ("district", "province"):
        total = source.expected_children(selection.unit_key, selection.year)
        reported = figures[(figures["year"] == selection.year)]["n_reported"].max() if not figures.empty else 0
        if total:
            st.caption(t("coverage", lang, n=min(int(reported or 0), total), total=total))
    if figures[figures["year"] == selection.year].empty:
        st.info(t("no_figures_unit", lang, unit=selection.label, year=selection.year))
        st.stop()
    cards = build_cards(figures, metrics, selection.year, lang)
    for family in metrics.drop_duplicates("family").itertuples():
        st.markdown(f"#### {family.family_en if lang == 'en' else family.family_vi}")
        render_cards([c for c in cards if c.family == family.family])
