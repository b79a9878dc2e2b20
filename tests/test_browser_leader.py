"""What a leader and an analyst do in a real browser (Debian's chromium driven by Playwright): a click on a
bar, a heatmap cell or a line point opens that unit's figures and the link follows; the report downloads as
a PDF of A4 pages; the first screen of Tổng quan on a desktop and a phone. Screenshots go to tests/artifacts/."""

from __future__ import annotations

import re
import urllib.parse

import duckdb
import pytest
from playwright.sync_api import expect

from tests.test_browser import ARTIFACTS, browser, server  # noqa: F401 - fixtures

WAIT = 40000  # ms: a shared CI machine renders slowly
PHONE_AGENT = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/131.0 Mobile Safari/537.36")  # a phone's browser: its User-Agent says "Mobile"


def _open(browser, server, path: str, expected: str, width: int = 1280, height: int = 800):  # noqa: F811
    page = browser.new_page(viewport={"width": width, "height": height}, accept_downloads=True)
    page.goto(server + path)
    page.get_by_text(expected).first.wait_for(timeout=WAIT)
    return page


def _url_has(page, **wanted: str) -> None:
    """Wait for the address to carry ``wanted`` (a run sends its URL when it ends, after its text is drawn)."""
    page.wait_for_function("w => Object.entries(w).every(([k, v]) => new URLSearchParams(location.search).get(k) "
                           "=== v || (v === '*' && new URLSearchParams(location.search).has(k)))", arg=wanted,
                           timeout=WAIT)


def _params(url: str) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlparse(url).query))


def _click(page, x: float, y: float) -> None:
    """Plotly reads a click from the hover it computed: move onto the point first, then press."""
    page.mouse.move(x - 4, y)
    page.mouse.move(x, y)
    page.locator(".hoverlayer .hovertext").first.wait_for(timeout=WAIT)  # Plotly has the point under the mouse
    page.mouse.down()
    page.mouse.up()


def _code(sample_db, name: str, level: str = "commune") -> str:
    con = duckdb.connect(str(sample_db), read_only=True)
    try:
        return con.execute("SELECT DISTINCT unit_code FROM core.facts WHERE unit_name = ? AND unit_level = ? "
                           "AND map = 'old'", [name, level]).fetchone()[0]
    finally:
        con.close()


def test_a_click_on_a_ranking_bar_opens_that_commune(server, browser, sample_db):  # noqa: F811
    page = _open(browser, server, "/so_sanh?nam=2022&tinh=84&huyen=848&nhom=models&chi_tieu=models_total",
                 "các xã của Huyện Cầu Ngang, năm 2022")  # counts: bars from zero
    try:
        chart = page.locator(".js-plotly-plot").first
        chart.locator(".barlayer .point path").nth(3).wait_for(timeout=WAIT)
        label = chart.evaluate("gd => gd.data[0].y[3]")
        bar = chart.locator(".barlayer .point path").nth(3)
        bar.scroll_into_view_if_needed()
        box = bar.bounding_box()
        _click(page, box["x"] + box["width"] - 30, box["y"] + box["height"] / 2)  # the bar's end is on screen
        page.get_by_text(f"{label} — năm 2022").first.wait_for(timeout=WAIT)
        _url_has(page, xa="*")
        params = _params(page.url)
        assert urllib.parse.urlparse(page.url).path in ("", "/")  # Tổng quan
        assert params["xa"] == _code(sample_db, label) and params["huyen"] == "848" and params["nam"] == "2022"
    finally:
        page.close()


def test_a_click_on_a_ranking_dot_opens_that_commune(server, browser, sample_db):  # noqa: F811
    """Registration rates of 95–99%: a dot a commune on an axis that starts near them (#22), clickable as a bar."""
    page = _open(browser, server, "/so_sanh?nam=2022&tinh=84&huyen=848&nhom=registration"
                                  "&chi_tieu=reg_party_members_pct", "các xã của Huyện Cầu Ngang, năm 2022")
    try:
        chart = page.locator(".js-plotly-plot").first
        chart.locator(".scatterlayer .point").nth(3).wait_for(timeout=WAIT)
        chart.scroll_into_view_if_needed()
        label, low, x, y = chart.evaluate("""gd => {
            const tr = gd.data[0], i = tr.y.length - 2, xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
            const r = gd.getBoundingClientRect();
            return [tr.y[i], xa.range[0], r.left + xa._offset + xa.d2p(tr.x[i]),
                    r.top + ya._offset + ya.l2p(ya._categories.indexOf(tr.y[i]))];
        }""")
        assert chart.evaluate("gd => gd.data[0].type") == "scatter" and low > 0
        _click(page, x, y)
        page.get_by_text(f"{label} — năm 2022").first.wait_for(timeout=WAIT)
        _url_has(page, xa="*")
        assert _params(page.url)["xa"] == _code(sample_db, label)
    finally:
        page.close()


def test_a_click_on_a_heatmap_cell_opens_that_commune_and_year(server, browser, sample_db):  # noqa: F811
    page = _open(browser, server, "/so_sanh?nam=2022&tinh=84&huyen=848&nhom=registration"
                                  "&chi_tieu=reg_party_members_pct", "các xã của Huyện Cầu Ngang, năm 2022")
    try:
        heat = page.locator(".js-plotly-plot").nth(1)
        heat.locator(".heatmaplayer").wait_for(timeout=WAIT)
        heat.scroll_into_view_if_needed()
        # the cell of the first row and the first year, found from the axes Plotly laid out
        label, year, x, y = heat.evaluate("""gd => {
            const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis, r = gd.getBoundingClientRect();
            const tr = gd.data[0], row = tr.y.length - 1, col = 0;
            const px = xa.l2p(xa._categories.indexOf(String(tr.x[col])));
            const py = ya.l2p(ya._categories.indexOf(String(tr.y[row])));
            return [tr.y[row], tr.x[col], r.left + xa._offset + px, r.top + ya._offset + py];
        }""")
        _click(page, x, y)
        page.get_by_text(f"{label} — năm {year}").first.wait_for(timeout=WAIT)
        _url_has(page, xa="*", nam=str(year))
        params = _params(page.url)
        assert params["xa"] == _code(sample_db, label) and params["nam"] == str(year)
    finally:
        page.close()


def test_a_click_on_a_trend_point_opens_that_unit_and_year(server, browser):  # noqa: F811
    page = _open(browser, server, "/xu_huong?nam=2022&tinh=84&huyen=848&dv=old:district:848"
                                  "&ct=reg_party_members_pct", "Huyện Cầu Ngang, 2016–2024")
    try:
        chart = page.locator(".js-plotly-plot").first
        chart.locator(".scatterlayer .point").first.wait_for(timeout=WAIT)
        chart.scroll_into_view_if_needed()
        year, x, y = chart.evaluate("""gd => {
            const tr = gd.data.find(d => d.type === 'scatter' && d.x && d.x.length > 2);
            const xa = gd._fullLayout[(tr.xaxis || 'x').replace('x', 'xaxis')];
            const ya = gd._fullLayout[(tr.yaxis || 'y').replace('y', 'yaxis')];
            const r = gd.getBoundingClientRect(), i = 1;
            return [tr.x[i], r.left + xa._offset + xa.d2p(tr.x[i]), r.top + ya._offset + ya.d2p(tr.y[i])];
        }""")
        _click(page, x, y)
        page.get_by_text(f"Huyện Cầu Ngang — năm {year}").first.wait_for(timeout=WAIT)
        _url_has(page, nam=str(year))
        assert _params(page.url)["nam"] == str(year) and _params(page.url)["huyen"] == "848"
    finally:
        page.close()


def test_the_report_downloads_as_a_pdf_of_a4_pages(server, browser):  # noqa: F811
    page = _open(browser, server, "/?nam=2022&tinh=84&huyen=848", "Huyện Cầu Ngang — năm 2022")
    try:
        button = page.locator(".st-key-report_pdf button")
        button.wait_for(timeout=WAIT)
        with page.expect_download(timeout=120000) as info:
            button.click()
        download = info.value
        assert download.suggested_filename == "bao-cao_huyen-cau-ngang_2022.pdf"
        data = open(download.path(), "rb").read()
        assert data.startswith(b"%PDF")
        boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
        assert boxes and {(round(float(w)), round(float(h))) for w, h in boxes} == {(595, 842)}
        assert b"/FontFile2" in data  # the font is embedded
    finally:
        page.close()


@pytest.mark.parametrize(("width", "height", "name"), [(1280, 800, "desktop"), (390, 844, "phone")])
def test_the_first_screen_of_tong_quan(server, browser, width, height, name):  # noqa: F811
    """Headline figures, how many reported and the lowest communes within the first screen on a desktop;
    cards two a row on a phone."""
    page = _open(browser, server, "/?nam=2022&tinh=84&huyen=848", "Huyện Cầu Ngang — năm 2022", width, height)
    try:
        page.get_by_text("Thấp nhất").first.wait_for(timeout=WAIT)
        # the six headline cards (keyed kpi_top_<metric>), once all drawn: the page draws them one by one
        keys = ["reg_party_members_pct", "reg_civil_servants_pct", "models_total", "models_new",
                "commend_collective", "commend_individual"]
        cards = [page.locator(f".st-key-kpi_top_{k} [data-testid='stMetric']") for k in keys]
        for card in cards:
            card.wait_for(timeout=WAIT)
        page.get_by_text("Chi tiết theo nhóm chỉ tiêu").first.wait_for(timeout=WAIT)
        page.wait_for_function("() => document.querySelector('[data-testid=stApp]')?.getAttribute("
                               "'data-test-script-state') === 'notRunning'", timeout=WAIT)  # laid out, run ended
        first, second = cards[0].bounding_box(), cards[1].bounding_box()
        assert abs(first["y"] - second["y"]) < 5 and second["x"] > first["x"]  # side by side, phone included
        if name == "desktop":
            lowest = page.get_by_text("Thấp nhất").first.bounding_box()
            reported = page.get_by_text("Đơn vị đã báo cáo").first.bounding_box()
            assert lowest["y"] < height and reported["y"] < height
            assert cards[5].bounding_box()["y"] < height  # the six headline figures
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"tong_quan_first_screen_{name}.png"))
    finally:
        page.close()


def test_a_click_on_a_province_of_the_country_ranking_opens_it_and_the_sidebar_says_so(server, browser):  # noqa: F811
    """The province filter showed "Toàn quốc" after the click although the page had opened the province: a
    selectbox the browser had drawn kept its value when only its ``index`` changed (ui.filters._select)."""
    page = _open(browser, server, "/so_sanh?nam=2022&tinh=toan-quoc&nhom=models&chi_tieu=models_total",
                 "các tỉnh, thành phố, năm 2022")
    try:
        chart = page.locator(".js-plotly-plot").first
        chart.locator(".barlayer .point path").first.wait_for(timeout=WAIT)
        label = chart.evaluate("gd => gd.data[0].y[0]")
        bar = chart.locator(".barlayer .point path").first
        bar.scroll_into_view_if_needed()
        box = bar.bounding_box()
        _click(page, box["x"] + box["width"] - 30, box["y"] + box["height"] / 2)
        page.get_by_text(f"của {label}, năm 2022").first.wait_for(timeout=WAIT)
        # the run sends its address when it ends, after the heading is drawn: wait for it, then read it
        page.wait_for_function("() => new URLSearchParams(location.search).get('tinh') !== 'toan-quoc'",
                               timeout=WAIT)
        assert _params(page.url)["tinh"] != "toan-quoc"
        province = page.locator('[data-testid="stSidebar"] input[aria-label="Tỉnh, thành phố"]')
        expect(province).to_have_value(label, timeout=WAIT)  # the sidebar says what the page shows
    finally:
        page.close()


@pytest.mark.parametrize(("path", "expected", "must_print"), [
    ("/?nam=2023&tinh=84&huyen=848", "Huyện Cầu Ngang", ["2023"]),
    ("/so_sanh?ban_do=bao-cao&nam=2023&tinh=84&huyen=848&nhom=registration&chi_tieu=reg_party_members_pct",
     "các xã của Huyện Cầu Ngang, năm 2023", ["2016", "2024", "Xã Hiệp Mỹ Đông", "Xã Vĩnh Kim", "Thị trấn Mỹ Long"]),
    ("/xu_huong?ban_do=bao-cao&nam=2023&tinh=84&huyen=848", "Huyện Cầu Ngang", ["2016", "2023", "2024"]),
])
def test_a_page_prints_to_a4_without_the_sidebar_and_inside_the_page(server, browser, path, expected,  # noqa: F811
                                                                      must_print, tmp_path):
    """Printed from the browser (Chromium's own printing to PDF, A4): no sidebar, toolbar or button, every chart and
    table inside the page's width, the right end of each chart there (trends stopped at 2020), the table whole
    (the screen's grid shows ten rows)."""
    import pdfplumber

    page = _open(browser, server, path, expected)
    try:
        page.locator(".js-plotly-plot").first.wait_for(timeout=WAIT)
        page.wait_for_function("() => document.querySelector('[data-testid=stApp]')?.getAttribute("
                               "'data-test-script-state') === 'notRunning'", timeout=WAIT)
        pdf = tmp_path / "printed.pdf"
        page.pdf(path=str(pdf), format="A4")
    finally:
        page.close()
    with pdfplumber.open(pdf) as document:
        text = "\n".join(p.extract_text() or "" for p in document.pages)
        for p in document.pages:
            drawn = [o for kind in ("chars", "rects", "lines", "curves", "images") for o in getattr(p, kind)]
            assert drawn and max(o["x1"] for o in drawn) <= p.width + 1, f"page {p.page_number} runs off"
    for sidebar in ("Bộ lọc", "Tra cứu đơn vị", "Tải CSV", "Tải Excel"):
        assert sidebar not in text, sidebar
    for word in must_print:
        assert word in text, word


def test_a_phone_gets_the_latest_six_years_on_the_heatmap(server, browser):  # noqa: F811
    """A phone's browser (its User-Agent says "Mobile") at 390 px: So sánh's heatmap shows the latest six years
    with its figures at 11 px and the years on top; a desktop browser keeps every year."""
    path = "/so_sanh?ban_do=bao-cao&nam=2023&tinh=84&huyen=848&nhom=registration&chi_tieu=reg_party_members_pct"
    seen = {}
    for name, width, agent in (("phone", 390, PHONE_AGENT), ("desktop", 1280, None)):
        context = browser.new_context(viewport={"width": width, "height": 844}, user_agent=agent) if agent \
            else browser.new_context(viewport={"width": width, "height": 844})
        page = context.new_page()
        try:
            page.goto(server + path)
            page.get_by_text("các xã của Huyện Cầu Ngang, năm 2023").first.wait_for(timeout=WAIT)
            heat = page.locator(".js-plotly-plot").nth(1)
            heat.wait_for(timeout=WAIT)
            seen[name] = heat.evaluate("gd => [gd.data[0].x, (gd.data[0].textfont || {}).size || null, "
                                       "gd.layout.xaxis.side || 'bottom']")
        finally:
            context.close()
    assert seen["phone"] == [["2019", "2020", "2021", "2022", "2023", "2024"], 11, "top"]
    assert seen["desktop"][0][0] == "2016" and len(seen["desktop"][0]) == 9


def test_a_phone_reads_unit_value_and_rank_first_and_every_column_one_tap_away(server, browser):  # noqa: F811
    """On a 390-px phone the ranking's table showed only its first column; a phone gets unit, value and rank, and
    the whole table in an expander "Xem đủ 8 cột"; a desktop browser gets the whole table at once."""
    path = "/so_sanh?ban_do=bao-cao&nam=2023&tinh=84&huyen=848&nhom=registration&chi_tieu=reg_party_members_pct"
    for width, agent, expander in ((390, PHONE_AGENT, 1), (1280, None, 0)):
        options = {"viewport": {"width": width, "height": 844}, **({"user_agent": agent} if agent else {})}
        context = browser.new_context(**options)
        page = context.new_page()
        try:
            page.goto(server + path)
            page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=WAIT)
            page.wait_for_function("() => document.querySelector('[data-testid=stApp]')?.getAttribute("
                                   "'data-test-script-state') === 'notRunning'", timeout=WAIT)
            assert page.get_by_text("Xem đủ 8 cột").count() == expander
        finally:
            context.close()


def _shown(page) -> tuple[str, str]:
    """(the district the sidebar shows, the page's heading), once no run is going."""
    page.wait_for_function("() => document.querySelector('[data-testid=stApp]')?.getAttribute("
                           "'data-test-script-state') === 'notRunning'", timeout=WAIT)
    page.locator('[data-testid="stSidebar"] input[aria-label="Tỉnh, thành phố"]').wait_for(timeout=WAIT)
    page.locator('[data-testid="stMain"] h3').first.wait_for(timeout=WAIT)
    district = page.locator('[data-testid="stSidebar"] input[aria-label="Huyện, quận, thị xã"]')
    shown = district.input_value() if district.count() else ""  # the country: no district filter
    return shown, page.locator('[data-testid="stMain"] h3').first.inner_text()


def _click_first_point(page) -> None:
    """A click on the ranking's longest bar (its end is on screen and it has a width to hover)."""
    chart = page.locator(".js-plotly-plot").first
    bars = chart.locator(".barlayer .point path")
    bars.first.wait_for(timeout=WAIT)
    chart.scroll_into_view_if_needed()
    first = bars.first
    first.scroll_into_view_if_needed()
    box = first.bounding_box()
    if box["width"] < 40:  # too short a bar to hover: the longest one
        boxes = [b.bounding_box() for b in bars.all()]
        box = max((b for b in boxes if b), key=lambda b: b["width"])
    _click(page, box["x"] + box["width"] - 20, box["y"] + box["height"] / 2)


def _district_box(page):
    return page.locator('[data-testid="stSidebar"] input[aria-label="Huyện, quận, thị xã"]')


def _heading(page):
    return page.locator('[data-testid="stMain"] h3').first


def _drill_to_district(page) -> str:
    """A click on the ranking's bar of a district: the address, the sidebar and the heading all say it."""
    _click_first_point(page)
    _url_has(page, huyen="*")
    district, _ = _shown(page)
    assert district.startswith("Huyện")
    expect(_heading(page)).to_contain_text(f"các xã của {district}", timeout=WAIT)
    return district


def _back_to_the_province(page, heading: str) -> None:
    """One Back from a district: its province, the sidebar saying so, the heading ``heading``."""
    page.go_back()
    page.wait_for_function("() => !location.search.includes('huyen=')", timeout=WAIT)
    _shown(page)
    expect(_district_box(page)).to_have_value("— Toàn tỉnh —", timeout=WAIT)
    expect(_heading(page)).to_contain_text(heading, timeout=WAIT)


def test_drill_back_and_change_the_metric(server, browser):  # noqa: F811
    """#24 point 1: a click on a district's bar is one history entry; one Back shows the province and the sidebar
    says so; a change of metric then starts from the province (it jumped back into the district). Each state is
    waited for (the sidebar and the heading are drawn when the run's messages are, the address at its end)."""
    page = _open(browser, server, "/so_sanh?ban_do=bao-cao&nam=2022&tinh=87&nhom=models&chi_tieu=models_total",
                 "các huyện, quận, thị xã của Tỉnh Đồng Tháp")
    try:
        assert _shown(page)[0] == "— Toàn tỉnh —"
        before = page.evaluate("history.length")
        _drill_to_district(page)
        assert page.evaluate("history.length") == before + 1
        _back_to_the_province(page, "các huyện, quận, thị xã của Tỉnh Đồng Tháp")
        metric = page.locator('[data-testid="stSidebar"] input[aria-label="Chỉ tiêu"]')
        metric.click()
        metric.fill("tập thể")  # the list filtered as typed
        page.get_by_role("option").filter(has_text="Mô hình tập thể").first.click()
        _url_has(page, chi_tieu="models_collective")
        _shown(page)
        expect(_heading(page)).to_have_text(
            re.compile(r"^Mô hình tập thể — các huyện, quận, thị xã của Tỉnh Đồng Tháp"), timeout=WAIT)
        expect(_district_box(page)).to_have_value("— Toàn tỉnh —", timeout=WAIT)
        assert "huyen" not in _params(page.url)
    finally:
        page.close()


def test_drill_twice_and_back_twice(server, browser):  # noqa: F811
    """The country → a province (its bar) → a district (its bar), all on So sánh: one history entry each, and two
    Backs bring the country back, one each, the sidebar saying what the heading says."""
    page = _open(browser, server, "/so_sanh?ban_do=bao-cao&nam=2022&tinh=toan-quoc&nhom=models&chi_tieu=models_total",
                 "các tỉnh, thành phố, năm 2022")
    try:
        _shown(page)
        start = page.evaluate("history.length")
        _click_first_point(page)
        page.wait_for_function("() => { const t = new URLSearchParams(location.search).get('tinh');"
                               " return t && t !== 'toan-quoc'; }", timeout=WAIT)
        _shown(page)
        page.wait_for_function("() => { const gd = document.querySelector('.js-plotly-plot');"
                               " return gd && gd.data && gd.data[0].y.every(v => !/^(Tỉnh|Thành phố)/.test(v)); }",
                               timeout=WAIT)  # the province's districts drawn, not the country's provinces
        province = _params(page.url)["tinh"]
        _drill_to_district(page)
        assert page.evaluate("history.length") == start + 2
        _back_to_the_province(page, "các huyện, quận, thị xã của")
        assert _params(page.url)["tinh"] == province
        page.go_back()
        _url_has(page, tinh="toan-quoc")
        _shown(page)
        expect(_heading(page)).to_contain_text("các tỉnh, thành phố, năm 2022", timeout=WAIT)
        province_box = page.locator('[data-testid="stSidebar"] input[aria-label="Tỉnh, thành phố"]')
        expect(province_box).to_have_value("Toàn quốc", timeout=WAIT)
    finally:
        page.close()

_CELL = """gd => {  // the middle of the first row's first cell (a bar, a heatmap cell or a line point), on screen
    const tr = gd.data.find(d => d.x && d.x.length > 1), xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
    const r = gd.getBoundingClientRect();
    if (tr.type === 'heatmap') {
        const row = tr.y.length - 1;
        return [String(tr.y[row]), String(tr.x[0]), r.left + xa._offset + xa.l2p(xa._categories.indexOf(String(tr.x[0]))),
                r.top + ya._offset + ya.l2p(ya._categories.indexOf(String(tr.y[row])))];
    }
    if (tr.orientation === 'h') {  // a ranking: the longest bar, 10 px inside its end
        let i = 0;
        tr.x.forEach((v, j) => { if (v > tr.x[i]) i = j; });
        return [String(tr.y[i]), '', r.left + xa._offset + xa.d2p(tr.x[i]) - 10,
                r.top + ya._offset + ya.l2p(ya._categories.indexOf(tr.y[i]))];
    }
    return ['', String(tr.x[1]), r.left + xa._offset + xa.d2p(tr.x[1]), r.top + ya._offset + ya.d2p(tr.y[1])];
}"""


@pytest.mark.parametrize(("path", "expected", "nth", "wanted"), [
    ("/so_sanh?ban_do=bao-cao&nam=2022&tinh=84&huyen=848&nhom=models&chi_tieu=models_total",
     "các xã của Huyện Cầu Ngang, năm 2022", 0, "xa"),
    ("/so_sanh?ban_do=bao-cao&nam=2022&tinh=84&huyen=848&nhom=registration&chi_tieu=reg_party_members_pct",
     "các xã của Huyện Cầu Ngang, năm 2022", 1, "xa"),
    ("/xu_huong?ban_do=bao-cao&nam=2022&tinh=84&huyen=848&dv=old:district:848&ct=reg_party_members_pct",
     "Huyện Cầu Ngang, 2016–2024", 0, "nam"),
], ids=["bar", "heatmap-cell", "trend-point"])
def test_on_a_phone_one_tap_opens_the_unit_and_draws_no_tooltip(server, browser, path, expected, nth, wanted):  # noqa: F811
    """#24 point 2: a finger sends no hover before its tap, and Plotly selects from the last hover: the first tap
    only drew the tooltip (over the chart's labels), a second opened the unit. One tap opens it now, and the
    chart draws no tooltip on a device without hover."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, user_agent=PHONE_AGENT, has_touch=True,
                                  is_mobile=True)
    page = context.new_page()
    try:
        page.goto(server + path)
        page.get_by_text(expected).first.wait_for(timeout=WAIT)
        chart = page.locator(".js-plotly-plot").nth(nth)
        chart.locator(".main-svg").first.wait_for(timeout=WAIT)
        page.wait_for_function("() => document.querySelector('[data-testid=stApp]')?.getAttribute("
                               "'data-test-script-state') === 'notRunning'", timeout=WAIT)
        chart.scroll_into_view_if_needed()
        label, year, x, y = chart.evaluate(_CELL)
        before = _params(page.url)
        # what the tooltip's layer looks like each time Plotly draws a hover (the page survives the switch)
        chart.evaluate("gd => { window.__tooltips = []; gd.on('plotly_hover', () => window.__tooltips.push("
                       "getComputedStyle(gd.querySelector('.hoverlayer')).display)); }")
        page.touchscreen.tap(x, y)
        if wanted == "xa":
            _url_has(page, xa="*")
            page.get_by_text(f"{label} — năm {year or 2022}").first.wait_for(timeout=WAIT)
        else:
            page.wait_for_function("y => new URLSearchParams(location.search).get('nam') === y", arg=year,
                                   timeout=WAIT)
            page.get_by_text(f"Huyện Cầu Ngang — năm {year}").first.wait_for(timeout=WAIT)
        assert _params(page.url) != before
        assert page.evaluate("window.__tooltips") == ["none"]  # the tap's hover was computed, and not drawn
    finally:
        context.close()


def test_a_click_that_opens_another_page_is_one_entry_and_back_returns(server, browser, sample_db):  # noqa: F811
    """#24 point 1: a commune's bar on So sánh opens Tổng quan. Streamlit added two entries (the switch, with So
    sánh's query string on Tổng quan's path, then Tổng quan's address): one Back did nothing visible. One entry
    now, with Tổng quan's address, and one Back shows So sánh of the district again, the sidebar saying so."""
    path = "/so_sanh?ban_do=bao-cao&nam=2022&tinh=84&huyen=848&nhom=models&chi_tieu=models_total"
    page = _open(browser, server, path, "các xã của Huyện Cầu Ngang, năm 2022")
    try:
        _shown(page)
        before = page.evaluate("history.length")
        chart = page.locator(".js-plotly-plot").first
        bar = chart.locator(".barlayer .point path").nth(3)
        bar.scroll_into_view_if_needed()
        label = chart.evaluate("gd => gd.data[0].y[3]")
        box = bar.bounding_box()
        _click(page, box["x"] + box["width"] - 10, box["y"] + box["height"] / 2)
        _url_has(page, xa=_code(sample_db, label))
        page.get_by_text(f"{label} — năm 2022").first.wait_for(timeout=WAIT)
        _shown(page)
        assert page.evaluate("history.length") == before + 1
        assert urllib.parse.urlparse(page.url).path in ("", "/")
        page.go_back()
        page.wait_for_function("() => location.pathname.endsWith('/so_sanh')", timeout=WAIT)
        _shown(page)
        expect(_heading(page)).to_contain_text("các xã của Huyện Cầu Ngang, năm 2022", timeout=WAIT)
        expect(_district_box(page)).to_have_value("Huyện Cầu Ngang", timeout=WAIT)
        assert _params(page.url)["chi_tieu"] == "models_total" and "xa" not in _params(page.url)
    finally:
        page.close()


def test_the_sidebar_to_another_page_is_one_entry_and_back_returns(server, browser):  # noqa: F811
    """Leaving So sánh of a district for Tổng quan by the sidebar took four Backs to come back; one now."""
    page = _open(browser, server, "/so_sanh?ban_do=bao-cao&nam=2022&tinh=87&huyen=872&nhom=models"
                                  "&chi_tieu=models_total", "các xã của Huyện Tháp Mười, năm 2022")
    try:
        _shown(page)
        before = page.evaluate("history.length")
        page.locator('[data-testid="stSidebarNav"]').get_by_text("Tổng quan").click()
        page.get_by_text("Huyện Tháp Mười — năm 2022").first.wait_for(timeout=WAIT)
        _url_has(page, huyen="872", nam="2022")
        _shown(page)
        assert page.evaluate("history.length") == before + 1
        page.go_back()
        page.wait_for_function("() => location.pathname.endsWith('/so_sanh')", timeout=WAIT)
        _shown(page)
        expect(_heading(page)).to_contain_text("các xã của Huyện Tháp Mười, năm 2022", timeout=WAIT)
        expect(_district_box(page)).to_have_value("Huyện Tháp Mười", timeout=WAIT)
    finally:
        page.close()


def test_a_commune_chosen_on_the_old_map_is_followed_onto_todays_map(server, browser, sample_db):  # noqa: F811
    """#24 point 3: a commune chosen on Tổng quan (the map of 2023) is still chosen on Xu hướng, and on its view of
    today's communes the commune it went into is named and drawn (it was dropped with the district)."""
    con = duckdb.connect(str(sample_db), read_only=True)
    try:
        old_name, new_code, new_name = con.execute(
            "SELECT old_commune_name, new_commune_code, new_commune_name FROM core.crosswalk "
            "WHERE old_commune_code = '29431'").fetchone()
    finally:
        con.close()
    page = _open(browser, server, "/?nam=2023&tinh=84&huyen=848&xa=29431", f"{old_name} — năm 2023")
    try:
        _shown(page)
        page.locator('[data-testid="stSidebarNav"]').get_by_text("Xu hướng").click()
        page.wait_for_function("() => location.pathname.endsWith('/xu_huong')", timeout=WAIT)
        _shown(page)
        page.locator('[data-testid="stSidebar"]').get_by_text("Theo đơn vị hiện nay").click()
        _url_has(page, ban_do="hien-nay")
        _shown(page)
        expect(page.get_by_text(f"Xã đã chọn trên bản đồ trước 1/7/2025: {old_name}, nay thuộc {new_name}")
               ).to_be_visible(timeout=WAIT)
        assert new_code in _params(page.url)["dv"].split(",")
        chart = page.locator(".js-plotly-plot").first
        chart.locator(".scatterlayer .point").first.wait_for(timeout=WAIT)
        assert new_name in chart.evaluate("gd => gd.data.map(d => d.name)")
    finally:
        page.close()


def test_a_phone_shows_one_family_at_a_time_and_the_table_a_tap_away(server, browser):  # noqa: F811
    """#24 points 2 and 7: on a phone, Tổng quan's details show one family of metrics at a time (its cards and its
    chart, drawn by the server: no Plotly chart on the phone's Tổng quan), chosen with a tap; the table behind the
    figures opens from an expander. A desktop keeps every family's Plotly chart and the table open."""
    path = "/?nam=2022&tinh=84&huyen=848"
    light = "() => [...document.querySelectorAll('svg.light-chart')].map(e => e.getAttribute('aria-label'))"
    for name, width, agent in (("phone", 390, PHONE_AGENT), ("desktop", 1280, None)):
        options = {"viewport": {"width": width, "height": 844}, **({"user_agent": agent} if agent else {})}
        context = browser.new_context(**options)
        page = context.new_page()
        try:
            page.goto(server + path)
            page.get_by_text("Huyện Cầu Ngang — năm 2022").first.wait_for(timeout=WAIT)
            page.locator(".js-plotly-plot .main-svg" if name == "desktop" else "svg.light-chart").first.wait_for(
                timeout=WAIT)
            page.wait_for_function("() => document.querySelector('[data-testid=stApp]')?.getAttribute("
                                   "'data-test-script-state') === 'notRunning'", timeout=WAIT)
            titles = page.evaluate("() => [...document.querySelectorAll('.js-plotly-plot .gtitle')].map(e => "
                                   "e.textContent)")
            if name == "desktop":
                assert len(titles) == 5, titles  # one chart a family
                assert page.evaluate(light) == []
                assert page.locator("[data-testid='stMain'] h4", has_text="Bảng số liệu").count() == 1
                continue
            assert titles == [] and page.evaluate(light) == ["Đăng ký học tập và làm theo — Huyện Cầu Ngang"]
            chart = page.locator("svg.light-chart")
            # the chosen year's figures written on the chart, each with its bound; the axis the Vietnamese way
            for text in ("trên 98,0%", "80,0%", "trên 40,0%", "100%", "2022"):
                assert chart.locator("text", has_text=text).count() >= 1, text
            page.get_by_role("radio", name="Khen thưởng").click()
            page.wait_for_function(light + ".join('|') === 'Khen thưởng — Huyện Cầu Ngang'", timeout=WAIT)
            assert page.locator(".st-key-kpi_top_reg_party_members_pct [data-testid='stMetric']").count() == 1
            table = page.locator("[data-testid='stExpander']", has_text="Bảng số liệu")
            expect(table.locator("[data-testid='stDataFrame']").first).to_be_hidden()
            table.locator("summary").first.click()
            expect(table.locator("[data-testid='stDataFrame']").first).to_be_visible(timeout=WAIT)
        finally:
            context.close()


def test_on_a_phone_one_tap_on_a_point_of_the_overview_chart_opens_that_year_and_back_returns(server, browser):  # noqa: F811
    """#24 points 1, 2 and 7: the phone's Tổng quan chart is drawn by the server; one tap on a year's point opens
    that year in the same tab and session (the heading, the sidebar's year and the address agree), as one entry:
    one Back shows the year before again."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, user_agent=PHONE_AGENT, has_touch=True,
                                  is_mobile=True)
    page = context.new_page()
    try:
        page.goto(server + "/?nam=2022&tinh=84&huyen=848")
        page.get_by_text("Huyện Cầu Ngang — năm 2022").first.wait_for(timeout=WAIT)
        page.locator("svg.light-chart").first.wait_for(timeout=WAIT)
        page.wait_for_function("() => document.querySelector('[data-testid=stApp]')?.getAttribute("
                               "'data-test-script-state') === 'notRunning'", timeout=WAIT)
        point = page.locator("svg.light-chart a[href*='nam=2019']").first
        tip = point.locator("title").text_content()  # a long press reads the point's figure and its cell
        assert tip.startswith("CCVC, LLVT đăng ký — 2019 · 78,2% · 499/638 · Nguồn: BaoCao_CauNgang_2019.xlsx"), tip
        point.scroll_into_view_if_needed()
        point.locator("circle").first.tap()
        page.wait_for_function("() => new URLSearchParams(location.search).get('nam') === '2019'", timeout=WAIT)
        page.get_by_text("Huyện Cầu Ngang — năm 2019").first.wait_for(timeout=WAIT)
        assert len(context.pages) == 1  # the same tab
        _shown(page)
        year = page.locator('[data-testid="stSidebar"] input[aria-label="Năm"]')
        expect(year).to_have_value("2019", timeout=WAIT)
        page.go_back()
        page.get_by_text("Huyện Cầu Ngang — năm 2022").first.wait_for(timeout=WAIT)
        page.wait_for_function("() => new URLSearchParams(location.search).get('nam') === '2022'", timeout=WAIT)
        expect(year).to_have_value("2022", timeout=WAIT)
    finally:
        context.close()
