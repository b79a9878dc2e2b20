"""Third held-out narrative set, written blind.

Who: a helper session that read neither the extractor (etl/, ui/, pages/, warehouse/, tests/) nor the other
narrative corpora nor data/narrative_words.csv. From what: only /work/shared/DOMAIN.md, data/metrics.csv and the
unit lists data/reference/units_old.csv and units_new.csv. The sentences are invented, in the voice of annual,
six-month, five-year and thematic reports on "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
(Chỉ thị 05-CT/TW, Kết luận 01-KL/TW), for districts picked away from the four of the seeds (Tân Kỳ, Trực Ninh,
Hoài Ân, Hồng Lĩnh, Tân Hiệp, Phú Riềng, Nghĩa Hành, Kiên Hải, Minh Long, Văn Giang), their communes and
provinces, and for communes, special zones and provinces of the new map after July 2025.

Rules:
- unit_code / year are the title block's unit and year: old-map codes for years up to 2024, new-map codes for 2025.
- figures lists, in the order they are written, every figure of one of the 18 metrics of data/metrics.csv; rates in
  percent units; qualifier None when exact, else the bounding word as written, lowercased ("đạt" is not one).
- numerator / denominator when the sentence gives them ("17/17", "284 ... / 286"); a rate not written but implied
  by "x/y" is x/y*100 rounded to two decimals; unit_name (official name) for a named sub-unit's figure; year for a
  figure of another year.
- bulletins and articles broadcast are one count (their sum), as in DOMAIN.md; plans and guidance documents are
  one count (their sum).
- dates, document numbers, durations, ordinals, changes, targets, rules and other quantities are not figures.
- note= marks an entry a reasonable reader could read otherwise.
"""
from __future__ import annotations

from tests.narrative_corpus import F, S

HOLDOUT3 = [
    # --- Huyện Tân Kỳ (Nghệ An), old map ---
    S(
        "Ban Thường vụ Huyện ủy đã ban hành 07 kế hoạch, hướng dẫn triển khai Kết luận 01-KL/TW và chuyên đề năm "
        "2022 đến các tổ chức cơ sở đảng.",
        "423", 2022,
        F("plans_issued", 7),
    ),
    S(
        "Toàn huyện có 6.412/6.498 đảng viên đăng ký học tập và làm theo Bác, đạt 98,68%.",
        "423", 2022,
        F("reg_party_members_pct", 98.68, numerator=6412, denominator=6498),
    ),
    S(
        "Có khoảng 85% công chức, viên chức và lực lượng vũ trang không phải là đảng viên xây dựng bản đăng ký làm "
        "theo gắn với nhiệm vụ được giao.",
        "423", 2022,
        F("reg_civil_servants_pct", 85, "khoảng"),
    ),
    S(
        "Đoàn viên, hội viên các đoàn thể đăng ký thực hiện đạt gần 60%, thấp hơn so với cùng kỳ.",
        "423", 2022,
        F("reg_union_members_pct", 60, "gần"),
    ),
    S(
        "Hội nghị quán triệt chuyên đề năm 2022 được tổ chức trong 02 buổi với sự tham gia của 312 cán bộ chủ chốt "
        "từ huyện đến cơ sở.",
        "423", 2022,
    ),
    S(
        "Trong năm, các chi bộ, đảng bộ cơ sở đăng ký xây dựng 118 mô hình, gồm 74 mô hình tập thể và 44 mô hình "
        "cá nhân; riêng xã Tân Hợp có 09 mô hình.",
        "423", 2022,
        F("models_total", 118),
        F("models_collective", 74),
        F("models_individual", 44),
        F("models_total", 9, unit_name="Xã Tân Hợp"),
    ),
    S(
        "Kế hoạch số 86-KH/HU ngày 14/3/2022 xác định thời gian sơ kết vào quý III và tổng kết vào tháng 12 hằng "
        "năm.",
        "423", 2022,
    ),
    S(
        "So với năm 2022 (118 mô hình), năm 2023 số mô hình tăng lên 131 mô hình, trong đó có 21 mô hình mới.",
        "423", 2023,
        F("models_total", 118, year=2022),
        F("models_total", 131),
        F("models_new", 21),
    ),
    S(
        "Huyện ủy tặng giấy khen cho 15 tập thể và 37 cá nhân có thành tích tiêu biểu trong học tập và làm theo Bác "
        "năm 2023.",
        "423", 2023,
        F("commend_collective", 15),
        F("commend_individual", 37),
    ),
    S(
        "Số mô hình tăng 13 mô hình so với năm trước, tương đương mức tăng 11%.",
        "423", 2023,
    ),
    S(
        "Kế hoạch số 125-KH/HU đặt mục tiêu 100% chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch trước ngày "
        "31/3/2024.",
        "423", 2024,
        note="100% là chỉ tiêu của kế hoạch, không phải kết quả.",
    ),
    S(
        "Đài Truyền thanh huyện phát 72 tin, bài, trong đó có 15 phóng sự về điển hình làm theo Bác.",
        "423", 2024,
        F("propaganda_broadcasts", 72),
    ),
    # Xã Tân Hợp (Tân Kỳ)
    S(
        "Đảng ủy xã giao chỉ tiêu mỗi chi bộ thôn xây dựng ít nhất 02 mô hình trong năm 2022.",
        "17269", 2022,
    ),
    S(
        "Đảng ủy xã Tân Hợp có 14/14 chi bộ trực thuộc (100%) đã hoàn thành việc chỉ đạo đảng viên xây dựng kế "
        "hoạch làm theo.",
        "17269", 2023,
        F("party_cells_plans_pct", 100, numerator=14, denominator=14),
    ),
    S(
        "Toàn Đảng bộ xã có 286 đảng viên, trong đó 284 đồng chí đã đăng ký học tập và làm theo, đạt 99,3%.",
        "17269", 2023,
        F("reg_party_members_pct", 99.3, numerator=284, denominator=286),
    ),
    S(
        "Đảng bộ xã phấn đấu đến năm 2025 có 100% đảng viên và trên 90% đoàn viên, hội viên đăng ký làm theo.",
        "17269", 2023,
    ),
    # --- Huyện Trực Ninh (Nam Định), old map ---
    S(
        "Sau 5 năm thực hiện Chỉ thị 05-CT/TW (2016 - 2021), Huyện ủy Trực Ninh đã ban hành 23 kế hoạch, hướng dẫn "
        "và 41 văn bản chỉ đạo khác.",
        "363", 2021,
        F("plans_issued", 23),
    ),
    S(
        "Toàn huyện lựa chọn 04 mô hình điểm cấp huyện để chỉ đạo, theo dõi; mô hình \"Dân vận khéo trong xây dựng "
        "nông thôn mới kiểu mẫu\" được nhân rộng ra 21/21 xã, thị trấn.",
        "363", 2021,
        F("models_pilot", 4),
        F("model_replication_pct", 100, numerator=21, denominator=21),
    ),
    S(
        "Huyện đã tổ chức 03 hội thi kể chuyện về tấm gương đạo đức Hồ Chí Minh, thu hút hơn 1.500 lượt người tham "
        "gia.",
        "363", 2021,
    ),
    S(
        "Giai đoạn 2016 - 2021, Ban Thường vụ Huyện ủy khen thưởng 48 tập thể, 112 cá nhân và đề nghị Ban Thường "
        "vụ Tỉnh ủy tặng bằng khen cho 03 tập thể, 05 cá nhân.",
        "363", 2021,
        F("commend_collective", 48),
        F("commend_individual", 112),
        F("commend_proposed_collective", 3),
        F("commend_proposed_individual", 5),
    ),
    S(
        "Ban Tuyên giáo Huyện ủy biên soạn 01 tài liệu hỏi - đáp với 120 câu hỏi, in 2.000 cuốn cấp phát đến các "
        "chi bộ.",
        "363", 2019,
    ),
    S(
        "Huyện ủy đề nghị UBND tỉnh tặng bằng khen cho 02 tập thể và đề nghị Chủ tịch nước tặng Huân chương Lao "
        "động hạng Ba cho 01 cá nhân.",
        "363", 2022,
        F("commend_proposed_collective", 2),
        F("commend_proposed_individual", 1),
        note="Đề nghị lên UBND tỉnh và Chủ tịch nước (không phải Tỉnh ủy); vẫn là cấp trên.",
    ),
    S(
        "Huyện có 21 đơn vị hành chính cấp xã, trong đó 3 thị trấn và 18 xã.",
        "363", 2023,
    ),
    S(
        "Bản tin Trực Ninh đăng tải 36 tin, bài phản ánh gương người tốt, việc tốt; trang Facebook của Huyện ủy và "
        "các nhóm Zalo chia sẻ trên 250 tin, bài.",
        "363", 2024,
        F("propaganda_articles", 36),
        F("propaganda_social_posts", 250, "trên"),
    ),
    S(
        "Đài Truyền thanh huyện phát 64 bản tin, bài viết về chuyên đề năm 2024 trên hệ thống loa truyền thanh cơ "
        "sở.",
        "363", 2024,
        F("propaganda_broadcasts", 64),
    ),
    S(
        "Hệ thống truyền thanh của huyện hiện có 182 cụm loa, trong đó 47 cụm loa ứng dụng công nghệ thông tin - "
        "viễn thông.",
        "363", 2024,
    ),
    # Xã Trực Chính (Trực Ninh)
    S(
        "Đảng ủy xã Trực Chính ban hành 03 kế hoạch, 01 hướng dẫn về thực hiện chuyên đề năm 2024.",
        "14032", 2024,
        F("plans_issued", 4),
        note="3 kế hoạch và 1 hướng dẫn cộng thành một số; có người chỉ tính 3 kế hoạch.",
    ),
    S(
        "Xã có 9 xóm, 2.870 hộ với 10.416 nhân khẩu, tỷ lệ hộ nghèo còn 1,2%.",
        "14032", 2024,
    ),
    # --- Huyện Hoài Ân (Bình Định), old map ---
    S(
        "Nhiệm kỳ 2020 - 2025, Đại hội Đảng bộ huyện lần thứ XXIII xác định 3 khâu đột phá, trong đó có xây dựng "
        "đội ngũ cán bộ nêu gương.",
        "544", 2021,
    ),
    S(
        "Năm 2020, do dịch Covid-19, Huyện ủy chỉ tặng giấy khen cho 09 tập thể và 21 cá nhân, ít hơn 6 tập thể so "
        "với năm 2019.",
        "544", 2020,
        F("commend_collective", 9),
        F("commend_individual", 21),
    ),
    S(
        "Một năm thực hiện Kết luận 01-KL/TW, có trên 97% cán bộ, đảng viên và 78% công chức, viên chức, người lao "
        "động không là đảng viên đã đăng ký làm theo.",
        "544", 2022,
        F("reg_party_members_pct", 97, "trên"),
        F("reg_civil_servants_pct", 78),
    ),
    S(
        "Toàn huyện có 87 mô hình, cách làm hay, trong đó 12 mô hình ở các xã miền núi Đak Mang, Bok Tới và Ân Sơn.",
        "544", 2022,
        F("models_total", 87),
        note="12 là số chung của ba xã, không gán cho đơn vị nào.",
    ),
    S(
        "Xã Bok Tới có 98% dân số là đồng bào dân tộc Bana, đời sống còn nhiều khó khăn.",
        "544", 2022,
    ),
    S(
        "Huyện ủy biểu dương, khen thưởng 11 tập thể và 26 cá nhân; đồng thời trình Tỉnh ủy xem xét khen thưởng 02 "
        "tập thể, 03 cá nhân điển hình.",
        "544", 2023,
        F("commend_collective", 11),
        F("commend_individual", 26),
        F("commend_proposed_collective", 2),
        F("commend_proposed_individual", 3),
    ),
    S(
        "Xã Ân Hảo Tây có 07/07 chi bộ hoàn thành việc hướng dẫn đảng viên xây dựng kế hoạch, đạt 100%.",
        "544", 2023,
        F("party_cells_plans_pct", 100, numerator=7, denominator=7, unit_name="Xã Ân Hảo Tây"),
    ),
    S(
        "Năm 2023, huyện tổ chức Hội nghị điển hình tiên tiến lần thứ V, giai đoạn 2020 - 2025.",
        "544", 2023,
    ),
    S(
        "Huyện phấn đấu đến cuối nhiệm kỳ 2020 - 2025 mỗi chi bộ có ít nhất 01 mô hình làm theo Bác.",
        "544", 2024,
    ),
    # Xã Bok Tới (Hoài Ân)
    S(
        "Đảng bộ xã Bok Tới có 96 đảng viên, đến nay 95 đảng viên đã đăng ký học tập và làm theo (đạt 98,96%).",
        "21718", 2024,
        F("reg_party_members_pct", 98.96, numerator=95, denominator=96),
    ),
    S(
        "Các chi hội phụ nữ, nông dân, cựu chiến binh và chi đoàn thanh niên có 412/530 đoàn viên, hội viên đăng ký "
        "thực hiện, đạt 77,7%.",
        "21718", 2024,
        F("reg_union_members_pct", 77.7, numerator=412, denominator=530),
    ),
    S(
        "Xã tặng 20 suất quà, mỗi suất trị giá 500.000 đồng, cho học sinh nghèo vượt khó nhân dịp khai giảng.",
        "21718", 2024,
    ),
    # --- Thị xã Hồng Lĩnh (Hà Tĩnh), old map ---
    S(
        "Thị ủy Hồng Lĩnh ban hành 05 kế hoạch, hướng dẫn; chỉ đạo 100% chi bộ, đảng bộ cơ sở đưa nội dung học tập "
        "và làm theo Bác vào sinh hoạt chi bộ thường kỳ.",
        "437", 2020,
        F("plans_issued", 5),
        note="100% chi bộ đưa nội dung vào sinh hoạt, không phải tỷ lệ chi bộ hoàn thành chỉ đạo đảng viên xây dựng "
        "kế hoạch.",
    ),
    S(
        "Năm 2020, toàn thị xã xây dựng mới 9 mô hình, nâng tổng số mô hình đang duy trì lên 42 mô hình.",
        "437", 2020,
        F("models_new", 9),
        F("models_total", 42),
    ),
    S(
        "Do ảnh hưởng của dịch Covid-19, 02 hội nghị chuyên đề phải lùi sang quý IV năm 2020.",
        "437", 2020,
    ),
    S(
        "Hội nghị sơ kết 6 tháng được tổ chức ngày 12/7/2022 theo hình thức trực tuyến, kết nối 06 điểm cầu cấp xã.",
        "437", 2022,
    ),
    S(
        "Ban Thường vụ Thị ủy tặng giấy khen cho 08 tập thể, 19 cá nhân; đề nghị Ban Thường vụ Tỉnh ủy biểu dương "
        "01 tập thể và 01 cá nhân.",
        "437", 2024,
        F("commend_collective", 8),
        F("commend_individual", 19),
        F("commend_proposed_collective", 1),
        F("commend_proposed_individual", 1),
    ),
    S(
        "Phường Đậu Liêu duy trì 05 mô hình, trong đó 03 mô hình tập thể, 02 mô hình cá nhân.",
        "437", 2024,
        F("models_total", 5, unit_name="Phường Đậu Liêu"),
        F("models_collective", 3, unit_name="Phường Đậu Liêu"),
        F("models_individual", 2, unit_name="Phường Đậu Liêu"),
    ),
    S(
        "Thị xã Hồng Lĩnh có 6 đơn vị hành chính cấp xã, gồm 5 phường và 1 xã.",
        "437", 2024,
    ),
    # --- Huyện Tân Hiệp (Kiên Giang), old map ---
    S(
        "Huyện ủy Tân Hiệp đã tổ chức quán triệt chuyên đề năm 2019 cho hơn 2.400 cán bộ, đảng viên, đạt 96% so với "
        "tổng số đảng viên.",
        "904", 2019,
        note="96% là tỷ lệ dự học chuyên đề, không phải tỷ lệ đăng ký làm theo.",
    ),
    S(
        "Có 98,2% đảng viên, 88% công chức, viên chức không phải là đảng viên và 52% đoàn viên, hội viên đăng ký "
        "làm theo Bác.",
        "904", 2019,
        F("reg_party_members_pct", 98.2),
        F("reg_civil_servants_pct", 88),
        F("reg_union_members_pct", 52),
    ),
    S(
        "Huyện đã chọn 02 mô hình điểm là \"Tuyến đường nông thôn mới kiểu mẫu\" ở xã Thạnh Đông A và \"Chi bộ bốn "
        "tốt\" ở thị trấn Tân Hiệp.",
        "904", 2019,
        F("models_pilot", 2),
    ),
    S(
        "Mô hình \"Tuyến đường nông thôn mới kiểu mẫu\" dài 3,5 km với tổng kinh phí hơn 1,2 tỷ đồng, trong đó nhân "
        "dân đóng góp 60%.",
        "904", 2019,
    ),
    S(
        "Tính đến ngày 15/11/2021, mô hình \"Tuyến đường nông thôn mới kiểu mẫu\" đã được nhân rộng ở 9/11 xã, thị "
        "trấn, đạt 81,8%.",
        "904", 2021,
        F("model_replication_pct", 81.8, numerator=9, denominator=11),
    ),
    S(
        "Bản tin sinh hoạt chi bộ hằng tháng đăng 27 tin, bài; Đài Truyền thanh huyện phát sóng 40 bản tin và 18 "
        "bài viết về học tập và làm theo Bác.",
        "904", 2021,
        F("propaganda_articles", 27),
        F("propaganda_broadcasts", 58),
        note="40 bản tin và 18 bài viết phát thanh cộng thành một số (58), theo cách DOMAIN.md tính 55 + 25.",
    ),
    S(
        "Số đảng viên đăng ký giảm 35 đồng chí so với năm 2022 do chuyển sinh hoạt và từ trần.",
        "904", 2023,
    ),
    S(
        "Tính chung các xã, thị trấn, có ít nhất 85% đoàn viên thanh niên và 70% hội viên phụ nữ đăng ký làm theo.",
        "904", 2024,
        note="Hai tỷ lệ riêng của Đoàn và Hội Phụ nữ, không phải tỷ lệ chung của đoàn viên, hội viên; bỏ.",
    ),
    # Xã Thạnh Đông A (Tân Hiệp)
    S(
        "Chi bộ ấp Kênh 4 đạt danh hiệu trong sạch, vững mạnh 05 năm liền (2017 - 2021).",
        "30874", 2022,
    ),
    S(
        "Đảng ủy xã Thạnh Đông A có 17 chi bộ, trong đó 16 chi bộ đã hoàn thành chỉ đạo đảng viên xây dựng kế hoạch, "
        "đạt 94,1%.",
        "30874", 2022,
        F("party_cells_plans_pct", 94.1, numerator=16, denominator=17),
    ),
    # --- Huyện Phú Riềng (Bình Phước), old map ---
    S(
        "Huyện Phú Riềng được thành lập theo Nghị quyết số 931/NQ-UBTVQH13 ngày 15/5/2015, nên năm 2018 là năm thứ "
        "ba Đảng bộ huyện triển khai Chỉ thị 05-CT/TW.",
        "698", 2018,
    ),
    S(
        "Năm 2018, huyện có 56 mô hình học tập và làm theo Bác; trong đó tập thể 35 mô hình, cá nhân 21 mô hình.",
        "698", 2018,
        F("models_total", 56),
        F("models_collective", 35),
        F("models_individual", 21),
    ),
    S(
        "Khoảng 95% đảng viên và trên 70% cán bộ, công chức, viên chức, chiến sĩ lực lượng vũ trang không là đảng "
        "viên đã đăng ký.",
        "698", 2018,
        F("reg_party_members_pct", 95, "khoảng"),
        F("reg_civil_servants_pct", 70, "trên"),
    ),
    S(
        "Tỷ lệ đảng viên đăng ký năm 2020 tăng 1,5 điểm phần trăm so với năm 2019.",
        "698", 2020,
    ),
    S(
        "Ngày 19/5/2021, huyện khánh thành Nhà truyền thống với tổng vốn đầu tư 4,5 tỷ đồng.",
        "698", 2021,
    ),
    S(
        "Hội Cựu chiến binh huyện có 3.112 hội viên, trong đó 2.950 hội viên đăng ký làm theo, đạt 94,8%.",
        "698", 2022,
        note="Tỷ lệ của riêng Hội CCB huyện, không phải tỷ lệ chung của đoàn viên, hội viên; bỏ.",
    ),
    S(
        "Ban Tuyên giáo Huyện ủy phối hợp đăng tải 45 tin, bài trên Bản tin Phú Riềng và chia sẻ hơn 320 tin, bài, "
        "video clip lên fanpage \"Phú Riềng ngày mới\".",
        "698", 2023,
        F("propaganda_articles", 45),
        F("propaganda_social_posts", 320, "hơn"),
    ),
    S(
        "Cuộc thi viết \"Phú Riềng - những tấm gương bình dị\" nhận được 136 tác phẩm, trao 01 giải nhất, 02 giải "
        "nhì, 03 giải ba.",
        "698", 2023,
    ),
    S(
        "Nhân dịp kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023), Huyện ủy khen thưởng 12 "
        "tập thể, 30 cá nhân.",
        "698", 2023,
        F("commend_collective", 12),
        F("commend_individual", 30),
    ),
    # Xã Long Hà (Phú Riềng)
    S(
        "Chi bộ ấp 3 có đồng chí đảng viên 50 năm tuổi Đảng được chọn làm cá nhân điển hình của mô hình.",
        "25255", 2023,
    ),
    S(
        "Đảng ủy xã Long Hà ban hành 02 kế hoạch và chỉ đạo 21/21 chi bộ trực thuộc hoàn thành hướng dẫn đảng viên "
        "đăng ký làm theo.",
        "25255", 2024,
        F("plans_issued", 2),
        F("party_cells_plans_pct", 100, numerator=21, denominator=21),
    ),
    S(
        "Mô hình \"Mái ấm tình thương\" do Hội LHPN xã Long Hà thực hiện đã hỗ trợ xây mới 03 căn nhà cho hội viên "
        "khó khăn.",
        "25255", 2024,
    ),
    # --- Huyện Nghĩa Hành (Quảng Ngãi), old map ---
    S(
        "Năm 2017, Huyện ủy Nghĩa Hành triển khai chuyên đề về xây dựng phong cách, tác phong công tác của người "
        "đứng đầu, của cán bộ, đảng viên trong học tập và làm theo Bác.",
        "532", 2017,
    ),
    S(
        "Có 14/14 đảng bộ, chi bộ cơ sở xây dựng kế hoạch thực hiện; 97,6% đảng viên đăng ký cam kết làm theo.",
        "532", 2017,
        F("reg_party_members_pct", 97.6),
        note="14/14 là tổ chức cơ sở đảng tự xây dựng kế hoạch, không phải chi bộ chỉ đạo đảng viên xây dựng kế "
        "hoạch.",
    ),
    S(
        "Thị trấn Chợ Chùa và xã Hành Thịnh là 02 đơn vị có nhiều mô hình nhất, với lần lượt 11 và 9 mô hình.",
        "532", 2017,
        F("models_total", 11, unit_name="Thị trấn Chợ Chùa"),
        F("models_total", 9, unit_name="Xã Hành Thịnh"),
    ),
    S(
        "Có 71 mô hình được đăng ký thực hiện, tăng 9 mô hình; có 12 mô hình mới, 3 mô hình điểm của huyện.",
        "532", 2019,
        F("models_total", 71),
        F("models_new", 12),
        F("models_pilot", 3),
    ),
    S(
        "Sau một năm thực hiện Kết luận 01-KL/TW, Ban Thường vụ Huyện ủy đã ban hành 06 kế hoạch, 02 hướng dẫn và "
        "01 chương trình hành động.",
        "532", 2022,
        F("plans_issued", 8),
        note="6 kế hoạch và 2 hướng dẫn cộng lại; chương trình hành động không tính.",
    ),
    S(
        "Đài Truyền thanh - Truyền hình huyện xây dựng 52 chương trình, bản tin, bài viết phát trên sóng truyền "
        "thanh.",
        "532", 2022,
        F("propaganda_broadcasts", 52),
    ),
    S(
        "Tỷ lệ hộ nghèo toàn huyện giảm từ 6,8% xuống 4,9% so với đầu năm.",
        "532", 2022,
    ),
    S(
        "Ban Tuyên giáo Huyện ủy kiểm tra 12 chi bộ, đảng bộ cơ sở; qua kiểm tra nhắc nhở 02 chi bộ chậm triển khai.",
        "532", 2024,
    ),
    # Xã Hành Thịnh (Nghĩa Hành)
    S(
        "Đảng bộ xã Hành Thịnh có 9 chi bộ, đều đã hoàn thành chỉ đạo đảng viên đăng ký làm theo, đạt 100%.",
        "21391", 2020,
        F("party_cells_plans_pct", 100, numerator=9, denominator=9),
    ),
    # --- Huyện Minh Long (Quảng Ngãi), old map ---
    S(
        "Kết quả đánh giá 5 năm (2016 - 2021): 100% chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch; 96,5% "
        "đảng viên đăng ký làm theo.",
        "531", 2021,
        F("party_cells_plans_pct", 100),
        F("reg_party_members_pct", 96.5),
    ),
    S(
        "Năm 2022, huyện tiếp tục thực hiện chuyên đề toàn khóa về ý chí tự lực, tự cường và khát vọng phát triển "
        "đất nước phồn vinh, hạnh phúc.",
        "531", 2022,
    ),
    S(
        "Huyện Minh Long có 5 xã với 1.420 đảng viên, trong đó có 1.391 đảng viên đăng ký học tập và làm theo, đạt "
        "97,96%.",
        "531", 2023,
        F("reg_party_members_pct", 97.96, numerator=1391, denominator=1420),
    ),
    S(
        "Các cấp hội, đoàn thể vận động được hơn 65% đoàn viên, hội viên đăng ký làm theo gắn với phong trào \"Dân "
        "vận khéo\".",
        "531", 2023,
        F("reg_union_members_pct", 65, "hơn"),
    ),
    S(
        "Trên địa bàn huyện có 82% dân số là đồng bào dân tộc Hrê, sinh sống ở 43 thôn.",
        "531", 2023,
    ),
    S(
        "Xã Long Môn có 02 mô hình mới, xã Thanh An có 03 mô hình mới được Ban Tuyên giáo Huyện ủy thẩm định trong "
        "năm.",
        "531", 2023,
        F("models_new", 2, unit_name="Xã Long Môn"),
        F("models_new", 3, unit_name="Xã Thanh An"),
    ),
    S(
        "Năm 2024, toàn huyện đăng ký 34 mô hình, tăng 6 mô hình so với năm 2023; trong đó tập thể 22, cá nhân 12.",
        "531", 2024,
        F("models_total", 34),
        F("models_collective", 22),
        F("models_individual", 12),
    ),
    S(
        "Mỗi mô hình phải bảo đảm đủ 03 nội dung: Học tập Bác, Làm theo Bác và Nêu gương, gắn với ít nhất 01 cá nhân "
        "điển hình.",
        "531", 2024,
    ),
    # Xã Thanh An (Minh Long)
    S(
        "Đảng bộ xã Thanh An có 154 đảng viên, 100% đảng viên đã đăng ký làm theo Bác.",
        "21355", 2024,
        F("reg_party_members_pct", 100),
        note="154 là tổng số đảng viên; tử số không viết ra nên không ghi numerator/denominator.",
    ),
    # --- Huyện Văn Giang (Hưng Yên), old map ---
    S(
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Huyện ủy Văn Giang đã ban hành Kế hoạch số "
        "42-KH/HU và 02 hướng dẫn thực hiện.",
        "326", 2016,
        F("plans_issued", 3),
        note="Một kế hoạch (gọi bằng số hiệu) và 2 hướng dẫn: 3 văn bản; có người chỉ đọc thấy 2.",
    ),
    S(
        "Hội nghị học tập, quán triệt Chỉ thị 05-CT/TW được tổ chức tập trung trong 01 ngày tại Trung tâm Bồi dưỡng "
        "chính trị huyện.",
        "326", 2016,
    ),
    S(
        "Toàn huyện có 64 mô hình, cách làm hiệu quả, trong đó 8 mô hình về phát triển kinh tế gắn với xây dựng nông "
        "thôn mới.",
        "326", 2019,
        F("models_total", 64),
    ),
    S(
        "Xã Xuân Quan có 100% đảng viên, 92% đoàn viên, hội viên đăng ký làm theo.",
        "326", 2019,
        F("reg_party_members_pct", 100, unit_name="Xã Xuân Quan"),
        F("reg_union_members_pct", 92, unit_name="Xã Xuân Quan"),
    ),
    S(
        "Huyện ủy đã khen thưởng 21 tập thể và 45 cá nhân, trong đó 04 tập thể và 09 cá nhân ở khối cơ quan huyện.",
        "326", 2019,
        F("commend_collective", 21),
        F("commend_individual", 45),
        note="4 và 9 là phần của khối cơ quan huyện, không phải một đơn vị hành chính.",
    ),
    S(
        "Có 10/11 xã, thị trấn nhân rộng mô hình \"Khu dân cư văn minh, sạch đẹp\", riêng thị trấn Văn Giang chưa "
        "triển khai.",
        "326", 2020,
        F("model_replication_pct", 90.91, numerator=10, denominator=11),
    ),
    S(
        "Năm 2022 là năm đầu tiên huyện thực hiện trọn năm Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị khóa "
        "XIII.",
        "326", 2022,
    ),
    S(
        "Ban Tuyên giáo Huyện ủy thẩm định 17 mô hình đăng ký mới, trong đó 15 mô hình đạt yêu cầu và đưa vào triển "
        "khai.",
        "326", 2023,
        F("models_new", 15),
        note="Mô hình mới là 15 đã qua thẩm định; có người lấy 17 đã đăng ký.",
    ),
    S(
        "Trong 6 tháng đầu năm 2024, Bản tin huyện đăng 18 tin, bài; các trang mạng xã hội của đoàn thể huyện đăng, "
        "chia sẻ khoảng 140 lượt tin, bài.",
        "326", 2024,
        F("propaganda_articles", 18),
        F("propaganda_social_posts", 140, "khoảng"),
    ),
    S(
        "Ngày 21/6/2024, huyện tổ chức gặp mặt 50 điển hình tiên tiến tiêu biểu giai đoạn 2019 - 2024.",
        "326", 2024,
    ),
    # Xã Mễ Sở (Văn Giang)
    S(
        "Đảng ủy xã Mễ Sở đã chỉ đạo 15/16 chi bộ hoàn thành việc đảng viên xây dựng kế hoạch cá nhân; riêng Chi bộ "
        "Trường Mầm non chậm tiến độ do nhân sự biến động.",
        "12049", 2021,
        F("party_cells_plans_pct", 93.75, numerator=15, denominator=16),
    ),
    # --- Huyện Kiên Hải (Kiên Giang), old map ---
    S(
        "Đảng bộ huyện có 28 tổ chức cơ sở đảng với 1.074 đảng viên.",
        "912", 2020,
    ),
    S(
        "Huyện đảo Kiên Hải có 4 xã, 15 ấp; năm 2022 toàn huyện duy trì 27 mô hình, trong đó mô hình mới là 5.",
        "912", 2022,
        F("models_total", 27),
        F("models_new", 5),
    ),
    S(
        "Có gần 99% đảng viên và 85,5% cán bộ, chiến sĩ lực lượng vũ trang, công chức, viên chức ngoài Đảng đăng ký "
        "làm theo.",
        "912", 2022,
        F("reg_party_members_pct", 99, "gần"),
        F("reg_civil_servants_pct", 85.5),
    ),
    S(
        "Đoàn công tác của huyện đi tàu ra xã Nam Du mất khoảng 2 giờ, nên việc kiểm tra, giám sát được bố trí mỗi "
        "quý 01 lần.",
        "912", 2022,
    ),
    S(
        "Mô hình \"Ngư dân bám biển, giữ gìn chủ quyền\" được nhân rộng ở cả 4/4 xã đảo.",
        "912", 2022,
        F("model_replication_pct", 100, numerator=4, denominator=4),
    ),
    S(
        "Huyện ủy tổ chức 04 chuyến tặng quà cho 120 hộ ngư dân có hoàn cảnh khó khăn, tổng trị giá 96 triệu đồng.",
        "912", 2024,
    ),
    # Xã Nam Du (Kiên Hải)
    S(
        "Đảng ủy xã Nam Du khen thưởng 03 tập thể, 07 cá nhân và đề nghị Huyện ủy khen thưởng 01 cá nhân.",
        "31115", 2023,
        F("commend_collective", 3),
        F("commend_individual", 7),
        F("commend_proposed_individual", 1),
    ),
    S(
        "Xã có 21 hòn đảo lớn nhỏ, trong đó 11 đảo có người sinh sống.",
        "31115", 2023,
    ),
    S(
        "Xã Nam Du có 01 chi bộ quân sự, 01 chi bộ biên phòng, 8 chi bộ ấp và 3 chi bộ trường học.",
        "31115", 2024,
    ),
    # --- Provinces, old map ---
    S(
        "Kết luận số 01-KL/TW được Tỉnh ủy cụ thể hóa bằng Kế hoạch số 25-KH/TU, với 5 nhóm nhiệm vụ và 3 khâu đột "
        "phá.",
        "40", 2021,
    ),
    S(
        "Toàn tỉnh có 99,1% đảng viên và 91,4% công chức, viên chức, lực lượng vũ trang không là đảng viên đăng ký "
        "học tập và làm theo.",
        "40", 2023,
        F("reg_party_members_pct", 99.1),
        F("reg_civil_servants_pct", 91.4),
    ),
    S(
        "Trong đó, Huyện ủy Tân Kỳ đạt tỷ lệ đảng viên đăng ký cao nhất với 99,8%.",
        "40", 2023,
        F("reg_party_members_pct", 99.8, unit_name="Huyện Tân Kỳ"),
    ),
    S(
        "Tỉnh ủy giao Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các đảng bộ trực thuộc tổ chức sơ kết trước ngày "
        "30/11/2023.",
        "40", 2023,
    ),
    S(
        "Ban Thường vụ Tỉnh ủy khen thưởng 30 tập thể, 68 cá nhân điển hình trong học tập và làm theo Bác; Huyện ủy "
        "Hoài Ân có 03 tập thể, 05 cá nhân được khen.",
        "52", 2022,
        F("commend_collective", 30),
        F("commend_individual", 68),
        F("commend_collective", 3, unit_name="Huyện Hoài Ân"),
        F("commend_individual", 5, unit_name="Huyện Hoài Ân"),
    ),
    S(
        "Tỉnh tổ chức Lễ tuyên dương vào dịp 19/5/2022, kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh.",
        "52", 2022,
    ),
    S(
        "Huyện ủy Kiên Hải và Huyện ủy Tân Hiệp mỗi đơn vị có 02 tập thể được Tỉnh ủy tặng bằng khen.",
        "91", 2022,
        F("commend_collective", 2, unit_name="Huyện Kiên Hải"),
        F("commend_collective", 2, unit_name="Huyện Tân Hiệp"),
        note="Một số dùng chung cho hai huyện (\"mỗi đơn vị\").",
    ),
    S(
        "Các cơ quan báo chí của tỉnh đăng tải hơn 1.100 tin, bài; hệ thống truyền thanh cơ sở phát gần 2.300 bản "
        "tin, bài viết.",
        "91", 2024,
        F("propaganda_articles", 1100, "hơn"),
        F("propaganda_broadcasts", 2300, "gần"),
    ),
    S(
        "Tỷ lệ chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch làm theo Bác đạt 99,4%, còn 12 chi bộ chưa hoàn "
        "thành.",
        "91", 2024,
        F("party_cells_plans_pct", 99.4),
    ),
    S(
        "Tổng kết 5 năm, toàn tỉnh có 1.236 mô hình, trong đó 39 mô hình điểm cấp huyện.",
        "51", 2021,
        F("models_total", 1236),
        F("models_pilot", 39),
    ),
    S(
        "Trong nhiệm kỳ 2020 - 2025, Đảng bộ tỉnh xác định Chỉ thị 05-CT/TW là 01 trong 05 nhiệm vụ trọng tâm về xây "
        "dựng Đảng.",
        "51", 2021,
    ),
    S(
        "Huyện ủy Trực Ninh và Huyện ủy Hải Hậu là hai đơn vị có tỷ lệ đoàn viên, hội viên đăng ký trên 80%.",
        "36", 2020,
        F("reg_union_members_pct", 80, "trên", unit_name="Huyện Trực Ninh"),
        F("reg_union_members_pct", 80, "trên", unit_name="Huyện Hải Hậu"),
        note="Một ngưỡng \"trên 80%\" nói chung cho hai huyện.",
    ),
    S(
        "Toàn tỉnh có 2.148 mô hình học tập và làm theo Bác, trong đó 1.530 mô hình tập thể, 618 mô hình cá nhân; "
        "276 mô hình mới xây dựng trong năm.",
        "33", 2024,
        F("models_total", 2148),
        F("models_collective", 1530),
        F("models_individual", 618),
        F("models_new", 276),
    ),
    S(
        "Thị ủy Hồng Lĩnh được Ban Thường vụ Tỉnh ủy tặng bằng khen vì có thành tích xuất sắc 03 năm liền.",
        "42", 2019,
        note="Một tập thể được khen nhưng câu không nêu số; không ghi số.",
    ),
    S(
        "Có 98,7% đảng viên, 90% CCVC, LLVT không là đảng viên và 67,3% đoàn viên, hội viên đăng ký thực hiện.",
        "70", 2023,
        F("reg_party_members_pct", 98.7),
        F("reg_civil_servants_pct", 90),
        F("reg_union_members_pct", 67.3),
    ),
    # --- New map (from 1 July 2025): communes, special zone, provinces ---
    S(
        "Đảng bộ xã Tân Kỳ được thành lập theo Quyết định của Ban Thường vụ Tỉnh ủy ngày 28/6/2025, trên cơ sở hợp "
        "nhất đảng bộ thị trấn Tân Kỳ và các đảng bộ xã lân cận.",
        "17266", 2025,
    ),
    S(
        "Sáu tháng cuối năm 2025, Đảng ủy xã ban hành 04 kế hoạch, hướng dẫn và chỉ đạo 100% chi bộ hoàn thành việc "
        "hướng dẫn đảng viên đăng ký làm theo.",
        "17266", 2025,
        F("plans_issued", 4),
        F("party_cells_plans_pct", 100),
    ),
    S(
        "Toàn Đảng bộ có 1.873 đảng viên, đã đăng ký 1.866 đồng chí, đạt 99,63%.",
        "17266", 2025,
        F("reg_party_members_pct", 99.63, numerator=1866, denominator=1873),
    ),
    S(
        "Xã có 12 thôn sau sáp nhập; năm 2025 có 97% đảng viên và xấp xỉ 70% đoàn viên, hội viên đăng ký làm theo.",
        "17278", 2025,
        F("reg_party_members_pct", 97),
        F("reg_union_members_pct", 70, "xấp xỉ"),
    ),
    S(
        "Sau hơn 4 tháng vận hành chính quyền địa phương hai cấp, Đảng ủy xã Trực Ninh đã rà soát, duy trì 26 mô "
        "hình, trong đó có 08 mô hình mới.",
        "14053", 2025,
        F("models_total", 26),
        F("models_new", 8),
    ),
    S(
        "Từ ngày 01/7/2025, các chi bộ được sắp xếp lại, giảm từ 58 xuống còn 41 chi bộ trực thuộc.",
        "14053", 2025,
    ),
    S(
        "Đảng ủy xã Minh Thái đề nghị Ban Thường vụ Tỉnh ủy Ninh Bình khen thưởng 01 tập thể, 02 cá nhân; Đảng ủy "
        "xã tặng giấy khen cho 06 tập thể và 14 cá nhân.",
        "14071", 2025,
        F("commend_proposed_collective", 1),
        F("commend_proposed_individual", 2),
        F("commend_collective", 6),
        F("commend_individual", 14),
    ),
    S(
        "Đảng ủy xã Ninh Cường tổ chức 05 buổi nói chuyện chuyên đề với gần 900 lượt cán bộ, đảng viên, nhân dân "
        "tham dự.",
        "14077", 2025,
    ),
    S(
        "Trong quý III và quý IV năm 2025, trang Facebook \"Tuổi trẻ Hoài Ân\" đăng, chia sẻ 96 tin, bài, còn Đài "
        "truyền thanh xã phát 30 bản tin, bài viết.",
        "21688", 2025,
        F("propaganda_social_posts", 96),
        F("propaganda_broadcasts", 30),
    ),
    S(
        "Mô hình \"Ngày Chủ nhật xanh\" được triển khai ở 9/9 thôn, khu phố của xã Vạn Đức.",
        "21703", 2025,
        F("model_replication_pct", 100, numerator=9, denominator=9),
        note="Đơn vị nhân rộng là thôn, khu phố chứ không phải xã.",
    ),
    S(
        "Đến ngày 30/11/2025, có 2.206/2.241 đảng viên (98,4%) và 1.150 công chức, viên chức, LLVT không là đảng "
        "viên (đạt 88%) đăng ký làm theo.",
        "30850", 2025,
        F("reg_party_members_pct", 98.4, numerator=2206, denominator=2241),
        F("reg_civil_servants_pct", 88, numerator=1150),
    ),
    S(
        "Xã Tân Hiệp có diện tích tự nhiên 121 km², dân số khoảng 74.000 người.",
        "30850", 2025,
    ),
    S(
        "Năm 2025, xã có 41 mô hình, trong đó 29 tập thể, 12 cá nhân; xã chọn 02 mô hình điểm để nhân rộng.",
        "25252", 2025,
        F("models_total", 41),
        F("models_collective", 29),
        F("models_individual", 12),
        F("models_pilot", 2),
    ),
    S(
        "Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025) được các địa phương tổ chức trang "
        "trọng từ trước khi sắp xếp đơn vị hành chính.",
        "21361", 2025,
    ),
    S(
        "Tại hội nghị tổng kết năm 2025, Đảng ủy xã Minh Long biểu dương 05 tập thể, 11 cá nhân tiêu biểu.",
        "21361", 2025,
        F("commend_collective", 5),
        F("commend_individual", 11),
    ),
    S(
        "Xã Văn Giang có trên 45% đoàn viên, hội viên đăng ký học tập và làm theo, thấp hơn mục tiêu 60% đề ra đầu "
        "năm.",
        "12019", 2025,
        F("reg_union_members_pct", 45, "trên"),
    ),
    S(
        "Đảng ủy phường Bắc Hồng Lĩnh có 38 chi bộ, trong đó 37 chi bộ đã hoàn thành chỉ đạo đảng viên xây dựng kế "
        "hoạch năm 2025.",
        "18115", 2025,
        F("party_cells_plans_pct", 97.37, numerator=37, denominator=38),
    ),
    S(
        "Đặc khu Kiên Hải chính thức hoạt động từ ngày 01/7/2025, không tổ chức đơn vị hành chính cấp xã trực thuộc.",
        "31108", 2025,
    ),
    S(
        "Đảng ủy Đặc khu đã ban hành 03 kế hoạch, hướng dẫn và phát động 01 đợt thi đua cao điểm chào mừng Đại hội "
        "Đảng bộ các cấp.",
        "31108", 2025,
        F("plans_issued", 3),
    ),
    S(
        "Sau hợp nhất, Tỉnh ủy Gia Lai ban hành 06 kế hoạch, hướng dẫn về học tập và làm theo Bác cho 135 đảng bộ "
        "xã, phường.",
        "52", 2025,
        F("plans_issued", 6),
    ),
    S(
        "Tỉnh An Giang có khoảng 3.500 mô hình học tập và làm theo Bác đang được duy trì ở 102 xã, phường, đặc khu.",
        "91", 2025,
        F("models_total", 3500, "khoảng"),
    ),
    S(
        "Ban Thường vụ Tỉnh ủy Nghệ An khen thưởng 45 tập thể, 90 cá nhân; đề nghị Trung ương biểu dương 02 tập thể, "
        "04 cá nhân.",
        "40", 2025,
        F("commend_collective", 45),
        F("commend_individual", 90),
        F("commend_proposed_collective", 2),
        F("commend_proposed_individual", 4),
    ),
    S(
        "Toàn tỉnh có 104 đảng bộ xã, phường sau sắp xếp; 98,9% đảng viên đăng ký làm theo Bác năm 2025.",
        "33", 2025,
        F("reg_party_members_pct", 98.9),
    ),
    S(
        "Báo Đồng Nai và các trang tin điện tử đăng tải hơn 600 tin, bài; các fanpage của Đảng ủy xã, phường chia sẻ "
        "khoảng 4.200 tin, bài.",
        "75", 2025,
        F("propaganda_articles", 600, "hơn"),
        F("propaganda_social_posts", 4200, "khoảng"),
    ),
    S(
        "Ban Thường vụ Tỉnh ủy đề nghị Ban Tuyên giáo và Dân vận Trung ương tuyên dương 03 tập thể, 06 cá nhân.",
        "37", 2025,
        F("commend_proposed_collective", 3),
        F("commend_proposed_individual", 6),
    ),
    S(
        "Hà Tĩnh còn 69 xã, phường sau sắp xếp; 100% đảng bộ cấp xã đã xây dựng kế hoạch thực hiện chuyên đề năm "
        "2025.",
        "42", 2025,
        note="100% đảng bộ xã tự xây dựng kế hoạch, không phải chi bộ chỉ đạo đảng viên xây dựng kế hoạch.",
    ),
    S(
        "Trong năm 2025, mô hình \"Dân vận khéo\" của xã Minh Long được nhân rộng ở 32/96 xã, phường, đặc khu, đạt "
        "33,3%.",
        "51", 2025,
        F("model_replication_pct", 33.3, numerator=32, denominator=96),
    ),
    S(
        "Quy định mới yêu cầu báo cáo định kỳ gửi về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 15/12 hằng năm.",
        "51", 2025,
    ),
]
