"""A sixth held-out set of sentences, written blind.

Written by a helper session from /work/shared/DOMAIN.md (the campaign, the metrics and how reports state them),
the real reports in /work/shared/seeds/ (for the register only; no sentence copied), data/metrics.csv (the 18
metric codes), data/reference/units_old.csv and units_new.csv (unit codes and official names) and
tests/narrative_corpus/__init__.py (F and S). It was written BLIND: without reading the extractor, its tests, its
word lists, the changelog or the other corpora, and without running anything on it.

The sentences are invented in the voice of annual, six-month, five-year and thematic reports of district party
committees (Huyện ủy, Thị ủy, Thành ủy, Quận ủy), of province party committees and, for 2025 after July, of
commune and province party committees of the new map.

Format and rules:
- S(text, unit_code, year, *figures, note=None): unit_code and year are what the report's title block gives:
  old-map codes for years up to 2024, new-map codes for 2025.
- F(metric, value, qualifier=None, **extra): metric is a code from data/metrics.csv. figures lists, in the order
  written, every figure of one of the 18 metrics the sentence states; rates in percent units; "98,5" is 98.5,
  "1.245" is 1245; qualifier None when exact, else the bounding word as written, lowercased ("trên", "hơn",
  "gần", "khoảng", "dưới", "xấp xỉ"); "đạt", "là", "có" are not qualifiers, nor "trên" meaning "on".
- numerator=/denominator= when the sentence gives them; a rate not written but implied by "x/y" is x/y*100
  rounded to two decimals; unit_name=(official name as in the unit list) for a named sub-unit's figure; year= for
  a figure of another year.
- Bulletins and articles broadcast are one count (their sum); plans and guidance documents are one count (their
  sum).
- note= marks an entry a reasonable reader could read otherwise.
Sentences with no figures carry numbers that are not figures of a metric (dates, periods, document numbers,
durations, ordinals, changes, targets, counts and rates of other things).
"""

from __future__ import annotations

from tests.narrative_corpus import F, S

HOLDOUT6 = [
    # --- Huyện ủy Lục Nam (Bắc Giang), 218 ---
    S("Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và chuyên đề năm 2023, Ban Thường vụ Huyện ủy "
      "Lục Nam đã ban hành 06 kế hoạch, 02 hướng dẫn để lãnh đạo, chỉ đạo các chi, đảng bộ cơ sở triển khai thực hiện.",
      "218", 2023, F("plans_issued", 8)),
    S("Đến ngày 30/11/2023, toàn Đảng bộ có 6.214/6.298 đảng viên đăng ký học tập và làm theo Bác, đạt 98,67%; "
      "1.032 công chức, viên chức, lực lượng vũ trang không là đảng viên đăng ký, đạt 94,2%.",
      "218", 2023,
      F("reg_party_members_pct", 98.67, numerator=6214, denominator=6298),
      F("reg_civil_servants_pct", 94.2, numerator=1032)),
    S("Có 254/254 chi bộ trực thuộc đảng bộ cơ sở hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch học tập và làm "
      "theo, đạt 100%.",
      "218", 2023, F("party_cells_plans_pct", 100, numerator=254, denominator=254)),
    S("Các chi, đảng bộ đăng ký xây dựng 137 mô hình học tập và làm theo Bác (tăng 11 mô hình so với năm 2022), trong "
      "đó 95 mô hình tập thể, 42 mô hình cá nhân; có 23 mô hình mới đăng ký trong năm.",
      "218", 2023,
      F("models_total", 137), F("models_collective", 95), F("models_individual", 42), F("models_new", 23)),
    S("Tiêu biểu như Đảng ủy xã Cẩm Lý với mô hình \"Dân vận khéo trong giải phóng mặt bằng\" đã vận động 146 hộ dân "
      "bàn giao 12,4 ha đất để thi công tuyến đường tỉnh 293.",
      "218", 2023),
    S("Nhân dịp kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023), Ban Thường vụ Huyện ủy tặng "
      "giấy khen cho 15 tập thể, 29 cá nhân có thành tích tiêu biểu và đề nghị Ban Thường vụ Tỉnh ủy khen thưởng 01 "
      "tập thể, 02 cá nhân.",
      "218", 2023,
      F("commend_collective", 15), F("commend_individual", 29),
      F("commend_proposed_collective", 1), F("commend_proposed_individual", 2)),
    S("Huyện ủy tổ chức Hội nghị sơ kết 02 năm thực hiện Kết luận số 01-KL/TW vào ngày 16/5/2023, có 280 đại biểu "
      "tham dự.",
      "218", 2023),
    S("Sau 5 năm thực hiện Chỉ thị số 05-CT/TW (2016 - 2021), Ban Thường vụ Huyện ủy đã ban hành 41 văn bản lãnh đạo, "
      "chỉ đạo, trong đó có 23 kế hoạch, hướng dẫn; chọn 04 mô hình điểm cấp huyện để chỉ đạo xây dựng và nhân rộng.",
      "218", 2021, F("plans_issued", 23), F("models_pilot", 4),
      note="the 41 documents include other kinds; the plans and guidance documents are the 23"),
    S("Mô hình \"Xây dựng tuyến đường tự quản kiểu mẫu\" do Đảng ủy xã Đông Phú thực hiện điểm đã được nhân rộng ra "
      "25/27 xã, thị trấn trong huyện.",
      "218", 2021, F("model_replication_pct", 92.59, numerator=25, denominator=27)),
    S("Đảng bộ huyện Lục Nam hiện có 47 tổ chức cơ sở đảng với 424 chi bộ trực thuộc; nhiệm kỳ 2020 - 2025 đặt mục "
      "tiêu hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.",
      "218", 2021),
    S("6 tháng đầu năm 2022, các chi, đảng bộ đăng ký mới 14 mô hình, nâng tổng số mô hình toàn huyện lên 121 mô hình.",
      "218", 2022, F("models_new", 14), F("models_total", 121)),

    # --- Huyện ủy Tân Yên (Bắc Giang), 216 ---
    S("Năm 2022, 100% chi bộ trực thuộc Đảng bộ huyện đã chỉ đạo đảng viên xây dựng kế hoạch học tập và làm theo gắn "
      "với bản cam kết tu dưỡng, rèn luyện, phấn đấu; tỷ lệ đảng viên đăng ký đạt 99,1%, cán bộ, công chức, viên chức "
      "không là đảng viên đạt 96,5%, đoàn viên, hội viên đạt trên 85%.",
      "216", 2022,
      F("party_cells_plans_pct", 100), F("reg_party_members_pct", 99.1),
      F("reg_civil_servants_pct", 96.5), F("reg_union_members_pct", 85, "trên")),
    S("Toàn huyện duy trì 112 mô hình, trong đó xây dựng mới 19 mô hình; Ban Thường vụ Huyện ủy khen thưởng 12 tập thể "
      "và 24 cá nhân tiêu biểu tại Hội nghị sơ kết 01 năm thực hiện Kết luận số 01-KL/TW.",
      "216", 2022,
      F("models_total", 112), F("models_new", 19), F("commend_collective", 12), F("commend_individual", 24)),
    S("Ban Tuyên giáo Huyện ủy phối hợp với Trung tâm Văn hóa - Thông tin và Thể thao huyện phát 86 bản tin, 34 bài viết "
      "trên hệ thống truyền thanh huyện và 24 đài truyền thanh cơ sở; đăng 47 tin, bài trên Bản tin Tân Yên và Trang "
      "thông tin điện tử huyện.",
      "216", 2022, F("propaganda_broadcasts", 120), F("propaganda_articles", 47)),
    S("Huyện có 24 xã, thị trấn với 355 thôn, tổ dân phố; tỷ lệ hộ nghèo cuối năm 2022 còn 1,86%, giảm 0,74% so với "
      "năm 2021.",
      "216", 2022),
    S("Chuyên đề toàn khóa \"Về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc\" được "
      "quán triệt trong quý I/2022 tại 35 điểm cầu trực tuyến của huyện và cơ sở.",
      "216", 2022),
    S("Năm 2024, Huyện ủy Tân Yên đề nghị Ban Thường vụ Tỉnh ủy Bắc Giang khen thưởng 02 tập thể, 02 cá nhân có thành "
      "tích tiêu biểu qua 3 năm thực hiện Kết luận số 01-KL/TW.",
      "216", 2024, F("commend_proposed_collective", 2), F("commend_proposed_individual", 2)),
    S("Trong các đơn vị, xã Ngọc Thiện có 10 mô hình, xã Việt Lập có 8 mô hình, xã Liên Chung có 7 mô hình học tập và "
      "làm theo Bác được duy trì hiệu quả.",
      "216", 2024,
      F("models_total", 10, unit_name="Xã Ngọc Thiện"), F("models_total", 8, unit_name="Xã Việt Lập"),
      F("models_total", 7, unit_name="Xã Liên Chung")),
    S("Năm 2024 là năm thứ 4 thực hiện Kết luận số 01-KL/TW; Huyện ủy tiếp tục gắn việc học tập và làm theo Bác với "
      "thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương.",
      "216", 2024),

    # --- Huyện ủy Ba Bể (Bắc Kạn), 061 ---
    S("6 tháng đầu năm 2024, Ban Thường vụ Huyện ủy Ba Bể ban hành 03 kế hoạch và 01 hướng dẫn triển khai chuyên đề "
      "năm 2024 đến các chi, đảng bộ cơ sở.",
      "061", 2024, F("plans_issued", 4)),
    S("Đến hết tháng 6/2024, có 3.128/3.176 đảng viên đăng ký, đạt 98,49%; 412/430 công chức, viên chức không là "
      "đảng viên đăng ký, đạt 95,81%; riêng tỷ lệ đoàn viên, hội viên đăng ký còn thấp, dưới 60%.",
      "061", 2024,
      F("reg_party_members_pct", 98.49, numerator=3128, denominator=3176),
      F("reg_civil_servants_pct", 95.81, numerator=412, denominator=430),
      F("reg_union_members_pct", 60, "dưới")),
    S("Đảng ủy xã Nam Mẫu tiếp tục duy trì mô hình \"Du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc Tày\" với 18 hộ "
      "làm homestay, đón trên 21.000 lượt khách trong 6 tháng.",
      "061", 2024),
    S("Trên địa bàn huyện có 58 mô hình học tập và làm theo Bác, trong đó 37 mô hình tập thể, 21 mô hình cá nhân; "
      "riêng thị trấn Chợ Rã có 7 mô hình.",
      "061", 2024,
      F("models_total", 58), F("models_collective", 37), F("models_individual", 21),
      F("models_total", 7, unit_name="Thị trấn Chợ Rã")),
    S("Huyện ủy chỉ đạo tổ chức 16 lớp học tập, quán triệt chuyên đề cho 1.240 lượt cán bộ, đảng viên, đạt 96% kế "
      "hoạch đề ra.",
      "061", 2024),
    S("Năm 2023, toàn huyện có 98,3% đảng viên đăng ký học tập và làm theo (năm 2022 là 97,8%).",
      "061", 2023, F("reg_party_members_pct", 98.3), F("reg_party_members_pct", 97.8, year=2022)),

    # --- Huyện ủy Chợ Đồn (Bắc Kạn), 064 ---
    S("Các chi, đảng bộ đăng ký 74 mô hình, cách làm hay (tăng 9 mô hình so với năm 2021); trong số đó có 5 mô hình "
      "điểm do Huyện ủy lựa chọn chỉ đạo thực hiện.",
      "064", 2022, F("models_total", 74), F("models_pilot", 5)),
    S("Ban Thường vụ Huyện ủy tặng giấy khen cho 09 tập thể, 17 cá nhân; Đảng ủy xã Bằng Lãng khen thưởng 02 tập thể và "
      "05 cá nhân.",
      "064", 2022,
      F("commend_collective", 9), F("commend_individual", 17),
      F("commend_collective", 2, unit_name="Xã Bằng Lãng"), F("commend_individual", 5, unit_name="Xã Bằng Lãng")),
    S("Năm 2022, huyện Chợ Đồn trồng mới 1.150 ha rừng, tỷ lệ che phủ rừng đạt 79,5%; thu nhập bình quân đầu người "
      "đạt 42 triệu đồng/năm.",
      "064", 2022),
    S("Huyện ủy Chợ Đồn phát 48 bản tin, 16 bài viết trên hệ thống truyền thanh; đăng tải 27 tin, bài trên Trang thông "
      "tin điện tử huyện.",
      "064", 2023, F("propaganda_broadcasts", 64), F("propaganda_articles", 27)),

    # --- Huyện ủy Đại Từ (Thái Nguyên), 171 ---
    S("Năm 2023, 99,02% đảng viên và 97,5% công chức, viên chức, người lao động không là đảng viên đăng ký học tập và "
      "làm theo; khoảng 90% đoàn viên, hội viên các đoàn thể đăng ký thực hiện.",
      "171", 2023,
      F("reg_party_members_pct", 99.02), F("reg_civil_servants_pct", 97.5), F("reg_union_members_pct", 90, "khoảng")),
    S("Toàn huyện có 165 mô hình học tập và làm theo Bác, trong đó 103 tập thể, 62 cá nhân, có 31 mô hình mới; mô hình "
      "chè an toàn theo tiêu chuẩn VietGAP của xã Hoàng Nông được nhân rộng tại 14/29 xã, thị trấn.",
      "171", 2023,
      F("models_total", 165), F("models_collective", 103), F("models_individual", 62), F("models_new", 31),
      F("model_replication_pct", 48.28, numerator=14, denominator=29)),
    S("Trung tâm Văn hóa, Thể thao và Truyền thông huyện phát sóng 112 tin, bài về học tập và làm theo Bác trên hệ "
      "thống truyền thanh huyện và cơ sở; Fanpage \"Đại Từ ngày nay\" đăng, chia sẻ 236 tin, bài, thu hút trên 45.000 "
      "lượt xem.",
      "171", 2023, F("propaganda_broadcasts", 112), F("propaganda_social_posts", 236)),
    S("Ban Thường vụ Huyện ủy khen thưởng 20 tập thể, 45 cá nhân; đề nghị Tỉnh ủy khen thưởng 02 tập thể, 03 cá nhân "
      "có thành tích xuất sắc.",
      "171", 2023,
      F("commend_collective", 20), F("commend_individual", 45),
      F("commend_proposed_collective", 2), F("commend_proposed_individual", 3)),
    S("Huyện có 29 xã, thị trấn với trên 6.700 ha chè, sản lượng chè búp tươi năm 2023 đạt 125.000 tấn, giá trị thu "
      "được trên 01 ha chè bình quân 180 triệu đồng.",
      "171", 2023),
    S("Qua 5 năm (2016 - 2021), toàn huyện đã xây dựng được 412 mô hình, trong đó có 05 mô hình điểm cấp huyện; xã La "
      "Bằng là đơn vị tiêu biểu với 21 mô hình.",
      "171", 2021,
      F("models_total", 412), F("models_pilot", 5), F("models_total", 21, unit_name="Xã La Bằng")),

    # --- Huyện ủy Phú Bình (Thái Nguyên), 173 ---
    S("Năm 2024, Ban Thường vụ Huyện ủy Phú Bình ban hành 07 kế hoạch, hướng dẫn, trong đó có Kế hoạch số 156-KH/HU "
      "ngày 22/01/2024 về thực hiện chuyên đề năm 2024.",
      "173", 2024, F("plans_issued", 7)),
    S("Kết quả, 5.467/5.530 đảng viên đăng ký (đạt 98,86%), 100% chi bộ hoàn thành việc chỉ đạo đảng viên xây dựng "
      "kế hoạch học tập và làm theo.",
      "173", 2024,
      F("reg_party_members_pct", 98.86, numerator=5467, denominator=5530), F("party_cells_plans_pct", 100)),
    S("Đảng ủy xã Tân Đức có 16 mô hình, Đảng ủy xã Úc Kỳ có 11 mô hình đăng ký trong năm 2024.",
      "173", 2024,
      F("models_total", 16, unit_name="Xã Tân Đức"), F("models_total", 11, unit_name="Xã Úc Kỳ")),
    S("Năm 2024, toàn huyện có thêm 3 xã đạt chuẩn nông thôn mới nâng cao, 1 xã đạt chuẩn nông thôn mới kiểu mẫu; "
      "tổng vốn huy động xây dựng nông thôn mới trên 180 tỷ đồng.",
      "173", 2024),
    S("Ngày 12/9/2024, Ban Thường vụ Huyện ủy tổ chức tọa đàm kỷ niệm 55 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh "
      "(1969 - 2024) với 150 đại biểu tham dự.",
      "173", 2024),

    # --- Huyện ủy Cẩm Khê (Phú Thọ), 235 ---
    S("Ngay sau khi Kết luận số 01-KL/TW được ban hành, Huyện ủy Cẩm Khê đã tổ chức 02 hội nghị quán triệt cho 520 cán "
      "bộ chủ chốt; các đảng bộ, chi bộ tổ chức học tập cho 100% đảng viên.",
      "235", 2022, note="100% of members studied the conclusion; not a registration rate"),
    S("Toàn huyện có 98,7% đảng viên, 95% công chức, viên chức không phải là đảng viên và gần 80% đoàn viên, hội viên "
      "đăng ký học tập và làm theo.",
      "235", 2022,
      F("reg_party_members_pct", 98.7), F("reg_civil_servants_pct", 95), F("reg_union_members_pct", 80, "gần")),
    S("Các chi, đảng bộ xây dựng 126 mô hình (86 tập thể, 40 cá nhân); Ban Thường vụ Huyện ủy chọn 3 mô hình điểm để "
      "chỉ đạo, trong đó mô hình \"Chi bộ 4 tốt\" đã nhân rộng ra 31/31 đảng bộ cơ sở.",
      "235", 2022,
      F("models_total", 126), F("models_collective", 86), F("models_individual", 40), F("models_pilot", 3),
      F("model_replication_pct", 100, numerator=31, denominator=31)),
    S("Huyện hiện có 24 xã, thị trấn; năm 2022, tỷ lệ hộ nghèo giảm còn 3,12%, có thêm 02 xã đạt chuẩn nông thôn mới "
      "nâng cao.",
      "235", 2022),
    S("Năm 2024, Huyện ủy Cẩm Khê khen thưởng 15 tập thể, 31 cá nhân; toàn huyện có 138 mô hình, trong đó 92 tập thể, "
      "46 cá nhân.",
      "235", 2024,
      F("commend_collective", 15), F("commend_individual", 31),
      F("models_total", 138), F("models_collective", 92), F("models_individual", 46)),

    # --- Huyện ủy Thanh Ba (Phú Thọ), 232 ---
    S("Trong năm, Huyện ủy khen thưởng 14 tập thể, 28 cá nhân điển hình tiêu biểu; đề nghị Ban Thường vụ Tỉnh ủy khen "
      "thưởng 01 tập thể và 01 cá nhân.",
      "232", 2023,
      F("commend_collective", 14), F("commend_individual", 28),
      F("commend_proposed_collective", 1), F("commend_proposed_individual", 1)),
    S("Bản tin Thanh Ba đăng 38 tin, bài; Trang thông tin điện tử huyện đăng 64 tin, bài; hệ thống truyền thanh huyện "
      "phát 62 bản tin, 20 bài viết về gương người tốt, việc tốt.",
      "232", 2023,
      F("propaganda_articles", 38), F("propaganda_articles", 64), F("propaganda_broadcasts", 82),
      note="the bulletin's and the website's articles are stated apart; each is an articles figure as written"),
    S("Đồng chí Bí thư Huyện ủy dự sinh hoạt tại 12 chi bộ thôn, khu; 100% cấp ủy viên được phân công dự sinh hoạt "
      "chi bộ ít nhất 01 lần/quý theo Quy định số 213-QĐ/TW.",
      "232", 2023),
    S("Hội Cựu chiến binh huyện vận động hội viên hiến 3.200 m² đất, đóng góp 1.500 ngày công làm đường giao thông "
      "nông thôn.",
      "232", 2023),
    S("Qua 5 năm, toàn huyện xây dựng 196 mô hình học tập và làm theo Bác; riêng năm 2021 có 41 mô hình mới.",
      "232", 2021, F("models_total", 196), F("models_new", 41)),

    # --- Huyện ủy Vĩnh Tường (Vĩnh Phúc), 252 ---
    S("Năm 2024, Ban Thường vụ Huyện ủy Vĩnh Tường đã ban hành 09 kế hoạch, hướng dẫn; tổ chức 01 hội nghị sơ kết 3 "
      "năm thực hiện Kết luận số 01-KL/TW với sự tham dự của 350 đại biểu.",
      "252", 2024, F("plans_issued", 9)),
    S("Tỷ lệ đảng viên đăng ký học tập và làm theo đạt trên 99%, cán bộ, công chức, viên chức không là đảng viên đạt "
      "98,2%.",
      "252", 2024, F("reg_party_members_pct", 99, "trên"), F("reg_civil_servants_pct", 98.2)),
    S("Các cơ sở đảng đăng ký xây dựng 211 mô hình, trong đó 34 mô hình mới; thị trấn Thổ Tang đăng ký 06 mô hình, dẫn "
      "đầu khối thị trấn.",
      "252", 2024,
      F("models_total", 211), F("models_new", 34), F("models_total", 6, unit_name="Thị trấn Thổ Tang")),
    S("Tổng nguồn Quỹ \"Vì người nghèo\" các cấp vận động trong năm đạt 2,85 tỷ đồng, hỗ trợ xây mới, sửa chữa 32 nhà "
      "đại đoàn kết.",
      "252", 2024),
    S("Năm 2022, 99,3% đảng viên đăng ký; 100% chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch; 93,6% đoàn viên, "
      "hội viên đăng ký thực hiện.",
      "252", 2022,
      F("reg_party_members_pct", 99.3), F("party_cells_plans_pct", 100), F("reg_union_members_pct", 93.6)),
    S("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Huyện ủy Vĩnh Tường xác định năm 2022 là năm "
      "\"Kỷ cương, kỷ luật hành chính\".",
      "252", 2022),

    # --- Huyện ủy Tam Dương (Vĩnh Phúc), 247 ---
    S("Giai đoạn 2016 - 2021, huyện đã lựa chọn hai mô hình điểm cấp huyện là mô hình \"Dân vận khéo\" tại xã Hoàng Hoa "
      "và mô hình \"Gia đình văn hóa - dòng họ hiếu học\" tại xã Duy Phiên.",
      "247", 2021, F("models_pilot", 2)),
    S("Qua 5 năm, Ban Thường vụ Huyện ủy khen thưởng 76 tập thể, 158 cá nhân; đề nghị Tỉnh ủy khen thưởng 05 tập thể, "
      "09 cá nhân.",
      "247", 2021,
      F("commend_collective", 76), F("commend_individual", 158),
      F("commend_proposed_collective", 5), F("commend_proposed_individual", 9)),
    S("Thu nhập bình quân đầu người năm 2021 đạt 58,6 triệu đồng, tăng 1,6 lần so với năm 2016; toàn huyện còn 312 hộ "
      "nghèo.",
      "247", 2021),
    S("Sau 5 năm, số tổ chức cơ sở đảng đạt \"Hoàn thành tốt nhiệm vụ\" trở lên hằng năm đạt trên 90%.",
      "247", 2021),

    # --- Huyện ủy Thanh Miện (Hải Dương), 300 ---
    S("Tính đến tháng 11/2023, 5.016/5.084 đảng viên (98,66%) và 674/703 công chức, viên chức không là đảng viên "
      "(95,87%) đã đăng ký học tập và làm theo.",
      "300", 2023,
      F("reg_party_members_pct", 98.66, numerator=5016, denominator=5084),
      F("reg_civil_servants_pct", 95.87, numerator=674, denominator=703)),
    S("Có 183/186 chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch, 03 chi bộ chưa hoàn thành do đang kiện toàn "
      "cấp ủy.",
      "300", 2023, F("party_cells_plans_pct", 98.39, numerator=183, denominator=186)),
    S("Đảng ủy xã Ngô Quyền xây dựng 08 mô hình, trong đó 05 mô hình tập thể, 03 mô hình cá nhân; Đảng ủy xã Lê Hồng "
      "xây dựng 06 mô hình.",
      "300", 2023,
      F("models_total", 8, unit_name="Xã Ngô Quyền"), F("models_collective", 5, unit_name="Xã Ngô Quyền"),
      F("models_individual", 3, unit_name="Xã Ngô Quyền"), F("models_total", 6, unit_name="Xã Lê Hồng")),
    S("Ban Thường vụ Huyện ủy ban hành 05 kế hoạch, 01 hướng dẫn và 03 công văn chỉ đạo triển khai.",
      "300", 2023, F("plans_issued", 6),
      note="plans and guidance documents counted (5 + 1); the 03 công văn are neither"),
    S("Hội nghị sơ kết được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến 18 điểm cầu xã, thị trấn.",
      "300", 2023),
    S("Năm 2022, hệ thống truyền thanh phát 68 tin, bài; Bản tin huyện đăng 22 tin, bài về học tập và làm theo Bác.",
      "300", 2022, F("propaganda_broadcasts", 68), F("propaganda_articles", 22)),
    S("Huyện tổ chức 03 lớp bồi dưỡng lý luận chính trị cho 210 đảng viên mới, 02 lớp cho 145 quần chúng ưu tú.",
      "300", 2022),

    # --- Huyện ủy Gia Lộc (Hải Dương), 297 ---
    S("Năm 2022, hệ thống truyền thanh huyện và 19 đài truyền thanh xã, thị trấn đã phát 95 tin, 40 bài về học tập và "
      "làm theo Bác.",
      "297", 2022, F("propaganda_broadcasts", 135)),
    S("Trang Facebook \"Gia Lộc quê hương tôi\" và các nhóm Zalo của chi bộ đăng tải, chia sẻ hơn 300 tin, bài, video.",
      "297", 2022, F("propaganda_social_posts", 300, "hơn")),
    S("Huyện ủy tặng giấy khen cho 11 tập thể, 23 cá nhân điển hình tiên tiến trong học tập và làm theo Bác giai đoạn "
      "2021 - 2022.",
      "297", 2022, F("commend_collective", 11), F("commend_individual", 23)),
    S("Năm 2024, xã Yết Kiêu có 9 mô hình, xã Toàn Thắng có 8 mô hình được Ban Tuyên giáo Huyện ủy thẩm định.",
      "297", 2024,
      F("models_total", 9, unit_name="Xã Yết Kiêu"), F("models_total", 8, unit_name="Xã Toàn Thắng")),
    S("Gia Lộc phấn đấu đến năm 2025 đạt chuẩn huyện nông thôn mới nâng cao, với 100% xã đạt chuẩn nông thôn mới nâng "
      "cao và 30% xã đạt chuẩn kiểu mẫu.",
      "297", 2024),

    # --- Huyện ủy Kiến Xương (Thái Bình), 343 ---
    S("Năm 2024 là năm thứ tư thực hiện Kết luận số 01-KL/TW, cũng là năm các chi bộ trực thuộc tiến hành đại hội nhiệm "
      "kỳ 2025 - 2027.",
      "343", 2024),
    S("Toàn Đảng bộ có 9.870 đảng viên đăng ký, đạt 98,8% tổng số đảng viên; trên 95% công chức, viên chức, lực lượng "
      "vũ trang không là đảng viên đăng ký.",
      "343", 2024,
      F("reg_party_members_pct", 98.8, numerator=9870), F("reg_civil_servants_pct", 95, "trên")),
    S("Toàn huyện có 287 mô hình, trong đó 196 mô hình tập thể và 91 mô hình cá nhân; xã Vũ Ninh có 14 mô hình, xã Bình "
      "Định có 12 mô hình.",
      "343", 2024,
      F("models_total", 287), F("models_collective", 196), F("models_individual", 91),
      F("models_total", 14, unit_name="Xã Vũ Ninh"), F("models_total", 12, unit_name="Xã Bình Định")),
    S("Ban Thường vụ Huyện ủy tặng giấy khen cho 25 tập thể, 60 cá nhân; đề nghị Tỉnh ủy tặng bằng khen cho 02 tập thể, "
      "04 cá nhân.",
      "343", 2024,
      F("commend_collective", 25), F("commend_individual", 60),
      F("commend_proposed_collective", 2), F("commend_proposed_individual", 4)),
    S("Kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024), huyện tổ chức 05 đoàn với 230 cán bộ, "
      "đảng viên đi tham quan, học tập tại Khu di tích Kim Liên (Nghệ An).",
      "343", 2024),
    S("Năm 2022, hệ thống truyền thanh huyện và 33 đài truyền thanh xã phát 120 bản tin, 45 bài viết tuyên truyền học "
      "tập và làm theo Bác.",
      "343", 2022, F("propaganda_broadcasts", 165)),

    # --- Huyện ủy Quỳnh Phụ (Thái Bình), 338 ---
    S("Năm 2022, Ban Thường vụ Huyện ủy Quỳnh Phụ ban hành bảy kế hoạch, hướng dẫn về học tập và làm theo Bác và thực "
      "hiện chuyên đề toàn khóa.",
      "338", 2022, F("plans_issued", 7)),
    S("Huyện đoàn, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh huyện chỉ đạo 100% cơ sở hội tổ chức cho "
      "hội viên đăng ký; tỷ lệ đoàn viên, hội viên đăng ký đạt xấp xỉ 87%.",
      "338", 2022, F("reg_union_members_pct", 87, "xấp xỉ"),
      note="the 100% is of the associations' branches, not a registration rate"),
    S("Mô hình \"Cánh đồng mẫu lớn\" của xã An Ninh được nhân rộng ra 18/38 xã, thị trấn, với tổng diện tích trên 2.400 "
      "ha.",
      "338", 2022, F("model_replication_pct", 47.37, numerator=18, denominator=38)),
    S("Toàn huyện có 2.143 hộ nghèo, chiếm 2,08% tổng số hộ; trong năm có 386 hộ thoát nghèo.",
      "338", 2022),
    S("Năm 2024, xã An Ninh có 12 mô hình, thị trấn An Bài có 9 mô hình học tập và làm theo Bác.",
      "338", 2024,
      F("models_total", 12, unit_name="Xã An Ninh"), F("models_total", 9, unit_name="Thị trấn An Bài")),

    # --- Huyện ủy Triệu Sơn (Thanh Hóa), 397 ---
    S("Năm 2023, Ban Thường vụ Huyện ủy Triệu Sơn ban hành 06 kế hoạch, hướng dẫn; 100% chi bộ (412/412) chỉ đạo đảng "
      "viên xây dựng kế hoạch học tập và làm theo.",
      "397", 2023,
      F("plans_issued", 6), F("party_cells_plans_pct", 100, numerator=412, denominator=412)),
    S("Đảng viên đăng ký đạt 98,93%, tăng 0,4% so với năm 2022; công chức, viên chức, lực lượng vũ trang không là đảng "
      "viên đăng ký đạt 97%.",
      "397", 2023, F("reg_party_members_pct", 98.93), F("reg_civil_servants_pct", 97)),
    S("Toàn huyện có 248 mô hình, trong đó có 4 mô hình điểm cấp huyện, 42 mô hình xây dựng mới trong năm.",
      "397", 2023, F("models_total", 248), F("models_pilot", 4), F("models_new", 42)),
    S("Thị trấn Triệu Sơn có 11 mô hình, xã Dân Lực có 9 mô hình, xã Hợp Thành có 7 mô hình được thẩm định, đưa vào "
      "triển khai.",
      "397", 2023,
      F("models_total", 11, unit_name="Thị trấn Triệu Sơn"), F("models_total", 9, unit_name="Xã Dân Lực"),
      F("models_total", 7, unit_name="Xã Hợp Thành")),
    S("Năm 2023, tổng giá trị sản xuất trên địa bàn tăng 9,2%, thu ngân sách đạt 410 tỷ đồng; 34/34 xã, thị trấn duy "
      "trì đạt chuẩn nông thôn mới.",
      "397", 2023),
    S("Đảng bộ huyện hiện có 52 tổ chức cơ sở đảng với 11.460 đảng viên, trong đó 248 đảng viên được kết nạp trong năm.",
      "397", 2023),
    S("Giai đoạn 2016 - 2021, Ban Thường vụ Huyện ủy khen thưởng 84 tập thể, 172 cá nhân; đề nghị Tỉnh ủy khen thưởng "
      "07 tập thể, 12 cá nhân có thành tích tiêu biểu.",
      "397", 2021,
      F("commend_collective", 84), F("commend_individual", 172),
      F("commend_proposed_collective", 7), F("commend_proposed_individual", 12)),

    # --- Huyện ủy Ngọc Lặc (Thanh Hóa), 389 ---
    S("Huyện có 21 xã, thị trấn, trong đó 14 xã đặc biệt khó khăn; đồng bào dân tộc Mường chiếm 72% dân số.",
      "389", 2022),
    S("Trên 97% đảng viên và 90% công chức, viên chức không là đảng viên đăng ký; khoảng 70% đoàn viên, hội viên đăng "
      "ký học tập và làm theo.",
      "389", 2022,
      F("reg_party_members_pct", 97, "trên"), F("reg_civil_servants_pct", 90),
      F("reg_union_members_pct", 70, "khoảng"),
      note="'trên' bounds the first rate; the 90% is read as written, without it"),
    S("Ban Thường vụ Huyện ủy khen thưởng 10 tập thể, 21 cá nhân; mô hình \"Nuôi bò sinh sản\" của xã Cao Ngọc được "
      "nhân rộng tại 17/21 xã, thị trấn.",
      "389", 2022,
      F("commend_collective", 10), F("commend_individual", 21),
      F("model_replication_pct", 80.95, numerator=17, denominator=21)),
    S("Năm 2024, Huyện ủy Ngọc Lặc ban hành 5 kế hoạch, 2 hướng dẫn; 98,5% đảng viên đăng ký học tập và làm theo.",
      "389", 2024, F("plans_issued", 7), F("reg_party_members_pct", 98.5)),

    # --- Thị ủy Bỉm Sơn (Thanh Hóa), 381 ---
    S("Năm 2024, Thị ủy Bỉm Sơn ban hành 05 kế hoạch, 02 hướng dẫn; 2.940/2.968 đảng viên đăng ký, đạt 99,06%.",
      "381", 2024,
      F("plans_issued", 7), F("reg_party_members_pct", 99.06, numerator=2940, denominator=2968)),
    S("Thị ủy chọn 02 mô hình điểm là \"Phường văn minh đô thị\" tại phường Ngọc Trạo và \"Doanh nghiệp nêu gương\" tại "
      "Chi bộ Công ty Xi măng Bỉm Sơn.",
      "381", 2024, F("models_pilot", 2)),
    S("Phường Ba Đình có 09 mô hình, phường Lam Sơn có 07 mô hình học tập và làm theo Bác.",
      "381", 2024,
      F("models_total", 9, unit_name="Phường Ba Đình"), F("models_total", 7, unit_name="Phường Lam Sơn")),
    S("Công ty Xi măng Bỉm Sơn hỗ trợ 250 tấn xi măng để làm 4,3 km đường giao thông nội đồng tại xã Quang Trung.",
      "381", 2024),
    S("Năm 2022, Thị ủy phát 52 bản tin, 21 bài viết trên hệ thống truyền thanh; trên 400 tin, bài được đăng, chia sẻ "
      "trên mạng xã hội.",
      "381", 2022, F("propaganda_broadcasts", 73), F("propaganda_social_posts", 400, "trên")),

    # --- Huyện ủy Lệ Thủy (Quảng Bình), 457 ---
    S("Năm 2022, toàn huyện đăng ký 152 mô hình, trong đó 104 tập thể, 48 cá nhân; có 27 mô hình mới.",
      "457", 2022,
      F("models_total", 152), F("models_collective", 104), F("models_individual", 48), F("models_new", 27)),
    S("Đảng ủy xã Sen Thủy duy trì mô hình \"Trồng rừng phòng hộ ven biển\" với 35 ha phi lao, góp phần chắn cát cho "
      "420 hộ dân.",
      "457", 2022),
    S("Hệ thống truyền thanh huyện phát 72 bản tin, 18 bài viết; Bản tin nội bộ của Huyện ủy đăng 26 tin, bài.",
      "457", 2022, F("propaganda_broadcasts", 90), F("propaganda_articles", 26)),
    S("Ban Thường vụ Huyện ủy khen thưởng 16 tập thể, 32 cá nhân; Đảng ủy thị trấn Kiến Giang khen thưởng 04 tập thể, "
      "09 cá nhân.",
      "457", 2022,
      F("commend_collective", 16), F("commend_individual", 32),
      F("commend_collective", 4, unit_name="Thị trấn Kiến Giang"),
      F("commend_individual", 9, unit_name="Thị trấn Kiến Giang")),
    S("Trong năm, huyện chịu ảnh hưởng của 02 đợt lũ lớn vào tháng 10 và tháng 11/2022, làm hư hỏng 1.800 ha lúa và "
      "hoa màu.",
      "457", 2022),
    S("Năm 2024, 6.412/6.498 đảng viên đăng ký, đạt 98,68%.",
      "457", 2024, F("reg_party_members_pct", 98.68, numerator=6412, denominator=6498)),

    # --- Thị ủy Ba Đồn (Quảng Bình), 458 ---
    S("Thị ủy Ba Đồn ban hành 04 kế hoạch, hướng dẫn; 100% đảng viên đăng ký học tập và làm theo; 96,4% công chức, "
      "viên chức không là đảng viên đăng ký.",
      "458", 2023,
      F("plans_issued", 4), F("reg_party_members_pct", 100), F("reg_civil_servants_pct", 96.4)),
    S("Toàn thị xã có 96 mô hình, trong đó 62 tập thể, 34 cá nhân; mô hình \"Xây dựng khu dân cư không rác thải nhựa\" "
      "được 16/16 xã, phường nhân rộng.",
      "458", 2023,
      F("models_total", 96), F("models_collective", 62), F("models_individual", 34),
      F("model_replication_pct", 100, numerator=16, denominator=16)),

    # --- Huyện ủy Chư Sê (Gia Lai), 633 ---
    S("Huyện có 15 xã, thị trấn, 213 thôn, làng, tổ dân phố, trong đó có 113 làng đồng bào dân tộc thiểu số.",
      "633", 2023),
    S("Năm 2023, tỷ lệ đảng viên đăng ký đạt 97,6%; đoàn viên, hội viên đăng ký đạt gần 65%.",
      "633", 2023, F("reg_party_members_pct", 97.6), F("reg_union_members_pct", 65, "gần")),
    S("Huyện ủy chọn 03 mô hình điểm, trong đó mô hình \"Già làng, người có uy tín nêu gương\" tại xã Ia Blang đã được "
      "nhân rộng tại 12/15 xã, thị trấn.",
      "633", 2023,
      F("models_pilot", 3), F("model_replication_pct", 80, numerator=12, denominator=15)),
    S("Đảng ủy xã Dun xây dựng 05 mô hình, có 02 mô hình mới.",
      "633", 2023,
      F("models_total", 5, unit_name="Xã Dun"), F("models_new", 2, unit_name="Xã Dun")),
    S("Ban Thường vụ Huyện ủy khen thưởng 08 tập thể, 16 cá nhân; đề nghị Tỉnh ủy khen thưởng 01 tập thể.",
      "633", 2023,
      F("commend_collective", 8), F("commend_individual", 16), F("commend_proposed_collective", 1)),
    S("Trong năm, huyện trồng 860 ha rừng, giải quyết việc làm cho 1.250 lao động, đưa 46 lao động đi làm việc ở nước "
      "ngoài.",
      "633", 2023),

    # --- Thị ủy An Khê (Gia Lai), 623 ---
    S("Thị ủy An Khê ban hành 6 kế hoạch, hướng dẫn; 1.874/1.902 đảng viên đăng ký (đạt 98,53%).",
      "623", 2022,
      F("plans_issued", 6), F("reg_party_members_pct", 98.53, numerator=1874, denominator=1902)),
    S("Thị ủy đăng 19 tin, bài trên Trang thông tin điện tử thị xã và chia sẻ trên 120 tin, bài trên nhóm Zalo, "
      "Facebook của các chi bộ.",
      "623", 2022, F("propaganda_articles", 19), F("propaganda_social_posts", 120, "trên")),
    S("Năm 2024, phường An Bình có 08 mô hình, xã Song An có 05 mô hình.",
      "623", 2024,
      F("models_total", 8, unit_name="Phường An Bình"), F("models_total", 5, unit_name="Xã Song An")),

    # --- Huyện ủy Krông Pắc (Đắk Lắk), 654 ---
    S("Đến ngày 15/12/2024, 7.315/7.402 đảng viên đăng ký (98,82%), 1.506/1.587 công chức, viên chức, lực lượng vũ "
      "trang không là đảng viên đăng ký (94,9%).",
      "654", 2024,
      F("reg_party_members_pct", 98.82, numerator=7315, denominator=7402),
      F("reg_civil_servants_pct", 94.9, numerator=1506, denominator=1587)),
    S("Toàn huyện có 203 mô hình học tập và làm theo Bác, trong đó có 38 mô hình mới, 5 mô hình điểm; xã Ea Kly có 13 "
      "mô hình, xã Hòa An có 10 mô hình.",
      "654", 2024,
      F("models_total", 203), F("models_new", 38), F("models_pilot", 5),
      F("models_total", 13, unit_name="Xã Ea Kly"), F("models_total", 10, unit_name="Xã Hòa An")),
    S("Trong năm, huyện hỗ trợ xây dựng 45 căn nhà đại đoàn kết cho hộ nghèo, tổng kinh phí trên 2,2 tỷ đồng; trong đó "
      "cán bộ, đảng viên đóng góp 650 triệu đồng.",
      "654", 2024),
    S("Năm 2022, huyện có 181 mô hình, 29 mô hình mới.",
      "654", 2022, F("models_total", 181), F("models_new", 29)),
    S("Đến cuối năm 2022, huyện có 11.200 ha cà phê, trong đó 2.300 ha được tái canh.",
      "654", 2022),

    # --- Huyện ủy Ea Kar (Đắk Lắk), 651 ---
    S("5 năm qua, Ban Thường vụ Huyện ủy Ea Kar ban hành 32 kế hoạch, hướng dẫn; khen thưởng 64 tập thể, 131 cá nhân; "
      "đề nghị Tỉnh ủy khen thưởng 06 tập thể, 10 cá nhân.",
      "651", 2021,
      F("plans_issued", 32), F("commend_collective", 64), F("commend_individual", 131),
      F("commend_proposed_collective", 6), F("commend_proposed_individual", 10)),
    S("Riêng năm 2021, toàn huyện có 58 mô hình mới được đăng ký.",
      "651", 2021, F("models_new", 58)),
    S("Năm 2017 toàn huyện mới có 46 mô hình; đến năm 2021 đã có 139 mô hình.",
      "651", 2021, F("models_total", 46, year=2017), F("models_total", 139)),
    S("Nhiệm kỳ 2020 - 2025, Đảng bộ huyện Ea Kar đặt mục tiêu đến năm 2025 có 100% chi bộ đạt trong sạch, vững mạnh.",
      "651", 2021),
    S("Năm 2023, Huyện ủy Ea Kar khen thưởng 14 tập thể, 30 cá nhân; xã Cư Huê có 11 mô hình.",
      "651", 2023,
      F("commend_collective", 14), F("commend_individual", 30), F("models_total", 11, unit_name="Xã Cư Huê")),

    # --- Huyện ủy Di Linh (Lâm Đồng), 679 ---
    S("Ban Thường vụ Huyện ủy ban hành 08 kế hoạch và hướng dẫn; tổ chức 04 lớp bồi dưỡng cho 640 lượt bí thư, phó bí "
      "thư chi bộ.",
      "679", 2022, F("plans_issued", 8)),
    S("Năm 2022, có 99,2% đảng viên, 93% công chức, viên chức không là đảng viên và trên 70% đoàn viên, hội viên đăng "
      "ký học tập và làm theo.",
      "679", 2022,
      F("reg_party_members_pct", 99.2), F("reg_civil_servants_pct", 93), F("reg_union_members_pct", 70, "trên")),
    S("Đảng bộ thị trấn Di Linh có 100% đảng viên đăng ký; xã Gia Hiệp đạt 97,4%.",
      "679", 2022,
      F("reg_party_members_pct", 100, unit_name="Thị trấn Di Linh"),
      F("reg_party_members_pct", 97.4, unit_name="Xã Gia Hiệp")),
    S("Toàn huyện có 139 mô hình (trong đó 21 mô hình mới); mô hình \"Cà phê tái canh bền vững\" của xã Tân Châu được "
      "nhân rộng ra 17/19 xã, thị trấn.",
      "679", 2022,
      F("models_total", 139), F("models_new", 21),
      F("model_replication_pct", 89.47, numerator=17, denominator=19)),
    S("Huyện có 19 xã, thị trấn với 23 dân tộc anh em cùng sinh sống, đồng bào dân tộc thiểu số chiếm gần 40% dân số.",
      "679", 2022),
    S("Năm 2024, Huyện ủy Di Linh chọn 04 mô hình điểm; khen thưởng 12 tập thể, 27 cá nhân tiêu biểu.",
      "679", 2024, F("models_pilot", 4), F("commend_collective", 12), F("commend_individual", 27)),

    # --- Thành ủy Bảo Lộc (Lâm Đồng), 673 ---
    S("Năm 2023, Thành ủy Bảo Lộc ban hành 10 kế hoạch, hướng dẫn; 100% chi bộ đã chỉ đạo đảng viên xây dựng kế hoạch "
      "học tập và làm theo ngay từ đầu năm.",
      "673", 2023, F("plans_issued", 10), F("party_cells_plans_pct", 100)),
    S("Trung tâm Văn hóa - Thông tin và Thể thao thành phố phát 104 bản tin và 36 bài viết; Trang thông tin điện tử "
      "thành phố đăng 85 tin, bài; Fanpage \"Bảo Lộc ngày mới\" đăng, chia sẻ 412 tin, bài.",
      "673", 2023,
      F("propaganda_broadcasts", 140), F("propaganda_articles", 85), F("propaganda_social_posts", 412)),
    S("Thành ủy khen thưởng 17 tập thể, 38 cá nhân; Đảng ủy phường B'lao khen thưởng 03 tập thể, 06 cá nhân.",
      "673", 2023,
      F("commend_collective", 17), F("commend_individual", 38),
      F("commend_collective", 3, unit_name="Phường B'lao"), F("commend_individual", 6, unit_name="Phường B'lao")),
    S("Thành phố Bảo Lộc được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới từ năm 2020; năm 2023 thu ngân sách "
      "đạt 1.050 tỷ đồng.",
      "673", 2023),

    # --- Huyện ủy Xuân Lộc (Đồng Nai), 741 ---
    S("Năm 2024, Huyện ủy Xuân Lộc ban hành 07 kế hoạch, 03 hướng dẫn; 100% chi bộ (298/298) hoàn thành chỉ đạo đảng "
      "viên xây dựng kế hoạch.",
      "741", 2024,
      F("plans_issued", 10), F("party_cells_plans_pct", 100, numerator=298, denominator=298)),
    S("Tỷ lệ đảng viên đăng ký đạt 99,35%; công chức, viên chức, lực lượng vũ trang không là đảng viên đạt 97,1%; đoàn "
      "viên, hội viên đạt 82,5%.",
      "741", 2024,
      F("reg_party_members_pct", 99.35), F("reg_civil_servants_pct", 97.1), F("reg_union_members_pct", 82.5)),
    S("Xã Xuân Bắc có 12 mô hình, xã Suối Cát có 9 mô hình, thị trấn Gia Ray có 15 mô hình.",
      "741", 2024,
      F("models_total", 12, unit_name="Xã Xuân Bắc"), F("models_total", 9, unit_name="Xã Suối Cát"),
      F("models_total", 15, unit_name="Thị trấn Gia Ray")),
    S("Năm 2024, huyện thu hoạch 14.500 tấn sầu riêng, giá trị sản xuất nông nghiệp tăng 6,8%; 15/15 xã, thị trấn đạt "
      "chuẩn nông thôn mới nâng cao.",
      "741", 2024),
    S("Năm 2022, toàn huyện có 186 mô hình (tăng 17 mô hình so với năm 2021), trong đó 122 mô hình tập thể, 64 mô hình "
      "cá nhân.",
      "741", 2022, F("models_total", 186), F("models_collective", 122), F("models_individual", 64)),

    # --- Huyện ủy Định Quán (Đồng Nai), 736 ---
    S("Ban Thường vụ Huyện ủy Định Quán ban hành 06 kế hoạch, hướng dẫn; khen thưởng 13 tập thể, 26 cá nhân; đề nghị "
      "Tỉnh ủy khen thưởng 02 tập thể và 02 cá nhân.",
      "736", 2022,
      F("plans_issued", 6), F("commend_collective", 13), F("commend_individual", 26),
      F("commend_proposed_collective", 2), F("commend_proposed_individual", 2)),
    S("Các đảng bộ, chi bộ xây dựng 118 mô hình, trong đó 79 mô hình tập thể, 39 mô hình cá nhân.",
      "736", 2022, F("models_total", 118), F("models_collective", 79), F("models_individual", 39)),
    S("Hội Liên hiệp Phụ nữ huyện duy trì 56 tổ tiết kiệm với 1.120 hội viên tham gia, tổng số vốn 3,4 tỷ đồng.",
      "736", 2022),
    S("Năm 2024, Trang Facebook \"Định Quán quê tôi\" đăng, chia sẻ 520 tin, bài; Bản tin Huyện ủy đăng 36 tin, bài.",
      "736", 2024, F("propaganda_social_posts", 520), F("propaganda_articles", 36)),

    # --- Huyện ủy Thoại Sơn (An Giang), 894 ---
    S("Năm 2023, 4.980/5.041 đảng viên đăng ký, đạt 98,79%.",
      "894", 2023, F("reg_party_members_pct", 98.79, numerator=4980, denominator=5041)),
    S("Toàn huyện có 131 mô hình, có 24 mô hình mới; thị trấn Óc Eo với mô hình \"Giữ gìn, phát huy giá trị di tích Óc "
      "Eo - Ba Thê\" có 08 mô hình; xã Vọng Thê có 06 mô hình.",
      "894", 2023,
      F("models_total", 131), F("models_new", 24),
      F("models_total", 8, unit_name="Thị trấn Óc Eo"), F("models_total", 6, unit_name="Xã Vọng Thê")),
    S("Hệ thống truyền thanh phát 58 bản tin, 30 bài viết; đăng 40 tin, bài trên Bản tin huyện.",
      "894", 2023, F("propaganda_broadcasts", 88), F("propaganda_articles", 40)),
    S("Năm 2023, sản lượng lúa toàn huyện đạt 1,06 triệu tấn; có thêm 15,7 km đường giao thông nông thôn được bê tông "
      "hóa.",
      "894", 2023),
    S("Sau 5 năm, huyện đã xây dựng 3 mô hình điểm, nhân rộng tại 17/17 xã, thị trấn.",
      "894", 2021, F("models_pilot", 3), F("model_replication_pct", 100, numerator=17, denominator=17)),

    # --- Huyện ủy Châu Phú (An Giang), 889 ---
    S("Năm 2022, Huyện ủy Châu Phú khen thưởng 18 tập thể, 39 cá nhân; đề nghị Tỉnh ủy khen thưởng 01 tập thể, 03 cá "
      "nhân.",
      "889", 2022,
      F("commend_collective", 18), F("commend_individual", 39),
      F("commend_proposed_collective", 1), F("commend_proposed_individual", 3)),
    S("Trên 98% đảng viên và 85% công chức, viên chức không là đảng viên đăng ký học tập và làm theo.",
      "889", 2022, F("reg_party_members_pct", 98, "trên"), F("reg_civil_servants_pct", 85)),
    S("Huyện đoàn ra quân 12 đợt \"Ngày Chủ nhật xanh\", thu gom 18 tấn rác thải; trồng 3.500 cây xanh trên các tuyến "
      "đường.",
      "889", 2022),
    S("Năm 2024, toàn huyện có 112 mô hình; mô hình \"Bếp ăn tình thương\" được nhân rộng ra 11/13 xã, thị trấn.",
      "889", 2024,
      F("models_total", 112), F("model_replication_pct", 84.62, numerator=11, denominator=13)),

    # --- Huyện ủy Phụng Hiệp (Hậu Giang), 934 ---
    S("Năm 2024, Ban Thường vụ Huyện ủy ban hành 05 kế hoạch, hướng dẫn; tổ chức 15 hội nghị học tập chuyên đề với 4.600 "
      "lượt cán bộ, đảng viên tham dự.",
      "934", 2024, F("plans_issued", 5)),
    S("Toàn huyện có 176 mô hình, trong đó 112 tập thể, 64 cá nhân; có 03 mô hình điểm cấp huyện.",
      "934", 2024,
      F("models_total", 176), F("models_collective", 112), F("models_individual", 64), F("models_pilot", 3)),
    S("Xã Hòa An có 12 mô hình, xã Tân Long có 8 mô hình.",
      "934", 2024, F("models_total", 12, unit_name="Xã Hòa An"), F("models_total", 8, unit_name="Xã Tân Long")),
    S("Quỹ khuyến học huyện trao 620 suất học bổng, tổng trị giá 930 triệu đồng.",
      "934", 2024),
    S("Năm 2022, Huyện ủy khen thưởng mười sáu tập thể, ba mươi lăm cá nhân.",
      "934", 2022, F("commend_collective", 16), F("commend_individual", 35)),

    # --- Thị ủy Long Mỹ (Hậu Giang), 937 ---
    S("Thị ủy Long Mỹ ban hành 04 kế hoạch, 01 hướng dẫn; 1.652/1.671 đảng viên đăng ký, đạt 98,86%.",
      "937", 2023,
      F("plans_issued", 5), F("reg_party_members_pct", 98.86, numerator=1652, denominator=1671)),
    S("Toàn thị xã có 64 mô hình; mô hình \"Tuyến đường hoa\" đã nhân rộng ra 9/9 xã, phường.",
      "937", 2023, F("models_total", 64), F("model_replication_pct", 100, numerator=9, denominator=9)),
    S("Thị xã có 9 xã, phường, 54 ấp, khu vực; năm 2023 có thêm 01 xã đạt chuẩn nông thôn mới nâng cao.",
      "937", 2023),
    S("Năm 2022, Thị ủy Long Mỹ khen thưởng 9 tập thể, 18 cá nhân.",
      "937", 2022, F("commend_collective", 9), F("commend_individual", 18)),

    # --- Quận ủy Cầu Giấy (Hà Nội), 005 ---
    S("Năm 2023, Quận ủy Cầu Giấy ban hành 11 kế hoạch, hướng dẫn; 100% chi bộ trực thuộc hoàn thành chỉ đạo đảng viên "
      "xây dựng kế hoạch.",
      "005", 2023, F("plans_issued", 11), F("party_cells_plans_pct", 100)),
    S("Tỷ lệ đảng viên đăng ký đạt 99,6%, công chức, viên chức không là đảng viên đạt 98,4%.",
      "005", 2023, F("reg_party_members_pct", 99.6), F("reg_civil_servants_pct", 98.4)),
    S("Phường Dịch Vọng Hậu có 11 mô hình, phường Nghĩa Tân có 9 mô hình; toàn quận có 142 mô hình, trong đó 36 mô hình "
      "mới.",
      "005", 2023,
      F("models_total", 11, unit_name="Phường Dịch Vọng Hậu"), F("models_total", 9, unit_name="Phường Nghĩa Tân"),
      F("models_total", 142), F("models_new", 36)),
    S("Trang thông tin điện tử quận đăng 126 tin, bài; các chi bộ, đoàn thể đăng và chia sẻ trên 1.500 tin, bài trên "
      "mạng xã hội.",
      "005", 2023, F("propaganda_articles", 126), F("propaganda_social_posts", 1500, "trên")),
    S("Ngày 05/01/2023, Quận ủy ban hành Kế hoạch số 128-KH/QU về thực hiện chuyên đề năm 2023.",
      "005", 2023, note="a plan's number and date, not a count of plans"),
    S("Qua 5 năm (2016 - 2021), Quận ủy chọn 3 mô hình điểm; 8/8 phường nhân rộng mô hình \"Chính quyền thân thiện, vì "
      "nhân dân phục vụ\".",
      "005", 2021, F("models_pilot", 3), F("model_replication_pct", 100, numerator=8, denominator=8)),

    # --- Quận ủy Hoàng Mai (Hà Nội), 008 ---
    S("Quận ủy Hoàng Mai khen thưởng 30 tập thể, 72 cá nhân tiêu biểu; đề nghị Thành ủy Hà Nội khen thưởng 03 tập thể, "
      "05 cá nhân.",
      "008", 2022,
      F("commend_collective", 30), F("commend_individual", 72),
      F("commend_proposed_collective", 3), F("commend_proposed_individual", 5)),
    S("Quận có 14 phường với 245 tổ dân phố, dân số trên 540.000 người.",
      "008", 2022),
    S("Phường Định Công có 100% đảng viên đăng ký; phường Vĩnh Hưng đạt 99,3%.",
      "008", 2022,
      F("reg_party_members_pct", 100, unit_name="Phường Định Công"),
      F("reg_party_members_pct", 99.3, unit_name="Phường Vĩnh Hưng")),
    S("Năm 2024, 99,5% đảng viên đăng ký; trên 90% đoàn viên, hội viên đăng ký học tập và làm theo.",
      "008", 2024, F("reg_party_members_pct", 99.5), F("reg_union_members_pct", 90, "trên")),
    S("Quận ủy tổ chức 14 hội nghị tại 14 phường để lắng nghe ý kiến nhân dân, tiếp nhận 126 ý kiến, kiến nghị.",
      "008", 2024),

    # --- Quận ủy Lê Chân (Hải Phòng), 305 ---
    S("Năm 2024, Quận ủy Lê Chân ban hành 08 kế hoạch, hướng dẫn; tỷ lệ đảng viên đăng ký đạt 99,4%.",
      "305", 2024, F("plans_issued", 8), F("reg_party_members_pct", 99.4)),
    S("Toàn quận có 118 mô hình, gồm 81 mô hình tập thể, 37 mô hình cá nhân; 15/15 phường nhân rộng mô hình \"Tuyến phố "
      "văn minh\".",
      "305", 2024,
      F("models_total", 118), F("models_collective", 81), F("models_individual", 37),
      F("model_replication_pct", 100, numerator=15, denominator=15)),
    S("Quận đã giải phóng mặt bằng 12 dự án với tổng diện tích 26,5 ha; chỉnh trang 45 tuyến ngõ.",
      "305", 2024),
    S("Quận ủy Lê Chân khen thưởng 21 tập thể, 44 cá nhân; đề nghị Thành ủy khen thưởng 02 tập thể, 03 cá nhân.",
      "305", 2022,
      F("commend_collective", 21), F("commend_individual", 44),
      F("commend_proposed_collective", 2), F("commend_proposed_individual", 3)),

    # --- Quận ủy Kiến An (Hải Phòng), 307 ---
    S("Quận ủy Kiến An phát 46 bản tin, 22 bài viết trên hệ thống truyền thanh; đăng 31 tin, bài trên Bản tin Quận ủy.",
      "307", 2022, F("propaganda_broadcasts", 68), F("propaganda_articles", 31)),
    S("Phường Bắc Sơn, phường Nam Sơn mỗi phường có 07 mô hình.",
      "307", 2022,
      F("models_total", 7, unit_name="Phường Bắc Sơn"), F("models_total", 7, unit_name="Phường Nam Sơn"),
      note="'mỗi phường' gives each of the two wards the count"),
    S("Quận có 10 phường, trong đó 2 phường đạt chuẩn đô thị văn minh năm 2022.",
      "307", 2022),

    # --- Tỉnh ủy Thái Bình, 34 ---
    S("Năm 2023, toàn tỉnh có 99,1% đảng viên, 97,3% công chức, viên chức, lực lượng vũ trang không là đảng viên đăng "
      "ký học tập và làm theo.",
      "34", 2023, F("reg_party_members_pct", 99.1), F("reg_civil_servants_pct", 97.3)),
    S("Huyện ủy Kiến Xương và Huyện ủy Quỳnh Phụ dẫn đầu với tỷ lệ đảng viên đăng ký lần lượt là 99,6% và 99,5%.",
      "34", 2023,
      F("reg_party_members_pct", 99.6, unit_name="Huyện Kiến Xương"),
      F("reg_party_members_pct", 99.5, unit_name="Huyện Quỳnh Phụ")),
    S("Toàn tỉnh có 1.846 mô hình, trong đó 312 mô hình mới; Ban Thường vụ Tỉnh ủy khen thưởng 40 tập thể, 86 cá nhân.",
      "34", 2023,
      F("models_total", 1846), F("models_new", 312), F("commend_collective", 40), F("commend_individual", 86)),
    S("Năm 2023, tăng trưởng kinh tế (GRDP) của tỉnh đạt 10,4%, đứng thứ 5 cả nước.",
      "34", 2023),

    # --- Tỉnh ủy Quảng Bình, 44 ---
    S("Sau 01 năm thực hiện Kết luận số 01-KL/TW, Ban Thường vụ Tỉnh ủy ban hành 05 kế hoạch, hướng dẫn; các huyện ủy, "
      "thị ủy, thành ủy ban hành 64 văn bản cụ thể hóa.",
      "44", 2022, F("plans_issued", 5),
      note="the 64 documents are the district committees' own, not the province's plans"),
    S("Toàn tỉnh có 1.203 mô hình; Huyện ủy Lệ Thủy có 152 mô hình, Thị ủy Ba Đồn có 88 mô hình.",
      "44", 2022,
      F("models_total", 1203), F("models_total", 152, unit_name="Huyện Lệ Thủy"),
      F("models_total", 88, unit_name="Thị xã Ba Đồn")),
    S("Kết luận số 01-KL/TW được quán triệt đến 100% tổ chức cơ sở đảng với 72.000 lượt cán bộ, đảng viên tham gia.",
      "44", 2022),

    # --- Tỉnh ủy Bắc Kạn, 06 ---
    S("Năm 2024, toàn tỉnh có 98,9% đảng viên đăng ký; Huyện ủy Ba Bể đạt 98,49%, Huyện ủy Chợ Đồn đạt 99,1%.",
      "06", 2024,
      F("reg_party_members_pct", 98.9), F("reg_party_members_pct", 98.49, unit_name="Huyện Ba Bể"),
      F("reg_party_members_pct", 99.1, unit_name="Huyện Chợ Đồn")),
    S("Ban Thường vụ Tỉnh ủy chọn 08 mô hình điểm cấp tỉnh, mỗi huyện, thành phố 01 mô hình.",
      "06", 2024, F("models_pilot", 8),
      note="'mỗi huyện, thành phố 01 mô hình' is how the 8 are spread, not a figure"),
    S("Trong năm, Ban Tuyên giáo Tỉnh ủy tổ chức 02 đợt kiểm tra tại 08 huyện, thành phố.",
      "06", 2024),

    # --- Tỉnh ủy Hậu Giang, 93 ---
    S("Năm 2024, Huyện ủy Phụng Hiệp có 176 mô hình, Thị ủy Long Mỹ có 71 mô hình.",
      "93", 2024,
      F("models_total", 176, unit_name="Huyện Phụng Hiệp"), F("models_total", 71, unit_name="Thị xã Long Mỹ")),
    S("Ban Thường vụ Tỉnh ủy khen thưởng 22 tập thể, 48 cá nhân có thành tích tiêu biểu trong học tập và làm theo Bác.",
      "93", 2024, F("commend_collective", 22), F("commend_individual", 48)),
    S("Ngày 19/5/2024, Tỉnh ủy tổ chức Lễ kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh, có 500 đại biểu tham dự.",
      "93", 2024),

    # --- new map, 2025: Đảng ủy xã Lục Nam (Bắc Ninh), 07444 ---
    S("Đảng bộ xã Lục Nam được thành lập trên cơ sở hợp nhất đảng bộ của 04 xã, thị trấn cũ, hiện có 68 chi bộ với "
      "2.315 đảng viên.",
      "07444", 2025),
    S("Từ ngày 01/7/2025 đến nay, Đảng ủy xã ban hành 03 kế hoạch, hướng dẫn; 2.287/2.315 đảng viên đăng ký học tập và "
      "làm theo, đạt 98,79%.",
      "07444", 2025,
      F("plans_issued", 3), F("reg_party_members_pct", 98.79, numerator=2287, denominator=2315)),
    S("68/68 chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch; Đảng ủy xã đề nghị Ban Thường vụ Tỉnh ủy khen thưởng "
      "01 tập thể, 02 cá nhân.",
      "07444", 2025,
      F("party_cells_plans_pct", 100, numerator=68, denominator=68),
      F("commend_proposed_collective", 1), F("commend_proposed_individual", 2)),

    # --- Đảng ủy xã Đại Từ (Thái Nguyên), 05830 ---
    S("6 tháng cuối năm 2025, Đảng ủy xã Đại Từ duy trì 34 mô hình, trong đó 21 mô hình tập thể, 13 mô hình cá nhân; "
      "xây dựng mới 06 mô hình.",
      "05830", 2025,
      F("models_total", 34), F("models_collective", 21), F("models_individual", 13), F("models_new", 6)),
    S("Trang Facebook \"Xã Đại Từ\" đăng, chia sẻ 185 tin, bài; hệ thống truyền thanh xã phát 40 bản tin, 12 bài viết.",
      "05830", 2025, F("propaganda_social_posts", 185), F("propaganda_broadcasts", 52)),
    S("Xã Đại Từ được thành lập theo Nghị quyết số 1683/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội.",
      "05830", 2025),

    # --- Đảng ủy xã Triệu Sơn (Thanh Hóa), 15664 ---
    S("Năm 2025, Đảng ủy xã Triệu Sơn khen thưởng 06 tập thể, 14 cá nhân tiêu biểu trong học tập và làm theo Bác.",
      "15664", 2025, F("commend_collective", 6), F("commend_individual", 14)),
    S("Trên 99% đảng viên và gần 90% đoàn viên, hội viên trong xã đăng ký học tập và làm theo.",
      "15664", 2025, F("reg_party_members_pct", 99, "trên"), F("reg_union_members_pct", 90, "gần")),
    S("Đại hội Đảng bộ xã Triệu Sơn lần thứ I, nhiệm kỳ 2025 - 2030 được tổ chức thành công ngày 25/8/2025, có 250 đại "
      "biểu tham dự.",
      "15664", 2025),

    # --- Đảng ủy xã Di Linh (Lâm Đồng), 25000 ---
    S("Đảng bộ xã Di Linh hiện có 54 chi bộ với 1.732 đảng viên.",
      "25000", 2025),
    S("Đến tháng 11/2025, 100% đảng viên trong Đảng bộ đăng ký học tập và làm theo.",
      "25000", 2025, F("reg_party_members_pct", 100)),

    # --- Đảng ủy xã Xuân Lộc (Đồng Nai), 26425 ---
    S("Sau sắp xếp, Đảng ủy xã Xuân Lộc ban hành 04 kế hoạch, hướng dẫn; xã có 27 mô hình, trong đó 02 mô hình điểm.",
      "26425", 2025, F("plans_issued", 4), F("models_total", 27), F("models_pilot", 2)),
    S("Trong 6 tháng cuối năm, xã hỗ trợ 14 hộ nghèo xây mới nhà ở, mỗi căn 60 triệu đồng.",
      "26425", 2025),

    # --- Đảng ủy xã Thoại Sơn (An Giang), 30682 ---
    S("Hệ thống truyền thanh xã phát 36 tin, bài; Fanpage Đảng ủy xã đăng, chia sẻ khoảng 150 tin, bài.",
      "30682", 2025, F("propaganda_broadcasts", 36), F("propaganda_social_posts", 150, "khoảng")),

    # --- Đảng ủy xã Krông Pắc (Đắk Lắk), 24490 ---
    S("Đảng ủy xã Krông Pắc có 97,8% đảng viên, 95% công chức, viên chức không là đảng viên đăng ký; 21 mô hình được "
      "thẩm định và triển khai.",
      "24490", 2025,
      F("reg_party_members_pct", 97.8), F("reg_civil_servants_pct", 95), F("models_total", 21)),

    # --- Đảng ủy xã Lệ Thủy (Quảng Trị), 19249 ---
    S("Xã Lệ Thủy (mới) có diện tích tự nhiên 72,5 km², dân số hơn 41.000 người.",
      "19249", 2025),
    S("Đảng ủy xã đã khen thưởng 05 tập thể, 11 cá nhân và đề nghị Tỉnh ủy Quảng Trị khen thưởng 01 cá nhân.",
      "19249", 2025,
      F("commend_collective", 5), F("commend_individual", 11), F("commend_proposed_individual", 1)),

    # --- Đảng ủy xã Kiến Xương (Hưng Yên), 13075 ---
    S("Đảng ủy xã Kiến Xương ban hành 02 kế hoạch và 01 hướng dẫn; 43/45 chi bộ hoàn thành việc chỉ đạo đảng viên xây "
      "dựng kế hoạch.",
      "13075", 2025,
      F("plans_issued", 3), F("party_cells_plans_pct", 95.56, numerator=43, denominator=45)),
    S("Ngày 02/9/2025, xã tổ chức kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9.",
      "13075", 2025),

    # --- Đảng ủy phường Cầu Giấy (Hà Nội), 00166 ---
    S("Đảng ủy phường Cầu Giấy đăng 64 tin, bài trên Trang thông tin điện tử phường; hơn 200 tin, bài được chia sẻ "
      "trên các nhóm Zalo tổ dân phố.",
      "00166", 2025, F("propaganda_articles", 64), F("propaganda_social_posts", 200, "hơn")),

    # --- Đảng ủy phường Kiến An (Hải Phòng), 11443 ---
    S("Đảng ủy phường Kiến An xây dựng 18 mô hình, trong đó 12 mô hình tập thể, 06 mô hình cá nhân.",
      "11443", 2025, F("models_total", 18), F("models_collective", 12), F("models_individual", 6)),
    S("Phường Kiến An (mới) có 38 tổ dân phố với 14.500 hộ dân.",
      "11443", 2025),

    # --- Đảng ủy xã Chư Sê (Gia Lai), 23941 ---
    S("Đảng ủy xã Chư Sê có 96,7% đảng viên đăng ký; khoảng 60% đoàn viên, hội viên đăng ký.",
      "23941", 2025, F("reg_party_members_pct", 96.7), F("reg_union_members_pct", 60, "khoảng")),

    # --- Tỉnh ủy Thái Nguyên (mới), 19 ---
    S("Sau hợp nhất, Đảng bộ tỉnh Thái Nguyên có 92 đảng bộ xã, phường trực thuộc.",
      "19", 2025),
    S("Đảng ủy xã Ba Bể và Đảng ủy xã Chợ Đồn đạt 100% đảng viên đăng ký; Đảng ủy xã Phú Bình đạt 99,2%.",
      "19", 2025,
      F("reg_party_members_pct", 100, unit_name="Xã Ba Bể"), F("reg_party_members_pct", 100, unit_name="Xã Chợ Đồn"),
      F("reg_party_members_pct", 99.2, unit_name="Xã Phú Bình"),
      note="the 100% is stated once for the two communes; each carries it"),

    # --- Tỉnh ủy Lâm Đồng (mới), 68 ---
    S("6 tháng cuối năm 2025, Ban Thường vụ Tỉnh ủy Lâm Đồng ban hành 03 kế hoạch, hướng dẫn; toàn tỉnh có 2.140 mô "
      "hình, riêng xã Di Linh có 31 mô hình.",
      "68", 2025,
      F("plans_issued", 3), F("models_total", 2140), F("models_total", 31, unit_name="Xã Di Linh")),
    S("Tỉnh Lâm Đồng (mới) có 124 đơn vị hành chính cấp xã, gồm 103 xã, 20 phường và 01 đặc khu.",
      "68", 2025),

    # --- Tỉnh ủy An Giang (mới), 91 ---
    S("Xã Thoại Sơn có 98,9% đảng viên đăng ký, xã Óc Eo đạt 98,2%, xã Châu Phú đạt 97,7%.",
      "91", 2025,
      F("reg_party_members_pct", 98.9, unit_name="Xã Thoại Sơn"),
      F("reg_party_members_pct", 98.2, unit_name="Xã Óc Eo"),
      F("reg_party_members_pct", 97.7, unit_name="Xã Châu Phú")),
    S("Đại hội Đảng bộ tỉnh An Giang lần thứ I, nhiệm kỳ 2025 - 2030 diễn ra từ ngày 29 đến ngày 30/9/2025.",
      "91", 2025),

    # --- Tỉnh ủy Gia Lai (mới), 52 ---
    S("Ngày 01/7/2025, tỉnh Gia Lai (mới) chính thức đi vào hoạt động trên cơ sở hợp nhất tỉnh Gia Lai và tỉnh Bình Định.",
      "52", 2025),
    S("Ban Thường vụ Tỉnh ủy Gia Lai khen thưởng 35 tập thể, 70 cá nhân có thành tích tiêu biểu.",
      "52", 2025, F("commend_collective", 35), F("commend_individual", 70)),

    # --- Tỉnh ủy Thanh Hóa (mới), 38 ---
    S("Toàn tỉnh có 166 đơn vị hành chính cấp xã sau sắp xếp, giảm 381 đơn vị so với trước ngày 01/7/2025.",
      "38", 2025),
]
