"""A fifth held-out set of narrative sentences (HOLDOUT5), written blind.

Who and from what: written by a helper session started for this purpose, which never opened the extractor, its
tests, its word lists or the other sets of sentences. It read only the domain description (/work/shared/DOMAIN.md),
the real news reports in /work/shared/seeds/ (for the register only; no sentence is copied from them),
data/metrics.csv (the 18 metric codes), data/reference/units_old.csv and data/reference/units_new.csv (unit codes and
official names) and tests/narrative_corpus/__init__.py (F and S). Every sentence is invented, in the voice of
annual, six-month, five-year and thematic reports of district party committees (Huyện ủy, Thị ủy, Thành ủy),
province party committees and, for 2025 after July, commune and province party committees of the new map. The
numbers are invented too; the units and their codes are real.

Format and rules:
- S(text, unit_code, year, *figures, note=None): unit_code and year are what the report's title block gives:
  old-map codes (units_old.csv) for years up to 2024, new-map codes (units_new.csv) for 2025.
- F(metric, value, qualifier=None, **extra): metric is a code from data/metrics.csv. figures lists, in the order
  written, every figure of one of the 18 metrics the sentence states; rates in percent units (98.5, not 0.985);
  "98,5" is 98.5 and "1.245" is 1245; qualifier is None when the figure is exact, else the bounding word as written,
  lowercased ("trên", "hơn", "gần", "khoảng", "dưới", "xấp xỉ"); "đạt", "là", "có" are not qualifiers, nor is "trên"
  meaning "on".
- numerator= and denominator= when the sentence gives them ("17/17"); a rate not written but implied by x/y is
  x/y*100 rounded to two decimals; unit_name= (the official name in the unit list) for a named sub-unit's figure;
  year= for a figure of another year.
- Bulletins and articles broadcast are one count (their sum); plans and guidance documents are one count (their
  sum).
- Numbers that are not figures of a metric (dates, years, periods, document numbers, durations, ordinals, changes
  from last year, targets, rules, counts and rates of other things) give no F.
- note= marks an entry a reasonable reader could read otherwise.
"""

from __future__ import annotations

from tests.narrative_corpus import F, S

HOLDOUT5 = [
    # ---- Huyện ủy Tuần Giáo (Điện Biên), báo cáo năm 2022 ----
    S("Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Kế hoạch số 28-KH/TU của Tỉnh ủy, "
      "Ban Thường vụ Huyện ủy đã ban hành 04 kế hoạch và 02 hướng dẫn để triển khai việc học tập và làm theo tư "
      "tưởng, đạo đức, phong cách Hồ Chí Minh năm 2022.",
      "099", 2022,
      F("plans_issued", 6)),
    S("Kết quả, có 2.846/2.873 đảng viên đăng ký học tập và làm theo, đạt 99,06%; 612/650 công chức, viên chức, "
      "lực lượng vũ trang không phải là đảng viên đăng ký, đạt 94,15%.",
      "099", 2022,
      F("reg_party_members_pct", 99.06, numerator=2846, denominator=2873),
      F("reg_civil_servants_pct", 94.15, numerator=612, denominator=650)),
    S("Toàn Đảng bộ có 176 chi bộ trực thuộc 40 tổ chức cơ sở đảng; 100% chi bộ đã chỉ đạo đảng viên xây dựng kế "
      "hoạch cá nhân và đưa vào sinh hoạt chi bộ định kỳ hằng tháng.",
      "099", 2022,
      F("party_cells_plans_pct", 100),
      note="176 is the number of party cells the 100% refers to, but it is not written as x/y: no denominator given"),
    S("Các xã Quài Nưa, Mường Thín, Chiềng Sinh là những đơn vị có cách làm hay, trong đó xã Quài Nưa duy trì 06 "
      "mô hình tập thể về phát triển cây ăn quả gắn với giảm nghèo bền vững.",
      "099", 2022,
      F("models_collective", 6, unit_name="Xã Quài Nưa")),
    S("Năm 2022, toàn huyện xây dựng và duy trì 58 mô hình học tập và làm theo Bác (tăng 9 mô hình so với năm "
      "2021), trong đó có 37 mô hình tập thể, 21 mô hình cá nhân.",
      "099", 2022,
      F("models_total", 58), F("models_collective", 37), F("models_individual", 21)),
    S("Trên Bản tin sinh hoạt chi bộ của Huyện ủy đăng tải 32 tin, bài; Đài Truyền thanh - Truyền hình huyện phát "
      "sóng 48 bản tin và 16 phóng sự, bài viết về gương người tốt, việc tốt.",
      "099", 2022,
      F("propaganda_articles", 32), F("propaganda_broadcasts", 64),
      note="the broadcasts are 48 bulletins plus 16 reports and articles, summed"),
    S("Trên địa bàn huyện hiện còn 5.421 hộ nghèo, chiếm 22,6% tổng số hộ; tỷ lệ hộ nghèo năm 2022 giảm 3,8% so "
      "với năm 2021.",
      "099", 2022),
    S("Nhân dịp kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022), Ban Thường vụ Huyện ủy tặng "
      "Giấy khen cho 11 tập thể và 19 cá nhân có thành tích tiêu biểu trong học tập và làm theo Bác.",
      "099", 2022,
      F("commend_collective", 11), F("commend_individual", 19)),

    # ---- Huyện ủy Mường Ảng (Điện Biên), năm 2023 ----
    S("Năm 2023, Huyện ủy Mường Ảng ban hành 01 kế hoạch thực hiện chuyên đề năm, 01 hướng dẫn xây dựng mô hình và "
      "01 công văn chỉ đạo sơ kết giữa năm.",
      "102", 2023,
      F("plans_issued", 2),
      note="the công văn is neither a plan nor a guidance document, so it is not counted"),
    S("Trên 97% đảng viên, gần 90% công chức, viên chức không là đảng viên và khoảng 65% đoàn viên, hội viên đã "
      "đăng ký nội dung học tập và làm theo gắn với nhiệm vụ được giao.",
      "102", 2023,
      F("reg_party_members_pct", 97, "trên"), F("reg_civil_servants_pct", 90, "gần"),
      F("reg_union_members_pct", 65, "khoảng")),
    S("Theo Hướng dẫn số 12-HD/BTGTW, mỗi chi bộ sinh hoạt chuyên đề ít nhất 01 lần/quý, mỗi đảng bộ xã, thị trấn "
      "đăng ký xây dựng ít nhất 02 mô hình.",
      "102", 2023,
      note="rules, not results"),
    S("Mô hình “Dân vận khéo trong vận động đồng bào hiến đất làm đường” của xã Búng Lao được nhân rộng ra 7/10 xã, "
      "thị trấn; nhờ đó nhân dân đã hiến trên 12.000 m² đất, làm mới 8,6 km đường bê tông nông thôn.",
      "102", 2023,
      F("model_replication_pct", 70.0, numerator=7, denominator=10),
      note="the replication is the district's figure (7 of its 10 communes), not Búng Lao's"),
    S("Ban Thường vụ Huyện ủy khen thưởng 08 tập thể, 15 cá nhân; đề nghị Ban Thường vụ Tỉnh ủy khen thưởng 01 tập "
      "thể và 01 cá nhân điển hình.",
      "102", 2023,
      F("commend_collective", 8), F("commend_individual", 15),
      F("commend_proposed_collective", 1), F("commend_proposed_individual", 1)),

    # ---- Thành ủy Điện Biên Phủ, sơ kết 3 năm Kết luận 01, năm 2024 ----
    S("Sau 03 năm thực hiện Kết luận số 01-KL/TW (2021 - 2024), Thành ủy đã cụ thể hóa bằng 12 văn bản, trong đó "
      "có 07 kế hoạch, 03 hướng dẫn và 02 thông báo kết luận.",
      "094", 2024,
      F("plans_issued", 10),
      note="12 documents include 2 notices; plans and guidance only are 7 + 3"),
    S("Toàn Đảng bộ thành phố hiện có 3.915 đảng viên sinh hoạt tại 142 chi bộ; số đảng viên đăng ký học tập và làm "
      "theo là 3.902 đồng chí.",
      "094", 2024,
      F("reg_party_members_pct", 99.67, numerator=3902, denominator=3915),
      note="the rate is not written; it follows from 3.902 registered of 3.915 members"),
    S("Phường Him Lam có 27/27 chi bộ hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch làm theo; phường Mường "
      "Thanh đạt 96,3%.",
      "094", 2024,
      F("party_cells_plans_pct", 100.0, numerator=27, denominator=27, unit_name="Phường Him Lam"),
      F("party_cells_plans_pct", 96.3, unit_name="Phường Mường Thanh")),
    S("Các cơ quan, đơn vị đăng ký xây dựng 86 mô hình (62 mô hình tập thể, 24 mô hình cá nhân), trong đó 19 mô "
      "hình đăng ký mới năm 2024.",
      "094", 2024,
      F("models_total", 86), F("models_collective", 62), F("models_individual", 24), F("models_new", 19)),
    S("Trang thông tin điện tử Thành ủy đăng tải 145 tin, bài; các tổ chức đảng, đoàn thể chia sẻ hơn 600 tin, bài "
      "trên Facebook, Zalo.",
      "094", 2024,
      F("propaganda_articles", 145), F("propaganda_social_posts", 600, "hơn")),
    S("Thành phố đã tổ chức 02 hội nghị sơ kết với 420 đại biểu tham dự, mời 06 điển hình tiên tiến trình bày "
      "tham luận.",
      "094", 2024),
    S("Xã Mường Phăng xây dựng 03 mô hình điểm về du lịch cộng đồng gắn với bảo tồn di tích Sở Chỉ huy Chiến dịch "
      "Điện Biên Phủ, đón hơn 25.000 lượt khách trong năm.",
      "094", 2024,
      F("models_pilot", 3, unit_name="Xã Mường Phăng")),

    # ---- Tỉnh ủy Điện Biên, năm 2023 ----
    S("Toàn tỉnh có 98,7% cán bộ, đảng viên; 91,2% công chức, viên chức, người lao động không phải là đảng viên "
      "đăng ký học tập và làm theo.",
      "11", 2023,
      F("reg_party_members_pct", 98.7), F("reg_civil_servants_pct", 91.2)),
    S("Về tỷ lệ đảng viên đăng ký, Huyện ủy Tuần Giáo đạt 99,3%, Thị ủy Mường Lay đạt 100%.",
      "11", 2023,
      F("reg_party_members_pct", 99.3, unit_name="Huyện Tuần Giáo"),
      F("reg_party_members_pct", 100, unit_name="Thị xã Mường Lay")),
    S("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 142-KH/TU ngày 15/02/2023 thực hiện chuyên đề năm 2023 và chỉ "
      "đạo các huyện ủy, thị ủy, thành ủy hoàn thành việc cụ thể hóa trước ngày 31/3/2023.",
      "11", 2023,
      note="one named plan, not stated as a count of plans"),
    S("Toàn tỉnh có 1.064 mô hình được đăng ký mới, nâng tổng số mô hình đang duy trì lên 3.218 mô hình.",
      "11", 2023,
      F("models_new", 1064), F("models_total", 3218)),
    S("Ban Thường vụ Tỉnh ủy biểu dương, khen thưởng 25 tập thể, 40 cá nhân điển hình; đề nghị Ban Tuyên giáo "
      "Trung ương tặng Bằng khen cho 02 cá nhân.",
      "11", 2023,
      F("commend_collective", 25), F("commend_individual", 40), F("commend_proposed_individual", 2)),

    # ---- Huyện ủy Trùng Khánh (Cao Bằng), tổng kết 5 năm Chỉ thị 05 (2016-2021) ----
    S("Sau 5 năm thực hiện Chỉ thị số 05-CT/TW, Huyện ủy Trùng Khánh đã ban hành 23 kế hoạch, hướng dẫn, 15 công văn "
      "chỉ đạo; tổ chức 18 lớp học tập chuyên đề cho 5.760 lượt cán bộ, đảng viên.",
      "047", 2021,
      F("plans_issued", 23)),
    S("Năm 2020, sau khi nhập huyện Trà Lĩnh vào huyện Trùng Khánh, Đảng bộ huyện có 43 tổ chức cơ sở đảng với 285 "
      "chi bộ trực thuộc.",
      "047", 2021),
    S("Từ năm 2016 đến năm 2021, toàn huyện đã xây dựng 124 mô hình, điển hình, trong đó cấp huyện chọn ba mô hình "
      "điểm để chỉ đạo và rút kinh nghiệm.",
      "047", 2021,
      F("models_total", 124), F("models_pilot", 3)),
    S("Mô hình “Chi bộ bốn tốt” ở xã Đình Phong được nhân rộng tại 17/21 xã, thị trấn trong huyện.",
      "047", 2021,
      F("model_replication_pct", 80.95, numerator=17, denominator=21)),
    S("Huyện ủy khen thưởng 36 tập thể, 71 cá nhân tiêu biểu giai đoạn 2016 - 2021.",
      "047", 2021,
      F("commend_collective", 36), F("commend_individual", 71)),

    # ---- Huyện ủy Hòa An (Cao Bằng), năm 2023 ----
    S("Năm 2023, tỷ lệ đảng viên đăng ký học tập và làm theo đạt 99,6%, tăng 0,8% so với năm 2022; tỷ lệ đoàn viên, "
      "hội viên đăng ký đạt 72,5%.",
      "051", 2023,
      F("reg_party_members_pct", 99.6), F("reg_union_members_pct", 72.5)),
    S("Riêng thị trấn Nước Hai và xã Hồng Việt còn 05 đảng viên tuổi cao, sức yếu được miễn sinh hoạt nên chưa "
      "đăng ký.",
      "051", 2023),
    S("Các cấp ủy đã tuyên truyền trên hệ thống truyền thanh cơ sở 126 tin, bài; Trang thông tin điện tử huyện "
      "đăng 54 tin, bài.",
      "051", 2023,
      F("propaganda_broadcasts", 126), F("propaganda_articles", 54)),
    S("Huyện chọn xây dựng 02 mô hình điểm: “Chi bộ xóm nói đi đôi với làm” ở xã Bạch Đằng và “Đảng viên giúp hộ "
      "nghèo phát triển chăn nuôi” ở xã Hồng Việt, mỗi mô hình được hỗ trợ 20 triệu đồng.",
      "051", 2023,
      F("models_pilot", 2)),

    # ---- Huyện ủy Chi Lăng (Lạng Sơn), năm 2022 ----
    S("Căn cứ Kế hoạch số 57-KH/TU ngày 25/02/2022 của Ban Thường vụ Tỉnh ủy Lạng Sơn, Ban Thường vụ Huyện ủy đã "
      "ban hành 03 kế hoạch, 01 hướng dẫn; Ban Tuyên giáo Huyện ủy ban hành 02 hướng dẫn chuyên môn.",
      "187", 2022,
      F("plans_issued", 6),
      note="summed over the district committee (3 + 1) and its propaganda board (2); a reader could keep 4"),
    S("100% chi bộ trực thuộc 38 đảng bộ, chi bộ cơ sở đã hoàn thành việc chỉ đạo đảng viên xây dựng bản đăng ký; "
      "97,6% đảng viên đăng ký cam kết làm theo.",
      "187", 2022,
      F("party_cells_plans_pct", 100), F("reg_party_members_pct", 97.6)),
    S("Thị trấn Đồng Mỏ và xã Vân An đạt 100% đoàn viên, hội viên đăng ký; thấp nhất là xã Quan Sơn đạt 58%.",
      "187", 2022,
      F("reg_union_members_pct", 100, unit_name="Thị trấn Đồng Mỏ"),
      F("reg_union_members_pct", 100, unit_name="Xã Vân An"),
      F("reg_union_members_pct", 58, unit_name="Xã Quan Sơn"),
      note="one written 100% is the figure of two communes"),
    S("Toàn huyện xây dựng mới 27 mô hình, nâng tổng số lên 95 mô hình đang được duy trì.",
      "187", 2022,
      F("models_new", 27), F("models_total", 95)),
    S("Tổ chức Hội thi “Tìm hiểu về Chủ tịch Hồ Chí Minh” với 21 đội thi, 126 thí sinh tham gia; trao 01 giải Nhất, "
      "02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích.",
      "187", 2022),

    # ---- Huyện ủy Bắc Sơn (Lạng Sơn), sơ kết 3 năm Kết luận 01, năm 2024 ----
    S("Qua 3 năm (2021 - 2024), Huyện ủy biểu dương, khen thưởng 42 tập thể và 87 cá nhân; đề nghị Tỉnh ủy Lạng Sơn "
      "khen thưởng 03 tập thể, 05 cá nhân.",
      "185", 2024,
      F("commend_collective", 42), F("commend_individual", 87),
      F("commend_proposed_collective", 3), F("commend_proposed_individual", 5)),
    S("Mô hình “Phụ nữ Bắc Sơn giữ gìn nếp nhà” do Hội LHPN xã Vũ Lễ khởi xướng đã được nhân rộng ở 18/18 xã, thị "
      "trấn.",
      "185", 2024,
      F("model_replication_pct", 100.0, numerator=18, denominator=18)),
    S("Hằng năm, mỗi chi bộ đăng ký ít nhất một việc làm cụ thể; mỗi đảng viên đăng ký từ 02 đến 03 việc làm theo "
      "Bác.",
      "185", 2024,
      note="rules, not results"),
    S("Năm 2024, tỷ lệ đảng viên đăng ký đạt 99,2% (năm 2021 là 96,5%).",
      "185", 2024,
      F("reg_party_members_pct", 99.2), F("reg_party_members_pct", 96.5, year=2021),
      note="the figure in parentheses is 2021's"),
    S("Bắc Sơn là địa danh gắn với cuộc Khởi nghĩa Bắc Sơn ngày 27/9/1940; năm 2024 huyện đón trên 150.000 lượt "
      "khách du lịch.",
      "185", 2024),

    # ---- Huyện ủy Tân Lạc (Hòa Bình), năm 2023 ----
    S("Trong năm, Huyện ủy ban hành 05 văn bản chỉ đạo (03 kế hoạch, 02 hướng dẫn), tổ chức 01 hội nghị học tập "
      "chuyên đề cho 612 cán bộ chủ chốt.",
      "155", 2023,
      F("plans_issued", 5)),
    S("Kết quả đăng ký: 4.108/4.156 đảng viên (98,85%), 1.026/1.104 CCVC, LLVT không là đảng viên (92,93%).",
      "155", 2023,
      F("reg_party_members_pct", 98.85, numerator=4108, denominator=4156),
      F("reg_civil_servants_pct", 92.93, numerator=1026, denominator=1104)),
    S("Các xã Phú Vinh, Tử Nê có cách làm sáng tạo: xã Phú Vinh xây dựng 04 mô hình, xã Tử Nê xây dựng 05 mô hình "
      "gắn với phát triển du lịch cộng đồng của đồng bào Mường.",
      "155", 2023,
      F("models_total", 4, unit_name="Xã Phú Vinh"), F("models_total", 5, unit_name="Xã Tử Nê")),
    S("Tỷ lệ hộ nghèo của huyện giảm từ 12,5% năm 2022 xuống còn 9,7% năm 2023; 100% xã, thị trấn đạt chuẩn tiếp "
      "cận pháp luật.",
      "155", 2023),
    S("Đài Truyền thanh huyện phát 96 tin, 24 bài; Bản tin Tân Lạc đăng 18 bài viết về các tấm gương làm theo Bác.",
      "155", 2023,
      F("propaganda_broadcasts", 120), F("propaganda_articles", 18)),

    # ---- Huyện ủy Lạc Sơn (Hòa Bình), sơ kết 6 tháng đầu năm 2022 ----
    S("Sáu tháng đầu năm 2022, Huyện ủy Lạc Sơn ban hành 02 kế hoạch; tổ chức quán triệt chuyên đề năm 2022 đến "
      "100% chi bộ với trên 7.000 lượt đảng viên tham gia.",
      "157", 2022,
      F("plans_issued", 2),
      note="100% of party cells were briefed; that is not the party-cells metric"),
    S("Đến ngày 30/6/2022, có 6.815 đảng viên đăng ký, đạt 98,1% tổng số đảng viên toàn Đảng bộ.",
      "157", 2022,
      F("reg_party_members_pct", 98.1, numerator=6815)),
    S("Huyện ủy chỉ đạo mỗi xã, thị trấn xây dựng ít nhất 01 mô hình “Dòng họ học tập và làm theo Bác” trong năm "
      "2022.",
      "157", 2022,
      note="a rule per commune, not a count"),
    S("Tỷ lệ đoàn viên, hội viên đăng ký còn thấp, dưới 55%, chủ yếu do lao động đi làm ăn xa chiếm đông.",
      "157", 2022,
      F("reg_union_members_pct", 55, "dưới")),

    # ---- Huyện ủy Yên Mô (Ninh Bình), năm 2023 ----
    S("Huyện ủy Yên Mô ban hành Kế hoạch số 86-KH/HU ngày 20/01/2023 và 04 hướng dẫn thực hiện chuyên đề năm 2023.",
      "377", 2023,
      F("plans_issued", 5),
      note="one named plan plus 04 guidance documents; a reader could keep 4"),
    S("100% (17/17) đảng bộ xã, thị trấn đã nhân rộng mô hình “Khu dân cư không rác thải nhựa”.",
      "377", 2023,
      F("model_replication_pct", 100, numerator=17, denominator=17)),
    S("Năm 2023 có 48 tập thể và 93 cá nhân được Huyện ủy tặng Giấy khen, 02 tập thể được đề nghị UBND tỉnh tặng "
      "Bằng khen.",
      "377", 2023,
      F("commend_collective", 48), F("commend_individual", 93), F("commend_proposed_collective", 2)),
    S("Xã Yên Thắng có 03 mô hình cá nhân tiêu biểu về phát triển kinh tế trang trại, mỗi trang trại thu nhập từ "
      "1,2 đến 1,5 tỷ đồng/năm.",
      "377", 2023,
      F("models_individual", 3, unit_name="Xã Yên Thắng")),
    S("Tỷ lệ đoàn viên, hội viên đăng ký đạt xấp xỉ 80%, tăng 6% so với năm trước.",
      "377", 2023,
      F("reg_union_members_pct", 80, "xấp xỉ")),

    # ---- Thành ủy Tam Điệp (Ninh Bình), năm 2024 ----
    S("Năm 2024, 100% tổ chức cơ sở đảng trực thuộc Thành ủy xây dựng kế hoạch thực hiện chuyên đề; 218/218 chi bộ "
      "hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch cá nhân.",
      "370", 2024,
      F("party_cells_plans_pct", 100.0, numerator=218, denominator=218),
      note="the first 100% is of grassroots party organisations making their own plans, not a metric"),
    S("Thành phố có tổng số 47 mô hình, trong đó 02 mô hình điểm cấp thành phố, 11 mô hình mới.",
      "370", 2024,
      F("models_total", 47), F("models_pilot", 2), F("models_new", 11)),
    S("Trên các nền tảng mạng xã hội, các chi bộ, đoàn thể đăng, chia sẻ 1.350 tin, bài, video clip.",
      "370", 2024,
      F("propaganda_social_posts", 1350)),

    # ---- Huyện ủy Đức Thọ (Hà Tĩnh), tổng kết 5 năm (2016-2021) ----
    S("Sau sắp xếp đơn vị hành chính cấp xã năm 2019, huyện còn 16 xã, thị trấn với 286 chi bộ trực thuộc.",
      "440", 2021),
    S("Qua 5 năm, huyện đã xây dựng 214 mô hình, trong đó 139 mô hình tập thể, 75 mô hình cá nhân; có 06 mô hình "
      "được chọn làm mô hình điểm.",
      "440", 2021,
      F("models_total", 214), F("models_collective", 139), F("models_individual", 75), F("models_pilot", 6)),
    S("Xã Tùng Ảnh - quê hương Tổng Bí thư Trần Phú - có 100% đảng viên và 95% hội viên các đoàn thể đăng ký làm "
      "theo.",
      "440", 2021,
      F("reg_party_members_pct", 100, unit_name="Xã Tùng Ảnh"),
      F("reg_union_members_pct", 95, unit_name="Xã Tùng Ảnh")),
    S("Ban Thường vụ Huyện ủy đã khen thưởng 65 tập thể, 148 cá nhân; đề nghị Tỉnh ủy Hà Tĩnh tặng Bằng khen cho 04 "
      "tập thể, 07 cá nhân.",
      "440", 2021,
      F("commend_collective", 65), F("commend_individual", 148),
      F("commend_proposed_collective", 4), F("commend_proposed_individual", 7)),
    S("Giai đoạn 2016 - 2021, nhân dân trong huyện đóng góp trên 120 tỷ đồng, hiến 35.000 m² đất xây dựng nông "
      "thôn mới; đến nay 15/15 xã đạt chuẩn nông thôn mới.",
      "440", 2021,
      note="15/15 communes meeting the new-rural standard is not model replication"),

    # ---- Huyện ủy Can Lộc (Hà Tĩnh), năm 2023 ----
    S("Năm 2023, Ban Thường vụ Huyện ủy tổ chức 01 hội nghị trực tuyến đến 100% các điểm cầu xã, thị trấn với hơn "
      "3.200 đảng viên tham dự.",
      "443", 2023),
    S("Số đảng viên đăng ký học tập và làm theo là 6.244/6.310 đồng chí (98,95%); đoàn viên, hội viên đăng ký "
      "21.530/30.120 người.",
      "443", 2023,
      F("reg_party_members_pct", 98.95, numerator=6244, denominator=6310),
      F("reg_union_members_pct", 71.48, numerator=21530, denominator=30120)),
    S("Xã Thiên Lộc, xã Vượng Lộc đạt 100% chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch.",
      "443", 2023,
      F("party_cells_plans_pct", 100, unit_name="Xã Thiên Lộc"),
      F("party_cells_plans_pct", 100, unit_name="Xã Vượng Lộc"),
      note="one written 100% is the figure of two communes"),
    S("Các tổ chức cơ sở đảng xây dựng 73 mô hình, trong đó có 46 mô hình tập thể, 27 mô hình cá nhân, riêng năm "
      "2023 có 15 mô hình mới.",
      "443", 2023,
      F("models_total", 73), F("models_collective", 46), F("models_individual", 27), F("models_new", 15)),
    S("Trong năm, Huyện ủy vận động 150 triệu đồng hỗ trợ xây dựng 30 nhà ở cho hộ nghèo, gia đình chính sách.",
      "443", 2023),

    # ---- Thị ủy Hồng Lĩnh (Hà Tĩnh), năm 2022 ----
    S("Thị ủy Hồng Lĩnh ban hành 06 kế hoạch và hướng dẫn; 100% đảng viên trong Đảng bộ thị xã đăng ký học tập và "
      "làm theo, 89% CCVC không là đảng viên đăng ký.",
      "437", 2022,
      F("plans_issued", 6), F("reg_party_members_pct", 100), F("reg_civil_servants_pct", 89)),
    S("Bản tin Thị ủy đăng 40 tin, bài; hệ thống loa truyền thanh 06 phường, xã phát 230 tin, bài.",
      "437", 2022,
      F("propaganda_articles", 40), F("propaganda_broadcasts", 230)),

    # ---- Huyện ủy Nghĩa Hành (Quảng Ngãi), năm 2024 ----
    S("Đảng bộ huyện Nghĩa Hành có 12 đảng bộ xã, thị trấn và 17 chi, đảng bộ cơ quan; tổng số 4.905 đảng viên.",
      "532", 2024),
    S("Đến cuối năm 2024, 4.871 đảng viên đã đăng ký, đạt 99,31%.",
      "532", 2024,
      F("reg_party_members_pct", 99.31, numerator=4871)),
    S("Mô hình “Chi bộ thôn kiểu mẫu” của xã Hành Thuận được nhân rộng ra 9/12 xã, thị trấn, đạt 75%.",
      "532", 2024,
      F("model_replication_pct", 75, numerator=9, denominator=12)),
    S("Xã Hành Tín Đông đăng ký 05 mô hình, trong đó 02 mô hình tập thể, 03 mô hình cá nhân.",
      "532", 2024,
      F("models_total", 5, unit_name="Xã Hành Tín Đông"),
      F("models_collective", 2, unit_name="Xã Hành Tín Đông"),
      F("models_individual", 3, unit_name="Xã Hành Tín Đông")),
    S("Toàn huyện có 81 mô hình đang triển khai, trong đó 56 tập thể, 25 cá nhân; 04 mô hình được thẩm định là mô "
      "hình điểm cấp huyện.",
      "532", 2024,
      F("models_total", 81), F("models_collective", 56), F("models_individual", 25), F("models_pilot", 4)),
    S("Năm 2024, tổng thu ngân sách trên địa bàn ước đạt 168 tỷ đồng, vượt 12% dự toán; thu nhập bình quân đầu người "
      "đạt 52,5 triệu đồng/năm.",
      "532", 2024),
    S("Tại Hội nghị tổng kết, Ban Thường vụ Huyện ủy khen thưởng 09 tập thể, 14 cá nhân; đề nghị Ban Thường vụ Tỉnh "
      "ủy Quảng Ngãi khen thưởng 01 tập thể.",
      "532", 2024,
      F("commend_collective", 9), F("commend_individual", 14), F("commend_proposed_collective", 1)),

    # ---- Huyện ủy Mộ Đức (Quảng Ngãi), năm 2022 ----
    S("Huyện ủy Mộ Đức ban hành 01 kế hoạch, 01 hướng dẫn và chỉ đạo 13/13 đảng bộ xã, thị trấn xây dựng kế hoạch "
      "thực hiện.",
      "533", 2022,
      F("plans_issued", 2),
      note="13/13 commune party committees making their plans is not the party-cells metric nor replication"),
    S("Có 97,45% đảng viên, 88,6% cán bộ, công chức, viên chức không phải là đảng viên và 62,3% đoàn viên, hội viên "
      "đăng ký.",
      "533", 2022,
      F("reg_party_members_pct", 97.45), F("reg_civil_servants_pct", 88.6), F("reg_union_members_pct", 62.3)),
    S("Trên hệ thống truyền thanh huyện và 13 đài truyền thanh cơ sở đã phát 168 bản tin, 42 bài viết.",
      "533", 2022,
      F("propaganda_broadcasts", 210)),
    S("Xã Đức Nhuận, xã Đức Lân thực hiện mô hình “Ngư dân bám biển làm theo lời Bác” với 126 tàu cá, hơn 900 lao "
      "động tham gia.",
      "533", 2022),

    # ---- Thị ủy Đức Phổ (Quảng Ngãi), năm 2023 ----
    S("Thị ủy Đức Phổ tặng Giấy khen cho 14 tập thể, 26 cá nhân nhân dịp tổng kết năm 2023, mức thưởng theo quy định "
      "tại Nghị định số 98/2023/NĐ-CP.",
      "534", 2023,
      F("commend_collective", 14), F("commend_individual", 26)),
    S("Mô hình “Tổ đoàn kết ngư dân làm theo lời Bác” ở phường Phổ Văn đến nay có 42 tàu cá, 380 lao động tham gia.",
      "534", 2023),
    S("Thị ủy đăng ký xây dựng 38 mô hình, trong đó có 9 mô hình mới.",
      "534", 2023,
      F("models_total", 38), F("models_new", 9)),

    # ---- Huyện ủy Tuy An (Phú Yên), năm 2022 ----
    S("Năm 2022, Ban Thường vụ Huyện ủy Tuy An ban hành 03 kế hoạch, 02 hướng dẫn; đồng thời chỉ đạo 16/16 xã, thị "
      "trấn tổ chức hội nghị quán triệt chuyên đề.",
      "559", 2022,
      F("plans_issued", 5),
      note="16/16 communes holding briefings is not model replication"),
    S("Tổng số mô hình trên địa bàn huyện là 67 (tập thể 41, cá nhân 26).",
      "559", 2022,
      F("models_total", 67), F("models_collective", 41), F("models_individual", 26)),
    S("Xã An Dân duy trì 04 mô hình, xã An Thạch 03 mô hình về phát triển du lịch cộng đồng và bảo vệ môi trường "
      "biển.",
      "559", 2022,
      F("models_total", 4, unit_name="Xã An Dân"), F("models_total", 3, unit_name="Xã An Thạch")),
    S("Đoàn viên, hội viên đăng ký đạt 75%; so với chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII đề ra "
      "(80%) còn thấp 5%.",
      "559", 2022,
      F("reg_union_members_pct", 75),
      note="80% is the target set by the congress resolution, not a result"),

    # ---- Huyện ủy Đồng Xuân (Phú Yên), năm 2024 ----
    S("Huyện ủy Đồng Xuân ban hành 07 văn bản, gồm: 03 kế hoạch, 02 hướng dẫn, 02 công văn.",
      "558", 2024,
      F("plans_issued", 5),
      note="7 documents include 2 công văn; plans and guidance only are 3 + 2"),
    S("Kết quả, 11/11 xã, thị trấn có mô hình đăng ký mới; toàn huyện có 29 mô hình mới, nâng tổng số lên 102 mô "
      "hình.",
      "558", 2024,
      F("models_new", 29), F("models_total", 102),
      note="11/11 communes having a new model is not the replication of one model"),
    S("Trong đó, thị trấn La Hai có 07 mô hình, xã Xuân Quang 1 có 05 mô hình.",
      "558", 2024,
      F("models_total", 7, unit_name="Thị trấn La Hai"), F("models_total", 5, unit_name="Xã Xuân Quang 1")),
    S("Đài Truyền thanh - Truyền hình huyện phát sóng 85 tin, bài về học tập và làm theo Bác, với thời lượng trên "
      "1.200 phút.",
      "558", 2024,
      F("propaganda_broadcasts", 85)),

    # ---- Thị ủy Sông Cầu (Phú Yên), năm 2023 ----
    S("Thị ủy Sông Cầu khen thưởng 12 tập thể và 20 cá nhân tiêu biểu; đề nghị Tỉnh ủy Phú Yên khen thưởng 01 tập "
      "thể, 02 cá nhân.",
      "557", 2023,
      F("commend_collective", 12), F("commend_individual", 20),
      F("commend_proposed_collective", 1), F("commend_proposed_individual", 2)),
    S("Toàn Đảng bộ thị xã có 2.960 đảng viên, trong đó 2.941 đảng viên đăng ký, đạt 99,36%.",
      "557", 2023,
      F("reg_party_members_pct", 99.36, numerator=2941, denominator=2960)),
    S("Nghề nuôi tôm hùm ở vịnh Xuân Đài với trên 40.000 lồng nuôi mang lại thu nhập ổn định cho hơn 3.000 hộ dân.",
      "557", 2023),

    # ---- Huyện ủy Đắk Hà (Kon Tum), năm 2024 ----
    S("Huyện ủy Đắk Hà có 26 tổ chức cơ sở đảng với 214 chi bộ; 212/214 chi bộ hoàn thành chỉ đạo đảng viên xây dựng "
      "kế hoạch, đạt 99,07%.",
      "615", 2024,
      F("party_cells_plans_pct", 99.07, numerator=212, denominator=214)),
    S("Xã Hà Mòn, xã Đăk Ngọk thực hiện mô hình “Đồng bào dân tộc thiểu số không bán đất, không du canh” với trên 300 "
      "hộ đồng bào Xơ Đăng, Ba Na tham gia.",
      "615", 2024),
    S("Trên Trang thông tin điện tử huyện đăng tải 68 tin, bài; Fanpage “Tuổi trẻ Đắk Hà” chia sẻ gần 500 tin, bài, "
      "video.",
      "615", 2024,
      F("propaganda_articles", 68), F("propaganda_social_posts", 500, "gần")),
    S("Năm 2024, tỷ lệ đoàn viên, hội viên đăng ký đạt 68,4%, tăng 4,2% so với năm 2023.",
      "615", 2024,
      F("reg_union_members_pct", 68.4)),

    # ---- Huyện ủy Ngọc Hồi (Kon Tum), năm 2023 ----
    S("Huyện ủy chọn 02 mô hình điểm là “Xã biên giới Bờ Y văn minh, an toàn” và “Chi bộ thôn gương mẫu làm theo "
      "Bác” ở xã Đắk Dục.",
      "611", 2023,
      F("models_pilot", 2)),
    S("Xã Sa Loong có 08/08 chi bộ thôn hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch làm theo.",
      "611", 2023,
      F("party_cells_plans_pct", 100.0, numerator=8, denominator=8, unit_name="Xã Sa Loong")),
    S("Ngọc Hồi có đường biên giới dài 56 km giáp Lào và Campuchia, có 04 xã biên giới.",
      "611", 2023),
    S("Toàn huyện có 98,5% đảng viên và 86% công chức, viên chức, chiến sĩ lực lượng vũ trang không là đảng viên đăng "
      "ký học tập và làm theo.",
      "611", 2023,
      F("reg_party_members_pct", 98.5), F("reg_civil_servants_pct", 86)),

    # ---- Huyện ủy Bù Đăng (Bình Phước), năm 2022 ----
    S("Bù Đăng là huyện có 16 xã, thị trấn, đồng bào dân tộc thiểu số chiếm trên 37% dân số.",
      "696", 2022),
    S("Năm 2022, toàn huyện có 7.412/7.536 đảng viên đăng ký làm theo (98,35%), 1.584 CCVC, LLVT không phải đảng "
      "viên đăng ký (93,2%).",
      "696", 2022,
      F("reg_party_members_pct", 98.35, numerator=7412, denominator=7536),
      F("reg_civil_servants_pct", 93.2, numerator=1584)),
    S("Xã Bom Bo - nơi gắn với bài hát “Tiếng chày trên sóc Bom Bo” - xây dựng 06 mô hình, trong đó có 02 mô hình "
      "mới.",
      "696", 2022,
      F("models_total", 6, unit_name="Xã Bom Bo"), F("models_new", 2, unit_name="Xã Bom Bo")),
    S("Ban Thường vụ Huyện ủy khen thưởng 17 tập thể, 34 cá nhân; đề nghị Tỉnh ủy Bình Phước khen thưởng 02 tập thể, "
      "03 cá nhân.",
      "696", 2022,
      F("commend_collective", 17), F("commend_individual", 34),
      F("commend_proposed_collective", 2), F("commend_proposed_individual", 3)),
    S("Huyện phấn đấu đến năm 2025 có 100% chi bộ xây dựng được ít nhất 01 mô hình học tập và làm theo Bác.",
      "696", 2022,
      note="a target, not a result"),

    # ---- Huyện ủy Lộc Ninh (Bình Phước), tổng kết 5 năm Chỉ thị 05 ----
    S("5 năm thực hiện Chỉ thị 05-CT/TW (2016 - 2021), Huyện ủy Lộc Ninh đã ban hành 31 kế hoạch, hướng dẫn.",
      "692", 2021,
      F("plans_issued", 31)),
    S("Huyện chỉ đạo xây dựng 04 mô hình điểm; mô hình “Dân vận khéo trong xây dựng nông thôn mới” được nhân rộng ở "
      "15/16 xã, thị trấn.",
      "692", 2021,
      F("models_pilot", 4), F("model_replication_pct", 93.75, numerator=15, denominator=16)),
    S("Từ năm 2016 đến nay, nhân dân đã hiến trên 85.000 m² đất, đóng góp 42 tỷ đồng làm 312 km đường giao thông "
      "nông thôn.",
      "692", 2021),
    S("Tổng số mô hình học tập và làm theo Bác toàn huyện qua 5 năm là 186, trong đó mô hình tập thể 118, cá nhân 68.",
      "692", 2021,
      F("models_total", 186), F("models_collective", 118), F("models_individual", 68)),

    # ---- Thị ủy Bình Long (Bình Phước), năm 2024 ----
    S("Thị ủy Bình Long chỉ đạo 100% chi bộ (167/167) hoàn thành việc hướng dẫn đảng viên xây dựng kế hoạch; 99,7% "
      "đảng viên đăng ký.",
      "690", 2024,
      F("party_cells_plans_pct", 100, numerator=167, denominator=167), F("reg_party_members_pct", 99.7)),
    S("Bản tin Thị ủy phát hành 12 số/năm, mỗi số 400 bản, đăng 36 tin, bài thuộc chuyên mục “Học và làm theo Bác”.",
      "690", 2024,
      F("propaganda_articles", 36)),

    # ---- Huyện ủy Gò Dầu (Tây Ninh), năm 2023 ----
    S("Năm 2023, 9/9 xã, thị trấn của huyện nhân rộng mô hình “Tuyến đường hoa, cây xanh”, trồng mới 4.200 cây xanh.",
      "710", 2023,
      F("model_replication_pct", 100.0, numerator=9, denominator=9)),
    S("Toàn huyện có 3.486 đảng viên đăng ký (đạt 98,2%), 72% đoàn viên, hội viên đăng ký.",
      "710", 2023,
      F("reg_party_members_pct", 98.2, numerator=3486), F("reg_union_members_pct", 72)),
    S("Xã Phước Đông có 02 mô hình tập thể và 03 mô hình cá nhân; xã Thạnh Đức có 04 mô hình tập thể.",
      "710", 2023,
      F("models_collective", 2, unit_name="Xã Phước Đông"),
      F("models_individual", 3, unit_name="Xã Phước Đông"),
      F("models_collective", 4, unit_name="Xã Thạnh Đức")),
    S("Quý III/2023, Ban Tuyên giáo Huyện ủy kiểm tra 05 đơn vị, nhắc nhở 02 chi bộ chậm xây dựng kế hoạch.",
      "710", 2023),

    # ---- Huyện ủy Tân Biên (Tây Ninh), năm 2022 ----
    S("Huyện ủy Tân Biên ban hành 04 kế hoạch; 100% cán bộ, đảng viên, công chức, viên chức đăng ký học tập và làm "
      "theo.",
      "705", 2022,
      F("plans_issued", 4), F("reg_party_members_pct", 100), F("reg_civil_servants_pct", 100),
      note="one 100% covers party members and civil servants together; read as both rates"),
    S("Xã Hòa Hiệp, xã Tân Lập là 02 xã biên giới đã xây dựng mô hình “Cột mốc chủ quyền, lòng dân biên giới”, "
      "bảo vệ an toàn 22 km đường biên.",
      "705", 2022),
    S("Năm 2022, các cấp ủy tuyên truyền trên mạng xã hội hơn 2.000 tin, bài, ảnh.",
      "705", 2022,
      F("propaganda_social_posts", 2000, "hơn")),

    # ---- Huyện ủy Tân Thạnh (Long An), năm 2023 ----
    S("Trong năm, Huyện ủy Tân Thạnh ban hành 02 kế hoạch, 03 hướng dẫn; 13/13 đảng bộ xã, thị trấn ban hành kế "
      "hoạch thực hiện.",
      "799", 2023,
      F("plans_issued", 5),
      note="13/13 commune party committees issuing plans is not a metric figure"),
    S("Xã Nhơn Hòa có 01 mô hình điểm “Ấp văn hóa kiểu mẫu”, xã Kiến Bình có 01 mô hình điểm “Nông dân sản xuất lúa "
      "sạch”.",
      "799", 2023,
      F("models_pilot", 1, unit_name="Xã Nhơn Hoà"), F("models_pilot", 1, unit_name="Xã Kiến Bình")),
    S("Tổng số mô hình toàn huyện đến cuối năm 2023 là 88 mô hình, trong đó 61 mô hình tập thể, 27 mô hình cá nhân, "
      "13 mô hình mới.",
      "799", 2023,
      F("models_total", 88), F("models_collective", 61), F("models_individual", 27), F("models_new", 13)),
    S("Ban Thường vụ Huyện ủy khen thưởng 10 tập thể, 23 cá nhân; hai tập thể và ba cá nhân được đề nghị Tỉnh ủy "
      "Long An biểu dương.",
      "799", 2023,
      F("commend_collective", 10), F("commend_individual", 23),
      F("commend_proposed_collective", 2), F("commend_proposed_individual", 3)),
    S("Năm 2023, huyện có 2.046 hộ nghèo và cận nghèo, giảm 312 hộ so với năm 2022.",
      "799", 2023),

    # ---- Huyện ủy Đức Huệ (Long An), năm 2024 ----
    S("Đến ngày 15/12/2024, toàn huyện có 2.413/2.440 đảng viên đăng ký học tập và làm theo.",
      "801", 2024,
      F("reg_party_members_pct", 98.89, numerator=2413, denominator=2440)),
    S("Xã Mỹ Quý Tây đạt 100% đảng viên, 100% công chức không là đảng viên đăng ký.",
      "801", 2024,
      F("reg_party_members_pct", 100, unit_name="Xã Mỹ Quý Tây"),
      F("reg_civil_servants_pct", 100, unit_name="Xã Mỹ Quý Tây")),
    S("Xã Bình Hòa Nam có 06 mô hình; trong năm, Huyện ủy chọn mô hình “Xã biên giới sạch, đẹp, an toàn” của xã làm "
      "mô hình điểm.",
      "801", 2024,
      F("models_total", 6, unit_name="Xã Bình Hòa Nam"),
      note="one pilot model is named, not counted"),
    S("Hệ thống truyền thanh huyện, xã phát 112 bản tin và 38 bài viết; Bản tin Huyện ủy đăng 20 tin, bài.",
      "801", 2024,
      F("propaganda_broadcasts", 150), F("propaganda_articles", 20)),
    S("Đức Huệ có 3 xã biên giới với 52 km đường biên giáp Campuchia; năm 2024 lực lượng chức năng tổ chức 240 lượt "
      "tuần tra.",
      "801", 2024),

    # ---- Thị ủy Kiến Tường (Long An), năm 2022 ----
    S("Thị ủy Kiến Tường có 08 đảng bộ xã, phường và 15 chi bộ cơ sở; năm 2022, 98,8% đảng viên và trên 85% công "
      "chức, viên chức không là đảng viên đăng ký.",
      "795", 2022,
      F("reg_party_members_pct", 98.8), F("reg_civil_servants_pct", 85, "trên")),
    S("Qua bình xét, Thị ủy khen thưởng 06 tập thể, 11 cá nhân.",
      "795", 2022,
      F("commend_collective", 6), F("commend_individual", 11)),

    # ---- Huyện ủy Cầu Kè (Trà Vinh), sơ kết 3 năm Kết luận 01, năm 2024 ----
    S("Giai đoạn 2021 - 2024, thực hiện Kết luận số 01-KL/TW và Chỉ thị số 21-CT/TU của Tỉnh ủy Trà Vinh, Huyện ủy "
      "Cầu Kè đã ban hành 10 kế hoạch, hướng dẫn.",
      "845", 2024,
      F("plans_issued", 10)),
    S("Các xã Phong Thạnh, Hoà Tân, Tam Ngãi đạt 100% chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch.",
      "845", 2024,
      F("party_cells_plans_pct", 100, unit_name="Xã Phong Thạnh"),
      F("party_cells_plans_pct", 100, unit_name="Xã Hoà Tân"),
      F("party_cells_plans_pct", 100, unit_name="Xã Tam Ngãi"),
      note="one written 100% is the figure of three communes"),
    S("Đồng bào Khmer chiếm 31,8% dân số; huyện có 17 chùa Phật giáo Nam tông Khmer.",
      "845", 2024),
    S("Toàn huyện có 94 mô hình, trong đó 12 mô hình do đồng bào Khmer làm chủ.",
      "845", 2024,
      F("models_total", 94),
      note="12 Khmer-led models are a subset, not collective, individual or new"),

    # ---- Huyện ủy Tiểu Cần (Trà Vinh), năm 2022 ----
    S("Kết quả, 100% đảng viên, 91,3% CCVC, LLVT không là đảng viên và 58,6% đoàn viên, hội viên đăng ký.",
      "846", 2022,
      F("reg_party_members_pct", 100), F("reg_civil_servants_pct", 91.3), F("reg_union_members_pct", 58.6)),
    S("Xã Hiếu Tử và thị trấn Cầu Quan là 02 đơn vị dẫn đầu với 09 và 07 mô hình.",
      "846", 2022,
      F("models_total", 9, unit_name="Xã Hiếu Tử"), F("models_total", 7, unit_name="Thị trấn Cầu Quan")),
    S("Đài Truyền thanh huyện thực hiện 52 bản tin, 16 bài viết; Trang Facebook “Tiểu Cần ngày mới” chia sẻ 265 tin, "
      "bài.",
      "846", 2022,
      F("propaganda_broadcasts", 68), F("propaganda_social_posts", 265)),

    # ---- Huyện ủy Thới Bình (Cà Mau), năm 2023 ----
    S("Huyện ủy Thới Bình ban hành 05 kế hoạch, hướng dẫn; tổ chức 12 cuộc kiểm tra, giám sát việc học tập và làm "
      "theo ở 24 chi bộ.",
      "967", 2023,
      F("plans_issued", 5)),
    S("Có 3.872 đảng viên đăng ký, đạt 99,1%; 1.210 cán bộ, công chức không là đảng viên đăng ký, đạt 92,5%.",
      "967", 2023,
      F("reg_party_members_pct", 99.1, numerator=3872),
      F("reg_civil_servants_pct", 92.5, numerator=1210)),
    S("Xã Biển Bạch có 03 mô hình mới, xã Trí Phải có 02 mô hình mới.",
      "967", 2023,
      F("models_new", 3, unit_name="Xã Biển Bạch"), F("models_new", 2, unit_name="Xã Trí Phải")),
    S("Huyện ủy khen thưởng 13 tập thể, 27 cá nhân, đồng thời đề nghị Tỉnh ủy Cà Mau khen thưởng 01 tập thể và 03 cá "
      "nhân.",
      "967", 2023,
      F("commend_collective", 13), F("commend_individual", 27),
      F("commend_proposed_collective", 1), F("commend_proposed_individual", 3)),

    # ---- Huyện ủy Đầm Dơi (Cà Mau), năm 2024 ----
    S("Năm 2024, 100% tổ chức cơ sở đảng (32/32) đưa nội dung học tập và làm theo Bác vào chương trình công tác toàn "
      "khóa.",
      "970", 2024,
      note="32/32 grassroots organisations including the contents in their work programme is not a metric"),
    S("Toàn huyện có 152 mô hình, trong đó mô hình tập thể 97, mô hình cá nhân 55, mô hình mới 24, mô hình điểm cấp "
      "huyện 03.",
      "970", 2024,
      F("models_total", 152), F("models_collective", 97), F("models_individual", 55), F("models_new", 24),
      F("models_pilot", 3)),
    S("Xã Tạ An Khương - xã anh hùng - có 08 mô hình, xã Quách Phẩm có 05 mô hình.",
      "970", 2024,
      F("models_total", 8, unit_name="Xã Tạ An Khương"), F("models_total", 5, unit_name="Xã Quách Phẩm")),
    S("Đầm Dơi có diện tích nuôi tôm công nghiệp 1.250 ha, năng suất bình quân 25 tấn/ha/vụ.",
      "970", 2024),

    # ---- Tỉnh ủy Lạng Sơn, năm 2022 ----
    S("Năm 2022, toàn tỉnh có 70.245 đảng viên đăng ký, đạt 98,6%; 92,1% CCVC, LLVT không là đảng viên và 71,5% "
      "đoàn viên, hội viên đăng ký.",
      "20", 2022,
      F("reg_party_members_pct", 98.6, numerator=70245), F("reg_civil_servants_pct", 92.1),
      F("reg_union_members_pct", 71.5)),
    S("Về tỷ lệ đảng viên đăng ký, Huyện ủy Chi Lăng đạt 99,2%, Huyện ủy Bắc Sơn đạt 98,9%, thấp nhất là Huyện ủy "
      "Lộc Bình 96,4%.",
      "20", 2022,
      F("reg_party_members_pct", 99.2, unit_name="Huyện Chi Lăng"),
      F("reg_party_members_pct", 98.9, unit_name="Huyện Bắc Sơn"),
      F("reg_party_members_pct", 96.4, unit_name="Huyện Lộc Bình")),
    S("Toàn tỉnh duy trì 2.564 mô hình, 312 mô hình mới.",
      "20", 2022,
      F("models_total", 2564), F("models_new", 312)),
    S("Lạng Sơn có 231 km đường biên giới với Trung Quốc, trên 80% dân số là đồng bào các dân tộc thiểu số.",
      "20", 2022),

    # ---- Tỉnh ủy Hà Tĩnh, năm 2024 ----
    S("Ban Thường vụ Tỉnh ủy ban hành 04 kế hoạch, 02 hướng dẫn thực hiện chuyên đề năm 2024.",
      "42", 2024,
      F("plans_issued", 6)),
    S("Về khen thưởng, Tỉnh ủy tặng Bằng khen 30 tập thể, 45 cá nhân; trong đó Huyện ủy Đức Thọ có 02 tập thể, 03 "
      "cá nhân.",
      "42", 2024,
      F("commend_collective", 30), F("commend_individual", 45),
      F("commend_collective", 2, unit_name="Huyện Đức Thọ"),
      F("commend_individual", 3, unit_name="Huyện Đức Thọ")),
    S("Mô hình “Khu dân cư kiểu mẫu” được 13/13 huyện, thị xã, thành phố nhân rộng.",
      "42", 2024,
      F("model_replication_pct", 100.0, numerator=13, denominator=13)),
    S("Đến hết năm 2024, Hà Tĩnh có 183 xã đạt chuẩn nông thôn mới nâng cao, 08 đơn vị cấp huyện hoàn thành nhiệm "
      "vụ xây dựng nông thôn mới.",
      "42", 2024),

    # ---- Tỉnh ủy Kon Tum, năm 2023 ----
    S("Tỉnh ủy Kon Tum biểu dương 18 tập thể, 36 cá nhân điển hình tiêu biểu giai đoạn 2021 - 2023.",
      "62", 2023,
      F("commend_collective", 18), F("commend_individual", 36)),
    S("Huyện ủy Đắk Hà và Huyện ủy Ngọc Hồi mỗi đơn vị có 02 mô hình điểm cấp tỉnh.",
      "62", 2023,
      F("models_pilot", 2, unit_name="Huyện Đắk Hà"), F("models_pilot", 2, unit_name="Huyện Ngọc Hồi"),
      note="“mỗi đơn vị 02” states a result here, not a rule"),
    S("Báo Kon Tum, Đài Phát thanh và Truyền hình tỉnh duy trì chuyên mục “Học tập và làm theo Bác” định kỳ 02 "
      "kỳ/tháng.",
      "62", 2023),

    # ---- Tỉnh ủy Trà Vinh, tổng kết 5 năm (2016-2021) ----
    S("5 năm (2016 - 2021), toàn tỉnh xây dựng 1.845 mô hình, trong đó 1.120 mô hình tập thể, 725 mô hình cá nhân.",
      "84", 2021,
      F("models_total", 1845), F("models_collective", 1120), F("models_individual", 725)),
    S("Huyện ủy Cầu Kè có 118 mô hình, Huyện ủy Tiểu Cần có 104 mô hình.",
      "84", 2021,
      F("models_total", 118, unit_name="Huyện Cầu Kè"), F("models_total", 104, unit_name="Huyện Tiểu Cần")),

    # ---- Tỉnh ủy Hòa Bình, năm 2023 ----
    S("Năm 2023, Đảng bộ tỉnh Hòa Bình có 98,9% đảng viên đăng ký; Tân Lạc, Lạc Sơn là 02 huyện có tỷ lệ cao nhất.",
      "17", 2023,
      F("reg_party_members_pct", 98.9)),
    S("Toàn tỉnh có 10 huyện ủy, thành ủy với 1.985 chi bộ trực thuộc đảng bộ cơ sở; 1.962 chi bộ hoàn thành chỉ đạo "
      "đảng viên xây dựng kế hoạch.",
      "17", 2023,
      F("party_cells_plans_pct", 98.84, numerator=1962, denominator=1985),
      note="the rate is not written; it follows from 1.962 of 1.985 cells"),

    # ==== 2025, bản đồ mới ====
    # ---- Tỉnh ủy Điện Biên, năm 2025 ----
    S("Từ ngày 01/7/2025, tỉnh Điện Biên có 45 đơn vị hành chính cấp xã (42 xã, 03 phường), các đảng bộ xã, phường "
      "đã kiện toàn ban chỉ đạo trong tháng 7/2025.",
      "11", 2025),
    S("Năm 2025, toàn tỉnh có 99,05% đảng viên và 93,4% công chức, viên chức không là đảng viên đăng ký học tập và "
      "làm theo.",
      "11", 2025,
      F("reg_party_members_pct", 99.05), F("reg_civil_servants_pct", 93.4)),
    S("Xã Tuần Giáo có 05 mô hình mới, xã Mường Ảng có 04 mô hình mới.",
      "11", 2025,
      F("models_new", 5, unit_name="Xã Tuần Giáo"), F("models_new", 4, unit_name="Xã Mường Ảng")),

    # ---- Đảng ủy xã Tuần Giáo (Điện Biên), năm 2025 ----
    S("Đảng ủy xã Tuần Giáo được thành lập theo Quyết định số 1234-QĐ/TU ngày 30/6/2025, có 52 chi bộ trực thuộc "
      "với 1.486 đảng viên.",
      "03253", 2025),
    S("Đến ngày 15/11/2025, có 1.479 đảng viên đăng ký (99,53%).",
      "03253", 2025,
      F("reg_party_members_pct", 99.53, numerator=1479)),
    S("52/52 chi bộ đã chỉ đạo đảng viên xây dựng kế hoạch cá nhân theo chuyên đề năm 2025.",
      "03253", 2025,
      F("party_cells_plans_pct", 100.0, numerator=52, denominator=52)),
    S("Đảng ủy xã ban hành 03 kế hoạch và 01 hướng dẫn; tặng Giấy khen cho 05 tập thể, 09 cá nhân.",
      "03253", 2025,
      F("plans_issued", 4), F("commend_collective", 5), F("commend_individual", 9)),

    # ---- Đảng ủy xã Chi Lăng (Lạng Sơn), năm 2025 ----
    S("Xã Chi Lăng được thành lập trên cơ sở sáp nhập 03 đơn vị hành chính cấp xã, có diện tích tự nhiên 98,5 km², "
      "dân số trên 21.000 người.",
      "06463", 2025),
    S("Trong 6 tháng cuối năm 2025, Đảng ủy xã duy trì 14 mô hình (09 tập thể, 05 cá nhân) và đăng ký mới 03 mô hình.",
      "06463", 2025,
      F("models_total", 14), F("models_collective", 9), F("models_individual", 5), F("models_new", 3)),
    S("Hệ thống loa truyền thanh xã phát 64 tin, bài; trang Zalo OA của xã đăng, chia sẻ hơn 150 tin, bài.",
      "06463", 2025,
      F("propaganda_broadcasts", 64), F("propaganda_social_posts", 150, "hơn")),

    # ---- Đảng ủy xã Đức Thọ (Hà Tĩnh), năm 2025 ----
    S("Có 2.315/2.338 đảng viên và 85% đoàn viên, hội viên đăng ký học tập và làm theo.",
      "18229", 2025,
      F("reg_party_members_pct", 99.02, numerator=2315, denominator=2338), F("reg_union_members_pct", 85)),
    S("Đảng ủy xã đề nghị Ban Thường vụ Tỉnh ủy khen thưởng 01 tập thể, 01 cá nhân có thành tích xuất sắc trong 05 "
      "năm thực hiện chuyên đề toàn khóa.",
      "18229", 2025,
      F("commend_proposed_collective", 1), F("commend_proposed_individual", 1)),

    # ---- Đảng ủy xã Can Lộc (Hà Tĩnh), năm 2025 ----
    S("Đảng ủy xã Can Lộc phấn đấu đến năm 2030 có 100% đảng viên, 90% đoàn viên, hội viên đăng ký học tập và làm "
      "theo.",
      "18406", 2025,
      note="targets for 2030, not results"),
    S("Năm 2025, Đảng ủy xã có 36/38 chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch.",
      "18406", 2025,
      F("party_cells_plans_pct", 94.74, numerator=36, denominator=38)),

    # ---- Tỉnh ủy Tây Ninh, năm 2025 ----
    S("Sau hợp nhất, tỉnh Tây Ninh có 96 đơn vị hành chính cấp xã, gồm 82 xã và 14 phường.",
      "80", 2025),
    S("Trong 6 tháng cuối năm 2025, toàn tỉnh đăng ký mới 215 mô hình, trong đó xã Tân Thạnh đăng ký mới 06 mô hình, "
      "xã Đông Thành 04 mô hình.",
      "80", 2025,
      F("models_new", 215), F("models_new", 6, unit_name="Xã Tân Thạnh"),
      F("models_new", 4, unit_name="Xã Đông Thành")),
    S("Ban Thường vụ Tỉnh ủy khen thưởng 24 tập thể, 38 cá nhân tiêu biểu.",
      "80", 2025,
      F("commend_collective", 24), F("commend_individual", 38)),

    # ---- Đảng ủy xã Tân Thạnh (Tây Ninh), năm 2025 ----
    S("Đảng ủy xã Tân Thạnh có 48 chi bộ; 100% chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch.",
      "27826", 2025,
      F("party_cells_plans_pct", 100),
      note="48 is the number of cells the 100% refers to, not written as x/y"),
    S("Bản tin Đảng ủy xã đăng 12 tin, bài.",
      "27826", 2025,
      F("propaganda_articles", 12)),

    # ---- Tỉnh ủy Cà Mau, năm 2025 ----
    S("Năm 2025, Đảng bộ tỉnh Cà Mau có trên 98% đảng viên đăng ký học tập và làm theo.",
      "96", 2025,
      F("reg_party_members_pct", 98, "trên")),
    S("Xã Đầm Dơi và xã Thới Bình đạt tỷ lệ đảng viên đăng ký 100%.",
      "96", 2025,
      F("reg_party_members_pct", 100, unit_name="Xã Đầm Dơi"),
      F("reg_party_members_pct", 100, unit_name="Xã Thới Bình"),
      note="one written 100% is the figure of two communes"),

    # ---- Đảng ủy xã Đầm Dơi (Cà Mau), năm 2025 ----
    S("Đảng ủy xã Đầm Dơi ban hành 02 kế hoạch, 02 hướng dẫn; xây dựng 11 mô hình, trong đó 04 mô hình mới.",
      "32152", 2025,
      F("plans_issued", 4), F("models_total", 11), F("models_new", 4)),
    S("Xã có 1.320 hộ nuôi tôm quảng canh cải tiến, 42 hộ thoát nghèo trong năm.",
      "32152", 2025),

    # ---- Đảng ủy xã Cầu Kè (Vĩnh Long), năm 2025 ----
    S("Đảng ủy xã Cầu Kè có 41/42 chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch, đạt 97,62%.",
      "29308", 2025,
      F("party_cells_plans_pct", 97.62, numerator=41, denominator=42)),
    S("Đài truyền thanh xã phát 45 bản tin, 10 bài viết.",
      "29308", 2025,
      F("propaganda_broadcasts", 55)),

    # ---- Đảng ủy xã Bù Đăng (Đồng Nai), năm 2025 ----
    S("Đảng ủy xã Bù Đăng khen thưởng 07 tập thể, 12 cá nhân; đề nghị Ban Thường vụ Tỉnh ủy Đồng Nai khen thưởng 01 "
      "cá nhân.",
      "25396", 2025,
      F("commend_collective", 7), F("commend_individual", 12), F("commend_proposed_individual", 1)),

    # ---- Đảng ủy xã Yên Mô (Ninh Bình), năm 2025 ----
    S("Đảng ủy xã Yên Mô có 99,4% đảng viên, 93% CCVC không là đảng viên đăng ký.",
      "14701", 2025,
      F("reg_party_members_pct", 99.4), F("reg_civil_servants_pct", 93)),

    # ---- Đảng ủy xã Trùng Khánh (Cao Bằng), năm 2025 ----
    S("Đảng ủy xã Trùng Khánh tổ chức cho 100% đảng viên học tập chuyên đề năm 2025; xã có 02 mô hình điểm của tỉnh.",
      "01477", 2025,
      F("models_pilot", 2),
      note="100% of members studying the theme is not registration"),

    # ---- Tỉnh ủy Quảng Ngãi, năm 2025 ----
    S("Sau hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum, Đảng bộ tỉnh có 96 đảng bộ xã, phường, đặc khu.",
      "51", 2025),
    S("Xã Nghĩa Hành có 12 mô hình, xã Mộ Đức 10 mô hình.",
      "51", 2025,
      F("models_total", 12, unit_name="Xã Nghĩa Hành"), F("models_total", 10, unit_name="Xã Mộ Đức")),
]
