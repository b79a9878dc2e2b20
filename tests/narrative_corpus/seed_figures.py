"""What the five seed reports state: every figure of a catalogue metric, and numbers that are not figures.

Written by hand from a full reading of each seed (tests/narrative_corpus/seeds/, NFC copies of ../shared/seeds made
by scripts/derive_seeds.py), DOMAIN.md, data/metrics.csv and data/reference/, without reading any extractor.

SEEDS maps a seed file name to:
  unit_code, unit_name  the reporting unit the title names (codes of the old map, data/reference/units_old.csv)
  year                  the year the title/text gives (how it was decided is in the comment above each seed)
  figures               every figure the seed states for one of the 18 metrics of data/metrics.csv:
                        dict(metric, value, qualifier, unit_code, year, quote) and, where they apply,
                        numerator/denominator (a rate stated as x/y), parts (a figure the text gives as a sum of
                        numbers), unit_name (a figure for a sub-unit rather than the reporting unit; none of the
                        five seeds has one), repeat=True (the same figure stated again in a later paragraph) and
                        note (where a reasonable reader could disagree).
  quote is the exact substring of the seed that states the figure; value is a Python number, percentages in
  percent units (98, not 0.98); qualifier is None (exact) or the bounding word as written, in lowercase ("trên").

NOT_FIGURES lists (seed file, quote) for numbers in the seeds that are not figures of any metric: dates, document
numbers, years, durations, counts of things that are not in the catalogue, page furniture. An extractor must not
propose anything for them.

AMBIGUOUS lists numbers a reasonable reader could take either way, with the reason; a test should neither require
nor forbid a proposal for them.
"""

from __future__ import annotations

BINH_LUC, THANH_HOA, CAU_NGANG, THAP_MUOI = "352", "800", "848", "872"

SEEDS = {
    # Bình Lục, news item of the district's culture centre. "Năm 2023, Ban Thường vụ Huyện ủy đã chủ động ban hành
    # Kế hoạch ..." gives the year. It states no figure: "ban hành Kế hoạch" (one plan, singular, no number) and
    # "mô hình điểm" (no count) are not stated as numbers; see AMBIGUOUS.
    "000_7db9b7f2803cbbc6.txt": dict(
        unit_code=BINH_LUC,
        unit_name="Huyện Bình Lục",
        year=2023,
        figures=[],
    ),
    # Bình Lục, Báo Hà Nam: "Sau 5 năm (2016- 2021)" - the review of the 2016-2021 period; no date line, so the
    # year is the end of that period, 2021 (as DOMAIN.md records it).
    "001_4485d4bbea077518.txt": dict(
        unit_code=BINH_LUC,
        unit_name="Huyện Bình Lục",
        year=2021,
        figures=[
            dict(
                metric="models_pilot",
                value=3,
                qualifier=None,
                unit_code=BINH_LUC,
                year=2021,
                quote="lựa chọn xây dựng 3 mô hình điểm cấp huyện",
            ),
            dict(
                metric="models_pilot",
                value=3,
                qualifier=None,
                unit_code=BINH_LUC,
                year=2021,
                quote="Từ những kết quả tích cực của 3 mô hình điểm",
                repeat=True,
                note="the same three pilot models, named again in the next paragraph; one proposal per paragraph "
                "or one for the document are both right",
            ),
            dict(
                metric="model_replication_pct",
                value=100,
                qualifier=None,
                unit_code=BINH_LUC,
                year=2021,
                quote="ở 17/17 xã, thị trấn",
                numerator=17,
                denominator=17,
            ),
        ],
    ),
    # Thạnh Hóa, Báo Long An: dated 01/06/2024 and about "chuyên đề năm 2024". A briefing on how to build models:
    # it states no figure ("3 nội dung chính" and "ít nhất một cá nhân điển hình" are rules, not counts).
    "002_42320b72dfd32882.txt": dict(
        unit_code=THANH_HOA,
        unit_name="Huyện Thạnh Hóa",
        year=2024,
        figures=[],
    ),
    # Cầu Ngang: "Kết quả nổi bật qua 01 năm triển khai thực hiện Kết luận số 01-KL/TW". The text has no year;
    # Kết luận 01 is of May 2021, so one year on is 2022 (as DOMAIN.md records it).
    "003_7d020a697644a5c4.txt": dict(
        unit_code=CAU_NGANG,
        unit_name="Huyện Cầu Ngang",
        year=2022,
        figures=[
            dict(
                metric="plans_issued",
                value=8,
                qualifier=None,
                unit_code=CAU_NGANG,
                year=2022,
                quote="Ban Thường vụ Huyện ủy đã ban hành 8 kế hoạch, hướng dẫn",
            ),
            dict(
                metric="reg_party_members_pct",
                value=98,
                qualifier="trên",
                unit_code=CAU_NGANG,
                year=2022,
                quote="đã có trên 98% đảng viên",
            ),
            dict(
                metric="reg_civil_servants_pct",
                value=80,
                qualifier=None,
                unit_code=CAU_NGANG,
                year=2022,
                quote="80% đối tượng công chức, viên chức và lực lượng vũ trang không phải là đảng viên đăng ký thực hiện",
                note="'trên 98% đảng viên và 80% ...': read here (and in DOMAIN.md) as bounding the first rate only; "
                "a reader could let 'trên' govern both",
            ),
            dict(
                metric="models_total",
                value=96,
                qualifier=None,
                unit_code=CAU_NGANG,
                year=2022,
                quote="duy trì và đăng ký thực hiện 96 mô hình",
            ),
            dict(
                metric="models_collective",
                value=65,
                qualifier=None,
                unit_code=CAU_NGANG,
                year=2022,
                quote="65 mô hình tập thể",
            ),
            dict(
                metric="models_individual",
                value=31,
                qualifier=None,
                unit_code=CAU_NGANG,
                year=2022,
                quote="31 mô hình cá nhân",
            ),
            dict(
                metric="models_new",
                value=15,
                qualifier=None,
                unit_code=CAU_NGANG,
                year=2022,
                quote="(có 15 mô hình mới)",
            ),
            dict(
                metric="reg_party_members_pct",
                value=98,
                qualifier="trên",
                unit_code=CAU_NGANG,
                year=2022,
                quote="đạt trên 98% đảng viên (đã trừ các đồng chí miễn sinh hoạt, miễn công tác)",
                repeat=True,
                note="the share of party members who built their plan, i.e. registered: the rate of the previous "
                "paragraph stated again. It follows a sentence about party cells, but it counts party members, so it "
                "is not party_cells_plans_pct",
            ),
            dict(
                metric="reg_union_members_pct",
                value=40,
                qualifier="trên",
                unit_code=CAU_NGANG,
                year=2022,
                quote="trên 40% đoàn viên, hội viên thực hiện",
            ),
            dict(
                metric="propaganda_articles",
                value=24,
                qualifier=None,
                unit_code=CAU_NGANG,
                year=2022,
                quote="đã đăng tải được 24 tin, bài",
            ),
            dict(
                metric="propaganda_social_posts",
                value=100,
                qualifier="trên",
                unit_code=CAU_NGANG,
                year=2022,
                quote="chia sẻ các bài viết từ các trang mạng chính thống khác trên 100 tin, bài",
                note="'trên' appears twice near here: 'trên các trang, nhóm mạng xã hội' (on) in the sentence before "
                "and 'trên 100 tin, bài' (above) here; only the second bounds the number",
            ),
            dict(
                metric="propaganda_broadcasts",
                value=80,
                qualifier=None,
                unit_code=CAU_NGANG,
                year=2022,
                quote="đã phát 55 bản tin, 25 bài viết",
                parts=[55, 25],
                note="the metric counts bulletins and articles broadcast together (DOMAIN.md: 80 = 55 + 25); "
                "proposing 55 and 25 separately under this metric is the other defensible reading",
            ),
        ],
    ),
    # Tháp Mười: "... năm 2022" in the commendation sentence; the event is the review of one year of Kết luận 01
    # (2022).
    "004_00625467d9b5e968.txt": dict(
        unit_code=THAP_MUOI,
        unit_name="Huyện Tháp Mười",
        year=2022,
        figures=[
            dict(
                metric="commend_collective",
                value=20,
                qualifier=None,
                unit_code=THAP_MUOI,
                year=2022,
                quote="đã khen thưởng 20 tập thể",
            ),
            dict(
                metric="commend_individual",
                value=52,
                qualifier=None,
                unit_code=THAP_MUOI,
                year=2022,
                quote="và 52 cá nhân tiêu biểu",
            ),
            dict(
                metric="commend_proposed_collective",
                value=1,
                qualifier=None,
                unit_code=THAP_MUOI,
                year=2022,
                quote="đề nghị Tỉnh biểu dương, khen thưởng 01 tập thể",
            ),
            dict(
                metric="commend_proposed_individual",
                value=2,
                qualifier=None,
                unit_code=THAP_MUOI,
                year=2022,
                quote="và 02 cá nhân tiêu biểu trong học tập",
            ),
        ],
    ),
}

S000, S001, S002, S003, S004 = sorted(SEEDS)

NOT_FIGURES = [
    # 000 Bình Lục 2023
    (S000, "Năm 2023"),
    (S000, "Chỉ thị số 05"),
    (S000, "Nghị quyết Trung ương 4 (khóa XII, khóa XIII)"),
    (S000, "Đại hội Đảng bộ huyện lần thứ XXVIII"),
    (S000, "nhiệm kỳ 2020-2025"),
    # 001 Bình Lục 2016-2021
    (S001, "Sau 5 năm (2016- 2021)"),
    (S001, "Chỉ thị 05 của Bộ chính trị"),
    (S001, "ít nhất 1 tháng 1 chi bộ"),  # a rule with "ít nhất", not a figure
    (S001, "Chỉ sau 3 tháng triển khai"),
    (S001, "Nghị quyết TW4 khóa XII"),
    (S001, "nhiệm kỳ 2020-2025"),
    (S001, "Giấy phép xuất bản số 68/GP-BTTTT"),
    (S001, "cấp ngày 16/2/2017"),
    (S001, "(0226) 3852.773 - 3853.342"),  # telephone, with thousands-like dots
    (S001, "Fax: (0226)3853.342"),
    # 002 Thạnh Hóa 2024
    (S002, "Thứ Bảy, 22/06/2024 16:03 (GMT +7)"),
    (S002, "Thứ 7, 01/06/2024 | 09:40:03 [GMT +7]"),
    (S002, "chuyên đề năm 2024"),
    (S002, "Ngày 31/5"),
    (S002, "nhiệm kỳ Đại hội XIII"),
    (S002, "Chuyên đề năm 2023 của Huyện ủy"),
    (S002, "phải đảm bảo 3 nội dung chính"),
    (S002, "nhiệm kỳ 2020- 2025"),
    (S002, "0 / 500 ký tự"),
    # 003 Cầu Ngang 2022
    (S003, "Qua 01 năm triển khai thực hiện Kết luận 01-KL/TW"),
    (S003, "Chỉ thị số 05-CT/TW"),
    (S003, "đã nhận đỡ đầu 10 trẻ em mồ côi"),
    (S003, "đại dịch Covid-19"),
    (S003, "600.000 đồng/trẻ em"),
    (S003, "Đang online: 45"),
    (S003, "Hôm nay: 1337"),
    (S003, "Trong tuần: 36,254"),
    (S003, "Tất cả: 3,342,863"),
    # 004 Tháp Mười 2022
    (S004, "Hội nghị sơ kết một năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị khoá XIII"),
    (S004, "Hội nghị sơ kết 01 năm thực hiện Kết luận số 01-KL/TW"),
    (S004, "dịch Covid 19"),
    (S004, "Covid - 19"),
    (S004, "Chuyên đề năm 2022"),
    (S004, "Chỉ thị số 05-CT/TW của Bộ Chính trị khoá XII"),
]

AMBIGUOUS = [
    dict(
        seed=S003,
        quote="đã có 26 chi bộ ngành huyện; có 220 chi bộ trực thuộc đảng bộ cơ sở (97 chi bộ ấp, khóm và 123 chi "
        "bộ ngành) hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch",
        note="counts of party cells that completed directing their members' plans: parts of the numerator of "
        "party_cells_plans_pct (26 + 220 = 246 cells), with no denominator and no rate stated. Not a value of the "
        "metric (a rate), but a reader could propose them as its numerator",
    ),
    dict(
        seed=S000,
        quote="Ban Thường vụ Huyện ủy đã chủ động ban hành Kế hoạch triển khai xây dựng",
        note="one plan issued, stated without a number; plans_issued 1 could be argued, it is not required",
    ),
    dict(
        seed=S001,
        quote="Huyện ủy Bình Lục tiếp tục xây dựng mô hình điểm “Ngày thứ bảy với dân”",
        note="one more pilot model, stated without a number; not required",
    ),
]
