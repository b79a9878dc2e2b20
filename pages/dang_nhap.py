"""Đăng nhập: data managers sign in to load reports; viewers need no account."""

import streamlit as st

from ui import auth, url
from ui.i18n import t, tm
from ui.page import current_lang, ensure_navigation

ensure_navigation()
lang = current_lang()
session = auth.current()
if session is not None and st.session_state.pop("just_signed_in", False) and session.can_load:
    st.switch_page("pages/nap_bao_cao.py")  # the navigation of this run has the desk: go there
if session is not None:
    st.title(t("page_account", lang))
    st.write(tm("signed_in_as", lang, name=session.name, role=t(f"role_{session.role}", lang)))
    if session.can_load:
        st.page_link("pages/nap_bao_cao.py", label=t("go_to_desk", lang), icon=":material/upload_file:")
    if st.button(t("sign_out", lang), key="sign_out"):
        auth.sign_out()
        st.rerun()
    url.stop()

st.title(t("page_sign_in", lang))
st.caption(t("sign_in_intro", lang))
if st.session_state.get("auth_expired"):
    st.warning(t("session_expired", lang))
with st.form("sign_in_form"):
    name = st.text_input(t("user_name", lang), key="sign_in_name", autocomplete="username")
    password = st.text_input(t("password", lang), type="password", key="sign_in_password",
                             autocomplete="current-password")
    submitted = st.form_submit_button(t("sign_in", lang), type="primary")
if submitted:
    session, why = auth.sign_in(name, password)
    if session is None:
        st.error(why)  # md-safe: auth.sign_in's own sentences
    else:  # the next run builds the navigation with the pages of the user's role
        st.session_state["just_signed_in"] = True
        st.rerun()
