"""Signing data managers in and out of the dashboard.

Viewers need no account. A data manager signs in with "Tên đăng nhập" and "Mật khẩu" (etl.users); the
session holds the user until it has been idle for ``IDLE`` or open for ``LIFETIME``. Failed sign-ins slow the
next attempts for that name, across every session of the server: after each failure the name waits twice as
long (1, 2, 4 … up to 60 seconds) before a password is even checked.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import streamlit as st

from etl.users import check_password

IDLE = 60 * 60  # seconds without a page run before the session signs out
LIFETIME = 12 * 60 * 60  # and at most this long after signing in
MAX_WAIT = 60
_KEY = "auth_user"


@dataclass
class Session:
    name: str
    role: str
    since: float
    seen: float

    @property
    def can_load(self) -> bool:
        return self.role in ("manager", "admin")


class _Throttle:
    """Failed sign-ins per name (canonical, lower case), shared by all sessions of this server process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._failures: dict[str, tuple[int, float]] = {}  # name -> (failures in a row, may try again at)

    def wait(self, name: str) -> float:
        with self._lock:
            _, until = self._failures.get(name.strip().lower(), (0, 0.0))
        return max(0.0, until - time.monotonic())

    def failed(self, name: str) -> None:
        key = name.strip().lower()
        with self._lock:
            n, _ = self._failures.get(key, (0, 0.0))
            self._failures[key] = (n + 1, time.monotonic() + min(MAX_WAIT, 2 ** n))

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(name.strip().lower(), None)


THROTTLE = _Throttle()


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
    wait = THROTTLE.wait(name)
    if wait > 0:
        return None, f"Đăng nhập sai nhiều lần: thử lại sau {int(wait) + 1} giây."
    user = check_password(name, password)
    if user is None:
        THROTTLE.failed(name)
        return None, "Tên đăng nhập hoặc mật khẩu không đúng."
    THROTTLE.succeeded(name)
    now = time.time()
    session = Session(user.name, user.role, now, now)
    st.session_state[_KEY] = session
    st.session_state.pop("auth_expired", None)
    return session, ""


def sign_out() -> None:
    st.session_state.pop(_KEY, None)
