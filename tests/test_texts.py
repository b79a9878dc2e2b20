"""The texts users read are data (data/texts.csv, data/messages.csv): read whole, NFC, and a mistake in them is
an error that names the line, never a text silently lost or replaced."""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pytest

from etl.messages import MESSAGES, message, read_texts
from ui.i18n import TEXTS, t

ROOT = Path(__file__).resolve().parent.parent


def test_every_row_of_the_files_is_a_text():
    for name, texts in (("texts.csv", TEXTS), ("messages.csv", MESSAGES)):
        with open(ROOT / "data" / name, encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == len(texts) > 50
        for row in rows:
            key = row.get("key") or row["code"]
            assert texts[key] == (row["vi"], row["en"])
            assert unicodedata.is_normalized("NFC", row["vi"] + row["en"]), key


def test_the_texts_read_as_before():
    assert t("page_overview") == "Tổng quan" and t("page_overview", "en") == "Overview"
    assert t("overview_heading", "vi", unit="Huyện Bình Lục", year=2023) == "Huyện Bình Lục — năm 2023"
    assert message("pct_out_of_range", value=120) == ("Tỷ lệ 120 nằm ngoài khoảng 0–100%",
                                                      "percentage 120 is outside 0–100")


def test_the_english_text_fills_in_only_what_the_vietnamese_one_does():
    """(an English field may be the English form of the same one: ``files_en`` beside ``files``)"""
    field = re.compile(r"{(\w+)}")
    for texts in (TEXTS, MESSAGES):
        for key, (vi, en) in texts.items():
            assert {f.removesuffix("_en") for f in field.findall(en)} <= set(field.findall(vi)), key


def test_a_key_given_twice_or_a_missing_text_names_the_line(tmp_path):
    path = tmp_path / "texts.csv"
    path.write_text("key,group,vi,en,note\na,,Một,One,\nb,,Hai,Two,\na,,Ba,Three,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"texts.csv line 4: key 'a' is given twice"):
        read_texts(path, "key")
    path.write_text("key,group,vi,en,note\na,,Một,,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"texts.csv line 2: a text needs its key, vi and en"):
        read_texts(path, "key")


def test_a_file_saved_by_excel_reads_the_same(tmp_path):
    """Excel saves "CSV UTF-8" with a byte-order mark, and may decompose accents (NFD) from some keyboards."""
    path = tmp_path / "texts.csv"
    path.write_bytes(b"\xef\xbb\xbf" + unicodedata.normalize("NFD", "key,group,vi,en,note\nx,,Tổng quan,Overview,\n")
                     .encode("utf-8"))
    assert read_texts(path, "key") == {"x": ("Tổng quan", "Overview")}
