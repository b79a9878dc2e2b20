"""Nạp báo cáo: the data desk. Upload the districts' files, check them (a dry run: what each would load, its
rejects, what it would replace, the quality warnings), send the annotated workbook back, publish, see the
history and undo a load, and see who has not reported. Only for a signed-in data manager."""

from pathlib import Path

import pandas as pd
import streamlit as st

from etl.undo import UndoRefused, undo_load
from ui import auth, desk, tables, url
from ui.export import export_info
from ui.filters import remember, unit_filters
from ui.i18n import t, tm
from ui.page import start
from ui.reporting import reporting_block
from ui.safe import md
from warehouse.db import file_version

source, lang = start("page_desk", need_figures=False)
session = auth.current()
if session is None or not session.can_load:  # reached by a link without the role: nothing here to use
    st.warning(t("desk_needs_role", lang))
    url.stop()
st.caption(tm("signed_in_as", lang, name=session.name, role=t(f"role_{session.role}", lang)))
db = desk.target_db()
reading = db if db.exists() else Path(source.path)  # any warehouse holds the reference units
if source.is_sample and source.how == "env":
    st.error(t("desk_sample_env", lang))
    url.stop()

published = st.session_state.get("desk_published")  # kept until the next check: its button must exist on click
if published:
    for line in published["lines"]:
        st.success(line)
    if published.get("params"):
        if st.button(t("desk_see_figures", lang), key="desk_see", icon=":material/leaderboard:"):
            st.session_state["shared_query_params"] = published["params"]
            st.switch_page("pages/so_sanh.py")

tab_load, tab_history, tab_missing = st.tabs([t("desk_tab_load", lang), t("desk_tab_history", lang),
                                              t("desk_tab_missing", lang)])

# -- upload, check, publish ---------------------------------------------------------------------------------
with tab_load:
    st.caption(t("desk_intro", lang, n=desk.MAX_FILES, mb=desk.MAX_TOTAL // 2**20))
    generation = st.session_state.setdefault("desk_generation", 0)  # a new uploader after each publish
    uploaded = st.file_uploader(t("desk_files", lang), type=desk.UPLOAD_TYPES, accept_multiple_files=True,
                                key=f"desk_files_{generation}")
    received = desk.receive(uploaded or [])
    for problem in received.problems:
        st.warning(md(problem))
    if received.files and st.button(t("desk_check", lang), key="desk_check", icon=":material/fact_check:"):
        st.session_state["desk_checking"] = [u.digest for u in received.files]
        st.session_state.pop("desk_published", None)
        st.rerun()
    checking = st.session_state.get("desk_checking") or []
    files = [u for u in received.files if u.digest in checking]
    checked: list[desk.Checked] = []
    results = st.session_state.setdefault("desk_results", {})
    years = list(range(2016, pd.Timestamp.now().year + 2))
    for upload in files:
        key = upload.digest[:16]
        with st.expander(upload.name, expanded=True):
            c1, c2 = st.columns(2)
            year_choice = c1.selectbox(t("desk_year", lang), [None, *reversed(years)],
                                       format_func=lambda y: t("desk_auto", lang) if y is None else str(y),
                                       key=f"desk_year_{key}")
            unit_choice = c2.text_input(t("desk_unit", lang), key=f"desk_unit_{key}",
                                        placeholder=t("desk_unit_hint", lang)).strip() or None
            cache_key = (upload.digest, year_choice, unit_choice, file_version(db))
            result = results.get(cache_key)
            if result is None:
                with st.spinner(t("desk_checking", lang)):
                    result = results[cache_key] = desk.check(upload, db, reading, year_choice, unit_choice)
            checked.append(result)
            desk.render_check(result, lang)
    ready = [c for c in checked if not c.run.refused and c.run.already_loaded is None]
    if checked:
        st.divider()
        if not ready:
            st.info(t("desk_nothing_to_publish", lang))
        elif st.button(t("desk_publish", lang, n=len(ready)), type="primary", key="desk_publish",
                       icon=":material/cloud_upload:"):
            bar = st.progress(0.0, text=t("desk_publishing", lang))

            def step(n: int, total: int, path) -> None:  # noqa: ANN001
                bar.progress(n / total, text=t("desk_publishing_file", lang, n=n, total=total, name=path.name))

            choices = [(c.upload, st.session_state.get(f"desk_year_{c.upload.digest[:16]}"),
                        (st.session_state.get(f"desk_unit_{c.upload.digest[:16]}") or "").strip() or None)
                       for c in ready]
            outcomes = desk.publish(choices, db, session.name, step)
            bar.progress(1.0, text=t("desk_published_all", lang))
            lines = [desk.outcome_line(o, lang) for o in outcomes]
            loaded = [o for o in outcomes if o.load_id and o.status in ("loaded", "loaded_with_rejects")]
            st.session_state["desk_published"] = {
                "lines": lines, "params": desk.where_loaded(loaded[-1]) if loaded else {}}
            st.session_state["desk_generation"] = generation + 1
            st.session_state.pop("desk_checking", None)
            st.session_state["desk_results"] = {}
            st.rerun()

# -- history and undo ---------------------------------------------------------------------------------------
with tab_history:
    if not db.exists():
        st.info(t("desk_no_history", lang))
    else:
        loads = desk.history(db)
        table = desk.history_table(loads, lang)
        tables.show(table, lang, height=320)
        undoable = loads[loads["status"].isin(["loaded", "loaded_with_rejects"]) & loads["undone_by"].isna()]
        if not undoable.empty:
            names = dict(zip(undoable["load_id"], undoable["file_name"], strict=True))
            chosen = st.selectbox(t("desk_undo_choose", lang), list(names),
                                  format_func=lambda i: f"#{i} — {names[i]}", key="desk_undo_id")
            sure = st.checkbox(t("desk_undo_sure", lang), key="desk_undo_sure")
            if st.button(t("desk_undo", lang), disabled=not sure, key="desk_undo", icon=":material/undo:"):
                try:
                    done = undo_load(db, int(chosen), session.name)
                except UndoRefused as refused:
                    st.error(refused.vi)
                else:
                    st.session_state["desk_published"] = {"lines": [t(
                        "desk_undone", lang, id=done.load_id, name=done.file_name, removed=done.facts_removed,
                        restored=done.facts_restored, items=done.items_removed, items_back=done.items_restored)]}
                    st.session_state.pop("desk_undo_sure", None)
                    st.rerun()

# -- who has not reported -----------------------------------------------------------------------------------
with tab_missing:
    if source.years():
        selection = unit_filters(source.years(), source.unit_options, lang, communes=False)
        remember()
        if selection is not None and selection.unit_key is not None:
            info = export_info(lang, {t("unit", lang): selection.label}, selection.map, source.data_version(lang))
            reporting_block(source, selection, lang, info, key="desk_reporting")
    else:
        st.info(t("no_data_body", lang))
