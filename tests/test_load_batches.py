"""The loader at national scale (#12): a batch of files written in a few statements, parsed by a pool of
processes, and the unit index cached. Each must give exactly what loading the files one by one gives."""

from __future__ import annotations

import duckdb

import etl.load as load
from etl.load import load_files, load_unit_index
from etl.undo import undo_load
from tests.builders import figures_file, simple_rows
from tests.conftest import query

COMMUNES = ["Xã Long Sơn", "Xã Kim Hòa", "Xã Hiệp Mỹ Đông", "Xã Hiệp Mỹ Tây", "Xã Thuận Hòa", "Xã Mỹ Hòa",
            "Xã Vinh Kim", "Xã Nhị Trường", "Xã Trường Thọ", "Xã Thạnh Hòa Sơn"]


def report(path, values: dict[str, float], year: int = 2022):
    return figures_file(path, simple_rows({u: {("models_total", "value"): v} for u, v in values.items()}), year=year)


def facts(db):
    return query(db, "SELECT unit_name, value, source_file FROM facts ORDER BY 1")


def test_files_of_one_batch_that_give_the_same_figure_keep_every_replaced_value_for_an_undo(empty_db, tmp_path):
    files = [report(tmp_path / "a.xlsx", {"Xã Long Sơn": 7, "Xã Kim Hòa": 4}),
             report(tmp_path / "b.xlsx", {"Xã Long Sơn": 9}),
             report(tmp_path / "c.xlsx", {"Xã Long Sơn": 11})]
    a, b, c = load_files(empty_db, files)  # one batch: one transaction
    assert [o.status for o in (a, b, c)] == ["loaded"] * 3
    assert [a.load_id, b.load_id, c.load_id] == [a.load_id, a.load_id + 1, a.load_id + 2]  # consecutive ids
    assert facts(empty_db) == [("Xã Kim Hòa", 4.0, "a.xlsx"), ("Xã Long Sơn", 11.0, "c.xlsx")]
    assert query(empty_db, "SELECT value, source_file, superseded_by FROM core.fact_history ORDER BY 1") == [
        (7.0, "a.xlsx", b.load_id), (9.0, "b.xlsx", c.load_id)]
    undo_load(empty_db, c.load_id)
    assert facts(empty_db) == [("Xã Kim Hòa", 4.0, "a.xlsx"), ("Xã Long Sơn", 9.0, "b.xlsx")]
    undo_load(empty_db, b.load_id)
    assert facts(empty_db) == [("Xã Kim Hòa", 4.0, "a.xlsx"), ("Xã Long Sơn", 7.0, "a.xlsx")]
    # the sequence moved past the ids counted locally: the next load gets a new one
    [d] = load_files(empty_db, [report(tmp_path / "d.xlsx", {"Xã Kim Hòa": 5})])
    assert d.load_id > c.load_id and d.load_id not in query(empty_db, "SELECT undo_id FROM core.undos")[0]


def test_a_figure_replaced_in_a_later_batch_goes_to_the_history_with_that_batch_load(empty_db, tmp_path):
    files = [report(tmp_path / f"f{i}.xlsx", {"Xã Long Sơn": i}) for i in (1, 2, 3)]
    outcomes = load_files(empty_db, files, batch_files=2)  # two publishes
    assert facts(empty_db) == [("Xã Long Sơn", 3.0, "f3.xlsx")]
    assert query(empty_db, "SELECT value, superseded_by FROM core.fact_history ORDER BY 1") == [
        (1.0, outcomes[1].load_id), (2.0, outcomes[2].load_id)]


def test_the_same_content_twice_in_one_load_is_loaded_once(empty_db, tmp_path):
    a = report(tmp_path / "a.xlsx", {"Xã Long Sơn": 7})
    copy = tmp_path / "a_copy.xlsx"
    copy.write_bytes(a.read_bytes())
    first, second = load_files(empty_db, [a, copy])
    assert (first.status, second.status) == ("loaded", "already_loaded")
    assert f"lần nạp {first.load_id}" in second.message_vi
    [again] = load_files(empty_db, [a])
    assert again.status == "already_loaded"


def test_a_pool_of_workers_gives_what_one_process_gives(tmp_path, empty_db):
    files = [report(tmp_path / f"r{i:02}.xlsx", {u: 10 * i + j for j, u in enumerate(COMMUNES)}, year=2014 + i)
             for i in range(1, 11)]
    files.append(tmp_path / "broken.xlsx")
    files[-1].write_bytes(b"PK\x03\x04 not a workbook")
    other = tmp_path / "other.duckdb"
    other.write_bytes(empty_db.read_bytes())
    one = load_files(empty_db, files, workers=1)
    two = load_files(other, files, workers=2)
    assert len(files) >= load.POOL_MIN_FILES  # the pool is used
    # a worker sends its facts as rows only: what the outcome says of them is read off the rows
    assert [(o.path, o.status, o.rows_loaded, o.load_id, o.cells, o.years, o.metrics) for o in one] == \
           [(o.path, o.status, o.rows_loaded, o.load_id, o.cells, o.years, o.metrics) for o in two]
    assert two[0].years == [2015] and two[9].years == [2024] and two[0].metrics and two[0].rows_loaded == 10
    assert two[-1].status == "refused" and two[0].status == "loaded"
    q = "SELECT * FROM core.facts ORDER BY ALL"
    assert query(empty_db, q) == query(other, q) and len(query(other, q)) == 100
    # every fact carries the load of its own file (the ids are given to the batch's rows at once)
    q = "SELECT count(*) FROM core.facts f JOIN core.loads l USING (load_id) WHERE f.source_file = l.file_name"
    assert query(other, q) == [(100,)]
    q = "SELECT file_name, status, rows_loaded, cells_fact, cells_label FROM core.loads ORDER BY load_id"
    assert query(empty_db, q) == query(other, q)


def test_a_file_whose_rows_cannot_be_written_is_refused_alone(empty_db, tmp_path, monkeypatch):
    files = [report(tmp_path / f"{n}.xlsx", {u: v}) for n, u, v in
             (("a", "Xã Long Sơn", 1), ("bad", "Xã Kim Hòa", 2), ("c", "Xã Mỹ Hòa", 3))]
    real = load._write_facts

    def failing(con, rows):
        if "bad.xlsx" in rows.column("source_file").to_pylist():
            raise duckdb.ConstraintException("simulated failure")
        real(con, rows)

    monkeypatch.setattr(load, "_write_facts", failing)
    a, bad, c = load_files(empty_db, files)
    assert (a.status, bad.status, c.status) == ("loaded", "refused", "loaded")
    assert bad.reason_code == "internal_error" and "simulated failure" in bad.message_en
    assert facts(empty_db) == [("Xã Long Sơn", 1.0, "a.xlsx"), ("Xã Mỹ Hòa", 3.0, "c.xlsx")]
    assert query(empty_db, "SELECT file_name FROM core.loads ORDER BY load_id") == [("a.xlsx",), ("c.xlsx",)]


def test_the_unit_index_is_read_from_its_cache_and_rebuilt_when_the_units_change(empty_db, tmp_path, monkeypatch):
    monkeypatch.setenv("CAMPAIGN_CACHE", str(tmp_path / "cache"))
    con = duckdb.connect(str(empty_db))
    built = load_unit_index(con)
    [cached_file] = (tmp_path / "cache").glob("unit_index-*.pickle")
    def no_building(self, versions):
        raise AssertionError("the index was built again")

    with monkeypatch.context() as m:  # only the cache can answer now: pickle.load does not call __init__
        m.setattr(load.UnitIndex, "__init__", no_building)
        from_cache = load_unit_index(con)
    assert from_cache.by_key == built.by_key
    again = load_unit_index(con)
    assert again.by_key == built.by_key and again.old_to_new_province == built.old_to_new_province
    con.execute("INSERT INTO core.unit_versions SELECT 'old:other:x', 'old', 'other', NULL, 'Chi bộ X', NULL, "
                "'84', NULL, NULL, NULL, 'load'")
    changed = load_unit_index(con)
    assert "old:other:x" in changed.by_key and "old:other:x" not in built.by_key
    assert len(list((tmp_path / "cache").glob("unit_index-*.pickle"))) == 2
    cached_file.write_bytes(b"not a pickle")  # a damaged cache is built again, never an error
    con.execute("DELETE FROM core.unit_versions WHERE unit_key = 'old:other:x'")
    assert load_unit_index(con).by_key == built.by_key
    con.close()


def test_every_load_and_undo_leaves_the_levels_summary_current_for_every_year(empty_db, tmp_path):
    from warehouse.levels import summary_is_current

    def district_total(year):
        return query(empty_db, "SELECT value FROM core.level_figures WHERE level = 'district' AND year = ? AND "
                               "metric = 'models_total' AND unit_key = 'old:district:' || (SELECT district_code "
                               "FROM core.facts WHERE year = ? LIMIT 1)", [year, year])

    [a] = load_files(empty_db, [report(tmp_path / "a.xlsx", {"Xã Long Sơn": 7, "Xã Kim Hòa": 4}, year=2021)])
    [b] = load_files(empty_db, [report(tmp_path / "b.xlsx", {"Xã Long Sơn": 9}, year=2022)])  # one year rebuilt
    [c] = load_files(empty_db, [report(tmp_path / "c.xlsx", {"Xã Long Sơn": 1}, year=2021)])
    con = duckdb.connect(str(empty_db), read_only=True)
    assert summary_is_current(con)
    con.close()
    assert district_total(2021) == [(5.0,)] and district_total(2022) == [(9.0,)]  # 1 + 4: c replaced a's 7
    undo_load(empty_db, c.load_id)
    con = duckdb.connect(str(empty_db), read_only=True)
    assert summary_is_current(con)
    con.close()
    assert district_total(2021) == [(11.0,)] and district_total(2022) == [(9.0,)]


def test_a_load_of_several_batches_builds_the_summary_once_with_its_last(empty_db, tmp_path, monkeypatch):
    import warehouse.levels as levels
    from warehouse.levels import summary_is_current

    built: list[list[int] | None] = []
    real = levels.build_summary

    def counting(con, years=None):
        built.append(years)
        return real(con, years)

    monkeypatch.setattr(levels, "build_summary", counting)
    load_files(empty_db, [report(tmp_path / "a.xlsx", {"Xã Long Sơn": 7}, year=2020)])  # the summary is current
    built.clear()
    files = [report(tmp_path / f"f{y}.xlsx", {"Xã Long Sơn": y - 2000}, year=y) for y in (2021, 2022, 2023)]
    files.append(tmp_path / "broken.xlsx")
    files[-1].write_bytes(b"not a workbook")  # the last batch: refused, yet the summary is built and published
    load_files(empty_db, files, batch_files=1)
    assert built == [[2021, 2022, 2023]]
    con = duckdb.connect(str(empty_db), read_only=True)
    assert summary_is_current(con)
    con.close()
    assert query(empty_db, "SELECT year, value FROM core.level_figures WHERE level = 'district' AND "
                           "metric = 'models_total' ORDER BY 1") == [(2020, 7.0), (2021, 21.0), (2022, 22.0),
                                                                     (2023, 23.0)]


def test_a_fact_comes_back_from_a_worker_as_it_went(tmp_path):
    import pickle

    from etl.records import Fact

    fact = Fact("u", 2023, "m", 98.5, ">", 197.0, 200.0, "trên 98,5%", "Sheet", 10, "C10", "Xã Long Sơn")
    back = pickle.loads(pickle.dumps(fact, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == fact and back is not fact


def test_the_loader_starts_without_pandas():
    """pandas takes about 0.16 s to import: the loader's modules leave it to the pages (and the registers)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", "import sys, etl.cli, etl.load, warehouse.levels; "
                                                 "print('pandas' in sys.modules)"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_name_two_wards_answer_to_is_told_apart_by_the_other_rows(empty_db, tmp_path):
    """Phường Thịnh Quang (00223) merged into Phường Ngã Tư Sở (00235), which took the name, in 2021–2024: a
    2023 report that lists Ngã Tư Sở under its old name means the old Thịnh Quang by "Thịnh Quang"; one that
    does not means the ward that goes on (a name looked up once a file, whatever the rows around it)."""
    both = figures_file(tmp_path / "both.xlsx", simple_rows({
        "Phường Thịnh Quang": {("models_total", "value"): 3}, "Phường Ngã Tư Sở": {("models_total", "value"): 5}}),
        district="Đống Đa", issuer_top="QUẬN ỦY ĐỐNG ĐA", year=2023)
    alone = figures_file(tmp_path / "alone.xlsx", simple_rows({
        "Phường Thịnh Quang": {("models_total", "value"): 8}, "Phường Láng Hạ": {("models_total", "value"): 2}}),
        district="Đống Đa", issuer_top="QUẬN ỦY ĐỐNG ĐA", year=2023)
    other = tmp_path / "other.duckdb"
    other.write_bytes(empty_db.read_bytes())
    [a], [b] = load_files(empty_db, [both]), load_files(other, [alone])  # each its own warehouse: 00235 in both
    assert (a.status, b.status) == ("loaded", "loaded"), (a.rejects, b.rejects)
    q = "SELECT unit_code, value FROM core.facts WHERE metric = 'models_total' AND unit_level = 'commune' ORDER BY 1"
    assert query(empty_db, q) == [("00223", 3.0), ("00235", 5.0)]
    assert query(other, q) == [("00199", 2.0), ("00235", 8.0)]
