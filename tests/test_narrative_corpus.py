"""Checks of the narrative corpus itself (tests/narrative_corpus/); no extractor is involved here."""

from __future__ import annotations

import csv
import re
import unicodedata
from numbers import Real
from pathlib import Path

import pytest

from tests.narrative_corpus.seed_figures import AMBIGUOUS, NOT_FIGURES, SEEDS
from tests.narrative_corpus.sentences import SENTENCES

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "narrative_corpus"
SEED_DIR = CORPUS / "seeds"
QUALIFIERS = {None, "trên", "hơn", "gần", "khoảng", "dưới", "xấp xỉ", "ít nhất", "tối thiểu", "gần như", ">", "<"}
FIGURE_KEYS = {"metric", "value", "qualifier", "numerator", "denominator", "parts", "unit_name", "unit_code", "year"}
SEED_FIGURE_KEYS = FIGURE_KEYS | {"quote", "note", "repeat"}


def _metrics() -> dict[str, str]:
    with open(REPO / "data" / "metrics.csv", encoding="utf-8", newline="") as fh:
        return {row["code"]: row["kind"] for row in csv.DictReader(fh)}


METRICS = _metrics()


def _reference() -> list[tuple[str, int, int]]:
    """(code, first year, last year) of every unit version on both maps."""
    versions = []
    for name, open_first, open_last in (("units_old.csv", 1900, 2025), ("units_new.csv", 2025, 9999)):
        with open(REPO / "data" / "reference" / name, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                first = int(row["first_year"]) if row["first_year"] else open_first
                last = int(row["last_year"]) if row["last_year"] else open_last
                versions.append((row["code"], first, last))
    return versions


REFERENCE = _reference()


def unit_exists(code: str, year: int) -> bool:
    return any(c == code and first <= year <= last for c, first, last in REFERENCE)


def seed_text(name: str) -> str:
    return (SEED_DIR / name).read_text(encoding="utf-8")


def seed_figures() -> list[tuple[str, dict]]:
    return [(name, fig) for name, seed in SEEDS.items() for fig in seed["figures"]]


def sentence_figures() -> list[tuple[dict, dict]]:
    return [(s, fig) for s in SENTENCES for fig in s["figures"]]


def check_figure(fig: dict, text: str) -> None:
    assert fig["metric"] in METRICS, fig
    value = fig["value"]
    assert isinstance(value, Real) and not isinstance(value, bool), fig
    if METRICS[fig["metric"]] == "pct":
        assert 0 <= value <= 100, fig
    else:
        assert value >= 0 and value == int(value), fig
    q = fig["qualifier"]
    assert q in QUALIFIERS, fig
    if q is not None:
        assert q == q.lower() and q in text.lower(), fig
    for key in ("numerator", "denominator"):
        if key in fig:
            assert isinstance(fig[key], int) and not isinstance(fig[key], bool) and fig[key] >= 0, fig
    if "numerator" in fig and "denominator" in fig:
        assert fig["numerator"] <= fig["denominator"], fig
        assert abs(100 * fig["numerator"] / fig["denominator"] - value) < 0.05, fig
    if "parts" in fig:
        assert sum(fig["parts"]) == value and len(fig["parts"]) >= 2, fig
    if "unit_name" in fig:
        assert fig["unit_name"] in text, fig
    if "year" in fig:
        assert isinstance(fig["year"], int) and 2016 <= fig["year"] <= 2025, fig


# ---- the seeds -------------------------------------------------------------------------------------------------


def test_at_least_five_seeds_all_described():
    on_disk = sorted(p.name for p in SEED_DIR.glob("*.txt"))
    assert len(on_disk) >= 5
    assert sorted(SEEDS) == on_disk


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_copy_is_nfc_and_context_exists(name):
    text = seed_text(name)
    assert unicodedata.is_normalized("NFC", text)
    seed = SEEDS[name]
    assert unit_exists(seed["unit_code"], seed["year"]), seed["unit_code"]


@pytest.mark.parametrize(("name", "fig"), seed_figures(), ids=lambda x: x if isinstance(x, str) else x["metric"])
def test_seed_figure(name, fig):
    assert set(fig) <= SEED_FIGURE_KEYS, fig
    text = seed_text(name)
    assert fig["quote"] in text, fig["quote"]
    check_figure(fig, fig["quote"])
    seed = SEEDS[name]
    assert unit_exists(fig["unit_code"], fig["year"]), fig
    if "unit_name" not in fig:
        assert (fig["unit_code"], fig["year"]) == (seed["unit_code"], seed["year"]), fig
    # the number the figure rests on is written in its quote (as digits: the seeds write no number in words)
    written = {int(n) for n in re.findall(r"\d+", fig["quote"])}
    assert written & {fig["value"], fig.get("numerator"), *fig.get("parts", [])}, fig


def test_seed_counts():
    assert sum(len(s["figures"]) for s in SEEDS.values()) >= 15
    assert len(NOT_FIGURES) >= 12


@pytest.mark.parametrize(("name", "quote"), NOT_FIGURES)
def test_not_figure_quotes_are_in_the_seed(name, quote):
    assert quote in seed_text(name)
    assert re.search(r"\d|\b[IVXL]+\b", quote), quote  # digits or a Roman numeral


def test_ambiguous_quotes_are_in_the_seed():
    for item in AMBIGUOUS:
        assert item["quote"] in seed_text(item["seed"]) and item["note"], item


def test_not_figures_are_not_figure_quotes():
    quotes = {(name, fig["quote"]) for name, fig in seed_figures()}
    for name, quote in NOT_FIGURES:
        for qname, q in quotes:
            assert not (qname == name and (quote in q or q in quote)), (quote, q)


# ---- the sentences ---------------------------------------------------------------------------------------------


def test_sentence_counts():
    with_figures = [s for s in SENTENCES if s["figures"]]
    without = [s for s in SENTENCES if not s["figures"]]
    assert len(SENTENCES) >= 120
    assert len(without) >= 40
    assert len(with_figures) >= 60
    assert len({s["text"] for s in SENTENCES}) == len(SENTENCES), "duplicate sentences"
    used = {fig["metric"] for _, fig in sentence_figures()}
    assert used == set(METRICS), set(METRICS) - used


@pytest.mark.parametrize("s", SENTENCES, ids=lambda s: s["text"][:40])
def test_sentence(s):
    assert set(s) <= {"text", "unit_code", "year", "figures", "note"}, s
    assert s["text"] == s["text"].strip() and unicodedata.is_normalized("NFC", s["text"])
    assert re.search(r"\d|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười", s["text"].lower()), "no number at all"
    assert isinstance(s["year"], int) and 2016 <= s["year"] <= 2025
    assert unit_exists(s["unit_code"], s["year"]), s["unit_code"]
    if "note" in s:
        assert s["note"].strip()
    for fig in s["figures"]:
        assert set(fig) <= FIGURE_KEYS, fig
        check_figure(fig, s["text"])
        if "year" in fig:  # another year than the title block's: the sentence says which
            assert fig["year"] != s["year"] and str(fig["year"]) in s["text"], fig
        if "unit_code" in fig:
            assert "unit_name" in fig and unit_exists(fig["unit_code"], fig.get("year", s["year"])), fig
