"""Tables as Excel users expect (ui/tables.py): numbers stay numbers on screen (a header click sorts them as
numbers) yet read 98,5% and 1.234 (English 98.5%, 1,234); blanks, never "None" or "nan"; labels, not codes;
chart PNG names in the ASCII style of the CSV and XLSX names."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from ui import tables

CAU_NGANG = {"nam": "2022", "tinh": "84", "huyen": "848"}
# every page a viewer opens, with the tables it draws (the desk, behind a sign-in, is in tests/test_desk.py)
PAGES = [
    ("pages/tong_quan.py", CAU_NGANG),
    ("pages/tong_quan.py", {**CAU_NGANG, "lang": "en"}),
    ("pages/so_sanh.py", {**CAU_NGANG, "chi_tieu": "reg_party_members_pct"}),
    ("pages/so_sanh.py", {"nam": "2016", "tinh": "80", "huyen": "800", "chi_tieu": "reg_union_members_pct"}),
    ("pages/so_sanh.py", {"ban_do": "hien-nay", "nam": "2022", "tinh": "86", "chi_tieu": "models_total"}),
    ("pages/xu_huong.py", {**CAU_NGANG, "dv": "old:district:848,old:commune:29443",
                           "ct": "reg_party_members_pct,models_total"}),
    ("pages/xu_huong.py", {"ban_do": "hien-nay", "nam": "2025", "tinh": "86", "huyen_cu": "848",
                           "dv": "29455,29530", "ct": "models_total"}),
    ("pages/mo_hinh.py", CAU_NGANG),
    ("pages/mo_hinh.py", {"nam": "2021", "tinh": "35", "huyen": "352"}),
    ("pages/khen_thuong.py", {"nam": "2022", "tinh": "87", "huyen": "872"}),
    ("pages/du_lieu.py", CAU_NGANG),
    ("pages/don_vi.py", {"q": "Long Sơn"}),
]
NUMERIC_HEADERS = {"Hạng", "Giá trị", "Tử số", "Mẫu số", "Năm", "Rank", "Value", "Numerator", "Denominator", "Year",
                   "Lần nạp", "Số liệu nạp", "Bị loại", "Ô số liệu", "Tỷ lệ nhân rộng (%)", "Chỉ tiêu đề ra",
                   "Target", "Năm 2021", "2021"}
BAD = re.compile(r"(?<![\w<])(None|nan|NaN|NaT|<NA>)(?![\w>])")
METRIC_CODE = re.compile(r"^[a-z]+(_[a-z0-9]+)+$")  # reg_party_members_pct


def shown_tables(at: AppTest) -> list[tuple[pd.DataFrame, pd.DataFrame, list[str]]]:
    """(the numbers given to st.dataframe, the text the reader sees, the columns drawn) for every table."""
    out = []
    for d in at.dataframe:
        display = d.proto.arrow_data.styler.display_values
        drawn = list(d.proto.column_order) or list(d.value.columns)  # a qualifier is read into its value
        out.append((d.value, dataframe_util.convert_arrow_bytes_to_pandas_df(display) if display else d.value,
                    drawn))
    return out


@pytest.mark.parametrize(("path", "params"), PAGES)
def test_every_table_of_every_page_has_numbers_blanks_and_labels(page, path, params):
    at = page(path, **params)
    found = shown_tables(at)
    assert found, f"{path}: no table"
    for values, display, drawn in found:
        for column in values.columns:
            if column in NUMERIC_HEADERS or re.fullmatch(r"(19|20)\d\d", str(column)):
                assert pd.api.types.is_numeric_dtype(values[column]), (path, column, values[column].dtype)
        for frame in (values, display):
            for column in frame.columns:
                for cell in frame[column]:
                    if isinstance(cell, str):
                        assert not BAD.search(cell), (path, column, cell)
        # labels, not codes: a metric code may stay only in the machine column "Mã chỉ tiêu" at the far right
        for position, column in enumerate(drawn):
            codes = [c for c in values[column] if isinstance(c, str) and METRIC_CODE.match(c)]
            if codes:
                assert column in ("Mã chỉ tiêu", "Metric code", "Mã lý do", "Reason code"), (path, column, codes[:3])
                assert position == len(drawn) - 1, (path, column)
    for chart in at.get("plotly_chart"):
        name = json.loads(chart.proto.config)["toImageButtonOptions"]["filename"]
        assert re.fullmatch(r"[a-z0-9]+([_-][a-z0-9]+)*", name), (path, name)


def test_compare_table_sorts_as_numbers_and_reads_the_vietnamese_way(page):
    at = page("pages/so_sanh.py", **CAU_NGANG, chi_tieu="reg_party_members_pct")
    values, display, _ = shown_tables(at)[0]
    assert str(values["Hạng"].dtype) == "Int64" and values["Giá trị"].dtype == "float64"
    assert str(values["Tử số"].dtype) == "Int64" and str(values["Mẫu số"].dtype) == "Int64"
    assert sorted(values["Hạng"].dropna().tolist()) == sorted(values["Hạng"].dropna().tolist(), key=int)
    assert values["Hạng"].max() >= 12  # so that a text sort (1, 12, 13, 2) would show
    first = values.iloc[0]
    assert display.iloc[0]["Giá trị"] == f"{first['Giá trị']:.1f}".replace(".", ",").removesuffix(",0") + "%"
    assert display.iloc[0]["Tử số"] == str(first["Tử số"])
    order = list(at.dataframe[0].proto.column_order)
    assert order[0] == "Hạng" and not [c for c in order if c.startswith("Giới hạn")]  # read into the value column
    assert at.dataframe[0].proto.placeholder == ""  # a missing cell is empty, not "None"


def test_overview_reads_over_and_blank_in_english(page):
    at = page("pages/tong_quan.py", **CAU_NGANG, lang="en")
    values, display, drawn = shown_tables(at)[0]
    over = values["Bound (> over, >= at least, < under, <= at most, ~ about)"] == ">"
    assert over.any()
    assert all(s.startswith("over ") for s in display.loc[over, "Value"])
    rates = over & (values["Unit of measure"] == "%")
    assert rates.any() and all(s.endswith("%") for s in display.loc[rates, "Value"])
    assert drawn[-1] == "Metric code" and drawn[0] == "Metric"  # the label first, the code for machines last
    assert values["Value"].dtype == "float64" and pd.api.types.is_numeric_dtype(values["Target"])
    missing = values["Value"].isna()
    assert missing.any() and (display.loc[missing, "Value"] == "").all()


def test_text_of_a_cell():
    assert tables.text(98.5, "pct", "vi") == "98,5%" and tables.text(98.5, "pct", "en") == "98.5%"
    assert tables.text(1234, "int", "vi") == "1.234" and tables.text(1234, "int", "en") == "1,234"
    assert tables.text(1234.5, "num", "vi") == "1.234,5" and tables.text(7.0, "count", "vi") == "7"
    assert tables.text(98, "pct", "vi", ">") == "trên 98,0%" and tables.text(98, "pct", "en", ">") == "over 98.0%"
    assert tables.text(2022, "plain", "vi") == "2022"
    for missing in (None, float("nan"), pd.NA):
        assert tables.text(missing, "pct", "vi") == ""


def test_styled_keeps_numbers_and_writes_each_row_in_its_kind():
    frame = pd.DataFrame({"Hạng": [1.0, 2.0, 12.0, None], "Đơn vị": ["A", None, "C", "D"],
                          "Giá trị": [98.5, 1234.0, None, 98.0], "Q": [None, None, None, ">"],
                          "Tử số": [466.0, None, 3.0, 1.0]})
    styler = tables.styled(frame, "vi", {"Giá trị": ["pct", "count", "pct", "pct"]}, {"Giá trị": "Q"})
    data = styler.data
    assert str(data["Hạng"].dtype) == "Int64" and str(data["Tử số"].dtype) == "Int64"
    assert data["Giá trị"].dtype == "float64"
    body = [[c["display_value"] for c in row[1:]] for row in styler._translate(False, False)["body"]]
    assert body == [["1", "A", "98,5%", "", "466"], ["2", "", "1.234", "", ""], ["12", "C", "", "", "3"],
                    ["", "D", "trên 98,0%", ">", "1"]]


def test_show_hands_st_dataframe_a_styler_of_numbers(monkeypatch):
    seen = {}
    monkeypatch.setattr(tables.st, "dataframe", lambda data, **kw: seen.update(data=data, **kw))
    frame = pd.DataFrame({"Hạng": [2.0, 1.0], "Giá trị": [50.0, 98.5], "Q": [None, ">"]})
    tables.show(frame, "vi", {"Giá trị": "pct"}, qualifiers={"Giá trị": "Q"}, hide=["Q"], key="k")
    assert seen["placeholder"] == "" and seen["hide_index"] is True and seen["key"] == "k"
    assert seen["column_order"] == ["Hạng", "Giá trị"]
    assert str(seen["data"].data["Hạng"].dtype) == "Int64"


def test_numbers_are_written_as_babel_writes_them():
    """ui.fmt.number writes Babel's "#,##0.#" without Babel (thirty times faster, for tables of thousands of
    cells): the same text for whole numbers, halves (rounded half-even on the shortest decimal form), negatives
    and large values, in both languages."""
    import random

    from ui import fmt

    rng = random.Random(12)
    values = [0.0, -0.0, 0.05, 0.15, 0.25, 0.35, -0.04, -0.05, 2.675, 999.95, 999.949, 1234.5, -1234.55, 98.5,
              100.0, 1e15, 5e20, 1e-9, 123456789.5]
    values += [rng.uniform(-1e7, 1e7) for _ in range(2000)] + [round(rng.uniform(-1e4, 1e4), rng.randint(0, 3))
                                                               for _ in range(2000)]
    for v in values:
        for lang in ("vi", "en"):
            for decimals in (0, 1, 2):
                assert fmt.number(v, lang, decimals) == fmt.babel_number(v, lang, decimals), (v, lang, decimals)
    assert fmt.number(1234.5, "vi") == "1.234,5" and fmt.number(1234.5, "en") == "1,234.5"
    assert fmt.number(float("nan")) == "—" and fmt.number(None) == "—"


def test_a_phone_shows_unit_value_and_rank_first():
    from ui.tables import narrow_columns

    wide = ["Hạng", "Đơn vị", "Mã đơn vị", "Giá trị", "Tử số", "Mẫu số", "Tình trạng", "Nguồn"]
    assert narrow_columns(wide, "vi") == ["Đơn vị", "Giá trị", "Hạng"]
    assert narrow_columns(["Đơn vị", "Giá trị", "Hạng"], "vi") == []  # narrow already
    assert narrow_columns(["Tệp", "Năm", "Số liệu", "Lần nạp"], "vi") == []  # nothing to put first


def test_a_print_copy_is_every_row_up_to_500_then_says_so_and_is_made_once_for_every_session(monkeypatch):
    """The plain copy a table prints (ui.printing): its cells as on screen, at most 500 rows and then a line saying
    how many there are (it was never written: the rows given were already cut); the same table asked for again
    (another session's run) is not formatted again, while the same rows in another order are another copy."""
    from ui import printing

    drawn: list[str] = []
    monkeypatch.setattr(printing, "print_table", drawn.append)
    monkeypatch.setattr(tables, "_PRINTED", type(tables._PRINTED)())
    frame = pd.DataFrame({"Đơn vị": [f"Xã {i}" for i in range(620)], "Tỷ lệ (%)": [95.5 + i / 1000 for i in range(620)]})
    tables.printed(frame, "vi", {"Tỷ lệ (%)": "pct"})
    page = drawn[-1]
    assert page.count("<tr>") == 501  # the header and 500 rows
    assert "Xã 499" in page and "Xã 500<" not in page and "95,5%" in page
    assert "In 500 dòng đầu trong 620 dòng" in page
    formatted: list[object] = []
    real_text = tables.text
    monkeypatch.setattr(tables, "text", lambda *a: formatted.append(a) or real_text(*a))
    tables.printed(frame.copy(), "vi", {"Tỷ lệ (%)": "pct"})
    assert drawn[-1] == page and formatted == []  # kept, not made again
    tables.printed(frame.iloc[::-1], "vi", {"Tỷ lệ (%)": "pct"})
    assert drawn[-1] != page and formatted and drawn[-1].index("Xã 619") < drawn[-1].index("Xã 618")
    short = frame.head(3)
    tables.printed(short, "vi", {"Tỷ lệ (%)": "pct"})
    assert drawn[-1].count("<tr>") == 4 and "In 500" not in drawn[-1]


def test_a_phone_table_keeps_its_name_column_narrow_enough_for_the_value_beside_it():
    """A metric's long name took the whole width of a 390-px phone and pushed the value off the screen: the
    phone's first column is PHONE_NAME_WIDTH wide, its own settings (a link column's) kept."""
    import streamlit as st

    from ui.tables import PHONE_NAME_WIDTH, narrow_config

    assert narrow_config(["Chỉ tiêu", "Giá trị"], None) == {"Chỉ tiêu": {"width": PHONE_NAME_WIDTH}}
    link = st.column_config.LinkColumn("Đơn vị", display_text="xem")
    other = st.column_config.NumberColumn("Hạng")
    config = narrow_config(["Đơn vị", "Giá trị", "Hạng"], {"Đơn vị": link, "Hạng": other})
    assert config["Đơn vị"] == {**link, "width": PHONE_NAME_WIDTH}
    assert config["Hạng"] == other and PHONE_NAME_WIDTH <= 200


def _two_tables() -> None:
    """A page of two tables of the same shape, the second's figure from the address (?n=)."""
    import pandas as pd
    import streamlit as st

    from ui import tables

    n = float(st.query_params.get("n", "1"))
    tables.show(pd.DataFrame({"Đơn vị": ["Xã A", "Xã B"], "Giá trị": [98.5, 97.4]}), "vi", {"Giá trị": "pct"})
    tables.show(pd.DataFrame({"Đơn vị": ["Xã A", "Xã B"], "Giá trị": [98.5, n]}), "vi", {"Giá trị": "pct"})


def test_a_table_drawn_before_is_drawn_again_as_it_was_and_a_changed_one_anew(monkeypatch):
    """Tables are kept as drawn (Streamlit's cached elements, every session of the process): the same table comes
    back without being styled again, a table differing in one cell is styled and shows its own figure."""
    from ui import tables

    styled_calls = []
    real = tables.styled
    monkeypatch.setattr(tables, "styled", lambda *a, **k: styled_calls.append(1) or real(*a, **k))
    tables._draw_kept.clear()

    def run(n: str) -> list[list[str]]:
        at = AppTest.from_function(_two_tables)
        at.query_params["n"] = n
        at.run()
        assert not at.exception, at.exception
        return [list(display["Giá trị"]) for _, display, _ in shown_tables(at)]

    assert run("3") == [["98,5%", "97,4%"], ["98,5%", "3,0%"]]
    assert len(styled_calls) == 2
    assert run("3") == [["98,5%", "97,4%"], ["98,5%", "3,0%"]]  # another session: both drawn as kept
    assert len(styled_calls) == 2
    assert run("4") == [["98,5%", "97,4%"], ["98,5%", "4,0%"]]  # one cell changed: that table styled anew
    assert len(styled_calls) == 3
