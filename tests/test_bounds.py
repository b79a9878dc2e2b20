"""Bounds carry through the arithmetic (#22 point 2): a change between two figures is computed on their intervals
and written as far as they tell it — a test per pair of qualifiers (last year 98%, this year 97%, each exact or
"trên", "ít nhất", "dưới", "tối đa", "khoảng"), and the words each qualifier is read and written with."""

from __future__ import annotations

import pytest

from etl.reference import bounds
from etl.reference.values import parse_value
from ui import fmt

QUALIFIERS = [None, ">", ">=", "<", "<=", "~"]
DOWN_MORE, DOWN_AT_LEAST, UNKNOWN = "giảm hơn 1,0 điểm %", "giảm ít nhất 1,0 điểm %", "không so sánh được"
# last year's qualifier -> this year's qualifier -> what the change reads (98% last year, 97% this year), worked
# out by hand from the intervals: "trên 98%" is (98, 100], "dưới 97%" [0, 97), a rate lies in [0, 100]
EXPECTED = {
    None: {None: "−1,0 điểm %", ">": UNKNOWN, ">=": UNKNOWN, "<": DOWN_MORE, "<=": DOWN_AT_LEAST,
           "~": "khoảng −1,0 điểm %"},
    ">": {None: DOWN_MORE, ">": UNKNOWN, ">=": UNKNOWN, "<": DOWN_MORE, "<=": DOWN_MORE, "~": UNKNOWN},
    ">=": {None: DOWN_AT_LEAST, ">": UNKNOWN, ">=": UNKNOWN, "<": DOWN_MORE, "<=": DOWN_AT_LEAST, "~": UNKNOWN},
    "<": dict.fromkeys(QUALIFIERS, UNKNOWN),
    "<=": dict.fromkeys(QUALIFIERS, UNKNOWN),
    "~": {None: "khoảng −1,0 điểm %", ">": UNKNOWN, ">=": UNKNOWN, "<": UNKNOWN, "<=": UNKNOWN,
          "~": "khoảng −1,0 điểm %"},
}


@pytest.mark.parametrize("before", QUALIFIERS, ids=lambda q: f"before{q or '='}")
@pytest.mark.parametrize("now", QUALIFIERS, ids=lambda q: f"now{q or '='}")
def test_a_change_reads_as_far_as_both_figures_tell_it(before, now):
    change = bounds.change(97.0, now, 98.0, before, "pct")
    assert fmt.change_text(change, "pct", "vi") == EXPECTED[before][now]
    text, color, arrow = fmt.change_delta(change, "pct", "vi", higher_is_better=True)
    assert (color, arrow) == (("gray", "off") if text == UNKNOWN else ("red", "down"))


def test_the_examples_of_the_issue():
    """Cầu Ngang: 97% in 2023 against "trên 98%" in 2022 drops by more than a point; union members 50,6% against
    "trên 40%" may have risen or fallen: no number is written; an approximate figure gives an approximate change."""
    assert fmt.change_text(bounds.change(97, None, 98, ">", "pct"), "pct", "vi") == "giảm hơn 1,0 điểm %"
    assert fmt.change_text(bounds.change(50.6, None, 40, ">", "pct"), "pct", "vi") == "không so sánh được"
    assert fmt.change_text(bounds.change(50, "~", 40, None, "pct"), "pct", "vi") == "khoảng +10,0 điểm %"
    assert fmt.change_text(bounds.change(100, None, 98, ">", "pct"), "pct", "vi") == "tăng dưới 2,0 điểm %"
    assert fmt.change_text(bounds.change(98, ">", 98, None, "pct"), "pct", "vi") == "tăng"
    assert fmt.change_text(bounds.change(97, None, 98, ">", "pct"), "pct", "en") == "down more than 1.0 pts"
    assert fmt.change_text(bounds.change(120, None, 100, ">", "count"), "count", "vi") == "không so sánh được"
    assert fmt.change_text(bounds.change(12, None, 9, None, "count"), "count", "vi") == "+3"


@pytest.mark.parametrize(("typed", "qualifier", "shown"), [
    ("trên 98%", ">", "trên 98,0%"), ("hơn 40%", ">", "trên 40,0%"), (">98", ">", "trên 98,0%"),
    ("≥ 95%", ">=", "ít nhất 95,0%"), ("ít nhất 90%", ">=", "ít nhất 90,0%"), ("dưới 50%", "<", "dưới 50,0%"),
    ("≤ 5%", "<=", "tối đa 5,0%"), ("tối đa 5%", "<=", "tối đa 5,0%"), ("khoảng 40%", "~", "khoảng 40,0%"),
    ("gần 100%", "~", "khoảng 100,0%"), ("xấp xỉ 95,5%", "~", "khoảng 95,5%"), ("98,5%", None, "98,5%"),
])
def test_each_qualifier_is_read_kept_and_written(typed, qualifier, shown):
    parsed = parse_value(typed, "pct")
    assert parsed is not None and parsed.qualifier == qualifier
    assert fmt.metric_value(parsed.value, "pct", parsed.qualifier, "vi") == shown


def test_a_sum_of_bounds_is_a_bound_of_their_direction():
    assert bounds.combine([None, None]) is None
    assert bounds.combine([None, ">", ">="]) == ">" and bounds.combine([">=", None]) == ">="
    assert bounds.combine(["<", None]) == "<" and bounds.combine(["<=", None]) == "<="
    assert bounds.combine([">", "<"]) == "~" and bounds.combine(["~", None]) == "~"


def test_a_rejected_rate_says_it_is_shown_from_its_counts(empty_db, unit_index, tmp_path):
    """The desk said "Tỷ lệ 105 … (không nạp)" and the pages then showed 99,1%, the rate of the counts beside it:
    the reject now says what is shown instead (#22 point 3)."""
    from etl.publishing.desk import dry_run
    from tests.corpus_blocks.figures import figures_file, simple_rows

    rate = ("reg_party_members_pct", "value")
    num, den = ("reg_party_members_pct", "numerator"), ("reg_party_members_pct", "denominator")
    path = figures_file(tmp_path / "r.xlsx", simple_rows({"Xã Long Sơn": {rate: 105, num: 230, den: 232},
                                                         "Xã Kim Hòa": {rate: 98.5, num: 197, den: 200}}), year=2023)
    run = dry_run(empty_db, path, unit_index)
    [reject] = [r for r in run.parsed.rejects if r.code == "pct_out_of_range"]
    assert reject.reason.endswith("thay vào đó hiển thị tỷ lệ tính từ 230/232 = 99,1% (ghi rõ là số tính ra)")
    [fact] = [f for f in run.parsed.facts if f.unit_label == "Xã Long Sơn"]
    assert (fact.numerator, fact.denominator, round(fact.value, 1)) == (230.0, 232.0, 99.1)
