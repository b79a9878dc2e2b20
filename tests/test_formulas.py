"""Formulas without a value in the file (#23 point 1): a workbook written by a script (openpyxl, a web tool) keeps
"=E9+F9" and "=SUM(C9:C11)" without the value Excel would save; XlsxWriter saves a placeholder 0 and asks Excel to
compute on opening. Such cells are computed from the sheet's own cells, or rejected at their cell with the reason;
never blank, never 0, and the ledger counts every one."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from etl.publishing.load import load_files
from etl.reading.formulas import Evaluator, Unevaluated, shift
from tests.conftest import query
from tests.corpus_blocks import plain as corpus

FIRST = 9  # the first unit row of corpus.grid() in Excel's numbering


def formula_rows() -> list[list[object]]:
    """corpus.ROWS with the rate and the models' total as formulas, and a totals row of formulas."""
    rows = []
    for i, row in enumerate(corpus.ROWS):
        r = FIRST + i
        row = list(row)
        row[4] = f"=ROUND(D{r}/C{r}*100,1)"
        row[5] = f"=G{r}+H{r}"
        rows.append(row)
    last = FIRST + len(rows) - 1
    total = FIRST + len(rows)
    rows.append(["", "Tổng cộng", f"=SUM(C{FIRST}:C{last})", f"=SUM(D{FIRST}:D{last})",
                 f"=ROUND(D{total}/C{total}*100,1)", f"=SUM(F{FIRST}:F{last})", f"=SUM(G{FIRST}:G{last})",
                 f"=SUM(H{FIRST}:H{last})", f"=VLOOKUP(B{total},'[so_lieu.xlsx]Biểu 1'!A:J,9,0)",
                 f"=SUM(J{FIRST}:J{last})"])
    return rows


def facts(db: Path) -> dict[tuple[str, str], tuple]:
    rows = query(db, "SELECT unit_name, metric, round(value, 1), numerator, denominator FROM facts")
    return {(u, m): (v, n, d) for u, m, v, n, d in rows}


def test_a_script_written_workbook_gives_every_formula_its_value(empty_db, tmp_path):
    path = corpus.xlsx(tmp_path / "web_tool.xlsx", corpus.grid(rows=formula_rows()))
    with zipfile.ZipFile(path) as zf:  # openpyxl writes the formulas and no value beside them
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    assert re.search(r"<f>SUM\(C9:C11\)</f>(<v\s*/>|<v></v>)?</c>", sheet)
    [outcome] = load_files(empty_db, [path])
    assert outcome.status == "loaded_with_rejects"
    got = facts(empty_db)
    for key, (value, _, _) in corpus.EXPECTED.items():
        assert got[key][:1] == (value,), key
    district = {m: v for (u, m), v in got.items() if u == "Huyện Cầu Ngang"}
    assert district["reg_party_members_pct"] == (98.2, 962.0, 980.0)  # 962/980 from the SUM formulas
    assert district["models_total"][0] == 21.0 and district["commend_individual"][0] == 9.0
    assert "commend_collective" not in district  # the VLOOKUP: a reject at its cell, not a blank
    [reject] = query(empty_db, "SELECT source_cell, reason_code, reason FROM rejects")
    assert reject[:2] == ("I12", "formula_without_value")
    assert "VLOOKUP" in reject[2] and "mở tệp bằng Excel, lưu lại" in reject[2]
    assert any("công thức" in n and "tính lại" in n for n in outcome.notes)
    # the ledger counts every formula cell: the sheet's cells are those of corpus.grid(), the totals row's label and
    # its eight formulas (C to J)
    [(cells, fact, rejected, label, ignored)] = query(
        empty_db, "SELECT cells, cells_fact, cells_rejected, cells_label, cells_ignored FROM core.load_sheets")
    assert cells == sum(1 for row in corpus.grid() for v in row if v not in (None, "")) + 9
    assert cells == fact + rejected + label + ignored and rejected == 1


def test_a_placeholder_zero_is_never_taken_for_the_value(empty_db, tmp_path):
    """XlsxWriter saves 0 beside each formula and sets fullCalcOnLoad: the formulas are computed here."""
    path = tmp_path / "xlsxwriter.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Biểu 1")
    for r, row in enumerate(corpus.grid(rows=formula_rows())):
        for c, v in enumerate(row):
            if isinstance(v, str) and v.startswith("="):
                ws.write_formula(r, c, v)  # the saved value: 0
            elif v not in (None, ""):
                ws.write(r, c, v)
    wb.close()
    with zipfile.ZipFile(path) as zf:
        assert b"fullCalcOnLoad" in zf.read("xl/workbook.xml")
    load_files(empty_db, [path])
    got = facts(empty_db)
    assert got[("Xã Long Sơn", "models_total")][0] == 7.0 and got[("Xã Long Sơn", "reg_party_members_pct")][0] == 98.8
    assert got[("Huyện Cầu Ngang", "models_total")][0] == 21.0
    assert query(empty_db, "SELECT source_cell, reason_code FROM rejects") == [("I12", "formula_without_value")]


def test_a_saved_value_is_kept(empty_db, tmp_path):
    """A formula Excel saved with its value: the value as saved (what the clerk saw), not recomputed."""
    path = tmp_path / "excel.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Biểu 1")
    for r, row in enumerate(corpus.grid()):
        for c, v in enumerate(row):
            if v not in (None, ""):
                ws.write(r, c, v)
    ws.write_formula(FIRST - 1, 5, "=G9+H9+1", None, 7)  # computed it would be 8: the saved 7 must win
    wb.close()
    with zipfile.ZipFile(path) as zf:  # as Excel saves it: the value, and no request to compute on opening
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b' fullCalcOnLoad="1"', b"")
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    load_files(empty_db, [path])
    assert facts(empty_db)[("Xã Long Sơn", "models_total")][0] == 7.0


def values(formulas: dict[tuple[int, int], str], cells: dict[tuple[int, int], object]):  # noqa: ANN201
    ev = Evaluator(lambda r, c: cells.get((r, c)), formulas)
    return {k: ev.value(*k) for k in formulas}


@pytest.mark.parametrize(("formula", "expected"), [
    ("=A1+B1", 5.0), ("=A1-B1*2", -4.0), ("=(A1-B1)*2", -2.0), ("=A1/B1*100", 200 / 3), ("=-A1^2", 4.0),
    ("=SUM(A1:C1)", 5.0), ("=SUM(A1:B1,10)", 15.0), ("=AVERAGE(A1:C1)", 2.5), ("=ROUND(2.5,0)", 3.0),
    ("=ROUND(-2.5,0)", -3.0), ("=ROUND(A1/B1*100,1)", 66.7), ("=MAX(A1:B1)", 3.0), ("=MIN(A1:B1)", 2.0),
    ("=ABS(A1-B1)", 1.0), ("=50%", 0.5), ("=$A$1+B$1", 5.0), ("= A1 + B1 ", 5.0), ("=SUM(A1:A1)+D1", 2.0),
])
def test_arithmetic_as_excel_computes_it(formula, expected):
    cells = {(0, 0): 2.0, (0, 1): 3.0, (0, 2): None, (0, 3): None}  # A1=2, B1=3, C1 and D1 empty
    got = values({(5, 5): formula}, cells)[(5, 5)]
    assert not isinstance(got, Unevaluated), got.why if isinstance(got, Unevaluated) else ""
    assert got == pytest.approx(expected)


@pytest.mark.parametrize(("formula", "why"), [
    ("=A1/C1", "division by zero"), ("=VLOOKUP(A1,B1:C1,2,0)", "VLOOKUP"), ("=Sheet2!A1", "another sheet"),
    ("=E1+1", "holds text"), ("=F1", "circular"), ('=A1&"%"', "not arithmetic"), ("=IF(A1>1,1,0)", "IF"),
])
def test_what_is_not_arithmetic_over_the_sheet_is_not_computed(formula, why):
    cells = {(0, 0): 2.0, (0, 4): "trên 98%"}
    got = values({(5, 5): formula, (0, 5): "=G1", (0, 6): "=F1"}, cells)[(5, 5)]
    assert isinstance(got, Unevaluated) and why in got.why and str(got) == formula


def test_formulas_that_depend_on_formulas_and_shared_formulas():
    got = values({(0, 2): "=A1+B1", (0, 3): "=C1*2", (0, 4): "=SUM(C1:D1)"}, {(0, 0): 1.0, (0, 1): 2.0})
    assert got == {(0, 2): 3.0, (0, 3): 6.0, (0, 4): 9.0}
    assert shift("E9+F9", 3, 0) == "E12+F12" and shift("$C$9+D9", 1, 1) == "$C$9+E10"
    assert shift("SUM(C9:C24)/'Biểu 1'!A1", 0, 2) == "SUM(E9:E24)/'Biểu 1'!C1"


def test_an_ods_written_by_a_program_gives_its_formulas_values(empty_db, tmp_path):
    """odfpy (a script) writes table:formula without office:value: read as OpenFormula, computed the same way."""
    def open_formula(value: object) -> object:
        if not (isinstance(value, str) and value.startswith("=")):
            return value
        body = value[1:].replace("'[so_lieu.xlsx]Biểu 1'!A:J", "['file:///so_lieu.xlsx'#$Biểu1.A1:.J99]")
        return "of:=" + re.sub(r"(?<![.\w])([A-J]\d+)", r"[.\1]", body).replace(",", ";")

    path = corpus.ods(tmp_path / "script.ods", [[open_formula(v) for v in row]
                                                 for row in corpus.grid(rows=formula_rows())])
    load_files(empty_db, [path])
    got = facts(empty_db)
    assert got[("Xã Long Sơn", "models_total")][0] == 7.0 and got[("Xã Long Sơn", "reg_party_members_pct")][0] == 98.8
    assert got[("Huyện Cầu Ngang", "models_total")][0] == 21.0
    assert got[("Huyện Cầu Ngang", "reg_party_members_pct")] == (98.2, 962.0, 980.0)
    assert query(empty_db, "SELECT source_cell, reason_code FROM rejects") == [("I12", "formula_without_value")]
