"""AppTest of what #11 asks of the pages: each lands on data, bad link values fall back visibly, the map
switch keeps the place both ways, Tra cứu links a unit to its figures on either map, and a chart point leads
to the unit it was drawn for."""

from __future__ import annotations

import json
import urllib.parse

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import query
from ui.page import label_lookup

PAGES = ["pages/tong_quan.py", "pages/so_sanh.py", "pages/xu_huong.py", "pages/mo_hinh.py", "pages/khen_thuong.py"]


@pytest.fixture
def app(page):
    """The dashboard on the sample warehouse (conftest's ``page``)."""
    return page


def _subheaders(at: AppTest) -> list[str]:
    return [s.value.replace("\\", "") for s in at.subheader]  # Markdown escapes of the data taken off


@pytest.mark.parametrize("path", PAGES)
def test_every_page_lands_on_the_latest_year_with_a_chart(app, path):
    at = app(path)
    assert at.query_params["nam"] == ["2025"] or at.query_params["nam"] == "2025"
    assert len(at.get("plotly_chart")) >= 1, path
    assert not [i.value for i in at.info if "chưa" in i.value.lower()], path  # no empty state


def test_so_sanh_lands_on_the_area_with_the_most_reports_and_names_the_silent_communes(app, sample_db):
    at = app("pages/so_sanh.py")
    [(code, name)] = query(sample_db, "SELECT province_code, any_value(province) FROM core.facts WHERE year = 2025 "
                                      "GROUP BY 1 ORDER BY count(DISTINCT unit_code) DESC, 1 LIMIT 1")
    assert str(at.query_params["tinh"][0] if isinstance(at.query_params["tinh"], list) else at.query_params["tinh"]) \
        == code
    assert any(name in s for s in _subheaders(at))
    # the communes that did not report are named under the chart, not drawn as a hundred grey bars
    [silent] = [c.value for c in at.caption if "(không vẽ, không tính là 0)" in c.value]
    assert silent.split(" ")[0].isdigit() and int(silent.split(" ")[0]) > 10


def test_xu_huong_lands_on_todays_communes_over_the_years(app):
    at = app("pages/xu_huong.py")
    assert at.radio(key="filter_ban_do").value == "hien-nay"
    assert any("2016–2025" in s for s in _subheaders(at))
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    years = {int(x) for trace in spec["data"] if trace.get("type") == "scatter" for x in trace.get("x", [])}
    assert {2024, 2025} <= years and min(years) <= 2020  # a line across the reform, not a dot


def test_a_bad_unit_in_the_link_is_said_and_another_shown(app):
    at = app("pages/tong_quan.py", nam="2022", tinh="84", huyen="848", xa="99999")
    assert any("“99999”" in c.value for c in at.caption)
    assert any("Huyện Cầu Ngang — năm 2022" in s for s in _subheaders(at))


def test_a_bad_year_in_the_link_is_said_and_the_landing_shown(app):
    at = app("pages/mo_hinh.py", nam="1999")
    assert any("“1999”" in c.value for c in at.caption)


def test_the_map_switch_keeps_the_place_both_ways(app):
    at = app("pages/so_sanh.py", nam="2022", tinh="84", huyen="848", chi_tieu="models_total")
    assert any("Huyện Cầu Ngang" in s for s in _subheaders(at))
    at.radio(key="filter_ban_do").set_value("hien-nay").run()
    assert not at.exception
    # Cầu Ngang's communes went to Vĩnh Long: the sidebar and the heading say so, the district is "huyện cũ"
    assert at.selectbox(key="filter_cur_tinh").value == "86"
    assert at.selectbox(key="filter_cur_huyen").value == "848"
    assert any("Tỉnh Vĩnh Long (Huyện Cầu Ngang cũ)" in s for s in _subheaders(at))
    assert at.query_params["huyen_cu"] in ("848", ["848"])
    at.radio(key="filter_ban_do").set_value("bao-cao").run()
    assert not at.exception
    assert at.selectbox(key="filter_tinh").value == "84"
    assert at.selectbox(key="filter_huyen").value == "848"
    assert any("Huyện Cầu Ngang" in s for s in _subheaders(at))
    assert "huyen_cu" not in at.query_params


def test_a_district_of_the_old_map_is_carried_to_xu_huong_on_todays_map(app):
    at = app("pages/xu_huong.py", ban_do="hien-nay", nam="2022", tinh="87", huyen="872")  # Tháp Mười, Đồng Tháp
    assert at.selectbox(key="filter_cur_tinh").value == "82"
    assert at.selectbox(key="filter_cur_huyen").value == "872"


def test_tra_cuu_links_each_commune_to_its_figures_on_either_map(app, sample_db):
    at = app("pages/don_vi.py", q="Long Sơn")
    frame = at.dataframe[0].value
    frame = getattr(frame, "data", frame)  # a Styler: its data
    row = frame[(frame["Xã cũ"] == "Xã Long Sơn") & (frame["Huyện cũ"] == "Huyện Cầu Ngang")].iloc[0]
    old = urllib.parse.urlparse(row["Đơn vị cũ (trước 7/2025)"])
    assert old.path == "/"
    [(last_year,)] = query(sample_db, "SELECT max(year) FROM core.facts WHERE unit_key = 'old:commune:29443'")
    assert dict(urllib.parse.parse_qsl(old.query)) == {"nam": str(last_year), "tinh": "84", "huyen": "848",
                                                       "xa": "29443"}
    new = dict(urllib.parse.parse_qsl(urllib.parse.urlparse(row["Đơn vị hiện nay"]).query))
    assert new["tinh"] == "86" and new["xa"] == "29455" and new["nam"] == "2025"
    opened = app("pages/tong_quan.py", **dict(urllib.parse.parse_qsl(old.query)))
    assert any(f"Xã Long Sơn — năm {last_year}" in s for s in _subheaders(opened))


def test_a_chart_label_leads_back_to_its_unit():
    find = label_lookup({"old:commune:1": "Xã A <b>", "old:commune:2": "Xã B", "old:district:3": "Huyện B"})
    assert find("Xã B") == "old:commune:2"
    assert find("≈ Xã B") == "old:commune:2"  # an estimated value's mark
    assert find("Xã A &lt;b&gt;") == "old:commune:1"  # as ui.safe.plain wrote it on the chart
    assert find("Huyện B") == "old:district:3"
    assert find("Xã C") is None


def test_a_bad_metric_or_unit_list_in_the_link_is_said(app):
    at = app("pages/so_sanh.py", nam="2022", tinh="84", huyen="848", chi_tieu="zzz")
    assert any("“zzz”" in c.value for c in at.caption)
    assert len(at.get("plotly_chart")) >= 1
    at = app("pages/xu_huong.py", nam="2022", tinh="84", huyen="848", dv="old:commune:nope", ct="reg_party_members_pct")
    assert any("old:commune:nope" in c.value.replace("\\", "") for c in at.caption)
    assert len(at.get("plotly_chart")) >= 1  # the default unit instead


def test_the_metric_of_the_link_decides_its_family(app):
    at = app("pages/so_sanh.py", nam="2022", tinh="84", huyen="848", nhom="registration", chi_tieu="models_total")
    assert at.selectbox(key="filter_chi_tieu").value == "models_total"
    assert at.selectbox(key="filter_nhom").value == "models"


def test_xu_huong_keeps_the_place_across_the_map_switch_and_back(app):
    at = app("pages/xu_huong.py")
    province = at.selectbox(key="filter_cur_tinh").value
    at.radio(key="filter_ban_do").set_value("bao-cao").run()
    assert not at.exception
    assert len(at.get("plotly_chart")) >= 1, [i.value for i in at.info]  # not an empty page
    assert not [c.value for c in at.caption if "“" in c.value]  # today's commune codes are not "bad links"
    assert at.selectbox(key="filter_tinh").value == province  # 2025 as reported: the same province
    at.radio(key="filter_ban_do").set_value("hien-nay").run()
    assert not at.exception
    assert at.selectbox(key="filter_cur_tinh").value == province
    assert len(at.get("plotly_chart")) >= 1
    # and from a former district in 2022: "huyện cũ" on today's map, the district again on the way back
    at = app("pages/xu_huong.py", nam="2022", tinh="84", huyen="848", dv="old:district:848")
    at.radio(key="filter_ban_do").set_value("hien-nay").run()
    assert (at.selectbox(key="filter_cur_tinh").value, at.selectbox(key="filter_cur_huyen").value) == ("86", "848")
    assert len(at.get("plotly_chart")) >= 1
    at.radio(key="filter_ban_do").set_value("bao-cao").run()
    assert (at.selectbox(key="filter_tinh").value, at.selectbox(key="filter_huyen").value) == ("84", "848")
    assert len(at.get("plotly_chart")) >= 1


def test_the_pages_of_a_session_open_on_the_same_province(app):
    def province(at: AppTest) -> str:
        value = at.query_params["tinh"]
        return value[0] if isinstance(value, list) else value

    first = province(app("pages/tong_quan.py"))
    assert {path: province(app(path)) for path in PAGES[1:]} == {path: first for path in PAGES[1:]}
