"""Text typed in legacy Vietnamese fonts (TCVN3/ABC ".VnTime", VNI-Windows "VNI-Times") converted to Unicode.

A workbook typed with such a font stores the font's code points, so Excel shows "Céng hoµ x· héi" (TCVN3) or
"Coäng hoøa xaõ hoäi" (VNI) for "Cộng hoà xã hội". Many of those code points are also Unicode Vietnamese letters
("õ", "ô", "ì", "á"), so whether a text is legacy cannot be seen from its characters alone: "Xaõ Bình Phöôùc" holds
the real "ì" of "Bình" beside VNI's "aõ" (ã) and "öôù" (ướ).

Each text is therefore decided on its own (``decide``): read as it is, read through the TCVN3 table and read
through the VNI table; the reading whose words are Vietnamese syllables (``syllable_ok``: an initial, a vowel
nucleus, a final, at most one tone mark, on the vowel that carries it) wins. On a tie the text stays as typed (a
Unicode "Xã A Bung" is also TCVN3 for "Xó A Bung") unless the sheet is mostly in a legacy font whose reading is
the words in use (a lone "Céng" in a TCVN3 sheet); between the two fonts, the one most of the sheet is in, else
the one that changes fewer letters (VNI's "ì" of "Tænh Ninh Bình" is Unicode's too). The tables are the published
ones, written out below; ``encode`` is their inverse (for tests and the test corpora).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_REFERENCE = Path(__file__).resolve().parents[2] / "data" / "reference"
# Words of the reports' headers and title blocks (DOMAIN.md, the seeds), beside the unit names.
_REPORT_WORDS = """số tỷ lệ tổng đảng viên đăng ký học tập làm theo tư tưởng đạo đức phong cách hồ chí minh công chức
    lực lượng vũ trang đoàn hội mô hình tập thể cá nhân mới điểm nhân rộng điển hình khen thưởng biểu dương đề nghị cấp
    trên tin bài tuyên truyền bản phát hệ thống truyền thanh mạng xã chia sẻ kế hoạch hướng dẫn ban hành chi bộ hoàn
    thành chỉ xây dựng đơn vị thứ tự ghi chú năm báo cáo kết quả huyện tỉnh ủy thị trấn phường quận thành phố cộng hòa
    hoà chủ nghĩa việt nam độc lập tự do hạnh phúc ngày tháng nơi nhận lưu văn phòng bí thư phó trưởng"""

# -- the published tables ------------------------------------------------------------------------------------------

# TCVN3 (TCVN 5712:1993, the ABC fonts .VnTime/.VnArial): one code point per lower-case letter; the upper-case
# toned letters have no code of their own (the ".VnTimeH" fonts draw the lower-case codes as capitals).
_TCVN3_LOWER = {
    "a": "a¸µ¶·¹", "ă": "¨¾»¼½Æ", "â": "©ÊÇÈÉË", "e": "eÐÌÎÏÑ", "ê": "ªÕÒÓÔÖ", "i": "iÝ×ØÜÞ", "o": "oãßáâä",
    "ô": "«èåæçé", "ơ": "¬íêëìî", "u": "uóïñòô", "ư": "\u00adøõö÷ù", "y": "yýúûüþ",
}
_TCVN3_EXTRA = {"đ": "®", "Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}

# VNI-Windows: a base letter followed by a mark character; i, ơ, ư, đ and ỵ have single code points.
_TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # none, sắc, huyền, hỏi, ngã, nặng
_VNI_TONE = ("", "ù", "ø", "û", "õ", "ï")
_VNI_CIRCUMFLEX = ("â", "á", "à", "å", "ã", "ä")  # â ấ ầ ẩ ẫ ậ (and ê…, ô…)
_VNI_BREVE = ("ê", "é", "è", "ú", "ü", "ë")  # ă ắ ằ ẳ ẵ ặ
_VNI_I = ("i", "í", "ì", "æ", "ó", "ò")  # i í ì ỉ ĩ ị


def _with_tone(letter: str, tone: int) -> str:
    return unicodedata.normalize("NFC", letter + _TONES[tone])


def _upper_mark(mark: str) -> str:
    return mark.upper() if mark else mark


@lru_cache(maxsize=1)
def tables() -> dict[str, dict[str, str]]:
    """{"tcvn3": {legacy: unicode}, "vni": {legacy: unicode}}: every toned and modified letter."""
    tcvn3: dict[str, str] = {}
    for base, codes in _TCVN3_LOWER.items():
        for tone, code in enumerate(codes):
            if not code.isascii():
                tcvn3[code] = _with_tone(base, tone)
    for letter, code in _TCVN3_EXTRA.items():
        tcvn3[code] = letter
    vni: dict[str, str] = {}
    for tone in range(6):
        for base in "aeouy":
            if tone:
                vni[base + _VNI_TONE[tone]] = _with_tone(base, tone)
                vni[base.upper() + _upper_mark(_VNI_TONE[tone])] = _with_tone(base.upper(), tone)
        for base, modified in (("a", "â"), ("e", "ê"), ("o", "ô")):
            vni[base + _VNI_CIRCUMFLEX[tone]] = _with_tone(modified, tone)
            vni[base.upper() + _VNI_CIRCUMFLEX[tone].upper()] = _with_tone(modified.upper(), tone)
        vni["a" + _VNI_BREVE[tone]] = _with_tone("ă", tone)
        vni["A" + _VNI_BREVE[tone].upper()] = _with_tone("Ă", tone)
        for code, letter in (("ô", "ơ"), ("ö", "ư")):
            vni[code + _VNI_TONE[tone]] = _with_tone(letter, tone)
            vni[code.upper() + _upper_mark(_VNI_TONE[tone])] = _with_tone(letter.upper(), tone)
        if tone:
            vni[_VNI_I[tone]] = _with_tone("i", tone)
            vni[_VNI_I[tone].upper()] = _with_tone("I", tone)
    vni.update({"ñ": "đ", "Ñ": "Đ", "î": "ỵ", "Î": "Ỵ"})
    for tone in range(1, 6):  # also read, as some VNI keyboards type them: i and y with the mark after them
        vni.setdefault("i" + _VNI_TONE[tone], _with_tone("i", tone))
        vni.setdefault("I" + _upper_mark(_VNI_TONE[tone]), _with_tone("I", tone))
    return {"tcvn3": tcvn3, "vni": vni}


@lru_cache(maxsize=2)
def _decoder(encoding: str) -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k: v for k, v in tables()[encoding].items() if k != v}
    keys = sorted(table, key=len, reverse=True)  # "ôø" (ờ) before "ô" (ơ)
    return re.compile("|".join(re.escape(k) for k in keys)), table


def decode(text: str, encoding: str) -> str:
    return _decode(text, encoding)[0]


def _decode(text: str, encoding: str) -> tuple[str, int]:
    """The text through the table, and how many letters were replaced."""
    pattern, table = _decoder(encoding)
    return pattern.subn(lambda m: table[m.group(0)], text)


@lru_cache(maxsize=2)
def _encoder(encoding: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for legacy, letter in tables()[encoding].items():
        out.setdefault(letter, legacy)
    if encoding == "tcvn3":  # capitals without a code: the .VnTimeH way, the lower-case code
        for letter, legacy in list(out.items()):
            out.setdefault(letter.upper(), legacy)
    return out


def encode(text: str, encoding: str) -> str:
    """Unicode to the legacy font's code points, as a clerk's file stores them (the inverse of ``decode``)."""
    table = _encoder(encoding)
    return "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


# -- Vietnamese syllables ------------------------------------------------------------------------------------------

_TONE_MARKS = set(_TONES[1:])
_INITIALS = ("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p",
             "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x")
_OPEN = {"ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi",
         "ưu", "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu"}  # no final
_CLOSED = {"iê", "yê", "uô", "ươ", "uyê", "oă", "uâ"}  # only before a final
_FREE = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "oo", "uê", "uy", "uơ"}
_FINALS = ("", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t")  # k: Đắk, Lắk, Búk of the Central Highlands
_MODIFIED = set("ăâêôơư")
_EITHER = {"oa", "oe", "uy", "oai", "oay", "oeo", "uya", "uyu"}  # "hoà" and "hòa" both written


def _parses(bare: str):  # noqa: ANN202 - yields (initial, nucleus, final)
    for initial in _INITIALS:
        if not bare.startswith(initial):
            continue
        rest = bare[len(initial):]
        for final in _FINALS:
            if final and not rest.endswith(final):
                continue
            nucleus = rest[:len(rest) - len(final)] if final else rest
            if (nucleus in _FREE or (nucleus in _OPEN and not final) or (nucleus in _CLOSED and final)):
                yield initial, nucleus, final


def _tone_in_place(nucleus: str, at: int, closed: bool) -> bool:
    if at < 0 or at >= len(nucleus):
        return False
    modified = [i for i, ch in enumerate(nucleus) if ch in _MODIFIED]
    if modified:
        return at == modified[-1]
    if nucleus in _EITHER:
        return at in (0, 1) if not closed else at == 1
    if len(nucleus) == 1:
        return True
    return at == len(nucleus) - 1 if closed else at == 0


@lru_cache(maxsize=65536)
def syllable_ok(word: str) -> bool:
    """Is ``word`` (lower case) a Vietnamese syllable — an initial, a vowel nucleus that may (or must, or must not)
    take a final, a final — with its tone mark, if any, on the vowel that carries it?"""
    letters: list[str] = []
    toned: list[int] = []
    for i, ch in enumerate(unicodedata.normalize("NFC", word)):
        parts = unicodedata.normalize("NFD", ch)
        if any(m in _TONE_MARKS for m in parts[1:]):
            toned.append(i)
        letters.append(unicodedata.normalize("NFC", "".join(m for m in parts if m not in _TONE_MARKS)))
    if len(toned) > 1:
        return False
    bare = "".join(letters)
    for initial, nucleus, final in _parses(bare):
        if not toned or _tone_in_place(nucleus, toned[0] - len(initial), bool(final)):
            return True
    return False


_WORD = re.compile(r"[^\W\d_]+")


def _bad_words(text: str) -> int:
    """How many words of ``text`` that are not plain ASCII are no Vietnamese syllable; a character left over from
    a legacy table that is no letter ("¸", "µ") counts as one."""
    bad = sum(1 for ch in text if not ch.isascii() and not ch.isalpha() and ch in _legacy_chars())
    for word in _WORD.findall(text.lower()):
        if not word.isascii() and not syllable_ok(word):
            bad += 1
    return bad


@lru_cache(maxsize=1)
def _legacy_chars() -> frozenset[str]:
    return frozenset(ch for table in tables().values() for key in table for ch in key if not ch.isascii())


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """Syllables of the official unit names (data/reference) and of the words reports use: between two legacy
    readings equally well formed ("Tỉnh" and "Tổnh" from VNI's and TCVN3's "Tænh"), the one in use."""
    words: set[str] = set(_REPORT_WORDS.split())
    for name in ("units_old.csv", "units_new.csv"):
        try:
            with open(_REFERENCE / name, encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    words.update(_WORD.findall(unicodedata.normalize("NFC", row["name"]).lower()))
        except OSError:
            continue  # without the lists the tie is broken by the other rules
    return frozenset(w for w in words if not w.isascii())


def _known(reading: str) -> int:
    return sum(1 for w in _WORD.findall(reading.lower()) if w in _lexicon())


@lru_cache(maxsize=2)
def _table_chars(encoding: str) -> frozenset[str]:
    return frozenset(ch for key in tables()[encoding] for ch in key)


@lru_cache(maxsize=65536)
def readings(text: str) -> tuple[tuple[str | None, str, int], ...]:
    """(encoding or None for the text as typed, the reading, its bad words, letters replaced) for the readings
    that differ."""
    out: list[tuple[str | None, str, int, int]] = [(None, text, _bad_words(text), 0)]
    for encoding in ("tcvn3", "vni"):
        if not all(ch.isascii() or not ch.isalpha() or ch in _table_chars(encoding) for ch in text):
            continue  # "ơ" is no TCVN3 code: a text holding it was not typed in TCVN3
        decoded, replaced = _decode(text, encoding)
        if decoded != text:
            out.append((encoding, decoded, _bad_words(decoded), replaced))
    return tuple(out)


def decide(text: str, prefer: str | None = None) -> tuple[str | None, str]:
    """(the encoding ``text`` was typed in, or None for Unicode; the text in Unicode). A legacy reading is taken
    only when it has fewer words that are no syllable than the text as typed; between two legacy readings as
    good, ``prefer`` (the font most of the sheet is in) decides."""
    if text.isascii():
        return None, text
    options = readings(text)
    fewest = min(bad for _, _, bad, _ in options)
    best = [(enc != prefer, replaced, enc, reading) for enc, reading, bad, replaced in options if bad == fewest]
    if best[0][2] is None:
        # as typed is as good as a reading: it stays, unless the sheet is in the legacy font (``prefer``) and that
        # font's reading is the words in use ("Céng", a syllable, is "Cộng" in a TCVN3 sheet)
        legacy = [b for b in best if b[2] == prefer and prefer is not None]
        if legacy and _known(legacy[0][3]) > _known(text):
            return prefer, legacy[0][3]
        return None, text
    _, _, enc, reading = min(best, key=lambda b: (b[0], -_known(b[3]), b[1]))
    return enc, reading


@lru_cache(maxsize=1)
def _legacy_only() -> re.Pattern[str]:
    """The characters a legacy table uses that are no Vietnamese letter ("µ", "«", "Ö", "ñ", "ø"): a sheet
    without any of them is Unicode, and no text of it need be decided (the fast path of reading a file)."""
    foreign = sorted(ch for ch in _legacy_chars() if not _is_vietnamese_letter(ch))
    return re.compile("[" + re.escape("".join(foreign)) + "]")


_VIETNAMESE_MARKS = _TONE_MARKS | {"\u0302", "\u0306", "\u031b"}


def _is_vietnamese_letter(ch: str) -> bool:
    if ch in "đĐ":
        return True
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    return base.isascii() and base.isalpha() and all(m in _VIETNAMESE_MARKS for m in marks)


def fix_rows(rows: list[list[object]]) -> tuple[list[list[object]], str | None]:
    """Convert the legacy-font texts of a sheet; returns the rows and the fonts found ("tcvn3", "vni",
    "tcvn3, vni"), or None when every text was Unicode."""
    texts = [v for row in rows for v in row if isinstance(v, str) and not v.isascii()]
    if not texts or not _legacy_only().search("\n".join(texts)):
        return rows, None
    first = {v: decide(v) for v in set(texts)}
    counts: dict[str | None, int] = {}
    for v in texts:
        enc = first[v][0]
        counts[enc] = counts.get(enc, 0) + 1
    legacy = {enc: n for enc, n in counts.items() if enc is not None}
    prefer = max(legacy, key=lambda enc: legacy[enc]) if legacy else None
    final = {v: decide(v, prefer) for v in first}
    found = sorted({enc for enc, _ in final.values() if enc is not None})
    if not found:
        return rows, None
    fixed = [[final[v][1] if isinstance(v, str) and v in final else v for v in row] for row in rows]
    return fixed, ", ".join(found)
