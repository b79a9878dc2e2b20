"""An office corpus: report files as district offices' machines and habits really make them, each with what a
correct loader must make of it (facts, rejects, exit code).

Written from DOMAIN.md, the README's loading section and warehouse contract and the official unit lists
(data/reference) by someone who has not read the loader, like tests/clerk_corpus, tests/shape_corpus and
tests/field_corpus; cells, sheets, writers, legacy encodings and expectations from tests/corpus_blocks. Its shapes
are the ones those corpora do not have:

- a workbook written by a script or web tool: formulas with no cached value (per-row sums, SUM / AVERAGE / ROUND
  totals, a rate formula), which a correct loader evaluates over the sheet's own cells; a VLOOKUP and a
  reference to another workbook cannot be evaluated (formula_without_value);
- legacy fonts encoded here from the published tables: VNI-Windows (text such as "Xaõ Bình Phöôùc", where "ì"
  and "í" are the same code points as in Unicode) and TCVN3 with upper-case titles typed in .VnTimeH;
- numbered wards typed "Phường 05", "P2", "P 3", "F4", "P.06"...;
- hidden columns: last year's figures (read, each column in its header's year) and a hidden draft column
  duplicating a visible one (not loaded); hidden rows for printing (read);
- years written inside headers ("(2021)", "NĂM 2021", "Năm 2022" as a second header row); headers phrased freely;
- a table far from A1 under a long narrative; a unit's name merged over two rows ("Tổng số" / "Đã đăng ký");
- a sheet per commune beside a summary sheet; two visible sheets, one per year; two tables on one sheet;
- subtotal rows for each block ("Cộng khối ..."); official codes in a column of their own (leading zeros lost);
- numbers in the name cell ("1. Xã ...", "2- ..."), line breaks, double and non-breaking spaces, party-committee
  forms ("Đảng ủy xã ...") on both maps;
- .ods percentage cells, a comma-separated CSV with quoted decimal commas, an .xlsm template with a hidden list
  sheet and drop-down validation.

Every file is built by code here at test time; figures come from seeded generators or are typed out.
"""

from __future__ import annotations

import random
import zipfile
from pathlib import Path
from typing import Any

from tests.corpus_blocks.cells import Formula, Grid, Pct, X, frac, not_on_tie, pct1, ratio, vn
from tests.corpus_blocks.encodings import vn_time, vni
from tests.corpus_blocks.expect import VERTICAL, Case, Corpus, Expect, Line, Row, Spec
from tests.corpus_blocks.parts import PARTY, SUBJECT, cover_sheet
from tests.corpus_blocks.sheet import Sheet
from tests.corpus_blocks.units import as_typed, district, other, phuong, province, tt, xa
from tests.corpus_blocks.writers import (
    edit_xlsx,
    hide,
    hide_sheets_openpyxl,
    save_csv,
    save_ods,
    save_openpyxl,
    save_xlsxwriter,
    save_xlwt,
    without_cache,
)

SIGN = (["Người lập biểu", "(đã ký)", "Nguyễn Thị Mai"], ["TRƯỞNG BAN", "(đã ký)", "Trần Văn Phúc"])

CORPUS = Corpus()
case = CORPUS.case


def report(sheet: str, left: list[str], date_line: str, title: str, last: int, exp: Expect | None = None) -> Sheet:
    """A sheet with its title block, the date line under the party's motto."""
    return Sheet(sheet, exp).title(left, [PARTY, "", date_line], [title], last)


MODELS = (None, None)  # three cells: Tổng số, Tập thể, Cá nhân (the total is their sum)


def draw(rng: random.Random, ranges: list[tuple[Any, Any]]) -> list[Any]:
    out: list[Any] = []
    for lo, hi in ranges:
        if lo is None:
            coll, ind = rng.randint(2, 7), rng.randint(0, 3)
            out += [coll + ind, coll, ind]
        else:
            out.append(pct1(rng, lo, hi) if isinstance(lo, float) else rng.randint(lo, hi))
    return out


def unit_rows(rng: random.Random, units: list[tuple[str, Any]], ranges: list[tuple[Any, Any]],
              total: tuple[Any, list[Any]] | None = None, first: int = 1) -> list[Row]:
    rows = [Row(i, typed, unit, draw(rng, ranges)) for i, (typed, unit) in enumerate(units, first)]
    if total:
        rows.append(Row(None, "Tổng cộng", total[0], total[1]))
    return rows


PCT, HIGH, LOW = (95.0, 100.0), (75.0, 95.0), (38.0, 65.0)  # ranges of rates; int pairs are counts
LABELS = ["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)", "Tổng số mô hình", "Mô hình mới", "Số tin, bài tuyên truyền"]
SPECS: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"), ("models_new", "value"),
                     ("propaganda_articles", "value")]
RANGES = [PCT, (4, 14), (0, 3), (2, 12)]
MODEL_SPECS: list[Spec] = [("reg_party_members_pct", "value"), ("models_total", "value"),
                           ("models_collective", "value"), ("models_individual", "value"),
                           ("propaganda_articles", "value")]

# --------------------------------------------------------------------------------------------------------------
# 1. Formulas without cached values


@case("tieu_can_2023_formulas_without_cached_values")
def formulas(out: Path) -> Case:
    """written by openpyxl (a web tool's export): formulas with no cached value, per-row =F+G and =H-F,
    =ROUND(D/C*100,1) rates, SUM totals, =D/C*100 and ROUND(AVERAGE()) in the totals row: each formula's result is the
    fact; a VLOOKUP and a '[TinBai_2023.xlsx]' reference (formula_without_value)"""
    s = report("Biểu 01", ["HUYỆN ỦY TIỂU CẦN", "BAN TUYÊN GIÁO"], "Tiểu Cần, ngày 14 tháng 12 năm 2023",
               f"{SUBJECT} NĂM 2023", 10)
    s.header(["STT", "Đơn vị", "Tổng số đảng viên", "Số đảng viên đã đăng ký", "Tỷ lệ đảng viên đăng ký (%)",
              "Mô hình tập thể", "Mô hình cá nhân", "Tổng số mô hình",
              "Tỷ lệ đoàn viên, hội viên đăng ký (%)", "Số tin, bài tuyên truyền"])
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("models_collective", "value"),
                         ("models_individual", "value"), ("models_total", "value"), ("reg_union_members_pct", "value"),
                         ("propaganda_articles", "value")]
    units = as_typed("Thị trấn Tiểu Cần", "Thị trấn Cầu Quan", "Phú Cần", "Hiếu Tử", "Hiếu Trung", "Long Thới",
                     "Hùng Hòa", "Tân Hùng", "Tập Ngãi", "Ngãi Hùng", "Tân Hòa")
    rng = random.Random(8462023)
    first = s.row
    last = first + len(units) - 1
    rows, sums = [], {"C": 0, "D": 0, "F": 0, "G": 0, "H": 0}
    unions = []
    bad_refs = {3: "=VLOOKUP(B{r},DuLieu!$A$2:$D$20,4,FALSE)", 8: "='[TinBai_2023.xlsx]Tổng hợp'!D7"}
    for i, (typed, unit) in enumerate(units, 1):
        r = first + i - 1
        den, num = ratio(rng, 120, 420)
        coll, ind = rng.randint(2, 6), rng.randint(0, 3)
        union = pct1(rng, 40, 65)
        unions.append(union)
        rate = Formula(f"=ROUND(D{r}/C{r}*100,1)", round(100 * num / den, 1))
        if i == 5:  # the clerk typed the total and let the sheet work out the individual models
            models = [coll, Formula(f"=H{r}-F{r}", ind), coll + ind]
        else:
            models = [coll, ind, Formula(f"=F{r}+G{r}", coll + ind)]
        articles = bad_refs[i].format(r=r) if i in bad_refs else rng.randint(2, 9)
        rows.append(Row(i, typed, unit, [den, num, rate, *models, union, articles],
                        {7: "formula_without_value"} if i in bad_refs else {}))
        for key, v in zip("CDFGH", (den, num, coll, ind, coll + ind)):
            sums[key] += v
    t = last + 1
    total_rate = not_on_tie(100 * sums["D"] / sums["C"], 0.01)
    mean = not_on_tie(sum(unions) / len(unions), 0.01)
    rows.append(Row(None, "Tổng cộng", district("Huyện Tiểu Cần"), [
        *[Formula(f"=SUM({c}{first}:{c}{last})", sums[c]) for c in "CD"],
        Formula(f"=D{t}/C{t}*100", total_rate),
        *[Formula(f"=SUM({c}{first}:{c}{last})", sums[c]) for c in "FGH"],
        Formula(f"=ROUND(AVERAGE(I{first}:I{last}),1)", round(mean, 1)), 71]))
    s.rows(rows, specs, 2023).sign(*SIGN, 8)
    without_cache(s).save(save_openpyxl, out / "BaoCao_TieuCan_2023_xuat_tu_phan_mem.xlsx")
    return s.case("wide", 2023, "Huyện Tiểu Cần")


# --------------------------------------------------------------------------------------------------------------
# 2-3. Legacy fonts


@case("mang_thit_2021_vni_windows")
def vni_sheet(out: Path) -> Case:
    """typed in the VNI-Times font ('Xaõ Bình Phöôùc', 'Hoøa Tònh', 'Soá ñaûng vieân ñaêng kyù', 'HUYEÄN UÛY MANG THÍT',
    'treân 98%'): strings holding ì/í/ò/ó, which are also Unicode letters, are VNI too; facts under the Unicode official
    names"""
    s = report("Sheet1", ["HUYỆN ỦY MANG THÍT", "BAN TUYÊN GIÁO", "*"], "Mang Thít, ngày 15 tháng 12 năm 2021",
               f"{SUBJECT} NĂM 2021", 7)
    s.font = "VNI-Times"
    s.groups([("Số đảng viên đăng ký học tập và làm theo", ["Tổng số", "Đã đăng ký", "Tỷ lệ (%)"]),
              "Tổng số mô hình", "Mô hình mới"])
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("models_total", "value"), ("models_new", "value")]
    units = as_typed("Thị trấn Cái Nhum", "Xã Mỹ An", "Mỹ Phước", "An Phước", "Nhơn Phú", "Long Mỹ", "Hòa Tịnh",
                     "Xã Bình Phước", "Chánh An", "Tân An Hội", "Tân Long", "Tân Long Hội")
    rng = random.Random(8582021)
    rows = []
    for i, (typed, unit) in enumerate(units, 1):
        den, num = ratio(rng, 110, 360)
        rows.append(Row(i, typed, unit, [den, num, round(100 * num / den, 1), rng.randint(4, 12), rng.randint(0, 3)]))
    rows.append(Row(None, "Tổng cộng", district("Huyện Mang Thít"),
                    [X("3.412", 3412), X("3.371", 3371), X(vni("trên 98%"), 98, ">"), 108, 17]))
    s.rows(rows, specs, 2021).sign(*SIGN, 6).map_text(vni)
    return s.save(save_openpyxl, out / "BC_HTLT_MangThit_2021.xlsx").case("wide", 2021, "Huyện Mang Thít")


@case("thu_thua_2019_tcvn3_vntimeh_xls")
def tcvn3_sheet(out: Path) -> Case:
    """legacy .xls in TCVN3 without a font to tell it: body in .VnTime ('Tû lÖ ®¶ng viªn', 'Thñ Thõa'), capital lines
    typed in .VnTimeH, i.e. stored as lower-case codes ('huyÖn ñy thñ thõa'), '97,9' as text; the 13 communes of 2019
    (Long Thành, Tân Lập)"""
    s = report("Sheet1", ["HUYỆN ỦY THỦ THỪA", "BAN TUYÊN GIÁO"], "Thủ Thừa, ngày 17 tháng 12 năm 2019",
               f"{SUBJECT} NĂM 2019", 9)
    s.header(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)",
              "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký (%)", "Số kế hoạch, hướng dẫn",
              "Mô hình tập thể", "Mô hình cá nhân", "Tập thể được khen thưởng", "Cá nhân được khen thưởng"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("plans_issued", "value"), ("models_collective", "value"), ("models_individual", "value"),
                         ("commend_collective", "value"), ("commend_individual", "value")]
    units = as_typed("TT Thủ Thừa", "Long Thạnh", "Tân Thành", "Long Thuận", "Mỹ Lạc", "Mỹ Thạnh", "Bình An",
                     "Nhị Thành", "xã Mỹ An", "Bình Thạnh", "Mỹ Phú", "Long Thành", "Tân Lập")
    rng = random.Random(8042019)
    rows = unit_rows(rng, units, [PCT, HIGH, (2, 5), (2, 6), (0, 3), (0, 2), (0, 4)])
    for r in rows[::2]:  # rates typed as text with a decimal comma, as in the .VnTime years
        r.values[0] = X(vn(r.values[0]), r.values[0])
    rows.append(Row(None, "Cộng", district("Huyện Thủ Thừa"), [X("97,9", 97.9), 84.6, 7, 51, 22, 9, 31]))
    s.rows(rows, specs, 2019).sign(*SIGN, 7).map_text(vn_time)
    return s.save(save_xlwt, out / "ThuThua_2019_VnTime.xls").case("wide", 2019, "Huyện Thủ Thừa")


# --------------------------------------------------------------------------------------------------------------
# 4. Numbered wards


@case("tra_vinh_city_2023_numbered_wards")
def wards(out: Path) -> Case:
    """a provincial city's wards typed 'Phường 01', 'P2', 'P 3', 'F4', 'Phường 05', 'P.06', 'P7', 'P.8', 'P.09' →
    official 'Phường 1'...'Phường 9' of Thành phố Trà Vinh ('THÀNH ỦY TRÀ VINH')"""
    s = report("TP Trà Vinh", ["ĐẢNG BỘ TỈNH TRÀ VINH", "THÀNH ỦY TRÀ VINH", "*"],
               "Trà Vinh, ngày 18 tháng 12 năm 2023", f"{SUBJECT} NĂM 2023", 6)
    s.header(["STT", "Phường, xã", *LABELS[2:]])
    typed = ["Phường 01", "P2", "P 3", "F4", "Phường 05", "P.06", "P7", "P.8", "P.09"]
    units = [(t, phuong(str(n))) for n, t in enumerate(typed, 1)] + [("Xã Long Đức", xa("Long Đức"))]
    rows = unit_rows(random.Random(8422023), units, RANGES, (district("Thành phố Trà Vinh"), [98.3, 97, 14, 88]))
    s.rows(rows, SPECS, 2023).sign(*SIGN, 5).save(save_xlsxwriter, out / "ThanhUy_TraVinh_2023.xlsx")
    return s.case("wide", 2023, "Thành phố Trà Vinh")


# --------------------------------------------------------------------------------------------------------------
# 5-7. Hidden columns and years inside headers

CAU_KE = [("TT Cầu Kè", tt("Cầu Kè")), ("Hòa Ân", xa("Hòa Ân")), ("Châu Điền", xa("Châu Điền")),
          ("An Phú Tân", xa("An Phú Tân")), ("Hòa Tân", ("Xã Hoà Tân", "commune")), ("Ninh Thới", xa("Ninh Thới")),
          ("Phong Phú", xa("Phong Phú")), ("Phong Thạnh", xa("Phong Thạnh")), ("Tam Ngãi", xa("Tam Ngãi")),
          ("Thông Hòa", xa("Thông Hòa")), ("Thạnh Phú", xa("Thạnh Phú"))]


@case("cau_ke_2022_hidden_last_year_columns")
def hidden_last_year(out: Path) -> Case:
    """a 2022 report reusing last year's file: hidden columns C and E 'Đảng viên đăng ký năm 2021 (%)', 'Tổng số mô hình
    năm 2021' beside the visible 2022 ones: hidden columns read, each in its header's year ('Mô hình mới' without a
    year: the report's 2022)"""
    s = report("Năm 2022", ["HUYỆN ỦY CẦU KÈ", "BAN TUYÊN GIÁO"], "Cầu Kè, ngày 16 tháng 12 năm 2022",
               f"{SUBJECT} NĂM 2022", 8)
    s.header(["STT", "Đơn vị", "Đảng viên đăng ký năm 2021 (%)", "Đảng viên đăng ký năm 2022 (%)",
              "Tổng số mô hình năm 2021", "Tổng số mô hình năm 2022", "Mô hình mới",
              "Số tin, bài tuyên truyền"])
    specs: list[Spec] = [("reg_party_members_pct", "value", 2021), ("reg_party_members_pct", "value", 2022),
                         ("models_total", "value", 2021), ("models_total", "value", 2022), ("models_new", "value"),
                         ("propaganda_articles", "value")]
    rows = unit_rows(random.Random(8452022), CAU_KE, [PCT, PCT, (4, 11), (4, 13), (0, 3), (2, 10)],
                     (district("Huyện Cầu Kè"), [97.6, 98.1, 87, 96, 14, 71]))
    s.rows(rows, specs, 2022).sign(*SIGN, 6)
    hide(s.save(save_openpyxl, out / "BaoCao_CauKe_2022.xlsx").path, "Năm 2022", cols=(3, 5))
    return s.case("wide", None, "Huyện Cầu Kè")


@case("cang_long_2022_years_inside_headers")
def years_in_headers(out: Path) -> Case:
    """the year inside each header: '... (%) (2021)' | '(2022)', 'TỔNG SỐ MÔ HÌNH NĂM 2021' | 'NĂM 2022', and 'Năm 2021'
    | 'Năm 2022' as the second header row under 'Số tin, bài tuyên truyền'; title 'NĂM 2022 (SO SÁNH VỚI NĂM 2021)'"""
    s = report("Sheet1", ["HUYỆN ỦY CÀNG LONG", "BAN TUYÊN GIÁO"], "Càng Long, ngày 20 tháng 12 năm 2022",
               f"{SUBJECT} NĂM 2022 (SO SÁNH VỚI NĂM 2021)", 8)
    s.groups(["Tỷ lệ đảng viên đăng ký (%) (2021)", "Tỷ lệ đảng viên đăng ký (%) (2022)", "TỔNG SỐ MÔ HÌNH NĂM 2021",
              "TỔNG SỐ MÔ HÌNH NĂM 2022", ("Số tin, bài tuyên truyền", ["Năm 2021", "Năm 2022"])])
    specs: list[Spec] = [("reg_party_members_pct", "value", 2021), ("reg_party_members_pct", "value", 2022),
                         ("models_total", "value", 2021), ("models_total", "value", 2022),
                         ("propaganda_articles", "value", 2021), ("propaganda_articles", "value", 2022)]
    units = as_typed("TT Càng Long", "Mỹ Cẩm", "An Trường A", "An Trường", "Huyền Hội", "Tân An", "Tân Bình",
                     "Bình Phú", "Phương Thạnh", "Đại Phúc", "Đại Phước", "Nhị Long Phú", "Nhị Long", "Đức Mỹ")
    rows = unit_rows(random.Random(8442022), units, [PCT, PCT, (3, 10), (4, 12), (1, 8), (2, 10)],
                     (district("Huyện Càng Long"), [97.8, 98.4, 92, 104, 55, 68]))
    s.rows(rows, specs, 2022).sign(*SIGN, 6).save(save_openpyxl, out / "CangLong_2021_2022.xlsx")
    return s.case("wide", None, "Huyện Càng Long")


@case("tra_cu_2023_hidden_draft_column")
def hidden_draft(out: Path) -> Case:
    """a hidden draft column D 'Tổng số mô hình' beside the visible E of the same header and year, with other counts on
    four rows: the visible one kept, the hidden one ignored (no conflict, no duplicate_column); Thị trấn Định An and Xã
    Định An"""
    s = report("Biểu 1", ["HUYỆN ỦY TRÀ CÚ", "BAN TUYÊN GIÁO"], "Trà Cú, ngày 12 tháng 12 năm 2023",
               f"{SUBJECT} NĂM 2023", 8)
    s.header(["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình", "Tổng số mô hình",
              "Mô hình tập thể", "Mô hình cá nhân", "Số tin, bài tuyên truyền"])
    specs = [MODEL_SPECS[0], None, *MODEL_SPECS[1:]]  # D: the hidden draft
    units = as_typed("Thị trấn Trà Cú", "Thị trấn Định An", "Xã Định An", "Phước Hưng", "Tập Sơn", "Tân Sơn",
                     "An Quảng Hữu", "Lưu Nghiệp Anh", "Ngãi Xuyên", "Kim Sơn", "Hàm Giang", "Hàm Tân")
    rng = random.Random(8492023)
    rows = []
    for i, (typed, unit) in enumerate(units, 1):
        coll, ind = rng.randint(2, 7), rng.randint(0, 3)
        draft = coll + ind + (2 if i % 4 == 1 else 0)  # the clerk's first count, kept in a hidden column
        rows.append(Row(i, typed, unit, [pct1(rng, 95, 100), draft, coll + ind, coll, ind, rng.randint(1, 9)]))
    rows.append(Row(None, "Tổng cộng", district("Huyện Trà Cú"), [98.2, 121, 118, 80, 38, 74]))
    s.rows(rows, specs, 2023).sign(*SIGN, 6)
    hide(s.save(save_openpyxl, out / "TraCu_2023.xlsx").path, "Biểu 1", cols=(4,))
    return s.case("wide", 2023, "Huyện Trà Cú")


# --------------------------------------------------------------------------------------------------------------
# 8. Headers phrased freely


@case("duyen_hai_2022_free_headers")
def free_headers(out: Path) -> Case:
    """headers in the clerk's own words: 'Số ĐV đã đăng ký làm theo (%)', 'CCVC, LLVT chưa phải là đảng viên đã đăng ký
    (%)', 'ĐVHV các đoàn thể', 'Văn bản chỉ đạo (kế hoạch, hướng dẫn)', 'Tỷ lệ cơ sở nhân rộng điển hình' ('5/7'), 'Mô
    hình điểm do Huyện ủy chọn', 'Tin bài trên hệ thống loa truyền thanh', 'Facebook, Zalo'; 'HUYỆN ỦY DUYÊN HẢI' (not
    Thị xã Duyên Hải)"""
    s = report("Sheet1", ["ĐẢNG BỘ TỈNH TRÀ VINH", "HUYỆN ỦY DUYÊN HẢI", "*"],
               "Duyên Hải, ngày 19 tháng 12 năm 2022", f"{SUBJECT} NĂM 2022", 10)
    s.header(["STT", "Đơn vị", "Số ĐV đã đăng ký làm theo (%)",
              "CCVC, LLVT chưa phải là đảng viên đã đăng ký (%)", "ĐVHV các đoàn thể đã đăng ký (%)",
              "Văn bản chỉ đạo (kế hoạch, hướng dẫn) đã ban hành", "Tỷ lệ cơ sở nhân rộng điển hình",
              "Mô hình điểm do Huyện ủy chọn", "Tin bài trên hệ thống loa truyền thanh",
              "Tin, bài chia sẻ trên Facebook, Zalo"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("reg_union_members_pct", "value"), ("plans_issued", "value"),
                         ("model_replication_pct", "value"), ("models_pilot", "value"),
                         ("propaganda_broadcasts", "value"), ("propaganda_social_posts", "value")]
    units = as_typed("Xã Đôn Xuân", "Xã Đôn Châu", "Thị trấn Long Thành", "Xã Long Khánh", "Xã Ngũ Lạc", "Xã Long Vĩnh",
                     "Xã Đông Hải")
    rng = random.Random(8502022)
    rows = unit_rows(rng, units, [PCT, HIGH, LOW, (2, 5), (0, 0), (0, 1), (4, 20), (10, 60)])
    for r, (n, d) in zip(rows, [(5, 7), (6, 6), (4, 4), (3, 5), (8, 9), (5, 6), (6, 7)]):
        r.values[4] = frac(n, d)
    rows.append(Row(None, "Tổng cộng", district("Huyện Duyên Hải"),
                    [X("trên 98%", 98, ">"), 81.5, 44.2, 9, X("7/7", 100, None, 7, 7), 2, 96,
                     X("hơn 250", 250, ">")]))
    s.rows(rows, specs, 2022).sign(*SIGN, 8).save(save_xlsxwriter, out / "DuyenHai_SoLieu_2022.xlsx")
    return s.case("wide", 2022, "Huyện Duyên Hải")


# --------------------------------------------------------------------------------------------------------------
# 9-11. Rows: hidden for printing, far from A1, a unit over two rows


@case("tra_on_2023_hidden_rows_for_printing")
def hidden_rows(out: Path) -> Case:
    """rows hidden to print the communes on one page: the (1)(2)... numbering row, the group row II and its two agency
    cells; hidden rows are still the report's rows: read (agencies as other)"""
    s = report("In", ["HUYỆN ỦY TRÀ ÔN", "BAN TUYÊN GIÁO"], "Trà Ôn, ngày 15 tháng 12 năm 2023",
               f"{SUBJECT} NĂM 2023", 7)
    s.groups(["Tỷ lệ ĐV đăng ký (%)", ("Mô hình", ["Tổng số", "Tập thể", "Cá nhân"]), "Số tin, bài tuyên truyền"])
    numbered_row = s.row
    s.numbered()
    units = as_typed("TT Trà Ôn", "Xuân Hiệp", "Nhơn Bình", "Hòa Bình", "Thới Hòa", "Trà Côn", "Tân Mỹ", "Hựu Thành",
                     "Vĩnh Xuân", "Thuận Thới", "Phú Thành", "Thiện Mỹ", "Lục Sỹ Thành", "Tích Thiện")
    rng = random.Random(8622023)
    agencies = ["Chi bộ Công an huyện", "Chi bộ Trung tâm Y tế huyện"]
    ranges = [PCT, MODELS, (1, 8)]
    rows = [Row("I", "Khối xã, thị trấn", None), *unit_rows(rng, units, ranges),
            Row("II", "Khối cơ quan huyện", None), *unit_rows(rng, [(a, other(a)) for a in agencies], ranges),
            Row(None, "Tổng cộng", district("Huyện Trà Ôn"), [98.0, 131, 86, 45, 77])]
    first = s.row
    s.rows(rows, MODEL_SPECS, 2023).sign(*SIGN, 6)
    hidden = (numbered_row, *range(first + len(units) + 1, first + len(units) + 4))
    hide(s.save(save_openpyxl, out / "TraOn_2023_ban_in.xlsx").path, "In", rows=hidden)
    return s.case("wide", 2023, "Huyện Trà Ôn")


@case("tam_binh_2022_table_far_from_a1")
def far_table(out: Path) -> Case:
    """the report's text pasted above its table (numbers in sentences: 01-KL/TW, 18/5/2021, 46 tổ chức, 3.950 đảng viên,
    12 lớp), the table from E16 on, a narrative line and 'Nơi nhận:' below; 'Hòa Lộc' → official 'Xã Hoà Lộc'"""
    s = report("BC", ["ĐẢNG BỘ TỈNH VĨNH LONG", "HUYỆN ỦY TAM BÌNH", "Số 118-BC/HU"],
               "Tam Bình, ngày 22 tháng 12 năm 2022", f"BÁO CÁO {SUBJECT} NĂM 2022", 11)
    text = ["I. ĐẶC ĐIỂM TÌNH HÌNH",
            "Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Kế hoạch số 25-KH/HU ngày 10/01/2022 "
            "của Ban Thường vụ Huyện ủy, các chi, đảng bộ cơ sở đã xây dựng kế hoạch thực hiện.",
            "Toàn Đảng bộ có 46 tổ chức cơ sở đảng với 3.950 đảng viên; tổ chức 12 lớp quán triệt chuyên đề năm 2022.",
            "II. KẾT QUẢ THỰC HIỆN",
            "Kết quả cụ thể của các xã, thị trấn như biểu dưới đây (số liệu tính đến ngày 15/12/2022).", ""]
    for line in text:
        s.note(line)
    s.skip(3)
    s.header(["STT", "Xã, thị trấn", "Tỷ lệ đảng viên đăng ký (%)", "Tỷ lệ đoàn viên, hội viên đăng ký (%)",
              "Tổng số mô hình", "Mô hình mới", "Số tin, bài tuyên truyền"], first_col=5)
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_union_members_pct", "value"),
                         ("models_total", "value"), ("models_new", "value"), ("propaganda_articles", "value")]
    units = [("TT Tam Bình", tt("Tam Bình")), ("Tân Lộc", xa("Tân Lộc")), ("Phú Thịnh", xa("Phú Thịnh")),
             ("Hậu Lộc", xa("Hậu Lộc")), ("Hòa Thạnh", xa("Hòa Thạnh")), ("Hòa Lộc", ("Xã Hoà Lộc", "commune")),
             ("Phú Lộc", xa("Phú Lộc")), ("Song Phú", xa("Song Phú")), ("Hòa Hiệp", xa("Hòa Hiệp")),
             ("Mỹ Lộc", xa("Mỹ Lộc")), ("Tân Phú", xa("Tân Phú")), ("Long Phú", xa("Long Phú")),
             ("Mỹ Thạnh Trung", xa("Mỹ Thạnh Trung")), ("Tường Lộc", xa("Tường Lộc")), ("Loan Mỹ", xa("Loan Mỹ")),
             ("Ngãi Tứ", xa("Ngãi Tứ")), ("Bình Ninh", xa("Bình Ninh"))]
    rows = unit_rows(random.Random(8602022), units, [PCT, LOW, (4, 12), (0, 3), (1, 9)],
                     (district("Huyện Tam Bình"), [98.1, 47.3, 139, 21, 88]))
    s.rows(rows, specs, 2022, stt_col=5, name_col=6, first_col=7).skip()
    s.note("III. PHƯƠNG HƯỚNG NĂM 2023: tiếp tục thực hiện chuyên đề năm 2023.")
    s.sign(["Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy;", "- Lưu VP."], ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(đã ký)"], 9)
    return s.save(save_openpyxl, out / "BaoCao_118_HU_TamBinh.xlsx").case("wide", 2022, "Huyện Tam Bình")


@case("mo_cay_nam_2023_unit_over_two_rows")
def two_row_units(out: Path) -> Case:
    """each unit's STT and name merged over two rows, a 'Nội dung' column 'Tổng số' / 'Đã đăng ký' under 'Đăng ký học
    tập và làm theo' > Đảng viên | CCVC, LLVT | Đoàn viên, hội viên (three rates from the two rows), model counts merged
    over both rows"""
    s = report("Đăng ký", ["HUYỆN ỦY MỎ CÀY NAM", "BAN TUYÊN GIÁO"], "Mỏ Cày Nam, ngày 11 tháng 12 năm 2023",
               f"{SUBJECT} NĂM 2023", 8)
    s.groups(["Nội dung", ("Đăng ký học tập và làm theo", ["Đảng viên", "CCVC, LLVT không là đảng viên",
                                                            "Đoàn viên, hội viên"]), "Tổng số mô hình", "Mô hình mới"])
    metrics = ["reg_party_members_pct", "reg_civil_servants_pct", "reg_union_members_pct"]
    units = as_typed("Thị trấn Mỏ Cày", "Định Thủy", "Đa Phước Hội", "Tân Hội", "Phước Hiệp", "Bình Khánh", "An Thạnh",
                     "An Định", "Cẩm Sơn")
    rng = random.Random(8332023)
    entries = [(i, typed, unit, [ratio(rng, 150, 400), ratio(rng, 40, 120, 20), ratio(rng, 800, 1500, 700)],
                rng.randint(5, 12), rng.randint(0, 3)) for i, (typed, unit) in enumerate(units, 1)]
    entries.append((None, "Tổng cộng", district("Huyện Mỏ Cày Nam"), [(4113, 4046), (1021, 856), (17862, 8133)],
                    96, 17))
    for stt, typed, unit, pairs, models, new in entries:
        r = s.row
        s.merge(r, 1, r + 1, 1, stt)
        s.merge(r, 2, r + 1, 2, typed)
        s.put(r, 3, "Tổng số")
        s.put(r + 1, 3, "Đã đăng ký")
        cells = []
        for j, ((den, num), metric) in enumerate(zip(pairs, metrics)):
            s.put(r, 4 + j, den)
            s.put(r + 1, 4 + j, num)
            cells += [(r, 4 + j, den, (metric, "den"), None), (r + 1, 4 + j, num, (metric, "num"), None)]
        s.merge(r, 7, r + 1, 7, models)
        s.merge(r, 8, r + 1, 8, new)
        s.exp.unit(unit, 2023, cells + [(r, 7, models, ("models_total", "value"), None),
                                        (r, 8, new, ("models_new", "value"), None)])
        s.skip(2)
    s.sign(*SIGN, 6)
    return s.save(save_openpyxl, out / "MoCayNam_DangKy_2023.xlsx").case("wide", 2023, "Huyện Mỏ Cày Nam")


# --------------------------------------------------------------------------------------------------------------
# 12, 20. Sheets: one per commune, one per year


@case("giong_trom_2022_sheet_per_commune")
def sheet_per_commune(out: Path) -> Case:
    """a 'Tổng hợp' sheet, then one sheet per commune named by it ('Châu Bình', 'TT Giồng Trôm'...), each that commune's
    vertical report ('ĐẢNG ỦY XÃ ...' under 'ĐẢNG BỘ HUYỆN GIỒNG TRÔM'); the model counts of both agree (one fact each);
    'Bình Hòa' → official 'Xã Bình Hoà'"""
    exp = Expect()
    communes = [("Châu Bình", "ĐẢNG ỦY XÃ CHÂU BÌNH", xa("Châu Bình")),
                ("Lương Hòa", "ĐẢNG ỦY XÃ LƯƠNG HÒA", xa("Lương Hòa")),
                ("TT Giồng Trôm", "ĐẢNG ỦY THỊ TRẤN GIỒNG TRÔM", tt("Giồng Trôm")),
                ("Bình Hòa", "ĐẢNG ỦY XÃ BÌNH HÒA", ("Xã Bình Hoà", "commune"))]
    rng = random.Random(8342022)
    sheets, summary = [], []
    for i, (name, body, unit) in enumerate(communes, 1):
        s = report(name, ["ĐẢNG BỘ HUYỆN GIỒNG TRÔM", body, "*"], "ngày 10 tháng 12 năm 2022",
                   f"BÁO CÁO {SUBJECT} NĂM 2022", 6, exp).header(VERTICAL)
        den, num = ratio(rng, 150, 380)
        models, new = rng.randint(5, 11), rng.randint(0, 3)
        lines = [Line("1", "Số kế hoạch, hướng dẫn ban hành", "Văn bản", [rng.randint(2, 5)],
                      [("plans_issued", "value")]),
                 Line("2", "Tổng số đảng viên", "Đảng viên", [den], [("reg_party_members_pct", "den")]),
                 Line("", "Số đảng viên đăng ký học tập và làm theo", "Đảng viên", [num, round(100 * num / den, 1)],
                      [("reg_party_members_pct", "num"), ("reg_party_members_pct", "value")]),
                 Line("3", "Tổng số mô hình", "Mô hình", [models], [("models_total", "value")]),
                 Line("", "- Mô hình mới", "Mô hình", [new], [("models_new", "value")])]
        sheets.append(s.lines(lines, unit, 2022).sign(["Người lập biểu"], ["T/M ĐẢNG ỦY", "BÍ THƯ"], 5))
        summary.append(Row(i, name, unit, [models, new]))
    summary.append(Row(None, "Toàn huyện", district("Huyện Giồng Trôm"), [148, 23]))
    s = report("Tổng hợp", ["HUYỆN ỦY GIỒNG TRÔM", "BAN TUYÊN GIÁO"], "Giồng Trôm, ngày 15 tháng 12 năm 2022",
               f"TỔNG HỢP {SUBJECT} NĂM 2022", 4, exp)
    s.header(["STT", "Đơn vị", "Tổng số mô hình", "Mô hình mới"])
    s.rows(summary, [("models_total", "value"), ("models_new", "value")], 2022)
    return s.save(save_openpyxl, out / "GiongTrom_2022_cac_xa.xlsx", *sheets).case("vertical", 2022, "Huyện Giồng Trôm")


@case("cai_be_2022_2023_sheet_per_year")
def sheet_per_year(out: Path) -> Case:
    """two visible sheets 'Năm 2022' and 'Năm 2023', each the same table under a title naming its year: facts of both
    years; 'Hậu Mỹ Bắc A' / 'B', 'Mỹ Lợi A' / 'B'"""
    units = as_typed("TT Cái Bè", "Hậu Mỹ Bắc A", "Hậu Mỹ Bắc B", "Mỹ Trung", "Mỹ Lợi A", "Mỹ Lợi B", "Thiện Trung",
                     "Thiện Trí", "Mỹ Đức Đông", "Mỹ Đức Tây", "An Thái Đông", "An Thái Trung")
    exp = Expect()
    sheets = []
    for year, total in ((2022, [97.9, 151, 24, 96]), (2023, [98.3, 163, 27, 104])):
        s = report(f"Năm {year}", ["HUYỆN ỦY CÁI BÈ", "BAN TUYÊN GIÁO"], f"Cái Bè, ngày 18 tháng 12 năm {year}",
                   f"{SUBJECT} NĂM {year}", 6, exp)
        rows = unit_rows(random.Random(819 + year), units, RANGES, (district("Huyện Cái Bè"), total))
        sheets.append(s.header(LABELS).rows(rows, SPECS, year).sign(*SIGN, 5))
    path = save_xlsxwriter(out / "CaiBe_HTLT_2022_2023.xlsx", sheets)
    return exp.case(path, "wide", None, "Huyện Cái Bè")


# --------------------------------------------------------------------------------------------------------------
# 13. .ods percentage cells


def ods_percentages(path: Path, cells: dict[tuple[int, int], str]) -> Path:
    """Make cells of the first sheet of a saved .ods percentage cells (style 0%), as LibreOffice stores them:
    office:value-type="percentage", the fraction in office:value, the display text rounded."""
    from odf.namespaces import OFFICENS, TABLENS
    from odf.number import Number, PercentageStyle
    from odf.number import Text as NumberText
    from odf.opendocument import load
    from odf.style import Style
    from odf.table import Table, TableRow
    from odf.text import P

    doc = load(str(path))
    fmt = PercentageStyle(name="N11")
    fmt.addElement(Number(decimalplaces="0", minintegerdigits="1"))
    fmt.addElement(NumberText(text="%"))
    doc.automaticstyles.addElement(fmt)
    doc.automaticstyles.addElement(Style(name="cePct", family="table-cell", datastylename="N11"))
    table = doc.spreadsheet.getElementsByType(Table)[0]
    for r, tr in enumerate(table.getElementsByType(TableRow), 1):
        for c, cell in enumerate(tr.childNodes, 1):
            if (r, c) in cells:
                cell.setAttrNS(OFFICENS, "value-type", "percentage")
                cell.setAttrNS(TABLENS, "style-name", "cePct")
                for child in list(cell.childNodes):
                    cell.removeChild(child)
                cell.addElement(P(text=cells[(r, c)]))
    doc.save(str(path))
    return path


@case("ba_tri_2024_ods_percentage_cells")
def ods_percent(out: Path) -> Case:
    """.ods from LibreOffice with percentage cells (value 0.9853, style 0%, shown '99%'): the stored fraction × 100
    (98.5), not the rounded display; a typed 48.6 in the union column; 'TT Tiệm Tôm'"""
    s = report("Sheet1", ["HUYỆN ỦY BA TRI", "BAN TUYÊN GIÁO"], "Ba Tri, ngày 13 tháng 12 năm 2024",
               f"{SUBJECT} NĂM 2024", 7)
    s.header(["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)",
              "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký (%)",
              "Tỷ lệ đoàn viên, hội viên đăng ký (%)", "Tổng số mô hình", "Mô hình mới"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("reg_union_members_pct", "value"), ("models_total", "value"), ("models_new", "value")]
    units = as_typed("TT Ba Tri", "TT Tiệm Tôm", "Mỹ Hòa", "Tân Xuân", "Mỹ Chánh", "Bảo Thạnh", "An Phú Trung",
                     "Mỹ Nhơn", "Phước Ngãi", "An Ngãi Trung", "Phú Lễ", "Bảo Thuận")
    rng = random.Random(8362024)

    def fraction(lo: int, hi: int) -> Pct:
        n = rng.randint(lo, hi)
        return Pct((n + (3 if n % 10 == 5 else 0)) / 10000)  # four decimals, never on a tie at one decimal

    rows = [Row(i, typed, unit, [fraction(9500, 9999), fraction(7500, 9500), pct1(rng, 40, 62), rng.randint(4, 12),
                                 rng.randint(0, 3)]) for i, (typed, unit) in enumerate(units, 1)]
    rows.append(Row(None, "Tổng cộng", district("Huyện Ba Tri"), [Pct(0.9862), Pct(0.8427), 48.6, 127, 19]))
    s.rows(rows, specs, 2024).sign(*SIGN, 5)
    shown = {}
    for key, value in list(s.cells.items()):
        if isinstance(value, Pct):
            s.cells[key] = value.fraction
            shown[key] = f"{round(value.fraction * 100)}%"
    ods_percentages(s.save(save_ods, out / "BaTri_2024.ods").path, shown)
    return s.case("wide", 2024, "Huyện Ba Tri")


# --------------------------------------------------------------------------------------------------------------
# 14. Subtotals of each block


@case("binh_dai_2023_block_subtotals")
def block_subtotals(out: Path) -> Case:
    """a subtotal row closing each block ('Cộng khối xã, thị trấn', 'Cộng khối cơ quan': group_subtotal on each figure,
    not the district's figure), then 'Tổng cộng (I + II)' = the district; agency cells as other"""
    s = report("Sheet1", ["HUYỆN ỦY BÌNH ĐẠI", "BAN TUYÊN GIÁO"], "Bình Đại, ngày 14 tháng 12 năm 2023",
               f"{SUBJECT} NĂM 2023", 7)
    s.header(["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình", "Mô hình tập thể",
              "Mô hình cá nhân", "Số tin, bài tuyên truyền"])
    units = as_typed("TT Bình Đại", "Tam Hiệp", "Long Định", "Long Hòa", "Phú Thuận", "Vang Quới Tây", "Vang Quới Đông",
                     "Châu Hưng", "Lộc Thuận", "Thới Lai")
    agencies = ["Chi bộ Văn phòng Huyện ủy", "Chi bộ Công an huyện", "Chi bộ Trường THPT Lê Hoàng Chiếu"]
    rng = random.Random(8352023)
    ranges = [PCT, MODELS, (1, 8)]
    block = {i: "group_subtotal" for i in range(5)}
    rows = [Row("I", "Khối xã, thị trấn", None), *unit_rows(rng, units, ranges),
            Row(None, "Cộng khối xã, thị trấn", None, [98.1, 84, 57, 27, 49], block),
            Row("II", "Khối cơ quan, đơn vị huyện", None),
            *unit_rows(rng, [(a, other(a)) for a in agencies], ranges),
            Row(None, "Cộng khối cơ quan", None, [99.6, 16, 13, 3, 6], block),
            Row(None, "Tổng cộng (I + II)", district("Huyện Bình Đại"), [98.2, 100, 70, 30, 55])]
    s.rows(rows, MODEL_SPECS, 2023).sign(*SIGN, 6).save(save_openpyxl, out / "BinhDai_2023.xlsx")
    return s.case("wide", 2023, "Huyện Bình Đại")


# --------------------------------------------------------------------------------------------------------------
# 15-17. Unit cells: official codes, numbers and spaces in names, two tables


@case("quan_ba_2023_unit_codes_column")
def unit_codes(out: Path) -> Case:
    """a 'Mã ĐVHC' column before the names: '00874' as text, 877... as numbers (Excel dropped the leading zeros):
    labels, not figures; 'Quản Bạ' (898) is the commune Xã Quản Bạ, not the district"""
    s = report("Sheet1", ["ĐẢNG BỘ TỈNH HÀ GIANG", "HUYỆN ỦY QUẢN BẠ", "*"], "Quản Bạ, ngày 19 tháng 12 năm 2023",
               f"{SUBJECT} NĂM 2023", 7)
    s.header(["STT", "Mã ĐVHC", "Tên đơn vị", *LABELS[2:]])
    units = [("00874", "Thị trấn Tam Sơn", tt("Tam Sơn")), (877, "Bát Đại Sơn", xa("Bát Đại Sơn")),
             (880, "Nghĩa Thuận", xa("Nghĩa Thuận")), ("00883", "Cán Tỷ", xa("Cán Tỷ")),
             (886, "Cao Mã Pờ", xa("Cao Mã Pờ")), (889, "Thanh Vân", xa("Thanh Vân")),
             (892, "Tùng Vài", xa("Tùng Vài")), (895, "Đông Hà", xa("Đông Hà")), (898, "Quản Bạ", xa("Quản Bạ")),
             (901, "Lùng Tám", xa("Lùng Tám")), (904, "Quyết Tiến", xa("Quyết Tiến")),
             (907, "Tả Ván", xa("Tả Ván")), (910, "Thái An", xa("Thái An"))]
    rows = unit_rows(random.Random(292023), [(name, unit) for _, name, unit in units], RANGES,
                     (district("Huyện Quản Bạ"), [97.5, 112, 19, 80]))
    s.put_lines(s.row, [code for code, _, _ in units], 2)
    s.rows(rows, SPECS, 2023, name_col=3, first_col=4).sign(*SIGN, 6).save(save_openpyxl, out / "QuanBa_2023.xlsx")
    return s.case("wide", 2023, "Huyện Quản Bạ")


@case("mo_cay_bac_2024_numbers_and_spaces_in_names")
def messy_names(out: Path) -> Case:
    """no STT column: the number typed in the name cell ('1. Xã Phú Mỹ', '2- ...', '4.Thạnh Ngãi', '5/ ...', '11 -
    ...'), a line break (Alt+Enter), a double and a trailing space, a non-breaking space, 'Đảng ủy xã' / 'Đảng bộ xã';
    headers with line breaks"""
    s = report("Sheet1", ["HUYỆN ỦY MỎ CÀY BẮC", "BAN TUYÊN GIÁO"], "Mỏ Cày Bắc, ngày 16 tháng 12 năm 2024",
               f"{SUBJECT} NĂM 2024", 5)
    s.header(["Đơn vị", "Tỷ lệ ĐV\nđăng ký\n(%)", "Tổng số\nmô hình", "Mô hình\nmới",
              "Tin, bài\ntuyên truyền"])
    units = [("1. Xã Phú Mỹ", xa("Phú Mỹ")), ("2- Hưng Khánh Trung A", xa("Hưng Khánh Trung A")),
             ("3. Đảng ủy xã Thanh Tân", xa("Thanh Tân")), ("4.Thạnh Ngãi", xa("Thạnh Ngãi")),
             ("5/ Xã Tân Phú Tây", xa("Tân Phú Tây")), ("6. Xã\nTân Thành Bình", xa("Tân Thành Bình")),
             ("7. Xã  Thành An ", xa("Thành An")), ("8. Xã\u00a0Hòa Lộc", xa("Hòa Lộc")),
             ("9. Đảng bộ xã Tân Thanh Tây", xa("Tân Thanh Tây")), ("10. Tân Bình", xa("Tân Bình")),
             ("11 - Nhuận Phú Tân", xa("Nhuận Phú Tân")), (" 12. Khánh Thạnh Tân", xa("Khánh Thạnh Tân"))]
    rng = random.Random(8382024)
    rows = [Row(None, typed, unit, draw(rng, RANGES)) for typed, unit in units]
    rows.append(Row(None, "Tổng cộng", district("Huyện Mỏ Cày Bắc"), [98.4, 101, 16, 77]))
    s.rows(rows, SPECS, 2024, name_col=1, first_col=2).sign(*SIGN, 4, 1).save(save_xlsxwriter,
                                                                             out / "MoCayBac_2024.xlsx")
    return s.case("wide", 2024, "Huyện Mỏ Cày Bắc")


@case("tan_phuoc_2023_two_tables_one_sheet")
def two_tables(out: Path) -> Case:
    """two tables stacked on one sheet, each with its caption ('Biểu 1: ...', 'Biểu 2: ...'), header and totals; the
    second with Tập thể | Cá nhân under both Mô hình and Khen thưởng; 'Tân Lập 1' / 'Tân Lập 2', 'Thạnh Hòa' → official
    'Xã Thạnh Hoà'"""
    s = report("Phụ lục", ["HUYỆN ỦY TÂN PHƯỚC", "BAN TUYÊN GIÁO"], "Tân Phước, ngày 08 tháng 12 năm 2023",
               f"PHỤ LỤC SỐ LIỆU {SUBJECT} NĂM 2023", 7)
    units = [("TT Mỹ Phước", tt("Mỹ Phước")), ("Tân Hòa Đông", xa("Tân Hòa Đông")), ("Thạnh Tân", xa("Thạnh Tân")),
             ("Thạnh Mỹ", xa("Thạnh Mỹ")), ("Thạnh Hòa", ("Xã Thạnh Hoà", "commune")), ("Phú Mỹ", xa("Phú Mỹ")),
             ("Tân Hòa Thành", xa("Tân Hòa Thành")), ("Hưng Thạnh", xa("Hưng Thạnh")), ("Tân Lập 1", xa("Tân Lập 1")),
             ("Tân Hòa Tây", xa("Tân Hòa Tây")), ("Tân Lập 2", xa("Tân Lập 2")), ("Phước Lập", xa("Phước Lập"))]
    total = district("Huyện Tân Phước")
    rng = random.Random(8182023)
    s.note("Biểu 1: Kết quả đăng ký học tập và làm theo")
    s.header(["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tỷ lệ CCVC, LLVT không là ĐV đăng ký (%)",
              "Tỷ lệ ĐVHV đăng ký (%)"])
    s.rows(unit_rows(rng, units, [PCT, HIGH, LOW], (total, [98.0, 83.7, 46.9])),
           [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
            ("reg_union_members_pct", "value")], 2023).skip(2)
    s.note("Biểu 2: Mô hình học tập và làm theo Bác, khen thưởng")
    s.groups([("Mô hình", ["Tổng số", "Tập thể", "Cá nhân"]), ("Khen thưởng", ["Tập thể", "Cá nhân"])])
    s.rows(unit_rows(rng, units, [MODELS, (0, 2), (0, 4)], (total, [104, 71, 33, 12, 29])),
           [("models_total", "value"), ("models_collective", "value"), ("models_individual", "value"),
            ("commend_collective", "value"), ("commend_individual", "value")], 2023)
    s.sign(*SIGN, 6).save(save_openpyxl, out / "PhuLuc_TanPhuoc_2023.xlsx")
    return s.case("wide", 2023, "Huyện Tân Phước")


# --------------------------------------------------------------------------------------------------------------
# 18-19. Files: a comma CSV with decimal commas, an .xlsm template


@case("go_cong_tay_2022_csv_comma_quoted_decimals")
def comma_csv(out: Path) -> Case:
    """CSV as LibreOffice saves it in a Vietnamese locale: ',' separator, UTF-8 without BOM, decimal commas inside
    quotes ("98,6"), '3.894' with a thousands dot; title lines inside the CSV"""
    s = Sheet()
    s.row = s.put_lines(1, ["HUYỆN ỦY GÒ CÔNG TÂY", f"BIỂU TỔNG HỢP {SUBJECT} NĂM 2022"]) + 1
    s.header(["STT", "Đơn vị", "Tổng số đảng viên", "Số đảng viên đã đăng ký", "Tỷ lệ đảng viên đăng ký (%)",
              "Tỷ lệ đoàn viên, hội viên đăng ký (%)", "Tổng số mô hình"])
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("reg_union_members_pct", "value"),
                         ("models_total", "value")]
    units = as_typed("Thị trấn Vĩnh Bình", "Đồng Sơn", "Bình Phú", "Đồng Thạnh", "Thành Công", "Bình Nhì", "Yên Luông",
                     "Thạnh Trị", "Thạnh Nhựt", "Long Vĩnh", "Bình Tân", "Vĩnh Hựu", "Long Bình")
    rng = random.Random(8232022)
    rows = []
    for i, (typed, unit) in enumerate(units, 1):
        den, num = ratio(rng, 150, 450)
        rows.append(Row(i, typed, unit, [den, num, round(100 * num / den, 1), pct1(rng, 40, 65), rng.randint(4, 11)]))
    rows.append(Row(None, "Tổng cộng", district("Huyện Gò Công Tây"),
                    [X("3.894", 3894), X("3.825", 3825), 98.2, 51.3, 98]))
    s.rows(rows, specs, 2022).save(save_csv, out / "GoCongTay_2022.csv", sep=",", encoding="utf-8")
    return s.case("wide", 2022, "Huyện Gò Công Tây")


@case("tan_phu_dong_2023_xlsm_template_with_lists")
def xlsm_template(out: Path) -> Case:
    """a macro-enabled template (.xlsm): an instructions sheet, the table whose unit cells carry a drop-down validation
    list, the list sheet 'DM' (codes and names) hidden: only the table loaded"""
    s = report("Nhap lieu", ["HUYỆN ỦY TÂN PHÚ ĐÔNG", "BAN TUYÊN GIÁO"], "Tân Phú Đông, ngày 12 tháng 12 năm 2023",
               f"{SUBJECT} NĂM 2023", 7)
    s.header(["STT", "Đơn vị (chọn trong danh sách)", "Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình",
              "Mô hình tập thể", "Mô hình cá nhân", "Số tin, bài tuyên truyền"])
    names = ["Tân Thới", "Tân Phú", "Phú Thạnh", "Tân Thạnh", "Phú Đông", "Phú Tân"]
    rows = unit_rows(random.Random(8252023), [(f"Xã {n}", xa(n)) for n in names],
                     [PCT, MODELS, (1, 7)], (district("Huyện Tân Phú Đông"), [98.5, 47, 31, 16, 29]))
    first = s.row
    s.rows(rows, MODEL_SPECS, 2023).sign(*SIGN, 6)
    lists = Grid("DM")
    lists.put_row(1, ["Mã", "Tên đơn vị"])
    for i, (code, n) in enumerate(zip([28690, 28693, 28696, 28699, 28750, 28753], names), 2):
        lists.put_row(i, [code, f"Xã {n}"])
    cover = cover_sheet("Huong dan", ["Chọn đơn vị trong danh sách ở cột B.", "Bấm nút 'Kiểm tra' trước khi gửi."])
    xlsx = save_openpyxl(out / "_template.xlsx", [cover, s, lists])
    hide_sheets_openpyxl(xlsx, {"DM"})

    def validate(wb: Any) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        dv = DataValidation(type="list", formula1="DM!$B$2:$B$7", allow_blank=True)
        wb["Nhap lieu"].add_data_validation(dv)
        dv.add(f"B{first}:B{first + len(names) - 1}")

    edit_xlsx(xlsx, validate)
    path = out / "Mau_BaoCao_HTLT_2023.xlsm"
    with zipfile.ZipFile(xlsx) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            dst.writestr(info, data)
    xlsx.unlink()
    s.path = path
    return s.case("wide", 2023, "Huyện Tân Phú Đông")


# --------------------------------------------------------------------------------------------------------------
# 21. The new map: party committees of the new communes


@case("dong_thap_2025_new_communes_party_committees")
def new_map(out: Path) -> Case:
    """December 2025 report of the new Tỉnh Đồng Tháp (82) naming the new communes by their party committees ('Đảng ủy
    phường Mỹ Tho', 'Đảng bộ xã Trường Xuân', 'ĐẢNG ỦY XÃ MỸ QUÍ'), 'Tân Phước 1/2/3', Xã Tháp Mười and Xã Cái Bè (old
    district names, now communes); 'Toàn tỉnh'"""
    s = report("Năm 2025", ["ĐẢNG BỘ TỈNH ĐỒNG THÁP", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "*"],
               "Đồng Tháp, ngày 17 tháng 12 năm 2025", f"{SUBJECT} NĂM 2025", 6)
    s.header(["STT", "Đảng bộ xã, phường", *LABELS[2:]])
    units = [("Đảng ủy phường Mỹ Tho", phuong("Mỹ Tho")), ("Đảng ủy phường Cao Lãnh", phuong("Cao Lãnh")),
             ("Đảng ủy xã Tháp Mười", xa("Tháp Mười")), ("Đảng bộ xã Trường Xuân", xa("Trường Xuân")),
             ("ĐẢNG ỦY XÃ MỸ QUÍ", xa("Mỹ Quí")), ("Đảng ủy xã Đốc Binh Kiều", xa("Đốc Binh Kiều")),
             ("Đảng ủy xã Tân Phước 1", xa("Tân Phước 1")), ("Đảng ủy xã Tân Phước 2", xa("Tân Phước 2")),
             ("Đảng ủy xã Tân Phước 3", xa("Tân Phước 3")), ("Đảng ủy xã Cái Bè", xa("Cái Bè"))]
    rows = unit_rows(random.Random(822025), units, [PCT, (8, 24), (1, 5), (4, 18)])
    rows.append(Row(None, "Toàn tỉnh", province("Tỉnh Đồng Tháp"), [98.4, 2216, 318, 1540]))
    s.rows(rows, SPECS, 2025).sign(["Nơi nhận:", "- Ban Tuyên giáo Trung ương;", "- Lưu VP."],
                                   ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(đã ký)"], 5)
    return s.save(save_openpyxl, out / "DongThap_2025_TongHop.xlsx").case("wide", 2025, "Tỉnh Đồng Tháp")


CASE_NAMES: list[str] = CORPUS.names()
build = CORPUS.build
