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
