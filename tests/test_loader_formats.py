"""The same report in every format a district sends: .xlsx, .xls, .ods, .csv (UTF-8 BOM or Windows-1258,
semicolon, decimal comma), HTML saved as .xls, and text typed in the TCVN3 legacy font."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.publishing.load import load_files
from tests.conftest import query
from tests.corpus_blocks import plain as corpus
from tests.corpus_blocks.encodings import cp1258_form, tcvn3_as_typed


def loaded(db: Path) -> dict[tuple[str, str], tuple]:
    rows = query(db, "SELECT unit_name, metric, round(value, 1), numerator, denominator FROM facts "
                     "WHERE unit_level = 'commune'")
    return {(u, m): (v, n, d) for u, m, v, n, d in rows}


def expected() -> dict[tuple[str, str], tuple]:
    return {k: (float(v), None if n is None else float(n), None if d is None else float(d))
            for k, (v, n, d) in corpus.EXPECTED.items()}


def load_one(db: Path, path: Path, **kw):
    [outcome] = load_files(db, [path], **kw)
    return outcome


def test_xlsx_with_merged_two_row_header(empty_db, tmp_path):
    f = corpus.xlsx(tmp_path / "bao_cao.xlsx", corpus.grid())
    o = load_one(empty_db, f)
    assert (o.status, o.layout, o.year, o.unit) == ("loaded", "wide", 2022, "Huyện Cầu Ngang")
    assert loaded(empty_db) == expected()
    cells = query(empty_db, "SELECT source_sheet, source_row, source_cell FROM facts WHERE unit_name = 'Xã Long Sơn' "
                            "AND metric = 'commend_individual'")
    assert cells == [("Biểu 1", 9, "J9")]


def test_legacy_xls(empty_db, tmp_path):
    f = corpus.xls(tmp_path / "BaoCao_CauNgang_2022.xls", corpus.grid())
    assert load_one(empty_db, f).status == "loaded"
    assert loaded(empty_db) == expected()


def test_ods_with_percentage_cells(empty_db, tmp_path):
    rows = [list(r) for r in corpus.ROWS]
    for r in rows:
        r[4] = r[4] / 100  # a percentage-typed cell holds the fraction
    cells = corpus.grid(rows=rows)
    first = corpus.header_row() + 3
    f = corpus.ods(tmp_path / "bao_cao.ods", cells, percent={(first + i, 4) for i in range(3)})
    assert load_one(empty_db, f).status == "loaded"
    assert loaded(empty_db) == expected()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1258"])
def test_csv_saved_by_excel_in_a_vietnamese_locale(empty_db, tmp_path, encoding):
    text = corpus.csv_text(corpus.grid())
    if encoding == "cp1258":  # Windows-1258 writes tone marks as combining characters
        text = cp1258_form(text)
    f = tmp_path / "bao_cao.csv"
    f.write_bytes(text.encode(encoding))
    o = load_one(empty_db, f)
    assert (o.status, o.unit) == ("loaded", "Huyện Cầu Ngang")
    assert loaded(empty_db) == expected()


def test_csv_without_title_takes_year_and_unit_from_the_file_name(empty_db, tmp_path):
    cells = corpus.grid(year=2023, title=[])
    f = tmp_path / "BaoCao_CauNgang_2023.csv"
    f.write_text(corpus.csv_text(cells, sep=",", decimal_comma=False), encoding="utf-8")
    o = load_one(empty_db, f)
    assert (o.status, o.year, o.unit) == ("loaded", 2023, "Huyện Cầu Ngang")
    assert loaded(empty_db) == expected()


def test_decimal_commas_in_a_comma_separated_csv_reject_the_shifted_rows(empty_db, tmp_path):
    """"98,8" in a comma-separated file is two cells: every cell after it moves one column right. Those rows
    are rejected, never stored under the wrong metric (the rows without a decimal load)."""
    rows = [[1, "Xã Long Sơn", 320, 316, 98.8, 7, 5, 2, 1, 3], [2, "TT Cầu Ngang", 410, 401, 98, 9, 6, 3, 2, 4]]
    f = tmp_path / "BaoCao_CauNgang_2023.csv"
    f.write_text(corpus.csv_text(corpus.grid(year=2023, title=[], rows=rows), sep=","), encoding="utf-8")
    o = load_one(empty_db, f)
    assert o.status == "loaded_with_rejects"
    assert [(r.cell, r.code) for r in o.rejects] == [("B5", "row_shifted")]
    assert query(empty_db, "SELECT DISTINCT unit_name FROM facts") == [("Thị trấn Cầu Ngang",)]


def test_html_table_saved_as_xls(empty_db, tmp_path):
    f = tmp_path / "xuat_excel.xls"
    f.write_text(corpus.html_table(corpus.grid()), encoding="utf-8")
    assert load_one(empty_db, f).status == "loaded"
    assert loaded(empty_db) == expected()


def test_tcvn3_legacy_font_text_is_converted(empty_db, tmp_path):
    cells = corpus.grid()
    legacy = [[tcvn3_as_typed(v) if isinstance(v, str) else v for v in row] for row in cells]
    assert legacy[0][0] != cells[0][0] and tcvn3_as_typed("Cộng hoà xã hội chủ nghĩa Việt Nam") == \
        "Céng hoµ x· héi chñ nghÜa ViÖt Nam"
    f = corpus.xlsx(tmp_path / "vntime.xlsx", legacy)
    o = load_one(empty_db, f)
    assert (o.status, o.unit) == ("loaded", "Huyện Cầu Ngang")
    assert any("TCVN3" in n and "Unicode" in n for n in o.notes)
    assert loaded(empty_db) == expected()


def test_one_column_mixes_typed_percents_and_formatted_fractions(empty_db, tmp_path):
    rows = [list(r) for r in corpus.ROWS]
    rows[0][4] = 0.988  # shown as 98,80% by its number format
    first = corpus.header_row() + 3
    f = corpus.xlsx(tmp_path / "mixed.xlsx", corpus.grid(rows=rows), percent={(first, 4)})
    assert load_one(empty_db, f).status == "loaded"
    assert loaded(empty_db) == expected()


def test_numbers_typed_as_text(empty_db, tmp_path):
    rows = [[1, "Xã Long Sơn", "1.320", "1.316", "99,7%", "7", None, None, None, None],
            [2, "Xã Kim Hòa", None, None, "trên 98%", None, None, None, None, None],
            [3, "Xã Vĩnh Kim", None, None, "17/17", None, None, None, None, None]]
    f = corpus.xlsx(tmp_path / "text.xlsx", corpus.grid(rows=rows))
    assert load_one(empty_db, f).status == "loaded"
    rows = query(empty_db, "SELECT unit_name, value, qualifier, numerator, denominator FROM facts "
                           "WHERE metric = 'reg_party_members_pct' ORDER BY unit_name")
    assert rows == [("Xã Kim Hòa", 98.0, ">", None, None), ("Xã Long Sơn", 99.7, None, 1316.0, 1320.0),
                    ("Xã Vĩnh Kim", 100.0, None, 17.0, 17.0)]


def test_percent_cells_are_found_whatever_the_xml_writer(tmp_path):
    """A prefixed namespace, single quotes, the style before the reference, other attributes between: every
    writer's way of saying "this cell is formatted as a percentage"."""
    import zipfile

    from etl.reading.xlsx_formats import percent_cells

    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    styles = (f'<styleSheet xmlns="{ns}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>'
              '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs></styleSheet>')
    workbook = (f'<workbook xmlns="{ns}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheets><sheet name="Năm 2024" sheetId="1" r:id="rId1"/></sheets></workbook>')
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    sheet = (f'<x:worksheet xmlns:x="{ns}"><x:sheetData><x:row r="2">'
             '<x:c r="B2" s="1"><x:v>0.985</x:v></x:c>'  # percent
             "<x:c s='2' t='n' r='C2'><x:v>0.5</x:v></x:c>"  # percent, style first, single quotes
             '<x:c r="D2" s="0"><x:v>98.5</x:v></x:c>'  # general
             '<x:c r="E2" s="11"><x:v>1</x:v></x:c>'  # style 11 is not 1
             '<x:c r="AA12" t="n" s="1"/>'  # empty, percent
             '</x:row></x:sheetData></x:worksheet>')
    path = tmp_path / "p.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/styles.xml", styles)
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr("xl/_rels/workbook.xml.rels", rels)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
    assert percent_cells(path) == {"Năm 2024": {(1, 1), (1, 2), (11, 26)}}
    with zipfile.ZipFile(path) as zf:
        assert percent_cells(zf) == percent_cells(path)
