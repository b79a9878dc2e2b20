"""A fourth held-out set of narrative sentences (HOLDOUT4), written blind.

Who and from what: written by a helper session asked by the project to write a held-out test set. It was written
only from /work/shared/DOMAIN.md (the campaign, Chỉ thị 05-CT/TW, Kết luận 01-KL/TW, the metrics and how reports
state them), data/metrics.csv (the 18 metric codes), data/reference/units_old.csv and units_new.csv (unit codes and
official names) and tests/narrative_corpus/__init__.py (F and S). It was written BLIND: the writer never opened the
extractor, its code, its tests, its word lists, nor the other corpora, and never ran any of them. All sentences are
invented, in the voice of annual, six-month, five-year and thematic reports of district party committees (Huyện ủy),
province party committees and, for 2025 after July, commune and province party committees of the new map. The
figures are invented; the unit codes and official names are real.

Format and rules:
- S(text, unit_code, year, *figures, note=None): unit_code and year are what the report's title block gives:
  old-map codes (units_old.csv) for years up to 2024, new-map codes (units_new.csv) for 2025.
- F(metric, value, qualifier=None, **extra): metric is a code from data/metrics.csv. `figures` lists, in the order
  written, every figure of one of the 18 metrics the sentence states. Rates are in percent units (98.5, not 0.985);
  "98,5" is 98.5, "1.245" is 1245. qualifier is None when the figure is exact, else the bounding word as written,
  lowercased ("trên", "hơn", "gần", "khoảng", "dưới", "xấp xỉ"); "đạt", "là", "có" are not qualifiers, nor is "trên"
  meaning "on".
- numerator= / denominator= are given when the sentence gives them ("17/17"); a rate not written but implied by
  "x/y" is x/y*100 rounded to two decimals. unit_name= (the official name) marks a named sub-unit's figure;
  year= marks a figure of another year than the report's.
- Bulletins and articles broadcast on radio are one count (their sum); plans and guidance documents are one count
  (their sum).
- note= marks an entry a reasonable reader could read otherwise.
- Sentences with no figures are there on purpose: their numbers (dates, years, periods, document numbers,
  durations, ordinals, changes from last year, targets, rules, households, attendees, budgets, other organisations'
  counts) are not figures of any of the 18 metrics.
"""

from __future__ import annotations

from tests.narrative_corpus import F, S

HOLDOUT4 = [
    # ---------------- Huyện Tam Đường (Lai Châu), 2022 ----------------
    S("Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Kế hoạch số 15-KH/TU của Tỉnh ủy Lai Châu, "
      "Ban Thường vụ Huyện ủy Tam Đường đã ban hành 04 kế hoạch và 02 hướng dẫn để triển khai thực hiện chuyên đề năm 2022.",
      "106", 2022,
      F("plans_issued", 6)),
    S("Đến nay, 2.184/2.203 đảng viên trong toàn Đảng bộ huyện đã xây dựng bản đăng ký học tập và làm theo, đạt 99,14%; "
      "100% cán bộ, công chức, viên chức, lực lượng vũ trang không phải là đảng viên đăng ký thực hiện.",
      "106", 2022,
      F("reg_party_members_pct", 99.14, numerator=2184, denominator=2203),
      F("reg_civil_servants_pct", 100)),
    S("Cấp ủy các chi bộ đã chỉ đạo, hướng dẫn đảng viên xây dựng kế hoạch cá nhân, kết quả có 112/112 chi bộ hoàn thành (đạt 100%).",
      "106", 2022,
      F("party_cells_plans_pct", 100, numerator=112, denominator=112)),
    S("Trong năm, toàn huyện xây dựng được 37 mô hình, trong đó có 21 mô hình tập thể và 16 mô hình cá nhân; "
      "riêng xã Bản Bo có 05 mô hình.",
      "106", 2022,
      F("models_total", 37), F("models_collective", 21), F("models_individual", 16),
      F("models_total", 5, unit_name="Xã Bản Bo")),
    S("Nhân dịp kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022), Ban Thường vụ Huyện ủy đã khen thưởng "
      "09 tập thể và 17 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
      "106", 2022,
      F("commend_collective", 9), F("commend_individual", 17)),
    S("Hội nghị được tổ chức vào sáng ngày 17/5/2022 tại Hội trường Huyện ủy, với sự tham dự của trên 150 đại biểu.",
      "106", 2022),

    # ---------------- Huyện Phong Thổ (Lai Châu), 2023 ----------------
    S("Năm 2023, Ban Thường vụ Huyện ủy Phong Thổ ban hành 01 kế hoạch, 01 hướng dẫn thực hiện chuyên đề năm 2023 và chỉ đạo "
      "các chi, đảng bộ trực thuộc cụ thể hóa phù hợp với đặc điểm từng đơn vị.",
      "109", 2023,
      F("plans_issued", 2)),
    S("Có trên 97% đảng viên, 85% công chức, viên chức không là đảng viên và gần 60% đoàn viên, hội viên đăng ký học tập và làm theo "
      "gắn với chức trách, nhiệm vụ được giao.",
      "109", 2023,
      F("reg_party_members_pct", 97, "trên"), F("reg_civil_servants_pct", 85), F("reg_union_members_pct", 60, "gần")),
    S("Huyện đã lựa chọn 03 mô hình điểm cấp huyện để chỉ đạo, gồm: mô hình “Dân vận khéo trong vận động đồng bào bỏ hủ tục” ở xã "
      "Sin Suối Hồ, mô hình “Chi bộ 4 tốt” ở Chi bộ bản Lả Nhì Thàng và mô hình “Phụ nữ biên giới chung tay xây dựng nông thôn mới” "
      "của Hội LHPN xã Ma Ly Pho.",
      "109", 2023,
      F("models_pilot", 3)),
    S("Phong Thổ là huyện vùng cao biên giới với 17 xã, thị trấn, trong đó có 08 xã biên giới; tỷ lệ hộ nghèo cuối năm 2023 còn "
      "28,6%, giảm 4,1% so với năm 2022.",
      "109", 2023),
    S("Các xã, thị trấn đã tổ chức 36 buổi sinh hoạt chuyên đề với hơn 2.100 lượt cán bộ, đảng viên tham gia.",
      "109", 2023),
    S("Trang thông tin điện tử huyện đăng tải 46 tin, bài về các tấm gương điển hình học tập và làm theo Bác.",
      "109", 2023,
      F("propaganda_articles", 46),
      note="items on the district website, taken as propaganda articles (tin, bài tuyên truyền)"),

    # ---------------- Huyện Than Uyên (Lai Châu), 6 tháng 2024 ----------------
    S("Sơ kết 6 tháng đầu năm 2024, Đảng bộ huyện Than Uyên có 98,7% đảng viên và 100% cán bộ, công chức, viên chức, chiến sĩ "
      "lực lượng vũ trang không phải là đảng viên đã đăng ký làm theo.",
      "110", 2024,
      F("reg_party_members_pct", 98.7), F("reg_civil_servants_pct", 100)),
    S("Từ đầu năm đến nay, Trung tâm Văn hóa - Truyền thanh huyện đã xây dựng, phát sóng 28 bản tin và 14 bài viết về chuyên đề; "
      "Bản tin sinh hoạt chi bộ của huyện đăng 12 tin, bài.",
      "110", 2024,
      F("propaganda_broadcasts", 42), F("propaganda_articles", 12)),
    S("Phấn đấu đến cuối năm 2024 có 100% chi bộ chỉ đạo đảng viên xây dựng kế hoạch làm theo và mỗi xã, thị trấn xây dựng ít nhất "
      "01 mô hình mới.",
      "110", 2024),
    S("Trong 6 tháng đầu năm, xã Mường Kim có 04 mô hình mới, xã Tà Hừa có 02 mô hình mới được đăng ký.",
      "110", 2024,
      F("models_new", 4, unit_name="Xã Mường Kim"), F("models_new", 2, unit_name="Xã Tà Hừa")),

    # ---------------- Tỉnh Lai Châu, 2024 ----------------
    S("Năm 2024, Ban Thường vụ Tỉnh ủy Lai Châu ban hành 03 kế hoạch, 02 hướng dẫn và 01 công văn chỉ đạo việc học tập và làm theo "
      "tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
      "12", 2024,
      F("plans_issued", 5),
      note="the official letter (công văn) is not counted as a plan or guidance document"),
    S("Toàn tỉnh có 1.146 mô hình, cách làm hay được xây dựng và duy trì (tăng 87 mô hình so với năm 2023), trong đó có 214 mô hình mới.",
      "12", 2024,
      F("models_total", 1146), F("models_new", 214)),
    S("Trong đó, Huyện ủy Tam Đường có 142 mô hình, Huyện ủy Than Uyên có 168 mô hình, là hai đơn vị có số mô hình nhiều nhất tỉnh.",
      "12", 2024,
      F("models_total", 142, unit_name="Huyện Tam Đường"), F("models_total", 168, unit_name="Huyện Than Uyên")),
    S("Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 15 tập thể, 30 cá nhân có thành tích tiêu biểu sau 3 năm thực hiện Kết luận "
      "01-KL/TW (2021 - 2024).",
      "12", 2024,
      F("commend_collective", 15), F("commend_individual", 30)),
    S("Lai Châu là tỉnh biên giới có 8 huyện, thành phố với 20 dân tộc cùng sinh sống; thu nhập bình quân đầu người năm 2024 ước "
      "đạt 47,5 triệu đồng.",
      "12", 2024),

    # ---------------- Huyện Kế Sách (Sóc Trăng), tổng kết 2016 - 2021 ----------------
    S("Qua 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị (2016 - 2021), Ban Thường vụ Huyện ủy Kế Sách đã ban hành 27 văn bản, "
      "trong đó có 11 kế hoạch và 06 hướng dẫn để lãnh đạo, chỉ đạo thực hiện.",
      "943", 2021,
      F("plans_issued", 17),
      note="27 is all documents issued; only the 11 plans and 06 guidance documents are counted"),
    S("Đến cuối năm 2021, có 218/218 chi bộ đã chỉ đạo đảng viên xây dựng kế hoạch học tập và làm theo, đạt 100%.",
      "943", 2021,
      F("party_cells_plans_pct", 100, numerator=218, denominator=218)),
    S("Trong 5 năm, toàn huyện có 254 mô hình, điển hình học tập và làm theo Bác, trong đó tập thể 163 mô hình, cá nhân 91 mô hình.",
      "943", 2021,
      F("models_total", 254), F("models_collective", 163), F("models_individual", 91)),
    S("Mô hình “Ngày thứ Bảy cùng dân” do Huyện ủy chọn làm điểm đã được nhân rộng ở 13/13 xã, thị trấn.",
      "943", 2021,
      F("model_replication_pct", 100, numerator=13, denominator=13)),
    S("Ban Thường vụ Huyện ủy đã khen thưởng 45 tập thể, 112 cá nhân; đề nghị Ban Thường vụ Tỉnh ủy khen thưởng 03 tập thể, "
      "05 cá nhân có thành tích xuất sắc trong 5 năm thực hiện Chỉ thị.",
      "943", 2021,
      F("commend_collective", 45), F("commend_individual", 112),
      F("commend_proposed_collective", 3), F("commend_proposed_individual", 5)),
    S("Kế Sách có 13 xã, thị trấn với 46.527 hộ, trên 167 nghìn nhân khẩu, đồng bào Khmer chiếm khoảng 21% dân số.",
      "943", 2021),
    S("Nhiệm kỳ 2020 - 2025, Đại hội Đảng bộ huyện lần thứ XII xác định học tập và làm theo Bác là một trong 3 khâu đột phá.",
      "943", 2021),

    # ---------------- Huyện Mỹ Tú (Sóc Trăng), 2023 ----------------
    S("Năm 2023, tỷ lệ đảng viên đăng ký học tập và làm theo đạt 99,2%, tăng 0,5% so với năm 2022; tỷ lệ cán bộ, công chức, viên chức "
      "và lực lượng vũ trang không là đảng viên đăng ký đạt 96,8%.",
      "944", 2023,
      F("reg_party_members_pct", 99.2), F("reg_civil_servants_pct", 96.8)),
    S("Đoàn viên, hội viên các đoàn thể chính trị - xã hội đăng ký làm theo đạt khoảng 75%.",
      "944", 2023,
      F("reg_union_members_pct", 75, "khoảng")),
    S("Toàn huyện có 67 mô hình (tập thể: 40, cá nhân: 27); có 12 mô hình được xây dựng mới trong năm.",
      "944", 2023,
      F("models_total", 67), F("models_collective", 40), F("models_individual", 27), F("models_new", 12)),
    S("Ngày 15/8/2023, Huyện ủy tổ chức Hội nghị sơ kết 2 năm thực hiện Kết luận 01-KL/TW với 120 đại biểu dự.",
      "944", 2023),
    S("Bản tin Mỹ Tú phát hành 4 số mỗi quý, mỗi số 1.000 bản, đã đăng 18 tin, bài tuyên truyền về gương người tốt, việc tốt.",
      "944", 2023,
      F("propaganda_articles", 18)),
    S("Riêng thị trấn Huỳnh Hữu Nghĩa có 09 mô hình, xã Mỹ Hương có 06 mô hình.",
      "944", 2023,
      F("models_total", 9, unit_name="Thị trấn Huỳnh Hữu Nghĩa"), F("models_total", 6, unit_name="Xã Mỹ Hương")),

    # ---------------- Huyện Trần Đề (Sóc Trăng), 2024 ----------------
    S("Ban Tuyên giáo Huyện ủy Trần Đề tham mưu ban hành 07 kế hoạch, hướng dẫn; phối hợp Trung tâm Văn hóa - Thể thao và Truyền "
      "thanh huyện thực hiện 52 bản tin, 18 bài viết phát trên hệ thống truyền thanh huyện và 11 đài truyền thanh xã, thị trấn.",
      "951", 2024,
      F("plans_issued", 7), F("propaganda_broadcasts", 70)),
    S("Các tổ chức cơ sở đảng, cơ quan, đơn vị đã đăng và chia sẻ trên 350 tin, bài, video clip trên mạng xã hội Facebook, Zalo.",
      "951", 2024,
      F("propaganda_social_posts", 350, "trên")),
    S("Năm 2024, có 38 cá nhân và 22 tập thể được Ban Thường vụ Huyện ủy khen thưởng.",
      "951", 2024,
      F("commend_individual", 38), F("commend_collective", 22)),
    S("Tỷ lệ hộ nghèo đồng bào dân tộc Khmer giảm còn 3,12%; 100% xã đạt chuẩn nông thôn mới, trong đó có 03 xã đạt chuẩn nông thôn "
      "mới nâng cao.",
      "951", 2024),
    S("Tỷ lệ đảng viên đăng ký đạt 99,45%, trong đó Đảng bộ xã Lịch Hội Thượng và Đảng bộ xã Viên An đạt 100%.",
      "951", 2024,
      F("reg_party_members_pct", 99.45),
      F("reg_party_members_pct", 100, unit_name="Xã Lịch Hội Thượng"),
      F("reg_party_members_pct", 100, unit_name="Xã Viên An")),

    # ---------------- Thị xã Vĩnh Châu (Sóc Trăng), 2022 ----------------
    S("Thị ủy Vĩnh Châu ban hành 05 kế hoạch và 03 văn bản hướng dẫn thực hiện chuyên đề năm 2022 đến các chi, đảng bộ trực thuộc.",
      "950", 2022,
      F("plans_issued", 8)),
    S("Qua rà soát, 2.415/2.448 đảng viên đăng ký, đạt 98,65%; số còn lại chủ yếu là đảng viên được miễn sinh hoạt hoặc đi làm ăn xa.",
      "950", 2022,
      F("reg_party_members_pct", 98.65, numerator=2415, denominator=2448)),
    S("Mô hình “Hũ gạo tình thương” của Hội LHPN phường Vĩnh Phước đã giúp đỡ 32 hộ nghèo với tổng trị giá trên 45 triệu đồng.",
      "950", 2022),

    # ---------------- Tỉnh Sóc Trăng, 2023 ----------------
    S("Toàn Đảng bộ tỉnh có 98,96% đảng viên và 95,4% công chức, viên chức, lực lượng vũ trang không phải đảng viên đăng ký học tập "
      "và làm theo.",
      "94", 2023,
      F("reg_party_members_pct", 98.96), F("reg_civil_servants_pct", 95.4)),
    S("Ban Thường vụ Tỉnh ủy chọn 11 mô hình điểm để chỉ đạo, theo nguyên tắc mỗi huyện, thị xã, thành phố có ít nhất 01 mô hình.",
      "94", 2023,
      F("models_pilot", 11)),
    S("Trong đó, Huyện ủy Kế Sách có 98,9% đảng viên đăng ký, Thị ủy Vĩnh Châu đạt 98,7%.",
      "94", 2023,
      F("reg_party_members_pct", 98.9, unit_name="Huyện Kế Sách"),
      F("reg_party_members_pct", 98.7, unit_name="Thị xã Vĩnh Châu")),
    S("Báo Sóc Trăng, Đài Phát thanh và Truyền hình tỉnh duy trì chuyên mục “Học tập và làm theo Bác” định kỳ 2 kỳ/tháng.",
      "94", 2023),

    # ---------------- Huyện Tuy Phong (Bình Thuận), 2022 ----------------
    S("Trên cơ sở Hướng dẫn số 08-HD/BTGTU ngày 20/01/2022 của Ban Tuyên giáo Tỉnh ủy, Ban Thường vụ Huyện ủy Tuy Phong đã cụ thể "
      "hóa thành các văn bản chỉ đạo phù hợp với tình hình địa phương.",
      "595", 2022),
    S("Đến nay, có 3.012 đảng viên đăng ký, đạt tỷ lệ 98,3%; 1.450 công chức, viên chức không phải đảng viên đăng ký, đạt 92,7%.",
      "595", 2022,
      F("reg_party_members_pct", 98.3, numerator=3012), F("reg_civil_servants_pct", 92.7, numerator=1450)),
    S("Huyện đã chọn và xây dựng 02 mô hình điểm: “Dân vận khéo” trong vận động ngư dân không vi phạm khai thác hải sản bất hợp pháp "
      "ở thị trấn Phan Rí Cửa và “Chi bộ tiêu biểu” tại Chi bộ khu phố 12, thị trấn Liên Hương.",
      "595", 2022,
      F("models_pilot", 2)),
    S("Mô hình “Tổ tự quản bảo vệ môi trường biển” của Hội LHPN thị trấn Liên Hương đã được nhân rộng ra 09/11 xã, thị trấn.",
      "595", 2022,
      F("model_replication_pct", 81.82, numerator=9, denominator=11)),
    S("Toàn huyện hiện có 1.265 tàu cá có chiều dài từ 15 m trở lên, 100% đã lắp đặt thiết bị giám sát hành trình.",
      "595", 2022),
    S("Năm 2022, Đài Truyền thanh huyện phát 40 bản tin và 12 bài viết về chuyên đề; Bản tin Tuy Phong đăng 16 tin, bài.",
      "595", 2022,
      F("propaganda_broadcasts", 52), F("propaganda_articles", 16)),

    # ---------------- Huyện Hàm Thuận Bắc (Bình Thuận), 2024 ----------------
    S("Ban Thường vụ Huyện ủy Hàm Thuận Bắc đã ban hành năm kế hoạch và hai hướng dẫn triển khai việc học tập và làm theo năm 2024.",
      "597", 2024,
      F("plans_issued", 7)),
    S("Tỷ lệ đảng viên đăng ký đạt 100%, cán bộ, công chức, viên chức, LLVT không là đảng viên đạt 100%, đoàn viên, hội viên đạt 87,5%.",
      "597", 2024,
      F("reg_party_members_pct", 100), F("reg_civil_servants_pct", 100), F("reg_union_members_pct", 87.5)),
    S("Trong năm có 59 mô hình được đăng ký thẩm định; qua thẩm định, Ban Tuyên giáo Huyện ủy công nhận 52 mô hình đủ điều kiện "
      "triển khai (31 mô hình tập thể, 21 mô hình cá nhân).",
      "597", 2024,
      F("models_total", 52), F("models_collective", 31), F("models_individual", 21),
      note="59 models were registered for appraisal; the 52 that passed are taken as the models"),
    S("Năm 2024, Ban Thường vụ Huyện ủy khen thưởng 12 tập thể, 26 cá nhân; Ủy ban nhân dân huyện tặng giấy khen cho 35 hộ gia đình "
      "tiêu biểu trong phong trào thi đua “Bình Thuận chung sức xây dựng nông thôn mới”.",
      "597", 2024,
      F("commend_collective", 12), F("commend_individual", 26)),
    S("Huyện có 17 xã, thị trấn; năm 2024 giải ngân vốn đầu tư công đạt 96,3% kế hoạch, thu ngân sách trên địa bàn đạt 112% dự toán.",
      "597", 2024),

    # ---------------- Huyện Đức Linh (Bình Thuận), tổng kết 2016 - 2021 ----------------
    S("Sau 5 năm (2016 - 2021), toàn huyện Đức Linh xây dựng 185 mô hình, trong đó Ban Thường vụ Huyện ủy chọn 06 mô hình điểm để "
      "chỉ đạo rút kinh nghiệm, nhân rộng.",
      "600", 2021,
      F("models_total", 185), F("models_pilot", 6)),
    S("Hội nghị tổng kết có 210 đại biểu tham dự, trong đó có 18 đại biểu điển hình được mời trình bày tham luận.",
      "600", 2021),
    S("Giai đoạn 2016 - 2021, Huyện ủy đã khen thưởng 38 tập thể, 96 cá nhân và đề nghị Tỉnh ủy Bình Thuận khen thưởng 02 tập thể, "
      "04 cá nhân.",
      "600", 2021,
      F("commend_collective", 38), F("commend_individual", 96),
      F("commend_proposed_collective", 2), F("commend_proposed_individual", 4)),

    # ---------------- Tỉnh Bình Thuận, 2023 ----------------
    S("Đến cuối năm 2023, toàn Đảng bộ tỉnh có 99,1% đảng viên đăng ký học tập và làm theo; 10/10 huyện ủy, thị ủy, thành ủy đã "
      "ban hành kế hoạch thực hiện chuyên đề năm.",
      "60", 2023,
      F("reg_party_members_pct", 99.1),
      note="10/10 district committees issuing their plan is not a count of plans issued by the province"),
    S("Ban Thường vụ Tỉnh ủy đề nghị Ban Tuyên giáo Trung ương biểu dương 01 tập thể, 02 cá nhân; Tỉnh ủy khen thưởng 20 tập thể, "
      "45 cá nhân.",
      "60", 2023,
      F("commend_proposed_collective", 1), F("commend_proposed_individual", 2),
      F("commend_collective", 20), F("commend_individual", 45)),
    S("Ngày 19/5/2023, tỉnh tổ chức Lễ tuyên dương tại Nhà Bảo tàng Hồ Chí Minh - Chi nhánh Bình Thuận, nơi Bác dạy học năm 1910.",
      "60", 2023),

    # ---------------- Huyện Gio Linh (Quảng Trị), 2023 ----------------
    S("Năm 2023, Đảng bộ huyện Gio Linh có 4.876 đảng viên, trong đó 4.811 đồng chí đăng ký học tập và làm theo, đạt 98,67%.",
      "466", 2023,
      F("reg_party_members_pct", 98.67, numerator=4811, denominator=4876)),
    S("Tỷ lệ cán bộ, công chức, viên chức và lực lượng vũ trang không phải đảng viên đăng ký đạt trên 95%; đoàn viên, hội viên đạt hơn 70%.",
      "466", 2023,
      F("reg_civil_servants_pct", 95, "trên"), F("reg_union_members_pct", 70, "hơn")),
    S("Có 91/93 chi bộ hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch làm theo, 02 chi bộ còn chậm do mới sáp nhập thôn.",
      "466", 2023,
      F("party_cells_plans_pct", 97.85, numerator=91, denominator=93)),
    S("Mô hình “Thắp sáng đường quê” do Đoàn Thanh niên khởi xướng được nhân rộng tại 15/17 xã, thị trấn với tổng chiều dài 86 km.",
      "466", 2023,
      F("model_replication_pct", 88.24, numerator=15, denominator=17)),
    S("Đài Truyền thanh huyện phát 48 bản tin, 16 bài viết; Cổng thông tin điện tử huyện đăng 35 tin, bài.",
      "466", 2023,
      F("propaganda_broadcasts", 64), F("propaganda_articles", 35),
      note="items on the district portal taken as propaganda articles"),
    S("Năm 2023, toàn huyện có 2.946 hộ được công nhận “Gia đình văn hóa” 3 năm liền, 12 thôn đạt chuẩn văn hóa lần thứ 4.",
      "466", 2023),

    # ---------------- Huyện Hải Lăng (Quảng Trị), 2022 ----------------
    S("Ngày 10/3/2022, Ban Thường vụ Huyện ủy Hải Lăng ban hành Kế hoạch số 86-KH/HU về thực hiện chuyên đề năm 2022; đến ngày "
      "30/4/2022, các tổ chức cơ sở đảng đã xây dựng xong kế hoạch của đơn vị.",
      "470", 2022,
      note="a plan named by its number is not a count of plans issued"),
    S("Toàn huyện có 1.892 đảng viên đăng ký, đạt 99,5%; 100% chi bộ chỉ đạo đảng viên xây dựng kế hoạch cá nhân.",
      "470", 2022,
      F("reg_party_members_pct", 99.5, numerator=1892), F("party_cells_plans_pct", 100)),
    S("Năm 2022, huyện có 42 mô hình tập thể, 58 mô hình cá nhân, nâng tổng số mô hình lên 100.",
      "470", 2022,
      F("models_collective", 42), F("models_individual", 58), F("models_total", 100)),
    S("Hải Lăng là một trong những địa phương thiệt hại nặng nề trong đợt mưa lũ lịch sử tháng 10/2020, với hơn 12.000 ngôi nhà bị ngập.",
      "470", 2022),
    S("Xã Hải Dương có 07 mô hình, xã Hải Phú có 05 mô hình, là hai đơn vị dẫn đầu huyện.",
      "470", 2022,
      F("models_total", 7, unit_name="Xã Hải Dương"), F("models_total", 5, unit_name="Xã Hải Phú")),

    # ---------------- Huyện Hướng Hóa (Quảng Trị), 2024 ----------------
    S("Thực hiện chuyên đề năm 2024, Huyện ủy Hướng Hóa đã ban hành 3 kế hoạch, 1 hướng dẫn, tổ chức 22 hội nghị học tập, quán triệt "
      "với 2.650 lượt cán bộ, đảng viên tham gia.",
      "465", 2024,
      F("plans_issued", 4)),
    S("Tỷ lệ đảng viên đăng ký đạt xấp xỉ 98%, riêng Đảng bộ thị trấn Khe Sanh đạt 100%.",
      "465", 2024,
      F("reg_party_members_pct", 98, "xấp xỉ"),
      F("reg_party_members_pct", 100, unit_name="Thị trấn Khe Sanh")),
    S("Ban Thường vụ Huyện ủy khen thưởng 08 tập thể, 15 cá nhân điển hình trong học tập và làm theo Bác năm 2024.",
      "465", 2024,
      F("commend_collective", 8), F("commend_individual", 15)),
    S("Hướng Hóa có 22 xã, thị trấn, trong đó 14 xã có đồng bào Vân Kiều, Pa Kô sinh sống; đường biên giới với nước bạn Lào dài "
      "trên 150 km.",
      "465", 2024),

    # ---------------- Tỉnh Quảng Trị, 2024 ----------------
    S("Năm 2024, Ban Thường vụ Tỉnh ủy Quảng Trị khen thưởng 18 tập thể và 27 cá nhân; tổ chức Hội nghị biểu dương điển hình tiên tiến "
      "với khoảng 300 đại biểu tham dự.",
      "45", 2024,
      F("commend_collective", 18), F("commend_individual", 27)),
    S("Toàn tỉnh có 99,2% đảng viên và 96% công chức, viên chức, người lao động không là đảng viên đăng ký; có 1.318 mô hình, "
      "trong đó 245 mô hình mới.",
      "45", 2024,
      F("reg_party_members_pct", 99.2), F("reg_civil_servants_pct", 96),
      F("models_total", 1318), F("models_new", 245)),
    S("Trong đó, Huyện ủy Gio Linh có 121 mô hình, Huyện ủy Hải Lăng có 108 mô hình.",
      "45", 2024,
      F("models_total", 121, unit_name="Huyện Gio Linh"), F("models_total", 108, unit_name="Huyện Hải Lăng")),

    # ---------------- Huyện Văn Chấn (Yên Bái), 2022 ----------------
    S("Năm 2022, 7.215/7.298 cán bộ, đảng viên của Đảng bộ huyện Văn Chấn đã đăng ký học tập và làm theo, đạt 98,86%.",
      "140", 2022,
      F("reg_party_members_pct", 98.86, numerator=7215, denominator=7298)),
    S("Sau sắp xếp năm 2020, huyện còn 24 xã, thị trấn, trong đó có 11 xã đặc biệt khó khăn; tỷ lệ hộ nghèo năm 2022 là 24,3%.",
      "140", 2022),
    S("Huyện có 133 mô hình, trong đó 46 mô hình về phát triển kinh tế, 38 mô hình văn hóa - xã hội, 49 mô hình về xây dựng Đảng, "
      "hệ thống chính trị.",
      "140", 2022,
      F("models_total", 133)),
    S("Hội LHPN xã Nậm Búng duy trì mô hình “Phụ nữ không sinh con thứ 3 trở lên” với 45 hội viên tham gia.",
      "140", 2022),
    S("Năm 2022, Trung tâm Truyền thông - Văn hóa huyện thực hiện 60 tin, 20 bài phát trên sóng truyền thanh; các tổ chức đảng chia sẻ "
      "gần 500 tin, bài trên các nhóm Zalo.",
      "140", 2022,
      F("propaganda_broadcasts", 80), F("propaganda_social_posts", 500, "gần")),

    # ---------------- Huyện Trấn Yên (Yên Bái), 2024 ----------------
    S("Năm 2024 là năm thứ 5 Trấn Yên giữ vững danh hiệu huyện đạt chuẩn nông thôn mới (công nhận năm 2019) và phấn đấu đạt chuẩn "
      "huyện nông thôn mới nâng cao vào năm 2025.",
      "138", 2024),
    S("Ban Thường vụ Huyện ủy đã chỉ đạo 100% chi bộ hoàn thành việc hướng dẫn đảng viên xây dựng kế hoạch học tập và làm theo năm "
      "2024 trước ngày 31/3/2024.",
      "138", 2024,
      F("party_cells_plans_pct", 100)),
    S("Kết quả, 2.986 đảng viên đăng ký (đạt 99,6%), 642 công chức, viên chức, chiến sĩ LLVT không là đảng viên đăng ký (đạt 97,1%), "
      "18.450 đoàn viên, hội viên đăng ký (đạt 78,3%).",
      "138", 2024,
      F("reg_party_members_pct", 99.6, numerator=2986),
      F("reg_civil_servants_pct", 97.1, numerator=642),
      F("reg_union_members_pct", 78.3, numerator=18450)),
    S("Trong năm, các đơn vị đăng ký xây dựng 25 mô hình mới, nâng tổng số mô hình đang duy trì lên 212 mô hình.",
      "138", 2024,
      F("models_new", 25), F("models_total", 212)),
    S("Mô hình “Xây dựng nếp sống văn minh, bảo vệ môi trường” đã được nhân rộng tại 18/21 xã, thị trấn.",
      "138", 2024,
      F("model_replication_pct", 85.71, numerator=18, denominator=21)),

    # ---------------- Huyện Lục Yên (Yên Bái), tổng kết 2016 - 2021 ----------------
    S("Năm năm qua (2016 - 2021), Huyện ủy Lục Yên đã khen thưởng 86 tập thể, 174 cá nhân và đề nghị Tỉnh ủy Yên Bái khen thưởng "
      "06 tập thể, 09 cá nhân.",
      "135", 2021,
      F("commend_collective", 86), F("commend_individual", 174),
      F("commend_proposed_collective", 6), F("commend_proposed_individual", 9)),
    S("Trong 5 năm, Ban Thường vụ Huyện ủy ban hành 12 kế hoạch, 07 hướng dẫn và 24 thông báo kết luận liên quan đến thực hiện Chỉ thị 05.",
      "135", 2021,
      F("plans_issued", 19),
      note="the 24 concluding notices (thông báo kết luận) are not plans or guidance documents"),
    S("Mô hình “Đảng viên giúp hộ nghèo” ở xã Khánh Thiện đã giúp 27 hộ thoát nghèo trong giai đoạn 2016 - 2021.",
      "135", 2021),

    # ---------------- Tỉnh Yên Bái, 2022 ----------------
    S("Toàn tỉnh Yên Bái có trên 99% cán bộ, đảng viên và trên 93% công chức, viên chức, người lao động không là đảng viên đăng ký; "
      "xây dựng hơn 1.800 mô hình, điển hình.",
      "15", 2022,
      F("reg_party_members_pct", 99, "trên"), F("reg_civil_servants_pct", 93, "trên"), F("models_total", 1800, "hơn")),
    S("Năm 2022, Tỉnh ủy Yên Bái tổ chức 01 hội nghị trực tuyến đến 180 điểm cầu cấp xã, thu hút gần 9.000 cán bộ, đảng viên tham dự.",
      "15", 2022),

    # ---------------- Huyện Chiêm Hóa (Tuyên Quang), 2023 ----------------
    S("Năm 2023, Ban Thường vụ Huyện ủy Chiêm Hóa đã ban hành 02 kế hoạch, 03 hướng dẫn, 04 công văn chỉ đạo triển khai thực hiện "
      "chuyên đề năm.",
      "073", 2023,
      F("plans_issued", 5),
      note="the 04 official letters (công văn) are not counted"),
    S("Tỷ lệ đảng viên đăng ký đạt 99,87% (có 09 đảng viên chưa đăng ký do ốm đau, đi làm ăn xa).",
      "073", 2023,
      F("reg_party_members_pct", 99.87)),
    S("Toàn huyện có 97 mô hình học tập và làm theo Bác, tăng 15 mô hình so với năm 2022.",
      "073", 2023,
      F("models_total", 97)),
    S("Trong đó, xã Kim Bình có 07 mô hình, thị trấn Vĩnh Lộc có 09 mô hình.",
      "073", 2023,
      F("models_total", 7, unit_name="Xã Kim Bình"), F("models_total", 9, unit_name="Thị trấn Vĩnh Lộc")),
    S("Bản tin Chiêm Hóa đăng 64 tin, bài; hệ thống truyền thanh huyện phát 36 bản tin và 12 bài viết về gương điển hình.",
      "073", 2023,
      F("propaganda_articles", 64), F("propaganda_broadcasts", 48)),

    # ---------------- Huyện Sơn Dương (Tuyên Quang), tổng kết 2016 - 2021 ----------------
    S("Trong 5 năm (2016 - 2021), Đảng bộ huyện Sơn Dương đã xây dựng 312 mô hình, điển hình tiên tiến, trong đó 201 mô hình tập thể, "
      "111 mô hình cá nhân; lựa chọn 04 mô hình điểm cấp huyện.",
      "076", 2021,
      F("models_total", 312), F("models_collective", 201), F("models_individual", 111), F("models_pilot", 4)),
    S("Mô hình “Dân vận khéo” trong xây dựng nông thôn mới ở xã Tân Trào được nhân rộng ra 28/31 xã, thị trấn.",
      "076", 2021,
      F("model_replication_pct", 90.32, numerator=28, denominator=31)),
    S("Nhân dịp 75 năm Ngày Bác Hồ về Tân Trào (21/5/1945 - 21/5/2020), huyện tổ chức lễ dâng hương và hội thi tìm hiểu với 2.400 bài dự thi.",
      "076", 2021),
    S("Năm năm qua, hệ thống truyền thanh cơ sở đã phát khoảng 1.200 bản tin, bài viết tuyên truyền về học tập và làm theo Bác.",
      "076", 2021,
      F("propaganda_broadcasts", 1200, "khoảng")),

    # ---------------- Huyện Hàm Yên (Tuyên Quang), 2024 ----------------
    S("Năm 2024, 100% đảng viên Đảng bộ huyện Hàm Yên đăng ký học tập và làm theo; 334/334 chi bộ (đạt 100%) hoàn thành việc chỉ đạo "
      "đảng viên xây dựng kế hoạch.",
      "074", 2024,
      F("reg_party_members_pct", 100),
      F("party_cells_plans_pct", 100, numerator=334, denominator=334)),
    S("Huyện ủy đề nghị Ban Thường vụ Tỉnh ủy Tuyên Quang tặng Bằng khen cho 02 tập thể và 03 cá nhân tiêu biểu.",
      "074", 2024,
      F("commend_proposed_collective", 2), F("commend_proposed_individual", 3)),
    S("Hàm Yên là “thủ phủ” cam sành của tỉnh với diện tích trên 8.000 ha, sản lượng năm 2024 ước đạt 180.000 tấn.",
      "074", 2024),

    # ---------------- Tỉnh Tuyên Quang, 2024 ----------------
    S("Năm 2024, Báo Tuyên Quang đăng 156 tin, bài trong chuyên mục “Học tập và làm theo Bác”; Đài Phát thanh và Truyền hình tỉnh "
      "phát sóng 72 tin, bài, phóng sự.",
      "08", 2024,
      F("propaganda_articles", 156), F("propaganda_broadcasts", 72),
      note="the province radio and television station's items are taken as broadcasts"),
    S("Toàn tỉnh có 99,6% đảng viên, 98,2% công chức, viên chức, LLVT không là đảng viên và 81,5% đoàn viên, hội viên đăng ký.",
      "08", 2024,
      F("reg_party_members_pct", 99.6), F("reg_civil_servants_pct", 98.2), F("reg_union_members_pct", 81.5)),

    # ---------------- Huyện Ba Tri (Bến Tre), 2022 ----------------
    S("Năm 2022, Huyện ủy Ba Tri ban hành 06 kế hoạch, hướng dẫn; 100% đảng viên đăng ký; 94,5% cán bộ, công chức, viên chức, LLVT "
      "không là đảng viên đăng ký; 45,2% đoàn viên, hội viên đăng ký thực hiện.",
      "836", 2022,
      F("plans_issued", 6), F("reg_party_members_pct", 100),
      F("reg_civil_servants_pct", 94.5), F("reg_union_members_pct", 45.2)),
    S("Đảng bộ huyện hiện có 57 tổ chức cơ sở đảng với 5.634 đảng viên; trong năm kết nạp 185 đảng viên mới, đạt 102,8% chỉ tiêu.",
      "836", 2022),
    S("Các đơn vị xây dựng 120 mô hình, trong đó có 74 mô hình tập thể, 46 mô hình cá nhân; 21 mô hình là mô hình mới.",
      "836", 2022,
      F("models_total", 120), F("models_collective", 74), F("models_individual", 46), F("models_new", 21)),
    S("Tiêu biểu là mô hình “Nuôi bò vỗ béo” của Chi hội Nông dân ấp 3, xã An Ngãi Trung, giúp 12 hộ thoát nghèo, thu nhập bình quân "
      "120 triệu đồng/hộ/năm.",
      "836", 2022),
    S("Nhân kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh, Ban Thường vụ Huyện ủy khen thưởng mười lăm tập thể và hai mươi cá nhân.",
      "836", 2022,
      F("commend_collective", 15), F("commend_individual", 20)),

    # ---------------- Huyện Giồng Trôm (Bến Tre), 2023 ----------------
    S("Năm 2023, tỷ lệ đảng viên đăng ký học tập và làm theo đạt 99,75%, tăng 0,15% so với năm 2022 (99,6%).",
      "834", 2023,
      F("reg_party_members_pct", 99.75), F("reg_party_members_pct", 99.6, year=2022)),
    S("Mô hình “Chi bộ ấp không có đảng viên vi phạm” được nhân rộng tại 21/21 xã, thị trấn, đạt 100%.",
      "834", 2023,
      F("model_replication_pct", 100, numerator=21, denominator=21)),
    S("Ban Thường vụ Huyện ủy đề nghị Tỉnh ủy Bến Tre biểu dương 01 tập thể (Đảng ủy xã Lương Hòa) và 01 cá nhân (đồng chí Bí thư "
      "Chi bộ ấp 5, xã Châu Bình).",
      "834", 2023,
      F("commend_proposed_collective", 1), F("commend_proposed_individual", 1)),
    S("Năm 2023, toàn huyện có 78 mô hình (51 tập thể, 27 cá nhân), trong đó 14 mô hình mới đăng ký.",
      "834", 2023,
      F("models_total", 78), F("models_collective", 51), F("models_individual", 27), F("models_new", 14)),
    S("Giồng Trôm là quê hương của nhà thơ Phan Văn Trị và của Anh hùng Lực lượng vũ trang Phan Ngọc Tòng; huyện có 3 di tích "
      "cấp quốc gia.",
      "834", 2023),

    # ---------------- Huyện Chợ Lách (Bến Tre), 6 tháng 2024 ----------------
    S("Sáu tháng đầu năm 2024, Chợ Lách đón trên 120 nghìn lượt khách tham quan các làng nghề hoa kiểng Cái Mơn.",
      "832", 2024),
    S("Trong 6 tháng, Bản tin Huyện ủy đăng 22 tin, bài; hệ thống truyền thanh phát 30 bản tin, 10 bài viết; trang Facebook "
      "của Huyện đoàn và các nhóm Zalo chia sẻ trên 200 tin, bài.",
      "832", 2024,
      F("propaganda_articles", 22), F("propaganda_broadcasts", 40), F("propaganda_social_posts", 200, "trên")),
    S("Đến ngày 30/6/2024, có 10/11 xã, thị trấn đã đăng ký mô hình mới, xã Vĩnh Hòa đăng ký 03 mô hình.",
      "832", 2024,
      F("models_new", 3, unit_name="Xã Vĩnh Hòa"),
      note="10/11 communes having registered a new model is not the replication of a model"),

    # ---------------- Tỉnh Bến Tre, tổng kết 2016 - 2021 ----------------
    S("Qua 5 năm, Ban Thường vụ Tỉnh ủy Bến Tre đã ban hành 15 kế hoạch, 12 hướng dẫn để chỉ đạo thực hiện Chỉ thị 05-CT/TW.",
      "83", 2021,
      F("plans_issued", 27)),
    S("Giai đoạn 2016 - 2021, Ban Thường vụ Tỉnh ủy khen thưởng 62 tập thể, 108 cá nhân; đề nghị Ban Bí thư Trung ương Đảng biểu dương "
      "02 tập thể, 03 cá nhân.",
      "83", 2021,
      F("commend_collective", 62), F("commend_individual", 108),
      F("commend_proposed_collective", 2), F("commend_proposed_individual", 3)),
    S("Bến Tre là quê hương Đồng Khởi (17/01/1960), có 9 huyện, thành phố; Đảng bộ tỉnh có trên 55.000 đảng viên.",
      "83", 2021),

    # ---------------- Huyện Đắk Mil (Đắk Nông), 2022 ----------------
    S("Đảng bộ huyện Đắk Mil có 98,9% đảng viên (3.521 đồng chí) đăng ký học tập và làm theo.",
      "663", 2022,
      F("reg_party_members_pct", 98.9, numerator=3521)),
    S("Trong năm, huyện có 54 mô hình; trong đó có 18 mô hình mới, 36 mô hình duy trì từ các năm trước.",
      "663", 2022,
      F("models_total", 54), F("models_new", 18)),
    S("Mô hình “Đoàn kết các dân tộc” ở thôn Đức Lễ, xã Đức Mạnh có gần 900 hộ thuộc 6 dân tộc tham gia.",
      "663", 2022),
    S("Trong năm 2022, Nhân dân đã hiến trên 12 ha đất, đóng góp hơn 4,5 tỷ đồng xây dựng đường giao thông nông thôn.",
      "663", 2022),

    # ---------------- Huyện Cư Jút (Đắk Nông), 2024 ----------------
    S("Cư Jút có 8 xã, thị trấn với 34 dân tộc anh em cùng sinh sống; đồng bào dân tộc thiểu số chiếm khoảng 40% dân số.",
      "662", 2024),
    S("Năm 2024, Ban Tuyên giáo Huyện ủy tham mưu Ban Thường vụ ban hành 01 kế hoạch và 02 hướng dẫn; 100% đảng ủy xã, thị trấn tổ chức "
      "hội nghị quán triệt chuyên đề năm.",
      "662", 2024,
      F("plans_issued", 3)),
    S("Tỷ lệ đảng viên đăng ký đạt 100%, đoàn viên, hội viên đăng ký đạt 62%; 51 mô hình (29 tập thể, 22 cá nhân) được duy trì, "
      "riêng xã Trúc Sơn có 6 mô hình.",
      "662", 2024,
      F("reg_party_members_pct", 100), F("reg_union_members_pct", 62),
      F("models_total", 51), F("models_collective", 29), F("models_individual", 22),
      F("models_total", 6, unit_name="Xã Trúc Sơn")),

    # ---------------- Huyện Krông Nô (Đắk Nông), 2023 ----------------
    S("Năm 2023, Ban Thường vụ Huyện ủy Krông Nô khen thưởng 10 tập thể, 21 cá nhân; đề nghị Tỉnh ủy Đắk Nông khen thưởng 01 tập thể.",
      "664", 2023,
      F("commend_collective", 10), F("commend_individual", 21), F("commend_proposed_collective", 1)),
    S("Đến tháng 11/2023, có 11/12 xã, thị trấn nhân rộng mô hình “Tổ liên gia tự quản an ninh trật tự”.",
      "664", 2023,
      F("model_replication_pct", 91.67, numerator=11, denominator=12)),
    S("Khu vực Công viên địa chất toàn cầu UNESCO Đắk Nông trên địa bàn huyện thu hút hơn 35.000 lượt khách trong năm 2023.",
      "664", 2023),

    # ---------------- Tỉnh Đắk Nông, 2023 ----------------
    S("Năm 2023, toàn tỉnh có trên 98,5% đảng viên đăng ký; tỉnh có 08 huyện, thành phố với 71 xã, phường, thị trấn.",
      "67", 2023,
      F("reg_party_members_pct", 98.5, "trên")),
    S("Ban Thường vụ Tỉnh ủy chọn 08 mô hình điểm, đã nhân rộng được 326 mô hình tập thể và 412 mô hình cá nhân trên toàn tỉnh.",
      "67", 2023,
      F("models_pilot", 8), F("models_collective", 326), F("models_individual", 412)),

    # ---------------- Huyện Bắc Quang (Hà Giang), 2022 ----------------
    S("Năm 2022, Đảng bộ huyện Bắc Quang có 47 tổ chức cơ sở đảng, 5.982 đảng viên; 100% đảng viên đăng ký học tập và làm theo.",
      "034", 2022,
      F("reg_party_members_pct", 100)),
    S("Huyện xây dựng được 84 mô hình, tăng 6 mô hình so với năm 2021; duy trì 05 mô hình điểm cấp huyện.",
      "034", 2022,
      F("models_total", 84), F("models_pilot", 5)),
    S("Các chi bộ, cơ quan, đơn vị tổ chức 1.320 buổi sinh hoạt chuyên đề; 100% chi bộ đưa nội dung học tập và làm theo Bác vào "
      "sinh hoạt thường kỳ.",
      "034", 2022,
      note="100% of party cells putting the study into their meetings is not the share that directed members' plans"),
    S("Thị trấn Việt Quang có 12 mô hình, xã Vĩnh Phúc có 08 mô hình.",
      "034", 2022,
      F("models_total", 12, unit_name="Thị trấn Việt Quang"), F("models_total", 8, unit_name="Xã Vĩnh Phúc")),

    # ---------------- Huyện Vị Xuyên (Hà Giang), 2023 ----------------
    S("Ban Thường vụ Huyện ủy Vị Xuyên khen thưởng 14 tập thể, 25 cá nhân có thành tích xuất sắc trong thực hiện Chỉ thị 05 năm 2023.",
      "030", 2023,
      F("commend_collective", 14), F("commend_individual", 25)),
    S("Vị Xuyên có 24 xã, thị trấn, trong đó có 03 xã biên giới; trên địa bàn có Nghĩa trang liệt sĩ quốc gia Vị Xuyên với gần "
      "2.000 phần mộ.",
      "030", 2023),
    S("Tỷ lệ đảng viên đăng ký đạt 99%, công chức, viên chức không là đảng viên đạt 98%, đoàn viên, hội viên các hội đạt 65%.",
      "030", 2023,
      F("reg_party_members_pct", 99), F("reg_civil_servants_pct", 98), F("reg_union_members_pct", 65)),

    # ---------------- Huyện Quản Bạ (Hà Giang), 2024 ----------------
    S("Đến nay, mô hình “Bình yên mỗi nếp nhà” đã được nhân rộng trên địa bàn 13/13 xã, thị trấn của huyện Quản Bạ.",
      "029", 2024,
      F("model_replication_pct", 100, numerator=13, denominator=13)),
    S("Năm 2024, huyện đón trên 600.000 lượt khách du lịch, tăng 15% so với cùng kỳ; tỷ lệ hộ nghèo giảm 5,2%.",
      "029", 2024),
    S("Đài Truyền thanh huyện phát 24 bản tin và 8 bài viết bằng tiếng phổ thông, tiếng Mông về tấm gương đảng viên tiêu biểu.",
      "029", 2024,
      F("propaganda_broadcasts", 32)),

    # ---------------- Tỉnh Hà Giang, 2023 ----------------
    S("Toàn Đảng bộ tỉnh Hà Giang có 1.254 mô hình, điển hình học tập và làm theo, trong đó có 487 mô hình tập thể, 767 mô hình cá nhân.",
      "02", 2023,
      F("models_total", 1254), F("models_collective", 487), F("models_individual", 767)),
    S("Ngày 12/9/2023, Tỉnh ủy tổ chức Hội nghị sơ kết 2 năm thực hiện Kết luận số 01-KL/TW gắn với 54 năm thực hiện Di chúc của "
      "Chủ tịch Hồ Chí Minh (1969 - 2023).",
      "02", 2023),

    # ---------------- Huyện Hồng Dân (Bạc Liêu), 2022 ----------------
    S("Năm 2022, Ban Thường vụ Huyện ủy Hồng Dân ban hành 09 kế hoạch, hướng dẫn; tổ chức 01 hội nghị trực tuyến tới 09 điểm cầu xã, "
      "thị trấn với 1.350 đại biểu tham dự.",
      "956", 2022,
      F("plans_issued", 9)),
    S("Tỷ lệ đảng viên đăng ký đạt 99,04% (2.786/2.813 đảng viên).",
      "956", 2022,
      F("reg_party_members_pct", 99.04, numerator=2786, denominator=2813)),
    S("Toàn huyện có 65/65 chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch (trong đó 47 chi bộ ấp và 18 chi bộ cơ quan).",
      "956", 2022,
      F("party_cells_plans_pct", 100, numerator=65, denominator=65)),
    S("Mô hình “Tôm - lúa hữu cơ” của HTX Nông nghiệp xã Ninh Thạnh Lợi có 52 thành viên, diện tích 320 ha, lợi nhuận tăng khoảng 30%.",
      "956", 2022),
    S("Hồng Dân có 9 xã, thị trấn, trong đó 5 xã vùng đồng bào Khmer; năm 2022 tỷ lệ hộ nghèo còn 2,9%.",
      "956", 2022),

    # ---------------- Huyện Vĩnh Lợi (Bạc Liêu), 2024 ----------------
    S("Năm 2024, Ban Thường vụ Huyện ủy Vĩnh Lợi biểu dương, khen thưởng 16 tập thể và 33 cá nhân điển hình.",
      "958", 2024,
      F("commend_collective", 16), F("commend_individual", 33)),
    S("Xã Châu Hưng A có 100% đảng viên đăng ký, xã Hưng Thành đạt 98,4%.",
      "958", 2024,
      F("reg_party_members_pct", 100, unit_name="Xã Châu Hưng A"),
      F("reg_party_members_pct", 98.4, unit_name="Xã Hưng Thành")),
    S("Toàn huyện có 8/8 xã, thị trấn nhân rộng mô hình “Ấp văn hóa, sáng - xanh - sạch - đẹp”, đạt 100%.",
      "958", 2024,
      F("model_replication_pct", 100, numerator=8, denominator=8)),

    # ---------------- Huyện Đông Hải (Bạc Liêu), 2023 ----------------
    S("Đài Truyền thanh huyện Đông Hải phát 45 bản tin, 15 bài viết; Bản tin Huyện ủy đăng 20 tin, bài về học tập và làm theo Bác.",
      "960", 2023,
      F("propaganda_broadcasts", 60), F("propaganda_articles", 20)),
    S("Huyện có 11 xã, thị trấn, 2 cửa biển Gành Hào và Cái Cùng, với trên 1.000 phương tiện đánh bắt hải sản.",
      "960", 2023),
    S("Năm 2023, huyện có 43 mô hình, trong đó thị trấn Gành Hào có 6 mô hình.",
      "960", 2023,
      F("models_total", 43), F("models_total", 6, unit_name="Thị trấn Gành Hào")),

    # ---------------- Tỉnh Bạc Liêu, 2024 ----------------
    S("Toàn tỉnh có 99,3% đảng viên, 97% CCVC, LLVT không là đảng viên và trên 80% ĐVHV đăng ký học tập và làm theo.",
      "95", 2024,
      F("reg_party_members_pct", 99.3), F("reg_civil_servants_pct", 97), F("reg_union_members_pct", 80, "trên")),
    S("Năm 2024, Bạc Liêu tổ chức kỷ niệm 105 năm bản “Dạ cổ hoài lang” (1919 - 2024) gắn với tuyên truyền học tập và làm theo Bác.",
      "95", 2024),

    # ================= 2025, bản đồ mới (từ 01/7/2025) =================
    # ---------------- Tỉnh Lai Châu (mới), 2025 ----------------
    S("Từ ngày 01/7/2025, tỉnh Lai Châu vận hành mô hình chính quyền địa phương 2 cấp với 38 xã, phường.",
      "12", 2025),
    S("Năm 2025, toàn tỉnh có 99,5% đảng viên đăng ký học tập và làm theo; Ban Thường vụ Tỉnh ủy ban hành 02 kế hoạch, 02 hướng dẫn.",
      "12", 2025,
      F("reg_party_members_pct", 99.5), F("plans_issued", 4)),
    S("Đảng ủy xã Phong Thổ ban hành 02 kế hoạch, 01 hướng dẫn thực hiện chuyên đề 6 tháng cuối năm 2025.",
      "03549", 2025,
      F("plans_issued", 3)),
    S("Đảng bộ xã Than Uyên có 1.045 đảng viên, trong đó 1.038 đồng chí đăng ký, đạt 99,33%.",
      "03595", 2025,
      F("reg_party_members_pct", 99.33, numerator=1038, denominator=1045)),
    S("Xã Than Uyên duy trì 23 mô hình, gồm 15 mô hình tập thể và 08 mô hình cá nhân, trong đó 05 mô hình đăng ký mới sau sáp nhập.",
      "03595", 2025,
      F("models_total", 23), F("models_collective", 15), F("models_individual", 8), F("models_new", 5)),

    # ---------------- Tỉnh Tuyên Quang (mới), 2025 ----------------
    S("Sau hợp nhất hai tỉnh Hà Giang và Tuyên Quang, Đảng bộ tỉnh Tuyên Quang có 124 đảng bộ xã, phường, 3 đảng bộ trực thuộc "
      "và trên 130.000 đảng viên.",
      "08", 2025),
    S("Năm 2025, Tỉnh ủy khen thưởng 25 tập thể, 40 cá nhân; đề nghị Ban Tuyên giáo và Dân vận Trung ương biểu dương 02 tập thể, 02 cá nhân.",
      "08", 2025,
      F("commend_collective", 25), F("commend_individual", 40),
      F("commend_proposed_collective", 2), F("commend_proposed_individual", 2)),
    S("Trong đó, Đảng ủy xã Tân Trào có 100% đảng viên đăng ký, Đảng ủy xã Bắc Quang đạt 99,2%.",
      "08", 2025,
      F("reg_party_members_pct", 100, unit_name="Xã Tân Trào"),
      F("reg_party_members_pct", 99.2, unit_name="Xã Bắc Quang")),
    S("Đảng ủy xã Chiêm Hóa ban hành Kế hoạch số 05-KH/ĐU ngày 15/7/2025, chỉ đạo 42/42 chi bộ hoàn thành việc hướng dẫn đảng viên "
      "xây dựng kế hoạch trong tháng 8/2025.",
      "02287", 2025,
      F("party_cells_plans_pct", 100, numerator=42, denominator=42)),
    S("Xã Vị Xuyên có 31 mô hình, trong đó có 9 mô hình mới; Đài truyền thanh xã phát 18 bản tin, 6 bài viết.",
      "00913", 2025,
      F("models_total", 31), F("models_new", 9), F("propaganda_broadcasts", 24)),
    S("Xã Sơn Dương được thành lập trên cơ sở sáp nhập 3 đơn vị hành chính cấp xã, có diện tích tự nhiên trên 100 km² và khoảng "
      "45.000 nhân khẩu.",
      "02536", 2025),

    # ---------------- Tỉnh Lào Cai (mới), 2025 ----------------
    S("Đảng ủy xã Văn Chấn có 97,8% đảng viên và 100% cán bộ, công chức không là đảng viên đăng ký học tập và làm theo.",
      "04672", 2025,
      F("reg_party_members_pct", 97.8), F("reg_civil_servants_pct", 100)),
    S("Xã Trấn Yên kế thừa 12 mô hình từ các xã trước sáp nhập và xây dựng thêm 4 mô hình mới, nâng tổng số lên 16 mô hình.",
      "04498", 2025,
      F("models_new", 4), F("models_total", 16)),
    S("Tỉnh Lào Cai (mới) có 99 xã, phường; năm 2025, Ban Thường vụ Tỉnh ủy chuẩn bị tổng kết 5 năm thực hiện Kết luận "
      "01-KL/TW (2021 - 2026), dự kiến tổ chức trong quý I năm 2026.",
      "15", 2025),

    # ---------------- Tỉnh Quảng Trị (mới), 2025 ----------------
    S("Năm 2025, Ban Thường vụ Tỉnh ủy Quảng Trị ban hành 04 kế hoạch và 03 hướng dẫn, chỉ đạo 78/78 đảng ủy xã, phường, đặc khu "
      "triển khai chuyên đề năm.",
      "44", 2025,
      F("plans_issued", 7),
      note="78/78 commune committees deploying the theme is not a replication or party-cell rate"),
    S("Đảng ủy xã Gio Linh có 1.652 đảng viên đăng ký, đạt 98,9%; xã có 27 mô hình, trong đó 17 tập thể, 10 cá nhân.",
      "19495", 2025,
      F("reg_party_members_pct", 98.9, numerator=1652),
      F("models_total", 27), F("models_collective", 17), F("models_individual", 10)),
    S("Đảng ủy xã Cửa Việt khen thưởng 04 tập thể, 09 cá nhân và đề nghị Tỉnh ủy khen thưởng 01 cá nhân.",
      "19496", 2025,
      F("commend_collective", 4), F("commend_individual", 9), F("commend_proposed_individual", 1)),
    S("Xã Hải Lăng có 24 thôn, khu phố; 6 tháng cuối năm 2025, các chi bộ đã tổ chức 96 buổi sinh hoạt chuyên đề.",
      "19702", 2025),
    S("Xã Khe Sanh có 100% chi bộ hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch; trang Facebook của xã đăng, chia sẻ 85 tin, bài.",
      "19429", 2025,
      F("party_cells_plans_pct", 100), F("propaganda_social_posts", 85)),

    # ---------------- Tỉnh Lâm Đồng (mới), 2025 ----------------
    S("Sau sáp nhập 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, tỉnh Lâm Đồng có 124 xã, phường, đặc khu, diện tích hơn 24.000 km².",
      "68", 2025),
    S("Toàn tỉnh có trên 99% đảng viên, 96,5% công chức, viên chức, LLVT không là đảng viên và gần 70% đoàn viên, hội viên đăng ký.",
      "68", 2025,
      F("reg_party_members_pct", 99, "trên"), F("reg_civil_servants_pct", 96.5), F("reg_union_members_pct", 70, "gần")),
    S("Trong đó, Đảng ủy xã Đắk Mil có 98,6% đảng viên đăng ký, Đảng ủy xã Tuy Phong đạt 99,1%.",
      "68", 2025,
      F("reg_party_members_pct", 98.6, unit_name="Xã Đắk Mil"),
      F("reg_party_members_pct", 99.1, unit_name="Xã Tuy Phong")),
    S("Đảng ủy xã Liên Hương ban hành 01 kế hoạch, 01 hướng dẫn; có 36/38 chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch.",
      "22969", 2025,
      F("plans_issued", 2), F("party_cells_plans_pct", 94.74, numerator=36, denominator=38)),
    S("Xã Hàm Thuận Bắc có 19 mô hình, trong đó 03 mô hình điểm do Đảng ủy xã chọn chỉ đạo.",
      "23089", 2025,
      F("models_total", 19), F("models_pilot", 3),
      note="pilot models chosen by the commune committee, the level that now reports"),
    S("Xã Cư Jút tổ chức 03 lớp bồi dưỡng cho 240 đảng viên mới và cán bộ chi bộ; 100% thôn, bon có tổ hòa giải.",
      "24640", 2025),
    S("Đảng ủy xã Đức Linh khen thưởng 06 tập thể và 11 cá nhân tiêu biểu trong 6 tháng cuối năm 2025.",
      "23191", 2025,
      F("commend_collective", 6), F("commend_individual", 11)),

    # ---------------- Tỉnh Vĩnh Long (mới), 2025 ----------------
    S("Đảng ủy xã Ba Tri có 2.104 đảng viên, 100% đảng viên đăng ký học tập và làm theo; 85,6% đoàn viên, hội viên đăng ký.",
      "29110", 2025,
      F("reg_party_members_pct", 100), F("reg_union_members_pct", 85.6)),
    S("Xã Giồng Trôm có 22 mô hình (14 tập thể, 8 cá nhân); mô hình “Chi bộ ấp không có đảng viên vi phạm” tiếp tục được duy trì ở "
      "21 ấp.",
      "28984", 2025,
      F("models_total", 22), F("models_collective", 14), F("models_individual", 8)),
    S("Tỉnh Vĩnh Long (mới) được hợp nhất từ 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh, có 124 xã, phường; trong năm 2025, Tỉnh ủy khen "
      "thưởng 30 tập thể, 55 cá nhân.",
      "86", 2025,
      F("commend_collective", 30), F("commend_individual", 55)),

    # ---------------- Thành phố Cần Thơ (mới), 2025 ----------------
    S("Đảng ủy xã Kế Sách ban hành 03 kế hoạch, hướng dẫn; 100% chi bộ chỉ đạo đảng viên xây dựng kế hoạch; có 99,1% đảng viên đăng ký.",
      "31528", 2025,
      F("plans_issued", 3), F("party_cells_plans_pct", 100), F("reg_party_members_pct", 99.1)),
    S("Xã Mỹ Tú có 15 mô hình, trong đó có 02 mô hình mới trong 6 tháng cuối năm 2025.",
      "31567", 2025,
      F("models_total", 15), F("models_new", 2)),
    S("Xã Trần Đề có 3 dân tộc Kinh, Khmer, Hoa cùng sinh sống, đồng bào Khmer chiếm khoảng 35%; năm 2025 xã có 186 hộ nghèo.",
      "31673", 2025),
    S("Năm 2025, Thành ủy Cần Thơ khen thưởng 28 tập thể và 46 cá nhân; Bản tin Thành ủy đăng 48 tin, bài về học tập và làm theo Bác.",
      "92", 2025,
      F("commend_collective", 28), F("commend_individual", 46), F("propaganda_articles", 48)),

    # ---------------- Tỉnh Cà Mau (mới), 2025 ----------------
    S("Đảng ủy xã Hồng Dân có 99,6% đảng viên và 98% công chức xã không là đảng viên đăng ký; 10/12 ấp nhân rộng mô hình “Tôm - lúa "
      "hữu cơ”.",
      "31843", 2025,
      F("reg_party_members_pct", 99.6), F("reg_civil_servants_pct", 98),
      F("model_replication_pct", 83.33, numerator=10, denominator=12)),
    S("Xã Vĩnh Lợi có 14 mô hình (09 tập thể, 05 cá nhân); đài truyền thanh xã phát 20 bản tin, 10 bài viết.",
      "31900", 2025,
      F("models_total", 14), F("models_collective", 9), F("models_individual", 5), F("propaganda_broadcasts", 30)),
    S("Xã Gành Hào có trên 300 tàu cá, 100% tàu có chiều dài từ 15 m trở lên lắp thiết bị giám sát hành trình.",
      "31972", 2025),
    S("Tỉnh Cà Mau (mới) có 64 xã, phường; năm 2025, toàn tỉnh có 98,8% đảng viên đăng ký và khoảng 1.500 mô hình.",
      "96", 2025,
      F("reg_party_members_pct", 98.8), F("models_total", 1500, "khoảng")),
]
