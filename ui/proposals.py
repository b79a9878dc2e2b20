"""The desk's figures from a report's narrative (issue #26 point 3): each proposal with its sentence, the number
highlighted, and a tick; only the ticked ones are published (etl.tables.proposals). A text pasted on the desk
becomes a Word document of its lines, checked and archived like an uploaded report."""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import streamlit as st

from etl.reference.catalog import default_catalog
from etl.tables.proposals import proposal_id
from ui import fmt
from ui.i18n import t
from ui.safe import md

MAX_PASTED = 200_000  # characters of one pasted text (a district's report is a few thousand)


def _tick_key(key: str, pid: str) -> str:
    return f"desk_take_{key}_{pid}"


def highlighted(sentence: str, start: int, end: int) -> str:
    """The sentence as Markdown-safe text with the number between ``start`` and ``end`` highlighted."""
    before, number, after = sentence[:start], sentence[start:end], sentence[end:]
    left = md(before) + (" " if before[-1:].isspace() else "")
    right = (" " if after[:1].isspace() else "") + md(after)
    return f"{left}:orange-background[**{md(number)}**]{right}"


def shown_value(p, lang: str) -> str:  # noqa: ANN001 - etl.tables.narrative.Proposal
    kind = default_catalog().kind(p.metric)
    value = fmt.number(p.value, lang, 1 if kind == "pct" else 0) + ("%" if kind == "pct" else "")
    return f"{p.qualifier} {value}" if p.qualifier else value


def render(parsed, lang: str, key: str) -> None:  # noqa: ANN001 - etl.tables.records.ParsedFile
    """The proposals of one checked file, each a tick (none ticked at first: nothing loads unasked)."""
    if not parsed.proposals:
        return
    metrics = default_catalog().metrics
    st.markdown(f"**{t('desk_proposals_heading', lang, n=len(parsed.proposals))}**")
    st.caption(t("desk_proposals_help", lang))
    for p in parsed.proposals:
        metric = metrics[p.metric]
        label = f"{metric.label_en if lang == 'en' else metric.label_vi} = {shown_value(p, lang)}"
        if p.unit_name:
            label += f" — {p.unit_name}"
        st.checkbox(md(label), key=_tick_key(key, proposal_id(p)))
        where = t("desk_proposal_place", lang, paragraph=p.paragraph, year=p.year or "—")
        st.caption(f"{md(where)}: {highlighted(p.text, p.start - p.text_start, p.end - p.text_start)}")  # md-safe: escaped


def ticked(parsed, key: str) -> set[str]:  # noqa: ANN001
    """The ids of the proposals ticked for this file."""
    return {proposal_id(p) for p in parsed.proposals if st.session_state.get(_tick_key(key, proposal_id(p)))}


def pasted_document(text: str, lang: str) -> tuple[str, bytes]:
    """(a file name, a .docx) holding the pasted text, a paragraph a line: the report as the desk received it."""
    from docx import Document

    doc = Document()
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            doc.add_paragraph(line.strip())
    out = io.BytesIO()
    doc.save(out)
    stamp = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).strftime("%Y%m%d_%H%M%S")
    return f"{t('desk_paste_file', lang)}_{stamp}.docx", out.getvalue()


def paste_box(lang: str) -> tuple[str, bytes] | None:
    """A box to paste a report's text into; the document it makes when the manager adds it, else None."""
    with st.expander(t("desk_paste", lang)):
        text = st.text_area(t("desk_paste_label", lang), key="desk_paste_text", height=180,
                            max_chars=MAX_PASTED, help=t("desk_paste_help", lang))
        if st.button(t("desk_paste_add", lang), key="desk_paste_add", icon=":material/post_add:",
                     disabled=not (text or "").strip()):
            return pasted_document(text, lang)
    return None
