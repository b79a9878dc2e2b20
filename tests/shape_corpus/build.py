"""A shape corpus: report files in the shapes districts and provinces really send (DOMAIN.md, "More shapes
districts and provinces send"), each with what a correct loader must make of it (facts, rejects, exit code).

Written independently of the loader, from DOMAIN.md, the README's warehouse contract and the official unit lists
(data/reference), like tests/clerk_corpus; cells, sheets, writers and expectations from tests/corpus_blocks. The
shapes:

- given and proposed commendations side by side ("Huyện ủy khen thưởng" | "Đề nghị Tỉnh ủy khen thưởng", each over
  "Tập thể | Cá nhân");
- year groups ("Năm 2022" | "Năm 2023", or bare years, over the same sub-columns; facts for both years);
- a single commune's vertical report (STT | Nội dung | Đơn vị tính | Số lượng | Tỷ lệ (%) | Ghi chú; "Tổng số ..."
  rows are the denominators of the next rate row);
- transposed tables (indicators as rows; "Toàn huyện" / "Tổng số" then the communes as columns);
- province summaries (one row per district party committee, "Huyện ủy X", "Thị ủy Y", "Thành ủy Z", "Quận ủy W";
  province bodies as `other`; "Toàn tỉnh" the province's own figure);
- counts typed with their count word ("312 ĐV", "6 mô hình", "2 MH"), "x"/"-" not reported, "0" a real zero;
- notes inside the table, between unit rows;
- workbooks with a cover sheet and last year's copy kept as a hidden sheet;
- the year only in the date line (refused as no_year; loaded with --year).

Every file is built by code here at test time; random figures come from seeded generators.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from tests.corpus_blocks.cells import Formula, Pct, X, counts, frac, pct1, pct_cell, thousands, vn
from tests.corpus_blocks.expect import DEN, QTY, RATE, VERTICAL, Case, Corpus, Expect, Line, Row, Spec, refused
from tests.corpus_blocks.parts import CAMPAIGN, PARTY, STATE, SUBJECT, cover_sheet
from tests.corpus_blocks.sheet import Sheet, simple_table
from tests.corpus_blocks.units import (
    BINH_LUC,
    CAU_NGANG,
    THANH_HOA,
    THAP_MUOI,
    Unit,
    as_typed,
    district,
    other,
    province,
    tt,
    xa,
)
from tests.corpus_blocks.writers import (
    hide_sheets_in_zip,
    hide_sheets_openpyxl,
    save_csv,
    save_ods,
    save_openpyxl,
    save_unicode_text,
    save_xlsxwriter,
    save_xlwt,
)

CORPUS = Corpus()
register = CORPUS.case

# --------------------------------------------------------------------------------------------------------------
# Units of the four districts, as clerks type them

CN_COMMUNES = as_typed(
    "TT Cầu Ngang", "TT Mỹ Long", "Mỹ Long Bắc", "Mỹ Long Nam", ("Mỹ Hoà", xa("Mỹ Hòa")), "Vĩnh Kim", "Kim Hòa",
    ("Hiệp Hoà", xa("Hiệp Hòa")), "Thuận Hòa", "X. Long Sơn", "Nhị Trường", "Trường Thọ", "Hiệp Mỹ Đông", "Hiệp Mỹ Tây",
    ("Thạnh Hoà Sơn", xa("Thạnh Hòa Sơn")),
)

TM_COMMUNES = as_typed(
    "Thị trấn Mỹ An", "Xã Thạnh Lợi", "Xã Hưng Thạnh", "Xã Trường Xuân", "Xã Tân Kiều", ("Xã Mỹ Hoà", xa("Mỹ Hòa")),
    "Xã Mỹ Quý", "Xã Mỹ Đông", "Xã Đốc Binh Kiều", "Xã Mỹ An", "Xã Phú Điền", "Xã Láng Biển", "Xã Thanh Mỹ",
)

TH_COMMUNES = as_typed(
    "TT Thạnh Hóa", "Xã Tân Hiệp", "Xã Thuận Bình", "Xã Thạnh Phước", "Xã Thạnh Phú",
    ("Xã Thuận Nghĩa Hoà", xa("Thuận Nghĩa Hòa")), ("Xã Thuỷ Đông", xa("Thủy Đông")), "Xã Thủy Tây", "Xã Tân Tây",
    "Xã Tân Đông", "Xã Thạnh An",
)

# Bình Lục 2022-2024 without code 13540 (Xã An Nội / Xã Bình An: both names are valid those years).
BL_COMMUNES = as_typed(
    "Thị trấn Bình Mỹ", "Xã Bình Nghĩa", "Xã Tràng An", "Xã Đồng Du", "Xã Ngọc Lũ", "Xã Hưng Công", "Xã Đồn Xá",
    "Xã An Ninh", "Xã Bồ Đề", "Xã Bối Cầu", "Xã Vũ Bản", "Xã Trung Lương", "Xã An Đổ", "Xã La Sơn", "Xã Tiêu Động",
    "Xã An Lão",
)

# ---- 1. Given and proposed commendations side by side ---------------------------------------------------------

COMMEND_GIVEN_PROPOSED: list[Spec] = [
    ("commend_collective", "value"), ("commend_individual", "value"),
    ("commend_proposed_collective", "value"), ("commend_proposed_individual", "value"), None,
]


@register("thap_muoi_2022_given_and_proposed")
def case_thap_muoi_2022_given_proposed(out: Path) -> list[Case]:
    """'Huyện ủy khen thưởng' | 'Đề nghị Tỉnh ủy khen thưởng' over Tập thể | Cá nhân, numbering row, Toàn huyện =
    published 20/52 given and 1/2 proposed (≠ sum), zeros vs blanks"""
    s = Sheet("KT 2022").title(
        ["ĐẢNG BỘ TỈNH ĐỒNG THÁP", "HUYỆN ỦY THÁP MƯỜI", "*"], [PARTY, "", "Tháp Mười, ngày 28 tháng 12 năm 2022"],
        [f"TỔNG HỢP KẾT QUẢ KHEN THƯỞNG TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH TIÊU BIỂU TRONG {CAMPAIGN} NĂM 2022",
         "(Kèm theo Báo cáo số 187-BC/HU của Huyện ủy Tháp Mười)"], 7)
    s.groups([("Huyện ủy khen thưởng", ["Tập thể", "Cá nhân"]), ("Đề nghị Tỉnh ủy khen thưởng", ["Tập thể", "Cá nhân"]),
              "Ghi chú"]).numbered()
    given = [(2, 5), (1, 3), (1, 4), (2, 4), (1, 3), (1, 2), (1, 4), (1, 3), (2, 4), (1, 5), (0, 2), (1, 3), (1, 3)]
    proposed = {"Xã Trường Xuân": (1, None), "Xã Mỹ Đông": (None, 1), "Xã Mỹ An": (None, 1), "Xã Thanh Mỹ": (0, 0)}
    rows = []
    for i, ((typed, unit), (coll, ind)) in enumerate(zip(TM_COMMUNES, given), 1):
        pc, pi = proposed.get(typed, (None, None))
        rows.append(Row(i, typed, unit, [coll, ind, pc, pi, "Tuyên dương tại Hội nghị sơ kết" if pc else None]))
    rows.append(Row(14, "Đảng bộ Quân sự huyện", other("Đảng bộ Quân sự huyện"), [1, 2]))
    rows.append(Row(15, "Chi bộ Trung tâm Y tế huyện", other("Chi bộ Trung tâm Y tế huyện"), [1, 2]))
    # The district's own figures (published: 20 and 52 given, 1 and 2 proposed), not the sum of the rows.
    rows.append(Row(None, "Toàn huyện", THAP_MUOI, [20, 52, 1, 2]))
    s.rows(rows, COMMEND_GIVEN_PROPOSED, 2022).sign(["Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy;", "- Lưu VP.", "", ""],
                                                    ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(Đã ký)", "",
                                                     "Nguyễn Thanh Hùng"], 5)
    return [s.save(save_openpyxl, out / "TongHop_KhenThuong_ThapMuoi_2022.xlsx").case("wide", 2022, "Huyện Tháp Mười")]


@register("cau_ngang_2023_given_proposed_groups_xls")
def case_cau_ngang_2023_given_proposed(out: Path) -> list[Case]:
    """legacy .xls, three groups over Tập thể | Cá nhân (Mô hình, Huyện ủy khen thưởng, Đề nghị cấp trên khen thưởng),
    group row I with a subtotal (group_subtotal), II without, agency cells"""
    s = Sheet("Bieu 02").title(["ĐẢNG BỘ TỈNH TRÀ VINH", "HUYỆN ỦY CẦU NGANG", "*"],
                               [PARTY, "", "Cầu Ngang, ngày 18 tháng 12 năm 2023"],
                               ["BIỂU SỐ LIỆU MÔ HÌNH VÀ KHEN THƯỞNG TRONG HỌC TẬP VÀ LÀM THEO BÁC NĂM 2023"], 10)
    s.groups([("Mô hình học tập và làm theo Bác", ["Tổng số", "Tập thể", "Cá nhân"]),
              ("Huyện ủy khen thưởng", ["Tập thể", "Cá nhân"]),
              ("Đề nghị cấp trên khen thưởng", ["Tập thể", "Cá nhân"]), "Ghi chú"], stt="TT", unit="Tên đơn vị")
    specs: list[Spec] = [("models_total", "value"), ("models_collective", "value"), ("models_individual", "value"),
                         *COMMEND_GIVEN_PROPOSED]
    rng = random.Random(8482023)
    # Group row I carries the clerk's subtotal: each of its figures is a group_subtotal reject.
    rows = [Row("I", "Khối xã, thị trấn", None, [88, 60, 28, 15, 36], {i: "group_subtotal" for i in range(5)})]
    for i, (typed, unit) in enumerate(CN_COMMUNES, 1):
        coll, ind = rng.randint(2, 6), rng.randint(1, 3)
        given = [rng.randint(0, 2), rng.randint(1, 4)]
        prop = [1, 1] if typed == "X. Long Sơn" else [None, 1] if typed == "Nhị Trường" else [None, None]
        rows.append(Row(i, typed, unit, [coll + ind, coll, ind, *given, *prop]))
    rows.append(Row("II", "Khối cơ quan huyện", None))
    rows.append(Row(1, "Chi bộ Công an huyện", other("Chi bộ Công an huyện"), [2, 2, 0, 1, 1]))
    rows.append(Row(2, "Chi bộ Khối Đoàn thể huyện", other("Chi bộ Khối Đoàn thể huyện"), [3, 2, 1, 1, 2, None, 1]))
    rows.append(Row(None, "Tổng cộng", CAU_NGANG, [101, 68, 33, 18, 45, 2, 3]))
    s.rows(rows, specs, 2023).sign(["Người lập biểu", "(Đã ký)", "Kim Thị Sa Rinh"],
                                   ["TRƯỞNG BAN TUYÊN GIÁO", "(Đã ký)", "Thạch Văn Hùng"], 8)
    return [s.save(save_xlwt, out / "CauNgang_MoHinh_KhenThuong_2023.xls").case("wide", 2023, "Huyện Cầu Ngang")]


@register("thanh_hoa_2024_given_proposed_csv")
def case_thanh_hoa_2024_given_proposed(out: Path) -> list[Case]:
    """CSV (';', decimal comma, BOM) of a two-row merged header: group labels only in the first cell of each group; 'Ban
    Thường vụ Huyện ủy khen thưởng' | 'Đề nghị cấp trên khen thưởng (Tỉnh ủy, Trung ương)', '-' not reported, 'trên
    98%'"""
    s = Sheet().title(["HUYỆN ỦY THẠNH HÓA", "BAN TUYÊN GIÁO"], [*STATE, "Thạnh Hóa, ngày 20 tháng 12 năm 2024"],
                      [f"KẾT QUẢ ĐĂNG KÝ VÀ KHEN THƯỞNG {CAMPAIGN} NĂM 2024"], 8)
    s.groups(["Tỷ lệ ĐV đăng ký (%)", ("Ban Thường vụ Huyện ủy khen thưởng", ["Tập thể", "Cá nhân"]),
              ("Đề nghị cấp trên khen thưởng (Tỉnh ủy, Trung ương)", ["Tập thể", "Cá nhân"]), "Ghi chú"])
    rng = random.Random(8002024)
    rows = []
    for i, (typed, unit) in enumerate(TH_COMMUNES, 1):
        rate = pct1(rng, 96, 100)
        given = [rng.randint(0, 2), rng.randint(1, 4)] if i != 6 else ["-", "-"]
        prop = [1, None] if i == 1 else [None, 1] if i in (4, 9) else [None, None]
        rows.append(Row(i, typed, unit, [X(vn(rate), rate), *given, *prop,
                                         "Chưa gửi số liệu khen thưởng" if i == 6 else None]))
    rows.append(Row(12, "Công an huyện", other("Công an huyện"), [100, 1, 2]))
    rows.append(Row(None, "Tổng cộng", THANH_HOA, [X("trên 98%", 98, ">"), 15, 38, 2, 4]))
    s.rows(rows, [("reg_party_members_pct", "value"), *COMMEND_GIVEN_PROPOSED], 2024)
    s.sign(["Người lập biểu", "Phạm Thị Kiều"], ["TRƯỞNG BAN", "Hoa Vinh Tuấn Kiệt"], 6)
    return [s.save(save_csv, out / "TongHop_KhenThuong_ThanhHoa_2024.csv").case("wide", 2024, "Huyện Thạnh Hóa")]


# ---- 2. Year groups -----------------------------------------------------------------------------------------


@register("cau_ngang_2022_2023_year_groups")
def case_cau_ngang_year_groups(out: Path) -> list[Case]:
    """'Năm 2022' | 'Năm 2023' over the same sub-columns, title naming both years, a 'Tăng/giảm' formula column
    (unmapped_column), percent-formatted 2023 rates, 2022 totals as published"""
    s = Sheet("So sanh").title(["HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO", "*"],
                               [PARTY, "", "Cầu Ngang, ngày 22 tháng 12 năm 2023"],
                               [f"BIỂU SO SÁNH {SUBJECT} NĂM 2022 VÀ NĂM 2023"], 10)
    # The comparison column, at its header cell.
    s.exp.reject(s.row, 9, "unmapped_column")
    sub = ["Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình", "Mô hình mới"]
    s.groups([("Năm 2022", sub), ("Năm 2023", sub), "Tăng/giảm", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value", 2022), ("models_total", "value", 2022),
                         ("models_new", "value", 2022), ("reg_party_members_pct", "value", 2023),
                         ("models_total", "value", 2023), ("models_new", "value", 2023), None, None]
    rng = random.Random(848222023)
    first = s.row
    rows = []
    for i, (typed, unit) in enumerate(CN_COMMUNES, 1):
        r = first + i - 1
        m22, m23 = rng.randint(4, 8), rng.randint(4, 9)
        new22 = rng.randint(0, 2) if i % 5 else None  # not reported that year
        rows.append(Row(i, typed, unit, [pct1(rng, 96, 100), m22, new22, pct_cell(rng, 96, 100),
                                         m23, rng.randint(0, 3), Formula(f"=G{r}-D{r}", m23 - m22)]))
    r = first + len(CN_COMMUNES)
    rows.append(Row(None, "Tổng cộng", CAU_NGANG, [X("trên 98%", 98, ">"), 96, 15, 98.3, 101, 17,
                                                   Formula(f"=G{r}-D{r}", 5)]))
    s.rows(rows, specs, None).sign(["Người lập biểu", "(đã ký)", "Nguyễn Thị Thu Trang"],
                                   ["TRƯỞNG BAN", "(đã ký)", "Thạch Văn Hùng"], 7)
    return [s.save(save_xlsxwriter, out / "SoSanh_CauNgang_2022_2023.xlsx").case("wide", None, "Huyện Cầu Ngang")]


@register("thap_muoi_2021_2022_bare_years_ods")
def case_thap_muoi_bare_years(out: Path) -> list[Case]:
    """.ods with the bare years 2021 | 2022 as numbers over five sub-columns, Thị trấn Mỹ An and Xã Mỹ An, 'HUYỆN UỶ',
    date line of the next year, Toàn huyện 2022 as published"""
    s = Sheet().title(["HUYỆN UỶ THÁP MƯỜI", "BAN TUYÊN GIÁO"], [PARTY, "Tháp Mười, ngày 06 tháng 01 năm 2023"],
                      ["KẾT QUẢ XÂY DỰNG MÔ HÌNH VÀ KHEN THƯỞNG HỌC TẬP VÀ LÀM THEO BÁC NĂM 2021 VÀ NĂM 2022"], 12)
    sub = ["Tổng số mô hình", "Mô hình tập thể", "Mô hình cá nhân", "Tập thể được khen thưởng",
           "Cá nhân được khen thưởng"]
    s.groups([(2021, sub), (2022, sub)])  # the bare years, as numbers
    metrics = ["models_total", "models_collective", "models_individual", "commend_collective", "commend_individual"]
    rng = random.Random(872212022)
    rows = []
    for i, (typed, unit) in enumerate(TM_COMMUNES, 1):
        vals = []
        for _ in (2021, 2022):
            coll, ind = rng.randint(2, 6), rng.randint(1, 4)
            vals += [coll + ind, coll, ind, rng.randint(0, 2), rng.randint(1, 4)]
        if i == 3:
            vals[3:5] = [None, None]  # 2021 commendations not reported
        rows.append(Row(i, typed, unit, vals))
    rows.append(Row(None, "Toàn huyện", THAP_MUOI, [98, 63, 35, 18, 47, 112, 71, 41, 20, 52]))
    s.rows(rows, [(m, "value", y) for y in (2021, 2022) for m in metrics], None)
    s.sign(["NGƯỜI TỔNG HỢP", "Võ Thị Ngọc Hân"], ["K/T TRƯỞNG BAN", "Lê Hoàng Phúc"], 8)
    return [s.save(save_ods, out / "ThapMuoi_MoHinh_2021-2022.ods").case("wide", None, "Huyện Tháp Mười")]


@register("binh_luc_2023_2024_year_groups_xls")
def case_binh_luc_year_groups(out: Path) -> list[Case]:
    """legacy .xls, three-row header: the bare years '2023' | '2024' as text > 'Đảng viên đăng ký ...' > Tổng số | Đã
    đăng ký | Tỷ lệ (%); rate typed ('98,6') or only the two counts; 'Cộng'"""
    s = Sheet().title(["HUYỆN ỦY BÌNH LỤC", "BAN TUYÊN GIÁO", "*"], [PARTY, "", "Bình Lục, ngày 19 tháng 12 năm 2024"],
                      [f"TỔNG HỢP ĐĂNG KÝ {CAMPAIGN} NĂM 2023 VÀ NĂM 2024"], 11)
    party = ("Đảng viên đăng ký học tập và làm theo", ["Tổng số", "Đã đăng ký", "Tỷ lệ (%)"])
    # The bare years, typed as text, over the party members' group and the models.
    s.groups([("2023", [party, "Số mô hình"]), ("2024", [party, "Số mô hình"]), "Ghi chú"], depth=3)
    specs: list[Spec] = [sp for y in (2023, 2024) for sp in (
        ("reg_party_members_pct", "den", y), ("reg_party_members_pct", "num", y),
        ("reg_party_members_pct", "value", y), ("models_total", "value", y))]
    rng = random.Random(352232024)
    rows = []
    for i, (typed, unit) in enumerate(BL_COMMUNES, 1):
        vals = []
        for y in (2023, 2024):
            den, num = counts(rng, 150, 420, 6)
            rate = round(100 * num / den, 1)
            typed_rate = X(vn(rate), rate) if (i + y) % 3 == 0 else None  # else the counts give the rate
            vals += [den, num, typed_rate, rng.randint(5, 15)]
        rows.append(Row(i, typed, unit, vals))
    rows.append(Row(None, "Cộng", BINH_LUC, [5480, 5401, X("98,6", 98.6), 186, 5512, 5440, X("98,7", 98.7), 201]))
    s.rows(rows, specs, None).sign(["NGƯỜI LẬP BIỂU", "Trần Thu Hà"], ["T/M BAN THƯỜNG VỤ", "Đinh Văn Thắng"], 8)
    return [s.save(save_xlwt, out / "BinhLuc_DangKy_2023_2024.xls").case("wide", None, "Huyện Bình Lục")]


# ---- 3. A single commune's vertical report ----------------------------------------------------------------


@register("long_son_2022_vertical")
def case_long_son_2022(out: Path) -> list[Case]:
    """commune's own vertical report (ĐẢNG ỦY XÃ LONG SƠN under ĐẢNG BỘ HUYỆN CẦU NGANG): 'Tổng số ...' rows as
    denominators of the next rate row, '- Tập thể'/'- Cá nhân' under 'Số mô hình', Roman heading rows, numbering row"""
    s = Sheet("Biểu số liệu").title(
        ["ĐẢNG BỘ HUYỆN CẦU NGANG", "ĐẢNG ỦY XÃ LONG SƠN", "*"], [PARTY, "", "Long Sơn, ngày 12 tháng 12 năm 2022"],
        [f"BÁO CÁO {SUBJECT} NĂM 2022", "(Số liệu kèm theo Báo cáo số 61-BC/ĐU của Đảng ủy xã)"], 6)
    s.header(VERTICAL).numbered()
    lines = [
        Line("I", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", None),
        Line(1, "Số kế hoạch, hướng dẫn ban hành", "Văn bản", [3], QTY("plans_issued")),
        Line("II", "KẾT QUẢ ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO", None),
        Line(2, "Tổng số đảng viên", "Đảng viên", [317], DEN("reg_party_members_pct"),
             note="Không tính đảng viên miễn sinh hoạt"),
        Line(3, "Số đảng viên đăng ký học tập và làm theo", "Đảng viên", [312, X("98,4", 98.4)],
             RATE("reg_party_members_pct")),
        Line(4, "Tổng số CCVC, LLVT không là đảng viên", "Người", [45], DEN("reg_civil_servants_pct")),
        Line(5, "Số CCVC, LLVT không là đảng viên đăng ký", "Người", [38, X("84,4", 84.4)],
             RATE("reg_civil_servants_pct")),
        Line(6, "Tổng số đoàn viên, hội viên", "Người", [2150], DEN("reg_union_members_pct")),
        Line(7, "Số đoàn viên, hội viên đăng ký", "Người", [1020, X("47,4", 47.4)], RATE("reg_union_members_pct")),
        Line(8, "Tổng số chi bộ trực thuộc", "Chi bộ", [14], DEN("party_cells_plans_pct")),
        Line(9, "Số chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Chi bộ", [14, 100],
             RATE("party_cells_plans_pct")),
        Line("III", "MÔ HÌNH HỌC TẬP VÀ LÀM THEO BÁC", None),
        Line(10, "Số mô hình", "Mô hình", [8], QTY("models_total")),
        Line(None, "- Tập thể", "Mô hình", [5], QTY("models_collective"), note="Hội LHPN, Hội Nông dân, Đoàn TN..."),
        Line(None, "- Cá nhân", "Mô hình", [3], QTY("models_individual")),
        Line(11, "Số mô hình mới", "Mô hình", [2], QTY("models_new")),
        Line("IV", "KHEN THƯỞNG, TUYÊN TRUYỀN", None),
        Line(12, "Số tập thể được khen thưởng", "Tập thể", [2], QTY("commend_collective")),
        Line(13, "Số cá nhân được khen thưởng", "Cá nhân", [5], QTY("commend_individual")),
        Line(14, "Số tin, bài tuyên truyền", "Tin, bài", [6], QTY("propaganda_articles"),
             note="Trên trạm truyền thanh xã"),
    ]
    s.lines(lines, xa("Long Sơn"), 2022).sign(["Nơi nhận:", "- Ban Tuyên giáo Huyện ủy;", "- Lưu VP.", ""],
                                              ["T/M ĐẢNG ỦY", "BÍ THƯ", "(Đã ký)", "Thạch Thị Sa Pha"], 5)
    return [s.save(save_openpyxl, out / "LongSon_BaoCao_HTLT_2022.xlsx").case("vertical", 2022, "Huyện Cầu Ngang")]


@register("thuy_tay_2023_vertical_xls")
def case_thuy_tay_2023(out: Path) -> list[Case]:
    """vertical report in legacy .xls ('ĐẢNG ỦY XÃ THUỶ TÂY'): rate from two rows without a typed rate, a count without
    its total (incomplete_ratio), a percent-formatted rate, 'Số hộ nghèo' (unknown_metric)"""
    s = Sheet().title(["ĐẢNG BỘ HUYỆN THẠNH HÓA", "ĐẢNG ỦY XÃ THUỶ TÂY", "*"],
                      [*STATE, "Thủy Tây, ngày 08 tháng 12 năm 2023"],
                      ["BIỂU THỐNG KÊ KẾT QUẢ THỰC HIỆN KẾT LUẬN 01-KL/TW NĂM 2023"], 6)
    s.header(["TT", "Chỉ tiêu", "ĐVT", "Số lượng", "Tỷ lệ %", "Ghi chú"])
    lines = [
        Line(1, "Kế hoạch, hướng dẫn đã ban hành", "Văn bản", [4], QTY("plans_issued")),
        Line(2, "Tổng số đảng viên của Đảng bộ", "Đảng viên", [265], DEN("reg_party_members_pct")),
        # No typed rate: the rate is the ratio of the two counts (262/265).
        Line(3, "Đảng viên đăng ký học tập và làm theo", "Đảng viên", [262], RATE("reg_party_members_pct")),
        # A count registered without its total and without a rate: incomplete_ratio at the count.
        Line(4, "CCVC, LLVT không là đảng viên đăng ký", "Người", [38], RATE("reg_civil_servants_pct"),
             bad={0: "incomplete_ratio"}, note="Chưa thống kê tổng số"),
        Line(5, "Tỷ lệ đoàn viên, hội viên đăng ký", "%", [None, Pct(0.462)],
             [None, ("reg_union_members_pct", "value")]),
        Line(6, "Tổng số mô hình", "Mô hình", [6], QTY("models_total")),
        Line(None, "- Tập thể", "Mô hình", [4], QTY("models_collective")),
        Line(None, "- Cá nhân", "Mô hình", [2], QTY("models_individual")),
        Line(7, "Mô hình điểm", "Mô hình", [1], QTY("models_pilot"), note="Mô hình điểm của Huyện ủy"),
        Line(8, "Tập thể được khen thưởng", "Tập thể", [2], QTY("commend_collective")),
        Line(9, "Cá nhân được khen thưởng", "Cá nhân", [3], QTY("commend_individual")),
        Line(10, "Số hộ nghèo", "Hộ", [41], "unknown_metric", note="Theo chuẩn nghèo đa chiều"),
        Line(11, "Số tin, bài tuyên truyền", "Tin, bài", [5], QTY("propaganda_articles")),
    ]
    s.lines(lines, xa("Thủy Tây"), 2023).sign(["Người lập biểu", "(Đã ký)", "Lê Thị Mỹ Dung"],
                                              ["T/M ĐẢNG ỦY", "(Đã ký)", "Nguyễn Văn Tâm"], 5)
    return [s.save(save_xlwt, out / "ThuyTay_2023.xls").case("vertical", 2023, "Huyện Thạnh Hóa")]


@register("my_an_town_2024_vertical_unicode_txt")
def case_my_an_2024(out: Path) -> list[Case]:
    """Excel 'Unicode Text' (UTF-16, tabs) of the town's own vertical report ('ĐẢNG ỦY THỊ TRẤN MỸ AN': the town, not Xã
    Mỹ An), '1.205', 'trên 80%', '6/6' in the rate column, 'trên 50'"""
    s = Sheet().title(["ĐẢNG BỘ HUYỆN THÁP MƯỜI", "ĐẢNG ỦY THỊ TRẤN MỸ AN"],
                      [PARTY, "Mỹ An, ngày 16 tháng 12 năm 2024"],
                      [f"{SUBJECT} NĂM 2024"], 6)
    s.header(VERTICAL).numbered()
    lines = [
        Line(1, "Số kế hoạch, hướng dẫn", "Kế hoạch", [5], QTY("plans_issued")),
        Line(2, "Tổng số đảng viên", "Đảng viên", [X("1.205", 1205)], DEN("reg_party_members_pct")),
        Line(3, "Số đảng viên đã đăng ký", "Đảng viên", [X("1.189", 1189), X("98,7", 98.7)],
             RATE("reg_party_members_pct")),
        Line(4, "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký", "%", [None, X("trên 80%", 80, ">")],
             [None, ("reg_civil_servants_pct", "value")]),
        Line(5, "Số mô hình học tập và làm theo Bác", "Mô hình", [12], QTY("models_total")),
        Line(None, "- Tập thể", "Mô hình", [8], QTY("models_collective")),
        Line(None, "- Cá nhân", "Mô hình", [4], QTY("models_individual")),
        Line(6, "Số mô hình mới", "Mô hình", [3], QTY("models_new")),
        Line(7, "Tỷ lệ khóm, ấp nhân rộng mô hình", "%", [None, X("6/6", 100, None, 6, 6)],
             [None, ("model_replication_pct", "value")], note="6/6 khóm"),
        Line(8, "Số tin, bài tuyên truyền", "Tin, bài", [14], QTY("propaganda_articles")),
        Line(9, "Tin, bài chia sẻ trên mạng xã hội", "Tin, bài", [X("trên 50", 50, ">")],
             QTY("propaganda_social_posts"), note="Trang Zalo, Facebook của thị trấn"),
    ]
    s.lines(lines, tt("Mỹ An"), 2024).sign(["Người lập biểu", "Huỳnh Thị Thu"], ["T/M ĐẢNG ỦY", "Trần Văn Bé"], 5)
    return [s.save(save_unicode_text, out / "MyAn_BaoCao_2024.txt").case("vertical", 2024, "Huyện Tháp Mười")]


# ---- 4. Transposed: indicators as rows, units as columns ----------------------------------------------------


@register("cau_ngang_2023_transposed")
def case_cau_ngang_2023_transposed(out: Path) -> list[Case]:
    """transposed: indicators as rows, 'Toàn huyện' then the communes under a merged 'Chia ra' (TT Cầu Ngang, Mỹ
    Hoà...), '15/15' for the district, 'Số hộ nghèo' row (unknown_metric), a column 'Mỹ Long Tây' (unknown_unit)"""
    communes = [*CN_COMMUNES, ("Mỹ Long Tây", "unknown_unit")]  # no such commune anywhere
    n = len(communes)
    s = Sheet("Biểu 01").title(["HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO", "*"],
                               [*STATE, "Cầu Ngang, ngày 15 tháng 12 năm 2023"],
                               [f"BIỂU TỔNG HỢP SỐ LIỆU {CAMPAIGN} NĂM 2023"], 4 + n)
    s.groups(["Đơn vị tính", "Toàn huyện", ("Chia ra", [t for t, _ in communes])], unit="Chỉ tiêu").numbered()
    rng = random.Random(8482031)
    models = [(rng.randint(2, 6), rng.randint(1, 3)) for _ in range(n)]
    lines = [
        Line(1, "Số kế hoạch, hướng dẫn ban hành", "Văn bản", [9] + [rng.randint(2, 4) for _ in range(n)],
             ("plans_issued", "value")),
        Line(2, "Tỷ lệ đảng viên đăng ký học tập và làm theo", "%",
             [X("trên 98%", 98, ">")] + [pct1(rng, 96, 100) if j % 3 else pct_cell(rng, 96, 100) for j in range(n)],
             ("reg_party_members_pct", "value")),
        Line(3, "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký", "%",
             [82] + [None if j in (4, 11) else pct1(rng, 70, 95) for j in range(n)],
             ("reg_civil_servants_pct", "value")),
        Line(4, "Tổng số mô hình", "Mô hình", [101] + [c + i for c, i in models], ("models_total", "value")),
        Line(5, "Mô hình tập thể", "Mô hình", [68] + [c for c, _ in models], ("models_collective", "value")),
        Line(6, "Mô hình cá nhân", "Mô hình", [33] + [i for _, i in models], ("models_individual", "value")),
        Line(7, "Mô hình mới", "Mô hình", [17] + [rng.randint(0, 2) for _ in range(n)], ("models_new", "value")),
        Line(8, "Tỷ lệ xã, thị trấn nhân rộng mô hình", "%", [X("15/15", 100, None, 15, 15)],
             ("model_replication_pct", "value")),
        Line(9, "Số hộ nghèo", "Hộ", [1250] + [rng.randint(40, 120) for _ in range(n)], "unknown_metric"),
        Line(10, "Số tin, bài tuyên truyền", "Tin, bài", [30] + [rng.randint(1, 5) for _ in range(n)],
             ("propaganda_articles", "value")),
    ]
    s.across(lines, [CAU_NGANG, *[u for _, u in communes]], s.row - 2, 2023)
    s.sign(["Người lập biểu", "(đã ký)", "Kim Thị Sa Rinh"], ["TRƯỞNG BAN", "(đã ký)", "Thạch Văn Hùng"], 12)
    s.save(save_openpyxl, out / "CauNgang_2023_ChiTieu_TheoXa.xlsx")
    return [s.case("transposed", 2023, "Huyện Cầu Ngang")]


@register("thap_muoi_2024_transposed_xlsxwriter")
def case_thap_muoi_2024_transposed(out: Path) -> list[Case]:
    """transposed with 'Tổng số' then full commune names (Thị trấn Mỹ An and Xã Mỹ An), rates from a 'Tổng số đảng viên'
    row and the next row, a total without its count (incomplete_ratio), '- Tập thể'/'- Cá nhân' under 'Số mô hình', 'Xã
    Hưng Lập' (unknown_unit)"""
    communes = as_typed(
        "Thị trấn Mỹ An", "Xã Mỹ An", "Xã Thạnh Lợi", "Xã Trường Xuân", ("Xã Hưng Lập", "unknown_unit"),
        ("Xã Mỹ Hoà", xa("Mỹ Hòa")), "Xã Đốc Binh Kiều", "Xã Láng Biển", "Xã Thanh Mỹ",
    )
    s = Sheet("Tong hop").title(["HUYỆN ỦY THÁP MƯỜI", "BAN TUYÊN GIÁO"],
                                [PARTY, "Tháp Mười, ngày 12 tháng 12 năm 2024"],
                                ["TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2024 (THEO ĐƠN VỊ)"], 4 + len(communes))
    s.header(["STT", "Nội dung", "ĐVT", "Tổng số", *[t for t, _ in communes]])
    lines = [
        # Xã Trường Xuân gave its total but not the count registered: incomplete_ratio at its total (value index 4,
        # 0 being Tổng số).
        Line(1, "Tổng số đảng viên", "Người", [2450, 412, 236, 198, 221, 150, 205, 187, 176, 169],
             ("reg_party_members_pct", "den"), bad={4: "incomplete_ratio"}),
        Line(2, "Số đảng viên đăng ký học tập và làm theo", "Người",
             [2411, 409, 231, 195, None, 150, 203, 184, 175, 166], ("reg_party_members_pct", "num")),
        Line(3, "Tỷ lệ đoàn viên, hội viên đăng ký (%)", "%",
             [Pct(0.486), Pct(0.52), Pct(0.471), Pct(0.455), Pct(0.5), Pct(0.48), None, Pct(0.468), Pct(0.503),
              Pct(0.49)], ("reg_union_members_pct", "value")),
        Line(4, "Số mô hình", "Mô hình", [118, 12, 8, 7, 7, 6, 7, 6, 5, 6], ("models_total", "value")),
        Line(None, "- Tập thể", "Mô hình", [76, 8, 5, 5, 4, 4, 5, 4, 3, 4], ("models_collective", "value")),
        Line(None, "- Cá nhân", "Mô hình", [42, 4, 3, 2, 3, 2, 2, 2, 2, 2], ("models_individual", "value")),
        Line(5, "Tập thể được khen thưởng", "Tập thể", [21, 2, 1, 1, 1, 0, 2, 1, 1, 1],
             ("commend_collective", "value")),
        Line(6, "Cá nhân được khen thưởng", "Cá nhân", [55, 5, 3, 2, 4, 2, 3, 3, 2, 3],
             ("commend_individual", "value")),
    ]
    s.across(lines, [THAP_MUOI, *[u for _, u in communes]], s.row - 1, 2024)
    s.sign(["NGƯỜI TỔNG HỢP", "Võ Thị Ngọc Hân"], ["TRƯỞNG BAN", "Lê Văn Dũng"], 8)
    return [s.save(save_xlsxwriter, out / "ThapMuoi_2024_TheoDonVi.xlsx").case("transposed", 2024, "Huyện Tháp Mười")]


@register("binh_luc_2021_transposed_ods")
def case_binh_luc_2021_transposed(out: Path) -> list[Case]:
    """.ods transposed over the 17 communes of 2021 (Xã An Nội, Hưng Công, Bối Cầu), 'Toàn huyện' as published (3 pilot
    models, '17/17' replication), '98,5%' and 'trên 98%' as text"""
    communes = as_typed("TT Bình Mỹ", "Bình Nghĩa", "Tràng An", "Đồng Du", "Ngọc Lũ", "Hưng Công", "Đồn Xá", "An Ninh",
                        "Bồ Đề", "Bối Cầu", "An Nội", "Vũ Bản", "Trung Lương", "An Đổ", "La Sơn", "Tiêu Động", "An Lão")
    n = len(communes)
    s = Sheet().title(["HUYỆN ỦY BÌNH LỤC", "BAN TUYÊN GIÁO"], [PARTY, "Bình Lục, ngày 26 tháng 11 năm 2021"],
                      ["SỐ LIỆU TỔNG KẾT THỰC HIỆN CHỈ THỊ 05-CT/TW CỦA BỘ CHÍNH TRỊ NĂM 2021"], 3 + n)
    s.groups(["Toàn huyện", ("Chia ra", [t for t, _ in communes])], unit="Chỉ tiêu")
    rng = random.Random(3522116)
    pilots = {0: 1, 2: 1, 7: 1}
    lines = [
        Line(1, "Số kế hoạch, hướng dẫn ban hành", None, [12] + [rng.randint(3, 6) for _ in range(n)],
             ("plans_issued", "value")),
        Line(2, "Tỷ lệ đảng viên đăng ký (%)", None,
             [X("98,5%", 98.5)] + [pct1(rng, 96, 100) if j % 4 else X("trên 98%", 98, ">") for j in range(n)],
             ("reg_party_members_pct", "value")),
        Line(3, "Tổng số mô hình", None, [245] + [rng.randint(8, 20) for _ in range(n)], ("models_total", "value")),
        Line(4, "Mô hình điểm cấp huyện", None, [3] + [pilots.get(j) for j in range(n)], ("models_pilot", "value")),
        Line(5, "Tỷ lệ xã, thị trấn nhân rộng mô hình", None, [X("17/17", 100, None, 17, 17)],
             ("model_replication_pct", "value")),
    ]
    s.across(lines, [BINH_LUC, *[u for _, u in communes]], s.row - 1, 2021, first_col=3, dvt_col=None).skip()
    s.note("Ghi chú: Mô hình điểm cấp huyện: thị trấn Bình Mỹ, xã Tràng An, xã An Ninh.", 2, 2)
    s.sign(["NGƯỜI LẬP BIỂU", "Trần Thu Hà"], ["T/M BAN THƯỜNG VỤ", "Đinh Văn Thắng"], 10)
    return [s.save(save_ods, out / "BinhLuc_TongKet_CT05.ods").case("transposed", 2021, "Huyện Bình Lục")]


# ---- 5. Province summaries: one row per district party committee -------------------------------------------


@register("long_an_2023_province_summary")
def case_long_an_2023(out: Path) -> list[Case]:
    """province summary of Long An: 'Thành ủy Tân An', 'Thị ủy Kiến Tường', 'Huyện uỷ Mộc Hoá' → their districts;
    province party bodies as `other`; 'Toàn tỉnh' = Tỉnh Long An; Roman group rows without figures"""
    s = Sheet("Tổng hợp").title(
        ["ĐẢNG BỘ TỈNH LONG AN", "BAN TUYÊN GIÁO TỈNH ỦY", "*"], [PARTY, "", "Tân An, ngày 26 tháng 12 năm 2023"],
        [f"BIỂU TỔNG HỢP {SUBJECT} NĂM 2023", "(Kèm theo Báo cáo số 412-BC/BTGTU của Ban Tuyên giáo Tỉnh ủy)"], 11)
    s.groups([
        ("Tỷ lệ đăng ký học tập và làm theo (%)", ["Đảng viên", "CCVC, LLVT không là đảng viên",
                                                   "Đoàn viên, hội viên"]),
        "Số kế hoạch, hướng dẫn ban hành",
        ("Mô hình học tập và làm theo Bác", ["Tổng số", "Tập thể", "Cá nhân", "Mô hình mới"]),
        "Ghi chú",
    ]).numbered()
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("reg_union_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                         ("models_collective", "value"), ("models_individual", "value"), ("models_new", "value")]
    bodies = [
        ("Thành ủy Tân An", "Thành phố Tân An"), ("Thị ủy Kiến Tường", "Thị xã Kiến Tường"),
        ("Huyện ủy Tân Hưng", "Huyện Tân Hưng"), ("Huyện ủy Vĩnh Hưng", "Huyện Vĩnh Hưng"),
        ("Huyện uỷ Mộc Hoá", "Huyện Mộc Hóa"), ("Huyện ủy Tân Thạnh", "Huyện Tân Thạnh"),
        ("Huyện ủy Thạnh Hóa", "Huyện Thạnh Hóa"), ("Huyện ủy Đức Huệ", "Huyện Đức Huệ"),
        ("Huyện ủy Đức Hòa", "Huyện Đức Hòa"), ("Huyện ủy Bến Lức", "Huyện Bến Lức"),
        ("Huyện ủy Thủ Thừa", "Huyện Thủ Thừa"), ("Huyện ủy Tân Trụ", "Huyện Tân Trụ"),
        ("Huyện ủy Cần Đước", "Huyện Cần Đước"), ("Huyện ủy Cần Giuộc", "Huyện Cần Giuộc"),
        ("Huyện ủy Châu Thành", "Huyện Châu Thành"),
    ]
    rng = random.Random(802023)
    rows = [Row("I", "ĐẢNG BỘ HUYỆN, THỊ XÃ, THÀNH PHỐ", None)]
    for i, (typed, official) in enumerate(bodies, 1):
        coll, ind = rng.randint(40, 90), rng.randint(15, 45)
        union = pct1(rng, 40, 65) if i != 9 else None
        rows.append(Row(i, typed, district(official), [pct1(rng, 97, 100), pct1(rng, 75, 95), union,
                                                       rng.randint(6, 14), coll + ind, coll, ind,
                                                       rng.randint(5, 20)]))
    rows.append(Row("II", "ĐẢNG BỘ TRỰC THUỘC TỈNH ỦY", None))
    for i, (typed, vals) in enumerate([
        ("Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh", [99.2, 90.5, 61.0, 5, 48, 40, 8, 9]),
        ("Đảng ủy Quân sự tỉnh", [100, None, None, 3, 12, 10, 2, 2]),
        ("Đảng ủy Công an tỉnh", [100, None, 72.4, 4, 15, 12, 3, 4]),
    ], 16):
        rows.append(Row(i, typed, other(typed), vals))
    rows.append(Row(None, "Toàn tỉnh", province("Tỉnh Long An"),
                    [X("trên 98%", 98, ">"), 86.3, X("trên 50%", 50, ">"), 21, 1610, 1102, 508, 215]))
    s.rows(rows, specs, 2023).sign(["Nơi nhận:", "- Ban Tuyên giáo Trung ương;", "- Lưu VT.", "", ""],
                                   ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(Đã ký)", "", "Nguyễn Thị Mỹ Hạnh"], 8)
    return [s.save(save_openpyxl, out / "LongAn_TongHop_HTLT_2023.xlsx").case("summary", 2023, None)]


@register("hau_giang_2022_province_summary_xls")
def case_hau_giang_2022(out: Path) -> list[Case]:
    """legacy .xls province summary of Hậu Giang: 'Thị ủy Long Mỹ' vs 'Huyện ủy Long Mỹ', 'Châu Thành A' vs 'Châu
    Thành', 'Vị Thủy' → official 'Huyện Vị Thuỷ'; a column of conferences (unmapped_column)"""
    s = Sheet().title(["TỈNH ỦY HẬU GIANG", "BAN TUYÊN GIÁO", "*"], [PARTY, "", "Vị Thanh, ngày 23 tháng 12 năm 2022"],
                      [f"{SUBJECT} NĂM 2022 CỦA CÁC ĐẢNG BỘ TRỰC THUỘC TỈNH"], 8)
    s.exp.reject(s.row, 8, "unmapped_column")  # conferences: no metric of the campaign
    s.header(["STT", "Đảng bộ", "Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình", "Mô hình điểm", "Tập thể được khen thưởng",
              "Cá nhân được khen thưởng", "Số hội nghị quán triệt, triển khai"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_pilot", "value"),
                         ("commend_collective", "value"), ("commend_individual", "value"), None]
    bodies = [
        ("Thành ủy Vị Thanh", "Thành phố Vị Thanh"), ("Thành ủy Ngã Bảy", "Thành phố Ngã Bảy"),
        ("Huyện ủy Châu Thành A", "Huyện Châu Thành A"), ("Huyện ủy Châu Thành", "Huyện Châu Thành"),
        ("Huyện ủy Phụng Hiệp", "Huyện Phụng Hiệp"),
        ("Huyện ủy Vị Thủy", "Huyện Vị Thuỷ"),  # the official list spells it "Vị Thuỷ"
        ("Huyện ủy Long Mỹ", "Huyện Long Mỹ"), ("Thị ủy Long Mỹ", "Thị xã Long Mỹ"),
    ]
    rng = random.Random(932022)
    rows = [Row(i, typed, district(official), [pct1(rng, 97, 100), rng.randint(40, 120), rng.randint(1, 3),
                                               rng.randint(5, 20), rng.randint(15, 60), rng.randint(2, 8)])
            for i, (typed, official) in enumerate(bodies, 1)]
    rows.append(Row(9, "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh", other("Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh"),
                    [99.1, 35, 1, 4, 12, 3]))
    rows.append(Row(10, "Đảng ủy Công an tỉnh", other("Đảng ủy Công an tỉnh"), [100, 9, 1, 2, 6, 2]))
    rows.append(Row(None, "Toàn tỉnh", province("Tỉnh Hậu Giang"), [98.7, 690, 18, 95, 310, 41]))
    s.rows(rows, specs, 2022).sign(["Người tổng hợp", "Trần Minh Luân"], ["TRƯỞNG BAN", "Nguyễn Văn Định"], 6)
    return [s.save(save_xlwt, out / "HauGiang_2022.xls").case("summary", 2022, None)]


@register("dong_thap_2024_province_summary_ods")
def case_dong_thap_2024(out: Path) -> list[Case]:
    """.ods province summary of Đồng Tháp: the type word decides 'Thành ủy Cao Lãnh' vs 'Huyện ủy Cao Lãnh' and 'Thành
    ủy Hồng Ngự' vs 'Huyện ủy Hồng Ngự'; 'Đảng bộ huyện Tháp Mười'; rates typed or from the two counts; Toàn tỉnh"""
    s = Sheet().title(["ĐẢNG BỘ TỈNH ĐỒNG THÁP", "BAN TUYÊN GIÁO TỈNH ỦY"],
                      [*STATE, "Cao Lãnh, ngày 17 tháng 12 năm 2024"],
                      ["TỔNG HỢP ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO, KHEN THƯỞNG NĂM 2024"], 8)
    s.groups([("Đảng viên đăng ký học tập và làm theo", ["Tổng số ĐV", "Số đăng ký", "Tỷ lệ (%)"]),
              ("Khen thưởng", ["Tập thể", "Cá nhân"]), "Ghi chú"], unit="Tên đảng bộ")
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("commend_collective", "value"),
                         ("commend_individual", "value"), None]
    bodies = [
        ("Thành ủy Cao Lãnh", "Thành phố Cao Lãnh"), ("Thành ủy Sa Đéc", "Thành phố Sa Đéc"),
        ("Thành ủy Hồng Ngự", "Thành phố Hồng Ngự"), ("Huyện ủy Tân Hồng", "Huyện Tân Hồng"),
        ("Huyện ủy Hồng Ngự", "Huyện Hồng Ngự"), ("Huyện ủy Tam Nông", "Huyện Tam Nông"),
        ("Đảng bộ huyện Tháp Mười", "Huyện Tháp Mười"), ("Huyện ủy Cao Lãnh", "Huyện Cao Lãnh"),
        ("Huyện ủy Thanh Bình", "Huyện Thanh Bình"), ("Huyện ủy Lấp Vò", "Huyện Lấp Vò"),
        ("Huyện ủy Lai Vung", "Huyện Lai Vung"), ("Huyện ủy Châu Thành", "Huyện Châu Thành"),
    ]
    rng = random.Random(872024)
    rows = []
    for i, (typed, official) in enumerate(bodies, 1):
        den = rng.randint(2500, 6500)
        num = den - rng.randint(10, 80)
        rate = round(100 * num / den, 1)
        rows.append(Row(i, typed, district(official), [den, num, rate if i % 2 else None, rng.randint(8, 25),
                                                       rng.randint(20, 60)]))
    rows.append(Row(13, "Đảng ủy Quân sự tỉnh", other("Đảng ủy Quân sự tỉnh"), [612, 612, 100, 3, 8]))
    rows.append(Row(14, "Đảng ủy Công an tỉnh", other("Đảng ủy Công an tỉnh"), [1450, 1449, 99.9, 4, 10,
                                                                                 "Số liệu đến 30/11"]))
    rows.append(Row(None, "Toàn tỉnh", province("Tỉnh Đồng Tháp"), [61250, 60480, 98.7, 190, 520]))
    s.rows(rows, specs, 2024).sign(["Người lập biểu", "Lê Thị Thanh Thảo"], ["TRƯỞNG BAN", "Phan Văn Thắng"], 6)
    return [s.save(save_ods, out / "DongThap_TongHop_2024.ods").case("summary", 2024, None)]


@register("can_tho_2023_province_summary_unicode_txt")
def case_can_tho_2023(out: Path) -> list[Case]:
    """'Unicode Text' summary of Thành phố Cần Thơ: 'Quận ủy Ninh Kiều', 'Quận ủy Bình Thủy' → official 'Quận Bình
    Thuỷ', 'Huyện ủy ...', the city's military party committee as `other`, thousands dots; no totals row"""
    s = Sheet().title(["ĐẢNG BỘ THÀNH PHỐ CẦN THƠ", "THÀNH ỦY CẦN THƠ", "BAN TUYÊN GIÁO"],
                      [PARTY, "", "Cần Thơ, ngày 21 tháng 12 năm 2023"], [f"THỐNG KÊ {SUBJECT} NĂM 2023"], 7)
    s.header(["STT", "Đơn vị", "Số kế hoạch, hướng dẫn", "Tổng số mô hình", "Mô hình mới", "Số tin, bài tuyên truyền",
              "Ghi chú"])
    specs: list[Spec] = [("plans_issued", "value"), ("models_total", "value"), ("models_new", "value"),
                         ("propaganda_articles", "value"), None]
    bodies = [
        ("Quận ủy Ninh Kiều", "Quận Ninh Kiều"), ("Quận ủy Bình Thủy", "Quận Bình Thuỷ"),
        ("Quận ủy Cái Răng", "Quận Cái Răng"), ("Quận ủy Ô Môn", "Quận Ô Môn"), ("Quận ủy Thốt Nốt", "Quận Thốt Nốt"),
        ("Huyện ủy Phong Điền", "Huyện Phong Điền"), ("Huyện ủy Cờ Đỏ", "Huyện Cờ Đỏ"),
        ("Huyện ủy Vĩnh Thạnh", "Huyện Vĩnh Thạnh"), ("Huyện ủy Thới Lai", "Huyện Thới Lai"),
    ]
    rng = random.Random(922023)
    rows = []
    for i, (typed, official) in enumerate(bodies, 1):
        articles = rng.randint(1000, 3999)
        rows.append(Row(i, typed, district(official), [rng.randint(5, 12), rng.randint(50, 160), rng.randint(5, 25),
                                                       X(thousands(articles), articles)]))
    rows.append(Row(10, "Đảng ủy Quân sự thành phố", other("Đảng ủy Quân sự thành phố"), [4, 14, 2, 85]))
    s.rows(rows, specs, 2023).sign(["Người lập biểu", "Huỳnh Văn Tài"], ["K/T TRƯỞNG BAN", "Trương Thị Mai"], 5)
    return [s.save(save_unicode_text, out / "CanTho_ThongKe_2023.txt").case("summary", 2023, None)]


# ---- 6. Counts typed with their count word ------------------------------------------------------------------


@register("thanh_hoa_2022_count_words")
def case_thanh_hoa_2022_count_words(out: Path) -> list[Case]:
    """counts typed with their count word ('1.205 ĐV', '12 mô hình', '8 MH', '4 tập thể', '6 cá nhân', '98,7 %'), 'x'
    and '-' not reported, 0 a real zero, 'khoảng 300' (not_a_number) without taking the typed rate down"""
    s = Sheet("Biểu 1").title(["HUYỆN ỦY THẠNH HÓA", "BAN TUYÊN GIÁO", "*"],
                              [PARTY, "", "Thạnh Hóa, ngày 14 tháng 12 năm 2022"],
                              [f"BIỂU SỐ LIỆU {CAMPAIGN} NĂM 2022"], 11)
    s.groups([("Đảng viên", ["Tổng số ĐV", "Số ĐV đăng ký", "Tỷ lệ %"]), ("Mô hình", ["Tổng số", "Tập thể", "Cá nhân"]),
              ("Khen thưởng", ["Tập thể", "Cá nhân"]), "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("models_total", "value"), ("models_collective", "value"),
                         ("models_individual", "value"), ("commend_collective", "value"),
                         ("commend_individual", "value"), None]
    dv = lambda n: X(f"{thousands(n)} ĐV", n)  # noqa: E731
    rows = [
        Row(1, "TT Thạnh Hóa", tt("Thạnh Hóa"), [dv(1205), dv(1189), X("98,7 %", 98.7), X("12 mô hình", 12),
                                                  X("8 MH", 8), X("4 MH", 4), X("4 tập thể", 4), X("6 cá nhân", 6)]),
        Row(2, "Xã Tân Hiệp", xa("Tân Hiệp"), [dv(318), dv(312), X("98,1 %", 98.1), X("6 mô hình", 6), X("4 MH", 4),
                                               X("2 MH", 2), "x", "x", "Chưa tổ chức khen thưởng"]),
        # "khoảng 300" cannot be read: rejected, the typed rate still stands (without its counts).
        Row(3, "Xã Thuận Bình", xa("Thuận Bình"), [dv(315), "khoảng 300", X("95,2 %", 95.2), X("5 mô hình", 5),
                                                   X("3 MH", 3), X("2 MH", 2), X("1 tập thể", 1), X("2 cá nhân", 2)],
            {1: "not_a_number"}),
        Row(4, "Xã Thạnh Phước", xa("Thạnh Phước"), [dv(220), dv(220), X("100 %", 100), X("5 mô hình", 5), 3, 2,
                                                     0, 0]),
        # "-" in the rate column: not reported; the two counts give the rate.
        Row(5, "Xã Thạnh Phú", xa("Thạnh Phú"), [dv(241), dv(236), "-", X("7 mô hình", 7), X("5 MH", 5),
                                                 X("2 MH", 2), X("2 tập thể", 2), X("3 cá nhân", 3)]),
        Row(6, "Xã Thuận Nghĩa Hoà", xa("Thuận Nghĩa Hòa"), [dv(276), dv(270), X("97,8 %", 97.8), "-", "-", "-",
                                                              X("0 tập thể", 0), X("1 cá nhân", 1),
                                                              "Chưa báo cáo mô hình"]),
        Row(7, "Xã Thuỷ Đông", xa("Thủy Đông"), [dv(198), dv(195), X("98,5 %", 98.5), X("4 mô hình", 4),
                                                  X("3 MH", 3), X("1 MH", 1), 1, 2]),
        Row(None, "Toàn huyện", THANH_HOA, [dv(5432), dv(5351), X("98,5 %", 98.5), X("72 mô hình", 72),
                                            X("49 MH", 49), X("23 MH", 23), X("12 tập thể", 12),
                                            X("20 cá nhân", 20)]),
    ]
    s.rows(rows, specs, 2022).sign(["Người lập biểu", "(Đã ký)", "Phạm Thị Kiều"],
                                   ["TRƯỞNG BAN", "(Đã ký)", "Hoa Vinh Tuấn Kiệt"], 8)
    return [s.save(save_openpyxl, out / "ThanhHoa_SoLieu_2022.xlsx").case("wide", 2022, "Huyện Thạnh Hóa")]


@register("cau_ngang_2024_count_words_csv")
def case_cau_ngang_2024_count_words(out: Path) -> list[Case]:
    """CSV (';', BOM) with count words ('6 mô hình', '2 MH', '1 tập thể', '97,5 %', 'trên 98%'), 'x' / '-' not reported,
    0s; 'Số mô hình' and 'Tổng số mô hình' both (duplicate_column)"""
    s = Sheet()
    s.put_row(1, ["HUYỆN ỦY CẦU NGANG", None, None, None, PARTY])
    s.put_row(2, ["BAN TUYÊN GIÁO", None, None, None, "Cầu Ngang, ngày 13 tháng 12 năm 2024"])
    s.put(4, 1, f"SỐ LIỆU {CAMPAIGN} NĂM 2024")
    # "Số mô hình" (D) and "Tổng số mô hình" (H) both name models_total: duplicate_column at both headers, no facts
    # from either column.
    s.exp.reject(6, 4, "duplicate_column")
    s.exp.reject(6, 8, "duplicate_column")
    s.skip(5).header(["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Số mô hình", "Mô hình mới", "Tập thể được khen thưởng",
                      "Cá nhân được khen thưởng", "Tổng số mô hình", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), None, ("models_new", "value"),
                         ("commend_collective", "value"), ("commend_individual", "value"), None, None]
    rows = [
        Row(1, "TT Cầu Ngang", tt("Cầu Ngang"), [X("99,1 %", 99.1), X("11 mô hình", 11), X("3 MH", 3),
                                                  X("2 tập thể", 2), X("4 cá nhân", 4), 11]),
        Row(2, "TT Mỹ Long", tt("Mỹ Long"), [X("97,5 %", 97.5), X("6 mô hình", 6), X("2 MH", 2), "-", "-", 6]),
        Row(3, "X. Long Sơn", xa("Long Sơn"), [X("trên 98%", 98, ">"), X("8 mô hình", 8), X("0 MH", 0),
                                               X("1 tập thể", 1), X("3 cá nhân", 3), 9, "Số liệu đã điều chỉnh"]),
        Row(4, "Xã Mỹ Hoà", xa("Mỹ Hòa"), ["x", X("7 mô hình", 7), "x", X("1 tập thể", 1), X("2 cá nhân", 2), 7]),
        Row(5, "Xã Hiệp Mỹ Tây", xa("Hiệp Mỹ Tây"), [X("98 %", 98), X("5 mô hình", 5), X("1 MH", 1), 0, 0, 5]),
        Row(6, "Xã Thạnh Hoà Sơn", xa("Thạnh Hòa Sơn"), [X("96,9%", 96.9), X("5 mô hình", 5), X("1 MH", 1),
                                                          X("1 tập thể", 1), X("1 cá nhân", 1), 5]),
        Row(None, "Tổng cộng", CAU_NGANG, [X("trên 98%", 98, ">"), X("104 mô hình", 104), X("18 MH", 18),
                                           X("16 tập thể", 16), X("41 cá nhân", 41), 104]),
    ]
    s.rows(rows, specs, 2024).sign(["Người lập biểu", "", "Nguyễn Thị Thu Trang"], ["TRƯỞNG BAN", "", "Thạch Văn Hùng"],
                                   7)
    return [s.save(save_csv, out / "BaoCao_CauNgang_2024.csv").case("wide", 2024, "Huyện Cầu Ngang")]


@register("thap_muoi_2023_count_words_unicode_csv")
def case_thap_muoi_2023_count_words(out: Path) -> list[Case]:
    """'Unicode Text' (UTF-16, tabs) renamed .csv, every count with its word ('4 kế hoạch', '7 MH', '12 bài'), '50%' in
    a count column (percent_for_count), '-2' (negative_count), 'x', '-', '0'"""
    s = Sheet().title(["HUYỆN ỦY THÁP MƯỜI", "BAN TUYÊN GIÁO"], [PARTY, "Tháp Mười, ngày 11 tháng 12 năm 2023"],
                      [f"{SUBJECT} NĂM 2023"], 10)
    s.header(["STT", "Đơn vị", "Số kế hoạch, hướng dẫn", "Tổng số mô hình", "Mô hình tập thể", "Mô hình cá nhân",
              "Tập thể được khen thưởng", "Cá nhân được khen thưởng", "Số tin, bài tuyên truyền", "Ghi chú"])
    specs: list[Spec] = [("plans_issued", "value"), ("models_total", "value"), ("models_collective", "value"),
                         ("models_individual", "value"), ("commend_collective", "value"),
                         ("commend_individual", "value"), ("propaganda_articles", "value"), None]
    rows = [
        Row(1, "Thị trấn Mỹ An", tt("Mỹ An"), [X("4 kế hoạch", 4), X("10 mô hình", 10), X("7 MH", 7), X("3 MH", 3),
                                                X("2 tập thể", 2), X("5 cá nhân", 5), X("12 bài", 12)]),
        Row(2, "Xã Mỹ An", xa("Mỹ An"), [X("3 kế hoạch", 3), X("6 mô hình", 6), X("4 MH", 4), X("2 MH", 2),
                                         X("1 tập thể", 1), X("3 cá nhân", 3), X("5 bài", 5)]),
        Row(3, "Xã Trường Xuân", xa("Trường Xuân"), [X("3 kế hoạch", 3), X("7 mô hình", 7), X("5 MH", 5),
                                                     X("2 MH", 2), "50%", X("2 cá nhân", 2), "-"],
            {4: "percent_for_count"}),
        Row(4, "Xã Tân Kiều", xa("Tân Kiều"), [X("2 kế hoạch", 2), X("5 mô hình", 5), X("3 MH", 3), X("2 MH", 2),
                                               X("0", 0), X("0", 0), X("4 bài", 4)]),
        Row(5, "Xã Phú Điền", xa("Phú Điền"), [X("3 kế hoạch", 3), X("4 mô hình", 4), X("3 MH", 3), X("1 MH", 1),
                                               X("1 tập thể", 1), "-2", X("3 bài", 3), "Gõ nhầm dấu"],
            {5: "negative_count"}),
        Row(6, "Xã Láng Biển", xa("Láng Biển"), ["x", X("5 mô hình", 5), X("3 MH", 3), X("2 MH", 2), "x", "x",
                                                 X("2 bài", 2)]),
        Row(None, "Toàn huyện", THAP_MUOI, [X("9 kế hoạch", 9), X("104 mô hình", 104), X("68 MH", 68),
                                            X("36 MH", 36), X("19 tập thể", 19), X("48 cá nhân", 48),
                                            X("41 bài", 41)]),
    ]
    s.rows(rows, specs, 2023).sign(["Người lập biểu", "Huỳnh Thị Thu"], ["TRƯỞNG BAN", "Lê Văn Dũng"], 7)
    return [s.save(save_unicode_text, out / "ThapMuoi_KetQua_2023.csv").case("wide", 2023, "Huyện Tháp Mười")]


# ---- 7. Notes inside the table -----------------------------------------------------------------------------


@register("thap_muoi_2023_notes_inside")
def case_thap_muoi_2023_notes(out: Path) -> list[Case]:
    """note lines merged across the table between unit rows ('Ghi chú: Xã Hưng Thạnh ... chưa báo cáo', '(*) Số liệu tạm
    tính'): the rows below still load; signature block with 'Nơi nhận:'"""
    s = Sheet("Biểu tổng hợp").title(["HUYỆN ỦY THÁP MƯỜI", "BAN TUYÊN GIÁO", "*"],
                                     [*STATE, "Tháp Mười, ngày 20 tháng 12 năm 2023"],
                                     [f"BIỂU TỔNG HỢP {SUBJECT} NĂM 2023"], 8)
    s.groups([("Tỷ lệ đăng ký học tập và làm theo (%)", ["Đảng viên", "CCVC, LLVT không là đảng viên",
                                                         "Đoàn viên, hội viên"]),
              ("Mô hình", ["Tổng số", "Mô hình mới"]), "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("reg_union_members_pct", "value"), ("models_total", "value"), ("models_new", "value"), None]
    rng = random.Random(872023)

    def unit_row(i: int, typed: str, unit: Unit, note: str | None = None) -> Row:
        return Row(i, typed, unit, [pct1(rng, 96, 100), pct1(rng, 75, 95), pct_cell(rng, 40, 60),
                                    rng.randint(5, 10), rng.randint(0, 2), note])

    first = [c for c in TM_COMMUNES if c[0] not in ("Xã Hưng Thạnh", "Xã Trường Xuân")]
    s.rows([unit_row(i, t, u) for i, (t, u) in enumerate(first[:5], 1)], specs, 2023)
    s.note("Ghi chú: Xã Hưng Thạnh, xã Trường Xuân chưa báo cáo số liệu.")
    s.rows([unit_row(i, t, u, "(*)" if i == 7 else None) for i, (t, u) in enumerate(first[5:9], 6)], specs, 2023)
    s.note("(*) Số liệu tạm tính, đơn vị sẽ báo cáo bổ sung.", 2)
    s.rows([unit_row(i, t, u) for i, (t, u) in enumerate(first[9:], 10)]
           + [Row(12, "Chi bộ Cơ quan Ủy ban MTTQ huyện", other("Chi bộ Cơ quan Ủy ban MTTQ huyện"),
                  [100, None, None, 1]),
              Row(None, "Toàn huyện", THAP_MUOI, [97.9, 84.6, Pct(0.512), 98, 14])], specs, 2023)
    s.sign(["Nơi nhận:", "- Thường trực Huyện ủy;", "- Ban Tuyên giáo Tỉnh ủy;", "- Lưu VT.", ""],
           ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "(Đã ký)", "", "Nguyễn Văn Tiến"], 6)
    return [s.save(save_xlsxwriter, out / "ThapMuoi_BieuTongHop_2023.xlsx").case("wide", 2023, "Huyện Tháp Mười")]


@register("binh_luc_2024_notes_and_groups_xls")
def case_binh_luc_2024_notes(out: Path) -> list[Case]:
    """legacy .xls: group row I with a subtotal (group_subtotal), II without; note rows ('Ghi chú: Xã Bối Cầu chưa báo
    cáo.', '(*) Số liệu tạm tính') between unit rows; 'x/y' chi bộ ratios; 'Cộng' with '98,6%' and '1.205'"""
    s = Sheet().title(["HUYỆN ỦY BÌNH LỤC", "BAN TUYÊN GIÁO", "*"], [PARTY, "", "Bình Lục, ngày 18 tháng 12 năm 2024"],
                      [f"BIỂU THỐNG KÊ {SUBJECT} NĂM 2024"], 8)
    s.header(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tỷ lệ chi bộ hoàn thành chỉ đạo đảng viên xây dựng "
              "kế hoạch", "Tổng số mô hình", "Mô hình điểm", "Số tin, bài tuyên truyền", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("party_cells_plans_pct", "value"),
                         ("models_total", "value"), ("models_pilot", "value"), ("propaganda_articles", "value"), None]
    rng = random.Random(3522024)
    s.rows([Row(None, "I. KHỐI XÃ, THỊ TRẤN", None, [98.4, frac(160, 163), 201, 3, 420],
                {i: "group_subtotal" for i in range(5)})], specs, 2024)

    def unit_row(i: int, typed: str, unit: Unit, note: str | None = None) -> Row:
        cells, rate = rng.randint(7, 12), pct1(rng, 96, 100)
        return Row(i, typed, unit, [X(vn(rate), rate), frac(cells - (i % 5 == 0), cells),
                                    rng.randint(8, 16), 1 if i in (1, 3, 8) else None, rng.randint(10, 40), note])

    units = [c for c in BL_COMMUNES if c[0] != "Xã Bối Cầu"]
    rows = [unit_row(i, t, u) for i, (t, u) in enumerate(units, 1)]
    s.rows(rows[:9], specs, 2024).note("Ghi chú: Xã Bối Cầu chưa báo cáo.")
    s.rows(rows[9:], specs, 2024).note("(*) Số liệu tạm tính đến ngày báo cáo.")
    s.rows([
        Row(None, "II. KHỐI CƠ QUAN, ĐƠN VỊ HUYỆN", None),
        Row(1, "Chi bộ Trung tâm Y tế huyện", other("Chi bộ Trung tâm Y tế huyện"), [100, None, 2, None, 3, "(*)"]),
        Row(2, "Chi bộ Công an huyện", other("Chi bộ Công an huyện"), [100, frac(4, 4), 1]),
        Row(None, "Cộng", BINH_LUC, [X("98,6%", 98.6), frac(171, 174), 215, 3, X("1.205", 1205)]),
    ], specs, 2024)
    s.sign(["NGƯỜI LẬP BIỂU", "(Đã ký)", "Trần Thu Hà"], ["TRƯỞNG BAN", "(Đã ký)", "Đinh Văn Thắng"], 6)
    return [s.save(save_xlwt, out / "BL_HTLT_2024.xls").case("wide", 2024, "Huyện Bình Lục")]


# ---- 8. Workbooks reused year after year: a cover sheet, last year's copy hidden -----------------------------

COVER = [
    "HƯỚNG DẪN ĐIỀN BIỂU MẪU",
    "1. Các chi, đảng bộ cơ sở điền số liệu vào Biểu 01, không thay đổi tên cột.",
    "2. Tỷ lệ ghi theo phần trăm (%), làm tròn một chữ số thập phân.",
    "3. Ô không có số liệu để trống, không ghi số 0.",
    "4. Gửi về Ban Tuyên giáo Huyện ủy trước ngày 15 tháng 12.",
    "Mọi vướng mắc xin liên hệ Ban Tuyên giáo Huyện ủy để được hướng dẫn.",
]

CN_LABELS = ["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tổng số mô hình", "Mô hình tập thể",
             "Mô hình cá nhân", "Số tin, bài tuyên truyền"]
CN_SPECS: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_collective", "value"),
                        ("models_individual", "value"), ("propaganda_articles", "value")]


def cn_rows(seed: int, total: list[Any]) -> list[Row]:
    rng = random.Random(seed)
    rows = []
    for i, (typed, unit) in enumerate(CN_COMMUNES, 1):
        coll, ind = rng.randint(2, 6), rng.randint(1, 3)
        rows.append(Row(i, typed, unit, [pct1(rng, 96, 100), coll + ind, coll, ind, rng.randint(1, 6)]))
    rows.append(Row(None, "Tổng cộng", CAU_NGANG, total))
    return rows


@register("cau_ngang_2023_hidden_last_year")
def case_cau_ngang_hidden(out: Path) -> list[Case]:
    """workbook: a visible instructions sheet, the 2023 table, last year's copy as a hidden sheet with other figures
    (nothing of it loaded)"""
    left = ["HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO"]
    sign = (["Người lập biểu", "Nguyễn Thị Thu Trang"], ["TRƯỞNG BAN", "Thạch Văn Hùng"])
    exp = Expect()
    now = simple_table("Biểu 01", left, [PARTY, "Cầu Ngang, ngày 19 tháng 12 năm 2023"],
                       [f"BIỂU 01: {SUBJECT} NĂM 2023"], CN_LABELS, cn_rows(84823, [98.4, 101, 68, 33, 30]), CN_SPECS,
                       2023, exp, sign)
    old = simple_table("Biểu 01 (cũ)", left, [PARTY, "Cầu Ngang, ngày 20 tháng 12 năm 2022"],
                       [f"BIỂU 01: {SUBJECT} NĂM 2022"], CN_LABELS,
                       cn_rows(84822, [X("trên 98%", 98, ">"), 96, 65, 31, 24]), CN_SPECS, 2022, Expect(), sign)
    path = save_openpyxl(out / "Bieu01_HTLT_CauNgang.xlsx", [cover_sheet("Hướng dẫn", COVER), now, old])
    hide_sheets_openpyxl(path, {"Biểu 01 (cũ)"})
    return [exp.case(path, "wide", 2023, "Huyện Cầu Ngang")]


TH_LABELS = ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Số kế hoạch, hướng dẫn", "Tổng số mô hình", "Mô hình mới",
             "Ghi chú"]
TH_SPECS: list[Spec] = [("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                        ("models_new", "value"), None]


def th_rows(seed: int, total: list[Any]) -> list[Row]:
    rng = random.Random(seed)
    rows = [Row(i, typed, unit, [pct_cell(rng, 96, 100), rng.randint(2, 5), rng.randint(4, 11), rng.randint(0, 3)])
            for i, (typed, unit) in enumerate(TH_COMMUNES, 1)]
    rows.append(Row(None, "Tổng cộng", THANH_HOA, total))
    return rows


@register("thanh_hoa_2024_hidden_last_year_xlsxwriter")
def case_thanh_hoa_hidden(out: Path) -> list[Case]:
    """xlsxwriter workbook: cover sheet, last year's sheet 'Nam 2023' hidden before the visible 'Nam 2024'
    (percent-formatted rates); only 2024 loaded"""
    left = ["HUYỆN ỦY THẠNH HÓA", "BAN TUYÊN GIÁO"]
    exp = Expect()
    old = simple_table("Nam 2023", left, [*STATE, "Thạnh Hóa, ngày 18 tháng 12 năm 2023"],
                       ["BÁO CÁO SỐ LIỆU HỌC TẬP VÀ LÀM THEO BÁC NĂM 2023"], TH_LABELS,
                       th_rows(80023, [Pct(0.991), 7, 70, 12]), TH_SPECS, 2023, Expect())
    now = simple_table("Nam 2024", left, [*STATE, "Thạnh Hóa, ngày 16 tháng 12 năm 2024"],
                       ["BÁO CÁO SỐ LIỆU HỌC TẬP VÀ LÀM THEO BÁC NĂM 2024"], TH_LABELS,
                       th_rows(80024, [Pct(0.987), 8, 72, 14]), TH_SPECS, 2024, exp,
                       (["Người lập biểu", "Phạm Thị Kiều"], ["TRƯỞNG BAN", "Hoa Vinh Tuấn Kiệt"]))
    path = save_xlsxwriter(out / "ThanhHoa_SoLieu_HTLT.xlsx", [cover_sheet("HUONG DAN", COVER[:4]), old, now])
    hide_sheets_in_zip(path, {"Nam 2023"})
    return [exp.case(path, "wide", 2024, "Huyện Thạnh Hóa")]


@register("thap_muoi_2022_hidden_last_year_xls")
def case_thap_muoi_hidden(out: Path) -> list[Case]:
    """legacy .xls: instructions sheet, the 2022 table (published district totals), the 2021 copy hidden (BOUNDSHEET
    hidden); only 2022 loaded"""
    left = ["HUYỆN ỦY THÁP MƯỜI", "BAN TUYÊN GIÁO"]
    labels = ["STT", "Đơn vị", "Tập thể được khen thưởng", "Cá nhân được khen thưởng",
              "Tập thể đề nghị Tỉnh khen thưởng", "Cá nhân đề nghị Tỉnh khen thưởng"]

    def rows(seed: int, total: list[Any]) -> list[Row]:
        rng = random.Random(seed)
        out_rows = [Row(i, typed, unit, [rng.randint(0, 2), rng.randint(1, 5)])
                    for i, (typed, unit) in enumerate(TM_COMMUNES, 1)]
        out_rows.append(Row(None, "Toàn huyện", THAP_MUOI, total))
        return out_rows

    exp = Expect()
    now = simple_table("Bieu 2022", left, [PARTY, "Tháp Mười, ngày 28 tháng 12 năm 2022"],
                       ["KẾT QUẢ KHEN THƯỞNG TRONG HỌC TẬP VÀ LÀM THEO BÁC NĂM 2022"], labels,
                       rows(87222, [20, 52, 1, 2]), COMMEND_GIVEN_PROPOSED[:4], 2022, exp)
    old = simple_table("Bieu 2021", left, [PARTY, "Tháp Mười, ngày 24 tháng 12 năm 2021"],
                       ["KẾT QUẢ KHEN THƯỞNG TRONG HỌC TẬP VÀ LÀM THEO BÁC NĂM 2021"], labels,
                       rows(87221, [18, 47, 2, 3]), COMMEND_GIVEN_PROPOSED[:4], 2021, Expect())
    path = save_xlwt(out / "KhenThuong_ThapMuoi.xls", [cover_sheet("Huong dan", COVER), now, old], {"Bieu 2021"})
    return [exp.case(path, "wide", 2022, "Huyện Tháp Mười")]


# ---- 9. The year only in the date line ----------------------------------------------------------------------


@register("cau_ngang_bieu_mau_01_no_year_refused", "cau_ngang_bieu_mau_01_with_year_option")
def case_bieu_mau_01(out: Path) -> list[Case]:
    """template file name 'Bieu_mau_01.xlsx', sheet 'Sheet1', title without a year: the only year is in the date line
    ('ngày 20 tháng 12 năm 2022'): refused as no_year"""
    s = Sheet().title(["HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO", "*"],
                      [*STATE, "", "Cầu Ngang, ngày 20 tháng 12 năm 2022"],
                      [f"BIỂU TỔNG HỢP {SUBJECT}", "(Kèm theo Báo cáo của Ban Thường vụ Huyện ủy)"], 7)
    s.header(CN_LABELS).numbered().rows(cn_rows(848220, [X("trên 98%", 98, ">"), 96, 65, 31, 24]), CN_SPECS, 2022)
    s.sign(["Nơi nhận:", "- Lưu VP.", ""], ["T/M BAN THƯỜNG VỤ", "(Đã ký)", "Kim Ngọc Thái"], 6)
    path = s.save(save_openpyxl, out / "Bieu_mau_01.xlsx").path
    return [
        refused(path, "no_year", None, "Huyện Cầu Ngang"),
        s.case("wide", 2022, "Huyện Cầu Ngang", "the same file with --year 2022: loaded as 2022",
               args=["--year", "2022"]),
    ]


@register("thanh_hoa_book1_no_year_refused", "thanh_hoa_book1_with_year_option")
def case_book1(out: Path) -> list[Case]:
    """'Book1.xlsx', title without a year, only 'ngày 15 tháng 12 năm 2023' in the date line: refused as no_year"""
    s = Sheet().title(["ĐẢNG BỘ TỈNH LONG AN", "HUYỆN ỦY THẠNH HÓA", "*"],
                      [PARTY, "", "Thạnh Hóa, ngày 15 tháng 12 năm 2023"], [f"BÁO CÁO SỐ LIỆU {CAMPAIGN}"], 7)
    s.header(TH_LABELS).numbered().rows(th_rows(800231, [Pct(0.989), 7, 70, 12]), TH_SPECS, 2023)
    s.sign(["Người lập biểu", "Phạm Thị Kiều"], ["TRƯỞNG BAN", "Hoa Vinh Tuấn Kiệt"], 5)
    path = s.save(save_xlsxwriter, out / "Book1.xlsx").path
    return [
        refused(path, "no_year", None, "Huyện Thạnh Hóa"),
        s.case("wide", 2023, "Huyện Thạnh Hóa", "the same file with --year 2023: loaded as 2023",
               args=["--year", "2023"]),
    ]


CASE_NAMES: list[str] = CORPUS.names()
build = CORPUS.build
