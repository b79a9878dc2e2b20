"""A held-out set of report sentences, for measuring the narrative extractor (issue #26, point 4).

Written blind by a helper session: it read neither the extractor's code nor the first corpus (sentences.py,
seed_figures.py, data/narrative_words.csv). It read only the domain brief (DOMAIN.md: the campaign, the 18
metrics, the two maps, how reports are written), data/metrics.csv and the official unit lists
(data/reference/units_old.csv, units_new.csv). Every sentence is new prose in the register of a Party
committee's annual report on Chỉ thị 05-CT/TW / Kết luận 01-KL/TW; the places are real units, the figures
invented.

Rules followed:
- unit_code, year: what the report's title block gives. Years up to 2024 use the old map (district codes of
  seven districts in seven provinces; three province codes); 2025 uses the new map (commune and province codes).
- figures: every figure of a catalogue metric the sentence states, in the order it states them. value is the
  number as written (percent units for rates); a rate given only as counts (412/412) has value = the ratio in
  percent. qualifier is the bounding word exactly as written, lowercased ("trên", "hơn", "gần", "khoảng",
  "dưới", "xấp xỉ", "ít nhất", "trên dưới"); None when exact ("đạt" is not a qualifier).
- numerator/denominator when the sentence gives the counts of a rate; unit_name (official name from the unit
  list) when the figure belongs to a named unit other than the title block's; year when the sentence gives
  another year for the figure.
- Not figures: targets and rules ("phấn đấu", "chỉ tiêu đề ra", "mỗi chi bộ ít nhất 01 mô hình"), changes
  ("tăng 14", "tăng 0,4%"), document numbers and dates, counts and rates outside the catalogue (meetings,
  attendees, new party members, poor households, classification results, prizes, views), breakdowns by field.
- A report covering a period (tổng kết 5 năm) gives its figures for the report's year.
- note= says how a case a reader could decide otherwise was decided.
"""
from __future__ import annotations

from tests.narrative_corpus import F, S

HOLDOUT = [
    # Huyện Nam Đàn (430), Tỉnh Nghệ An — old map
    S(
        "Đến nay, có trên 99% cán bộ, đảng viên trong Đảng bộ huyện đã đăng ký nội dung học tập và làm theo Bác.",
        "430", 2019,
        F("reg_party_members_pct", 99.0, "trên"),
    ),
    S(
        "Khu di tích Kim Liên đón trên 1,2 triệu lượt khách trong năm 2019, trong đó có 156 đoàn đại biểu của Đảng, "
        "Nhà nước và các tỉnh, thành phố về dâng hương tưởng niệm Chủ tịch Hồ Chí Minh.",
        "430", 2019,
    ),
    S(
        "Qua 5 năm thực hiện Chỉ thị 05-CT/TW, toàn huyện có 230 mô hình, cách làm hay; trong đó 138 mô hình tập thể, "
        "92 mô hình cá nhân.",
        "430", 2021,
        F("models_total", 230),
        F("models_collective", 138),
        F("models_individual", 92),
        note=(
            "Tổng kết 5 năm (2016-2021): số liệu của cả giai đoạn, ghi cho năm của báo cáo (2021), như DOMAIN "
            "làm với Bình Lục."
        ),
    ),
    S(
        "Số mô hình năm 2021 tăng gấp 3 lần so với năm 2016 (76 mô hình).",
        "430", 2021,
        F("models_total", 76, year=2016),
        note="76 là số mô hình của năm 2016 (year=2016); \"gấp 3 lần\" là mức thay đổi, không phải số liệu.",
    ),
    S(
        "Ngay sau khi có Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, Ban Thường vụ Huyện ủy đã ban hành 07 "
        "kế hoạch, hướng dẫn để triển khai thực hiện trong toàn Đảng bộ.",
        "430", 2022,
        F("plans_issued", 7),
    ),
    S(
        "Đến ngày 31/3/2022, có 5.734/5.850 đảng viên đăng ký nội dung học tập và làm theo gắn với kế hoạch tu dưỡng, "
        "rèn luyện, đạt 98,02%.",
        "430", 2022,
        F("reg_party_members_pct", 98.02, numerator=5734, denominator=5850),
    ),
    S(
        "Đối với công chức, viên chức, người lao động và lực lượng vũ trang chưa phải là đảng viên, tỷ lệ đăng ký đạt "
        "91,3%; đoàn viên, hội viên các đoàn thể chính trị - xã hội đăng ký đạt trên 75%.",
        "430", 2022,
        F("reg_civil_servants_pct", 91.3),
        F("reg_union_members_pct", 75.0, "trên"),
    ),
    S(
        "100% chi bộ trực thuộc (312/312 chi bộ) đã hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch học tập và làm "
        "theo ngay từ đầu năm.",
        "430", 2022,
        F("party_cells_plans_pct", 100.0, numerator=312, denominator=312),
    ),
    S(
        "Toàn huyện hiện duy trì 124 mô hình học tập và làm theo Bác, gồm 71 mô hình tập thể và 53 mô hình cá nhân; "
        "trong năm xây dựng mới 18 mô hình.",
        "430", 2022,
        F("models_total", 124),
        F("models_collective", 71),
        F("models_individual", 53),
        F("models_new", 18),
    ),
    S(
        "Mô hình “Dân vận khéo gắn với học tập và làm theo Bác” của xã Kim Liên được chọn làm mô hình điểm của huyện "
        "và đã được nhân rộng ra 19/19 xã, thị trấn.",
        "430", 2022,
        F("model_replication_pct", 100.0, numerator=19, denominator=19),
        note=(
            "Không có số mô hình điểm (chỉ nói một mô hình \"được chọn làm mô hình điểm\", không đếm); tỷ lệ nhân "
            "rộng 19/19 là của huyện, không phải của xã Kim Liên."
        ),
    ),
    S(
        "Tiêu biểu như Đảng ủy xã Nam Giang có 9 mô hình, xã Xuân Hòa có 7 mô hình (trong đó 3 mô hình mới).",
        "430", 2022,
        F("models_total", 9, unit_name="Xã Nam Giang"),
        F("models_total", 7, unit_name="Xã Xuân Hòa"),
        F("models_new", 3, unit_name="Xã Xuân Hòa"),
    ),
    S(
        "Kết quả: Bản tin Sinh hoạt chi bộ của huyện đăng 36 tin, bài; Đài Truyền thanh - Truyền hình huyện phát sóng "
        "64 tin, bài; các trang Facebook, Zalo của các chi bộ chia sẻ hơn 450 tin, bài, video clip về tấm gương làm "
        "theo Bác.",
        "430", 2022,
        F("propaganda_articles", 36),
        F("propaganda_broadcasts", 64),
        F("propaganda_social_posts", 450, "hơn"),
    ),
    S(
        "Nhân dịp kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022), Ban Thường vụ Huyện ủy biểu "
        "dương, khen thưởng 15 tập thể và 28 cá nhân tiêu biểu.",
        "430", 2022,
        F("commend_collective", 15),
        F("commend_individual", 28),
    ),
    S(
        "Đồng thời, đề nghị Ban Thường vụ Tỉnh ủy Nghệ An khen thưởng 02 tập thể, 03 cá nhân có thành tích xuất sắc.",
        "430", 2022,
        F("commend_proposed_collective", 2),
        F("commend_proposed_individual", 3),
    ),
    S(
        "Huyện ủy đã tổ chức 02 hội nghị quán triệt, học tập chuyên đề năm 2022 cho 465 cán bộ chủ chốt; 100% đảng bộ, "
        "chi bộ cơ sở tổ chức học tập chuyên đề với trên 5.600 lượt cán bộ, đảng viên tham gia.",
        "430", 2022,
        note=(
            "\"100% đảng bộ, chi bộ cơ sở tổ chức học tập chuyên đề\" không phải tỷ lệ chi bộ hoàn thành chỉ đạo "
            "đảng viên xây dựng kế hoạch: không có số liệu."
        ),
    ),
    S(
        "Kinh phí do Nhân dân đóng góp xây dựng nông thôn mới đạt trên 23 tỷ đồng, hiến 12.500 m² đất, làm mới 18,6 km "
        "đường giao thông nông thôn.",
        "430", 2022,
    ),
    S(
        "Đảng bộ huyện phấn đấu đến cuối nhiệm kỳ 2020 - 2025 có 100% cán bộ, đảng viên đăng ký và thực hiện cam kết "
        "tu dưỡng, rèn luyện theo Quy định số 08-QĐi/TW.",
        "430", 2022,
        note="Mục tiêu phấn đấu, không phải kết quả: không có số liệu.",
    ),
    S(
        "Hằng năm, vào dịp 19/5 và 02/9, 100% chi bộ tổ chức kể chuyện về Bác trong sinh hoạt định kỳ.",
        "430", 2022,
        note="Tỷ lệ chi bộ kể chuyện về Bác, không phải tỷ lệ chi bộ hoàn thành chỉ đạo xây dựng kế hoạch.",
    ),
    S(
        "Ba năm liền (2020, 2021, 2022), Đảng bộ huyện được Ban Thường vụ Tỉnh ủy xếp loại hoàn thành xuất sắc nhiệm "
        "vụ.",
        "430", 2022,
    ),
    S(
        "- Tỷ lệ xã, thị trấn nhân rộng mô hình: 100% (19/19).",
        "430", 2023,
        F("model_replication_pct", 100.0, numerator=19, denominator=19),
    ),
    S(
        "Tổng số tin, bài tuyên truyền: 41 (Bản tin nội bộ 15, Cổng thông tin điện tử huyện 26).",
        "430", 2023,
        F("propaganda_articles", 41),
        note=(
            "Số liệu là tổng 41; 15 và 26 là phần chia theo kênh của cùng chỉ tiêu, không ghi thành số liệu "
            "riêng."
        ),
    ),
    S(
        "Trong quý III/2023, Ban Thường vụ Huyện ủy làm việc với 08 đảng ủy xã về việc thực hiện Kết luận 01, kiểm tra "
        "04 chi bộ.",
        "430", 2023,
    ),
    # Huyện Thọ Xuân (395), Tỉnh Thanh Hóa — old map
    S(
        "Năm 2020, do ảnh hưởng của dịch Covid-19, một số hội nghị phải lùi thời gian; tuy vậy có 96,2% đảng viên đăng "
        "ký làm theo Bác.",
        "395", 2020,
        F("reg_party_members_pct", 96.2),
    ),
    S(
        "Riêng tỷ lệ đoàn viên, hội viên đăng ký còn thấp, dưới 60%.",
        "395", 2020,
        F("reg_union_members_pct", 60.0, "dưới"),
    ),
    S(
        "Huyện thực hiện sắp xếp 41 xã, thị trấn thành 30 xã, thị trấn theo Nghị quyết số 786/NQ-UBTVQH14 ngày "
        "16/10/2019 của Ủy ban Thường vụ Quốc hội.",
        "395", 2020,
    ),
    S(
        "Trong năm, Đài Truyền thanh huyện phát sóng 112 tin, bài về học tập và làm theo Bác.",
        "395", 2020,
        F("propaganda_broadcasts", 112),
    ),
    S(
        "Ban Thường vụ Huyện ủy tặng giấy khen 14 tập thể, 30 cá nhân và đề nghị cấp trên khen thưởng ba tập thể, bốn "
        "cá nhân.",
        "395", 2020,
        F("commend_collective", 14),
        F("commend_individual", 30),
        F("commend_proposed_collective", 3),
        F("commend_proposed_individual", 4),
    ),
    S(
        "Kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2020), huyện tổ chức 02 đoàn dâng "
        "hương tại Khu di tích lịch sử Lam Kinh.",
        "395", 2020,
    ),
    S(
        "Ủy ban Kiểm tra Huyện ủy kiểm tra 12 tổ chức đảng và 25 đảng viên, thi hành kỷ luật 03 đảng viên.",
        "395", 2020,
    ),
    S(
        "Có 97,6% đảng viên đăng ký; riêng thị trấn Lam Sơn đạt 100%.",
        "395", 2022,
        F("reg_party_members_pct", 97.6),
        F("reg_party_members_pct", 100.0, unit_name="Thị trấn Lam Sơn"),
    ),
    S(
        "Các chi đoàn, chi hội đã đăng, chia sẻ ít nhất 1.000 tin, bài lên mạng xã hội.",
        "395", 2022,
        F("propaganda_social_posts", 1000, "ít nhất"),
    ),
    S(
        "Xét đề nghị của các đảng ủy cơ sở, Ban Thường vụ Huyện ủy quyết định khen thưởng 16 tập thể, 33 cá nhân.",
        "395", 2022,
        F("commend_collective", 16),
        F("commend_individual", 33),
        note=(
            "Chữ \"đề nghị\" ở đây là cấp dưới đề nghị huyện: huyện khen thưởng, nên là commend_*, không phải "
            "commend_proposed_*."
        ),
    ),
    S(
        "Chương trình phối hợp số 05-CTr/HU-MTTQ giữa Ban Thường vụ Huyện ủy và Ban Thường trực Ủy ban MTTQ huyện giai "
        "đoạn 2022 - 2025 tiếp tục được triển khai.",
        "395", 2022,
    ),
    S(
        "Năm 2024, Ban Thường vụ Huyện ủy Thọ Xuân ban hành 05 kế hoạch và 03 hướng dẫn triển khai chuyên đề năm.",
        "395", 2024,
        F("plans_issued", 8),
        note=(
            "Chỉ tiêu là \"số kế hoạch, hướng dẫn\" (một số): ghi tổng 5 + 3 = 8; người đọc khác có thể tách thành "
            "hai số."
        ),
    ),
    S(
        "Kết quả, có 8.915/9.050 đảng viên (98,5%) đăng ký học tập và làm theo; 2.130/2.262 công chức, viên chức, lực "
        "lượng vũ trang không phải đảng viên đăng ký, đạt 94,2%.",
        "395", 2024,
        F("reg_party_members_pct", 98.5, numerator=8915, denominator=9050),
        F("reg_civil_servants_pct", 94.2, numerator=2130, denominator=2262),
    ),
    S(
        "- Số mô hình đăng ký mới: 21;",
        "395", 2024,
        F("models_new", 21),
    ),
    S(
        "- Tổng số mô hình đang duy trì: 143 (tập thể: 88; cá nhân: 55);",
        "395", 2024,
        F("models_total", 143),
        F("models_collective", 88),
        F("models_individual", 55),
    ),
    S(
        "- Mô hình điểm cấp huyện: 04, trong đó 02 mô hình về chuyển đổi số, 01 mô hình về cải cách hành chính và 01 "
        "mô hình về bảo vệ môi trường.",
        "395", 2024,
        F("models_pilot", 4),
        note="Chỉ số 04 là số liệu; 02/01/01 là phần chia mô hình điểm theo lĩnh vực, không có chỉ tiêu riêng.",
    ),
    S(
        "Tiếp tục nhân rộng mô hình “Chi bộ 4 tốt” tại 24/30 xã, thị trấn (đạt 80%).",
        "395", 2024,
        F("model_replication_pct", 80.0, numerator=24, denominator=30),
        note="\"4\" trong tên mô hình \"Chi bộ 4 tốt\" không phải số liệu.",
    ),
    S(
        "Thu nhập bình quân đầu người năm 2024 đạt 68,5 triệu đồng, tỷ lệ hộ nghèo giảm còn 1,12%; 9/30 xã, thị trấn "
        "đạt chuẩn nông thôn mới nâng cao.",
        "395", 2024,
    ),
    S(
        "Công tác tuyên truyền được đẩy mạnh với 52 tin, bài đăng trên Bản tin nội bộ và Trang thông tin điện tử "
        "huyện, 118 tin, bài phát trên hệ thống loa truyền thanh cơ sở.",
        "395", 2024,
        F("propaganda_articles", 52),
        F("propaganda_broadcasts", 118),
    ),
    S(
        "Ban Tuyên giáo Huyện ủy phối hợp tổ chức Hội thi “Kể chuyện về Bác Hồ” lần thứ III với 30 đội thi, 120 thí "
        "sinh tham gia; trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba.",
        "395", 2024,
        note="Giải thưởng hội thi không phải khen thưởng tập thể, cá nhân: không có số liệu.",
    ),
    S(
        "Ban Thường vụ Huyện ủy tặng giấy khen cho mười hai tập thể và hai mươi lăm cá nhân có thành tích tiêu biểu "
        "trong học tập và làm theo Bác.",
        "395", 2024,
        F("commend_collective", 12),
        F("commend_individual", 25),
    ),
    S(
        "Đề nghị Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 01 tập thể (Đảng ủy xã Xuân Lai) và 02 cá nhân.",
        "395", 2024,
        F("commend_proposed_collective", 1),
        F("commend_proposed_individual", 2),
        note="Xã Xuân Lai là người được đề nghị khen, không phải đơn vị của số liệu: không ghi unit_name.",
    ),
    # Huyện Lục Ngạn (219), Tỉnh Bắc Giang — old map
    S(
        "Thực hiện Hướng dẫn số 12-HD/BTG ngày 20/02/2017 của Ban Tuyên giáo Tỉnh ủy Bắc Giang, Huyện ủy đã chỉ đạo tổ "
        "chức học tập chuyên đề năm 2017 tại 100% tổ chức cơ sở đảng.",
        "219", 2017,
    ),
    S(
        "Kết quả có 6.402/6.535 đảng viên đăng ký, đạt 97,96%; 1.860/2.000 cán bộ, công chức, viên chức không là đảng "
        "viên đăng ký, đạt 93%.",
        "219", 2017,
        F("reg_party_members_pct", 97.96, numerator=6402, denominator=6535),
        F("reg_civil_servants_pct", 93.0, numerator=1860, denominator=2000),
    ),
    S(
        "Hội viên Hội Nông dân, Hội Phụ nữ, Hội Cựu chiến binh và đoàn viên thanh niên đăng ký đạt xấp xỉ 65%.",
        "219", 2017,
        F("reg_union_members_pct", 65.0, "xấp xỉ"),
    ),
    S(
        "Trong năm có 35 mô hình mới được đăng ký, chủ yếu là mô hình trồng vải thiều theo tiêu chuẩn VietGAP.",
        "219", 2017,
        F("models_new", 35),
    ),
    S(
        "Sản lượng vải thiều năm 2017 đạt khoảng 140.000 tấn, giá trị trên 3.500 tỷ đồng.",
        "219", 2017,
    ),
    S(
        "Bản tin Lục Ngạn đăng 18 bài; Đài Truyền thanh huyện phát 52 tin, bài.",
        "219", 2017,
        F("propaganda_articles", 18),
        F("propaganda_broadcasts", 52),
    ),
    S(
        "Năm 2021, Ban Thường vụ Huyện ủy đã xét chọn 05 mô hình điểm cấp huyện để tập trung chỉ đạo, rút kinh nghiệm.",
        "219", 2021,
        F("models_pilot", 5),
    ),
    S(
        "Tỷ lệ đảng viên đăng ký đạt 96,8%, vượt chỉ tiêu đề ra (95%).",
        "219", 2021,
        F("reg_party_members_pct", 96.8),
        note="95% là chỉ tiêu đề ra, không phải số liệu.",
    ),
    S(
        "Mô hình “Chi bộ kiểu mẫu” đã được nhân rộng ở 29/29 đảng bộ xã, thị trấn.",
        "219", 2021,
        F("model_replication_pct", 100.0, numerator=29, denominator=29),
    ),
    S(
        "Trong 5 năm 2016 - 2021, tổng vốn đầu tư phát triển trên địa bàn đạt 9.846 tỷ đồng, tăng bình quân 12,3%/năm.",
        "219", 2021,
    ),
    S(
        "Tổng kết 5 năm thực hiện Chỉ thị 05, Ban Thường vụ Huyện ủy khen thưởng 25 tập thể và 40 cá nhân; trình Ban "
        "Thường vụ Tỉnh ủy khen thưởng 02 tập thể, 04 cá nhân.",
        "219", 2021,
        F("commend_collective", 25),
        F("commend_individual", 40),
        F("commend_proposed_collective", 2),
        F("commend_proposed_individual", 4),
    ),
    S(
        "Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025 đề ra 18 chỉ tiêu chủ yếu, trong đó 6 chỉ tiêu về xây dựng Đảng.",
        "219", 2021,
    ),
    S(
        "Huyện đã hỗ trợ 4,5 tỷ đồng cho 37 hợp tác xã, 120 tổ hợp tác phát triển sản xuất.",
        "219", 2021,
    ),
    S(
        "Có 97,5% đảng viên và trên 90% công chức, viên chức, lực lượng vũ trang chưa là đảng viên đăng ký.",
        "219", 2023,
        F("reg_party_members_pct", 97.5),
        F("reg_civil_servants_pct", 90.0, "trên"),
    ),
    S(
        "Xã Tân Lập có 100% đảng viên đăng ký (412/412 đảng viên).",
        "219", 2023,
        F("reg_party_members_pct", 100.0, numerator=412, denominator=412, unit_name="Xã Tân Lập"),
    ),
    S(
        "Toàn huyện duy trì 210 mô hình; năm nay có thêm 23 mô hình mới.",
        "219", 2023,
        F("models_total", 210),
        F("models_new", 23),
        note="\"có thêm 23 mô hình mới\" là số mô hình mới trong năm (models_new), không phải mức thay đổi.",
    ),
    S(
        "Đăng tải, chia sẻ 540 tin, bài, ảnh trên các nhóm Zalo, trang Facebook của các chi bộ.",
        "219", 2023,
        F("propaganda_social_posts", 540),
    ),
    S(
        "Huyện Lục Ngạn đặt mục tiêu đến năm 2025 có ít nhất 50% số xã có mô hình học tập và làm theo Bác gắn với sản "
        "xuất hàng hóa.",
        "219", 2023,
        note="Mục tiêu; \"ít nhất 50%\" không phải số liệu.",
    ),
    S(
        "Ngày 15/8/2023, Huyện ủy tổ chức Hội nghị sơ kết 02 năm thực hiện Kết luận 01-KL/TW gắn với Chỉ thị 05-CT/TW.",
        "219", 2023,
    ),
    # Huyện Duy Xuyên (508), Tỉnh Quảng Nam — old map
    S(
        "Năm 2018, đã có 3.946/4.015 đảng viên đăng ký (98,28%).",
        "508", 2018,
        F("reg_party_members_pct", 98.28, numerator=3946, denominator=4015),
    ),
    S(
        "Ban Thường vụ Huyện ủy chọn 3 mô hình điểm để chỉ đạo: “Dân vận khéo” tại xã Duy Hải, “Xây dựng khu dân cư "
        "văn hóa kiểu mẫu” tại xã Duy Sơn và “Chi bộ học tập và làm theo Bác” tại thị trấn Nam Phước.",
        "508", 2018,
        F("models_pilot", 3),
        note="3 mô hình điểm của huyện (do huyện chọn); các xã chỉ là nơi thực hiện, không ghi unit_name.",
    ),
    S(
        "Huyện đã tổ chức 14 lớp bồi dưỡng chính trị hè cho 1.150 lượt cán bộ, giáo viên, đồng thời mở 02 lớp bồi "
        "dưỡng lý luận chính trị cho 97 đảng viên mới.",
        "508", 2018,
    ),
    S(
        "Bản tin Duy Xuyên đăng 22 tin, bài; Đài Truyền thanh - Truyền hình huyện xây dựng 46 tin, bài phát sóng.",
        "508", 2018,
        F("propaganda_articles", 22),
        F("propaganda_broadcasts", 46),
    ),
    S(
        "Nhân dịp 128 năm Ngày sinh của Bác, Huyện đoàn tổ chức hành trình về nguồn cho 250 đoàn viên, thanh niên tại "
        "Khu di tích Kim Liên (Nghệ An).",
        "508", 2018,
    ),
    S(
        "- Khen thưởng: 08 tập thể, 17 cá nhân.",
        "508", 2018,
        F("commend_collective", 8),
        F("commend_individual", 17),
    ),
    S(
        "Huyện đoàn ra mắt 14 công trình thanh niên với tổng kinh phí 350 triệu đồng.",
        "508", 2018,
    ),
    S(
        "Tính đến tháng 11/2022, 100% xã, thị trấn (14/14) đã nhân rộng mô hình “Tuyến đường hoa, cây xanh”.",
        "508", 2022,
        F("model_replication_pct", 100.0, numerator=14, denominator=14),
    ),
    S(
        "Toàn huyện có 97 mô hình tập thể và 46 mô hình cá nhân học tập và làm theo Bác.",
        "508", 2022,
        F("models_collective", 97),
        F("models_individual", 46),
        note="Tổng số mô hình không được nêu: không suy ra 143.",
    ),
    S(
        "Trên 86% cán bộ, công chức, viên chức và chiến sĩ lực lượng vũ trang không phải là đảng viên đã đăng ký làm "
        "theo.",
        "508", 2022,
        F("reg_civil_servants_pct", 86.0, "trên"),
    ),
    S(
        "Kết quả đánh giá, xếp loại năm 2022 có 93,5% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, 89,2% đảng "
        "viên hoàn thành tốt nhiệm vụ.",
        "508", 2022,
        note="Tỷ lệ xếp loại, không phải tỷ lệ đăng ký: không có số liệu.",
    ),
    S(
        "Qua bình xét, Ban Thường vụ Huyện ủy khen thưởng 11 tập thể, 19 cá nhân điển hình.",
        "508", 2022,
        F("commend_collective", 11),
        F("commend_individual", 19),
    ),
    S(
        "Huyện còn 412 hộ nghèo, chiếm 1,16%; 7/13 xã đạt chuẩn nông thôn mới nâng cao.",
        "508", 2022,
    ),
    S(
        "Các cơ quan, đơn vị đăng tải trên 300 tin, bài, hình ảnh về học tập và làm theo Bác trên Facebook, Zalo, "
        "TikTok; Đài Truyền thanh huyện phát 80 bản tin.",
        "508", 2024,
        F("propaganda_social_posts", 300, "trên"),
        F("propaganda_broadcasts", 80),
    ),
    S(
        "Thực hiện Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, "
        "đảng viên trong giai đoạn mới, Huyện ủy tổ chức 01 hội nghị quán triệt với 320 đại biểu.",
        "508", 2024,
    ),
    S(
        "Năm 2024 xây dựng mới 15 mô hình (10 tập thể, 05 cá nhân), nâng tổng số mô hình toàn huyện lên 162.",
        "508", 2024,
        F("models_new", 15),
        F("models_total", 162),
        note=(
            "10 và 05 chia mô hình MỚI theo tập thể/cá nhân; models_collective/individual là tổng số mô hình tập "
            "thể/cá nhân, nên không ghi. Người đọc khác có thể ghi."
        ),
    ),
    S(
        "Sau 3 năm thực hiện Kết luận 01-KL/TW (2021 - 2024), số mô hình tăng 27, số tập thể được biểu dương tăng 1,5 "
        "lần.",
        "508", 2024,
        note="Mức thay đổi, không phải số liệu.",
    ),
    # Huyện Krông Pắc (654), Tỉnh Đắk Lắk — old map
    S(
        "Sau 5 năm (2016 - 2021) thực hiện Chỉ thị 05-CT/TW, Ban Thường vụ Huyện ủy đã ban hành 32 văn bản, trong đó "
        "có 14 kế hoạch, hướng dẫn.",
        "654", 2021,
        F("plans_issued", 14),
        note=(
            "32 văn bản gồm cả công văn, thông báo: chỉ 14 kế hoạch, hướng dẫn là số liệu; số cả giai đoạn ghi "
            "cho năm báo cáo 2021."
        ),
    ),
    S(
        "Đến năm 2021, 97,8% đảng viên, 90,6% công chức, viên chức không là đảng viên và 81% đoàn viên, hội viên đăng "
        "ký học tập và làm theo Bác.",
        "654", 2021,
        F("reg_party_members_pct", 97.8),
        F("reg_civil_servants_pct", 90.6),
        F("reg_union_members_pct", 81.0),
    ),
    S(
        "Toàn huyện xây dựng được 286 mô hình, trong đó 12 mô hình điểm cấp huyện.",
        "654", 2021,
        F("models_total", 286),
        F("models_pilot", 12),
    ),
    S(
        "Huyện có 16 xã, thị trấn với 31 dân tộc anh em cùng sinh sống; 23,4% dân số là đồng bào dân tộc thiểu số.",
        "654", 2021,
    ),
    S(
        "Mô hình “Mỗi buôn một sản phẩm” được nhân rộng ra 12/16 xã, thị trấn.",
        "654", 2021,
        F("model_replication_pct", 75.0, numerator=12, denominator=16),
    ),
    S(
        "Trong 5 năm, cấp huyện đã khen thưởng 87 tập thể và 164 cá nhân; đề nghị Tỉnh ủy, UBND tỉnh khen thưởng 9 tập "
        "thể, 15 cá nhân.",
        "654", 2021,
        F("commend_collective", 87),
        F("commend_individual", 164),
        F("commend_proposed_collective", 9),
        F("commend_proposed_individual", 15),
        note="Số cả giai đoạn 5 năm, ghi cho năm báo cáo 2021.",
    ),
    S(
        "Các cấp ủy đã tổ chức 1.245 buổi sinh hoạt chuyên đề, lồng ghép vào sinh hoạt chi bộ định kỳ hằng tháng.",
        "654", 2021,
    ),
    S(
        "Xã Ea Kly có 28 mô hình, xã Hòa An 25 mô hình.",
        "654", 2021,
        F("models_total", 28, unit_name="Xã Ea Kly"),
        F("models_total", 25, unit_name="Xã Hòa An"),
    ),
    S(
        "Kế hoạch số 45-KH/HU ngày 10/6/2021 của Ban Thường vụ Huyện ủy xác định 5 nhóm nhiệm vụ, 3 giải pháp trọng "
        "tâm.",
        "654", 2021,
        note="Số hiệu một kế hoạch không phải số kế hoạch đã ban hành.",
    ),
    S(
        "Ban Thường vụ Huyện ủy ban hành 09 kế hoạch, hướng dẫn; 100% chi bộ đã hoàn thành việc chỉ đạo đảng viên xây "
        "dựng kế hoạch học tập và làm theo.",
        "654", 2023,
        F("plans_issued", 9),
        F("party_cells_plans_pct", 100.0),
    ),
    S(
        "Tỷ lệ đăng ký: đảng viên 98,7%; CCVC, LLVT không là đảng viên 92%; đoàn viên, hội viên 84,5%.",
        "654", 2023,
        F("reg_party_members_pct", 98.7),
        F("reg_civil_servants_pct", 92.0),
        F("reg_union_members_pct", 84.5),
    ),
    S(
        "Số tin, bài phản ánh việc học tập và làm theo Bác đăng trên Bản tin huyện: 30; phát trên loa truyền thanh: "
        "96; chia sẻ trên mạng xã hội: khoảng 1.200.",
        "654", 2023,
        F("propaganda_articles", 30),
        F("propaganda_broadcasts", 96),
        F("propaganda_social_posts", 1200, "khoảng"),
    ),
    S(
        "Toàn huyện có 8.120 hộ đồng bào dân tộc thiểu số, trong đó 1.018 hộ nghèo; 3 buôn đặc biệt khó khăn.",
        "654", 2023,
    ),
    S(
        "Năm 2023, Huyện ủy biểu dương 09 tập thể, 20 cá nhân điển hình tiên tiến trong học tập và làm theo Bác.",
        "654", 2023,
        F("commend_collective", 9),
        F("commend_individual", 20),
    ),
    S(
        "Trong năm, đã kết nạp 142 đảng viên mới, trong đó 38 đảng viên là người dân tộc thiểu số.",
        "654", 2023,
    ),
    # Huyện Vũng Liêm (859), Tỉnh Vĩnh Long — old map
    S(
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Kế hoạch số 03-KH/TU của Tỉnh ủy, Huyện ủy "
        "Vũng Liêm đã tổ chức hội nghị quán triệt cho 286 cán bộ chủ chốt.",
        "859", 2016,
    ),
    S(
        "Trong năm, Huyện ủy ban hành 6 văn bản kế hoạch, hướng dẫn; 100% đảng bộ cơ sở xây dựng kế hoạch thực hiện.",
        "859", 2016,
        F("plans_issued", 6),
        note=(
            "\"100% đảng bộ cơ sở xây dựng kế hoạch thực hiện\" là kế hoạch của tổ chức đảng, không phải tỷ lệ chi "
            "bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch cá nhân: không ghi party_cells_plans_pct."
        ),
    ),
    S(
        "Có 4.260/4.380 đảng viên đăng ký bản cam kết học tập và làm theo, đạt 97,26%.",
        "859", 2016,
        F("reg_party_members_pct", 97.26, numerator=4260, denominator=4380),
    ),
    S(
        "Tỷ lệ cán bộ, công chức, viên chức không phải là đảng viên đăng ký khoảng 70%.",
        "859", 2016,
        F("reg_civil_servants_pct", 70.0, "khoảng"),
    ),
    S(
        "Đảng bộ huyện hiện có 58 tổ chức cơ sở đảng với 421 chi bộ trực thuộc; trong năm kết nạp 176 đảng viên mới, "
        "đạt 110% chỉ tiêu Nghị quyết.",
        "859", 2016,
    ),
    S(
        "Các xã, thị trấn đăng ký xây dựng 40 mô hình, trong đó có 26 mô hình tập thể.",
        "859", 2016,
        F("models_total", 40),
        F("models_collective", 26),
    ),
    S(
        "Mỗi cơ quan, đơn vị, chi bộ xây dựng ít nhất 01 mô hình hoặc tấm gương điển hình để nhân rộng.",
        "859", 2016,
        note="Quy định, không phải kết quả.",
    ),
    S(
        "Huyện có 18 xã đạt chuẩn văn hóa, 152 ấp văn hóa, 95,6% hộ gia đình đạt danh hiệu gia đình văn hóa.",
        "859", 2016,
    ),
    S(
        "Đến nay có 100 phần trăm chi bộ trực thuộc đã chỉ đạo đảng viên xây dựng kế hoạch làm theo Bác năm 2022.",
        "859", 2022,
        F("party_cells_plans_pct", 100.0),
    ),
    S(
        "Trong tổng số 158 mô hình, lĩnh vực kinh tế có 64 mô hình, văn hóa - xã hội 51, quốc phòng - an ninh 22, xây "
        "dựng Đảng 21.",
        "859", 2022,
        F("models_total", 158),
        note="Phần chia theo lĩnh vực không thuộc danh mục chỉ tiêu.",
    ),
    S(
        "Mô hình “Ngày thứ bảy tình nguyện” của Huyện đoàn được nhân rộng ở 18/20 xã, thị trấn.",
        "859", 2022,
        F("model_replication_pct", 90.0, numerator=18, denominator=20),
    ),
    S(
        "Xã Trung Thành Tây có 12 mô hình, cao nhất huyện; thấp nhất là xã Quới Thiện với 03 mô hình.",
        "859", 2022,
        F("models_total", 12, unit_name="Xã Trung Thành Tây"),
        F("models_total", 3, unit_name="Xã Quới Thiện"),
    ),
    S(
        "So với năm 2021, số mô hình tăng 14, số tập thể được khen thưởng giảm 3.",
        "859", 2022,
        note="Mức thay đổi, không phải số liệu.",
    ),
    S(
        "Hội nghị sơ kết 01 năm thực hiện Kết luận 01-KL/TW, Ban Thường vụ Huyện ủy khen thưởng 10 tập thể và 21 cá "
        "nhân; đề nghị Tỉnh ủy Vĩnh Long khen thưởng 01 tập thể, 02 cá nhân.",
        "859", 2022,
        F("commend_collective", 10),
        F("commend_individual", 21),
        F("commend_proposed_collective", 1),
        F("commend_proposed_individual", 2),
    ),
    S(
        "Ngày 19/5/2022, huyện tổ chức trao 150 suất quà cho hộ nghèo, mỗi suất trị giá 500.000 đồng, và bàn giao 20 "
        "căn nhà đại đoàn kết.",
        "859", 2022,
    ),
    S(
        "Trang Fanpage “Vũng Liêm ngày mới” cùng nhóm Zalo của 20 đảng bộ xã, thị trấn đăng tải, chia sẻ trên 620 tin, "
        "bài về gương người tốt, việc tốt.",
        "859", 2022,
        F("propaganda_social_posts", 620, "trên"),
    ),
    S(
        "Huyện tổ chức 03 lớp tập huấn nghiệp vụ cho 180 báo cáo viên, tuyên truyền viên cơ sở.",
        "859", 2022,
    ),
    S(
        "Tỷ lệ đảng viên đăng ký đạt 99,1%, tăng 0,4% so với năm 2023.",
        "859", 2024,
        F("reg_party_members_pct", 99.1),
        note="0,4% là mức tăng, không phải số liệu.",
    ),
    S(
        "Tỷ lệ đoàn viên, hội viên đăng ký đạt gần 88%.",
        "859", 2024,
        F("reg_union_members_pct", 88.0, "gần"),
    ),
    S(
        "Năm 2023, toàn huyện có 171 mô hình; năm 2024 tăng lên 183 mô hình, trong đó 19 mô hình mới.",
        "859", 2024,
        F("models_total", 171, year=2023),
        F("models_total", 183),
        F("models_new", 19),
    ),
    S(
        "Bản tin Vũng Liêm đăng trên dưới 30 tin, bài về học tập và làm theo Bác.",
        "859", 2024,
        F("propaganda_articles", 30, "trên dưới"),
    ),
    S(
        "Phấn đấu năm 2025 mỗi xã, thị trấn có từ 02 mô hình điểm trở lên về chuyển đổi số.",
        "859", 2024,
        note="Mục tiêu, không phải số liệu.",
    ),
    # Huyện Can Lộc (443), Tỉnh Hà Tĩnh — old map
    S(
        "Năm 2019, Huyện ủy Can Lộc ban hành 5 kế hoạch, hướng dẫn; có 98% đảng viên, 87% công chức, viên chức, 71% "
        "đoàn viên, hội viên đăng ký.",
        "443", 2019,
        F("plans_issued", 5),
        F("reg_party_members_pct", 98.0),
        F("reg_civil_servants_pct", 87.0),
        F("reg_union_members_pct", 71.0),
    ),
    S(
        "Toàn huyện có 68 mô hình tập thể, 112 mô hình cá nhân điển hình.",
        "443", 2019,
        F("models_collective", 68),
        F("models_individual", 112),
    ),
    S(
        "Đài Truyền thanh huyện phát 42 bản tin và 18 bài viết về học tập và làm theo Bác.",
        "443", 2019,
        F("propaganda_broadcasts", 60),
        note=(
            "Chỉ tiêu là \"bản tin, bài viết\" (một số): ghi tổng 42 + 18 = 60 như DOMAIN làm với Cầu Ngang (55 + "
            "25 = 80); người đọc khác có thể tách hai số."
        ),
    ),
    S(
        "Ngày 15/10/2019, Huyện ủy tổ chức Hội nghị sơ kết 03 năm thực hiện Chỉ thị 05-CT/TW (2016 - 2019).",
        "443", 2019,
    ),
    # Tỉnh Nghệ An (40)
    S(
        "Toàn tỉnh có 99,2% đảng viên đăng ký học tập và làm theo Bác; trong đó Huyện ủy Nam Đàn đạt 100%.",
        "40", 2023,
        F("reg_party_members_pct", 99.2),
        F("reg_party_members_pct", 100.0, unit_name="Huyện Nam Đàn"),
        note="Báo cáo của tỉnh: số liệu của một huyện được nêu tên ghi unit_name (tên hành chính của huyện).",
    ),
    S(
        "Ban Thường vụ Tỉnh ủy ban hành 04 kế hoạch, 01 hướng dẫn và 02 công văn chỉ đạo.",
        "40", 2023,
        F("plans_issued", 5),
        note="Kế hoạch + hướng dẫn = 5; công văn không thuộc chỉ tiêu. Người đọc khác có thể tách 4 và 1.",
    ),
    S(
        "Tỉnh có 21 huyện, thành phố, thị xã với 460 xã, phường, thị trấn; Đảng bộ tỉnh có 2.046 tổ chức cơ sở đảng.",
        "40", 2023,
    ),
    S(
        "Thời gian qua, báo chí của tỉnh có nhiều tin, bài hay; riêng kênh TikTok của Báo Nghệ An có video đạt trên 2 "
        "triệu lượt xem.",
        "40", 2023,
        note="Lượt xem không phải số tin, bài.",
    ),
    # Tỉnh Đắk Lắk (66)
    S(
        "Các cấp trong tỉnh khen thưởng 1.026 tập thể và 2.215 cá nhân; Tỉnh ủy đề nghị Trung ương biểu dương 04 tập "
        "thể, 05 cá nhân.",
        "66", 2022,
        F("commend_collective", 1026),
        F("commend_individual", 2215),
        F("commend_proposed_collective", 4),
        F("commend_proposed_individual", 5),
    ),
    S(
        "Toàn tỉnh xây dựng 3.518 mô hình, trong đó 512 mô hình mới.",
        "66", 2022,
        F("models_total", 3518),
        F("models_new", 512),
    ),
    S(
        "Hội nghị được tổ chức trực tuyến tới 184 điểm cầu với trên 15.000 đại biểu tham dự.",
        "66", 2022,
    ),
    S(
        "Chỉ tiêu đề ra là 100% tổ chức đảng ban hành kế hoạch, trên 95% đảng viên đăng ký học tập và làm theo.",
        "66", 2022,
        note="Chỉ tiêu đề ra, không phải kết quả: không có số liệu (dù có \"trên 95% đảng viên đăng ký\").",
    ),
    # Tỉnh Vĩnh Long (86)
    S(
        "Đài Phát thanh và Truyền hình tỉnh phát sóng 215 tin, bài, phóng sự; Báo Vĩnh Long đăng 164 tin, bài.",
        "86", 2024,
        F("propaganda_broadcasts", 215),
        F("propaganda_articles", 164),
        note=(
            "Ở cấp tỉnh: phát sóng trên đài (phát thanh, truyền hình) ghi propaganda_broadcasts; báo in ghi "
            "propaganda_articles. Người đọc khác có thể không nhận \"truyền hình\" là truyền thanh."
        ),
    ),
    S(
        "Dịp này, Ban Thường vụ Tỉnh ủy đã khen thưởng các tập thể, cá nhân tiêu biểu (18 tập thể, 36 cá nhân).",
        "86", 2024,
        F("commend_collective", 18),
        F("commend_individual", 36),
    ),
    S(
        "Tỉnh ủy chỉ đạo mỗi đảng bộ huyện chọn từ 01 đến 02 mô hình điểm để rút kinh nghiệm, nhân rộng.",
        "86", 2024,
        note="Quy định, không phải kết quả.",
    ),
    S(
        "Tỉnh phấn đấu đến năm 2025 tỷ lệ hộ nghèo còn dưới 1%, 100% xã đạt chuẩn nông thôn mới.",
        "86", 2024,
    ),
    # Xã Nam Đàn (17935), Tỉnh Nghệ An — new map
    S(
        "Sau sắp xếp, Đảng bộ xã Nam Đàn có 84 chi bộ trực thuộc với 3.912 đảng viên; 100% chi bộ (84/84) hoàn thành "
        "việc chỉ đạo đảng viên xây dựng kế hoạch làm theo Bác.",
        "17935", 2025,
        F("party_cells_plans_pct", 100.0, numerator=84, denominator=84),
        note="84 chi bộ và 3.912 đảng viên ở vế đầu là số tổ chức, không phải số liệu; chỉ 84/84 là tỷ lệ.",
    ),
    # Xã Kim Liên (17971), Tỉnh Nghệ An — new map
    S(
        "Đảng ủy xã Kim Liên duy trì 27 mô hình, trong đó có 5 mô hình điểm của xã.",
        "17971", 2025,
        F("models_total", 27),
        F("models_pilot", 5),
        note="Mô hình điểm do xã chọn (không còn cấp huyện sau 01/7/2025): vẫn ghi models_pilot của xã.",
    ),
    S(
        "Ngày 01/7/2025, xã Kim Liên mới chính thức đi vào hoạt động trên cơ sở hợp nhất 03 xã cũ.",
        "17971", 2025,
    ),
    # Xã Krông Pắc (24490), Tỉnh Đắk Lắk — new map
    S(
        "Tỷ lệ đoàn viên, hội viên đăng ký đạt 78,4 %; tỷ lệ CCVC, LLVT không là đảng viên đăng ký đạt 95%.",
        "24490", 2025,
        F("reg_union_members_pct", 78.4),
        F("reg_civil_servants_pct", 95.0),
    ),
    S(
        "Trong 6 tháng cuối năm 2025, xã đã giải quyết 2.317 hồ sơ thủ tục hành chính, 98,6% đúng và trước hạn.",
        "24490", 2025,
    ),
    # Xã Lục Ngạn (07582), Tỉnh Bắc Ninh — new map
    S(
        "Đảng ủy xã khen thưởng 07 tập thể, 16 cá nhân; đề nghị Ban Thường vụ Tỉnh ủy Bắc Ninh khen thưởng 01 cá nhân.",
        "07582", 2025,
        F("commend_collective", 7),
        F("commend_individual", 16),
        F("commend_proposed_individual", 1),
    ),
    S(
        "Kế hoạch số 18-KH/ĐU ngày 20/8/2025 của Đảng ủy xã đặt chỉ tiêu 100% chi bộ xây dựng ít nhất 01 mô hình.",
        "07582", 2025,
        note="Chỉ tiêu, không phải kết quả.",
    ),
    # Xã Duy Xuyên (20623), Thành phố Đà Nẵng — new map
    S(
        "Trang Zalo OA và Fanpage của xã đăng, chia sẻ 96 tin, bài; Đài truyền thanh xã phát 40 bản tin.",
        "20623", 2025,
        F("propaganda_social_posts", 96),
        F("propaganda_broadcasts", 40),
    ),
    S(
        "Xã có 42 chi bộ, 1.786 đảng viên, trong đó 126 đảng viên được miễn sinh hoạt.",
        "20623", 2025,
    ),
    # Xã Thọ Xuân (15499), Tỉnh Thanh Hóa — new map
    S(
        "Xã được thành lập trên cơ sở sắp xếp thị trấn Thọ Xuân và 02 xã lân cận, diện tích tự nhiên 38,5 km², dân số "
        "45.120 người.",
        "15499", 2025,
    ),
    S(
        "Tỷ lệ đảng viên đăng ký trên 99%; mô hình mới 06.",
        "15499", 2025,
        F("reg_party_members_pct", 99.0, "trên"),
        F("models_new", 6),
    ),
    # Tỉnh Nghệ An (40)
    S(
        "Tính đến 30/11/2025, toàn tỉnh có 98,9% đảng viên đăng ký; 130/130 xã, phường đã nhân rộng mô hình “Dân vận "
        "khéo”.",
        "40", 2025,
        F("reg_party_members_pct", 98.9),
        F("model_replication_pct", 100.0, numerator=130, denominator=130),
    ),
    # Tỉnh Đắk Lắk (66)
    S(
        "Tỉnh Đắk Lắk (mới) được hợp nhất từ tỉnh Đắk Lắk và tỉnh Phú Yên, có 102 xã, phường.",
        "66", 2025,
    ),
    # Tỉnh Vĩnh Long (86)
    S(
        "Toàn tỉnh có 4.652 mô hình học tập và làm theo Bác (tập thể 2.870, cá nhân 1.782).",
        "86", 2025,
        F("models_total", 4652),
        F("models_collective", 2870),
        F("models_individual", 1782),
    ),
]
