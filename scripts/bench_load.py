"""How fast reports load: N district workbooks of one year (real districts and their communes, synthetic
figures, shaped like data/templates), loaded in one `load_files` call into a new warehouse.

Run: .venv/bin/python scripts/bench_load.py [--districts 200]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.load import load_files  # noqa: E402
from reportgen.workbook import Row, TitleBlock, write_figures  # noqa: E402

YEAR = 2023


def districts(limit: int) -> list[tuple[str, str, list[str]]]:
    with open(ROOT / "data" / "reference" / "units_old.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))

    def valid(r: dict[str, str]) -> bool:
        return (not r["first_year"] or int(r["first_year"]) <= YEAR) and int(r["last_year"] or 9999) >= YEAR

    names = {r["code"]: r["name"] for r in rows if r["level"] == "district" and valid(r)}
    latest: dict[str, dict[str, str]] = {}  # one name per commune code: its latest version valid that year
    for r in rows:
        # communes still there in 2025 (a merger of 2021–2024 has no date: listing both sides would be unreal)
        if r["level"] == "commune" and valid(r) and r["district_code"] in names and r["last_year"] == "2025":
            if r["code"] not in latest or int(r["first_year"] or 0) > int(latest[r["code"]]["first_year"] or 0):
                latest[r["code"]] = r
    communes: dict[str, list[str]] = {}
    for r in latest.values():
        communes.setdefault(r["district_code"], []).append(r["name"])
    picked = sorted(c for c in names if communes.get(c))[:limit]
    return [(c, names[c], sorted(communes[c])) for c in picked]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--districts", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(7)
    work = Path(tempfile.mkdtemp())
    files = []
    cells = 0
    for code, name, communes in districts(args.districts):
        rows = []
        for i, commune in enumerate(communes, 1):
            members = rng.randint(100, 500)
            values = {("reg_party_members_pct", "denominator"): members,
                      ("reg_party_members_pct", "numerator"): members - rng.randint(0, 10),
                      ("models_total", "value"): rng.randint(2, 9), ("commend_collective", "value"): rng.randint(0, 3),
                      ("propaganda_articles", "value"): rng.randint(1, 9), ("plans_issued", "value"): rng.randint(1, 5)}
            cells += len(values)
            rows.append(Row(commune, values, stt=i))
        bare = name.split(" ", 1)[1] if " " in name else name
        title = TitleBlock(f"{name.upper().replace('HUYỆN ', 'HUYỆN ỦY ')}", "BAN TUYÊN GIÁO",
                           f"{bare}, ngày 20 tháng 12 năm {YEAR}", f"BIỂU TỔNG HỢP KẾT QUẢ NĂM {YEAR}")
        path = work / f"BaoCao_{code}_{YEAR}.xlsx"
        write_figures(path, f"Năm {YEAR}", title, rows)
        files.append(path)
    db = work / "bench.duckdb"
    start = time.perf_counter()
    outcomes = load_files(db, files, fresh=True)
    seconds = time.perf_counter() - start
    loaded = sum(o.rows_loaded for o in outcomes)
    statuses = {s: sum(1 for o in outcomes if o.status == s) for s in {o.status for o in outcomes}}
    print(f"{len(files)} district workbooks, {cells} cells with figures: {seconds:.1f} s "
          f"({1000 * seconds / len(files):.0f} ms a file, including a new warehouse with the reference units); "
          f"{loaded} facts loaded; statuses {statuses}")


if __name__ == "__main__":
    main()
