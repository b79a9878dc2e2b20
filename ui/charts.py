"""Chart builders: DataFrames in, Plotly figures out (pure, unit-tested). Vietnamese number formats
(decimal comma, thousands dot), one colour per metric family, target lines, and hover text that says the
value, n/N where known and where the number came from.

Figures are written as one dict and turned into a Figure once: Plotly's incremental API (update_layout,
add_vline...) validates the whole figure on every call, which cost ~50 ms a chart and broke the 300 ms
budget of a page with five charts.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from ui import fmt
from ui.i18n import t
from ui.safe import plain

FONT = "Source Sans Pro, Arial, sans-serif"
MISSING_COLOR = "#B0B0B0"
GRID = "#EEEEEE"


def _figure(data: list[dict[str, Any]], layout: dict[str, Any], lang: str, height: int, legend: bool = True,
            title: str = "") -> go.Figure:
    base = {
        "title": {"text": plain(title), "font": {"size": 15}},
        "separators": ",." if lang == "vi" else ".,",
        "font": {"family": FONT, "size": 13},
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 40, "b": 10},
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0},
        "showlegend": legend,
        "hoverlabel": {"font": {"family": FONT}},
        "plot_bgcolor": "white",
        "template": "none",
    }
    for axis in ("xaxis", "yaxis"):
        base[axis] = {"gridcolor": GRID, "zeroline": False, "automargin": True, **layout.pop(axis, {})}
    return go.Figure({"data": data, "layout": {**base, **layout}})


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def hover_lines(row: dict[str, Any] | pd.Series, kind: str, lang: str) -> str:
    """Value, n/N, source: one hover text."""
    lines = [f"<b>{plain(row['label'])}</b>", fmt.metric_value(row["value"], kind, row.get("qualifier"), lang)]
    if _present(row.get("numerator")) and _present(row.get("denominator")):
        lines.append(f"{fmt.number(row['numerator'], lang, 0)}/{fmt.number(row['denominator'], lang, 0)}")
    if isinstance(row.get("source_file"), str):
        lines.append(t("source", lang, file=plain(row["source_file"]), sheet=plain(row.get("source_sheet", "")),
                       cell=plain(row.get("source_cell", ""))))
    if isinstance(row.get("note"), str) and row["note"]:
        lines.append(row["note"])
    return "<br>".join(lines)


def _vline(x: float, text: str, dash: str, color: str, position: str) -> tuple[dict[str, Any], dict[str, Any]]:
    shape = {"type": "line", "xref": "x", "yref": "paper", "x0": x, "x1": x, "y0": 0, "y1": 1, "layer": "above",
             "line": {"dash": dash, "color": color, "width": 2}}
    note = {"xref": "x", "yref": "paper", "x": x, "y": 1.0 if position == "top" else 0.0, "text": text,
            "showarrow": False, "xanchor": "left", "yanchor": "bottom" if position == "top" else "top",
            "font": {"size": 12, "color": color}}
    return shape, note


def ranking(frame: pd.DataFrame, kind: str, color: str, lang: str, *, title: str, target: float | None = None,
            parent_value: float | None = None, parent_label: str = "", parent_qualifier: str | None = None,
            ) -> go.Figure:
    """Units ranked on one metric (horizontal bars, best on top). ``frame``: label, value, qualifier,
    numerator, denominator, source_file, source_sheet, source_cell. Units with no value are listed as
    "chưa báo cáo" at the bottom, with no bar (missing is not zero). The district's figure is a line for a
    rate; for a count (the sum of its units, on another scale) it is given in the title."""
    data = frame.copy()
    data["missing"] = data["value"].isna()
    data = pd.concat([data[data["missing"]], data[~data["missing"]].sort_values("value")], ignore_index=True)
    records = data.to_dict("records")
    approx = [bool(r.get("approx")) and not r["missing"] for r in records]  # moved from the old map, estimated
    texts = [t("missing_metric", lang) if r["missing"] else
             ("≈ " if a else "") + fmt.metric_value(r["value"], kind, r.get("qualifier"), lang)
             for r, a in zip(records, approx, strict=True)]
    hover = [t("missing_metric", lang) + f"<br><b>{plain(r['label'])}</b>" if r["missing"] else hover_lines(r, kind, lang)
             for r in records]
    bar = {"type": "bar", "orientation": "h", "y": [plain(r["label"]) for r in records],
           "x": [None if r["missing"] else float(r["value"]) for r in records],
           "marker": {"color": [MISSING_COLOR if r["missing"] else color for r in records],
                      "pattern": {"shape": ["/" if a else "" for a in approx], "fillmode": "overlay"}},
           "text": texts, "textposition": "outside", "cliponaxis": False, "hovertext": hover, "hoverinfo": "text",
           "name": title, "opacity": 0.85}
    shapes, notes = [], []
    if target is not None:
        s, n = _vline(target, t("target", lang, target=fmt.metric_value(target, kind, None, lang)), "dot", "#444444",
                      "top")
        shapes.append(s)
        notes.append(n)
    if parent_value is not None:
        parent_text = f"{plain(parent_label)}: {fmt.metric_value(parent_value, kind, parent_qualifier, lang)}"
        if kind == "pct":  # a rate of the district sits on the communes' scale
            s, n = _vline(parent_value, parent_text, "dash", "#1B2631", "bottom")
            shapes.append(s)
            notes.append(n)
        else:  # a count of the district is the sum of its units: said in the title, not drawn on their scale
            title = f"{title} ({parent_text})"
    layout: dict[str, Any] = {"shapes": shapes, "annotations": notes, "yaxis": {"type": "category"},
                              "margin": {"l": 10, "r": 10, "t": 50, "b": 40}}
    if kind == "pct":
        low = data["value"].min()
        layout["xaxis"] = {"range": [max(0.0, (low if pd.notna(low) else 0) - 10), 105], "ticksuffix": "%"}
    return _figure([bar], layout, lang, max(320, 28 * len(data) + 130), legend=False, title=title)


def heatmap(frame: pd.DataFrame, kind: str, lang: str, *, title: str, color: str) -> go.Figure:
    """Units × years. ``frame``: label, year, value (and ``approx``: "≈" before an estimated value).
    Missing cells stay empty, never 0."""
    pivot = frame.pivot_table(index="label", columns="year", values="value", aggfunc="first")
    pivot = pivot.sort_index(ascending=False)
    approx = set()
    if "approx" in frame:
        approx = {(r["label"], r["year"]) for r in frame[frame["approx"].fillna(False).astype(bool)].to_dict("records")}
    text = [[("≈ " if (label, year) in approx else "") + fmt.metric_value(v, kind, None, lang) if pd.notna(v) else ""
             for year, v in zip(pivot.columns, row, strict=True)] for label, row in zip(pivot.index, pivot.values,
                                                                                        strict=True)]
    z = [[None if pd.isna(v) else float(v) for v in row] for row in pivot.values]
    trace = {"type": "heatmap", "z": z, "x": [str(c) for c in pivot.columns], "y": [plain(v) for v in pivot.index],
             "text": text,
             "texttemplate": "%{text}", "colorscale": [[0, "#FFFFFF"], [1, color]], "hoverongaps": False,
             "showscale": False, "hovertemplate": "%{y} — %{x}: %{text}<extra></extra>"}
    return _figure([trace], {"xaxis": {"type": "category"}}, lang, max(300, 26 * len(pivot) + 120), legend=False,
                   title=title)


def trend(frame: pd.DataFrame, lang: str, *, title: str, kind: str | None = None,
          colors: dict[str, str] | None = None, target: float | None = None) -> go.Figure:
    """Lines over the years, one per series. ``frame``: series, year, value, kind, qualifier, numerator,
    denominator, source_*, note (hover); a point with ``approx`` (or, without that column, with a note) is drawn
    as an open marker."""
    traces = []
    for series, g in frame.groupby("series", sort=False):
        records = g.sort_values("year").to_dict("records")
        hover = [hover_lines({**r, "label": f"{series} — {r['year']}"}, r.get("kind") or kind or "count", lang)
                 for r in records]
        traces.append({
            "type": "scatter", "mode": "lines+markers", "name": plain(series),
            "x": [int(r["year"]) for r in records], "y": [None if pd.isna(r["value"]) else float(r["value"])
                                                          for r in records],
            "hovertext": hover, "hoverinfo": "text", "connectgaps": False,
            "line": {"color": (colors or {}).get(series), "width": 2.5},
            "marker": {"size": 8, "symbol": ["circle-open" if r.get("approx", bool(r.get("note"))) else "circle"
                                             for r in records]}})
    years = sorted({int(y) for y in frame["year"]}) if not frame.empty else [0]
    # every year when they fit, every other one across ten years (readable on a 390-px phone)
    layout: dict[str, Any] = {"xaxis": {"tick0": years[0], "dtick": 1 if len(years) <= 6 else 2, "tickformat": "d"}}
    if kind == "pct":
        layout["yaxis"] = {"ticksuffix": "%"}
    if target is not None:
        layout["shapes"] = [{"type": "line", "xref": "paper", "yref": "y", "x0": 0, "x1": 1, "y0": target,
                             "y1": target, "line": {"dash": "dot", "color": "#444444", "width": 2}}]
        layout["annotations"] = [{"xref": "paper", "yref": "y", "x": 1, "y": target, "xanchor": "right",
                                  "yanchor": "bottom", "showarrow": False, "font": {"size": 12, "color": "#444444"},
                                  "text": t("target", lang, target=fmt.metric_value(target, kind or "pct", None, lang))}]
    return _figure(traces, layout, lang, 420, title=title)


def counts(frame: pd.DataFrame, lang: str, *, title: str, color: str, x: str = "label", y: str = "count",
           stack: str | None = None, colors: dict[str, str] | None = None, height: int | None = None,
           horizontal: bool = False) -> go.Figure:
    """Counts by a category (bars), optionally stacked by a second one. ``horizontal`` for long labels
    (units, fields): they stay readable on a phone."""
    groups = [(None, frame)] if stack is None else list(frame.groupby(stack, sort=False))
    traces = []
    for name, g in groups:
        labels, values = [plain(v) for v in g[x]], [float(v) for v in g[y]]
        trace: dict[str, Any] = {
            "type": "bar", "name": plain(name) if name is not None else plain(title),
            "marker": {"color": color if name is None else (colors or {}).get(name)},
            "textposition": "outside", "cliponaxis": False}
        if stack is None:
            trace["text"] = [fmt.number(v, lang, 0) for v in values]
        if horizontal:
            trace.update(orientation="h", y=labels, x=values, hovertemplate="%{y}: %{x}<extra></extra>")
        else:
            trace.update(x=labels, y=values, hovertemplate="%{x}: %{y}<extra></extra>")
        traces.append(trace)
    totals = frame.groupby(x)[y].sum() if not frame.empty else pd.Series([0])
    step = max(1, math.ceil(float(totals.max() or 1) / 5))
    count_axis = {"tick0": 0, "dtick": step, "rangemode": "tozero"}
    if horizontal:
        layout = {"yaxis": {"type": "category", "autorange": "reversed"}, "xaxis": count_axis}
        height = height or max(260, 26 * frame[x].nunique() + 130)
    else:
        layout = {"xaxis": {"type": "category"}, "yaxis": count_axis}
        height = height or 320
    layout["barmode"] = "stack"
    return _figure(traces, layout, lang, height, legend=stack is not None, title=title)


def values(frame: pd.DataFrame, kind: str, color: str, lang: str, *, title: str) -> go.Figure:
    """A few figures side by side (``frame``: label, value), written the Vietnamese way."""
    trace = {"type": "bar", "x": [plain(v) for v in frame["label"]], "y": [float(v) for v in frame["value"]],
             "marker": {"color": color}, "text": [fmt.metric_value(v, kind, None, lang) for v in frame["value"]],
             "textposition": "outside", "cliponaxis": False, "hovertemplate": "%{x}: %{text}<extra></extra>"}
    layout: dict[str, Any] = {"xaxis": {"type": "category"}}
    if kind == "pct":
        layout["yaxis"] = {"ticksuffix": "%", "range": [0, 110]}
    return _figure([trace], layout, lang, 300, legend=False, title=title)


def plotly_config(name: str) -> dict[str, object]:
    """Plotly's own toolbar, with its PNG download named after what the chart shows."""
    return {"displaylogo": False, "toImageButtonOptions": {"format": "png", "filename": name, "scale": 2},
            "modeBarButtonsToRemove": ["lasso2d", "select2d"]}
