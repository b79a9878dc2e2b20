"""The baseline for `make bench`: what an analyst writes in an afternoon to get the district reports into DuckDB.

pandas.read_excel with the openpyxl engine, the header rows known in advance (our template: the group row at
row 7, the column row at row 8, the numbering row "(1) (2) ..." at row 9, units from row 10, column B), the
header labels mapped to metric codes by a table copied from the template, melt to long form, one DuckDB insert.
No validation: the unit is the name as typed and the district code and year come from the file name
(BaoCao_<Name>_<code>_<year>.xlsx); a cell that is not a plain number is dropped (pd.to_numeric, coerce), a
percent-formatted 0.985 is stored as 0.985, group and totals rows are stored as if they were units, a file whose
header is not the template's (a transposed one) is skipped. It prints one JSON line: files read, files skipped,
figures stored.

Run: .venv/bin/python scripts/naive_load.py FOLDER --db naive.duckdb
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import duckdb
import pandas as pd

HEADER_ROWS = (6, 7)  # 0-based: group row, column row
FIRST_DATA_ROW = 9

# (group, column) -> (metric, role), as in data/templates/Mau_01_SoLieu_TheoDonVi.xlsx
COLUMNS = {
    ("Đảng viên", "Tổng số"): ("reg_party_members_pct", "denominator"),
    ("Đảng viên", "Đã đăng ký"): ("reg_party_members_pct", "numerator"),
    ("Đảng viên", "Tỷ lệ (%)"): ("reg_party_members_pct", "value"),
    ("CCVC, LLVT không là đảng viên", "Tổng số"): ("reg_civil_servants_pct", "denominator"),
    ("CCVC, LLVT không là đảng viên", "Đã đăng ký"): ("reg_civil_servants_pct", "numerator"),
    ("CCVC, LLVT không là đảng viên", "Tỷ lệ (%)"): ("reg_civil_servants_pct", "value"),
    ("Tỷ lệ đoàn viên, hội viên đăng ký (%)", None): ("reg_union_members_pct", "value"),
    ("Kế hoạch, hướng dẫn ban hành", None): ("plans_issued", "value"),
    ("Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Tổng số chi bộ"): ("party_cells_plans_pct", "denominator"),
    ("Chi bộ hoàn thành chỉ đạo đảng viên xây dựng kế hoạch", "Số chi bộ hoàn thành"): ("party_cells_plans_pct",
                                                                                        "numerator"),
    ("Mô hình học tập và làm theo Bác", "Tổng số"): ("models_total", "value"),
    ("Mô hình học tập và làm theo Bác", "Tập thể"): ("models_collective", "value"),
    ("Mô hình học tập và làm theo Bác", "Cá nhân"): ("models_individual", "value"),
    ("Mô hình học tập và làm theo Bác", "Mô hình mới"): ("models_new", "value"),
    ("Mô hình học tập và làm theo Bác", "Mô hình điểm"): ("models_pilot", "value"),
    ("Mô hình học tập và làm theo Bác", "Nhân rộng (đơn vị)"): ("model_replication_pct", "value"),
    ("Khen thưởng", "Tập thể"): ("commend_collective", "value"),
    ("Khen thưởng", "Cá nhân"): ("commend_individual", "value"),
    ("Đề nghị cấp trên khen thưởng", "Tập thể"): ("commend_proposed_collective", "value"),
    ("Đề nghị cấp trên khen thưởng", "Cá nhân"): ("commend_proposed_individual", "value"),
    ("Tuyên truyền", "Tin, bài"): ("propaganda_articles", "value"),
    ("Tuyên truyền", "Bản tin, bài viết phát thanh"): ("propaganda_broadcasts", "value"),
    ("Tuyên truyền", "Mạng xã hội"): ("propaganda_social_posts", "value"),
}


def read_one(path: Path) -> pd.DataFrame | None:
    raw = pd.read_excel(path, sheet_name=0, header=None, engine="openpyxl")
    groups = raw.iloc[HEADER_ROWS[0]].ffill()  # a merged group is read into its first cell only
    children = raw.iloc[HEADER_ROWS[1]]
    names = {}
    for i in range(2, raw.shape[1]):
        child = children.iloc[i] if pd.notna(children.iloc[i]) else None
        key = COLUMNS.get((groups.iloc[i], child)) or COLUMNS.get((raw.iloc[HEADER_ROWS[0], i], None))
        if key:
            names[i] = f"{key[0]}|{key[1]}"
    if not names:
        return None
    data = raw.iloc[FIRST_DATA_ROW:, [1, *names]]
    data.columns = ["unit_name", *names.values()]
    data = data[data["unit_name"].notna()]
    long = data.melt(id_vars="unit_name", var_name="metric_role", value_name="value")
    long["value"] = pd.to_numeric(long["value"], errors="coerce")
    long = long.dropna(subset=["value"])
    long[["metric", "role"]] = long["metric_role"].str.split("|", expand=True)
    match = re.search(r"_(\d+)_(\d{4})\.xlsx$", path.name)
    long["district_code"] = match.group(1) if match else None
    long["year"] = int(match.group(2)) if match else None
    long["file"] = path.name
    return long[["file", "district_code", "year", "unit_name", "metric", "role", "value"]]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    frames, skipped = [], 0
    files = sorted(args.folder.glob("*.xlsx"))
    for path in files:
        frame = read_one(path)
        if frame is None:
            skipped += 1
        else:
            frames.append(frame)
    facts = pd.concat(frames, ignore_index=True)
    con = duckdb.connect(str(args.db))
    con.register("facts_df", facts)
    con.execute("CREATE OR REPLACE TABLE facts AS SELECT * FROM facts_df")
    stored = con.execute("SELECT count(*) FROM facts").fetchone()[0]
    con.close()
    print(json.dumps({"files": len(files), "files_skipped": skipped, "figures": stored}))


if __name__ == "__main__":
    main()
