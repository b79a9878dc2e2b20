"""Text from a spreadsheet, a file name or a URL is data, never markup.

Streamlit renders Markdown in ``st.markdown``, ``st.info``, ``st.caption``, ``st.subheader``, ``help=`` and
metric labels; Plotly renders a subset of HTML (``<a href>``, ``<b>``, ``<br>``) in titles, tick labels,
annotations and hover text. A unit name typed "[Tải mẫu mới](https://…)" or a file named
"<a href=…>" must show as those characters, not as a link: ``md`` escapes text for Markdown, ``plain``
for Plotly's HTML. Our own templates are trusted; only the values put into them are escaped.
"""

from __future__ import annotations

import re

# Every ASCII punctuation character may be backslash-escaped in CommonMark: that stops links, images, HTML,
# emphasis, Streamlit's ":material/…:" and ":red[…]" directives and "$…$" maths.
_MD_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")
# GFM's autolinks ("www.x", "https://x", "a@b.x") are found in the text after escapes are resolved: an
# invisible word joiner inside each pattern keeps them text.
_AUTOLINK = re.compile(r"(?i)(www)(\.)|(:)(//)|(@)")
_JOINER = "\u2060"
_SPACE = re.compile(r"\s+")


def _defang(m: re.Match[str]) -> str:
    if m.group(1):
        return m.group(1) + _JOINER + m.group(2)
    if m.group(3):
        return m.group(3) + _JOINER + m.group(4)
    return m.group(5) + _JOINER


def md(value: object) -> str:
    """``value`` as literal text inside Markdown (one line: a line break cannot open a heading or a list)."""
    text = _SPACE.sub(" ", "" if value is None else str(value)).strip()
    return _MD_PUNCT.sub(r"\\\1", _AUTOLINK.sub(_defang, text))


def plain(value: object) -> str:
    """``value`` as literal text inside Plotly's HTML-like labels."""
    text = "" if value is None else str(value)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
