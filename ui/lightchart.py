"""A phone's charts drawn by the server: the same figure as ``ui.charts`` builds for Plotly, written as one SVG.

Why (#24 point 7): on a phone a new tab waited 2.3–3 s for its first Plotly chart, most of it the phone's one
thread evaluating Streamlit's 4.7 MB chart module and drawing it; an SVG in the page's own HTML shows with the
heading, about a second after the tap. What a phone reads of a chart is kept: the lines or bars, the values
(the chosen year's on a line, every bar's), the axis in the Vietnamese way ("98,5%", "1.234"), the year chosen
in the sidebar as a band, an open marker where a figure is approximate, the legend, and each point's text on a
long press (its ``<title>``). One tap on a point or a bar opens what ``link`` names: the href is caught by the
page's script (``ui.device.TAP_JS``) and followed inside the session, as Back and Forward are.

Everything written comes from the figure (numbers we format, names escaped here): the SVG goes through
``st.markdown(..., unsafe_allow_html=True)``, so every text is escaped with ``html.escape`` and the markup is one
line (a blank line would end Markdown's HTML block).
"""

from __future__ import annotations

import html
import math
import re
import urllib.parse
from collections.abc import Callable, Mapping
from typing import Any

import plotly.graph_objects as go

from ui import fmt

WIDTH = 360  # px of the viewBox: a 390-px phone's column (the SVG scales to its container's width)
FONT = 12  # px: every text of the chart (never under 11 px on a phone, #24 point 2)
LINE_H = 16
PLOT_H = 170
Link = tuple[str, dict[str, str]]  # a page and its query parameters (ui.page.Link)


def href(link: Link) -> str:
    """A page's address relative to the current one ("tong_quan?nam=2022&tinh=84"): right under any base path."""
    page, params = link
    return page.removeprefix("pages/").removesuffix(".py") + "?" + urllib.parse.urlencode(params)


def _text(value: object) -> str:
    """A Plotly label or hover text ("<b>Xã A</b><br>98,5%") as plain, escaped SVG text ("Xã A · 98,5%")."""
    raw = re.sub(r"<br\s*/?>", " · ", str(value or ""))
    return html.escape(html.unescape(re.sub(r"<[^>]+>", "", raw)), quote=True)


def _nice(lo: float, hi: float, kind: str) -> list[float]:
    """Four or five round ticks covering [lo, hi] (from 0 for counts)."""
    if kind != "pct":
        lo = min(0.0, lo)
    if hi <= lo:
        hi = lo + 1.0
    raw = (hi - lo) / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(lo / step) * step
    if kind == "pct" and lo - first < step * 0.15 and first - step >= 0:
        first -= step  # the lowest figure off the axis: room under it for its value
    ticks = []
    value = first
    while value < hi + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks if len(ticks) > 1 else [first, first + step]


def _tick(value: float, kind: str, lang: str) -> str:
    decimals = 0 if float(value).is_integer() else 1
    return fmt.number(value, lang, decimals) + ("%" if kind == "pct" else "")


def _wrap(text: str, width: int) -> list[str]:
    """Words in lines of at most ``width`` characters (a long word alone on its line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def svg(fig: go.Figure, lang: str, *, title: str, kind: str, year: int | None = None,
        link: Callable[[dict[str, Any]], Link | None] | None = None,
        labels: Mapping[tuple[Any, Any], str] | None = None) -> str:
    """``fig`` (lines over the years of ``charts.trend``, or bars of ``charts.values``) as one line of SVG.
    ``kind``: "pct" or a count; ``year``: the band and the values written on the lines; ``link(point)`` (x, y,
    series, curve_number, as ``ui.page.chart`` gives it): where a tap on that point goes; ``labels``: a point's
    value as written, by (series, x), its bound with it ("trên 98,0%"); else the number alone."""
    traces = [t for t in fig.data if getattr(t, "y", None) is not None]
    bars = bool(traces) and all(t.type == "bar" for t in traces)

    def write(series: Any, x: Any, v: float) -> str:
        return (labels or {}).get((series, x)) or fmt.metric_value(v, kind, None, lang)

    values = [float(v) for t in traces for v in t.y if v is not None and not math.isnan(float(v))]
    ticks = _nice(min(values, default=0.0), max(values, default=1.0), kind) if not bars or kind != "pct" else \
        _nice(0.0, max(100.0, max(values, default=100.0)), kind)
    if bars:
        ticks = [v for v in ticks if v >= 0] or ticks
    lo, hi = ticks[0], ticks[-1]
    title_lines = _wrap(title, 44)[:3]
    top = 8 + LINE_H * len(title_lines) + (LINE_H if bars else 10)  # bars: room for the value over the tallest
    left = 10 + 7 * max(len(_tick(v, kind, lang)) for v in ticks)
    right = 14
    plot_w = WIDTH - left - right
    xs: list[Any] = list(traces[0].x) if bars else sorted({x for t in traces for x in t.x if x is not None})
    band = plot_w / max(1, len(xs))

    def px(x: Any) -> float:
        return left + band * (xs.index(x) + 0.5)

    def py(v: float) -> float:
        return top + PLOT_H * (1 - (v - lo) / ((hi - lo) or 1))

    out: list[str] = []
    for i, line in enumerate(title_lines):
        out.append(f'<text x="2" y="{8 + FONT + LINE_H * i}" font-weight="600">{html.escape(line)}</text>')
    if year is not None and year in xs and not bars:
        out.append(f'<rect x="{px(year) - band / 2:.1f}" y="{top}" width="{band:.1f}" height="{PLOT_H}" '
                   f'fill="currentColor" fill-opacity="0.07"/>')
    for v in ticks:
        y = py(v)
        out.append(f'<line x1="{left}" x2="{WIDTH - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="currentColor" stroke-opacity="0.15"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill-opacity="0.75">'
                   f'{html.escape(_tick(v, kind, lang))}</text>')
    label_rows = 1
    if bars:
        names = [_wrap(_text(x), max(6, int(band / 7))) for x in xs]
        label_rows = max(len(lbl) for lbl in names)
        for x, lbl in zip(xs, names, strict=True):
            for j, part in enumerate(lbl):
                out.append(f'<text x="{px(x):.1f}" y="{top + PLOT_H + 16 + LINE_H * j}" text-anchor="middle" '
                           f'fill-opacity="0.75">{part}</text>')
    else:
        every = 1 if len(xs) <= 6 else 2
        for n, x in enumerate(xs):
            if n % every == 0 or x == year:
                out.append(f'<text x="{px(x):.1f}" y="{top + PLOT_H + 16}" text-anchor="middle" fill-opacity="0.75">'
                           f'{html.escape(str(x))}</text>')
    for curve, trace in enumerate(traces):
        color = html.escape(str((trace.marker.color if bars else trace.line.color) or "#1f77b4"))
        hover = list(trace.hovertext) if trace.hovertext is not None else [None] * len(trace.y)
        symbols = trace.marker.symbol if not bars and isinstance(trace.marker.symbol, tuple | list) else ()
        points = [(x, None if y is None or math.isnan(float(y)) else float(y)) for x, y in zip(trace.x, trace.y,
                                                                                             strict=True)]
        if not bars:  # the line, broken where a year has no figure
            run: list[str] = []
            for x, y in points + [(None, None)]:
                if y is None:
                    if len(run) > 1:
                        out.append(f'<polyline points="{" ".join(run)}" fill="none" stroke="{color}" '
                                   f'stroke-width="2.5"/>')
                    run = []
                else:
                    run.append(f"{px(x):.1f},{py(y):.1f}")
        for n, (x, y) in enumerate(points):
            if y is None:
                continue
            tip = _text(hover[n]) if n < len(hover) and hover[n] else html.escape(f"{trace.name} — {x}: {write(trace.name, x, y)}")
            if bars:
                base = py(max(lo, 0.0))
                mark = (f'<rect x="{px(x) - band * 0.3:.1f}" y="{min(py(y), base):.1f}" width="{band * 0.6:.1f}" '
                        f'height="{abs(base - py(y)):.1f}" fill="{color}"/>')
                text = trace.text[n] if trace.text is not None and n < len(trace.text) else write(None, x, y)
                mark += (f'<text x="{px(x):.1f}" y="{min(py(y), base) - 5:.1f}" text-anchor="middle">'
                         f'{_text(text)}</text>')
            else:
                open_marker = n < len(symbols) and str(symbols[n]).endswith("-open")
                mark = (f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="4.5" stroke="{color}" stroke-width="2" '
                        f'fill="{"none" if open_marker else color}"/>')
            target = link({"x": x, "y": y, "curve_number": curve, "series": trace.name}) if link else None
            if target is not None:
                hit = (f'<rect x="{px(x) - band / 2:.1f}" y="{top}" width="{band:.1f}" height="{PLOT_H}" '
                       f'fill="transparent"/>' if bars else
                       f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="14" fill="transparent"/>')
                out.append(f'<a href="{html.escape(href(target), quote=True)}" class="light-chart-link">'
                           f'<title>{tip}</title>{mark}{hit}</a>')
            else:
                out.append(f"<g><title>{tip}</title>{mark}</g>")
    if not bars and year is not None:  # the chosen year's values, written by their points, never overlapping
        marks = []
        for t in traces:
            ys = {x: float(y) for x, y in zip(t.x, t.y, strict=True) if y is not None and not math.isnan(float(y))}
            if year not in ys:
                continue
            at = xs.index(year)
            near = [ys[xs[i]] for i in (at - 1, at + 1) if 0 <= i < len(xs) and xs[i] in ys]
            # above its point, unless the line comes down to it from above (then under it, off the line)
            under = bool(near) and max(near) > ys[year] and py(ys[year]) < top + PLOT_H - 18
            marks.append((py(ys[year]) + (18 if under else -10), write(t.name, year, ys[year]),
                          str(t.line.color or "#333")))
        last = -1e9
        for y, text, color in sorted(marks):  # each at least a line under the one above it
            y = max(y, last + LINE_H - 2)
            last = y
            out.append(f'<text x="{px(year):.1f}" y="{y:.1f}" text-anchor="middle" font-weight="600" '
                       f'fill="{html.escape(color)}">{html.escape(text)}</text>')
    legend_y = top + PLOT_H + 16 + LINE_H * label_rows + 6
    if not bars and len(traces) > 1 or (not bars and traces and traces[0].name):
        for trace in traces:
            color = html.escape(str(trace.line.color or "#1f77b4"))
            out.append(f'<line x1="4" x2="22" y1="{legend_y - 4}" y2="{legend_y - 4}" stroke="{color}" '
                       f'stroke-width="3"/><text x="28" y="{legend_y}">{_text(trace.name)}</text>')
            legend_y += LINE_H
    height = legend_y + 4
    return (f'<svg class="light-chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="figure" '
            f'aria-label="{html.escape(title, quote=True)}" font-family="sans-serif" font-size="{FONT}" '
            'fill="currentColor" '
            f'style="max-width:{WIDTH * 1.4:.0f}px;display:block">' + "".join(out) + "</svg>")
