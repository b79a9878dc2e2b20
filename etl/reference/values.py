"""Turn a cell as a clerk typed it into a number, with its qualifier and its numerator/denominator.

Accepted: numbers; numbers as text with a decimal comma or point ("98,5", "98.5"), thousands separators
("1.234", "1,234" for counts, "1.234,5"); percent signs ("98,5%"); qualifiers kept with the figure (etl.reference.bounds):
"trên/hơn/>" '>', "ít nhất/≥" '>=', "dưới/<" '<', "tối đa/≤" '<=', "khoảng/gần/~" '~';
"x/y" fractions ("17/17", kept as numerator and denominator); fractions in percent-formatted cells
(0.985 shown as 98,5% -> 98.5); counts typed with their count word ("312 ĐV", "6 mô hình", "2 MH", "1.205
ĐV": the words of data/count_words.csv). Blank cells, "-" and similar are "not reported" (``None``), never 0.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from etl.reading.formulas import Unevaluated
from etl.reference.text import fold, nfc

_BLANKS = {"", "-", "--", "—", "–", "…", "...", "x", "/", "k", "kbc", "không báo cáo", "chưa báo cáo"}
_LONGEST_BLANK = max(len(b) for b in _BLANKS) + 2  # NFD forms are a little longer
# a qualifier typed before the number, and what it makes of the figure (etl.reference.bounds): the longer words first
_QUALIFIERS = (
    (">=", r"≥|>=|=>|ít nhất|tối thiểu|từ"),
    ("<=", r"≤|<=|=<|tối đa|không quá|nhiều nhất"),
    (">", r">|trên|hơn|lớn hơn|nhiều hơn|vượt"),
    ("<", r"<|dưới|chưa đến|chưa tới|chưa đạt|ít hơn|không đến|không tới|gần như chưa"),
    ("~", r"~|≈|khoảng|gần|xấp xỉ|chừng|ước|ước tính|ước khoảng|độ"),
)
_QUALIFIER = re.compile("^(?:" + "|".join(f"(?P<q{i}>{words})" for i, (_, words) in enumerate(_QUALIFIERS))
                        + r")(?=[\s\d])\s*", re.IGNORECASE)
_FRACTION = re.compile(r"^(\d+(?:[.,]\d+)?)\s*/\s*(\d+(?:[.,]\d+)?)$")
_NUMBER = re.compile(r"^[+-]?\d[\d.,\s]*$")
_THOUSANDS_DOT = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+$")
_THOUSANDS_COMMA = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+$")
_THOUSANDS_SPACE = re.compile(r"^[+-]?\d{1,3}(?: \d{3})+$")
_WITH_WORD = re.compile(r"^([+-]?\d[\d.,/\s]*?)\s*([^\d\s%/.,].*)$")
_DATA = Path(__file__).resolve().parents[2] / "data"


@lru_cache(maxsize=1)
def count_words() -> frozenset[str]:
    with open(_DATA / "count_words.csv", encoding="utf-8") as fh:
        return frozenset(fold(row["word"]) for row in csv.DictReader(fh))


def strip_count_word(text: str) -> str:
    """"312 ĐV" -> "312", "17/17 xã" -> "17/17": a number followed by a word that counts (data/count_words.csv)."""
    m = _WITH_WORD.match(text)
    if m and fold(m.group(2)) in count_words():
        return m.group(1).strip()
    return text


class ValueProblem(ValueError):
    """A cell that holds something but not a usable number; ``code`` is a key of etl.messages."""

    def __init__(self, code: str, **fields: object) -> None:
        super().__init__(code)
        self.code = code
        self.fields = fields


@dataclass(frozen=True, slots=True)
class Parsed:
    value: float
    qualifier: str | None = None
    numerator: float | None = None
    denominator: float | None = None


def _to_float(text: str, kind: str) -> float:
    """A number typed as text, Vietnamese or English conventions."""
    s = text.strip().replace("\u00a0", " ")
    if not _NUMBER.match(s):
        raise ValueProblem("not_a_number", value=text)
    if _THOUSANDS_SPACE.match(s):
        return float(s.replace(" ", ""))
    s = s.replace(" ", "")
    if "," in s and "." in s:
        # The separator that comes last is the decimal one: "1.234,5" or "1,234.5".
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif _THOUSANDS_DOT.match(s) and kind == "count":
        s = s.replace(".", "")
    elif _THOUSANDS_COMMA.match(s) and kind == "count":
        s = s.replace(",", "")
    elif s.count(",") == 1:
        s = s.replace(",", ".")
    elif s.count(".") > 1 or s.count(",") > 1:
        s = s.replace(".", "").replace(",", "")
    try:
        return float(s)
    except ValueError as exc:  # pragma: no cover - guarded by the regexes above
        raise ValueProblem("not_a_number", value=text) from exc


def is_blank(raw: object) -> bool:
    if raw is None:
        return True
    kind = type(raw)  # the usual cell types first: this runs several times for every cell of a file
    if kind is float:
        return raw != raw  # NaN
    if kind is int:
        return False
    if isinstance(raw, float) and math.isnan(raw):
        return True
    if isinstance(raw, str):
        if not raw:
            return True
        if len(raw) > _LONGEST_BLANK and len(raw.strip()) > _LONGEST_BLANK:
            return False  # a long text is never a "not reported" mark (no need to normalise it)
        return _blank_text(raw)
    return False


@lru_cache(maxsize=4096)
def _blank_text(raw: str) -> bool:
    return nfc(raw).lower() in _BLANKS


@lru_cache(maxsize=4096)
def _plain(value: float) -> Parsed:
    """A whole number (shared: a sheet of a million counts holds a few hundred distinct values)."""
    return Parsed(value)


def parse_value(raw: object, kind: str, percent_format: bool = False, metric: str = "") -> Parsed | None:
    """Parse one cell for a metric of ``kind`` ('pct' or 'count'); ``None`` when not reported.

    Raises ``ValueProblem`` for a cell that holds something unusable. Range checks are not done here
    (see etl.validate) so that every reason is reported in one place.
    """
    if isinstance(raw, Unevaluated):  # a formula without a value in the file, not computable (etl.reading.formulas)
        raise ValueProblem("formula_without_value", formula=str(raw)[:80], why=raw.why)
    if is_blank(raw):
        return None
    if isinstance(raw, bool) or isinstance(raw, (date, datetime)):
        raise ValueProblem("not_a_number", value=str(raw))
    if isinstance(raw, (int, float)):
        value = float(raw)
        if percent_format and kind == "pct":
            value = value * 100.0
        return _plain(value) if value.is_integer() else Parsed(round(value, 10))

    text = nfc(raw)
    qualifier = None
    m = _QUALIFIER.match(text)
    if m:
        qualifier = next(code for i, (code, _) in enumerate(_QUALIFIERS) if m.group(f"q{i}"))
        text = text[m.end():].strip()
    text = strip_count_word(text.strip("()").strip())
    has_percent = text.endswith("%")
    if has_percent:
        text = text[:-1].strip()
        if kind == "count":
            raise ValueProblem("percent_for_count", value=nfc(raw), metric=metric)

    fraction = _FRACTION.match(text)
    if fraction:
        if kind == "count":
            raise ValueProblem("fraction_for_count", value=nfc(raw), metric=metric)
        numerator = _to_float(fraction.group(1), "count")
        denominator = _to_float(fraction.group(2), "count")
        if denominator == 0:
            raise ValueProblem("zero_denominator", value=nfc(raw))
        return Parsed(round(100.0 * numerator / denominator, 10), qualifier, numerator, denominator)

    value = _to_float(text, kind)
    return Parsed(value, qualifier)
