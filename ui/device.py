"""What the reader's device is, as far as a page needs to know: a phone (390 px) lays charts and tables out
for its width."""

from __future__ import annotations

import streamlit as st

_PHONE = "_device_is_phone"  # the answer, kept in the session: a session's browser does not change


def is_phone() -> bool:
    """A phone's browser: its User-Agent says "Mobi", as every phone browser's does and tablets' do not."""
    try:
        known = st.session_state.get(_PHONE)
        if known is not None:
            return bool(known)
        agent = st.context.headers.get("User-Agent", "") or ""
    except (AttributeError, RuntimeError):  # no request behind the run (a bare script)
        return False
    st.session_state[_PHONE] = "Mobi" in agent
    return "Mobi" in agent


# One tap opens the unit. Plotly selects the point under the pointer from the hover it computed last, and a finger
# sends no hover before its tap: the first tap only drew the tooltip (over the chart's labels) and a second one
# opened the unit. On a finger's touch on a chart that opens what is tapped (Streamlit's point selection:
# clickmode "select"), the script sends Plotly the hover a mouse would have sent there first, so the tap itself
# selects; such a chart draws no tooltip on a device without hover (TAP_CSS). A chart that opens nothing keeps its
# tooltip on a tap: it is the only way to read its figures there.
TAP_JS = """(function () {
  document.addEventListener('touchstart', function (e) {
    if (!e.touches || e.touches.length !== 1 || !e.target.closest) return;
    const gd = e.target.closest('.js-plotly-plot');
    if (!gd || !gd._fullLayout || String(gd._fullLayout.clickmode).indexOf('select') < 0) return;
    gd.classList.add('tap-opens');
    const t = e.touches[0];
    e.target.dispatchEvent(new MouseEvent('mousemove', {clientX: t.clientX, clientY: t.clientY, bubbles: true,
                                                       cancelable: true, view: window}));
  }, {capture: true, passive: true});
  // A phone's chart drawn by the server (ui/lightchart.py): a tap on a point follows its link inside the session,
  // as Back and Forward do (the address changes, Streamlit runs the page it names), not in a new tab.
  document.addEventListener('click', function (e) {
    const a = e.target.closest && e.target.closest('svg.light-chart a');
    if (!a) return;
    e.preventDefault();
    e.stopPropagation();
    history.pushState(null, '', a.getAttribute('href'));
    window.dispatchEvent(new PopStateEvent('popstate', {state: null}));
  }, true);
})();"""

TAP_CSS = "@media (hover: none) { .js-plotly-plot.tap-opens .hoverlayer {display: none !important;} }"
