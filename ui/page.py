"""Shared page scaffolding: the language, the empty states, charts and tables drawn the same way."""

from __future__ import annotations

import os

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from ui import auth
from ui.charts import plotly_config
from ui.data import Source
from ui.i18n import t, tm


def log_render_time(ms: float) -> None:
    """Append this run's server-side render time to $CAMPAIGN_RENDER_LOG, when set (scripts/bench_pages.py)."""
    path = os.environ.get("CAMPAIGN_RENDER_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"{ms:.1f}\n")


def current_lang() -> str:
    return "en" if st.query_params.get("lang") == "en" else "vi"


def not_loaded(lang: str, key: str = "no_data_body", **fields: object) -> None:
    """Figures not loaded yet: a viewer reads that they are not; a data manager also gets the way to the desk."""
    st.info(tm(key, lang, **fields))
    session = auth.current()
    if session is not None and session.can_load:
        st.page_link("pages/nap_bao_cao.py", label=t("go_to_desk", lang), icon=":material/upload_file:")


def require_data(source: Source, lang: str, need_figures: bool = True) -> bool:
    """False (after saying so) when there is nothing to show."""
    if not source.exists:
        not_loaded(lang, "no_db_body")
        return False
    if need_figures and not source.years():
        not_loaded(lang)
        return False
    return True


_navigated = False  # some run of this process has gone through dashboard.py's navigation


def mark_navigated() -> None:
    """Called by dashboard.py before it runs a page."""
    global _navigated
    _navigated = True


def ensure_navigation() -> None:
    """Run the page through dashboard.py's navigation.

    An app with a pages/ folder starts in Streamlit's older multipage mode: until some run has called
    st.navigation, a direct link (/so_sanh) as the first request after the server starts runs the page file
    on its own, without dashboard.py (no banner, no language switch, file names as the menu). Pinned
    Streamlit 1.67 keeps that switch in PagesManager.uses_pages_directory; turning it off and rerunning makes
    the same request go through dashboard.py. Once a run has gone through dashboard.py there is nothing to
    do (and a rerun would swallow the click that started this run)."""
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory and not _navigated:
        PagesManager.uses_pages_directory = False
        st.rerun()


def start(title_key: str, need_figures: bool = True) -> tuple[Source, str]:
    """Title, language and warehouse of a page; stops the page (saying what to load) when there is no data."""
    ensure_navigation()
    lang = current_lang()
    source = Source()
    st.title(t(title_key, lang))
    if not require_data(source, lang, need_figures):
        st.stop()
    return source, lang


def chart(fig: go.Figure, name: str, key: str) -> None:
    st.plotly_chart(fig, width="stretch", config=plotly_config(name), key=key)


def table(frame: pd.DataFrame, key: str, height: int | None = None) -> None:
    st.dataframe(frame, width="stretch", hide_index=True, key=key, height=height or "auto")


def metric_label(row: pd.Series, lang: str, short: bool = False) -> str:
    if short:
        return str(row["short_en" if lang == "en" else "short_vi"])
    return str(row["label_en" if lang == "en" else "label_vi"])
