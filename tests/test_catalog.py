"""data/metrics.csv and the matching of header paths to metrics."""

from __future__ import annotations

import csv

import pytest

from etl.reference.catalog import default_catalog
from tests.conftest import ROOT


def test_catalog_has_the_18_canonical_metrics():
    with open(ROOT / "data" / "metrics.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 18
    assert {r["kind"] for r in rows} == {"pct", "count"}
    assert {r["family"] for r in rows} == {"registration", "plans", "models", "commendations", "propaganda"}
    assert all(r["label_vi"] and r["label_en"] and r["aliases"] for r in rows)


@pytest.mark.parametrize(("path", "expected"), [
    (["Mô hình học tập và làm theo Bác", "Tập thể"], ("models_collective", "value")),
    (["Khen thưởng", "Tập thể"], ("commend_collective", "value")),
    (["Đề nghị Tỉnh biểu dương, khen thưởng", "Cá nhân"], ("commend_proposed_individual", "value")),
    (["Tỷ lệ đăng ký học tập và làm theo (%)", "Đảng viên"], ("reg_party_members_pct", "value")),
    (["Đảng viên", "Tổng số"], ("reg_party_members_pct", "denominator")),
    (["CCVC, LLVT không là đảng viên", "Tổng số"], ("reg_civil_servants_pct", "denominator")),
    (["Tỷ lệ ĐV, HV đăng ký"], ("reg_union_members_pct", "value")),
    (["TỶ LỆ  ĐẢNG VIÊN ĐĂNG KÝ (%)"], ("reg_party_members_pct", "value")),
    (["Tổng số mô hình"], ("models_total", "value")),
])
def test_header_paths(path, expected):
    match = default_catalog().match_header(path)
    assert (match.metric, match.role) == expected


@pytest.mark.parametrize("path", [["Tập thể"], ["Ghi chú"], ["Cá nhân"], ["Số hộ nghèo"]])
def test_ambiguous_or_unknown_headers_are_not_guessed(path):
    assert default_catalog().match_header(path).metric is None
