"""Who has not reported: for a year and a parent unit, the units expected to report against those that sent
figures, the missing first with their last year reported (the list a data manager phones around with)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui import tables
from ui.data import Source
from ui.export import export_buttons
from ui.filters import Selection
from ui.i18n import t, tm


def parent_of(selection: Selection) -> str | None:
    """The unit whose children are expected: the chosen district or province (a commune: its district, or its
    province on the new map)."""
    if selection.level != "commune":
        return selection.unit_key
    if selection.map == "old" and selection.district:
        return f"old:district:{selection.district}"
    return f"{selection.map}:province:{selection.province}" if selection.province else None


def reporting_block(source: Source, selection: Selection, lang: str, info: dict[str, str], key: str,
                    sent: pd.DataFrame | None = None) -> None:
    """``sent``: the templates sent for the year (ui.sending.sends; the desk only): the units sent a template and
    yet to return it come first, with when it was sent."""
    parent = parent_of(selection)
    if parent is None:
        return
    status: pd.DataFrame = source.q("reporting_status", parent, selection.year)
    if status.empty:
        return
    missing = status[status["metrics"] == 0]
    st.markdown(f"#### {tm('reporting_heading', lang, unit=selection.label, year=selection.year)}")
    st.caption(t("reporting_caption", lang, n=len(status) - len(missing), total=len(status)))
    lines: list[str] = []
    if sent is not None and not sent.empty:
        from ui.sending import follow_up

        missing, lines = follow_up(missing, sent, parent, lang)
    for line in lines:
        st.info(line)  # md-safe: built with tm, the unit's name escaped
    if missing.empty:
        st.success(t("reporting_all", lang))
        return
    table = pd.DataFrame({
        t("col_unit", lang): missing["name"],
        t("col_code_unit", lang): missing["code"],
        t("col_last_year", lang): missing["last_year"].astype("Int64"),
        t("col_last_file", lang): missing["last_file"].fillna(""),
    })
    if "sent_at" in missing.columns:
        from ui import fmt

        table.insert(1, t("col_template_waiting", lang), fmt.vn_times(missing["sent_at"]).to_numpy())  # seen on a phone
    tables.show_paged(table, lang, key)
    export_buttons(table, ["chua-bao-cao", selection.label, selection.year], info, lang, key=key)
