"""AppTest of the overview: the figures shown are the warehouse's, and the filters change them."""

from __future__ import annotations

import urllib.parse

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, query
from ui import fmt


@pytest.fixture
def app(sample_db, monkeypatch):
    monkeypatch.setenv("CAMPAIGN_DB", str(sample_db))
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)


def metric(at: AppTest, label: str) -> str:
    values = [m.value for m in at.metric if m.label == label]
    assert values, [m.label for m in at.metric]
    return values[0]


def test_overview_shows_the_district_figures_in_vietnamese(app):
    app.query_params.update({"nam": "2022", "tinh": "84", "huyen": "848"})
    app.run()
    assert not app.exception
    assert app.title[0].value == "Tổng quan"
    assert any("Huyện Cầu Ngang — năm 2022" in s.value for s in app.subheader)
    assert metric(app, "Đảng viên đăng ký") == "trên 98,0%"
    assert metric(app, "Tổng số mô hình") == "96"
    assert metric(app, "CCVC, LLVT đăng ký") == "80,0%"
    assert any("Dữ liệu mẫu" in w.value for w in app.warning)
    assert metric(app, "Đơn vị đã báo cáo") == "15/15"
    [reported] = [m for m in app.metric if m.label == "Đơn vị đã báo cáo"]
    assert "15/15 xã, phường, thị trấn có số liệu" in reported.help


def test_the_lowest_communes_are_named_lowest_first_and_link_to_their_figures(app, sample_db):
    app.query_params.update({"nam": "2022", "tinh": "84", "huyen": "848"})
    app.run()
    lowest = query(sample_db, "SELECT unit_name, value, unit_code FROM core.facts WHERE district_code = '848' "
                              "AND year = 2022 AND metric = 'reg_party_members_pct' AND unit_level = 'commune' "
                              "ORDER BY value, unit_name LIMIT 5")
    shown = [(e.proto.label, dict(urllib.parse.parse_qsl(e.proto.query_string)))
             for e in app.get("page_link") if "—" in e.proto.label]
    assert [label.replace("\\", "") for label, _ in shown] == [f":red[{n} — {v:.1f}%]".replace(".", ",") for n, v, _ in lowest]
    assert [q["xa"] for _, q in shown] == [c for _, _, c in lowest]
    assert any(c.value == "15/15 đơn vị dưới chỉ tiêu 100,0%." for c in app.caption)


def test_a_province_counts_its_districts(app):
    app.query_params.update({"nam": "2022", "tinh": "84"})
    app.run()
    assert metric(app, "Đơn vị đã báo cáo") == "1/9"
    [reported] = [m for m in app.metric if m.label == "Đơn vị đã báo cáo"]
    assert "1/9 huyện, quận, thị xã có số liệu" in reported.help
    # computed from its one district: provisional, and said on the card itself
    assert any(c.value == "⚠ Tạm tính: mới 1/9 huyện báo cáo" for c in app.caption)


def test_overview_lands_on_the_latest_year_and_the_province_with_the_most_reports(app, sample_db):
    app.run()
    assert not app.exception
    assert app.query_params["nam"] == "2025"
    [(code, name, n)] = query(sample_db, "SELECT province_code, any_value(province), count(DISTINCT unit_code) AS n "
                                         "FROM core.facts WHERE year = 2025 GROUP BY 1 ORDER BY n DESC, 1 LIMIT 1")
    assert app.query_params["tinh"] == code
    assert any(f"{name} — năm 2025" in s.value for s in app.subheader)
    assert metric(app, "Đơn vị đã báo cáo").startswith(f"{n}/")
    assert len(app.get("plotly_chart")) >= 1  # it lands on figures, not on an empty state


def test_changing_the_commune_changes_the_figures(app, sample_db):
    app.query_params.update({"nam": "2022", "tinh": "84", "huyen": "848"})
    app.run()
    district_value = metric(app, "Tổng số mô hình")
    app.selectbox(key="filter_xa").set_value("29443").run()
    assert not app.exception
    expected = query(sample_db, "SELECT value FROM facts WHERE unit_code = '29443' AND year = 2022 "
                                "AND metric = 'models_total' AND map = 'old'")[0][0]
    assert metric(app, "Tổng số mô hình") == f"{expected:.0f}" != district_value
    assert any("Xã Long Sơn — năm 2022" in s.value for s in app.subheader)


def test_english_switch(app):
    app.query_params.update({"nam": "2022", "tinh": "84", "huyen": "848", "lang": "en"})
    app.run()
    assert app.title[0].value == "Overview"
    assert metric(app, "Party members registered") == "over 98.0%"


def test_empty_warehouse_says_nothing_is_loaded_without_a_shell_command(empty_db, monkeypatch):
    monkeypatch.setenv("CAMPAIGN_DB", str(empty_db))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    assert any("chưa được nạp" in i.value for i in at.info)
    assert not any("python -m" in i.value or "etl" in i.value for i in at.info)
    assert not at.get("page_link")  # the way to the desk is for a signed-in data manager only


def test_a_newly_published_warehouse_is_picked_up_without_a_restart(empty_db, tmp_path, monkeypatch):
    from etl.publishing.load import load_files
    from tests.corpus_blocks.figures import figures_file, simple_rows

    def report(name: str, models: int):
        return figures_file(tmp_path / name, simple_rows({"Xã Long Sơn": {("models_total", "value"): models}}),
                            year=2022)

    load_files(empty_db, [report("v1.xlsx", 7)])
    monkeypatch.setenv("CAMPAIGN_DB", str(empty_db))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params.update({"nam": "2022", "tinh": "84", "huyen": "848", "xa": "29443"})
    at.run()
    assert metric(at, "Tổng số mô hình") == "7"
    load_files(empty_db, [report("v2.xlsx", 9)])  # published while the dashboard holds the old file open
    at.run()
    assert not at.exception
    assert metric(at, "Tổng số mô hình") == "9"


def test_a_2025_commune_is_compared_with_its_former_communes_of_2024(app, sample_db):
    """Xã Hiệp Mỹ (2025) = Long Sơn + Hiệp Mỹ Đông + Hiệp Mỹ Tây (2024): the year before of its cards."""
    app.query_params.update({"nam": "2025", "tinh": "86", "xa": "29455"})
    app.run()
    assert not app.exception
    [(now,)] = query(sample_db, "SELECT value FROM core.facts WHERE unit_key = 'new:commune:29455' AND year = 2025 "
                                "AND metric = 'models_total'")
    [(before,)] = query(sample_db, "SELECT sum(value) FROM core.facts WHERE year = 2024 AND metric = 'models_total' "
                                   "AND unit_key IN ('old:commune:29443', 'old:commune:29452', 'old:commune:29455')")
    [card] = [m for m in app.metric if m.label == "Tổng số mô hình"][:1]
    assert card.value == f"{now:.0f}"
    change = now - before
    assert card.delta == ("+" if change > 0 else "-" if change < 0 else "±") + f"{abs(change):.0f}"
    assert any(c.value == f"Năm 2024 (các xã cũ): {before:.0f}" for c in app.caption)
    assert any("các xã cũ nay thuộc xã này" in c.value for c in app.caption)


def test_a_change_against_a_bound_says_what_the_bound_allows(page, sample_db):
    """Cầu Ngang 2023 against 2022, when its party members were "trên 98%": the card says the drop is of more than
    a point (it read "−1 điểm %"), and union members against "trên 40%" cannot be compared."""
    rows = dict(((y, m), (v, q)) for y, m, v, q in query(
        sample_db, "SELECT year, metric, value, qualifier FROM core.facts WHERE unit_key = 'old:district:848' "
                   "AND year IN (2022, 2023) AND metric IN ('reg_party_members_pct', 'reg_union_members_pct')"))
    assert rows[(2022, "reg_party_members_pct")] == (98.0, ">") and rows[(2023, "reg_party_members_pct")][1] is None
    at = page("pages/tong_quan.py", nam="2023", tinh="84", huyen="848")
    card = [m for m in at.metric if m.label == "Đảng viên đăng ký"][0]
    drop = 98.0 - rows[(2023, "reg_party_members_pct")][0]
    assert card.proto.delta == f"giảm hơn {fmt.number(drop, 'vi', 1, fixed=True)} điểm %"
    assert any("còn" in c.value and "đến chỉ tiêu 100,0%" in c.value for c in at.caption)


def test_a_figure_of_part_of_the_units_says_so_on_its_card_and_in_the_report(page, sample_db):
    """Tỉnh Đồng Tháp 2025 in the sample: a few of its communes reported. Each computed card says "k/n" itself,
    below half as provisional, and so does the report's paragraph."""
    at = page("pages/tong_quan.py", nam="2025", tinh="82")
    [reported] = [m for m in at.metric if m.label == "Đơn vị đã báo cáo"]
    n, total = (int(x) for x in reported.value.split("/"))
    assert n < total / 2
    card_notes = [c.value for c in at.caption if c.value.startswith("⚠ Tạm tính")]
    assert f"⚠ Tạm tính: mới {n}/{total} xã, phường báo cáo" in card_notes
    from ui.data import Source
    from ui.filters import Selection
    from ui.report.content import gather

    content = gather(Source(), Selection(2025, "new", "82", None, None, "Tỉnh Đồng Tháp"), "vi")  # $CAMPAIGN_DB
    assert content.paragraph.endswith(f"(Số liệu tính từ {n}/{total} xã, phường đã báo cáo; tạm tính, chưa đủ một "
                                      "nửa số đơn vị.)")


def test_sessions_opening_the_same_unit_share_its_cards_charts_and_lagging_list(page, monkeypatch):
    """#24 point 7: Tổng quan's cards, family charts, table and lowest units are put together once per unit, year
    and language and read by every later session (until a publish); another unit or language is its own."""
    from ui import data, overview

    built = []
    real = overview.overview_page
    monkeypatch.setattr(overview, "overview_page", lambda *a, **k: built.append(a[3:6]) or real(*a, **k))
    data.RESULTS.clear()
    first = page("pages/tong_quan.py", nam="2022", tinh="84", huyen="848")
    second = page("pages/tong_quan.py", nam="2022", tinh="84", huyen="848")
    assert built == [("Huyện Cầu Ngang", 2022, "vi")]
    for at in (first, second):  # the second session shows what the first was shown
        assert metric(at, "Đảng viên đăng ký") == "trên 98,0%"
        assert metric(at, "Tổng số mô hình") == "96"
    assert [p.label for p in first.get("page_link")] == [p.label for p in second.get("page_link")]
    page("pages/tong_quan.py", nam="2022", tinh="84", huyen="848", lang="en")
    page("pages/tong_quan.py", nam="2021", tinh="84", huyen="848")
    assert [b[1:] for b in built[1:]] == [(2022, "en"), (2021, "vi")]
