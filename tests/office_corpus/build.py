"""An office corpus: report files as district offices' machines and habits really make them, each with what a
correct loader must make of it (facts, rejects, exit code).

Written from DOMAIN.md, the README's loading section and warehouse contract and the official unit lists
(data/reference) by someone who has not read the loader, like tests/clerk_corpus, tests/shape_corpus and
tests/field_corpus, whose cells, sheets, writers and expectation helpers it imports. Its shapes are the ones those
corpora do not have:

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
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.clerk_corpus.build import (
    Case,
    Formula,
    Grid,
    Pct,
    X,
    csv_text,
    group_header,
    heading,
    numbering,
    save_ods,
    save_openpyxl,
    save_xlsxwriter,
    save_xlwt,
)
from tests.field_corpus.build import (
    Expect,
    Line,
    Row,
    Spec,
    district,
    header_row,
    lay,
    lay_vertical,
    other,
    pct1,
    phuong,
    province,
    sign,
    tt,
    vn,
    xa,
)
from tests.shape_corpus.build import cover_sheet, hide_sheets_openpyxl

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
SUBJECT = "KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH"
SIGN = (["Người lập biểu", "(đã ký)", "Nguyễn Thị Mai"], ["TRƯỞNG BAN", "(đã ký)", "Trần Văn Phúc"])

# --------------------------------------------------------------------------------------------------------------
# Legacy fonts, encoded from the published tables (VNI-Windows; TCVN3 = ABC, TCVN 5712:1993 VN3)

_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng


def _vni_table() -> dict[str, str]:
    """VNI-Windows: a base letter followed by a mark byte (ơ, ư, đ and the i/ỵ forms are single bytes)."""
    plain, hat, breve = "ùøûõï", "áàåãä", "éèúüë"
    bases = {"a": ("a", "a", plain), "e": ("e", "e", plain), "o": ("o", "o", plain), "u": ("u", "u", plain),
             "y": ("y", "y", plain), "â": ("aâ", "a", hat), "ê": ("eâ", "e", hat), "ô": ("oâ", "o", hat),
             "ă": ("aê", "a", breve), "ơ": ("ô", "ô", plain), "ư": ("ö", "ö", plain)}
    table: dict[str, str] = {}
    for base, (code, stem, marks) in bases.items():  # a toned â, ê, ô, ă: the mark byte carries hat and tone
        table[base] = code
        for tone, mark in zip(_TONES, marks):
            table[unicodedata.normalize("NFC", base + tone)] = stem + mark
    table.update({"í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î", "đ": "ñ"})
    table.update({k.upper(): v.upper() for k, v in list(table.items())})  # the upper-case codes are the same bytes
    return table


def _tcvn3_table() -> dict[str, str]:
    """TCVN3: one byte a letter, lower case only (upper case only for the seven bare base letters)."""
    rows = {"a": "a¸µ¶·¹", "â": "©ÊÇÈÉË", "ă": "¨¾»¼½Æ", "e": "eÐÌÎÏÑ", "ê": "ªÕÒÓÔÖ", "o": "oãßáâä",
            "ô": "«èåæçé", "ơ": "¬íêëìî", "u": "uóïñòô", "ư": "\xadøõö÷ù", "i": "iÝ×ØÜÞ", "y": "yýúûüþ"}
    table = {"đ": "®", "Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}
    for base, codes in rows.items():
        table[base] = codes[0]
        for tone, code in zip(_TONES, codes[1:]):
            table[unicodedata.normalize("NFC", base + tone)] = code
    return table


VNI, TCVN3 = _vni_table(), _tcvn3_table()


def legacy(text: str, table: dict[str, str]) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in table:
            out.append(table[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            raise ValueError(f"no legacy code for {ch!r} in {text!r}")
    return "".join(out)


def vni(text: str) -> str:
    return legacy(text, VNI)


def vn_time(text: str) -> str:
    """TCVN3 as typed: an upper-case line is typed in .VnTimeH, whose letters are the lower-case codes."""
    return legacy(text if text.isascii() or text != text.upper() else text.lower(), TCVN3)


# --------------------------------------------------------------------------------------------------------------
# Sheets and files


def report(sheet: str, left: list[str], date_line: str, title: str, last: int) -> tuple[Grid, int]:
    """A sheet with its title block; returns it and the first free row."""
    g = Grid(sheet)
    return g, heading(g, left, [PARTY, "", date_line], [title], last)


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


def ratio(rng: random.Random, lo: int, hi: int, gap: int = 6) -> tuple[int, int]:
    """A total and a count whose rate is not on a rounding tie."""
    while True:
        den = rng.randint(lo, hi)
        num = den - rng.randint(0, gap)
        if abs((1000 * num / den) % 1 - 0.5) > 0.02:
            return den, num


def no_tie(value: float) -> float:
    assert abs((value * 10) % 1 - 0.5) > 0.01, value
    return value


def edit_xlsx(path: Path, fn: Callable[[Any], None]) -> Path:
    """Open a saved workbook with openpyxl, change it as Excel would (hide, validate), save it again."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    fn(wb)
    wb.save(path)
    return path


def hide(path: Path, sheet: str, cols: tuple[int, ...] = (), rows: tuple[int, ...] = ()) -> Path:
    from openpyxl.utils import get_column_letter

    def apply(wb: Any) -> None:
        ws = wb[sheet]
        for c in cols:
            ws.column_dimensions[get_column_letter(c)].hidden = True
        for r in rows:
            ws.row_dimensions[r].hidden = True

    return edit_xlsx(path, apply)


def without_cache(g: Grid) -> Grid:
    """Formulas as a script writes them: the formula text, no cached value."""
    for key, value in g.cells.items():
        if isinstance(value, Formula):
            g.cells[key] = value.formula
    return g


REGISTRY: list[tuple[str, Callable[[Path], Case]]] = []


def case(name: str) -> Callable[[Callable[[Path], Case]], Callable[[Path], Case]]:
    def deco(fn: Callable[[Path], Case]) -> Callable[[Path], Case]:
        REGISTRY.append((name, fn))
        return fn

    return deco


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
    g, row = report("Biểu 01", ["HUYỆN ỦY TIỂU CẦN", "BAN TUYÊN GIÁO"], "Tiểu Cần, ngày 14 tháng 12 năm 2023",
                    f"{SUBJECT} NĂM 2023", 10)
    header_row(g, row, ["STT", "Đơn vị", "Tổng số đảng viên", "Số đảng viên đã đăng ký", "Tỷ lệ đảng viên đăng ký (%)",
                        "Mô hình tập thể", "Mô hình cá nhân", "Tổng số mô hình",
                        "Tỷ lệ đoàn viên, hội viên đăng ký (%)", "Số tin, bài tuyên truyền"])
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("models_collective", "value"),
                         ("models_individual", "value"), ("models_total", "value"), ("reg_union_members_pct", "value"),
                         ("propaganda_articles", "value")]
    units = [("Thị trấn Tiểu Cần", tt("Tiểu Cần")), ("Thị trấn Cầu Quan", tt("Cầu Quan")), ("Phú Cần", xa("Phú Cần")),
             ("Hiếu Tử", xa("Hiếu Tử")), ("Hiếu Trung", xa("Hiếu Trung")), ("Long Thới", xa("Long Thới")),
             ("Hùng Hòa", xa("Hùng Hòa")), ("Tân Hùng", xa("Tân Hùng")), ("Tập Ngãi", xa("Tập Ngãi")),
             ("Ngãi Hùng", xa("Ngãi Hùng")), ("Tân Hòa", xa("Tân Hòa"))]
    rng = random.Random(8462023)
    first = row + 1
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
    total_rate = no_tie(100 * sums["D"] / sums["C"])
    mean = no_tie(sum(unions) / len(unions))
    rows.append(Row(None, "Tổng cộng", district("Huyện Tiểu Cần"), [
        *[Formula(f"=SUM({c}{first}:{c}{last})", sums[c]) for c in "CD"],
        Formula(f"=D{t}/C{t}*100", total_rate),
        *[Formula(f"=SUM({c}{first}:{c}{last})", sums[c]) for c in "FGH"],
        Formula(f"=ROUND(AVERAGE(I{first}:I{last}),1)", round(mean, 1)), 71]))
    exp = Expect()
    end = lay(g, first, rows, specs, 2023, exp)
    sign(g, end + 1, 2, 8, *SIGN)
    path = save_openpyxl(out / "BaoCao_TieuCan_2023_xuat_tu_phan_mem.xlsx", [without_cache(g)])
    return exp.case("tieu_can_2023_formulas_without_cached_values", path, "wide", 2023, "Huyện Tiểu Cần",
                    "written by openpyxl (a web tool's export): formulas with no cached value, per-row =F+G and =H-F, "
                    "=ROUND(D/C*100,1) rates, SUM totals, =D/C*100 and ROUND(AVERAGE()) in the totals row: each "
                    "formula's result is the fact; a VLOOKUP and a '[TinBai_2023.xlsx]' reference "
                    "(formula_without_value)")


# --------------------------------------------------------------------------------------------------------------
# 2-3. Legacy fonts


@case("mang_thit_2021_vni_windows")
def vni_sheet(out: Path) -> Case:
    g, row = report("Sheet1", ["HUYỆN ỦY MANG THÍT", "BAN TUYÊN GIÁO", "*"], "Mang Thít, ngày 15 tháng 12 năm 2021",
                    f"{SUBJECT} NĂM 2021", 7)
    g.font = "VNI-Times"
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, [("Số đảng viên đăng ký học tập và làm theo", ["Tổng số", "Đã đăng ký", "Tỷ lệ (%)"]),
                          "Tổng số mô hình", "Mô hình mới"])
    row += 1
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("models_total", "value"), ("models_new", "value")]
    units = [("Thị trấn Cái Nhum", tt("Cái Nhum")), ("Xã Mỹ An", xa("Mỹ An")), ("Mỹ Phước", xa("Mỹ Phước")),
             ("An Phước", xa("An Phước")), ("Nhơn Phú", xa("Nhơn Phú")), ("Long Mỹ", xa("Long Mỹ")),
             ("Hòa Tịnh", xa("Hòa Tịnh")), ("Xã Bình Phước", xa("Bình Phước")), ("Chánh An", xa("Chánh An")),
             ("Tân An Hội", xa("Tân An Hội")), ("Tân Long", xa("Tân Long")), ("Tân Long Hội", xa("Tân Long Hội"))]
    rng = random.Random(8582021)
    rows = []
    for i, (typed, unit) in enumerate(units, 1):
        den, num = ratio(rng, 110, 360)
        rows.append(Row(i, typed, unit, [den, num, round(100 * num / den, 1), rng.randint(4, 12), rng.randint(0, 3)]))
    rows.append(Row(None, "Tổng cộng", district("Huyện Mang Thít"),
                    [X("3.412", 3412), X("3.371", 3371), X(vni("trên 98%"), 98, ">"), 108, 17]))
    exp = Expect()
    end = lay(g, row + 1, rows, specs, 2021, exp)
    sign(g, end + 1, 2, 6, *SIGN)
    g.map_text(vni)
    path = save_openpyxl(out / "BC_HTLT_MangThit_2021.xlsx", [g])
    return exp.case("mang_thit_2021_vni_windows", path, "wide", 2021, "Huyện Mang Thít",
                    "typed in the VNI-Times font ('Xaõ Bình Phöôùc', 'Hoøa Tònh', 'Soá ñaûng vieân ñaêng kyù', "
                    "'HUYEÄN UÛY MANG THÍT', 'treân 98%'): strings holding ì/í/ò/ó, which are also Unicode "
                    "letters, are VNI too; facts under the Unicode official names")


@case("thu_thua_2019_tcvn3_vntimeh_xls")
def tcvn3_sheet(out: Path) -> Case:
    g, row = report("Sheet1", ["HUYỆN ỦY THỦ THỪA", "BAN TUYÊN GIÁO"], "Thủ Thừa, ngày 17 tháng 12 năm 2019",
                    f"{SUBJECT} NĂM 2019", 9)
    header_row(g, row, ["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)",
                        "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký (%)", "Số kế hoạch, hướng dẫn",
                        "Mô hình tập thể", "Mô hình cá nhân", "Tập thể được khen thưởng", "Cá nhân được khen thưởng"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("plans_issued", "value"), ("models_collective", "value"), ("models_individual", "value"),
                         ("commend_collective", "value"), ("commend_individual", "value")]
    units = [("TT Thủ Thừa", tt("Thủ Thừa")), ("Long Thạnh", xa("Long Thạnh")), ("Tân Thành", xa("Tân Thành")),
             ("Long Thuận", xa("Long Thuận")), ("Mỹ Lạc", xa("Mỹ Lạc")), ("Mỹ Thạnh", xa("Mỹ Thạnh")),
             ("Bình An", xa("Bình An")), ("Nhị Thành", xa("Nhị Thành")), ("xã Mỹ An", xa("Mỹ An")),
             ("Bình Thạnh", xa("Bình Thạnh")), ("Mỹ Phú", xa("Mỹ Phú")), ("Long Thành", xa("Long Thành")),
             ("Tân Lập", xa("Tân Lập"))]
    rng = random.Random(8042019)
    rows = unit_rows(rng, units, [PCT, HIGH, (2, 5), (2, 6), (0, 3), (0, 2), (0, 4)])
    for r in rows[::2]:  # rates typed as text with a decimal comma, as in the .VnTime years
        r.values[0] = X(vn(r.values[0]), r.values[0])
    rows.append(Row(None, "Cộng", district("Huyện Thủ Thừa"), [X("97,9", 97.9), 84.6, 7, 51, 22, 9, 31]))
    exp = Expect()
    end = lay(g, row + 1, rows, specs, 2019, exp)
    sign(g, end + 1, 2, 7, *SIGN)
    g.map_text(vn_time)
    path = save_xlwt(out / "ThuThua_2019_VnTime.xls", [g])
    return exp.case("thu_thua_2019_tcvn3_vntimeh_xls", path, "wide", 2019, "Huyện Thủ Thừa",
                    "legacy .xls in TCVN3 without a font to tell it: body in .VnTime ('Tû lÖ ®¶ng viªn', 'Thñ Thõa'), "
                    "capital lines typed in .VnTimeH, i.e. stored as lower-case codes ('huyÖn ñy thñ thõa'), "
                    "'97,9' as text; the 13 communes of 2019 (Long Thành, Tân Lập)")


# --------------------------------------------------------------------------------------------------------------
# 4. Numbered wards


@case("tra_vinh_city_2023_numbered_wards")
def wards(out: Path) -> Case:
    g, row = report("TP Trà Vinh", ["ĐẢNG BỘ TỈNH TRÀ VINH", "THÀNH ỦY TRÀ VINH", "*"],
                    "Trà Vinh, ngày 18 tháng 12 năm 2023", f"{SUBJECT} NĂM 2023", 6)
    header_row(g, row, ["STT", "Phường, xã", *LABELS[2:]])
    typed = ["Phường 01", "P2", "P 3", "F4", "Phường 05", "P.06", "P7", "P.8", "P.09"]
    units = [(t, phuong(str(n))) for n, t in enumerate(typed, 1)] + [("Xã Long Đức", xa("Long Đức"))]
    rows = unit_rows(random.Random(8422023), units, RANGES, (district("Thành phố Trà Vinh"), [98.3, 97, 14, 88]))
    exp = Expect()
    end = lay(g, row + 1, rows, SPECS, 2023, exp)
    sign(g, end + 1, 2, 5, *SIGN)
    path = save_xlsxwriter(out / "ThanhUy_TraVinh_2023.xlsx", [g])
    return exp.case("tra_vinh_city_2023_numbered_wards", path, "wide", 2023, "Thành phố Trà Vinh",
                    "a provincial city's wards typed 'Phường 01', 'P2', 'P 3', 'F4', 'Phường 05', 'P.06', 'P7', "
                    "'P.8', 'P.09' → official 'Phường 1'...'Phường 9' of Thành phố Trà Vinh ('THÀNH ỦY TRÀ VINH')")


# --------------------------------------------------------------------------------------------------------------
# 5-7. Hidden columns and years inside headers

CAU_KE = [("TT Cầu Kè", tt("Cầu Kè")), ("Hòa Ân", xa("Hòa Ân")), ("Châu Điền", xa("Châu Điền")),
          ("An Phú Tân", xa("An Phú Tân")), ("Hòa Tân", ("Xã Hoà Tân", "commune")), ("Ninh Thới", xa("Ninh Thới")),
          ("Phong Phú", xa("Phong Phú")), ("Phong Thạnh", xa("Phong Thạnh")), ("Tam Ngãi", xa("Tam Ngãi")),
          ("Thông Hòa", xa("Thông Hòa")), ("Thạnh Phú", xa("Thạnh Phú"))]


@case("cau_ke_2022_hidden_last_year_columns")
def hidden_last_year(out: Path) -> Case:
    g, row = report("Năm 2022", ["HUYỆN ỦY CẦU KÈ", "BAN TUYÊN GIÁO"], "Cầu Kè, ngày 16 tháng 12 năm 2022",
                    f"{SUBJECT} NĂM 2022", 8)
    header_row(g, row, ["STT", "Đơn vị", "Đảng viên đăng ký năm 2021 (%)", "Đảng viên đăng ký năm 2022 (%)",
                        "Tổng số mô hình năm 2021", "Tổng số mô hình năm 2022", "Mô hình mới",
                        "Số tin, bài tuyên truyền"])
    specs: list[Spec] = [("reg_party_members_pct", "value", 2021), ("reg_party_members_pct", "value", 2022),
                         ("models_total", "value", 2021), ("models_total", "value", 2022), ("models_new", "value"),
                         ("propaganda_articles", "value")]
    rows = unit_rows(random.Random(8452022), CAU_KE, [PCT, PCT, (4, 11), (4, 13), (0, 3), (2, 10)],
                     (district("Huyện Cầu Kè"), [97.6, 98.1, 87, 96, 14, 71]))
    exp = Expect()
    end = lay(g, row + 1, rows, specs, 2022, exp)
    sign(g, end + 1, 2, 6, *SIGN)
    path = hide(save_openpyxl(out / "BaoCao_CauKe_2022.xlsx", [g]), "Năm 2022", cols=(3, 5))
    return exp.case("cau_ke_2022_hidden_last_year_columns", path, "wide", None, "Huyện Cầu Kè",
                    "a 2022 report reusing last year's file: hidden columns C and E 'Đảng viên đăng ký năm 2021 (%)', "
                    "'Tổng số mô hình năm 2021' beside the visible 2022 ones: hidden columns read, each in its "
                    "header's year ('Mô hình mới' without a year: the report's 2022)")


@case("cang_long_2022_years_inside_headers")
def years_in_headers(out: Path) -> Case:
    g, row = report("Sheet1", ["HUYỆN ỦY CÀNG LONG", "BAN TUYÊN GIÁO"], "Càng Long, ngày 20 tháng 12 năm 2022",
                    f"{SUBJECT} NĂM 2022 (SO SÁNH VỚI NĂM 2021)", 8)
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, ["Tỷ lệ đảng viên đăng ký (%) (2021)", "Tỷ lệ đảng viên đăng ký (%) (2022)",
                          "TỔNG SỐ MÔ HÌNH NĂM 2021", "TỔNG SỐ MÔ HÌNH NĂM 2022",
                          ("Số tin, bài tuyên truyền", ["Năm 2021", "Năm 2022"])])
    specs: list[Spec] = [("reg_party_members_pct", "value", 2021), ("reg_party_members_pct", "value", 2022),
                         ("models_total", "value", 2021), ("models_total", "value", 2022),
                         ("propaganda_articles", "value", 2021), ("propaganda_articles", "value", 2022)]
    units = [("TT Càng Long", tt("Càng Long")), ("Mỹ Cẩm", xa("Mỹ Cẩm")), ("An Trường A", xa("An Trường A")),
             ("An Trường", xa("An Trường")), ("Huyền Hội", xa("Huyền Hội")), ("Tân An", xa("Tân An")),
             ("Tân Bình", xa("Tân Bình")), ("Bình Phú", xa("Bình Phú")), ("Phương Thạnh", xa("Phương Thạnh")),
             ("Đại Phúc", xa("Đại Phúc")), ("Đại Phước", xa("Đại Phước")), ("Nhị Long Phú", xa("Nhị Long Phú")),
             ("Nhị Long", xa("Nhị Long")), ("Đức Mỹ", xa("Đức Mỹ"))]
    rows = unit_rows(random.Random(8442022), units, [PCT, PCT, (3, 10), (4, 12), (1, 8), (2, 10)],
                     (district("Huyện Càng Long"), [97.8, 98.4, 92, 104, 55, 68]))
    exp = Expect()
    end = lay(g, row + 2, rows, specs, 2022, exp)
    sign(g, end + 1, 2, 6, *SIGN)
    path = save_openpyxl(out / "CangLong_2021_2022.xlsx", [g])
    return exp.case("cang_long_2022_years_inside_headers", path, "wide", None, "Huyện Càng Long",
                    "the year inside each header: '... (%) (2021)' | '(2022)', 'TỔNG SỐ MÔ HÌNH NĂM 2021' | 'NĂM "
                    "2022', and 'Năm 2021' | 'Năm 2022' as the second header row under 'Số tin, bài tuyên truyền'; "
                    "title 'NĂM 2022 (SO SÁNH VỚI NĂM 2021)'")


@case("tra_cu_2023_hidden_draft_column")
def hidden_draft(out: Path) -> Case:
    g, row = report("Biểu 1", ["HUYỆN ỦY TRÀ CÚ", "BAN TUYÊN GIÁO"], "Trà Cú, ngày 12 tháng 12 năm 2023",
                    f"{SUBJECT} NĂM 2023", 8)
    header_row(g, row, ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình", "Tổng số mô hình",
                        "Mô hình tập thể", "Mô hình cá nhân", "Số tin, bài tuyên truyền"])
    specs = [MODEL_SPECS[0], None, *MODEL_SPECS[1:]]  # D: the hidden draft
    units = [("Thị trấn Trà Cú", tt("Trà Cú")), ("Thị trấn Định An", tt("Định An")), ("Xã Định An", xa("Định An")),
             ("Phước Hưng", xa("Phước Hưng")), ("Tập Sơn", xa("Tập Sơn")), ("Tân Sơn", xa("Tân Sơn")),
             ("An Quảng Hữu", xa("An Quảng Hữu")), ("Lưu Nghiệp Anh", xa("Lưu Nghiệp Anh")),
             ("Ngãi Xuyên", xa("Ngãi Xuyên")), ("Kim Sơn", xa("Kim Sơn")), ("Hàm Giang", xa("Hàm Giang")),
             ("Hàm Tân", xa("Hàm Tân"))]
    rng = random.Random(8492023)
    rows = []
    for i, (typed, unit) in enumerate(units, 1):
        coll, ind = rng.randint(2, 7), rng.randint(0, 3)
        draft = coll + ind + (2 if i % 4 == 1 else 0)  # the clerk's first count, kept in a hidden column
        rows.append(Row(i, typed, unit, [pct1(rng, 95, 100), draft, coll + ind, coll, ind, rng.randint(1, 9)]))
    rows.append(Row(None, "Tổng cộng", district("Huyện Trà Cú"), [98.2, 121, 118, 80, 38, 74]))
    exp = Expect()
    end = lay(g, row + 1, rows, specs, 2023, exp)
    sign(g, end + 1, 2, 6, *SIGN)
    path = hide(save_openpyxl(out / "TraCu_2023.xlsx", [g]), "Biểu 1", cols=(4,))
    return exp.case("tra_cu_2023_hidden_draft_column", path, "wide", 2023, "Huyện Trà Cú",
                    "a hidden draft column D 'Tổng số mô hình' beside the visible E of the same header and year, "
                    "with other counts on four rows: the visible one kept, the hidden one ignored (no conflict, no "
                    "duplicate_column); Thị trấn Định An and Xã Định An")


# --------------------------------------------------------------------------------------------------------------
# 8. Headers phrased freely


@case("duyen_hai_2022_free_headers")
def free_headers(out: Path) -> Case:
    g, row = report("Sheet1", ["ĐẢNG BỘ TỈNH TRÀ VINH", "HUYỆN ỦY DUYÊN HẢI", "*"],
                    "Duyên Hải, ngày 19 tháng 12 năm 2022", f"{SUBJECT} NĂM 2022", 10)
    header_row(g, row, ["STT", "Đơn vị", "Số ĐV đã đăng ký làm theo (%)",
                        "CCVC, LLVT chưa phải là đảng viên đã đăng ký (%)", "ĐVHV các đoàn thể đã đăng ký (%)",
                        "Văn bản chỉ đạo (kế hoạch, hướng dẫn) đã ban hành", "Tỷ lệ cơ sở nhân rộng điển hình",
                        "Mô hình điểm do Huyện ủy chọn", "Tin bài trên hệ thống loa truyền thanh",
                        "Tin, bài chia sẻ trên Facebook, Zalo"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("reg_union_members_pct", "value"), ("plans_issued", "value"),
                         ("model_replication_pct", "value"), ("models_pilot", "value"),
                         ("propaganda_broadcasts", "value"), ("propaganda_social_posts", "value")]
    units = [("Xã Đôn Xuân", xa("Đôn Xuân")), ("Xã Đôn Châu", xa("Đôn Châu")),
             ("Thị trấn Long Thành", tt("Long Thành")), ("Xã Long Khánh", xa("Long Khánh")),
             ("Xã Ngũ Lạc", xa("Ngũ Lạc")), ("Xã Long Vĩnh", xa("Long Vĩnh")), ("Xã Đông Hải", xa("Đông Hải"))]
    rng = random.Random(8502022)
    rows = unit_rows(rng, units, [PCT, HIGH, LOW, (2, 5), (0, 0), (0, 1), (4, 20), (10, 60)])
    for r, (n, d) in zip(rows, [(5, 7), (6, 6), (4, 4), (3, 5), (8, 9), (5, 6), (6, 7)]):
        r.values[4] = X(f"{n}/{d}", 100 * n / d, None, n, d)
    rows.append(Row(None, "Tổng cộng", district("Huyện Duyên Hải"),
                    [X("trên 98%", 98, ">"), 81.5, 44.2, 9, X("7/7", 100, None, 7, 7), 2, 96,
                     X("hơn 250", 250, ">")]))
    exp = Expect()
    end = lay(g, row + 1, rows, specs, 2022, exp)
    sign(g, end + 1, 2, 8, *SIGN)
    path = save_xlsxwriter(out / "DuyenHai_SoLieu_2022.xlsx", [g])
    return exp.case("duyen_hai_2022_free_headers", path, "wide", 2022, "Huyện Duyên Hải",
                    "headers in the clerk's own words: 'Số ĐV đã đăng ký làm theo (%)', 'CCVC, LLVT chưa phải là "
                    "đảng viên đã đăng ký (%)', 'ĐVHV các đoàn thể', 'Văn bản chỉ đạo (kế hoạch, hướng dẫn)', 'Tỷ lệ "
                    "cơ sở nhân rộng điển hình' ('5/7'), 'Mô hình điểm do Huyện ủy chọn', 'Tin bài trên hệ thống loa "
                    "truyền thanh', 'Facebook, Zalo'; 'HUYỆN ỦY DUYÊN HẢI' (not Thị xã Duyên Hải)")


# --------------------------------------------------------------------------------------------------------------
# 9-11. Rows: hidden for printing, far from A1, a unit over two rows


@case("tra_on_2023_hidden_rows_for_printing")
def hidden_rows(out: Path) -> Case:
    g, row = report("In", ["HUYỆN ỦY TRÀ ÔN", "BAN TUYÊN GIÁO"], "Trà Ôn, ngày 15 tháng 12 năm 2023",
                    f"{SUBJECT} NĂM 2023", 7)
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, ["Tỷ lệ ĐV đăng ký (%)", ("Mô hình", ["Tổng số", "Tập thể", "Cá nhân"]),
                          "Số tin, bài tuyên truyền"])
    numbering(g, row + 2, 7)
    specs = MODEL_SPECS
    units = [("TT Trà Ôn", tt("Trà Ôn")), ("Xuân Hiệp", xa("Xuân Hiệp")), ("Nhơn Bình", xa("Nhơn Bình")),
             ("Hòa Bình", xa("Hòa Bình")), ("Thới Hòa", xa("Thới Hòa")), ("Trà Côn", xa("Trà Côn")),
             ("Tân Mỹ", xa("Tân Mỹ")), ("Hựu Thành", xa("Hựu Thành")), ("Vĩnh Xuân", xa("Vĩnh Xuân")),
             ("Thuận Thới", xa("Thuận Thới")), ("Phú Thành", xa("Phú Thành")), ("Thiện Mỹ", xa("Thiện Mỹ")),
             ("Lục Sỹ Thành", xa("Lục Sỹ Thành")), ("Tích Thiện", xa("Tích Thiện"))]
    rng = random.Random(8622023)
    agencies = ["Chi bộ Công an huyện", "Chi bộ Trung tâm Y tế huyện"]
    ranges = [PCT, MODELS, (1, 8)]
    rows = [Row("I", "Khối xã, thị trấn", None), *unit_rows(rng, units, ranges),
            Row("II", "Khối cơ quan huyện", None), *unit_rows(rng, [(a, other(a)) for a in agencies], ranges),
            Row(None, "Tổng cộng", district("Huyện Trà Ôn"), [98.0, 131, 86, 45, 77])]
    first = row + 3
    exp = Expect()
    end = lay(g, first, rows, specs, 2023, exp)
    sign(g, end + 1, 2, 6, *SIGN)
    hidden = (row + 2, *range(first + len(units) + 1, first + len(units) + 4))
    path = hide(save_openpyxl(out / "TraOn_2023_ban_in.xlsx", [g]), "In", rows=hidden)
    return exp.case("tra_on_2023_hidden_rows_for_printing", path, "wide", 2023, "Huyện Trà Ôn",
                    "rows hidden to print the communes on one page: the (1)(2)... numbering row, the group row II "
                    "and its two agency cells; hidden rows are still the report's rows: read (agencies as other)")


@case("tam_binh_2022_table_far_from_a1")
def far_table(out: Path) -> Case:
    g, row = report("BC", ["ĐẢNG BỘ TỈNH VĨNH LONG", "HUYỆN ỦY TAM BÌNH", "Số 118-BC/HU"],
                    "Tam Bình, ngày 22 tháng 12 năm 2022", f"BÁO CÁO {SUBJECT} NĂM 2022", 11)
    text = ["I. ĐẶC ĐIỂM TÌNH HÌNH",
            "Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Kế hoạch số 25-KH/HU ngày 10/01/2022 "
            "của Ban Thường vụ Huyện ủy, các chi, đảng bộ cơ sở đã xây dựng kế hoạch thực hiện.",
            "Toàn Đảng bộ có 46 tổ chức cơ sở đảng với 3.950 đảng viên; tổ chức 12 lớp quán triệt chuyên đề năm 2022.",
            "II. KẾT QUẢ THỰC HIỆN",
            "Kết quả cụ thể của các xã, thị trấn như biểu dưới đây (số liệu tính đến ngày 15/12/2022).", ""]
    for i, line in enumerate(text):
        g.merge(row + i, 1, row + i, 11, line)
    row += len(text) + 3
    header_row(g, row, ["STT", "Xã, thị trấn", "Tỷ lệ đảng viên đăng ký (%)", "Tỷ lệ đoàn viên, hội viên đăng ký (%)",
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
    exp = Expect()
    end = lay(g, row + 1, rows, specs, 2022, exp, stt_col=5, name_col=6, first_col=7)
    g.merge(end + 1, 1, end + 1, 11, "III. PHƯƠNG HƯỚNG NĂM 2023: tiếp tục thực hiện chuyên đề năm 2023.")
    sign(g, end + 3, 2, 9, ["Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy;", "- Lưu VP."],
         ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(đã ký)"])
    path = save_openpyxl(out / "BaoCao_118_HU_TamBinh.xlsx", [g])
    return exp.case("tam_binh_2022_table_far_from_a1", path, "wide", 2022, "Huyện Tam Bình",
                    "the report's text pasted above its table (numbers in sentences: 01-KL/TW, 18/5/2021, 46 tổ "
                    "chức, 3.950 đảng viên, 12 lớp), the table from E16 on, a narrative line and 'Nơi nhận:' below; "
                    "'Hòa Lộc' → official 'Xã Hoà Lộc'")


@case("mo_cay_nam_2023_unit_over_two_rows")
def two_row_units(out: Path) -> Case:
    g, row = report("Đăng ký", ["HUYỆN ỦY MỎ CÀY NAM", "BAN TUYÊN GIÁO"], "Mỏ Cày Nam, ngày 11 tháng 12 năm 2023",
                    f"{SUBJECT} NĂM 2023", 8)
    g.merge(row, 1, row + 1, 1, "STT")
    g.merge(row, 2, row + 1, 2, "Đơn vị")
    group_header(g, row, ["Nội dung", ("Đăng ký học tập và làm theo", ["Đảng viên", "CCVC, LLVT không là đảng viên",
                                                                        "Đoàn viên, hội viên"]),
                          "Tổng số mô hình", "Mô hình mới"])
    metrics = ["reg_party_members_pct", "reg_civil_servants_pct", "reg_union_members_pct"]
    units = [("Thị trấn Mỏ Cày", tt("Mỏ Cày")), ("Định Thủy", xa("Định Thủy")), ("Đa Phước Hội", xa("Đa Phước Hội")),
             ("Tân Hội", xa("Tân Hội")), ("Phước Hiệp", xa("Phước Hiệp")), ("Bình Khánh", xa("Bình Khánh")),
             ("An Thạnh", xa("An Thạnh")), ("An Định", xa("An Định")), ("Cẩm Sơn", xa("Cẩm Sơn"))]
    rng = random.Random(8332023)
    exp = Expect()
    r = row + 2
    entries = [(i, typed, unit, [ratio(rng, 150, 400), ratio(rng, 40, 120, 20), ratio(rng, 800, 1500, 700)],
                rng.randint(5, 12), rng.randint(0, 3)) for i, (typed, unit) in enumerate(units, 1)]
    entries.append((None, "Tổng cộng", district("Huyện Mỏ Cày Nam"), [(4113, 4046), (1021, 856), (17862, 8133)],
                    96, 17))
    for stt, typed, unit, pairs, models, new in entries:
        g.merge(r, 1, r + 1, 1, stt)
        g.merge(r, 2, r + 1, 2, typed)
        g.put(r, 3, "Tổng số")
        g.put(r + 1, 3, "Đã đăng ký")
        cells = []
        for j, ((den, num), metric) in enumerate(zip(pairs, metrics)):
            g.put(r, 4 + j, den)
            g.put(r + 1, 4 + j, num)
            cells += [(r, 4 + j, den, (metric, "den"), None), (r + 1, 4 + j, num, (metric, "num"), None)]
        g.merge(r, 7, r + 1, 7, models)
        g.merge(r, 8, r + 1, 8, new)
        exp.unit(unit, 2023, cells + [(r, 7, models, ("models_total", "value"), None),
                                      (r, 8, new, ("models_new", "value"), None)])
        r += 2
    sign(g, r + 1, 2, 6, *SIGN)
    path = save_openpyxl(out / "MoCayNam_DangKy_2023.xlsx", [g])
    return exp.case("mo_cay_nam_2023_unit_over_two_rows", path, "wide", 2023, "Huyện Mỏ Cày Nam",
                    "each unit's STT and name merged over two rows, a 'Nội dung' column 'Tổng số' / 'Đã đăng ký' "
                    "under 'Đăng ký học tập và làm theo' > Đảng viên | CCVC, LLVT | Đoàn viên, hội viên (three "
                    "rates from the two rows), model counts merged over both rows")


# --------------------------------------------------------------------------------------------------------------
# 12, 20. Sheets: one per commune, one per year


@case("giong_trom_2022_sheet_per_commune")
def sheet_per_commune(out: Path) -> Case:
    exp = Expect()
    communes = [("Châu Bình", "ĐẢNG ỦY XÃ CHÂU BÌNH", xa("Châu Bình")),
                ("Lương Hòa", "ĐẢNG ỦY XÃ LƯƠNG HÒA", xa("Lương Hòa")),
                ("TT Giồng Trôm", "ĐẢNG ỦY THỊ TRẤN GIỒNG TRÔM", tt("Giồng Trôm")),
                ("Bình Hòa", "ĐẢNG ỦY XÃ BÌNH HÒA", ("Xã Bình Hoà", "commune"))]
    rng = random.Random(8342022)
    sheets, summary = [], []
    for i, (name, body, unit) in enumerate(communes, 1):
        g, row = report(name, ["ĐẢNG BỘ HUYỆN GIỒNG TRÔM", body, "*"], "ngày 10 tháng 12 năm 2022",
                        f"BÁO CÁO {SUBJECT} NĂM 2022", 6)
        header_row(g, row, ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Tỷ lệ (%)", "Ghi chú"])
        den, num = ratio(rng, 150, 380)
        models, new = rng.randint(5, 11), rng.randint(0, 3)
        lines = [Line("1", "Số kế hoạch, hướng dẫn ban hành", "Văn bản", [rng.randint(2, 5)],
                      [("plans_issued", "value")]),
                 Line("2", "Tổng số đảng viên", "Đảng viên", [den], [("reg_party_members_pct", "den")]),
                 Line("", "Số đảng viên đăng ký học tập và làm theo", "Đảng viên", [num, round(100 * num / den, 1)],
                      [("reg_party_members_pct", "num"), ("reg_party_members_pct", "value")]),
                 Line("3", "Tổng số mô hình", "Mô hình", [models], [("models_total", "value")]),
                 Line("", "- Mô hình mới", "Mô hình", [new], [("models_new", "value")])]
        end = lay_vertical(g, row + 1, lines, unit, 2022, exp)
        sign(g, end + 1, 2, 5, ["Người lập biểu"], ["T/M ĐẢNG ỦY", "BÍ THƯ"])
        sheets.append(g)
        summary.append(Row(i, name, unit, [models, new]))
    summary.append(Row(None, "Toàn huyện", district("Huyện Giồng Trôm"), [148, 23]))
    g, row = report("Tổng hợp", ["HUYỆN ỦY GIỒNG TRÔM", "BAN TUYÊN GIÁO"], "Giồng Trôm, ngày 15 tháng 12 năm 2022",
                    f"TỔNG HỢP {SUBJECT} NĂM 2022", 4)
    header_row(g, row, ["STT", "Đơn vị", "Tổng số mô hình", "Mô hình mới"])
    lay(g, row + 1, summary, [("models_total", "value"), ("models_new", "value")], 2022, exp)
    path = save_openpyxl(out / "GiongTrom_2022_cac_xa.xlsx", [g, *sheets])
    return exp.case("giong_trom_2022_sheet_per_commune", path, "vertical", 2022, "Huyện Giồng Trôm",
                    "a 'Tổng hợp' sheet, then one sheet per commune named by it ('Châu Bình', 'TT Giồng Trôm'...), "
                    "each that commune's vertical report ('ĐẢNG ỦY XÃ ...' under 'ĐẢNG BỘ HUYỆN GIỒNG TRÔM'); the "
                    "model counts of both agree (one fact each); 'Bình Hòa' → official 'Xã Bình Hoà'")


@case("cai_be_2022_2023_sheet_per_year")
def sheet_per_year(out: Path) -> Case:
    units = [("TT Cái Bè", tt("Cái Bè")), ("Hậu Mỹ Bắc A", xa("Hậu Mỹ Bắc A")), ("Hậu Mỹ Bắc B", xa("Hậu Mỹ Bắc B")),
             ("Mỹ Trung", xa("Mỹ Trung")), ("Mỹ Lợi A", xa("Mỹ Lợi A")), ("Mỹ Lợi B", xa("Mỹ Lợi B")),
             ("Thiện Trung", xa("Thiện Trung")), ("Thiện Trí", xa("Thiện Trí")), ("Mỹ Đức Đông", xa("Mỹ Đức Đông")),
             ("Mỹ Đức Tây", xa("Mỹ Đức Tây")), ("An Thái Đông", xa("An Thái Đông")),
             ("An Thái Trung", xa("An Thái Trung"))]
    exp = Expect()
    sheets = []
    for year, total in ((2022, [97.9, 151, 24, 96]), (2023, [98.3, 163, 27, 104])):
        g, row = report(f"Năm {year}", ["HUYỆN ỦY CÁI BÈ", "BAN TUYÊN GIÁO"], f"Cái Bè, ngày 18 tháng 12 năm {year}",
                        f"{SUBJECT} NĂM {year}", 6)
        header_row(g, row, LABELS)
        rows = unit_rows(random.Random(819 + year), units, RANGES, (district("Huyện Cái Bè"), total))
        sign(g, lay(g, row + 1, rows, SPECS, year, exp) + 1, 2, 5, *SIGN)
        sheets.append(g)
    path = save_xlsxwriter(out / "CaiBe_HTLT_2022_2023.xlsx", sheets)
    return exp.case("cai_be_2022_2023_sheet_per_year", path, "wide", None, "Huyện Cái Bè",
                    "two visible sheets 'Năm 2022' and 'Năm 2023', each the same table under a title naming its "
                    "year: facts of both years; 'Hậu Mỹ Bắc A' / 'B', 'Mỹ Lợi A' / 'B'")


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
    g, row = report("Sheet1", ["HUYỆN ỦY BA TRI", "BAN TUYÊN GIÁO"], "Ba Tri, ngày 13 tháng 12 năm 2024",
                    f"{SUBJECT} NĂM 2024", 7)
    header_row(g, row, ["STT", "Đơn vị", "Tỷ lệ đảng viên đăng ký (%)",
                        "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký (%)",
                        "Tỷ lệ đoàn viên, hội viên đăng ký (%)", "Tổng số mô hình", "Mô hình mới"])
    specs: list[Spec] = [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
                         ("reg_union_members_pct", "value"), ("models_total", "value"), ("models_new", "value")]
    units = [("TT Ba Tri", tt("Ba Tri")), ("TT Tiệm Tôm", tt("Tiệm Tôm")), ("Mỹ Hòa", xa("Mỹ Hòa")),
             ("Tân Xuân", xa("Tân Xuân")), ("Mỹ Chánh", xa("Mỹ Chánh")), ("Bảo Thạnh", xa("Bảo Thạnh")),
             ("An Phú Trung", xa("An Phú Trung")), ("Mỹ Nhơn", xa("Mỹ Nhơn")), ("Phước Ngãi", xa("Phước Ngãi")),
             ("An Ngãi Trung", xa("An Ngãi Trung")), ("Phú Lễ", xa("Phú Lễ")), ("Bảo Thuận", xa("Bảo Thuận"))]
    rng = random.Random(8362024)

    def fraction(lo: int, hi: int) -> Pct:
        n = rng.randint(lo, hi)
        return Pct((n + (3 if n % 10 == 5 else 0)) / 10000)  # four decimals, never on a tie at one decimal

    rows = [Row(i, typed, unit, [fraction(9500, 9999), fraction(7500, 9500), pct1(rng, 40, 62), rng.randint(4, 12),
                                 rng.randint(0, 3)]) for i, (typed, unit) in enumerate(units, 1)]
    rows.append(Row(None, "Tổng cộng", district("Huyện Ba Tri"), [Pct(0.9862), Pct(0.8427), 48.6, 127, 19]))
    exp = Expect()
    end = lay(g, row + 1, rows, specs, 2024, exp)
    sign(g, end + 1, 2, 5, *SIGN)
    shown = {}
    for key, value in list(g.cells.items()):
        if isinstance(value, Pct):
            g.cells[key] = value.fraction
            shown[key] = f"{round(value.fraction * 100)}%"
    path = ods_percentages(save_ods(out / "BaTri_2024.ods", [g]), shown)
    return exp.case("ba_tri_2024_ods_percentage_cells", path, "wide", 2024, "Huyện Ba Tri",
                    ".ods from LibreOffice with percentage cells (value 0.9853, style 0%, shown '99%'): the stored "
                    "fraction × 100 (98.5), not the rounded display; a typed 48.6 in the union column; 'TT Tiệm Tôm'")


# --------------------------------------------------------------------------------------------------------------
# 14. Subtotals of each block


@case("binh_dai_2023_block_subtotals")
def block_subtotals(out: Path) -> Case:
    g, row = report("Sheet1", ["HUYỆN ỦY BÌNH ĐẠI", "BAN TUYÊN GIÁO"], "Bình Đại, ngày 14 tháng 12 năm 2023",
                    f"{SUBJECT} NĂM 2023", 7)
    header_row(g, row, ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình", "Mô hình tập thể",
                        "Mô hình cá nhân", "Số tin, bài tuyên truyền"])
    specs = MODEL_SPECS
    units = [("TT Bình Đại", tt("Bình Đại")), ("Tam Hiệp", xa("Tam Hiệp")), ("Long Định", xa("Long Định")),
             ("Long Hòa", xa("Long Hòa")), ("Phú Thuận", xa("Phú Thuận")), ("Vang Quới Tây", xa("Vang Quới Tây")),
             ("Vang Quới Đông", xa("Vang Quới Đông")), ("Châu Hưng", xa("Châu Hưng")), ("Lộc Thuận", xa("Lộc Thuận")),
             ("Thới Lai", xa("Thới Lai"))]
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
    exp = Expect()
    end = lay(g, row + 1, rows, specs, 2023, exp)
    sign(g, end + 1, 2, 6, *SIGN)
    path = save_openpyxl(out / "BinhDai_2023.xlsx", [g])
    return exp.case("binh_dai_2023_block_subtotals", path, "wide", 2023, "Huyện Bình Đại",
                    "a subtotal row closing each block ('Cộng khối xã, thị trấn', 'Cộng khối cơ quan': "
                    "group_subtotal on each figure, not the district's figure), then 'Tổng cộng (I + II)' = the "
                    "district; agency cells as other")


# --------------------------------------------------------------------------------------------------------------
# 15-17. Unit cells: official codes, numbers and spaces in names, two tables


@case("quan_ba_2023_unit_codes_column")
def unit_codes(out: Path) -> Case:
    g, row = report("Sheet1", ["ĐẢNG BỘ TỈNH HÀ GIANG", "HUYỆN ỦY QUẢN BẠ", "*"], "Quản Bạ, ngày 19 tháng 12 năm 2023",
                    f"{SUBJECT} NĂM 2023", 7)
    header_row(g, row, ["STT", "Mã ĐVHC", "Tên đơn vị", *LABELS[2:]])
    units = [("00874", "Thị trấn Tam Sơn", tt("Tam Sơn")), (877, "Bát Đại Sơn", xa("Bát Đại Sơn")),
             (880, "Nghĩa Thuận", xa("Nghĩa Thuận")), ("00883", "Cán Tỷ", xa("Cán Tỷ")),
             (886, "Cao Mã Pờ", xa("Cao Mã Pờ")), (889, "Thanh Vân", xa("Thanh Vân")),
             (892, "Tùng Vài", xa("Tùng Vài")), (895, "Đông Hà", xa("Đông Hà")), (898, "Quản Bạ", xa("Quản Bạ")),
             (901, "Lùng Tám", xa("Lùng Tám")), (904, "Quyết Tiến", xa("Quyết Tiến")),
             (907, "Tả Ván", xa("Tả Ván")), (910, "Thái An", xa("Thái An"))]
    rows = unit_rows(random.Random(292023), [(name, unit) for _, name, unit in units], RANGES,
                     (district("Huyện Quản Bạ"), [97.5, 112, 19, 80]))
    for i, (code, _, _) in enumerate(units):
        g.put(row + 1 + i, 2, code)
    exp = Expect()
    end = lay(g, row + 1, rows, SPECS, 2023, exp, name_col=3, first_col=4)
    sign(g, end + 1, 2, 6, *SIGN)
    path = save_openpyxl(out / "QuanBa_2023.xlsx", [g])
    return exp.case("quan_ba_2023_unit_codes_column", path, "wide", 2023, "Huyện Quản Bạ",
                    "a 'Mã ĐVHC' column before the names: '00874' as text, 877... as numbers (Excel dropped the "
                    "leading zeros): labels, not figures; 'Quản Bạ' (898) is the commune Xã Quản Bạ, not the district")


@case("mo_cay_bac_2024_numbers_and_spaces_in_names")
def messy_names(out: Path) -> Case:
    g, row = report("Sheet1", ["HUYỆN ỦY MỎ CÀY BẮC", "BAN TUYÊN GIÁO"], "Mỏ Cày Bắc, ngày 16 tháng 12 năm 2024",
                    f"{SUBJECT} NĂM 2024", 5)
    header_row(g, row, ["Đơn vị", "Tỷ lệ ĐV\nđăng ký\n(%)", "Tổng số\nmô hình", "Mô hình\nmới",
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
    exp = Expect()
    end = lay(g, row + 1, rows, SPECS, 2024, exp, name_col=1, first_col=2)
    sign(g, end + 1, 1, 4, *SIGN)
    path = save_xlsxwriter(out / "MoCayBac_2024.xlsx", [g])
    return exp.case("mo_cay_bac_2024_numbers_and_spaces_in_names", path, "wide", 2024, "Huyện Mỏ Cày Bắc",
                    "no STT column: the number typed in the name cell ('1. Xã Phú Mỹ', '2- ...', '4.Thạnh Ngãi', '5/ "
                    "...', '11 - ...'), a line break (Alt+Enter), a double and a trailing space, a non-breaking "
                    "space, 'Đảng ủy xã' / 'Đảng bộ xã'; headers with line breaks")


@case("tan_phuoc_2023_two_tables_one_sheet")
def two_tables(out: Path) -> Case:
    g, row = report("Phụ lục", ["HUYỆN ỦY TÂN PHƯỚC", "BAN TUYÊN GIÁO"], "Tân Phước, ngày 08 tháng 12 năm 2023",
                    f"PHỤ LỤC SỐ LIỆU {SUBJECT} NĂM 2023", 7)
    units = [("TT Mỹ Phước", tt("Mỹ Phước")), ("Tân Hòa Đông", xa("Tân Hòa Đông")), ("Thạnh Tân", xa("Thạnh Tân")),
             ("Thạnh Mỹ", xa("Thạnh Mỹ")), ("Thạnh Hòa", ("Xã Thạnh Hoà", "commune")), ("Phú Mỹ", xa("Phú Mỹ")),
             ("Tân Hòa Thành", xa("Tân Hòa Thành")), ("Hưng Thạnh", xa("Hưng Thạnh")), ("Tân Lập 1", xa("Tân Lập 1")),
             ("Tân Hòa Tây", xa("Tân Hòa Tây")), ("Tân Lập 2", xa("Tân Lập 2")), ("Phước Lập", xa("Phước Lập"))]
    total = district("Huyện Tân Phước")
    rng = random.Random(8182023)
    exp = Expect()
    g.merge(row, 1, row, 7, "Biểu 1: Kết quả đăng ký học tập và làm theo")
    header_row(g, row + 1, ["STT", "Đơn vị", "Tỷ lệ ĐV đăng ký (%)", "Tỷ lệ CCVC, LLVT không là ĐV đăng ký (%)",
                            "Tỷ lệ ĐVHV đăng ký (%)"])
    row = lay(g, row + 2, unit_rows(rng, units, [PCT, HIGH, LOW], (total, [98.0, 83.7, 46.9])),
              [("reg_party_members_pct", "value"), ("reg_civil_servants_pct", "value"),
               ("reg_union_members_pct", "value")], 2023, exp)
    row += 2
    g.merge(row, 1, row, 7, "Biểu 2: Mô hình học tập và làm theo Bác, khen thưởng")
    g.merge(row + 1, 1, row + 2, 1, "STT")
    g.merge(row + 1, 2, row + 2, 2, "Đơn vị")
    group_header(g, row + 1, [("Mô hình", ["Tổng số", "Tập thể", "Cá nhân"]), ("Khen thưởng", ["Tập thể", "Cá nhân"])])
    row = lay(g, row + 3, unit_rows(rng, units, [MODELS, (0, 2), (0, 4)],
                                    (total, [104, 71, 33, 12, 29])),
              [("models_total", "value"), ("models_collective", "value"), ("models_individual", "value"),
               ("commend_collective", "value"), ("commend_individual", "value")], 2023, exp)
    sign(g, row + 1, 2, 6, *SIGN)
    path = save_openpyxl(out / "PhuLuc_TanPhuoc_2023.xlsx", [g])
    return exp.case("tan_phuoc_2023_two_tables_one_sheet", path, "wide", 2023, "Huyện Tân Phước",
                    "two tables stacked on one sheet, each with its caption ('Biểu 1: ...', 'Biểu 2: ...'), header and "
                    "totals; the second with Tập thể | Cá nhân under both Mô hình and Khen thưởng; 'Tân Lập 1' / "
                    "'Tân Lập 2', 'Thạnh Hòa' → official 'Xã Thạnh Hoà'")


# --------------------------------------------------------------------------------------------------------------
# 18-19. Files: a comma CSV with decimal commas, an .xlsm template


@case("go_cong_tay_2022_csv_comma_quoted_decimals")
def comma_csv(out: Path) -> Case:
    g = Grid()
    g.put(1, 1, "HUYỆN ỦY GÒ CÔNG TÂY")
    g.put(2, 1, f"BIỂU TỔNG HỢP {SUBJECT} NĂM 2022")
    header_row(g, 4, ["STT", "Đơn vị", "Tổng số đảng viên", "Số đảng viên đã đăng ký", "Tỷ lệ đảng viên đăng ký (%)",
                      "Tỷ lệ đoàn viên, hội viên đăng ký (%)", "Tổng số mô hình"])
    specs: list[Spec] = [("reg_party_members_pct", "den"), ("reg_party_members_pct", "num"),
                         ("reg_party_members_pct", "value"), ("reg_union_members_pct", "value"),
                         ("models_total", "value")]
    units = [("Thị trấn Vĩnh Bình", tt("Vĩnh Bình")), ("Đồng Sơn", xa("Đồng Sơn")), ("Bình Phú", xa("Bình Phú")),
             ("Đồng Thạnh", xa("Đồng Thạnh")), ("Thành Công", xa("Thành Công")), ("Bình Nhì", xa("Bình Nhì")),
             ("Yên Luông", xa("Yên Luông")), ("Thạnh Trị", xa("Thạnh Trị")), ("Thạnh Nhựt", xa("Thạnh Nhựt")),
             ("Long Vĩnh", xa("Long Vĩnh")), ("Bình Tân", xa("Bình Tân")), ("Vĩnh Hựu", xa("Vĩnh Hựu")),
             ("Long Bình", xa("Long Bình"))]
    rng = random.Random(8232022)
    rows = []
    for i, (typed, unit) in enumerate(units, 1):
        den, num = ratio(rng, 150, 450)
        rows.append(Row(i, typed, unit, [den, num, round(100 * num / den, 1), pct1(rng, 40, 65), rng.randint(4, 11)]))
    rows.append(Row(None, "Tổng cộng", district("Huyện Gò Công Tây"),
                    [X("3.894", 3894), X("3.825", 3825), 98.2, 51.3, 98]))
    exp = Expect()
    lay(g, 5, rows, specs, 2022, exp)
    path = out / "GoCongTay_2022.csv"
    path.write_bytes(csv_text(g, sep=",", decimal=",").encode("utf-8"))
    return exp.case("go_cong_tay_2022_csv_comma_quoted_decimals", path, "wide", 2022, "Huyện Gò Công Tây",
                    "CSV as LibreOffice saves it in a Vietnamese locale: ',' separator, UTF-8 without BOM, decimal "
                    "commas inside quotes (\"98,6\"), '3.894' with a thousands dot; title lines inside the CSV")


@case("tan_phu_dong_2023_xlsm_template_with_lists")
def xlsm_template(out: Path) -> Case:
    g, row = report("Nhap lieu", ["HUYỆN ỦY TÂN PHÚ ĐÔNG", "BAN TUYÊN GIÁO"], "Tân Phú Đông, ngày 12 tháng 12 năm 2023",
                    f"{SUBJECT} NĂM 2023", 7)
    header_row(g, row, ["STT", "Đơn vị (chọn trong danh sách)", "Tỷ lệ ĐV đăng ký (%)", "Tổng số mô hình",
                        "Mô hình tập thể", "Mô hình cá nhân", "Số tin, bài tuyên truyền"])
    specs = MODEL_SPECS
    names = ["Tân Thới", "Tân Phú", "Phú Thạnh", "Tân Thạnh", "Phú Đông", "Phú Tân"]
    rows = unit_rows(random.Random(8252023), [(f"Xã {n}", xa(n)) for n in names],
                     [PCT, MODELS, (1, 7)], (district("Huyện Tân Phú Đông"), [98.5, 47, 31, 16, 29]))
    exp = Expect()
    end = lay(g, row + 1, rows, specs, 2023, exp)
    sign(g, end + 1, 2, 6, *SIGN)
    lists = Grid("DM")
    header_row(lists, 1, ["Mã", "Tên đơn vị"])
    for i, (code, n) in enumerate(zip([28690, 28693, 28696, 28699, 28750, 28753], names), 2):
        header_row(lists, i, [code, f"Xã {n}"])
    xlsx = save_openpyxl(out / "_template.xlsx", [cover_sheet("Huong dan", ["Chọn đơn vị trong danh sách ở cột B.",
                                                                          "Bấm nút 'Kiểm tra' trước khi gửi."]),
                                                  g, lists])
    hide_sheets_openpyxl(xlsx, {"DM"})

    def validate(wb: Any) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        dv = DataValidation(type="list", formula1="DM!$B$2:$B$7", allow_blank=True)
        wb["Nhap lieu"].add_data_validation(dv)
        dv.add(f"B{row + 1}:B{row + len(names)}")

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
    return exp.case("tan_phu_dong_2023_xlsm_template_with_lists", path, "wide", 2023, "Huyện Tân Phú Đông",
                    "a macro-enabled template (.xlsm): an instructions sheet, the table whose unit cells carry a "
                    "drop-down validation list, the list sheet 'DM' (codes and names) hidden: only the table loaded")


# --------------------------------------------------------------------------------------------------------------
# 21. The new map: party committees of the new communes


@case("dong_thap_2025_new_communes_party_committees")
def new_map(out: Path) -> Case:
    g, row = report("Năm 2025", ["ĐẢNG BỘ TỈNH ĐỒNG THÁP", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "*"],
                    "Đồng Tháp, ngày 17 tháng 12 năm 2025", f"{SUBJECT} NĂM 2025", 6)
    header_row(g, row, ["STT", "Đảng bộ xã, phường", *LABELS[2:]])
    units = [("Đảng ủy phường Mỹ Tho", phuong("Mỹ Tho")), ("Đảng ủy phường Cao Lãnh", phuong("Cao Lãnh")),
             ("Đảng ủy xã Tháp Mười", xa("Tháp Mười")), ("Đảng bộ xã Trường Xuân", xa("Trường Xuân")),
             ("ĐẢNG ỦY XÃ MỸ QUÍ", xa("Mỹ Quí")), ("Đảng ủy xã Đốc Binh Kiều", xa("Đốc Binh Kiều")),
             ("Đảng ủy xã Tân Phước 1", xa("Tân Phước 1")), ("Đảng ủy xã Tân Phước 2", xa("Tân Phước 2")),
             ("Đảng ủy xã Tân Phước 3", xa("Tân Phước 3")), ("Đảng ủy xã Cái Bè", xa("Cái Bè"))]
    rows = unit_rows(random.Random(822025), units, [PCT, (8, 24), (1, 5), (4, 18)])
    rows.append(Row(None, "Toàn tỉnh", province("Tỉnh Đồng Tháp"), [98.4, 2216, 318, 1540]))
    exp = Expect()
    end = lay(g, row + 1, rows, SPECS, 2025, exp)
    sign(g, end + 1, 2, 5, ["Nơi nhận:", "- Ban Tuyên giáo Trung ương;", "- Lưu VP."],
         ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(đã ký)"])
    path = save_openpyxl(out / "DongThap_2025_TongHop.xlsx", [g])
    return exp.case("dong_thap_2025_new_communes_party_committees", path, "wide", 2025, "Tỉnh Đồng Tháp",
                    "December 2025 report of the new Tỉnh Đồng Tháp (82) naming the new communes by their party "
                    "committees ('Đảng ủy phường Mỹ Tho', 'Đảng bộ xã Trường Xuân', 'ĐẢNG ỦY XÃ MỸ QUÍ'), "
                    "'Tân Phước 1/2/3', Xã Tháp Mười and Xã Cái Bè (old district names, now communes); 'Toàn tỉnh'")


CASE_NAMES: list[str] = [name for name, _ in REGISTRY]


def build(out_dir: Path) -> list[Case]:
    """Write every file of the corpus into `out_dir`; one Case per file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    cases = []
    for name, fn in REGISTRY:
        made = fn(out_dir)
        assert made.name == name, (name, made.name)
        cases.append(made)
    return cases
