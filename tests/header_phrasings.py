"""Column-header phrasings for the 18 canonical metrics, written blind to the loader.

Who and from what
-----------------
Written by a helper session asked to test header recognition independently. The author read only
/work/shared/DOMAIN.md (sections "The campaign", "Canonical metrics", "What real spreadsheets look like",
"More shapes districts and provinces send", "Reports sent as Word", and the abbreviation list) and the five
original news reports in /work/shared/seeds/ (000 Bình Lục mô hình điểm 2023, 001 Bình Lục 2016-2021,
002 Thạnh Hóa 2024, 003 Cầu Ngang one year after KL 01, 004 Tháp Mười 2022). The author did NOT open the
loader, the warehouse, the UI, the other tests, or any CSV under data/ (metrics, keywords, abbreviations,
count words), and did not grep the repository for header words. The phrasings are therefore an independent
guess at how clerks write headers, not a copy of the alias lists.

What an entry is
----------------
PHRASINGS is a list of (header_levels, metric_code_or_None). header_levels is one column's header as it
appears in a sheet, from the top (merged) group header down to the cell right above the data. The code is
the one metric a Vietnamese party official would agree the column holds; None means the column is not a
figure of any of the 18 metrics (STT, unit names, notes, population, model names...).

Rules the list keeps
--------------------
- Every *_pct entry clearly means the rate itself: it contains "tỷ lệ", "%" or "phần trăm", or sits under a
  group / above a child that says so. Bare counts of people ("Số đảng viên đăng ký", "Tổng số đảng viên") are
  the numerators/denominators of rates and are left out entirely (neither as a metric nor as None); so are
  bare denominators of other rates ("Tổng số chi bộ", "Tổng số xã").
- No year in any header ("năm 2023" etc. left out); year groups are a separate concern.
- The same child label ("Tập thể", "Cá nhân", "Tỷ lệ (%)", "Đảng viên", "Mạng xã hội"...) appears under
  different groups with different answers, on purpose.
- Text is Unicode NFC with full diacritics, except a few entries marked "# no diacritics", which clerks
  plausibly type so. Line breaks inside a cell are written "\\n".
- When a phrasing might be read two ways by an official it was left out (see the comments at the end).
"""

METRIC_CODES = (
    "reg_party_members_pct",
    "reg_civil_servants_pct",
    "reg_union_members_pct",
    "plans_issued",
    "party_cells_plans_pct",
    "models_total",
    "models_collective",
    "models_individual",
    "models_new",
    "models_pilot",
    "model_replication_pct",
    "commend_collective",
    "commend_individual",
    "commend_proposed_collective",
    "commend_proposed_individual",
    "propaganda_articles",
    "propaganda_broadcasts",
    "propaganda_social_posts",
)

PHRASINGS: list[tuple[tuple[str, ...], str | None]] = [
    # ---------------------------------------------------------------------------------------------
    # Registration of party members. Style: DOMAIN "Registration" ("trên 98% đảng viên"), the label in
    # "Canonical metrics", seed 003 ("đảng viên ... đăng ký thực hiện"), DOMAIN abbreviation ĐV,
    # "Tỷ lệ ... đăng ký (%)" group over "Đảng viên" from "What real spreadsheets look like".
    # ---------------------------------------------------------------------------------------------
    (("Tỷ lệ đảng viên đăng ký học tập và làm theo (%)",), "reg_party_members_pct"),
    (("Số đảng viên đăng ký học tập và làm theo (%)",), "reg_party_members_pct"),
    (("Tỷ lệ đảng viên đăng ký (%)",), "reg_party_members_pct"),
    (("Tỷ lệ ĐV đăng ký (%)",), "reg_party_members_pct"),
    (("TỶ LỆ ĐẢNG VIÊN ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO",), "reg_party_members_pct"),
    (("Tỷ lệ đảng viên\nđăng ký học tập\nvà làm theo (%)",), "reg_party_members_pct"),
    (("Đảng viên đăng ký học tập và làm theo Bác (tỷ lệ %)",), "reg_party_members_pct"),
    (("Tỷ lệ (%) đảng viên đăng ký thực hiện",), "reg_party_members_pct"),
    (("Phần trăm đảng viên đăng ký học tập, làm theo",), "reg_party_members_pct"),
    (("% đảng viên đăng ký",), "reg_party_members_pct"),
    (("Tỷ lệ đảng viên đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (%)",),
     "reg_party_members_pct"),
    (("Tỷ lệ đảng viên đăng ký kế hoạch học tập và làm theo (%)",), "reg_party_members_pct"),
    (("Ty le dang vien dang ky (%)",), "reg_party_members_pct"),  # no diacritics
    # multi-level: a registration group over the population, or the population over "Tỷ lệ"
    (("Tỷ lệ đăng ký học tập và làm theo (%)", "Đảng viên"), "reg_party_members_pct"),
    (("Kết quả đăng ký", "Đảng viên", "Tỷ lệ (%)"), "reg_party_members_pct"),
    (("Đăng ký học tập và làm theo", "Đảng viên", "%"), "reg_party_members_pct"),
    (("Tỷ lệ đăng ký (%)", "ĐV"), "reg_party_members_pct"),
    (("Đảng viên đăng ký học tập và làm theo", "Tỷ lệ (%)"), "reg_party_members_pct"),
    (("TỶ LỆ ĐĂNG KÝ (%)", "ĐẢNG VIÊN"), "reg_party_members_pct"),

    # ---------------------------------------------------------------------------------------------
    # Registration of non-party civil servants and armed forces. Style: DOMAIN ("80% CCVC, LLVT không là
    # đảng viên"), seed 003 ("đối tượng công chức, viên chức và lực lượng vũ trang không phải là đảng viên
    # đăng ký thực hiện"), abbreviations CCVC, LLVT, ĐV from DOMAIN.
    # ---------------------------------------------------------------------------------------------
    (("Tỷ lệ CCVC, LLVT không là đảng viên đăng ký (%)",), "reg_civil_servants_pct"),
    (("Tỷ lệ CCVC, LLVT không phải là đảng viên đăng ký học tập và làm theo (%)",),
     "reg_civil_servants_pct"),
    (("Tỷ lệ công chức, viên chức, lực lượng vũ trang không là đảng viên đăng ký (%)",),
     "reg_civil_servants_pct"),
    (("Tỷ lệ đối tượng công chức, viên chức và lực lượng vũ trang không phải là đảng viên đăng ký thực hiện (%)",),
     "reg_civil_servants_pct"),
    (("CCVC, LLVT không là ĐV đăng ký (%)",), "reg_civil_servants_pct"),
    (("Tỷ lệ CCVC, LLVT ngoài Đảng đăng ký (%)",), "reg_civil_servants_pct"),
    (("TỶ LỆ CCVC, LLVT KHÔNG LÀ ĐẢNG VIÊN ĐĂNG KÝ",), "reg_civil_servants_pct"),
    (("Tỷ lệ CCVC, LLVT\n(không là đảng viên)\nđăng ký (%)",), "reg_civil_servants_pct"),
    (("Phần trăm CCVC, LLVT không phải đảng viên đăng ký",), "reg_civil_servants_pct"),
    (("Ty le CCVC, LLVT khong la dang vien dang ky (%)",), "reg_civil_servants_pct"),  # no diacritics
    # multi-level
    (("Tỷ lệ đăng ký học tập và làm theo (%)", "CCVC, LLVT không là đảng viên"), "reg_civil_servants_pct"),
    (("Kết quả đăng ký", "CCVC, LLVT không là ĐV", "Tỷ lệ (%)"), "reg_civil_servants_pct"),
    (("Đăng ký học tập và làm theo", "CCVC, LLVT không phải đảng viên", "%"), "reg_civil_servants_pct"),
    (("Tỷ lệ đăng ký (%)", "Công chức, viên chức, LLVT không là đảng viên"), "reg_civil_servants_pct"),

    # ---------------------------------------------------------------------------------------------
    # Registration of union/association members. Style: DOMAIN ("trên 40% đoàn viên, hội viên"; ĐVHV /
    # ĐV, HV), seed 003 ("đoàn viên, hội viên các đoàn thể ở ấp, khóm đăng ký học tập và làm theo").
    # ---------------------------------------------------------------------------------------------
    (("Tỷ lệ đoàn viên, hội viên đăng ký (%)",), "reg_union_members_pct"),
    (("Tỷ lệ đoàn viên, hội viên đăng ký học tập và làm theo (%)",), "reg_union_members_pct"),
    (("Tỷ lệ ĐVHV đăng ký (%)",), "reg_union_members_pct"),
    (("Tỷ lệ ĐV, HV đăng ký (%)",), "reg_union_members_pct"),
    (("Đoàn viên, hội viên đăng ký học tập và làm theo Bác (%)",), "reg_union_members_pct"),
    (("Tỷ lệ đoàn viên, hội viên các đoàn thể đăng ký (%)",), "reg_union_members_pct"),
    (("Tỷ lệ hội viên, đoàn viên đăng ký (%)",), "reg_union_members_pct"),
    (("TỶ LỆ ĐOÀN VIÊN, HỘI VIÊN ĐĂNG KÝ",), "reg_union_members_pct"),
    (("Tỷ lệ đoàn viên, hội viên\nđăng ký học tập và làm theo\n(%)",), "reg_union_members_pct"),
    (("Tỷ lệ đoàn viên, hội viên ở ấp, khóm đăng ký thực hiện (%)",), "reg_union_members_pct"),
    (("Phần trăm đoàn viên, hội viên đăng ký",), "reg_union_members_pct"),
    # multi-level (same groups as the party-member entries above: the child decides)
    (("Tỷ lệ đăng ký học tập và làm theo (%)", "Đoàn viên, hội viên"), "reg_union_members_pct"),
    (("Kết quả đăng ký", "Đoàn viên, hội viên", "Tỷ lệ (%)"), "reg_union_members_pct"),
    (("Tỷ lệ đăng ký (%)", "ĐVHV"), "reg_union_members_pct"),
    (("Đăng ký học tập và làm theo", "ĐV, HV", "%"), "reg_union_members_pct"),
    (("TỶ LỆ ĐĂNG KÝ (%)", "ĐOÀN VIÊN, HỘI VIÊN"), "reg_union_members_pct"),

    # ---------------------------------------------------------------------------------------------
    # Plans and guidance issued. Style: DOMAIN "Plans and party cells" ("8 kế hoạch, hướng dẫn"),
    # "Reports sent as Word" ("ban hành 08 kế hoạch, hướng dẫn"), seed 003 ("Ban Thường vụ Huyện ủy đã ban
    # hành 8 kế hoạch, hướng dẫn").
    # ---------------------------------------------------------------------------------------------
    (("Số kế hoạch, hướng dẫn ban hành",), "plans_issued"),
    (("Số kế hoạch, hướng dẫn đã ban hành",), "plans_issued"),
    (("Kế hoạch, hướng dẫn ban hành",), "plans_issued"),
    (("Số kế hoạch, hướng dẫn được ban hành",), "plans_issued"),
    (("SỐ KẾ HOẠCH, HƯỚNG DẪN BAN HÀNH",), "plans_issued"),
    (("Số kế hoạch, hướng dẫn\nđã ban hành",), "plans_issued"),
    (("Ban hành kế hoạch, hướng dẫn (số văn bản)",), "plans_issued"),
    (("Số kế hoạch, hướng dẫn thực hiện Kết luận 01-KL/TW",), "plans_issued"),
    (("So ke hoach, huong dan ban hanh",), "plans_issued"),  # no diacritics
    # multi-level
    (("Lãnh đạo, chỉ đạo", "Số kế hoạch, hướng dẫn ban hành"), "plans_issued"),
    (("Công tác lãnh đạo, chỉ đạo", "Kế hoạch, hướng dẫn đã ban hành"), "plans_issued"),
    (("Văn bản ban hành", "Kế hoạch, hướng dẫn"), "plans_issued"),

    # ---------------------------------------------------------------------------------------------
    # Party cells that completed directing members' plans (rate). Style: label in "Canonical metrics",
    # seed 003 ("26 chi bộ ngành huyện; 220 chi bộ ... hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch").
    # ---------------------------------------------------------------------------------------------
    (("Tỷ lệ chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch (%)",), "party_cells_plans_pct"),
    (("Tỷ lệ chi bộ hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch",), "party_cells_plans_pct"),
    (("Tỷ lệ chi bộ đã chỉ đạo ĐV xây dựng kế hoạch học tập và làm theo (%)",), "party_cells_plans_pct"),
    (("Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch (%)",), "party_cells_plans_pct"),
    (("TỶ LỆ CHI BỘ HOÀN THÀNH CHỈ ĐẠO ĐẢNG VIÊN XÂY DỰNG KẾ HOẠCH",), "party_cells_plans_pct"),
    (("Tỷ lệ chi bộ hoàn thành\nchỉ đạo đảng viên\nxây dựng kế hoạch (%)",), "party_cells_plans_pct"),
    (("Phần trăm chi bộ hoàn thành chỉ đạo ĐV xây dựng kế hoạch",), "party_cells_plans_pct"),
    # multi-level ("Tỷ lệ (%)" again, under a different group than registration / replication)
    (("Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Tỷ lệ (%)"), "party_cells_plans_pct"),
    (("Chỉ đạo đảng viên xây dựng kế hoạch", "Chi bộ hoàn thành", "Tỷ lệ (%)"), "party_cells_plans_pct"),
    (("Chi bộ chỉ đạo ĐV xây dựng kế hoạch học tập và làm theo", "%"), "party_cells_plans_pct"),

    # ---------------------------------------------------------------------------------------------
    # Total models. Style: DOMAIN "Models" ("mô hình học tập và làm theo Bác", "mô hình hay, cách làm hiệu
    # quả"; count word "MH" in "Counts with their count word"), seed 003 ("duy trì và đăng ký thực hiện 96
    # mô hình, trong đó có ...").
    # ---------------------------------------------------------------------------------------------
    (("Tổng số mô hình",), "models_total"),
    (("Tổng số mô hình học tập và làm theo Bác",), "models_total"),
    (("Số mô hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",), "models_total"),
    (("Tổng số mô hình đăng ký thực hiện",), "models_total"),
    (("Số mô hình duy trì và đăng ký thực hiện",), "models_total"),
    (("TỔNG SỐ MÔ HÌNH",), "models_total"),
    (("Tổng số MH",), "models_total"),
    (("Tổng số mô hình hay, cách làm hiệu quả",), "models_total"),
    (("Tổng số\nmô hình",), "models_total"),
    # multi-level
    (("Mô hình", "Tổng số"), "models_total"),
    (("Mô hình học tập và làm theo Bác", "Tổng số"), "models_total"),
    (("Số mô hình", "Tổng"), "models_total"),
    (("Mô hình hay, cách làm hiệu quả", "Tổng số mô hình"), "models_total"),

    # ---------------------------------------------------------------------------------------------
    # Collective models. Style: DOMAIN "Models" (tập thể vs cá nhân), "What real spreadsheets look like"
    # ("Mô hình" over "Tập thể"), seed 003 ("65 mô hình tập thể"), transposed "Chia ra".
    # ---------------------------------------------------------------------------------------------
    (("Mô hình tập thể",), "models_collective"),
    (("Số mô hình tập thể",), "models_collective"),
    (("MÔ HÌNH TẬP THỂ",), "models_collective"),
    (("MH tập thể",), "models_collective"),
    (("Mô hình\ntập thể",), "models_collective"),
    (("Số mô hình do tập thể thực hiện",), "models_collective"),
    (("Mo hinh tap the",), "models_collective"),  # no diacritics
    # multi-level
    (("Mô hình", "Tập thể"), "models_collective"),
    (("Mô hình học tập và làm theo Bác", "Tập thể"), "models_collective"),
    (("Số mô hình", "Trong đó", "Tập thể"), "models_collective"),
    (("Mô hình", "Chia ra", "Tập thể"), "models_collective"),
    (("MÔ HÌNH", "TẬP THỂ"), "models_collective"),
    (("Tổng số mô hình", "Trong đó", "Mô hình tập thể"), "models_collective"),

    # ---------------------------------------------------------------------------------------------
    # Individual models. Same sources as collective models (seed 003: "31 mô hình cá nhân").
    # ---------------------------------------------------------------------------------------------
    (("Mô hình cá nhân",), "models_individual"),
    (("Số mô hình cá nhân",), "models_individual"),
    (("MÔ HÌNH CÁ NHÂN",), "models_individual"),
    (("MH cá nhân",), "models_individual"),
    (("Mô hình\ncá nhân",), "models_individual"),
    (("Số mô hình do cá nhân thực hiện",), "models_individual"),
    (("Mo hinh ca nhan",), "models_individual"),  # no diacritics
    # multi-level
    (("Mô hình", "Cá nhân"), "models_individual"),
    (("Mô hình học tập và làm theo Bác", "Cá nhân"), "models_individual"),
    (("Số mô hình", "Trong đó", "Cá nhân"), "models_individual"),
    (("Mô hình", "Chia ra", "Cá nhân"), "models_individual"),
    (("MÔ HÌNH", "CÁ NHÂN"), "models_individual"),
    (("Tổng số mô hình", "Trong đó", "Mô hình cá nhân"), "models_individual"),

    # ---------------------------------------------------------------------------------------------
    # New models. Style: DOMAIN "Models" ("new (mô hình mới)"), seed 003 ("có 15 mô hình mới"), seed 004
    # ("xây dựng các mô hình mới thiết thực").
    # ---------------------------------------------------------------------------------------------
    (("Mô hình mới",), "models_new"),
    (("Số mô hình mới",), "models_new"),
    (("Mô hình mới xây dựng",), "models_new"),
    (("Số mô hình xây dựng mới",), "models_new"),
    (("MÔ HÌNH MỚI",), "models_new"),
    (("Số mô hình mới đăng ký",), "models_new"),
    (("Mô hình\nmới",), "models_new"),
    # multi-level
    (("Mô hình", "Mới"), "models_new"),
    (("Mô hình", "Trong đó", "Mô hình mới"), "models_new"),
    (("Số mô hình", "Xây dựng mới"), "models_new"),
    (("Mô hình học tập và làm theo Bác", "Mô hình mới"), "models_new"),

    # ---------------------------------------------------------------------------------------------
    # Pilot models chosen by the district. Style: DOMAIN "Models" ("pilot models (mô hình điểm) chosen by
    # the district"), seeds 000 and 001 ("3 mô hình điểm cấp huyện").
    # ---------------------------------------------------------------------------------------------
    (("Mô hình điểm",), "models_pilot"),
    (("Số mô hình điểm",), "models_pilot"),
    (("Mô hình điểm cấp huyện",), "models_pilot"),
    (("Số mô hình điểm cấp huyện",), "models_pilot"),
    (("MÔ HÌNH ĐIỂM",), "models_pilot"),
    (("Số mô hình điểm do Huyện ủy chỉ đạo xây dựng",), "models_pilot"),
    (("Mô hình\nđiểm",), "models_pilot"),
    # multi-level
    (("Mô hình", "Mô hình điểm"), "models_pilot"),
    (("Số mô hình", "Trong đó", "Mô hình điểm"), "models_pilot"),
    (("Mô hình điểm cấp huyện", "Số lượng"), "models_pilot"),

    # ---------------------------------------------------------------------------------------------
    # Share of units that replicated a model. Style: DOMAIN "Models" ("nhân rộng ... ở 17/17 xã, thị trấn"),
    # seed 001 ("nhân rộng mô hình ... ở 17/17 xã, thị trấn"). Always with "mô hình" (seeds also say
    # "nhân rộng những điển hình", which is not this metric) and always as a rate.
    # ---------------------------------------------------------------------------------------------
    (("Tỷ lệ đơn vị nhân rộng mô hình (%)",), "model_replication_pct"),
    (("Tỷ lệ đơn vị đã nhân rộng mô hình",), "model_replication_pct"),
    (("Tỷ lệ xã, thị trấn nhân rộng mô hình (%)",), "model_replication_pct"),
    (("TỶ LỆ ĐƠN VỊ NHÂN RỘNG MÔ HÌNH",), "model_replication_pct"),
    (("Nhân rộng mô hình (tỷ lệ % đơn vị)",), "model_replication_pct"),
    (("Tỷ lệ đơn vị\nnhân rộng mô hình (%)",), "model_replication_pct"),
    (("Phần trăm đơn vị nhân rộng mô hình",), "model_replication_pct"),
    # multi-level
    (("Nhân rộng mô hình", "Tỷ lệ (%)"), "model_replication_pct"),
    (("Nhân rộng mô hình", "Tỷ lệ đơn vị (%)"), "model_replication_pct"),
    (("Kết quả nhân rộng mô hình", "Tỷ lệ đơn vị thực hiện (%)"), "model_replication_pct"),
    (("Đơn vị nhân rộng mô hình", "%"), "model_replication_pct"),

    # ---------------------------------------------------------------------------------------------
    # Collectives commended (given by the reporting committee). Style: DOMAIN "Commendations" ("khen thưởng
    # 20 tập thể"), "Given and proposed side by side" ("Huyện ủy khen thưởng" over "Tập thể | Cá nhân"),
    # seed 004 ("khen thưởng 20 tập thể và 52 cá nhân tiêu biểu"), seeds 000/004 ("biểu dương, khen thưởng"),
    # DOMAIN "uỷ"/"ủy" tone placement.
    # ---------------------------------------------------------------------------------------------
    (("Tập thể được khen thưởng",), "commend_collective"),
    (("Số tập thể được khen thưởng",), "commend_collective"),
    (("Khen thưởng tập thể",), "commend_collective"),
    (("Tập thể tiêu biểu được khen thưởng",), "commend_collective"),
    (("TẬP THỂ ĐƯỢC KHEN THƯỞNG",), "commend_collective"),
    (("Số tập thể được biểu dương, khen thưởng",), "commend_collective"),
    (("Tập thể được Huyện ủy khen thưởng",), "commend_collective"),
    (("Tập thể được\nkhen thưởng",), "commend_collective"),
    # multi-level
    (("Khen thưởng", "Tập thể"), "commend_collective"),
    (("Huyện ủy khen thưởng", "Tập thể"), "commend_collective"),
    (("Huyện uỷ khen thưởng", "Tập thể"), "commend_collective"),
    (("Ban Thường vụ Huyện ủy khen thưởng", "Tập thể"), "commend_collective"),
    (("Biểu dương, khen thưởng", "Tập thể"), "commend_collective"),
    (("Kết quả khen thưởng", "Được khen thưởng", "Tập thể"), "commend_collective"),
    (("KHEN THƯỞNG", "TẬP THỂ"), "commend_collective"),

    # ---------------------------------------------------------------------------------------------
    # Individuals commended. Same sources (seed 004: "52 cá nhân tiêu biểu").
    # ---------------------------------------------------------------------------------------------
    (("Cá nhân được khen thưởng",), "commend_individual"),
    (("Số cá nhân được khen thưởng",), "commend_individual"),
    (("Khen thưởng cá nhân",), "commend_individual"),
    (("Cá nhân tiêu biểu được khen thưởng",), "commend_individual"),
    (("CÁ NHÂN ĐƯỢC KHEN THƯỞNG",), "commend_individual"),
    (("Số cá nhân được biểu dương, khen thưởng",), "commend_individual"),
    (("Cá nhân được Huyện ủy khen thưởng",), "commend_individual"),
    (("Cá nhân được\nkhen thưởng",), "commend_individual"),
    (("Ca nhan duoc khen thuong",), "commend_individual"),  # no diacritics
    # multi-level
    (("Khen thưởng", "Cá nhân"), "commend_individual"),
    (("Huyện ủy khen thưởng", "Cá nhân"), "commend_individual"),
    (("Huyện uỷ khen thưởng", "Cá nhân"), "commend_individual"),
    (("Ban Thường vụ Huyện ủy khen thưởng", "Cá nhân"), "commend_individual"),
    (("Biểu dương, khen thưởng", "Cá nhân"), "commend_individual"),
    (("Kết quả khen thưởng", "Được khen thưởng", "Cá nhân"), "commend_individual"),
    (("KHEN THƯỞNG", "CÁ NHÂN"), "commend_individual"),

    # ---------------------------------------------------------------------------------------------
    # Collectives proposed to the level above. Style: DOMAIN "Commendations" ("đề nghị Tỉnh biểu dương,
    # khen thưởng 01 tập thể"), "Given and proposed side by side" ("Đề nghị Tỉnh ủy / cấp trên khen
    # thưởng"), "Reports sent as Word" ("đề nghị Tỉnh ủy khen thưởng 01 tập thể"). A commune's own report
    # proposes to the Huyện ủy, which is its level above.
    # ---------------------------------------------------------------------------------------------
    (("Tập thể đề nghị cấp trên khen thưởng",), "commend_proposed_collective"),
    (("Số tập thể đề nghị cấp trên khen thưởng",), "commend_proposed_collective"),
    (("Tập thể được đề nghị khen thưởng",), "commend_proposed_collective"),
    (("Tập thể đề nghị Tỉnh ủy khen thưởng",), "commend_proposed_collective"),
    (("Tập thể đề nghị Tỉnh biểu dương, khen thưởng",), "commend_proposed_collective"),
    (("Đề nghị khen thưởng tập thể",), "commend_proposed_collective"),
    (("Tập thể đề nghị khen",), "commend_proposed_collective"),
    (("TẬP THỂ ĐỀ NGHỊ CẤP TRÊN KHEN THƯỞNG",), "commend_proposed_collective"),
    (("Đề nghị cấp trên\nkhen thưởng tập thể",), "commend_proposed_collective"),
    # multi-level (same "Tập thể" child as the given commendations and the models)
    (("Đề nghị cấp trên khen thưởng", "Tập thể"), "commend_proposed_collective"),
    (("Đề nghị Tỉnh ủy khen thưởng", "Tập thể"), "commend_proposed_collective"),
    (("Đề nghị Tỉnh uỷ / cấp trên khen thưởng", "Tập thể"), "commend_proposed_collective"),
    (("Khen thưởng", "Đề nghị cấp trên", "Tập thể"), "commend_proposed_collective"),
    (("Đề nghị Tỉnh biểu dương, khen thưởng", "Tập thể"), "commend_proposed_collective"),
    (("Đề nghị khen thưởng", "Tập thể"), "commend_proposed_collective"),
    (("Đề nghị Huyện ủy khen thưởng", "Tập thể"), "commend_proposed_collective"),

    # ---------------------------------------------------------------------------------------------
    # Individuals proposed to the level above. Same sources ("... và 02 cá nhân").
    # ---------------------------------------------------------------------------------------------
    (("Cá nhân đề nghị cấp trên khen thưởng",), "commend_proposed_individual"),
    (("Số cá nhân đề nghị cấp trên khen thưởng",), "commend_proposed_individual"),
    (("Cá nhân được đề nghị khen thưởng",), "commend_proposed_individual"),
    (("Cá nhân đề nghị Tỉnh ủy khen thưởng",), "commend_proposed_individual"),
    (("Cá nhân đề nghị Tỉnh biểu dương, khen thưởng",), "commend_proposed_individual"),
    (("Đề nghị khen thưởng cá nhân",), "commend_proposed_individual"),
    (("Cá nhân đề nghị khen",), "commend_proposed_individual"),
    (("CÁ NHÂN ĐỀ NGHỊ CẤP TRÊN KHEN THƯỞNG",), "commend_proposed_individual"),
    (("Đề nghị cấp trên\nkhen thưởng cá nhân",), "commend_proposed_individual"),
    # multi-level
    (("Đề nghị cấp trên khen thưởng", "Cá nhân"), "commend_proposed_individual"),
    (("Đề nghị Tỉnh ủy khen thưởng", "Cá nhân"), "commend_proposed_individual"),
    (("Đề nghị Tỉnh uỷ / cấp trên khen thưởng", "Cá nhân"), "commend_proposed_individual"),
    (("Khen thưởng", "Đề nghị cấp trên", "Cá nhân"), "commend_proposed_individual"),
    (("Đề nghị Tỉnh biểu dương, khen thưởng", "Cá nhân"), "commend_proposed_individual"),
    (("Đề nghị khen thưởng", "Cá nhân"), "commend_proposed_individual"),
    (("Đề nghị Huyện ủy khen thưởng", "Cá nhân"), "commend_proposed_individual"),

    # ---------------------------------------------------------------------------------------------
    # Propaganda articles (the generic "tin, bài", and those in the district bulletin). Style: DOMAIN
    # "Propaganda output" ("24 tin, bài"), seed 003 ("những bài viết đưa vào Tờ Thông tin Cầu Ngang ...
    # đã đăng tải được 24 tin, bài").
    # ---------------------------------------------------------------------------------------------
    (("Số tin, bài tuyên truyền",), "propaganda_articles"),
    (("Tin, bài tuyên truyền",), "propaganda_articles"),
    (("Số tin, bài tuyên truyền học tập và làm theo Bác",), "propaganda_articles"),
    (("SỐ TIN, BÀI TUYÊN TRUYỀN",), "propaganda_articles"),
    (("Số tin, bài đăng trên Tờ Thông tin huyện",), "propaganda_articles"),
    (("Số tin, bài tuyên truyền gương người tốt, việc tốt",), "propaganda_articles"),
    (("Tin, bài\ntuyên truyền",), "propaganda_articles"),
    (("So tin, bai tuyen truyen",), "propaganda_articles"),  # no diacritics
    # multi-level (the same "Số tin, bài" group over three different channels below)
    (("Tuyên truyền", "Tin, bài"), "propaganda_articles"),
    (("Công tác tuyên truyền", "Số tin, bài"), "propaganda_articles"),
    (("Công tác tuyên truyền", "Số tin, bài", "Tờ Thông tin huyện"), "propaganda_articles"),
    (("Tuyên truyền trên Tờ Thông tin", "Số tin, bài"), "propaganda_articles"),
    (("Số tin, bài tuyên truyền", "Tờ Thông tin huyện"), "propaganda_articles"),
    (("Tuyên truyền", "Số tin, bài đã đăng tải"), "propaganda_articles"),

    # ---------------------------------------------------------------------------------------------
    # Radio bulletins and articles. Style: DOMAIN "Propaganda output" ("55 bản tin, 25 bài viết") and the
    # label in "Canonical metrics", seed 003 ("Đài Truyền thanh huyện, Trạm Truyền thanh các xã, thị trấn
    # đã phát 55 bản tin, 25 bài viết"; "hệ thống loa phát thanh"), seed 004 ("phát sóng chuyên đề, các bài
    # viết phóng sự" by the district's Truyền thanh centre).
    # ---------------------------------------------------------------------------------------------
    (("Số bản tin, bài viết phát trên hệ thống truyền thanh",), "propaganda_broadcasts"),
    (("Bản tin, bài viết phát trên hệ thống truyền thanh",), "propaganda_broadcasts"),
    (("Số bản tin, bài viết phát trên Đài Truyền thanh huyện, Trạm Truyền thanh xã",),
     "propaganda_broadcasts"),
    (("Tin, bài phát trên hệ thống loa phát thanh",), "propaganda_broadcasts"),
    (("Số tin, bài phát trên đài truyền thanh",), "propaganda_broadcasts"),
    (("Bản tin, phóng sự phát trên đài truyền thanh",), "propaganda_broadcasts"),
    (("SỐ BẢN TIN, BÀI VIẾT PHÁT TRÊN HỆ THỐNG TRUYỀN THANH",), "propaganda_broadcasts"),
    (("Số tin, bài phát thanh",), "propaganda_broadcasts"),
    (("Bản tin, bài viết\nphát trên truyền thanh",), "propaganda_broadcasts"),
    # multi-level
    (("Tuyên truyền", "Hệ thống truyền thanh"), "propaganda_broadcasts"),
    (("Tuyên truyền trên hệ thống truyền thanh", "Bản tin, bài viết"), "propaganda_broadcasts"),
    (("Công tác tuyên truyền", "Số tin, bài", "Hệ thống truyền thanh"), "propaganda_broadcasts"),
    (("Số tin, bài tuyên truyền", "Đài truyền thanh"), "propaganda_broadcasts"),
    (("Tuyên truyền", "Loa phát thanh (bản tin, bài viết)"), "propaganda_broadcasts"),

    # ---------------------------------------------------------------------------------------------
    # Items posted and shared on social networks. Style: label in "Canonical metrics", DOMAIN ("items shared
    # online (trên 100 tin, bài)"), seed 003 ("tuyên truyền trên các trang, nhóm mạng xã hội Facebook, Zalo
    # ... đăng tải và chia sẻ ... trên 100 tin, bài").
    # ---------------------------------------------------------------------------------------------
    (("Số tin, bài đăng và chia sẻ trên mạng xã hội",), "propaganda_social_posts"),
    (("Tin, bài chia sẻ trên mạng xã hội",), "propaganda_social_posts"),
    (("Số tin, bài đăng, chia sẻ trên Facebook, Zalo",), "propaganda_social_posts"),
    (("Tin, bài đăng tải và chia sẻ trên các trang, nhóm mạng xã hội",), "propaganda_social_posts"),
    (("SỐ TIN, BÀI ĐĂNG VÀ CHIA SẺ TRÊN MẠNG XÃ HỘI",), "propaganda_social_posts"),
    (("Số tin, bài chia sẻ trên trang Facebook, nhóm Zalo của cơ quan, đơn vị",), "propaganda_social_posts"),
    (("Tin, bài\nđăng, chia sẻ\ntrên mạng xã hội",), "propaganda_social_posts"),
    # multi-level
    (("Tuyên truyền", "Mạng xã hội"), "propaganda_social_posts"),
    (("Tuyên truyền trên mạng xã hội", "Số tin, bài"), "propaganda_social_posts"),
    (("Công tác tuyên truyền", "Số tin, bài", "Mạng xã hội"), "propaganda_social_posts"),
    (("Số tin, bài tuyên truyền", "Đăng, chia sẻ trên mạng xã hội"), "propaganda_social_posts"),
    (("Tuyên truyền", "Facebook, Zalo"), "propaganda_social_posts"),

    # ---------------------------------------------------------------------------------------------
    # Not a figure of any of the 18 metrics. Style: DOMAIN "What real spreadsheets look like" (STT, TT,
    # unit column, "Ghi chú"), "A unit's own report, vertical" ("Nội dung", "Đơn vị tính"), registers of
    # models and commendations (name, host unit, field, form giấy khen / bằng khen), "Models appraisal"
    # (the three contents, the exemplary individual, the appraisal step), and facts a report carries that
    # the catalogue does not measure. Several sit under a metric's group on purpose.
    # ---------------------------------------------------------------------------------------------
    (("STT",), None),
    (("TT",), None),
    (("Số thứ tự",), None),
    (("Tên đơn vị",), None),
    (("Đơn vị",), None),
    (("Xã, thị trấn",), None),
    (("Mã đơn vị",), None),
    (("Ghi chú",), None),
    (("Nội dung",), None),
    (("Đơn vị tính",), None),
    (("Dân số (người)",), None),
    (("Số hộ",), None),
    (("Số hộ nghèo",), None),
    (("Diện tích tự nhiên (ha)",), None),
    (("Số đảng viên mới kết nạp",), None),
    (("Số chi bộ trong sạch vững mạnh",), None),
    (("Xếp loại",), None),
    (("Năm",), None),
    (("Ngày báo cáo",), None),
    (("Tên mô hình",), None),
    (("Lĩnh vực",), None),
    (("Đơn vị thực hiện",), None),
    (("Hình thức khen thưởng",), None),
    (("Tên tập thể, cá nhân được khen thưởng",), None),
    (("Họ và tên",), None),
    (("Chức vụ",), None),
    (("Họ tên cá nhân điển hình",), None),
    (("Kinh phí thực hiện (triệu đồng)",), None),
    # multi-level None: text columns under a metric's group
    (("Mô hình", "Tên mô hình"), None),
    (("Mô hình", "Lĩnh vực"), None),
    (("Mô hình", "Đơn vị chủ trì"), None),
    (("Khen thưởng", "Hình thức"), None),
    (("Khen thưởng", "Cấp khen"), None),
    (("Nội dung mô hình", "Học tập Bác"), None),
    (("Nội dung mô hình", "Nêu gương"), None),
    (("Thẩm định mô hình", "Ngày thẩm định"), None),
    (("Thông tin chung", "Dân số"), None),
    (("Xếp loại chất lượng tổ chức đảng", "Hoàn thành xuất sắc nhiệm vụ"), None),
]

# Left out on purpose (an official could read them two ways, or DOMAIN does not support the meaning):
# - "Tỷ lệ CBĐV đăng ký (%)": CBĐV = cán bộ, đảng viên; "cán bộ" may include non-party staff.
# - "Tỷ lệ CCVC, LLVT đăng ký (%)" without "không là đảng viên": may count party members among CCVC.
# - "Tỷ lệ hội viên đăng ký (%)" alone: only part of "đoàn viên, hội viên".
# - "Số KH, HD ban hành", "MXH": abbreviations not in DOMAIN.md.
# - "Văn bản chỉ đạo", "Số kế hoạch ban hành" (without "hướng dẫn"): wider or narrower than the metric.
# - "Mô hình thí điểm": DOMAIN names the pilot model "mô hình điểm" only; "thí điểm" is a trial.
# - ("Mô hình", "Điểm"): "Điểm" may be an appraisal score.
# - "Tỷ lệ mô hình được nhân rộng (%)": a share of models, not of units.
# - "Nhân rộng (17/17)", "Số đơn vị nhân rộng": a ratio or count, not clearly the rate.
# - "Mô hình duy trì": neither total nor new.
# - "Tuyên dương" alone, "Tập thể được tặng Giấy khen / Bằng khen", "Tập thể được Tỉnh ủy khen thưởng":
#   not in DOMAIN, or a subset (a form), or given by the level above (neither given by the district nor
#   proposed by it).
# - ("Khen thưởng", "Tổng số"), "Tập thể, cá nhân được khen thưởng": a sum of two metrics.
# - "Tin, bài trên trang thông tin điện tử", "Bản tin Huyện ủy", "Bài viết", "Phóng sự" alone,
#   "Tin, bài trên không gian mạng": channel unclear between bulletin, website, radio and social networks.
# - "Số lượng", "Tỷ lệ (%)", "Tổng cộng" alone: value columns of a vertical report, not one metric or none.
