"""What the dashboard adds to the browser's page itself, once a run (dashboard.py): one stylesheet and one script.

The script runs in the page's own document (``st.html`` with its JavaScript allowed: no iframe to load, as
``components.html`` needed) and installs its handlers once a browser tab (a later run
finds them there). Both are our constants: no data goes into them.
"""

from __future__ import annotations

import json

import streamlit as st

from ui import device, printing, url

_SCRIPT = """<script>
(function () {
  if (window.__dashboardScripts) return;
  window.__dashboardScripts = true;
  (0, eval)(%s);
})();
</script>"""


SCRIPT = _SCRIPT % json.dumps("\n".join([url.HISTORY_JS, printing.FIT_JS, device.TAP_JS]))  # JSON escapes as JS
STYLE = printing.STYLE.replace("</style>", device.TAP_CSS + "\n</style>")


def setup() -> None:
    """One history entry an action (ui/url.py), print stylesheet and chart fitting (ui/printing.py), one tap opens
    a unit on a phone (ui/device.py)."""
    st.html(STYLE)
    st.html(SCRIPT, unsafe_allow_javascript=True)
