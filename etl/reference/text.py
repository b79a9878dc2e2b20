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
_DATA = Path(__file__).resolve().parents[2] / "data"

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


_VI_LETTERS = {ch: i for i, ch in enumerate(
    ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "ô", "ơ", "p", "q",
     "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"])}
_VI_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền, hỏi, ngã, sắc, nặng
# breve, circumflex and horn make a letter of its own: (letter, mark) -> the marked letter
_VI_MARKED = {(_VI_LETTERS[a], m): _VI_LETTERS[b] for a, m, b in (
    ("a", "\u0306", "ă"), ("a", "\u0302", "â"), ("e", "\u0302", "ê"), ("o", "\u0302", "ô"), ("o", "\u031b", "ơ"),
    ("u", "\u031b", "ư"))}


@lru_cache(maxsize=65536)
def vi_key(text: object) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """Sort key of Vietnamese alphabetical order: spaces and signs, then numbers (by value), then a ă â b c d đ e ê … (a
    letter with its breve, circumflex or horn is a letter of its own: every "Đ" after every "D"); the tones
    count only between names of the same letters, case last. ``sorted(names, key=vi_key)``."""
    letters: list[int] = []
    tones: list[int] = []
    digits = ""
    for ch in unicodedata.normalize("NFD", str(text).lower()) + "\0":
        if ch.isdigit() and ch.isascii():
            digits += ch
            continue
        if digits:  # a number as one: "Phường 2" before "Phường 10"
            letters.append(-10**9 + min(int(digits), 10**8))
            tones.append(0)
            digits = ""
        if ch == "\0":
            break
        if ch in _VI_TONES:
            if tones:
                tones[-1] = _VI_TONES[ch]
        elif unicodedata.combining(ch):
            if letters:
                letters[-1] = _VI_MARKED.get((letters[-1], ch), letters[-1])
        else:
            letters.append(_VI_LETTERS[ch] if ch in _VI_LETTERS else 100 + ord(ch) if ch.isalpha() else -10**10 + ord(ch))
            tones.append(0)
    return tuple(letters), tuple(tones), str(text)


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
