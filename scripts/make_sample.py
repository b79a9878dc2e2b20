"""Build the sample spreadsheets (data/sample/) and the blank templates (data/templates/).

Deterministic: the same code gives the same figures (random.Random with fixed seeds). The figures published
in the news reports (DOMAIN.md) are written exactly; everything else is synthetic but plausible, and the
dashboard labels the sample as "Dữ liệu mẫu". Run: .venv/bin/python scripts/make_sample.py
"""

from __future__ import annotations

import csv
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportgen.workbook import (  # noqa: E402
    COMMENDATION_COLUMNS,
    MODEL_COLUMNS,
    MODEL_COLUMNS_WITH_APPRAISAL,
    MODEL_WIDTHS_WITH_APPRAISAL,
    Row,
    TitleBlock,
    standard_groups,
    write_figures,
    write_register,
)

SAMPLE = ROOT / "data" / "sample"
TEMPLATES = ROOT / "data" / "templates"
YEARS_OLD = range(2016, 2025)
# Bình Lục's 2021–2024 changes (Hưng Công and Bối Cầu merged, An Nội renamed Bình An) have no exact date in
# the reference lists; the sample shows them from this year on.
BINH_LUC_MERGER_YEAR = 2023


@dataclass
class District:
    code: str
    ascii: str
    name: str  # "Cầu Ngang"
    province: str  # "Trà Vinh"
    agencies: list[str]
    percent_fraction: bool = False
    text_decimal_comma: bool = False
    typed_names: dict[str, str] | None = None  # official name -> as the clerk types it


DISTRICTS = [
    District("352", "BinhLuc", "Bình Lục", "Hà Nam", ["Đảng bộ Công an huyện"], percent_fraction=True),
    District("800", "ThanhHoa", "Thạnh Hóa", "Long An", ["Chi bộ Văn phòng Huyện ủy"], text_decimal_comma=True,
             typed_names={"Thị trấn Thạnh Hóa": "TT Thạnh Hóa", "Xã Thủy Đông": "xã Thuỷ Đông",
                          "Xã Thủy Tây": "Xã Thuỷ Tây", "Xã Thuận Nghĩa Hòa": "Xã Thuận Nghĩa Hoà"}),
    District("848", "CauNgang", "Cầu Ngang", "Trà Vinh", ["Chi bộ Khối Đoàn thể huyện", "Chi bộ Công an huyện"]),
    District("872", "ThapMuoi", "Tháp Mười", "Đồng Tháp",
             ["Chi bộ Bệnh viện Đa khoa khu vực Tháp Mười", "Đảng bộ Quân sự huyện"],
             typed_names={"Xã Láng Biển": "X. Láng Biển"}),
]

# New map (from 1 July 2025): the new communes that took in each district's communes (DOMAIN.md).
NEW_AREAS = [
    ("NinhBinh", "Ninh Bình", "37", ["Xã Bình Mỹ", "Xã Bình Lục", "Xã Bình Giang", "Xã Bình An", "Xã Bình Sơn"]),
    ("TayNinh", "Tây Ninh", "80", ["Xã Thạnh Hóa", "Xã Bình Thành", "Xã Thạnh Phước", "Xã Tân Tây"]),
    ("VinhLong", "Vĩnh Long", "86", ["Xã Cầu Ngang", "Xã Mỹ Long", "Xã Vinh Kim", "Xã Nhị Trường", "Xã Hiệp Mỹ",
                                     "Xã Ngũ Lạc"]),
    ("DongThap", "Đồng Tháp", "82", ["Xã Tháp Mười", "Xã Phương Thịnh", "Xã Trường Xuân", "Xã Mỹ Quí",
                                     "Xã Đốc Binh Kiều", "Xã Thanh Mỹ"]),
]

# Published district figures (DOMAIN.md), written exactly into the totals rows.
PUBLISHED: dict[tuple[str, int], dict[tuple[str, str], object]] = {
    ("848", 2022): {
        ("plans_issued", "value"): 8,
        ("reg_party_members_pct", "value"): "trên 98%",
        ("reg_civil_servants_pct", "value"): 80,
        ("reg_union_members_pct", "value"): "trên 40%",
        ("models_total", "value"): 96, ("models_collective", "value"): 65, ("models_individual", "value"): 31,
        ("models_new", "value"): 15,
        ("propaganda_articles", "value"): 24, ("propaganda_social_posts", "value"): "trên 100",
        ("propaganda_broadcasts", "value"): 80,
    },
    ("872", 2022): {
        ("commend_collective", "value"): 20, ("commend_individual", "value"): 52,
        ("commend_proposed_collective", "value"): 1, ("commend_proposed_individual", "value"): 2,
    },
    ("352", 2021): {("models_pilot", "value"): 3, ("model_replication_pct", "value"): "17/17"},
}

COUNT_METRICS = ["plans_issued", "models_total", "models_collective", "models_individual", "models_new",
                 "models_pilot", "commend_collective", "commend_individual", "commend_proposed_collective",
                 "commend_proposed_individual", "propaganda_articles", "propaganda_broadcasts",
                 "propaganda_social_posts"]



def lower_type(name: str) -> str:
    """"Xã Bình Mỹ" inside a name reads "xã Bình Mỹ": the type word lower-case, the name as it is."""
    return name[:1].lower() + name[1:]

def official_communes(district: str, year: int) -> list[tuple[str, str]]:
    """(code, name) of the district's communes in ``year``, from data/reference/units_old.csv."""
    with open(ROOT / "data" / "reference" / "units_old.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["level"] == "commune" and r["district_code"] == district]
    out: dict[str, str] = {}
    for r in sorted(rows, key=lambda r: int(r["first_year"] or 0)):
        first = int(r["first_year"] or 0)
        last = int(r["last_year"] or 9999)
        if not first <= year <= last:
            continue
        if district == "352" and year >= 2022:
            if year < BINH_LUC_MERGER_YEAR and first >= 2022:
                continue  # the new name (Bình An) only from the merger year
            if year >= BINH_LUC_MERGER_YEAR and last == 2024:
                continue  # merged away (Hưng Công, Bối Cầu) and the old name (An Nội)
        out[r["code"]] = r["name"]
    return sorted(out.items())


def split_total(rng: random.Random, total: int, parts: int) -> list[int]:
    """``total`` split into ``parts`` non-negative whole numbers."""
    weights = [rng.uniform(0.5, 1.5) for _ in range(parts)]
    raw = [total * w / sum(weights) for w in weights]
    out = [int(x) for x in raw]
    for i in sorted(range(parts), key=lambda i: raw[i] - out[i], reverse=True)[: total - sum(out)]:
        out[i] += 1
    return out


def drift(rng: random.Random, unit: str, metric: str, low: float, high: float) -> float:
    """A unit's rate of a year: its own level (drawn once per unit, from ``unit`` and ``metric``) moved by a
    little of this year's draw, as real units move from year to year — a few points, never the 15 of a
    typing error (etl.publishing.desk's rate_jump). The year's draw is taken from ``rng`` as before, so every other
    figure of the sample stays what it was."""
    level = random.Random(f"{unit}|{metric}").uniform(low, high)
    return level + (rng.uniform(low, high) - (low + high) / 2) * 0.15


def unit_values(rng: random.Random, year: int, is_agency: bool, unit: str = "") -> dict[tuple[str, str], float | int]:
    """One unit's figures of ``year``; ``unit`` (its district and name) keeps its rates near their own level
    from one year to the next."""
    v: dict[tuple[str, str], float | int] = {}
    trend = (year - 2016) * 0.4
    members = rng.randint(25, 60) if is_agency else rng.randint(140, 520)
    rate = min(100.0, drift(rng, unit, "party", 93.5, 98.0) + trend * 0.5)
    registered = min(members, round(members * rate / 100))
    v[("reg_party_members_pct", "denominator")] = members
    v[("reg_party_members_pct", "numerator")] = registered
    v[("reg_party_members_pct", "value")] = round(100 * registered / members, 1)
    servants = rng.randint(10, 35) if is_agency else rng.randint(18, 55)
    s_reg = min(servants, round(servants * min(100.0, drift(rng, unit, "servants", 68, 88) + trend) / 100))
    v[("reg_civil_servants_pct", "denominator")] = servants
    v[("reg_civil_servants_pct", "numerator")] = s_reg
    v[("reg_civil_servants_pct", "value")] = round(100 * s_reg / servants, 1)
    if not is_agency:
        v[("reg_union_members_pct", "value")] = round(min(95.0, drift(rng, unit, "unions", 33, 55) + trend * 2), 1)
    v[("plans_issued", "value")] = rng.randint(1, 3) if is_agency else rng.randint(2, 6)
    cells = rng.randint(1, 3) if is_agency else rng.randint(8, 22)
    v[("party_cells_plans_pct", "denominator")] = cells
    v[("party_cells_plans_pct", "numerator")] = cells - (1 if rng.random() < 0.25 else 0)
    collective = rng.randint(1, 3) if is_agency else rng.randint(2, 6)
    individual = rng.randint(0, 2) if is_agency else rng.randint(1, 4)
    v[("models_collective", "value")] = collective
    v[("models_individual", "value")] = individual
    v[("models_total", "value")] = collective + individual
    v[("models_new", "value")] = rng.randint(0, min(2, collective + individual))
    v[("commend_collective", "value")] = rng.randint(0, 2)
    v[("commend_individual", "value")] = rng.randint(0, 4)
    v[("commend_proposed_collective", "value")] = 1 if rng.random() < 0.1 else 0
    v[("commend_proposed_individual", "value")] = 1 if rng.random() < 0.15 else 0
    v[("propaganda_articles", "value")] = rng.randint(0, 3) if is_agency else rng.randint(2, 9)
    v[("propaganda_broadcasts", "value")] = 0 if is_agency else rng.randint(4, 18)
    if year >= 2019:
        v[("propaganda_social_posts", "value")] = rng.randint(2, 20) + (year - 2019) * 2
    return v


def totals(rows: list[dict[tuple[str, str], float | int]], rng: random.Random) -> dict[tuple[str, str], object]:
    t: dict[tuple[str, str], object] = {}
    for metric in COUNT_METRICS:
        vals = [r[(metric, "value")] for r in rows if (metric, "value") in r]
        if vals:
            t[(metric, "value")] = int(sum(vals))
    t[("plans_issued", "value")] = rng.randint(6, 11)  # the district committee's own documents
    for metric in ("reg_party_members_pct", "reg_civil_servants_pct", "party_cells_plans_pct"):
        num = sum(r.get((metric, "numerator"), 0) for r in rows)
        den = sum(r.get((metric, "denominator"), 0) for r in rows)
        t[(metric, "numerator")], t[(metric, "denominator")] = num, den
        if metric != "party_cells_plans_pct":
            t[(metric, "value")] = round(100 * num / den, 1)
    unions = [r[("reg_union_members_pct", "value")] for r in rows if ("reg_union_members_pct", "value") in r]
    t[("reg_union_members_pct", "value")] = round(sum(unions) / len(unions), 1)  # as clerks do: a plain mean
    return t


def apply_published(code: str, year: int, unit_rows: list[dict], total: dict, rng: random.Random) -> None:
    published = PUBLISHED.get((code, year), {})
    for key, value in published.items():
        total[key] = value
        if isinstance(value, int) and key[0] in COUNT_METRICS and key[0] != "plans_issued":
            for row, part in zip(unit_rows, split_total(rng, value, len(unit_rows))):
                row[key] = part
    if ("models_collective", "value") in published:
        for row in unit_rows:
            row[("models_total", "value")] = row[("models_collective", "value")] + row[("models_individual", "value")]
            row[("models_new", "value")] = min(row[("models_new", "value")], row[("models_total", "value")])
    if isinstance(published.get(("reg_party_members_pct", "value")), str):
        # "trên 98%": the units' own rates are above 98% too, so the rows agree with the total
        for row in unit_rows:
            members = row[("reg_party_members_pct", "denominator")]
            registered = min(members, round(members * rng.uniform(98.3, 99.7) / 100))
            row[("reg_party_members_pct", "numerator")] = registered
            row[("reg_party_members_pct", "value")] = round(100 * registered / members, 1)
    if published.get(("reg_party_members_pct", "value")):
        total.pop(("reg_party_members_pct", "numerator"), None)
        total.pop(("reg_party_members_pct", "denominator"), None)
    if ("reg_civil_servants_pct", "value") in published:
        total.pop(("reg_civil_servants_pct", "numerator"), None)
        total.pop(("reg_civil_servants_pct", "denominator"), None)


def as_typed(d: District, values: dict[tuple[str, str], object]) -> dict[tuple[str, str], object]:
    """How this district's clerk types percentages: numbers, or text with a decimal comma."""
    if not d.text_decimal_comma:
        return values
    return {k: (f"{v:.1f}".replace(".", ",") if k[1] == "value" and k[0].endswith("_pct") and isinstance(v, float)
                else v) for k, v in values.items()}


def figures_report(d: District, year: int) -> None:
    rng = random.Random(f"{d.code}-{year}")
    communes = official_communes(d.code, year)
    unit_rows = [unit_values(rng, year, False, f"{d.code}|{code}") for code, _ in communes]
    agency_rows = [unit_values(rng, year, True, f"{d.code}|{name}") for name in d.agencies]
    if rng.random() < 0.5 and len(unit_rows) > 3:
        unit_rows[rng.randrange(len(unit_rows))].pop(("reg_union_members_pct", "value"), None)  # not reported
    total = totals(unit_rows + agency_rows, rng)
    apply_published(d.code, year, unit_rows + agency_rows, total, rng)
    rows = [Row("Khối xã, thị trấn", stt="I", kind="group")]
    for i, ((_, name), values) in enumerate(zip(communes, unit_rows), 1):
        rows.append(Row((d.typed_names or {}).get(name, name), as_typed(d, values), stt=i))
    rows.append(Row("Khối cơ quan huyện", stt="II", kind="group"))
    for i, (name, values) in enumerate(zip(d.agencies, agency_rows), 1):
        rows.append(Row(name, as_typed(d, values), stt=i))
    rows.append(Row("Tổng cộng", as_typed(d, total), kind="total"))
    directive = "CHỈ THỊ 05-CT/TW" + (" VÀ KẾT LUẬN 01-KL/TW" if year >= 2021 else "")
    title = TitleBlock(
        issuer_top=f"HUYỆN ỦY {d.name.upper()}",
        issuer="BAN TUYÊN GIÁO",
        place_date=f"{d.name}, ngày {rng.randint(10, 28)} tháng 12 năm {year}",
        title=f"BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH "
              f"THEO {directive} NĂM {year}",
        attachment=f"(Kèm theo Báo cáo số {rng.randint(20, 90)}-BC/BTGHU của Ban Tuyên giáo Huyện ủy)",
        note="Ghi chú: Số liệu tổng hợp từ báo cáo của các chi, đảng bộ trực thuộc (dữ liệu mẫu).",
    )
    write_figures(SAMPLE / f"BaoCao_{d.ascii}_{year}.xlsx", f"Năm {year}", title, rows,
                  standard_groups(percent_fraction=d.percent_fraction))


def new_map_report(ascii_name: str, province: str, communes: list[str], year: int = 2025) -> None:
    rng = random.Random(f"{ascii_name}-{year}")
    rows = [Row(name, unit_values(rng, year, False, f"{province}|{name}"), stt=i) for i, name in enumerate(communes, 1)]
    title = TitleBlock(
        issuer_top=f"TỈNH ỦY {province.upper()}",
        issuer="BAN TUYÊN GIÁO VÀ DÂN VẬN",
        place_date=f"{province}, ngày 18 tháng 12 năm {year}",
        title=f"KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH CỦA CÁC XÃ NĂM {year}",
        attachment="(Số liệu các xã hình thành từ ngày 01/7/2025 — dữ liệu mẫu)",
    )
    write_figures(SAMPLE / f"BaoCao_{ascii_name}_{year}.xlsx", f"Năm {year}", title, rows)


# -- registers ------------------------------------------------------------------------------------------

FIELDS = ["Kinh tế", "Văn hóa - xã hội", "Quốc phòng - an ninh", "Cải cách hành chính", "Y tế", "Giáo dục",
          "Môi trường", "Xây dựng Đảng"]
REAL_MODELS = {
    "848": [  # Cầu Ngang, 2022 (báo cáo 01 năm thực hiện Kết luận 01)
        ("Trên làm gương mẫu mực, dưới tích cực làm theo", "Ban Thường vụ Huyện ủy Cầu Ngang", "Tập thể",
         "Xây dựng Đảng", 2021, False, True),
        ("Nuôi cua đinh thương phẩm", "Hội Nông dân xã Hiệp Mỹ Tây", "Tập thể", "Kinh tế", 2022, True, False),
        ("Liên kết sản xuất theo chuỗi giá trị trên cây Bí Đỏ", "Chi bộ ấp Sóc Chuối, xã Kim Hòa", "Tập thể",
         "Kinh tế", 2022, True, False),
        ("Tư vấn dịch vụ hỗ trợ nông dân", "Hội Nông dân xã Thuận Hòa", "Tập thể", "Kinh tế", 2022, True, False),
        ("Tổ tiết kiệm hỗ trợ hội viên tham gia BHXH tự nguyện", "Hội Cựu chiến binh xã Mỹ Long Bắc", "Tập thể",
         "Văn hóa - xã hội", 2022, True, False),
        ("Tuyến đường hoa gắn với tuyến đường sáng - xanh - sạch - đẹp", "Đoàn Thanh niên thị trấn Cầu Ngang",
         "Tập thể", "Môi trường", 2022, True, False),
        ("Tăng cường công tác tuyên truyền, vận động thông qua Hội săn khụm, người có uy tín",
         "Chi bộ ấp Bến Cát, xã Nhị Trường", "Tập thể", "Văn hóa - xã hội", 2022, True, False),
        ("Tổ tiết kiệm mua BHYT hộ gia đình", "Hội LHPN xã Long Sơn", "Tập thể", "Y tế", 2022, True, False),
        ("Mẹ đỡ đầu", "Chi bộ Khối Đoàn thể huyện", "Tập thể", "Văn hóa - xã hội", 2021, False, False),
    ],
    "872": [  # Tháp Mười
        ("Vườn ươm cây xanh", "Đoàn Thanh niên xã Đốc Binh Kiều", "Tập thể", "Môi trường", 2021, True, False),
        ("Tủ đồ nhân ái", "Hội Liên hiệp Phụ nữ xã Trường Xuân", "Tập thể", "Văn hóa - xã hội", 2021, True, False),
        ("Mỗi ngày một tin tốt, mỗi tuần một câu chuyện đẹp", "Huyện Đoàn Tháp Mười", "Tập thể", "Văn hóa - xã hội",
         2022, True, False),
        ("Chia sẻ khó khăn với lực lượng công an cơ sở", "Công an huyện", "Tập thể", "Quốc phòng - an ninh", 2022,
         True, False),
        ("Khoa khám bệnh thân thiện vì nhân dân phục vụ", "Bệnh viện Đa khoa khu vực Tháp Mười", "Tập thể", "Y tế",
         2021, False, True),
        ("Nuôi heo đất khuyến học", "Chi hội Khuyến học ấp 3, xã Mỹ Quý", "Tập thể", "Giáo dục", 2022, True, False),
        ("Vận động các nguồn lực bắc cầu từ thiện", "Ông Nguyễn Văn Tư, xã Láng Biển", "Cá nhân", "Văn hóa - xã hội",
         2022, True, False),
        ("Vận động các tổ chức, cá nhân ủng hộ tiền, nhu yếu phẩm giúp đỡ hộ gia đình khó khăn do dịch Covid-19",
         "Ủy ban MTTQ thị trấn Mỹ An", "Tập thể", "Văn hóa - xã hội", 2021, False, False),
    ],
    "352": [  # Bình Lục, 2016–2021: three district pilot models, then "Ngày thứ bảy với dân"
        ("Nêu cao vai trò trách nhiệm của đội ngũ CBCC xã trung thực, gần dân, sát dân, gắn bó với nhân dân",
         "Đảng bộ xã Tràng An", "Tập thể", "Cải cách hành chính", 2017, True, True),
        ("Nêu cao vai trò lãnh đạo của chi bộ trong tích tụ ruộng đất, chuyển đổi cơ cấu cây trồng, áp dụng khoa "
         "học kỹ thuật vào sản xuất để nâng cao hiệu quả kinh tế", "Chi bộ HTX DVNN An Ninh, xã An Ninh",
         "Tập thể", "Kinh tế", 2017, True, True),
        ("Nêu cao vai trò trách nhiệm của hội CCB trong việc phối hợp với công an xã bảo vệ an ninh, trật tự thôn "
         "xóm", "Hội CCB thị trấn Bình Mỹ", "Tập thể", "Quốc phòng - an ninh", 2018, True, True),
        ("Cải cách hành chính, gần dân, sát dân, vì nhân dân phục vụ", "Huyện ủy Bình Lục", "Tập thể",
         "Cải cách hành chính", 2019, True, False),
        ("Ngày thứ bảy với dân", "Đảng bộ thị trấn Bình Mỹ", "Tập thể", "Cải cách hành chính", 2021, True, True),
    ],
    "800": [],
}
SYNTH_MODELS = ["Dân vận khéo trong xây dựng nông thôn mới", "Tuyến đường tự quản an ninh trật tự",
                "Thắp sáng đường quê", "Ngôi nhà khuyến học", "Tổ hùn vốn xoay vòng giúp nhau thoát nghèo",
                "Chi bộ 4 tốt", "Bữa sáng yêu thương cho học sinh nghèo", "Cánh đồng lớn liên kết tiêu thụ lúa",
                "Mỗi tuần một việc làm tốt", "Thu gom rác thải nhựa đổi quà", "Cùng dân làm đường giao thông",
                "Tiếp dân ngoài giờ hành chính"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Minh", "Hoàng", "Thanh", "Ngọc", "Hữu", "Kim"]


def male(middle: str) -> str:
    """"Ông … Thị …" reads wrong to a Vietnamese reader: a man's middle name (the same draw, so the rest of the
    sample is unchanged)."""
    return "Văn" if middle in ("Thị", "Ngọc", "Kim") else middle


def female(middle: str) -> str:
    return "Thị" if middle in ("Văn", "Hữu", "Hoàng") else middle
GIVEN = ["An", "Bình", "Cường", "Dung", "Hải", "Hạnh", "Hùng", "Lan", "Linh", "Mai", "Nam", "Phúc", "Quang",
         "Tâm", "Thảo", "Trung", "Tuấn", "Vân", "Yến", "Sơn"]


def bare(name: str) -> str:
    for prefix in ("Thị trấn ", "Xã "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def models_register(d: District) -> None:
    rng = random.Random(f"models-{d.code}")
    rows: list[list[object]] = []
    items = list(REAL_MODELS[d.code])
    for year in YEARS_OLD:
        communes = official_communes(d.code, year)
        for _ in range(3):
            _, commune = rng.choice(communes)
            kind = "Tập thể" if rng.random() < 0.7 else "Cá nhân"
            host = (f"Chi bộ ấp {rng.randint(1, 9)}, {lower_type(commune) if commune.startswith('Xã') else commune}"
                    if kind == "Tập thể" else
                    f"Ông {rng.choice(SURNAMES)} {male(rng.choice(MIDDLE))} {rng.choice(GIVEN)}, {commune}")
            items.append((rng.choice(SYNTH_MODELS), host, kind, rng.choice(FIELDS), year, rng.random() < 0.4, False))
    items.sort(key=lambda t: (t[4], t[0]))
    for n, (name, host, kind, field, year, is_new, pilot) in enumerate(items, 1):
        replication = "17/17" if name.startswith("Cải cách hành chính, gần dân") else None
        rows.append([n, name, host, kind, field, year, "x" if is_new else None, "x" if pilot else None, replication])
    write_register(SAMPLE / f"DanhSach_MoHinh_{d.ascii}.xlsx", "Mô hình", f"HUYỆN ỦY {d.name.upper()}",
                   "BAN TUYÊN GIÁO", f"{d.name}, ngày 25 tháng 12 năm 2024",
                   "DANH SÁCH MÔ HÌNH HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH "
                   "GIAI ĐOẠN 2016 - 2024", MODEL_COLUMNS, rows)


def commendations_register(d: District) -> None:
    rng = random.Random(f"commend-{d.code}")
    rows: list[list[object]] = []
    n = 0
    for year in YEARS_OLD:
        communes = official_communes(d.code, year)
        if (d.code, year) == ("872", 2022):
            counts = [("Tập thể", "Huyện", 20, False), ("Cá nhân", "Huyện", 52, False),
                      ("Tập thể", "Tỉnh", 1, True), ("Cá nhân", "Tỉnh", 2, True)]
        else:
            counts = [("Tập thể", "Huyện", rng.randint(4, 9), False), ("Cá nhân", "Huyện", rng.randint(6, 14), False),
                      ("Cá nhân", "Tỉnh", rng.randint(0, 1), True)]
        for kind, level, count, proposed in counts:
            for _ in range(count):
                _, commune = rng.choice(communes)
                n += 1
                if kind == "Tập thể":
                    who = rng.choice([f"Chi bộ ấp {rng.randint(1, 9)}", f"Hội LHPN {lower_type(commune)}",
                                      f"Đoàn Thanh niên {lower_type(commune)}", f"Đảng bộ {lower_type(commune)}"])
                    unit = commune
                else:
                    who = f"{rng.choice(['Ông', 'Bà'])} {rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
                    unit = f"Chi bộ ấp {rng.randint(1, 9)}, {commune}"
                level_text = "Đề nghị Tỉnh" if proposed else level
                form = "Bằng khen" if proposed else "Giấy khen"
                rows.append([n, who, unit, kind, level_text, form, year])
    write_register(SAMPLE / f"DanhSach_KhenThuong_{d.ascii}.xlsx", "Khen thưởng", f"HUYỆN ỦY {d.name.upper()}",
                   "BAN TUYÊN GIÁO", f"{d.name}, ngày 25 tháng 12 năm 2024",
                   "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG TRONG HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, "
                   "PHONG CÁCH HỒ CHÍ MINH GIAI ĐOẠN 2016 - 2024", COMMENDATION_COLUMNS, rows,
                   widths=[5, 36, 32, 10, 16, 18, 8])


# 2025, on the new map: each province's register of the models its new communes registered with the board
# of the Tỉnh ủy, with the three contents, the exemplary individual and how far the appraisal went.
MODELS_2025 = ["Dân vận khéo trong xây dựng nông thôn mới", "Chính quyền xã thân thiện, phục vụ nhân dân",
               "Tiếp dân ngoài giờ hành chính", "Chi bộ 4 tốt", "Bữa sáng yêu thương cho học sinh nghèo",
               "Thu gom rác thải nhựa đổi quà", "Mỗi tuần một việc làm tốt", "Cánh đồng lớn liên kết tiêu thụ lúa"]
STEPS_2025 = ["Đăng ký", "Thẩm định", "Triển khai", "Sơ kết"]
STUDY_2025 = ["Học tập Di chúc của Bác", "Học 5 điều Bác Hồ dạy", "Học tác phong quần chúng của Bác"]


def models_register_2025(ascii_name: str, province: str, communes: list[str], year: int = 2025) -> None:
    rng = random.Random(f"models-{ascii_name}-{year}")
    rows: list[list[object]] = []
    for n in range(1, 6):
        commune = rng.choice(communes)
        kind = "Tập thể" if n < 5 else "Cá nhân"
        host = (f"Đảng ủy {lower_type(commune)}" if kind == "Tập thể" else
                f"Bà {rng.choice(SURNAMES)} {female(rng.choice(MIDDLE))} {rng.choice(GIVEN)}, {commune}")
        exemplar = (None if n in (2, 5) else
                    f"Đồng chí {rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}")
        study = rng.choice(STUDY_2025) if n % 2 else "x"
        follow = "x" if n != 4 else None  # the register does not say
        example = "x" if n not in (3, 4) else ("Không" if n == 3 else None)
        step = STEPS_2025[min(3, (n + rng.randint(0, 2)) % 4)] if n != 5 else None
        rows.append([n, MODELS_2025[(n + len(communes)) % len(MODELS_2025)], host, kind, rng.choice(FIELDS), year,
                     "x", None, None, study, follow, example, exemplar, step])
    write_register(SAMPLE / f"DanhSach_MoHinh_{ascii_name}_{year}.xlsx", "Mô hình", f"TỈNH ỦY {province.upper()}",
                   "BAN TUYÊN GIÁO VÀ DÂN VẬN", f"{province}, ngày 20 tháng 12 năm {year}",
                   f"DANH SÁCH MÔ HÌNH HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH CỦA CÁC XÃ NĂM "
                   f"{year}", MODEL_COLUMNS_WITH_APPRAISAL, rows, widths=MODEL_WIDTHS_WITH_APPRAISAL)


def commendations_register_2025(ascii_name: str, province: str, communes: list[str], year: int = 2025) -> None:
    rng = random.Random(f"commend-{ascii_name}-{year}")
    rows: list[list[object]] = []
    n = 0
    for kind, level, count, proposed in [("Tập thể", "Tỉnh", rng.randint(2, 4), False),
                                         ("Cá nhân", "Tỉnh", rng.randint(3, 6), False),
                                         ("Cá nhân", "Trung ương", 1, True)]:
        for _ in range(count):
            commune = rng.choice(communes)
            n += 1
            if kind == "Tập thể":
                who = rng.choice([f"Hội LHPN {lower_type(commune)}", f"Đoàn Thanh niên {lower_type(commune)}",
                                  f"Đảng ủy {lower_type(commune)}"])
                unit = commune
            else:
                who = f"{rng.choice(['Ông', 'Bà'])} {rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
                unit = commune
            rows.append([n, who, unit, kind, "Đề nghị Trung ương" if proposed else level,
                         "Bằng khen" if not proposed else "Bằng khen của Thủ tướng Chính phủ", year])
    write_register(SAMPLE / f"DanhSach_KhenThuong_{ascii_name}_{year}.xlsx", "Khen thưởng",
                   f"TỈNH ỦY {province.upper()}", "BAN TUYÊN GIÁO VÀ DÂN VẬN", f"{province}, ngày 20 tháng 12 năm {year}",
                   "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG TRONG HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, "
                   f"PHONG CÁCH HỒ CHÍ MINH NĂM {year}", COMMENDATION_COLUMNS, rows, widths=[5, 36, 32, 10, 16, 18, 8])


def templates() -> None:
    TEMPLATES.mkdir(parents=True, exist_ok=True)
    title = TitleBlock(
        issuer_top="HUYỆN ỦY ........................",
        issuer="BAN TUYÊN GIÁO",
        place_date="..............., ngày ..... tháng ..... năm 20....",
        title="BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 20....",
        attachment="(Kèm theo Báo cáo số ......-BC/BTGHU ngày ...../...../20.....)",
        note="Ghi chú: ghi số đã đăng ký và tổng số để tính tỷ lệ; ô bỏ trống là chưa báo cáo (không phải số 0).",
    )
    rows = [Row("Khối xã, thị trấn", stt="I", kind="group"), Row("", stt=1), Row("", stt=2), Row("", stt=3),
            Row("Khối cơ quan huyện", stt="II", kind="group"), Row("", stt=1),
            Row("Tổng cộng", kind="total")]
    write_figures(TEMPLATES / "Mau_01_SoLieu_TheoDonVi.xlsx", "Số liệu", title, rows)
    blank = [[i] + [None] * (len(MODEL_COLUMNS_WITH_APPRAISAL) - 1) for i in (1, 2, 3)]
    write_register(TEMPLATES / "Mau_02_DanhSach_MoHinh.xlsx", "Mô hình", "HUYỆN ỦY ........................",
                   "BAN TUYÊN GIÁO", "..............., ngày ..... tháng ..... năm 20....",
                   "DANH SÁCH MÔ HÌNH HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 20....",
                   MODEL_COLUMNS_WITH_APPRAISAL, blank, widths=MODEL_WIDTHS_WITH_APPRAISAL)
    write_register(TEMPLATES / "Mau_03_DanhSach_KhenThuong.xlsx", "Khen thưởng", "HUYỆN ỦY ........................",
                   "BAN TUYÊN GIÁO", "..............., ngày ..... tháng ..... năm 20....",
                   "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM 20....", COMMENDATION_COLUMNS,
                   [[i, None, None, None, None, None, None] for i in (1, 2, 3)], widths=[5, 36, 32, 10, 16, 18, 8])


def main() -> None:
    SAMPLE.mkdir(parents=True, exist_ok=True)
    for old in SAMPLE.glob("*.xlsx"):
        old.unlink()
    for d in DISTRICTS:
        for year in YEARS_OLD:
            figures_report(d, year)
        models_register(d)
        commendations_register(d)
    for ascii_name, province, _code, communes in NEW_AREAS:
        new_map_report(ascii_name, province, communes)
        models_register_2025(ascii_name, province, communes)
        commendations_register_2025(ascii_name, province, communes)
    templates()
    print(f"{len(list(SAMPLE.glob('*.xlsx')))} sample files, {len(list(TEMPLATES.glob('*.xlsx')))} templates")


if __name__ == "__main__":
    main()
