"""Headers as clerks phrase them (#23 point 5): the phrasings of tests/header_phrasings.py, written from DOMAIN.md
and the seeds by someone who had not seen the catalogue's aliases, each with the metric it means or none. At least
95% are recognised, none is mapped to a wrong metric, a header that means none maps to none, and a header left
unmapped gets a suggestion ("có phải …?") when one is near."""

from __future__ import annotations

from etl.reference.catalog import default_catalog
from etl.tables.table import split_year
from tests.header_phrasings import PHRASINGS


def recognised(levels: tuple[str, ...]) -> str | None:
    """The metric a column with this header is read as (its value, not a count beside a rate), as the loader
    reads it: a year in a label is the column's year, the rest names the metric."""
    labels = tuple(rest for rest, _ in (split_year(level) for level in levels) if rest)
    match = default_catalog().match_header(labels)
    return match.metric if match.role == "value" else None


def test_the_list_is_the_size_the_issue_asks():
    meant = [m for _, m in PHRASINGS if m is not None]
    assert len(meant) >= 150 and len({m for m in meant}) == 18
    assert sum(1 for _, m in PHRASINGS if m is None) >= 20


def test_clerks_phrasings_are_recognised_and_never_wrong():
    wrong, missed = [], []
    for levels, meant in PHRASINGS:
        if meant is None:
            continue
        got = recognised(levels)
        if got is None:
            missed.append(levels)
        elif got != meant:
            wrong.append((levels, meant, got))
    assert wrong == []
    meant_count = sum(1 for _, m in PHRASINGS if m is not None)
    assert (meant_count - len(missed)) / meant_count >= 0.95, missed


def test_headers_that_name_no_metric_map_to_none():
    named = [(levels, recognised(levels)) for levels, meant in PHRASINGS if meant is None]
    assert [(levels, got) for levels, got in named if got is not None] == []


def test_an_unmapped_header_near_a_metric_is_asked_about():
    catalog = default_catalog()
    near = catalog.suggestion(("Tỷ lệ hoàn thành",))
    assert near["suggestion"].startswith("; có phải “Tỷ lệ chi bộ hoàn thành")
    assert near["suggestion_en"].startswith("; did you mean")
    assert catalog.suggestion(("Dân số",)) == {} and catalog.suggestion(("Ghi chú",)) == {}
