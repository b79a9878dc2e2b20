"""Chart builders: DataFrames in, Plotly figures out (pure, unit-tested). Vietnamese number formats
(decimal comma, thousands dot), one colour per metric family, target lines, and hover text that says the
value, n/N where known and where the number came from."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from ui import fmt
from ui.i18n import t

FONT = "Source Sans Pro, Arial, sans-serif"
MISSING_COLOR = "#B0B0B0"


def style(fig: go.Figure, lang: str, height: int = 420, legend: bool = True) -> go.Figure:
    fig.update_layout(
        separators=",." if lang == "vi" else ".,",
        font={"family": FONT, "size": 13},
        height=height,
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0},
        showlegend=legend,
        hoverlabel={"font": {"family": FONT}},
        plot_bgcolor="white",
    )
    fig.update_xaxes(gridcolor="#EEEEEE", zeroline=False, automargin=True)
    fig.update_yaxes(gridcolor="#EEEEEE", zeroline=False, automargin=True)
    return fig


def hover_lines(row: pd.Series, kind: str, lang: str) -> str:
    """Value, n/N, source: one hover text."""
    lines = [f"<b>{row['label']}</b>", fmt.metric_value(row["value"], kind, row.get("qualifier"), lang)]
    if _present(row.get("numerator")) and _present(row.get("denominator")):
        lines.append(f"{fmt.number(row['numerator'], lang, 0)}/{fmt.number(row['denominator'], lang, 0)}")
    if isinstance(row.get("source_file"), str):
        lines.append(t("source", lang, file=row["source_file"], sheet=row.get("source_sheet", ""),
                       cell=row.get("source_cell", "")))
    if isinstance(row.get("note"), str) and row["note"]:
        lines.append(row["note"])
    return "<br>".join(lines)


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def ranking(frame: pd.DataFrame, kind: str, color: str, lang: str, *, title: str, target: float | None = None,
            parent_value: float | None = None, parent_label: str = "", parent_qualifier: str | None = None,
            ) -> go.Figure:
    """Units ranked on one metric (horizontal bars, best on top). ``frame``: label, value, qualifier,
    numerator, denominator, source_file, source_sheet, source_cell. Units with no value are listed as
    "chưa báo cáo" at the bottom, with no bar (missing is not zero)."""
    data = frame.copy()
    data["missing"] = data["value"].isna()
    data = pd.concat([data[data["missing"]], data[~data["missing"]].sort_values("value")], ignore_index=True)
    texts = [t("missing_metric", lang) if m else fmt.metric_value(v, kind, q, lang)
             for v, q, m in zip(data["value"], data.get("qualifier", [None] * len(data)), data["missing"],
                                strict=False)]
    hover = [t("missing_metric", lang) + f"<br><b>{r['label']}</b>" if r["missing"] else hover_lines(r, kind, lang)
             for _, r in data.iterrows()]
    fig = go.Figure(go.Bar(
        x=data["value"].fillna(0).where(~data["missing"], None), y=data["label"], orientation="h",
        marker_color=[MISSING_COLOR if m else color for m in data["missing"]],
        text=texts, textposition="outside", cliponaxis=False, hovertext=hover, hoverinfo="text", name=title,
        opacity=0.85))
    if target is not None:
        fig.add_vline(x=target, line_dash="dot", line_color="#444444", line_width=2, layer="above",
                      annotation_text=t("target", lang, target=fmt.metric_value(target, kind, None, lang)),
                      annotation_position="top")
    if parent_value is not None:
        fig.add_vline(x=parent_value, line_dash="dash", line_color="#1B2631", line_width=2, layer="above",
                      annotation_text=f"{parent_label}: {fmt.metric_value(parent_value, kind, parent_qualifier, lang)}",
                      annotation_position="bottom right")
    fig.update_layout(title={"text": title, "font": {"size": 15}})
    if kind == "pct":
        low = data["value"].min()
        fig.update_xaxes(range=[max(0.0, (low if pd.notna(low) else 0) - 10), 105], ticksuffix="%")
    return style(fig, lang, height=max(320, 28 * len(data) + 120), legend=False)


def heatmap(frame: pd.DataFrame, kind: str, lang: str, *, title: str, color: str) -> go.Figure:
    """Units × years. ``frame``: label, year, value (+ qualifier). Missing cells stay empty, never 0."""
    pivot = frame.pivot_table(index="label", columns="year", values="value", aggfunc="first")
    pivot = pivot.sort_index(ascending=False)
    text = [[fmt.metric_value(v, kind, None, lang) if pd.notna(v) else "" for v in row] for row in pivot.values]
    z = [[None if pd.isna(v) else float(v) for v in row] for row in pivot.values]
    fig = go.Figure(go.Heatmap(
        z=z, x=[str(c) for c in pivot.columns], y=list(pivot.index), text=text, texttemplate="%{text}",
        colorscale=[[0, "#FFFFFF"], [1, color]], hoverongaps=False, showscale=False,
        hovertemplate="%{y} — %{x}: %{text}<extra></extra>"))
    fig.update_layout(title={"text": title, "font": {"size": 15}})
    fig.update_xaxes(type="category")
    return style(fig, lang, height=max(300, 26 * len(pivot) + 120), legend=False)


def trend(frame: pd.DataFrame, lang: str, *, title: str, kind: str | None = None,
          colors: dict[str, str] | None = None, target: float | None = None) -> go.Figure:
    """Lines over the years, one per series. ``frame``: series, year, value, label (for hover), kind,
    qualifier, numerator, denominator, source_*; an approximate point may carry a note."""
    fig = go.Figure()
    for series, g in frame.groupby("series", sort=False):
        g = g.sort_values("year")
        hover = [hover_lines({**r, "label": f"{series} — {r['year']}"}, r.get("kind", kind or "count"), lang)
                 for r in g.to_dict("records")]
        fig.add_trace(go.Scatter(
            x=g["year"], y=g["value"], mode="lines+markers", name=str(series), hovertext=hover, hoverinfo="text",
            line={"color": (colors or {}).get(series), "width": 2.5}, connectgaps=False,
            marker={"size": 8, "symbol": ["circle-open" if n else "circle" for n in g.get("note", [""] * len(g))]}))
    if target is not None:
        fig.add_hline(y=target, line_dash="dot", line_color="#444444",
                      annotation_text=t("target", lang, target=fmt.metric_value(target, kind or "pct", None, lang)))
    fig.update_layout(title={"text": title, "font": {"size": 15}})
    fig.update_xaxes(dtick=1, tickformat="d")
    if kind == "pct":
        fig.update_yaxes(ticksuffix="%")
    return style(fig, lang)


def counts(frame: pd.DataFrame, lang: str, *, title: str, color: str, x: str = "label", y: str = "count",
           stack: str | None = None, colors: dict[str, str] | None = None, height: int | None = None,
           horizontal: bool = False) -> go.Figure:
    """Counts by a category (bars), optionally stacked by a second one. ``horizontal`` for long labels
    (units, fields): they stay readable on a phone."""
    fig = go.Figure()
    groups = [(None, frame)] if stack is None else list(frame.groupby(stack, sort=False))
    for name, g in groups:
        labels, values = g[x].astype(str), g[y]
        common = {"name": str(name) if name is not None else title,
                  "marker_color": color if name is None else (colors or {}).get(name)}
        if horizontal:
            fig.add_trace(go.Bar(y=labels, x=values, orientation="h", hovertemplate="%{y}: %{x}<extra></extra>",
                                 text=[fmt.number(v, lang, 0) for v in values] if stack is None else None,
                                 textposition="outside", cliponaxis=False, **common))
        else:
            fig.add_trace(go.Bar(x=labels, y=values, hovertemplate="%{x}: %{y}<extra></extra>",
                                 text=[fmt.number(v, lang, 0) for v in values] if stack is None else None,
                                 textposition="outside", cliponaxis=False, **common))
    fig.update_layout(title={"text": title, "font": {"size": 15}}, barmode="stack")
    totals = frame.groupby(x)[y].sum() if not frame.empty else pd.Series([0])
    step = max(1, math.ceil(float(totals.max() or 1) / 5))
    count_axis = {"tick0": 0, "dtick": step, "rangemode": "tozero"}
    if horizontal:
        fig.update_yaxes(type="category", autorange="reversed")
        fig.update_xaxes(**count_axis)
        height = height or max(260, 26 * frame[x].nunique() + 130)
    else:
        fig.update_xaxes(type="category")
        fig.update_yaxes(**count_axis)
        height = height or 320
    return style(fig, lang, height=height, legend=stack is not None)


def values(frame: pd.DataFrame, kind: str, color: str, lang: str, *, title: str) -> go.Figure:
    """A few figures side by side (``frame``: label, value), written the Vietnamese way."""
    fig = go.Figure(go.Bar(x=frame["label"], y=frame["value"], marker_color=color,
                           text=[fmt.metric_value(v, kind, None, lang) for v in frame["value"]],
                           textposition="outside", cliponaxis=False, hovertemplate="%{x}: %{text}<extra></extra>"))
    fig.update_layout(title={"text": title, "font": {"size": 15}})
    fig.update_xaxes(type="category")
    if kind == "pct":
        fig.update_yaxes(ticksuffix="%", range=[0, 110])
    return style(fig, lang, height=300, legend=False)


def plotly_config(name: str) -> dict[str, object]:
    """Plotly's own toolbar, with its PNG download named after what the chart shows."""
    return {"displaylogo": False, "toImageButtonOptions": {"format": "png", "filename": name, "scale": 2},
            "modeBarButtonsToRemove": ["lasso2d", "select2d"]}
