"""Numbers as Vietnamese readers write them (98,5%; 1.234) or, with the English switch, 98.5% / 1,234; times in
Vietnam time (stored in UTC)."""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

import pandas as pd
from babel.numbers import format_decimal

from etl.reference import bounds
from ui.i18n import t

_LOCALES = {"vi": "vi_VN", "en": "en_US"}


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


_MARKS = {"vi": (".", ","), "en": (",", ".")}  # the group and decimal marks of vi_VN and en_US
_QUANTA = {d: Decimal(10) ** -d for d in range(7)}


def number(value: object, lang: str = "vi", decimals: int = 1, fixed: bool = False) -> str:
    """1.234,5 (English 1,234.5): Babel's "#,##0.#" (half-even rounding of the value's shortest decimal form),
    written here without Babel's locale look-ups, thirty times faster: a table formats thousands of cells
    (tests/test_tables.py checks that both write the same). ``fixed``: always ``decimals`` places ("99,0"), as
    a rate is written everywhere, so a column never mixes "99" and "99,6"."""
    if _is_missing(value):
        return "—"
    v = float(value)  # type: ignore[arg-type]
    if lang not in _MARKS or decimals not in _QUANTA or not math.isfinite(v):
        return babel_number(v, lang, decimals, fixed)
    d = Decimal(str(v))
    try:
        rounded = abs(d).normalize().quantize(_QUANTA[decimals])
    except InvalidOperation:  # beyond Decimal's precision: Babel's own error
        return babel_number(v, lang, decimals)
    whole, _, fraction = f"{rounded:f}".partition(".")
    group, point = _MARKS[lang]
    if len(whole) > 3:
        whole = f"{int(whole):,}".replace(",", group)
    if not fixed:
        fraction = fraction.rstrip("0")
    negative = d.is_signed() and (whole.strip("0") or fraction.strip("0"))  # never "-0,0"
    return ("-" if negative else "") + whole + (point + fraction if fraction else "")


def babel_number(value: float, lang: str = "vi", decimals: int = 1, fixed: bool = False) -> str:
    """``number`` as Babel writes it (the reference of the fast path)."""
    pattern = "#,##0" + ("." + ("0" if fixed else "#") * decimals if decimals else "")
    text = format_decimal(float(value), format=pattern, locale=_LOCALES.get(lang, "vi_VN"))  # type: ignore[arg-type]
    return text[1:] if text.startswith("-") and not text.strip("-0.,") else text  # never "-0"


RATE_DECIMALS = 1  # a rate is written with one decimal wherever it is shown: 99,0%, 99,6%


def pct(value: object, lang: str = "vi", decimals: int = RATE_DECIMALS) -> str:
    """A rate, always with ``decimals`` places ("99,0%"; the axis's ticks ask for 0: "95%")."""
    return "—" if _is_missing(value) else f"{number(value, lang, decimals, fixed=True)}%"


def metric_value(value: object, kind: str, qualifier: object = None, lang: str = "vi") -> str:
    """A figure as it should read: "98,5%", "trên 98,0%", "khoảng 40,0%", "1.234" (etl.reference.bounds' words)."""
    text = pct(value, lang) if kind == "pct" else number(value, lang, 0 if _is_whole(value) else 1)
    return text if text == "—" else bounds.prefix(qualifier, lang) + text


_CHANGE_WORDS = {  # (up, down) for each way a change is known; {n} the size, with its unit
    "vi": {"at_least": ("tăng ít nhất {n}", "giảm ít nhất {n}"), "at_least_strict": ("tăng hơn {n}", "giảm hơn {n}"),
           "at_most": ("tăng tối đa {n}", "giảm tối đa {n}"), "at_most_strict": ("tăng dưới {n}", "giảm dưới {n}"),
           "direction": ("tăng", "giảm"), "approx": "khoảng {n}", "unknown": "không so sánh được"},
    "en": {"at_least": ("up at least {n}", "down at least {n}"), "at_least_strict": ("up more than {n}",
                                                                                     "down more than {n}"),
           "at_most": ("up at most {n}", "down at most {n}"), "at_most_strict": ("up less than {n}",
                                                                                "down less than {n}"),
           "direction": ("up", "down"), "approx": "about {n}", "unknown": "not comparable"},
}


def derived_note(row: object, lang: str = "vi", long: bool = False) -> str | None:
    """"tính từ 230/232" for a rate its unit did not type (``derived``: made from its own numerator and
    denominator, warehouse.levels.derived_sql); None for any other figure. ``row``: a dict or a Series."""
    get = getattr(row, "get", None)
    if get is None:
        return None
    flag, n, d = get("derived"), get("numerator"), get("denominator")
    if _is_missing(flag) or flag is pd.NA or not bool(flag) or _is_missing(n) or _is_missing(d):
        return None
    return t("derived_from_long" if long else "derived_from", lang, n=number(n, lang, 0), d=number(d, lang, 0))


def basis_word(row: object, lang: str = "vi") -> str:
    """How a figure was had, in a table's "Cách có số liệu": "đơn vị báo cáo", "tính từ 230/232" (a rate the unit
    did not type), "tổng tử số / tổng mẫu số" (computed from its units)… ``row``: with ``basis``."""
    return derived_note(row, lang) or t(f"basis_word_{row['basis']}", lang)  # type: ignore[index]


def change_text(ch: bounds.Change, kind: str, lang: str = "vi", ascii_minus: bool = False) -> str:
    """A change as far as its figures tell it (etl.reference.bounds.change): "+1,5 điểm %", "giảm ít nhất 1,0 điểm %",
    "khoảng +10,0 điểm %", "không so sánh được" — never a plain number for a bounded figure."""
    words = _CHANGE_WORDS["en" if lang == "en" else "vi"]
    if ch.how == "unknown" or ch.value is None:
        return str(words["unknown"])
    if ch.how == "exact":
        return signed(ch.value, kind, lang, ascii_minus)
    if ch.how == "approx":
        return str(words["approx"]).format(n=signed(ch.value, kind, lang, ascii_minus))
    up = ch.direction == 1
    size = signed(abs(ch.value), kind, lang).lstrip("+±")
    if abs(ch.value) < 1e-9:  # "more than 0": the direction is sure, the size is not
        return str(words["direction"][0 if up else 1])
    key = ch.how + ("_strict" if ch.strict else "")
    return str(words[key][0 if up else 1]).format(n=size)


def change_delta(ch: bounds.Change, kind: str, lang: str, higher_is_better: bool) -> tuple[str, str, str]:
    """What st.metric shows of a change: (text, colour, arrow). Good green, bad red, not known grey."""
    text = change_text(ch, kind, lang, ascii_minus=True)
    direction = ch.direction
    if ch.how == "unknown" or not direction:
        return text, "gray", "off"
    good = (direction > 0) == bool(higher_is_better)
    return text, "green" if good else "red", "up" if direction > 0 else "down"


def signed(value: object, kind: str, lang: str = "vi", ascii_minus: bool = False) -> str:
    """A change: "+1,5 điểm %" / "−3" (``ascii_minus`` for st.metric, which reads the sign)."""
    if _is_missing(value):
        return "—"
    v = float(value)  # type: ignore[arg-type]
    sign = "+" if v > 0 else (("-" if ascii_minus else "−") if v < 0 else "±")
    body = number(abs(v), lang, 1, fixed=True) if kind == "pct" else number(abs(v), lang, 0 if _is_whole(v) else 1)
    unit = (" điểm %" if lang == "vi" else " pts") if kind == "pct" else ""
    return f"{sign}{body}{unit}"


def _is_whole(value: object) -> bool:
    try:
        return float(value).is_integer()  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def vn_time(stored: object, pattern: str = "%d/%m/%Y %H:%M") -> str:
    """A time stored in UTC (naive, as the warehouse keeps it) as read in Vietnam; "" when there is none."""
    if stored is None or (not isinstance(stored, str) and pd.isna(stored)):  # type: ignore[arg-type]
        return ""
    ts = pd.Timestamp(stored)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts
    return ts.tz_convert(VIETNAM).strftime(pattern)


def vn_times(stored: pd.Series, pattern: str = "%d/%m/%Y %H:%M") -> pd.Series:
    """A column of UTC times as read in Vietnam (text, blank where none)."""
    ts = pd.to_datetime(stored)
    if ts.dt.tz is None:
        ts = ts.dt.tz_localize("UTC")
    return ts.dt.tz_convert(VIETNAM).dt.strftime(pattern).fillna("")


def vn_now(pattern: str = "%d/%m/%Y %H:%M:%S") -> str:
    return datetime.now(UTC).astimezone(VIETNAM).strftime(pattern)


def vn_today() -> date:
    """Today in Vietnam (the date a report is dated), whatever the server's zone."""
    return datetime.now(UTC).astimezone(VIETNAM).date()


_A1 = re.compile(r"([A-Z]{1,3})(\d+)")


def cell_place(file: object, cell: object, lang: str) -> str:
    """A figure's cell as a reader finds it: "C5" in a workbook (Excel's own address), "hàng 5, cột C" in a Word or
    PDF report's table (a document has no A1 addresses); a narrative's "đoạn 8, ký tự 21–23" as it is."""
    if not isinstance(cell, str):
        return ""
    if isinstance(file, str) and file.lower().endswith((".docx", ".pdf")):
        m = _A1.fullmatch(cell)
        if m:
            return t("cell_in_table", lang, row=m.group(2), col=m.group(1))
    return cell


def source_place(file: object, sheet: object, cell: object, lang: str) -> str:
    """"file / sheet / cell" of a figure's source, the cell as ``cell_place`` writes it."""
    return f"{file} / {sheet if isinstance(sheet, str) else ''} / {cell_place(file, cell, lang)}"
