"""AppTest of every page: the figures shown are the warehouse's, filters change them, exports are there."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, SAMPLE_DIR, query

CAU_NGANG = {"nam": "2022", "tinh": "84", "huyen": "848"}
SAMPLE_FILES = len(list(SAMPLE_DIR.glob("*.xlsx")))  # one load each


def charts(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def downloads(at: AppTest) -> list[str]:
    return [d.proto.label for d in at.get("download_button")]


@pytest.fixture
def exported(monkeypatch) -> dict[str, object]:
    """What each download button of the run would give, by its key: the bytes, or the callable of a lazy export
    (which Streamlit runs on a click; AppTest has no server to run it)."""
    from streamlit.delta_generator import DeltaGenerator

    seen: dict[str, object] = {}
    real = DeltaGenerator.download_button

    def spy(self, label, data, *args, **kwargs):
        seen[kwargs.get("key")] = data
        return real(self, label, data, *args, **kwargs)

    monkeypatch.setattr(DeltaGenerator, "download_button", spy)
    return seen


def csv_rows(data: object) -> pd.DataFrame:
    raw = data() if callable(data) else data
    return pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig")


def test_compare_ranks_the_communes_of_the_district(page, sample_db):
    at = page("pages/so_sanh.py", **CAU_NGANG, nhom="registration", chi_tieu="reg_party_members_pct")
    assert any("các xã của Huyện Cầu Ngang, năm 2022" in s.value for s in at.subheader)
    ranking, heat = charts(at)
    best = query(sample_db, "SELECT unit_name, value FROM facts WHERE district = 'Huyện Cầu Ngang' AND year = 2022 "
                            "AND metric = 'reg_party_members_pct' AND unit_level = 'commune' ORDER BY value DESC, "
                            "unit_name LIMIT 1")[0]
    assert ranking["data"][0]["y"][-1] == best[0]  # the best commune on top
    assert ranking["layout"]["separators"] == ",."
    assert any("Chỉ tiêu 100,0%" in s.get("text", "") for s in ranking["layout"].get("annotations", []))
    assert any("Huyện Cầu Ngang: trên 98,0%" in s.get("text", "") for s in ranking["layout"].get("annotations", []))
    table = at.dataframe[0].value
    assert len(table) == 15 and table.iloc[0]["Đơn vị"] == best[0]
    assert downloads(at) == ["Tải CSV", "Tải Excel (XLSX)", "Tải CSV", "Tải Excel (XLSX)"]
    assert heat["data"][0]["type"] == "heatmap" and len(heat["data"][0]["x"]) == 9


def test_compare_changes_with_the_metric(page):
    at = page("pages/so_sanh.py", **CAU_NGANG, chi_tieu="reg_party_members_pct")
    first = at.dataframe[0].value.iloc[0]["Giá trị"]
    at.selectbox(key="filter_nhom").set_value("models").run()
    at.selectbox(key="filter_chi_tieu").set_value("models_total").run()
    assert at.query_params["chi_tieu"] == "models_total"
    assert at.dataframe[0].value.iloc[0]["Giá trị"] != first
    assert float(at.dataframe[0].value.iloc[0]["Giá trị"]).is_integer()  # a count now, a number (ui.tables)


def test_compare_on_the_new_map_uses_the_province(page):
    at = page("pages/so_sanh.py", nam="2025", tinh="86", chi_tieu="models_total")
    table = at.dataframe[0].value
    reported = set(table.loc[table["Giá trị"].notna(), "Đơn vị"])
    assert reported == {"Xã Cầu Ngang", "Xã Mỹ Long", "Xã Vinh Kim", "Xã Nhị Trường", "Xã Hiệp Mỹ", "Xã Ngũ Lạc"}
    assert len(table) == 124  # every commune of today's Vĩnh Long is listed; the others did not report


def test_compare_shows_missing_communes_as_missing(page, sample_db):
    # Thạnh Hóa's sample leaves one commune's union-member rate blank in some years
    at = page("pages/so_sanh.py", nam="2016", tinh="80", huyen="800", chi_tieu="reg_union_members_pct")
    table = at.dataframe[0].value
    reported = query(sample_db, "SELECT count(*) FROM facts WHERE district = 'Huyện Thạnh Hóa' AND year = 2016 "
                                "AND metric = 'reg_union_members_pct' AND unit_level = 'commune'")[0][0]
    assert table["Giá trị"].notna().sum() == reported
    assert len(table) == 11
    if reported < 11:
        assert table.iloc[-1]["Tình trạng"] == "Chưa báo cáo"


def test_trend_draws_one_chart_per_metric(page):
    at = page("pages/xu_huong.py", **CAU_NGANG, dv="old:district:848,old:commune:29443",
              ct="reg_party_members_pct,models_total")
    specs = charts(at)
    assert len(specs) == 2
    assert {trace["name"] for trace in specs[0]["data"]} == {"Huyện Cầu Ngang", "Xã Long Sơn"}
    assert len(at.dataframe[0].value) == 2 * 2 * 9
    assert "Tải Excel (XLSX)" in downloads(at)


def test_models_counts_match_the_register(page, sample_db):
    at = page("pages/mo_hinh.py", **CAU_NGANG)
    expected = query(sample_db, "SELECT count(*) FROM models WHERE district = 'Huyện Cầu Ngang' AND year = 2022")[0][0]
    assert at.metric[0].value == str(expected)
    at.text_input(key="search_models").input("bhyt").run()
    assert any(c.value.startswith("1/") for c in at.caption)
    assert at.dataframe[-1].value.iloc[0]["Tên mô hình"] == "Tổ tiết kiệm mua BHYT hộ gia đình"
    assert at.query_params["q"] == "bhyt"
    assert len(charts(at)) == 3


def test_pilot_models_and_replication_of_binh_luc(page):
    at = page("pages/mo_hinh.py", nam="2021", tinh="35", huyen="352")
    pilots = [d.value for d in at.dataframe if "Nhân rộng (đơn vị)" in d.value.columns][0]
    replicated = pilots[pilots["Nhân rộng (đơn vị)"] == "17/17"]
    assert list(replicated["Tên mô hình"]) == ["Cải cách hành chính, gần dân, sát dân, vì nhân dân phục vụ"]
    assert replicated.iloc[0]["Tỷ lệ nhân rộng (%)"] == 100.0
    assert (pilots["Mô hình điểm"] == "✓").sum() == 4  # the three of 2016–2021 and "Ngày thứ bảy với dân"


def test_commendations_of_thap_muoi_2022(page):
    at = page("pages/khen_thuong.py", nam="2022", tinh="87", huyen="872")
    assert [m.value for m in at.metric] == ["20", "52", "1", "2"]
    assert len(charts(at)) == 3
    assert downloads(at) == ["Tải CSV", "Tải Excel (XLSX)"]


def test_data_page_lists_loads_and_coverage(page, exported, sample_db):
    at = page("pages/du_lieu.py", **CAU_NGANG)
    assert at.metric[0].value == str(SAMPLE_FILES)
    assert any("Không có dòng nào bị loại" in s.value for s in at.success)
    assert any("dữ liệu mẫu" in w.value.lower() for w in at.warning)
    # the loads a page of 50 at a time, the newest first; the caption says which of how many; the export has all
    loads = [d.value for d in at.dataframe if "Tệp" in d.value.columns][0]
    newest = [r[0] for r in query(sample_db, "SELECT load_id FROM loads ORDER BY load_id DESC")]
    assert list(loads["Lần nạp"]) == newest[:50]
    assert any(c.value.startswith(f"Hiển thị dòng 1–50 trong tổng số {SAMPLE_FILES} dòng") for c in at.caption)
    assert (loads["Ô số liệu"] > 0).all() and loads["Ô bị loại"].sum() == 0
    assert list(csv_rows(exported["loads_csv"])["Lần nạp"]) == newest
    at.selectbox(key="loads_rows").select(1).run()  # the next rows
    loads = [d.value for d in at.dataframe if "Tệp" in d.value.columns][0]
    assert list(loads["Lần nạp"]) == newest[50:]
    assert str(loads["Năm"].dtype) == "Int64"
    assert csv_rows(exported["loads_csv"])["Năm"].isna().any()  # a register of several years: blank
    assert any(c.value.startswith(f"Hiển thị dòng 51–{SAMPLE_FILES} trong tổng số") for c in at.caption)
    assert charts(at)[0]["data"][0]["type"] == "heatmap"


def test_data_page_shows_rejects(empty_db, tmp_path, monkeypatch):
    from etl.publishing.load import load_files
    from tests.corpus_blocks import plain as corpus

    rows = [[1, "Xã Không Có", None, None, None, 3, None, None, None, None]]
    load_files(empty_db, [corpus.xlsx(tmp_path / "bad.xlsx", corpus.grid(rows=rows))])
    monkeypatch.setenv("CAMPAIGN_DB", str(empty_db))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.switch_page("pages/du_lieu.py")
    at.run()
    assert not at.exception
    rejects = [d.value for d in at.dataframe if "Lý do" in d.value.columns][0]
    assert rejects.iloc[0]["Ô"] == "B9" and "Không tìm thấy đơn vị" in rejects.iloc[0]["Lý do"]
    loads = [d.value for d in at.dataframe if "Ô bị loại" in d.value.columns][0]
    ledger = query(empty_db, "SELECT cells_fact, cells_rejected, cells_label, cells_ignored FROM loads")[0]
    assert tuple(loads.iloc[0][["Ô số liệu", "Ô bị loại", "Ô nhãn, tiêu đề", "Ô bỏ qua"]]) == ledger
    assert ledger[1] == 2  # the unknown name and the figure it keeps out


def test_data_page_opens_a_warehouse_of_the_previous_version(sample_db, tmp_path, monkeypatch):
    """A warehouse published before the cell ledger (no cells_* columns) opens read-only: the page shows its
    loads with the ledger columns blank, not an error."""
    import shutil

    import duckdb

    old = tmp_path / "old.duckdb"
    shutil.copyfile(sample_db, old)
    con = duckdb.connect(str(old))
    con.execute("DROP VIEW loads")
    con.execute("DROP VIEW load_sheets")
    for column in ("cells_fact", "cells_rejected", "cells_label", "cells_ignored"):
        con.execute(f"ALTER TABLE core.loads DROP COLUMN {column}")
    con.close()
    monkeypatch.setenv("CAMPAIGN_DB", str(old))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.switch_page("pages/du_lieu.py")
    at.run()
    assert not at.exception
    loads = [d.value for d in at.dataframe if "Ô bị loại" in d.value.columns][0]
    assert len(loads) == min(50, SAMPLE_FILES) and loads["Ô bị loại"].isna().all()


@pytest.mark.parametrize("path", ["pages/so_sanh.py", "pages/xu_huong.py", "pages/mo_hinh.py",
                                  "pages/khen_thuong.py", "pages/du_lieu.py"])
def test_every_page_in_english(page, path):
    at = page(path, **CAU_NGANG, lang="en")
    assert at.title[0].value in {"Compare", "Trends", "Models", "Commendations", "Data"}


def test_empty_warehouse_pages_say_nothing_is_loaded(empty_db, monkeypatch):
    monkeypatch.setenv("CAMPAIGN_DB", str(empty_db))
    for path in ("pages/so_sanh.py", "pages/xu_huong.py", "pages/mo_hinh.py", "pages/khen_thuong.py",
                 "pages/du_lieu.py"):
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        at.switch_page(path)
        at.run()
        assert not at.exception
        assert any("chưa được nạp" in i.value for i in at.info), path
        assert not any("python -m" in i.value for i in at.info), path  # no shell command for a viewer


def test_data_page_shows_values_a_later_file_replaced(empty_db, tmp_path, monkeypatch):
    from etl.publishing.load import load_files
    from tests.corpus_blocks.figures import figures_file, simple_rows

    first = figures_file(tmp_path / "v1.xlsx", simple_rows({"Xã Long Sơn": {("models_total", "value"): 7}}), year=2022)
    second = figures_file(tmp_path / "v2.xlsx", simple_rows({"Xã Long Sơn": {("models_total", "value"): 9}}), year=2022)
    load_files(empty_db, [first])
    load_files(empty_db, [second])
    monkeypatch.setenv("CAMPAIGN_DB", str(empty_db))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params.update({"nam": "2022", "tinh": "84", "huyen": "848"})
    at.switch_page("pages/du_lieu.py")
    at.run()
    assert not at.exception
    history = [d.value for d in at.dataframe if "Giá trị cũ" in d.value.columns][0]
    assert history.iloc[0][["Giá trị cũ", "Nguồn cũ (tệp / ô)", "Giá trị hiện nay", "Tệp hiện nay"]].tolist() == [
        7.0, "v1.xlsx / M11", 9.0, "v2.xlsx"]


def test_a_phone_draws_the_ends_of_a_long_ranking_with_a_search_and_all_a_tap_away(page, monkeypatch):
    """On a phone (ui.device), a ranking longer than twice PHONE_EACH draws its highest and lowest (here five
    each of Bình Lục's 17 communes), the heatmap the same units; "Xem tất cả" draws all; a search finds one."""
    import ui.device
    import ui.page
    from ui import compare

    monkeypatch.setattr(compare, "PHONE_EACH", 5)
    monkeypatch.setattr(ui.page, "is_phone", lambda: True)
    monkeypatch.setattr(ui.device, "is_phone", lambda: True)
    at = page("pages/so_sanh.py", nam="2022", tinh="35", huyen="352", nhom="registration",
              chi_tieu="reg_party_members_pct")
    ranking, heat = charts(at)
    assert len(ranking["data"][0]["y"]) == 10 and len(set(heat["data"][0]["y"])) == 10
    assert any("5 đơn vị cao nhất" in c.value for c in at.caption)
    at.toggle(key="ranking_all").set_value(True).run()
    assert len(charts(at)[0]["data"][0]["y"]) == 17
    at.toggle(key="ranking_all").set_value(False).run()
    at.text_input(key="ranking_search").input("dong du").run()  # no accents typed
    assert charts(at)[0]["data"][0]["y"] == ["Xã Đồng Du"]
