"""The figures published in the news reports (DOMAIN.md) are in the sample warehouse exactly."""

from __future__ import annotations

import pytest

from tests.conftest import query

PUBLISHED = [
    # district code, year, metric, value, qualifier, numerator, denominator
    ("848", 2022, "plans_issued", 8, None, None, None),
    ("848", 2022, "reg_party_members_pct", 98, ">", None, None),
    ("848", 2022, "reg_civil_servants_pct", 80, None, None, None),
    ("848", 2022, "reg_union_members_pct", 40, ">", None, None),
    ("848", 2022, "models_total", 96, None, None, None),
    ("848", 2022, "models_collective", 65, None, None, None),
    ("848", 2022, "models_individual", 31, None, None, None),
    ("848", 2022, "models_new", 15, None, None, None),
    ("848", 2022, "propaganda_articles", 24, None, None, None),
    ("848", 2022, "propaganda_social_posts", 100, ">", None, None),
    ("848", 2022, "propaganda_broadcasts", 80, None, None, None),
    ("872", 2022, "commend_collective", 20, None, None, None),
    ("872", 2022, "commend_individual", 52, None, None, None),
    ("872", 2022, "commend_proposed_collective", 1, None, None, None),
    ("872", 2022, "commend_proposed_individual", 2, None, None, None),
    ("352", 2021, "models_pilot", 3, None, None, None),
    ("352", 2021, "model_replication_pct", 100, None, 17, 17),
]


@pytest.mark.parametrize(("code", "year", "metric", "value", "qualifier", "numerator", "denominator"), PUBLISHED)
def test_published_figure(sample_db, code, year, metric, value, qualifier, numerator, denominator):
    rows = query(sample_db, """
        SELECT value, qualifier, numerator, denominator, unit_level, map FROM facts
        WHERE unit_code = ? AND year = ? AND metric = ?""", [code, year, metric])
    assert rows == [(value, qualifier, numerator, denominator, "district", "old")]


def test_published_district_names(sample_db):
    rows = query(sample_db, """SELECT DISTINCT unit_code, unit_name, province FROM facts
                               WHERE unit_level = 'district' ORDER BY 1""")
    assert rows == [("352", "Huyện Bình Lục", "Tỉnh Hà Nam"), ("800", "Huyện Thạnh Hóa", "Tỉnh Long An"),
                    ("848", "Huyện Cầu Ngang", "Tỉnh Trà Vinh"), ("872", "Huyện Tháp Mười", "Tỉnh Đồng Tháp")]


def test_commendations_register_matches_tháp_mười_2022(sample_db):
    rows = query(sample_db, """SELECT recipient_kind, level, is_proposed, count(*) FROM commendations
                               WHERE district = 'Huyện Tháp Mười' AND year = 2022 GROUP BY ALL ORDER BY ALL""")
    assert rows == [("collective", "district", False, 20), ("collective", "province", True, 1),
                    ("individual", "district", False, 52), ("individual", "province", True, 2)]


def test_models_register_has_the_real_models_and_hosts(sample_db):
    rows = query(sample_db, """SELECT name, host, commune, kind FROM models
                               WHERE name IN ('Tổ tiết kiệm mua BHYT hộ gia đình', 'Mẹ đỡ đầu', 'Tủ đồ nhân ái')
                               ORDER BY name""")
    assert rows == [
        ("Mẹ đỡ đầu", "Chi bộ Khối Đoàn thể huyện", None, "collective"),
        ("Tổ tiết kiệm mua BHYT hộ gia đình", "Hội LHPN xã Long Sơn", "Xã Long Sơn", "collective"),
        ("Tủ đồ nhân ái", "Hội Liên hiệp Phụ nữ xã Trường Xuân", "Xã Trường Xuân", "collective"),
    ]
    pilots = query(sample_db, """SELECT count(*) FROM models WHERE district = 'Huyện Bình Lục' AND is_pilot
                                 AND year BETWEEN 2016 AND 2020""")
    assert pilots == [(3,)]  # the three district pilot models of 2016–2021; "Ngày thứ bảy với dân" came after


def test_sample_covers_the_communes_of_each_year(sample_db):
    counts = dict(query(sample_db, """SELECT year, count(DISTINCT unit_code) FROM facts
                                      WHERE district = 'Huyện Bình Lục' AND unit_level = 'commune' GROUP BY 1"""))
    assert counts[2019] == 19 and counts[2020] == 17 and counts[2024] == 15
    assert query(sample_db, "SELECT DISTINCT unit_name FROM facts WHERE unit_code = '13540' AND year = 2020") == [
        ("Xã An Nội",)]
    new = query(sample_db, "SELECT count(DISTINCT unit_code), min(year) FROM facts WHERE map = 'new'")
    assert new == [(21, 2025)]


def test_every_metric_family_is_in_the_sample(sample_db):
    families = query(sample_db, "SELECT count(DISTINCT m.family_vi) FROM facts f JOIN metrics m ON m.code = f.metric")
    assert families == [(5,)]
    assert query(sample_db, "SELECT count(DISTINCT metric) FROM facts") == [(18,)]
