"""What the reader's device is, as far as a page needs to know: a phone (390 px) lays charts and tables out
for its width."""

from __future__ import annotations

import streamlit as st


def is_phone() -> bool:
    """A phone's browser: its User-Agent says "Mobi", as every phone browser's does and tablets' do not."""
    try:
        agent = st.context.headers.get("User-Agent", "") or ""
    except (AttributeError, RuntimeError):  # no request behind the run (a bare script)
        return False
    return "Mobi" in agent
