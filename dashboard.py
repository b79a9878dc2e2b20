"""Entry point: page config, the shared sidebar (language, sample-data banner) and the navigation."""

import streamlit as st

from ui.data import Source
from ui.filters import language
from ui.i18n import t

st.set_page_config(page_title="Học tập và làm theo Bác", page_icon="📊", layout="wide")
lang = language()
# Each page's url_path is its file name in pages/, so direct links work in a real browser (DESIGN.md).
navigation = st.navigation(
    [st.Page("pages/tong_quan.py", title=t("page_overview", lang), icon=":material/dashboard:", default=True)]
)
source = Source()
if source.exists and source.is_sample:
    st.warning(t("sample_banner", lang), icon=":material/science:")
navigation.run()
