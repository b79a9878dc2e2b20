"""Limits count content, not a sheet's rectangle (#21): a report with one stray value far from its table (row
1,048,576, XFD1048576, a few values far to the right) loads its table as it would without it, and the stray
cell is a reject (a number) or ignored (a text), with its real cell reference; memory stays bounded."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from etl.publishing.load import load_files
from etl.reading.readers import COL_GAP, MAX_AREA, ROW_GAP, _plan, read_file
from etl.tables.ledger import IGNORED, REJECT, SheetLedger
from tests import hostile
from tests.conftest import ROOT, query
from tests.corpus_blocks import plain as corpus

GB = 1024 ** 3
FACTS = ("SELECT unit_name, metric, value, numerator, denominator, source_sheet, source_cell FROM facts "
         "ORDER BY ALL")


@pytest.fixture
def report(tmp_path: Path) -> Path:
    """The standard report (tests/corpus.py): 17 facts, one sheet "Biểu 1" of 14 rows × 10 columns."""
    return corpus.xlsx(tmp_path / "bao_cao.xlsx", corpus.grid())


@pytest.fixture
def clean(report: Path, empty_db_template: Path, tmp_path: Path) -> tuple[list[tuple], object]:
    """The facts and the outcome of the report without any stray cell, loaded into a warehouse of its own."""
    db = tmp_path / "clean.duckdb"
    shutil.copyfile(empty_db_template, db)
    [outcome] = load_files(db, [report])
    return query(db, FACTS), outcome


def load_one(db: Path, path: Path):
    [outcome] = load_files(db, [path])
    return outcome


def balanced(outcome) -> bool:
    return all(s["fact"] + s["reject"] + s["label"] + s["ignored"] == s["cells"] and s["balanced"]
               for s in outcome.sheets)


def test_a_number_in_row_1048576_is_a_reject_and_the_table_loads_as_without_it(empty_db, report, clean, tmp_path):
    facts, before = clean
    path = hostile.with_far_cells(report, tmp_path / "le_dong_cuoi.xlsx", {"A1048576": 5})
    assert path.stat().st_size < 10_000
    o = load_one(empty_db, path)
    assert o.status == "loaded_with_rejects" and o.year == 2022 and o.unit == "Huyện Cầu Ngang"
    assert query(empty_db, FACTS) == facts and len(facts) == 17
    assert ("Xã Long Sơn", "commend_individual", 3.0, None, None, "Biểu 1", "J9") in facts
    assert ("Xã Long Sơn", "reg_party_members_pct", 98.8, 316.0, 320.0, "Biểu 1", "E9") in facts
    [far] = [r for r in o.rejects if r.code == "far_cell"]
    assert (far.sheet, far.row, far.cell, far.value) == ("Biểu 1", 1_048_576, "A1048576", "5")
    assert far.reason == "Ô A1048576 nằm xa bảng (cách hơn 1.000 dòng trống), không thuộc bảng nào: không nạp"
    assert far.reason_en == ("cell A1048576 lies far from the table (more than 1,000 empty rows away), in no "
                             "table: not loaded")
    assert o.cells == {**before.cells, "reject": before.cells["reject"] + 1}
    assert balanced(o)
    assert any("1 ô nằm xa bảng" in n and "1 ô số bị loại" in n for n in o.notes)
    assert query(empty_db, "SELECT source_row, source_cell, reason_code FROM rejects WHERE reason_code = "
                           "'far_cell'") == [(1_048_576, "A1048576", "far_cell")]


def test_a_far_text_is_ignored_with_its_reason(empty_db, report, clean, tmp_path):
    facts, before = clean
    o = load_one(empty_db, hostile.with_far_cells(report, tmp_path / "chu.xlsx", {"C900000": "đã kiểm tra"}))
    assert o.status == before.status and not [r for r in o.rejects if r.code == "far_cell"]
    assert query(empty_db, FACTS) == facts
    [sheet] = o.sheets
    assert sheet["ignored_why"]["far_text"] == 1
    assert o.cells == {**before.cells, "ignored": before.cells["ignored"] + 1}
    assert balanced(o)


def test_values_far_to_the_right_are_rejects_or_ignored_by_their_column(empty_db, report, clean, tmp_path):
    facts, before = clean
    path = hostile.with_far_cells(report, tmp_path / "ben_phai.xlsx", {"AZZ1": 5, "BAA3": "ghi chú", "XFD7": 9.5})
    o = load_one(empty_db, path)
    assert query(empty_db, FACTS) == facts
    far = sorted((r.cell, r.row, r.value, r.reason) for r in o.rejects if r.code == "far_cell")
    assert far == [("AZZ1", 1, "5", "Ô AZZ1 nằm xa bảng (cách hơn 100 cột trống), không thuộc bảng nào: không nạp"),
                   ("XFD7", 7, "9.5", "Ô XFD7 nằm xa bảng (cách hơn 100 cột trống), không thuộc bảng nào: không nạp")]
    assert o.cells == {**before.cells, "reject": before.cells["reject"] + 2, "ignored": before.cells["ignored"] + 1}
    assert o.sheets[0]["ignored_why"]["far_text"] == 1
    assert balanced(o)


def test_the_sheet_as_read_holds_the_table_only_and_the_far_cell_apart(report, tmp_path):
    [plain] = read_file(report)
    [sheet] = read_file(hostile.with_far_cells(report, tmp_path / "xfd.xlsx", {"XFD1048576": 5}))
    assert sheet.rows == plain.rows and sheet.width == plain.width == 10
    assert (sheet.far.numbers, sheet.far.texts, sheet.far.shown) == (1, 0, [(1_048_575, 16_383, 5.0, "rows")])


def test_a_cell_without_a_reference_is_placed_as_excel_places_it(report, tmp_path):
    """A cell element without r="…" follows the one before it: in row 1,048,576 alone it is A1048576 (the sheet
    is then read cell by cell, as python-calamine would place it)."""
    path = hostile.with_far_cells(report, tmp_path / "khong_r.xlsx", {}, raw={"A1048576": "<c><v>7</v></c>"})
    [sheet] = read_file(path)
    assert len(sheet.rows) == 14 and sheet.far.shown == [(1_048_575, 0, 7.0, "rows")]


def test_styled_empty_cells_far_away_are_no_content(empty_db, report, clean, tmp_path):
    facts, before = clean
    path = hostile.with_far_cells(report, tmp_path / "dinh_dang.xlsx", {},
                                  raw={"XFD1048576": '<c r="XFD1048576" s="0"/>', "A1048575": '<c r="A1048575"></c>'})
    o = load_one(empty_db, path)
    assert (o.status, o.cells, o.rejects) == (before.status, before.cells, before.rejects)
    assert query(empty_db, FACTS) == facts


def test_a_cell_just_within_the_gap_stays_in_the_sheet_and_one_more_row_makes_it_far():
    table = {r: [0, 1, 2] for r in range(20)}
    assert _plan({**table, 19 + ROW_GAP + 1: [0]}) == (19 + ROW_GAP + 2, 3)  # ROW_GAP empty rows between
    assert _plan({**table, 19 + ROW_GAP + 2: [0]}) == (20, 3)
    assert _plan({**table, 5: [0, 1, 2, 2 + COL_GAP + 1]}) == (20, 2 + COL_GAP + 2)
    assert _plan({**table, 5: [0, 1, 2, 2 + COL_GAP + 2]}) == (20, 3)
    # the block with the most cells is the table, a stray cell above it is in its title block
    assert _plan({0: [0], **{r: [0, 1] for r in range(5000, 5010)}}) == (5010, 2)


def test_a_csv_with_a_value_far_below_the_table(empty_db, tmp_path):
    """Title (3 lines), a blank line, the header and 3 units: line 8; 5,000 empty lines; 42 on line 5,009."""
    o = load_one(empty_db, hostile.far_rows_csv(tmp_path / "bao_cao_cau_ngang_2022.csv", 5000, 42))
    assert o.rows_loaded == 6
    [far] = [r for r in o.rejects if r.code == "far_cell"]
    assert (far.cell, far.row, far.value) == ("A5009", 5009, "42")
    assert far.reason == "Ô A5009 nằm xa bảng (cách hơn 1.000 dòng trống), không thuộc bảng nào: không nạp"
    assert balanced(o)


def test_a_sheet_too_sparse_to_lay_out_is_refused_with_the_limit(empty_db, tmp_path):
    """Values every 900 rows from row 1 to row 1,048,576 in five columns: no gap makes any of them far, and the
    block they span (5,242,880 cells) is over MAX_AREA: refused, saying so, without laying it out."""
    cells = {f"{col}{r}": 1 for r in range(1, 1_048_577, 900) for col in "ABCDE"}
    path = hostile.with_far_cells(corpus.xlsx(tmp_path / "a.xlsx", [["x"]], merges=[]), tmp_path / "thua.xlsx", cells)
    o = load_one(empty_db, path)
    assert o.status == "refused" and "bảng tính quá thưa" in o.message_vi
    assert f"giới hạn {MAX_AREA:,} ô".replace(",", ".") in o.message_vi


def _cli(db: Path, path: Path) -> dict:
    """`python -m etl load` in a child of a child: the loader's own peak RSS and time."""
    measure = ("import json, resource, subprocess, sys, time\n"
               "start = time.perf_counter()\n"
               "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
               "print(json.dumps({'code': done.returncode, 'stdout': done.stdout, 'stderr': done.stderr[-2000:],\n"
               "                  'seconds': time.perf_counter() - start,\n"
               "                  'rss': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024}))\n")
    cmd = [sys.executable, "-m", "etl", "load", str(path), "--db", str(db), "--json"]
    done = subprocess.run([sys.executable, "-c", measure, *cmd], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, check=True)
    return json.loads(done.stdout)


def test_an_xlsx_with_a_value_at_xfd1048576_loads_in_bounded_memory(empty_db, report, clean, tmp_path):
    """python-calamine lays the sheet out from A1 to XFD1048576: 17 billion cells, 550 GB; the process used to
    abort. The sheet's cells are located in its XML first and it is read without the far one."""
    facts, before = clean
    path = hostile.with_far_cells(report, tmp_path / "xfd.xlsx", {"XFD1048576": 5})
    run = _cli(empty_db, path)
    assert run["code"] == 1, run["stderr"]  # loaded, with a reject
    [f] = json.loads(run["stdout"])["files"]
    assert (f["status"], f["rows_loaded"]) == ("loaded_with_rejects", 17)
    assert [(r["cell"], r["row"], r["reason_code"]) for r in f["rejects"]] == [("XFD1048576", 1_048_576, "far_cell")]
    assert f["cells"] == {**before.cells, "reject": before.cells["reject"] + 1}
    assert query(empty_db, FACTS) == facts
    assert run["rss"] < GB / 2  # bounded memory (the time is the bench's to measure, not a test's)


def test_an_ods_with_a_value_in_row_1048576(empty_db, tmp_path):
    cells = corpus.grid()
    clean = tmp_path / "clean.duckdb"
    shutil.copyfile(empty_db, clean)
    before = load_one(clean, corpus.ods(tmp_path / "bao_cao.ods", cells))
    o = load_one(empty_db, hostile.far_ods(tmp_path / "le.ods", cells, 5))
    assert query(empty_db, FACTS) == query(clean, FACTS) and o.rows_loaded == before.rows_loaded == 17
    assert [(r.cell, r.row, r.code) for r in o.rejects if r.code == "far_cell"] == [("A1048576", 1_048_576, "far_cell")]
    assert o.cells == {**before.cells, "reject": before.cells["reject"] + 1}
    assert balanced(o)


def test_the_ledger_counts_far_cells_and_gives_them_their_place():
    rows = [["Tên", 1], [None, "x"]]
    ledger = SheetLedger.of_rows("S", rows, 2, far_numbers=2, far_texts=1)
    assert ledger.nonempty == 6 and ledger.open_cells() == 6 and not ledger.balanced
    ledger.close(rows, 1, 2)
    assert ledger.balanced and ledger.far_cells() == {(REJECT, "far_cell"): 2, (IGNORED, "far_text"): 1}
    summary, reasons, balanced = ledger.tally()
    assert (summary["cells"], summary["reject"], summary["ignored"], summary["label"]) == (6, 2, 2, 2)
    assert reasons[(REJECT, "far_cell")] == 2 and reasons[(IGNORED, "far_text")] == 1 and balanced
    hidden = SheetLedger.of_rows("H", rows, 2, far_numbers=2, far_texts=1)
    hidden.close_all(IGNORED, "hidden_sheet")
    assert hidden.balanced and hidden.counts() == {"fact": 0, "reject": 0, "label": 0, "ignored": 6}
