"""What the dashboard adds to the browser's page itself, once a run (dashboard.py): one stylesheet and one script.

Streamlit runs a component's script in an iframe of the same origin; ours installs its handlers in the page's
own document once a browser tab (a later run finds them there). Both are our constants: no data goes into them.
"""

from __future__ import annotations

import json

import streamlit as st
import streamlit.components.v1 as components

from ui import device, printing, url

_SCRIPT = """<script>
(function () {
  const top = window.parent;
  if (top.__dashboardScripts) return;
  top.__dashboardScripts = true;
  top.eval(%s);
})();
</script>"""


SCRIPT = _SCRIPT % json.dumps("\n".join([url.HISTORY_JS, printing.FIT_JS, device.TAP_JS]))  # JSON escapes as JS
STYLE = printing.STYLE.replace("</style>", device.TAP_CSS + "\n</style>")


def setup() -> None:
    """One history entry an action (ui/url.py), print stylesheet and chart fitting (ui/printing.py), one tap opens
    a unit on a phone (ui/device.py)."""
    st.html(STYLE)
    components.html(SCRIPT, height=0)
