"""Sentences in the register of the reports, each with the figures it states (possibly none).

Written by hand from DOMAIN.md, data/metrics.csv and the seed reports, by someone who has not read the extractor.
The sentences are invented; the units and years are real (data/reference/), the figures are plausible, not real.

SENTENCES is a list of dict(text, unit_code, year, figures[, note]):
  unit_code, year  what the title block of the report would give ("HUYỆN ỦY CẦU NGANG ... NĂM 2023"): a district
                   (352 Bình Lục, 800 Thạnh Hóa, 848 Cầu Ngang, 872 Tháp Mười), a commune (29443 Xã Long Sơn,
                   old map), a province (87 Tỉnh Đồng Tháp, old map) or a commune of the new map (29455 Xã Hiệp Mỹ,
                   2025).
  figures          dict(metric, value, qualifier) for every figure of a catalogue metric the sentence states, in
                   the order stated. value is a Python number in percent units for rates; qualifier is None
                   (exact) or the bounding word as written, lowercased ("trên", "hơn", "gần", "khoảng", "dưới",
                   "xấp xỉ"; ">" where the sign is written); "đạt" is not a qualifier. Optional keys:
                   numerator/denominator (a rate stated as x/y or with its count), parts (the text gives the figure
                   as a sum), unit_name and unit_code (the figure is a sub-unit's, named so in the text, not the
                   title block's unit; unit_code is that unit's code on the same map), year (the figure is for
                   another year than the title block's).
  note             where a reasonable reader could disagree, and how it was decided.
Sentences with no figures carry numbers that are not figures of any metric (dates, document numbers, durations,
ordinals, ages, telephone and page numbers, rates and counts of other things); nothing may be proposed for them.
"""

from __future__ import annotations

from tests.narrative_corpus import F, S

BINH_LUC, THANH_HOA, CAU_NGANG, THAP_MUOI = "352", "800", "848", "872"
LONG_SON = "29443"  # Xã Long Sơn, Huyện Cầu Ngang (old map)
HIEP_MY = "29455"  # Xã Hiệp Mỹ, Tỉnh Vĩnh Long (new map, from 1 July 2025)
DONG_THAP = "87"  # Tỉnh Đồng Tháp (old map)


SENTENCES = [
    # ---- registration -------------------------------------------------------------------------------------------
    S(
        "Đến nay, toàn huyện có 98,5% đảng viên đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        CAU_NGANG,
        2023,
        F("reg_party_members_pct", 98.5),
    ),
    S(
        "Kết quả, có trên 98% cán bộ, đảng viên đăng ký nội dung học tập và làm theo Bác gắn với bản cam kết tu "
        "dưỡng, rèn luyện, phấn đấu năm 2023.",
        BINH_LUC,
        2023,
        F("reg_party_members_pct", 98, "trên"),
    ),
    S(
        "Tỷ lệ đảng viên đăng ký học tập và làm theo đạt 99,2%, tăng 1,2% so với năm 2022.",
        THAP_MUOI,
        2023,
        F("reg_party_members_pct", 99.2),
        note="1,2% is a change from the year before, not a figure",
    ),
    S(
        "Gần 100% đảng viên trong Đảng bộ đã xây dựng kế hoạch học tập và làm theo Bác ngay từ đầu năm.",
        THANH_HOA,
        2024,
        F("reg_party_members_pct", 100, "gần"),
        note="a party member's personal plan is the registration (DOMAIN.md), so 'xây dựng kế hoạch' counts as "
        "registering",
    ),
    S(
        "Đảng bộ xã có 312/320 đảng viên đăng ký học tập và làm theo (đạt 97,5%), số còn lại là đảng viên được miễn "
        "sinh hoạt.",
        LONG_SON,
        2023,
        F("reg_party_members_pct", 97.5, numerator=312, denominator=320),
    ),
    S(
        "Tổng số đảng viên của Đảng bộ huyện là 1.270 đồng chí; số đảng viên đăng ký là 1.245 đồng chí, đạt 98,03%.",
        THANH_HOA,
        2023,
        F("reg_party_members_pct", 98.03, numerator=1245, denominator=1270),
    ),
    S(
        "Có 1.240/1.250 đảng viên đăng ký học tập và làm theo Bác.",
        THAP_MUOI,
        2024,
        F("reg_party_members_pct", 99.2, numerator=1240, denominator=1250),
        note="no percentage is written: the rate is 1240/1250 = 99.2%; proposing the ratio with its numerator and "
        "denominator is the figure",
    ),
    S(
        "100% đảng viên, 95% công chức, viên chức, lực lượng vũ trang không là đảng viên và 85,6% đoàn viên, hội viên "
        "đã đăng ký học tập và làm theo.",
        BINH_LUC,
        2024,
        F("reg_party_members_pct", 100),
        F("reg_civil_servants_pct", 95),
        F("reg_union_members_pct", 85.6),
    ),
    S(
        "Đối với công chức, viên chức và lực lượng vũ trang không phải là đảng viên, có khoảng 85% đăng ký thực hiện.",
        CAU_NGANG,
        2023,
        F("reg_civil_servants_pct", 85, "khoảng"),
    ),
    S(
        "Việc hướng dẫn đoàn viên, hội viên các đoàn thể ở ấp, khóm đăng ký học tập và làm theo đạt hơn 45%.",
        CAU_NGANG,
        2023,
        F("reg_union_members_pct", 45, "hơn"),
    ),
    S(
        "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký: 92,3 %.",
        THAP_MUOI,
        2022,
        F("reg_civil_servants_pct", 92.3),
    ),
    S(
        "- Tỷ lệ đảng viên đăng ký học tập và làm theo: 99,1%;",
        LONG_SON,
        2024,
        F("reg_party_members_pct", 99.1),
    ),
    S(
        "- Đoàn viên, hội viên đăng ký: 1.845/2.050 người, đạt 90%.",
        LONG_SON,
        2024,
        F("reg_union_members_pct", 90, numerator=1845, denominator=2050),
    ),
    S(
        "Tỷ lệ đoàn viên, hội viên đăng ký năm nay đạt 75 phần trăm, cao hơn năm trước.",
        THANH_HOA,
        2023,
        F("reg_union_members_pct", 75),
        note="'cao hơn' compares with last year; it does not bound the figure",
    ),
    S(
        "Đến cuối năm 2022, tỷ lệ đảng viên đăng ký là 97%; năm 2023 nâng lên 98,6%.",
        THAP_MUOI,
        2023,
        F("reg_party_members_pct", 97, year=2022),
        F("reg_party_members_pct", 98.6),
        note="the first rate is last year's, stated in this year's report",
    ),
    S(
        "Hơn 96% đảng viên và trên 70% công chức, viên chức không là đảng viên đã đăng ký làm theo Bác bằng những việc "
        "làm cụ thể.",
        THANH_HOA,
        2022,
        F("reg_party_members_pct", 96, "hơn"),
        F("reg_civil_servants_pct", 70, "trên"),
        note="'công chức, viên chức' without 'lực lượng vũ trang' is still the catalogue's CCVC, LLVT rate",
    ),
    S(
        "- Đảng viên đăng ký học tập và làm theo: >98%.",
        CAU_NGANG,
        2022,
        F("reg_party_members_pct", 98, ">"),
        note="the qualifier is written as the sign '>'; a reader could normalise it to 'trên'",
    ),
    S(
        "Riêng xã Long Sơn, 100% đoàn viên, hội viên ở các ấp đã đăng ký học tập và làm theo.",
        CAU_NGANG,
        2023,
        F("reg_union_members_pct", 100, unit_name="xã Long Sơn", unit_code="29443"),
    ),
    S(
        "Riêng xã Thủy Đông, tỷ lệ đoàn viên, hội viên đăng ký chỉ đạt dưới 50% do nhiều hội viên đi làm ăn xa.",
        THANH_HOA,
        2023,
        F("reg_union_members_pct", 50, "dưới", unit_name="xã Thủy Đông", unit_code="27883"),
    ),
    S(
        "Toàn huyện có 5.120 đảng viên đăng ký học tập và làm theo trên tổng số 5.216 đảng viên, đạt 98,16%.",
        THAP_MUOI,
        2023,
        F("reg_party_members_pct", 98.16, numerator=5120, denominator=5216),
        note="'trên tổng số' means 'out of', not 'above'",
    ),
    S(
        "Xấp xỉ 99% đảng viên trong toàn Đảng bộ đã đăng ký học tập và làm theo gắn với thực hiện Quy định "
        "08-QĐi/TW về trách nhiệm nêu gương.",
        BINH_LUC,
        2022,
        F("reg_party_members_pct", 99, "xấp xỉ"),
    ),
    S(
        "99,5% CBĐV đăng ký học tập và làm theo gương Bác bằng những việc làm cụ thể.",
        BINH_LUC,
        2023,
        F("reg_party_members_pct", 99.5),
        note="CBĐV = cán bộ, đảng viên, read as the party members' rate",
    ),
    S(
        "- ĐVHV đăng ký: 87%.",
        THAP_MUOI,
        2024,
        F("reg_union_members_pct", 87),
    ),
    S(
        "Đảng bộ xã có 246 đảng viên đăng ký học tập và làm theo (98,4%).",
        LONG_SON,
        2022,
        F("reg_party_members_pct", 98.4, numerator=246),
    ),
    S(
        "Nhờ mô hình, tỷ lệ hộ nghèo của xã giảm còn 1,5%; 100% đảng viên của Đảng bộ xã đăng ký học tập và làm theo.",
        LONG_SON,
        2024,
        F("reg_party_members_pct", 100),
        note="1,5% (poor households) is not a figure",
    ),
    # ---- plans and party cells ---------------------------------------------------------------------------------
    S(
        "Đảng ủy xã đã chỉ đạo 100% chi bộ hoàn thành việc hướng dẫn đảng viên xây dựng kế hoạch học tập và làm theo.",
        LONG_SON,
        2023,
        F("party_cells_plans_pct", 100),
    ),
    S(
        "Có 45/46 chi bộ trực thuộc hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch, đạt 97,8%.",
        BINH_LUC,
        2022,
        F("party_cells_plans_pct", 97.8, numerator=45, denominator=46),
    ),
    S(
        "Ban Thường vụ Huyện ủy đã ban hành 08 kế hoạch, hướng dẫn triển khai thực hiện Kết luận số 01-KL/TW và "
        "chuyên đề năm 2023.",
        THAP_MUOI,
        2023,
        F("plans_issued", 8),
    ),
    S(
        "Ban hành 5 kế hoạch và 3 hướng dẫn để lãnh đạo, chỉ đạo thực hiện.",
        BINH_LUC,
        2022,
        F("plans_issued", 8, parts=[5, 3]),
        note="the metric counts plans and guidance documents together: 8 = 5 + 3; proposing 5 and 3 separately "
        "under plans_issued is the other defensible reading",
    ),
    S(
        "Trong năm, Đảng ủy xã ban hành 4 kế hoạch, hướng dẫn; 100% chi bộ tổ chức quán triệt chuyên đề năm.",
        LONG_SON,
        2024,
        F("plans_issued", 4),
        note="'100% chi bộ tổ chức quán triệt' is about holding briefings, not party_cells_plans_pct (cells that "
        "completed directing members' plans); a reader could disagree",
    ),
    S(
        "Số kế hoạch, hướng dẫn ban hành: 12 văn bản.",
        THANH_HOA,
        2024,
        F("plans_issued", 12),
    ),
    S(
        "Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ ban hành mười kế hoạch, hướng dẫn về học tập và làm theo "
        "Bác trong năm 2024.",
        THANH_HOA,
        2024,
        F("plans_issued", 10),
    ),
    S(
        "Kết quả, 100% chi bộ hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch; 99% đảng viên và 90% đoàn viên, "
        "hội viên đăng ký học tập và làm theo.",
        BINH_LUC,
        2023,
        F("party_cells_plans_pct", 100),
        F("reg_party_members_pct", 99),
        F("reg_union_members_pct", 90),
    ),
    # ---- models -------------------------------------------------------------------------------------------------
    S(
        "Toàn huyện duy trì 112 mô hình học tập và làm theo Bác, trong đó 70 mô hình tập thể và 42 mô hình cá nhân.",
        CAU_NGANG,
        2023,
        F("models_total", 112),
        F("models_collective", 70),
        F("models_individual", 42),
    ),
    S(
        "Trong năm, các chi, đảng bộ xây dựng mới 12 mô hình, nâng tổng số mô hình toàn huyện lên 108 mô hình.",
        THAP_MUOI,
        2023,
        F("models_new", 12),
        F("models_total", 108),
    ),
    S(
        "Ban Thường vụ Huyện ủy chọn 04 mô hình điểm cấp huyện để chỉ đạo thực hiện và rút kinh nghiệm nhân rộng.",
        THANH_HOA,
        2024,
        F("models_pilot", 4),
    ),
    S(
        "Mô hình “Ngày thứ bảy với dân” đã được nhân rộng ở 15/15 xã, thị trấn.",
        BINH_LUC,
        2024,
        F("model_replication_pct", 100, numerator=15, denominator=15),
    ),
    S(
        "Mô hình “Dân vận khéo” được nhân rộng ra 12/15 xã, thị trấn, đạt 80%.",
        CAU_NGANG,
        2024,
        F("model_replication_pct", 80, numerator=12, denominator=15),
    ),
    S(
        "Đảng ủy xã Long Sơn duy trì 8 mô hình, gồm 5 mô hình tập thể và 3 mô hình cá nhân.",
        LONG_SON,
        2023,
        F("models_total", 8),
        F("models_collective", 5),
        F("models_individual", 3),
    ),
    S(
        "- Số mô hình học tập và làm theo Bác: 85 mô hình (tập thể: 50; cá nhân: 35).",
        THAP_MUOI,
        2022,
        F("models_total", 85),
        F("models_collective", 50),
        F("models_individual", 35),
    ),
    S(
        "Xây dựng mới mười hai mô hình học tập và làm theo Bác trên các lĩnh vực kinh tế, văn hóa - xã hội, cải cách "
        "hành chính.",
        BINH_LUC,
        2023,
        F("models_new", 12),
    ),
    S(
        "Toàn huyện có tổng số 134 mô hình; trong đó, mô hình tập thể 81, mô hình cá nhân 53; mô hình mới 20.",
        THANH_HOA,
        2023,
        F("models_total", 134),
        F("models_collective", 81),
        F("models_individual", 53),
        F("models_new", 20),
    ),
    S(
        "Duy trì 108 mô hình, tăng 12 mô hình so với năm 2022.",
        CAU_NGANG,
        2023,
        F("models_total", 108),
        note="12 is the net change from 2022, not models_new (some models may have ended); a reader could take it "
        "for the new models",
    ),
    S(
        "Đăng ký thực hiện 3 mô hình tập thể và 7 mô hình cá nhân trong năm 2024.",
        LONG_SON,
        2024,
        F("models_collective", 3),
        F("models_individual", 7),
        note="models_total 10 is not written; proposing it would be inferred, not read",
    ),
    S(
        "Huyện ủy lựa chọn 2 mô hình điểm: mô hình “Tổ tiết kiệm mua bảo hiểm y tế hộ gia đình” (Hội LHPN xã Long Sơn) "
        "và mô hình “Mẹ đỡ đầu” (Chi bộ Khối Đoàn thể huyện).",
        CAU_NGANG,
        2023,
        F("models_pilot", 2),
    ),
    S(
        "Có 100% xã, thị trấn nhân rộng mô hình “Bộ phận một cửa thân thiện”.",
        THAP_MUOI,
        2023,
        F("model_replication_pct", 100),
    ),
    S(
        "Trong đó, có 27 mô hình mới đăng ký trong năm 2024.",
        THANH_HOA,
        2024,
        F("models_new", 27),
    ),
    S(
        "Các đảng bộ, chi bộ đăng ký gần 150 mô hình, cách làm hay.",
        BINH_LUC,
        2024,
        F("models_total", 150, "gần"),
    ),
    S(
        "Đến nay, toàn huyện có trên 200 mô hình học tập và làm theo Bác, trong đó có hơn 60 mô hình tập thể.",
        THAP_MUOI,
        2024,
        F("models_total", 200, "trên"),
        F("models_collective", 60, "hơn"),
    ),
    S(
        "Mô hình tập thể: 40 mô hình; mô hình cá nhân: 25 mô hình; tổng cộng 65 mô hình.",
        CAU_NGANG,
        2021,
        F("models_collective", 40),
        F("models_individual", 25),
        F("models_total", 65),
    ),
    S(
        "Đã có 7 mô hình điểm của huyện được nhân rộng ra 11/11 xã, thị trấn.",
        THANH_HOA,
        2023,
        F("models_pilot", 7),
        F("model_replication_pct", 100, numerator=11, denominator=11),
    ),
    S(
        "Trong 6 tháng đầu năm 2024, các chi bộ đã xây dựng mới 9 mô hình.",
        BINH_LUC,
        2024,
        F("models_new", 9),
        note="a half-year figure in a mid-year report; '6 tháng' is not a figure",
    ),
    S(
        "- Mô hình mới: 14.",
        CAU_NGANG,
        2024,
        F("models_new", 14),
    ),
    S(
        "Xã Trường Xuân có 15 mô hình, nhiều nhất huyện.",
        THAP_MUOI,
        2023,
        F("models_total", 15, unit_name="Xã Trường Xuân", unit_code="30046"),
    ),
    # ---- commendations ------------------------------------------------------------------------------------------
    S(
        "Ban Thường vụ Huyện ủy khen thưởng 15 tập thể và 27 cá nhân có thành tích tiêu biểu trong học tập và làm theo "
        "Bác.",
        CAU_NGANG,
        2023,
        F("commend_collective", 15),
        F("commend_individual", 27),
    ),
    S(
        "Đồng thời, đề nghị cấp trên khen thưởng 3 tập thể có thành tích xuất sắc.",
        BINH_LUC,
        2023,
        F("commend_proposed_collective", 3),
    ),
    S(
        "Dịp sơ kết, Huyện ủy tặng giấy khen cho 12 tập thể, 30 cá nhân; đề nghị Tỉnh ủy tặng bằng khen cho 2 tập thể "
        "và 4 cá nhân.",
        THANH_HOA,
        2022,
        F("commend_collective", 12),
        F("commend_individual", 30),
        F("commend_proposed_collective", 2),
        F("commend_proposed_individual", 4),
    ),
    S(
        "- Khen thưởng: 18 tập thể; 41 cá nhân.",
        THAP_MUOI,
        2023,
        F("commend_collective", 18),
        F("commend_individual", 41),
    ),
    S(
        "- Đề nghị Tỉnh ủy biểu dương, khen thưởng: 01 tập thể; 03 cá nhân.",
        THAP_MUOI,
        2023,
        F("commend_proposed_collective", 1),
        F("commend_proposed_individual", 3),
    ),
    S(
        "Đảng ủy xã biểu dương 6 tập thể và 14 cá nhân điển hình tiêu biểu trong học tập và làm theo Bác.",
        LONG_SON,
        2024,
        F("commend_collective", 6),
        F("commend_individual", 14),
    ),
    S(
        "Đề nghị Ban Thường vụ Huyện ủy khen thưởng hai tập thể và năm cá nhân.",
        LONG_SON,
        2023,
        F("commend_proposed_collective", 2),
        F("commend_proposed_individual", 5),
        note="'năm' is the number five here, not 'year'",
    ),
    S(
        "Qua 5 năm thực hiện Chỉ thị 05, Huyện ủy đã khen thưởng 96 tập thể, 215 cá nhân; đề nghị Tỉnh ủy khen thưởng "
        "8 tập thể, 14 cá nhân.",
        BINH_LUC,
        2021,
        F("commend_collective", 96),
        F("commend_individual", 215),
        F("commend_proposed_collective", 8),
        F("commend_proposed_individual", 14),
        note="totals over the five years 2016-2021, filed under the last year as DOMAIN.md does for Bình Lục; a "
        "reader could say they are not one year's figures",
    ),
    S(
        "Trình Chủ tịch UBND tỉnh tặng bằng khen cho 01 tập thể và 01 cá nhân có thành tích xuất sắc trong học tập và "
        "làm theo Bác.",
        THAP_MUOI,
        2022,
        F("commend_proposed_collective", 1),
        F("commend_proposed_individual", 1),
    ),
    S(
        "Có 22 tập thể và 47 cá nhân được Ban Thường vụ Huyện ủy tặng giấy khen.",
        THANH_HOA,
        2024,
        F("commend_collective", 22),
        F("commend_individual", 47),
    ),
    S(
        "Tại hội nghị, Ban Thường vụ Huyện ủy đã khen thưởng hai mươi mốt tập thể và ba mươi lăm cá nhân tiêu biểu.",
        CAU_NGANG,
        2022,
        F("commend_collective", 21),
        F("commend_individual", 35),
    ),
    S(
        "Sau 3 năm thực hiện Kết luận 01-KL/TW, toàn huyện đã khen thưởng 60 tập thể và 140 cá nhân.",
        THANH_HOA,
        2024,
        F("commend_collective", 60),
        F("commend_individual", 140),
        note="totals over three years (2021-2024) in the 2024 report; a reader could say they are not one year's "
        "figures",
    ),
    S(
        "Ban Thường vụ Đảng ủy xã khen thưởng 04 tập thể và 09 cá nhân; không có trường hợp đề nghị cấp trên khen "
        "thưởng.",
        LONG_SON,
        2022,
        F("commend_collective", 4),
        F("commend_individual", 9),
        note="'không có trường hợp đề nghị' means no proposal: a proposal of 0 for commend_proposed_* is neither "
        "required nor wrong",
    ),
    S(
        "- Đề nghị cấp trên khen thưởng: 0 tập thể, 0 cá nhân.",
        THANH_HOA,
        2024,
        F("commend_proposed_collective", 0),
        F("commend_proposed_individual", 0),
    ),
    S(
        "Huyện ủy Tháp Mười: 20 tập thể, 52 cá nhân được khen thưởng.",
        DONG_THAP,
        2022,
        F("commend_collective", 20, unit_name="Huyện ủy Tháp Mười", unit_code="872"),
        F("commend_individual", 52, unit_name="Huyện ủy Tháp Mười", unit_code="872"),
    ),
    # ---- propaganda ---------------------------------------------------------------------------------------------
    S(
        "Bản tin sinh hoạt nội bộ của Huyện ủy đăng 45 tin, bài về gương người tốt, việc tốt.",
        CAU_NGANG,
        2023,
        F("propaganda_articles", 45),
    ),
    S(
        "Đài Truyền thanh huyện và Trạm Truyền thanh các xã đã phát 120 lượt tin, bài trên hệ thống truyền thanh cơ sở.",
        THAP_MUOI,
        2023,
        F("propaganda_broadcasts", 120),
    ),
    S(
        "Các chi, đảng bộ đã đăng 300 bài trên mạng xã hội Facebook, Zalo.",
        THANH_HOA,
        2023,
        F("propaganda_social_posts", 300),
    ),
    S(
        "Tuyên truyền, đăng tải và chia sẻ trên 250 tin, bài trên các trang mạng xã hội do cơ quan, đơn vị tạo lập.",
        CAU_NGANG,
        2023,
        F("propaganda_social_posts", 250, "trên"),
        note="the first 'trên' bounds 250; the second means 'on'",
    ),
    S(
        "Trạm Truyền thanh xã phát 40 bản tin, 16 bài viết về điển hình tiêu biểu.",
        LONG_SON,
        2023,
        F("propaganda_broadcasts", 56, parts=[40, 16]),
        note="bulletins and articles broadcast are one metric: 56 = 40 + 16 (as DOMAIN.md sums 55 + 25); proposing "
        "40 and 16 separately is the other defensible reading",
    ),
    S(
        "Trang thông tin điện tử huyện đã đăng 36 tin, bài giới thiệu mô hình hay, cách làm hiệu quả.",
        BINH_LUC,
        2023,
        F("propaganda_articles", 36),
        note="the district website is not a social network, so these are articles, not social posts; a reader "
        "could put them with the online items",
    ),
    S(
        "- Tin, bài trên Bản tin huyện: 24; tin, bài chia sẻ trên mạng xã hội: 130; bản tin, bài viết phát thanh: 60.",
        CAU_NGANG,
        2024,
        F("propaganda_articles", 24),
        F("propaganda_social_posts", 130),
        F("propaganda_broadcasts", 60),
    ),
    S(
        "Trong năm, đã đăng tải được hai mươi tư tin, bài trên Tờ Thông tin huyện.",
        CAU_NGANG,
        2022,
        F("propaganda_articles", 24),
    ),
    S(
        "Trên 1.000 lượt tin, bài được chia sẻ trên các nhóm Zalo của chi bộ.",
        THAP_MUOI,
        2024,
        F("propaganda_social_posts", 1000, "trên"),
    ),
    S(
        "Hệ thống truyền thanh cơ sở phát sóng gần 200 bản tin về học tập và làm theo Bác.",
        THANH_HOA,
        2024,
        F("propaganda_broadcasts", 200, "gần"),
    ),
    S(
        "Số tin, bài tuyên truyền: 52 (tăng 10 tin, bài so với năm 2022).",
        THAP_MUOI,
        2023,
        F("propaganda_articles", 52),
        note="10 is a change from 2022, not a figure",
    ),
    # ---- several families in one sentence -------------------------------------------------------------------------
    S(
        "Ban hành 06 kế hoạch, hướng dẫn; khen thưởng 8 tập thể, 19 cá nhân; đăng 30 tin, bài trên bản tin huyện.",
        THANH_HOA,
        2022,
        F("plans_issued", 6),
        F("commend_collective", 8),
        F("commend_individual", 19),
        F("propaganda_articles", 30),
    ),
    S(
        "Thị trấn Mỹ An đạt tỷ lệ 100% đảng viên đăng ký.",
        THAP_MUOI,
        2023,
        F("reg_party_members_pct", 100, unit_name="Thị trấn Mỹ An", unit_code="30037"),
    ),
    S(
        "Đảng ủy xã Hiệp Mỹ ban hành 03 kế hoạch, hướng dẫn; có 98,7% đảng viên đăng ký học tập và làm theo.",
        HIEP_MY,
        2025,
        F("plans_issued", 3),
        F("reg_party_members_pct", 98.7),
    ),
    S(
        "Toàn tỉnh có 98,9% đảng viên đăng ký học tập và làm theo; 2.350 mô hình, trong đó 410 mô hình mới.",
        DONG_THAP,
        2024,
        F("reg_party_members_pct", 98.9),
        F("models_total", 2350),
        F("models_new", 410),
    ),
    S(
        "Đảng viên đăng ký học tập và làm theo đạt 97.8%.",
        THANH_HOA,
        2022,
        F("reg_party_members_pct", 97.8),
        note="a decimal point instead of the Vietnamese comma (text pasted from a web page); one digit after the "
        "point cannot be a thousands group",
    ),
    S(
        "Năm 2023, các chi bộ xây dựng mới 10 mô hình; 100% chi bộ hoàn thành việc chỉ đạo đảng viên xây dựng kế "
        "hoạch học tập và làm theo.",
        THAP_MUOI,
        2023,
        F("models_new", 10),
        F("party_cells_plans_pct", 100),
    ),
    S(
        "Chọn 01 mô hình điểm, xây dựng mới 06 mô hình, nâng tổng số mô hình của Đảng bộ xã lên 18 mô hình.",
        LONG_SON,
        2024,
        F("models_pilot", 1),
        F("models_new", 6),
        F("models_total", 18),
    ),
    S(
        "Kết quả, 98% đảng viên và 100% công chức, viên chức, lực lượng vũ trang không là đảng viên đăng ký; đăng 15 "
        "tin, bài trên mạng xã hội.",
        HIEP_MY,
        2025,
        F("reg_party_members_pct", 98),
        F("reg_civil_servants_pct", 100),
        F("propaganda_social_posts", 15),
    ),
    # ---- numbers that are not figures -----------------------------------------------------------------------------
    S(
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo "
        "đức, phong cách Hồ Chí Minh.",
        CAU_NGANG,
        2022,
    ),
    S(
        "Căn cứ Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW.",
        THAP_MUOI,
        2022,
    ),
    S(
        "Thực hiện Kế hoạch số 12-KH/HU ngày 20/01/2023 của Ban Thường vụ Huyện ủy về học tập và làm theo Bác năm 2023.",
        BINH_LUC,
        2023,
        note="'Kế hoạch số 12' is a document number, not twelve plans",
    ),
    S(
        "Căn cứ Quyết định 1234/QĐ-UBND ngày 10/6/2022 của Ủy ban nhân dân huyện.",
        THANH_HOA,
        2022,
    ),
    S(
        "Sau 7 năm thực hiện Chỉ thị 05, nhận thức của cán bộ, đảng viên về ý nghĩa của việc học tập và làm theo Bác "
        "được nâng lên.",
        CAU_NGANG,
        2023,
    ),
    S(
        "Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW được tổ chức vào tháng 6 năm 2021.",
        BINH_LUC,
        2021,
    ),
    S(
        "Đại hội Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 - 2025 đã xác định học tập và làm theo Bác là nhiệm vụ "
        "thường xuyên.",
        THAP_MUOI,
        2021,
    ),
    S(
        "Quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Trung ương 4 khóa XII, khóa XIII.",
        THANH_HOA,
        2022,
    ),
    S(
        "Đồng chí Thạch Sóc, 72 tuổi, 50 năm tuổi Đảng, là tấm gương tiêu biểu trong học tập và làm theo Bác ở ấp "
        "Sóc Chuối.",
        CAU_NGANG,
        2023,
    ),
    S(
        "Mọi ý kiến xin liên hệ Ban Tuyên giáo Huyện ủy, điện thoại 0294.3827.456.",
        CAU_NGANG,
        2023,
    ),
    S(
        "(Số liệu chi tiết tại Phụ lục 02, trang 5 kèm theo báo cáo này).",
        THAP_MUOI,
        2023,
    ),
    S(
        "Tổng thu ngân sách trên địa bàn tăng 5% so với cùng kỳ.",
        BINH_LUC,
        2023,
    ),
    S(
        "Tỷ lệ hộ nghèo giảm còn 2,1%, tỷ lệ hộ cận nghèo còn 3,4%.",
        CAU_NGANG,
        2023,
    ),
    S(
        "Trong năm, Ban Thường vụ Huyện ủy tổ chức 25 hội nghị quán triệt chuyên đề cho cán bộ, đảng viên.",
        THANH_HOA,
        2023,
    ),
    S(
        "Đảng bộ huyện có 30 chi bộ trực thuộc và 11 đảng bộ cơ sở.",
        THANH_HOA,
        2023,
        note="the number of party cells, not the cells that completed directing plans",
    ),
    S(
        "Mô hình “Tuyến đường hoa” đã vận động 1.200 hộ dân tham gia trồng hoa hai bên đường.",
        BINH_LUC,
        2023,
    ),
    S(
        "Toàn huyện có 98% hộ dân sử dụng nước sạch và 100% xã đạt chuẩn nông thôn mới.",
        THAP_MUOI,
        2023,
    ),
    S(
        "Phấn đấu đến năm 2025 có 100% đảng viên đăng ký học tập và làm theo Bác.",
        CAU_NGANG,
        2023,
        note="a target, not a result: storing it as the year's rate would be wrong; a reader could call it a figure "
        "with a 'target' flag, which the proposal format does not have",
    ),
    S(
        "Mỗi chi bộ xây dựng ít nhất 01 mô hình học tập và làm theo Bác trong năm.",
        THANH_HOA,
        2024,
        note="a rule for every party cell, not a count of models",
    ),
    S(
        "Các mô hình phải bảo đảm 3 nội dung: Học tập Bác, Làm theo Bác và Nêu gương.",
        THANH_HOA,
        2024,
    ),
    S(
        "Mô hình “Mẹ đỡ đầu” của Chi bộ Khối Đoàn thể huyện hiện nhận đỡ đầu 12 em học sinh, mỗi em được hỗ trợ "
        "500.000 đồng mỗi tháng.",
        CAU_NGANG,
        2023,
    ),
    S(
        "Kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023), huyện tổ chức nhiều hoạt động thiết "
        "thực.",
        THAP_MUOI,
        2023,
    ),
    S(
        "Nhân kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2023).",
        BINH_LUC,
        2023,
    ),
    S(
        "Thực hiện Di chúc của Chủ tịch Hồ Chí Minh, sau 55 năm, lời dạy của Người vẫn còn nguyên giá trị.",
        THANH_HOA,
        2024,
    ),
    S(
        "(Kèm theo Báo cáo số 125-BC/HU ngày 15 tháng 12 năm 2022 của Huyện ủy Cầu Ngang)",
        CAU_NGANG,
        2022,
    ),
    S(
        "Cầu Ngang, ngày 20 tháng 12 năm 2022",
        CAU_NGANG,
        2022,
    ),
    S(
        "Hội nghị có 150 đại biểu tham dự, trong đó có 45 đồng chí là bí thư chi bộ.",
        THAP_MUOI,
        2023,
    ),
    S(
        "Tổ chức 12 lớp học tập chuyên đề năm 2023 cho hơn 1.500 lượt cán bộ, đảng viên.",
        BINH_LUC,
        2023,
        note="'hơn 1.500' bounds a count of attendances, which is not a metric",
    ),
    S(
        "Thu ngân sách đạt 105% dự toán, giá trị sản xuất nông nghiệp tăng 4,2%.",
        THANH_HOA,
        2023,
    ),
    S(
        "Huyện đạt 52/57 chỉ tiêu Nghị quyết Đại hội đề ra.",
        THAP_MUOI,
        2023,
    ),
    S(
        "17/17 xã, thị trấn đã tổ chức thành công Đại hội Đảng bộ nhiệm kỳ 2020 - 2025.",
        BINH_LUC,
        2020,
        note="a ratio of communes, but of party congresses held, not of a model replicated",
    ),
    S(
        "Trong quý II năm 2024, Ban Tuyên giáo kiểm tra 6 chi bộ về việc thực hiện Kết luận 01.",
        THANH_HOA,
        2024,
    ),
    S(
        "Thời gian thực hiện mô hình từ tháng 3 đến tháng 11 năm 2024.",
        THANH_HOA,
        2024,
    ),
    S(
        "Căn cứ Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức văn bản.",
        CAU_NGANG,
        2022,
    ),
    S(
        "Thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương.",
        THAP_MUOI,
        2023,
    ),
    S(
        "Căn cứ Luật Thi đua, khen thưởng năm 2022 và Nghị định 98/2023/NĐ-CP.",
        THAP_MUOI,
        2023,
    ),
    S(
        "Tờ Thông tin Cầu Ngang số 24 phát hành tháng 8 năm 2023.",
        CAU_NGANG,
        2023,
        note="an issue number of the bulletin, not 24 articles",
    ),
    S(
        "Chuyên mục “Sáng mãi tấm gương đạo đức Hồ Chí Minh” phát sóng vào 19 giờ thứ Năm hằng tuần.",
        CAU_NGANG,
        2023,
    ),
    S(
        "Mô hình “Nuôi cua đinh thương phẩm” giúp 35 hộ hội viên có thu nhập trên 100 triệu đồng/năm.",
        CAU_NGANG,
        2022,
    ),
    S(
        "Tỷ lệ tham gia bảo hiểm y tế toàn dân đạt 93,5%.",
        CAU_NGANG,
        2023,
    ),
    S(
        "Đoàn kiểm tra số 3 của Ban Thường vụ Huyện ủy làm việc với 4 đảng bộ xã.",
        BINH_LUC,
        2023,
    ),
    S(
        "Xã Long Sơn có 14 ấp với 2.860 hộ, trong đó 65% là đồng bào Khmer.",
        LONG_SON,
        2023,
    ),
    S(
        "Năm 2023 là năm thứ 3 thực hiện Kết luận 01-KL/TW và Chuyên đề toàn khóa.",
        THAP_MUOI,
        2023,
    ),
    S(
        "Cuộc thi tìm hiểu về Bác thu hút 3.450 bài dự thi; Ban Tổ chức trao 1 giải nhất, 2 giải nhì và 3 giải ba.",
        THANH_HOA,
        2023,
        note="contest entries are not propaganda articles, and prizes to contestants are not commendations of "
        "collectives or individuals",
    ),
    S(
        "Đảng bộ có 1.270 đảng viên, sinh hoạt tại 64 chi bộ.",
        THANH_HOA,
        2023,
        note="a bare total of party members: the denominator of a rate, not a figure by itself",
    ),
    S(
        "Ban Thường vụ Huyện ủy đã kết nạp 126 đảng viên mới trong năm 2023.",
        THAP_MUOI,
        2023,
        note="'đảng viên mới' (new party members), not new models",
    ),
    S(
        "Tổ chức 3 đợt ra quân vệ sinh môi trường với 2.000 lượt đoàn viên tham gia.",
        CAU_NGANG,
        2024,
    ),
    S(
        "Chuyên đề năm 2024 gồm 4 phần và 12 nội dung chính.",
        THANH_HOA,
        2024,
    ),
    S(
        "Trích Thư của Chủ tịch Hồ Chí Minh gửi Ủy ban nhân dân các kỳ, tỉnh, huyện và làng ngày 17/10/1945.",
        BINH_LUC,
        2023,
    ),
    S(
        "Tiêu chí số 18 về hệ thống chính trị trong Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025.",
        THAP_MUOI,
        2023,
    ),
    S(
        "Đến ngày 30/6/2025, Đảng bộ huyện kết thúc hoạt động theo chủ trương tổ chức chính quyền địa phương 2 cấp.",
        CAU_NGANG,
        2025,
    ),
    S(
        "Xã Hiệp Mỹ được thành lập trên cơ sở sắp xếp 3 xã Long Sơn, Hiệp Mỹ Đông và Hiệp Mỹ Tây.",
        HIEP_MY,
        2025,
    ),
    S(
        "Có 5 đồng chí trong Ban Chấp hành Đảng bộ xã được phân công theo dõi, phụ trách mô hình.",
        LONG_SON,
        2024,
    ),
    S(
        "Hằng tháng, cấp ủy viên dự sinh hoạt ít nhất 1 lần tại chi bộ được phân công phụ trách.",
        BINH_LUC,
        2023,
    ),
    S(
        "Số đảng viên được miễn sinh hoạt, miễn công tác là 27 đồng chí.",
        CAU_NGANG,
        2023,
        note="a count of exempted members, not a metric",
    ),
    S(
        "Huyện ủy đã xét, đề nghị Tỉnh ủy tặng Huy hiệu 50 năm tuổi Đảng cho 85 đảng viên.",
        THAP_MUOI,
        2023,
        note="Party membership badges are not commendations for studying and following; a reader could disagree",
    ),
    S(
        "Năm 2022, 100% chi bộ tổ chức sinh hoạt chuyên đề ít nhất 1 lần/quý.",
        THAP_MUOI,
        2022,
        note="cells holding thematic meetings, not cells that completed directing members' plans",
    ),
    S(
        "Báo cáo gồm 3 phần: I. Tình hình, II. Kết quả, III. Phương hướng.",
        CAU_NGANG,
        2023,
    ),
    S(
        "Số: 125-BC/HU",
        CAU_NGANG,
        2022,
    ),
    S(
        "Thời gian nộp báo cáo trước ngày 15/12/2023, qua hộp thư điện tử và bản giấy.",
        THANH_HOA,
        2023,
    ),
    S(
        "Bình Lục có diện tích tự nhiên 144 km² với dân số khoảng 150.000 người.",
        BINH_LUC,
        2023,
    ),
    S(
        "Có 2 chi bộ chưa gửi báo cáo về Ban Tuyên giáo Huyện ủy đúng thời gian quy định.",
        THANH_HOA,
        2023,
    ),
    S(
        "Hội thi báo cáo viên giỏi lần thứ 3 năm 2023 có 24 thí sinh dự thi.",
        CAU_NGANG,
        2023,
    ),
    S(
        "Trong 9 tháng đầu năm, tỷ lệ giải quyết hồ sơ thủ tục hành chính đúng hạn đạt 99,6%.",
        BINH_LUC,
        2024,
        note="a result of the administrative-reform model, but not a metric of the catalogue",
    ),
    S(
        "Qua 01 năm triển khai, mô hình “Ngày thứ bảy với dân” đã tiếp nhận 320 lượt ý kiến, kiến nghị của nhân dân.",
        BINH_LUC,
        2022,
    ),
    S(
        "Ban Tuyên giáo Huyện ủy phối hợp với Trung tâm Chính trị huyện mở 02 lớp bồi dưỡng cho 140 học viên.",
        THAP_MUOI,
        2024,
    ),
    S(
        "Ấp Nô Công có 420 hộ, thu nhập bình quân đạt 62 triệu đồng/người/năm.",
        LONG_SON,
        2024,
    ),
    S(
        "Ngày 19/5/2024, Huyện ủy tổ chức dâng hương tưởng niệm nhân kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh.",
        THANH_HOA,
        2024,
    ),
    S(
        "Trên cơ sở 3 chuyên đề của Trung ương, Ban Thường vụ Huyện ủy chọn 1 nội dung trọng tâm để chỉ đạo.",
        CAU_NGANG,
        2023,
        note="'Trên cơ sở' means 'on the basis of'; neither number is a figure",
    ),
    S(
        "Trong năm, có 4 đảng viên vi phạm bị xử lý kỷ luật, giảm 2 trường hợp so với năm 2022.",
        THAP_MUOI,
        2023,
    ),
]
