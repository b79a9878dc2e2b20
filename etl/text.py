"""Text normalisation shared by header, unit and metric matching.

Three strengths, each built on the previous one:
- ``nfc``: Unicode NFC, trimmed, inner whitespace collapsed (what we store).
- ``fold``: ``nfc`` + lower case + modern tone placement ("hoà" -> "hòa", "thuỷ" -> "thủy") +
  punctuation to spaces, '%' kept as a token (what we compare).
- ``ascii_fold``: ``fold`` without diacritics ("đ" -> "d"), for names typed without accents.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w%/]+", re.UNICODE)
_DATA = Path(__file__).resolve().parent.parent / "data"

# Tone marks, as combining characters (after NFD).
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# Old-style tone placement on the second vowel of an open "oa/oe/uy" syllable: move the mark to the
# first vowel, as the official lists write it. "qu" + y keeps the mark on y ("quý").
_OLD_STYLE = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([" + _TONES + r"])(?=$|[^\w\u0300-\u036f])"
)


def nfc(text: object) -> str:
    """NFC, stripped, whitespace collapsed; ``None`` becomes ''."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFC", str(text)).replace("\u00a0", " ")
    return _SPACE.sub(" ", s).strip()


def modern_tones(text: str) -> str:
    """Move tone marks of open oa/oe/uy syllables to the modern position ("Hoà" -> "Hòa")."""
    decomposed = unicodedata.normalize("NFD", text)
    moved = _OLD_STYLE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return unicodedata.normalize("NFC", moved)


@lru_cache(maxsize=65536)
def fold(text: object) -> str:
    """Comparison form: lower case, modern tones, punctuation as spaces, '%' and '/' kept."""
    s = modern_tones(nfc(text).lower())
    s = s.replace("%", " % ")
    s = _PUNCT.sub(" ", s).replace("_", " ")
    return _SPACE.sub(" ", s).strip()


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def ascii_fold(text: object) -> str:
    """``fold`` without diacritics: "Thạnh Hóa" and "Thanh Hoa" compare equal."""
    return strip_diacritics(fold(text))


@lru_cache(maxsize=1)
def _abbreviations() -> list[tuple[re.Pattern[str], str]]:
    with open(_DATA / "abbreviations.csv", encoding="utf-8") as fh:
        rows = [(fold(r["abbreviation"]), fold(r["expansion"])) for r in csv.DictReader(fh)]
    rows.sort(key=lambda r: -len(r[0]))  # multi-word abbreviations first ("đv hv" before "đv")
    return [(re.compile(r"(?<!\w)" + re.escape(a) + r"(?!\w)"), e) for a, e in rows]


@lru_cache(maxsize=16384)
def fold_expanded(text: object) -> str:
    """``fold`` with the abbreviations of data/abbreviations.csv written out and '/' read as a separator
    (for header texts: "Loại (Tập thể/Cá nhân)", "ĐV/HV")."""
    s = fold(text).replace("/", " ")
    s = _SPACE.sub(" ", s).strip()
    for pattern, expansion in _abbreviations():
        s = pattern.sub(expansion, s)
    return s


def contains_tokens(haystack: str, needle: str) -> bool:
    """True when the words of ``needle`` appear consecutively in ``haystack`` (both folded)."""
    h, n = haystack.split(), needle.split()
    if not n:
        return False
    return any(h[i : i + len(n)] == n for i in range(len(h) - len(n) + 1))
