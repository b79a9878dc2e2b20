"""The loader at national scale (#12): a batch of files written in a few statements, parsed by a pool of
processes, and the unit index cached. Each must give exactly what loading the files one by one gives."""

from __future__ import annotations

from pathlib import Path

import duckdb

import etl.publishing.load as load
from etl.publishing.load import load_files, load_unit_index
from etl.publishing.undo import undo_load
from tests.conftest import query
from tests.corpus_blocks.figures import figures_file, simple_rows

COMMUNES = ["Xã Long Sơn", "Xã Kim Hòa", "Xã Hiệp Mỹ Đông", "Xã Hiệp Mỹ Tây", "Xã Thuận Hòa", "Xã Mỹ Hòa",
            "Xã Vinh Kim", "Xã Nhị Trường", "Xã Trường Thọ", "Xã Thạnh Hòa Sơn"]


def report(path, values: dict[str, float], year: int = 2022):
    return figures_file(path, simple_rows({u: {("models_total", "value"): v} for u, v in values.items()}), year=year)


def facts(db):
    return query(db, "SELECT unit_name, value, source_file FROM facts ORDER BY 1")


def rejects(db):
    return query(db, "SELECT source_file, source_cell, reason_code, reason FROM rejects ORDER BY 1, 2")


def test_files_of_one_batch_that_give_a_figure_different_values_load_neither_and_name_each_other(empty_db, tmp_path):
    files = [report(tmp_path / "a.xlsx", {"Xã Long Sơn": 7, "Xã Kim Hòa": 4}),
             report(tmp_path / "b.xlsx", {"Xã Long Sơn": 9}),
             report(tmp_path / "c.xlsx", {"Xã Long Sơn": 11})]
    a, b, c = load_files(empty_db, files)  # one batch: one transaction
    assert [o.status for o in (a, b, c)] == ["loaded_with_rejects"] * 3
    assert [o.exit_code for o in (a, b, c)] == [1, 1, 1]
    assert [a.load_id, b.load_id, c.load_id] == [a.load_id, a.load_id + 1, a.load_id + 2]  # consecutive ids
    assert facts(empty_db) == [("Xã Kim Hòa", 4.0, "a.xlsx")]  # the rest of a loads; Long Sơn: none of the three
    assert query(empty_db, "SELECT count(*) FROM core.fact_history") == [(0,)]
    found = rejects(empty_db)
    assert [(f, code) for f, _, code, _ in found] == [("a.xlsx", "conflict_across_files"),
                                                      ("b.xlsx", "conflict_across_files"),
                                                      ("c.xlsx", "conflict_across_files")]
    cell = found[0][1]
    reason_of = {f: r for f, _, _, r in found}
    assert f"b.xlsx (Năm 2022!{cell}: 9)" in reason_of["a.xlsx"] and f"c.xlsx (Năm 2022!{cell}: 11)" in reason_of["a.xlsx"]
    assert "a.xlsx" in reason_of["b.xlsx"] and "c.xlsx" in reason_of["b.xlsx"] and "nạp riêng tệp đúng" in reason_of["c.xlsx"]
    # the ledger: the cell of each disputed figure is a reject, not a fact
    assert (a.cells["fact"], a.cells["reject"]) == (1, 1) and (b.cells["fact"], b.cells["reject"]) == (0, 1)
    assert query(empty_db, "SELECT file_name, status, rows_loaded, rows_rejected, cells_fact, cells_rejected "
                           "FROM loads ORDER BY load_id") == [("a.xlsx", "loaded_with_rejects", 1, 1, 1, 1),
                                                              ("b.xlsx", "loaded_with_rejects", 0, 1, 0, 1),
                                                              ("c.xlsx", "loaded_with_rejects", 0, 1, 0, 1)]
    assert any("nạp riêng tệp đúng" in n for n in b.notes)
    # the right file loaded alone afterwards loads (its conflict kept it from being "in")
    [again] = load_files(empty_db, [files[2]])
    assert again.status == "loaded" and ("Xã Long Sơn", 11.0, "c.xlsx") in facts(empty_db)


def test_the_same_figure_with_the_same_value_from_two_files_is_one_fact(empty_db, tmp_path):
    a, b = load_files(empty_db, [report(tmp_path / "a.xlsx", {"Xã Long Sơn": 7, "Xã Kim Hòa": 4}),
                                 report(tmp_path / "b.xlsx", {"Xã Long Sơn": 7, "Xã Mỹ Hòa": 2})])
    assert (a.status, b.status) == ("loaded", "loaded")
    assert query(empty_db, "SELECT unit_name, value FROM facts ORDER BY 1") == [
        ("Xã Kim Hòa", 4.0), ("Xã Long Sơn", 7.0), ("Xã Mỹ Hòa", 2.0)]


def test_a_conflict_with_a_part_already_published_takes_that_figure_back(empty_db, tmp_path):
    [before] = load_files(empty_db, [report(tmp_path / "before.xlsx", {"Xã Long Sơn": 5, "Xã Kim Hòa": 1})])
    files = [report(tmp_path / "f1.xlsx", {"Xã Long Sơn": 1, "Xã Mỹ Hòa": 3}),
             report(tmp_path / "f2.xlsx", {"Xã Long Sơn": 1}),  # the same value as f1: one figure so far
             report(tmp_path / "f3.xlsx", {"Xã Long Sơn": 3})]  # a third part disputes it
    f1, f2, f3 = load_files(empty_db, files, batch_files=1)  # three publishes
    assert [o.status for o in (f1, f2, f3)] == ["loaded_with_rejects"] * 3
    # the value the load had replaced is back, from the earlier load; the load's other figure stays
    assert facts(empty_db) == [("Xã Kim Hòa", 1.0, "before.xlsx"), ("Xã Long Sơn", 5.0, "before.xlsx"),
                               ("Xã Mỹ Hòa", 3.0, "f1.xlsx")]
    assert query(empty_db, "SELECT count(*) FROM core.fact_history") == [(0,)]
    assert [(f, code) for f, _, code, _ in rejects(empty_db)] == [("f1.xlsx", "conflict_across_files"),
                                                                  ("f2.xlsx", "conflict_across_files"),
                                                                  ("f3.xlsx", "conflict_across_files")]
    assert query(empty_db, "SELECT file_name, status, rows_loaded, rows_rejected, cells_fact, cells_rejected "
                           "FROM loads WHERE load_id > ? ORDER BY load_id", [before.load_id]) == [
        ("f1.xlsx", "loaded_with_rejects", 1, 1, 1, 1), ("f2.xlsx", "loaded_with_rejects", 0, 1, 0, 1),
        ("f3.xlsx", "loaded_with_rejects", 0, 1, 0, 1)]
    assert query(empty_db, "SELECT cells_fact, cells_rejected FROM load_sheets WHERE load_id = ?", [f2.load_id]) == [
        (0, 1)]
    assert (f1.rows_loaded, f1.rows_rejected, f1.cells["fact"], f1.cells["reject"]) == (1, 1, 1, 1)
    assert "f3.xlsx" in f1.rejects[0].reason  # the first names the file that disputed it
    undo_load(empty_db, f1.load_id)  # undo still gives back what was there before the load
    assert facts(empty_db) == [("Xã Kim Hòa", 1.0, "before.xlsx"), ("Xã Long Sơn", 5.0, "before.xlsx")]


def test_the_same_content_twice_in_one_load_is_loaded_once(empty_db, tmp_path):
    a = report(tmp_path / "BaoCao_X_2023.xlsx", {"Xã Long Sơn": 7})
    copy = tmp_path / "BaoCao_X_2023 (1).xlsx"
    copy.write_bytes(a.read_bytes())
    other = report(tmp_path / "c.xlsx", {"Xã Kim Hòa": 3})
    first, second, third = load_files(empty_db, [a, copy, other])
    assert (first.status, second.status, third.status) == ("loaded", "already_loaded", "loaded")
    assert second.message_vi == "Trùng nội dung với BaoCao_X_2023.xlsx trong cùng lần nạp: không nạp lại"
    assert second.exit_code == 0 and second.reason_code == "same_content_in_batch"
    assert facts(empty_db) == [("Xã Kim Hòa", 3.0, "c.xlsx"), ("Xã Long Sơn", 7.0, "BaoCao_X_2023.xlsx")]
    [again] = load_files(empty_db, [a])
    assert again.status == "already_loaded"


def test_copies_and_resends_under_python_minus_o_behave_the_same(empty_db, tmp_path):
    """The loader checks its invariants with errors, never assert: under -O the batch cases give the same."""
    import json
    import subprocess
    import sys

    folder = tmp_path / "batch"
    folder.mkdir()
    a = report(folder / "BaoCao_X_2023.xlsx", {"Xã Long Sơn": 7, "Xã Kim Hòa": 4})
    (folder / "BaoCao_X_2023 (1).xlsx").write_bytes(a.read_bytes())
    report(folder / "BaoCao_X_2023_dieuchinh.xlsx", {"Xã Long Sơn": 8, "Xã Kim Hòa": 4})
    report(folder / "c.xlsx", {"Xã Mỹ Hòa": 3})
    results = []
    for flags in ([], ["-O"]):
        db = tmp_path / f"w{len(flags)}.duckdb"
        db.write_bytes(empty_db.read_bytes())
        done = subprocess.run([sys.executable, *flags, "-m", "etl", "load", str(folder), "--db", str(db), "--json"],
                              capture_output=True, text=True, cwd=Path(load.__file__).parents[2])
        out = json.loads(done.stdout)
        results.append((done.returncode, [(Path(f["file"]).name, f["status"], f["rows_loaded"], f["rows_rejected"])
                                          for f in out["files"]], facts(db)))
    assert results[0] == results[1]
    assert results[0] == (1, [("BaoCao_X_2023 (1).xlsx", "already_loaded", 0, 0),  # a browser's second download
                              ("BaoCao_X_2023.xlsx", "loaded_with_rejects", 1, 1),
                              ("BaoCao_X_2023_dieuchinh.xlsx", "loaded_with_rejects", 1, 1),
                              ("c.xlsx", "loaded", 1, 0)],
                          [("Xã Kim Hòa", 4.0, "BaoCao_X_2023_dieuchinh.xlsx"), ("Xã Mỹ Hòa", 3.0, "c.xlsx")])


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

    from etl.tables.records import Fact

    fact = Fact("u", 2023, "m", 98.5, ">", 197.0, 200.0, "trên 98,5%", "Sheet", 10, "C10", "Xã Long Sơn")
    back = pickle.loads(pickle.dumps(fact, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == fact and back is not fact


def test_the_loader_starts_without_pandas():
    """pandas takes about 0.16 s to import: the loader's modules leave it to the pages (and the registers)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", "import sys, etl.cli, etl.publishing.load, warehouse.levels; "
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
