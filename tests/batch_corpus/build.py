"""Batch corpus for issue #21, "A batch holds whatever a district sends".

Written from /work/shared/DOMAIN.md and the README's "Loading reports" and "The warehouse contract" only,
not from the loader's code. Every case is one folder loaded at once (`python -m etl load <folder>`): the
files a district really sends together: a report and its browser-named second download, a report and its
corrected resend ("_dieuchinh"), a district report and one commune's own (vertical) report, copies saved
under a template's name in a Zalo download folder.

    python -m tests.batch_corpus.build OUT_DIR      # writes OUT_DIR/<case>/... and OUT_DIR/<case>/expected.json

Output is deterministic: the same bytes on every run (tests/corpus_blocks' save_deterministic: fixed
workbook dates, fixed zip timestamps).

expected.json of a case:
  exit_code          the CLI's exit status
  files              {relative path: expected status}, for files that are not in a duplicate group
  duplicate_groups   [{"files": [...], "status": s}]: byte-identical files; exactly one of them loads with
                     status s, every other is reported as a copy of it ("trùng nội dung với <tệp> trong cùng
                     lần nạp") with the status of an already loaded file and loads nothing
  facts_count        rows in the `facts` view after the load (fresh warehouse)
  facts_present      exact facts (unit_code, year, metric, value, qualifier) that must be in `facts`
  facts_absent       (unit_code, year, metric) keys that must not be in `facts` (conflicts across files)
  conflicts          per conflicting figure, the two sides (file, sheet, cell, value as typed): both must be
                     named in `rejects` (a row at that file and cell, or a conflict reason naming them)
  rejects_only_at    true: every row of `rejects` is at one of the conflict cells (the rest of each file loads)
"""
from __future__ import annotations

import json
import random
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from tests.corpus_blocks.writers import save_deterministic

CASE_NAMES = ["a_copy_in_batch", "b_resend_conflict", "c_resend_conflict_and_other", "d_overlap_same_values",
              "e_copies_in_subfolder", "f_qualifier_only", "g_same_values_retyped", "h_copy_and_resend"]

# ----------------------------------------------------------------------------------------------------------
# The four districts of DOMAIN.md, old map: (district code, district name, province line, place of the date
# line, communes as (kind, name, code)); kind "tt" = thị trấn, "xa" = xã.
DISTRICTS = {
    "BinhLuc": ("352", "BÌNH LỤC", "ĐẢNG BỘ TỈNH HÀ NAM", "Bình Lục", [
        ("tt", "Bình Mỹ", "13501"), ("xa", "Bình Nghĩa", "13504"), ("xa", "Tràng An", "13510"),
        ("xa", "Đồng Du", "13516"), ("xa", "Ngọc Lũ", "13519"), ("xa", "Đồn Xá", "13525"),
        ("xa", "An Ninh", "13528"), ("xa", "Bồ Đề", "13531"), ("xa", "Bình An", "13540"),
        ("xa", "Vũ Bản", "13543"), ("xa", "Trung Lương", "13546"), ("xa", "An Đổ", "13552"),
        ("xa", "La Sơn", "13555"), ("xa", "Tiêu Động", "13558"), ("xa", "An Lão", "13561")]),
    "ThanhHoa": ("800", "THẠNH HÓA", "ĐẢNG BỘ TỈNH LONG AN", "Thạnh Hóa", [
        ("tt", "Thạnh Hóa", "27865"), ("xa", "Tân Hiệp", "27868"), ("xa", "Thuận Bình", "27871"),
        ("xa", "Thạnh Phước", "27874"), ("xa", "Thạnh Phú", "27877"), ("xa", "Thuận Nghĩa Hòa", "27880"),
        ("xa", "Thủy Đông", "27883"), ("xa", "Thủy Tây", "27886"), ("xa", "Tân Tây", "27889"),
        ("xa", "Tân Đông", "27892"), ("xa", "Thạnh An", "27895")]),
    "CauNgang": ("848", "CẦU NGANG", "ĐẢNG BỘ TỈNH TRÀ VINH", "Cầu Ngang", [
        ("tt", "Cầu Ngang", "29416"), ("tt", "Mỹ Long", "29419"), ("xa", "Mỹ Long Bắc", "29422"),
        ("xa", "Mỹ Long Nam", "29425"), ("xa", "Mỹ Hòa", "29428"), ("xa", "Vĩnh Kim", "29431"),
        ("xa", "Kim Hòa", "29434"), ("xa", "Hiệp Hòa", "29437"), ("xa", "Thuận Hòa", "29440"),
        ("xa", "Long Sơn", "29443"), ("xa", "Nhị Trường", "29446"), ("xa", "Trường Thọ", "29449"),
        ("xa", "Hiệp Mỹ Đông", "29452"), ("xa", "Hiệp Mỹ Tây", "29455"), ("xa", "Thạnh Hòa Sơn", "29458")]),
    "ThapMuoi": ("872", "THÁP MƯỜI", "ĐẢNG BỘ TỈNH ĐỒNG THÁP", "Tháp Mười", [
        ("tt", "Mỹ An", "30037"), ("xa", "Thạnh Lợi", "30040"), ("xa", "Hưng Thạnh", "30043"),
        ("xa", "Trường Xuân", "30046"), ("xa", "Tân Kiều", "30049"), ("xa", "Mỹ Hòa", "30052"),
        ("xa", "Mỹ Quý", "30055"), ("xa", "Mỹ Đông", "30058"), ("xa", "Đốc Binh Kiều", "30061"),
        ("xa", "Mỹ An", "30064"), ("xa", "Phú Điền", "30067"), ("xa", "Láng Biển", "30070"),
        ("xa", "Thanh Mỹ", "30073")]),
}
# Names a clerk never types bare: a namesake in the same district (Thị trấn Mỹ An / Xã Mỹ An), or a town
# whose bare name is also the start of a commune's (TT Mỹ Long / Mỹ Long Bắc), or the district's own name.
NEVER_BARE = {"Mỹ An", "Mỹ Long", "Cầu Ngang", "Thạnh Hóa", "Bình Mỹ", "Mỹ Hòa"}

# The table's metric columns: (metric code, kind) in column order C.. K; headers below.
COLUMNS = [
    ("reg_party_members_pct", "pct"), ("reg_civil_servants_pct", "pct"), ("reg_union_members_pct", "pct"),
    ("models_total", "count"), ("models_collective", "count"), ("models_individual", "count"),
    ("models_new", "count"), ("commend_collective", "count"), ("commend_individual", "count"),
]
GROUPS = [  # (first col, last col, group label), columns 1-based
    (3, 5, "Tỷ lệ đăng ký học tập và làm theo (%)"),
    (6, 9, "Mô hình học tập và làm theo Bác"),
    (10, 11, "Khen thưởng"),
]
CHILDREN = ["Đảng viên", "CCVC, LLVT không là đảng viên", "Đoàn viên, hội viên",
            "Tổng số", "Tập thể", "Cá nhân", "Mô hình mới", "Tập thể", "Cá nhân"]
FIRST_METRIC_COL = 3
NOTE_COL = 12
HEADER_ROW = 8          # group row; children on 9, the "(1) (2) ..." numbering on 10
FIRST_DATA_ROW = 12     # row 11 is "I. Khối xã, thị trấn"


@dataclass
class Report:
    """One district's figures for one year, and how the clerk typed them."""
    key: str
    year: int
    values: dict            # (code, metric) -> number (None: blank, not reported)
    typed: dict = field(default_factory=dict)    # (code, metric) -> what is typed in the cell, when not the number
    qualifiers: dict = field(default_factory=dict)  # (code, metric) -> '>'
    names: dict = field(default_factory=dict)       # code -> the unit name as typed
    day: int = 20
    month: int = 12
    pct_fraction: set = field(default_factory=set)  # (code, metric) typed as a fraction in a % formatted cell

    @property
    def district(self):
        return DISTRICTS[self.key]

    def rows(self):
        """[(code, typed name)] in table order, the district's total last."""
        code, _, _, _, communes = self.district
        return [(c, self.names[c]) for _, _, c in communes] + [(code, "Tổng cộng")]

    def cell_of(self, unit_code, metric):
        """The A1 reference of a figure in the table."""
        row = FIRST_DATA_ROW + [c for c, _ in self.rows()].index(unit_code)
        col = FIRST_METRIC_COL + [m for m, _ in COLUMNS].index(metric)
        return f"{get_column_letter(col)}{row}"

    def facts(self):
        """{(unit_code, year, metric): (value, qualifier)} the report gives (blank cells give nothing)."""
        return {(c, self.year, m): (v, self.qualifiers.get((c, m)))
                for (c, m), v in self.values.items() if v is not None}


def typed_name(kind, name, i):
    """A unit name as clerks type it: with or without its type word, abbreviated, capitalised, old tone marks."""
    if kind == "tt":
        return ["TT " + name, "Thị trấn " + name, "Thị Trấn " + name, "TT. " + name][i % 4]
    style = i % 6
    if style == 3 and name in NEVER_BARE:
        style = 0
    out = ["Xã " + name, "xã " + name, "X. " + name, name, "XÃ " + name.upper(), "Xã " + name][style]
    if i % 5 == 2:  # old tone placement, as older keyboards and fonts type it
        out = out.replace("Hòa", "Hoà").replace("Thủy", "Thuỷ").replace("HÒA", "HOÀ")
    return out


def make_report(key, year, seed_extra=""):
    """Plausible, internally consistent figures: total = collective + individual, new <= total, rates <= 100."""
    rnd = random.Random(f"{key}-{year}-{seed_extra}")
    dcode, _, _, _, communes = DISTRICTS[key]
    values, names = {}, {}
    sums = {m: 0 for m, k in COLUMNS if k == "count"}
    for i, (kind, name, code) in enumerate(communes):
        names[code] = typed_name(kind, name, i + year)
        coll, ind = rnd.randint(2, 7), rnd.randint(1, 4)
        row = {
            "reg_party_members_pct": round(rnd.uniform(96.0, 100.0), 1),
            "reg_civil_servants_pct": round(rnd.uniform(75.0, 95.0), 1),
            "reg_union_members_pct": round(rnd.uniform(40.0, 80.0), 1),
            "models_total": coll + ind, "models_collective": coll, "models_individual": ind,
            "models_new": rnd.randint(0, 3), "commend_collective": rnd.randint(0, 3),
            "commend_individual": rnd.randint(1, 6),
        }
        for m, v in row.items():
            values[(code, m)] = v
            if m in sums:
                sums[m] += v
    for m, k in COLUMNS:
        values[(dcode, m)] = sums[m] if k == "count" else round(rnd.uniform(96.0, 99.5), 1)
    values[(dcode, "reg_civil_servants_pct")] = round(rnd.uniform(80.0, 90.0), 1)
    values[(dcode, "reg_union_members_pct")] = round(rnd.uniform(45.0, 70.0), 1)
    rep = Report(key, year, values, names=names)
    # two blank cells: a commune that did not report its new models, another its union members' rate
    rep.values[(communes[4][2], "models_new")] = None
    rep.values[(communes[-2][2], "reg_union_members_pct")] = None
    # a few rates typed as text with a decimal comma, one with its percent sign (kept where the value is x.y)
    for j, (code, m) in enumerate([(communes[1][2], "reg_party_members_pct"),
                                   (communes[6][2], "reg_civil_servants_pct"),
                                   (communes[7][2], "reg_union_members_pct")]):
        v = rep.values[(code, m)]
        rep.typed[(code, m)] = f"{v:.1f}".replace(".", ",") + ("%" if j == 2 else "")
    return rep


def cau_ngang_2022():
    """Cầu Ngang 2022 with the district figures DOMAIN.md gives from the published report."""
    rep = make_report("CauNgang", 2022)
    communes = DISTRICTS["CauNgang"][4]
    coll = [5, 5, 4, 4, 5, 4, 4, 5, 4, 5, 4, 4, 4, 4, 4]   # sums to 65
    ind = [2, 2, 2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]    # sums to 31
    new = [1, 1, 1, 1, None, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]  # 14 reported by communes; the district says 15
    for (_, _, code), c, i, n in zip(communes, coll, ind, new):
        rep.values[(code, "models_collective")] = c
        rep.values[(code, "models_individual")] = i
        rep.values[(code, "models_total")] = c + i
        rep.values[(code, "models_new")] = n
    d = "848"
    rep.values.update({(d, "reg_party_members_pct"): 98, (d, "reg_civil_servants_pct"): 80,
                       (d, "reg_union_members_pct"): 40, (d, "models_total"): 96,
                       (d, "models_collective"): 65, (d, "models_individual"): 31, (d, "models_new"): 15})
    rep.typed[(d, "reg_party_members_pct")] = "trên 98%"
    rep.qualifiers[(d, "reg_party_members_pct")] = ">"
    rep.typed[(d, "reg_civil_servants_pct")] = "80%"
    rep.typed[(d, "reg_union_members_pct")] = "hơn 40%"
    rep.qualifiers[(d, "reg_union_members_pct")] = ">"
    return rep


def copy_report(rep, **changes):
    new = Report(rep.key, rep.year, dict(rep.values), dict(rep.typed), dict(rep.qualifiers), dict(rep.names),
                 rep.day, rep.month, set(rep.pct_fraction))
    for k, v in changes.items():
        setattr(new, k, v)
    return new


# ----------------------------------------------------------------------------------------------------------
# Writing workbooks

BOLD = Font(name="Times New Roman", bold=True, size=12)
PLAIN = Font(name="Times New Roman", size=12)
ITALIC = Font(name="Times New Roman", italic=True, size=12)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def put(ws, ref, value, font=PLAIN, align=None):
    c = ws[ref]
    c.value = value
    c.font = font
    if align is not None:
        c.alignment = align
    return c


def title_block(ws, rep, last_col):
    """The issuing body on the left, the party's motto and the date line on the right, the title with the year."""
    _, dname, province, place, _ = rep.district
    half = last_col // 2
    L, R = get_column_letter(half), get_column_letter(half + 1)
    E = get_column_letter(last_col)
    rows = [(province, PLAIN, "ĐẢNG CỘNG SẢN VIỆT NAM", BOLD),
            ("HUYỆN ỦY " + dname, BOLD, None, None),
            ("BAN TUYÊN GIÁO", BOLD, f"{place}, ngày {rep.day:02d} tháng {rep.month:02d} năm {rep.year}", ITALIC),
            ("*", PLAIN, None, None)]
    for r, (left, lf, right, rf) in enumerate(rows, start=1):
        put(ws, f"A{r}", left, lf, CENTER)
        ws.merge_cells(f"A{r}:{L}{r}")
        if right:
            put(ws, f"{R}{r}", right, rf, CENTER)
            ws.merge_cells(f"{R}{r}:{E}{r}")
    put(ws, "A5", "BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH "
                  f"NĂM {rep.year}", BOLD, CENTER)
    ws.merge_cells(f"A5:{E}5")
    put(ws, "A6", f"(Kèm theo Báo cáo số      -BC/BTGHU, ngày {rep.day:02d}/{rep.month:02d}/{rep.year} "
                  "của Ban Tuyên giáo Huyện ủy)", ITALIC, CENTER)
    ws.merge_cells(f"A6:{E}6")


def write_district(rep, path, sheet_name):
    """A district's table: one row per commune typed freely, the district's own figure in "Tổng cộng"."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name
    title_block(ws, rep, NOTE_COL)
    h, c = HEADER_ROW, HEADER_ROW + 1
    put(ws, f"A{h}", "STT", BOLD, CENTER)
    ws.merge_cells(f"A{h}:A{c}")
    put(ws, f"B{h}", "Đơn vị", BOLD, CENTER)
    ws.merge_cells(f"B{h}:B{c}")
    for first, last, label in GROUPS:
        put(ws, f"{get_column_letter(first)}{h}", label, BOLD, CENTER)
        ws.merge_cells(f"{get_column_letter(first)}{h}:{get_column_letter(last)}{h}")
    for j, label in enumerate(CHILDREN):
        put(ws, f"{get_column_letter(FIRST_METRIC_COL + j)}{c}", label, BOLD, CENTER)
    put(ws, f"{get_column_letter(NOTE_COL)}{h}", "Ghi chú", BOLD, CENTER)
    ws.merge_cells(f"{get_column_letter(NOTE_COL)}{h}:{get_column_letter(NOTE_COL)}{c}")
    for j in range(NOTE_COL):
        put(ws, f"{get_column_letter(j + 1)}{h + 2}", f"({j + 1})", ITALIC, CENTER)
    put(ws, f"A{FIRST_DATA_ROW - 1}", "I", BOLD, CENTER)
    put(ws, f"B{FIRST_DATA_ROW - 1}", "Khối xã, thị trấn", BOLD)
    rows = rep.rows()
    for i, (code, name) in enumerate(rows):
        r = FIRST_DATA_ROW + i
        total = i == len(rows) - 1
        if not total:
            put(ws, f"A{r}", i + 1, PLAIN, CENTER)
        put(ws, f"B{r}", name, BOLD if total else PLAIN)
        for j, (metric, _) in enumerate(COLUMNS):
            ref = f"{get_column_letter(FIRST_METRIC_COL + j)}{r}"
            v = rep.values.get((code, metric))
            if v is None:
                continue
            if (code, metric) in rep.pct_fraction:
                cell = put(ws, ref, round(v / 100, 6), BOLD if total else PLAIN, CENTER)
                cell.number_format = "0.0%"
            else:
                put(ws, ref, rep.typed.get((code, metric), v), BOLD if total else PLAIN, CENTER)
    end = FIRST_DATA_ROW + len(rows)
    put(ws, f"A{end + 1}", f"Ghi chú: Số liệu tính đến ngày 15/{rep.month:02d}/{rep.year}; ô trống là đơn vị "
                           "chưa báo cáo.", ITALIC)
    signature(ws, end + 3, NOTE_COL)
    widths = {"A": 5, "B": 22}
    for j in range(1, NOTE_COL + 1):
        ws.column_dimensions[get_column_letter(j)].width = widths.get(get_column_letter(j), 11)
    save_deterministic(wb, path)


def signature(ws, r, last_col):
    R = get_column_letter(last_col - 3)
    put(ws, f"B{r}", "Người lập biểu", BOLD, CENTER)
    put(ws, f"{R}{r}", "TRƯỞNG BAN", BOLD, CENTER)
    put(ws, f"B{r + 1}", "(Đã ký)", ITALIC, CENTER)
    put(ws, f"{R}{r + 1}", "(Đã ký)", ITALIC, CENTER)
    put(ws, f"B{r + 4}", "Nguyễn Thị Thu Hà", BOLD, CENTER)
    put(ws, f"{R}{r + 4}", "Trần Văn Bình", BOLD, CENTER)


# A commune's own report, vertical: STT | Nội dung | Đơn vị tính | Số lượng | Tỷ lệ (%) | Ghi chú
VERTICAL_ROWS = [
    ("reg_party_members_pct", "Tỷ lệ đảng viên đăng ký học tập và làm theo", "%"),
    ("reg_civil_servants_pct", "Tỷ lệ CCVC, LLVT không là đảng viên đăng ký", "%"),
    ("reg_union_members_pct", "Tỷ lệ đoàn viên, hội viên đăng ký", "%"),
    ("models_total", "Tổng số mô hình", "mô hình"),
    ("models_collective", "Mô hình tập thể", "mô hình"),
    ("models_individual", "Mô hình cá nhân", "mô hình"),
    ("models_new", "Mô hình mới", "mô hình"),
]
VERTICAL_FIRST_ROW = 10


def write_commune_vertical(rep, code, path):
    """The commune's own report of the same figures it gave the district (same values, typed its own way)."""
    _, dname, _, _, communes = rep.district
    kind, name = next((k, n) for k, n, c in communes if c == code)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu so lieu"
    put(ws, "A1", "ĐẢNG BỘ HUYỆN " + dname, PLAIN, CENTER)
    ws.merge_cells("A1:C1")
    put(ws, "D1", "ĐẢNG CỘNG SẢN VIỆT NAM", BOLD, CENTER)
    ws.merge_cells("D1:F1")
    put(ws, "A2", ("ĐẢNG ỦY THỊ TRẤN " if kind == "tt" else "ĐẢNG ỦY XÃ ") + name.upper(), BOLD, CENTER)
    ws.merge_cells("A2:C2")
    put(ws, "A3", "*", PLAIN, CENTER)
    put(ws, "D3", f"{name}, ngày 15 tháng 12 năm {rep.year}", ITALIC, CENTER)
    ws.merge_cells("D3:F3")
    put(ws, "A5", "BÁO CÁO SỐ LIỆU KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH "
                  f"NĂM {rep.year}", BOLD, CENTER)
    ws.merge_cells("A5:F5")
    for j, label in enumerate(["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Tỷ lệ (%)", "Ghi chú"]):
        put(ws, f"{'ABCDEF'[j]}8", label, BOLD, CENTER)
    for j in range(6):
        put(ws, f"{'ABCDEF'[j]}9", f"({j + 1})", ITALIC, CENTER)
    r = VERTICAL_FIRST_ROW
    for i, (metric, label, unit) in enumerate(VERTICAL_ROWS):
        v = rep.values.get((code, metric))
        if v is None:
            continue
        put(ws, f"A{r}", i + 1, PLAIN, CENTER)
        put(ws, f"B{r}", label)
        put(ws, f"C{r}", unit, PLAIN, CENTER)
        if unit == "%":
            put(ws, f"E{r}", f"{v:.1f}".replace(".", ","), PLAIN, CENTER)
        else:
            put(ws, f"D{r}", v, PLAIN, CENTER)
        r += 1
    put(ws, f"B{r + 1}", "Người lập biểu", BOLD, CENTER)
    put(ws, f"E{r + 1}", "T/M ĐẢNG ỦY", BOLD, CENTER)
    put(ws, f"E{r + 2}", "BÍ THƯ", BOLD, CENTER)
    put(ws, f"E{r + 3}", "(Đã ký)", ITALIC, CENTER)
    put(ws, f"E{r + 5}", "Thạch Thị Sa Rinh", BOLD, CENTER)
    ws.column_dimensions["B"].width = 48
    save_deterministic(wb, path)


# ----------------------------------------------------------------------------------------------------------
# Cases

@dataclass
class Case:
    name: str
    folder: Path
    expected: dict


def fact_rows(facts, keys):
    return [{"unit_code": k[0], "year": k[1], "metric": k[2], "value": facts[k][0], "qualifier": facts[k][1]}
            for k in keys]


def sample_keys(rep, extra=()):
    """A handful of facts worth checking: a typed-as-text rate, a count, a district total, a qualified one."""
    communes = rep.district[4]
    keys = [(communes[1][2], rep.year, "reg_party_members_pct"),     # typed "98,1"
            (communes[7][2], rep.year, "reg_union_members_pct"),     # typed "55,3%"
            (communes[2][2], rep.year, "models_total"),
            (communes[-1][2], rep.year, "commend_individual"),
            (rep.district[0], rep.year, "models_collective"),
            (rep.district[0], rep.year, "reg_party_members_pct")]
    return keys + list(extra)


def conflict_entry(key, a_file, a_rep, b_file, b_rep, sheet):
    code, year, metric = key
    side = lambda f, r: {"file": f, "sheet": sheet, "cell": r.cell_of(code, metric),  # noqa: E731
                         "value": str(r.typed.get((code, metric), r.values[(code, metric)]))}
    return {"unit_code": code, "year": year, "metric": metric,
            "sides": [side(a_file, a_rep), side(b_file, b_rep)]}


def write_expected(folder, exp):
    (folder / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                          encoding="utf-8")


def resend_pair(rep, changes):
    """The corrected resend ("_dieuchinh"): a later date line and a few figures changed, all else equal."""
    fixed = copy_report(rep, day=28)
    for (code, metric), (value, typed, qual) in changes.items():
        fixed.values[(code, metric)] = value
        fixed.typed.pop((code, metric), None)
        fixed.qualifiers.pop((code, metric), None)
        if typed is not None:
            fixed.typed[(code, metric)] = typed
        if qual is not None:
            fixed.qualifiers[(code, metric)] = qual
    return fixed


def build(out_dir) -> list[Case]:
    out = Path(out_dir)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    cases = []

    def case(name, description, exit_code, files, facts, conflicts=(), dup_groups=(), present=(), extra=None):
        folder = out / name
        exp = {"case": name, "description": description, "exit_code": exit_code, "files": files,
               "duplicate_groups": list(dup_groups), "facts_count": len(facts),
               "facts_present": fact_rows(facts, present),
               "facts_absent": [{"unit_code": c["unit_code"], "year": c["year"], "metric": c["metric"]}
                                for c in conflicts],
               "conflicts": list(conflicts), "rejects_only_at": True}
        exp.update(extra or {})
        write_expected(folder, exp)
        cases.append(Case(name, folder, exp))

    # a. a report, its second download "(1)" (same bytes), another district's report
    cn23 = make_report("CauNgang", 2023)
    bl23 = make_report("BinhLuc", 2023)
    bl23.names["13516"] = unicodedata.normalize("NFD", "Xã Đồng Du")  # typed in a web tool: decomposed
    d = out / "a_copy_in_batch"
    write_district(cn23, d / "BaoCao_CauNgang_2023.xlsx", "TH 2023")
    shutil.copyfile(d / "BaoCao_CauNgang_2023.xlsx", d / "BaoCao_CauNgang_2023 (1).xlsx")
    write_district(bl23, d / "BaoCao_BinhLuc_2023.xlsx", "Bieu 01")
    facts = {**cn23.facts(), **bl23.facts()}
    case(d.name, "A report, its second download named '(1)' by the browser, and another district's report.",
         0, {"BaoCao_BinhLuc_2023.xlsx": "loaded"}, facts,
         dup_groups=[{"files": ["BaoCao_CauNgang_2023.xlsx", "BaoCao_CauNgang_2023 (1).xlsx"],
                      "status": "loaded"}],
         present=sample_keys(cn23) + sample_keys(bl23) + [("13516", 2023, "models_total")])

    # b. a report and its corrected resend: 3 figures changed, everything else equal
    th23 = make_report("ThanhHoa", 2023)
    changes = {("27871", "reg_party_members_pct"): (99.2, None, None),      # commune rate
               ("27886", "commend_individual"): (th23.values[("27886", "commend_individual")] + 2, None, None),
               ("800", "commend_collective"): (th23.values[("800", "commend_collective")] + 3, None, None)}
    th23b = resend_pair(th23, changes)
    f1, f2 = "BaoCao_ThanhHoa_2023.xlsx", "BaoCao_ThanhHoa_2023_dieuchinh.xlsx"
    conflicts = [conflict_entry((c, 2023, m), f1, th23, f2, th23b, "Bieu TH") for c, m in changes]
    keep = {k: v for k, v in th23.facts().items() if (k[0], k[2]) not in changes}
    for name, files in [("b_resend_conflict", [th23, th23b]), ("c_resend_conflict_and_other", None)]:
        d = out / name
        write_district(th23, d / f1, "Bieu TH")
        write_district(th23b, d / f2, "Bieu TH")
        if files is None:
            tm23 = make_report("ThapMuoi", 2023)
            write_district(tm23, d / "BaoCao_ThapMuoi_2023.xlsx", "Sheet1")
            case(name, "Case b plus an unrelated district's report in the same batch: it loads whole.", 1,
                 {f1: "loaded_with_rejects", f2: "loaded_with_rejects", "BaoCao_ThapMuoi_2023.xlsx": "loaded"},
                 {**keep, **tm23.facts()}, conflicts,
                 present=[k for k in sample_keys(th23) if (k[0], k[2]) not in changes] + sample_keys(tm23)
                 + [("30037", 2023, "models_total"), ("30064", 2023, "models_total")])
        else:
            case(name, "A report and its corrected resend in one batch, 3 figures changed: each of the 3 is a "
                       "conflict across files (neither value loads, both cells in rejects); all else loads once.",
                 1, {f1: "loaded_with_rejects", f2: "loaded_with_rejects"}, keep, conflicts,
                 present=[k for k in sample_keys(th23) if (k[0], k[2]) not in changes]
                 + [("27871", 2023, "reg_civil_servants_pct"), ("27886", 2023, "commend_collective")])

    # d. a district report and one commune's own vertical report with the same figures: no conflict
    cn24 = make_report("CauNgang", 2024)
    d = out / "d_overlap_same_values"
    write_district(cn24, d / "BaoCao_CauNgang_2024.xlsx", "Bieu 01")
    write_commune_vertical(cn24, "29443", d / "BaoCao_LongSon_2024.xlsx")
    case(d.name, "A district report and Xã Long Sơn's own vertical report giving the same 7 figures: one fact "
                 "per figure, no conflict, both files loaded.", 0,
         {"BaoCao_CauNgang_2024.xlsx": "loaded", "BaoCao_LongSon_2024.xlsx": "loaded"}, cn24.facts(),
         present=sample_keys(cn24) + [("29443", 2024, m) for m, _, _ in VERTICAL_ROWS])

    # e. three copies of one file in a download subfolder (one under a template's name) + another year
    tm22 = make_report("ThapMuoi", 2022)
    tm22.values.update({("872", "commend_collective"): 20, ("872", "commend_individual"): 52})
    tm24 = make_report("ThapMuoi", 2024)
    d = out / "e_copies_in_subfolder"
    sub = "Tai ve tu Zalo"
    write_district(tm22, d / sub / "BaoCao_ThapMuoi_2022.xlsx", "TH 2022")
    shutil.copyfile(d / sub / "BaoCao_ThapMuoi_2022.xlsx", d / sub / "BaoCao_ThapMuoi_2022 (1).xlsx")
    shutil.copyfile(d / sub / "BaoCao_ThapMuoi_2022.xlsx", d / sub / "Bieu_mau_01.xlsx")
    write_district(tm24, d / "BaoCao_ThapMuoi_2024.xlsx", "TH 2024")
    case(d.name, "Three byte-identical copies of Tháp Mười 2022 in a subfolder, under three names, and the "
                 "district's 2024 report: 2022 loads once, the two copies load nothing.", 0,
         {"BaoCao_ThapMuoi_2024.xlsx": "loaded"}, {**tm22.facts(), **tm24.facts()},
         dup_groups=[{"files": [f"{sub}/BaoCao_ThapMuoi_2022.xlsx", f"{sub}/BaoCao_ThapMuoi_2022 (1).xlsx",
                                f"{sub}/Bieu_mau_01.xlsx"], "status": "loaded"}],
         present=sample_keys(tm22) + sample_keys(tm24)
         + [("872", 2022, "commend_collective"), ("872", 2022, "commend_individual")])

    # f. a resend differing only in a qualifier: "trên 98%" then "98%". '>98' is not '98': a conflict.
    cn22 = cau_ngang_2022()
    cn22b = resend_pair(cn22, {("848", "reg_party_members_pct"): (98, "98%", None)})
    d = out / "f_qualifier_only"
    f1, f2 = "BaoCao_CauNgang_2022.xlsx", "BaoCao_CauNgang_2022_dieuchinh.xlsx"
    write_district(cn22, d / f1, "Bieu 01")
    write_district(cn22b, d / f2, "Bieu 01")
    key = ("848", 2022, "reg_party_members_pct")
    case(d.name, "A resend that changes only 'trên 98%' to '98%' for the district's party members' rate: the "
                 "figure '>98' differs from '98', so it is a conflict; everything else loads once.", 1,
         {f1: "loaded_with_rejects", f2: "loaded_with_rejects"},
         {k: v for k, v in cn22.facts().items() if k != key},
         [conflict_entry(key, f1, cn22, f2, cn22b, "Bieu 01")],
         present=[k for k in sample_keys(cn22) if k != key]
         + [("848", 2022, m) for m in ("reg_civil_servants_pct", "reg_union_members_pct", "models_total",
                                       "models_individual", "models_new")])

    # g. a resend that retypes some figures (text, decimal comma, % fraction, count word, name) but the same values
    bl24 = make_report("BinhLuc", 2024)
    bl24b = copy_report(bl24, day=27)
    communes = DISTRICTS["BinhLuc"][4]
    retyped = [(communes[0][2], "reg_party_members_pct", "text"), (communes[3][2], "reg_party_members_pct", "frac"),
               (communes[5][2], "reg_civil_servants_pct", "pct"), (communes[8][2], "models_total", "word"),
               (communes[1][2], "reg_party_members_pct", "number"), ("352", "models_collective", "textint")]
    for code, metric, how in retyped:
        v = bl24.values[(code, metric)]
        bl24b.typed.pop((code, metric), None)
        if how == "text":
            bl24b.typed[(code, metric)] = f"{v:.1f}".replace(".", ",")
        elif how == "pct":
            bl24b.typed[(code, metric)] = f"{v:.1f}".replace(".", ",") + " %"
        elif how == "frac":
            bl24b.pct_fraction.add((code, metric))
        elif how == "word":
            bl24b.typed[(code, metric)] = f"{v} mô hình"
        elif how == "textint":
            bl24b.typed[(code, metric)] = str(v)
    bl24b.names["13510"] = "XÃ TRÀNG AN" if bl24.names["13510"] != "XÃ TRÀNG AN" else "Xã Tràng An"
    bl24b.names["13519"] = "Ngọc Lũ" if bl24.names["13519"] != "Ngọc Lũ" else "xã Ngọc Lũ"
    d = out / "g_same_values_retyped"
    f1, f2 = "BaoCao_BinhLuc_2024.xlsx", "BaoCao_BinhLuc_2024_dieuchinh.xlsx"
    write_district(bl24, d / f1, "Bieu 01")
    write_district(bl24b, d / f2, "Bieu 01")
    case(d.name, "A resend typing six figures differently (text with decimal comma, '98,5 %', a fraction in a "
                 "%-formatted cell, '9 mô hình', '58' as text) and two unit names differently, all with the same "
                 "values: one fact per figure, no conflict, exit 0.", 0,
         {f1: "loaded", f2: "loaded"}, bl24.facts(),
         present=sample_keys(bl24) + [(c, 2024, m) for c, m, _ in retyped]
         + [("13510", 2024, "models_total"), ("13519", 2024, "reg_party_members_pct")])

    # h. a report, its "(1)" copy and its corrected resend: the copy is a copy, not a third side of a conflict
    tm23 = make_report("ThapMuoi", 2023)
    tm23b = resend_pair(tm23, {("30061", "models_new"): (tm23.values[("30061", "models_new")] + 1, None, None)})
    d = out / "h_copy_and_resend"
    f1, f1c, f2 = "BaoCao_ThapMuoi_2023.xlsx", "BaoCao_ThapMuoi_2023 (1).xlsx", "BaoCao_ThapMuoi_2023_dieuchinh.xlsx"
    write_district(tm23, d / f1, "Sheet1")
    shutil.copyfile(d / f1, d / f1c)
    write_district(tm23b, d / f2, "Sheet1")
    key = ("30061", 2023, "models_new")
    conflict = conflict_entry(key, f1, tm23, f2, tm23b, "Sheet1")
    case(d.name, "A report, its '(1)' download and its corrected resend with one figure changed: the copy loads "
                 "nothing; the one changed figure is a conflict between the report (whichever of its two names "
                 "loaded) and the resend.", 1,
         {f2: "loaded_with_rejects"}, {k: v for k, v in tm23.facts().items() if k != key}, [conflict],
         dup_groups=[{"files": [f1, f1c], "status": "loaded_with_rejects"}],
         present=sample_keys(tm23) + [("30061", 2023, "models_total")],
         extra={"conflict_side_aliases": {f1: [f1, f1c]}})
    return cases


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0] if argv else "batch_corpus_out")
    for c in build(out):
        files = sorted(p.relative_to(c.folder).as_posix() for p in c.folder.rglob("*.xlsx"))
        print(f"{c.name}: {len(files)} files, exit {c.expected['exit_code']}, "
              f"{c.expected['facts_count']} facts, {len(c.expected['conflicts'])} conflicts")


if __name__ == "__main__":
    main()
