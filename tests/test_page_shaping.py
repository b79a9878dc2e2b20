"""What the pages once computed themselves, now in ui/ (#25 point 2): the figures of the views shaped for the
screen — ranked, counted, named, laid out as units × years — checked on small frames, value by value."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pandas as pd

from ui import compare, desk, overview, registers, tables, trend


def test_the_lowest_units_first_and_how_many_are_below_target():
    facts = pd.DataFrame({"unit_name": ["Xã B", "Xã A", "Xã C", "Xã D"], "value": [97.0, 97.0, 100.0, 99.5]})
    ordered, below = overview.lagging(facts, 99.0)
    assert list(ordered["unit_name"]) == ["Xã A", "Xã B", "Xã D", "Xã C"] and below == 2
    assert list(ordered.index) == [0, 1, 2, 3]
    assert overview.lagging(facts, None)[1] is None


def test_the_year_before_of_a_province_of_today_says_what_it_stands_on():
    metrics = pd.DataFrame({"code": ["r", "m"], "short_vi": ["Đăng ký", "Mô hình"], "short_en": ["Reg", "Models"]})
    former = pd.DataFrame({"metric": ["r", "m"], "value": [90.0, None], "n_expected": [3, 3],
                           "formers": ["Tỉnh A, Tỉnh B, Tỉnh C"] * 2, "missing": ["", "Tỉnh B"]})
    notes = [n.replace("\\", "") for n in overview.former_notes(former, metrics, "province", 2025, "vi")]  # md
    assert len(notes) == 2 and "(Tỉnh A, Tỉnh B, Tỉnh C)" in notes[0] and notes[0].startswith("So với năm 2024")
    assert notes[1] == "Không so với năm 2024: Mô hình — năm 2024 thiếu số liệu của Tỉnh B."
    none = former.assign(value=None, missing=[", ".join(f"Tỉnh {i}" for i in range(10))] * 2)
    [note] = [n.replace("\\", "") for n in overview.former_notes(none, metrics, "country", 2025, "vi")]
    assert "Tỉnh 0, Tỉnh 1" in note and "Tỉnh 7 và 2 tỉnh khác" in note and "Tỉnh 8" not in note


def test_a_familys_chart_draws_its_metrics_of_its_first_kind_and_writes_their_bounds():
    metrics = pd.DataFrame({"code": ["a", "b", "c", "d"], "family": ["f", "f", "f", "g"],
                            "kind": ["pct", "pct", "count", "count"], "short_vi": ["A", "B", "C", "D"],
                            "short_en": ["A", "B", "C", "D"], "family_vi": ["F", "F", "F", "G"],
                            "family_en": ["F", "F", "F", "G"], "color": ["#111111"] * 4,
                            "label_vi": ["a"] * 4, "label_en": ["a"] * 4, "target": [None] * 4,
                            "higher_is_better": [True] * 4})
    own = pd.DataFrame({"metric": ["a", "b", "c", "d", "a"], "year": [2022, 2022, 2022, 2022, 2023],
                        "value": [1.0, 2.0, 3.0, 4.0, 5.0], "qualifier": [None, ">", None, None, None]})
    page = overview.overview_page(own, own.iloc[0:0], metrics, "Xã X", 2023, "vi", None)
    f, g = page.families
    assert (f.family, f.kind, f.by_year, g.kind, g.by_year, g.figure) == ("f", "pct", True, "count", False, None)
    assert [(t.name, list(t.x), list(t.y)) for t in f.figure.data] == [("A", [2022, 2023], [1.0, 5.0]),
                                                                      ("B", [2022], [2.0])]
    assert dict(f.labels) == {("A", 2022): "1,0%", ("B", 2022): "trên 2,0%", ("A", 2023): "5,0%"}


def test_year_ranges_and_the_gaps_of_each_unit():
    assert trend.year_ranges([2016, 2017, 2018, 2020]) == "2016–2018, 2020"
    assert trend.year_ranges([2019]) == "2019"
    assert trend.gaps_text({"k1": [2016, 2017], "k2": [2020, 2022]}, {"k1": "Tỉnh A", "k2": "Tỉnh B"}) == \
        "Tỉnh A (2016–2017); Tỉnh B (2020, 2022)"


def test_todays_provinces_once_each_in_the_alphabets_order():
    units = pd.DataFrame({"province_code": ["86", "86", "37", "01"],
                          "province": ["Tỉnh Vĩnh Long", "Tỉnh Vĩnh Long", "Tỉnh Ninh Bình", "Thành phố Hà Nội"]})
    assert list(trend.provinces_today(units).items()) == [
        ("new:province:01", "Thành phố Hà Nội"), ("new:province:37", "Tỉnh Ninh Bình"),
        ("new:province:86", "Tỉnh Vĩnh Long")]


def test_the_units_a_trend_sets_beside_the_chosen_one():
    options = pd.DataFrame({
        "level": ["province", "province", "district", "district", "commune", "commune", "commune"],
        "map": ["old", "new", "old", "old", "old", "old", "new"],
        "code": ["84", "86", "848", "842", "29443", "29263", "29455"],
        "province_code": [None, None, "84", "84", "84", "84", "86"],
        "district_code": [None, None, None, None, "848", "842", None]})

    def chosen(**kw: object) -> list[str]:
        selection = SimpleNamespace(**{"country": False, "district": None, "province": None, "map": "old", **kw})
        return list(trend.units_below(selection, options)["code"])

    assert chosen(country=True) == ["84"] and chosen(country=True, map="new") == ["86"]
    assert chosen(province="84") == ["848", "842"]
    assert chosen(province="84", district="848") == ["29443"]
    assert chosen(province="86", map="new") == ["29455"]


def test_the_table_of_a_trend_says_how_many_former_provinces_a_year_is_made_of():
    data = pd.DataFrame({"series": ["Tỉnh A", "Tỉnh A"], "metric": ["m", "m"], "year": [2024, 2025],
                         "value": [10.0, 12.0], "qualifier": [None, None], "numerator": [None, None],
                         "denominator": [None, None], "basis": ["sum", "reported"], "derived": [False, False],
                         "n_expected": [3, None]})
    table = trend.figures_table(data, {"m": "Mô hình"}, "vi", formers=True)
    assert list(table.columns)[-2:] == ["Cách có số liệu", "Số tỉnh cũ"]
    assert table["Số tỉnh cũ"].tolist()[0] == 3 and pd.isna(table["Số tỉnh cũ"].tolist()[1])
    assert table["Cách có số liệu"].tolist() == ["cộng từ đơn vị trực thuộc", "đơn vị báo cáo"]
    assert "Số tỉnh cũ" not in trend.figures_table(data, {"m": "Mô hình"}, "vi")


def test_few_missing_units_are_drawn_many_are_named():
    rows = pd.DataFrame({"label": ["Xã Ấp", "Xã Bình"] + [f"Xã {i:02}" for i in range(11)],
                         "value": [90.0, 80.0] + [None] * 11})
    assert compare.reported(rows) == 2
    drawn, note = compare.few_missing(rows, "Tỷ lệ", 2022, "vi")
    assert list(drawn["label"]) == ["Xã Ấp", "Xã Bình"] and note.startswith("11 đơn vị chưa báo cáo tỷ lệ năm 2022")
    assert "Xã 00\\, Xã 01\\," in note  # names from data, escaped for Markdown
    drawn, note = compare.few_missing(rows.head(12), "Tỷ lệ", 2022, "vi")
    assert len(drawn) == 12 and note is None
    assert compare.names_in_order(["Tỉnh Đồng Tháp", "Tỉnh An Giang", "Tỉnh Bến Tre"]) == \
        "Tỉnh An Giang, Tỉnh Bến Tre, Tỉnh Đồng Tháp"


def test_units_by_years_and_the_approximate_points():
    history = pd.DataFrame({"label": ["Xã A", "Xã A", "Xã B"], "year": [2019, 2020, 2020],
                            "value": [1.0, 2.0, 3.0], "approx": [True, False, True]})
    frame = tables.by_year(history, "label", "value", "vi")
    assert list(frame.columns) == ["Đơn vị", "2019", "2020"]
    assert frame.iloc[0].tolist() == ["Xã A", 1.0, 2.0]
    assert frame.iloc[1, 0] == "Xã B" and math.isnan(frame.iloc[1, 1]) and frame.iloc[1, 2] == 3.0
    assert compare.approx_points(history) == "Xã A 2019, Xã B 2020"
    assert compare.approx_points(history.assign(approx=False)) == ""
    assert compare.approx_points(history.drop(columns="approx")) == ""


def test_the_registers_counted_as_the_report_counts_them():
    items = pd.DataFrame({"year": [2022] * 5 + [2021],
                          "recipient_kind": ["collective", "individual", "individual", "collective", "individual",
                                             "collective"],
                          "is_proposed": [False, False, False, True, True, False], "unit": ["A", "B", "B", "C", "B", "A"]})
    assert registers.commend_counts(items[items["year"] == 2022]) == {
        "commend_collective": 1, "commend_individual": 2, "commend_proposed_collective": 1,
        "commend_proposed_individual": 1}
    top = registers.top(items, "unit", 2)
    assert list(zip(top["label"], top["count"], strict=True)) == [("B", 3), ("A", 2)]
    models = pd.DataFrame({"year": [2022, 2022, 2021], "is_new": [True, None, True], "is_pilot": [True, False, True],
                           "replicated_units": [3, None, None], "replication_base": [4, None, None],
                           "name": ["M1", "M2", "M3"], "host": ["H", "H", "H"]})
    assert registers.model_counts(models, models[models["year"] == 2022]) == (2, 1, 2)
    pilots = registers.pilots(models, "vi")
    assert list(pilots["Tên mô hình"]) == ["M1", "M3"]
    assert pilots.iloc[0, -2:].tolist() == ["3/4", 75.0] and pilots.iloc[1, -2] == "—"


def test_the_loads_a_manager_may_undo():
    loads = pd.DataFrame({"load_id": [4, 3, 2, 1], "status": ["loaded", "refused", "loaded_with_rejects", "loaded"],
                          "undone_by": [None, None, None, 7]})
    assert list(desk.undoable(loads)["load_id"]) == [4, 2]
    assert list(desk.with_original(loads)["load_id"]) == [4, 2, 1]
