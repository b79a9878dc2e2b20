"""The public views are the contract analysts rely on (docs/warehouse.md)."""

from __future__ import annotations

import re
import unicodedata

from tests.conftest import query

CONTRACT = {
    "facts": ["map", "year", "province", "district", "commune", "unit_name", "unit_code", "unit_level", "metric",
              "value", "qualifier", "numerator", "denominator", "source_file", "source_sheet", "source_row",
              "source_cell"],
    "models": ["map", "name", "host", "unit_code", "province", "district", "commune", "kind", "field", "year",
               "is_new", "is_pilot", "source_file", "source_row", "has_study", "has_follow", "has_example",
               "exemplar", "appraisal_step"],
    "commendations": ["map", "year", "unit_code", "province", "district", "commune", "recipient",
                      "recipient_kind", "level", "is_proposed", "form", "source_file", "source_row"],
    "loads": ["load_id", "file_name", "sha256", "loaded_at", "status", "rows_loaded", "rows_rejected", "cells_fact",
              "cells_rejected", "cells_label", "cells_ignored", "loaded_by", "undone_by"],
    "undos": ["undo_id", "load_id", "undone_at", "undone_by_user", "facts_removed", "facts_restored", "items_removed",
              "items_restored"],
    "load_sheets": ["load_id", "sheet", "status", "binding", "cells", "cells_fact", "cells_rejected", "cells_label",
                    "cells_ignored", "ignored_why"],
    "rejects": ["load_id", "source_file", "source_sheet", "source_row", "source_cell", "value", "reason_code",
                "reason"],
}


def test_views_have_the_documented_columns_in_order(sample_db):
    for view, columns in CONTRACT.items():
        got = [r[0] for r in query(sample_db, f"DESCRIBE {view}")]
        assert got == columns, view


def test_private_tables_are_not_in_the_public_schema(sample_db):
    tables = {r[0] for r in query(sample_db, "SELECT table_name FROM information_schema.tables "
                                             "WHERE table_schema = 'main' AND table_type = 'BASE TABLE'")}
    assert tables == set()


def test_codes_are_zero_padded_text_of_the_right_length(sample_db):
    lengths = dict(query(sample_db, "SELECT unit_level, list(DISTINCT length(unit_code)) FROM facts "
                                    "WHERE unit_code IS NOT NULL GROUP BY 1"))
    assert lengths == {"commune": [5], "district": [3]}
    assert query(sample_db, "SELECT count(*) FROM facts WHERE unit_level = 'other' AND unit_code IS NOT NULL") == [(0,)]
    assert query(sample_db, "SELECT unit_code FROM facts WHERE unit_name = 'Thị trấn Bình Mỹ' LIMIT 1") == [("13501",)]


def test_levels_maps_and_district_column_follow_the_contract(sample_db):
    assert {r[0] for r in query(sample_db, "SELECT DISTINCT unit_level FROM facts")} <= {
        "province", "district", "commune", "other"}
    assert {r[0] for r in query(sample_db, "SELECT DISTINCT map FROM facts")} == {"old", "new"}
    assert query(sample_db, "SELECT count(*) FROM facts WHERE map = 'new' AND district IS NOT NULL") == [(0,)]
    assert query(sample_db, "SELECT count(*) FROM facts WHERE unit_level = 'district' AND commune IS NOT NULL") == [(0,)]
    assert query(sample_db, "SELECT count(*) FROM facts WHERE map = 'old' AND year >= 2025") == [(0,)]


def test_names_are_nfc_with_their_type_word(sample_db):
    rows = query(sample_db, "SELECT DISTINCT province, district, commune, unit_name FROM facts")
    for row in rows:
        for name in row:
            if name is not None:
                assert unicodedata.normalize("NFC", name) == name
    communes = {r[0] for r in query(sample_db, "SELECT DISTINCT commune FROM facts WHERE commune IS NOT NULL")}
    assert all(re.match(r"^(Xã|Phường|Thị trấn|Đặc khu) ", c) for c in communes)
    assert "Xã Thủy Đông" in communes  # typed "xã Thuỷ Đông" in the Thạnh Hóa sample


def test_at_most_one_row_per_map_unit_year_metric(sample_db):
    dupes = query(sample_db, """
        SELECT map, unit_level, unit_code, unit_name, year, metric, count(*) FROM facts
        GROUP BY ALL HAVING count(*) > 1""")
    assert dupes == []


def test_every_fact_points_at_its_cell(sample_db):
    bad = query(sample_db, """
        SELECT source_cell, source_row FROM facts
        WHERE source_file IS NULL OR source_row < 1
           OR NOT regexp_matches(source_cell, '^[A-Z]+[0-9]+$')
           OR CAST(regexp_extract(source_cell, '[0-9]+$') AS INTEGER) <> source_row""")
    assert bad == []


def test_percentages_are_in_percent_units(sample_db):
    high = query(sample_db, "SELECT max(value) FROM facts f JOIN metrics m ON m.code = f.metric WHERE m.kind = 'pct'")
    assert high == [(100.0,)]
    # Bình Lục's clerk types rates as percent-formatted fractions (0.969 shown as 96,9%): stored as 96.9
    low = query(sample_db, "SELECT min(value) FROM facts WHERE district = 'Huyện Bình Lục' "
                           "AND metric = 'reg_party_members_pct'")
    assert low[0][0] > 90
