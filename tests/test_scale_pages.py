"""The pages at national scale (#12 point 3): a long table drawn a page of rows at a time with its export whole,
the queries that replaced passes over every fact (the same answers as before), the cache bounded in bytes."""

from __future__ import annotations

import threading

import duckdb
import pandas as pd
import pytest
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from ui.data import ResultCache
from warehouse import queries
from warehouse.db import ReadOnlyWarehouse

COMMEND = ("commend_collective", "commend_individual", "commend_proposed_collective", "commend_proposed_individual")


def _paged_app() -> None:
    import pandas as pd

    from ui import tables

    frame = pd.DataFrame({"Lần nạp": range(120, 0, -1), "Giá trị": [v / 2 for v in range(120)],
                          "Tệp": [f"BaoCao_{i}.xlsx" for i in range(120)]})
    tables.show_paged(frame, "vi", "demo", {"Giá trị": ["pct" if i % 2 else "num" for i in range(120)]})


def test_a_long_table_is_drawn_fifty_rows_at_a_time():
    at = AppTest.from_function(_paged_app, default_timeout=60).run()
    assert not at.exception
    shown = at.dataframe[0].value
    assert list(shown["Lần nạp"]) == list(range(120, 70, -1))
    assert [c.value for c in at.caption] == ["Hiển thị dòng 1–50 trong tổng số 120 dòng (sắp xếp theo cột trong các "
                                             "dòng đang hiển thị); tệp tải về có đủ 120 dòng."]
    assert at.selectbox(key="demo_rows").options == ["1–50", "51–100", "101–120"]
    at.selectbox(key="demo_rows").select_index(2).run()
    shown = at.dataframe[0]
    assert list(shown.value["Lần nạp"]) == list(range(20, 0, -1))
    # a kind given row by row follows its rows onto the page: row 101 (index 100) is "num", 102 "pct"
    display = dataframe_util.convert_arrow_bytes_to_pandas_df(shown.proto.arrow_data.styler.display_values)
    assert list(display["Giá trị"][:2]) == ["50", "50,5%"]  # 50.0 as a decimal (fmt drops ",0"), 50.5 a rate


def test_unit_totals_are_the_unit_figures_of_those_metrics(sample_db):
    wh = ReadOnlyWarehouse(sample_db)
    try:
        units = wh.query("SELECT DISTINCT unit_key, year FROM core.facts WHERE unit_level <> 'other' ORDER BY 1, 2")
        provinces = wh.query("SELECT DISTINCT map || ':province:' || province_code AS unit_key, year FROM core.facts "
                             "WHERE province_code IS NOT NULL")
        cases = pd.concat([units.iloc[::7], provinces]).itertuples(index=False)
        checked = 0
        for key, year in cases:
            for wanted in (("models_total",), COMMEND):
                full = queries.figures(wh, key, int(year), int(year))  # what Tổng quan shows
                full = full[full["metric"].isin(wanted)].reset_index(drop=True)
                got = queries.unit_totals(wh, key, int(year), wanted).reset_index(drop=True)
                same = [f.astype(object).where(f.notna(), None) for f in (got, full)]  # None or NaN: missing
                pd.testing.assert_frame_equal(*same, check_dtype=False)
                checked += len(full)
        assert checked > 50  # figures compared, not empty frames
    finally:
        wh.close()


def test_who_has_not_reported_reads_the_same_as_a_pass_over_every_fact(sample_db):
    wh = ReadOnlyWarehouse(sample_db)
    try:
        for parent, year in (("old:district:848", 2022), ("old:province:84", 2023), ("new:province:86", 2025),
                             ("old:district:352", 2016)):
            got = queries.reporting_status(wh, parent, year)
            expected_keys = set(got["unit_key"])
            facts = wh.query("SELECT unit_key, year, metric, source_file, load_id FROM core.facts")
            facts = facts[facts["unit_key"].isin(expected_keys)]
            this_year = facts[facts["year"] == year].groupby("unit_key")["metric"].nunique()
            assert dict(zip(got["unit_key"], got["metrics"], strict=True)) == {
                k: int(this_year.get(k, 0)) for k in got["unit_key"]}
            earlier = facts[facts["year"] < year].sort_values(["year", "load_id"]).groupby("unit_key").last()
            for k, last_year in zip(got["unit_key"], got["last_year"], strict=True):
                assert (pd.isna(last_year) and k not in earlier.index) or int(earlier.loc[k, "year"]) == last_year
            assert len(got) > 0
    finally:
        wh.close()


@pytest.mark.parametrize("text", ["long son", "Long Sơn", "an", "a_h", "l%g s", "xyz", "Đông"])
def test_the_unit_search_finds_what_sql_like_finds(sample_db, text):
    """The search filters an index read once (``search_in``): the rows SQL's LIKE on the folded names finds."""
    from etl.reference.text import ascii_fold

    wh = ReadOnlyWarehouse(sample_db)
    try:
        index = queries.search_index(wh)
        found = queries.search_in(index, text)
        con = duckdb.connect()
        con.register("idx", index)
        like = con.execute("SELECT count(*) FILTER (WHERE fold_old LIKE $p OR fold_new LIKE $p) FROM idx",
                           {"p": "%" + ascii_fold(text) + "%"}).fetchone()[0]
        assert len(found) == min(like, queries.SEARCH_LIMIT)
        assert list(found.columns[-2:]) == ["matched_old", "matched_new"] and "fold_old" not in found
        assert (found["matched_old"] | found["matched_new"]).all()
        order = ["new_province_name", "new_commune_name", "old_commune_name"]
        assert found[order].equals(found.sort_values(order, kind="stable")[order])
    finally:
        wh.close()
    if text == "Long Sơn":
        assert "Xã Long Sơn" in set(found["old_commune_name"]) | set(found["new_commune_name"])


def test_the_cache_holds_at_most_its_budget_and_hands_out_copies():
    cache = ResultCache(budget=300_000)
    frame = lambda n: pd.DataFrame({"x": range(n), "name": [f"đơn vị {i}" for i in range(n)]})  # noqa: E731
    got = cache.get(("db", "v1", "q", (1,)), lambda: frame(1000))
    got["x"] = -1  # a page changing what it got
    got["extra"] = 1
    again = cache.get(("db", "v1", "q", (1,)), lambda: pytest.fail("a hit runs no query"))
    assert list(again.columns) == ["x", "name"] and again["x"].iloc[5] == 5
    for i in range(2, 30):
        cache.get(("db", "v1", "q", (i,)), lambda: frame(1000))
        assert cache.bytes <= 300_000
    assert ("db", "v1", "q", (1,)) not in cache._items  # the least recently used left first
    assert ("db", "v1", "q", (29,)) in cache._items
    cache.get(("db", "v2", "q", (1,)), lambda: frame(10))  # a new warehouse published: the old results go
    assert {k[1] for k in cache._items} == {"v2"}
    assert cache.get(("db", "v2", "years", ()), lambda: [2022, 2023]) == [2022, 2023]


def test_sessions_asking_for_the_same_result_at_once_share_one_query():
    """Fifty viewers opening after a start or a publish: one session makes a result, the others wait for it and
    are handed it (copies); a make that fails lets the next one try, and its error goes to its own session."""
    cache = ResultCache(budget=10_000_000)
    started, release, calls = threading.Event(), threading.Event(), []

    def slow() -> pd.DataFrame:
        calls.append(1)
        started.set()
        release.wait(10)
        return pd.DataFrame({"x": [1, 2, 3]})

    key = ("db", "v1", "years", ())
    got: list[pd.DataFrame] = []
    first = threading.Thread(target=lambda: got.append(cache.get(key, slow)))
    first.start()
    started.wait(10)
    others = [threading.Thread(target=lambda: got.append(cache.get(key, slow))) for _ in range(8)]
    for th in others:
        th.start()
    release.set()
    for th in [first, *others]:
        th.join(10)
    assert len(calls) == 1 and len(got) == 9 and all(list(g["x"]) == [1, 2, 3] for g in got)
    assert len({id(g) for g in got}) == 9  # each session its own copy

    def broken() -> pd.DataFrame:
        raise RuntimeError("the warehouse went away")

    with pytest.raises(RuntimeError, match="went away"):
        cache.get(("db", "v1", "q", (2,)), broken)
    assert list(cache.get(("db", "v1", "q", (2,)), lambda: pd.DataFrame({"x": [7]}))["x"]) == [7]


def test_reported_totals_are_the_unit_figures_values_and_bases(sample_db):
    """What the registers' pages set beside the register: the unit's own figures when it reported them all, else
    the figures computed from its units, each as Tổng quan shows it (queries.figures)."""
    wh = ReadOnlyWarehouse(sample_db)
    try:
        cases = wh.query("SELECT DISTINCT unit_key, year FROM core.facts WHERE unit_level <> 'other' "
                         "UNION SELECT DISTINCT map || ':province:' || province_code, year FROM core.facts "
                         "WHERE province_code IS NOT NULL ORDER BY 1, 2")
        bases = set()
        for key, year in cases.iloc[::5].itertuples(index=False):
            for wanted in (("models_total",), COMMEND):
                full = queries.figures(wh, key, int(year), int(year))  # what Tổng quan shows
                full = full[full["metric"].isin(wanted)]
                got = queries.reported_totals(wh, key, int(year), wanted)
                assert dict(zip(got["metric"], zip(got["value"], got["basis"], strict=True), strict=True)) == dict(
                    zip(full["metric"], zip(full["value"], full["basis"], strict=True), strict=True)), (key, year)
                bases |= set(got["basis"])
        assert {"reported", "sum"} <= bases  # both ways were taken
    finally:
        wh.close()


def test_the_first_page_runs_of_a_process_freeze_what_is_alive_then_no_more(monkeypatch):
    """ui.page.freeze_long_lived: gc.freeze at the start of each of a process's first FREEZE_RUNS page runs (a
    full garbage collection of a warmed-up server walked ~200,000 objects, 120–200 ms on a viewer's click), not
    after: later objects are collected as usual."""
    import gc

    from ui import page

    calls = []
    monkeypatch.setattr(page, "_runs", [0])
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(len(calls)))
    for _ in range(page.FREEZE_RUNS + 5):
        page.freeze_long_lived()
    assert len(calls) == page.FREEZE_RUNS


def test_a_page_run_takes_the_objects_alive_out_of_full_collections(page, monkeypatch):
    import gc

    from ui import page as scaffolding

    monkeypatch.setattr(scaffolding, "_runs", [0])  # a new process (this one has run pages in other tests)
    gc.unfreeze()
    page("pages/tong_quan.py", nam="2022", tinh="84", huyen="848")
    assert gc.get_freeze_count() > 10_000  # the modules, classes and caches a page holds


def test_coverage_of_an_old_province_is_a_row_a_district(sample_db):
    """queries.coverage under an old-map province: its districts (each the metrics any fact of the district gave
    that year: its own, its communes', its agencies'), and the province's own units, never the communes."""
    wh = ReadOnlyWarehouse(sample_db)
    cov = queries.coverage(wh, "old:province:84", 2016, 2024)
    assert set(cov["unit_level"]) <= {"district", "province", "other"} and "district" in set(cov["unit_level"])
    con = duckdb.connect(str(sample_db), read_only=True)
    expected = dict(((y, d), n) for y, d, n in con.execute(
        "SELECT year, district_code, count(DISTINCT metric) FROM core.facts WHERE map = 'old' AND province_code = '84' "
        "AND district_code IS NOT NULL GROUP BY ALL").fetchall())
    names = dict(con.execute("SELECT DISTINCT code, name FROM core.unit_versions WHERE map = 'old' AND "
                             "level = 'district' AND province_code = '84'").fetchall())
    con.close()
    districts = cov[cov["unit_level"] == "district"]
    got = {(int(r.year), r.unit_key.split(":")[2]): int(r.metrics) for r in districts.itertuples()}
    assert got == expected and len(got) > 5
    assert districts.set_index("unit_key")["unit_name"].to_dict()["old:district:848"] == names["848"]
    assert queries.coverage(wh, "old:district:848", 2022, 2022)["unit_level"].eq("commune").sum() == 15  # unchanged


@pytest.mark.parametrize("year", [2022, 2025])
def test_the_unit_lists_by_scope_are_parts_of_the_whole_list(sample_db, year):
    """queries.unit_options(scope=): the provinces only, or one province with its units: the rows of the whole
    list they stand for (the filters ask for the provinces, then for the chosen one's units)."""
    wh = ReadOnlyWarehouse(sample_db)
    whole = queries.unit_options(wh, year)
    provinces = queries.unit_options(wh, year, queries.PROVINCES)
    def rows(frame: pd.DataFrame) -> list[tuple]:  # blanks as None (a province has no province_code: its dtype)
        return [tuple(None if pd.isna(v) else v for v in r) for r in frame.itertuples(index=False)]

    assert rows(provinces) == rows(whole[whole["level"] == "province"])
    assert len(provinces) >= 1
    for code in provinces["code"]:
        part = queries.unit_options(wh, year, code)
        expected = whole[((whole["level"] == "province") & (whole["code"] == code))
                         | ((whole["level"] != "province") & (whole["province_code"] == code))]
        assert rows(part) == rows(expected)
        assert (part["level"] == "commune").any()


def test_a_scoped_unit_list_is_cut_from_the_whole_one_when_it_is_held(sample_db, monkeypatch):
    """Source.unit_options(year, scope): the query of the scope alone, or the same rows cut from the year's whole
    list once the process holds it."""
    from ui import data

    monkeypatch.setenv("CAMPAIGN_DB", str(sample_db))
    data.RESULTS.clear()
    source = data.Source()

    def rows(frame: pd.DataFrame) -> list[tuple]:
        return [tuple(None if pd.isna(v) else v for v in r) for r in frame.itertuples(index=False)]

    asked = {scope: rows(source.unit_options(2022, scope)) for scope in (queries.PROVINCES, "84", "35")}
    assert data.RESULTS.peek(data._key(source.path, source.version, "unit_options", (2022,))) is None
    data.RESULTS.clear()  # the scoped results gone: only the whole list below
    whole = source.unit_options(2022)  # now held
    assert data.RESULTS.peek(data._key(source.path, source.version, "unit_options", (2022,))) is not None
    monkeypatch.setattr(queries, "unit_options", lambda *a: pytest.fail("the whole list is held: no query"))
    for scope, expected in asked.items():
        assert rows(source.unit_options(2022, scope)) == expected and expected
    assert len(whole) > len(asked["84"]) > len(asked[queries.PROVINCES])
    data.RESULTS.clear()
