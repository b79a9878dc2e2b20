"""Exports that open correctly in Excel: CSV (comma, '.' decimals, UTF-8 with BOM, text cells that Excel
would run as formulas neutralised) and XLSX (numbers as numbers, a second sheet saying what is inside)."""

from __future__ import annotations

import io
import re
from typing import Any

import pandas as pd
import streamlit as st
import xlsxwriter

from etl.text import ascii_fold
from ui import fmt
from ui.i18n import t

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell beginning with = + - @ is prefixed with ' so Excel shows it instead of running it;
    numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise)
    text = safe.to_csv(index=False, sep=",", decimal=".", lineterminator="\r\n")
    return ("\ufeff" + text).encode("utf-8")


def to_xlsx_bytes(frame: pd.DataFrame, info: dict[str, str], sheet: str = "Dữ liệu",
                  info_sheet: str = "Thông tin") -> bytes:
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                      "strings_to_urls": False, "nan_inf_to_errors": False})
    ws = wb.add_worksheet(sheet[:31])
    bold = wb.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    for c, column in enumerate(frame.columns):
        ws.write_string(0, c, str(column), bold)
        ws.set_column(c, c, max(10, min(45, len(str(column)) + 2)))
    for r, row in enumerate(frame.itertuples(index=False), start=1):
        for c, value in enumerate(row):
            if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
                ws.write_blank(r, c, None)
            elif isinstance(value, bool):
                ws.write_boolean(r, c, value)
            elif isinstance(value, (int, float)):
                ws.write_number(r, c, float(value))
            elif hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
                ws.write(r, c, value.item())
            else:
                ws.write_string(r, c, str(value))
    ws.freeze_panes(1, 0)
    if len(frame.columns):
        ws.autofilter(0, 0, max(1, len(frame)), len(frame.columns) - 1)
    meta = wb.add_worksheet(info_sheet[:31])
    meta.set_column(0, 0, 28)
    meta.set_column(1, 1, 70)
    for r, (key, value) in enumerate(info.items()):
        meta.write_string(r, 0, key, bold)
        meta.write_string(r, 1, value)
    wb.close()
    return buffer.getvalue()


def file_name(*parts: object, ext: str) -> str:
    """'so-sanh-xa_huyen-cau-ngang_2022_models-total.csv': what is inside, in ASCII."""
    words = [re.sub(r"[^a-z0-9]+", "-", ascii_fold(str(p))).strip("-") for p in parts if p not in (None, "")]
    return "_".join(w for w in words if w) + "." + ext


def export_info(lang: str, filters: dict[str, str], map_: str, data_version: str) -> dict[str, str]:
    info = {t("export_filters", lang): "; ".join(f"{k}: {v}" for k, v in filters.items())}
    info[t("export_map", lang)] = t("map_new" if map_ == "new" else "map_old", lang)
    info[t("export_version", lang)] = data_version
    info[t("export_time", lang)] = fmt.vn_now() + (" (giờ Việt Nam)" if lang == "vi" else " (Vietnam time)")
    return info


def export_buttons(frame: pd.DataFrame, name_parts: list[object], info: dict[str, str], lang: str,
                   key: str) -> None:
    """CSV and XLSX download buttons for one table."""
    left, right = st.columns(2)
    left.download_button(t("download_csv", lang), to_csv_bytes(frame), file_name(*name_parts, ext="csv"),
                         mime="text/csv", key=f"{key}_csv", icon=":material/download:", width="stretch")
    right.download_button(t("download_xlsx", lang), to_xlsx_bytes(frame, info), file_name(*name_parts, ext="xlsx"),
                          mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          key=f"{key}_xlsx", icon=":material/table:", width="stretch")
