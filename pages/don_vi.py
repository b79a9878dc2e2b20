"""Tra cứu đơn vị: search across the July 2025 reform — an old name finds the commune it became, a new name
lists the old communes it came from."""

import pandas as pd
import streamlit as st

from ui.export import export_buttons, export_info
from ui.filters import search_box
from ui.i18n import t, tm
from ui.page import start
from ui.safe import md

source, lang = start("page_units", need_figures=False)
st.caption(t("units_intro", lang))
text = search_box(t("units_search", lang), "search_units", t("units_hint", lang))
if len(text.strip()) >= 2:
    found = source.q("search_units", text.strip())
    if found.empty:
        st.info(tm("no_match", lang, text=text))
    else:
        merge = {k: t(f"merge_{k}", lang) for k in ("whole", "partial", "kept", "renamed", "other")}
        table = pd.DataFrame({
            t("col_old_commune", lang): found["old_commune_name"],
            t("col_old_district", lang): found["old_district_name"],
            t("col_old_province", lang): found["old_province_name"],
            t("col_new_commune", lang): found["new_commune_name"],
            t("col_new_province", lang): found["new_province_name"],
            t("col_merge", lang): found["merge_class"].map(merge),
            t("col_code_unit", lang) + " (cũ → mới)": found["old_commune_code"].fillna("—") + " → "
            + found["new_commune_code"],
        })
        for matched, heading in (("matched_old", "col_old_commune"), ("matched_new", "col_new_commune")):
            part = table[found[matched].to_numpy()]
            if not part.empty:
                st.markdown(f"#### {t(heading, lang)}: “{md(text)}”")
                st.dataframe(part, hide_index=True, width="stretch")
        export_buttons(table, ["tra-cuu-don-vi", text], export_info(
            lang, {t("units_search", lang): text}, "new", source.data_version(lang)), lang, key="units")
