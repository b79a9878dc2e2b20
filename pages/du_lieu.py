"""Dữ liệu: what is loaded and when, which units reported which metrics in which years, what was rejected
and why, and the values later files replaced."""

import pandas as pd
import streamlit as st

from ui import charts, fmt, tables
from ui.export import export_buttons, export_info
from ui.filters import kept_note, unit_filters
from ui.i18n import t, tm
from ui.page import chart, is_phone, not_loaded, start
from ui.reporting import reporting_block

source, lang = start("page_data", need_figures=False)
if not source.years():
    not_loaded(lang)
if source.is_sample:
    st.warning(t("data_is_sample", lang))
loads = source.q("loads_log")
last = source.last_load()
n_facts = int(source.q("fact_count"))
c1, c2, c3 = st.columns(3)
c1.metric(t("files_loaded", lang), fmt.number(int(last["files_loaded"].iloc[0] or 0), lang, 0))
c2.metric(t("facts_loaded", lang), fmt.number(n_facts, lang, 0))
last_at = last["last_loaded_at"].iloc[0]
c3.metric(t("last_update_short", lang), fmt.vn_time(last_at, "%d/%m/%Y") or "—",
          help=source.data_version(lang))  # md-safe: a load id and a time

selection = unit_filters(source.years(), source.unit_options, lang, communes=False,
                         landing=source.q("landing", "facts"),
                         places=source.q("crosswalk_places"))
info = export_info(lang, {t("unit", lang): selection.label if selection else "—"},
                   selection.map if selection else "old", source.data_version(lang))

if selection is not None and selection.unit_key is not None:
    kept_note(selection, source.unit_options, lang, "kept_data")
    st.markdown(f"#### {tm('coverage_heading', lang, unit=selection.label)}")
    map_years = source.q("map_years", selection.map)
    cov = source.q("coverage", selection.unit_key, min(map_years), max(map_years))
    total_metrics = len(source.metrics())
    if cov.empty:
        not_loaded(lang, "no_figures_unit", unit=selection.label, year=f"{min(map_years)}–{max(map_years)}")
    else:
        if selection.map == "old" and selection.level == "province":
            st.caption(t("coverage_by_district", lang))
        heat = cov.rename(columns={"unit_name": "label", "metrics": "value"})
        fig = charts.heatmap(heat, "count", lang, title=t("coverage_title", lang, total=total_metrics),
                             color="#2E86C1", phone=is_phone())
        chart(fig, f"do-phu-du-lieu_{selection.label}", key="coverage")
        cov_table = tables.by_year(cov, "unit_name", "metrics", lang)  # units × years
        with st.expander(t("coverage_table", lang)):
            tables.show_paged(cov_table, lang, "coverage", {c: "int" for c in cov_table.columns[1:]})
            export_buttons(cov_table, ["do-phu-du-lieu", selection.label], info, lang, key="coverage",
                           kinds={c: "int" for c in cov_table.columns[1:]})

if selection is not None and selection.unit_key is not None:
    reporting_block(source, selection, lang, info, key="reporting")

st.markdown(f"#### {t('loads_heading', lang)}")


def loads_frame() -> pd.DataFrame:
    """Every load, newest first (the same for every unit chosen: built once a published version and language)."""
    status_names = {s: t(f"status_{s}", lang) for s in ("loaded", "loaded_with_rejects", "refused", "already_loaded")}
    return pd.DataFrame({
        t("col_load", lang): loads["load_id"], t("col_time", lang): fmt.vn_times(loads["loaded_at"]),
        t("col_file", lang): loads["file_name"], t("col_status", lang): loads["status"].map(status_names),
        t("col_rows_loaded", lang): loads["rows_loaded"], t("col_rows_rejected", lang): loads["rows_rejected"],
        t("col_year", lang): loads["year"].astype("Int64"),  # blank: a register of several years
        t("col_unit", lang): loads["unit_name"].fillna(""),
        # the cell ledger of each file: every non-empty cell in one of these (blank for loads before it existed)
        **{t(f"col_{c}", lang): loads[c].astype("Int64") for c in ("cells_fact", "cells_rejected", "cells_label",
                                                                    "cells_ignored")},
    })


loads_table = source.derived("loads_table", loads_frame, lang)
tables.show_paged(loads_table, lang, "loads", height=300)  # the newest first; the export has every load
export_buttons(loads_table, ["lan-nap"], info, lang, key="loads")

st.markdown(f"#### {t('rejects_heading', lang)}")
reject_files = source.q("rejects_files")
if reject_files.empty:
    st.success(t("no_rejects", lang))
else:
    counts = dict(zip(reject_files["source_file"], reject_files["n"], strict=True))
    chosen = st.selectbox(t("col_file", lang), [None, *counts],
                          format_func=lambda f: f"{f} ({fmt.number(counts[f], lang, 0)})" if f else t("all_files", lang),
                          key="reject_file")
    shown = source.q("rejects_list", chosen)
    total = counts[chosen] if chosen else int(sum(counts.values()))
    if total > len(shown):
        st.caption(t("rejects_truncated", lang, n=fmt.number(len(shown), lang, 0), total=fmt.number(total, lang, 0)))
    reject_table = pd.DataFrame({
        t("col_load", lang): shown["load_id"], t("col_file", lang): shown["source_file"],
        t("col_sheet", lang): shown["source_sheet"], t("col_row", lang): shown["source_row"],
        t("col_cell", lang): shown["source_cell"], t("col_typed", lang): shown["value"],
        t("col_reason", lang): shown["reason_en" if lang == "en" else "reason"],
        t("col_reason_code", lang): shown["reason_code"],
    })
    tables.show_paged(reject_table, lang, "rejects", {t("col_typed", lang): "text"}, height=360)
    export_buttons(reject_table, ["dong-bi-loai", chosen or "tat-ca"], info, lang, key="rejects",
                   kinds={t("col_typed", lang): "text"})

if selection is not None and selection.unit_key is not None:
    history = source.q("fact_history", selection.unit_key)
    if not history.empty:
        st.markdown(f"#### {t('history_heading', lang)}")
        history_table = pd.DataFrame({
            t("col_year", lang): history["year"], t("col_unit", lang): history["unit_name"],
            t("col_metric", lang): history["metric"].map(dict(zip(
                source.metrics()["code"], source.metrics()["label_en" if lang == "en" else "label_vi"], strict=True))),
            t("col_old_value", lang): history["value"],
            t("col_old_source", lang): history["source_file"] + " / " + history["source_cell"],
            t("col_new_value", lang): history["current_value"], t("col_new_source", lang): history["current_file"],
            t("col_replaced_by", lang): history["superseded_by"],
        })
        metric_kinds = dict(zip(source.metrics()["code"], source.metrics()["kind"], strict=True))
        per_row = [metric_kinds.get(m, "num") for m in history["metric"]]  # each row in its metric's kind
        history_kinds = {t("col_old_value", lang): per_row, t("col_new_value", lang): per_row}
        tables.show_paged(history_table, lang, "history", history_kinds)
        export_buttons(history_table, ["lich-su-so-lieu", selection.label], info, lang, key="history",
                       kinds=history_kinds)
