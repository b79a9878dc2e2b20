"""Entry point: page config, the shared sidebar (language, sample-data banner) and the navigation."""

import time

import streamlit as st

from ui import auth, browser
from ui.data import Source
from ui.filters import language, restore
from ui.i18n import t
from ui.page import log_render_time, mark_navigated
from ui.url import one_entry_per_run

_started = time.perf_counter()
st.set_page_config(page_title="Học tập và làm theo Bác", page_icon="📊", layout="wide")
with one_entry_per_run():  # the run's writes to the URL sent once, at its end: one Back undoes one action
    restore()  # the filters of the previous page: Streamlit empties the query string on a page switch
    lang = language()
    # Each page's url_path is its file name in pages/, so that a direct link works in a real browser (DESIGN.md).
    PAGES = [
        ("pages/tong_quan.py", "page_overview", ":material/dashboard:"),
        ("pages/so_sanh.py", "page_compare", ":material/leaderboard:"),
        ("pages/xu_huong.py", "page_trend", ":material/show_chart:"),
        ("pages/mo_hinh.py", "page_models", ":material/lightbulb:"),
        ("pages/khen_thuong.py", "page_commend", ":material/military_tech:"),
        ("pages/du_lieu.py", "page_data", ":material/database:"),
        ("pages/don_vi.py", "page_units", ":material/travel_explore:"),
    ]
    # What a page offers depends on who is looking: the desk is in the navigation only for a signed-in data manager;
    # for anyone else its link opens a page that says, in their language, that signing in is needed (and the page
    # checks the role again itself: nothing of the desk runs without it).
    session = auth.current()
    can_load = session is not None and session.can_load
    pages = [(*p, "visible") for p in PAGES]
    pages.append(("pages/nap_bao_cao.py", "page_desk", ":material/upload_file:", "visible" if can_load else "hidden"))
    pages.append(("pages/dang_nhap.py", "page_account" if session else "page_sign_in",
                  ":material/account_circle:" if session else ":material/login:", "visible"))
    navigation = st.navigation([
        st.Page(path, title=t(key, lang), icon=icon, url_path=path.removeprefix("pages/").removesuffix(".py"),
                default=i == 0, visibility=shown)
        for i, (path, key, icon, shown) in enumerate(pages)
    ])
    mark_navigated()
    browser.setup()  # print: A4 without the sidebar and buttons, charts to the page's width; a phone: one tap opens
    source = Source()
    if source.exists and source.is_sample:
        st.warning(t("sample_banner", lang), icon=":material/science:")
    try:
        navigation.run()
    finally:  # server-side render time of this run, for scripts/bench_pages.py
        log_render_time((time.perf_counter() - _started) * 1000)
