"""Chart builders are pure: DataFrame in, Plotly figure out."""

from __future__ import annotations

import math

import pandas as pd

from ui import charts


def rows(low: float = 97.5):
    return pd.DataFrame({
        "label": ["Xã A", "Xã B", "Xã C"], "value": [low, None, 99.0], "qualifier": [None, None, ">"],
        "numerator": [195, None, None], "denominator": [200, None, None],
        "source_file": ["f.xlsx", None, "f.xlsx"], "source_sheet": ["S", None, "S"], "source_cell": ["E9", None, "E11"]})


def test_ranking_puts_the_best_on_top_and_the_missing_at_the_bottom_with_no_bar():
    fig = charts.ranking(rows(45.0), "pct", "#C0392B", "vi", title="t")
    bar = fig.data[0]
    assert bar.type == "bar" and list(bar.y) == ["Xã B", "Xã A", "Xã C"]  # plotly draws the first row at the bottom
    assert bar.x[0] is None or (isinstance(bar.x[0], float) and math.isnan(bar.x[0]))
    assert list(bar.text) == ["Chưa báo cáo", "45,0%", "trên 99,0%"]
    assert "195/200" in bar.hovertext[1] and "f.xlsx" in bar.hovertext[1] and "E9" in bar.hovertext[1]
    assert fig.layout.separators == ",."
    assert list(fig.layout.xaxis.range) == [0, 105]  # bars start at zero: a bar's length is its value


def test_values_in_a_narrow_band_are_dots_on_a_labelled_axis_never_bars_on_a_cut_one():
    fig = charts.ranking(rows(97.5), "pct", "#C0392B", "vi", title="t", target=100, parent_value=98.0,
                         parent_label="H")
    dots, labels = fig.data
    assert dots.type == "scatter" and dots.mode == "markers" and list(dots.x)[1:] == [97.5, 99.0]
    assert list(labels.text) == ["Chưa báo cáo", "97,5%", "trên 99,0%"]  # the values written in a column
    assert fig.layout.xaxis.range[0] == 96 and "trục bắt đầu từ 96,0%" in fig.layout.xaxis.title.text
    assert list(fig.layout.xaxis.ticktext) == ["96,0%", "97,0%", "98,0%", "99,0%", "100,0%"]
    assert "195/200" in dots.hovertext[1]
    wide = charts.ranking(rows(60.0), "pct", "#C0392B", "vi", title="t", target=100)
    assert wide.data[0].type == "bar" and wide.layout.xaxis.range[0] == 0


def test_a_count_ranking_starts_at_zero():
    frame = rows(3.0).assign(value=[3.0, None, 12.0], qualifier=None)
    fig = charts.ranking(frame, "count", "#C0392B", "vi", title="t")
    assert fig.data[0].type == "bar" and fig.layout.xaxis.rangemode == "tozero"


def test_english_separators():
    assert charts.ranking(rows(), "pct", "#000", "en", title="t").layout.separators == ".,"


def test_heatmap_leaves_missing_cells_empty():
    frame = pd.DataFrame({"label": ["Xã A", "Xã A", "Xã B"], "year": [2021, 2022, 2021], "value": [5, 7, 3]})
    fig = charts.heatmap(frame, "count", "vi", title="t", color="#123456")
    z = fig.data[0].z
    assert list(fig.data[0].y) == ["Xã B", "Xã A"]
    assert z[0][1] is None and list(z[1]) == [5.0, 7.0]


def test_heatmap_lists_units_in_vietnamese_order_from_the_top():
    names = ["Xã Yên Phú", "Xã Đông Hòa", "Xã Dương Hòa", "Xã Ân Tín", "Xã An Lạc", "Phường 10", "Phường 2"]
    frame = pd.DataFrame({"label": names, "year": 2023, "value": range(len(names))})
    rows_ = list(charts.heatmap(frame, "count", "vi", title="t", color="#123456").data[0].y)
    # plotly draws the first row at the bottom: read from the top, A Ă Â … D Đ …, numbers by value
    assert rows_[::-1] == ["Phường 2", "Phường 10", "Xã An Lạc", "Xã Ân Tín", "Xã Dương Hòa", "Xã Đông Hòa",
                           "Xã Yên Phú"]


def test_axes_write_numbers_in_full_with_vietnamese_thousands():
    frame = pd.DataFrame({"label": ["Xã A", "Xã B"], "count": [20000, 1500]})
    fig = charts.counts(frame, "vi", title="t", color="#123456")
    assert fig.layout.yaxis.exponentformat == "none" and fig.layout.yaxis.separatethousands  # "20.000", not "20k"
    assert fig.layout.separators == ",." and ":," in fig.data[0].hovertemplate


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


def commend_counts():
    return pd.DataFrame({"year": [2021, 2021, 2021, 2022, 2022, 2022],
                         "level_label": ["Cấp huyện", "Cấp tỉnh", "Đề nghị cấp tỉnh", "Cấp huyện", "Đề nghị cấp tỉnh",
                                         "Không rõ"],
                         "count": [5, 2, 3, 4, 1, 1]})


def test_stacked_series_get_distinct_colours_and_the_proposed_a_contrasting_hue():
    fig = charts.counts(commend_counts(), "vi", title="t", color="#E69F00", x="year", stack="level_label",
                        secondary={"Đề nghị cấp tỉnh"})
    colors = {tr.name: tr.marker.color for tr in fig.data}
    assert len(set(colors.values())) == len(colors) == 4  # pairwise different
    assert colors["Cấp huyện"] == "#E69F00" and colors["Cấp tỉnh"] != "#E69F00"
    assert colors["Đề nghị cấp tỉnh"] == charts.CONTRAST_BLUE  # another hue, not just a shade
    assert colors["Không rõ"] == charts.MISSING_COLOR
    assert fig.layout.showlegend is True


def test_stacked_series_without_colours_no_longer_share_one():
    fig = charts.counts(commend_counts(), "vi", title="t", color="#E69F00", x="year", stack="level_label")
    assert len({tr.marker.color for tr in fig.data}) == 4 and all(tr.marker.color for tr in fig.data)


def test_proposed_categories_are_hatched_and_named_colours_kept():
    frame = pd.DataFrame({"label": ["Cấp huyện", "Đề nghị cấp tỉnh", "Cấp huyện"],
                          "kind_label": ["Tập thể", "Tập thể", "Cá nhân"], "count": [3, 2, 1]})
    fig = charts.counts(frame, "vi", title="t", color="#E69F00", stack="kind_label", horizontal=True,
                        colors={"Tập thể": "#E69F00", "Cá nhân": "#8E44AD"}, secondary={"Đề nghị cấp tỉnh"})
    collective = next(tr for tr in fig.data if tr.name == "Tập thể")
    assert list(collective.marker.pattern.shape) == ["", "/"]
    assert {tr.marker.color for tr in fig.data} == {"#E69F00", "#8E44AD"}


def test_heatmap_has_a_horizontal_colour_bar_with_the_unit():
    frame = pd.DataFrame({"label": ["Xã A", "Xã A", "Xã B"], "year": [2021, 2022, 2021], "value": [95.0, 97, 99]})
    trace = charts.heatmap(frame, "pct", "vi", title="t", color="#123456").data[0]
    assert trace.showscale is True and trace.colorbar.orientation == "h"
    assert trace.colorbar.title.text == "Tỷ lệ (%)" and trace.colorbar.ticksuffix == "%"
    counts = charts.heatmap(frame, "count", "vi", title="t", color="#123456").data[0]
    assert counts.colorbar.title.text == "Số lượng"
    assert counts.colorbar.dtick == 1  # 95 to 99: whole steps, no 95,5


def trend_frame(series_values):
    rows = [{"series": s, "year": y, "value": v, "kind": "count", "qualifier": None, "numerator": None,
             "denominator": None, "note": ""} for s, values in series_values.items() for y, v in values.items()]
    return pd.DataFrame(rows)


def test_trend_marks_the_chosen_year():
    frame = trend_frame({"H": {2020: 1.0, 2021: 2.0, 2022: 3.0}})
    fig = charts.trend(frame, "vi", title="t", kind="count", year=2021)
    band = fig.layout.shapes[0]
    assert band.type == "rect" and band.x0 < 2021 < band.x1 and band.yref == "paper"
    assert fig.layout.annotations[0].text == "Năm 2021" and fig.layout.annotations[0].x == 2021
    assert not charts.trend(frame, "vi", title="t", kind="count").layout.shapes


def test_count_trend_puts_the_district_on_its_own_panel():
    frame = trend_frame({"Huyện H": {2021: 80.0, 2022: 84.0}, "Xã A": {2021: 6.0, 2022: 7.0},
                         "Xã B": {2021: 5.0, 2022: 4.0}})
    fig = charts.trend(frame, "vi", title="t", kind="count", apart={"Huyện H"})
    axes = {tr.name: tr.yaxis for tr in fig.data}
    assert axes["Huyện H"] == "y2" and axes["Xã A"] in (None, "y") and axes["Xã B"] in (None, "y")
    top, bottom = fig.layout.yaxis2.domain, fig.layout.yaxis.domain
    assert bottom[1] < top[0]  # two panels, one above the other, not overlapping
    assert "Huyện H" in fig.layout.yaxis2.title.text
    rates = charts.trend(frame.assign(kind="pct"), "vi", title="t", kind="pct", apart={"Huyện H"})
    assert all(tr.yaxis in (None, "y") for tr in rates.data) and "yaxis2" not in rates.to_plotly_json()["layout"]


def test_ranking_labels_stand_clear_of_the_lines_and_of_each_other():
    fig = charts.ranking(rows(45.0), "pct", "#C0392B", "vi", title="t", target=100, parent_value=98.0,
                         parent_label="H")
    bar, labels = fig.data
    assert bar.textposition == "none" and list(labels.text) == ["Chưa báo cáo", "45,0%", "trên 99,0%"]
    column = labels.x[0]
    assert column > 100 and column > max(x for x in bar.x if x is not None)  # right of every bar and line
    assert labels.textposition == "middle right" and fig.layout.xaxis.range[1] > column + 5  # room to write
    target, parent = sorted(fig.layout.annotations, key=lambda a: a.x, reverse=True)
    assert target.yshift != parent.yshift  # two rows: never on top of each other
    assert all(a.y == 1 and a.yanchor == "bottom" for a in fig.layout.annotations)  # above the plot
    assert fig.layout.margin.t >= charts.title_height("t") + 2 * charts.LABEL_ROW_PX


def test_titles_start_below_the_toolbar_and_wrap_on_a_phone():
    fig = charts.values(pd.DataFrame({"label": ["a"], "value": [1.0]}), "count", "#000", "vi",
                        title="Tỷ lệ đảng viên đăng ký học tập và làm theo Bác — Huyện Cầu Ngang, 2022")
    assert fig.layout.title.yanchor == "bottom" and fig.layout.title.xanchor == "left"
    assert "<br>" in fig.layout.title.text
    assert fig.layout.margin.t >= charts.TOOLBAR_PX + 2 * charts.TITLE_PX


def test_plotly_speaks_vietnamese():
    config = charts.plotly_config("x")
    assert config["locale"] == "vi"
    assert config["locales"]["vi"]["dictionary"]["Download plot as a PNG"].startswith("Tải")
    assert "locale" not in charts.plotly_config("x", "en")


def test_the_legend_stays_below_the_axis_labels_on_a_short_chart():
    frame = trend_frame({"H": {2020: 1.0, 2021: 2.0}})
    short = charts.trend(frame, "vi", title="t", kind="count", year=2021, height=300)
    plot_px = 300 - short.layout.margin.t - short.layout.margin.b
    assert short.layout.height == 300 and -short.layout.legend.y * plot_px >= 30


def test_figures_skip_plotlys_validation_in_the_dashboard_and_keep_it_in_the_tests(monkeypatch):
    """ui.charts._figure: unvalidated in the dashboard (2–3 ms a chart) with the same JSON as validated; the
    tests validate (conftest sets CAMPAIGN_CHECK_CHARTS), so a property Plotly does not know fails here."""
    import json

    import plotly.io as pio
    import pytest

    frame = pd.DataFrame({"series": ["H", "H", "X"], "year": [2021, 2022, 2022], "value": [98.5, None, 97.0],
                          "kind": "pct", "qualifier": [None, None, ">"], "numerator": [None] * 3,
                          "denominator": [None] * 3, "note": ""})
    checked = charts.trend(frame, "vi", title="Tỷ lệ — Huyện A", kind="pct", target=100, year=2022)
    with pytest.raises(ValueError, match="colour"):
        charts._figure([{"type": "scatter", "x": [1]}], {"xaxis": {"colour": "red"}}, "vi", 300)
    monkeypatch.delenv("CAMPAIGN_CHECK_CHARTS")
    fast = charts.trend(frame, "vi", title="Tỷ lệ — Huyện A", kind="pct", target=100, year=2022)
    assert json.loads(pio.to_json(fast, validate=False)) == json.loads(pio.to_json(checked, validate=False))
    assert charts._figure([{"type": "scatter", "x": [1]}], {"xaxis": {"colour": "red"}}, "vi", 300) is not None


def test_heatmap_starts_at_a_visible_colour_and_greys_what_was_not_reported_with_a_legend():
    frame = pd.DataFrame({"label": ["Xã A", "Xã A", "Xã B"], "year": [2021, 2022, 2021], "value": [5, 7, 3]})
    fig = charts.heatmap(frame, "count", "vi", title="t", color="#123456")
    values, gaps, _, legend = fig.data
    assert values.colorscale[0][1].upper() != "#FFFFFF" and values.colorscale[-1][1] == "#123456"
    assert list(gaps.z[0]) == [None, 1.0] and gaps.colorscale[0][1] == charts.MISSING_CELL  # Xã B, 2022
    assert legend.name == "Chưa báo cáo" and legend.showlegend and fig.layout.showlegend
    full = charts.heatmap(frame.iloc[:1], "count", "vi", title="t", color="#123456")
    assert len(full.data) == 2 and not full.layout.showlegend  # nothing missing: no grey, no entry


def test_a_heatmap_on_a_phone_shows_the_latest_six_years_readably():
    """#24 point 2: nine years on a 390-px phone wrote "95,4%95,9%96,5%…" at 5 px; a phone gets the latest six,
    figures at 11 px, the years on top, and the title says so. The desktop keeps every year."""
    frame = pd.DataFrame([{"label": f"Xã {n}", "year": y, "value": 90 + i + (y - 2016) / 10}
                          for i, n in enumerate(["An", "Bình", "Cường"]) for y in range(2016, 2025)])
    phone = charts.heatmap(frame, "pct", "vi", title="Tỷ lệ", color="#C0392B", phone=True).to_plotly_json()
    desk = charts.heatmap(frame, "pct", "vi", title="Tỷ lệ", color="#C0392B").to_plotly_json()
    assert phone["data"][0]["x"] == [str(y) for y in range(2019, 2025)]
    assert desk["data"][0]["x"] == [str(y) for y in range(2016, 2025)]
    assert phone["data"][0]["textfont"]["size"] >= 11 and phone["layout"]["xaxis"]["side"] == "top"
    assert "6 năm gần nhất" in str(phone["layout"]["title"]["text"])
