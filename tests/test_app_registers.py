"""AppTest of the registers' pages (issue #11, points 8 and 9): the appraisal of models, and the registers
beside the reported totals of the same unit and year."""

from __future__ import annotations

from tests.conftest import query

VINH_LONG_2025 = {"nam": "2025", "tinh": "86"}
CAU_NGANG_2022 = {"nam": "2022", "tinh": "84", "huyen": "848"}
STEPS = ["registered", "appraised", "deployed", "reviewed"]


def frame_with(at, column: str):
    return [d.value for d in at.dataframe if column in d.value.columns][0]


def test_contents_steps_and_models_without_exemplar_equal_the_register(page, sample_db):
    at = page("pages/mo_hinh.py", **VINH_LONG_2025)
    models = query(sample_db, "SELECT name, has_study, has_follow, has_example, exemplar, appraisal_step FROM models "
                              "WHERE map = 'new' AND province = 'Tỉnh Vĩnh Long' AND year = 2025")
    assert len(models) == 5 and at.metric[0].value == "5"
    contents = frame_with(at, "Nội dung").set_index("Nội dung")
    for column, label in ((1, "Học tập Bác"), (2, "Làm theo Bác"), (3, "Nêu gương")):
        values = [m[column] for m in models]
        assert contents.loc[label, "Có"] == values.count(True), label
        assert contents.loc[label, "Không"] == values.count(False), label
        assert contents.loc[label, "Không ghi"] == values.count(None), label
    assert contents.loc["Nêu gương", "Không"] == 1 and contents.loc["Làm theo Bác", "Không ghi"] == 1
    steps = frame_with(at, "Đang ở bước này").set_index("Bước thẩm định")
    reached = [STEPS.index(m[5]) for m in models if m[5] is not None]
    for i, label in enumerate(["Đăng ký", "Thẩm định", "Triển khai", "Sơ kết"]):
        assert steps.loc[label, "Đã đạt tới bước này"] == sum(1 for r in reached if r >= i), label
        assert steps.loc[label, "Đang ở bước này"] == reached.count(i), label
    assert steps.loc["Không ghi", "Đang ở bước này"] == sum(1 for m in models if m[5] is None) == 1
    lacking = [d.value for d in at.dataframe if "Tên mô hình" in d.value.columns][0]  # the first naming models
    expected = sorted(m[0] for m in models if m[4] is None)
    assert sorted(lacking["Tên mô hình"]) == expected and len(expected) == 2
    assert any("không có nghĩa là “không”" in c.value for c in at.caption)
    labels = [d.proto.label for d in at.get("download_button")]
    assert labels.count("Tải CSV") >= 4  # contents, steps, models without exemplar, the register


def test_models_register_beside_the_reported_total(page, sample_db):
    at = page("pages/mo_hinh.py", **CAU_NGANG_2022)
    [(reported,)] = query(sample_db, "SELECT value FROM facts WHERE unit_name = 'Huyện Cầu Ngang' AND year = 2022 "
                                     "AND metric = 'models_total'")
    [(listed,)] = query(sample_db, "SELECT count(*) FROM models WHERE district = 'Huyện Cầu Ngang' AND year = 2022")
    assert (reported, listed) == (96, 10)
    [info] = [i.value for i in at.info if "Báo cáo số liệu" in i.value]
    assert "Báo cáo số liệu: 96 mô hình năm 2022 (tổng số đơn vị báo cáo)" in info
    assert "danh sách mô hình đã nạp: 10 mô hình có tên" in info
    # no appraisal columns in the old registers: said, not counted as "no"
    assert any("không ghi nội dung, cá nhân điển hình hay bước thẩm định" in c.value for c in at.caption)


def test_commendations_register_beside_the_reported_counts(page, sample_db):
    at = page("pages/khen_thuong.py", **CAU_NGANG_2022)
    reported = dict(query(sample_db, "SELECT metric, value FROM facts WHERE unit_name = 'Huyện Cầu Ngang' "
                                     "AND year = 2022 AND metric LIKE 'commend_%'"))
    [info] = [i.value for i in at.info if "Báo cáo số liệu" in i.value]
    said = (f"Báo cáo số liệu năm 2022: {int(reported['commend_collective'])} tập thể, "
            f"{int(reported['commend_individual'])} cá nhân được khen thưởng; "
            f"{int(reported['commend_proposed_collective'])} tập thể, "
            f"{int(reported['commend_proposed_individual'])} cá nhân đề nghị cấp trên khen thưởng")
    assert said in info
    listed = [m.value for m in at.metric]
    assert (f"danh sách khen thưởng đã nạp: {listed[0]} tập thể, {listed[1]} cá nhân được khen thưởng; "
            f"{listed[2]} tập thể, {listed[3]} cá nhân đề nghị") in info


def test_thap_muoi_2022_register_equals_its_counts_so_nothing_is_said(page):
    at = page("pages/khen_thuong.py", nam="2022", tinh="87", huyen="872")
    assert not [i for i in at.info if "Báo cáo số liệu" in i.value]


def test_the_2025_registers_show_on_both_pages(page):
    at = page("pages/khen_thuong.py", **VINH_LONG_2025)
    assert sum(int(m.value) for m in at.metric) > 0
