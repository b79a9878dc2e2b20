"""The "Báo cáo" block of the overview: two download buttons, the bytes built only when a button is clicked
(Streamlit runs the callable then), and kept per warehouse version, unit, year and language."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

import streamlit as st

from ui.export import file_name
from ui.i18n import t, tm
from ui.report.content import ReportContent, child_word, gather, plain

_BUILT: OrderedDict[tuple, bytes] = OrderedDict()
_LOCK = threading.Lock()
_KEEP = 32  # documents kept in memory (a few hundred kB each)

PDF_MIME = "application/pdf"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _built(key: tuple, make: Callable[[], bytes]) -> bytes:
    with _LOCK:
        if key in _BUILT:
            _BUILT.move_to_end(key)
            return _BUILT[key]
    data = make()
    with _LOCK:
        _BUILT[key] = data
        while len(_BUILT) > _KEEP:
            _BUILT.popitem(last=False)
    return data


def build_pdf(content: ReportContent) -> bytes:
    from ui.report.pdf import build_pdf as build  # fpdf2 and Pillow: imported when a report is first asked for

    return build(content)


def build_docx(content: ReportContent) -> bytes:
    from ui.report.word import build_docx as build  # python-docx: the same

    return build(content)


def _lazy(key: tuple, content: Callable[[], ReportContent], build: Callable[[ReportContent], bytes]
          ) -> Callable[[], bytes]:
    """The document's bytes when asked for: its content gathered then (a page run does not pay for it)."""
    return lambda: _built(key, lambda: build(content()))


def report_section(source, selection, lang: str) -> None:
    """The report of ``selection`` (a ui.filters.Selection) for its year, as PDF and DOCX."""
    if selection is None or selection.unit_key is None:
        return
    st.subheader(t("report_heading", lang))
    word, unit = child_word(selection, lang), plain(selection.label)
    if word:
        st.caption(tm("report_caption", lang, unit=unit, year=selection.year, words=word))
    else:
        st.caption(tm("report_caption_leaf", lang, unit=unit, year=selection.year))

    def content() -> ReportContent:
        return gather(source, selection, lang)

    base = ["bao-cao" if lang == "vi" else "report", selection.label, selection.year]
    key = (source.path, source.version, selection.unit_key, selection.year, lang, selection.label)
    left, right = st.columns(2)
    left.download_button(t("report_download_pdf", lang), _lazy((*key, "pdf"), content, build_pdf),
                         file_name=file_name(*base, ext="pdf"), mime=PDF_MIME, key="report_pdf",
                         width="stretch", on_click="ignore")
    right.download_button(t("report_download_docx", lang), _lazy((*key, "docx"), content, build_docx),
                          file_name=file_name(*base, ext="docx"), mime=DOCX_MIME, key="report_docx",
                          width="stretch", on_click="ignore")
