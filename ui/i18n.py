"""Everything a user reads, in Vietnamese (default) and English. ``t(key, lang, **fields)``."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "app_title": ("Học tập và làm theo Bác — Bảng theo dõi", "Studying and following Hồ Chí Minh — Dashboard"),
    "page_overview": ("Tổng quan", "Overview"),
    "sample_banner": (
        "Dữ liệu mẫu — số liệu minh họa (trừ các số đã công bố trên báo), không phải số liệu thật. "
        "Nạp báo cáo thật bằng lệnh `python -m etl load THƯ_MỤC`.",
        "Sample data — illustrative figures (except those published in the press), not real data. "
        "Load real reports with `python -m etl load FOLDER`.",
    ),
    "english": ("English", "English"),
    "filters": ("Bộ lọc", "Filters"),
    "year": ("Năm", "Year"),
    "province": ("Tỉnh, thành phố", "Province"),
    "district": ("Huyện, quận, thị xã", "District"),
    "commune": ("Xã, phường, thị trấn", "Commune"),
    "all_districts": ("— Toàn tỉnh —", "— Whole province —"),
    "all_communes": ("— Toàn huyện —", "— Whole district —"),
    "all_communes_province": ("— Toàn tỉnh —", "— Whole province —"),
    "map_old": ("Đơn vị hành chính trước 1/7/2025", "Units before 1 July 2025"),
    "map_new": ("Đơn vị hành chính từ 1/7/2025 (không còn cấp huyện)", "Units from 1 July 2025 (no districts)"),
    "no_data_title": ("Chưa có dữ liệu", "No data yet"),
    "no_data_body": (
        "Kho dữ liệu {path} chưa có số liệu nào. Nạp báo cáo của các huyện, xã bằng lệnh:\n\n"
        "`python -m etl load data/inbox/`\n\nhoặc dựng dữ liệu mẫu bằng `python -m etl sample`.",
        "The warehouse {path} holds no figures yet. Load district and commune reports with:\n\n"
        "`python -m etl load data/inbox/`\n\nor build the sample with `python -m etl sample`.",
    ),
    "no_db_body": (
        "Không tìm thấy kho dữ liệu {path}. Chạy `make run` (tự dựng dữ liệu mẫu) hoặc "
        "`python -m etl load THƯ_MỤC` để nạp báo cáo.",
        "Warehouse {path} not found. Run `make run` (builds the sample) or `python -m etl load FOLDER`.",
    ),
    "no_figures_unit": (
        "{unit} chưa có số liệu năm {year}. Chọn năm hoặc đơn vị khác, hoặc nạp báo cáo của đơn vị này.",
        "{unit} has no figures for {year}. Choose another year or unit, or load this unit's report.",
    ),
    "overview_heading": ("{unit} — năm {year}", "{unit} — {year}"),
    "vs_prev": ("so với {year}", "vs {year}"),
    "prev_value": ("Năm {year}: {value}", "{year}: {value}"),
    "no_prev": ("chưa có số liệu {year} để so sánh", "no {year} figure to compare"),
    "target": ("Chỉ tiêu {target}", "Target {target}"),
    "to_target": ("còn {gap} đến chỉ tiêu {target}", "{gap} short of the {target} target"),
    "target_met": ("đạt chỉ tiêu {target}", "target {target} met"),
    "basis_reported": ("Số đơn vị báo cáo", "Reported by the unit"),
    "basis_sum": ("Tính từ {n} đơn vị trực thuộc (cộng)", "Computed from {n} units (sum)"),
    "basis_ratio": ("Tính từ {n} đơn vị trực thuộc (tổng tử số / tổng mẫu số)",
                    "Computed from {n} units (ratio of sums)"),
    "basis_mean": ("Trung bình cộng tỷ lệ của {n} đơn vị (thiếu tử số, mẫu số)",
                   "Unweighted mean of {n} units' rates (numerators/denominators missing)"),
    "differs": ("Số báo cáo {reported} khác số tính từ đơn vị trực thuộc {computed}",
                "Reported {reported} differs from the total computed from units {computed}"),
    "source": ("Nguồn: {file}, trang “{sheet}”, ô {cell}", "Source: {file}, sheet “{sheet}”, cell {cell}"),
    "coverage": ("{n}/{total} xã, thị trấn có số liệu", "{n}/{total} communes reported"),
    "missing_metric": ("Chưa báo cáo", "Not reported"),
    "last_update": ("Cập nhật lần cuối: {when} ({files} tệp đã nạp)", "Last update: {when} ({files} files loaded)"),
    "more_than": ("trên {value}", "over {value}"),
}


def t(key: str, lang: str = "vi", **fields: object) -> str:
    vi, en = TEXTS[key]
    text = en if lang == "en" else vi
    return text.format(**fields) if fields else text
