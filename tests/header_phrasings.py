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
PHRASINGS is a list of (header_levels, metric_code_or_None), written grouped by metric (`meant`). header_levels is
one column's header as it appears in a sheet, from the top (merged) group header down to the cell right above the
data. The code is the one metric a Vietnamese party official would agree the column holds; None means the column
is not a figure of any of the 18 metrics (STT, unit names, notes, population, model names...).

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


def meant(metric: str | None, *headers: str | tuple[str, ...]) -> list[tuple[tuple[str, ...], str | None]]:
    """Entries of PHRASINGS: each header (a string for a one-level header) with the metric it means."""
    return [((h,) if isinstance(h, str) else h, metric) for h in headers]


PHRASINGS: list[tuple[tuple[str, ...], str | None]] = [
    # ---------------------------------------------------------------------------------------------
    # Registration of party members. Style: DOMAIN "Registration" ("trên 98% đảng viên"), the label in
    # "Canonical metrics", seed 003 ("đảng viên ... đăng ký thực hiện"), DOMAIN abbreviation ĐV,
    # "Tỷ lệ ... đăng ký (%)" group over "Đảng viên" from "What real spreadsheets look like".
    # ---------------------------------------------------------------------------------------------
    *meant("reg_party_members_pct",
        "Tỷ lệ đảng viên đăng ký học tập và làm theo (%)",
        "Số đảng viên đăng ký học tập và làm theo (%)",
        "Tỷ lệ đảng viên đăng ký (%)",
        "Tỷ lệ ĐV đăng ký (%)",
        "TỶ LỆ ĐẢNG VIÊN ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO",
        "Tỷ lệ đảng viên\nđăng ký học tập\nvà làm theo (%)",
        "Đảng viên đăng ký học tập và làm theo Bác (tỷ lệ %)",
        "Tỷ lệ (%) đảng viên đăng ký thực hiện",
        "Phần trăm đảng viên đăng ký học tập, làm theo",
        "% đảng viên đăng ký",
        "Tỷ lệ đảng viên đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (%)",
        "Tỷ lệ đảng viên đăng ký kế hoạch học tập và làm theo (%)",
        "Ty le dang vien dang ky (%)",  # no diacritics
        # multi-level: a registration group over the population, or the population over "Tỷ lệ"
        ("Tỷ lệ đăng ký học tập và làm theo (%)", "Đảng viên"),
        ("Kết quả đăng ký", "Đảng viên", "Tỷ lệ (%)"),
        ("Đăng ký học tập và làm theo", "Đảng viên", "%"),
        ("Tỷ lệ đăng ký (%)", "ĐV"),
        ("Đảng viên đăng ký học tập và làm theo", "Tỷ lệ (%)"),
        ("TỶ LỆ ĐĂNG KÝ (%)", "ĐẢNG VIÊN"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Registration of non-party civil servants and armed forces. Style: DOMAIN ("80% CCVC, LLVT không là
    # đảng viên"), seed 003 ("đối tượng công chức, viên chức và lực lượng vũ trang không phải là đảng viên
    # đăng ký thực hiện"), abbreviations CCVC, LLVT, ĐV from DOMAIN.
    # ---------------------------------------------------------------------------------------------
    *meant("reg_civil_servants_pct",
        "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký (%)",
        "Tỷ lệ CCVC, LLVT không phải là đảng viên đăng ký học tập và làm theo (%)",
        "Tỷ lệ công chức, viên chức, lực lượng vũ trang không là đảng viên đăng ký (%)",
        "Tỷ lệ đối tượng công chức, viên chức và lực lượng vũ trang không phải là đảng viên đăng ký thực hiện (%)",
        "CCVC, LLVT không là ĐV đăng ký (%)",
        "Tỷ lệ CCVC, LLVT ngoài Đảng đăng ký (%)",
        "TỶ LỆ CCVC, LLVT KHÔNG LÀ ĐẢNG VIÊN ĐĂNG KÝ",
        "Tỷ lệ CCVC, LLVT\n(không là đảng viên)\nđăng ký (%)",
        "Phần trăm CCVC, LLVT không phải đảng viên đăng ký",
        "Ty le CCVC, LLVT khong la dang vien dang ky (%)",  # no diacritics
        # multi-level
        ("Tỷ lệ đăng ký học tập và làm theo (%)", "CCVC, LLVT không là đảng viên"),
        ("Kết quả đăng ký", "CCVC, LLVT không là ĐV", "Tỷ lệ (%)"),
        ("Đăng ký học tập và làm theo", "CCVC, LLVT không phải đảng viên", "%"),
        ("Tỷ lệ đăng ký (%)", "Công chức, viên chức, LLVT không là đảng viên"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Registration of union/association members. Style: DOMAIN ("trên 40% đoàn viên, hội viên"; ĐVHV /
    # ĐV, HV), seed 003 ("đoàn viên, hội viên các đoàn thể ở ấp, khóm đăng ký học tập và làm theo").
    # ---------------------------------------------------------------------------------------------
    *meant("reg_union_members_pct",
        "Tỷ lệ đoàn viên, hội viên đăng ký (%)",
        "Tỷ lệ đoàn viên, hội viên đăng ký học tập và làm theo (%)",
        "Tỷ lệ ĐVHV đăng ký (%)",
        "Tỷ lệ ĐV, HV đăng ký (%)",
        "Đoàn viên, hội viên đăng ký học tập và làm theo Bác (%)",
        "Tỷ lệ đoàn viên, hội viên các đoàn thể đăng ký (%)",
        "Tỷ lệ hội viên, đoàn viên đăng ký (%)",
        "TỶ LỆ ĐOÀN VIÊN, HỘI VIÊN ĐĂNG KÝ",
        "Tỷ lệ đoàn viên, hội viên\nđăng ký học tập và làm theo\n(%)",
        "Tỷ lệ đoàn viên, hội viên ở ấp, khóm đăng ký thực hiện (%)",
        "Phần trăm đoàn viên, hội viên đăng ký",
        # multi-level (same groups as the party-member entries above: the child decides)
        ("Tỷ lệ đăng ký học tập và làm theo (%)", "Đoàn viên, hội viên"),
        ("Kết quả đăng ký", "Đoàn viên, hội viên", "Tỷ lệ (%)"),
        ("Tỷ lệ đăng ký (%)", "ĐVHV"),
        ("Đăng ký học tập và làm theo", "ĐV, HV", "%"),
        ("TỶ LỆ ĐĂNG KÝ (%)", "ĐOÀN VIÊN, HỘI VIÊN"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Plans and guidance issued. Style: DOMAIN "Plans and party cells" ("8 kế hoạch, hướng dẫn"),
    # "Reports sent as Word" ("ban hành 08 kế hoạch, hướng dẫn"), seed 003 ("Ban Thường vụ Huyện ủy đã ban
    # hành 8 kế hoạch, hướng dẫn").
    # ---------------------------------------------------------------------------------------------
    *meant("plans_issued",
        "Số kế hoạch, hướng dẫn ban hành",
        "Số kế hoạch, hướng dẫn đã ban hành",
        "Kế hoạch, hướng dẫn ban hành",
        "Số kế hoạch, hướng dẫn được ban hành",
        "SỐ KẾ HOẠCH, HƯỚNG DẪN BAN HÀNH",
        "Số kế hoạch, hướng dẫn\nđã ban hành",
        "Ban hành kế hoạch, hướng dẫn (số văn bản)",
        "Số kế hoạch, hướng dẫn thực hiện Kết luận 01-KL/TW",
        "So ke hoach, huong dan ban hanh",  # no diacritics
        # multi-level
        ("Lãnh đạo, chỉ đạo", "Số kế hoạch, hướng dẫn ban hành"),
        ("Công tác lãnh đạo, chỉ đạo", "Kế hoạch, hướng dẫn đã ban hành"),
        ("Văn bản ban hành", "Kế hoạch, hướng dẫn"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Party cells that completed directing members' plans (rate). Style: label in "Canonical metrics",
    # seed 003 ("26 chi bộ ngành huyện; 220 chi bộ ... hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch").
    # ---------------------------------------------------------------------------------------------
    *meant("party_cells_plans_pct",
        "Tỷ lệ chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch (%)",
        "Tỷ lệ chi bộ hoàn thành việc chỉ đạo đảng viên xây dựng kế hoạch",
        "Tỷ lệ chi bộ đã chỉ đạo ĐV xây dựng kế hoạch học tập và làm theo (%)",
        "Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch (%)",
        "TỶ LỆ CHI BỘ HOÀN THÀNH CHỈ ĐẠO ĐẢNG VIÊN XÂY DỰNG KẾ HOẠCH",
        "Tỷ lệ chi bộ hoàn thành\nchỉ đạo đảng viên\nxây dựng kế hoạch (%)",
        "Phần trăm chi bộ hoàn thành chỉ đạo ĐV xây dựng kế hoạch",
        # multi-level ("Tỷ lệ (%)" again, under a different group than registration / replication)
        ("Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Tỷ lệ (%)"),
        ("Chỉ đạo đảng viên xây dựng kế hoạch", "Chi bộ hoàn thành", "Tỷ lệ (%)"),
        ("Chi bộ chỉ đạo ĐV xây dựng kế hoạch học tập và làm theo", "%"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Total models. Style: DOMAIN "Models" ("mô hình học tập và làm theo Bác", "mô hình hay, cách làm hiệu
    # quả"; count word "MH" in "Counts with their count word"), seed 003 ("duy trì và đăng ký thực hiện 96
    # mô hình, trong đó có ...").
    # ---------------------------------------------------------------------------------------------
    *meant("models_total",
        "Tổng số mô hình",
        "Tổng số mô hình học tập và làm theo Bác",
        "Số mô hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Tổng số mô hình đăng ký thực hiện",
        "Số mô hình duy trì và đăng ký thực hiện",
        "TỔNG SỐ MÔ HÌNH",
        "Tổng số MH",
        "Tổng số mô hình hay, cách làm hiệu quả",
        "Tổng số\nmô hình",
        # multi-level
        ("Mô hình", "Tổng số"),
        ("Mô hình học tập và làm theo Bác", "Tổng số"),
        ("Số mô hình", "Tổng"),
        ("Mô hình hay, cách làm hiệu quả", "Tổng số mô hình"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Collective models. Style: DOMAIN "Models" (tập thể vs cá nhân), "What real spreadsheets look like"
    # ("Mô hình" over "Tập thể"), seed 003 ("65 mô hình tập thể"), transposed "Chia ra".
    # ---------------------------------------------------------------------------------------------
    *meant("models_collective",
        "Mô hình tập thể",
        "Số mô hình tập thể",
        "MÔ HÌNH TẬP THỂ",
        "MH tập thể",
        "Mô hình\ntập thể",
        "Số mô hình do tập thể thực hiện",
        "Mo hinh tap the",  # no diacritics
        # multi-level
        ("Mô hình", "Tập thể"),
        ("Mô hình học tập và làm theo Bác", "Tập thể"),
        ("Số mô hình", "Trong đó", "Tập thể"),
        ("Mô hình", "Chia ra", "Tập thể"),
        ("MÔ HÌNH", "TẬP THỂ"),
        ("Tổng số mô hình", "Trong đó", "Mô hình tập thể"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Individual models. Same sources as collective models (seed 003: "31 mô hình cá nhân").
    # ---------------------------------------------------------------------------------------------
    *meant("models_individual",
        "Mô hình cá nhân",
        "Số mô hình cá nhân",
        "MÔ HÌNH CÁ NHÂN",
        "MH cá nhân",
        "Mô hình\ncá nhân",
        "Số mô hình do cá nhân thực hiện",
        "Mo hinh ca nhan",  # no diacritics
        # multi-level
        ("Mô hình", "Cá nhân"),
        ("Mô hình học tập và làm theo Bác", "Cá nhân"),
        ("Số mô hình", "Trong đó", "Cá nhân"),
        ("Mô hình", "Chia ra", "Cá nhân"),
        ("MÔ HÌNH", "CÁ NHÂN"),
        ("Tổng số mô hình", "Trong đó", "Mô hình cá nhân"),
    ),

    # ---------------------------------------------------------------------------------------------
    # New models. Style: DOMAIN "Models" ("new (mô hình mới)"), seed 003 ("có 15 mô hình mới"), seed 004
    # ("xây dựng các mô hình mới thiết thực").
    # ---------------------------------------------------------------------------------------------
    *meant("models_new",
        "Mô hình mới",
        "Số mô hình mới",
        "Mô hình mới xây dựng",
        "Số mô hình xây dựng mới",
        "MÔ HÌNH MỚI",
        "Số mô hình mới đăng ký",
        "Mô hình\nmới",
        # multi-level
        ("Mô hình", "Mới"),
        ("Mô hình", "Trong đó", "Mô hình mới"),
        ("Số mô hình", "Xây dựng mới"),
        ("Mô hình học tập và làm theo Bác", "Mô hình mới"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Pilot models chosen by the district. Style: DOMAIN "Models" ("pilot models (mô hình điểm) chosen by
    # the district"), seeds 000 and 001 ("3 mô hình điểm cấp huyện").
    # ---------------------------------------------------------------------------------------------
    *meant("models_pilot",
        "Mô hình điểm",
        "Số mô hình điểm",
        "Mô hình điểm cấp huyện",
        "Số mô hình điểm cấp huyện",
        "MÔ HÌNH ĐIỂM",
        "Số mô hình điểm do Huyện ủy chỉ đạo xây dựng",
        "Mô hình\nđiểm",
        # multi-level
        ("Mô hình", "Mô hình điểm"),
        ("Số mô hình", "Trong đó", "Mô hình điểm"),
        ("Mô hình điểm cấp huyện", "Số lượng"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Share of units that replicated a model. Style: DOMAIN "Models" ("nhân rộng ... ở 17/17 xã, thị trấn"),
    # seed 001 ("nhân rộng mô hình ... ở 17/17 xã, thị trấn"). Always with "mô hình" (seeds also say
    # "nhân rộng những điển hình", which is not this metric) and always as a rate.
    # ---------------------------------------------------------------------------------------------
    *meant("model_replication_pct",
        "Tỷ lệ đơn vị nhân rộng mô hình (%)",
        "Tỷ lệ đơn vị đã nhân rộng mô hình",
        "Tỷ lệ xã, thị trấn nhân rộng mô hình (%)",
        "TỶ LỆ ĐƠN VỊ NHÂN RỘNG MÔ HÌNH",
        "Nhân rộng mô hình (tỷ lệ % đơn vị)",
        "Tỷ lệ đơn vị\nnhân rộng mô hình (%)",
        "Phần trăm đơn vị nhân rộng mô hình",
        # multi-level
        ("Nhân rộng mô hình", "Tỷ lệ (%)"),
        ("Nhân rộng mô hình", "Tỷ lệ đơn vị (%)"),
        ("Kết quả nhân rộng mô hình", "Tỷ lệ đơn vị thực hiện (%)"),
        ("Đơn vị nhân rộng mô hình", "%"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Collectives commended (given by the reporting committee). Style: DOMAIN "Commendations" ("khen thưởng
    # 20 tập thể"), "Given and proposed side by side" ("Huyện ủy khen thưởng" over "Tập thể | Cá nhân"),
    # seed 004 ("khen thưởng 20 tập thể và 52 cá nhân tiêu biểu"), seeds 000/004 ("biểu dương, khen thưởng"),
    # DOMAIN "uỷ"/"ủy" tone placement.
    # ---------------------------------------------------------------------------------------------
    *meant("commend_collective",
        "Tập thể được khen thưởng",
        "Số tập thể được khen thưởng",
        "Khen thưởng tập thể",
        "Tập thể tiêu biểu được khen thưởng",
        "TẬP THỂ ĐƯỢC KHEN THƯỞNG",
        "Số tập thể được biểu dương, khen thưởng",
        "Tập thể được Huyện ủy khen thưởng",
        "Tập thể được\nkhen thưởng",
        # multi-level
        ("Khen thưởng", "Tập thể"),
        ("Huyện ủy khen thưởng", "Tập thể"),
        ("Huyện uỷ khen thưởng", "Tập thể"),
        ("Ban Thường vụ Huyện ủy khen thưởng", "Tập thể"),
        ("Biểu dương, khen thưởng", "Tập thể"),
        ("Kết quả khen thưởng", "Được khen thưởng", "Tập thể"),
        ("KHEN THƯỞNG", "TẬP THỂ"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Individuals commended. Same sources (seed 004: "52 cá nhân tiêu biểu").
    # ---------------------------------------------------------------------------------------------
    *meant("commend_individual",
        "Cá nhân được khen thưởng",
        "Số cá nhân được khen thưởng",
        "Khen thưởng cá nhân",
        "Cá nhân tiêu biểu được khen thưởng",
        "CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
        "Số cá nhân được biểu dương, khen thưởng",
        "Cá nhân được Huyện ủy khen thưởng",
        "Cá nhân được\nkhen thưởng",
        "Ca nhan duoc khen thuong",  # no diacritics
        # multi-level
        ("Khen thưởng", "Cá nhân"),
        ("Huyện ủy khen thưởng", "Cá nhân"),
        ("Huyện uỷ khen thưởng", "Cá nhân"),
        ("Ban Thường vụ Huyện ủy khen thưởng", "Cá nhân"),
        ("Biểu dương, khen thưởng", "Cá nhân"),
        ("Kết quả khen thưởng", "Được khen thưởng", "Cá nhân"),
        ("KHEN THƯỞNG", "CÁ NHÂN"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Collectives proposed to the level above. Style: DOMAIN "Commendations" ("đề nghị Tỉnh biểu dương,
    # khen thưởng 01 tập thể"), "Given and proposed side by side" ("Đề nghị Tỉnh ủy / cấp trên khen
    # thưởng"), "Reports sent as Word" ("đề nghị Tỉnh ủy khen thưởng 01 tập thể"). A commune's own report
    # proposes to the Huyện ủy, which is its level above.
    # ---------------------------------------------------------------------------------------------
    *meant("commend_proposed_collective",
        "Tập thể đề nghị cấp trên khen thưởng",
        "Số tập thể đề nghị cấp trên khen thưởng",
        "Tập thể được đề nghị khen thưởng",
        "Tập thể đề nghị Tỉnh ủy khen thưởng",
        "Tập thể đề nghị Tỉnh biểu dương, khen thưởng",
        "Đề nghị khen thưởng tập thể",
        "Tập thể đề nghị khen",
        "TẬP THỂ ĐỀ NGHỊ CẤP TRÊN KHEN THƯỞNG",
        "Đề nghị cấp trên\nkhen thưởng tập thể",
        # multi-level (same "Tập thể" child as the given commendations and the models)
        ("Đề nghị cấp trên khen thưởng", "Tập thể"),
        ("Đề nghị Tỉnh ủy khen thưởng", "Tập thể"),
        ("Đề nghị Tỉnh uỷ / cấp trên khen thưởng", "Tập thể"),
        ("Khen thưởng", "Đề nghị cấp trên", "Tập thể"),
        ("Đề nghị Tỉnh biểu dương, khen thưởng", "Tập thể"),
        ("Đề nghị khen thưởng", "Tập thể"),
        ("Đề nghị Huyện ủy khen thưởng", "Tập thể"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Individuals proposed to the level above. Same sources ("... và 02 cá nhân").
    # ---------------------------------------------------------------------------------------------
    *meant("commend_proposed_individual",
        "Cá nhân đề nghị cấp trên khen thưởng",
        "Số cá nhân đề nghị cấp trên khen thưởng",
        "Cá nhân được đề nghị khen thưởng",
        "Cá nhân đề nghị Tỉnh ủy khen thưởng",
        "Cá nhân đề nghị Tỉnh biểu dương, khen thưởng",
        "Đề nghị khen thưởng cá nhân",
        "Cá nhân đề nghị khen",
        "CÁ NHÂN ĐỀ NGHỊ CẤP TRÊN KHEN THƯỞNG",
        "Đề nghị cấp trên\nkhen thưởng cá nhân",
        # multi-level
        ("Đề nghị cấp trên khen thưởng", "Cá nhân"),
        ("Đề nghị Tỉnh ủy khen thưởng", "Cá nhân"),
        ("Đề nghị Tỉnh uỷ / cấp trên khen thưởng", "Cá nhân"),
        ("Khen thưởng", "Đề nghị cấp trên", "Cá nhân"),
        ("Đề nghị Tỉnh biểu dương, khen thưởng", "Cá nhân"),
        ("Đề nghị khen thưởng", "Cá nhân"),
        ("Đề nghị Huyện ủy khen thưởng", "Cá nhân"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Propaganda articles (the generic "tin, bài", and those in the district bulletin). Style: DOMAIN
    # "Propaganda output" ("24 tin, bài"), seed 003 ("những bài viết đưa vào Tờ Thông tin Cầu Ngang ...
    # đã đăng tải được 24 tin, bài").
    # ---------------------------------------------------------------------------------------------
    *meant("propaganda_articles",
        "Số tin, bài tuyên truyền",
        "Tin, bài tuyên truyền",
        "Số tin, bài tuyên truyền học tập và làm theo Bác",
        "SỐ TIN, BÀI TUYÊN TRUYỀN",
        "Số tin, bài đăng trên Tờ Thông tin huyện",
        "Số tin, bài tuyên truyền gương người tốt, việc tốt",
        "Tin, bài\ntuyên truyền",
        "So tin, bai tuyen truyen",  # no diacritics
        # multi-level (the same "Số tin, bài" group over three different channels below)
        ("Tuyên truyền", "Tin, bài"),
        ("Công tác tuyên truyền", "Số tin, bài"),
        ("Công tác tuyên truyền", "Số tin, bài", "Tờ Thông tin huyện"),
        ("Tuyên truyền trên Tờ Thông tin", "Số tin, bài"),
        ("Số tin, bài tuyên truyền", "Tờ Thông tin huyện"),
        ("Tuyên truyền", "Số tin, bài đã đăng tải"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Radio bulletins and articles. Style: DOMAIN "Propaganda output" ("55 bản tin, 25 bài viết") and the
    # label in "Canonical metrics", seed 003 ("Đài Truyền thanh huyện, Trạm Truyền thanh các xã, thị trấn
    # đã phát 55 bản tin, 25 bài viết"; "hệ thống loa phát thanh"), seed 004 ("phát sóng chuyên đề, các bài
    # viết phóng sự" by the district's Truyền thanh centre).
    # ---------------------------------------------------------------------------------------------
    *meant("propaganda_broadcasts",
        "Số bản tin, bài viết phát trên hệ thống truyền thanh",
        "Bản tin, bài viết phát trên hệ thống truyền thanh",
        "Số bản tin, bài viết phát trên Đài Truyền thanh huyện, Trạm Truyền thanh xã",
        "Tin, bài phát trên hệ thống loa phát thanh",
        "Số tin, bài phát trên đài truyền thanh",
        "Bản tin, phóng sự phát trên đài truyền thanh",
        "SỐ BẢN TIN, BÀI VIẾT PHÁT TRÊN HỆ THỐNG TRUYỀN THANH",
        "Số tin, bài phát thanh",
        "Bản tin, bài viết\nphát trên truyền thanh",
        # multi-level
        ("Tuyên truyền", "Hệ thống truyền thanh"),
        ("Tuyên truyền trên hệ thống truyền thanh", "Bản tin, bài viết"),
        ("Công tác tuyên truyền", "Số tin, bài", "Hệ thống truyền thanh"),
        ("Số tin, bài tuyên truyền", "Đài truyền thanh"),
        ("Tuyên truyền", "Loa phát thanh (bản tin, bài viết)"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Items posted and shared on social networks. Style: label in "Canonical metrics", DOMAIN ("items shared
    # online (trên 100 tin, bài)"), seed 003 ("tuyên truyền trên các trang, nhóm mạng xã hội Facebook, Zalo
    # ... đăng tải và chia sẻ ... trên 100 tin, bài").
    # ---------------------------------------------------------------------------------------------
    *meant("propaganda_social_posts",
        "Số tin, bài đăng và chia sẻ trên mạng xã hội",
        "Tin, bài chia sẻ trên mạng xã hội",
        "Số tin, bài đăng, chia sẻ trên Facebook, Zalo",
        "Tin, bài đăng tải và chia sẻ trên các trang, nhóm mạng xã hội",
        "SỐ TIN, BÀI ĐĂNG VÀ CHIA SẺ TRÊN MẠNG XÃ HỘI",
        "Số tin, bài chia sẻ trên trang Facebook, nhóm Zalo của cơ quan, đơn vị",
        "Tin, bài\nđăng, chia sẻ\ntrên mạng xã hội",
        # multi-level
        ("Tuyên truyền", "Mạng xã hội"),
        ("Tuyên truyền trên mạng xã hội", "Số tin, bài"),
        ("Công tác tuyên truyền", "Số tin, bài", "Mạng xã hội"),
        ("Số tin, bài tuyên truyền", "Đăng, chia sẻ trên mạng xã hội"),
        ("Tuyên truyền", "Facebook, Zalo"),
    ),

    # ---------------------------------------------------------------------------------------------
    # Not a figure of any of the 18 metrics. Style: DOMAIN "What real spreadsheets look like" (STT, TT,
    # unit column, "Ghi chú"), "A unit's own report, vertical" ("Nội dung", "Đơn vị tính"), registers of
    # models and commendations (name, host unit, field, form giấy khen / bằng khen), "Models appraisal"
    # (the three contents, the exemplary individual, the appraisal step), and facts a report carries that
    # the catalogue does not measure. Several sit under a metric's group on purpose.
    # ---------------------------------------------------------------------------------------------
    *meant(None,
        "STT",
        "TT",
        "Số thứ tự",
        "Tên đơn vị",
        "Đơn vị",
        "Xã, thị trấn",
        "Mã đơn vị",
        "Ghi chú",
        "Nội dung",
        "Đơn vị tính",
        "Dân số (người)",
        "Số hộ",
        "Số hộ nghèo",
        "Diện tích tự nhiên (ha)",
        "Số đảng viên mới kết nạp",
        "Số chi bộ trong sạch vững mạnh",
        "Xếp loại",
        "Năm",
        "Ngày báo cáo",
        "Tên mô hình",
        "Lĩnh vực",
        "Đơn vị thực hiện",
        "Hình thức khen thưởng",
        "Tên tập thể, cá nhân được khen thưởng",
        "Họ và tên",
        "Chức vụ",
        "Họ tên cá nhân điển hình",
        "Kinh phí thực hiện (triệu đồng)",
        # multi-level None: text columns under a metric's group
        ("Mô hình", "Tên mô hình"),
        ("Mô hình", "Lĩnh vực"),
        ("Mô hình", "Đơn vị chủ trì"),
        ("Khen thưởng", "Hình thức"),
        ("Khen thưởng", "Cấp khen"),
        ("Nội dung mô hình", "Học tập Bác"),
        ("Nội dung mô hình", "Nêu gương"),
        ("Thẩm định mô hình", "Ngày thẩm định"),
        ("Thông tin chung", "Dân số"),
        ("Xếp loại chất lượng tổ chức đảng", "Hoàn thành xuất sắc nhiệm vụ"),
    ),
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
