"""Tra cứu đơn vị: search across the July 2025 reform — an old name finds the commune it became, a new name
lists the old communes it came from."""

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from ui import tables
from ui.export import export_buttons, export_info
from ui.filters import search_box
from ui.i18n import t, tm
from ui.page import start
from ui.safe import md
from warehouse import queries

source, lang = start("page_units", need_figures=False)


def figures_url(year: object, place: dict[str, object]) -> str | None:
    """The link to a commune's figures on Tổng quan (the app's first page, "/") for its latest year with
    figures; none when it has no figures."""
    if pd.isna(year) or any(pd.isna(v) for v in place.values()):
        return None
    params = {"nam": int(year), **place, **({"lang": "en"} if lang == "en" else {})}
    return "/?" + urlencode(params)

st.caption(t("units_intro", lang))
text = search_box(t("units_search", lang), "search_units", t("units_hint", lang))
if len(text.strip()) >= 2:
    found = queries.search_in(source.q("search_index"), text.strip())  # the index is read once per warehouse
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
            t("open_old", lang): [figures_url(y, {"tinh": p, "huyen": d, "xa": c})
                                  for y, p, d, c in zip(found["old_last_year"], found["old_province_code"],
                                                        found["old_district_code"], found["old_commune_code"],
                                                        strict=True)],
            t("open_new", lang): [figures_url(y, {"tinh": p, "xa": c})
                                  for y, p, c in zip(found["new_last_year"], found["new_province_code"],
                                                     found["new_commune_code"], strict=True)],
        })
        names = list(table.columns)
        table = table[names[:3] + [names[-2]] + names[3:5] + [names[-1]] + names[5:-2]]  # each link by its unit
        links = {t(k, lang): st.column_config.LinkColumn(t(k, lang), display_text=t("open_unit", lang) + " →")
                 for k in ("open_old", "open_new")}
        for matched, heading in (("matched_old", "col_old_commune"), ("matched_new", "col_new_commune")):
            part = table[found[matched].to_numpy()]
            if not part.empty:
                st.markdown(f"#### {t(heading, lang)}: “{md(text)}”")
                tables.show_paged(part, lang, f"units_{matched}", column_config=links)
        export_buttons(table.drop(columns=list(links)), ["tra-cuu-don-vi", text], export_info(
            lang, {t("units_search", lang): text}, "new", source.data_version(lang)), lang, key="units")
