"""Text typed in legacy Vietnamese fonts (TCVN3 ".VnTime", VNI) converted to Unicode.

A workbook typed with a .VnTime font stores the font's code points, so Excel shows "Céng hoµ x· héi" for
"Cộng hoà xã hội". The encoding is detected once per sheet from all its text (viparse's content model,
MIT, pure Python); then only the cells that cannot be Unicode Vietnamese are converted: those with characters
that are not Vietnamese letters, all of which the legacy table knows ("«", "µ", "Ö" in TCVN3). A sheet that mixes
Unicode cells ("Xã Long Sơn") with legacy ones keeps its Unicode cells as they are.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from viparse.normalize.detector import detect_encoding_by_content
from viparse.normalize.encodings import AUTO_DETECT_CHARMAPS, get_charmap
from viparse.normalize.tables import Charmap, convert

_SAMPLE_CHARS = 20000
_VIETNAMESE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"}


def _is_vietnamese_letter(ch: str) -> bool:
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    if ch in "đĐ":
        return True
    return base.isascii() and base.isalpha() and all(m in _VIETNAMESE_MARKS for m in marks)


@lru_cache(maxsize=8)
def _source_chars(name: str) -> frozenset[str]:
    charmap = get_charmap(name)
    if charmap is None:
        raise LookupError(f"viparse has no character map {name!r}")
    return frozenset(ch for seq, _ in charmap.pairs for ch in seq)


def _looks_legacy(text: str, encoding: str, sheet_is_legacy: bool = False) -> bool:
    """Can ``text`` be legacy-font text? Every non-ASCII character must be one the table knows (a real
    Unicode "ơ" or "ạ" never comes out of a .VnTime font). In a sheet typed mostly in the legacy font that
    is enough ("Céng" is "Cộng"); in a mostly Unicode sheet the text must also hold a character that is no
    Vietnamese letter ("«", "µ", "Ö")."""
    non_ascii = [ch for ch in text if not ch.isascii()]
    if not non_ascii:
        return False
    known = _source_chars(encoding)
    if sheet_is_legacy:
        return all(ch in known for ch in non_ascii)
    foreign = [ch for ch in non_ascii if not _is_vietnamese_letter(ch)]
    return bool(foreign) and all(ch in known for ch in foreign)


def detect(texts: list[str]) -> str | None:
    """The legacy encoding ('tcvn3', 'vni', ...) these texts are written in, or None for Unicode."""
    sample = " ".join(t for t in texts if any(not ch.isascii() for ch in t))[:_SAMPLE_CHARS]
    if not sample:
        return None
    return detect_encoding_by_content(sample, AUTO_DETECT_CHARMAPS).encoding


def to_unicode(text: str, encoding: str, sheet_is_legacy: bool = False) -> str:
    charmap: Charmap | None = get_charmap(encoding)
    if charmap is None or not _looks_legacy(text, encoding, sheet_is_legacy):
        return text
    return convert(text, charmap)


@lru_cache(maxsize=1)
def _legacy_only() -> re.Pattern[str]:
    """The characters a legacy table uses that are no Vietnamese letter ("µ", "«", "Ö", "ø"): a sheet without
    any of them is Unicode, and the content model need not be run (it is the slow part of reading a file)."""
    chars = {ch for name in AUTO_DETECT_CHARMAPS for ch in _source_chars(name) if not ch.isascii()}
    chars |= {chr(i) for i in range(0x80, 0xA0)}
    foreign = sorted(ch for ch in chars if not _is_vietnamese_letter(ch))
    return re.compile("[" + re.escape("".join(foreign)) + "]")


def fix_rows(rows: list[list[object]]) -> tuple[list[list[object]], str | None]:
    """Convert the legacy-font cells of a sheet; returns the rows and the encoding found (or None)."""
    texts = [v for row in rows for v in row if isinstance(v, str)]
    if not _legacy_only().search("\n".join(texts)):
        return rows, None
    encoding = detect(texts)
    if encoding is None:
        return rows, None
    with_accents = [v for v in texts if any(not ch.isascii() for ch in v)]
    clearly_legacy = sum(1 for v in with_accents if _looks_legacy(v, encoding))
    mostly_legacy = clearly_legacy >= 0.5 * max(1, len(with_accents))
    fixed = [[to_unicode(v, encoding, mostly_legacy) if isinstance(v, str) else v for v in row] for row in rows]
    return fixed, encoding
