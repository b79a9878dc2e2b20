"""The cell ledger over every corpus: every non-empty cell of every sheet read ends in exactly one of fact, reject,
label or ignored; no number inside a table is only ignored; nothing is left unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.reading.cells import is_number_like
from etl.reading.readers import read_file
from etl.reference.catalog import default_catalog
from etl.tables.ledger import FACT, IGNORED, LABEL, REJECT, SheetLedger
from etl.tables.parse import parse_file
from tests.clerk_corpus import build as clerk
from tests.conftest import ROOT
from tests.corpus_blocks import plain as corpus
from tests.field_corpus import build as field
from tests.office_corpus import build as office
from tests.shape_corpus import build as shapes

# Why a cell may be ignored. A number may be ignored only below the table (the signature block: dates, phone
# numbers), on a hidden sheet or a sheet with no table, in a "Ghi chú" column, or in a hidden column whose figures
# a shown column gives (its twin, read instead): never among the figures otherwise.
NUMBERS_MAY_BE = {"signature", "hidden_sheet", "no_table", "note_column", "hidden_twin"}


def _files(tmp: Path) -> list[tuple[Path, list[str]]]:
    out = [(c.path, c.args) for module, name in ((clerk, "clerk"), (shapes, "shape"), (field, "field"),
                                                 (office, "office"))
           for c in module.build(tmp / name)]
    out += [(p, []) for p in sorted((ROOT / "data" / "sample").glob("*.xlsx"))]
    cells = corpus.grid()
    (tmp / "grid.csv").write_text(corpus.csv_text(cells), encoding="utf-8")
    (tmp / "grid.xls.html").write_text(corpus.html_table(cells), encoding="utf-8")
    out += [(corpus.xlsx(tmp / "grid.xlsx", cells), []), (corpus.xls(tmp / "grid.xls", cells), []),
            (corpus.ods(tmp / "grid.ods", cells), []), (tmp / "grid.csv", []), (tmp / "grid.xls.html", [])]
    return out


@pytest.fixture(scope="module")
def parsed_files(tmp_path_factory: pytest.TempPathFactory, unit_index) -> list[tuple[Path, object]]:
    tmp = tmp_path_factory.mktemp("ledger")
    out = []
    for path, args in _files(tmp):
        year = int(args[args.index("--year") + 1]) if "--year" in args else None
        unit = args[args.index("--unit") + 1] if "--unit" in args else None
        out.append((path, parse_file(path, unit_index, default_catalog(), year, unit)))
    return out


def test_every_corpus_is_walked(parsed_files):
    assert len(parsed_files) > 150  # clerk (34 cases), shapes (28), field (41), the sample (48), tests/corpus.py in 5 formats
    assert sum(1 for _, p in parsed_files if p.refused is None) > 90


def test_every_ledger_balances(parsed_files):
    problems = []
    for path, parsed in parsed_files:
        if parsed.refused is not None:
            continue
        for ledger in parsed.ledgers:
            counts = ledger.counts()
            if ledger.open_cells() or sum(counts.values()) != ledger.nonempty:
                problems.append(f"{path.name}!{ledger.sheet}: {ledger.nonempty} cells, {counts}")
            if ledger.double_marks:
                problems.append(f"{path.name}!{ledger.sheet}: marked twice {ledger.double_marks[:3]}")
            if ledger.unread:
                problems.append(f"{path.name}!{ledger.sheet}: unread numbers at {ledger.unread[:5]}")
    assert not problems, "\n".join(problems)


def test_no_number_in_a_table_is_only_ignored(parsed_files):
    problems = []
    for path, parsed in parsed_files:
        if parsed.refused is not None:
            continue
        sheets = {s.name: s for s in read_file(path)}
        for ledger in parsed.ledgers:
            rows = sheets[ledger.sheet].rows
            for (category, reason), _ in ledger.reasons().items():
                if category != IGNORED or reason in NUMBERS_MAY_BE:
                    continue
                for r, c in ledger.cells(IGNORED, reason):
                    value = rows[r][c]
                    if is_number_like(value) and reason != "not_reported":
                        problems.append(f"{path.name}!{ledger.sheet} row {r + 1} col {c + 1}: {value!r} ({reason})")
    assert not problems, "\n".join(problems[:40])


def test_facts_and_rejects_match_the_ledger(parsed_files):
    """Each fact's own cell is a fact cell of the ledger; each reject names a rejected cell (or no cell)."""
    problems = []
    for path, parsed in parsed_files:
        if parsed.refused is not None:
            continue
        ledgers = {ledger.sheet: ledger for ledger in parsed.ledgers}
        for fact in parsed.facts:
            r, c = _rc(fact.cell)
            if ledgers[fact.sheet].state(r, c) != FACT:
                problems.append(f"{path.name}!{fact.sheet}!{fact.cell}: fact not in the ledger")
        for reject in parsed.rejects:
            if reject.cell and reject.sheet in ledgers:
                r, c = _rc(reject.cell)
                if ledgers[reject.sheet].state(r, c) not in (REJECT, None):
                    problems.append(f"{path.name}!{reject.sheet}!{reject.cell}: {reject.code} on a "
                                    f"{ledgers[reject.sheet].state(r, c)} cell")
    assert not problems, "\n".join(problems[:40])


def _rc(cell: str) -> tuple[int, int]:
    from etl.reading.xlsx_formats import col_index

    letters = "".join(ch for ch in cell if ch.isalpha())
    return int(cell[len(letters):]) - 1, col_index(letters)


def test_a_ledger_counts_each_cell_once():
    rows = [["Title", None, ""], [1, "Xã A", 5], [None, "  ", "x"]]
    ledger = SheetLedger.of_rows("S", rows, 3)
    assert ledger.nonempty == 5  # "" and "  " are empty
    ledger.mark(0, 0, LABEL, "title")
    ledger.mark(0, 0, FACT, "fact")  # a second mark is kept out and reported
    ledger.mark(1, 2, FACT, "fact")
    ledger.close(rows, 1, 3)
    assert ledger.counts() == {"fact": 1, "reject": 1, "label": 1, "ignored": 2}
    assert ledger.double_marks == [(0, 0, "label", "fact")]
    assert ledger.unread == [(1, 0)]  # the number 1 nobody read is a reject, never dropped
    assert not ledger.balanced
