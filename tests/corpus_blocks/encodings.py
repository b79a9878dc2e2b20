"""Text as legacy Vietnamese encodings and fonts store it: Windows-1258 (precomposed base letters, combining
tones), TCVN3 (.VnTime, .VnTimeH for capitals) and VNI-Windows.

Two sources of TCVN3 on purpose: viparse's own table inverted (`to_tcvn3`, `tcvn3_as_typed`), and tables written
here from the published standards (`vn_time`, `vni`), so that a loader built on viparse is also checked against
text viparse did not encode."""

from __future__ import annotations

import unicodedata
from functools import cache

_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng
TONE_MARKS = set(_TONES)


def _split_tones(ch: str) -> str:
    """One letter as Windows-1258 stores it: the base precomposed (â, ơ, đ...), then its combining tone."""
    parts = unicodedata.normalize("NFD", ch)
    base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in TONE_MARKS))
    return base + "".join(p for p in parts if p in TONE_MARKS)


def cp1258_form(text: str) -> str:
    """Text as Windows-1258 stores it: base letters precomposed (â, ơ, ư...), tone marks combining."""
    return "".join(_split_tones(ch) for ch in unicodedata.normalize("NFC", text))


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Windows writes it: a letter the code page has as one byte stays one, the others are split
    into a precomposed base letter (â, ơ, đ...) and a combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            out += _split_tones(ch).encode("cp1258")
    return bytes(out)


def legacy(text: str, table: dict[str, str]) -> str:
    """`text` in a legacy encoding given by `table` (a letter to its code); ASCII stays, every other letter must
    have a code."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in table:
            out.append(table[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            raise ValueError(f"no legacy code for {ch!r} in {text!r}")
    return "".join(out)


# --------------------------------------------------------------------------------------------------------------
# TCVN3 from viparse's table


@cache
def _viparse_tcvn3() -> dict[str, str]:
    from viparse.normalize.encodings import get_charmap

    charmap = get_charmap("tcvn3")
    assert charmap is not None
    table: dict[str, str] = {}
    for legacy, uni in charmap.pairs:
        table.setdefault(unicodedata.normalize("NFC", uni), legacy)
    return table


def to_tcvn3(text: str) -> str:
    """Unicode to TCVN3 (.VnTime) as Excel shows it, from viparse's own table (inverted); every letter must have
    a code."""
    return legacy(text, _viparse_tcvn3())


def tcvn3_as_typed(text: str) -> str:
    """Unicode Vietnamese as a .VnTime (TCVN3) font shows it in Excel, from viparse's table (inverted)."""
    if text.isupper():
        text = text.lower()  # capitals are typed with the .VnTimeH font, whose code points are the small letters
    table = _viparse_tcvn3()
    return "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


# --------------------------------------------------------------------------------------------------------------
# Legacy fonts, encoded from the published tables (VNI-Windows; TCVN3 = ABC, TCVN 5712:1993 VN3)


def _vni_table() -> dict[str, str]:
    """VNI-Windows: a base letter followed by a mark byte (ơ, ư, đ and the i/ỵ forms are single bytes)."""
    plain, hat, breve = "ùøûõï", "áàåãä", "éèúüë"
    bases = {"a": ("a", "a", plain), "e": ("e", "e", plain), "o": ("o", "o", plain), "u": ("u", "u", plain),
             "y": ("y", "y", plain), "â": ("aâ", "a", hat), "ê": ("eâ", "e", hat), "ô": ("oâ", "o", hat),
             "ă": ("aê", "a", breve), "ơ": ("ô", "ô", plain), "ư": ("ö", "ö", plain)}
    table: dict[str, str] = {}
    for base, (code, stem, marks) in bases.items():  # a toned â, ê, ô, ă: the mark byte carries hat and tone
        table[base] = code
        for tone, mark in zip(_TONES, marks):
            table[unicodedata.normalize("NFC", base + tone)] = stem + mark
    table.update({"í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î", "đ": "ñ"})
    table.update({k.upper(): v.upper() for k, v in list(table.items())})  # the upper-case codes are the same bytes
    return table


def _tcvn3_table() -> dict[str, str]:
    """TCVN3: one byte a letter, lower case only (upper case only for the seven bare base letters)."""
    rows = {"a": "a¸µ¶·¹", "â": "©ÊÇÈÉË", "ă": "¨¾»¼½Æ", "e": "eÐÌÎÏÑ", "ê": "ªÕÒÓÔÖ", "o": "oãßáâä",
            "ô": "«èåæçé", "ơ": "¬íêëìî", "u": "uóïñòô", "ư": "\xadøõö÷ù", "i": "iÝ×ØÜÞ", "y": "yýúûüþ"}
    table = {"đ": "®", "Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}
    for base, codes in rows.items():
        table[base] = codes[0]
        for tone, code in zip(_TONES, codes[1:]):
            table[unicodedata.normalize("NFC", base + tone)] = code
    return table


VNI, TCVN3 = _vni_table(), _tcvn3_table()


def vni(text: str) -> str:
    return legacy(text, VNI)


def vn_time(text: str) -> str:
    """TCVN3 as typed: an upper-case line is typed in .VnTimeH, whose letters are the lower-case codes."""
    return legacy(text if text.isascii() or text != text.upper() else text.lower(), TCVN3)
