"""One number format on every page (#22 point 7): a rate always with one decimal (99,0%, never 99% beside 99,6%),
a count of a thousand or more with its thousands dot (1.382, never 1382). Every page is rendered on the sample
and every text it shows is read: titles, captions, cards, messages and the tables' display values."""

from __future__ import annotations

import re

import pyarrow as pa
import pytest

PAGES = [
    ("pages/tong_quan.py", {"nam": "2022", "tinh": "84", "huyen": "848"}),
    ("pages/tong_quan.py", {"nam": "2022", "tinh": "84"}),
    ("pages/tong_quan.py", {"nam": "2022", "tinh": "toan-quoc"}),
    ("pages/tong_quan.py", {"nam": "2025", "tinh": "82"}),
    ("pages/so_sanh.py", {"nam": "2022", "tinh": "84", "huyen": "848"}),
    ("pages/so_sanh.py", {"nam": "2024", "tinh": "38"}),
    ("pages/xu_huong.py", {"nam": "2022", "tinh": "84", "huyen": "848"}),
    ("pages/mo_hinh.py", {"nam": "2022", "tinh": "84", "huyen": "848"}),
    ("pages/khen_thuong.py", {"nam": "2022", "tinh": "87", "huyen": "872"}),
    ("pages/du_lieu.py", {"nam": "2022", "tinh": "84", "huyen": "848"}),
    ("pages/don_vi.py", {"q": "Long Sơn"}),
]
# a run of four or more digits with no thousands mark, that is not a year, a code or an identifier
BARE = re.compile(r"(?<![\d.,#:/\w])(\d{4,})(?![\d.,%\w])")
RATE = re.compile(r"^(?:trên |hơn |dưới |khoảng |gần |≈ )?-?[\d.]+(?:,(\d+))?%$")
IDENTIFIERS = ("Mã", "Năm", "Lần nạp", "Dòng", "Nguồn", "Tệp", "Ô", "Trang", "Thay bởi", "Đơn vị", "Từ các xã")


def is_year(text: str) -> bool:
    return 1990 <= int(text) <= 2100


def texts(at) -> list[str]:  # noqa: ANN001 - an AppTest
    out = []
    for kind in ("title", "subheader", "header", "markdown", "caption", "info", "warning", "success", "error"):
        out += [str(e.value) for e in getattr(at, kind)]
    for m in at.metric:
        out += [str(m.value), str(m.label), str(m.proto.delta or "")]
    return out


def tables(at) -> list:  # noqa: ANN001
    out = []
    for d in at.dataframe:
        styler = d.proto.arrow_data.styler
        if styler.display_values:
            out.append(pa.ipc.open_stream(styler.display_values).read_all().to_pandas())
    return out


@pytest.mark.parametrize(("path", "params"), PAGES, ids=[f"{p.split('/')[-1][:-3]}-{'-'.join(q.values())}"
                                                         for p, q in PAGES])
def test_every_number_shown_is_written_one_way(page, path, params):
    at = page(path, **params)
    bare = [(t, m.group(1)) for t in texts(at) for m in BARE.finditer(t) if not is_year(m.group(1))]
    assert bare == []
    for frame in tables(at):
        for column in frame.columns:
            if any(word in str(column) for word in IDENTIFIERS):
                continue
            shown = [str(v) for v in frame[column] if isinstance(v, str) and v.strip()]
            assert not [v for v in shown if BARE.search(v) and not is_year(BARE.search(v).group(1))], column
            places = {len(m.group(1) or "") for v in shown if (m := RATE.match(v))}
            assert len(places) <= 1 and places <= {1}, (column, sorted(set(shown))[:6])


def test_the_checker_would_catch_what_the_issue_saw():
    assert BARE.search("Tệp đã nạp 1382") and not BARE.search("318.962") and not BARE.search("lần nạp #1382")
    assert {len(RATE.match(v).group(1) or "") for v in ("99%", "99,6%")} == {0, 1}
