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

A click that opens another page is still two: the page switch, which the browser's Streamlit adds as an entry with
the address of the page left behind (its query string on the new page's path), then the new page's own address.
``HISTORY_JS`` (installed in the page by ui/browser.py) keeps one entry per action of the user in the browser
itself: the first entry Streamlit adds after a click, a key or a touch is added; any further one before the next
action replaces it (and before the first action, at the page's opening, replaces too). Back and Forward are
Streamlit's own (it replaces while it follows them).

This replaces, for the length of the run, one private method of the session's ``QueryParams`` (Streamlit 1.67,
pinned in requirements.txt); ``tests/test_url_history.py`` counts the messages a run sends, and
``tests/test_browser.py`` the entries the browser gets, so that an upgrade that changes it fails loudly."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn
from urllib.parse import parse_qs, urlencode

import streamlit as st
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

HISTORY_JS = """(function () {
  const push = history.pushState.bind(history), replace = history.replaceState.bind(history);
  let acted = false;  // the user has acted since the last entry was added
  ['pointerdown', 'keydown', 'touchstart'].forEach(function (type) {
    document.addEventListener(type, function () { acted = true; }, {capture: true, passive: true});
  });
  window.addEventListener('popstate', function () { acted = false; });
  history.pushState = function (state, title, url) {
    if (!acted) return replace(state, title, url);  // the rest of the same action: its address, one entry
    acted = false;
    return push(state, title, url);
  };
})();"""

_METHOD = "_send_query_param_msg"
_AFTER_SWITCH = "url_after_switch"
URL_WIDGETS = ("filter_", "search_", "lang_toggle")  # the keys of the widgets whose value is in the URL (ui.filters)


def _forget_url_widgets() -> None:
    """A run of Back or Forward: the URL of that entry decides what the filters show."""
    for key in [k for k in st.session_state if str(k).startswith(URL_WIDGETS)]:
        del st.session_state[key]


def _normal(query_string: str) -> dict[str, list[str]]:
    """A query string as what it says, not how it is ordered."""
    return {k: sorted(v) for k, v in parse_qs(query_string, keep_blank_values=True).items()}


class _Deferred:
    """Stands for the session's ``_send_query_param_msg`` during a run: keeps the query string, sends nothing."""

    def __init__(self, ctx, params) -> None:
        self.ctx, self.params, self.written = ctx, params, False
        # a run of Back or Forward starts from the address the browser is on (no other run surely does: the
        # address a run before it sent may not have reached the browser, if that run was cut short)
        self.back = _normal(ctx.query_string or "") if ctx.is_history_navigation else None
        self.switching = False  # the run ends by a page switch (``switch_page``), which carries the address

    def __call__(self) -> None:
        self.ctx.query_string = urlencode(self.params._query_params, doseq=True)
        self.written = True

    def send(self, ended: bool = True) -> None:
        """``ended``: the run got to its end (or stops by ``stop``); a run cut short by another keeps the page
        switch's request to send the address for the run that takes its place."""
        after_switch = bool(st.session_state.pop(_AFTER_SWITCH, False) if ended
                            else st.session_state.get(_AFTER_SWITCH, False))
        if not (self.written or after_switch):
            return
        self.written = False
        if self.back is not None and _normal(urlencode(self.params._query_params, doseq=True)) == self.back:
            return  # a run of Back that ends on the entry's own address: sent, it made the next change go astray
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
    ended = False
    try:
        yield
        ended = True
    finally:
        delattr(params, _METHOD)
        if not deferred.switching:
            deferred.send(ended)


def switch_page(page: str, query_params: dict[str, str] | None = None) -> NoReturn:
    """``st.switch_page``: the browser takes the new page's address, query string included, from the page switch
    itself; the run's deferred address is not sent as well (it made a second, identical history entry, so that
    the first Back after a click on a district's bar did nothing)."""
    deferred = _deferred()
    if deferred is not None:
        deferred.switching = True
        st.session_state[_AFTER_SWITCH] = True  # the new page's run sends its address, whatever it started from
    st.switch_page(page, query_params=query_params)
    raise AssertionError("st.switch_page() returned")  # pragma: no cover - it raises
