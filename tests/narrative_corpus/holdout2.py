"""A second held-out set of report sentences for the narrative extractor, written blind.

Written by a helper session that read neither the extractor (etl/, ui/, pages/, warehouse/, tests/) nor the other
narrative corpora, nor data/narrative_words.csv. Sources: /work/shared/DOMAIN.md (the campaign, its metrics, the two
maps, how reports are written), data/metrics.csv (the 18 metric codes) and data/reference/units_old.csv and
units_new.csv (unit codes). Every sentence was written fresh in the register of a district or province party
committee's annual, mid-term or five-year report on Chỉ thị 05-CT/TW / Kết luận 01-KL/TW, and of a commune's report
after July 2025; the figures are invented.

Each entry: the sentence; the unit_code and year its report's title block would give (district codes of the old map
for years up to 2024, a few province codes; codes of the new map for 2025); and EVERY figure of a catalogue metric the
sentence states, in the order it states them. Rules followed:
- value is the number as written (decimal comma read, thousands dot dropped, "01" is 1, words such as "hai", "mười
  hai" are numbers, "100 phần trăm" is 100); rates in percent units.
- qualifier is None for an exact figure, else the bounding word as written, lowercased ("trên", "hơn", "gần",
  "khoảng", "xấp xỉ", "dưới", "ít nhất"); "đạt" is not a qualifier.
- A rate written as x/y ("21/21 xã, thị trấn", "135/140 chi bộ") carries numerator and denominator; where only
  x/y is written, the value is x/y in percent rounded to 2 decimals; where the percentage is written too, the value
  is the written one. A count of registered members given beside a rate without its total carries numerator only.
  A count of units without a total ("nhân rộng ra 13 xã") is no rate and no figure.
- Metrics that count two kinds together are summed when the sentence gives the kinds apart: "06 kế hoạch và 02
  hướng dẫn" is plans_issued 8, "30 bản tin và 22 bài viết" broadcast is propaganda_broadcasts 52 (as DOMAIN.md's
  55 + 25 = 80).
- Media: bulletins, newspapers and the district's website are propaganda_articles; radio (the truyền thanh system,
  and a province's radio-television station) propaganda_broadcasts; Facebook, Zalo, fanpages propaganda_social_posts.
- Commendations given by the reporting unit's own bodies (Huyện ủy, Thị ủy, UBND huyện, Đảng ủy xã) are
  commend_*; those proposed or submitted ("đề nghị", "đề xuất", "trình") to a higher level are
  commend_proposed_*. Contest prizes are not commendations.
- unit_name marks a figure of a named sub-unit (a commune, a party cell, or, in a province's report, a district
  named as "Huyện ủy X" / "Thị ủy Y"); it gives the official name with its type word ("Xã Hải Anh", "Huyện Hương
  Khê"), or the party cell as written. year marks a figure the sentence dates to another year than the title's.
  Totals over a period ending in the report's year (five-year or mid-term reviews) take the title year.
- Not figures: document numbers and dates, periods and terms, ordinals, changes ("tăng 11 mô hình"), targets and
  rules ("phấn đấu", "chỉ tiêu", "ít nhất 01 mô hình mỗi chi bộ"), averages, bare counts of party members, cells,
  communes, and percentages of other things (attendance at study sessions, grading, "100% chi bộ" taking part in
  something other than directing members' plans).
- note= explains each case where a reasonable reader could decide otherwise.
"""

from __future__ import annotations

from tests.narrative_corpus import F, S

HOLDOUT2 = [
    # Huyện Giồng Trôm (834), 2022
    S(
        "Năm 2022, Ban Thường vụ Huyện ủy ban hành 07 kế hoạch, hướng dẫn triển khai thực hiện Kết luận số 01-KL/TW "
        "và chuyên đề năm 2022 đến các tổ chức cơ sở đảng.",
        "834",
        2022,
        F("plans_issued", 7),
    ),
    S(
        "Đến nay, toàn huyện có 5.874/5.962 đảng viên đăng ký học tập và làm theo, đạt 98,52%; 1.126 công chức, viên "
        "chức, lực lượng vũ trang không phải là đảng viên đăng ký, đạt 93,4%.",
        "834",
        2022,
        F("reg_party_members_pct", 98.52, numerator=5874, denominator=5962),
        F("reg_civil_servants_pct", 93.4, numerator=1126),
        note="the civil servants' rate is stated with its numerator only (no total); numerator kept, no denominator",
    ),
    S(
        "Các cơ quan, đơn vị, địa phương duy trì 128 mô hình học tập và làm theo Bác (84 mô hình tập thể, 44 mô hình "
        "cá nhân), trong năm xây dựng mới 19 mô hình.",
        "834",
        2022,
        F("models_total", 128),
        F("models_collective", 84),
        F("models_individual", 44),
        F("models_new", 19),
    ),
    S(
        "So với năm 2021, số mô hình tăng 11 mô hình, chủ yếu ở lĩnh vực phát triển kinh tế và xây dựng nông thôn mới.",
        "834",
        2022,
        note="a change on the previous year, not a count of models",
    ),
    S(
        "Tại Hội nghị sơ kết 01 năm thực hiện Kết luận số 01-KL/TW, Ban Thường vụ Huyện ủy tặng giấy khen cho 18 tập "
        "thể và 41 cá nhân có thành tích tiêu biểu; đồng thời đề nghị Ban Thường vụ Tỉnh ủy khen thưởng 02 tập thể, "
        "03 cá nhân.",
        "834",
        2022,
        F("commend_collective", 18),
        F("commend_individual", 41),
        F("commend_proposed_collective", 2),
        F("commend_proposed_individual", 3),
    ),
    S(
        "Đài Truyền thanh huyện cùng 21 đài truyền thanh xã, thị trấn phát sóng 73 tin, bài về các tấm gương điển "
        "hình trong học tập và làm theo Bác.",
        "834",
        2022,
        F("propaganda_broadcasts", 73),
        note="21 is a count of radio stations, not a figure",
    ),
    S(
        "Tỷ lệ hộ nghèo toàn huyện giảm còn 2,15%, thấp hơn 0,8% so với cùng kỳ năm trước.",
        "834",
        2022,
    ),
    # Huyện Hương Khê (444), 2023
    S(
        "Huyện ủy đã chỉ đạo 100% chi bộ trực thuộc hoàn thành việc hướng dẫn đảng viên xây dựng kế hoạch học tập và "
        "làm theo Bác năm 2023 (312/312 chi bộ).",
        "444",
        2023,
        F("party_cells_plans_pct", 100, numerator=312, denominator=312),
    ),
    S(
        "Mô hình “Dân vận khéo gắn với học tập và làm theo Bác” được nhân rộng ở 21/21 xã, thị trấn.",
        "444",
        2023,
        F("model_replication_pct", 100, numerator=21, denominator=21),
    ),
    S(
        "Thực hiện Hướng dẫn số 125-HD/BTGTW ngày 15/01/2023 của Ban Tuyên giáo Trung ương, Huyện ủy tổ chức 02 hội "
        "nghị quán triệt cho hơn 1.800 lượt cán bộ, đảng viên.",
        "444",
        2023,
        note="a guidance document named by its number and conferences with attendance: no catalogue figure",
    ),
    S(
        "Đài Truyền thanh - Truyền hình huyện xây dựng 46 chuyên mục, tin, bài phát trên hệ thống truyền thanh từ "
        "huyện đến cơ sở; Bản tin Hương Khê đăng 22 tin, bài về tấm gương điển hình.",
        "444",
        2023,
        F("propaganda_broadcasts", 46),
        F("propaganda_articles", 22),
    ),
    S(
        "Đến nay, 21/21 xã, thị trấn đã đạt chuẩn nông thôn mới, trong đó 05 xã đạt chuẩn nông thôn mới nâng cao.",
        "444",
        2023,
        note="an x/y about new-countryside standards, not the replication of a model",
    ),
    # Huyện Hải Hậu (366), 2021
    S(
        "Sau 5 năm thực hiện Chỉ thị 05-CT/TW (2016-2021), toàn huyện đã xây dựng và nhân rộng 412 mô hình, trong đó "
        "có 236 mô hình tập thể và 176 mô hình cá nhân.",
        "366",
        2021,
        F("models_total", 412),
        F("models_collective", 236),
        F("models_individual", 176),
        note="five-year totals of a final review dated 2021: attributed to the title year, no year key",
    ),
    S(
        "Ban Thường vụ Huyện ủy chọn 04 mô hình điểm cấp huyện để chỉ đạo thực hiện, gồm mô hình “Xứ đạo bình yên” ở "
        "xã Hải Anh, mô hình “Chi bộ 4 tốt” ở thị trấn Yên Định, mô hình “Tuyến đường 3 sạch” ở xã Hải Minh và mô "
        "hình “Dòng họ học tập” ở xã Hải Đông.",
        "366",
        2021,
        F("models_pilot", 4),
        note="the 4 and 3 inside model names are not figures",
    ),
    S(
        "Trong 5 năm, Ban Thường vụ Huyện ủy biểu dương, khen thưởng 96 tập thể, 213 cá nhân điển hình tiên tiến; đề "
        "nghị Tỉnh ủy Nam Định khen thưởng 07 tập thể và 12 cá nhân.",
        "366",
        2021,
        F("commend_collective", 96),
        F("commend_individual", 213),
        F("commend_proposed_collective", 7),
        F("commend_proposed_individual", 12),
        note="five-year totals attributed to the title year 2021",
    ),
    S(
        "Phấn đấu đến năm 2025, 100% tổ chức cơ sở đảng có mô hình học tập và làm theo Bác, mỗi chi bộ có ít nhất 01 "
        "mô hình, mỗi đảng viên có ít nhất 01 việc làm cụ thể.",
        "366",
        2021,
        note="targets and rules, not results",
    ),
    S(
        "Nhiều đơn vị có số lượng mô hình lớn như xã Hải Anh 27 mô hình, xã Hải Minh 21 mô hình, thị trấn Thịnh Long "
        "18 mô hình.",
        "366",
        2021,
        F("models_total", 27, unit_name="Xã Hải Anh"),
        F("models_total", 21, unit_name="Xã Hải Minh"),
        F("models_total", 18, unit_name="Thị trấn Thịnh Long"),
    ),
    S(
        "Ban Tuyên giáo Huyện ủy biên soạn, phát hành 2.500 cuốn tài liệu sinh hoạt chuyên đề đến 100% chi bộ.",
        "366",
        2021,
        note="'100% chi bộ' received documents; not the share of cells that directed their members' plans",
    ),
    # Huyện Kim Sơn (376), 2022
    S(
        "Kết quả đăng ký học tập và làm theo năm 2022: đảng viên 99,12%; công chức, viên chức, lực lượng vũ trang "
        "không là đảng viên 95,6%; đoàn viên, hội viên 82,3%.",
        "376",
        2022,
        F("reg_party_members_pct", 99.12),
        F("reg_civil_servants_pct", 95.6),
        F("reg_union_members_pct", 82.3),
    ),
    S(
        "Bản tin Kim Sơn và Trang thông tin điện tử huyện đăng tải 64 tin, bài; các chi bộ, đoàn thể chia sẻ trên "
        "420 tin, bài, video clip lên các trang mạng xã hội Facebook, Zalo.",
        "376",
        2022,
        F("propaganda_articles", 64),
        F("propaganda_social_posts", 420, "trên"),
        note=(
            "the district's website is counted with the bulletin under propaganda_articles (one total is given); "
            "Facebook and Zalo are social networks"
        ),
    ),
    S(
        "Đảng bộ huyện hiện có 64 tổ chức cơ sở đảng với 8.935 đảng viên, sinh hoạt tại 412 chi bộ.",
        "376",
        2022,
        note="bare counts of party bodies and members (denominators at most), no catalogue figure",
    ),
    S(
        "Huyện ủy Kim Sơn đề nghị Tỉnh ủy Ninh Bình tặng Bằng khen cho một tập thể và hai cá nhân có thành tích xuất "
        "sắc trong học tập và làm theo Bác.",
        "376",
        2022,
        F("commend_proposed_collective", 1),
        F("commend_proposed_individual", 2),
    ),
    S(
        "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI, nhiệm kỳ 2020-2025 đã xác định 3 khâu đột phá và 5 nhiệm vụ "
        "trọng tâm.",
        "376",
        2022,
    ),
    S(
        "Huyện ủy duy trì 05 mô hình điểm cấp huyện, tiêu biểu là mô hình “Giáo xứ văn minh” ở xã Kim Đông và mô "
        "hình “Cựu chiến binh giúp nhau làm kinh tế” ở xã Cồn Thoi.",
        "376",
        2022,
        F("models_pilot", 5),
    ),
    # Huyện Tiên Du (260), 2023
    S(
        "- Số kế hoạch, hướng dẫn ban hành: 05",
        "260",
        2023,
        F("plans_issued", 5),
    ),
    S(
        "- Tổng số mô hình: 73 (tập thể: 49; cá nhân: 24)",
        "260",
        2023,
        F("models_total", 73),
        F("models_collective", 49),
        F("models_individual", 24),
    ),
    S(
        "- Số mô hình mới: 14",
        "260",
        2023,
        F("models_new", 14),
    ),
    S(
        "- Số mô hình tăng so với năm 2022: 09",
        "260",
        2023,
        note="a change on the previous year",
    ),
    S(
        "- Tin, bài trên bản tin, trang thông tin điện tử huyện: 38; tin, bài đăng và chia sẻ trên mạng xã hội: gần "
        "600",
        "260",
        2023,
        F("propaganda_articles", 38),
        F("propaganda_social_posts", 600, "gần"),
    ),
    S(
        "Mỗi cơ quan, đơn vị đăng ký ít nhất 01 mô hình hoặc 01 việc làm cụ thể; thời gian đăng ký hoàn thành trước "
        "ngày 30/3/2023.",
        "260",
        2023,
        note="a rule and a deadline",
    ),
    S(
        "Tại Hội nghị sơ kết, có 6 tập thể và 15 cá nhân được Ban Thường vụ Huyện ủy tặng giấy khen.",
        "260",
        2023,
        F("commend_collective", 6),
        F("commend_individual", 15),
    ),
    # Huyện Yên Dũng (221), 2021
    S(
        "Xác định năm 2021 là năm đầu thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, Ban Thường vụ "
        "Huyện ủy ban hành Kế hoạch số 86-KH/HU ngày 02/7/2021 để triển khai thực hiện.",
        "221",
        2021,
        note="one plan named by its number; no count is stated, so no plans_issued figure",
    ),
    S(
        "Cuối năm, có 97,8% cán bộ, đảng viên, 90% công chức, viên chức không phải là đảng viên và trên 70% đoàn "
        "viên, hội viên đã đăng ký học tập và làm theo.",
        "221",
        2021,
        F("reg_party_members_pct", 97.8),
        F("reg_civil_servants_pct", 90),
        F("reg_union_members_pct", 70, "trên"),
        note=(
            "'cán bộ, đảng viên' read as party members; 'công chức, viên chức' without LLVT still the civil "
            "servants' rate"
        ),
    ),
    S(
        "Huyện đã lựa chọn 3 mô hình điểm là mô hình “Dân vận khéo” tại xã Tiến Dũng, mô hình “Khu dân cư văn minh” "
        "tại xã Đồng Phúc và mô hình “Cải cách hành chính” tại thị trấn Nham Biền.",
        "221",
        2021,
        F("models_pilot", 3),
    ),
    S(
        "Trong năm, trên địa bàn huyện có 186 gia đình được công nhận “Gia đình văn hóa tiêu biểu”, 95,6% khu dân cư "
        "đạt danh hiệu khu dân cư văn hóa.",
        "221",
        2021,
    ),
    S(
        "Huyện ủy đã tổ chức 27 lớp học tập, quán triệt chuyên đề cho 6.350 lượt cán bộ, đảng viên, đạt 96,8% tổng "
        "số đảng viên.",
        "221",
        2021,
        note="96,8% is attendance at study sessions, not registration to study and follow",
    ),
    S(
        "Huyện ủy khen thưởng 11 tập thể, 23 cá nhân.",
        "221",
        2021,
        F("commend_collective", 11),
        F("commend_individual", 23),
    ),
    # Huyện Văn Chấn (140), 2022
    S(
        "Hệ thống đài truyền thanh các xã, thị trấn đã phát sóng 215 bản tin, bài viết về học tập và làm theo tư "
        "tưởng, đạo đức, phong cách Hồ Chí Minh bằng tiếng phổ thông và tiếng dân tộc Thái, Mông.",
        "140",
        2022,
        F("propaganda_broadcasts", 215),
    ),
    S(
        "Toàn huyện có 58 mô hình, trong đó 36 mô hình tập thể, 22 mô hình cá nhân; 100% chi bộ hoàn thành chỉ đạo "
        "đảng viên xây dựng kế hoạch cá nhân.",
        "140",
        2022,
        F("models_total", 58),
        F("models_collective", 36),
        F("models_individual", 22),
        F("party_cells_plans_pct", 100),
    ),
    S(
        "Huyện có 25 xã, thị trấn, trong đó 12 xã đặc biệt khó khăn, đồng bào dân tộc thiểu số chiếm trên 60% dân số.",
        "140",
        2022,
    ),
    S(
        "Huyện ủy tặng giấy khen cho 10 tập thể, 25 cá nhân; Ủy ban nhân dân huyện khen thưởng 06 tập thể, 14 cá nhân.",
        "140",
        2022,
        F("commend_collective", 10),
        F("commend_individual", 25),
        F("commend_collective", 6),
        F("commend_individual", 14),
        note="two district bodies commend separately; both are district commendations, listed as stated, not summed",
    ),
    S(
        "Năm 2021, huyện có 49 mô hình; đến năm 2022 đã nâng lên 58 mô hình.",
        "140",
        2022,
        F("models_total", 49, year=2021),
        F("models_total", 58),
    ),
    S(
        "Ở xã Suối Giàng, tỷ lệ đoàn viên, hội viên đăng ký còn dưới 50%.",
        "140",
        2022,
        F("reg_union_members_pct", 50, "dưới", unit_name="Xã Suối Giàng"),
    ),
    S(
        "Có 85% hộ gia đình đồng bào dân tộc Mông ở xã Nậm Búng cam kết không tảo hôn, không kết hôn cận huyết thống.",
        "140",
        2022,
    ),
    S(
        "Trang thông tin điện tử huyện và Bản tin Văn Chấn đăng 31 tin, bài.",
        "140",
        2022,
        F("propaganda_articles", 31),
    ),
    # Huyện Quảng Trạch (454), 2024
    S(
        "Sơ kết 3 năm thực hiện Kết luận 01-KL/TW (2021-2024), toàn huyện có 146 mô hình, cách làm hay được đăng ký "
        "và triển khai, trong đó có 38 mô hình mới của năm 2024.",
        "454",
        2024,
        F("models_total", 146),
        F("models_new", 38),
    ),
    S(
        "Tỷ lệ đảng viên đăng ký học tập và làm theo Bác đạt xấp xỉ 99%, tỷ lệ đoàn viên, hội viên đạt khoảng 75%.",
        "454",
        2024,
        F("reg_party_members_pct", 99, "xấp xỉ"),
        F("reg_union_members_pct", 75, "khoảng"),
    ),
    S(
        "Mức hỗ trợ cho mỗi mô hình điểm là 5 triệu đồng/năm, do ngân sách huyện bảo đảm.",
        "454",
        2024,
    ),
    S(
        "Ban Thường vụ Huyện ủy biểu dương 12 tập thể, 27 cá nhân tiêu biểu tại Hội nghị sơ kết.",
        "454",
        2024,
        F("commend_collective", 12),
        F("commend_individual", 27),
    ),
    S(
        "Các chi bộ (176/180) đã hoàn thành chỉ đạo đảng viên xây dựng kế hoạch học tập và làm theo năm 2024.",
        "454",
        2024,
        F("party_cells_plans_pct", 97.78, numerator=176, denominator=180),
        note="the rate is not written; computed from 176/180 and rounded to 2 decimals, as for 17/17",
    ),
    S(
        "Qua thẩm định, Ban Tuyên giáo Huyện ủy đề nghị 06 đơn vị bổ sung nội dung “Nêu gương” trong mô hình.",
        "454",
        2024,
        note="'đề nghị' here asks units to amend their models; not a commendation proposal",
    ),
    # Thị xã Hương Thủy (479), 2022
    S(
        "Thị ủy ban hành 06 kế hoạch và 02 hướng dẫn để chỉ đạo triển khai.",
        "479",
        2022,
        F("plans_issued", 8),
        note="plans and guidance documents are one metric: 06 + 02 = 8 (as 55 bulletins + 25 articles broadcast = 80)",
    ),
    S(
        "Các phường, xã đã nhân rộng mô hình “Phường, xã thân thiện với người dân” ở 10/12 đơn vị, đạt 83,3%.",
        "479",
        2022,
        F("model_replication_pct", 83.3, numerator=10, denominator=12),
    ),
    S(
        "Năm 2022, Thị ủy kết nạp 186 đảng viên mới, đạt 106% chỉ tiêu; 98,2% tổ chức cơ sở đảng được đánh giá hoàn "
        "thành tốt nhiệm vụ trở lên.",
        "479",
        2022,
    ),
    S(
        "Trang Facebook “Hương Thủy ngày mới” và các nhóm Zalo của khu dân cư đã đăng, chia sẻ 1.245 tin, bài, ảnh "
        "về các tấm gương người tốt, việc tốt.",
        "479",
        2022,
        F("propaganda_social_posts", 1245),
    ),
    S(
        "Tỷ lệ giải quyết hồ sơ hành chính trước và đúng hạn đạt 99,7%; 100% thủ tục hành chính được cung cấp dịch "
        "vụ công trực tuyến.",
        "479",
        2022,
    ),
    S(
        "Phường Thủy Dương dẫn đầu thị xã với 9 mô hình, trong đó có 4 mô hình mới.",
        "479",
        2022,
        F("models_total", 9, unit_name="Phường Thủy Dương"),
        F("models_new", 4, unit_name="Phường Thủy Dương"),
    ),
    # Thị xã Điện Bàn (507), 2023
    S(
        "Thị ủy Điện Bàn đã xây dựng, duy trì 215 mô hình học tập và làm theo Bác; trong đó, phường Điện Ngọc có 16 "
        "mô hình, xã Điện Hồng có 12 mô hình.",
        "507",
        2023,
        F("models_total", 215),
        F("models_total", 16, unit_name="Phường Điện Ngọc"),
        F("models_total", 12, unit_name="Xã Điện Hồng"),
    ),
    S(
        "Kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023), thị xã tổ chức 25 hoạt động văn "
        "hóa, văn nghệ, thu hút khoảng 5.000 lượt người tham gia.",
        "507",
        2023,
    ),
    S(
        "Thị ủy khen thưởng 20 tập thể và 45 cá nhân; đề nghị Ban Thường vụ Tỉnh ủy Quảng Nam tặng Bằng khen 01 tập "
        "thể, 01 cá nhân.",
        "507",
        2023,
        F("commend_collective", 20),
        F("commend_individual", 45),
        F("commend_proposed_collective", 1),
        F("commend_proposed_individual", 1),
    ),
    S(
        "Tỷ lệ chi bộ hoàn thành: 100%.",
        "507",
        2023,
        F("party_cells_plans_pct", 100),
    ),
    S(
        "Thị ủy chỉ đạo điểm tại 03 phường, xã trước khi triển khai đại trà từ quý II/2023.",
        "507",
        2023,
        note="units chosen to pilot the direction, not pilot models (mô hình điểm)",
    ),
    # Huyện Tư Nghĩa (528), 2022
    S(
        "Kết quả, có 4.218 đảng viên đăng ký, đạt 97,6% tổng số đảng viên của Đảng bộ.",
        "528",
        2022,
        F("reg_party_members_pct", 97.6, numerator=4218),
    ),
    S(
        "Chỉ tiêu đề ra năm 2022 là 95% đảng viên, 80% đoàn viên, hội viên đăng ký học tập và làm theo.",
        "528",
        2022,
        note="targets",
    ),
    S(
        "Đài Truyền thanh huyện phát 30 bản tin và 22 bài viết chuyên đề về học tập và làm theo Bác.",
        "528",
        2022,
        F("propaganda_broadcasts", 52),
        note="bulletins and articles broadcast are one metric: 30 + 22 = 52, as in the catalogue's 55 + 25 = 80",
    ),
    S(
        "Mô hình “Bữa cơm nghĩa tình” của Hội LHPN thị trấn La Hà được nhân rộng ra 13 xã, thị trấn trong huyện.",
        "528",
        2022,
        note="a count of units without a total: no rate is stated, so no model_replication_pct figure",
    ),
    S(
        "Huyện đã tổ chức 01 đợt sinh hoạt chính trị sâu rộng, với 28 buổi tọa đàm và 14 buổi nói chuyện chuyên đề.",
        "528",
        2022,
    ),
    # Huyện Phù Mỹ (545), 2023
    S(
        "Toàn huyện có 19/19 xã, thị trấn triển khai nhân rộng mô hình “Mặt trận Tổ quốc với chuyển đổi số”, đạt 100%.",
        "545",
        2023,
        F("model_replication_pct", 100, numerator=19, denominator=19),
    ),
    S(
        "Năm 2023, các cơ quan, đơn vị đăng ký thực hiện 92 mô hình, gồm 61 tập thể và 31 cá nhân.",
        "545",
        2023,
        F("models_total", 92),
        F("models_collective", 61),
        F("models_individual", 31),
    ),
    S(
        "Có 4 mô hình chưa có kết quả rõ nét, 02 mô hình phải điều chỉnh nội dung sau khi thẩm định.",
        "545",
        2023,
        note="subsets of models by appraisal outcome are not catalogue metrics",
    ),
    S(
        "Ban Tuyên giáo Huyện ủy phối hợp Trung tâm Văn hóa - Thông tin và Thể thao huyện thực hiện 36 tin, bài trên "
        "Trang thông tin điện tử huyện và 48 bản tin, bài viết phát trên hệ thống truyền thanh.",
        "545",
        2023,
        F("propaganda_articles", 36),
        F("propaganda_broadcasts", 48),
        note="the district website's items counted as propaganda_articles",
    ),
    S(
        "Tỷ lệ đoàn viên, hội viên đăng ký năm 2023 đạt 81,6%, năm 2022 đạt 78%.",
        "545",
        2023,
        F("reg_union_members_pct", 81.6),
        F("reg_union_members_pct", 78, year=2022),
    ),
    S(
        "Ban Tuyên giáo Huyện ủy tổ chức kiểm tra, giám sát 08 tổ chức cơ sở đảng về việc thực hiện Kết luận 01-KL/TW.",
        "545",
        2023,
    ),
    # Huyện Hòa Vang (497), 2024
    S(
        "Huyện ủy Hòa Vang biểu dương 15 tập thể, 30 cá nhân điển hình trong học tập và làm theo Bác giai đoạn "
        "2021-2024.",
        "497",
        2024,
        F("commend_collective", 15),
        F("commend_individual", 30),
        note="a mid-term review's totals for 2021-2024 attributed to the title year",
    ),
    S(
        "Hòa Vang có 11 xã với 119 thôn; thu nhập bình quân đầu người năm 2024 ước đạt 68 triệu đồng.",
        "497",
        2024,
    ),
    S(
        "100% cán bộ, đảng viên trong toàn Đảng bộ huyện đã đăng ký học tập và làm theo gắn với thực hiện Quy định "
        "số 08-QĐi/TW về trách nhiệm nêu gương.",
        "497",
        2024,
        F("reg_party_members_pct", 100),
        note="'cán bộ, đảng viên' read as party members",
    ),
    S(
        "Có 15 mô hình mới, nâng tổng số mô hình toàn huyện lên 132.",
        "497",
        2024,
        F("models_new", 15),
        F("models_total", 132),
    ),
    S(
        "Ban Tuyên giáo Huyện ủy tổng hợp 125 ý kiến, kiến nghị của cử tri và nhân dân gửi đến kỳ họp cuối năm.",
        "497",
        2024,
    ),
    # Huyện Đức Trọng (678), 2022
    S(
        "Các tổ chức cơ sở đảng đã xây dựng và triển khai 67 mô hình mới, nâng tổng số mô hình trên toàn huyện lên "
        "183 mô hình.",
        "678",
        2022,
        F("models_new", 67),
        F("models_total", 183),
    ),
    S(
        "Trong đó, mô hình “Đồng bào Cơ Ho làm kinh tế giỏi” của Chi bộ thôn Ma Đanh, xã Tà Năng được nhân rộng ra "
        "09/15 xã, thị trấn.",
        "678",
        2022,
        F("model_replication_pct", 60, numerator=9, denominator=15),
        note="rate computed from 09/15",
    ),
    S(
        "Hội Nông dân huyện vận động hội viên hiến 12.500 m² đất, đóng góp 3.200 ngày công làm đường giao thông nông "
        "thôn.",
        "678",
        2022,
    ),
    S(
        "Tính đến 30/11/2022, có 124 hộ đồng bào dân tộc thiểu số thoát nghèo, bằng 112% kế hoạch.",
        "678",
        2022,
    ),
    # Huyện Chợ Gạo (822), 2023
    S(
        "Ban Thường vụ Huyện ủy đã ban hành 04 văn bản chỉ đạo, gồm 03 kế hoạch và 01 hướng dẫn.",
        "822",
        2023,
        F("plans_issued", 4),
        note="the 04 documents are all plans or guidance; one figure, its parts not repeated",
    ),
    S(
        "Năm 2023, đảng viên đăng ký đạt 98,9%, tăng 0,7% so với năm 2022; công chức, viên chức, LLVT không là đảng "
        "viên đạt 92%.",
        "822",
        2023,
        F("reg_party_members_pct", 98.9),
        F("reg_civil_servants_pct", 92),
        note="'tăng 0,7%' is a change, not a figure",
    ),
    S(
        "Toàn huyện có 19 xã, thị trấn; 173 ấp, khu phố; 31 tổ chức cơ sở đảng với 312 chi bộ trực thuộc.",
        "822",
        2023,
    ),
    S(
        "Xã Long Bình Điền có 08 mô hình, xã Song Bình 06 mô hình, thị trấn Chợ Gạo 11 mô hình.",
        "822",
        2023,
        F("models_total", 8, unit_name="Xã Long Bình Điền"),
        F("models_total", 6, unit_name="Xã Song Bình"),
        F("models_total", 11, unit_name="Thị trấn Chợ Gạo"),
    ),
    S(
        "Hội thi “Tìm hiểu về Chủ tịch Hồ Chí Minh” thu hút 2.134 bài dự thi; Ban Tổ chức trao 01 giải nhất, 02 giải "
        "nhì, 03 giải ba và 05 giải khuyến khích.",
        "822",
        2023,
        note="contest prizes are not commendations; entries are not articles",
    ),
    S(
        "Đoàn viên, hội viên đăng ký: ít nhất 85% ở tất cả các đoàn thể.",
        "822",
        2023,
        F("reg_union_members_pct", 85, "ít nhất"),
        note="every union at 85% or more: the district's rate is bounded below by 85",
    ),
    # Huyện Mỏ Cày Nam (833), 2021
    S(
        "5 năm qua, Huyện ủy khen thưởng 154 tập thể, 287 cá nhân; riêng năm 2021 khen thưởng 32 tập thể, 58 cá nhân.",
        "833",
        2021,
        F("commend_collective", 154),
        F("commend_individual", 287),
        F("commend_collective", 32),
        F("commend_individual", 58),
        note=(
            "the five-year totals and the 2021 counts are both stated for the title year 2021; all four listed in "
            "order, no year key (2021 is the title year)"
        ),
    ),
    S(
        "Bình quân mỗi năm, toàn huyện xây dựng mới khoảng 20 mô hình.",
        "833",
        2021,
        note="a yearly average over the period, not the count of new models of one year",
    ),
    S(
        "Các mô hình tiêu biểu như “Nuôi cá sạch” của xã Cẩm Sơn, “Đoạn đường tự quản” của Hội LHPN xã An Thạnh đã "
        "được nhân rộng ở 15/16 xã, thị trấn.",
        "833",
        2021,
        F("model_replication_pct", 93.75, numerator=15, denominator=16),
        note="rate computed from 15/16",
    ),
    S(
        "Hệ thống truyền thanh phát 120 bản tin; bản tin nội bộ đăng 35 tin, bài; mạng xã hội chia sẻ hàng trăm tin, "
        "bài.",
        "833",
        2021,
        F("propaganda_broadcasts", 120),
        F("propaganda_articles", 35),
        note="'hàng trăm' is not a number: no social-media figure",
    ),
    # Huyện Tân Hồng (869), 2024
    S(
        "Các tin, bài đăng trên Bản tin Tân Hồng: 18; phát trên Đài Truyền thanh huyện: 40 bản tin, bài viết; đăng, "
        "chia sẻ trên mạng xã hội: trên 200 tin, bài.",
        "869",
        2024,
        F("propaganda_articles", 18),
        F("propaganda_broadcasts", 40),
        F("propaganda_social_posts", 200, "trên"),
    ),
    S(
        "Huyện ủy tổ chức 02 lớp bồi dưỡng lý luận chính trị cho 145 đảng viên mới và 01 lớp cho 60 quần chúng ưu tú.",
        "869",
        2024,
    ),
    S(
        "Tỷ lệ chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch học tập và làm theo Bác: 96,4% (135/140 chi bộ).",
        "869",
        2024,
        F("party_cells_plans_pct", 96.4, numerator=135, denominator=140),
    ),
    S(
        "Tân Hồng là huyện biên giới, có 4/9 xã, thị trấn giáp biên giới Campuchia.",
        "869",
        2024,
    ),
    S(
        "Huyện chọn 01 mô hình điểm cấp huyện là mô hình “Tổ tự quản đường biên, mốc giới” tại xã Thông Bình.",
        "869",
        2024,
        F("models_pilot", 1),
    ),
    # Huyện Thoại Sơn (894), 2022
    S(
        "Đảng ủy thị trấn Núi Sập đạt 100% đảng viên đăng ký; Đảng ủy xã Vọng Thê đạt 99,3%.",
        "894",
        2022,
        F("reg_party_members_pct", 100, unit_name="Thị trấn Núi Sập"),
        F("reg_party_members_pct", 99.3, unit_name="Xã Vọng Thê"),
    ),
    S(
        "Huyện ủy chọn hai mô hình điểm: “Ấp văn hóa kiểu mẫu” tại xã Vĩnh Khánh và “Tổ tự quản an ninh trật tự” tại "
        "xã Định Thành.",
        "894",
        2022,
        F("models_pilot", 2),
    ),
    S(
        "Năm 2022, huyện có thêm 02 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 07 xã.",
        "894",
        2022,
    ),
    S(
        "Khen thưởng: 14 tập thể, 38 cá nhân; đề nghị UBND tỉnh khen thưởng: 02 tập thể, 04 cá nhân.",
        "894",
        2022,
        F("commend_collective", 14),
        F("commend_individual", 38),
        F("commend_proposed_collective", 2),
        F("commend_proposed_individual", 4),
        note="the province's People's Committee is a level above: proposals",
    ),
    S(
        "Năm 2022: đảng viên đăng ký 99,52%; CCVC, LLVT 97%; đoàn viên, hội viên 80,4%; chi bộ hoàn thành 100%.",
        "894",
        2022,
        F("reg_party_members_pct", 99.52),
        F("reg_civil_servants_pct", 97),
        F("reg_union_members_pct", 80.4),
        F("party_cells_plans_pct", 100),
    ),
    S(
        "Đến ngày 15/12/2022, còn 02 chi bộ chưa nộp bản đăng ký về Ban Tuyên giáo Huyện ủy.",
        "894",
        2022,
        note="a count of lagging cells without a total: no rate",
    ),
    # Huyện Cái Nước (969), 2023
    S(
        "Qua rà soát, toàn huyện có trên 98% đảng viên, trên 90% công chức, viên chức và lực lượng vũ trang không "
        "phải là đảng viên, trên 60% đoàn viên, hội viên đăng ký học tập và làm theo Bác.",
        "969",
        2023,
        F("reg_party_members_pct", 98, "trên"),
        F("reg_civil_servants_pct", 90, "trên"),
        F("reg_union_members_pct", 60, "trên"),
    ),
    S(
        "Toàn huyện xây dựng 47 mô hình, 11/11 xã, thị trấn đều có mô hình tiêu biểu.",
        "969",
        2023,
        F("models_total", 47),
        note="11/11 units have a model of their own; not the replication of one model",
    ),
    S(
        "Hội Cựu chiến binh huyện hỗ trợ 23 hội viên vay vốn với tổng số tiền 1,5 tỷ đồng để phát triển mô hình nuôi "
        "tôm - lúa.",
        "969",
        2023,
    ),
    S(
        "Biểu dương, khen thưởng năm tập thể và mười hai cá nhân có mô hình, cách làm hay.",
        "969",
        2023,
        F("commend_collective", 5),
        F("commend_individual", 12),
    ),
    S(
        "So với năm 2022, số tập thể được khen thưởng tăng 3, số cá nhân tăng 7.",
        "969",
        2023,
        note="changes",
    ),
    S(
        "Số mô hình điểm cấp huyện: 02.",
        "969",
        2023,
        F("models_pilot", 2),
    ),
    # Huyện Gia Lâm (018), 2024
    S(
        "Huyện ủy Gia Lâm ban hành 10 kế hoạch, hướng dẫn; 100% chi bộ (512/512) chỉ đạo đảng viên xây dựng kế hoạch "
        "học tập và làm theo Bác.",
        "018",
        2024,
        F("plans_issued", 10),
        F("party_cells_plans_pct", 100, numerator=512, denominator=512),
    ),
    S(
        "Các xã Bát Tràng, Kiêu Kỵ, Phù Đổng mỗi xã có 09 mô hình gắn với phát triển làng nghề, du lịch.",
        "018",
        2024,
        F("models_total", 9, unit_name="Xã Bát Tràng"),
        F("models_total", 9, unit_name="Xã Kiêu Kỵ"),
        F("models_total", 9, unit_name="Xã Phù Đổng"),
        note="'mỗi xã có 09': one figure per named commune, not a total of 27",
    ),
    S(
        "Năm 2024, Gia Lâm hoàn thành 100% chỉ tiêu kinh tế - xã hội, tổng thu ngân sách đạt 9.850 tỷ đồng, bằng "
        "143% dự toán.",
        "018",
        2024,
    ),
    S(
        "Các fanpage của Huyện đoàn, Hội LHPN huyện và trang Zalo OA “Gia Lâm trực tuyến” đã đăng tải 856 tin, bài, "
        "video; Bản tin Gia Lâm đăng 24 tin, bài về tấm gương người tốt, việc tốt.",
        "018",
        2024,
        F("propaganda_social_posts", 856),
        F("propaganda_articles", 24),
    ),
    S(
        "Ban Thường vụ Huyện ủy duy trì chế độ giao ban định kỳ 03 tháng/lần giữa Ban Tuyên giáo với các đảng ủy cơ "
        "sở.",
        "018",
        2024,
    ),
    S(
        "Đến nay trên địa bàn huyện có trên 300 mô hình học tập và làm theo Bác.",
        "018",
        2024,
        F("models_total", 300, "trên"),
    ),
    # Huyện Phong Điền (926), 2023
    S(
        "Toàn huyện có 7/7 xã, thị trấn nhân rộng mô hình “Vườn cây ăn trái kiểu mẫu”.",
        "926",
        2023,
        F("model_replication_pct", 100, numerator=7, denominator=7),
    ),
    S(
        "Ban Thường vụ Huyện ủy đã biểu dương 8 tập thể, 19 cá nhân và đề nghị Thành ủy Cần Thơ biểu dương 1 tập "
        "thể, 2 cá nhân.",
        "926",
        2023,
        F("commend_collective", 8),
        F("commend_individual", 19),
        F("commend_proposed_collective", 1),
        F("commend_proposed_individual", 2),
    ),
    S(
        "Tỷ lệ đảng viên đăng ký đạt 98,6%, CCVC, LLVT không là đảng viên đạt 89%, đoàn viên, hội viên chưa đạt yêu "
        "cầu (65%).",
        "926",
        2023,
        F("reg_party_members_pct", 98.6),
        F("reg_civil_servants_pct", 89),
        F("reg_union_members_pct", 65),
    ),
    S(
        "Huyện ủy tổ chức 07 đoàn khảo sát tại 07 xã, thị trấn, làm việc với 21 chi bộ ấp.",
        "926",
        2023,
    ),
    # Huyện Lập Thạch (246), 2022
    S(
        "Các đảng bộ, chi bộ cơ sở đã đăng ký 88 mô hình (tăng 3 mô hình so với năm 2021), trong đó có 12 mô hình mới.",
        "246",
        2022,
        F("models_total", 88),
        F("models_new", 12),
        note="'tăng 3' is a change, not a figure",
    ),
    S(
        "Năm 2022, 99,27% đảng viên (6.811/6.861 đồng chí) đăng ký học tập và làm theo.",
        "246",
        2022,
        F("reg_party_members_pct", 99.27, numerator=6811, denominator=6861),
    ),
    S(
        "Năm 2022, huyện có 2 đơn vị được Tỉnh ủy Vĩnh Phúc chọn làm điểm về xây dựng chi bộ “4 tốt”.",
        "246",
        2022,
        note="units chosen as province pilots of another programme; not pilot models",
    ),
    S(
        "Kế hoạch số 52-KH/HU ngày 10/02/2022 yêu cầu mỗi đảng viên đăng ký từ 01 đến 03 việc làm cụ thể.",
        "246",
        2022,
    ),
    # Huyện Yên Thành (426), 2024
    S(
        "Huyện ủy ban hành 12 văn bản chỉ đạo, trong đó có 07 kế hoạch, hướng dẫn.",
        "426",
        2024,
        F("plans_issued", 7),
        note="the 12 documents include other kinds (công văn, thông báo); only the 07 plans and guidance count",
    ),
    S(
        "Khen thưởng 35 tập thể, 86 cá nhân điển hình; trình Ban Thường vụ Tỉnh ủy Nghệ An khen thưởng 02 tập thể, "
        "04 cá nhân.",
        "426",
        2024,
        F("commend_collective", 35),
        F("commend_individual", 86),
        F("commend_proposed_collective", 2),
        F("commend_proposed_individual", 4),
        note="'trình ... khen thưởng' (submit to the province) is a proposal",
    ),
    S(
        "Thị trấn Hoa Thành có 14 mô hình, xã Kim Thành có 10 mô hình, xã Bắc Thành có 08 mô hình.",
        "426",
        2024,
        F("models_total", 14, unit_name="Thị trấn Hoa Thành"),
        F("models_total", 10, unit_name="Xã Kim Thành"),
        F("models_total", 8, unit_name="Xã Bắc Thành"),
    ),
    S(
        "Đảng viên đăng ký: hơn 99%; CCVC, LLVT không là đảng viên: 96,5%; ĐVHV: 84%.",
        "426",
        2024,
        F("reg_party_members_pct", 99, "hơn"),
        F("reg_civil_servants_pct", 96.5),
        F("reg_union_members_pct", 84),
    ),
    S(
        "Có 92,4% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; 100% chi bộ tổ chức kiểm điểm cuối năm.",
        "426",
        2024,
        note="party-member grading and year-end reviews of cells, not registration nor members' plans",
    ),
    # Tỉnh Hà Tĩnh (42), 2022
    S(
        "Toàn tỉnh có 2.146 mô hình học tập và làm theo Bác, trong đó 1.368 mô hình tập thể, 778 mô hình cá nhân.",
        "42",
        2022,
        F("models_total", 2146),
        F("models_collective", 1368),
        F("models_individual", 778),
    ),
    S(
        "Huyện ủy Hương Khê có 126 mô hình, Thị ủy Hồng Lĩnh có 58 mô hình.",
        "42",
        2022,
        F("models_total", 126, unit_name="Huyện Hương Khê"),
        F("models_total", 58, unit_name="Thị xã Hồng Lĩnh"),
        note="party bodies named as 'Huyện ủy X', 'Thị ủy Y': unit_name is the administrative unit",
    ),
    S(
        "Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 25 tập thể, 40 cá nhân; đề nghị Trung ương khen thưởng 01 tập thể.",
        "42",
        2022,
        F("commend_collective", 25),
        F("commend_individual", 40),
        F("commend_proposed_collective", 1),
    ),
    S(
        "Tỉnh ủy đã tổ chức Hội nghị trực tuyến đến 13 điểm cầu cấp huyện và hơn 200 điểm cầu cấp xã.",
        "42",
        2022,
    ),
    S(
        "Chuyên đề năm 2022 được quán triệt đến 98,5% cán bộ, đảng viên trong Đảng bộ tỉnh.",
        "42",
        2022,
        note="the share of members reached by the study of the theme, not the share registered to study and follow",
    ),
    # Tỉnh An Giang (89), 2023
    S(
        "Đến cuối năm 2023, toàn tỉnh có 99,06% đảng viên, 94,8% CCVC, LLVT không là đảng viên và 79,5% đoàn viên, "
        "hội viên đăng ký.",
        "89",
        2023,
        F("reg_party_members_pct", 99.06),
        F("reg_civil_servants_pct", 94.8),
        F("reg_union_members_pct", 79.5),
    ),
    S(
        "Huyện ủy Thoại Sơn dẫn đầu toàn tỉnh với 100% đảng viên đăng ký (3.985/3.985).",
        "89",
        2023,
        F("reg_party_members_pct", 100, numerator=3985, denominator=3985, unit_name="Huyện Thoại Sơn"),
    ),
    S(
        "Tỉnh An Giang có 11 đơn vị hành chính cấp huyện; Đảng bộ tỉnh có 19 đảng bộ trực thuộc.",
        "89",
        2023,
    ),
    S(
        "Ban Tuyên giáo Tỉnh ủy phát hành 15.000 cuốn tài liệu và 4.200 sổ tay đảng viên đến các chi bộ.",
        "89",
        2023,
    ),
    # Tỉnh Bến Tre (83), 2024
    S(
        "Báo Đồng Khởi đăng 186 tin, bài; Đài Phát thanh và Truyền hình tỉnh phát sóng 142 tin, bài, phóng sự về "
        "chuyên đề năm 2024.",
        "83",
        2024,
        F("propaganda_articles", 186),
        F("propaganda_broadcasts", 142),
        note=(
            "the province's newspaper counted as articles; its radio and television station as broadcasts (the "
            "catalogue's nearest metric)"
        ),
    ),
    S(
        "Huyện ủy Giồng Trôm và Huyện ủy Mỏ Cày Nam được biểu dương là hai đơn vị có nhiều mô hình hiệu quả (lần "
        "lượt 134 và 97 mô hình).",
        "83",
        2024,
        F("models_total", 134, unit_name="Huyện Giồng Trôm"),
        F("models_total", 97, unit_name="Huyện Mỏ Cày Nam"),
        note="'hai đơn vị' is not a figure; 'lần lượt' pairs the counts with the two districts",
    ),
    S(
        "Đảng bộ tỉnh có gần 99% đảng viên đăng ký.",
        "83",
        2024,
        F("reg_party_members_pct", 99, "gần"),
    ),
    S(
        "Tổng kinh phí các địa phương chi cho công tác tuyên truyền năm 2024 khoảng 2,3 tỷ đồng.",
        "83",
        2024,
    ),
    # Tỉnh Bình Định (52), 2021
    S(
        "Qua 5 năm thực hiện Chỉ thị 05, Ban Thường vụ Tỉnh ủy khen thưởng 80 tập thể và 120 cá nhân, đề nghị Trung "
        "ương khen thưởng 03 tập thể và 05 cá nhân.",
        "52",
        2021,
        F("commend_collective", 80),
        F("commend_individual", 120),
        F("commend_proposed_collective", 3),
        F("commend_proposed_individual", 5),
    ),
    S(
        "Bình Định có 11 huyện, thị xã, thành phố với 159 xã, phường, thị trấn.",
        "52",
        2021,
    ),
    # Tỉnh Nam Định (36), 2023
    S(
        "Thực hiện Kết luận số 01-KL/TW, ngày 12/3/2023, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 145-KH/TU về "
        "thực hiện chuyên đề năm 2023 “Xây dựng ý thức tôn trọng nhân dân, phát huy dân chủ, chăm lo đời sống nhân "
        "dân theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.",
        "36",
        2023,
        note="one plan named by its number: no count stated",
    ),
    S(
        "Năm 2023, toàn tỉnh có 98,75% đảng viên đăng ký; Huyện ủy Hải Hậu đạt 99,1%.",
        "36",
        2023,
        F("reg_party_members_pct", 98.75),
        F("reg_party_members_pct", 99.1, unit_name="Huyện Hải Hậu"),
    ),
    S(
        "Tỉnh ủy có 15 đảng bộ trực thuộc với hơn 120.000 đảng viên.",
        "36",
        2023,
    ),
    # Xã Hải Hậu (14215), 2025
    S(
        "Sau khi sắp xếp, Đảng bộ xã Hải Hậu có 52 chi bộ trực thuộc với 2.863 đảng viên; 52/52 chi bộ đã chỉ đạo "
        "đảng viên xây dựng kế hoạch học tập và làm theo Bác năm 2025.",
        "14215",
        2025,
        F("party_cells_plans_pct", 100, numerator=52, denominator=52),
        note="the first 52 and 2.863 are bare counts; the figure is 52/52",
    ),
    S(
        "Trong 6 tháng cuối năm 2025, Đảng ủy xã ban hành 04 kế hoạch, hướng dẫn về học tập và làm theo Bác.",
        "14215",
        2025,
        F("plans_issued", 4),
    ),
    S(
        "Xã Hải Hậu được thành lập trên cơ sở sắp xếp 03 đơn vị hành chính cấp xã cũ, hoạt động từ ngày 01/7/2025.",
        "14215",
        2025,
    ),
    S(
        "Đại hội Đảng bộ xã Hải Hậu lần thứ I, nhiệm kỳ 2025-2030 thành công tốt đẹp vào tháng 8/2025.",
        "14215",
        2025,
    ),
    # Xã Hương Khê (18496), 2025
    S(
        "Đảng ủy xã Hương Khê chọn 02 mô hình điểm: “Chi bộ thôn 4 tốt” và “Khu dân cư không rác thải nhựa”.",
        "18496",
        2025,
        F("models_pilot", 2),
        note="pilot models chosen by the reporting commune itself",
    ),
    S(
        "Tỷ lệ đảng viên đăng ký đạt 99,4%; 100% công chức xã không phải là đảng viên đã đăng ký.",
        "18496",
        2025,
        F("reg_party_members_pct", 99.4),
        F("reg_civil_servants_pct", 100),
        note="the commune's non-party civil servants read as reg_civil_servants_pct",
    ),
    S(
        "Trong quý III/2025, xã tổ chức 04 buổi sinh hoạt chuyên đề với 100% chi bộ tham gia.",
        "18496",
        2025,
        note="'100% chi bộ' took part in meetings; not the share that directed members' plans",
    ),
    S(
        "Đảng ủy xã tặng giấy khen cho 4 tập thể, 9 cá nhân tiêu biểu nhân dịp sơ kết 6 tháng cuối năm 2025.",
        "18496",
        2025,
        F("commend_collective", 4),
        F("commend_individual", 9),
    ),
    S(
        "Xã Hương Khê hiện có 31 thôn, tổ dân phố, 5.432 hộ với 19.870 nhân khẩu.",
        "18496",
        2025,
    ),
    # Xã Phù Mỹ (21730), 2025
    S(
        "- Mô hình đang duy trì: 21 (tập thể 15, cá nhân 06).",
        "21730",
        2025,
        F("models_total", 21),
        F("models_collective", 15),
        F("models_individual", 6),
    ),
    S(
        "- Mô hình xây dựng mới sau sắp xếp: 05.",
        "21730",
        2025,
        F("models_new", 5),
    ),
    S(
        "- Số chi bộ chưa có mô hình: 03 (chỉ tiêu: 100% chi bộ có mô hình trước 31/12/2025).",
        "21730",
        2025,
        note="a count of cells without a model and a target",
    ),
    # Xã Giồng Trôm (28984), 2025
    S(
        "Trang Facebook “Đảng ủy xã Giồng Trôm” đăng, chia sẻ 132 tin, bài; Đài truyền thanh xã phát 64 tin, bài về "
        "chuyên đề năm 2025.",
        "28984",
        2025,
        F("propaganda_social_posts", 132),
        F("propaganda_broadcasts", 64),
    ),
    S(
        "Đảng ủy xã khen thưởng 06 tập thể và 15 cá nhân; đề nghị Ban Thường vụ Tỉnh ủy Vĩnh Long khen thưởng 01 cá "
        "nhân.",
        "28984",
        2025,
        F("commend_collective", 6),
        F("commend_individual", 15),
        F("commend_proposed_individual", 1),
    ),
    # Xã Thoại Sơn (30682), 2025
    S(
        "Nhân kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025) và 80 năm Cách mạng Tháng Tám, "
        "xã tổ chức 12 hoạt động tuyên truyền trực quan, treo 350 băng rôn, khẩu hiệu.",
        "30682",
        2025,
        note="banners and visual activities are not tin, bài",
    ),
    S(
        "Xã có khoảng 96% đoàn viên, hội viên đăng ký làm theo Bác, cao hơn mức 88% của năm 2024.",
        "30682",
        2025,
        F("reg_union_members_pct", 96, "khoảng"),
        F("reg_union_members_pct", 88, year=2024),
        note=(
            "88% is the previous year's rate (year=2024), though the commune only exists from July 2025; 'cao hơn' "
            "compares, it bounds nothing"
        ),
    ),
    S(
        "Thời gian triển khai mô hình là 12 tháng, sơ kết sau 06 tháng thực hiện.",
        "30682",
        2025,
    ),
    # Xã Cái Nước (32128), 2025
    S(
        "Chi bộ ấp Tân Phú có 03 mô hình, Chi bộ ấp Tân Bửu có 02 mô hình.",
        "32128",
        2025,
        F("models_total", 3, unit_name="Chi bộ ấp Tân Phú"),
        F("models_total", 2, unit_name="Chi bộ ấp Tân Bửu"),
        note="figures of named party cells: unit_name as written",
    ),
    S(
        "Năm 2025, Đảng ủy xã Cái Nước đã xây dựng 18 mô hình, trong đó có 07 mô hình mới thành lập sau ngày "
        "01/7/2025.",
        "32128",
        2025,
        F("models_total", 18),
        F("models_new", 7),
    ),
    S(
        "Mỗi chi bộ ấp đăng ký tối thiểu 01 mô hình, mỗi đảng viên đăng ký ít nhất 02 việc làm cụ thể.",
        "32128",
        2025,
        note="rules",
    ),
    S(
        "Đăng ký học tập và làm theo: đảng viên 1.186/1.192 (99,5%); đoàn viên, hội viên 3.420/3.980 (85,93%).",
        "32128",
        2025,
        F("reg_party_members_pct", 99.5, numerator=1186, denominator=1192),
        F("reg_union_members_pct", 85.93, numerator=3420, denominator=3980),
    ),
    # Xã Tiên Du (09319), 2025
    S(
        "Kết quả: 100 phần trăm đảng viên đăng ký; 97,2% đoàn viên, hội viên đăng ký.",
        "09319",
        2025,
        F("reg_party_members_pct", 100),
        F("reg_union_members_pct", 97.2),
    ),
    S(
        "Phấn đấu năm 2026 mỗi thôn, khu phố xây dựng ít nhất 01 mô hình, 100% đảng viên có bản đăng ký làm theo.",
        "09319",
        2025,
        note="targets",
    ),
    S(
        "Đã có 42/45 chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch, đạt 93,33%.",
        "09319",
        2025,
        F("party_cells_plans_pct", 93.33, numerator=42, denominator=45),
    ),
    S(
        "Chuyên đề năm 2025 được triển khai đến 45 chi bộ trong 02 đợt.",
        "09319",
        2025,
    ),
    # Xã Đức Trọng (24958), 2025
    S(
        "Bản tin sinh hoạt chi bộ của xã đăng 12 bài; hệ thống loa truyền thanh phát 48 bản tin, bài viết.",
        "24958",
        2025,
        F("propaganda_articles", 12),
        F("propaganda_broadcasts", 48),
    ),
    S(
        "Đảng ủy xã Đức Trọng đề xuất Ban Thường vụ Tỉnh ủy Lâm Đồng khen thưởng 02 tập thể và 03 cá nhân.",
        "24958",
        2025,
        F("commend_proposed_collective", 2),
        F("commend_proposed_individual", 3),
    ),
    S(
        "Chuyên đề năm 2025 có 03 nội dung trọng tâm, được triển khai tới 37 chi bộ trực thuộc.",
        "24958",
        2025,
    ),
    # Tỉnh Ninh Bình (37), 2025
    S(
        "Sau hợp nhất, toàn tỉnh có 3.215 mô hình học tập và làm theo Bác; 129/129 xã, phường đã nhân rộng mô hình "
        "“Dân vận khéo”.",
        "37",
        2025,
        F("models_total", 3215),
        F("model_replication_pct", 100, numerator=129, denominator=129),
    ),
    S(
        "Ban Thường vụ Tỉnh ủy Ninh Bình ban hành 09 kế hoạch, hướng dẫn sau hợp nhất.",
        "37",
        2025,
        F("plans_issued", 9),
    ),
    S(
        "Theo Kế hoạch số 02-KH/TU ngày 10/7/2025, 100% đảng bộ trực thuộc phải hoàn thành việc đăng ký trước ngày "
        "15/8/2025.",
        "37",
        2025,
        note="a rule and a deadline",
    ),
    # Tỉnh Vĩnh Long (86), 2025
    S(
        "Toàn tỉnh có 1.847 tin, bài đăng và chia sẻ trên các nền tảng mạng xã hội, 956 bản tin, bài viết phát trên "
        "hệ thống truyền thanh cơ sở.",
        "86",
        2025,
        F("propaganda_social_posts", 1847),
        F("propaganda_broadcasts", 956),
    ),
    S(
        "Tỉnh Vĩnh Long mới có 124 xã, phường; Ban Tuyên giáo và Dân vận Tỉnh ủy được thành lập trên cơ sở hợp nhất "
        "02 cơ quan.",
        "86",
        2025,
    ),
    # Tỉnh An Giang (91), 2025
    S(
        "Tỉnh An Giang mới được hợp nhất từ tỉnh An Giang và tỉnh Kiên Giang, có 102 đơn vị hành chính cấp xã, trong "
        "đó có 03 đặc khu.",
        "91",
        2025,
    ),
]
