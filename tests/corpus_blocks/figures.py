"""Report files written with the product's own workbook writer (reportgen.workbook), shaped as clerks make them: a
district's figures for one year under its title block (used by many test modules)."""

from __future__ import annotations

from pathlib import Path

from reportgen.workbook import Row, TitleBlock, standard_groups, write_figures


def title(district: str = "Cầu Ngang", year: int | str = 2023, issuer_top: str | None = None) -> TitleBlock:
    return TitleBlock(
        issuer_top=issuer_top or f"HUYỆN ỦY {district.upper()}",
        issuer="BAN TUYÊN GIÁO",
        place_date=f"{district}, ngày 20 tháng 12 năm {year}",
        title=f"BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM {year}",
        attachment="(Kèm theo Báo cáo số 45-BC/BTGHU)",
    )


def figures_file(path: Path, rows: list[Row], *, district: str = "Cầu Ngang", year: int | str = 2023,
                 percent_fraction: bool = False, issuer_top: str | None = None) -> Path:
    write_figures(path, f"Năm {year}", title(district, year, issuer_top), rows, standard_groups(percent_fraction))
    return path


def simple_rows(values: dict[str, dict[tuple[str, str], object]], total: dict | None = None) -> list[Row]:
    rows = [Row("Khối xã, thị trấn", stt="I", kind="group")]
    rows += [Row(name, v, stt=i) for i, (name, v) in enumerate(values.items(), 1)]
    if total is not None:
        rows.append(Row("Tổng cộng", total, kind="total"))
    return rows


FACT_COLUMNS = ("unit_key", "year", "metric", "map", "value", "qualifier", "numerator", "denominator", "value_text",
                "unit_level", "unit_code", "unit_name", "province", "district", "commune", "province_code",
                "district_code", "load_id", "source_file", "source_sheet", "source_row", "source_cell", "source_cells")


def fact_row(map_: str, level: str, code: str, name: str, year: int, metric: str, value: float,
             num: float | None = None, den: float | None = None, qualifier: str | None = None, *,
             province_code: str | None = None, district_code: str | None = None) -> tuple:
    """A row of core.facts (``FACT_COLUMNS``) for a unit of the reference lists, written by hand."""
    return (f"{map_}:{level}:{code}", year, metric, map_, value, qualifier, num, den, None, level, code, name, None,
            None, None, province_code, district_code, 1, "hand.xlsx", "S", 5, "E5", 1)


def hand_built(db: Path, rows: list[tuple], summary: bool = False) -> Path:
    """A warehouse with the reference lists and these facts only (``fact_row``): every figure known in advance.
    ``summary``: with the summary the writer builds at publish (else the pages' SQL computes every level live)."""
    from warehouse.db import publish
    from warehouse.levels import build_summary

    def build(con) -> None:  # noqa: ANN001
        con.executemany(f"INSERT INTO core.facts ({', '.join(FACT_COLUMNS)}) VALUES "
                        f"({', '.join('?' * len(FACT_COLUMNS))})", rows)
        if summary:
            build_summary(con)

    publish(db, build, fresh=True)
    return db
