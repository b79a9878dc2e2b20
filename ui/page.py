"""Shared page scaffolding: the language, the sample-data banner, the empty states."""

from __future__ import annotations

import streamlit as st

from ui.data import Source
from ui.i18n import t


def current_lang() -> str:
    return "en" if st.query_params.get("lang") == "en" else "vi"


def require_data(source: Source, lang: str) -> bool:
    """False (after saying what to load and how) when there is nothing to show."""
    if not source.exists:
        st.warning(t("no_db_body", lang, path=source.path))
        return False
    if not source.years():
        st.info(t("no_data_body", lang, path=source.path))
        return False
    return True
