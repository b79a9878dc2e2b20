"""Everything a user reads, in Vietnamese (default) and English. ``t(key, lang, **fields)``.

The texts are data: data/texts.csv (key, group, vi, en, note), one row a text, editable in a spreadsheet."""

from __future__ import annotations

from pathlib import Path

from etl.messages import read_texts
from ui.safe import md

TEXTS = read_texts(Path(__file__).resolve().parents[1] / "data" / "texts.csv", "key")


def t(key: str, lang: str = "vi", **fields: object) -> str:
    """The text ``key`` with ``fields`` filled in, as plain text (tables, chart titles, file names)."""
    vi, en = TEXTS[key]
    text = en if lang == "en" else vi
    return text.format(**fields) if fields else text


def tm(key: str, lang: str = "vi", **fields: object) -> str:
    """The text ``key`` for an element that renders Markdown (st.info, st.caption, st.subheader, help=): the
    template is ours, the fields are data and are escaped (a unit or file name is never a link)."""
    return t(key, lang, **{k: md(v) for k, v in fields.items()})
