"""How fast reports load: N district workbooks of one year (real districts and their communes, synthetic
figures, shaped like data/templates), written once and loaded by `python -m etl load FOLDER` into a new
warehouse. With --against, the same files are loaded in the same run by another checkout of the project (an
older commit, say), alternating rounds, so that both are measured on the same machine at the same time.

Run: .venv/bin/python scripts/bench_load.py [--districts 702] [--rounds 3] [--against /path/to/other/checkout]
     [--parse-only]    (the reader alone: parse every file, write nothing)
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def write_reports(out: Path, limit: int) -> tuple[list[Path], int]:
    rng = random.Random(7)
    files = []
    cells = 0
    for code, name, communes in districts(limit):
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
        path = out / f"BaoCao_{code}_{YEAR}.xlsx"
        write_figures(path, f"Năm {YEAR}", title, rows)
        files.append(path)
    return files, cells


def load_with(checkout: Path, folder: Path, db: Path) -> tuple[float, dict[str, int], int]:
    """Load ``folder`` with the CLI of ``checkout`` (its own .venv when it has one): wall time, statuses, facts."""
    python = checkout / ".venv" / "bin" / "python"
    start = time.perf_counter()
    done = subprocess.run([str(python if python.exists() else sys.executable), "-m", "etl", "load", str(folder),
                           "--db", str(db), "--json"], cwd=checkout, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    files = json.loads(done.stdout)["files"]
    statuses: dict[str, int] = {}
    for f in files:
        statuses[f["status"]] = statuses.get(f["status"], 0) + 1
    return seconds, statuses, sum(f["rows_loaded"] for f in files)


_PARSE_ONLY = """
import sys, time
from pathlib import Path
import duckdb
from etl.reference.catalog import default_catalog
from etl.publishing.load import load_unit_index
from etl.tables.parse import parse_file
from warehouse.db import publish
db = Path(sys.argv[2])
publish(db, lambda con: None, fresh=True)
con = duckdb.connect(str(db), read_only=True)
index = load_unit_index(con)
con.close()
files = sorted(Path(sys.argv[1]).glob("*.xlsx"))
start = time.perf_counter()
facts = sum(len(parse_file(f, index, default_catalog()).facts) for f in files)
print(time.perf_counter() - start, facts)
"""


def parse_with(checkout: Path, folder: Path, db: Path) -> tuple[float, int]:
    """Only the reader of ``checkout`` (parse every file, write nothing), in a process of its own."""
    python = checkout / ".venv" / "bin" / "python"
    done = subprocess.run([str(python if python.exists() else sys.executable), "-c", _PARSE_ONLY, str(folder),
                           str(db)], cwd=checkout, capture_output=True, text=True, check=True)
    seconds, facts = done.stdout.split()
    return float(seconds), int(facts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--districts", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--against", type=Path, help="another checkout of the project, loaded on the same files")
    parser.add_argument("--parse-only", action="store_true", help="time the reader alone (no warehouse writes)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    folder = work / "reports"
    folder.mkdir()
    files, cells = write_reports(folder, args.districts)
    checkouts = [("this checkout", ROOT)] + ([("--against", args.against.resolve())] if args.against else [])
    best: dict[str, float] = {}
    for n in range(args.rounds):
        for label, checkout in checkouts if n % 2 == 0 else list(reversed(checkouts)):
            db = work / f"bench_{n}_{len(best)}.duckdb"
            if args.parse_only:
                seconds, loaded = parse_with(checkout, folder, db)
                statuses = {}
            else:
                seconds, statuses, loaded = load_with(checkout, folder, db)
            best[label] = min(best.get(label, seconds), seconds)
            print(f"round {n + 1}, {label} ({checkout}): {seconds:.1f} s, {1000 * seconds / len(files):.0f} ms a "
                  f"file; {loaded} facts; statuses {statuses}")
            db.unlink(missing_ok=True)
    what = ("the reader alone: every file parsed, nothing written" if args.parse_only else
            "one CLI run each, including Python's start and a new warehouse with the reference units")
    print(f"{len(files)} district workbooks of {YEAR}, {cells} cells with figures ({what}); best of {args.rounds}:")
    for label, seconds in best.items():
        print(f"  {label}: {seconds:.1f} s, {1000 * seconds / len(files):.0f} ms a file")


if __name__ == "__main__":
    main()
