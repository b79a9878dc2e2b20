"""Exports that open correctly in Excel: CSV (comma, '.' decimals, whole numbers without ".0", UTF-8 with BOM,
text cells that Excel would run as formulas neutralised) and XLSX (numbers as numbers with Excel number formats,
columns fitted to their content, a second sheet saying what is inside)."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

import pandas as pd
import streamlit as st
import xlsxwriter

from etl.reference.text import ascii_fold
from ui import fmt, tables
from ui.i18n import t
from ui.tables import Kinds, KindSpec

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell beginning with = + - @ is prefixed with ' so Excel shows it instead of running it;
    numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _prepared(frame: pd.DataFrame, kinds: Kinds | None) -> tuple[pd.DataFrame, dict[str, KindSpec]]:
    """The frame as exported: numbers as numbers (whole-number columns Int64, so a CSV says 466 and not 466.0),
    each column's kind, and a rate column's header saying it is in percent ("Giá trị (%)")."""
    data = tables.numbers(frame, kinds)
    resolved = tables.infer_kinds(data, kinds)
    renames = {c: f"{c} (%)" for c, k in resolved.items() if k == "pct" and "%" not in str(c)}
    return data.rename(columns=renames), {renames.get(c, c): k for c, k in resolved.items()}


def to_csv_bytes(frame: pd.DataFrame, kinds: Kinds | None = None) -> bytes:
    safe, _ = _prepared(frame, kinds)
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise)
    # %.15g: 98.5 stays 98.5 and a whole value in a decimal column is written 100, not 100.0
    text = safe.to_csv(index=False, sep=",", decimal=".", lineterminator="\r\n", float_format="%.15g")
    return ("\ufeff" + text).encode("utf-8")


# Excel number formats: the codes are written with "." and "," and Excel shows them in the reader's locale, so
# Vietnamese Excel shows 98,5% and 1.234. A rate is kept as the warehouse keeps it (98.5, in percentage points)
# with the "%" written by the format, not stored as 0.985 with Excel's 0.0%: a formula on the cell
# (=B2-95 against a target of 95%) gives points as the reports speak of them, and the XLSX holds the same number
# as the CSV and the screen.
XLSX_FORMATS = {"pct": '0.0"%"', "int": "#,##0", "num": "#,##0.0", "plain": "0"}
_MIN_WIDTH, _MAX_WIDTH, _HEADER_WIDTH = 6, 60, 18


def _cell_format(kind: str, value: float) -> str | None:
    if kind == "count":
        return XLSX_FORMATS["int" if float(value).is_integer() else "num"]
    return XLSX_FORMATS.get(kind)


def column_width(header: str, shown: list[str]) -> int:
    """Characters: the longest cell as Excel shows it, the header's longest word, and up to 18 characters of the
    header (which wraps), between 6 and 60."""
    longest = max((len(s) for s in shown), default=0)
    word = max((len(w) for w in str(header).split()), default=0)
    return max(_MIN_WIDTH, min(_MAX_WIDTH, max(longest, word, min(len(str(header)), _HEADER_WIDTH)) + 2))


def to_xlsx_bytes(frame: pd.DataFrame, info: dict[str, str], sheet: str = "Dữ liệu",
                  info_sheet: str = "Thông tin", kinds: Kinds | None = None) -> bytes:
    """One sheet of data (header wrapped, frozen and filtered; numbers as numbers with Excel number formats;
    columns as wide as their content) and one saying what is inside. ``kinds`` as in ui.tables."""
    data, resolved = _prepared(frame, kinds)
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                      "strings_to_urls": False, "nan_inf_to_errors": False})
    ws = wb.add_worksheet(sheet[:31])
    bold = wb.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    formats = {code: wb.add_format({"num_format": code}) for code in set(XLSX_FORMATS.values())}
    n = len(data)
    header_lines = 1
    for c, column in enumerate(data.columns):
        per_row = tables.row_kinds(resolved[column], n)
        shown: list[str] = []
        for r, (value, kind) in enumerate(zip(data[column], per_row, strict=True), start=1):
            if tables.is_missing(value):
                ws.write_blank(r, c, None)
                continue
            if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
                value = value.item()
            if isinstance(value, bool):
                ws.write_boolean(r, c, value)
                shown.append("FALSE" if not value else "TRUE")
            elif isinstance(value, (int, float)):
                code = _cell_format(kind, value)
                ws.write_number(r, c, float(value), formats[code] if code else None)
                shown.append(tables.text(value, kind if kind in tables.NUMERIC else "num", "vi"))
            else:
                ws.write_string(r, c, str(value))
                shown.append(str(value))
        width = column_width(str(column), shown)
        ws.set_column(c, c, width)
        ws.write_string(0, c, str(column), bold)
        header_lines = max(header_lines, -(-len(str(column)) // max(1, width - 1)))
    ws.set_row(0, 15 * header_lines)
    ws.freeze_panes(1, 0)
    if len(data.columns):
        ws.autofilter(0, 0, max(1, n), len(data.columns) - 1)
    meta = wb.add_worksheet(info_sheet[:31])
    meta.set_column(0, 0, 28)
    meta.set_column(1, 1, 70)
    for r, (key, value) in enumerate(info.items()):
        meta.write_string(r, 0, key, bold)
        meta.write_string(r, 1, value)
    wb.close()
    return buffer.getvalue()


def file_name(*parts: object, ext: str | None) -> str:
    """'so-sanh-xa_huyen-cau-ngang_2022_models-total.csv': what is inside, in ASCII (``ext=None``: no extension,
    for Plotly's PNG download, which adds its own)."""
    words = [re.sub(r"[^a-z0-9]+", "-", ascii_fold(str(p))).strip("-") for p in parts if p not in (None, "")]
    stem = "_".join(w for w in words if w) or "bang"
    return stem if ext is None else stem + "." + ext


def chart_file_name(name: str | Sequence[object]) -> str:
    """A chart's PNG name in the style of the CSV and XLSX names: its parts (a list, or a string whose parts are
    joined by "_") folded to ASCII."""
    parts = name.split("_") if isinstance(name, str) else list(name)
    return file_name(*parts, ext=None)


def export_info(lang: str, filters: dict[str, str], map_: str, data_version: str) -> dict[str, str]:
    info = {t("export_filters", lang): "; ".join(f"{k}: {v}" for k, v in filters.items())}
    info[t("export_map", lang)] = t("map_new" if map_ == "new" else "map_old", lang)
    info[t("export_version", lang)] = data_version
    info[t("export_time", lang)] = fmt.vn_now() + (" (giờ Việt Nam)" if lang == "vi" else " (Vietnam time)")
    return info


def export_buttons(frame: pd.DataFrame, name_parts: list[object], info: dict[str, str], lang: str,
                   key: str, kinds: Kinds | None = None, lazy: bool = True) -> None:
    """CSV and XLSX download buttons for one table; ``kinds`` says which columns are rates ("pct") and so on
    (ui.tables; standard headers and whole numbers are found without it). ``lazy`` (the default): the files
    are written only when a button is clicked (Streamlit runs the callable then, without a rerun), not on every
    run of the page: a small table's CSV and XLSX cost 30 ms a run, a long one's XLSX seconds."""
    csv_data: Any = (lambda: to_csv_bytes(frame, kinds)) if lazy else to_csv_bytes(frame, kinds)
    xlsx_data: Any = (lambda: to_xlsx_bytes(frame, info, kinds=kinds)) if lazy else to_xlsx_bytes(frame, info,
                                                                                                   kinds=kinds)
    click = "ignore" if lazy else "rerun"
    left, right = st.columns(2)
    left.download_button(t("download_csv", lang), csv_data, file_name(*name_parts, ext="csv"),
                         mime="text/csv", key=f"{key}_csv", icon=":material/download:", width="stretch",
                         on_click=click)
    right.download_button(t("download_xlsx", lang), xlsx_data, file_name(*name_parts, ext="xlsx"),
                          mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          key=f"{key}_xlsx", icon=":material/table:", width="stretch", on_click=click)
