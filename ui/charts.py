"""Chart builders: DataFrames in, Plotly figures out (pure, unit-tested). Vietnamese number formats
(decimal comma, thousands dot), one colour per metric family, target lines, and hover text that says the
value, n/N where known and where the number came from.

Figures are written as one dict and turned into a Figure once: Plotly's incremental API (update_layout,
add_vline...) validates the whole figure on every call, which cost ~50 ms a chart and broke the 300 ms
budget of a page with five charts. Plotly's validation of that dict (every property against its schema) is
still 2–3 ms a chart, so the dashboard skips it; the tests turn it on (``CAMPAIGN_CHECK_CHARTS=1``, set by
tests/conftest.py), so a wrong property name or value fails there.
"""

from __future__ import annotations

import copy
import functools
import math
import os
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from etl.reference.text import vi_key
from ui import fmt
from ui.i18n import t
from ui.safe import plain
from ui.scales import dot_range, is_narrow

FONT = "Source Sans Pro, Arial, sans-serif"
MISSING_COLOR = "#B0B0B0"
MISSING_CELL = "#D5D5D5"  # a heatmap's cell with nothing reported (its own legend entry)
RATE_TICKS = ".1f"  # a rate's axis written as every rate is: one decimal (99,0%), the page's separators
HEAT_LOW = 0.82  # the heatmap's lowest value: the family's colour mixed this much with white, still visible
GRID = "#EEEEEE"
LINE_COLOR = "#444444"
PARENT_COLOR = "#1B2631"
YEAR_BAND = "rgba(0, 0, 0, 0.07)"
# Plotly's toolbar sits in the top 28 px of every chart (on a phone it covers the whole width of a title once
# touched): titles start below it, on the left, and the plot below the title.
TOOLBAR_PX = 30
TITLE_PX = 22
TITLE_CHARS = 46  # a 15-px title line that fits a 390-px phone; longer titles break into two lines
LABEL_ROW_PX = 17  # one row of line labels (target, district) above the plot
LEGEND_GAP_PX = 38  # x axis labels (one line) between the plot and the legend
# Colour-blind-safe contrast hues (Okabe-Ito): the second family of a chart (proposed, maintained...) takes one
# that differs from the metric's colour in hue, not only in shade.
CONTRAST_BLUE = "#0072B2"
CONTRAST_VERMILLION = "#D55E00"


def _wrap(title: str, width: int = TITLE_CHARS) -> str:
    """A long title on as many lines as it needs (Plotly never wraps; a line longer than a phone is cut): each
    cut at the last " — " or space before ``width``."""
    if len(title) <= width:
        return title
    cut = title.rfind(" — ", 0, width + 1)  # "metric — unit, year": the unit and year on the next line
    if cut <= width // 2:
        cut = title.rfind(" ", 0, width)
    if cut <= 0:
        return title
    return title[:cut] + "<br>" + _wrap(title[cut + 1:], width)


def title_height(title: str) -> int:
    """Pixels the title block takes at the top, toolbar included."""
    return TOOLBAR_PX + TITLE_PX * (1 + _wrap(title).count("<br>")) + 6 if title else TOOLBAR_PX


def _figure(data: list[dict[str, Any]], layout: dict[str, Any], lang: str, height: int, legend: bool = True,
            title: str = "", top_extra: int = 0) -> go.Figure:
    """``top_extra``: pixels wanted between the title and the plot (labels of reference lines, a year)."""
    text = _wrap(plain(title))
    base = {
        # anchored on the plot's top edge, growing upwards: whatever the height and the lines, the top
        # TOOLBAR_PX stay free for the toolbar (a title anchored to the top of the figure ignores its padding
        # when it has two lines)
        "title": {"text": text, "font": {"size": 15}, "x": 0, "xref": "container", "xanchor": "left",
                  "y": 1, "yref": "paper", "yanchor": "bottom",
                  # plotly.js anchors a two-line title by its first line: the second hangs below the anchor
                  "pad": {"b": top_extra + 6 + TITLE_PX * text.count("<br>"), "l": 10}},
        "separators": ",." if lang == "vi" else ".,",
        "font": {"family": FONT, "size": 13},
        "height": height,
        "margin": {"l": 10, "r": 10, "t": title_height(text) + top_extra, "b": 10},
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0},
        "showlegend": legend,
        "hoverlabel": {"font": {"family": FONT}},
        "plot_bgcolor": "white",
        "modebar": {"orientation": "h", "bgcolor": "rgba(255, 255, 255, 0.85)"},
        "template": "none",
    }
    for axis in ("xaxis", "yaxis"):
        # numbers on an axis as in a table: "20.000", never Plotly's "20k" (separators give the "." and ",")
        base[axis] = {"gridcolor": GRID, "zeroline": False, "automargin": True, "exponentformat": "none",
                      "separatethousands": True, **layout.pop(axis, {})}
    margin = {**base["margin"], **layout.pop("margin", {})}
    # the legend starts a fixed distance below the plot, clear of the x axis' labels, whatever the height
    base["legend"]["y"] = -LEGEND_GAP_PX / max(height - margin["t"] - margin["b"], 100)
    figure = {"data": data, "layout": {**base, **layout, "margin": margin}}
    if os.environ.get("CAMPAIGN_CHECK_CHARTS") == "1":
        return Figure(figure)
    # what validation would change: keys set to None dropped, the template named replaced by its contents
    figure = _without_none(figure)
    figure["layout"]["template"] = _empty_template()
    return Figure(figure, _validate=False)


class Figure(go.Figure):
    """A Plotly figure whose ``to_dict`` (what st.plotly_chart and plotly.io.to_json serialise) is not a deep
    copy: Plotly copies every list of the figure again there, 20–40 ms for a heatmap of a province's communes
    over ten years, and the dict is only written out as JSON."""

    def to_dict(self) -> dict[str, Any]:
        return {"data": [dict(trace) for trace in self._data], "layout": dict(self._layout)}


def _without_none(value: Any) -> Any:
    """Dicts without their None values (a None in a list, a missing point, stays), recursively."""
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list) and value and isinstance(value[0], (dict, list)):  # traces, shapes, rows of z
        return [_without_none(v) for v in value]
    return value  # numbers or text: as they are


@functools.cache
def _template_json() -> dict[str, Any]:
    import plotly.io as pio

    return pio.templates["none"].to_plotly_json()


def _empty_template() -> dict[str, Any]:
    """The contents of Plotly's "none" template (what validation puts in place of its name), a copy each time."""
    return copy.deepcopy(_template_json())


def _rgb(color: str) -> tuple[int, int, int]:
    h = color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _mix(color: str, other: str, share: float) -> str:
    a, b = _rgb(color), _rgb(other)
    return "#" + "".join(f"{round(x + (y - x) * share):02X}" for x, y in zip(a, b, strict=True))


def shades(base: str, n: int) -> list[str]:
    """``n`` distinct shades of one colour: itself, darker, lighter, then further each way."""
    steps = [("#000000", 0.0), ("#000000", 0.38), ("#FFFFFF", 0.5), ("#000000", 0.6), ("#FFFFFF", 0.72)]
    out = [_mix(base, other, share) for other, share in steps[:n]]
    while len(out) < n:  # more than five series of one family: rarely; keep them distinct anyway
        out.append(_mix(base, "#FFFFFF", 0.15 + 0.1 * (len(out) - 5)))
    return out


def contrast_hue(base: str) -> str:
    r, g, b = _rgb(base)
    return CONTRAST_VERMILLION if b > r else CONTRAST_BLUE


def family_colors(names: list[str], base: str, secondary: Any = (), unknown: str | None = None) -> dict[str, str]:
    """A colour per series, all different: shades of ``base`` for the main family (commended, new...), shades
    of a contrasting hue for the ``secondary`` one (proposed, maintained...), grey for ``unknown``."""
    main = [n for n in names if n not in secondary and n != unknown]
    second = [n for n in names if n in secondary and n != unknown]
    colors = dict(zip(main, shades(base, len(main)), strict=True))
    colors.update(zip(second, shades(contrast_hue(base), len(second)), strict=True))
    if unknown in names:
        colors[unknown] = MISSING_COLOR
    return colors


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def hover_lines(row: dict[str, Any] | pd.Series, kind: str, lang: str) -> str:
    """Value, n/N, source: one hover text."""
    lines = [f"<b>{plain(row['label'])}</b>", fmt.metric_value(row["value"], kind, row.get("qualifier"), lang)]
    derived = fmt.derived_note(row, lang, long=True)  # a rate the unit did not type: "Tỷ lệ tính từ 230/232: …"
    if derived:
        lines.append(derived)
    elif _present(row.get("numerator")) and _present(row.get("denominator")):
        lines.append(f"{fmt.number(row['numerator'], lang, 0)}/{fmt.number(row['denominator'], lang, 0)}")
    if isinstance(row.get("source_file"), str):
        lines.append(t("source", lang, file=plain(row["source_file"]), sheet=plain(row.get("source_sheet", "")),
                       cell=plain(fmt.cell_place(row["source_file"], row.get("source_cell", ""), lang))))
    if isinstance(row.get("note"), str) and row["note"]:
        lines.append(row["note"])
    return "<br>".join(lines)


def _vline(x: float, text: str, dash: str, color: str, row: int, right: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """A reference line over the plot and its label above the plot, in label row ``row`` (0 next to the plot):
    two lines never put their labels on the same row, so the labels never overlap, and the bars' value labels
    (in their own column, see ``ranking``) never meet a line."""
    shape = {"type": "line", "xref": "x", "yref": "paper", "x0": x, "x1": x, "y0": 0, "y1": 1, "layer": "above",
             "line": {"dash": dash, "color": color, "width": 2}}
    note = {"xref": "x", "yref": "paper", "x": x, "y": 1.0, "yshift": row * LABEL_ROW_PX, "text": text,
            "showarrow": False, "xanchor": "right" if right else "left", "yanchor": "bottom",
            "font": {"size": 12, "color": color}}
    return shape, note


def ranking(frame: pd.DataFrame, kind: str, color: str, lang: str, *, title: str, target: float | None = None,
            parent_value: float | None = None, parent_label: str = "", parent_qualifier: str | None = None,
            ) -> go.Figure:
    """Units ranked on one metric (horizontal bars, best on top). ``frame``: label, value, qualifier,
    numerator, denominator, source_file, source_sheet, source_cell. Units with no value are listed as
    "chưa báo cáo" at the bottom, with no bar (missing is not zero). The district's figure is a line for a
    rate; for a count (the sum of its units, on another scale) it is given in the title.

    With a target or district line, the value labels stand in a column right of the longest bar and of every
    line (the x axis is widened for it), so no line runs through a label; the lines' own labels sit above the
    plot, one row each."""
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
    labels = [plain(r["label"]) for r in records]
    present = data.loc[~data["missing"], "value"].astype(float)
    dots = is_narrow(present)  # a narrow band: a dot a unit on a labelled axis, not bars on a cut axis
    bar = {"type": "bar", "orientation": "h", "y": labels,
           "x": [None if r["missing"] else float(r["value"]) for r in records],
           "marker": {"color": [MISSING_COLOR if r["missing"] else color for r in records],
                      "pattern": {"shape": ["/" if a else "" for a in approx], "fillmode": "overlay"}},
           "text": texts, "textposition": "outside", "cliponaxis": False, "hovertext": hover, "hoverinfo": "text",
           "name": title, "opacity": 0.85}
    lines: list[tuple[float, str, str, str]] = []  # x, label, dash, colour
    if target is not None:
        lines.append((float(target), t("target", lang, target=fmt.metric_value(target, kind, None, lang)), "dot",
                      LINE_COLOR))
    if parent_value is not None:
        parent_text = f"{plain(parent_label)}: {fmt.metric_value(parent_value, kind, parent_qualifier, lang)}"
        if kind == "pct":  # a rate of the district sits on the communes' scale
            lines.append((float(parent_value), parent_text, "dash", PARENT_COLOR))
        else:  # a count of the district is the sum of its units: said in the title, not drawn on their scale
            title = f"{title} ({parent_text})"
    low = 0.0  # bars start at zero: a bar's length is its value
    top = max([*present.tolist(), *(x for x, *_ in lines), 0.0])
    if kind == "pct":
        top = max(top, 100.0)
    if dots:
        low, top = dot_range(present, [x for x, *_ in lines], kind)
        bar = {"type": "scatter", "mode": "markers", "y": labels, "x": bar["x"], "hovertext": hover,
               "hoverinfo": "text", "name": title, "cliponaxis": False,
               "marker": {"color": color, "size": 13, "line": {"color": "white", "width": 1},
                          "symbol": ["circle-open" if a else "circle" for a in approx]}}
    shapes, notes, traces = [], [], [bar]
    layout: dict[str, Any] = {"yaxis": {"type": "category"}, "margin": {"b": 40}}
    if dots:  # a light line a row, as the dot plot reads; the axis says where it starts
        layout["yaxis"].update(showgrid=True, gridcolor=GRID)
        layout["xaxis"] = {"title": {"text": t("dot_axis", lang, low=fmt.metric_value(low, kind, None, lang)),
                                     "font": {"size": 12}}}
    if lines or dots:
        # the farther right a line, the higher its label's row: labels anchored on their line's right end
        # (lines in the right half) then never overlap, whatever the two values
        span = (top - low) or 1.0
        for row, (x, text, dash, line_color) in enumerate(sorted(lines, key=lambda item: item[0])):
            shape, note = _vline(x, text, dash, line_color, row, right=(x - low) > span / 2)
            shapes.append(shape)
            notes.append(note)
        edge = top + span * 0.03
        if not dots:
            bar["textposition"] = "none"  # drawn in the column instead
        traces.append({"type": "scatter", "mode": "text", "x": [edge] * len(records), "y": labels, "text": texts,
                       "textposition": "middle right", "cliponaxis": False, "hoverinfo": "skip",
                       "showlegend": False, "textfont": {"size": 12}})
        # the last ~30% of the axis holds the labels
        layout["xaxis"] = {**layout.get("xaxis", {}), "range": [low, edge + span * 0.42]}
    elif kind == "pct":
        layout["xaxis"] = {"range": [0, 105]}
    else:
        layout["xaxis"] = {"rangemode": "tozero"}
    if kind == "pct":
        layout.setdefault("xaxis", {}).update(ticksuffix="%", tickformat=RATE_TICKS)
        if lines or dots:
            step = 1 if top - low <= 8 else 5 if top - low <= 30 else 10
            ticks = [v for v in range(0, 101, step) if low <= v <= top]
            # written out: plotly.js leaves the suffix off ticks given as values
            layout["xaxis"].update(tickvals=ticks, ticktext=[fmt.pct(v, lang) for v in ticks])
    layout.update(shapes=shapes, annotations=notes)
    return _figure(traces, layout, lang, max(320, 28 * len(data) + 130 + LABEL_ROW_PX * len(lines)), legend=False,
                   title=title, top_extra=LABEL_ROW_PX * len(lines))


PHONE_YEARS = 6  # a heatmap on a phone: the latest six years, their labels readable (11 px), the years on top


def heatmap(frame: pd.DataFrame, kind: str, lang: str, *, title: str, color: str, phone: bool = False) -> go.Figure:
    """Units × years. ``frame``: label, year, value (and ``approx``: "≈" before an estimated value).
    Missing cells stay empty, never 0. The colour scale is a horizontal bar under the chart (it would take a
    third of a phone's width at the side), titled with the unit. ``phone``: the latest ``PHONE_YEARS`` years
    only, figures at 11 px (nine years on a phone wrote "95,4%95,9%96,5%…" at 5 px), the years at the top."""
    pivot = frame.pivot_table(index="label", columns="year", values="value", aggfunc="first")
    if phone and len(pivot.columns) > PHONE_YEARS:
        pivot = pivot[sorted(pivot.columns)[-PHONE_YEARS:]]
        title = t("chart_latest_years", lang, title=title, n=PHONE_YEARS)
    # the first unit at the top (a heatmap's first row is its bottom one), in Vietnamese order as the filters
    # list them: "Xã Đông Hòa" after "Xã Dương Hòa", not after "Xã Yên Phú"
    pivot = pivot.iloc[sorted(range(len(pivot)), key=lambda i: vi_key(pivot.index[i]), reverse=True)]
    approx = set()
    if "approx" in frame:
        approx = {(r["label"], r["year"]) for r in frame[frame["approx"].fillna(False).astype(bool)].to_dict("records")}
    # the few cells typed with a bound ("trên 98%") keep it; a rate made from counts says so in its hover
    bounded = ({(r["label"], r["year"]): r["qualifier"] for r in frame[frame["qualifier"].notna()].to_dict("records")}
               if "qualifier" in frame else {})
    derived = ({(r["label"], r["year"]): fmt.derived_note(r, lang)
                for r in frame[frame["derived"].fillna(False).astype(bool)].to_dict("records")}
               if "derived" in frame else {})
    shown: dict[tuple[float, object], str] = {}  # each distinct value written once (communes × years: 2,000 cells)

    def cell_text(v: float, qualifier: object = None) -> str:
        if (v, qualifier) not in shown:
            shown[v, qualifier] = fmt.metric_value(v, kind, qualifier, lang)
        return shown[v, qualifier]

    text = [[("≈ " if (label, year) in approx else "") + cell_text(v, bounded.get((label, year))) if pd.notna(v)
             else "" for year, v in zip(pivot.columns, row, strict=True)]
            for label, row in zip(pivot.index, pivot.values, strict=True)]
    z = [[None if pd.isna(v) else float(v) for v in row] for row in pivot.values]
    colorbar = {"orientation": "h", "xref": "container", "x": 0.02, "xanchor": "left", "yref": "container", "y": 0,
                "yanchor": "bottom", "ypad": 6, "lenmode": "pixels", "len": 200, "thickness": 10, "outlinewidth": 0,
                "title": {"text": t("chart_scale_pct" if kind == "pct" else "chart_scale_count", lang),
                          "side": "right", "font": {"size": 12}},
                "tickfont": {"size": 11}, "ticksuffix": "%" if kind == "pct" else "",
                **({"tickformat": RATE_TICKS} if kind == "pct" else {})}
    cells = [v for row in z for v in row if v is not None]
    if kind != "pct" and cells:  # whole numbers on the scale of a count: 14, 15, 16, not 14,5
        colorbar.update(tick0=0, dtick=max(1, math.ceil((max(cells) - min(cells)) / 4)))
    xs_all, ys_all = [str(c) for c in pivot.columns], [plain(v) for v in pivot.index]
    # the lowest value a visible tint of the family's colour, never the white of the page; a cell with nothing
    # reported is grey, with its own entry beside the scale ("chưa báo cáo" is not the lowest value)
    trace = {"type": "heatmap", "z": z, "x": xs_all, "y": ys_all, "text": text,
             "texttemplate": "%{text}", "colorscale": [[0, _mix(color, "#FFFFFF", HEAT_LOW)], [1, color]],
             "hoverongaps": False, "showscale": True, "colorbar": colorbar, "hoverinfo": "skip", "showlegend": False}
    gaps = [[1.0 if v is None else None for v in row] for row in z]
    traces: list[dict[str, Any]] = []
    layout: dict[str, Any] = {"xaxis": {"type": "category"}, "margin": {"b": 84}}
    if phone:
        trace["textfont"] = {"size": 11}
        layout["xaxis"].update(side="top", tickfont={"size": 12})
        layout["yaxis"] = {"tickfont": {"size": 11}}
    if any(v is not None for row in gaps for v in row):
        traces.append({"type": "heatmap", "z": gaps, "x": xs_all, "y": ys_all, "showscale": False,
                       "colorscale": [[0, MISSING_CELL], [1, MISSING_CELL]], "hoverinfo": "skip", "xgap": 1,
                       "ygap": 1, "showlegend": False})
        traces.append({"type": "scatter", "mode": "markers", "x": [None], "y": [None], "showlegend": True,
                       "name": t("not_reported_legend", lang), "hoverinfo": "skip",
                       "marker": {"symbol": "square", "size": 13, "color": MISSING_CELL}})
        layout["legend"] = {"orientation": "h", "xref": "container", "x": 0.98, "xanchor": "right",
                            "yref": "container", "y": 0, "yanchor": "bottom", "font": {"size": 12}}
    # Plotly cannot select a heatmap cell; an invisible marker at each filled cell carries the hover and the
    # click (Streamlit's selection events), so a click on a cell opens that unit and year.
    xs, ys, tips = [], [], []
    for label, row_text in zip(pivot.index, text, strict=True):
        for year, cell in zip(pivot.columns, row_text, strict=True):
            if cell:
                xs.append(str(year))
                ys.append(plain(label))
                note = derived.get((label, year))
                tips.append(f"{plain(label)} — {year}: {cell}" + (f" ({note})" if note else ""))
    cells_trace = {"type": "scatter", "mode": "markers", "x": xs, "y": ys, "hovertext": tips, "hoverinfo": "text",
                   "marker": {"symbol": "square", "size": 22, "opacity": 0}, "showlegend": False, "name": ""}
    traces = [trace, *traces[:1], cells_trace, *traces[1:]]  # the values first, the clickable cells on top
    return _figure(traces, layout, lang, max(300, 26 * len(pivot) + 190), legend=len(traces) > 2, title=title,
                   top_extra=22 if phone else 0)  # the years on top of a phone's heatmap, under the title


def _year_mark(year: int, lang: str) -> tuple[dict[str, Any], dict[str, Any]]:
    band = {"type": "rect", "xref": "x", "yref": "paper", "x0": year - 0.4, "x1": year + 0.4, "y0": 0, "y1": 1,
            "fillcolor": YEAR_BAND, "line": {"width": 0}, "layer": "below"}
    note = {"xref": "x", "yref": "paper", "x": year, "y": 1, "yanchor": "bottom", "showarrow": False,
            "text": t("chart_year_mark", lang, year=year), "font": {"size": 11, "color": "#555555"}}
    return band, note


# what a trend's lines and hover texts read of its frame (a frame of facts has twenty columns more)
_TREND_COLUMNS = ["series", "year", "value", "kind", "qualifier", "numerator", "denominator", "source_file",
                  "source_sheet", "source_cell", "note", "approx", "derived"]


def trend(frame: pd.DataFrame, lang: str, *, title: str, kind: str | None = None,
          colors: dict[str, str] | None = None, target: float | None = None, year: int | None = None,
          apart: Any = (), height: int | None = None) -> go.Figure:
    """Lines over the years, one per series. ``frame``: series, year, value, kind, qualifier, numerator,
    denominator, source_*, note (hover); a point with ``approx`` (or, without that column, with a note) is drawn
    as an open marker. ``year``: the year chosen in the sidebar, a light band. ``apart``: series (a district
    beside its communes) drawn on a panel of their own above the others when the metric is a count, so the
    communes' small numbers are not flattened by the district's sum; rates share one scale. ``height``: of
    the figure (100 px more with two panels)."""
    rows = frame[[c for c in _TREND_COLUMNS if c in frame.columns]].to_dict("records") if not frame.empty else []
    return trend_rows(rows, lang, title=title, kind=kind, colors=colors, target=target, year=year, apart=apart,
                      height=height)


def trend_rows(rows: list[dict[str, Any]], lang: str, *, title: str, kind: str | None = None,
               colors: dict[str, str] | None = None, target: float | None = None, year: int | None = None,
               apart: Any = (), height: int | None = None) -> go.Figure:
    """``trend`` of rows already read out of their frame (dicts with ``trend``'s columns), in the frame's order."""
    present = {r["series"] for r in rows}
    on_top = {s for s in apart if s in present}
    split = kind != "pct" and bool(on_top) and bool(present - on_top)
    traces = []
    by_series: dict[Any, list[dict[str, Any]]] = {}  # the records of each series, in order of appearance
    for r in rows:
        by_series.setdefault(r["series"], []).append(r)
    for series, records in by_series.items():
        records.sort(key=lambda r: r["year"])
        hover = [hover_lines({**r, "label": f"{series} — {r['year']}"}, r.get("kind") or kind or "count", lang)
                 for r in records]
        traces.append({
            "type": "scatter", "mode": "lines+markers", "name": plain(series),
            "x": [int(r["year"]) for r in records], "y": [None if pd.isna(r["value"]) else float(r["value"])
                                                          for r in records],
            "hovertext": hover, "hoverinfo": "text", "connectgaps": False,
            "line": {"color": (colors or {}).get(series), "width": 2.5},
            "marker": {"size": 8, "symbol": ["circle-open" if r.get("approx", bool(r.get("note"))) else "circle"
                                             for r in records]},
            **({"yaxis": "y2"} if split and series in on_top else {})})
    years = sorted({int(r["year"]) for r in rows}) or [0]
    # every year when they fit, every other one across ten years (readable on a 390-px phone)
    layout: dict[str, Any] = {"xaxis": {"tick0": years[0], "dtick": 1 if len(years) <= 6 else 2, "tickformat": "d"}}
    if kind == "pct":
        layout["yaxis"] = {"ticksuffix": "%", "tickformat": RATE_TICKS}
    shapes: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    height = height or 420
    if split:  # the district (its own scale) above, the units within below, one x axis
        axis_title = {"font": {"size": 12}, "standoff": 4}
        layout["yaxis"] = {**layout.get("yaxis", {}), "domain": [0, 0.56], "rangemode": "tozero",
                           "title": {**axis_title, "text": t("chart_panel_units", lang)}}
        layout["yaxis2"] = {"domain": [0.68, 1], "anchor": "x", "rangemode": "tozero", "gridcolor": GRID,
                            "zeroline": False, "automargin": True, "exponentformat": "none", "separatethousands": True,
                            "title": {**axis_title, "text": plain(", ".join(sorted(on_top)))}}
        layout["xaxis"]["anchor"] = "y"
        height += 100
    if target is not None:
        shapes.append({"type": "line", "xref": "paper", "yref": "y", "x0": 0, "x1": 1, "y0": target,
                       "y1": target, "line": {"dash": "dot", "color": LINE_COLOR, "width": 2}})
        notes.append({"xref": "paper", "yref": "y", "x": 1, "y": target, "xanchor": "right",
                      "yanchor": "bottom", "showarrow": False, "font": {"size": 12, "color": LINE_COLOR},
                      "text": t("target", lang, target=fmt.metric_value(target, kind or "pct", None, lang))})
    if year is not None:
        band, note = _year_mark(int(year), lang)
        shapes.append(band)
        notes.append(note)
    if shapes:
        layout["shapes"], layout["annotations"] = shapes, notes
    return _figure(traces, layout, lang, height, title=title, top_extra=LABEL_ROW_PX if year is not None else 0)


def counts(frame: pd.DataFrame, lang: str, *, title: str, color: str, x: str = "label", y: str = "count",
           stack: str | None = None, colors: dict[str, str] | None = None, height: int | None = None,
           horizontal: bool = False, secondary: Any = ()) -> go.Figure:
    """Counts by a category (bars), optionally stacked by a second one. ``horizontal`` for long labels
    (units, fields): they stay readable on a phone. Every stacked series has a colour of its own (shades of
    ``color``; those in ``secondary``, e.g. the proposed beside the commended, shades of a contrasting hue;
    "Không rõ" grey), unless ``colors`` names one; bars whose category is in ``secondary`` are hatched."""
    groups = [(None, frame)] if stack is None else list(frame.groupby(stack, sort=False))
    names = [name for name, _ in groups if name is not None]
    palette = {**family_colors(names, color, secondary, t("unknown", lang)), **(colors or {})}
    traces = []
    for name, g in groups:
        labels, values = [plain(v) for v in g[x]], [float(v) for v in g[y]]
        marker: dict[str, Any] = {"color": color if name is None else palette.get(name)}
        if any(v in secondary for v in g[x]):
            marker["pattern"] = {"shape": ["/" if v in secondary else "" for v in g[x]], "fillmode": "overlay",
                                 "fgcolor": "#FFFFFF", "fgopacity": 0.7}
        trace: dict[str, Any] = {
            "type": "bar", "name": plain(name) if name is not None else plain(title),
            "marker": marker, "textposition": "outside", "cliponaxis": False}
        if stack is None:
            trace["text"] = [fmt.number(v, lang, 0) for v in values]
        if horizontal:
            trace.update(orientation="h", y=labels, x=values, hovertemplate="%{y}: %{x:,}<extra></extra>")
        else:
            trace.update(x=labels, y=values, hovertemplate="%{x}: %{y:,}<extra></extra>")
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
    return _figure(traces, layout, lang, height + (40 if stack is not None else 0), legend=stack is not None,
                   title=title)


def values(frame: pd.DataFrame, kind: str, color: str, lang: str, *, title: str) -> go.Figure:
    """A few figures side by side (``frame``: label, value, and a qualifier when it has one: "trên 98,0%"),
    written the Vietnamese way."""
    quals = list(frame["qualifier"]) if "qualifier" in frame.columns else [None] * len(frame)
    trace = {"type": "bar", "x": [plain(v) for v in frame["label"]], "y": [float(v) for v in frame["value"]],
             "marker": {"color": color}, "text": [fmt.metric_value(v, kind, None if pd.isna(q) else q, lang)
                                                  for v, q in zip(frame["value"], quals, strict=True)],
             "textposition": "outside", "cliponaxis": False, "hovertemplate": "%{x}: %{text}<extra></extra>"}
    layout: dict[str, Any] = {"xaxis": {"type": "category"}}
    if kind == "pct":
        layout["yaxis"] = {"ticksuffix": "%", "tickformat": RATE_TICKS, "range": [0, 110]}
    return _figure([trace], layout, lang, 300, legend=False, title=title)


# Plotly's own texts (toolbar tooltips, download messages, date names) in Vietnamese. Streamlit's plotly.js
# 3.8.2 registers only the "en" and "en-US" locales, but plotly.js looks a locale up in config["locales"]
# before its registry, so the dictionary travels with each chart's config.
VI_PLOTLY = {
    "dictionary": {
        "Autoscale": "Tự co giãn", "Box Select": "Chọn vùng chữ nhật", "Lasso Select": "Chọn vùng tự do",
        "Compare data on hover": "So sánh số liệu khi di chuột", "Show closest data on hover":
            "Hiện số liệu gần nhất khi di chuột", "Toggle show closest data on hover":
            "Bật/tắt số liệu gần nhất khi di chuột", "Toggle Spike Lines": "Bật/tắt đường gióng",
        "Double-click on legend to isolate one trace": "Bấm đúp vào chú giải để chỉ xem một đường",
        "Double-click to zoom back out": "Bấm đúp để thu nhỏ lại",
        "Download plot": "Tải biểu đồ", "Download plot as a PNG": "Tải biểu đồ (ảnh PNG)",
        "Download plot as JSON": "Tải biểu đồ (JSON)",
        "Preparing image - this may take a few seconds": "Đang tạo ảnh, xin chờ vài giây",
        "Image download succeeded": "Đã tải ảnh xong",
        "Sorry, there was a problem downloading your image!": "Không tải được ảnh, xin thử lại.",
        "Pan": "Kéo biểu đồ", "Zoom": "Phóng to vùng chọn", "Zoom in": "Phóng to", "Zoom out": "Thu nhỏ",
        "Reset": "Về ban đầu", "Reset axes": "Về ban đầu", "Reset view": "Về ban đầu", "Reset views": "Về ban đầu",
        "Cancel": "Hủy", "trace": "chuỗi", "new text": "chữ mới",
    },
    "format": {
        "days": ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"],
        "shortDays": ["CN", "T2", "T3", "T4", "T5", "T6", "T7"],
        "months": [f"tháng {m}" for m in range(1, 13)], "shortMonths": [f"th{m}" for m in range(1, 13)],
        "date": "%d/%m/%Y", "decimal": ",", "thousands": ".",
    },
}


def plotly_config(name: str, lang: str = "vi") -> dict[str, object]:
    """Plotly's own toolbar, with its PNG download named after what the chart shows, its tooltips in the
    reader's language, and only the buttons worth their width on a phone (download, zoom, pan, reset)."""
    config: dict[str, object] = {
        "displaylogo": False, "toImageButtonOptions": {"format": "png", "filename": name, "scale": 2},
        "modeBarButtonsToRemove": ["lasso2d", "select2d", "zoomIn2d", "zoomOut2d", "autoScale2d"]}
    if lang == "vi":
        config.update(locale="vi", locales={"vi": VI_PLOTLY})
    return config
