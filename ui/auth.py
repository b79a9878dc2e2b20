"""Signing data managers in and out of the dashboard.

Viewers need no account. A data manager signs in with "Tên đăng nhập" and "Mật khẩu" (accounts.users); the
session holds the user until it has been idle for ``IDLE`` or open for ``LIFETIME``. Failed sign-ins slow the
next attempts for that account, across every session of every dashboard process of the machine (accounts.signin):
after each failure the account waits twice as long (1, 2, 4 … up to 60 seconds) before a password is even
checked, and simultaneous attempts take turns, so a burst of them checks one password.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import streamlit as st

from accounts.signin import Backoff
from accounts.users import check_password

IDLE = 60 * 60  # seconds without a page run before the session signs out
LIFETIME = 12 * 60 * 60  # and at most this long after signing in
_KEY = "auth_user"


@dataclass
class Session:
    name: str
    role: str
    since: float
    seen: float
    scope: str | None = None  # a manager limited to a province or a district (etl.publishing.scope); admins: None

    @property
    def can_load(self) -> bool:
        return self.role in ("manager", "admin")


THROTTLE = Backoff()  # THROTTLE.reset() forgets every failure (tests)


def current() -> Session | None:
    """The signed-in user of this session, or None (expired sessions are signed out here)."""
    session: Session | None = st.session_state.get(_KEY)
    if session is None:
        return None
    now = time.time()
    if now - session.seen > IDLE or now - session.since > LIFETIME:
        del st.session_state[_KEY]
        st.session_state["auth_expired"] = True
        return None
    session.seen = now
    return session


def sign_in(name: str, password: str) -> tuple[Session | None, str]:
    """(session, "") or (None, the reason in Vietnamese)."""
    if not name.strip() or not password:
        return None, "Nhập tên đăng nhập và mật khẩu."
    # The wait, the password check and recording its outcome are one step of the account (accounts.signin).
    user, wait = THROTTLE.attempt(name, lambda: check_password(name, password))
    if wait > 0:
        return None, f"Đăng nhập sai nhiều lần: thử lại sau {math.ceil(wait)} giây."
    if user is None:
        return None, "Tên đăng nhập hoặc mật khẩu không đúng."
    now = time.time()
    session = Session(user.name, user.role, now, now, user.scope if user.role != "admin" else None)
    st.session_state[_KEY] = session
    st.session_state.pop("auth_expired", None)
    return session, ""


def sign_out() -> None:
    st.session_state.pop(_KEY, None)
