"""A district name several provinces share ("Huyện ủy Châu Thành": six of them), with no province in the title
and no code in the file name: the communes the report lists tell which one it is — in the rows of a table by
unit, and in the header of a transposed one (found on the country benchmark, #12: 15 of 6,337 reports were
refused as ambiguous, all transposed)."""

from __future__ import annotations

import pytest

from etl.publishing.load import load_files
from reportgen.workbook import Row, TitleBlock, write_figures, write_transposed
from tests.conftest import query

INDICATORS = [("Số mô hình học tập và làm theo Bác", ("models_total", "value"))]


def _chau_thanh(db, year):
    """Two old-map districts called Châu Thành, each with its communes valid in ``year``."""
    rows = query(db, """
        SELECT d.unit_key, list(c.name ORDER BY c.code)
        FROM core.unit_versions d JOIN core.unit_versions c
          ON c.map = 'old' AND c.level = 'commune' AND c.district_code = d.code
         AND coalesce(c.first_year, 0) <= ? AND coalesce(c.last_year, 9999) >= ?
        WHERE d.map = 'old' AND d.level = 'district' AND d.name = 'Huyện Châu Thành'
        GROUP BY d.unit_key ORDER BY d.unit_key""", [year, year])
    assert len(rows) >= 2
    return rows[:2]


def _title(year):
    return TitleBlock("HUYỆN ỦY CHÂU THÀNH", "BAN TUYÊN GIÁO", f"Châu Thành, ngày 20 tháng 12 năm {year}",
                      f"BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM {year}")


@pytest.mark.parametrize("shape", ["transposed", "wide"])
def test_the_communes_listed_tell_which_chau_thanh_reported(empty_db, tmp_path, shape):
    year = 2022
    (first_key, _), (second_key, communes) = _chau_thanh(empty_db, year)
    communes = communes[:4]
    path = tmp_path / "BaoCao_ChauThanh_2022.xlsx"
    if shape == "transposed":
        units = [("Toàn huyện", {("models_total", "value"): 40})] + [
            (name, {("models_total", "value"): 10}) for name in communes]
        write_transposed(path, f"Năm {year}", _title(year), INDICATORS, units)
    else:
        write_figures(path, f"Năm {year}", _title(year),
                      [Row(name, {("models_total", "value"): 10}) for name in communes])
    [o] = load_files(empty_db, [path])
    assert o.status == "loaded", o.message_en
    assert query(empty_db, "SELECT unit_key FROM core.loads") == [(second_key,)]
    assert second_key != first_key
    got = query(empty_db, "SELECT commune, value FROM core.facts WHERE unit_level = 'commune' ORDER BY 1")
    assert got == sorted((n, 10.0) for n in communes)
