"""The desk's "Gửi biểu mẫu" tab (issue #27): templates made pre-filled for each reporting unit of a scope and
their sends recorded (etl.publishing.send_flow), and the registry of what was sent, to whom, when and whether
it came back, which "Ai chưa báo cáo" reads to put the sent-but-not-returned first."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from ui import fmt, tables
from ui.i18n import t, tm
from ui.safe import md

_SENDS_SQL = """
    SELECT s.send_id, s.year, s.map, s.unit_key, s.unit_code, s.unit_name, s.file_name, s.sent_at, s.sent_by,
           r.load_id AS received_load_id, r.loaded_at AS received_at
    FROM core.template_sends s
    LEFT JOIN (SELECT t.send_id, l.load_id, l.loaded_at FROM core.template_receipts t
               JOIN core.loads l ON l.load_id = t.load_id AND l.undone_by IS NULL
               QUALIFY row_number() OVER (PARTITION BY t.send_id ORDER BY l.load_id DESC) = 1) r USING (send_id)
    WHERE (? IS NULL OR s.year = ?)
    ORDER BY s.sent_at DESC, s.unit_code
"""


def sends(db: Path, year: int | None = None) -> pd.DataFrame:
    """Every template sent (of ``year``), newest first, with the load that brought it back (none: not yet). A
    warehouse from before the registry has none."""
    empty = pd.DataFrame(columns=["send_id", "year", "map", "unit_key", "unit_code", "unit_name", "file_name",
                                  "sent_at", "sent_by", "received_load_id", "received_at"])
    if not db.exists():
        return empty
    con = duckdb.connect(str(db), read_only=True)
    try:
        known = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'core'")
                 .fetchall()}
        if not {"template_sends", "template_receipts"} <= known:
            return empty
        return con.execute(_SENDS_SQL, [year, year]).df()
    finally:
        con.close()


def sends_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    received = frame["received_load_id"].notna()
    return pd.DataFrame({
        t("col_unit", lang): frame["unit_name"],
        t("col_code_unit", lang): frame["unit_code"],
        t("col_year", lang): frame["year"].astype("Int64"),
        t("col_sent_at", lang): fmt.vn_times(frame["sent_at"]),
        t("col_sent_by", lang): frame["sent_by"].fillna(""),
        t("col_file", lang): frame["file_name"],
        t("col_received", lang): [t("sends_received", lang, id=int(i), at=fmt.vn_time(a)) if r
                                  else t("sends_not_received", lang)
                                  for r, i, a in zip(received, frame["received_load_id"], frame["received_at"],
                                                     strict=True)],
    })


def follow_up(missing: pd.DataFrame, sent: pd.DataFrame, parent_key: str, lang: str) -> tuple[pd.DataFrame, list[str]]:
    """``missing`` (units yet to report, warehouse.queries.reporting_status) with the template each was sent —
    its own, or the one sent to the unit above that lists it — sent-but-not-returned first; and the lines that say
    what was sent to the unit above itself."""
    own = sent.sort_values("sent_at").drop_duplicates("unit_key", keep="last").set_index("unit_key")
    lines = []
    if parent_key in own.index:
        s = own.loc[parent_key]
        key = "sends_parent_received" if pd.notna(s["received_load_id"]) else "sends_parent_waiting"
        lines.append(tm(key, lang, unit=s["unit_name"], at=fmt.vn_time(s["sent_at"]), by=s["sent_by"] or ""))
    out = missing.copy()
    rows = [own.loc[k] if k in own.index else own.loc[parent_key] if parent_key in own.index else None
            for k in out["unit_key"]]
    out["sent_at"] = [r["sent_at"] if r is not None else pd.NaT for r in rows]
    out["returned"] = [pd.notna(r["received_load_id"]) if r is not None else False for r in rows]
    out["waiting"] = out["sent_at"].notna() & ~out["returned"]
    out = out.sort_values(["waiting", "name"], ascending=[False, True], kind="stable")
    return out, lines


def send_tab(db: Path, reading: Path, user: str, scope: str | None, lang: str) -> None:
    """The tab: year, scope, one workbook per unit or per commune; the download; the registry below."""
    from etl.publishing.scope import scope_name
    from etl.publishing.send_flow import send_templates
    from etl.publishing.sends import SendRefused
    from etl.publishing.templates import TemplateRefused
    from warehouse.db import WarehouseIOError

    st.caption(t("sends_intro", lang))
    now = pd.Timestamp.now().year
    c1, c2, c3 = st.columns([1, 2, 1])
    year = c1.selectbox(t("desk_year", lang), list(range(now + 1, 2015, -1)), index=1, key="sends_year")
    default = scope.split(":")[-1] if scope else ""
    code = c2.text_input(t("sends_scope", lang), value=default, key="sends_scope",
                         placeholder=t("sends_scope_hint", lang)).strip()
    each = c3.checkbox(t("sends_each_commune", lang), key="sends_each")
    if scope:
        st.info(tm("desk_scope", lang, scope=scope_name(scope)))
    if st.button(t("sends_make", lang), key="sends_make", icon=":material/outgoing_mail:", disabled=not code):
        try:
            made = send_templates(db, code, int(year), user, each, reading=reading, account_scope=scope)
        except (TemplateRefused, SendRefused) as refused:
            st.error(md(refused.vi if lang == "vi" else refused.en))
        except WarehouseIOError as fault:
            st.error(tm("desk_io_error", lang, reason=fault.vi))
        else:
            name, content = made.bundle()
            st.session_state["sends_made"] = {"name": name, "content": content, "n": len(made.sent)}
            st.rerun()  # the registry below, and every page, read the warehouse just published
    done = st.session_state.get("sends_made")
    if done:
        st.success(tm("sends_done", lang, n=done["n"], name=done["name"]))
        st.download_button(t("sends_download", lang), done["content"], done["name"], key="sends_download",
                           icon=":material/download:")
    registry = sends(db)
    st.markdown(f"#### {t('sends_registry', lang)}")
    if registry.empty:
        st.caption(t("sends_none", lang))
    else:
        waiting = int(registry["received_load_id"].isna().sum())
        st.caption(tm("sends_registry_caption", lang, n=len(registry), waiting=waiting))
        tables.show(sends_table(registry, lang), lang, height=320, key="sends_table")
