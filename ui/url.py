"""One browser history entry per run of a page.

Streamlit sends the URL to the browser at every write of ``st.query_params``, and the browser adds a history entry
for each one that changes it. A page that fills in its filters from the defaults (year, province, family, metric,
map) wrote five entries on its first open, so that Back had to be pressed six times to leave So sánh, and a change
of province that also clears the district and the commune took three.

``one_entry_per_run`` keeps a run's writes and sends the URL once, when the run ends (normally, by ``st.rerun``
or ``st.switch_page``; a page that stops does so with ``stop()`` here, which sends it first): Back then undoes one
action of the user. The query string of the run is kept
up to date on every write, as Streamlit does, so that ``st.rerun`` and ``st.switch_page`` carry it.

Back and Forward rerun the page on that entry's URL, but the filters' widgets kept the values of the run before,
won over the URL and wrote them back: Back changed the address and not the page. On such a run the widgets the
URL decides (``URL_WIDGETS``) are dropped first, so that the page reads the URL, as it does for a chart's link.

This replaces, for the length of the run, one private method of the session's ``QueryParams`` (Streamlit 1.67,
pinned in requirements.txt); ``tests/test_url_history.py`` counts the messages a run sends, and
``tests/test_browser.py`` the entries the browser gets, so that an upgrade that changes it fails loudly."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn
from urllib.parse import urlencode

import streamlit as st
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

_METHOD = "_send_query_param_msg"
URL_WIDGETS = ("filter_", "search_", "lang_toggle")  # the keys of the widgets whose value is in the URL (ui.filters)


def _forget_url_widgets() -> None:
    """A run of Back or Forward: the URL of that entry decides what the filters show."""
    for key in [k for k in st.session_state if str(k).startswith(URL_WIDGETS)]:
        del st.session_state[key]


class _Deferred:
    """Stands for the session's ``_send_query_param_msg`` during a run: keeps the query string, sends nothing."""

    def __init__(self, ctx, params) -> None:
        self.ctx, self.params, self.written = ctx, params, False

    def __call__(self) -> None:
        self.ctx.query_string = urlencode(self.params._query_params, doseq=True)
        self.written = True

    def send(self) -> None:
        if self.written:
            self.written = False
            getattr(type(self.params), _METHOD)(self.params)


def _deferred() -> _Deferred | None:
    ctx = get_script_run_ctx()
    if ctx is None or ctx.session_state is None:
        return None
    with ctx.session_state.query_params() as params:
        pass
    found = vars(params).get(_METHOD)
    return found if isinstance(found, _Deferred) else None


def stop() -> NoReturn:
    """``st.stop()``, the run's URL sent first: once a stop is requested, Streamlit sends nothing more of the
    run (every message raises the stop again), and the URL written at the end of ``one_entry_per_run`` was lost
    (the load test's change of province on a page with nothing for that province kept the old one). Pages stop
    with this, never with ``st.stop()`` (a test checks)."""
    deferred = _deferred()
    if deferred is not None:
        deferred.send()
    st.stop()
    raise AssertionError("st.stop() returned")  # pragma: no cover - st.stop raises


@contextmanager
def one_entry_per_run() -> Iterator[None]:
    ctx = get_script_run_ctx()
    if ctx is None or ctx.session_state is None:  # bare mode (a script run with python): nothing to send
        yield
        return
    if ctx.is_history_navigation:
        _forget_url_widgets()
    with ctx.session_state.query_params() as params:
        pass
    if _METHOD in vars(params):  # already deferred (a nested use): the outer one sends
        yield
        return
    deferred = _Deferred(ctx, params)
    setattr(params, _METHOD, deferred)
    try:
        yield
    finally:
        delattr(params, _METHOD)
        deferred.send()
