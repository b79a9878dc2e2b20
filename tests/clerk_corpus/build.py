"""A clerk's corpus: report files typed the way district clerks type them, each with what a correct loader must
make of it (facts, rejects, register items, exit code).

Written independently of the loader (from DOMAIN.md, the README's warehouse contract and the official unit
lists), so that the loader is checked on files it was not shaped around. Every file is built by code here at test
time (cells, sheets, writers and expectations from tests/corpus_blocks); nothing random without a fixed seed.

Expectations are derived from the cells as written: a plain number means itself, a percent-formatted cell its
fraction times 100, and any text a clerk typed ("98,5%", "trên 98%", "17/17", "1.234") carries its expected
reading explicitly (`X`). A cell marked bad carries the reject code a correct loader must give it.
"""

from __future__ import annotations

import random
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

from tests.corpus_blocks.cells import Formula, Pct, X, counts, frac, pct1, pct_cell
from tests.corpus_blocks.encodings import to_tcvn3
from tests.corpus_blocks.expect import (
    Case,
    Corpus,
    Row,
    Spec,
    commendation_items,
    kind_of,
    lay_long,
    models_items,
    reading,
    refused,
)
from tests.corpus_blocks.parts import CAMPAIGN, PARTY, SUBJECT
from tests.corpus_blocks.sheet import Sheet
from tests.corpus_blocks.units import BINH_LUC, CAU_NGANG, THANH_HOA, THAP_MUOI, as_typed, other, tt, xa
from tests.corpus_blocks.writers import (
    encrypt_xlsx,
    save_csv,
    save_html_xls,
    save_ods,
    save_openpyxl,
    save_xlsxwriter,
    save_xlwt,
)

CORPUS = Corpus()
register = CORPUS.case

CAU_NGANG_2022_COLS: list[Spec] = [
    ("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"), ("reg_union_members_pct", "value"),
    ("plans_issued", "value"), ("models_total", "value"), ("models_collective", "value"),
    ("models_individual", "value"), ("models_new", "value"), ("commend_collective", "value"),
    ("commend_individual", "value"), ("propaganda_articles", "value"), ("propaganda_broadcasts", "value"),
    ("propaganda_social_posts", "value"), None,
]


def cau_ngang_2022(path: Path) -> Sheet:
    """The report behind the Cầu Ngang news item: two-row header with groups, numbering row, I/II groups,
    agency party cells, a totals row that is the district's own figure, notes and signatures."""
    s = Sheet("Biểu 01").title(
        ["ĐẢNG BỘ TỈNH TRÀ VINH", "HUYỆN ỦY CẦU NGANG", "*"], [PARTY, "", "Cầu Ngang, ngày 20 tháng 12 năm 2022"],
        [f"BIỂU TỔNG HỢP {SUBJECT} NĂM 2022",
         "(Kèm theo Báo cáo số 125-BC/HU ngày 20/12/2022 của Huyện ủy Cầu Ngang)"], 16)
    s.groups([
        ("Tỷ lệ đăng ký học tập và làm theo (%)", ["Đảng viên", "CCVC, LLVT không là đảng viên",
                                                   "Đoàn viên, hội viên"]),
        "Số kế hoạch, hướng dẫn ban hành",
        ("Mô hình học tập và làm theo Bác", ["Tổng số", "Tập thể", "Cá nhân", "Mô hình mới"]),
        ("Khen thưởng", ["Tập thể", "Cá nhân"]),
        ("Tuyên truyền", ["Tin, bài trên Tờ thông tin huyện", "Bản tin, bài viết phát thanh",
                          "Tin, bài đăng, chia sẻ trên mạng xã hội"]),
        "Ghi chú",
    ]).numbered()
    rng = random.Random(8482022)
    communes = as_typed(
        "TT Cầu Ngang", "Thị trấn Mỹ Long", "X. Mỹ Long Bắc", "xã Mỹ Long Nam", ("Mỹ Hoà", xa("Mỹ Hòa")), "Vĩnh Kim",
        ("Kim Hoà", xa("Kim Hòa")), "Hiệp Hòa", "Thuận Hòa", "X. Long Sơn", "Nhị Trường", "Trường Thọ", "Hiệp Mỹ Đông",
        "Hiệp Mỹ Tây", ("Thạnh Hoà Sơn", xa("Thạnh Hòa Sơn")),
    )
    rows = [Row("I", "Khối xã, thị trấn", None)]
    for i, (typed, unit) in enumerate(communes, 1):
        coll, ind = rng.randint(2, 5), rng.randint(0, 3)
        commend = [rng.randint(0, 2), rng.randint(1, 4)] if i % 4 else [None, None]  # not reported
        note = "Số liệu đến 15/12" if i == 5 else None
        rows.append(Row(i, typed, unit, [
            pct1(rng, 96, 100), pct1(rng, 70, 95), pct1(rng, 35, 60), rng.randint(2, 5), coll + ind, coll, ind,
            rng.randint(0, 2), *commend, rng.randint(0, 3), rng.randint(2, 6), rng.randint(3, 12), note,
        ]))
    rows.append(Row("II", "Khối cơ quan huyện", None))
    for i, name in enumerate(["Chi bộ Công an huyện", "Chi bộ Khối Đoàn thể huyện",
                              "Chi bộ Trường THPT Cầu Ngang A"], 1):
        ind = 1 if i == 2 else 0
        rows.append(Row(i, name, other(name), [pct1(rng, 98, 100), pct1(rng, 85, 100), None, None, 1 + ind, 1, ind]))
    rows.append(Row(None, "Tổng cộng", CAU_NGANG, [
        X("trên 98%", 98, ">"), 80, X("trên 40%", 40, ">"), 8, 96, 65, 31, 15, None, None, 24, 80,
        X("trên 100", 100, ">"),
    ]))
    s.rows(rows, CAU_NGANG_2022_COLS, 2022).skip()
    s.note("Ghi chú: - Tỷ lệ đảng viên đăng ký đã trừ đảng viên miễn sinh hoạt, miễn công tác.", 2)
    s.note("- Ô để trống: đơn vị chưa báo cáo.", 2)
    s.sign(["Người lập biểu", "", "(đã ký)", "", "Nguyễn Thị Thu Trang"],
           ["TRƯỞNG BAN", "", "(đã ký)", "", "Thạch Văn Hùng"], 12)
    s.save(save_openpyxl, path)
    return s


@register("cau_ngang_2022_two_row_header")
def case_cau_ngang_2022(out: Path) -> list[Case]:
    """two-row merged header (Tập thể under Mô hình vs Khen thưởng), (1)(2) row, STT, I/II groups, agency cells, totals
    ≠ sum, 'trên 98%', free names (TT, X., Hoà), notes, signatures"""
    s = cau_ngang_2022(out / "Bieu so lieu HTLT Bac nam 2022.xlsx")
    return [s.case("wide", 2022, "Huyện Cầu Ngang")]


@register("thap_muoi_2022_three_row_header")
def case_thap_muoi_2022(out: Path) -> list[Case]:
    """three-row header (Khen thưởng > Huyện / Đề nghị Tỉnh > Tập thể), 'TT' column, Thị trấn Mỹ An and Xã Mỹ An in one
    sheet, 'Toàn huyện', date line of the next year"""
    s = Sheet("TH 2022").title(["HUYỆN ỦY THÁP MƯỜI", "BAN TUYÊN GIÁO", "*"],
                               [PARTY, "", "Tháp Mười, ngày 05 tháng 01 năm 2023"],
                               [f"BẢNG TỔNG HỢP {SUBJECT} NĂM 2022"], 10)
    both = ["Tập thể", "Cá nhân"]
    s.groups([("Mô hình học tập và làm theo Bác", ["Tổng số", ("Trong đó", both)]),
              ("Khen thưởng", [("Huyện khen thưởng", both), ("Đề nghị Tỉnh khen thưởng", both)]),
              "Số tin, bài tuyên truyền"], depth=3, stt="TT", unit="Tên đơn vị")
    specs: list[Spec] = [("models_total", "value"), ("models_collective", "value"), ("models_individual", "value"),
                         ("commend_collective", "value"), ("commend_individual", "value"),
                         ("commend_proposed_collective", "value"), ("commend_proposed_individual", "value"),
                         ("propaganda_articles", "value")]
    rng = random.Random(8722022)
    names = as_typed("Thị trấn Mỹ An", "Xã Mỹ An", "Xã Thạnh Lợi", "Xã Hưng Thạnh", "Xã Trường Xuân", "Xã Tân Kiều",
                     ("Xã Mỹ Hoà", xa("Mỹ Hòa")), "Xã Mỹ Quý", "Xã Mỹ Đông", "Xã Đốc Binh Kiều", "Xã Phú Điền",
                     "Xã Láng Biển", "Xã Thanh Mỹ", ("Đảng bộ Quân sự huyện", other("Đảng bộ Quân sự huyện")),
                     ("Chi bộ Bệnh viện Đa khoa khu vực Tháp Mười",
                      other("Chi bộ Bệnh viện Đa khoa khu vực Tháp Mười")))
    rows = []
    for i, (typed, unit) in enumerate(names, 1):
        coll, ind = rng.randint(2, 7), rng.randint(1, 4)
        proposed = [1, None] if typed == "Xã Trường Xuân" else [None, 1] if i in (2, 9) else [None, None]
        rows.append(Row(i, typed, unit, [coll + ind, coll, ind, rng.randint(0, 2), rng.randint(1, 4), *proposed,
                                         rng.randint(1, 4)]))
    rows.append(Row(None, "Toàn huyện", THAP_MUOI, [112, 71, 41, 20, 52, 1, 2, 36]))
    s.rows(rows, specs, 2022).sign(["NGƯỜI TỔNG HỢP", "", "", "Võ Thị Ngọc Hân"],
                                   ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(đã ký)", "Lê Hoàng Phúc"], 7)
    return [s.save(save_xlsxwriter, out / "ThapMuoi_TongHop_KL01.xlsx").case("wide", 2022, "Huyện Tháp Mười")]


@register("binh_luc_2021_text_numbers")
def case_binh_luc_2021(out: Path) -> list[Case]:
    """numbers typed as text ('98,5', '98,5%', 'trên 98%', '>98%', '1.234', '17/17'), Đảng viên group Tổng số/Đã đăng
    ký/Tỷ lệ, NFD names, 'Thị Trấn', 'XÃ TRÀNG AN', 17 communes of 2021"""
    s = Sheet().title(["ĐẢNG BỘ TỈNH HÀ NAM", "HUYỆN ỦY BÌNH LỤC", "*"],
                      [PARTY, "", "Bình Lục, ngày 25 tháng 11 năm 2021"],
                      ["KẾT QUẢ THỰC HIỆN CHỈ THỊ 05-CT/TW CỦA BỘ CHÍNH TRỊ NĂM 2021",
                       "(Kèm theo Báo cáo số 212-BC/HU ngày 25/11/2021 của Huyện ủy Bình Lục)"], 11)
    s.groups([
        ("Đảng viên đăng ký học tập và làm theo", ["Tổng số", "Đã đăng ký", "Tỷ lệ (%)"]),
        "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký (%)",
        "Tỷ lệ đoàn viên, hội viên đăng ký (%)",
        ("Mô hình", ["Tổng số", "Mô hình điểm", "Nhân rộng (xã, thị trấn)"]),
        "Số tin, bài tuyên truyền",
    ])
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("reg_union_members_pct", "value"), ("models_total", "value"), ("models_pilot", "value"),
                         ("model_replication_pct", "value"), ("propaganda_articles", "value")]
    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731 - typed on a Mac
    names = as_typed(("Thị Trấn Bình Mỹ", tt("Bình Mỹ")), "Bình Nghĩa", ("XÃ TRÀNG AN", xa("Tràng An")),
                     (nfd("Xã Đồng Du"), xa("Đồng Du")), "Ngọc Lũ", "Hưng Công", "Đồn Xá", "An Ninh", "Bồ Đề",
                     "Bối Cầu", "xã An Nội", "Vũ Bản", "Trung Lương", "An Đổ", "La Sơn",
                     (nfd("Tiêu Động"), xa("Tiêu Động")), "An Lão")
    pilots = {"Thị Trấn Bình Mỹ": 1, "XÃ TRÀNG AN": 1, "An Ninh": 1, "Bình Nghĩa": 0, "Vũ Bản": 0}
    rng = random.Random(3522021)
    rows = []
    for i, (typed, unit) in enumerate(names, 1):
        den, num = counts(rng, 140, 420, 6)
        rate = round(100 * num / den, 1)
        text = f"{rate:.1f}".replace(".", ",")
        party = [[den, num, X(text, rate)], [den, num, X(text + "%", rate)], [None, None, X("trên 98%", 98, ">")],
                 [den, num, rate], [None, None, X(">98%", 98, ">")]][i % 5]
        cs = pct1(rng, 75, 95)
        cs_cell = X(f"{cs:.1f}".replace(".", ","), cs) if i % 2 else cs
        if i % 3 == 0:
            union = X("hơn 40%", 40, ">")
        else:
            u = pct1(rng, 40, 60)
            union = X(f"{u:.1f}%".replace(".", ","), u)
        rows.append(Row(i, typed, unit, [*party, cs_cell, union, rng.randint(6, 20), pilots.get(typed), None,
                                         rng.randint(10, 60)]))
    rows.append(Row(None, "Cộng", BINH_LUC, [
        X("5.432", 5432), X("5.351", 5351), X("98,5%", 98.5), X("trên 85%", 85, ">"), X("hơn 40%", 40, ">"),
        245, 3, X("17/17", 100, None, 17, 17), X("1.234", 1234),
    ]))
    s.rows(rows, specs, 2021).skip()
    s.note("Ghi chú: Mô hình điểm cấp huyện: Đảng bộ xã Tràng An; Chi bộ HTX DVNN An Ninh; Hội CCB thị trấn Bình Mỹ.",
           2, 2)
    s.sign(["NGƯỜI LẬP BIỂU", "", "Trần Thu Hà"], ["T/M BAN THƯỜNG VỤ", "(đã ký)", "Đinh Văn Thắng"], 8)
    return [s.save(save_openpyxl, out / "Phu luc so lieu CT05.xlsx").case("wide", 2021, "Huyện Bình Lục")]


@register("thanh_hoa_2023_percent_formats_formulas")
def case_thanh_hoa_2023(out: Path) -> list[Case]:
    """percent-formatted fractions (0.985 as 98.5%) mixed with typed 98.5 in one column, formulas with cached values,
    chi bộ counts without a rate, blanks, 'Thuỷ'/'Hoà'"""
    s = Sheet("Năm 2023").title(["HUYỆN ỦY THẠNH HÓA", "BAN TUYÊN GIÁO", "*"],
                                [PARTY, "", "Thạnh Hóa, ngày 18 tháng 12 năm 2023"],
                                [f"BÁO CÁO SỐ LIỆU {CAMPAIGN} NĂM 2023"], 10)
    s.groups([
        "Tỷ lệ ĐV đăng ký (%)", "Tỷ lệ CCVC, LLVT không là ĐV đăng ký (%)", "Tỷ lệ ĐVHV đăng ký (%)",
        ("Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", ["Tổng số chi bộ", "Số chi bộ hoàn thành"]),
        ("Mô hình", ["Tổng số", "Tập thể", "Cá nhân"]),
    ])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("reg_union_members_pct", "value"), ("party_cells_plans_pct", "den"),
                         ("party_cells_plans_pct", "num"), ("models_total", "value"), ("models_collective", "value"),
                         ("models_individual", "value")]
    names = as_typed("TT Thạnh Hóa", "Tân Hiệp", "Thuận Bình", "Thạnh Phước", "Thạnh Phú",
                     ("Thuận Nghĩa Hoà", xa("Thuận Nghĩa Hòa")), ("xã Thuỷ Đông", xa("Thủy Đông")),
                     ("Xã Thuỷ Tây", xa("Thủy Tây")), "Tân Tây", "Tân Đông", "Thạnh An")
    rng = random.Random(8002023)
    rows = []
    first = s.row
    for i, (typed, unit) in enumerate(names, 1):
        r = first + i - 1
        party = pct1(rng, 95, 100)
        party_cell = Pct(round(party / 100, 3)) if i % 2 else party  # a percent-formatted cell, or 98.5 typed
        cs = pct1(rng, 75, 95)
        cs_cell = Pct(round(cs / 100, 3)) if i % 3 == 0 else cs
        union = None if i in (4, 9) else pct_cell(rng, 40, 65)
        den = rng.randint(4, 12)
        num = den - (i % 4 == 0)
        coll, ind = rng.randint(1, 5), rng.randint(0, 3)
        rows.append(Row(i, typed, unit, [party_cell, cs_cell, union, den, num, Formula(f"=I{r}+J{r}", coll + ind),
                                         coll, ind]))
    end = first + len(names) - 1
    sums = {c: sum(reading(rw.values[c])[0] for rw in rows) for c in (3, 4, 5, 6, 7)}
    rows.append(Row(None, "Tổng cộng", THANH_HOA, [
        Pct(0.991), 88.5, Pct(0.52),
        *[Formula(f"=SUM({col}{first}:{col}{end})", int(sums[c])) for c, col in zip((3, 4, 5, 6, 7), "FGHIJ")],
    ]))
    s.rows(rows, specs, 2023).sign(["Người lập biểu", "(đã ký)", "Phạm Thị Kiều"],
                                   ["TRƯỞNG BAN", "(đã ký)", "Hoa Vinh Tuấn Kiệt"], 7, gap=2)
    return [s.save(save_xlsxwriter, out / "ThanhHoa_2023_solieu.xlsx").case("wide", 2023, "Huyện Thạnh Hóa")]


@register("binh_luc_2019_legacy_xls")
def case_binh_luc_2019(out: Path) -> list[Case]:
    """real legacy .xls (BIFF8); the 19 communes of 2019 incl. Xã An Mỹ and Xã Mỹ Thọ; counts of members and registered
    members without a rate column"""
    s = Sheet().title(["HUYỆN ỦY BÌNH LỤC", "BAN TUYÊN GIÁO", "*"], [PARTY, "Bình Lục, ngày 16 tháng 12 năm 2019"],
                      [f"BIỂU THỐNG KÊ {SUBJECT} NĂM 2019"], 8)
    s.header(["STT", "Đơn vị", "Tổng số đảng viên", "Số đảng viên đã đăng ký", "Số mô hình", "Mô hình tập thể",
              "Mô hình cá nhân", "Ghi chú"])
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("models_total", "value"), ("models_collective", "value"), ("models_individual", "value"),
                         None]
    names = ["Bình Nghĩa", "Tràng An", "Đồng Du", "Ngọc Lũ", "Hưng Công", "Đồn Xá", "An Ninh", "Bồ Đề", "Bối Cầu",
             "An Mỹ", "An Nội", "Vũ Bản", "Trung Lương", "Mỹ Thọ", "An Đổ", "La Sơn", "Tiêu Động", "An Lão"]
    rng = random.Random(3522019)
    rows = [Row(1, "Thị trấn Bình Mỹ", tt("Bình Mỹ"), [310, 305, 9, 6, 3])]
    for i, name in enumerate(names, 2):
        den = rng.randint(120, 380)
        coll, ind = rng.randint(3, 8), rng.randint(1, 4)
        note = "Dự kiến sáp nhập năm 2020" if name in ("An Mỹ", "Mỹ Thọ") else None
        rows.append(Row(i, f"Xã {name}", xa(name), [den, den - rng.randint(0, 9), coll + ind, coll, ind, note]))
    rows.append(Row(None, "Tổng cộng", BINH_LUC, [5210, 5105, 198, 131, 67]))
    s.rows(rows, specs, 2019).sign(["Người lập biểu", "Nguyễn Thị Hoa"], ["TRƯỞNG BAN", "Trần Văn Bình"], 6)
    return [s.save(save_xlwt, out / "BL_CT05_2019.xls").case("wide", 2019, "Huyện Bình Lục")]


@register("cau_ngang_2023_ods")
def case_cau_ngang_2023_ods(out: Path) -> list[Case]:
    """.ods from LibreOffice; rate computed from two count columns; blank cells"""
    s = Sheet().title(["HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO"], [PARTY, "Cầu Ngang, ngày 15 tháng 12 năm 2023"],
                      ["THỐNG KÊ KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC NĂM 2023"], 7)
    s.groups([("Đảng viên đăng ký học tập và làm theo", ["Tổng số đảng viên", "Số đã đăng ký"]),
              "Số mô hình", "Mô hình mới", "Số tin, bài tuyên truyền"], unit="Tên đơn vị")
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("models_total", "value"), ("models_new", "value"), ("propaganda_articles", "value")]
    rows = [
        Row(1, "Xã Long Sơn", xa("Long Sơn"), [265, 262, 8, 2, 5]),
        Row(2, "Thị trấn Cầu Ngang", tt("Cầu Ngang"), [412, 410, 11, 3, 9]),
        Row(3, "Xã Hiệp Mỹ Tây", xa("Hiệp Mỹ Tây"), [198, 193, 6, 1, None]),
        Row(4, "Xã Mỹ Hòa", xa("Mỹ Hòa"), [221, 221, 7, 0, 4]),
        Row(5, "Xã Thạnh Hòa Sơn", xa("Thạnh Hòa Sơn"), [187, 180, 5, None, 3]),
        Row(6, "Xã Vĩnh Kim", xa("Vĩnh Kim"), [240, 236, 9, 2, 6]),
        Row(7, "Xã Trường Thọ", xa("Trường Thọ"), [176, 175, 4, 1, 2]),
        Row(8, "Xã Kim Hòa", xa("Kim Hòa"), [203, 199, 6, 1, 3]),
        Row(None, "Toàn huyện", CAU_NGANG, [4120, 4050, 102, 17, 30]),
    ]
    s.rows(rows, specs, 2023).sign(["Người lập biểu", "Kim Thị Sa Rinh"], ["TRƯỞNG BAN", "Thạch Văn Hùng"], 5)
    return [s.save(save_ods, out / "thong_ke_2023.ods").case("wide", 2023, "Huyện Cầu Ngang")]


@register("thap_muoi_2024_csv_semicolon_bom")
def case_thap_muoi_2024_csv(out: Path) -> list[Case]:
    """CSV from Excel in a Vietnamese locale (';', decimal comma, UTF-8 BOM), no title block: year and district only in
    the file name without diacritics"""
    s = Sheet().header(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tỷ lệ đoàn viên, hội viên đăng ký (%)",
                        "Tổng số mô hình", "Mô hình tập thể", "Mô hình cá nhân", "Số tin, bài tuyên truyền"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_union_members_pct", "value"),
                         ("models_total", "value"), ("models_collective", "value"), ("models_individual", "value"),
                         ("propaganda_articles", "value")]
    rows = [
        Row(1, "Thị trấn Mỹ An", tt("Mỹ An"), [98.7, 52.4, 10, 7, 3, 12]),
        Row(2, "Xã Mỹ An", xa("Mỹ An"), [97.9, 47.5, 6, 4, 2, 5]),
        Row(3, "Xã Tân Kiều", xa("Tân Kiều"), [99.1, None, 7, 5, 2, 4]),
        Row(4, "Xã Đốc Binh Kiều", xa("Đốc Binh Kiều"), [96.8, 41.0, 5, 3, 2, 6]),
        Row(5, "Xã Láng Biển", xa("Láng Biển"), [100, 55.5, 4, 3, 1, None]),
        Row(6, "Xã Mỹ Quý", xa("Mỹ Quý"), [98.2, 43.6, 8, 6, 2, 7]),
        Row(7, "Xã Hưng Thạnh", xa("Hưng Thạnh"), [97.3, 40.2, 6, 4, 2, 3]),
        Row(None, "Tổng cộng", THAP_MUOI, [98.4, 46.1, 118, 76, 42, 64]),
    ]
    s.rows(rows, specs, 2024).save(save_csv, out / "BaoCao_ThapMuoi_2024.csv")
    return [s.case("wide", 2024, "Huyện Tháp Mười")]


@register("thanh_hoa_2020_csv_cp1258")
def case_thanh_hoa_2020_cp1258(out: Path) -> list[Case]:
    """CSV in Windows-1258 (combining tone marks), ';' and decimal comma, title lines inside the CSV"""
    s = Sheet()
    s.put_lines(1, ["HUYỆN ỦY THẠNH HÓA", "BAN TUYÊN GIÁO", None, f"BÁO CÁO {SUBJECT} NĂM 2020"])
    s.skip(5).header(["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Số kế hoạch, hướng dẫn", "Tổng số mô hình",
                      "Mô hình mới", "Tập thể được khen thưởng", "Cá nhân được khen thưởng"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                         ("models_new", "value"), ("commend_collective", "value"), ("commend_individual", "value")]
    rows = [
        Row(1, "TT Thạnh Hóa", tt("Thạnh Hóa"), [98.6, 4, 9, 2, 1, 3]),
        Row(2, "Xã Thủy Đông", xa("Thủy Đông"), [97.2, 3, 5, 1, 1, 2]),
        Row(3, "Xã Thuỷ Tây", xa("Thủy Tây"), [99.0, 3, 6, 0, None, None]),
        Row(4, "Xã Tân Đông", xa("Tân Đông"), [96.5, 2, 4, 1, 0, 1]),
        Row(5, "Xã Thạnh Phú", xa("Thạnh Phú"), [98.1, 3, 5, 2, 1, 2]),
        Row(6, "Xã Thuận Nghĩa Hòa", xa("Thuận Nghĩa Hòa"), [97.7, 2, 4, 1, 1, 1]),
        Row(7, "Xã Tân Hiệp", xa("Tân Hiệp"), [98.9, 3, 7, 1, 2, 2]),
        Row(None, "Tổng cộng", THANH_HOA, [98.0, 6, 70, 12, 14, 30]),
    ]
    s.rows(rows, specs, 2020).sign(["Người lập biểu"], ["TRƯỞNG BAN"], 6)
    return [s.save(save_csv, out / "bao cao hoc tap lam theo Bac.csv", encoding="cp1258").case("wide", 2020,
                                                                                               "Huyện Thạnh Hóa")]


@register("cau_ngang_2021_html_as_xls")
def case_cau_ngang_2021_html(out: Path) -> list[Case]:
    """'.xls' exported by a web portal: an HTML table with rowspan/colspan, decimal commas, an export-date line of the
    next year"""
    s = Sheet()
    s.last = 9
    s.note("HUYỆN ỦY CẦU NGANG").note(f"BÁO CÁO {SUBJECT} NĂM 2021").note("Ngày xuất báo cáo: 05/01/2022 08:15")
    s.groups([("Tỷ lệ đăng ký (%)", ["Đảng viên", "CCVC, LLVT", "Đoàn viên, hội viên"]),
              ("Mô hình", ["Tổng số", "Tập thể", "Cá nhân"]), "Kế hoạch, hướng dẫn"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("reg_union_members_pct", "value"), ("models_total", "value"), ("models_collective", "value"),
                         ("models_individual", "value"), ("plans_issued", "value")]
    rows = [
        Row(1, "Thị trấn Cầu Ngang", tt("Cầu Ngang"), [98.6, 85.2, 44.1, 9, 6, 3, 4]),
        Row(2, "Thị trấn Mỹ Long", tt("Mỹ Long"), [97.9, 81.0, 41.7, 6, 4, 2, 3]),
        Row(3, "Xã Mỹ Long Bắc", xa("Mỹ Long Bắc"), [98.1, 79.5, None, 5, 3, 2, 3]),
        Row(4, "Xã Long Sơn", xa("Long Sơn"), [99.2, 82.3, 46.0, 7, 5, 2, 3]),
        Row(5, "Xã Hiệp Mỹ Đông", xa("Hiệp Mỹ Đông"), [97.4, 78.8, 39.5, 5, 4, 1, 2]),
        Row(6, "Xã Nhị Trường", xa("Nhị Trường"), [98.0, 80.6, 42.2, 6, 4, 2, 3]),
        Row(7, "Xã Thuận Hòa", xa("Thuận Hòa"), [96.9, 77.1, 40.3, 4, 3, 1, 2]),
        Row(8, "Xã Kim Hòa", xa("Kim Hòa"), [98.3, 83.4, 43.8, 5, 3, 2, 3]),
        Row(None, "Tổng cộng", CAU_NGANG, [98.2, 80.5, 41.9, 88, 59, 29, 7]),
    ]
    s.rows(rows, specs, 2021).save(save_html_xls, out / "BaoCaoTongHop_2021.xls")
    return [s.case("wide", 2021, "Huyện Cầu Ngang")]


def short_report(title: str, left: list[str], date_line: str, units: list[tuple[str, Any]]) -> Sheet:
    """A report of one period shorter than a year: a title block and a table with its totals."""
    s = Sheet("Sheet1").title(left, [PARTY, date_line], [title], 6)
    s.header(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tổng số mô hình", "Mô hình mới",
              "Số tin, bài tuyên truyền"])
    for i, (name, values) in enumerate(units):
        s.put_row(s.row + i, [i + 1, name, *values])
    return s


@register("binh_luc_2023_quarter_refused")
def case_quarter(out: Path) -> list[Case]:
    """a quarterly report ('QUÝ I NĂM 2023'): refused as short_period"""
    s = short_report(f"BÁO CÁO {SUBJECT} QUÝ I NĂM 2023", ["HUYỆN ỦY BÌNH LỤC", "BAN TUYÊN GIÁO"],
                     "Bình Lục, ngày 28 tháng 3 năm 2023",
                     [("Thị trấn Bình Mỹ", [98.1, 4, 1, 3]), ("Xã Tràng An", [97.5, 3, 0, 2]),
                      ("Xã Bình An", [99.0, 2, 1, 1]), ("Xã An Ninh", [96.8, 3, 1, 2]), ("Xã La Sơn", [97.7, 2, 0, 1]),
                      ("Tổng cộng", [97.9, 31, 5, 20])])
    return [refused(s.save(save_openpyxl, out / "BinhLuc_QuyI_2023.xlsx").path, "short_period", 2023, "Huyện Bình Lục")]


@register("thap_muoi_2022_six_months_refused")
def case_six_months(out: Path) -> list[Case]:
    """'6 THÁNG ĐẦU NĂM 2022' review: refused as short_period"""
    s = short_report("SƠ KẾT 6 THÁNG ĐẦU NĂM 2022 THỰC HIỆN KẾT LUẬN 01-KL/TW",
                     ["HUYỆN ỦY THÁP MƯỜI", "BAN TUYÊN GIÁO"], "Tháp Mười, ngày 20 tháng 6 năm 2022",
                     [("Thị trấn Mỹ An", [98.0, 6, 1, 4]), ("Xã Trường Xuân", [97.1, 4, 1, 2]),
                      ("Xã Thanh Mỹ", [96.5, 3, 0, 1]), ("Xã Phú Điền", [98.8, 5, 2, 3]),
                      ("Xã Mỹ Đông", [97.6, 3, 0, 1]), ("Toàn huyện", [97.8, 60, 9, 21])])
    path = s.save(save_xlsxwriter, out / "ThapMuoi_6thang_2022.xlsx").path
    return [refused(path, "short_period", 2022, "Huyện Tháp Mười")]


@register("cau_ngang_2024_nine_months_csv_refused")
def case_nine_months(out: Path) -> list[Case]:
    """'9 THÁNG NĂM 2024' in a CSV: refused as short_period"""
    s = short_report(f"KẾT QUẢ 9 THÁNG NĂM 2024 {CAMPAIGN}", ["HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO"],
                     "Cầu Ngang, ngày 25 tháng 9 năm 2024",
                     [("Xã Long Sơn", [98.2, 8, 1, 4]), ("Xã Mỹ Hòa", [97.0, 6, 1, 3]),
                      ("Xã Nhị Trường", [96.9, 5, 0, 2]), ("Xã Hiệp Hòa", [98.5, 7, 2, 3]),
                      ("Thị trấn Cầu Ngang", [99.1, 10, 2, 6])])
    path = save_csv(out / "CauNgang_9thang_2024.csv", s)
    return [refused(path, "short_period", 2024, "Huyện Cầu Ngang")]


@register("thap_muoi_no_year_refused", "thap_muoi_no_year_with_year_option")
def case_no_year(out: Path) -> list[Case]:
    """no year in the title, sheet or file name (only in the date line): refused as no_year"""
    s = Sheet("Biểu 1").title(["HUYỆN ỦY THÁP MƯỜI", "BAN TUYÊN GIÁO", "*"],
                              [PARTY, "", "Tháp Mười, ngày 10 tháng 01 năm 2022"],
                              [f"BIỂU TỔNG HỢP {SUBJECT}",
                               "(Kèm theo Báo cáo số 45-BC/BTGHU ngày 10/01/2022 của Ban Tuyên giáo Huyện ủy)"], 7)
    s.header(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Số mô hình", "Mô hình tập thể", "Mô hình cá nhân",
              "Số tin, bài tuyên truyền"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"),
                         ("models_collective", "value"), ("models_individual", "value"),
                         ("propaganda_articles", "value")]
    rows = [
        Row(1, "Thị trấn Mỹ An", tt("Mỹ An"), [98.3, 11, 8, 3, 9]),
        Row(2, "Xã Thạnh Lợi", xa("Thạnh Lợi"), [97.4, 5, 3, 2, 3]),
        Row(3, "Xã Trường Xuân", xa("Trường Xuân"), [98.9, 7, 5, 2, 4]),
        Row(4, "Xã Đốc Binh Kiều", xa("Đốc Binh Kiều"), [96.7, 6, 4, 2, None]),
        Row(5, "Xã Mỹ Hòa", xa("Mỹ Hòa"), [97.8, 5, 4, 1, 2]),
        Row(6, "Xã Láng Biển", xa("Láng Biển"), [98.0, 4, 3, 1, 2]),
        Row(None, "Toàn huyện", THAP_MUOI, [97.9, 104, 66, 38, 41]),
    ]
    s.rows(rows, specs, 2021).sign(["Người lập biểu", "Huỳnh Thị Thu"], ["TRƯỞNG BAN", "Nguyễn Văn Lâm"], 6)
    path = s.save(save_openpyxl, out / "Bieu_tong_hop_ThapMuoi.xlsx").path
    return [
        refused(path, "no_year", None, "Huyện Tháp Mười"),
        s.case("wide", 2021, "Huyện Tháp Mười", "the same file with --year 2021: loaded as 2021",
               args=["--year", "2021"]),
    ]


@register("thanh_hoa_2022_unknown_commune")
def case_unknown_commune(out: Path) -> list[Case]:
    """a commune name that exists nowhere ('Xã Thạnh Lập'): unknown_unit on its name cell, rest loaded"""
    s = Sheet().title(["HUYỆN ỦY THẠNH HÓA", "BAN TUYÊN GIÁO"], [PARTY, "Thạnh Hóa, ngày 12 tháng 12 năm 2022"],
                      [f"{SUBJECT} NĂM 2022"], 6)
    s.header(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tổng số mô hình", "Mô hình mới",
              "Số tin, bài tuyên truyền"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_new", "value"),
                         ("propaganda_articles", "value")]
    rows = [
        Row(1, "Thị trấn Thạnh Hóa", tt("Thạnh Hóa"), [98.8, 10, 2, 8]),
        Row(2, "Xã Thạnh An", xa("Thạnh An"), [97.5, 5, 1, 3]),
        Row(3, "Xã Thạnh Lập", "unknown_unit", [96.9, 4, 1, 2]),
        Row(4, "Xã Tân Tây", xa("Tân Tây"), [98.1, 6, 1, 4]),
        Row(5, "Xã Thuận Bình", xa("Thuận Bình"), [97.0, 5, 0, 2]),
        Row(6, "Xã Thạnh Phước", xa("Thạnh Phước"), [98.4, 6, 2, 3]),
        Row(None, "Tổng cộng", THANH_HOA, [97.9, 66, 12, 35]),
    ]
    s.rows(rows, specs, 2022).save(save_openpyxl, out / "BaoCao_ThanhHoa_2022.xlsx")
    return [s.case("wide", 2022, "Huyện Thạnh Hóa")]


@register("cau_ngang_2021_bad_values")
def case_bad_values(out: Path) -> list[Case]:
    """bad cells: 105%, -3, 2.5 models, '13/12', '0/0', '50%' and '3/5' in count columns, text in a rate column; 'x/y'
    ratios kept with numerator and denominator"""
    s = Sheet().title(["HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO"], [PARTY, "Cầu Ngang, ngày 17 tháng 12 năm 2021"],
                      [f"SỐ LIỆU {CAMPAIGN} NĂM 2021"], 9)
    s.header(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)",
              "Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch (số chi bộ/tổng số)",
              "Số kế hoạch, hướng dẫn ban hành", "Tổng số mô hình", "Mô hình tập thể", "Mô hình cá nhân",
              "Số tin, bài tuyên truyền"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("party_cells_plans_pct", "value"),
                         ("plans_issued", "value"), ("models_total", "value"), ("models_collective", "value"),
                         ("models_individual", "value"), ("propaganda_articles", "value")]
    rows = [
        Row(1, "Xã Long Sơn", xa("Long Sơn"), [105, frac(12, 12), 3, 6, 4, 2, 5], {0: "pct_out_of_range"}),
        Row(2, "Xã Mỹ Hòa", xa("Mỹ Hòa"), [97.5, frac(9, 10), 2, 5, -3, 2, 4], {4: "negative_count"}),
        Row(3, "Xã Vĩnh Kim", xa("Vĩnh Kim"), [98.2, "13/12", 2, 4, 2, 2.5, 3],
            {1: "numerator_above_denominator", 5: "fractional_count"}),
        Row(4, "Xã Kim Hòa", xa("Kim Hòa"), [99.0, "0/0", "50%", 3, 2, 1, 2],
            {1: "zero_denominator", 2: "percent_for_count"}),
        Row(5, "Xã Hiệp Hòa", xa("Hiệp Hòa"), ["đang tổng hợp", frac(8, 8), 2, "3/5", 3, 2, 6],
            {0: "not_a_number", 3: "fraction_for_count"}),
        Row(6, "Xã Thuận Hòa", xa("Thuận Hòa"), [96.4, frac(10, 11), 2, 4, 3, 1, 1]),
        Row(7, "Xã Nhị Trường", xa("Nhị Trường"), [X("98,7%", 98.7), frac(7, 7), 3, 5, 3, 2, 2]),
        Row(None, "Tổng cộng", CAU_NGANG, [98.1, frac(97, 104), 8, 60, 41, 19, 40]),
    ]
    s.rows(rows, specs, 2021).save(save_openpyxl, out / "CauNgang_2021_SoLieu.xlsx")
    return [s.case("wide", 2021, "Huyện Cầu Ngang")]


@register("thap_muoi_2021_ratio_cells")
def case_ratio_cells(out: Path) -> list[Case]:
    """'x/y' typed in rate columns with the catalog's labels: 12/12, 13/12 (numerator above), 0/0 (zero denominator),
    13/13 replication; 'HUYỆN UỶ' with the old tone placement"""
    s = Sheet().title(["HUYỆN UỶ THÁP MƯỜI", "BAN TUYÊN GIÁO"], [PARTY, "Tháp Mười, ngày 14 tháng 12 năm 2021"],
                      [f"{SUBJECT} NĂM 2021"], 5)
    s.header(["STT", "Đơn vị", "Tỷ lệ chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch",
              "Tỷ lệ đơn vị nhân rộng mô hình", "Tổng số mô hình"])
    specs: list[Spec] = [("party_cells_plans_pct", "value"), ("model_replication_pct", "value"),
                         ("models_total", "value")]
    rows = [
        Row(1, "Thị trấn Mỹ An", tt("Mỹ An"), [frac(12, 12), None, 9]),
        Row(2, "Xã Thạnh Lợi", xa("Thạnh Lợi"), ["13/12", None, 5], {0: "numerator_above_denominator"}),
        Row(3, "Xã Phú Điền", xa("Phú Điền"), ["0/0", None, 4], {0: "zero_denominator"}),
        Row(4, "Xã Mỹ Đông", xa("Mỹ Đông"), [frac(9, 10), None, 6]),
        Row(5, "Xã Hưng Thạnh", xa("Hưng Thạnh"), [frac(11, 11), None, 5]),
        Row(None, "Toàn huyện", THAP_MUOI, [frac(97, 104), frac(13, 13), 98]),
    ]
    s.rows(rows, specs, 2021).save(save_openpyxl, out / "ThapMuoi_2021_TyLe.xlsx")
    return [s.case("wide", 2021, "Huyện Tháp Mười")]


@register("thap_muoi_2023_structure_rejects")
def case_structure_rejects(out: Path) -> list[Case]:
    """a Roman group row carrying figures, a unit twice with different values (conflict), bare 'Mỹ An' (ambiguous), a
    row without a name, half a ratio, an agency cell"""
    s = Sheet().title(["HUYỆN ỦY THÁP MƯỜI", "BAN TUYÊN GIÁO", "*"],
                      [PARTY, "", "Tháp Mười, ngày 15 tháng 12 năm 2023"],
                      [f"BIỂU TỔNG HỢP {SUBJECT} NĂM 2023"], 7)
    s.groups(["Tỷ lệ ĐV đăng ký (%)", ("Đoàn viên, hội viên đăng ký", ["Tổng số đoàn viên, hội viên", "Số đã đăng ký"]),
              "Tổng số mô hình", "Mô hình mới"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_union_members_pct", "den"),
                         ("reg_union_members_pct", "num"), ("models_total", "value"), ("models_new", "value")]
    # The two Tân Kiều rows agree on everything but the model count: each agreeing figure is one fact.
    rows = [
        Row(None, "I. KHỐI XÃ, THỊ TRẤN", None, [97.9, None, None, 88, None],
            {0: "group_subtotal", 3: "group_subtotal"}),
        Row(1, "TT Mỹ An", tt("Mỹ An"), [98.4, 2100, 950, 9, 2]),
        Row(2, "Mỹ An", "ambiguous_unit", [97.6, 1650, 700, 7, 1]),
        Row(3, "Xã Tân Kiều", xa("Tân Kiều"), [97.0, 1500, 640, 6, 1], {3: "conflict"}),
        Row(4, "Xã Trường Xuân", xa("Trường Xuân"), [96.5, 1800, None, 7, 2], {1: "incomplete_ratio"}),
        Row(5, "Xã Láng Biển", xa("Láng Biển"), [98.8, 1320, 610, 5, 1]),
        Row(6, None, "missing_unit_name", [95.0, 900, 400, 4, 0]),
        Row(7, "Xã Tân Kiều", xa("Tân Kiều"), [97.0, 1500, 640, 5, 1], {3: "conflict"}),
        Row(None, "II. KHỐI CƠ QUAN HUYỆN", None),
        Row(1, "Chi bộ Cơ quan Ủy ban MTTQ huyện", other("Chi bộ Cơ quan Ủy ban MTTQ huyện"), [100, None, None, 1,
                                                                                               None]),
        Row(None, "Tổng cộng", THAP_MUOI, [97.8, 21000, 9500, 95, 14]),
    ]
    s.rows(rows, specs, 2023).save(save_openpyxl, out / "ThapMuoi_2023.xlsx")
    return [s.case("wide", 2023, "Huyện Tháp Mười")]


@register("cau_ngang_long_table")
def case_long_table(out: Path) -> list[Case]:
    """long table (Năm, Tỉnh, Huyện, Xã, Chỉ tiêu, Giá trị, Tử số, Mẫu số) over two years, metric names as people write
    them, district rows with Xã blank, ratios from Tử số/Mẫu số"""
    s = Sheet("Dữ liệu")
    tv, cn = "Trà Vinh", "Cầu Ngang"
    rows = [
        (2022, tv, cn, None, "Số kế hoạch, hướng dẫn ban hành", 8, None, None, (CAU_NGANG, "plans_issued")),
        (2022, tv, cn, None, "Tỷ lệ đảng viên đăng ký", X("trên 98%", 98, ">"), None, None,
         (CAU_NGANG, "reg_party_members_pct")),
        (2022, tv, cn, None, "Tỷ lệ CCVC, LLVT không phải đảng viên đăng ký", 80, None, None,
         (CAU_NGANG, "reg_civil_servants_pct")),
        (2022, tv, cn, None, "Tỷ lệ đoàn viên, hội viên đăng ký", X("hơn 40%", 40, ">"), None, None,
         (CAU_NGANG, "reg_union_members_pct")),
        (2022, tv, cn, None, "Tổng số mô hình", 96, None, None, (CAU_NGANG, "models_total")),
        (2022, tv, cn, None, "Số mô hình tập thể", 65, None, None, (CAU_NGANG, "models_collective")),
        (2022, tv, cn, None, "Số mô hình cá nhân", 31, None, None, (CAU_NGANG, "models_individual")),
        (2022, tv, cn, None, "Mô hình mới", 15, None, None, (CAU_NGANG, "models_new")),
        (2022, tv, cn, None, "Số tin, bài đăng trên Tờ thông tin", 24, None, None, (CAU_NGANG, "propaganda_articles")),
        (2022, tv, cn, None, "Bản tin, bài viết phát trên hệ thống truyền thanh", 80, None, None,
         (CAU_NGANG, "propaganda_broadcasts")),
        (2022, tv, cn, None, "Tin, bài chia sẻ trên mạng xã hội", X("trên 100", 100, ">"), None, None,
         (CAU_NGANG, "propaganda_social_posts")),
        (2022, tv, cn, "Long Sơn", "Tổng số mô hình", 7, None, None, (xa("Long Sơn"), "models_total")),
        (2022, tv, cn, "Long Sơn", "Tỷ lệ đảng viên đăng ký", None, 151, 153,
         (xa("Long Sơn"), "reg_party_members_pct")),
        (2022, tv, cn, "Mỹ Hoà", "Tỷ lệ ĐV đăng ký", 98.2, 219, 223, (xa("Mỹ Hòa"), "reg_party_members_pct")),
        (2023, tv, cn, "TT Cầu Ngang", "Tỷ lệ chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", None, 14, 14,
         (tt("Cầu Ngang"), "party_cells_plans_pct")),
        (2023, tv, cn, "Mỹ Hòa", "Tập thể được khen thưởng", 2, None, None, (xa("Mỹ Hòa"), "commend_collective")),
        (2023, tv, cn, "Mỹ Hòa", "Cá nhân được khen thưởng", 3, None, None, (xa("Mỹ Hòa"), "commend_individual")),
        (2023, tv, cn, None, "Tập thể đề nghị Tỉnh khen thưởng", 1, None, None,
         (CAU_NGANG, "commend_proposed_collective")),
        (2023, tv, cn, None, "Cá nhân đề nghị Tỉnh khen thưởng", 2, None, None,
         (CAU_NGANG, "commend_proposed_individual")),
        (2023, tv, cn, "Hiệp Mỹ Tây", "Mô hình điểm", 1, None, None, (xa("Hiệp Mỹ Tây"), "models_pilot")),
        (2023, tv, cn, None, "Tỷ lệ xã, thị trấn nhân rộng mô hình", X("15/15", 100, None, 15, 15), None, None,
         (CAU_NGANG, "model_replication_pct")),
        (2023, tv, cn, None, "Số kế hoạch, hướng dẫn ban hành", 9, None, None, (CAU_NGANG, "plans_issued")),
    ]
    lay_long(s, 2, rows, s.exp)
    return [s.save(save_openpyxl, out / "DuLieu_dai_CauNgang.xlsx").case("long", None, "Huyện Cầu Ngang")]


@register("ninh_binh_2025_long_csv_new_map")
def case_long_2025(out: Path) -> list[Case]:
    """2025 long CSV on the new map (Tỉnh Ninh Bình, new communes, no district), an unknown metric and a mistyped year
    2052"""
    s = Sheet()
    nb = "Ninh Bình"
    rows = [
        (2025, nb, None, "Bình Mỹ", "Tỷ lệ đảng viên đăng ký", 98.2, None, None,
         (xa("Bình Mỹ"), "reg_party_members_pct")),
        (2025, nb, None, "Bình Mỹ", "Tổng số mô hình", 14, None, None, (xa("Bình Mỹ"), "models_total")),
        (2025, nb, None, "Xã Bình Lục", "Tổng số mô hình", 12, None, None, (xa("Bình Lục"), "models_total")),
        (2025, nb, None, "Xã Bình Lục", "Tỷ lệ đảng viên đăng ký", None, 1180, 1195,
         (xa("Bình Lục"), "reg_party_members_pct")),
        (2025, nb, None, "Bình Giang", "Mô hình mới", 3, None, None, (xa("Bình Giang"), "models_new")),
        (2025, nb, None, "Bình An", "Số tin, bài tuyên truyền", 18, None, None,
         (xa("Bình An"), "propaganda_articles")),
        (2025, nb, None, "Bình Sơn", "Tỷ lệ đoàn viên, hội viên đăng ký", X("45,5", 45.5), None, None,
         (xa("Bình Sơn"), "reg_union_members_pct")),
        (2025, nb, None, "Bình Sơn", "Số hộ thoát nghèo", 35, None, None, ("unknown_metric", 5)),
        (2052, nb, None, "Bình Mỹ", "Mô hình mới", 3, None, None, ("bad_year", 1)),
    ]
    lay_long(s, 2, rows, s.exp)
    return [s.save(save_csv, out / "SoLieu_NinhBinh_2025.csv").case("long", 2025, "Tỉnh Ninh Bình")]


@register("cau_ngang_2022_models_register")
def case_models_register(out: Path) -> list[Case]:
    """models register: free-text hosts (Hội LHPN xã Long Sơn, Công an huyện, a person in an ấp), x marks for new/pilot,
    a kind 'Hộ gia đình' (bad_kind)"""
    s = Sheet("Mô hình").title(["HUYỆN ỦY CẦU NGANG", "BAN TUYÊN GIÁO", "*"],
                               [PARTY, "", "Cầu Ngang, ngày 20 tháng 12 năm 2022"],
                               [f"DANH SÁCH MÔ HÌNH {CAMPAIGN} NĂM 2022"], 9)
    s.header(["STT", "Tên mô hình", "Đơn vị thực hiện", "Tập thể/Cá nhân", "Lĩnh vực", "Năm", "Mô hình mới",
              "Mô hình điểm", "Ghi chú"])
    typed = [
        ("Tổ tiết kiệm mua BHYT hộ gia đình", "Hội LHPN xã Long Sơn", "Tập thể", "Y tế", "x", None),
        ("Mẹ đỡ đầu", "Chi bộ Khối Đoàn thể huyện", "Tập thể", "Văn hóa - xã hội", None, None),
        ("Nuôi cua đinh thương phẩm", "Ông Thạch Sa Rết, ấp Bến Cát, xã Mỹ Long Nam", "Cá nhân", "Kinh tế", "x",
         None),
        ("Liên kết sản xuất theo chuỗi giá trị trên cây Bí Đỏ", "HTX Nông nghiệp Mỹ Hòa, xã Mỹ Hòa", "Tập thể",
         "Kinh tế", "x", "x"),
        ("Tư vấn dịch vụ hỗ trợ nông dân", "Hội Nông dân thị trấn Cầu Ngang", "Tập thể", "Kinh tế", "x", None),
        ("Tổ tiết kiệm hỗ trợ hội viên tham gia BHXH tự nguyện", "Hội CCB xã Thuận Hoà", "Tập thể", "An sinh xã hội",
         "x", None),
        ("Tuyến đường hoa gắn với tuyến đường sáng - xanh - sạch - đẹp", "Đoàn Thanh niên xã Kim Hòa", "Tập thể",
         "Môi trường", "x", None),
        ("Tăng cường công tác tuyên truyền, vận động thông qua Hội săn khụm, người có uy tín",
         "Ban Dân vận Huyện ủy", "Tập thể", "Dân vận", "x", None),
        ("Chia sẻ khó khăn với lực lượng công an cơ sở", "Công an huyện", "Tập thể", "An ninh trật tự", None, None),
        ("Trên làm gương mẫu mực, dưới tích cực làm theo", "Huyện ủy Cầu Ngang", "Tập thể", "Xây dựng Đảng", None,
         "x"),
        ("Gương sáng khuyến học", "Bà Kim Thị Sa Ry, xã Trường Thọ", "Cá nhân", "Giáo dục", None, None),
        ("Vườn cây ăn trái kiểu mẫu", "Hộ ông Lê Văn Tư, xã Nhị Trường", "Hộ gia đình", "Kinh tế", "x", None),
    ]
    communes = ["Xã Long Sơn", None, "Xã Mỹ Long Nam", "Xã Mỹ Hòa", "Thị trấn Cầu Ngang", "Xã Thuận Hòa",
                "Xã Kim Hòa", None, None, None, "Xã Trường Thọ", None]
    first = s.row
    expected_rows = []
    for i, ((name, host, kind, fld, new, pilot), commune) in enumerate(zip(typed, communes)):
        s.put_row(first + i, [i + 1, name, host, kind, fld, 2022, new, pilot])
        if kind == "Hộ gia đình":
            s.exp.reject(first + i, 4, "bad_kind")
            expected_rows.append(None)
        else:
            expected_rows.append((name, host, kind_of(kind), new == "x", pilot == "x", commune))
    s.row = first + len(typed)
    s.sign(["Người lập biểu", "(đã ký)", "Nguyễn Thị Thu Trang"], ["TRƯỞNG BAN", "(đã ký)", "Thạch Văn Hùng"], 6)
    items = models_items(expected_rows, first, "Huyện Cầu Ngang", 2022)
    s.save(save_openpyxl, out / "DanhSach_MoHinh_2022.xlsx")
    return [s.case("models", 2022, "Huyện Cầu Ngang", items=items, items_view="models")]


@register("thap_muoi_2022_commendations_register")
def case_commendations(out: Path) -> list[Case]:
    """commendations register: 'BAN TUYÊN GIÁO HUYỆN ỦY THÁP MƯỜI' on one line, free-text recipients ('Chi đoàn ấp 2, xã
    Tân Kiều'), a unit column, proposals to the province, central"""
    s = Sheet("Khen thưởng").title(["BAN TUYÊN GIÁO HUYỆN ỦY THÁP MƯỜI", "*"],
                                   [PARTY, "Tháp Mười, ngày 28 tháng 12 năm 2022"],
                                   [f"DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG TRONG {CAMPAIGN} NĂM 2022"], 6)
    s.header(["STT", "Tập thể, cá nhân được khen thưởng", "Đơn vị", "Tập thể/Cá nhân", "Hình thức khen thưởng",
              "Cấp khen thưởng"])
    typed = [
        ("Hội Liên hiệp Phụ nữ xã Trường Xuân", None, "Tập thể", "Giấy khen", "Huyện", "Xã Trường Xuân"),
        ("Chi đoàn ấp 2, xã Tân Kiều", None, "Tập thể", "Giấy khen", "Huyện", "Xã Tân Kiều"),
        ("Công an huyện", None, "Tập thể", "Giấy khen", "Huyện", None),
        ("Ông Nguyễn Văn Tám", "Xã Mỹ Quý", "Cá nhân", "Giấy khen", "Huyện", "Xã Mỹ Quý"),
        ("Bà Lê Thị Hồng", "Thị trấn Mỹ An", "Cá nhân", "Giấy khen", "Huyện", "Thị trấn Mỹ An"),
        ("Đảng bộ xã Mỹ An", None, "Tập thể", "Bằng khen", "Đề nghị Tỉnh khen thưởng", "Xã Mỹ An"),
        ("Ông Phạm Văn Lợi, xã Đốc Binh Kiều", None, "Cá nhân", "Bằng khen", "Đề nghị Tỉnh khen thưởng",
         "Xã Đốc Binh Kiều"),
        ("Bà Trần Thị Mỹ Lệ, Bệnh viện Đa khoa khu vực Tháp Mười", None, "Cá nhân", "Bằng khen",
         "Đề nghị Tỉnh khen thưởng", None),
        ("Ông Đặng Văn Út, xã Thanh Mỹ", None, "Cá nhân", "Bằng khen của Thủ tướng Chính phủ", "Trung ương",
         "Xã Thanh Mỹ"),
    ]
    levels = {"Huyện": ("district", False), "Đề nghị Tỉnh khen thưởng": ("province", True),
              "Trung ương": ("central", False)}
    first = s.row
    expected = []
    for i, (recipient, unit, kind, form, level, commune) in enumerate(typed):
        s.put_row(first + i, [i + 1, recipient, unit, kind, form, level])
        expected.append((recipient, kind_of(kind), *levels[level], commune))
    s.row = first + len(typed)
    s.sign(["Người lập", "Võ Thị Ngọc Hân"], ["TRƯỞNG BAN", "Lê Văn Dũng"], 5)
    items = commendation_items(expected, first, "Huyện Tháp Mười", 2022)
    s.save(save_xlsxwriter, out / "DanhSach_KhenThuong_ThapMuoi_2022.xlsx")
    return [s.case("commendations", 2022, "Huyện Tháp Mười", items=items, items_view="commendations")]


@register("thanh_hoa_2023_commendations_xls")
def case_commendations_xls(out: Path) -> list[Case]:
    """commendations register in legacy .xls: recipient and commune in one cell ('Ông Trần Văn Hai, thị trấn Thạnh
    Hóa'), 'Đề nghị UBND tỉnh', a level 'UBND xã' (bad_level)"""
    s = Sheet("KT 2023").title(["HUYỆN ỦY THẠNH HÓA", "BAN TUYÊN GIÁO"],
                               [PARTY, "Thạnh Hóa, ngày 22 tháng 12 năm 2023"],
                               ["DANH SÁCH KHEN THƯỞNG ĐIỂN HÌNH HỌC TẬP VÀ LÀM THEO BÁC NĂM 2023"], 5)
    s.header(["STT", "Họ tên / Tên tập thể", "Tập thể/Cá nhân", "Hình thức", "Cấp khen"])
    typed = [
        ("Ông Trần Văn Hai, thị trấn Thạnh Hóa", "Cá nhân", "Giấy khen", "Huyện ủy", ("district", False),
         "Thị trấn Thạnh Hóa"),
        ("Chi bộ ấp Tân Long, xã Tân Hiệp", "Tập thể", "Giấy khen", "Huyện ủy", ("district", False), "Xã Tân Hiệp"),
        ("Bà Nguyễn Thị Bé Ba, xã Thuỷ Tây", "Cá nhân", "Giấy khen", "Huyện ủy", ("district", False), "Xã Thủy Tây"),
        ("Ban Chỉ huy Quân sự huyện", "Tập thể", "Bằng khen", "Đề nghị UBND tỉnh", ("province", True), None),
        ("Hội Nông dân xã Thạnh Phước", "Tập thể", "Giấy khen", "UBND xã", None, None),
        ("Ông Lê Văn Sáu, xã Thuận Nghĩa Hoà", "Cá nhân", "Bằng khen", "Tỉnh ủy", ("province", False),
         "Xã Thuận Nghĩa Hòa"),
    ]
    first = s.row
    expected: list[tuple | None] = []
    for i, (recipient, kind, form, level, lvl, commune) in enumerate(typed):
        s.put_row(first + i, [i + 1, recipient, kind, form, level])
        if lvl is None:
            s.exp.reject(first + i, 5, "bad_level")
            expected.append(None)
        else:
            expected.append((recipient, kind_of(kind), *lvl, commune))
    items = commendation_items(expected, first, "Huyện Thạnh Hóa", 2023)
    s.save(save_xlwt, out / "KhenThuong_ThanhHoa_2023.xls")
    return [s.case("commendations", 2023, "Huyện Thạnh Hóa", items=items, items_view="commendations")]


@register("thanh_hoa_2024_two_sheets")
def case_two_sheets(out: Path) -> list[Case]:
    """workbook with a figures sheet and a models sheet (no year column: the report's year), 'Công an huyện' as an
    agency row"""
    s = Sheet("Số liệu").title(["HUYỆN ỦY THẠNH HÓA", "BAN TUYÊN GIÁO"],
                               [PARTY, "Thạnh Hóa, ngày 16 tháng 12 năm 2024"],
                               [f"{SUBJECT} NĂM 2024"], 8)
    s.groups([("Mô hình", ["Tổng số", "Tập thể", "Cá nhân", "Mô hình điểm"]), ("Khen thưởng", ["Tập thể", "Cá nhân"])])
    specs: list[Spec] = [("models_total", "value"), ("models_collective", "value"), ("models_individual", "value"),
                         ("models_pilot", "value"), ("commend_collective", "value"), ("commend_individual", "value")]
    rows = [
        Row(1, "Thị trấn Thạnh Hóa", tt("Thạnh Hóa"), [11, 7, 4, 1, 2, 3]),
        Row(2, "Xã Thạnh Phú", xa("Thạnh Phú"), [6, 4, 2, 0, 1, 2]),
        Row(3, "Xã Tân Đông", xa("Tân Đông"), [5, 3, 2, 0, 1, 1]),
        Row(4, "Xã Thủy Đông", xa("Thủy Đông"), [4, 3, 1, None, 0, 1]),
        Row(5, "Xã Thạnh An", xa("Thạnh An"), [5, 4, 1, 0, None, None]),
        Row(6, "Xã Tân Hiệp", xa("Tân Hiệp"), [7, 5, 2, 0, 1, 2]),
        Row(7, "Xã Thuận Bình", xa("Thuận Bình"), [4, 3, 1, 0, 1, 0]),
        Row(8, "Công an huyện", other("Công an huyện"), [2, 2, 0, 1, 1, 1]),
        Row(None, "Tổng cộng", THANH_HOA, [72, 49, 23, 2, 12, 20]),
    ]
    s.rows(rows, specs, 2024)
    m = Sheet("Mô hình")
    m.put(1, 1, "DANH SÁCH MÔ HÌNH HỌC TẬP VÀ LÀM THEO BÁC NĂM 2024")
    m.put_row(3, ["STT", "Tên mô hình", "Đơn vị thực hiện", "Loại", "Lĩnh vực", "Mô hình mới", "Mô hình điểm"])
    typed = [
        ("Cánh đồng lớn liên kết tiêu thụ lúa", "HTX Nông nghiệp Thạnh Phú, xã Thạnh Phú", "Tập thể", "Kinh tế", "x",
         None, "Xã Thạnh Phú"),
        ("Nuôi heo đất khuyến học", "Chi hội Khuyến học ấp 3, xã Tân Đông", "Tập thể", "Giáo dục", None, None,
         "Xã Tân Đông"),
        ("Ngày thứ bảy với dân", "Công an huyện", "Tập thể", "Cải cách hành chính", None, "x", None),
        ("Gương nông dân sản xuất giỏi", "Ông Trần Văn Hai, thị trấn Thạnh Hóa", "Cá nhân", "Kinh tế", "x", None,
         "Thị trấn Thạnh Hóa"),
    ]
    expected = []
    for i, (name, host, kind, fld, new, pilot, commune) in enumerate(typed):
        m.put_row(4 + i, [i + 1, name, host, kind, fld, new, pilot])
        expected.append((name, host, kind_of(kind), new == "x", pilot == "x", commune))
    items = models_items(expected, 4, "Huyện Thạnh Hóa", 2024)
    s.save(save_openpyxl, out / "BaoCao_ThanhHoa_2024.xlsx", m)
    return [s.case("wide", 2024, "Huyện Thạnh Hóa", items=items, items_view="models")]


@register("cau_ngang_2022_truncated_xlsx")
def case_truncated(out: Path) -> list[Case]:
    """an .xlsx cut in half (a broken e-mail attachment): unreadable"""
    whole = out / "_whole_for_truncation.xlsx"
    cau_ngang_2022(whole)
    data = whole.read_bytes()
    whole.unlink()
    path = out / "BaoCao_CauNgang_2022_bi_loi.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return [refused(path, "unreadable", 2022, "Huyện Cầu Ngang")]


@register("binh_luc_2022_empty_file")
def case_empty(out: Path) -> list[Case]:
    """an empty file (0 bytes): unreadable"""
    path = out / "BaoCao_BinhLuc_2022.xlsx"
    path.write_bytes(b"")
    return [refused(path, "unreadable", 2022, "Huyện Bình Lục")]


@register("thap_muoi_2023_word_file_as_xlsx")
def case_word_as_xlsx(out: Path) -> list[Case]:
    """a Word document renamed .xlsx: read as the Word document it is (its content, not its name, says what it
    is); a title and no table of figures, no figure in its text: no table (issue #26: it was "unreadable" when the
    loader read no Word)"""
    path = out / "BaoCao_ThapMuoi_2023.xlsx"
    body = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            f"<w:p><w:r><w:t>BÁO CÁO {SUBJECT} NĂM 2023</w:t></w:r></w:p></w:body></w:document>")
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
             'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.'
             'main+xml"/></Types>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("word/document.xml", body)
    return [refused(path, "no_table", 2023, "Huyện Tháp Mười")]


@register("thanh_hoa_2021_password_protected")
def case_password(out: Path) -> list[Case]:
    """a workbook protected with a password to open: unreadable"""
    s = short_report(f"{SUBJECT} NĂM 2021", ["HUYỆN ỦY THẠNH HÓA", "BAN TUYÊN GIÁO"],
                     "Thạnh Hóa, ngày 10 tháng 12 năm 2021",
                     [("Xã Tân Tây", [98.0, 5, 1, 2]), ("Xã Thạnh An", [97.1, 4, 0, 1])])
    plain = s.save(save_openpyxl, out / "_plain_for_encryption.xlsx").path
    path = encrypt_xlsx(out / "BaoCao_ThanhHoa_2021_matkhau.xlsx", plain, "123456")
    plain.unlink()
    return [refused(path, "unreadable", 2021, "Huyện Thạnh Hóa")]


@register("cau_ngang_2023_no_table")
def case_no_table(out: Path) -> list[Case]:
    """the narrative report pasted into Excel (text lines, no table): no_table"""
    s = Sheet("Báo cáo").title(["HUYỆN ỦY CẦU NGANG", "*"], [PARTY, "Cầu Ngang, ngày 18 tháng 12 năm 2023"],
                               [f"BÁO CÁO {SUBJECT} NĂM 2023"], 8)
    s.row = s.put_lines(s.row, [
        "I. KẾT QUẢ THỰC HIỆN",
        "Ban Thường vụ Huyện ủy đã ban hành 9 kế hoạch, hướng dẫn để lãnh đạo, chỉ đạo các cấp ủy, tổ chức đảng.",
        "Đến nay đã có trên 98% đảng viên đăng ký học tập và làm theo; 82% CCVC, LLVT không là đảng viên.",
        "Các chi, đảng bộ duy trì và đăng ký thực hiện 101 mô hình, trong đó có 68 mô hình tập thể.",
        "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024",
        "Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "",
        "Nơi nhận:",
        "- Ban Tuyên giáo Tỉnh ủy;",
        "- Lưu VP.",
    ])
    s.put_lines(s.row + 1, ["T/M BAN THƯỜNG VỤ", "(đã ký)"], 6)
    path = s.save(save_openpyxl, out / "BaoCao_CauNgang_2023_TomTat.xlsx").path
    return [refused(path, "no_table", 2023, "Huyện Cầu Ngang")]


@register("cau_ngang_2022_no_unit_refused", "cau_ngang_2022_no_unit_with_unit_option")
def case_no_unit(out: Path) -> list[Case]:
    """title block names no district ('BAN TUYÊN GIÁO' only), nor do sheet or file name: no_unit"""
    s = Sheet().title(["BAN TUYÊN GIÁO", "*"], [PARTY, "ngày 19 tháng 12 năm 2022"],
                      [f"BIỂU SỐ LIỆU {CAMPAIGN} NĂM 2022"], 6)
    s.header(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tổng số mô hình", "Mô hình tập thể",
              "Mô hình cá nhân"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"),
                         ("models_collective", "value"), ("models_individual", "value")]
    rows = [
        Row(1, "Thị trấn Cầu Ngang", tt("Cầu Ngang"), [98.9, 10, 7, 3]),
        Row(2, "Xã Hiệp Mỹ Đông", xa("Hiệp Mỹ Đông"), [97.6, 6, 4, 2]),
        Row(3, "Xã Hiệp Mỹ Tây", xa("Hiệp Mỹ Tây"), [98.1, 5, 3, 2]),
        Row(4, "Xã Thạnh Hòa Sơn", xa("Thạnh Hòa Sơn"), [96.8, 6, 4, 2]),
        Row(5, "Xã Mỹ Long Nam", xa("Mỹ Long Nam"), [97.7, 5, 4, 1]),
        Row(None, "Tổng cộng", CAU_NGANG, [98.0, 96, 65, 31]),
    ]
    path = s.rows(rows, specs, 2022).save(save_openpyxl, out / "Bieu_so_lieu_2022.xlsx").path
    return [
        refused(path, "no_unit", 2022, None),
        s.case("wide", 2022, "Huyện Cầu Ngang", "the same file with --unit 848 (a district code)",
               args=["--unit", "848"]),
    ]


@register("binh_luc_2023_csv_unit_not_in_year")
def case_unit_not_in_year(out: Path) -> list[Case]:
    """CSV from an English-locale Excel (',' and decimal point) named BaoCao_BinhLuc_2023.csv; lists Xã Mỹ Thọ, merged
    away in 2020 (unit_not_in_year)"""
    s = Sheet().header(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Số kế hoạch, hướng dẫn", "Tổng số mô hình",
                        "Mô hình mới"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("plans_issued", "value"), ("models_total", "value"),
                         ("models_new", "value")]
    rows = [
        Row(1, "Thị trấn Bình Mỹ", tt("Bình Mỹ"), [98.6, 5, 12, 2]),
        Row(2, "Xã Bình An", xa("Bình An"), [97.8, 3, 7, 1]),
        Row(3, "Xã Mỹ Thọ", "unit_not_in_year", [96.9, 2, 4, 0]),
        Row(4, "Xã Tràng An", xa("Tràng An"), [99.1, 4, 9, 2]),
        Row(5, "Xã Hưng Công", xa("Hưng Công"), [97.2, 3, 6, 1]),
        Row(6, "Xã Tiêu Động", xa("Tiêu Động"), [98.0, 3, 5, 0]),
        Row(None, "Tổng cộng", BINH_LUC, [98.2, 11, 188, 19]),
    ]
    s.rows(rows, specs, 2023).save(save_csv, out / "BaoCao_BinhLuc_2023.csv", sep=",", decimal=".")
    return [s.case("wide", 2023, "Huyện Bình Lục")]


@register("binh_luc_2020_tcvn3")
def case_tcvn3(out: Path) -> list[Case]:
    """typed in the TCVN3 (.VnTime) legacy font: title, headers and unit names come out as Unicode"""
    s = Sheet("Sheet1", font=".VnTime").title(
        ["Huyện ủy Bình Lục", "Ban Tuyên giáo", "*"], ["Đảng Cộng sản Việt Nam", "Bình Lục, ngày 18 tháng 12 năm 2020"],
        ["Kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2020"], 7)
    s.groups([("Đảng viên", ["Tổng số", "Đã đăng ký", "Tỷ lệ (%)"]), ("Mô hình", ["Tập thể", "Cá nhân"])])
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("models_collective", "value"),
                         ("models_individual", "value")]
    rows = [
        Row(1, "Thị trấn Bình Mỹ", tt("Bình Mỹ"), [318, 314, 98.7, 6, 3]),
        Row(2, "Xã Tràng An", xa("Tràng An"), [265, 262, 98.9, 5, 2]),
        Row(3, "Xã Đồng Du", xa("Đồng Du"), [240, 233, 97.1, 4, 2]),
        Row(4, "Xã Ngọc Lũ", xa("Ngọc Lũ"), [198, 195, 98.5, 4, 1]),
        Row(5, "Xã Bối Cầu", xa("Bối Cầu"), [276, 270, 97.8, 5, 2]),
        Row(6, "Xã Tiêu Động", xa("Tiêu Động"), [189, 186, 98.4, 3, 2]),
        Row(7, "Xã An Lão", xa("An Lão"), [301, 296, 98.3, 5, 3]),
        Row(8, "Xã Trung Lương", xa("Trung Lương"), [222, 216, 97.3, 4, 2]),
        Row(None, "Cộng", BINH_LUC, [5390, 5293, 98.2, 92, 47]),
    ]
    s.rows(rows, specs, 2020).sign(["Người lập biểu", "Trần Thu Hà"], ["Trưởng ban", "Đinh Văn Thắng"], 6)
    s.map_text(to_tcvn3)
    return [s.save(save_openpyxl, out / "BL_2020_VnTime.xlsx").case("wide", 2020, "Huyện Bình Lục")]


@register("vinh_long_2025_new_map")
def case_new_map_2025(out: Path) -> list[Case]:
    """December 2025 report of the new Tỉnh Vĩnh Long listing the new communes of the former Cầu Ngang area (new map, no
    district)"""
    s = Sheet("Năm 2025").title(["ĐẢNG BỘ TỈNH VĨNH LONG", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "*"],
                                [PARTY, "", "Vĩnh Long, ngày 16 tháng 12 năm 2025"], [f"{SUBJECT} NĂM 2025"], 6)
    s.header(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tổng số mô hình", "Mô hình mới",
              "Số tin, bài tuyên truyền"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_new", "value"),
                         ("propaganda_articles", "value")]
    rows = [
        Row(1, "Xã Cầu Ngang", xa("Cầu Ngang"), [98.6, 21, 4, 15]),
        Row(2, "Xã Mỹ Long", xa("Mỹ Long"), [98.1, 17, 3, 9]),
        Row(3, "Xã Vinh Kim", xa("Vinh Kim"), [97.9, 12, 2, 7]),
        Row(4, "Xã Nhị Trường", xa("Nhị Trường"), [98.4, 19, 3, 8]),
        Row(5, "Xã Hiệp Mỹ", xa("Hiệp Mỹ"), [97.5, 18, 2, 10]),
        Row(6, "Xã Ngũ Lạc", xa("Ngũ Lạc"), [98.8, 11, 1, 6]),
    ]
    s.rows(rows, specs, 2025).save(save_openpyxl, out / "TongHop_2025.xlsx")
    return [s.case("wide", 2025, "Tỉnh Vĩnh Long")]


CASE_NAMES: list[str] = CORPUS.names()
build = CORPUS.build
