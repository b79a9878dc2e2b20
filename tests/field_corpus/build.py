"""A field corpus: more report files as district and province offices send them, each with what a correct loader
must make of it (facts, rejects, register rows, exit code).

Written from DOMAIN.md, the README's warehouse contract and the official unit lists (data/reference) by someone who
has not read the loader, like tests/clerk_corpus and tests/shape_corpus; cells, sheets, writers and expectations
from tests/corpus_blocks. The files are new variants, typed differently and for other districts and provinces (Bến
Tre, Sóc Trăng, An Giang, Bạc Liêu, Vĩnh Long, Nghệ An, Quảng Ngãi; on the new map Tỉnh Vĩnh Long and Tỉnh Cà Mau):

- given and proposed commendations side by side ("Khen thưởng của Huyện ủy" | "Đề nghị Tỉnh ủy tặng Bằng khen",
  "Cấp huyện khen" | "Trình Tỉnh ủy khen thưởng", "Đề nghị cấp trên khen thưởng"), and a commune's own vertical
  report of its commendations ("Tập thể được Đảng ủy khen thưởng", "Cá nhân đề nghị Huyện ủy khen thưởng");
- year groups: three years over the same sub-columns, and the years as the lowest header row under metric groups;
- a commune's vertical report on the old map and on the new map ("Trong đó:", "a)", "b)", "98,4%", "98.4",
  bare denominators);
- transposed tables ("Toàn huyện" / "Tổng số" then communes, "Chia ra", "Nội dung" and "ĐVT");
- province summaries on the old map (party bodies of districts, province bodies, "Toàn tỉnh") and a 2025
  summary on the new map (the new communes of a province);
- counts with their count word or a space ("45 ĐV", "3 MH", "12 tin, bài", "2 kế hoạch", "1 205");
- notes inside the table, "Nơi nhận:" blocks, a "Ghi chú" column;
- workbooks reused year after year (cover sheet, last year's copy hidden), a correction "_dieuchinh" file;
- two visible sheets giving one commune's figure twice (different: conflict; equal: one fact);
- refusals (a six-month review, the year only in the date line) and the same file with --year;
- a long table over two years and a models register with the appraisal columns of 2024.

Every file is built by code here at test time; figures from seeded generators or typed out.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus_blocks.cells import Formula, Pct, X, frac, pct1, pct_cell, ratio, thousands, vn
from tests.corpus_blocks.expect import (
    DEN,
    ONLY_RATE,
    QTY,
    RATE,
    VERTICAL,
    Case,
    Corpus,
    Expect,
    Line,
    Row,
    Spec,
    kind_of,
    lay_long,
    models_items,
    refused,
)
from tests.corpus_blocks.parts import CAMPAIGN, NOI_NHAN, PARTY, STATE, SUBJECT, cover_sheet
from tests.corpus_blocks.sheet import Sheet, simple_table
from tests.corpus_blocks.units import Unit, as_typed, commune, district, other, phuong, province, tt, xa
from tests.corpus_blocks.writers import (
    hide_sheets_openpyxl,
    save_csv,
    save_html_xls,
    save_ods,
    save_openpyxl,
    save_unicode_text,
    save_xlsxwriter,
    save_xlwt,
)

# --------------------------------------------------------------------------------------------------------------
# Units as clerks type them (names and years checked against data/reference/units_old.csv and units_new.csv)

CHO_LACH = district("Huyện Chợ Lách")  # Tỉnh Bến Tre, 832
THANH_PHU = district("Huyện Thạnh Phú")  # Tỉnh Bến Tre, 837
MY_TU = district("Huyện Mỹ Tú")  # Tỉnh Sóc Trăng, 944
KE_SACH = district("Huyện Kế Sách")  # Tỉnh Sóc Trăng, 943
LONG_PHU = district("Huyện Long Phú")  # Tỉnh Sóc Trăng, 946
NGA_NAM = district("Thị xã Ngã Năm")  # Tỉnh Sóc Trăng, 948
VINH_CHAU = district("Thị xã Vĩnh Châu")  # Tỉnh Sóc Trăng, 950
VUNG_LIEM = district("Huyện Vũng Liêm")  # Tỉnh Vĩnh Long (old), 859
HONG_DAN = district("Huyện Hồng Dân")  # Tỉnh Bạc Liêu, 956
DONG_HAI = district("Huyện Đông Hải")  # Tỉnh Bạc Liêu, 960
THOAI_SON = district("Huyện Thoại Sơn")  # Tỉnh An Giang, 894
PHU_TAN = district("Huyện Phú Tân")  # Tỉnh An Giang, 888 (Tỉnh Cà Mau has a Huyện Phú Tân too, 972)
QUY_HOP = district("Huyện Quỳ Hợp")  # Tỉnh Nghệ An, 420
NGHIA_HANH = district("Huyện Nghĩa Hành")  # Tỉnh Quảng Ngãi, 532

CL_COMMUNES = as_typed(
    "Thị trấn Chợ Lách", "Xã Phú Phụng", "Sơn Định", "xã Vĩnh Bình", ("Hoà Nghĩa", xa("Hòa Nghĩa")), "Long Thới",
    "Phú Sơn", "Tân Thiềng", "Vĩnh Thành", ("Vĩnh Hoà", xa("Vĩnh Hòa")), "Hưng Khánh Trung B",
)

TP_COMMUNES = as_typed(
    "Thị trấn Thạnh Phú", "Xã Phú Khánh", "Xã Đại Điền", "Xã Quới Điền", "Xã Tân Phong", "Xã Mỹ Hưng", "Xã An Thạnh",
    "Xã Thới Thạnh", ("Xã Hoà Lợi", xa("Hòa Lợi")), "Xã An Điền", "Xã Bình Thạnh", "Xã An Thuận", "Xã An Quy",
    "Xã Thạnh Hải", "Xã An Nhơn", "Xã Giao Thạnh", "Xã Thạnh Phong", "Xã Mỹ An",
)

MT_COMMUNES = as_typed(
    "TT Huỳnh Hữu Nghĩa", "Xã Long Hưng", "Hưng Phú", "Mỹ Hương", "Xã Mỹ Tú", "Mỹ Phước", "Thuận Hưng", "Mỹ Thuận",
    "Phú Mỹ",
)

KS_COMMUNES = as_typed(
    "TT Kế Sách", "TT An Lạc Thôn", ("X. Xuân Hoà", xa("Xuân Hòa")), "X. Phong Nẫm", "An Lạc Tây", "Trinh Phú",
    "Ba Trinh", "Thới An Hội", "Nhơn Mỹ", "Kế Thành", "Kế An", "Đại Hải", "An Mỹ",
)

VL_COMMUNES = as_typed(
    "TT Vũng Liêm", "Tân Quới Trung", "Quới Thiện", "Quới An", "Trung Chánh", "Tân An Luông", "Thanh Bình",
    "Trung Thành Tây", "Trung Hiệp", "Hiếu Phụng", "Trung Thành Đông", "Trung Thành", "Trung Hiếu", "Trung Ngãi",
    "Hiếu Thuận", "Trung Nghĩa", "Trung An", "Hiếu Nhơn", "Hiếu Thành", "Hiếu Nghĩa",
)

HD_COMMUNES = as_typed(
    "TT Ngan Dừa", "Ninh Quới", "Ninh Quới A", ("Ninh Hoà", xa("Ninh Hòa")), "Lộc Ninh", "Vĩnh Lộc", "Vĩnh Lộc A",
    "Ninh Thạnh Lợi A", "Ninh Thạnh Lợi",
)

TS_COMMUNES = as_typed(
    "TT Núi Sập", ("TT Phú Hòa", commune("Thị trấn Phú Hoà")), "TT Óc Eo", "Tây Phú", "An Bình", "Vĩnh Phú",
    "Vĩnh Trạch", "Phú Thuận", "Vĩnh Chánh", "Định Mỹ", "Định Thành", "Mỹ Phú Đông", "Vọng Đông", "Vĩnh Khánh",
    "Thoại Giang", "Bình Thành", "Vọng Thê",
)

PT_COMMUNES = as_typed(
    "TT Phú Mỹ", "TT Chợ Vàm", ("Long Hòa", commune("Xã Long Hoà")), "Phú Long", "Phú Lâm", "Phú Hiệp", "Phú Thạnh",
    ("Hòa Lạc", commune("Xã Hoà Lạc")), "Phú Thành", "Phú An", "Phú Xuân", "Hiệp Xương", "Phú Bình", "Phú Thọ",
    "Phú Hưng", "Bình Thạnh Đông", ("Tân Hoà", xa("Tân Hòa")), "Tân Trung",
)

QH_COMMUNES = as_typed(
    "Thị trấn Quỳ Hợp", "Xã Yên Hợp", "Xã Châu Tiến", "Xã Châu Hồng", "Xã Đồng Hợp", "Xã Châu Thành", "Xã Liên Hợp",
    "Xã Châu Lộc", "Xã Tam Hợp", "Xã Châu Cường", "Xã Châu Quang", "Xã Thọ Hợp", "Xã Minh Hợp", "Xã Nghĩa Xuân",
    "Xã Châu Thái", "Xã Châu Đình", "Xã Văn Lợi", "Xã Nam Sơn", "Xã Châu Lý", "Xã Hạ Sơn", "Xã Bắc Sơn",
)

NH_COMMUNES = as_typed(
    "Thị trấn Chợ Chùa", "Xã Hành Thuận", "Xã Hành Dũng", "Xã Hành Trung", "Xã Hành Nhân", "Xã Hành Đức",
    "Xã Hành Minh", "Xã Hành Phước", "Xã Hành Thiện", "Xã Hành Thịnh", "Xã Hành Tín Tây", "Xã Hành Tín Đông",
)

DH_COMMUNES = as_typed(
    "TT Gành Hào", "Long Điền Đông", "Long Điền Đông A", "Long Điền", "Long Điền Tây", "Điền Hải", "An Trạch",
    "An Trạch A", "An Phúc", "Định Thành", "Định Thành A",
)

LP_COMMUNES = as_typed(
    "TT Long Phú", "Song Phụng", "TT Đại Ngãi", "Hậu Thạnh", "Long Đức", "Trường Khánh", "Phú Hữu", "Tân Hưng",
    "Châu Khánh", "Tân Thạnh", "Xã Long Phú",
)

VC_COMMUNES = as_typed(
    "Phường 1", "Phường 2", "Phường Khánh Hòa", "Phường Vĩnh Phước", "Xã Hòa Đông", "Xã Vĩnh Hiệp", "Xã Vĩnh Hải",
    "Xã Lạc Hòa", "Xã Vĩnh Tân", "Xã Lai Hòa",
)

CORPUS = Corpus()
register = CORPUS.case

# ---- 1. Given and proposed commendations side by side ---------------------------------------------------------

GIVEN_PROPOSED: list[Spec] = [("commend_collective", "value"), ("commend_individual", "value"),
                              ("commend_proposed_collective", "value"), ("commend_proposed_individual", "value")]
BOTH = ["Tập thể", "Cá nhân"]


@register("cho_lach_2023_huyen_uy_and_bang_khen")
def case_cho_lach_2023(out: Path) -> list[Case]:
    """'Khen thưởng của Huyện ủy' | 'Đề nghị Tỉnh ủy tặng Bằng khen' over Tập thể | Cá nhân, numbering row, I/II groups,
    agency cells, '-' and 0 and blank proposals, 'Hoà Nghĩa', 'Nơi nhận:' block"""
    s = Sheet("KT 2023").title(
        ["ĐẢNG BỘ TỈNH BẾN TRE", "HUYỆN ỦY CHỢ LÁCH", "*"], [PARTY, "", "Chợ Lách, ngày 22 tháng 12 năm 2023"],
        [f"BẢNG TỔNG HỢP KẾT QUẢ KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN TRONG {CAMPAIGN} NĂM 2023",
         "(Kèm theo Báo cáo số 245-BC/HU của Ban Thường vụ Huyện ủy Chợ Lách)"], 8)
    s.groups([("Khen thưởng của Huyện ủy", BOTH), ("Đề nghị Tỉnh ủy tặng Bằng khen", BOTH), "Tổng số mô hình",
              "Ghi chú"]).numbered()
    given = [(2, 5), (1, 3), (1, 2), (0, 3), (1, 4), (1, 2), (2, 3), (1, 2), (2, 4), (1, 3), (1, 2)]
    proposed = {"Thị trấn Chợ Lách": (1, 1), "Vĩnh Thành": (0, 1), "Hưng Khánh Trung B": (None, 1),
                "Long Thới": ("-", "-")}
    models = [11, 8, 7, 9, 6, 7, 8, 6, 7, 9, 6]
    notes = {"Vĩnh Thành": "Cá nhân đề nghị: Bí thư Chi bộ ấp Vĩnh Hưng", "Long Thới": "Chưa xét đề nghị"}
    rows = [Row("I", "Đảng bộ xã, thị trấn", None)]
    for i, ((typed, unit), (coll, ind), m) in enumerate(zip(CL_COMMUNES, given, models), 1):
        pc, pi = proposed.get(typed, (None, None))
        rows.append(Row(i, typed, unit, [coll, ind, pc, pi, m, notes.get(typed)]))
    rows += [
        Row("II", "Chi, đảng bộ cơ sở khối cơ quan huyện", None),
        Row(1, "Chi bộ Phòng Giáo dục và Đào tạo huyện", other("Chi bộ Phòng Giáo dục và Đào tạo huyện"),
            [1, 2, None, None, 2]),
        Row(2, "Đảng bộ Quân sự huyện", other("Đảng bộ Quân sự huyện"), [1, 1, 0, 0, 3, "Khen theo chuyên đề"]),
        # The district's own figures, not the sum of the rows.
        Row(None, "Toàn huyện", CHO_LACH, [19, 47, 2, 3, 96]),
    ]
    s.rows(rows, [*GIVEN_PROPOSED, ("models_total", "value"), None], 2023)
    s.sign([*NOI_NHAN[:2], "- Ban Tuyên giáo Tỉnh ủy;", NOI_NHAN[2]],
           ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(Đã ký)", "Trần Văn Phúc"], 6)
    return [s.save(save_openpyxl, out / "ChoLach_KhenThuong_HTLT_2023.xlsx").case("wide", 2023, "Huyện Chợ Lách")]


@register("my_tu_2022_cap_huyen_trinh_tinh_uy_xlsxwriter")
def case_my_tu_2022(out: Path) -> list[Case]:
    """three-row header: 'Khen thưởng trong học tập và làm theo Bác' > 'Cấp huyện khen' | 'Trình Tỉnh ủy khen thưởng' >
    Tập thể | Cá nhân; percent-formatted and typed rates; 'trên 97%' totals"""
    s = Sheet("Bieu KT").title(["ĐẢNG BỘ TỈNH SÓC TRĂNG", "HUYỆN ỦY MỸ TÚ", "*"],
                               [PARTY, "", "Mỹ Tú, ngày 15 tháng 12 năm 2022"],
                               [f"KẾT QUẢ ĐĂNG KÝ VÀ KHEN THƯỞNG TRONG {CAMPAIGN} NĂM 2022"], 8)
    s.groups(["Tỷ lệ đảng viên đăng ký (%)", ("Khen thưởng trong học tập và làm theo Bác",
                                              [("Cấp huyện khen", BOTH), ("Trình Tỉnh ủy khen thưởng", BOTH)]),
              "Ghi chú"], depth=3, unit="Tên đơn vị")
    rng = random.Random(9442022)
    rows = []
    for i, (typed, unit) in enumerate(MT_COMMUNES, 1):
        rate = pct1(rng, 96, 100)
        cell = Pct(round(rate / 100, 3)) if i % 2 else rate
        prop = [1, None] if i == 2 else [None, 1] if i in (5, 8) else [None, None]
        rows.append(Row(i, typed, unit, [cell, rng.randint(0, 2), rng.randint(1, 5), *prop,
                                         "Có 01 cá nhân là người dân tộc Khmer" if i == 5 else None]))
    rows += [
        Row(10, "Chi bộ Văn phòng Huyện ủy", other("Chi bộ Văn phòng Huyện ủy"), [100, 1, 1]),
        Row(11, "Đảng bộ Cơ quan Chính quyền huyện", other("Đảng bộ Cơ quan Chính quyền huyện"),
            [Pct(0.992), 1, 3, None, 1]),
        Row(None, "Tổng cộng", MY_TU, [X("trên 97%", 97, ">"), 16, 38, 1, 2]),
    ]
    s.rows(rows, [("reg_party_members_pct", "value"), *GIVEN_PROPOSED, None], 2022)
    s.sign(["Người lập biểu", "(Đã ký)", "Lâm Thị Sa Quên"], ["TRƯỞNG BAN TUYÊN GIÁO", "(Đã ký)", "Trần Quốc Khởi"], 6)
    return [s.save(save_xlsxwriter, out / "MyTu_KhenThuong_2022.xlsx").case("wide", 2022, "Huyện Mỹ Tú")]


@register("long_phu_2021_given_proposed_csv_cp1258")
def case_long_phu_2021(out: Path) -> list[Case]:
    """CSV in Windows-1258 (';', decimal comma), two-row header whose group labels sit only in the first cell of each
    group; Thị trấn Long Phú and Xã Long Phú in one table; '-' proposals"""
    s = Sheet().title(["HUYỆN ỦY LONG PHÚ", "BAN TUYÊN GIÁO"], [PARTY, "Long Phú, ngày 10 tháng 12 năm 2021"],
                      [f"SỐ LIỆU {CAMPAIGN} NĂM 2021"], 10)
    s.groups(["Tỷ lệ ĐV đăng ký (%)", ("Khen thưởng của Huyện ủy", BOTH), ("Đề nghị cấp trên khen thưởng", BOTH),
              "Tổng số mô hình", "Mô hình mới", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), *GIVEN_PROPOSED, ("models_total", "value"),
                         ("models_new", "value"), None]
    rng = random.Random(9462021)
    rows = []
    for i, (typed, unit) in enumerate(LP_COMMUNES, 1):
        prop = [1, 2] if typed == "TT Đại Ngãi" else [None, 1] if typed == "Xã Long Phú" else ["-", "-"]
        rows.append(Row(i, typed, unit, [pct1(rng, 96, 100), rng.randint(0, 2), rng.randint(1, 4), *prop,
                                         rng.randint(4, 9), rng.randint(0, 2)]))
    rows.append(Row(None, "Cộng", LONG_PHU, [98.3, 14, 33, 2, 4, 82, 12]))
    s.rows(rows, specs, 2021).sign(["Người lập biểu", "Thạch Thị Mỹ Linh"], ["TRƯỞNG BAN", "Lý Văn Sơn"], 7)
    return [s.save(save_csv, out / "LongPhu_2021.csv", encoding="cp1258").case("wide", 2021, "Huyện Long Phú")]


@register("vinh_thanh_2023_commune_commendations_vertical_ods")
def case_vinh_thanh_2023(out: Path) -> list[Case]:
    """.ods vertical report of a commune ('ĐẢNG ỦY XÃ VĨNH THÀNH' under 'ĐẢNG BỘ HUYỆN CHỢ LÁCH'): 'Tập thể được Đảng ủy
    khen thưởng', 'Cá nhân đề nghị Huyện ủy khen thưởng', prize money row (unknown_metric)"""
    s = Sheet().title(
        ["ĐẢNG BỘ HUYỆN CHỢ LÁCH", "ĐẢNG ỦY XÃ VĨNH THÀNH", "*"], [PARTY, "", "Vĩnh Thành, ngày 08 tháng 12 năm 2023"],
        [f"BÁO CÁO KẾT QUẢ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TRONG {CAMPAIGN} NĂM 2023"], 5)
    s.header(["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"]).numbered()
    q = lambda metric: [(metric, "value")]  # noqa: E731
    lines = [
        Line("I", "BIỂU DƯƠNG, KHEN THƯỞNG"),
        Line(1, "Tập thể được Đảng ủy khen thưởng", "Tập thể", [4], q("commend_collective"),
             note="Giấy khen của Đảng ủy xã"),
        Line(2, "Cá nhân được Đảng ủy khen thưởng", "Cá nhân", [9], q("commend_individual")),
        Line(3, "Tập thể đề nghị Huyện ủy khen thưởng", "Tập thể", [1], q("commend_proposed_collective"),
             note="Chi bộ ấp Vĩnh Hưng"),
        Line(4, "Cá nhân đề nghị Huyện ủy khen thưởng", "Cá nhân", [2], q("commend_proposed_individual")),
        Line(5, "Tổng số tiền thưởng", "Đồng", [3600000], "unknown_metric", note="Trích từ quỹ thi đua"),
        Line("II", "MÔ HÌNH VÀ TUYÊN TRUYỀN"),
        Line(6, "Số mô hình học tập và làm theo Bác", "Mô hình", [7], q("models_total")),
        Line(7, "Số mô hình mới", "Mô hình", [2], q("models_new")),
        Line(8, "Số tin, bài tuyên truyền", "Tin, bài", [15], q("propaganda_articles"), note="Trạm truyền thanh xã"),
    ]
    s.lines(lines, xa("Vĩnh Thành"), 2023, note_col=5)
    s.sign(["Nơi nhận:", "- Ban Tuyên giáo Huyện ủy;", "- Lưu VP."],
           ["T/M ĐẢNG ỦY", "BÍ THƯ", "(Đã ký)", "Nguyễn Thị Kim Loan"], 4)
    return [s.save(save_ods, out / "VinhThanh_KhenThuong_2023.ods").case("vertical", 2023, "Huyện Chợ Lách")]


# ---- 2. Year groups -----------------------------------------------------------------------------------------


@register("thoai_son_2021_2023_three_year_groups")
def case_thoai_son_three_years(out: Path) -> list[Case]:
    """'Năm 2021' | 'Năm 2022' | 'Năm 2023' over the same three sub-columns, rates typed '97,8' (2021), numbers (2022),
    percent-formatted (2023); 'TT Phú Hòa' → official 'Thị trấn Phú Hoà'; 'x'"""
    s = Sheet("So sanh 3 nam").title(["ĐẢNG BỘ TỈNH AN GIANG", "HUYỆN ỦY THOẠI SƠN", "*"],
                                     [PARTY, "", "Thoại Sơn, ngày 26 tháng 12 năm 2023"],
                                     [f"BIỂU SO SÁNH {SUBJECT} CÁC NĂM 2021, 2022 VÀ 2023"], 12)
    sub = ["Tỷ lệ ĐV đăng ký (%)", "Số mô hình", "Mô hình mới"]
    s.groups([("Năm 2021", sub), ("Năm 2022", sub), ("Năm 2023", sub), "Ghi chú"]).numbered()
    specs: list[Spec] = [sp for y in (2021, 2022, 2023) for sp in (
        ("reg_party_members_pct", "value", y), ("models_total", "value", y), ("models_new", "value", y))] + [None]
    rng = random.Random(894212223)
    rows = []
    for i, (typed, unit) in enumerate(TS_COMMUNES, 1):
        r21, r22, r23 = pct1(rng, 95, 99), pct1(rng, 96, 100), pct1(rng, 96, 100)
        vals = [X(vn(r21), r21), rng.randint(5, 11), rng.randint(0, 2) if i % 4 else None,
                r22, rng.randint(5, 12), "x" if i == 7 else rng.randint(0, 2),
                Pct(round(r23 / 100, 3)), rng.randint(6, 12), rng.randint(0, 3)]
        note = "Năm 2021 chưa thống kê mô hình mới" if i % 4 == 0 else None
        rows.append(Row(i, typed, unit, [*vals, note]))
    rows.append(Row(None, "Toàn huyện", THOAI_SON, [X("trên 97%", 97, ">"), 152, 18, 98.1, 160, 21, Pct(0.985), 171,
                                                    24]))
    s.rows(rows, specs, None).sign(["Người lập biểu", "(Đã ký)", "Nguyễn Thị Bích Tuyền"],
                                   ["TRƯỞNG BAN TUYÊN GIÁO", "(Đã ký)", "Lê Văn Hoàng"], 9)
    return [s.save(save_openpyxl, out / "ThoaiSon_SoSanh_2021_2023.xlsx").case("wide", None, "Huyện Thoại Sơn")]


@register("hong_dan_2022_2023_years_under_metrics_xlsxwriter")
def case_hong_dan_years_under(out: Path) -> list[Case]:
    """metric groups on top, the bare years 2022 | 2023 (numbers) as the lowest header row; 'Ninh Quới' vs 'Ninh Quới
    A', 'Vĩnh Lộc' vs 'Vĩnh Lộc A'; SUM formulas with cached totals"""
    s = Sheet("HTLT 2022-2023").title(["ĐẢNG BỘ TỈNH BẠC LIÊU", "HUYỆN ỦY HỒNG DÂN", "*"],
                                      [*STATE, "Hồng Dân, ngày 20 tháng 12 năm 2023"],
                                      [f"{SUBJECT} NĂM 2022 VÀ NĂM 2023"], 9)
    years = [2022, 2023]
    s.groups([("Tỷ lệ đảng viên đăng ký (%)", years), ("Tổng số mô hình", years), ("Tin, bài tuyên truyền", years),
              "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value", 2022), ("reg_party_members_pct", "value", 2023),
                         ("models_total", "value", 2022), ("models_total", "value", 2023),
                         ("propaganda_articles", "value", 2022), ("propaganda_articles", "value", 2023), None]
    rng = random.Random(95622023)
    first = s.row
    rows = []
    sums = [0, 0]
    for i, (typed, unit) in enumerate(HD_COMMUNES, 1):
        m22, m23 = rng.randint(4, 9), rng.randint(5, 10)
        sums[0] += m22
        sums[1] += m23
        a22 = rng.randint(2, 8) if i != 4 else None
        rows.append(Row(i, typed, unit, [pct1(rng, 96, 100), pct1(rng, 96, 100), m22, m23, a22, rng.randint(3, 9),
                                         "Năm 2022 chưa báo cáo tin, bài" if i == 4 else None]))
    end = first + len(HD_COMMUNES) - 1
    rows.append(Row(None, "Tổng cộng", HONG_DAN, [98.2, X("98,6", 98.6), Formula(f"=SUM(E{first}:E{end})", sums[0]),
                                                  Formula(f"=SUM(F{first}:F{end})", sums[1]), 47, 52]))
    s.rows(rows, specs, None).sign(["Người lập biểu", "Lê Thị Hồng Nhung"],
                                   ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Huỳnh Văn Toàn"], 6)
    return [s.save(save_xlsxwriter, out / "HongDan_HTLT_2022_2023.xlsx").case("wide", None, "Huyện Hồng Dân")]


# ---- 3. A unit's own vertical report, old map and new map -------------------------------------------------------


@register("trung_thanh_tay_2024_commune_vertical")
def case_trung_thanh_tay_2024(out: Path) -> list[Case]:
    """old-map commune vertical report: bare denominators, rates typed '98,3%' and '90.4' or from two rows ('3.140' /
    '1.512'), 'Trong đó:' then 'a)', 'b)', 'c)' rows, 'trên 60', a count of attendances (unknown_metric)"""
    s = Sheet("Bieu so lieu").title(
        ["ĐẢNG BỘ HUYỆN VŨNG LIÊM", "ĐẢNG ỦY XÃ TRUNG THÀNH TÂY", "*"],
        [PARTY, "", "Trung Thành Tây, ngày 10 tháng 12 năm 2024"],
        [f"BÁO CÁO SỐ LIỆU {SUBJECT} NĂM 2024", "(Kèm theo Báo cáo số 58-BC/ĐU của Đảng ủy xã Trung Thành Tây)"], 6)
    s.header(VERTICAL).numbered()
    lines = [
        Line("I", "ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO"),
        Line(1, "Tổng số đảng viên trong Đảng bộ", "Đảng viên", [286], DEN("reg_party_members_pct"),
             note="Trừ 7 đảng viên miễn sinh hoạt"),
        Line(2, "Số đảng viên đăng ký học tập và làm theo", "Đảng viên", [281, X("98,3%", 98.3)],
             RATE("reg_party_members_pct")),
        Line(3, "Tổng số CCVC, LLVT không là đảng viên", "Người", [52], DEN("reg_civil_servants_pct")),
        Line(4, "Số CCVC, LLVT không là đảng viên đăng ký", "Người", [47, X("90.4", 90.4)],
             RATE("reg_civil_servants_pct")),
        Line(5, "Tổng số đoàn viên, hội viên", "Người", [X("3.140", 3140)], DEN("reg_union_members_pct")),
        # No rate typed: the rate is 1.512 / 3.140.
        Line(6, "Số đoàn viên, hội viên đăng ký", "Người", [X("1.512", 1512)], RATE("reg_union_members_pct")),
        Line(7, "Tổng số chi bộ trực thuộc", "Chi bộ", [12], DEN("party_cells_plans_pct")),
        Line(8, "Số chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Chi bộ", [12, 100],
             RATE("party_cells_plans_pct")),
        Line("II", "MÔ HÌNH HỌC TẬP VÀ LÀM THEO BÁC"),
        Line(9, "Tổng số mô hình", "Mô hình", [9], QTY("models_total")),
        Line(None, "Trong đó:"),
        Line(None, "a) Mô hình tập thể", "Mô hình", [6], QTY("models_collective"), note="Hội Nông dân, Hội LHPN"),
        Line(None, "b) Mô hình cá nhân", "Mô hình", [3], QTY("models_individual")),
        Line(None, "c) Mô hình mới trong năm", "Mô hình", [2], QTY("models_new")),
        Line("III", "TUYÊN TRUYỀN"),
        Line(10, "Số tin, bài tuyên truyền", "Tin, bài", [X("18 tin, bài", 18)], QTY("propaganda_articles")),
        Line(11, "Số tin, bài chia sẻ trên mạng xã hội", "Tin, bài", [X("trên 60", 60, ">")],
             QTY("propaganda_social_posts"), note="Nhóm Zalo của các ấp"),
        Line(12, "Số lượt đảng viên dự sinh hoạt chuyên đề", "Lượt", [540], "unknown_metric"),
    ]
    s.lines(lines, xa("Trung Thành Tây"), 2024)
    s.sign(["Nơi nhận:", "- Ban Tuyên giáo Huyện ủy;", "- Lưu VP Đảng ủy."],
           ["T/M ĐẢNG ỦY", "BÍ THƯ", "(Đã ký)", "Nguyễn Văn Bảy"], 5)
    return [s.save(save_openpyxl, out / "TrungThanhTay_SoLieu_2024.xlsx").case("vertical", 2024, "Huyện Vũng Liêm")]


@register("vinh_thanh_2025_commune_vertical_new_map_xls")
def case_vinh_thanh_2025(out: Path) -> list[Case]:
    """legacy .xls, 2025 vertical report of a new commune ('ĐẢNG ỦY XÃ VĨNH THÀNH' under 'ĐẢNG BỘ TỈNH VĨNH LONG': new
    map, no district), '98,7%', '92.5', '9/11', an unreadable count next to 'trên 45%' (not_a_number, the rate stays)"""
    s = Sheet().title(["ĐẢNG BỘ TỈNH VĨNH LONG", "ĐẢNG ỦY XÃ VĨNH THÀNH", "*"],
                      [PARTY, "", "Vĩnh Thành, ngày 12 tháng 12 năm 2025"], [f"BÁO CÁO {SUBJECT} NĂM 2025"], 6)
    s.header(["STT", "Nội dung", "ĐVT", "Số lượng", "Tỷ lệ %", "Ghi chú"])
    lines = [
        Line(1, "Tổng số đảng viên", "Đảng viên", [1046], DEN("reg_party_members_pct"),
             note="Đảng bộ xã sau sắp xếp (Phú Sơn, Tân Thiềng, Vĩnh Thành)"),
        Line(2, "Số đảng viên đăng ký học tập và làm theo", "Đảng viên", [1032, X("98,7%", 98.7)],
             RATE("reg_party_members_pct")),
        Line(3, "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký", "%", [None, X("92.5", 92.5)],
             ONLY_RATE("reg_civil_servants_pct")),
        Line(4, "Tổng số đoàn viên, hội viên", "Người", [5210], DEN("reg_union_members_pct")),
        # The count cannot be read; the typed rate stands, without numerator or denominator.
        Line(5, "Số đoàn viên, hội viên đăng ký", "Người", ["đang tổng hợp", X("trên 45%", 45, ">")],
             RATE("reg_union_members_pct"), bad={0: "not_a_number"}),
        Line(6, "Số kế hoạch, hướng dẫn ban hành", "Văn bản", [4], QTY("plans_issued")),
        Line(7, "Tổng số mô hình", "Mô hình", [16], QTY("models_total")),
        Line(None, "Trong đó:"),
        Line(None, "- Mô hình tập thể", "Mô hình", [11], QTY("models_collective")),
        Line(None, "- Mô hình cá nhân", "Mô hình", [5], QTY("models_individual")),
        Line(8, "Mô hình điểm", "Mô hình", [1], QTY("models_pilot"), note="Ấp Vĩnh Hưng"),
        Line(9, "Tỷ lệ ấp nhân rộng mô hình", "%", [None, frac(9, 11)], ONLY_RATE("model_replication_pct")),
        Line(10, "Số tin, bài tuyên truyền", "Tin, bài", [21], QTY("propaganda_articles")),
    ]
    s.lines(lines, xa("Vĩnh Thành"), 2025)
    s.sign(["Nơi nhận:", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Lưu VP."],
           ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "(Đã ký)", "Lê Thanh Tùng"], 5)
    return [s.save(save_xlwt, out / "VinhThanh_BaoCao_2025.xls").case("vertical", 2025, "Tỉnh Vĩnh Long")]


# ---- 4. Transposed: indicators as rows, units as columns ----------------------------------------------------


@register("ke_sach_2022_transposed_chia_ra")
def case_ke_sach_2022(out: Path) -> list[Case]:
    """transposed: 'Toàn huyện' then communes under a merged 'Chia ra' ('TT Kế Sách', 'X. Xuân Hoà', 'X. Phong Nẫm'...),
    a column 'Xã Kế Hưng' (unknown_unit), an attendance row (unknown_metric)"""
    columns: list[tuple[str, Unit | str]] = [*KS_COMMUNES[:12], ("Xã Kế Hưng", "unknown_unit"), KS_COMMUNES[12]]
    n = len(columns)
    s = Sheet("Bieu 02").title(["HUYỆN ỦY KẾ SÁCH", "BAN TUYÊN GIÁO", "*"],
                               [PARTY, "", "Kế Sách, ngày 16 tháng 12 năm 2022"],
                               [f"BIỂU TỔNG HỢP CHỈ TIÊU {CAMPAIGN} NĂM 2022"], 4 + n)
    s.groups(["Đơn vị tính", "Toàn huyện", ("Chia ra", [t for t, _ in columns])], unit="Chỉ tiêu").numbered()
    rng = random.Random(9432022)
    models = [(rng.randint(3, 7), rng.randint(1, 3)) for _ in range(n)]
    lines = [
        Line(1, "Số kế hoạch, hướng dẫn", "Văn bản", [9] + [rng.randint(2, 4) for _ in range(n)],
             ("plans_issued", "value")),
        Line(2, "Tỷ lệ đảng viên đăng ký (%)", "%",
             [X("trên 98%", 98, ">")] + [pct_cell(rng, 96, 100) if j % 3 == 0 else pct1(rng, 96, 100)
                                         for j in range(n)],
             ("reg_party_members_pct", "value")),
        Line(3, "Tổng số mô hình", "Mô hình", [118] + [c + i for c, i in models], ("models_total", "value")),
        Line(4, "Mô hình tập thể", "Mô hình", [80] + [c for c, _ in models], ("models_collective", "value")),
        Line(5, "Mô hình cá nhân", "Mô hình", [38] + [i for _, i in models], ("models_individual", "value")),
        Line(6, "Mô hình điểm", "Mô hình", [2] + [1 if j in (0, 6) else None for j in range(n)],
             ("models_pilot", "value")),
        Line(7, "Tập thể được khen thưởng", "Tập thể", [21] + [rng.randint(0, 2) for _ in range(n)],
             ("commend_collective", "value")),
        Line(8, "Cá nhân được khen thưởng", "Cá nhân", [56] + [rng.randint(1, 5) for _ in range(n)],
             ("commend_individual", "value")),
        Line(9, "Số lượt cán bộ, đảng viên dự học tập chuyên đề", "Lượt",
             [X("6.450", 6450)] + [rng.randint(300, 600) for _ in range(n)], "unknown_metric"),
        Line(10, "Tin, bài đăng tải, chia sẻ trên mạng xã hội", "Tin, bài",
             [X("trên 300", 300, ">")] + ["-" if j == 4 else rng.randint(10, 40) for j in range(n)],
             ("propaganda_social_posts", "value")),
    ]
    s.across(lines, [KE_SACH, *[u for _, u in columns]], s.row - 2, 2022)
    s.sign(["Người lập biểu", "(Đã ký)", "Trịnh Thị Ngọc Hân"], ["TRƯỞNG BAN", "(Đã ký)", "Lâm Văn Hiền"], 10)
    return [s.save(save_openpyxl, out / "KeSach_ChiTieu_TheoXa_2022.xlsx").case("transposed", 2022, "Huyện Kế Sách")]


@register("phu_tan_2024_transposed_noi_dung_dvt_ods")
def case_phu_tan_2024(out: Path) -> list[Case]:
    """.ods transposed with 'Nội dung' and 'ĐVT' columns, 'Tổng số' then the 18 communes (Long Hòa → 'Xã Long Hoà', Tân
    Hoà → 'Xã Tân Hòa'), rates from the two count rows; 'ĐẢNG BỘ TỈNH AN GIANG' tells this Huyện Phú Tân from Cà
    Mau's"""
    n = len(PT_COMMUNES)
    s = Sheet().title(["ĐẢNG BỘ TỈNH AN GIANG", "HUYỆN ỦY PHÚ TÂN", "BAN TUYÊN GIÁO"],
                      [PARTY, "", "Phú Tân, ngày 18 tháng 12 năm 2024"],
                      ["TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2024 (THEO XÃ, THỊ TRẤN)"], 4 + n)
    s.header(["STT", "Nội dung", "ĐVT", "Tổng số", *[t for t, _ in PT_COMMUNES]])
    rng = random.Random(8882024)
    dens, nums = zip(*[ratio(rng, 180, 420, 7, 1e-6) for _ in range(n)])
    lines = [
        Line(1, "Tổng số đảng viên", "Người", [5230, *dens], ("reg_party_members_pct", "den")),
        Line(2, "Số đảng viên đăng ký học tập và làm theo", "Người", [5163, *nums], ("reg_party_members_pct", "num")),
        Line(3, "Số mô hình học tập và làm theo Bác", "Mô hình", [164] + [rng.randint(5, 12) for _ in range(n)],
             ("models_total", "value")),
        Line(None, "Trong đó: mô hình mới", "Mô hình", [23] + ["x" if j == 9 else rng.randint(0, 2) for j in range(n)],
             ("models_new", "value")),
        Line(4, "Số tập thể đề nghị cấp trên khen thưởng", "Tập thể", [3] + [1 if j in (0, 5, 11) else 0
                                                                           for j in range(n)],
             ("commend_proposed_collective", "value")),
        Line(5, "Số cá nhân đề nghị cấp trên khen thưởng", "Cá nhân", [4] + [1 if j in (1, 7) else "-"
                                                                           for j in range(n)],
             ("commend_proposed_individual", "value")),
        Line(6, "Bản tin, bài viết phát trên loa truyền thanh", "Tin, bài",
             [210] + [rng.randint(6, 15) for _ in range(n)], ("propaganda_broadcasts", "value")),
    ]
    s.across(lines, [PHU_TAN, *[u for _, u in PT_COMMUNES]], s.row - 1, 2024).skip()
    s.note("Ghi chú: Tỷ lệ đảng viên đăng ký tính trên tổng số đảng viên, đã trừ đảng viên miễn sinh hoạt.", 1, 12)
    s.sign(["Người tổng hợp", "Võ Thị Kim Ngân"], ["TRƯỞNG BAN", "Nguyễn Thanh Bình"], 12)
    return [s.save(save_ods, out / "PhuTan_TongHop_TheoXa_2024.ods").case("transposed", 2024, "Huyện Phú Tân")]


# ---- 5. Province summaries --------------------------------------------------------------------------------------


@register("soc_trang_2022_province_summary_xlsxwriter")
def case_soc_trang_2022(out: Path) -> list[Case]:
    """province summary of Sóc Trăng: 'Thành ủy', 'Thị ủy', 'Huyện uỷ', 'Đảng bộ huyện ...' rows; 'Đảng ủy Khối các cơ
    quan tỉnh', 'Đảng ủy Khối Doanh nghiệp tỉnh', Quân sự, Công an as other; group row I with a subtotal
    (group_subtotal); 'Toàn tỉnh' = Tỉnh Sóc Trăng"""
    s = Sheet("Tong hop tinh").title(
        ["ĐẢNG BỘ TỈNH SÓC TRĂNG", "BAN TUYÊN GIÁO TỈNH ỦY", "*"], [PARTY, "", "Sóc Trăng, ngày 27 tháng 12 năm 2022"],
        [f"BIỂU TỔNG HỢP {SUBJECT} NĂM 2022", "(Kèm theo Báo cáo số 318-BC/BTGTU của Ban Tuyên giáo Tỉnh ủy)"], 10)
    s.groups([
        ("Tỷ lệ đăng ký học tập và làm theo (%)", ["Đảng viên", "CCVC, LLVT không là đảng viên",
                                                   "Đoàn viên, hội viên"]),
        ("Mô hình", ["Tổng số", "Mô hình điểm"]), ("Khen thưởng", BOTH), "Ghi chú"]).numbered()
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("reg_union_members_pct", "value"), ("models_total", "value"), ("models_pilot", "value"),
                         ("commend_collective", "value"), ("commend_individual", "value"), None]
    bodies = [
        ("Thành ủy Sóc Trăng", "Thành phố Sóc Trăng"), ("Huyện ủy Châu Thành", "Huyện Châu Thành"),
        ("Đảng bộ huyện Kế Sách", "Huyện Kế Sách"), ("Huyện ủy Mỹ Tú", "Huyện Mỹ Tú"),
        ("Huyện uỷ Cù Lao Dung", "Huyện Cù Lao Dung"), ("Huyện ủy Long Phú", "Huyện Long Phú"),
        ("Huyện ủy Mỹ Xuyên", "Huyện Mỹ Xuyên"), ("Thị ủy Ngã Năm", "Thị xã Ngã Năm"),
        ("Huyện ủy Thạnh Trị", "Huyện Thạnh Trị"), ("Thị ủy Vĩnh Châu", "Thị xã Vĩnh Châu"),
        ("Đảng bộ huyện Trần Đề", "Huyện Trần Đề"),
    ]
    rng = random.Random(942022)
    # Group row I carries the clerk's subtotal: every figure of it is a group_subtotal reject.
    rows = [Row("I", "ĐẢNG BỘ HUYỆN, THỊ XÃ, THÀNH PHỐ", None, [98.4, 86.0, 52.3, 1320, 24, 205, 560],
                {i: "group_subtotal" for i in range(7)})]
    for i, (typed, official) in enumerate(bodies, 1):
        union = pct1(rng, 40, 65) if i != 6 else None
        rows.append(Row(i, typed, district(official), [pct1(rng, 97, 100), pct1(rng, 75, 95), union,
                                                       rng.randint(80, 160), rng.randint(1, 3), rng.randint(10, 25),
                                                       rng.randint(30, 70)]))
    rows.append(Row("II", "ĐẢNG BỘ KHỐI, LỰC LƯỢNG VŨ TRANG", None))
    for i, (typed, vals) in enumerate([
        ("Đảng ủy Khối các cơ quan tỉnh", [99.4, 93.5, 70.2, 41, 1, 6, 14]),
        ("Đảng ủy Khối Doanh nghiệp tỉnh", [98.9, None, 55.0, 18, None, 3, 7, "Chưa thống kê CCVC"]),
        ("Đảng ủy Quân sự tỉnh", [100, None, None, 12, 1, 2, 5]),
        ("Đảng ủy Công an tỉnh", [100, None, 81.6, 15, 1, 4, 9]),
    ], 12):
        rows.append(Row(i, typed, other(typed), vals))
    rows.append(Row(None, "Toàn tỉnh", province("Tỉnh Sóc Trăng"),
                    [X("trên 98%", 98, ">"), 87.1, X("trên 50%", 50, ">"), 1406, 27, 220, 595]))
    s.rows(rows, specs, 2022)
    s.sign(["Nơi nhận:", "- Ban Tuyên giáo Trung ương;", "- Thường trực Tỉnh ủy;", "- Lưu VT."],
           ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(Đã ký)", "Trần Thị Ngọc Hạnh"], 8)
    return [s.save(save_xlsxwriter, out / "SocTrang_TongHop_HTLT_2022.xlsx").case("summary", 2022, None)]


@register("bac_lieu_2024_province_summary_xls")
def case_bac_lieu_2024(out: Path) -> list[Case]:
    """legacy .xls province summary of Bạc Liêu: 'Thị ủy Giá Rai', 'Huyện ủy Hòa Bình' → official 'Huyện Hoà Bình';
    rates from the two counts; Đảng ủy Công an tỉnh with its total only (incomplete_ratio); 'Toàn tỉnh'"""
    s = Sheet().title(["TỈNH ỦY BẠC LIÊU", "BAN TUYÊN GIÁO", "*"], [PARTY, "", "Bạc Liêu, ngày 24 tháng 12 năm 2024"],
                      [f"{SUBJECT} NĂM 2024 CỦA CÁC ĐẢNG BỘ TRỰC THUỘC TỈNH ỦY"], 9)
    s.groups([("Đảng viên đăng ký học tập và làm theo", ["Tổng số đảng viên", "Số đã đăng ký"]),
              "Số kế hoạch, hướng dẫn", "Mô hình mới", "Tin, bài tuyên truyền", "Bản tin, bài viết phát thanh",
              "Ghi chú"], unit="Tên đảng bộ")
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"), ("plans_issued", "value"),
                         ("models_new", "value"), ("propaganda_articles", "value"), ("propaganda_broadcasts", "value"),
                         None]
    bodies = [
        ("Thành ủy Bạc Liêu", "Thành phố Bạc Liêu", 6120, 6032), ("Thị ủy Giá Rai", "Thị xã Giá Rai", 4310, 4262),
        ("Huyện ủy Hồng Dân", "Huyện Hồng Dân", 3405, 3361), ("Huyện ủy Phước Long", "Huyện Phước Long", 3118, 3080),
        ("Huyện ủy Vĩnh Lợi", "Huyện Vĩnh Lợi", 2870, 2841), ("Huyện ủy Đông Hải", "Huyện Đông Hải", 3620, 3566),
        ("Huyện ủy Hòa Bình", "Huyện Hoà Bình", 2990, 2954),  # the official list spells it "Hoà Bình"
    ]
    rng = random.Random(952024)
    rows = [Row(i, typed, district(official), [den, num, rng.randint(6, 12), rng.randint(8, 20), rng.randint(40, 90),
                                               rng.randint(30, 80)])
            for i, (typed, official, den, num) in enumerate(bodies, 1)]
    rows += [
        Row(8, "Đảng ủy Khối các cơ quan tỉnh", other("Đảng ủy Khối các cơ quan tỉnh"), [2450, 2441, 5, 6, 22, 4]),
        Row(9, "Đảng ủy Khối Doanh nghiệp tỉnh", other("Đảng ủy Khối Doanh nghiệp tỉnh"), [980, 968, 3, 2, 9, None]),
        Row(10, "Đảng ủy Quân sự tỉnh", other("Đảng ủy Quân sự tỉnh"), [710, 710, 3, 1, 6, 3]),
        # Its total without the count registered and no rate: incomplete_ratio at the total.
        Row(11, "Đảng ủy Công an tỉnh", other("Đảng ủy Công an tỉnh"), [1380, None, 4, 2, 11, 5,
                                                                        "Chưa tổng hợp số đăng ký"],
            {0: "incomplete_ratio"}),
        Row(None, "Toàn tỉnh", province("Tỉnh Bạc Liêu"), [31953, 31494, 14, 104, 480, 365]),
    ]
    s.rows(rows, specs, 2024).sign(["Người tổng hợp", "Nguyễn Thị Diễm My"], ["TRƯỞNG BAN", "Lê Minh Chiến"], 7)
    return [s.save(save_xlwt, out / "BacLieu_2024.xls").case("summary", 2024, None)]


@register("ca_mau_2025_province_summary_new_map")
def case_ca_mau_2025(out: Path) -> list[Case]:
    """2025 province summary on the new map: rows are new communes and wards of Tỉnh Cà Mau (former Bạc Liêu and Cà
    Mau), 'Hoà Bình' → 'Xã Hòa Bình', an unknown commune, a province body as other, 'Toàn tỉnh' = Tỉnh Cà Mau"""
    s = Sheet("Tong hop 2025").title(
        ["ĐẢNG BỘ TỈNH CÀ MAU", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "*"],
        [PARTY, "", "Cà Mau, ngày 19 tháng 12 năm 2025"],
        [f"TỔNG HỢP {SUBJECT} NĂM 2025 CỦA CÁC ĐẢNG BỘ XÃ, PHƯỜNG"], 8)
    s.header(["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình", "Mô hình mới", "Tập thể được khen thưởng",
              "Cá nhân được khen thưởng", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_new", "value"),
                         ("commend_collective", "value"), ("commend_individual", "value"), None]
    typed = as_typed(
        "Phường Bạc Liêu", "Phường Giá Rai", "Phường Láng Tròn", "Xã Hồng Dân", "Ninh Quới", "xã Vĩnh Lộc",
        "Ninh Thạnh Lợi", "Xã Phước Long", ("Hoà Bình", xa("Hòa Bình")), "Xã Đông Hải", "Gành Hào",
        ("Xã Ninh Thạnh Đông", "unknown_unit"), "Phường An Xuyên", "Xã U Minh", "Xã Năm Căn", "Xã Đất Mũi",
    )
    rng = random.Random(962025)
    rows = []
    for i, (name, unit) in enumerate(typed, 1):
        rate = pct1(rng, 96, 100)
        rows.append(Row(i, name, unit, [X(vn(rate), rate) if i % 3 else rate, rng.randint(8, 22), rng.randint(1, 4),
                                        rng.randint(1, 4), rng.randint(2, 8),
                                        "Đảng bộ mới thành lập sau sắp xếp" if i == 4 else None]))
    rows += [
        Row(17, "Đảng ủy Công an tỉnh", other("Đảng ủy Công an tỉnh"), [100, 16, 3, 4, 9]),
        Row(None, "Toàn tỉnh", province("Tỉnh Cà Mau"), [X("trên 98%", 98, ">"), 1296, 187, 241, 603]),
    ]
    s.rows(rows, specs, 2025).sign(["Người tổng hợp", "Trương Thị Ngọc Mai"],
                                   ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Phạm Văn Út"], 6)
    return [s.save(save_openpyxl, out / "CaMau_TongHop_XaPhuong_2025.xlsx").case("summary", 2025, "Tỉnh Cà Mau")]


# ---- 6. Counts typed with their count word or a space -----------------------------------------------------------


@register("quy_hop_2023_count_words_html_xls")
def case_quy_hop_2023(out: Path) -> list[Case]:
    """web-portal '.xls' (an HTML table): '1 205 ĐV', '312 ĐV', '3 MH', '2 kế hoạch', '12 tin, bài', 'trên 90%', 'x', a
    '-' rate (not reported: the two counts give it), '0'"""
    s = Sheet().title(["HUYỆN ỦY QUỲ HỢP", "BAN TUYÊN GIÁO", "*"], [PARTY, "", "Quỳ Hợp, ngày 14 tháng 12 năm 2023"],
                      [f"BIỂU THỐNG KÊ {SUBJECT} NĂM 2023"], 10)
    s.groups([("Đảng viên đăng ký học tập và làm theo", ["Tổng số ĐV", "ĐV đăng ký", "Tỷ lệ (%)"]),
              "Số kế hoạch, hướng dẫn", ("Mô hình", ["Tổng số", "Mô hình mới"]), "Tin, bài tuyên truyền", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                         ("models_new", "value"), ("propaganda_articles", "value"), None]
    rng = random.Random(4202023)
    space = lambda n: thousands(n, " ")  # noqa: E731 - "1 205", as some clerks type it
    rows = []
    for i, (typed, unit) in enumerate(QH_COMMUNES, 1):
        while True:
            den = rng.randint(40, 330) if i > 1 else 1205
            num = den - rng.randint(0, 5)
            if abs((1000 * num / den) % 1 - 0.5) > 1e-6:
                break
        rate = round(100 * num / den, 1)
        party = [[X(f"{space(den)} ĐV", den), X(f"{space(num)} ĐV", num), X(vn(rate) + "%", rate)],
                 [X(f"{space(den)} ĐV", den), X(f"{space(num)} ĐV", num), None],  # the rate from the counts
                 [den, num, X("trên 90%", 90, ">")],
                 [X(space(den), den), X(space(num), num), "-"]][i % 4]
        k = rng.randint(1, 4)
        plans = X(f"{k} kế hoạch", k) if i % 7 else (X("0", 0) if i == 7 else 0)  # "0" and 0: real zeros
        models, new = rng.randint(2, 8), rng.randint(0, 2)
        mcells = ["x", "x"] if i in (6, 17) else [X(f"{models} MH", models), X(f"{new} MH", new) if i % 5 else 0]
        arts = rng.randint(1, 15)
        rows.append(Row(i, typed, unit, [*party, plans, *mcells, X(f"{arts} tin, bài", arts),
                                         "Chưa báo cáo mô hình" if i in (6, 17) else None]))
    rows.append(Row(None, "Toàn huyện", QUY_HOP, [X("5 872 ĐV", 5872), X("5 810 ĐV", 5810), X("98,9%", 98.9),
                                                  X("12 kế hoạch", 12), X("146 MH", 146), X("19 MH", 19),
                                                  X("163 tin, bài", 163)]))
    s.rows(rows, specs, 2023).sign(["Người lập biểu", "Lang Thị Hoa"], ["TRƯỞNG BAN", "Vi Văn Sơn"], 7)
    return [s.save(save_html_xls, out / "QuyHop_ThongKe_2023.xls").case("wide", 2023, "Huyện Quỳ Hợp")]


# ---- 7. Notes inside the table, signature blocks, a Ghi chú column -----------------------------------------------


@register("nghia_hanh_2022_notes_inside_ods")
def case_nghia_hanh_2022(out: Path) -> list[Case]:
    """.ods: a merged 'Ghi chú: ...' line and a '(*) ...' line between unit rows, a '(*)' in the Ghi chú column of the
    row it is about, a Ghi chú column with text, 'Nơi nhận: - Như trên; ... - Lưu VP.'"""
    s = Sheet("Bieu 01").title(["ĐẢNG BỘ TỈNH QUẢNG NGÃI", "HUYỆN ỦY NGHĨA HÀNH", "*"],
                               [PARTY, "", "Nghĩa Hành, ngày 09 tháng 12 năm 2022"],
                               [f"BIỂU TỔNG HỢP {SUBJECT} NĂM 2022"], 8)
    s.header(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký (%)",
              "Số kế hoạch, hướng dẫn", "Tổng số mô hình", "Mô hình mới", "Ghi chú"]).numbered()
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("plans_issued", "value"), ("models_total", "value"), ("models_new", "value"), None]
    rng = random.Random(5322022)

    def unit_row(i: int, typed: str, unit: Unit, note: str | None = None) -> Row:
        return Row(i, typed, unit, [pct1(rng, 96, 100), pct1(rng, 78, 96), rng.randint(2, 5), rng.randint(5, 12),
                                    rng.randint(0, 3), note])

    units = [c for c in NH_COMMUNES if c[0] != "Xã Hành Thịnh"]
    s.rows([unit_row(i, t, u) for i, (t, u) in enumerate(units[:5], 1)], specs, 2022)
    s.note("Ghi chú: Xã Hành Thịnh chưa gửi báo cáo, số liệu sẽ bổ sung sau.")
    s.rows([unit_row(i, t, u, "Có mô hình điểm của huyện" if i == 7 else None)
            for i, (t, u) in enumerate(units[5:9], 6)], specs, 2022)
    s.note("(*) Số liệu của xã Hành Tín Đông tính đến ngày 30/11.", 2)
    s.rows([unit_row(10, *units[9]), unit_row(11, *units[10], "(*) Số liệu tạm tính"),
            Row(12, "Chi bộ Trung tâm Chính trị huyện", other("Chi bộ Trung tâm Chính trị huyện"),
                [100, 100, 1, 1, None, "Cơ quan khối Đảng"]),
            Row(None, "Tổng cộng", NGHIA_HANH, [98.2, 88.4, 9, 98, 17])], specs, 2022).skip()
    s.note("Ghi chú: Tỷ lệ đăng ký tính trên tổng số đảng viên, CCVC, LLVT thuộc đơn vị.", 2, 2)
    s.sign(["Nơi nhận:", "- Như trên;", "- Ban Tuyên giáo Tỉnh ủy;", "- Thường trực Huyện ủy;", "- Lưu VP."],
           ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "(Đã ký)", "", "Đỗ Văn Hải"], 6)
    return [s.save(save_ods, out / "NghiaHanh_BieuTongHop_2022.ods").case("wide", 2022, "Huyện Nghĩa Hành")]


# ---- 8. Workbooks reused year after year; a correction file ---------------------------------------------------

COVER_LINES = [
    "HƯỚNG DẪN ĐIỀN BIỂU SỐ LIỆU HỌC TẬP VÀ LÀM THEO BÁC",
    "- Các đảng bộ xã, thị trấn điền số liệu vào sheet 'Bieu 01'; không chèn thêm cột.",
    "- Tỷ lệ (%) ghi một chữ số thập phân; ô không có số liệu để trống.",
    "- Sheet của năm trước giữ lại để đối chiếu, không sửa.",
    "- Hạn gửi: trước ngày 15/12, qua hộp thư điện tử của Ban Tuyên giáo Huyện ủy.",
]

TP_LABELS = ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Số kế hoạch, hướng dẫn", "Tổng số mô hình",
             "Mô hình tập thể", "Mô hình cá nhân", "Số tin, bài tuyên truyền"]
TP_SPECS: list[Spec] = [("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                        ("models_collective", "value"), ("models_individual", "value"),
                        ("propaganda_articles", "value")]


def tp_rows(seed: int, total: list[Any]) -> list[Row]:
    rng = random.Random(seed)
    rows = []
    for i, (typed, unit) in enumerate(TP_COMMUNES, 1):
        coll, ind = rng.randint(2, 6), rng.randint(1, 3)
        rows.append(Row(i, typed, unit, [pct_cell(rng, 96, 100), rng.randint(2, 5), coll + ind, coll, ind,
                                         rng.randint(2, 9)]))
    rows.append(Row(None, "Tổng cộng", THANH_PHU, total))
    return rows


@register("thanh_phu_2023_cover_and_hidden_last_year")
def case_thanh_phu_2023(out: Path) -> list[Case]:
    """workbook: an instructions sheet, last year's copy 'Bieu 01 (2022)' hidden between it and the 2023 table on the
    third sheet (only 2023 loaded); percent-formatted rates; 'Xã Hoà Lợi'"""
    left = ["HUYỆN ỦY THẠNH PHÚ", "BAN TUYÊN GIÁO", "*"]
    signs = (["Người lập biểu", "Phan Thị Kim Yến"], ["TRƯỞNG BAN", "Võ Văn Rớt"])
    old = simple_table("Bieu 01 (2022)", left, [PARTY, "", "Thạnh Phú, ngày 16 tháng 12 năm 2022"],
                       ["BIỂU 01: KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2022"], TP_LABELS,
                       tp_rows(837022, [Pct(0.979), 8, 121, 83, 38, 77]), TP_SPECS, 2022, Expect(), signs)
    exp = Expect()
    now = simple_table("Bieu 01", left, [PARTY, "", "Thạnh Phú, ngày 15 tháng 12 năm 2023"],
                       ["BIỂU 01: KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2023"], TP_LABELS,
                       tp_rows(837023, [Pct(0.984), 9, 128, 87, 41, 80]), TP_SPECS, 2023, exp, signs)
    path = save_openpyxl(out / "Bieu_01_HTLT_ThanhPhu.xlsx", [cover_sheet("Huong dan", COVER_LINES), old, now])
    hide_sheets_openpyxl(path, {"Bieu 01 (2022)"})
    return [exp.case(path, "wide", 2023, "Huyện Thạnh Phú")]


@register("dong_hai_2024_dieuchinh_xlsxwriter")
def case_dong_hai_2024(out: Path) -> list[Case]:
    """correction file '..._dieuchinh.xlsx' ('Bản điều chỉnh'): chi bộ counts as two columns, model formulas with cached
    values, 'Long Điền' / 'Long Điền Đông' / 'Long Điền Đông A' / 'Long Điền Tây', 'An Trạch' / 'An Trạch A'"""
    s = Sheet("Bieu so lieu").title(
        ["ĐẢNG BỘ TỈNH BẠC LIÊU", "HUYỆN ỦY ĐÔNG HẢI", "*"], [PARTY, "", "Đông Hải, ngày 23 tháng 12 năm 2024"],
        [f"BIỂU SỐ LIỆU {CAMPAIGN} NĂM 2024", "(Bản điều chỉnh, thay thế biểu số liệu gửi ngày 16/12/2024)"], 9)
    s.groups([("Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", ["Tổng số chi bộ", "Số chi bộ hoàn thành"]),
              ("Mô hình", ["Tổng số", "Tập thể", "Cá nhân"]), "Tỷ lệ đoàn viên, hội viên đăng ký (%)", "Ghi chú"])
    specs: list[Spec] = [("party_cells_plans_pct", "den"), ("party_cells_plans_pct", "num"), ("models_total", "value"),
                         ("models_collective", "value"), ("models_individual", "value"),
                         ("reg_union_members_pct", "value"), None]
    rng = random.Random(9602024)
    first = s.row
    rows = []
    for i, (typed, unit) in enumerate(DH_COMMUNES, 1):
        r = first + i - 1
        den, num = ratio(rng, 8, 16, 1, 1e-6)
        coll, ind = rng.randint(2, 6), rng.randint(1, 3)
        rows.append(Row(i, typed, unit, [den, num, Formula(f"=F{r}+G{r}", coll + ind), coll, ind,
                                         pct_cell(rng, 40, 65), "Đã điều chỉnh" if i in (3, 8) else None]))
    end = first + len(DH_COMMUNES) - 1
    rows.append(Row(None, "Toàn huyện", DONG_HAI, [
        *[Formula(f"=SUM({c}{first}:{c}{end})", sum(rw.values[k] for rw in rows)) for k, c in enumerate("CD")],
        108, 72, 36, X("53,4%", 53.4)]))
    s.rows(rows, specs, 2024).sign(["Người lập biểu", "(Đã ký)", "Huỳnh Thị Mộng Tuyền"],
                                   ["TRƯỞNG BAN", "(Đã ký)", "Nguyễn Hoàng Nam"], 7)
    return [s.save(save_xlsxwriter, out / "BaoCao_DongHai_2024_dieuchinh.xlsx").case("wide", 2024, "Huyện Đông Hải")]


# ---- 9. Two visible sheets giving the same figure ---------------------------------------------------------------


@register("vung_liem_2023_two_sheets_conflict")
def case_vung_liem_2023(out: Path) -> list[Case]:
    """two visible sheets both giving 'Tổng số mô hình' per commune: equal everywhere but Xã Trung Hiệp (one more on the
    second: conflict at both cells, no fact); the equal ones and the totals one fact each"""
    left = ["HUYỆN ỦY VŨNG LIÊM", "BAN TUYÊN GIÁO", "*"]
    right = [PARTY, "", "Vũng Liêm, ngày 19 tháng 12 năm 2023"]
    rng = random.Random(8592023)
    models = [(rng.randint(3, 7), rng.randint(1, 3)) for _ in VL_COMMUNES]
    clash = "Trung Hiệp"  # sheet 2 says one model more than sheet 1
    exp = Expect()
    # Sheet 1: registration, total models, commendations.
    rows1 = []
    for i, ((typed, unit), (c, n)) in enumerate(zip(VL_COMMUNES, models), 1):
        rows1.append(Row(i, typed, unit, [pct1(rng, 96, 100), c + n, rng.randint(0, 2), rng.randint(1, 4)],
                         {1: "conflict"} if typed == clash else {}))
    rows1.append(Row(None, "Toàn huyện", VUNG_LIEM, [98.5, 118, 22, 51]))
    s1 = simple_table("Bieu 1 - Tong hop", left, right, ["BIỂU 1: TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2023"],
                      ["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tổng số mô hình", "Tập thể được khen thưởng",
                       "Cá nhân được khen thưởng"],
                      rows1, [("reg_party_members_pct", "value"), ("models_total", "value"),
                              ("commend_collective", "value"), ("commend_individual", "value")], 2023, exp)
    # Sheet 2: the models in detail, with the total again.
    rows2 = []
    for i, ((typed, unit), (c, n)) in enumerate(zip(VL_COMMUNES, models), 1):
        total = c + n + (typed == clash)
        rows2.append(Row(i, typed, unit, [total, c + (typed == clash), n, rng.randint(0, 2)],
                         {0: "conflict"} if typed == clash else {}))
    rows2.append(Row(None, "Toàn huyện", VUNG_LIEM, [118, 80, 38, 19]))
    s2 = simple_table("Bieu 2 - Mo hinh", left, right, ["BIỂU 2: MÔ HÌNH HỌC TẬP VÀ LÀM THEO BÁC NĂM 2023"],
                      ["STT", "Đơn vị", "Tổng số mô hình", "Mô hình tập thể", "Mô hình cá nhân", "Mô hình mới"],
                      rows2, [("models_total", "value"), ("models_collective", "value"),
                              ("models_individual", "value"), ("models_new", "value")], 2023, exp,
                      (["Người lập biểu", "Trần Thị Thu Hà"], ["TRƯỞNG BAN", "Phạm Văn Tư"]))
    return [s1.save(save_openpyxl, out / "VungLiem_HTLT_2023.xlsx", s2).case("wide", 2023, "Huyện Vũng Liêm")]


@register("my_tu_2024_two_sheets_agree_xlsxwriter")
def case_my_tu_2024(out: Path) -> list[Case]:
    """two visible sheets repeating each commune's rate ('98,6' as text on one, a number on the other) and model count
    with the same values: one fact each, no reject"""
    left = ["ĐẢNG BỘ TỈNH SÓC TRĂNG", "HUYỆN ỦY MỸ TÚ", "*"]
    right = [*STATE, "Mỹ Tú, ngày 17 tháng 12 năm 2024"]
    rng = random.Random(9442024)
    vals = [(pct1(rng, 96, 100), rng.randint(5, 10), rng.randint(0, 2)) for _ in MT_COMMUNES]
    exp = Expect()
    rows1 = [Row(i, typed, unit, [rate, m, rng.randint(2, 6)])
             for i, ((typed, unit), (rate, m, _)) in enumerate(zip(MT_COMMUNES, vals), 1)]
    rows1.append(Row(None, "Tổng cộng", MY_TU, [98.6, 71, 40]))
    s1 = simple_table("TH 2024", left, right, ["BIỂU TỔNG HỢP HỌC TẬP VÀ LÀM THEO BÁC NĂM 2024"],
                      ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Số mô hình", "Số tin, bài tuyên truyền"], rows1,
                      [("reg_party_members_pct", "value"), ("models_total", "value"), ("propaganda_articles", "value")],
                      2024, exp)
    # The second sheet repeats the rate (typed as text) and the models: the same values, one fact each.
    rows2 = [Row(i, typed, unit, [X(vn(rate), rate), m, new])
             for i, ((typed, unit), (rate, m, new)) in enumerate(zip(MT_COMMUNES, vals), 1)]
    rows2.append(Row(None, "Tổng cộng", MY_TU, [X("98,6", 98.6), 71, 11]))
    s2 = simple_table("MH 2024", left, right, ["CHI TIẾT MÔ HÌNH HỌC TẬP VÀ LÀM THEO BÁC NĂM 2024"],
                      ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình", "Mô hình mới"], rows2,
                      [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_new", "value")],
                      2024, exp, (["Người lập biểu", "Lâm Thị Sa Quên"], ["TRƯỞNG BAN", "Trần Quốc Khởi"]))
    return [s1.save(save_xlsxwriter, out / "MyTu_HTLT_2024.xlsx", s2).case("wide", 2024, "Huyện Mỹ Tú")]


# ---- 10. Files to be refused, and the same with --year -----------------------------------------------------------


@register("ke_sach_2023_six_months_refused_xls")
def case_ke_sach_six_months(out: Path) -> list[Case]:
    """legacy .xls 'BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2023': a half-year review, refused as short_period"""
    rows = [Row(i, t, u, [v, m, a]) for i, ((t, u), (v, m, a)) in enumerate(zip(KS_COMMUNES[:6], [
        (97.2, 5, 3), (98.0, 6, 2), (96.9, 4, 1), (97.5, 5, 2), (98.3, 6, 4), (97.0, 4, 1)]), 1)]
    rows.append(Row(None, "Toàn huyện", KE_SACH, [97.6, 61, 22]))
    s = simple_table("So ket 6 thang", ["HUYỆN ỦY KẾ SÁCH", "BAN TUYÊN GIÁO", "*"],
                     [PARTY, "", "Kế Sách, ngày 22 tháng 6 năm 2023"],
                     ["BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2023 THỰC HIỆN KẾT LUẬN SỐ 01-KL/TW CỦA BỘ CHÍNH TRỊ",
                      "(Số liệu từ ngày 01/01 đến ngày 15/6)"],
                     ["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tổng số mô hình", "Số tin, bài tuyên truyền"],
                     rows, [("reg_party_members_pct", "value"), ("models_total", "value"),
                            ("propaganda_articles", "value")], 2023, Expect())
    return [refused(s.save(save_xlwt, out / "KeSach_SoKet_2023.xls").path, "short_period", 2023, "Huyện Kế Sách")]


@register("vinh_chau_no_year_refused", "vinh_chau_no_year_with_year_option")
def case_vinh_chau_no_year(out: Path) -> list[Case]:
    """'THỊ ỦY VĨNH CHÂU', template name 'Bieu_so_lieu_HTLT.xlsx', sheet 'Sheet1', title without a year; the only year
    is in the date line: refused as no_year"""
    s = Sheet().title(["THỊ ỦY VĨNH CHÂU", "BAN TUYÊN GIÁO", "*"], [PARTY, "", "Vĩnh Châu, ngày 18 tháng 12 năm 2023"],
                      [f"BIỂU TỔNG HỢP SỐ LIỆU {CAMPAIGN}", "(Kèm theo Báo cáo của Ban Thường vụ Thị ủy)"], 8)
    s.header(["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tỷ lệ đoàn viên, hội viên đăng ký (%)", "Tổng số mô hình",
              "Mô hình tập thể", "Mô hình cá nhân", "Ghi chú"]).numbered()
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_union_members_pct", "value"),
                         ("models_total", "value"), ("models_collective", "value"), ("models_individual", "value"),
                         None]
    rng = random.Random(950000)
    rows = []
    for i, (typed, unit) in enumerate(VC_COMMUNES, 1):
        coll, ind = rng.randint(3, 7), rng.randint(1, 3)
        rows.append(Row(i, typed, unit, [pct1(rng, 96, 100), pct1(rng, 40, 62), coll + ind, coll, ind,
                                         "Đồng bào Khmer chiếm trên 50%" if i == 6 else None]))
    rows.append(Row(None, "Tổng cộng", VINH_CHAU, [98.4, X("trên 50%", 50, ">"), 79, 52, 27]))
    s.rows(rows, specs, 2023).sign(["Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy;", "- Lưu VP."],
                                   ["T/M BAN THƯỜNG VỤ", "(Đã ký)", "Trần Văn Lâu"], 6)
    path = s.save(save_openpyxl, out / "Bieu_so_lieu_HTLT.xlsx").path
    return [
        refused(path, "no_year", None, "Thị xã Vĩnh Châu"),
        s.case("wide", 2023, "Thị xã Vĩnh Châu",
               "the same file with --year 2023: loaded as 2023 (a thị xã: 'Thị ủy', phường and xã)",
               args=["--year", "2023"]),
    ]


# ---- 11. A long table over two years; a models register with the appraisal of 2024 -----------------------------


@register("cho_lach_2022_2023_long_csv")
def case_cho_lach_long(out: Path) -> list[Case]:
    """long CSV (';', decimal comma, BOM): Năm, Tỉnh, Huyện, Xã, Chỉ tiêu, Giá trị, Tử số, Mẫu số over 2022 and 2023;
    district rows with Xã blank; ratios from Tử số/Mẫu số, '11/11', 'trên 150'"""
    bt, cl = "Bến Tre", "Chợ Lách"
    # (year, commune as typed, indicator as typed, value, numerator, denominator, unit, metric)
    rows: list[tuple[Any, ...]] = [
        (2022, None, "Số kế hoạch, hướng dẫn ban hành", 7, None, None, CHO_LACH, "plans_issued"),
        (2022, None, "Tỷ lệ đảng viên đăng ký", None, 3012, 3061, CHO_LACH, "reg_party_members_pct"),
        (2022, None, "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký", X("85,5", 85.5), None, None, CHO_LACH,
         "reg_civil_servants_pct"),
        (2022, None, "Tổng số mô hình", 84, None, None, CHO_LACH, "models_total"),
        (2022, "TT Chợ Lách", "Tổng số mô hình", 11, None, None, tt("Chợ Lách"), "models_total"),
        (2022, "Vĩnh Thành", "Mô hình mới", 2, None, None, xa("Vĩnh Thành"), "models_new"),
        (2022, "Hoà Nghĩa", "Tỷ lệ đảng viên đăng ký", X("98,1", 98.1), 258, 263, xa("Hòa Nghĩa"),
         "reg_party_members_pct"),
        (2023, None, "Tập thể được khen thưởng", 19, None, None, CHO_LACH, "commend_collective"),
        (2023, None, "Cá nhân được khen thưởng", 47, None, None, CHO_LACH, "commend_individual"),
        (2023, None, "Tập thể đề nghị cấp trên khen thưởng", 2, None, None, CHO_LACH, "commend_proposed_collective"),
        (2023, None, "Cá nhân đề nghị cấp trên khen thưởng", 3, None, None, CHO_LACH, "commend_proposed_individual"),
        (2023, None, "Tỷ lệ xã, thị trấn nhân rộng mô hình", X("11/11", 100, None, 11, 11), None, None, CHO_LACH,
         "model_replication_pct"),
        (2023, "Phú Phụng", "Số tin, bài tuyên truyền", 9, None, None, xa("Phú Phụng"), "propaganda_articles"),
        (2023, "Sơn Định", "Tỷ lệ đoàn viên, hội viên đăng ký", X("trên 50%", 50, ">"), None, None, xa("Sơn Định"),
         "reg_union_members_pct"),
        (2023, "Hưng Khánh Trung B", "Mô hình tập thể", 4, None, None, xa("Hưng Khánh Trung B"),
         "models_collective"),
        (2023, "Hưng Khánh Trung B", "Mô hình cá nhân", 2, None, None, xa("Hưng Khánh Trung B"),
         "models_individual"),
        (2023, None, "Bản tin, bài viết phát trên đài truyền thanh", 64, None, None, CHO_LACH,
         "propaganda_broadcasts"),
        (2023, None, "Tin, bài đăng, chia sẻ trên mạng xã hội", X("trên 150", 150, ">"), None, None, CHO_LACH,
         "propaganda_social_posts"),
        (2023, "xã Tân Thiềng", "Tỷ lệ chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", None, 9, 9,
         xa("Tân Thiềng"), "party_cells_plans_pct"),
    ]
    s = Sheet()
    lay_long(s, 2, [(year, bt, cl, com, label, value, num, den, (unit, metric))
                    for year, com, label, value, num, den, unit, metric in rows], s.exp)
    return [s.save(save_csv, out / "DuLieu_ChoLach_2022_2023.csv").case("long", None, "Huyện Chợ Lách")]


@register("thanh_phu_2024_models_register_appraisal")
def case_thanh_phu_models(out: Path) -> list[Case]:
    """models register with the appraisal columns (Học tập Bác | Làm theo Bác | Nêu gương, the exemplary individual, the
    step); hosts naming a commune ('Đảng ủy thị trấn Thạnh Phú', 'Chi bộ ấp An Định, xã An Điền') or the district
    ('Trung tâm Y tế huyện Thạnh Phú')"""
    labels = ["STT", "Tên mô hình", "Đơn vị thực hiện", "Tập thể/Cá nhân", "Lĩnh vực", "Học tập Bác", "Làm theo Bác",
              "Nêu gương", "Cá nhân điển hình", "Bước thực hiện", "Mô hình mới", "Mô hình điểm"]
    s = Sheet("DS mo hinh 2024").title(["HUYỆN ỦY THẠNH PHÚ", "BAN TUYÊN GIÁO", "*"],
                                       [PARTY, "", "Thạnh Phú, ngày 20 tháng 12 năm 2024"],
                                       [f"DANH SÁCH MÔ HÌNH {CAMPAIGN} ĐĂNG KÝ VÀ THẨM ĐỊNH NĂM 2024"], len(labels))
    s.header(labels)
    # name, host, kind, field, three contents, exemplary individual, step, new, pilot; the commune the host names
    typed: list[tuple[Any, ...]] = [
        ("Tổ hùn vốn xoay vòng giúp hội viên phụ nữ nghèo", "Hội LHPN xã An Thạnh", "Tập thể", "Kinh tế",
         "x", "x", "x", "Bà Nguyễn Thị Bé Tư", "Đã thẩm định", "x", None, "Xã An Thạnh"),
        ("Ngày Chủ nhật xanh ven biển", "Đoàn Thanh niên xã Thạnh Hải", "Tập thể", "Môi trường",
         "x", "x", "x", "Anh Lê Minh Trí", "Đang triển khai", "x", None, "Xã Thạnh Hải"),
        ("Nuôi tôm sinh thái dưới tán rừng", "Ông Trần Văn Út, ấp Thạnh Hòa, xã Thạnh Phong", "Cá nhân", "Kinh tế",
         "Có", "Có", "Có", "Ông Trần Văn Út", "Đã sơ kết", None, None, "Xã Thạnh Phong"),
        ("Một cửa thân thiện, vì nhân dân phục vụ", "Đảng ủy thị trấn Thạnh Phú", "Tập thể", "Cải cách hành chính",
         "x", "x", "x", "Bà Phạm Thị Mai, công chức một cửa", "Đã thẩm định", "x", "x", "Thị trấn Thạnh Phú"),
        ("Mỗi đảng viên giúp đỡ một hộ nghèo", "Chi bộ ấp An Định, xã An Điền", "Tập thể", "An sinh xã hội",
         "x", "x", None, "Ông Huỳnh Văn Bảy", "Đăng ký", "x", None, "Xã An Điền"),
        ("Khám chữa bệnh tận tình, chu đáo", "Trung tâm Y tế huyện Thạnh Phú", "Tập thể", "Y tế",
         "x", "x", "x", "Bác sĩ Lê Thị Hồng", "Đang triển khai", None, None, None),
        ("Tiếng kẻng an ninh", "Công an huyện", "Tập thể", "An ninh trật tự",
         "x", "x", "x", "Thượng úy Nguyễn Văn Hậu", "Đã sơ kết", None, "x", None),
        ("Vườn dừa hữu cơ liên kết tiêu thụ", "Hội Nông dân xã Mỹ An", "Tập thể", "Kinh tế",
         "x", "x", "x", "Ông Võ Văn Hai", "Đã thẩm định", "x", None, "Xã Mỹ An"),
        ("Gương sáng hiến đất làm đường", "Bà Lê Thị Sáu, xã Giao Thạnh", "Cá nhân", "Văn hóa - xã hội",
         "Có", "Có", "Có", "Bà Lê Thị Sáu", "Đã sơ kết", None, None, "Xã Giao Thạnh"),
    ]
    first = s.row
    for i, row in enumerate(typed):
        s.put_row(first + i, [i + 1, *row[:-1]])
    s.row = first + len(typed)
    s.sign(["Người lập danh sách", "(Đã ký)", "Phan Thị Kim Yến"], ["TRƯỞNG BAN", "(Đã ký)", "Võ Văn Rớt"], 8)
    s.save(save_openpyxl, out / "DanhSach_MoHinh_ThanhPhu_2024.xlsx")
    items = models_items([(t[0], t[1], kind_of(t[2]), t[9] == "x", t[10] == "x", t[11]) for t in typed], first,
                         "Huyện Thạnh Phú", 2024)
    return [s.case("models", 2024, "Huyện Thạnh Phú", items=items, items_view="models")]


# ---- More rejects, in a thị xã's Unicode-text file ------------------------------------------------------------


@register("nga_nam_2023_bad_cells_unicode_txt")
def case_nga_nam_2023(out: Path) -> list[Case]:
    """Excel 'Unicode Text' of a thị xã (Phường 1/2/3): '102,5' (pct_out_of_range), a count without its total
    (incomplete_ratio), '5,5' models, '3/4' and '20%' in count columns, -1, an unknown commune, a meetings column
    (unmapped_column)"""
    s = Sheet().title(["THỊ ỦY NGÃ NĂM", "BAN TUYÊN GIÁO"], [PARTY, "Ngã Năm, ngày 14 tháng 12 năm 2023"],
                      ["SỐ LIỆU HỌC TẬP VÀ LÀM THEO BÁC NĂM 2023"], 10)
    s.exp.reject(s.row, 9, "unmapped_column")  # meetings held: no metric of the campaign
    s.header(["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tổng số chi bộ",
              "Số chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Số mô hình", "Mô hình mới",
              "Tập thể được khen thưởng", "Số buổi sinh hoạt chuyên đề", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("party_cells_plans_pct", "den"),
                         ("party_cells_plans_pct", "num"), ("models_total", "value"), ("models_new", "value"),
                         ("commend_collective", "value"), None, None]
    rows = [
        Row(1, "Phường 1", phuong("1"), [98.5, 9, 9, 8, 2, 1, 12]),
        Row(2, "Phường 2", phuong("2"), [X("102,5", 102.5), 8, 7, 6, 1, 1, 10, "Gõ nhầm"], {0: "pct_out_of_range"}),
        # The total of chi bộ is missing and no rate is typed: incomplete_ratio at the count.
        Row(3, "Phường 3", phuong("3"), [97.9, None, 7, 5, 1, 0, 9], {2: "incomplete_ratio"}),
        Row(4, "Xã Vĩnh Quới", xa("Vĩnh Quới"), [98.1, 11, 10, X("5,5", 5.5), 1, 1, 8], {3: "fractional_count"}),
        Row(5, "Xã Tân Long", xa("Tân Long"), [96.7, 10, 10, 6, frac(3, 4), 2, 7], {4: "fraction_for_count"}),
        Row(6, "Xã Long Bình", xa("Long Bình"), [97.2, 8, 8, 6, 1, X("20%", 20), 6], {5: "percent_for_count"}),
        Row(7, "Xã Mỹ Bình", xa("Mỹ Bình"), [97.6, 9, 9, -1, 0, 1, 8], {3: "negative_count"}),
        Row(8, "Xã Mỹ Quới", xa("Mỹ Quới"), [98.8, 12, 11, 7, 2, 2, 11]),
        Row(9, "Xã Long Bình Tây", "unknown_unit", [97.0, 7, 7, 4, 1, 1, 5]),
        Row(None, "Tổng cộng", NGA_NAM, [98.0, 81, 78, 52, 9, 9, 80]),
    ]
    s.rows(rows, specs, 2023).sign(["Người lập biểu", "Sơn Thị Sa Ri"], ["TRƯỞNG BAN", "Lý Hoàng Nam"], 7)
    return [s.save(save_unicode_text, out / "NgaNam_SoLieu_2023.txt").case("wide", 2023, "Thị xã Ngã Năm")]


# ---- More variants: a district's own vertical report over two years, a transposed table with its total last, a
# city's report with a duplicated column, a report dated in January with no year in its title -------------------

THANH_TRI = district("Huyện Thạnh Trị")  # Tỉnh Sóc Trăng, 949
CU_LAO_DUNG = district("Huyện Cù Lao Dung")  # Tỉnh Sóc Trăng, 945
BAC_LIEU_CITY = district("Thành phố Bạc Liêu")  # Tỉnh Bạc Liêu, 954
TRAN_DE = district("Huyện Trần Đề")  # Tỉnh Sóc Trăng, 951


@register("thanh_tri_2023_2024_district_vertical_year_columns")
def case_thanh_tri_vertical(out: Path) -> list[Case]:
    """the district's own vertical report (issued by 'HUYỆN ỦY THẠNH TRỊ') with 'Năm 2023' | 'Năm 2024' columns: total,
    count and typed rate on three rows, '8/10', percent-formatted rates, '- Mô hình tập thể' rows, a '-' cell"""
    s = Sheet("Bieu 01").title(
        ["HUYỆN ỦY THẠNH TRỊ", "BAN TUYÊN GIÁO", "*"], [PARTY, "", "Thạnh Trị, ngày 20 tháng 12 năm 2024"],
        [f"MỘT SỐ CHỈ TIÊU {CAMPAIGN} NĂM 2023 VÀ NĂM 2024"], 6)
    s.header(["STT", "Nội dung", "ĐVT", "Năm 2023", "Năm 2024", "Ghi chú"]).numbered()
    two = lambda metric, role="value": [(metric, role, 2023), (metric, role, 2024)]  # noqa: E731
    lines = [
        Line("I", "ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO"),
        Line(1, "Tổng số đảng viên", "Đảng viên", [3415, 3472], two("reg_party_members_pct", "den")),
        Line(2, "Số đảng viên đăng ký học tập và làm theo", "Đảng viên", [3368, 3430],
             two("reg_party_members_pct", "num")),
        Line(3, "Tỷ lệ đảng viên đăng ký", "%", [X("98,6%", 98.6), X("98,8%", 98.8)], two("reg_party_members_pct")),
        Line(4, "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký", "%", [86.5, X("trên 88%", 88, ">")],
             two("reg_civil_servants_pct")),
        Line(5, "Tỷ lệ đoàn viên, hội viên đăng ký", "%", [Pct(0.523), Pct(0.548)], two("reg_union_members_pct")),
        Line("II", "MÔ HÌNH HỌC TẬP VÀ LÀM THEO BÁC"),
        Line(6, "Số mô hình học tập và làm theo Bác", "Mô hình", [104, 112], two("models_total")),
        Line(None, "- Mô hình tập thể", "Mô hình", [70, 75], two("models_collective")),
        Line(None, "- Mô hình cá nhân", "Mô hình", [34, 37], two("models_individual")),
        Line(7, "Mô hình điểm cấp huyện", "Mô hình", [2, 3], two("models_pilot")),
        Line(8, "Tỷ lệ xã, thị trấn nhân rộng mô hình", "%",
             [X("8/10", 80, None, 8, 10), X("10/10", 100, None, 10, 10)], two("model_replication_pct")),
        Line("III", "KHEN THƯỞNG"),
        Line(9, "Tập thể được Huyện ủy khen thưởng", "Tập thể", [18, 21], two("commend_collective")),
        Line(10, "Cá nhân được Huyện ủy khen thưởng", "Cá nhân", [40, 46], two("commend_individual")),
        Line(11, "Tập thể đề nghị Tỉnh ủy khen thưởng", "Tập thể", [1, 2], two("commend_proposed_collective")),
        Line(12, "Cá nhân đề nghị Tỉnh ủy khen thưởng", "Cá nhân", [2, "-"], two("commend_proposed_individual"),
             note="Năm 2024 chưa xét đề nghị"),
    ]
    s.lines(lines, THANH_TRI, None)  # the years are in the columns' specs
    s.sign(["Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy;", "- Lưu VP."], ["TRƯỞNG BAN", "(Đã ký)", "Lâm Thị Ngọc Điệp"], 5)
    return [s.save(save_openpyxl, out / "ThanhTri_ChiTieu_2023_2024.xlsx").case("vertical", None, "Huyện Thạnh Trị")]


@register("cu_lao_dung_2024_transposed_total_last_xls")
def case_cu_lao_dung_2024(out: Path) -> list[Case]:
    """legacy .xls transposed with the communes under 'Xã, thị trấn' first and the district's 'Cộng' last; 'An Thạnh
    1/2/3', 'Đại Ân 1'; chi bộ rates as 'x/y' with '13/12' and '0/0'"""
    communes = as_typed(
        "TT Cù Lao Dung", "An Thạnh 1", "An Thạnh Tây", "An Thạnh Đông", "Đại Ân 1", "An Thạnh 2", "An Thạnh 3",
        "An Thạnh Nam",
    )
    n = len(communes)
    s = Sheet().title(["HUYỆN ỦY CÙ LAO DUNG", "BAN TUYÊN GIÁO"], [PARTY, "Cù Lao Dung, ngày 13 tháng 12 năm 2024"],
                      ["BIỂU SỐ LIỆU HỌC TẬP VÀ LÀM THEO BÁC NĂM 2024"], 3 + n + 1)
    s.groups(["ĐVT", ("Xã, thị trấn", [t for t, _ in communes]), "Cộng"], unit="Chỉ tiêu")
    rng = random.Random(9452024)
    cells = [frac(9, 9), frac(7, 8), "13/12", frac(6, 6), "0/0", frac(8, 8), frac(10, 11), frac(7, 7), frac(61, 64)]
    lines = [
        Line(1, "Số kế hoạch, hướng dẫn ban hành", "Văn bản", [rng.randint(2, 4) for _ in range(n)] + [7],
             ("plans_issued", "value")),
        Line(2, "Tỷ lệ chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Chi bộ", cells,
             ("party_cells_plans_pct", "value"), bad={2: "numerator_above_denominator", 4: "zero_denominator"}),
        Line(3, "Tỷ lệ đảng viên đăng ký (%)", "%", [pct1(rng, 96, 100) for _ in range(n)] + [98.3],
             ("reg_party_members_pct", "value")),
        Line(4, "Tổng số mô hình", "Mô hình", [rng.randint(5, 11) for _ in range(n)] + [66], ("models_total", "value")),
        Line(5, "Mô hình mới", "Mô hình", [rng.randint(0, 2) for _ in range(n)] + [9], ("models_new", "value")),
        Line(6, "Số bản tin, bài viết phát trên hệ thống truyền thanh", "Bản tin, bài",
             [rng.randint(8, 20) for _ in range(n)] + [140], ("propaganda_broadcasts", "value")),
    ]
    s.across(lines, [*[u for _, u in communes], CU_LAO_DUNG], s.row - 1, 2024)
    s.sign(["Người lập biểu", "Trần Thị Thảo"], ["TRƯỞNG BAN", "Huỳnh Văn Phong"], 8)
    return [s.save(save_xlwt, out / "CuLaoDung_2024.xls").case("transposed", 2024, "Huyện Cù Lao Dung")]


@register("bac_lieu_city_2022_duplicate_column_xlsxwriter")
def case_bac_lieu_city_2022(out: Path) -> list[Case]:
    """a provincial city's report ('THÀNH ỦY BẠC LIÊU', Phường 1..8 and xã): 'Mô hình > Mô hình mới' and 'Số mô hình
    mới' both (duplicate_column at both headers), 'khoảng 20' (about 20: '~')"""
    s = Sheet("TP 2022").title(["ĐẢNG BỘ TỈNH BẠC LIÊU", "THÀNH ỦY BẠC LIÊU", "*"],
                               [PARTY, "", "Bạc Liêu, ngày 21 tháng 12 năm 2022"],
                               [f"BIỂU TỔNG HỢP {SUBJECT} NĂM 2022"], 10)
    # "Mô hình > Mô hình mới" (G) and "Số mô hình mới" (I) both name models_new: duplicate_column at both header
    # cells, nothing loaded from either.
    s.exp.reject(s.row + 1, 7, "duplicate_column")
    s.exp.reject(s.row, 9, "duplicate_column")
    s.groups(["Tỷ lệ ĐV đăng ký (%)", ("Mô hình", ["Tổng số", "Tập thể", "Cá nhân", "Mô hình mới"]),
              "Tin, bài tuyên truyền", "Số mô hình mới", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_collective", "value"),
                         ("models_individual", "value"), None, ("propaganda_articles", "value"), None, None]
    units = as_typed(
        "Phường 1", "Phường 2", "Phường 3", "Phường 5", "Phường 7", "Phường 8", "Phường Nhà Mát", "Xã Vĩnh Trạch",
        "Xã Vĩnh Trạch Đông", "Xã Hiệp Thành",
    )
    rng = random.Random(9542022)
    rows = []
    for i, (typed, unit) in enumerate(units, 1):
        coll, ind, new = rng.randint(2, 6), rng.randint(1, 3), rng.randint(0, 2)
        # "khoảng 20": about 20, kept with its qualifier (#22: a bound or an approximation is a figure of its own kind)
        arts = X("khoảng 20", 20, "~") if i == 4 else rng.randint(3, 12)
        rows.append(Row(i, typed, unit, [pct1(rng, 96, 100), coll + ind, coll, ind, new, arts, new]))
    rows.append(Row(None, "Tổng cộng", BAC_LIEU_CITY, [98.7, 71, 46, 25, 12, 96, 12]))
    s.rows(rows, specs, 2022).sign(["Người lập biểu", "Ngô Thị Cẩm Tú"], ["TRƯỞNG BAN", "Đặng Văn Thành"], 7)
    return [s.save(save_xlsxwriter, out / "TPBacLieu_HTLT_2022.xlsx").case("wide", 2022, "Thành phố Bạc Liêu")]


@register("tran_de_dated_january_no_year_refused", "tran_de_dated_january_with_year_option")
def case_tran_de_january(out: Path) -> list[Case]:
    """.ods 'Bieu_mau_02.ods', title without a year, dated 'ngày 08 tháng 01 năm 2024' (a report dated in January may be
    last year's): refused as no_year"""
    s = Sheet().title(["HUYỆN ỦY TRẦN ĐỀ", "BAN TUYÊN GIÁO", "*"], [PARTY, "", "Trần Đề, ngày 08 tháng 01 năm 2024"],
                      [f"BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 01-KL/TW VỀ {CAMPAIGN}"], 7)
    s.header(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Số kế hoạch, hướng dẫn", "Tổng số mô hình",
              "Tập thể được khen thưởng", "Cá nhân được khen thưởng"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                         ("commend_collective", "value"), ("commend_individual", "value")]
    units = as_typed(
        "TT Trần Đề", "TT Lịch Hội Thượng", "Xã Lịch Hội Thượng", "Xã Đại Ân 2", "Xã Liêu Tú", "Xã Trung Bình",
        "Xã Tài Văn", "Xã Viên An", "Xã Thạnh Thới An", "Xã Thạnh Thới Thuận", "Xã Viên Bình",
    )
    rng = random.Random(951023)
    rows = [Row(i, t, u, [pct1(rng, 96, 100), rng.randint(2, 5), rng.randint(5, 11), rng.randint(0, 2),
                          rng.randint(1, 4)]) for i, (t, u) in enumerate(units, 1)]
    rows.append(Row(None, "Tổng cộng", TRAN_DE, [97.9, 10, 92, 17, 40]))
    s.rows(rows, specs, 2023).sign(["Người lập biểu", "Kim Thị Sa Ly"], ["TRƯỞNG BAN", "Lâm Minh Tấn"], 5)
    path = s.save(save_ods, out / "Bieu_mau_02.ods").path
    return [
        refused(path, "no_year", None, "Huyện Trần Đề"),
        s.case("wide", 2023, "Huyện Trần Đề",
               "the same file with --year 2023 (the report of 2023, dated in January 2024): loaded as 2023; Thị trấn "
               "and Xã Lịch Hội Thượng told apart",
               args=["--year", "2023"]),
    ]


AN_GIANG_BODIES = [
    ("Thành ủy Long Xuyên", "Thành phố Long Xuyên"), ("Thành ủy Châu Đốc", "Thành phố Châu Đốc"),
    ("Thị ủy Tân Châu", "Thị xã Tân Châu"), ("Thị ủy Tịnh Biên", "Thị xã Tịnh Biên"),  # a thị xã since 2022
    ("Huyện ủy An Phú", "Huyện An Phú"), ("Huyện ủy Phú Tân", "Huyện Phú Tân"), ("Huyện ủy Châu Phú", "Huyện Châu Phú"),
    ("Huyện ủy Tri Tôn", "Huyện Tri Tôn"), ("Huyện ủy Châu Thành", "Huyện Châu Thành"),
    ("Huyện ủy Chợ Mới", "Huyện Chợ Mới"), ("Huyện ủy Thoại Sơn", "Huyện Thoại Sơn"),
]


@register("an_giang_2023_province_summary_unicode_txt")
def case_an_giang_2023(out: Path) -> list[Case]:
    """'Unicode Text' province summary of An Giang: 'Thị ủy Tịnh Biên' (a thị xã since 2022), 'Thành ủy Châu Đốc',
    'Huyện ủy Phú Tân' and 'Huyện ủy Châu Thành' (names other provinces share) under 'TỈNH ỦY AN GIANG'; rates typed as
    text"""
    s = Sheet().title(["TỈNH ỦY AN GIANG", "BAN TUYÊN GIÁO", "*"], [PARTY, "", "Long Xuyên, ngày 28 tháng 12 năm 2023"],
                      [f"THỐNG KÊ {SUBJECT} NĂM 2023"], 9)
    s.header(["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Số kế hoạch, hướng dẫn", "Tổng số mô hình", "Mô hình điểm",
              "Tập thể được khen thưởng", "Cá nhân được khen thưởng", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                         ("models_pilot", "value"), ("commend_collective", "value"), ("commend_individual", "value"),
                         None]
    rng = random.Random(892023)
    rows = []
    for i, (typed, official) in enumerate(AN_GIANG_BODIES, 1):
        rate = pct1(rng, 97, 100)
        rows.append(Row(i, typed, district(official), [X(vn(rate), rate), rng.randint(6, 14), rng.randint(90, 200),
                                                       rng.randint(1, 4), rng.randint(10, 30), rng.randint(30, 80),
                                                       "Thị xã từ năm 2022" if typed == "Thị ủy Tịnh Biên" else None]))
    rows += [
        Row(12, "Đảng ủy Khối các cơ quan tỉnh", other("Đảng ủy Khối các cơ quan tỉnh"), [X("99,6", 99.6), 5, 52, 1,
                                                                                          6, 15]),
        Row(13, "Đảng ủy Khối Doanh nghiệp tỉnh", other("Đảng ủy Khối Doanh nghiệp tỉnh"), [X("99,1", 99.1), 3, 21, 0,
                                                                                            2, 6]),
        Row(14, "Đảng ủy Công an tỉnh", other("Đảng ủy Công an tỉnh"), [100, 4, 18, 1, 3, 8]),
        Row(None, "Toàn tỉnh", province("Tỉnh An Giang"), [X("trên 98%", 98, ">"), 28, 1850, 33, 240, 690]),
    ]
    s.rows(rows, specs, 2023).sign(["Người tổng hợp", "Châu Thị Mỹ Hạnh"], ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], 6)
    return [s.save(save_unicode_text, out / "AnGiang_ThongKe_2023.txt").case("summary", 2023, None)]


@register("phu_quoc_2025_special_zone_vertical_csv")
def case_phu_quoc_2025(out: Path) -> list[Case]:
    """2025 vertical CSV of a special zone ('ĐẢNG ỦY ĐẶC KHU PHÚ QUỐC' under 'ĐẢNG BỘ TỈNH AN GIANG': new map, commune
    level), '4.318', '98,8', '61,2%', bare '- Tập thể' under 'Trong đó:', 'hơn 400'"""
    s = Sheet().title(["ĐẢNG BỘ TỈNH AN GIANG", "ĐẢNG ỦY ĐẶC KHU PHÚ QUỐC", "*"],
                      [PARTY, "", "Phú Quốc, ngày 17 tháng 12 năm 2025"], [f"BÁO CÁO {SUBJECT} NĂM 2025"], 6)
    s.header(VERTICAL)
    lines = [
        Line(1, "Số kế hoạch, hướng dẫn", "Văn bản", [6], QTY("plans_issued")),
        Line(2, "Tổng số đảng viên", "Đảng viên", [X("4.318", 4318)], DEN("reg_party_members_pct")),
        Line(3, "Số đảng viên đăng ký học tập và làm theo", "Đảng viên", [X("4.266", 4266), X("98,8", 98.8)],
             RATE("reg_party_members_pct")),
        Line(4, "Tỷ lệ đoàn viên, hội viên đăng ký", "%", [None, X("61,2%", 61.2)], ONLY_RATE("reg_union_members_pct")),
        Line(5, "Tổng số mô hình", "Mô hình", [38], QTY("models_total")),
        Line(None, "Trong đó:"),
        Line(None, "- Tập thể", "Mô hình", [27], QTY("models_collective")),
        Line(None, "- Cá nhân", "Mô hình", [11], QTY("models_individual")),
        Line(6, "Số tin, bài đăng, chia sẻ trên mạng xã hội", "Tin, bài", [X("hơn 400", 400, ">")],
             QTY("propaganda_social_posts")),
        Line(7, "Bản tin, bài viết phát trên hệ thống truyền thanh", "Tin, bài", [96], QTY("propaganda_broadcasts")),
        Line(8, "Tập thể được khen thưởng", "Tập thể", [12], QTY("commend_collective")),
        Line(9, "Cá nhân được khen thưởng", "Cá nhân", [30], QTY("commend_individual")),
    ]
    s.lines(lines, commune("Đặc khu Phú Quốc"), 2025)
    s.sign(["Nơi nhận:", "- Như trên;", "- Lưu VP."], ["T/M ĐẢNG ỦY", "BÍ THƯ", "(Đã ký)"], 5)
    return [s.save(save_csv, out / "PhuQuoc_BaoCao_2025.csv").case("vertical", 2025, "Tỉnh An Giang")]


@register("lich_hoi_thuong_town_2022_vertical_csv_cp1258")
def case_lich_hoi_thuong_2022(out: Path) -> list[Case]:
    """Windows-1258 CSV vertical report of 'ĐẢNG ỦY THỊ TRẤN LỊCH HỘI THƯỢNG' (the town, not the Xã Lịch Hội Thượng of
    the same district), chi bộ rate from two rows, '9 mô hình', '2 MH', 0"""
    s = Sheet().title(["ĐẢNG BỘ HUYỆN TRẦN ĐỀ", "ĐẢNG ỦY THỊ TRẤN LỊCH HỘI THƯỢNG", "*"],
                      [PARTY, "", "Lịch Hội Thượng, ngày 05 tháng 12 năm 2022"], [f"BÁO CÁO {SUBJECT} NĂM 2022"], 6)
    s.header(VERTICAL)
    lines = [
        Line(1, "Tổng số đảng viên", "Đảng viên", [412], DEN("reg_party_members_pct")),
        Line(2, "Số đảng viên đăng ký học tập và làm theo", "Đảng viên", [405, X("98,3", 98.3)],
             RATE("reg_party_members_pct")),
        Line(3, "Tổng số chi bộ trực thuộc", "Chi bộ", [15], DEN("party_cells_plans_pct")),
        Line(4, "Số chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Chi bộ", [15],
             RATE("party_cells_plans_pct")),
        Line(5, "Số mô hình", "Mô hình", [X("9 mô hình", 9)], QTY("models_total")),
        Line(6, "Mô hình mới", "Mô hình", [X("2 MH", 2)], QTY("models_new")),
        Line(7, "Tập thể được Đảng ủy khen thưởng", "Tập thể", [3], QTY("commend_collective")),
        Line(8, "Cá nhân được Đảng ủy khen thưởng", "Cá nhân", [7], QTY("commend_individual")),
        Line(9, "Tập thể đề nghị cấp trên khen thưởng", "Tập thể", [0], QTY("commend_proposed_collective")),
        Line(10, "Cá nhân đề nghị cấp trên khen thưởng", "Cá nhân", [1], QTY("commend_proposed_individual"),
             note="Đề nghị Huyện ủy tặng Giấy khen"),
        Line(11, "Số tin, bài tuyên truyền", "Tin, bài", [14], QTY("propaganda_articles")),
    ]
    s.lines(lines, tt("Lịch Hội Thượng"), 2022)
    s.sign(["Nơi nhận:", "- Ban Tuyên giáo Huyện ủy;", "- Lưu VP."], ["T/M ĐẢNG ỦY", "BÍ THƯ", "Thạch Sô Phal"], 5)
    return [s.save(save_csv, out / "LichHoiThuong_2022.csv", encoding="cp1258").case("vertical", 2022, "Huyện Trần Đề")]


CT_COMMUNES = as_typed(
    "TT Châu Thành", "Hồ Đắc Kiện", "Phú Tâm", ("Thuận Hoà", xa("Thuận Hòa")), "Phú Tân", "Thiện Mỹ", "An Hiệp",
    "An Ninh",
)


@register("chau_thanh_soc_trang_2021_2022_year_groups_csv")
def case_chau_thanh_2021_2022(out: Path) -> list[Case]:
    """CSV (';', BOM): 'Năm 2021' | 'Năm 2022' year groups whose labels sit only in the first cell; 'HUYỆN ỦY CHÂU
    THÀNH' under 'ĐẢNG BỘ TỈNH SÓC TRĂNG' (eleven districts share the name); a note typed in the unit column between
    rows"""
    s = Sheet().title(["ĐẢNG BỘ TỈNH SÓC TRĂNG", "HUYỆN ỦY CHÂU THÀNH"],
                      [PARTY, "Châu Thành, ngày 21 tháng 12 năm 2022"],
                      ["SO SÁNH KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2021 VÀ NĂM 2022"], 9)
    sub = ["Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình", "Cá nhân được khen thưởng"]
    s.groups([("Năm 2021", sub), ("Năm 2022", sub), "Ghi chú"])
    specs: list[Spec] = [sp for y in (2021, 2022) for sp in (("reg_party_members_pct", "value", y),
                                                            ("models_total", "value", y),
                                                            ("commend_individual", "value", y))] + [None]
    rng = random.Random(942212022)

    def unit_row(i: int, typed: str, unit: Unit) -> Row:
        c21 = None if typed == "An Hiệp" else rng.randint(1, 5)
        return Row(i, typed, unit, [pct1(rng, 95, 99), rng.randint(5, 10), c21, pct1(rng, 96, 100),
                                    rng.randint(5, 11), rng.randint(1, 5)])

    s.rows([unit_row(i, t, u) for i, (t, u) in enumerate(CT_COMMUNES[:4], 1)], specs, None)
    s.note("Ghi chú: xã An Hiệp năm 2021 chưa báo cáo số cá nhân được khen thưởng", 2, 2)
    s.rows([unit_row(i, t, u) for i, (t, u) in enumerate(CT_COMMUNES[4:], 5)]
           + [Row(None, "Toàn huyện", district("Huyện Châu Thành"), [97.6, 61, 29, 98.2, 68, 33])], specs, None)
    s.sign(["Người lập biểu", "Lý Thị Sô Phia"], ["TRƯỞNG BAN", "Trần Văn Đực"], 6)
    return [s.save(save_csv, out / "ChauThanh_SoSanh_2021_2022.csv").case("wide", None, "Huyện Châu Thành")]


MX_COMMUNES = as_typed(
    "Thị trấn Mỹ Xuyên", "Xã Đại Tâm", (unicodedata.normalize("NFD", "Xã Tham Đôn"), xa("Tham Đôn")), "Xã Thạnh Phú",
    (unicodedata.normalize("NFD", "Xã Ngọc Đông"), xa("Ngọc Đông")), "Xã Thạnh Quới", "Xã Hòa Tú 1",
    ("Xã Gia Hoà 1", xa("Gia Hòa 1")), "Xã Ngọc Tố", "Xã Gia Hòa 2", "Xã Hòa Tú II",
)


@register("my_xuyen_2024_btv_giay_khen_bang_khen")
def case_my_xuyen_2024(out: Path) -> list[Case]:
    """'BTV Huyện ủy tặng Giấy khen' | 'Đề nghị BTV Tỉnh ủy tặng Bằng khen' over Tập thể | Cá nhân; NFD names, 'Hòa Tú
    1' / 'Hòa Tú II', 'Gia Hoà 1' / 'Gia Hòa 2', 'Xã Thạnh Phú'"""
    s = Sheet("Khen thuong 2024").title(
        ["ĐẢNG BỘ TỈNH SÓC TRĂNG", "HUYỆN ỦY MỸ XUYÊN", "*"], [PARTY, "", "Mỹ Xuyên, ngày 27 tháng 12 năm 2024"],
        ["KẾT QUẢ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN HỌC TẬP VÀ LÀM THEO BÁC NĂM 2024"], 8)
    s.groups(["Tỷ lệ ĐV đăng ký (%)", ("BTV Huyện ủy tặng Giấy khen", BOTH),
              ("Đề nghị BTV Tỉnh ủy tặng Bằng khen", BOTH), "Ghi chú"]).numbered()
    rng = random.Random(9472024)
    rows = []
    for i, (typed, unit) in enumerate(MX_COMMUNES, 1):
        prop = [1, 1] if i == 3 else [None, 1] if i in (7, 11) else [0, 0] if i == 9 else [None, None]
        rows.append(Row(i, typed, unit, [pct_cell(rng, 96, 100), rng.randint(0, 2), rng.randint(1, 4), *prop,
                                         "Khmer" if i in (7, 11) else None]))
    rows.append(Row(None, "Toàn huyện", district("Huyện Mỹ Xuyên"), [Pct(0.986), 17, 35, 2, 4]))
    s.rows(rows, [("reg_party_members_pct", "value"), *GIVEN_PROPOSED, None], 2024)
    s.sign(NOI_NHAN, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(Đã ký)", "Lâm Thanh Hùng"], 6)
    return [s.save(save_openpyxl, out / "MyXuyen_KhenThuong_2024.xlsx").case("wide", 2024, "Huyện Mỹ Xuyên")]


TAN_CHAU = district("Thị xã Tân Châu")  # Tỉnh An Giang, 887 (Tây Ninh has a Huyện Tân Châu, 706)

TC_COMMUNES = as_typed(
    "Phường Long Thạnh", ("Long Hưng", phuong("Long Hưng")), "Phường Long Châu", "Phú Lộc", "Vĩnh Xương",
    ("Vĩnh Hoà", xa("Vĩnh Hòa")), "Tân Thạnh", "Tân An", "Xã Long An", "Phường Long Phú", "Châu Phong", "Phú Vĩnh",
    "Lê Chánh", "Phường Long Sơn",
)


@register("tan_chau_2024_totals_first_letter_numbering")
def case_tan_chau_2024(out: Path) -> list[Case]:
    """'THỊ ỦY TÂN CHÂU' (the thị xã of An Giang, not Tây Ninh's Huyện Tân Châu): totals row first, numbering row 'A | B
    | 1 | 2 ...' as numbers, 'Mô hình > Số thành viên tham gia' (unmapped_column), numbers and a date in the Ghi chú
    column, 'Xã Long An', 'Phường Long Phú'"""
    s = Sheet("Bieu 01").title(["THỊ ỦY TÂN CHÂU", "BAN TUYÊN GIÁO", "*"],
                               [PARTY, "", "Tân Châu, ngày 16 tháng 12 năm 2024"],
                               [f"BIỂU TỔNG HỢP {SUBJECT} NĂM 2024"], 9)
    s.exp.reject(s.row + 1, 7, "unmapped_column")  # "Mô hình > Số thành viên tham gia": no metric of the campaign
    s.groups(["Tỷ lệ ĐV đăng ký (%)", ("Mô hình", ["Tổng số", "Tập thể", "Cá nhân", "Số thành viên tham gia"]),
              "Số tin, bài tuyên truyền", "Ghi chú"])
    # The numbering row as many forms print it: letters for the text columns, then 1, 2, 3... as numbers.
    s.header(["A", "B", 1, 2, 3, 4, 5, 6, 7])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_collective", "value"),
                         ("models_individual", "value"), None, ("propaganda_articles", "value"), None]
    rng = random.Random(8872024)
    # The town's own figures first, right under the header, then its wards and communes.
    rows = [Row(None, "Tổng cộng", TAN_CHAU, [98.6, 131, 88, 43, 2450, 156])]
    notes: dict[int, Any] = {3: 2, 6: "15/12", 9: "Tăng 1 mô hình so với năm 2023"}  # a bare number, a date, text
    for i, (typed, unit) in enumerate(TC_COMMUNES, 1):
        coll, ind = rng.randint(3, 7), rng.randint(1, 4)
        rows.append(Row(i, typed, unit, [pct1(rng, 96, 100), coll + ind, coll, ind, rng.randint(60, 250),
                                         rng.randint(4, 15), notes.get(i)]))
    s.rows(rows, specs, 2024).sign(["Người lập biểu", "Nguyễn Thị Thu Vân"], ["TRƯỞNG BAN", "Trần Minh Luân"], 7)
    return [s.save(save_openpyxl, out / "TanChau_HTLT_2024.xlsx").case("wide", 2024, "Thị xã Tân Châu")]


@register("thanh_phu_2022_2023_group_year_child_xlsxwriter")
def case_thanh_phu_commend_years(out: Path) -> list[Case]:
    """three-row header metric group > year > child: 'Khen thưởng của Huyện ủy' | 'Đề nghị Tỉnh ủy khen thưởng' > 'Năm
    2022' | 'Năm 2023' > Tập thể | Cá nhân"""
    s = Sheet("KT 2022-2023").title(["ĐẢNG BỘ TỈNH BẾN TRE", "HUYỆN ỦY THẠNH PHÚ", "*"],
                                    [PARTY, "", "Thạnh Phú, ngày 29 tháng 12 năm 2023"],
                                    [f"KẾT QUẢ KHEN THƯỞNG TRONG {CAMPAIGN} NĂM 2022 VÀ NĂM 2023"], 11)
    years = [("Năm 2022", BOTH), ("Năm 2023", BOTH)]
    s.groups([("Khen thưởng của Huyện ủy", years), ("Đề nghị Tỉnh ủy khen thưởng", years), "Ghi chú"], depth=3)
    specs: list[Spec] = [(f"{kind}_{who}", "value", y) for kind in ("commend", "commend_proposed")
                         for y in (2022, 2023) for who in ("collective", "individual")] + [None]
    rng = random.Random(837222023)
    rows = []
    for i, (typed, unit) in enumerate(TP_COMMUNES, 1):
        p22 = [1, None] if i == 4 else [None, 1] if i == 10 else [None, None]
        p23 = [1, 1] if i == 1 else [None, 1] if i in (7, 15) else [None, None]
        rows.append(Row(i, typed, unit, [rng.randint(0, 2), rng.randint(1, 4), rng.randint(0, 2), rng.randint(1, 4),
                                         *p22, *p23]))
    rows.append(Row(None, "Tổng cộng", THANH_PHU, [17, 44, 19, 48, 1, 2, 2, 3]))
    s.rows(rows, specs, None).sign(["Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy;", "- Lưu VP."],
                                   ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(Đã ký)", "Nguyễn Văn Nhanh"], 8)
    return [s.save(save_xlsxwriter, out / "ThanhPhu_KhenThuong_2022_2023.xlsx").case("wide", None, "Huyện Thạnh Phú")]


@register("long_thanh_ward_2022_vertical_rates_in_quantity")
def case_long_thanh_2022(out: Path) -> list[Case]:
    """a ward's vertical report ('ĐẢNG ỦY PHƯỜNG LONG THẠNH' under 'ĐẢNG BỘ THỊ XÃ TÂN CHÂU'), rates typed in the Số
    lượng column with ĐVT '%', 'Số hộ gia đình văn hóa' (unknown_metric)"""
    s = Sheet().title(["ĐẢNG BỘ THỊ XÃ TÂN CHÂU", "ĐẢNG ỦY PHƯỜNG LONG THẠNH", "*"],
                      [PARTY, "", "Long Thạnh, ngày 07 tháng 12 năm 2022"], [f"BÁO CÁO SỐ LIỆU {CAMPAIGN} NĂM 2022"], 6)
    s.header(VERTICAL).numbered()
    lines = [
        # Rates typed in the Số lượng column, their unit of measure "%".
        Line(1, "Tỷ lệ đảng viên đăng ký học tập và làm theo", "%", [98.6], QTY("reg_party_members_pct")),
        Line(2, "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký", "%", [X("91,2", 91.2)], QTY("reg_civil_servants_pct")),
        Line(3, "Tỷ lệ đoàn viên, hội viên đăng ký", "%", [X("trên 55%", 55, ">")], QTY("reg_union_members_pct")),
        Line(4, "Số kế hoạch, hướng dẫn", "Văn bản", [3], QTY("plans_issued")),
        Line(5, "Tổng số mô hình", "Mô hình", [8], QTY("models_total")),
        Line(6, "Mô hình mới", "Mô hình", [1], QTY("models_new")),
        Line(7, "Số tin, bài tuyên truyền", "Tin, bài", [12], QTY("propaganda_articles")),
        Line(8, "Số hộ gia đình văn hóa", "Hộ", [X("2.315", 2315)], "unknown_metric"),
    ]
    s.lines(lines, phuong("Long Thạnh"), 2022)
    s.sign(["Nơi nhận:", "- Ban Tuyên giáo Thị ủy;", "- Lưu VP."], ["T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn Hiếu"], 5)
    return [s.save(save_xlsxwriter, out / "LongThanh_SoLieu_2022.xlsx").case("vertical", 2022, "Thị xã Tân Châu")]


@register("vung_liem_2022_unit_and_year_from_file_name")
def case_vung_liem_2022(out: Path) -> list[Case]:
    """title block naming neither district nor year ('BAN TUYÊN GIÁO', a date line): both come from the file name
    'BaoCao_VungLiem_2022.xlsx' (no diacritics)"""
    s = Sheet().title(["BAN TUYÊN GIÁO", "*"],
                      [PARTY, "", "ngày 15 tháng 12 năm 2022"], [f"BIỂU SỐ LIỆU {CAMPAIGN}"], 7)
    s.header(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Số kế hoạch, hướng dẫn", "Tổng số mô hình",
              "Mô hình mới", "Số tin, bài tuyên truyền"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                         ("models_new", "value"), ("propaganda_articles", "value")]
    rng = random.Random(8592022)
    rows = [Row(i, t, u, [pct1(rng, 96, 100), rng.randint(2, 5), rng.randint(4, 9), rng.randint(0, 2),
                          rng.randint(2, 10)]) for i, (t, u) in enumerate(VL_COMMUNES, 1)]
    rows.append(Row(None, "Tổng cộng", VUNG_LIEM, [98.3, 11, 121, 18, 115]))
    s.rows(rows, specs, 2022).sign(["Người lập biểu", "Trần Thị Thu Hà"], ["TRƯỞNG BAN", "Phạm Văn Tư"], 5)
    return [s.save(save_openpyxl, out / "BaoCao_VungLiem_2022.xlsx").case("wide", 2022, "Huyện Vũng Liêm")]


@register("hong_dan_2024_offset_table_typed_rate_wins")
def case_hong_dan_2024(out: Path) -> list[Case]:
    """the report starts at B2 (column A and row 1 left blank); typed rates kept as the value with both counts even
    where the counts give another rate; '6/7' replication by ấp; 'TỔNG CỘNG'"""
    s = Sheet("Bieu 2024")
    # The clerk left column A and the first row blank as a margin: the report starts at B2.
    c0 = 2
    s.last = c0 + 7
    s.merge(2, c0, 2, c0 + 2, "HUYỆN ỦY HỒNG DÂN")
    s.merge(3, c0, 3, c0 + 2, "BAN TUYÊN GIÁO")
    s.merge(2, c0 + 4, 2, s.last, PARTY)
    s.merge(3, c0 + 4, 3, s.last, "Hồng Dân, ngày 18 tháng 12 năm 2024")
    s.row = 5
    s.note(f"BIỂU SỐ LIỆU {CAMPAIGN} NĂM 2024", c0).skip()
    s.merge(s.row, c0, s.row + 1, c0, "STT")
    s.merge(s.row, c0 + 1, s.row + 1, c0 + 1, "Đơn vị")
    s.groups([("Đảng viên đăng ký học tập và làm theo", ["Tổng số", "Đã đăng ký", "Tỷ lệ (%)"]), "Mô hình điểm",
              "Tỷ lệ ấp nhân rộng mô hình", "Ghi chú"], stt=None, first_col=c0 + 2)
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("models_pilot", "value"),
                         ("model_replication_pct", "value"), None]
    # Typed rates are the values even where the two counts give another rate (Lộc Ninh: 96,8% by the counts).
    typed: list[tuple[Any, ...]] = [
        ("TT Ngan Dừa", tt("Ngan Dừa"), 512, 505, X("98,6", 98.6), 1, frac(6, 6)),
        ("Ninh Quới", xa("Ninh Quới"), 401, 396, None, None, frac(7, 8)),
        ("Ninh Quới A", xa("Ninh Quới A"), 355, 351, X("98,9%", 98.9), 0, frac(6, 7)),
        ("Ninh Hoà", xa("Ninh Hòa"), 298, 292, 98.0, None, None),
        ("Lộc Ninh", xa("Lộc Ninh"), 310, 300, X("98,0", 98.0), 1, frac(5, 5), "Số liệu xã tự tính"),
        ("Vĩnh Lộc", xa("Vĩnh Lộc"), 377, 371, None, None, frac(8, 9)),
        ("Vĩnh Lộc A", xa("Vĩnh Lộc A"), 342, 339, X("99,1", 99.1), None, frac(7, 7)),
        ("Ninh Thạnh Lợi A", xa("Ninh Thạnh Lợi A"), 266, 262, None, 0, frac(5, 6)),
        ("Ninh Thạnh Lợi", xa("Ninh Thạnh Lợi"), 289, 284, X("98,3", 98.3), None, frac(6, 7)),
    ]
    rows = [Row(i, t[0], t[1], list(t[2:])) for i, t in enumerate(typed, 1)]
    rows.append(Row(None, "TỔNG CỘNG", HONG_DAN, [3150, 3100, X("98,4", 98.4), 2, frac(57, 62)]))
    s.rows(rows, specs, 2024, stt_col=c0, name_col=c0 + 1, first_col=c0 + 2)
    s.sign(["Người lập biểu", "Lê Thị Hồng Nhung"], ["TRƯỞNG BAN", "Huỳnh Văn Toàn"], c0 + 5, c0 + 1)
    return [s.save(save_openpyxl, out / "HongDan_SoLieu_2024.xlsx").case("wide", 2024, "Huyện Hồng Dân")]


@register("my_tu_2023_year_in_sheet_name")
def case_my_tu_2023_sheet_year(out: Path) -> list[Case]:
    """title without a year, file name 'Bieu_01_MyTu.xlsx': the year is in the sheet name 'Nam 2023' (and the date
    line)"""
    rng = random.Random(944023)
    rows = [Row(i, t, u, [pct1(rng, 96, 100), rng.randint(5, 10), rng.randint(2, 6), rng.randint(0, 2)])
            for i, (t, u) in enumerate(MT_COMMUNES, 1)]
    rows.append(Row(None, "Toàn huyện", MY_TU, [98.4, 73, 38, 9]))
    s = simple_table("Nam 2023", ["HUYỆN ỦY MỸ TÚ", "BAN TUYÊN GIÁO", "*"],
                                 [PARTY, "", "Mỹ Tú, ngày 14 tháng 12 năm 2023"],
                     [f"BIỂU SỐ LIỆU {CAMPAIGN}"],
                     ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình", "Tập thể được khen thưởng",
                      "Mô hình mới"],
                     rows, [("reg_party_members_pct", "value"), ("models_total", "value"),
                            ("commend_collective", "value"), ("models_new", "value")], 2023, Expect(),
                     (["Người lập biểu", "Lâm Thị Sa Quên"], ["TRƯỞNG BAN", "Trần Quốc Khởi"]))
    return [s.save(save_xlsxwriter, out / "Bieu_01_MyTu.xlsx").case("wide", 2023, "Huyện Mỹ Tú")]


CASE_NAMES: list[str] = CORPUS.names()
build = CORPUS.build
