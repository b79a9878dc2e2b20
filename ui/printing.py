"""Printing a page from the browser (Ctrl+P, "Lưu thành PDF" on a phone): A4, without the sidebar, the toolbars
and the buttons; charts scaled to the page's width; tables printed whole.

A chart is drawn by Plotly at the width the screen gave it and is not drawn again when the browser lays the page
out for paper, so on A4 a chart of a wide screen ran off the right edge (trends stopped at 2020). A small script,
run once per browser tab, keeps ``--print-zoom`` on the page's root: the A4 width over the widest chart's, which
the print stylesheet applies to every chart. A table on screen is a scrolling grid that shows ten rows; each also
has a plain copy (``print_table``), hidden on screen, printed instead, every row. Our own constant CSS and script;
the table's text is escaped (``html.escape``): data is never markup.
"""

from __future__ import annotations

import html

import streamlit as st

PRINT_WIDTH_PX = 680  # A4 (210 mm) less 15 mm margins each side, at the 96 px an inch browsers print at
PRINT_ROWS = 500  # a table printed longer than this is cut, and says so (its export holds every row)

STYLE = """<style>
.print-only {display: none;}
@media print {
  @page {size: A4; margin: 12mm 15mm;}
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
  [data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
  [data-testid="stElementToolbar"], [data-testid="stDownloadButton"], [data-testid="stButton"],
  [data-testid="stPageLink"], [data-testid="stFileUploader"], [data-testid="stDataFrame"],
  [data-testid="stIFrame"], .stDownloadButton, .stButton, .modebar-container, iframe {display: none !important;}
  [data-testid="stAppViewContainer"], [data-testid="stMain"], section.main {margin: 0 !important;
    padding: 0 !important; width: 100% !important; max-width: none !important; overflow: visible !important;}
  [data-testid="stMainBlockContainer"] {max-width: none !important; padding: 0 !important;}
  .stPlotlyChart, [data-testid="stPlotlyChart"] {zoom: var(--print-zoom, 1); break-inside: avoid;}
  .print-only {display: block !important;}
  table.print-table {border-collapse: collapse; width: 100%; font-size: 9pt;}
  table.print-table th, table.print-table td {border: 1px solid #999; padding: 1px 4px; text-align: left;}
  table.print-table td.n {text-align: right; white-space: nowrap;}
  table.print-table thead {display: table-header-group;}
  table.print-table tr {break-inside: avoid;}
}
</style>"""

FIT_JS = """(function () {
  const fit = function () {
    const charts = document.querySelectorAll('[data-testid="stPlotlyChart"], .stPlotlyChart');
    let widest = 0;
    charts.forEach(function (c) { widest = Math.max(widest, c.getBoundingClientRect().width); });
    const zoom = widest > WIDTH ? (WIDTH / widest).toFixed(3) : '1';
    document.documentElement.style.setProperty('--print-zoom', zoom);
  };
  let queued = false;
  const later = function () {  // once a frame however many changes a run makes: a layout read costs
    if (queued) return;
    queued = true;
    window.requestAnimationFrame(function () { queued = false; fit(); });
  };
  window.addEventListener('beforeprint', fit);
  window.addEventListener('resize', later);
  new MutationObserver(later).observe(document.body, {childList: true, subtree: true});
  fit();
})();""".replace("WIDTH", str(PRINT_WIDTH_PX))  # run in the page's own document (ui/browser.py)


def table_html(columns: list[str], rows: list[list[str]], numeric: list[bool], total: int, more: str = "") -> str:
    """A plain copy of a table for paper, hidden on screen: ``rows`` (at most ``PRINT_ROWS`` are written) of a table
    of ``total`` rows; ``more`` says so when they are fewer."""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f'<td class="{"n" if n else "t"}">{html.escape(v)}</td>'
                                    for v, n in zip(row, numeric, strict=True)) + "</tr>"
                   for row in rows[:PRINT_ROWS])
    tail = f"<p>{html.escape(more)}</p>" if more and total > min(len(rows), PRINT_ROWS) else ""
    return (f'<div class="print-only"><table class="print-table"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>{tail}</div>")


def print_table(page_html: str) -> None:
    """The copy (``table_html``) in the page."""
    st.html(page_html)
