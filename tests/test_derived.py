"""Derived figures say so (#22 point 3): a rate its unit did not type — none typed, or the typed one rejected and
the counts beside it kept — is marked with its source, "tính từ 230/232", wherever it is shown: the warehouse's
figures (``derived``), tooltips, tables and their exports, the cards, the report's table, picture and paragraph.
A rate the unit typed, with its counts beside it, is not marked."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from etl.publishing.load import load_files
from tests.corpus_blocks.figures import figures_file, simple_rows
from ui import charts, compare, fmt, kpi
from ui.filters import Selection
from ui.report import gather
from ui.report.content import derived_list
from warehouse import levels, queries
from warehouse.db import ReadOnlyWarehouse

RATE = ("reg_party_members_pct", "value")
NUM, DEN = ("reg_party_members_pct", "numerator"), ("reg_party_members_pct", "denominator")
LONG_SON, KIM_HOA, HIEP_MY = "old:commune:29443", "old:commune:29434", "old:commune:29455"  # Hiệp Mỹ Tây
CAU_NGANG = "old:district:848"


@pytest.fixture
def warehouse(empty_db: Path, tmp_path: Path) -> Path:
    """Cầu Ngang 2023: Long Sơn typed 105% (rejected) beside 230/232; Kim Hòa typed "trên 98" beside 197/200;
    Hiệp Mỹ Tây gave only its counts, 150/160; the district's totals row gave only its counts, 577/592."""
    rows = simple_rows({"Xã Long Sơn": {RATE: 105, NUM: 230, DEN: 232},
                        "Xã Kim Hòa": {RATE: "trên 98", NUM: 197, DEN: 200},
                        "Xã Hiệp Mỹ Tây": {NUM: 150, DEN: 160}},
                       total={NUM: 577, DEN: 592})
    load_files(empty_db, [figures_file(tmp_path / "cau_ngang_2023.xlsx", rows, year=2023)])
    return empty_db


def by_unit(frame: pd.DataFrame) -> dict[str, dict]:
    return {r["unit_key"]: r for r in frame.to_dict("records")}


def test_the_warehouse_says_which_rates_were_made_from_counts(warehouse, monkeypatch):
    wh = ReadOnlyWarehouse(warehouse)
    communes = by_unit(queries.commune_facts(wh, CAU_NGANG, "reg_party_members_pct", 2023, 2023))
    assert {k: (round(r["value"], 1), bool(r["derived"])) for k, r in communes.items()} == {
        LONG_SON: (99.1, True), KIM_HOA: (98.0, False), HIEP_MY: (93.8, True)}
    own = levels.unit_figures(wh, LONG_SON, 2023, 2023, ["reg_party_members_pct"])
    assert own["derived"].tolist() == [True]
    # the district's totals row gave counts only: its reported figure is derived too, read from the summary built
    # at publish time and from the live SQL alike
    district = levels.unit_figures(wh, CAU_NGANG, 2023, 2023, ["reg_party_members_pct"]).iloc[0]
    assert (district["basis"], round(district["value"], 2), bool(district["derived"])) == ("reported", 97.47, True)
    assert levels.summary_ready(wh)
    provinces = by_unit(queries.child_figures(wh, "old:province:84", "reg_party_members_pct", 2023, 2023))
    assert bool(provinces[CAU_NGANG]["derived"])
    monkeypatch.setattr(levels, "summary_ready", lambda _wh: False)  # a warehouse published without it
    live = levels.unit_figures(wh, CAU_NGANG, 2023, 2023, ["reg_party_members_pct"]).iloc[0]
    assert (live["basis"], bool(live["derived"])) == ("reported", True)
    provinces = by_unit(queries.child_figures(wh, "old:province:84", "reg_party_members_pct", 2023, 2023))
    assert bool(provinces[CAU_NGANG]["derived"])


def test_tooltips_tables_cards_and_exports_say_tinh_tu(warehouse):
    wh = ReadOnlyWarehouse(warehouse)
    facts = queries.commune_facts(wh, CAU_NGANG, "reg_party_members_pct", 2023, 2023)
    communes = queries.children_of(wh, CAU_NGANG, 2023)
    rows = compare.ranked(communes, facts, 2023)
    table = compare.table(rows, "pct", "vi")
    status = dict(zip(table["Đơn vị"], table["Tình trạng"], strict=True))
    assert status["Xã Long Sơn"] == "tính từ 230/232"
    assert status["Xã Hiệp Mỹ Tây"] == "tính từ 150/160"
    assert status["Xã Kim Hòa"] == ""  # typed, with its counts beside it: not derived
    english = compare.table(rows, "pct", "en")
    assert dict(zip(english["Unit"], english["Status"], strict=True))["Xã Long Sơn"] == "computed from 230/232"
    long_son = rows[rows["label"] == "Xã Long Sơn"].iloc[0]
    hover = charts.hover_lines(long_son, "pct", "vi")
    assert "99,1%" in hover and "Tỷ lệ tính từ 230/232: đơn vị không điền tỷ lệ" in hover
    kim_hoa = rows[rows["label"] == "Xã Kim Hòa"].iloc[0]
    assert "tính từ" not in charts.hover_lines(kim_hoa, "pct", "vi")
    assert "trên 98,0%<br>197/200" in charts.hover_lines(kim_hoa, "pct", "vi")
    heat = charts.heatmap(pd.concat([facts, facts.assign(year=2022)]).rename(columns={"unit_name": "label"}), "pct",
                          "vi", title="t", color="#B71C1C")
    tips = [tip for trace in heat.to_dict()["data"] if trace.get("hovertext") is not None for tip in trace["hovertext"]]
    assert "Xã Long Sơn — 2023: 99,1% (tính từ 230/232)" in tips
    assert "Xã Kim Hòa — 2023: trên 98,0%" in tips  # the bound kept in the heatmap's cells

    metrics = queries.metrics(wh)
    metrics = metrics[metrics["code"] == "reg_party_members_pct"]
    figures = levels.unit_figures(wh, LONG_SON, 2023, 2023)
    [card] = kpi.build_cards(figures, metrics, 2023, "vi")
    assert card.value == "99,1%" and card.notes[0] == "Tính từ 230/232"
    assert "Tính từ 230/232" in card.target_notes  # on the first screen's card too
    assert "Tỷ lệ tính từ 230/232" in card.help
    behind = kpi.cards_table(figures, metrics, 2023, "vi")
    assert behind["Cách có số liệu"].tolist() == ["tính từ 230/232"]
    [typed] = kpi.build_cards(levels.unit_figures(wh, KIM_HOA, 2023, 2023), metrics, 2023, "vi")
    assert not any("ính từ" in n for n in typed.notes)


def test_the_export_carries_the_mark(warehouse):
    import io

    from ui.export import to_xlsx_bytes

    wh = ReadOnlyWarehouse(warehouse)
    facts = queries.commune_facts(wh, CAU_NGANG, "reg_party_members_pct", 2023, 2023)
    rows = compare.ranked(queries.children_of(wh, CAU_NGANG, 2023), facts, 2023)
    frame = compare.table(rows, "pct", "vi")
    data = to_xlsx_bytes(frame, {"Năm": "2023"}, kinds=compare.kinds("pct", "vi"))
    back = pd.read_excel(io.BytesIO(data), header=None, engine="calamine")
    cells = {str(v) for v in back.to_numpy().ravel() if isinstance(v, str)}
    assert "tính từ 230/232" in cells and "tính từ 150/160" in cells


def test_the_report_marks_a_rate_made_from_counts(warehouse, monkeypatch):
    monkeypatch.setenv("CAMPAIGN_DB", str(warehouse))
    from ui.data import Source

    source = Source()
    content = gather(source, Selection(2023, "old", "84", "848", None, "Huyện Cầu Ngang"), "vi")
    marks = {c.name: (c.label, c.derived) for c in content.children}
    assert marks["Xã Long Sơn"] == ("99,1%*", "230/232")
    assert marks["Xã Kim Hòa"] == ("trên 98,0%", "")
    assert derived_list(content.children, "vi") == (
        "* Tỷ lệ tính từ số đăng ký/tổng số vì đơn vị không điền tỷ lệ hoặc tỷ lệ điền không được nạp: "
        "Xã Long Sơn (230/232); Xã Hiệp Mỹ Tây (150/160).")
    [row] = [r for r in content.figure_rows if r[0].startswith("Tỷ lệ đảng viên")]
    assert row[1] == "97,5% (tính từ 577/592)"
    [key] = [r for r in content.key_rows if r[0] == "Đảng viên đăng ký"]
    assert key[1] == "97,5% (tính từ 577/592)"
    assert "tính từ 577/592" in content.paragraph
    commune = gather(source, Selection(2023, "old", "84", "848", "29443", "Xã Long Sơn"), "vi")
    [row] = [r for r in commune.figure_rows if r[0].startswith("Tỷ lệ đảng viên")]
    assert row[1] == "99,1% (tính từ 230/232)"


def test_the_note_needs_the_flag_and_both_counts():
    assert fmt.derived_note({"derived": True, "numerator": 1230, "denominator": 1232}) == "tính từ 1.230/1.232"
    assert fmt.derived_note({"derived": False, "numerator": 230, "denominator": 232}) is None
    assert fmt.derived_note({"derived": float("nan"), "numerator": 230, "denominator": 232}) is None
    assert fmt.derived_note({"derived": True, "numerator": None, "denominator": 232}) is None
    assert fmt.derived_note({"numerator": 230, "denominator": 232}) is None
    assert fmt.basis_word({"basis": "ratio", "derived": False}, "vi") == "tổng tử số / tổng mẫu số"


def test_todays_map_keeps_the_mark_and_the_bound(warehouse):
    """Long Sơn (230/232, derived) and Hiệp Mỹ Tây (150/160, derived) are two of the three communes of today's Xã
    Hiệp Mỹ; Kim Hòa ("trên 98") went whole into Xã Vinh Kim with others that did not report: the bound stays."""
    wh = ReadOnlyWarehouse(warehouse)
    moved = {r["unit_code"]: r for r in queries.current_map_facts(wh, "86", "reg_party_members_pct", 2023,
                                                                  2023).to_dict("records")}
    hiep_my = moved["29455"]
    assert (hiep_my["numerator"], hiep_my["denominator"], bool(hiep_my["derived"])) == (380, 392, True)
    assert bool(hiep_my["is_approximate"])  # Hiệp Mỹ Đông did not report
    assert fmt.derived_note(hiep_my, "vi") == "tính từ 380/392"
    assert moved["29431"]["qualifier"] == ">"
    [card_row] = queries.current_map_unit(wh, "29431", 2023).to_dict("records")
    assert card_row["qualifier"] == ">"
