"""Chart builders are pure: DataFrame in, Plotly figure out."""

from __future__ import annotations

import math

import pandas as pd

from ui import charts


def rows():
    return pd.DataFrame({
        "label": ["Xã A", "Xã B", "Xã C"], "value": [97.5, None, 99.0], "qualifier": [None, None, ">"],
        "numerator": [195, None, None], "denominator": [200, None, None],
        "source_file": ["f.xlsx", None, "f.xlsx"], "source_sheet": ["S", None, "S"], "source_cell": ["E9", None, "E11"]})


def test_ranking_puts_the_best_on_top_and_the_missing_at_the_bottom_with_no_bar():
    fig = charts.ranking(rows(), "pct", "#C0392B", "vi", title="t", target=100, parent_value=98.0, parent_label="H")
    bar = fig.data[0]
    assert list(bar.y) == ["Xã B", "Xã A", "Xã C"]  # plotly draws the first row at the bottom
    assert bar.x[0] is None or (isinstance(bar.x[0], float) and math.isnan(bar.x[0]))
    assert list(bar.text) == ["Chưa báo cáo", "97,5%", "trên 99%"]
    assert "195/200" in bar.hovertext[1] and "f.xlsx" in bar.hovertext[1] and "E9" in bar.hovertext[1]
    assert fig.layout.separators == ",."


def test_english_separators():
    assert charts.ranking(rows(), "pct", "#000", "en", title="t").layout.separators == ".,"


def test_heatmap_leaves_missing_cells_empty():
    frame = pd.DataFrame({"label": ["Xã A", "Xã A", "Xã B"], "year": [2021, 2022, 2021], "value": [5, 7, 3]})
    fig = charts.heatmap(frame, "count", "vi", title="t", color="#123456")
    z = fig.data[0].z
    assert list(fig.data[0].y) == ["Xã B", "Xã A"]
    assert z[0][1] is None and list(z[1]) == [5.0, 7.0]


def test_trend_marks_computed_points():
    frame = pd.DataFrame({"series": ["H", "H"], "year": [2021, 2022], "value": [3.0, 4.0], "kind": "count",
                          "qualifier": [None, None], "numerator": [None, None], "denominator": [None, None],
                          "note": ["", "cộng từ đơn vị trực thuộc"]})
    fig = charts.trend(frame, "vi", title="t", kind="count")
    assert list(fig.data[0].marker.symbol) == ["circle", "circle-open"]
    assert "cộng từ đơn vị trực thuộc" in fig.data[0].hovertext[1]


def test_district_count_goes_in_the_title_not_on_the_communes_scale():
    frame = pd.DataFrame({"label": ["Xã A", "Xã B"], "value": [2.0, 1.0]})
    fig = charts.ranking(frame, "count", "#E69F00", "vi", title="Tập thể được khen", parent_value=20.0,
                         parent_label="Huyện Tháp Mười")
    assert fig.layout.title.text == "Tập thể được khen (Huyện Tháp Mười: 20)"
    assert not fig.layout.shapes
