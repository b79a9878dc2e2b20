"""Numbers as clerks type them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.reference.values import Parsed, ValueProblem, parse_value


@pytest.mark.parametrize(("raw", "kind", "percent_format", "expected"), [
    ("98,5", "pct", False, Parsed(98.5)),
    ("98,5%", "pct", False, Parsed(98.5)),
    ("98.5", "pct", False, Parsed(98.5)),
    ("trên 98%", "pct", False, Parsed(98.0, ">")),
    ("hơn 40%", "pct", False, Parsed(40.0, ">")),
    (">98%", "pct", False, Parsed(98.0, ">")),
    ("17/17", "pct", False, Parsed(100.0, None, 17.0, 17.0)),
    ("1.234", "count", False, Parsed(1234.0)),
    ("1.234,5", "count", False, Parsed(1234.5)),
    (0.985, "pct", True, Parsed(98.5)),
    (98.5, "pct", False, Parsed(98.5)),
    (12.0, "count", False, Parsed(12.0)),
    ("trên 100", "count", False, Parsed(100.0, ">")),
])
def test_typed_values(raw, kind, percent_format, expected):
    assert parse_value(raw, kind, percent_format) == expected


@pytest.mark.parametrize("raw", [None, "", "  ", "-", "x"])
def test_blank_is_not_reported_never_zero(raw):
    assert parse_value(raw, "count") is None


@pytest.mark.parametrize(("raw", "kind", "code"), [
    ("abc", "count", "not_a_number"), ("5%", "count", "percent_for_count"), ("3/4", "count", "fraction_for_count"),
    ("3/0", "pct", "zero_denominator"),
])
def test_problems(raw, kind, code):
    with pytest.raises(ValueProblem) as info:
        parse_value(raw, kind)
    assert info.value.code == code


@given(st.integers(min_value=0, max_value=10**9))
def test_counts_with_vietnamese_thousands_round_trip(n):
    text = f"{n:,}".replace(",", ".")
    assert parse_value(text, "count") == Parsed(float(n))


@given(st.integers(min_value=0, max_value=1000))
def test_percent_with_decimal_comma_round_trip(tenths):
    value = tenths / 10
    text = f"{value:.1f}".replace(".", ",") + "%"
    assert parse_value(text, "pct").value == pytest.approx(value)  # type: ignore[union-attr]


@given(st.integers(min_value=0, max_value=500), st.integers(min_value=1, max_value=500))
def test_fractions_keep_numerator_and_denominator(a, b):
    parsed = parse_value(f"{a}/{b}", "pct")
    assert parsed is not None and parsed.numerator == a and parsed.denominator == b
    assert parsed.value == pytest.approx(100 * a / b)


@given(st.floats(min_value=0, max_value=1, allow_nan=False))
def test_percent_formatted_fractions_become_percent_units(x):
    assert parse_value(x, "pct", percent_format=True).value == pytest.approx(100 * x, abs=1e-8)  # type: ignore[union-attr]


def test_vietnamese_alphabetical_order():
    from etl.reference.text import vi_key

    names = ["Tỉnh Điện Biên", "Tỉnh Yên Bái", "Tỉnh Đắk Lắk", "Tỉnh Dak Test", "Tỉnh An Giang", "Tỉnh Bắc Ninh",
             "Tỉnh Bạc Liêu", "Thành phố Hà Nội", "Tỉnh Ơn", "Tỉnh Ông", "Tỉnh Ưng", "Tỉnh Uy"]
    assert sorted(names, key=vi_key) == [
        "Thành phố Hà Nội", "Tỉnh An Giang", "Tỉnh Bạc Liêu", "Tỉnh Bắc Ninh",  # a before ă: Bạc before Bắc
        "Tỉnh Dak Test", "Tỉnh Đắk Lắk", "Tỉnh Điện Biên",  # every Đ after every D
        "Tỉnh Ông", "Tỉnh Ơn", "Tỉnh Uy", "Tỉnh Ưng", "Tỉnh Yên Bái"]
    assert sorted(["Phường 10", "Phường 2", "Phường 1"], key=vi_key) == ["Phường 1", "Phường 2", "Phường 10"]
    # tones only between the same letters (a à ả ã á ạ), case last; NFD and NFC alike
    assert sorted(["Xã Ạ", "Xã Á", "Xã À", "Xã A"], key=vi_key) == ["Xã A", "Xã À", "Xã Á", "Xã Ạ"]
    import unicodedata
    assert vi_key(unicodedata.normalize("NFD", "Xã Đông"))[:2] == vi_key("Xã Đông")[:2]


def test_the_filters_list_units_in_vietnamese_order():
    import pandas as pd

    from ui.filters import _ordered

    units = pd.DataFrame({"name": ["Xã Đông Hòa", "Xã Yên Phú", "Xã Dương Hòa"], "code": ["1", "2", "3"]})
    assert list(_ordered(units)["code"]) == ["3", "1", "2"]
    assert _ordered(units.iloc[:0]).empty
