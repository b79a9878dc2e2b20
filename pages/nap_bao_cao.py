"""Nạp báo cáo: the data desk. Upload the districts' files, check them (a dry run: what each would load, its
rejects, what it would replace, the quality warnings), send the annotated workbook back, publish, see the
history and undo a load, see who has not reported, and send templates pre-filled for each unit. Only for a
signed-in data manager."""

from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException

from etl.publishing.scope import scope_name
from etl.publishing.undo import UndoRefused, undo_load
from ui import auth, desk, proposals, sending, tables, url
from ui.export import export_info
from ui.filters import remember, unit_filters
from ui.i18n import t, tm
from ui.page import start
from ui.reporting import reporting_block
from ui.safe import md
from warehouse.db import WarehouseIOError, file_version

source, lang = start("page_desk", need_figures=False)
session = auth.current()
if session is None or not session.can_load:  # reached by a link without the role: nothing here to use
    st.warning(t("desk_needs_role", lang))
    if session is None:
        try:
            st.page_link("pages/dang_nhap.py", label=t("page_sign_in", lang), icon=":material/login:")
        except StreamlitAPIException:
            pass  # the page run on its own, outside dashboard.py's navigation: there is no page to link to
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
        st.success(line)  # md-safe: built with tm (desk.outcome_line), the file names in it escaped
    if published.get("params"):
        if st.button(t("desk_see_figures", lang), key="desk_see", icon=":material/leaderboard:"):
            st.session_state["shared_query_params"] = published["params"]
            st.switch_page("pages/so_sanh.py")

tab_load, tab_history, tab_missing, tab_send = st.tabs(
    [t("desk_tab_load", lang), t("desk_tab_history", lang), t("desk_tab_missing", lang), t("desk_tab_send", lang)],
    key="desk_tabs")  # kept on a rerun

# -- upload, check, publish ---------------------------------------------------------------------------------
with tab_load:
    st.caption(t("desk_intro", lang, n=desk.MAX_FILES, mb=desk.MAX_TOTAL // 2**20))  # md-safe: two constants
    if session.scope:
        st.info(tm("desk_scope", lang, scope=scope_name(session.scope)))
    generation = st.session_state.setdefault("desk_generation", 0)  # a new uploader after each publish
    uploaded = st.file_uploader(t("desk_files", lang), type=desk.UPLOAD_TYPES, accept_multiple_files=True,
                                key=f"desk_files_{generation}")
    received = desk.receive(uploaded or [])
    pasted: list[desk.Upload] = st.session_state.setdefault("desk_pasted", [])
    made = proposals.paste_box(lang)
    if made is not None:  # a pasted text: a document of its own, checked at once
        pasted.append(desk.Upload(*made))
        st.session_state["desk_checking"] = [*(st.session_state.get("desk_checking") or []), made[0]]
        st.session_state.pop("desk_paste_text", None)
        st.rerun()
    received.files += pasted
    for problem in received.problems:
        st.warning(md(problem))
    if received.files and st.button(t("desk_check", lang), key="desk_check", icon=":material/fact_check:"):
        st.session_state["desk_checking"] = [u.name for u in received.files]
        st.session_state["desk_excluded"] = set()
        st.session_state.pop("desk_published", None)
        st.rerun()
    checking = st.session_state.get("desk_checking") or []
    excluded: set[str] = st.session_state.setdefault("desk_excluded", set())
    files = [u for u in received.files if u.name in checking]  # names are unique in an upload (desk.receive)
    checked: list[desk.Checked] = []
    boxes = []
    results = st.session_state.setdefault("desk_results", {})
    years = list(range(2016, pd.Timestamp.now().year + 2))
    for position, upload in enumerate(files):
        key = f"{position}_{upload.digest[:12]}"  # a copy has the digest of its first: the position tells them apart
        box = st.expander(md(upload.name), expanded=True)
        with box:
            if upload.name in excluded:
                st.info(t("desk_excluded", lang))
                if st.button(t("desk_include_again", lang), key=f"desk_include_{key}", icon=":material/add:"):
                    excluded.discard(upload.name)
                    st.rerun()
                continue
            c1, c2 = st.columns(2)
            year_choice = c1.selectbox(t("desk_year", lang), [None, *reversed(years)],
                                       format_func=lambda y: t("desk_auto", lang) if y is None else str(y),
                                       key=f"desk_year_{key}")
            unit_choice = c2.text_input(t("desk_unit", lang), key=f"desk_unit_{key}",
                                        placeholder=t("desk_unit_hint", lang)).strip() or None
            cache_key = (upload.digest, upload.name, year_choice, unit_choice, session.scope, file_version(db))
            result = results.get(cache_key)
            if result is None:
                with st.spinner(t("desk_checking", lang)):
                    result = results[cache_key] = desk.check(upload, db, reading, year_choice, unit_choice,
                                                             session.scope)
        checked.append(result)
        boxes.append((box, result, key, year_choice, unit_choice))
    review = desk.review(checked)  # copies and conflicts across the files, as the publish will take them
    for box, result, key, _, _ in boxes:
        with box:
            desk.render_check(result, lang, key)
    takes = {key: proposals.ticked(c.run.parsed, key) for _, c, key, _, _ in boxes}
    ready = [(c, y, u, takes[key]) for _, c, key, y, u in boxes if desk.publishable(c, takes[key])]
    if checked:
        st.divider()
        leave_out = desk.render_overlaps(review, [c.upload.name for c in checked], lang)
        if leave_out is not None:
            excluded.add(leave_out)
            st.rerun()
        if not ready:
            st.info(t("desk_nothing_to_publish", lang))
        elif st.button(t("desk_publish", lang, n=len(ready)), type="primary", key="desk_publish",
                       icon=":material/cloud_upload:"):
            bar = st.progress(0.0, text=t("desk_publishing", lang))

            def step(n: int, total: int, path) -> None:  # noqa: ANN001
                bar.progress(n / total, text=tm("desk_publishing_file", lang, n=n, total=total, name=path.name))

            try:
                outcomes = desk.publish([(c.upload, y, u, take) for c, y, u, take in ready], db, session.name, step,
                                        session.scope)
            except WarehouseIOError as fault:
                bar.empty()
                st.error(tm("desk_io_error", lang, reason=fault.vi))
                url.stop()
            bar.progress(1.0, text=t("desk_published_all", lang))
            lines = [desk.outcome_line(o, lang) for o in outcomes]
            loaded = [o for o in outcomes if o.load_id and o.status in ("loaded", "loaded_with_rejects")]
            st.session_state["desk_published"] = {
                "lines": lines, "params": desk.where_loaded(loaded[-1]) if loaded else {}}
            st.session_state["desk_generation"] = generation + 1
            st.session_state.pop("desk_checking", None)
            st.session_state["desk_results"] = {}
            st.session_state["desk_pasted"] = []
            st.rerun()

# -- history and undo ---------------------------------------------------------------------------------------
with tab_history:
    if not db.exists():
        st.info(t("desk_no_history", lang))
    else:
        mine = session.name if session.scope else None  # a scoped manager sees and undoes only their own loads
        loads = desk.history(db, only_by=mine)
        table = desk.history_table(loads, lang)
        tables.show(table, lang, height=320)
        taken = desk.with_original(loads)
        if not taken.empty:
            names = dict(zip(taken["load_id"], taken["file_name"], strict=True))
            which = st.selectbox(t("desk_original_choose", lang), list(names),
                                 format_func=lambda i: f"#{i} — {names[i]}", key="desk_original_id")
            found = desk.original(db, int(which))
            if found is None:
                st.caption(t("desk_original_missing", lang))
            else:
                st.download_button(t("desk_original", lang), found[1], found[0], key="desk_original",
                                   icon=":material/download:")
        undoable = desk.undoable(loads)
        if not undoable.empty:
            names = dict(zip(undoable["load_id"], undoable["file_name"], strict=True))
            chosen = st.selectbox(t("desk_undo_choose", lang), list(names),
                                  format_func=lambda i: f"#{i} — {names[i]}", key="desk_undo_id")
            sure = st.checkbox(t("desk_undo_sure", lang), key="desk_undo_sure")
            if st.button(t("desk_undo", lang), disabled=not sure, key="desk_undo", icon=":material/undo:"):
                try:
                    done = undo_load(db, int(chosen), session.name, only_by=mine)
                except UndoRefused as refused:
                    st.error(md(refused.vi))
                except WarehouseIOError as fault:
                    st.error(tm("desk_io_error", lang, reason=fault.vi))
                else:
                    st.session_state["desk_published"] = {"lines": [tm(
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
            reporting_block(source, selection, lang, info, key="desk_reporting",
                            sent=sending.sends(db, selection.year))
    else:
        st.info(t("no_data_body", lang))

# -- templates sent pre-filled, and what came back ---------------------------------------------------------------
with tab_send:
    sending.send_tab(db, reading, session.name, session.scope, lang)
