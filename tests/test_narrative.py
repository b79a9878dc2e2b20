"""Figures proposed from a report's narrative (etl.tables.narrative, issue #26 point 3), on sentences written for
these tests from the domain notes: what each must give, and the numbers that are no figure of any metric."""

from __future__ import annotations

import unicodedata

import pytest

from etl.reference.catalog import default_catalog
from etl.tables import narrative
from etl.tables.narrative import Proposal, propose


def figures(text: str, year: int | None = 2023) -> list[tuple[str, float, str | None]]:
    return [(p.metric, round(p.value, 2), p.qualifier) for p in propose([text], "848", year)]


STATED = [
    ("Đến nay, đã có trên 98% đảng viên và 80% CCVC, LLVT không là đảng viên đăng ký học tập và làm theo; duy trì "
     "96 mô hình, trong đó 65 mô hình tập thể, 31 mô hình cá nhân.",
     [("reg_party_members_pct", 98, "trên"), ("reg_civil_servants_pct", 80, None), ("models_total", 96, None),
      ("models_collective", 65, None), ("models_individual", 31, None)]),
    ("Đến nay, đã có trên 98% đảng viên và 80% đối tượng công chức, viên chức và lực lượng vũ trang không phải là "
     "đảng viên đăng ký thực hiện.",
     [("reg_party_members_pct", 98, "trên"), ("reg_civil_servants_pct", 80, None)]),
    ("Các đoàn thể vận động hơn 40% đoàn viên, hội viên đăng ký học tập và làm theo.",
     [("reg_union_members_pct", 40, "hơn")]),
    ("Duy trì và đăng ký thực hiện 96 mô hình, trong đó có 65 mô hình tập thể, 31 mô hình cá nhân (có 15 mô hình "
     "mới).",
     [("models_total", 96, None), ("models_collective", 65, None), ("models_individual", 31, None),
      ("models_new", 15, None)]),
    ("Ban Thường vụ Huyện ủy khen thưởng 20 tập thể, 52 cá nhân; đề nghị Tỉnh ủy khen thưởng 01 tập thể và 02 cá "
     "nhân.",
     [("commend_collective", 20, None), ("commend_individual", 52, None), ("commend_proposed_collective", 1, None),
      ("commend_proposed_individual", 2, None)]),
    ("Có 20 tập thể, 52 cá nhân được Huyện ủy khen thưởng; 01 tập thể, 02 cá nhân được đề nghị Tỉnh ủy biểu dương.",
     [("commend_collective", 20, None), ("commend_individual", 52, None), ("commend_proposed_collective", 1, None),
      ("commend_proposed_individual", 2, None)]),
    ("Đề nghị UBND tỉnh tặng Bằng khen cho 01 tập thể, 02 cá nhân; Huyện ủy tặng Giấy khen cho 25 tập thể.",
     [("commend_proposed_collective", 1, None), ("commend_proposed_individual", 2, None),
      ("commend_collective", 25, None)]),
    ("Theo đề nghị của Ban Tuyên giáo, Ban Thường vụ Huyện ủy đã khen thưởng 12 tập thể.",
     [("commend_collective", 12, None)]),
    ("Biểu dương 15 mô hình tiêu biểu và 10 cá nhân điển hình.", [("commend_individual", 10, None)]),
    ("Ban Thường vụ Huyện ủy ban hành 08 kế hoạch, hướng dẫn.", [("plans_issued", 8, None)]),
    ("Ban hành 01 kế hoạch, 07 hướng dẫn thực hiện chuyên đề.", [("plans_issued", 8, None)]),
    ("Bản tin huyện đăng 24 tin, bài; chia sẻ trên 100 tin, bài trên mạng xã hội; Đài Truyền thanh huyện phát 55 bản "
     "tin, 25 bài viết.",
     [("propaganda_articles", 24, None), ("propaganda_social_posts", 100, "trên"),
      ("propaganda_broadcasts", 80, None)]),
    ("Trang Facebook của huyện đăng tải khoảng 120 tin, bài; gần 200 tin bài được chia sẻ qua Zalo.",
     [("propaganda_social_posts", 120, "khoảng"), ("propaganda_social_posts", 200, "gần")]),
    ("Phát trên hệ thống loa truyền thanh 60 tin, bài về gương người tốt, việc tốt.",
     [("propaganda_broadcasts", 60, None)]),
    ("Huyện chọn 3 mô hình điểm cấp huyện để chỉ đạo; lựa chọn 2 mô hình làm điểm.",
     [("models_pilot", 3, None), ("models_pilot", 2, None)]),
    ("Huyện ủy xây dựng mới 15 mô hình, nâng tổng số mô hình lên 96 mô hình.",
     [("models_new", 15, None), ("models_total", 96, None)]),
    ("Có 15 mô hình được xây dựng mới.", [("models_new", 15, None)]),
    ("Tổng số mô hình là 96, trong đó mô hình tập thể: 65.", [("models_total", 96, None),
                                                              ("models_collective", 65, None)]),
    ("Có 96 mô hình (65 tập thể, 31 cá nhân).",
     [("models_total", 96, None), ("models_collective", 65, None), ("models_individual", 31, None)]),
    ("Mô hình cải cách hành chính được nhân rộng ở 17/17 xã, thị trấn.", [("model_replication_pct", 100, None)]),
    ("Nhân rộng mô hình ra 100% xã, thị trấn.", [("model_replication_pct", 100, None)]),
    ("Mô hình được triển khai trên 17/17 xã, thị trấn và được nhân rộng ở 15/17 xã (đạt 88,2%).",
     [("model_replication_pct", 88.2, None)]),
    ("Tỷ lệ đảng viên đăng ký học tập và làm theo đạt 99,2%.", [("reg_party_members_pct", 99.2, None)]),
    ("Tỷ lệ CCVC, LLVT không là đảng viên đăng ký đạt 85%; đoàn viên, hội viên đạt 70%.",
     [("reg_civil_servants_pct", 85, None), ("reg_union_members_pct", 70, None)]),
    ("Về đăng ký học tập và làm theo: đảng viên đạt 98%, CCVC đạt 85%.",
     [("reg_party_members_pct", 98, None), ("reg_civil_servants_pct", 85, None)]),
    ("Có 100% chi bộ hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch học tập và làm theo.",
     [("party_cells_plans_pct", 100, None)]),
    ("Đến nay, có 26/26 chi bộ ngành huyện và 220/220 chi bộ trực thuộc đảng bộ cơ sở chỉ đạo đảng viên xây dựng "
     "kế hoạch.", [("party_cells_plans_pct", 100, None)]),
    ("Có 100% CBĐV, ĐVHV đăng ký học tập và làm theo.",
     [("reg_party_members_pct", 100, None), ("reg_union_members_pct", 100, None)]),
    ("Có gần 100% đảng viên đăng ký, hơn 90% CCVC không là đảng viên đăng ký.",
     [("reg_party_members_pct", 100, "gần"), ("reg_civil_servants_pct", 90, "hơn")]),
    ("Có hơn 98 phần trăm đảng viên, xấp xỉ 99% CCVC và ít nhất 95% đoàn viên, hội viên đăng ký.",
     [("reg_party_members_pct", 98, "hơn"), ("reg_civil_servants_pct", 99, "xấp xỉ"),
      ("reg_union_members_pct", 95, "ít nhất")]),
    ("Đạt >98% đảng viên đăng ký; 95% trở lên CCVC đăng ký.",
     [("reg_party_members_pct", 98, ">"), ("reg_civil_servants_pct", 95, "trở lên")]),
    ("Tỷ lệ đảng viên đăng ký đạt 98,5%, tăng 2% so với năm 2022.", [("reg_party_members_pct", 98.5, None)]),
    ("Toàn huyện có 96 mô hình, tăng 6 mô hình so với năm 2022 (90 mô hình).",  # 90 is 2022's (holdout class 10)
     [("models_total", 96, None), ("models_total", 90, None)]),
    ("Huyện có mười hai mô hình điểm và hai mươi lăm tin, bài.",
     [("models_pilot", 12, None), ("propaganda_articles", 25, None)]),
    ("Năm nay có năm mô hình mới.", [("models_new", 5, None)]),
    ("Trong 5 năm (2016-2021), toàn huyện đã xây dựng 250 mô hình.", [("models_total", 250, None)]),
    ("Đăng ký xây dựng 96 mô hình, trong đó: tập thể 65 mô hình, cá nhân 31 mô hình.",
     [("models_total", 96, None), ("models_collective", 65, None), ("models_individual", 31, None)]),
    ("Mô hình tập thể 65, mô hình cá nhân 31.", [("models_collective", 65, None), ("models_individual", 31, None)]),
    # written after the first measurement on the corpus, for the general rules fixed then (fixes 1-3)
    ("Việc ban hành kế hoạch và hướng dẫn đảng viên đăng ký học tập và làm theo đạt 99%.",
     [("reg_party_members_pct", 99, None)]),
    ("Tỷ lệ đảng viên đăng ký là 96%; năm 2024 nâng lên 97,5%.",
     [("reg_party_members_pct", 96, None), ("reg_party_members_pct", 97.5, None)]),
    ("- Số mô hình mới: 12 mô hình; kế hoạch, hướng dẫn đã ban hành: 09 văn bản.",
     [("models_new", 12, None), ("plans_issued", 9, None)]),
    ("+ Tin, bài đăng trên trang Zalo của huyện: 75; bài viết phát trên loa truyền thanh: 40.",
     [("propaganda_social_posts", 75, None), ("propaganda_broadcasts", 40, None)]),
    ("Huyện có 4 mô hình tập thể được nhân rộng ở 9/12 xã; 6 mô hình được khen thưởng.",
     [("models_collective", 4, None), ("model_replication_pct", 75, None)]),
    ("Các chi bộ chỉ đạo đảng viên xây dựng kế hoạch học tập, đạt gần 97% đảng viên (không tính đảng viên được miễn "
     "sinh hoạt).", [("reg_party_members_pct", 97, "gần")]),
    ("Số chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch là 246/246 chi bộ.",
     [("party_cells_plans_pct", 100, None)]),
    ("98% đảng viên, 80% CCVC, LLVT và 40% đoàn viên, hội viên đã đăng ký.",
     [("reg_party_members_pct", 98, None), ("reg_civil_servants_pct", 80, None), ("reg_union_members_pct", 40, None)]),
    ("Khen thưởng cho 20 tập thể và 52 cá nhân; 24 tin bài phát trên Đài truyền thanh.",
     [("commend_collective", 20, None), ("commend_individual", 52, None), ("propaganda_broadcasts", 24, None)]),
]

NOT_FIGURES = [
    "Thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Kết luận số 01-KL/TW ngày 18/5/2021, Huyện ủy "
    "đã ban hành Kế hoạch số 12-KH/HU.",
    "Theo Quyết định 1234/QĐ-UBND, sau 7 năm thực hiện Chỉ thị 05, tỷ lệ hộ nghèo còn 2,1%.",
    "Tháng 6 năm 2023, Huyện ủy tổ chức 25 hội nghị với 30 chi bộ tham gia, có 1.245 lượt cán bộ, đảng viên dự.",
    "Tỷ lệ đảng viên đăng ký học tập và làm theo tăng 1,2% so với năm 2022; số mô hình tăng 12 mô hình.",
    "Năm 2024, phấn đấu 100% đảng viên đăng ký học tập và làm theo.",
    "Mỗi chi bộ xây dựng ít nhất 01 mô hình học tập và làm theo Bác.",
    "Đại hội Đảng bộ huyện lần thứ XXVIII, nhiệm kỳ 2020-2025 đề ra 15 chỉ tiêu.",
    "Hội nghị Trung ương 4 (khóa XII) và Nghị quyết Đại hội XIII của Đảng.",
    "Còn 2% đảng viên chưa đăng ký học tập và làm theo.",
    "Có 30 chi bộ chưa xây dựng kế hoạch, chiếm 12%.",
    "100% đảng viên tham gia học tập chuyên đề năm 2023.",
    "Tỷ lệ đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên đạt 92%.",
    "Hội Cựu chiến binh huyện có 12 chi hội với 850 hội viên; 100% hội viên tham gia sinh hoạt.",
    "Đây là một mô hình hay, một số mô hình được nhân rộng.",
    "Kết nạp 45 đảng viên mới; trao Huy hiệu 30 năm tuổi Đảng cho 12 đảng viên.",
    "Đồng chí Nguyễn Văn A, 56 tuổi, có 30 năm tuổi Đảng.",
    "Đảng bộ có 45 chi bộ với 1.520 đảng viên.",
    "Điện thoại 0294 3856 123, trang 5, xem Phụ lục 2.",
    "Liên hệ: đồng chí Trần Văn B, điện thoại 0912.345.678.",
    "Kế hoạch số 05-KH/BTG ngày 3/2/2023 đề ra 3 nhóm giải pháp.",
    "Đã tổ chức 3 lớp bồi dưỡng cho 250 học viên.",
    "Tỷ lệ hộ nghèo giảm còn 2,1%; thu nhập bình quân đầu người đạt 65 triệu đồng/năm; 10 trẻ em được hỗ trợ với mức "
    "trợ cấp 600.000 đồng.",
    "Mô hình “Dân vận khéo” được triển khai với 25 mô hình ở 15 xã, thị trấn.",
    "Trên lĩnh vực kinh tế có 40 mô hình, văn hóa - xã hội 30 mô hình, quốc phòng - an ninh 26 mô hình.",
    "Có từ 5 đến 7 mô hình mỗi xã.",
    "Các đảng ủy đã tổ chức 45 hội nghị với trên 3.500 lượt cán bộ, đảng viên, đoàn viên, hội viên tham gia, đạt tỷ "
    "lệ 95%.",
    "Nhân dịp kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023).",
    "Yêu cầu 100% chi bộ xây dựng kế hoạch; 100% đảng viên phải đăng ký.",
    "Thu hút 1.200 lượt người xem, 350 lượt chia sẻ.",
    "Hội thi nhận được 820 bài thu hoạch và 45 bài tham luận; gửi 2.000 tin nhắn qua Zalo.",
]


@pytest.mark.parametrize("text,expected", STATED, ids=[t[:40] for t, _ in STATED])
def test_a_stated_figure_is_proposed_with_its_metric_value_and_qualifier(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text", NOT_FIGURES, ids=[t[:40] for t in NOT_FIGURES])
def test_a_number_that_is_no_figure_of_a_metric_is_never_proposed(text):
    assert figures(text) == []


def test_the_proposal_points_at_its_number_and_its_sentence():
    paragraph = "I. Kết quả. Huyện ủy ban hành 08 kế hoạch, hướng dẫn. Toàn huyện có trên 98% đảng viên đăng ký."
    first, second = propose(["HUYỆN ỦY CẦU NGANG", paragraph], "848", 2023)
    assert (first.paragraph, paragraph[first.start:first.end], first.text) == (
        2, "08", "Huyện ủy ban hành 08 kế hoạch, hướng dẫn.")
    assert paragraph[first.text_start:].startswith(first.text)
    assert (paragraph[second.start:second.end], second.qualifier, second.bound) == ("98%", "trên", ">")
    assert second.text == "Toàn huyện có trên 98% đảng viên đăng ký."
    assert set(second.to_json()) >= {"metric", "value", "qualifier", "unit_code", "year", "paragraph", "text",
                                     "start", "end"}
    assert second.to_json()["unit_code"] == "848" and second.to_json()["year"] == 2023


def test_a_count_and_its_rate_are_one_figure_with_numerator_and_denominator():
    cases = {
        "Có 312/320 đảng viên (97,5%) đăng ký.": (97.5, 312, 320),
        "Có 97,5% đảng viên (312/320) đăng ký.": (97.5, 312, 320),
        "Đăng ký học tập và làm theo đạt 98,5% (1.245/1.264 đảng viên).": (98.5, 1245, 1264),
        "Có 312 đảng viên đăng ký trên tổng số 320 đảng viên, đạt 97,5%.": (97.5, 312, 320),
        "Đã có 1.245 đảng viên đăng ký, đạt tỷ lệ 97,5%.": (97.5, 1245, None),
        "Có 312/320 đảng viên đăng ký học tập và làm theo.": (97.5, 312, 320),
    }
    for text, (value, numerator, denominator) in cases.items():
        (p,) = propose([text], "848", 2023)
        assert (p.metric, p.value, p.numerator, p.denominator) == (
            "reg_party_members_pct", value, numerator, denominator), text
    (p,) = propose(["Có 312/320 đảng viên (97,5%) đăng ký."], "848", 2023)
    assert "Có 312/320 đảng viên (97,5%) đăng ký."[p.start:p.end] == "312/320 đảng viên (97,5%)"


def test_a_sentence_naming_another_year_gives_that_year():
    got = [(p.metric, p.value, p.year) for p in propose(
        ["Năm 2022 toàn huyện có 90 mô hình; năm 2023 có 96 mô hình.",
         "Trong năm 2022, Huyện ủy ban hành 05 kế hoạch, tăng so với năm 2021.",
         "Có 15 mô hình mới trong năm 2022.",
         "Học tập chuyên đề năm 2021, có 98% đảng viên đăng ký."], "848", 2023)]
    assert got == [("models_total", 90, 2022), ("models_total", 96, 2023), ("plans_issued", 5, 2022),
                   ("models_new", 15, 2022), ("reg_party_members_pct", 98, 2023)]


def test_a_commune_named_for_a_figure_is_kept_as_written():
    got = [(p.metric, p.value, p.unit_code, p.unit_name) for p in propose(
        ["Xã Long Sơn có 5 mô hình tập thể; toàn huyện có 96 mô hình.",
         "Tại TT. Cầu Ngang, có 3 mô hình mới.",
         "Mô hình của Hội LHPN xã Long Sơn được nhân rộng ở 10/15 xã, thị trấn."], "848", 2023)]
    assert got == [("models_collective", 5, "848", "Xã Long Sơn"), ("models_total", 96, "848", None),
                   ("models_new", 3, "848", "TT. Cầu Ngang"),
                   ("model_replication_pct", pytest.approx(66.67, abs=0.01), "848", None)]


def test_a_province_report_names_its_districts():
    text = "Thị ủy Kiến Tường có 45 mô hình; Ban Thường vụ Huyện ủy Thạnh Hóa khen thưởng 12 tập thể."
    assert [(p.metric, p.unit_code, p.unit_name) for p in propose([text], "80", 2023)] == [
        ("models_total", "80", "Thị ủy Kiến Tường"), ("commend_collective", "80", "Ban Thường vụ Huyện ủy Thạnh Hóa")]
    assert [p.unit_name for p in propose([text], "800", 2023)] == [None, None]  # a district's own report


def test_the_targets_part_of_a_report_proposes_nothing():
    paragraphs = ["II. KẾT QUẢ THỰC HIỆN", "Toàn huyện duy trì 96 mô hình.",
                  "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "Tiếp tục duy trì 96 mô hình; 100% đảng viên đăng ký.",
                  "2. Đề xuất khen thưởng 01 tập thể.", "IV. KẾT QUẢ KHÁC", "Ban hành 08 kế hoạch."]
    got = [(p.paragraph, p.metric) for p in propose(paragraphs, "848", 2023)]
    assert got == [(2, "models_total"), (7, "plans_issued")]


def test_decomposed_text_and_old_tone_marks_read_the_same():
    text = "Đã có trên 98% đảng viên đăng ký; khen thưởng 20 tập thể và 52 cá nhân."
    decomposed = unicodedata.normalize("NFD", text)
    assert figures(decomposed) == figures(text) == [
        ("reg_party_members_pct", 98, "trên"), ("commend_collective", 20, None), ("commend_individual", 52, None)]
    p = propose([decomposed], None, None)[0]
    assert unicodedata.is_normalized("NFC", p.text) and p.qualifier == "trên"
    assert figures("Có 100% chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch (Hoà Bình).") == [
        ("party_cells_plans_pct", 100, None)]


def test_numbers_as_vietnamese_write_them():
    assert figures("Có 1.245 tin, bài.") == [("propaganda_articles", 1245, None)]
    assert figures("Có 98,5% đảng viên đăng ký.") == [("reg_party_members_pct", 98.5, None)]
    assert figures("Có 98.5% đảng viên đăng ký.") == [("reg_party_members_pct", 98.5, None)]
    assert figures("Có 100 phần trăm đảng viên đăng ký.") == [("reg_party_members_pct", 100, None)]
    assert figures("Có 01 mô hình điểm.") == [("models_pilot", 1, None)]
    assert figures("Có hai trăm linh năm tin, bài.") == [("propaganda_articles", 205, None)]
    assert figures("Có 1,5 mô hình.") == []  # a count is whole


def test_every_rule_of_the_words_file_names_a_metric_of_the_catalogue_and_the_file_is_nfc():
    text = narrative.WORDS_CSV.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    vocabulary = narrative._vocabulary()
    assert set(vocabulary.rules.values()) == set(default_catalog().metrics)


def test_a_mistake_in_the_words_file_is_an_error_that_says_where(tmp_path):
    header = "kind,words,meaning,note\n"
    cases = {
        "rule,count models -,models_all,\n": "line 2: 'models_all' is no metric",
        "rule,pct models -,models_total,\n": "line 2: models_total is a count metric, not pct",
        "class,models,guess,\n": "line 2: class 'models' has no strategy",
        "colour,mô hình,red,\n": "line 2: unknown kind 'colour'",
    }
    for n, (row, message) in enumerate(cases.items()):
        path = tmp_path / f"words{n}.csv"
        path.write_text(header + row, encoding="utf-8")
        with pytest.raises(ValueError, match=message):
            propose(["Có 96 mô hình."], None, None, words_csv=path)


def test_a_very_long_sentence_is_read_clause_by_clause_and_a_very_long_clause_not_at_all():
    clauses = "; ".join(f"xã thứ {i} duy trì {i} mô hình" for i in range(400))
    assert len(clauses) > 3 * narrative._SENTENCE_MAX
    assert [p.value for p in propose([clauses], "848", 2023)] == list(range(400))  # 0 is a real zero
    endless = ", ".join(f"{i} mô hình" for i in range(1000))
    assert propose([endless], "848", 2023) == []


def test_a_paragraph_that_is_no_text_is_refused():
    with pytest.raises(TypeError, match="paragraph 2 is a int"):
        propose(["Có 96 mô hình.", 5], None, None)  # type: ignore[list-item]
    assert propose([], None, None) == [] and isinstance(propose(["Có 96 mô hình."], None, None)[0], Proposal)


# written after the measure on the held-out set (holdout.py), one block per class of failure; none of these
# sentences is one of that set's


def _unit_figures(text: str, unit_code: str = "848") -> list[tuple[str, float, str | None, str | None]]:
    return [(p.metric, round(p.value, 2), p.qualifier, p.unit_name) for p in propose([text], unit_code, 2023)]


@pytest.mark.parametrize("text,expected", [
    ("Kết quả đăng ký học tập và làm theo: đảng viên 99,1%; đoàn viên, hội viên 80%.",
     [("reg_party_members_pct", 99.1, None), ("reg_union_members_pct", 80, None)]),
    ("Tỷ lệ đăng ký làm theo: cán bộ, đảng viên 97%, CCVC 88,5%, đoàn viên, hội viên 76%.",
     [("reg_party_members_pct", 97, None), ("reg_civil_servants_pct", 88.5, None),
      ("reg_union_members_pct", 76, None)]),
    ("Về xây dựng bản đăng ký: đảng viên trên 98%; công chức, viên chức không phải là đảng viên 90%.",
     [("reg_party_members_pct", 98, "trên"), ("reg_civil_servants_pct", 90, None)]),
])
def test_a_heading_and_its_list_of_rates_give_one_figure_an_item(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text", [
    "Tỷ lệ tham gia học tập chuyên đề: đảng viên 100%; đoàn viên, hội viên 85%.",
    "Kết quả xếp loại: đảng viên 95%, CCVC 90%.",
])
def test_a_list_of_rates_under_another_heading_gives_nothing(text):
    assert figures(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Riêng với công chức, viên chức chưa là đảng viên, tỷ lệ đăng ký đạt 89%.",
     [("reg_civil_servants_pct", 89, None)]),
    ("Đối với đoàn viên, hội viên, tỷ lệ đăng ký học tập và làm theo là trên 70%.",
     [("reg_union_members_pct", 70, "trên")]),
    ("Tỷ lệ cán bộ, công chức không phải đảng viên đăng ký gần 85%.", [("reg_civil_servants_pct", 85, "gần")]),
    ("Tỷ lệ công chức, viên chức, người lao động chưa phải là đảng viên cam kết đạt xấp xỉ 93%.",
     [("reg_civil_servants_pct", 93, "xấp xỉ")]),
])
def test_a_rate_whose_population_is_named_before_its_rate_word(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


def test_a_rate_whose_population_is_named_before_it_but_did_something_else_is_no_figure():
    assert figures("Đối với công chức, viên chức, tỷ lệ tham gia học tập đạt 95%.") == []
    assert figures("Tỷ lệ công chức không phải là đảng viên chưa đăng ký còn 5%.") == []


@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ đảng viên đăng ký đạt 98,2%; riêng xã Hòa Bình đạt 100%.",
     [("reg_party_members_pct", 98.2, None, None), ("reg_party_members_pct", 100, None, "xã Hòa Bình")]),
    ("Có trên 95% đảng viên đăng ký học tập và làm theo; trong đó thị trấn Phú Lộc là 99%.",
     [("reg_party_members_pct", 95, "trên", None), ("reg_party_members_pct", 99, None, "thị trấn Phú Lộc")]),
])
def test_a_commune_singled_out_after_a_rate_gives_its_own_figure(text, expected):
    assert _unit_figures(text) == [(m, float(v), q, u) for m, v, q, u in expected]


@pytest.mark.parametrize("text,expected", [
    ("Huyện ủy đề nghị Ban Thường vụ Tỉnh ủy Long An tặng Bằng khen cho 03 tập thể, 04 cá nhân.",
     [("commend_proposed_collective", 3, None), ("commend_proposed_individual", 4, None)]),
    ("Ban Thường vụ Thị ủy đề nghị Chủ tịch UBND tỉnh khen thưởng 02 tập thể và 05 cá nhân điển hình.",
     [("commend_proposed_collective", 2, None), ("commend_proposed_individual", 5, None)]),
    ("Đảng ủy thị trấn tặng Giấy khen cho 09 tập thể, 21 cá nhân; đề nghị Ban Thường vụ Huyện ủy Cần Giuộc khen "
     "thưởng 02 tập thể.",
     [("commend_collective", 9, None), ("commend_individual", 21, None), ("commend_proposed_collective", 2, None)]),
    ("Huyện ủy biểu dương 14 tập thể, 30 cá nhân, đồng thời đề nghị Tỉnh ủy, UBND tỉnh khen thưởng 03 cá nhân.",
     [("commend_collective", 14, None), ("commend_individual", 30, None),
      ("commend_proposed_individual", 3, None)]),
])
def test_a_commendation_asked_of_the_level_above_is_proposed(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Xét đề nghị của các chi, đảng bộ cơ sở, Ban Thường vụ Huyện ủy đã quyết định khen thưởng 18 tập thể, 40 cá "
     "nhân.", [("commend_collective", 18, None), ("commend_individual", 40, None)]),
    ("Theo đề xuất của Ban Tuyên giáo Huyện ủy, Thường trực Huyện ủy tặng Giấy khen cho 06 tập thể.",
     [("commend_collective", 6, None)]),
    ("Căn cứ đề nghị của Hội đồng Thi đua - Khen thưởng, Huyện ủy khen thưởng 11 cá nhân.",
     [("commend_individual", 11, None)]),
])
def test_a_commendation_given_on_a_proposal_from_below_is_given(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Mô hình “Mỗi tuần một việc tốt” đã được nhân rộng ở 9/12 xã.", [("model_replication_pct", 75, None)]),
    ("Mô hình \"Phấn đấu mỗi hộ một việc thiện\" được nhân rộng ra 14/20 xã, thị trấn.",
     [("model_replication_pct", 70, None)]),
    ("Mô hình “Thắp sáng đường quê” được nhân rộng ra 8/10 xã, đạt 80%.", [("model_replication_pct", 80, None)]),
    ("Ban Thường vụ Huyện ủy Cần Đước ban hành 06 kế hoạch, hướng dẫn.", [("plans_issued", 6, None)]),
])
def test_a_name_in_quotes_or_in_capitals_is_no_rule_or_target(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text", [
    "Mỗi xã nhân rộng mô hình ra 5/10 ấp.",
    "Phấn đấu nhân rộng mô hình ra 10/10 xã.",
    "Các xã cần nhân rộng mô hình ra 12/12 ấp.",
])
def test_a_rule_or_a_target_outside_a_name_still_blocks(text):
    assert figures(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Toàn huyện hiện có 215 mô hình học tập và làm theo (tập thể 140, cá nhân 75).",
     [("models_total", 215, None), ("models_collective", 140, None), ("models_individual", 75, None)]),
    ("Các chi, đảng bộ duy trì 88 mô hình, gồm: tập thể 50, cá nhân 38.",
     [("models_total", 88, None), ("models_collective", 50, None), ("models_individual", 38, None)]),
    ("Tổng số mô hình là 120, trong đó tập thể 70 và cá nhân 50.",
     [("models_total", 120, None), ("models_collective", 70, None), ("models_individual", 50, None)]),
])
def test_a_total_and_its_breakdown_in_brackets_or_after_trong_do(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Trong năm xây dựng mới 22 mô hình (14 tập thể, 08 cá nhân).", [("models_new", 22, None)]),
    ("Có 12 mô hình mới, gồm 7 tập thể và 5 cá nhân.", [("models_new", 12, None)]),
    ("Huyện chọn 4 mô hình điểm (3 tập thể, 1 cá nhân).", [("models_pilot", 4, None)]),
    ("Mô hình điểm: 05, trong đó 03 mô hình về nông nghiệp sạch và 02 mô hình về an toàn giao thông.",
     [("models_pilot", 5, None)]),
    ("Toàn huyện có 140 mô hình, trong đó 60 mô hình trong sản xuất, 45 mô hình về văn hóa.",
     [("models_total", 140, None)]),
])
def test_the_parts_of_new_pilot_or_a_field_s_models_are_no_kind_or_total(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Năm 2023 phát triển mới 18 mô hình, nâng tổng số mô hình của huyện lên 205.",
     [("models_new", 18, None), ("models_total", 205, None)]),
    ("Tổng số mô hình học tập và làm theo Bác là 143.", [("models_total", 143, None)]),
    ("Trong tổng số 97 mô hình, khối xã, thị trấn có 60 mô hình.", [("models_total", 97, None)]),
    ("Trong tổng số 97 mô hình, lĩnh vực văn hóa có 30.", [("models_total", 97, None)]),
])
def test_a_total_after_tong_so(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Năm nay các chi bộ có thêm 17 mô hình mới.", [("models_new", 17, None)]),
    ("Toàn huyện duy trì 150 mô hình; xây dựng thêm 9 mô hình mới.",
     [("models_total", 150, None), ("models_new", 9, None)]),
    ("Có thêm 5 mô hình, nâng tổng số lên 80 mô hình.", [("models_total", 80, None)]),
    ("Năm 2023 có thêm 12 đảng viên đăng ký.", []),
    ("Số mô hình tăng thêm 8 mô hình mới so với năm trước.", []),
])
def test_co_them_gives_the_new_models_only(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Huyện ủy lựa chọn 2 mô hình điểm để chỉ đạo: “Dân vận khéo” ở xã An Lục Long và “Chi bộ 4 tốt” ở xã Long Trì.",
     [("models_pilot", 2, None)]),
    ("Chọn 6 mô hình điểm: mô hình “Dân vận khéo”, mô hình “Camera an ninh” và 4 mô hình khác.",
     [("models_pilot", 6, None)]),
])
def test_models_listed_after_a_colon_are_examples_of_the_count(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


def test_a_count_of_another_programme_s_models_is_still_none():
    assert figures("Toàn huyện có 25 mô hình “Dân vận khéo”.") == []
    assert figures("Mô hình “Dân vận khéo” được triển khai với 12 mô hình.") == []


@pytest.mark.parametrize("text,expected", [
    ("Số mô hình năm 2023 tăng gần gấp đôi so với năm 2020 (54 mô hình).", [("models_total", 54, None, 2020)]),
    ("Năm 2023 có 130 mô hình, tăng 2 lần so với năm 2018 (65 mô hình).",
     [("models_total", 130, None, 2023), ("models_total", 65, None, 2018)]),
    ("Số tin, bài trên Bản tin huyện tăng mạnh so với năm 2021 (45 tin, bài).",
     [("propaganda_articles", 45, None, 2021)]),
])
def test_a_count_in_brackets_after_the_year_compared_with_is_that_year_s(text, expected):
    got = [(p.metric, p.value, p.qualifier, p.year) for p in propose([text], "848", 2023)]
    assert got == [(m, float(v), q, y) for m, v, q, y in expected]


@pytest.mark.parametrize("text", [
    "Số mô hình tăng 3 lần so với năm 2016, tăng 50 mô hình.",
    "Số mô hình tăng so với cùng kỳ (tăng 14 mô hình).",
    "Tăng 6 mô hình so với năm 2022: 90 mô hình.",
])
def test_a_change_against_another_year_is_still_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Thị trấn Tầm Vu có 100% đảng viên đăng ký học tập và làm theo (356/356 đảng viên).",
     ("reg_party_members_pct", 100, 356, 356, "Thị trấn Tầm Vu")),
    ("Có 97,5% đảng viên đã xây dựng kế hoạch cá nhân (1.170/1.200).",
     ("reg_party_members_pct", 97.5, 1170, 1200, None)),
    ("Xã Phước Lợi có 95% đoàn viên, hội viên đăng ký (1.900/2.000 đoàn viên, hội viên).",
     ("reg_union_members_pct", 95, 1900, 2000, "Xã Phước Lợi")),
])
def test_a_rate_s_counts_in_brackets_after_its_predicate_are_its_numerator_and_denominator(text, expected):
    got = [(p.metric, p.value, p.numerator, p.denominator, p.unit_name) for p in propose([text], "848", 2023)]
    assert got == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Số tin, bài về các tấm gương điển hình đăng trên trang thông tin điện tử huyện: 42; phát trên Đài truyền "
     "thanh huyện: 64; đăng lên các nhóm Zalo: trên 300.",
     [("propaganda_articles", 42, None), ("propaganda_broadcasts", 64, None),
      ("propaganda_social_posts", 300, "trên")]),
    ("Tin, bài phát trên hệ thống loa truyền thanh: 120; chia sẻ trên Facebook: gần 500.",
     [("propaganda_broadcasts", 120, None), ("propaganda_social_posts", 500, "gần")]),
])
def test_a_heading_s_noun_is_carried_to_each_item_of_its_list_of_counts(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Số tin, bài đăng trên Bản tin huyện: 36; số người xem: 2.000; lượt chia sẻ trên mạng xã hội: 450.",
     [("propaganda_articles", 36, None)]),
    ("Tin, bài trên Bản tin huyện: 20; tham gia hội thi trên mạng xã hội: 800.", [("propaganda_articles", 20, None)]),
    ("Số tin, bài trên Bản tin huyện: 20; năm 2022: 15.", [("propaganda_articles", 20, None)]),
])
def test_an_item_with_a_label_of_its_own_takes_no_heading_s_noun(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("100% chi bộ trực thuộc đã hướng dẫn đảng viên xây dựng kế hoạch học tập và làm theo năm 2023 (45/45 chi bộ).",
     ("party_cells_plans_pct", 100, 45, 45)),
    ("Có 100% chi bộ hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch (đạt 28/28 chi bộ).",
     ("party_cells_plans_pct", 100, 28, 28)),
    ("100% chi bộ trực thuộc chỉ đạo đảng viên xây dựng kế hoạch (67/67 chi bộ, đạt 100%).",
     ("party_cells_plans_pct", 100, 67, 67)),
    ("100% chi bộ đã hướng dẫn đảng viên xây dựng kế hoạch (19/19 chi bộ hoàn thành).",
     ("party_cells_plans_pct", 100, 19, 19)),
    ("Có 100% đảng viên đăng ký học tập và làm theo năm 2023 (208/208 đảng viên).",
     ("reg_party_members_pct", 100, 208, 208)),
    ("99% đoàn viên, hội viên đã đăng ký (có 1.980/2.000 đoàn viên, hội viên).",
     ("reg_union_members_pct", 99, 1980, 2000)),
])
def test_a_rate_s_counts_in_brackets_further_on_are_one_figure_with_it(text, expected):
    got = [(p.metric, p.value, p.numerator, p.denominator) for p in propose([text], "848", 2023)]
    assert got == [expected]


def test_brackets_that_hold_another_year_s_counts_are_not_the_rate_s():
    text = "100% chi bộ chỉ đạo đảng viên xây dựng kế hoạch (năm 2022: 40/40 chi bộ)."
    got = [(p.metric, p.value, p.year, p.numerator) for p in propose([text], "848", 2023)]
    assert got == [("party_cells_plans_pct", 100, 2023, None), ("party_cells_plans_pct", 100, 2022, 40)]


@pytest.mark.parametrize("text", [
    "Có 4 mô hình chưa có kết quả rõ nét, 02 mô hình phải điều chỉnh nội dung.",
    "Còn 3 mô hình tập thể hoạt động kém hiệu quả.",
    "Trong năm, 2 mô hình bị giải thể do không còn phù hợp.",
    "Có 5 mô hình đã tạm dừng hoạt động.",
    "07 mô hình không duy trì được thường xuyên.",
    "Qua kiểm tra, 6 mô hình cá nhân hiệu quả chưa cao.",
    "Có 02 tập thể bị phê bình vì chưa xây dựng mô hình.",
])
def test_a_count_whose_predicate_says_they_did_not_or_did_badly_is_a_subset_not_the_total(text):
    assert figures(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Duy trì 96 mô hình, trong đó 2 mô hình bị giải thể.", [("models_total", 96, None)]),
    ("Huyện có 12 mô hình đạt hiệu quả cao.", [("models_total", 12, None)]),
    ("Có 40 mô hình tập thể hoạt động hiệu quả, không có mô hình nào phải dừng.",
     [("models_collective", 40, None)]),
])
def test_a_count_that_did_well_is_still_proposed(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text", [
    "- Số chi bộ chưa có mô hình: 03",
    "Số chi bộ chưa xây dựng mô hình là 02.",
    "- Số đảng viên tham gia mô hình: 120",
    "+ Số cơ sở không có mô hình tập thể: 4",
    "Số đơn vị chưa đăng ký mô hình: 05.",
])
def test_a_label_counting_something_else_gives_no_models_count(text):
    assert figures(text) == []


@pytest.mark.parametrize("text,expected", [
    ("- Tổng số mô hình: 45", [("models_total", 45, None)]),
    ("- Số mô hình tập thể: 30", [("models_collective", 30, None)]),
    ("Mô hình tập thể: 40 mô hình.", [("models_collective", 40, None)]),
])
def test_a_label_whose_first_noun_is_models_still_counts_them(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text", [
    "Thời gian triển khai mô hình là 12 tháng, sơ kết sau 06 tháng.",
    "Mô hình được duy trì 3 năm liên tục.",
    "Mỗi mô hình thực hiện trong 90 ngày.",
    "Sơ kết mô hình sau 2 quý triển khai.",
    "Mô hình tổ chức sinh hoạt 4 buổi, mỗi buổi 2 giờ.",
    "Thời gian xây dựng mô hình là 8 tuần.",
])
def test_a_number_before_a_time_unit_is_a_duration_never_a_count(text):
    assert figures(text) == []


@pytest.mark.parametrize("text,year,expected", [
    ("Tỷ lệ đảng viên đăng ký năm 2023 đạt 81,6%, năm 2022 đạt 78%.", 2023,
     [("reg_party_members_pct", 81.6, 2023), ("reg_party_members_pct", 78, 2022)]),
    ("Tỷ lệ đoàn viên, hội viên đăng ký học tập và làm theo năm 2023 là 85%, năm 2022 là 80,5%.", 2024,
     [("reg_union_members_pct", 85, 2023), ("reg_union_members_pct", 80.5, 2022)]),
    ("Tỷ lệ đảng viên đăng ký đạt 97%, năm 2022 đạt 95,2%.", 2023,
     [("reg_party_members_pct", 97, 2023), ("reg_party_members_pct", 95.2, 2022)]),
])
def test_one_rate_for_two_years_in_one_sentence_gives_two_figures(text, year, expected):
    got = [(p.metric, p.value, p.year) for p in propose([text], "848", year)]
    assert got == [(m, float(v), y) for m, v, y in expected]


def test_a_rate_for_another_year_of_what_else_members_did_is_still_none():
    assert figures("Tỷ lệ đảng viên tham gia học tập năm 2023 đạt 81,6%, năm 2022 đạt 78%.") == []


# ---- a fourth blind measure's false proposals, each as a class

@pytest.mark.parametrize("text,expected", [
    ("Bản tin huyện đăng 48 tin, bài, trong đó 12 bài viết về gương người tốt.", [("propaganda_articles", 48, None)]),
    ("Hệ thống loa truyền thanh phát 120 tin, bài; trong đó có 30 bản tin chuyên đề.",
     [("propaganda_broadcasts", 120, None)]),
    ("Đài phát 55 bản tin, trong đó 25 bản tin về gương điển hình.", [("propaganda_broadcasts", 55, None)]),
    ("Tặng Giấy khen cho 18 tập thể, 40 cá nhân, trong đó có 06 tập thể và 15 cá nhân thuộc khối xã, thị trấn.",
     [("commend_collective", 18, None), ("commend_individual", 40, None)]),
    # positive forms: a count of both kinds is a figure of neither, its parts are the figures; models' kinds stay
    ("Huyện ủy khen thưởng 25 tập thể, cá nhân, trong đó 10 tập thể và 15 cá nhân.",
     [("commend_collective", 10, None), ("commend_individual", 15, None)]),
    ("Duy trì 96 mô hình, trong đó 65 tập thể, 31 cá nhân.",
     [("models_total", 96, None), ("models_collective", 65, None), ("models_individual", 31, None)]),
])
def test_a_part_after_trong_do_of_the_same_kind_of_item_is_no_figure(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text", [
    "Tỷ lệ hội viên Hội Nông dân đăng ký đạt 92%.",
    "Đối với Hội Liên hiệp Phụ nữ huyện, có 88% hội viên đăng ký học tập và làm theo.",
    "Có 95% đoàn viên, hội viên của Hội Cựu chiến binh đăng ký.",
    "Có 76% hội viên phụ nữ đăng ký làm theo.",
    "Hội Người cao tuổi xã có 610 hội viên đăng ký, đạt 91,5%.",
])
def test_a_rate_of_one_association_is_not_the_union_members_rate(text):
    assert figures(text) == []


@pytest.mark.parametrize("text,value", [
    ("Hội Phụ nữ, Hội Nông dân, Hội Cựu chiến binh và Đoàn Thanh niên vận động 90% đoàn viên, hội viên đăng ký học "
     "tập và làm theo.", 90),
    ("Mặt trận và các đoàn thể vận động 85% đoàn viên, hội viên đăng ký làm theo.", 85),
])
def test_the_mass_organisations_together_still_give_the_union_members_rate(text, value):
    assert figures(text) == [("reg_union_members_pct", float(value), None)]


@pytest.mark.parametrize("text", [
    "Ban Thường vụ ban hành 03 kế hoạch và Hướng dẫn số 15-HD/BTGHU.",
    "Ban hành Kế hoạch 120-KH/HU ngày 10/3/2023, cùng 04 hướng dẫn.",
    "Huyện ủy đã ban hành Hướng dẫn số 07-HD/HU, 02 kế hoạch triển khai.",
])
def test_a_plans_count_beside_a_plan_named_by_its_number_is_no_figure(text):
    assert figures(text) == []


def test_a_plan_implemented_is_not_beside_the_plans_issued():
    text = "Thực hiện Kế hoạch số 42-KH/TU của Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành 05 kế hoạch, hướng dẫn."
    assert figures(text) == [("plans_issued", 5.0, None)]


@pytest.mark.parametrize("text,expected", [
    ("Hội đồng thẩm định 12 mô hình mới của các chi bộ.", []),
    ("Qua kiểm tra, đánh giá 30 mô hình được xây dựng mới.", []),
    ("Có 22 mô hình đăng ký mới được thẩm định.", []),
    ("Toàn huyện duy trì 35 mô hình, trong đó mô hình xây dựng mới là 8.",
     [("models_total", 35, None), ("models_new", 8, None)]),
    ("Duy trì 50 mô hình; trong đó có 12 mô hình mới.", [("models_total", 50, None), ("models_new", 12, None)]),
    ("Qua kiểm tra, có 40 mô hình hoạt động hiệu quả.", [("models_total", 40, None)]),
])
def test_models_appraised_or_maintained_are_not_new(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Đài Truyền thanh huyện phát 64 tin, bài, còn Trang Fanpage của Huyện ủy đăng 150 tin, bài.",
     [("propaganda_broadcasts", 64, None), ("propaganda_social_posts", 150, None)]),
    ("Đài truyền thanh xã phát 40 bản tin, trong khi nhóm Zalo của chi bộ chia sẻ 70 tin, bài.",
     [("propaganda_broadcasts", 40, None), ("propaganda_social_posts", 70, None)]),
    ("Trang Facebook “Thanh niên Long Hựu” đăng, chia sẻ 88 tin, bài, còn Đài truyền thanh xã phát 26 bản tin.",
     [("propaganda_social_posts", 88, None), ("propaganda_broadcasts", 26, None)]),
    # positive forms: a medium after a preposition is where the count went
    ("Đăng 20 tin, bài trên Bản tin huyện, chia sẻ 85 tin bài trên Zalo.",
     [("propaganda_articles", 20, None), ("propaganda_social_posts", 85, None)]),
    ("Chia sẻ 90 tin, bài lên mạng xã hội và phát 30 bản tin trên loa truyền thanh.",
     [("propaganda_social_posts", 90, None), ("propaganda_broadcasts", 30, None)]),
])
def test_each_count_takes_the_medium_of_its_own_clause(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


# ---- a fifth blind measure's false proposals and misses, each as a class (sentences of their own)

@pytest.mark.parametrize("text,expected", [
    ("Huyện ủy ban hành 06 kế hoạch và 02 văn bản hướng dẫn thực hiện chuyên đề.", [("plans_issued", 8, None)]),
    ("Đảng ủy xã ban hành 03 kế hoạch, 01 văn bản hướng dẫn.", [("plans_issued", 4, None)]),
    ("Ban Thường vụ đã ban hành 04 kế hoạch cùng 03 bản hướng dẫn.", [("plans_issued", 7, None)]),
    ("Ban hành 05 kế hoạch, 02 hướng dẫn và 03 công văn chỉ đạo.", [("plans_issued", 7, None)]),
    # near-misses: official letters and other documents are not plans or guidance
    ("Ban Thường vụ ban hành 04 kế hoạch và 02 công văn chỉ đạo.", [("plans_issued", 4, None)]),
    ("Huyện ủy ban hành 09 kế hoạch, hướng dẫn và 20 văn bản chỉ đạo khác.", [("plans_issued", 9, None)]),
    ("Ban Thường vụ ban hành 02 kế hoạch; 04 văn bản hướng dẫn.", [("plans_issued", 6, None)]),
    # documents only partly guidance: the plans count alone is not all that was issued
    ("Ban Thường vụ ban hành 05 kế hoạch và 11 văn bản chỉ đạo, hướng dẫn.", []),
    ("Đảng ủy ban hành 02 kế hoạch và 03 công văn hướng dẫn thực hiện.", []),
    ("Huyện ủy ban hành 12 văn bản hướng dẫn, chỉ đạo.", []),
    ("Huyện ủy ban hành 10 kế hoạch, hướng dẫn, công văn.", []),
    # near-miss: "chỉ đạo" that goes on is a verb
    ("Ban hành 05 kế hoạch, 03 hướng dẫn, chỉ đạo các chi bộ triển khai.", [("plans_issued", 8, None)]),
])
def test_plans_and_guidance_documents_joined_are_one_plans_count(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Toàn huyện có 72 mô hình; trong đó có 20 mô hình mới, 52 mô hình duy trì từ các năm trước.",
     [("models_total", 72, None), ("models_new", 20, None)]),
    ("Xã có 30 mô hình, trong đó 8 mô hình mới và 22 mô hình được duy trì từ những năm trước.",
     [("models_total", 30, None), ("models_new", 8, None)]),
    ("Năm 2023 có 41 mô hình; trong đó 11 mô hình xây dựng mới, 30 mô hình của các năm trước chuyển sang.",
     [("models_total", 41, None), ("models_new", 11, None)]),
    ("Toàn huyện duy trì 64 mô hình, 20 mô hình được chuyển tiếp từ năm trước.", [("models_total", 64, None)]),
    # near-misses: a total with its kinds after "trong đó" in the next clause, and models maintained as the total
    ("Huyện có 60 mô hình; trong đó 40 mô hình tập thể, 20 mô hình cá nhân.",
     [("models_total", 60, None), ("models_collective", 40, None), ("models_individual", 20, None)]),
    ("Toàn huyện duy trì 88 mô hình học tập và làm theo Bác.", [("models_total", 88, None)]),
])
def test_models_carried_over_from_earlier_years_are_no_figure(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Sau sáp nhập, xã kế thừa 15 mô hình từ các xã cũ và xây dựng thêm 3 mô hình mới, nâng tổng số lên 18 mô hình.",
     [("models_new", 3, None), ("models_total", 18, None)]),
    ("Phường tiếp quản 9 mô hình của hai phường trước sáp nhập, xây dựng mới 2 mô hình, nâng tổng số mô hình lên 11.",
     [("models_new", 2, None), ("models_total", 11, None)]),
    ("Năm 2023 có 40 mô hình được duy trì, phát triển thêm 5 mô hình mới, tổng cộng 45 mô hình.",
     [("models_new", 5, None), ("models_total", 45, None)]),
    ("Xã kế thừa 12 mô hình từ các xã trước sáp nhập.", []),
    ("Có 15 mô hình kế thừa từ các xã trước sáp nhập, 5 mô hình xây dựng mới, tổng cộng 20 mô hình.",
     [("models_new", 5, None), ("models_total", 20, None)]),
    ("Có 30 mô hình duy trì từ các năm trước và 12 mô hình mới trong năm 2023.", [("models_new", 12, None)]),
    # near-misses: a total with no later total stays; the new ones and the total after "nâng tổng số" stay
    ("Xã duy trì 16 mô hình, trong đó có 4 mô hình mới.", [("models_total", 16, None), ("models_new", 4, None)]),
    ("Huyện ủy xây dựng mới 6 mô hình, nâng tổng số mô hình lên 70 mô hình.",
     [("models_new", 6, None), ("models_total", 70, None)]),
])
def test_models_inherited_before_a_stated_total_are_parts_of_it(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Năm 2023, xã Hiệp Hòa, huyện Cầu Ngang đăng ký 04 mô hình mới.", [("models_new", 4, None, "xã Hiệp Hòa")]),
    ("Các cơ sở đăng ký 45 mô hình; xã Mỹ Hòa (huyện Cầu Ngang) đăng ký 06 mô hình.",
     [("models_total", 45, None, None), ("models_total", 6, None, "xã Mỹ Hòa")]),
    ("Điển hình của phong trào là xã Long Sơn với 07 mô hình mới.", [("models_new", 7, None, "xã Long Sơn")]),
    ("Chi bộ ấp Mỹ Cẩm đăng ký 03 mô hình.", [("models_total", 3, None, "Chi bộ ấp Mỹ Cẩm")]),
    ("Ấp Sóc Chuối có 100% đảng viên đăng ký.", [("reg_party_members_pct", 100, None, "Ấp Sóc Chuối")]),
    # an elliptical sub-unit after a named one: not the first one's, not the report's
    ("Xã Long Sơn đăng ký 05 mô hình, Vĩnh Kim đăng ký 02 mô hình.", [("models_total", 5, None, "Xã Long Sơn")]),
    # a sentence about new models: a named unit's count of no kind is of new ones
    ("Các xã tích cực đăng ký mô hình mới, như xã Thuận Hòa 04 mô hình, xã Kim Hòa đăng ký 03 mô hình.",
     [("models_new", 4, None, "xã Thuận Hòa"), ("models_new", 3, None, "xã Kim Hòa")]),
    ("Xã Long Sơn đăng ký 03 mô hình mới, xã Vĩnh Kim đăng ký 02 mô hình.",
     [("models_new", 3, None, "Xã Long Sơn"), ("models_new", 2, None, "xã Vĩnh Kim")]),
    # near-misses: the whole unit again, a model's host, what a commune has
    ("Xã Long Sơn đăng ký 05 mô hình, Ban Thường vụ Huyện ủy khen thưởng 03 tập thể.",
     [("models_total", 5, None, "Xã Long Sơn"), ("commend_collective", 3, None, None)]),
    ("Mô hình “Ngày Chủ nhật xanh” của Chi bộ ấp Mỹ Cẩm được nhân rộng ra 9/9 ấp.",
     [("model_replication_pct", 100, None, None)]),
    ("Huyện chú trọng xây dựng mô hình mới, xã Long Sơn có 16 mô hình.", [("models_total", 16, None, "xã Long Sơn")]),
    ("Xã Trường Thọ có 15 mô hình, nhiều nhất huyện.", [("models_total", 15, None, "Xã Trường Thọ")]),
    ("Chi bộ Đảng có 100% đảng viên đăng ký.", [("reg_party_members_pct", 100, None, None)]),
    ("Phường 1 có 20 mô hình.", [("models_total", 20, None, "Phường 1")]),
    ("Toàn thị xã có 45 mô hình; riêng Phường 3 có 12 mô hình.",
     [("models_total", 45, None, None), ("models_total", 12, None, "Phường 3")]),
    ("Tại Khóm 2, có 5 mô hình mới.", [("models_new", 5, None, "Khóm 2")]),
    ("Chi bộ ấp Mỹ Cẩm được khen thưởng; toàn xã có 45 mô hình.", [("models_total", 45, None, None)]),
    ("Chi bộ ấp Mỹ Cẩm có 3 mô hình; Đảng bộ xã có 45 mô hình.",
     [("models_total", 3, None, "Chi bộ ấp Mỹ Cẩm"), ("models_total", 45, None, None)]),
    ("Xã Long Sơn đăng ký 03 mô hình mới, xã Vĩnh Kim duy trì 20 mô hình.",
     [("models_new", 3, None, "Xã Long Sơn"), ("models_total", 20, None, "xã Vĩnh Kim")]),
])
def test_a_figure_of_a_named_sub_unit_carries_its_name_never_the_report_s_unit(text, expected):
    assert _unit_figures(text) == [(m, float(v), q, u) for m, v, q, u in expected]


@pytest.mark.parametrize("text,expected", [
    ("Các cấp ủy đã nhân rộng được 140 mô hình tập thể và 95 mô hình cá nhân.",
     [("models_collective", 140, None), ("models_individual", 95, None)]),
    ("Toàn huyện xây dựng và nhân rộng 230 mô hình, trong đó 150 mô hình tập thể.",
     [("models_total", 230, None), ("models_collective", 150, None)]),
    ("Sau thẩm định, Ban Thường vụ công nhận 40 mô hình đủ điều kiện triển khai (25 mô hình tập thể, 15 mô hình cá "
     "nhân).", [("models_total", 40, None), ("models_collective", 25, None), ("models_individual", 15, None)]),
    ("Toàn huyện có 1.320 mô hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, trong đó có 175 "
     "mô hình mới.", [("models_total", 1320, None), ("models_new", 175, None)]),
    # near-misses: models replicated after their count, commended or appraised, stay none
    ("Có 12 mô hình được nhân rộng ra các xã.", []),
    ("Biểu dương 15 mô hình tiêu biểu.", []),
    ("Hội đồng thẩm định 20 mô hình đăng ký mới.", []),
    ("Từ các mô hình điểm, các xã đã nhân rộng ra 45 mô hình.", []),
    ("Khen thưởng và nhân rộng 15 mô hình, 10 cá nhân điển hình.", [("commend_individual", 10, None)]),
])
def test_models_replicated_or_recognised_are_counted(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Bản tin Sinh hoạt chi bộ phát hành 6 số mỗi năm, mỗi số 800 bản, đã đăng 27 tin, bài tuyên truyền.",
     [("propaganda_articles", 27, None)]),
    ("Bản tin huyện ra 2 số mỗi tháng, đăng 40 tin, bài về học tập và làm theo Bác.",
     [("propaganda_articles", 40, None)]),
    # near-misses: a rule per unit that runs on to the figure stays a rule
    ("Mỗi xã chọn ít nhất 1 mô hình, xây dựng 3 mô hình mới.", []),
    ("Mỗi xã, thị trấn có 3 mô hình.", []),
    ("Bản tin phát hành 12 số, mỗi số đăng 3 tin, bài.", []),
    ("Có 5 mô hình mỗi xã, 3 mô hình mới.", []),
    ("Đài truyền thanh phát 4 bản tin mỗi tuần.", []),
])
def test_a_rule_per_issue_set_aside_by_commas_is_not_the_next_figure_s(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Xã Mỹ Long Bắc có 100% đảng viên đăng ký, xã Mỹ Long Nam đạt 97,8%.",
     [("reg_party_members_pct", 100, None, "Xã Mỹ Long Bắc"), ("reg_party_members_pct", 97.8, None, "xã Mỹ Long Nam")]),
    ("Đảng ủy xã Kim Hòa có 96,5% đảng viên đăng ký, Đảng ủy xã Thuận Hòa đạt 98%.",
     [("reg_party_members_pct", 96.5, None, "Đảng ủy xã Kim Hòa"),
      ("reg_party_members_pct", 98, None, "Đảng ủy xã Thuận Hòa")]),
    ("Tỷ lệ đoàn viên, hội viên đăng ký đạt 88%, trong đó Đảng bộ xã Hiệp Mỹ Đông và Đảng bộ xã Hiệp Mỹ Tây đạt 95%.",
     [("reg_union_members_pct", 88, None, None), ("reg_union_members_pct", 95, None, "Đảng bộ xã Hiệp Mỹ Đông"),
      ("reg_union_members_pct", 95, None, "Đảng bộ xã Hiệp Mỹ Tây")]),
    ("Tỷ lệ đảng viên đăng ký đạt 98,9%, riêng Đảng bộ thị trấn Mỹ Long đạt 100%.",
     [("reg_party_members_pct", 98.9, None, None), ("reg_party_members_pct", 100, None, "Đảng bộ thị trấn Mỹ Long")]),
    ("Toàn huyện có 52 mô hình, trong đó thị trấn Cầu Ngang có 7 mô hình.",
     [("models_total", 52, None, None), ("models_total", 7, None, "thị trấn Cầu Ngang")]),
    ("Xã Vĩnh Kim và xã Kim Hòa đạt 100% đảng viên đăng ký.",
     [("reg_party_members_pct", 100, None, "Xã Vĩnh Kim"), ("reg_party_members_pct", 100, None, "xã Kim Hòa")]),
    # a count of two communes named together is each's or both's: none
    ("Xã Vĩnh Kim và xã Kim Hòa có 12 mô hình.", []),
    ("Toàn huyện có 52 mô hình, trong đó xã Vĩnh Kim và xã Kim Hòa có 12 mô hình.", [("models_total", 52, None, None)]),
    # near-misses: what else members did, or a rate of something else, is carried to no commune
    ("Có 98% đảng viên tham gia học tập chuyên đề, xã Long Sơn đạt 100%.", []),
    ("Có 98% đảng viên đăng ký, xã Long Sơn đạt 100% về tỷ lệ hộ dân dùng nước sạch.",
     [("reg_party_members_pct", 98, None, None)]),
    ("Tỷ lệ đảng viên đăng ký đạt 99%, tỷ lệ hộ nghèo còn 2%.", [("reg_party_members_pct", 99, None, None)]),
])
def test_a_second_named_commune_with_an_elliptical_predicate_gets_the_same_rate(text, expected):
    assert _unit_figures(text) == [(m, float(v), q, u) for m, v, q, u in expected]


@pytest.mark.parametrize("text,expected", [
    ("Đảng ủy chỉ đạo, hướng dẫn đảng viên xây dựng kế hoạch cá nhân, kết quả có 64/64 chi bộ hoàn thành (đạt 100%).",
     [("party_cells_plans_pct", 100, None)]),
    ("100% chi bộ chỉ đạo đảng viên xây dựng kế hoạch cá nhân.", [("party_cells_plans_pct", 100, None)]),
    ("Có 97% chi bộ đã hướng dẫn đảng viên đăng ký học tập và làm theo.", [("party_cells_plans_pct", 97, None)]),
    ("Các chi bộ đôn đốc đảng viên xây dựng bản đăng ký, đến nay 58/60 chi bộ hoàn thành.",
     [("party_cells_plans_pct", 96.67, None)]),
    # near-misses: the members' own registration stays theirs; cells' own plans or other registrations are not it
    ("Chỉ đạo, hướng dẫn đảng viên xây dựng kế hoạch cá nhân, kết quả có 98% đảng viên hoàn thành.",
     [("reg_party_members_pct", 98, None)]),
    ("Có 100% chi bộ xây dựng kế hoạch thực hiện chuyên đề năm 2023.", []),
    ("Có 100% chi bộ đăng ký xây dựng mô hình.", []),
    ("Huyện ủy chỉ đạo đảng viên đăng ký học tập và làm theo, 100% chi bộ kiểm tra việc thực hiện.", []),
])
def test_cells_directing_members_plans_give_the_cells_rate(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ đảng viên đăng ký đạt 99,3%, tăng 0,4% so với năm 2022 (98,9%).",
     [("reg_party_members_pct", 99.3, None, 2023), ("reg_party_members_pct", 98.9, None, 2022)]),
    ("Có 92% CCVC không là đảng viên đăng ký, tăng 2% so với cùng kỳ năm 2022 (90%).",
     [("reg_civil_servants_pct", 92, None, 2023), ("reg_civil_servants_pct", 90, None, 2022)]),
    ("Tỷ lệ đoàn viên, hội viên đăng ký đạt 85%, giảm 1% so với năm 2021 (86%).",
     [("reg_union_members_pct", 85, None, 2023), ("reg_union_members_pct", 86, None, 2021)]),
    # near-misses: what else members did; a change in the brackets
    ("Tỷ lệ đảng viên tham gia học tập đạt 99,75%, tăng 0,15% so với năm 2022 (99,6%).", []),
    ("Tỷ lệ đảng viên đăng ký đạt 99,75%, tăng so với năm 2022 (tăng 0,15%).",
     [("reg_party_members_pct", 99.75, None, 2023)]),
])
def test_a_rate_in_brackets_after_the_year_compared_with_is_that_year_s(text, expected):
    got = [(p.metric, p.value, p.qualifier, p.year) for p in propose([text], "848", 2023)]
    assert got == [(m, float(v), q, y) for m, v, q, y in expected]


@pytest.mark.parametrize("text,year,expected", [
    ("Tỷ lệ đảng viên đăng ký đạt 99,3%, tăng 0,4% so với năm trước (98,9%).", 2023,
     [("reg_party_members_pct", 99.3, 2023), ("reg_party_members_pct", 98.9, 2022)]),
    ("Năm 2024, toàn huyện có 96 mô hình, tăng 6 mô hình so với năm ngoái (90 mô hình).", 2025,
     [("models_total", 96, 2024), ("models_total", 90, 2023)]),
    # near-misses: no year to count back from; no brackets
    ("Tỷ lệ đảng viên đăng ký đạt 99,3%, tăng 0,4% so với năm trước (98,9%).", None,
     [("reg_party_members_pct", 99.3, None)]),
    ("Tỷ lệ đảng viên đăng ký đạt 99,3%, tăng 0,4% so với năm trước.", 2023, [("reg_party_members_pct", 99.3, 2023)]),
])
def test_a_figure_in_brackets_after_the_year_before_is_that_year_s(text, year, expected):
    got = [(p.metric, p.value, p.year) for p in propose([text], "848", year)]
    assert got == [(m, float(v), y) for m, v, y in expected]


# ---- a sixth blind measure's false proposals and misses, each as a class (sentences of their own)

@pytest.mark.parametrize("text,expected", [
    ("Ban Thường vụ Huyện ủy ban hành 01 kế hoạch tổ chức học tập chuyên đề năm, 01 hướng dẫn đăng ký mô hình và 01 "
     "công văn chỉ đạo tổng kết.", [("plans_issued", 2, None)]),
    ("Đảng ủy xã ban hành 02 kế hoạch triển khai chuyên đề, 03 hướng dẫn thực hiện.", [("plans_issued", 5, None)]),
    ("Huyện ủy ban hành 01 kế hoạch học tập chuyên đề, 01 kế hoạch sơ kết và 02 hướng dẫn.",
     [("plans_issued", 4, None)]),
    ("Thị ủy ban hành 03 kế hoạch thực hiện năm 2023, 02 hướng dẫn.", [("plans_issued", 5, None)]),
    # near-misses: an item naming someone else, or other documents, is not summed with the plans
    ("Huyện ủy ban hành 03 kế hoạch cho các xã, 02 hướng dẫn.", [("plans_issued", 3, None), ("plans_issued", 2, None)]),
    ("Huyện ủy ban hành 02 kế hoạch thực hiện và 03 công văn chỉ đạo.", [("plans_issued", 2, None)]),
])
def test_plans_and_guidance_listed_one_by_one_with_words_of_their_own_are_one_count(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Ban Thường vụ Huyện ủy đã ban hành 03 kế hoạch, 01 hướng dẫn; Ban Tuyên giáo Huyện ủy ban hành 02 hướng dẫn "
     "chuyên môn.", [("plans_issued", 6, None)]),
    ("Đã ban hành 04 kế hoạch; Văn phòng Huyện ủy ban hành 01 hướng dẫn.", [("plans_issued", 5, None)]),
    ("Ban Thường vụ Thị ủy ban hành 04 kế hoạch, Ban Dân vận Thị ủy ban hành 01 hướng dẫn.",
     [("plans_issued", 5, None)]),
    # near-misses: another committee, a commune's committee, an association: not the committee's own organs
    ("Huyện ủy ban hành 03 kế hoạch; Ban Tuyên giáo Tỉnh ủy ban hành 02 hướng dẫn.",
     [("plans_issued", 3, None), ("plans_issued", 2, None)]),
    ("Ban Thường vụ Huyện ủy ban hành 04 kế hoạch, Hội Nông dân huyện ban hành 01 hướng dẫn.",
     [("plans_issued", 4, None), ("plans_issued", 1, None)]),
])
def test_plans_of_the_same_committee_s_organs_in_two_clauses_are_one_count(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


def test_plans_of_a_commune_s_committee_are_not_the_district_s():
    text = "Huyện ủy ban hành 05 kế hoạch; Đảng ủy xã Long Sơn ban hành 02 kế hoạch."
    assert _unit_figures(text) == [("plans_issued", 5.0, None, None), ("plans_issued", 2.0, None, "Đảng ủy xã Long Sơn")]


@pytest.mark.parametrize("text,expected", [
    ("Năm 2023, 48 tập thể và 93 cá nhân được Huyện ủy tặng Giấy khen, 02 tập thể được đề nghị UBND tỉnh tặng Bằng "
     "khen.", [("commend_collective", 48, None), ("commend_individual", 93, None),
               ("commend_proposed_collective", 2, None)]),
    ("Huyện ủy tặng Giấy khen cho 25 tập thể, 04 tập thể và 06 cá nhân được đề nghị Tỉnh ủy khen thưởng.",
     [("commend_collective", 25, None), ("commend_proposed_collective", 4, None),
      ("commend_proposed_individual", 6, None)]),
    ("Ban Thường vụ khen thưởng 20 tập thể, 15 cá nhân; 03 tập thể đề nghị cấp trên khen thưởng.",
     [("commend_collective", 20, None), ("commend_individual", 15, None), ("commend_proposed_collective", 3, None)]),
    # near-misses: a proposal that is a verb of its own governs the next counts; given on a proposal from below
    ("Khen thưởng 20 tập thể, 10 cá nhân và đề nghị Tỉnh ủy khen thưởng 01 tập thể, 02 cá nhân.",
     [("commend_collective", 20, None), ("commend_individual", 10, None), ("commend_proposed_collective", 1, None),
      ("commend_proposed_individual", 2, None)]),
    ("Huyện ủy khen thưởng 12 tập thể theo đề nghị của Ban Tuyên giáo.", [("commend_collective", 12, None)]),
    ("02 tập thể được đề nghị tặng Bằng khen, 05 cá nhân được Huyện ủy khen thưởng.",
     [("commend_proposed_collective", 2, None), ("commend_individual", 5, None)]),
    ("Đề nghị Tỉnh ủy khen thưởng 01 tập thể, 02 cá nhân có thành tích xuất sắc.",
     [("commend_proposed_collective", 1, None), ("commend_proposed_individual", 2, None)]),
])
def test_a_count_whose_own_predicate_says_it_was_proposed_is_proposed(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Toàn huyện có 58 mô hình (tăng 9 mô hình so với năm 2021), trong đó có 37 mô hình tập thể, 21 mô hình cá nhân.",
     [("models_total", 58, None), ("models_collective", 37, None), ("models_individual", 21, None)]),
    ("Xã có 30 mô hình (giảm 2 mô hình so với năm trước), trong đó 12 mô hình mới.",
     [("models_total", 30, None), ("models_new", 12, None)]),
    ("Tỷ lệ đảng viên đăng ký đạt 98% (tăng 1% so với năm 2022), đoàn viên, hội viên đạt 85%.",
     [("reg_party_members_pct", 98, None), ("reg_union_members_pct", 85, None)]),
    # near-misses: a comparison still open before the figure, or in its own brackets, still blocks
    ("Toàn huyện có 96 mô hình (so với năm 2022: 90 mô hình).", [("models_total", 96, None)]),
    ("Toàn huyện có 96 mô hình, tăng 6 mô hình so với năm 2022: 90 mô hình.", [("models_total", 96, None)]),
])
def test_a_comparison_closed_in_brackets_blocks_no_later_figure(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Có 98,7% cán bộ, đảng viên; 91,2% công chức, viên chức không phải là đảng viên đăng ký học tập và làm theo.",
     [("reg_party_members_pct", 98.7, None), ("reg_civil_servants_pct", 91.2, None)]),
    ("Có 99% đảng viên; 90% CCVC, LLVT không là đảng viên; 75% đoàn viên, hội viên đăng ký làm theo.",
     [("reg_party_members_pct", 99, None), ("reg_civil_servants_pct", 90, None), ("reg_union_members_pct", 75, None)]),
    # near-misses: a rate with a predicate of its own keeps it; what else members did is no registration
    ("Có 98% đảng viên tham gia học tập; 91% CCVC không là đảng viên đăng ký.", [("reg_civil_servants_pct", 91, None)]),
    ("Có 98% đảng viên; 91% CCVC không là đảng viên tham gia học tập.", []),
])
def test_rates_listed_across_semicolons_share_the_last_one_s_predicate(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ đảng viên đăng ký đạt 98,2% (năm 2021 là 96,5%).",
     [("reg_party_members_pct", 98.2, 2023), ("reg_party_members_pct", 96.5, 2021)]),
    ("Có 95% CCVC, LLVT không là đảng viên đăng ký (năm 2022 đạt 91%).",
     [("reg_civil_servants_pct", 95, 2023), ("reg_civil_servants_pct", 91, 2022)]),
    # near-misses: a change in the brackets; what else members did
    ("Tỷ lệ đảng viên đăng ký đạt 98,2% (năm 2021 tăng 2%).", [("reg_party_members_pct", 98.2, 2023)]),
    ("Tỷ lệ đảng viên tham gia học tập đạt 98,2% (năm 2021 là 96,5%).", []),
])
def test_a_rate_in_brackets_after_a_year_is_that_year_s(text, expected):
    got = [(p.metric, p.value, p.year) for p in propose([text], "848", 2023)]
    assert got == [(m, float(v), y) for m, v, y in expected]


@pytest.mark.parametrize("text,expected", [
    ("Tổng số mô hình học tập và làm theo là 186, trong đó mô hình tập thể 118, cá nhân 68.",
     [("models_total", 186, None), ("models_collective", 118, None), ("models_individual", 68, None)]),
    ("Toàn huyện có 75 mô hình, trong đó mô hình tập thể 50, cá nhân 25.",
     [("models_total", 75, None), ("models_collective", 50, None), ("models_individual", 25, None)]),
    # near-misses: the kinds of the new ones are no kind of the total
    ("Xây dựng mới 15 mô hình (10 tập thể, 05 cá nhân).", [("models_new", 15, None)]),
    ("Trong đó mô hình mới 15, cá nhân 5.", [("models_new", 15, None)]),
])
def test_the_other_kind_after_a_models_kind_and_its_number_is_that_kind(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Các tổ chức đoàn thể có đoàn viên, hội viên đăng ký 21.530/30.120 người.",
     [("reg_union_members_pct", 71.48, 21530, 30120)]),
    ("Toàn huyện có đảng viên đăng ký 1.204/1.230 đồng chí.", [("reg_party_members_pct", 97.89, 1204, 1230)]),
    ("Đảng bộ hiện có 3.915 đảng viên; số đảng viên đăng ký học tập và làm theo là 3.902 đồng chí.",
     [("reg_party_members_pct", 99.67, 3902, 3915)]),
    ("Đảng bộ có 320 đảng viên, trong đó 312 đảng viên đã đăng ký học tập và làm theo.",
     [("reg_party_members_pct", 97.5, 312, 320)]),
    # near-misses: what else they did, who did not, another commune's count, a ratio of something else done
    ("Đảng bộ có 320 đảng viên, trong đó 300 đảng viên tham gia học tập.", []),
    ("Đảng bộ có 320 đảng viên; 8 đảng viên chưa đăng ký.", []),
    ("Xã Long Sơn có 300 đảng viên; xã Hiệp Hòa có 290 đảng viên đăng ký.", []),
    ("Đảng bộ hiện có 3.915 đảng viên; 3.800 đảng viên được tặng huy hiệu.", []),
    ("Đoàn viên, hội viên tham gia 21.530/30.120 người.", []),
    ("Đảng bộ có 320 đảng viên, kết nạp 12 đảng viên mới đăng ký.", []),
    # near-misses: the total's parts, listed or in brackets, are no numerator
    ("Có 220 chi bộ trực thuộc (97 chi bộ ấp, khóm và 123 chi bộ ngành) hoàn thành việc chỉ đạo đảng viên xây dựng "
     "kế hoạch.", []),
    ("Có 220 chi bộ, trong đó 97 chi bộ ấp và 123 chi bộ ngành hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch.",
     []),
])
def test_a_rate_stated_as_its_counts_with_the_population_before_them(text, expected):
    got = [(p.metric, round(p.value, 2), p.numerator, p.denominator) for p in propose([text], "848", 2023)]
    assert got == [(m, float(v), float(a), float(b)) for m, v, a, b in expected]


@pytest.mark.parametrize("text,expected", [
    ("Có 04 mô hình được thẩm định là mô hình điểm cấp huyện.", [("models_pilot", 4, None)]),
    ("Năm 2023, 02 mô hình được xét duyệt là mô hình điểm.", [("models_pilot", 2, None)]),
    # near-misses: appraised only, or the pilots appraised
    ("Có 17 mô hình được thẩm định.", []),
    ("Hội đồng thẩm định 5 mô hình điểm.", []),
    ("Có 5 mô hình được kiểm tra tại mô hình điểm.", []),
])
def test_models_appraised_as_pilot_models_are_the_pilots(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,unit,expected", [
    ("Tỷ lệ đảng viên đăng ký toàn tỉnh đạt 98,5%, Huyện ủy Chi Lăng đạt 99,2%, Huyện ủy Bắc Sơn đạt 98,9%, thấp nhất "
     "là Huyện ủy Lộc Bình 96,4%.", "20",
     [("reg_party_members_pct", 98.5, None, None), ("reg_party_members_pct", 99.2, None, "Huyện ủy Chi Lăng"),
      ("reg_party_members_pct", 98.9, None, "Huyện ủy Bắc Sơn"),
      ("reg_party_members_pct", 96.4, None, "Huyện ủy Lộc Bình")]),
    ("Tỷ lệ đảng viên đăng ký đạt 99,5%, Thị ủy Mường Lay đạt 100%.", "11",
     [("reg_party_members_pct", 99.5, None, None), ("reg_party_members_pct", 100, None, "Thị ủy Mường Lay")]),
    ("Xã Mỹ Long Bắc có 100% đảng viên đăng ký, xã Mỹ Long Nam đạt 97,8%, thấp nhất là xã Hiệp Hòa 95%.", "848",
     [("reg_party_members_pct", 100, None, "Xã Mỹ Long Bắc"), ("reg_party_members_pct", 97.8, None, "xã Mỹ Long Nam"),
      ("reg_party_members_pct", 95, None, "xã Hiệp Hòa")]),
    # near-misses: a district named in a district's own report is no unit below it; a rank naming no unit
    ("Tỷ lệ đảng viên đăng ký đạt 98,5%, cao nhất là Huyện ủy Chi Lăng 99,8%.", "848",
     [("reg_party_members_pct", 98.5, None, None)]),
    ("Tỷ lệ đảng viên đăng ký đạt 98,5%, thấp nhất là 95%.", "848", [("reg_party_members_pct", 98.5, None, None)]),
])
def test_units_named_in_a_list_after_a_rate_each_get_the_same_rate(text, unit, expected):
    assert _unit_figures(text, unit) == [(m, float(v), q, u) for m, v, q, u in expected]


@pytest.mark.parametrize("text,expected", [
    ("Xã Long Sơn có 01 mô hình điểm “Dân vận khéo”, xã Hiệp Hòa có 01 mô hình điểm “Camera an ninh”.",
     [("models_pilot", 1, None, "Xã Long Sơn"), ("models_pilot", 1, None, "xã Hiệp Hòa")]),
    ("Huyện đã lựa chọn 3 mô hình điểm là mô hình “Dân vận khéo” tại xã An Lục, mô hình “Khu dân cư văn minh” tại xã "
     "Long Trì.", [("models_pilot", 3, None, None)]),
    # near-misses: a count of another programme's models, or that programme's pilots
    ("Toàn huyện có 25 mô hình là mô hình “Dân vận khéo”.", []),
    ("Mô hình “Dân vận khéo” có 5 mô hình điểm.", []),
])
def test_a_pilot_model_s_own_name_is_no_other_programme(text, expected):
    assert _unit_figures(text) == [(m, float(v), q, u) for m, v, q, u in expected]


@pytest.mark.parametrize("text,unit,expected", [
    ("Khen thưởng 30 tập thể, trong đó Huyện ủy Đức Thọ có 02 tập thể, 03 cá nhân.", "42",
     [("commend_collective", 30, None, None), ("commend_collective", 2, None, "Huyện ủy Đức Thọ"),
      ("commend_individual", 3, None, "Huyện ủy Đức Thọ")]),
    ("Huyện ủy khen thưởng 21 tập thể, trong đó xã Long Sơn có 03 tập thể.", "848",
     [("commend_collective", 21, None, None), ("commend_collective", 3, None, "xã Long Sơn")]),
    ("Huyện ủy Kiên Hải và Huyện ủy Tân Hiệp mỗi đơn vị có 02 mô hình điểm.", "91",
     [("models_pilot", 2, None, "Huyện ủy Kiên Hải"), ("models_pilot", 2, None, "Huyện ủy Tân Hiệp")]),
    ("Xã Long Sơn và xã Hiệp Hòa mỗi xã có 02 tập thể được Huyện ủy khen thưởng.", "848",
     [("commend_collective", 2, None, "Xã Long Sơn"), ("commend_collective", 2, None, "xã Hiệp Hòa")]),
    ("Xã Long Sơn và xã Hiệp Hòa đạt tỷ lệ đảng viên đăng ký 100%.", "848",
     [("reg_party_members_pct", 100, None, "Xã Long Sơn"), ("reg_party_members_pct", 100, None, "xã Hiệp Hòa")]),
    ("Xã Long Sơn, xã Hiệp Hòa và xã Vĩnh Kim mỗi xã đạt 100% đảng viên đăng ký.", "848",
     [("reg_party_members_pct", 100, None, "Xã Long Sơn"), ("reg_party_members_pct", 100, None, "xã Hiệp Hòa"),
      ("reg_party_members_pct", 100, None, "xã Vĩnh Kim")]),
    # near-misses: a part of the same kind with no unit named; a count of both together; a rule per unit
    ("Huyện ủy khen thưởng 21 tập thể, trong đó 04 tập thể ở khối cơ quan.", "848",
     [("commend_collective", 21, None, None)]),
    ("Xã Long Sơn và xã Hiệp Hòa có 12 mô hình.", "848", []),
    ("Mỗi xã có 02 mô hình điểm.", "848", []),
    ("Xã Long Sơn và xã Hiệp Hòa mỗi xã chọn ít nhất 01 mô hình điểm.", "848", []),
])
def test_named_units_each_with_their_own_figure(text, unit, expected):
    assert _unit_figures(text, unit) == [(m, float(v), q, u) for m, v, q, u in expected]


@pytest.mark.parametrize("text,expected", [
    ("Thực hiện Chỉ thị số 05-CT/TW, Huyện ủy Văn Giang đã ban hành Kế hoạch số 42-KH/HU và 02 hướng dẫn thực hiện.",
     [("plans_issued", 3, None)]),
    ("Huyện ủy ban hành Kế hoạch số 86-KH/HU về thực hiện chuyên đề năm 2023 và 04 hướng dẫn.",
     [("plans_issued", 5, None)]),
    ("Ban Thường vụ Thị ủy đã ban hành Kế hoạch số 20-KH/TU và 01 hướng dẫn.", [("plans_issued", 2, None)]),
    # near-misses: another body's code, no subject of its own, a plan implemented, a guidance named first
    ("Huyện ủy ban hành Kế hoạch số 15-KH/BTGHU và 02 hướng dẫn.", []),
    ("Ban Tuyên giáo ban hành Kế hoạch số 15-KH/HU và 02 hướng dẫn.", []),
    ("Huyện ủy thực hiện Kế hoạch số 15-KH/TU và 02 hướng dẫn.", []),
    ("Huyện ủy đã ban hành Hướng dẫn số 07-HD/HU và 02 kế hoạch triển khai.", []),
])
def test_a_plan_the_committee_issued_under_its_own_number_is_counted_with_the_plans_beside_it(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Các xã Tân Hiệp, Thuận Bình, Thạnh An mỗi xã có 07 mô hình gắn với sản xuất nông nghiệp.",
     [("models_total", 7, None, "xã Tân Hiệp"), ("models_total", 7, None, "xã Thuận Bình"),
      ("models_total", 7, None, "xã Thạnh An")]),
    ("Các xã Long Sơn và Hiệp Hòa mỗi xã có 02 mô hình điểm.",
     [("models_pilot", 2, None, "xã Long Sơn"), ("models_pilot", 2, None, "xã Hiệp Hòa")]),
    # near-misses: no "mỗi": all of them or each? none; a rule per year
    ("Các xã Long Sơn, Hiệp Hòa có 12 mô hình.", []),
    ("Các xã Long Sơn, Hiệp Hòa mỗi năm xây dựng 2 mô hình.", []),
    ("Các xã mỗi xã có 2 mô hình điểm.", []),
])
def test_communes_listed_under_one_level_word_before_moi_xa_get_one_figure_each(text, expected):
    assert _unit_figures(text) == [(m, float(v), q, u) for m, v, q, u in expected]


@pytest.mark.parametrize("text,unit,expected", [
    ("Huyện ủy Ba Tri và Huyện ủy Chợ Lách được biểu dương là hai đơn vị có nhiều mô hình hiệu quả (lần lượt 120 và "
     "85 mô hình).", "83",
     [("models_total", 120, None, "Huyện ủy Ba Tri"), ("models_total", 85, None, "Huyện ủy Chợ Lách")]),
    ("Xã Long Sơn, xã Hiệp Hòa và xã Vĩnh Kim có lần lượt 14, 10 và 8 mô hình.", "848",
     [("models_total", 14, None, "Xã Long Sơn"), ("models_total", 10, None, "xã Hiệp Hòa"),
      ("models_total", 8, None, "xã Vĩnh Kim")]),
    ("Xã Long Sơn và xã Hiệp Hòa có tỷ lệ đảng viên đăng ký lần lượt là 98% và 97%.", "848",
     [("reg_party_members_pct", 98, None, "Xã Long Sơn"), ("reg_party_members_pct", 97, None, "xã Hiệp Hòa")]),
    # near-misses: as many names as figures or none; what else members did; no names at all
    ("Xã Long Sơn và xã Hiệp Hòa có lần lượt 14, 10 và 8 mô hình.", "848", []),
    ("Xã Long Sơn và xã Hiệp Hòa có tỷ lệ đảng viên tham gia học tập lần lượt là 98% và 97%.", "848", []),
    ("Huyện có lần lượt 14 và 10 mô hình.", "848", []),
])
def test_figures_given_respectively_go_to_the_units_named_in_order(text, unit, expected):
    assert _unit_figures(text, unit) == [(m, float(v), q, u) for m, v, q, u in expected]


@pytest.mark.parametrize("text,unit,expected", [
    ("Huyện ủy Giao Thủy và Huyện ủy Xuân Trường là hai đơn vị có tỷ lệ đoàn viên, hội viên đăng ký trên 85%.", "36",
     [("reg_union_members_pct", 85, "trên", "Huyện ủy Giao Thủy"),
      ("reg_union_members_pct", 85, "trên", "Huyện ủy Xuân Trường")]),
    ("Xã Long Sơn và xã Hiệp Hòa là 02 đơn vị có tỷ lệ đảng viên đăng ký 100%.", "848",
     [("reg_party_members_pct", 100, None, "Xã Long Sơn"), ("reg_party_members_pct", 100, None, "xã Hiệp Hòa")]),
    # near-misses: a count of both together stays none
    ("Xã Long Sơn và xã Hiệp Hòa là 02 đơn vị có 30 mô hình.", "848", []),
])
def test_units_named_and_counted_before_one_rate_get_it_each(text, unit, expected):
    assert _unit_figures(text, unit) == [(m, float(v), q, u) for m, v, q, u in expected]


@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ chi bộ hoàn thành: 98,5%.", [("party_cells_plans_pct", 98.5, None)]),
    ("Kết quả: 100% chi bộ hoàn thành.", [("party_cells_plans_pct", 100, None)]),
    # near-misses: cells that completed something else
    ("Có 100% chi bộ hoàn thành nhiệm vụ.", []),
    ("Tỷ lệ chi bộ hoàn thành xuất sắc nhiệm vụ: 20%.", []),
])
def test_party_cells_completed_with_nothing_else_said_is_the_metric_s_own_label(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Trung tâm Văn hóa - Thông tin và Thể thao huyện phát 104 bản tin và 36 bài viết; Trang thông tin điện tử "
     "huyện đăng 85 tin, bài; Fanpage của huyện đăng, chia sẻ 412 tin, bài.",
     [("propaganda_broadcasts", 140, None), ("propaganda_articles", 85, None),
      ("propaganda_social_posts", 412, None)]),
    ("Trung tâm Văn hóa, Thể thao và Truyền thông thị xã đã phát 60 bản tin, 22 bài viết về gương người tốt.",
     [("propaganda_broadcasts", 82, None)]),
    ("Trạm Văn hóa xã phát trên 30 bản tin; Bản tin huyện đăng 24 tin, bài.",
     [("propaganda_broadcasts", 30, "trên"), ("propaganda_articles", 24, None)]),
    # near-misses: published, not broadcast; a medium after the items says where they went; another count's clause
    ("Ban Tuyên giáo Huyện ủy phát hành 12 số bản tin với 48 tin, bài.", [("propaganda_articles", 48, None)]),
    ("Trung tâm Văn hóa - Thông tin huyện phát 20 tin, bài trên Fanpage của huyện.",
     [("propaganda_social_posts", 20, None)]),
    ("Trung tâm Văn hóa - Thông tin huyện phát 104 bản tin, Trang thông tin điện tử huyện đăng 36 bài viết.",
     [("propaganda_broadcasts", 104, None), ("propaganda_articles", 36, None)]),
    ("Các xã phát hiện 12 mô hình mới.", [("models_new", 12, None)]),
])
def test_items_after_a_verb_of_broadcasting_are_broadcasts(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Năm 2022, 100% chi bộ trực thuộc đã chỉ đạo đảng viên xây dựng kế hoạch học tập và làm theo gắn với bản cam "
     "kết tu dưỡng, rèn luyện, phấn đấu; tỷ lệ đảng viên đăng ký đạt 99,1%, CCVC không là đảng viên đạt 96,5%, đoàn "
     "viên, hội viên trên 85%.",
     [("party_cells_plans_pct", 100, None), ("reg_party_members_pct", 99.1, None),
      ("reg_civil_servants_pct", 96.5, None), ("reg_union_members_pct", 85, "trên")]),
    ("Tỷ lệ đảng viên đăng ký 98,2%, CCVC, LLVT không là đảng viên 93%, đoàn viên, hội viên hơn 80%.",
     [("reg_party_members_pct", 98.2, None), ("reg_civil_servants_pct", 93, None),
      ("reg_union_members_pct", 80, "hơn")]),
    ("Các chi bộ gắn kế hoạch với việc rèn luyện, phấn đấu của đảng viên; tỷ lệ đảng viên đăng ký đạt 97%.",
     [("reg_party_members_pct", 97, None)]),
    # near-misses: a target stays one; an item that is no population of the rate, or no rate, stays none
    ("Chi bộ phấn đấu 100% đảng viên đăng ký học tập và làm theo.", []),
    ("Tỷ lệ đảng viên đăng ký đạt 99,1%, đảng viên tham gia học tập 100%.", [("reg_party_members_pct", 99.1, None)]),
    ("Tỷ lệ đảng viên đăng ký đạt 99,1%, đoàn viên 85%.", [("reg_party_members_pct", 99.1, None)]),
    ("Tỷ lệ đảng viên đăng ký đạt 99,1%, CCVC 45 người.", [("reg_party_members_pct", 99.1, None)]),
])
def test_rates_listed_after_a_rate_word_s_first_rate_and_the_commitment_s_striving(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,expected", [
    ("Tính đến tháng 11/2023, 4.210/4.288 đảng viên (98,18%) và 512/540 công chức, viên chức không là đảng viên "
     "(94,81%) đã đăng ký học tập và làm theo.",
     [("reg_party_members_pct", 98.18, None), ("reg_civil_servants_pct", 94.81, None)]),
    ("Có 1.230/1.250 đảng viên (đạt 98,4%), 310/330 CCVC không là đảng viên (đạt 93,94%) đăng ký.",
     [("reg_party_members_pct", 98.4, None), ("reg_civil_servants_pct", 93.94, None)]),
    # near-miss: the shared predicate is something else than registering
    ("Có 1.230/1.250 đảng viên (98,4%) và 310/330 CCVC không là đảng viên (93,94%) tham gia học tập chuyên đề.", []),
])
def test_rates_stated_as_counts_with_the_rate_in_brackets_share_the_predicate_after_them(text, expected):
    assert figures(text) == [(m, float(v), q) for m, v, q in expected]


@pytest.mark.parametrize("text,unit,expected", [
    ("Thị trấn Bình Mỹ có 11 mô hình, xã Tràng An có 9 mô hình, xã Đồn Xá có 7 mô hình được thẩm định, đưa vào "
     "triển khai.", "352",
     [("models_total", 11, None, "Thị trấn Bình Mỹ"), ("models_total", 9, None, "xã Tràng An"),
      ("models_total", 7, None, "xã Đồn Xá")]),
    ("Đảng ủy xã Long Sơn có 97,8% đảng viên, 95% công chức, viên chức không là đảng viên đăng ký; 21 mô hình được "
     "thẩm định và triển khai.", "848",
     [("reg_party_members_pct", 97.8, None, "Đảng ủy xã Long Sơn"),
      ("reg_civil_servants_pct", 95, None, "Đảng ủy xã Long Sơn"), ("models_total", 21, None, "Đảng ủy xã Long Sơn")]),
    ("Toàn huyện có 64 mô hình được thẩm định và đưa vào thực hiện.", "848", [("models_total", 64, None, None)]),
    # near-misses: appraised only, or appraised and then something else than carried out
    ("Toàn huyện có 17 mô hình được thẩm định.", "848", []),
    ("Ban Tuyên giáo Huyện ủy thẩm định 17 mô hình đăng ký mới.", "848", []),
    ("Toàn huyện có 17 mô hình được thẩm định, đánh giá.", "848", []),
    ("Toàn huyện có 17 mô hình được thẩm định, 12 mô hình đã sơ kết.", "848", []),
])
def test_models_appraised_and_carried_out_are_the_year_s_models(text, unit, expected):
    assert _unit_figures(text, unit) == [(m, float(v), q, u) for m, v, q, u in expected]
