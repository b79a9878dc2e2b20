"""Legacy Vietnamese fonts decided text by text (#23 point 2): TCVN3 (.VnTime) and VNI-Windows (VNI-Times) from
their published tables, so a letter both fonts share with Unicode ("ì" of "Bình", "õ", "ô") does not keep a text
from being decoded, and a Unicode text is never "decoded" into another word."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

from etl.publishing.load import load_files
from etl.reading import legacy_fonts
from etl.reading.legacy_fonts import decide, encode, fix_rows, syllable_ok
from tests.conftest import ROOT, query
from tests.corpus_blocks import plain as corpus


def official_names() -> list[str]:
    names: set[str] = set()
    for name in ("units_old.csv", "units_new.csv"):
        with open(ROOT / "data" / "reference" / name, encoding="utf-8") as fh:
            names.update(unicodedata.normalize("NFC", row["name"]) for row in csv.DictReader(fh))
    return sorted(names)


NAMES = official_names()


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_every_official_name_round_trips_through_both_fonts(encoding):
    """Each of the 10,000-odd names of both maps, typed in the legacy font, comes back as itself — alone, and in a
    sheet of such names. TCVN3 has no code for a capital with a tone mark (its ".VnTimeH" fonts draw the small
    letter's code as a capital), so there the comparison is without case."""
    assert len(NAMES) > 10_000
    wrong = []
    for name in NAMES:
        typed = encode(name, encoding)
        font, text = decide(typed)
        same = text == name if encoding == "vni" else text.lower() == name.lower()
        if not same or (typed != name and font != encoding):
            wrong.append((name, typed, text, font))
    assert wrong == []
    rows, found = fix_rows([[encode(n, encoding)] for n in NAMES[:500]])
    assert found == encoding
    assert [r[0].lower() for r in rows] == [n.lower() for n in NAMES[:500]]


@pytest.mark.parametrize("prefer", [None, "tcvn3", "vni"])
def test_a_unicode_name_is_never_decoded(prefer):
    """"Xã A Bung" is also TCVN3 for "Xó A Bung" and "Xã An Hòa" VNI for "Xã An Hịa": as typed they stay, even in a
    sheet mostly in a legacy font."""
    assert [n for n in NAMES if decide(n, prefer) != (None, n)] == []


@pytest.mark.parametrize(("typed", "font", "text"), [
    ("Xaõ Bình Phöôùc", "vni", "Xã Bình Phước"),  # the real "ì" beside VNI's "aõ" and "öôù"
    ("Soá ñaûng vieân ñaêng kyù", "vni", "Số đảng viên đăng ký"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Tænh Ninh Bình", "vni", "Tỉnh Ninh Bình"),  # "æ" is VNI's ỉ and TCVN3's ổ: "Tỉnh" is the word in use
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("B×nh Ph\u00adíc", "tcvn3", "Bình Phước"),
    ("Tû lÖ ®¶ng viªn ®¨ng ký (%)", "tcvn3", "Tỷ lệ đảng viên đăng ký (%)"),
    ("Xã Long Sơn", None, "Xã Long Sơn"),
    ("Xã Hòa Lợi", None, "Xã Hòa Lợi"),
    ("Tỷ lệ ĐV đăng ký (%)", None, "Tỷ lệ ĐV đăng ký (%)"),
])
def test_each_text_is_decided_on_its_own(typed, font, text):
    assert decide(typed) == (font, text)


def test_a_sheet_mixing_fonts_keeps_its_unicode_and_decodes_the_rest():
    rows = [["Xaõ Bình Phöôùc", 98.5], ["Xã Long Sơn", 97.0], ["Thò traán Caàu Ngang", 96.0], ["B×nh Ph\u00adíc", 1]]
    fixed, found = fix_rows(rows)
    assert found == "tcvn3, vni"
    assert [r[0] for r in fixed] == ["Xã Bình Phước", "Xã Long Sơn", "Thị trấn Cầu Ngang", "Bình Phước"]
    assert [r[1] for r in fixed] == [98.5, 97.0, 96.0, 1]
    unicode_only = [["Xã Long Sơn", "Tỷ lệ (%)"], ["Thị trấn Cầu Ngang", None]]
    assert fix_rows(unicode_only) == (unicode_only, None)


@pytest.mark.parametrize(("word", "ok"), [
    ("xã", True), ("xaõ", False), ("hoà", True), ("hòa", True), ("người", True), ("nguời", False),
    ("khuyến", True), ("quý", True), ("gì", True), ("giữ", True), ("hoàng", True), ("nghĩa", True),
    ("thuỷ", True), ("thủy", True), ("đắk", True), ("quaọn", False), ("phöôùc", False), ("sơn", True),
])
def test_syllables(word, ok):
    assert syllable_ok(word) is ok


def test_the_tables_agree_with_an_independent_copy():
    """viparse's TCVN3 and VNI tables (a separate transcription of the published ones): every pair it has reads
    the same through ours."""
    from viparse.normalize.encodings import get_charmap

    for encoding in ("tcvn3", "vni"):
        charmap = get_charmap(encoding)
        assert charmap is not None
        differ = [(legacy, letter) for legacy, letter in charmap.pairs
                  if legacy_fonts.decode(legacy, encoding) != unicodedata.normalize("NFC", letter)]
        assert differ == []


def test_a_report_typed_in_vni_loads_like_its_unicode_twin(empty_db, tmp_path: Path):
    cells = [[encode(v, "vni") if isinstance(v, str) else v for v in row] for row in corpus.grid()]
    assert cells != corpus.grid()
    [outcome] = load_files(empty_db, [corpus.xlsx(tmp_path / "vni.xlsx", cells)])
    assert (outcome.status, outcome.unit) == ("loaded", "Huyện Cầu Ngang")
    assert any("VNI" in n for n in outcome.notes)
    rows = query(empty_db, "SELECT unit_name, metric, round(value, 1) FROM facts WHERE unit_level = 'commune'")
    want = {(u, m, round(float(v), 1)) for (u, m), (v, _, _) in corpus.EXPECTED.items()}
    assert set(rows) == want
