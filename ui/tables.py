"""Tables as Excel users expect them: on screen the numbers stay numbers (a click on a column header sorts
1, 2, 12, not 1, 12, 2) yet read the Vietnamese way (98,5%; 1.234; English: 98.5%, 1,234); a blank where
there is no figure, never "None" or "nan". The same column kinds drive the CSV and XLSX exports (ui/export.py).

How: st.dataframe is given a pandas Styler whose ``format`` writes each cell's display text; Streamlit 1.67 shows
the Styler's display values and sorts on the underlying numbers (checked in a browser). ``placeholder=""``
leaves missing cells empty. NumberColumn's printf formats cannot write a decimal comma, and its "localized"
format follows the reader's browser, not the page's language switch.

Kinds of column:
  "pct"   a rate in percent (98.5 means 98,5%)            screen 98,5%    Excel 0.0"%"
  "count" a metric counted in units (whole or not)       screen 1.234    Excel #,##0 (#,##0.0 when not whole)
  "int"   a whole number (n, N, ranks, rows, cells)       screen 1.234    Excel #,##0
  "num"   a decimal                                       screen 1.234,5  Excel #,##0.0
  "plain" a year or an identifier (no thousands mark)     screen 2022     Excel 0
  "text"  anything else
A column's kind is one of these, or a sequence giving each row its own (a table mixing rates and counts).
Columns whose header is one of the standard ones (Hạng, Năm, Tử số, …) get their kind without being named;
other numeric columns are "int" when every value is whole and "num" otherwise.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from etl.reference import bounds
from ui import fmt
from ui.device import is_phone
from ui.i18n import t

NUMERIC = ("pct", "count", "int", "num", "plain")
KindSpec = str | Sequence[str]
Kinds = Mapping[str, KindSpec]

# standard headers (both languages) and their kind
_STANDARD = {
    "col_rank": "int", "col_numerator": "int", "col_denominator": "int", "col_rows_loaded": "int",
    "col_rows_rejected": "int", "col_cells_fact": "int", "col_cells_rejected": "int", "col_cells_label": "int",
    "col_cells_ignored": "int", "desk_col_cells": "int", "col_replaced": "int",
    "col_year": "plain", "col_last_year": "plain", "col_load": "plain", "col_replaced_by": "plain",
    "col_row": "plain", "col_replicated_pct": "pct",
}
_BY_HEADER = {t(key, lang): kind for key, kind in _STANDARD.items() for lang in ("vi", "en")}
# pandas' Styler renders at most this many cells by default; a larger table is styled in full all the same
_MAX_CELLS = 400_000
# rows of a long table drawn at a time (show_paged): styling costs about a millisecond a row of ten columns
PAGE_ROWS = 50


def is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    try:
        return bool(pd.isna(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def text(value: object, kind: str, lang: str, qualifier: object = None) -> str:
    """One cell as a reader reads it; "" when there is no value."""
    if is_missing(value):
        return ""
    if kind == "text" or isinstance(value, str):
        return str(value)
    if isinstance(value, bool):
        return "✓" if value else ""
    v = float(value)  # type: ignore[arg-type]
    if kind == "pct":
        shown = fmt.pct(v, lang)
    elif kind == "count":
        shown = fmt.number(v, lang, 0 if v.is_integer() else 1)
    elif kind == "int":
        shown = fmt.number(v, lang, 0)
    elif kind == "plain":
        shown = str(int(v)) if v.is_integer() else str(v)
    else:  # num
        shown = fmt.number(v, lang, 1)
    return bounds.prefix(qualifier, lang) + shown  # "trên 98,0%", "khoảng 40,0%" (etl.reference.bounds)


def _whole(series: pd.Series) -> bool:
    if pd.api.types.is_integer_dtype(series.dtype):  # int64, Int64: whole without looking
        return True
    values = pd.to_numeric(series, errors="coerce").dropna()
    return bool(((values % 1) == 0).all())


def infer_kinds(frame: pd.DataFrame, kinds: Kinds | None = None) -> dict[str, KindSpec]:
    """Every column's kind: the ones given, then the standard headers, then the dtype."""
    given = dict(kinds or {})
    out: dict[str, KindSpec] = {}
    for column in frame.columns:
        if column in given:
            out[column] = given[column]
        elif column in _BY_HEADER and (pd.api.types.is_numeric_dtype(frame[column])
                                       or frame[column].map(lambda v: is_missing(v) or
                                                            isinstance(v, (int, float))).all()):
            out[column] = _BY_HEADER[column]
        elif pd.api.types.is_bool_dtype(frame[column]):
            out[column] = "text"
        elif pd.api.types.is_numeric_dtype(frame[column]):
            out[column] = "int" if _whole(frame[column]) else "num"
        else:
            out[column] = "text"
    return out


def row_kinds(spec: KindSpec, n: int) -> list[str]:
    return [spec] * n if isinstance(spec, str) else [str(k) for k in spec]


def is_numeric_kind(spec: KindSpec) -> bool:
    kinds = {spec} if isinstance(spec, str) else set(spec)
    return bool(kinds) and kinds <= set(NUMERIC)


def numbers(frame: pd.DataFrame, kinds: Kinds | None = None) -> pd.DataFrame:
    """The frame with its numeric columns as numbers: whole-number columns as Int64 (blank where missing, no
    ".0"), the others as float64."""
    out = frame.reset_index(drop=True).copy()
    for column, spec in infer_kinds(out, kinds).items():
        if not is_numeric_kind(spec):
            continue
        values = pd.to_numeric(out[column], errors="coerce")
        if values.notna().sum() < out[column].notna().sum():
            continue  # text in a numeric column: leave it alone
        whole = _whole(values) and bool((values.dropna().abs() < 2**53).all())
        if values.isna().all():
            whole = spec in ("int", "plain")
        out[column] = values.astype("Int64") if whole else values.astype("float64")
    return out


def styled(frame: pd.DataFrame, lang: str, kinds: Kinds | None = None,
           qualifiers: Mapping[str, str] | None = None, data: pd.DataFrame | None = None) -> Styler:
    """The Styler given to st.dataframe: the numbers of ``numbers(frame)``, each cell's display text written
    by ``text``; ``qualifiers`` maps a value column to the column holding its qualifier (">" shows "trên …",
    "~" "khoảng …": etl.reference.bounds); ``data``: ``numbers(frame, kinds)`` when the caller has it."""
    data = numbers(frame, kinds) if data is None else data
    resolved = infer_kinds(data, kinds)
    styler = data.style
    n = len(data)
    whole: dict[str, Any] = {}  # columns written one way in every row: one format call for all of them
    parts: list[tuple[Any, list[int], str]] = []  # the others, a group of rows at a time
    for column, spec in resolved.items():
        per_row = row_kinds(spec, n)
        q_col = (qualifiers or {}).get(column)
        quals = list(data[q_col]) if q_col is not None and q_col in data else [None] * n
        groups: dict[tuple[str, object], list[int]] = {}
        for i, (k, q) in enumerate(zip(per_row, quals, strict=True)):
            groups.setdefault((k, bounds.normal(q)), []).append(i)
        if not n or len(groups) == 1:
            k, q = next(iter(groups)) if groups else (spec if isinstance(spec, str) else "text", None)
            whole[column] = lambda v, k=k, q=q: text(v, k, lang, q)
        else:
            parts += [(lambda v, k=k, q=q: text(v, k, lang, q), rows, column) for (k, q), rows in groups.items()]
    if whole:
        styler = styler.format(whole, subset=list(whole))
    for formatter, rows, column in parts:
        styler = styler.format(formatter, subset=pd.IndexSlice[rows, [column]])
    return styler


def by_year(frame: pd.DataFrame, label: str, value: str, lang: str) -> pd.DataFrame:
    """Long rows (``label``, year, ``value``) as a table of units × years: a column of unit names, then one column
    a year ("2016", "2017", ...), each cell that unit's value that year, blank where none."""
    table = frame.pivot_table(index=label, columns="year", values=value, aggfunc="first").reset_index()
    table.columns = [t("col_unit", lang), *[str(c) for c in table.columns[1:]]]
    return table


def show(frame: pd.DataFrame, lang: str, kinds: Kinds | None = None, qualifiers: Mapping[str, str] | None = None,
         key: str | None = None, height: int | None = None, hide: Sequence[str] = (),
         column_config: Mapping[str, Any] | None = None, print_copy: bool = True) -> None:
    """Draw a user table: numbers sortable as numbers, shown the Vietnamese (or English) way, blanks empty.
    ``hide`` leaves columns out of the screen (a qualifier column read into its value column).

    A table drawn once is drawn again from what it was (Streamlit's cached elements, for every session of the
    process): the same table in the same language on the same kind of screen costs no styling on the next run.
    Its key is what the table holds, so a new figure is a new table."""
    phone = is_phone()
    drawn_key = _drawn_key(frame, lang, kinds, qualifiers, key, height, hide, column_config, print_copy, phone)
    if drawn_key is None:
        _draw(frame, lang, kinds, qualifiers, key, height, hide, column_config, print_copy, phone)
    else:
        _draw_kept(drawn_key, frame, lang, kinds, qualifiers, key, height, hide, column_config, print_copy, phone)


# A larger table is styled on every run: its elements are not kept. At most _DRAWN_KEPT tables of at most
# _DRAWN_CELLS cells each (a long table is drawn PAGE_ROWS rows at a time): some 30 MB of a process at worst.
_DRAWN_CELLS = 5_000
_DRAWN_KEPT = 128


def _rows_hash(frame: pd.DataFrame) -> str | None:
    """The hash of a table's rows, in order (a table sorted otherwise is another table) with its columns and
    their types; None when a cell cannot be hashed (a cell holding a list)."""
    try:
        hashes = pd.util.hash_pandas_object(frame, index=False).to_numpy()
    except (TypeError, ValueError):
        return None
    digest = hashlib.blake2b(hashes.tobytes(), digest_size=16)
    digest.update(repr((tuple(map(str, frame.columns)), tuple(map(str, frame.dtypes)))).encode())
    return digest.hexdigest()


def _drawn_key(frame: pd.DataFrame, *what: Any) -> tuple | None:
    """What a drawn table is: every cell, its columns and types, and how it is drawn; None when a cell cannot be
    hashed or the table is too large to keep."""
    if frame.size > _DRAWN_CELLS:
        return None
    cells = _rows_hash(frame)
    return None if cells is None else (cells, len(frame), repr(what))


@st.cache_data(show_spinner=False, max_entries=_DRAWN_KEPT)
def _draw_kept(drawn_key: tuple, _frame: pd.DataFrame, lang: str, _kinds: Kinds | None,
               _qualifiers: Mapping[str, str] | None, key: str | None, height: int | None, _hide: Sequence[str],
               _column_config: Mapping[str, Any] | None, print_copy: bool, phone: bool) -> None:
    """``_draw``, its elements kept and replayed by Streamlit under ``drawn_key`` (the arguments whose names
    start with "_" are not hashed: ``drawn_key`` holds them)."""
    _draw(_frame, lang, _kinds, _qualifiers, key, height, _hide, _column_config, print_copy, phone)


def _draw(frame: pd.DataFrame, lang: str, kinds: Kinds | None, qualifiers: Mapping[str, str] | None,
          key: str | None, height: int | None, hide: Sequence[str], column_config: Mapping[str, Any] | None,
          print_copy: bool, phone: bool) -> None:
    shown = frame.drop(columns=[c for c in hide if c in frame.columns])
    qualifiers = dict(qualifiers or {})
    extra = {q: frame[q] for q in qualifiers.values() if q in hide and q in frame.columns}
    if extra:  # the qualifier travels in the styled frame but is not drawn
        shown = shown.assign(**extra)
    data = numbers(shown, kinds)  # once, for the screen and the print copy
    styler = styled(shown, lang, kinds, qualifiers, data)
    order = [c for c in shown.columns if c not in extra]
    first = narrow_columns(order, lang) if phone else []
    with pd.option_context("styler.render.max_elements", max(_MAX_CELLS, shown.size + 1)):
        if first:  # a phone: unit, value and rank first, every column one tap away
            st.dataframe(styler, hide_index=True, width="stretch", key=key, height=height or "auto",
                         placeholder="", column_order=first, column_config=narrow_config(first, column_config))
            with st.expander(t("table_all_columns", lang, n=len(order))):
                st.dataframe(styler, hide_index=True, width="stretch", height=height or "auto", placeholder="",
                             column_order=order if extra else None, column_config=column_config)
        else:
            st.dataframe(styler, hide_index=True, width="stretch", key=key, height=height or "auto", placeholder="",
                         column_order=order if extra else None, column_config=column_config)
    if print_copy:
        printed(shown, lang, kinds, qualifiers, order, data)


_NARROW = ("col_unit", "col_metric", "col_value", "col_rank")  # what a phone's table shows first
PHONE_NAME_WIDTH = 170  # px: a metric's long name ("Tỷ lệ chi bộ hoàn thành chỉ đạo …") took the whole width of a
# 390-px screen and pushed the value off to the right; cut at this width, it shows whole when its cell is touched


def narrow_config(first: Sequence[str], column_config: Mapping[str, Any] | None) -> dict[str, Any]:
    """``column_config`` with the phone's first column (the unit's or the metric's name) at PHONE_NAME_WIDTH, so
    that the value and the rank beside it are on the screen."""
    config = dict(column_config or {})
    own = config.get(first[0])
    config[first[0]] = {**(own if isinstance(own, Mapping) else {}), "width": PHONE_NAME_WIDTH}
    return config


def narrow_columns(columns: Sequence[str], lang: str) -> list[str]:
    """The columns a phone shows of a wide table (more than three): the unit or metric, the value and the rank,
    in that order; [] when the table is narrow already or has none of them."""
    if len(columns) <= 3:
        return []
    first = [t(key, lang) for key in _NARROW if t(key, lang) in columns]
    return first if len(first) >= 2 else []


_PRINTED: OrderedDict[tuple, str] = OrderedDict()  # a table's print copy by what it is made of, for every session
_PRINTED_KEEP = 64  # copies (up to PRINT_ROWS rows each: a few hundred kB at most)
_PRINTED_LOCK = threading.Lock()


def _printed_key(frame: pd.DataFrame, lang: str, kinds: Kinds | None, qualifiers: Mapping[str, str] | None,
                 columns: Sequence[str] | None) -> tuple | None:
    """What a print copy is made of: the language, the columns, the kinds, the table's length and its first
    ``PRINT_ROWS`` rows (their hash); None when they cannot be hashed (a cell holding a list)."""
    from ui import printing

    rows = _rows_hash(frame.head(printing.PRINT_ROWS))
    if rows is None:
        return None
    return (lang, len(frame), rows,
            repr(sorted((str(k), v if isinstance(v, str) else tuple(v)) for k, v in (kinds or {}).items())),
            repr(sorted((qualifiers or {}).items())), tuple(columns) if columns is not None else None)


def printed(frame: pd.DataFrame, lang: str, kinds: Kinds | None = None,
            qualifiers: Mapping[str, str] | None = None, columns: Sequence[str] | None = None,
            data: pd.DataFrame | None = None) -> None:
    """The table's plain copy for paper (ui.printing), its cells written as on screen; ``columns``: the ones
    printed (a qualifier column is read into its value column, not printed). Every session shows the same tables
    (the loads, the rejects: thousands of rows, 500 written): a copy is made once and kept for the others."""
    from ui import printing

    key = _printed_key(frame, lang, kinds, qualifiers, columns)
    with _PRINTED_LOCK:
        made = _PRINTED.get(key) if key is not None else None
        if made is not None:
            _PRINTED.move_to_end(key)
    if made is None:
        data = numbers(frame, kinds) if data is None else data
        resolved = infer_kinds(data, kinds)
        n = min(len(data), printing.PRINT_ROWS)
        shown = list(columns if columns is not None else data.columns)
        per_column = {c: row_kinds(resolved[c], len(data)) for c in shown}
        quals = {c: list(data[q]) if (q := (qualifiers or {}).get(c)) in data else [None] * len(data) for c in shown}
        values = {c: data[c].tolist() for c in shown}  # a list a column, not a lookup a cell
        rows = [[text(values[c][i], per_column[c][i], lang, quals[c][i]) for c in shown] for i in range(n)]
        made = printing.table_html([str(c) for c in shown], rows, [is_numeric_kind(resolved[c]) for c in shown],
                                   len(data), t("print_rows_cut", lang, n=printing.PRINT_ROWS, total=len(data)))
        if key is not None:
            with _PRINTED_LOCK:
                _PRINTED[key] = made
                while len(_PRINTED) > _PRINTED_KEEP:
                    _PRINTED.popitem(last=False)
    printing.print_table(made)


def show_paged(frame: pd.DataFrame, lang: str, key: str, kinds: Kinds | None = None, rows: int = PAGE_ROWS,
               height: int | None = None, column_config: Mapping[str, Any] | None = None) -> None:
    """A long table ``rows`` rows at a time: a chooser of the rows shown and a caption saying which of how many
    (the export beside it carries them all); a short table is drawn whole, as ``show`` draws it."""
    n = len(frame)
    if n <= rows:
        show(frame, lang, kinds, height=height, column_config=column_config)
        return
    pages = -(-n // rows)

    def span(page: int) -> tuple[str, str]:
        return fmt.number(float(page * rows + 1), lang, 0), fmt.number(float(min(n, (page + 1) * rows)), lang, 0)

    page = st.selectbox(t("table_rows", lang), range(pages), format_func=lambda p: "–".join(span(p)),
                        key=f"{key}_rows") or 0
    first, last = span(page)
    st.caption(t("table_rows_shown", lang, first=first, last=last, total=fmt.number(float(n), lang, 0)))
    part = slice(page * rows, min(n, (page + 1) * rows))
    # a kind given row by row (a sequence) follows its rows
    part_kinds = {c: k if isinstance(k, str) else list(k)[part] for c, k in (kinds or {}).items()}
    show(frame.iloc[part], lang, part_kinds, height=height, column_config=column_config, print_copy=False)
    printed(frame, lang, kinds)  # on paper, every row
