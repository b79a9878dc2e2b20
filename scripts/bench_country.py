"""The country benchmark (`make bench`, issue #12 point 1): a whole country's reports, loaded by our loader and by
a naive loader (scripts/naive_load.py), then every page timed on the warehouse they make.

    generate   write the reports (cached: a folder already complete for a year is reused)
               old map 2016–2024: one workbook per district per year (about 700 a year), its communes valid that
               year (data/reference/units_old.csv), in the shapes of DOMAIN.md, varied per district and year:
               the usual wide template (two-row merged headers, numbering row), rates as percent-formatted
               fractions, counts typed as text ("312 ĐV", "98,5%", "trên 98%"), Roman-numeral groups with
               district agencies, a totals row and a note, a subset of the columns, transposed (indicators as
               rows, "Toàn huyện" then the communes as columns);
               2025, new map: one workbook per province listing its new communes (data/reference/units_new.csv).
               Deterministic (random.Random seeded by district and year).
    run        generate, then load --compare-year with our CLI (`python -m etl load FOLDER --db NEW --json`,
               a new warehouse) and with the naive loader, each under /usr/bin/time (wall time, peak RSS); load
               the other --years into our warehouse; time the pages on it (`pages`, in a process of its own, so
               its peak RSS is the pages' own); print a table and write JSON.
    pages      time every page (pages/*.py but the desk and sign-in) through streamlit.testing.v1.AppTest.

Run:  .venv/bin/python scripts/bench_country.py run [--years 2023,2025] [--compare-year 2023] [--districts N]
          [--out DIR] [--units 10] [--archive] [--json /tmp/bench_country.json]
      ten years on the old map and 2025:  ... run --years 2016-2025 --archive
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from make_sample import totals, unit_values  # noqa: E402

from reportgen.workbook import Row, TitleBlock, standard_groups, write_figures, write_transposed  # noqa: E402

PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
TIME = "/usr/bin/time" if Path("/usr/bin/time").exists() else None
DEFAULT_OUT = Path(tempfile.gettempdir()) / "bench_country"
GENERATOR = 3  # bump when the reports written change: a cached folder of another version is written again
SHAPES = ["wide", "fraction", "text", "grouped", "subset", "transposed"]
SHAPE_WEIGHTS = [45, 12, 15, 15, 8, 5]
AGENCIES = ["Chi bộ Công an huyện", "Chi bộ Quân sự huyện", "Chi bộ Cơ quan Ủy ban MTTQ và các đoàn thể huyện"]


# -- the units -------------------------------------------------------------------------------------------------

def _read(name: str) -> list[dict[str, str]]:
    with open(ROOT / "data" / "reference" / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _valid(r: dict[str, str], year: int) -> bool:
    return (not r["first_year"] or int(r["first_year"]) <= year) and int(r["last_year"] or 9999) >= year


def districts(year: int, limit: int | None = None) -> list[tuple[str, str, str, list[str]]]:
    """(code, name, province name, commune names) of the districts valid in ``year`` that have communes. A commune
    ending in 2024 comes from a merger of 2021–2024 without a date: listed up to 2020 only (listing both sides of
    the merger would be unreal)."""
    rows = _read("units_old.csv")
    provinces = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
    names = {r["code"]: (r["name"], r["province_code"]) for r in rows if r["level"] == "district" and _valid(r, year)}
    latest: dict[str, dict[str, str]] = {}
    for r in rows:
        if r["level"] != "commune" or not _valid(r, year) or r["district_code"] not in names:
            continue
        if year >= 2021 and r["last_year"] == "2024":
            continue
        if r["code"] not in latest or int(r["first_year"] or 0) > int(latest[r["code"]]["first_year"] or 0):
            latest[r["code"]] = r
    communes: dict[str, list[str]] = {}
    for r in latest.values():
        communes.setdefault(r["district_code"], []).append(r["name"])
    for code, listed in communes.items():  # two communes of one name in one district (Thành phố Thanh Hóa's two
        # "Xã Đông Khê" of the GSO list): a name alone cannot tell them apart, so neither is written
        communes[code] = [n for n in listed if listed.count(n) == 1]
    picked = sorted(c for c in names if communes.get(c))[:limit]
    return [(c, names[c][0], provinces.get(names[c][1], ""), sorted(communes[c])) for c in picked]


def new_provinces(limit: int | None = None) -> list[tuple[str, str, list[str]]]:
    rows = _read("units_new.csv")
    provinces = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
    communes: dict[str, list[str]] = {}
    for r in rows:
        if r["level"] == "commune":
            communes.setdefault(r["province_code"], []).append(r["name"])
    picked = sorted(c for c in provinces if communes.get(c))[:limit]
    return [(c, provinces[c], sorted(communes[c])) for c in picked]


def ascii_name(name: str) -> str:
    bare = name.split(" ", 1)[1] if name.split(" ", 1)[0] in ("Huyện", "Quận", "Tỉnh") else name
    for word in ("Thị xã ", "Thành phố "):
        bare = bare.removeprefix(word)
    folded = unicodedata.normalize("NFD", bare.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in folded if ch.isalnum() and ord(ch) < 128)


# -- the reports -----------------------------------------------------------------------------------------------

def _issuer(name: str) -> str:
    kind, _, bare = name.partition(" ")
    if name.startswith("Thị xã "):
        return f"THỊ ỦY {name.removeprefix('Thị xã ').upper()}"
    if name.startswith("Thành phố "):
        return f"THÀNH ỦY {name.removeprefix('Thành phố ').upper()}"
    return f"{kind.upper()} ỦY {bare.upper()}"


def _as_text(rng: random.Random, values: dict, total: bool = False) -> dict:
    """Counts with their count word, rates with a decimal comma and a percent sign, as clerks type them."""
    out = {}
    for (metric, role), v in values.items():
        if role == "denominator" and metric == "reg_party_members_pct":
            out[(metric, role)] = f"{v:,} ĐV".replace(",", ".")
        elif role == "value" and metric.endswith("_pct") and isinstance(v, float):
            out[(metric, role)] = ("trên " if total and v >= 98 else "") + f"{v:.1f}".replace(".", ",") + "%"
        elif metric == "models_total" and rng.random() < 0.5:
            out[(metric, role)] = f"{v} mô hình"
        else:
            out[(metric, role)] = v
    return out


def _indicator_labels() -> list[tuple[str, tuple[str, str]]]:
    """Row labels of a transposed report: the catalog's label for a value, its first alias for a count."""
    with open(ROOT / "data" / "metrics.csv", encoding="utf-8") as fh:
        metrics = {r["code"]: r for r in csv.DictReader(fh)}
    out = []
    for metric in ("reg_party_members_pct", "reg_civil_servants_pct", "reg_union_members_pct", "plans_issued",
                   "models_total", "models_collective", "models_individual", "models_new", "commend_collective",
                   "commend_individual", "propaganda_articles", "propaganda_broadcasts"):
        m = metrics[metric]
        if m["denominator_aliases"]:
            out.append((m["denominator_aliases"].split("|")[0], (metric, "denominator")))
        if m["numerator_aliases"]:
            out.append((m["numerator_aliases"].split("|")[0], (metric, "numerator")))
        out.append((m["label_vi"], (metric, "value")))
    return out


def district_report(folder: Path, year: int, code: str, name: str, province: str, communes: list[str]) -> tuple[
        str, int]:
    """One district's workbook of ``year``: its shape and the number of figure cells written."""
    rng = random.Random(f"{code}-{year}")
    shape = rng.choices(SHAPES, SHAPE_WEIGHTS)[0]
    if shape == "transposed" and len(communes) < 3:
        shape = "wide"
    unit_rows = [unit_values(rng, year, False) for _ in communes]
    place = ascii_name(name)
    title = TitleBlock(
        issuer_top=_issuer(name), issuer="BAN TUYÊN GIÁO",
        place_date=f"{name.split(' ', 1)[-1]}, ngày {rng.randint(10, 28)} tháng 12 năm {year}",
        title=f"BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM {year}",
        attachment=f"(Kèm theo Báo cáo số {rng.randint(20, 90)}-BC/BTGHU ngày 20/12/{year})",
        signer_name=rng.choice(["Nguyễn Văn An", "Trần Thị Bích", "Lê Minh Châu", "Phạm Hữu Đức"]))
    path = folder / f"BaoCao_{place}_{code}_{year}.xlsx"
    if shape == "transposed":
        total = totals(unit_rows, rng)
        indicators = _indicator_labels()
        units = [("Toàn huyện", total), *zip(communes, unit_rows)]
        write_transposed(path, f"Năm {year}", title, indicators, units)
        return shape, sum(1 for _, v in units for _, k in indicators if v.get(k) is not None)
    rows: list[Row] = []
    if shape == "grouped":
        agency_rows = [unit_values(rng, year, True) for _ in AGENCIES]
        total = totals(unit_rows + agency_rows, rng)
        rows.append(Row("Khối xã, thị trấn", stt="I", kind="group"))
        rows += [Row(n, v, stt=i) for i, (n, v) in enumerate(zip(communes, unit_rows), 1)]
        rows.append(Row("Khối cơ quan huyện", stt="II", kind="group"))
        rows += [Row(n, v, stt=i) for i, (n, v) in enumerate(zip(AGENCIES, agency_rows), 1)]
        rows.append(Row("Tổng cộng", total, kind="total"))
        title.note = "Ghi chú: Số liệu tổng hợp từ báo cáo của các chi, đảng bộ trực thuộc."
    elif shape == "text":
        rows = [Row(n, _as_text(rng, v), stt=i) for i, (n, v) in enumerate(zip(communes, unit_rows), 1)]
        rows.append(Row("Toàn huyện", _as_text(rng, totals(unit_rows, rng), total=True), kind="total"))
    else:
        rows = [Row(n, v, stt=i) for i, (n, v) in enumerate(zip(communes, unit_rows), 1)]
    groups = standard_groups(percent_fraction=shape == "fraction")
    if shape == "subset":  # a district that reports only some groups: registration, models, commendations
        groups = [g for g in groups if g.label in ("Đảng viên", "Mô hình học tập và làm theo Bác", "Khen thưởng")
                  or (g.label is None and g.columns[0].key is None)]
    write_figures(path, f"Năm {year}", title, rows, groups)
    keys = {c.key for g in groups for c in g.columns if c.key}
    return shape, sum(1 for r in rows for k in r.values if k in keys and r.values[k] is not None)


def province_report(folder: Path, year: int, code: str, name: str, communes: list[str]) -> tuple[str, int]:
    rng = random.Random(f"new-{code}-{year}")
    rows = [Row(n, unit_values(rng, year, False), stt=i) for i, n in enumerate(communes, 1)]
    title = TitleBlock(
        issuer_top=f"TỈNH ỦY {name.split(' ', 1)[-1].upper()}" if name.startswith("Tỉnh") else
        f"THÀNH ỦY {name.removeprefix('Thành phố ').upper()}",
        issuer="BAN TUYÊN GIÁO VÀ DÂN VẬN",
        place_date=f"{name.split(' ', 1)[-1]}, ngày 18 tháng 12 năm {year}",
        title=f"KẾT QUẢ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH CỦA CÁC XÃ NĂM {year}")
    write_figures(folder / f"BaoCao_{ascii_name(name)}_{code}_{year}.xlsx", f"Năm {year}", title, rows)
    return "new_map", sum(len(r.values) for r in rows)


def generate(out: Path, year: int, limit: int | None) -> dict:
    """The folder of ``year`` under ``out``, written unless a complete one (same units, same limit) is there."""
    folder = out / str(year)
    manifest = folder / "manifest.json"
    units = new_provinces(limit) if year >= 2025 else districts(year, limit)
    if manifest.exists():
        done = json.loads(manifest.read_text())
        if (done.get("generator", 1) == GENERATOR and done.get("units") == len(units)
                and len(list(folder.glob("*.xlsx"))) == len(units)):
            return done
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    start = time.perf_counter()
    shapes: dict[str, int] = {}
    cells = 0
    for u in units:
        shape, n = province_report(folder, year, *u) if year >= 2025 else district_report(folder, year, *u)
        shapes[shape] = shapes.get(shape, 0) + 1
        cells += n
    done = {"generator": GENERATOR, "year": year, "units": len(units), "shapes": shapes, "figure_cells": cells,
            "communes": sum(len(u[-1]) for u in units), "seconds": round(time.perf_counter() - start, 1)}
    manifest.write_text(json.dumps(done, ensure_ascii=False, indent=1))
    return done


# -- timing subprocesses -----------------------------------------------------------------------------------------

CPU_SECONDS: dict[str, float] = {}  # the CPU time (user + system, with its worker processes) of the last timed run


def timed(cmd: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """Run ``cmd``: wall seconds, peak RSS in MB (of the process, by /usr/bin/time, else of the largest child
    so far by getrusage), the completed process; its CPU seconds in CPU_SECONDS["last"] (on a shared machine
    the CPU time is the steadier figure: another job's load lengthens the wall time, not the work)."""
    report = Path(tempfile.mkstemp(suffix=".time")[1])
    full = [TIME, "-f", "%M %U %S", "-o", str(report), *cmd] if TIME else cmd
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(full, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU_SECONDS["last"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if TIME:
        rss = int(report.read_text().split()[-3]) / 1024
    else:
        rss = after.ru_maxrss / 1024
    report.unlink(missing_ok=True)
    return seconds, rss, done


def load_ours(folders: list[Path], db: Path) -> dict:
    cmd = [PYTHON, "-m", "etl", "load", *map(str, folders), "--db", str(db), "--json"]
    seconds, rss, done = timed(cmd + (["--workers", str(WORKERS["n"])] if WORKERS.get("n") else []))
    try:
        files = json.loads(done.stdout)["files"]
    except (json.JSONDecodeError, KeyError):
        sys.exit(f"our loader failed (exit {done.returncode}): {done.stderr[-2000:]}")
    statuses: dict[str, int] = {}
    for f in files:
        statuses[f["status"]] = statuses.get(f["status"], 0) + 1
    return {"seconds": round(seconds, 2), "cpu_seconds": round(CPU_SECONDS["last"], 2), "peak_rss_mb": round(rss),
            "files": len(files), "statuses": statuses,
            "figures": sum(f.get("rows_loaded", 0) for f in files),
            "fact_cells": sum((f.get("cells") or {}).get("fact", 0) for f in files),
            "rejects": sum(f.get("rows_rejected", 0) for f in files), "exit": done.returncode}


def load_naive(folder: Path, db: Path) -> dict:
    seconds, rss, done = timed([PYTHON, str(ROOT / "scripts" / "naive_load.py"), str(folder), "--db", str(db)])
    if done.returncode:
        sys.exit(f"naive loader failed: {done.stderr[-2000:]}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    return {"seconds": round(seconds, 2), "cpu_seconds": round(CPU_SECONDS["last"], 2), "peak_rss_mb": round(rss),
            **out}


WORKERS: dict[str, int] = {}  # --workers for our loader (default: its own, one a core)


# -- pages -----------------------------------------------------------------------------------------------------

PAGES = ["tong_quan", "so_sanh", "xu_huong", "mo_hinh", "khen_thuong", "du_lieu", "don_vi"]
# the levels each page offers (ui/filters.py unit_filters: communes=False stops at the district; "Toàn quốc",
# tinh=toan-quoc, on Tổng quan, So sánh and Xu hướng). The country is one unit a map: its "changes" are changes
# of year (each year's figures, the provinces compared, not seen before), old map and new.
LEVELS = {"tong_quan": ["commune", "district", "province", "province_new", "country"],
          "so_sanh": ["district", "province", "province_new", "country", "country_current"],
          "xu_huong": ["district", "province", "province_new", "country", "country_current"],
          "mo_hinh": ["commune", "district", "province", "province_new"],
          "khen_thuong": ["commune", "district", "province", "province_new"],
          "du_lieu": ["district", "province", "province_new"],
          "don_vi": ["search"]}


def _units(db: Path, old_year: int | None, count: int, seed: int = 12) -> dict[str, list[dict[str, str]]]:
    """``count`` units of each level that have figures in the warehouse, spread over the country (seeded)."""
    import duckdb

    rng = random.Random(seed)
    con = duckdb.connect(str(db), read_only=True)
    try:
        found: dict[str, list[dict[str, str]]] = {}
        if old_year:
            old = [dict(zip(("tinh", "huyen", "xa"), r)) for r in con.execute(
                "select distinct province_code, district_code, unit_code from core.facts "
                "where year = ? and unit_level = 'commune' and map = 'old'", [old_year]).fetchall()]
            old.sort(key=lambda d: d["xa"])
            communes = rng.sample(old, min(count, len(old)))
            by_district = sorted({(d["tinh"], d["huyen"]) for d in old})
            by_province = sorted({d["tinh"] for d in old})
            found["commune"] = [{"nam": str(old_year), **d} for d in communes]
            found["district"] = [{"nam": str(old_year), "tinh": p, "huyen": h}
                                 for p, h in rng.sample(by_district, min(count, len(by_district)))]
            found["province"] = [{"nam": str(old_year), "tinh": p}
                                 for p in rng.sample(by_province, min(count, len(by_province)))]
        new = sorted(r[0] for r in con.execute(
            "select distinct province_code from core.facts where map = 'new'").fetchall())
        if new:
            found["province_new"] = [{"nam": "2025", "tinh": p} for p in rng.sample(new, min(count, len(new)))]
        names = [r[0] for r in con.execute("select distinct name from core.unit_versions "
                                           "where level = 'commune' and map = 'old' order by name").fetchall()]
        found["search"] = [{"q": n.split(" ", 1)[-1]} for n in rng.sample(names, min(count, len(names)))]
        years = [r[0] for r in con.execute("select distinct year from core.facts order by year").fetchall()]
        first = [old_year] if old_year in years else []
        found["country"] = [{"nam": str(y), "tinh": "toan-quoc"} for y in first + [y for y in years if y not in first]]
        if new:  # today's provinces over the years (Xu hướng, today's map): a change is another metric, uncached
            metrics = [r[0] for r in con.execute("select code from core.metrics order by code").fetchall()]
            found["country_current"] = [
                {"ban_do": "hien-nay", "tinh": "toan-quoc", "ct": m, "chi_tieu": m, "nam": str(years[i % len(years)]),
                 "dv": ",".join(["new:country:VN", *(f"new:province:{p}" for p in rng.sample(new, min(3, len(new))))])}
                for i, m in enumerate(metrics[:count + 1])]
        return found
    finally:
        con.close()


def _rss_mb() -> int:
    """This process's resident memory now (MB), from /proc (0 where there is none)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024)
    except OSError:
        pass
    return 0


def time_pages(db: Path, count: int, old_year: int | None, pages: list[str] | None = None,
               levels: list[str] | None = None, app: Path | None = None) -> dict:
    """``pages``, ``levels``: only those (all by default); ``app``: the checkout whose dashboard is timed (this
    one by default; another, e.g. `git archive` of an older commit, times the version before in the same way)."""
    import logging

    os.environ["CAMPAIGN_DB"] = str(db)
    root = ROOT
    if app is not None:  # the other checkout's modules, not this one's
        root = app.resolve()
        sys.path[:] = [str(root)] + [p for p in sys.path if Path(p or ".").resolve() not in (ROOT, ROOT / "scripts")]
        for name in [m for m in sys.modules if m.split(".")[0] in ("ui", "warehouse", "etl", "reportgen", "pages")]:
            del sys.modules[name]
    from streamlit.testing.v1 import AppTest

    def quiet() -> None:  # "missing ScriptRunContext" on every run of AppTest
        for name in list(logging.root.manager.loggerDict):
            if name.startswith("streamlit"):
                logging.getLogger(name).setLevel(logging.ERROR)

    units = _units(db, old_year, count + 1)

    # The script's own time: Streamlit's script runner timed around the run of the page's code (after the first
    # run of the process, AppTest runs the page file itself, without dashboard.py and its render log).
    from streamlit.runtime.scriptrunner import script_runner

    script_ms: list[float] = []
    run_code = script_runner.exec_func_with_error_handling

    def timed_run(*args, **kwargs):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return run_code(*args, **kwargs)
        finally:
            script_ms.append((time.perf_counter() - started) * 1000)

    script_runner.exec_func_with_error_handling = timed_run

    def open_page(page: str, params: dict[str, str]) -> tuple[float, list[str]]:
        """A new session opening ``page`` on ``params``: the wall time of AppTest.run() (the script run, and
        AppTest's own hand-over: a scan of the installed packages for components, 100 ms to a second on a
        loaded machine), the page's exceptions; the script's own time goes to ``script_ms``."""
        at = AppTest.from_file(str(root / "dashboard.py"), default_timeout=300)
        at.query_params.update(params)
        at.switch_page(f"pages/{page}.py")
        before = len(script_ms)
        start = time.perf_counter()
        at.run()
        wall = (time.perf_counter() - start) * 1000
        script_ms[before:] = [sum(script_ms[before:])]  # a rerun inside the run counts with it
        quiet()
        return wall, [str(e.value) for e in at.exception]

    def stats(values: list[float]) -> tuple[float, float]:
        q = statistics.quantiles(values, n=20, method="inclusive") if len(values) >= 2 else values * 19
        return statistics.median(values), q[18]

    results: dict[str, dict] = {}
    for page in pages or PAGES:
        page_result: dict[str, dict] = {}
        for level in LEVELS[page]:
            if levels and level not in levels:
                continue
            chosen = units.get(level, [])
            if not chosen:
                page_result[level] = {"skipped": "no units of this level in the warehouse"}
                continue
            if level == "country":  # every year there is, old map and new: count + 1 of them at most
                chosen = chosen[:count + 1]
            elif page == "xu_huong" and level not in ("province_new", "country_current"):  # today's map by default
                chosen = [{**c, "ban_do": "bao-cao"} for c in chosen]
            first, *rest = chosen
            script_ms.clear()
            server, errors = open_page(page, first)
            changes = []
            for params in rest[:count]:
                s, e = open_page(page, params)
                changes.append(s)
                errors += e
            first_script, scripts = script_ms[0], script_ms[1:]
            p50, p95 = stats(changes)
            s50, s95 = stats(scripts)
            page_result[level] = {"first_open_ms": round(server),
                                  "change_p50_ms": round(p50), "change_p95_ms": round(p95),
                                  "change_max_ms": round(max(changes)), "units": len(changes),
                                  "change_ms": [round(c) for c in changes],
                                  "script_first_ms": round(first_script), "script_p50_ms": round(s50),
                                  "script_p95_ms": round(s95), "script_ms": [round(c) for c in scripts],
                                  "errors": errors[:3]}
            print(f"  {page:<12} {level:<13} first {server:7.0f} ms   change p50 {p50:6.0f}  p95 {p95:6.0f}   "
                  f"script: first {first_script:6.0f} p50 {s50:6.0f} p95 {s95:6.0f}  ({len(changes)} units)"
                  f"{'  ERRORS ' + errors[0][:80] if errors else ''}", file=sys.stderr, flush=True)
        results[page] = page_result
    return {"pages": results, "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "end_rss_mb": _rss_mb()}


# -- run -------------------------------------------------------------------------------------------------------

def parse_years(text: str) -> list[int]:
    years: list[int] = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        years += list(range(int(a), int(b or a) + 1))
    return sorted(set(years))


def table(result: dict) -> str:
    lines = []
    ours, naive = result["load"]["ours"], result["load"]["naive"]
    y = result["load"]["year"]
    lines.append(f"\nLoad of {y} ({ours['files']} district workbooks, {result['generated'][str(y)]['figure_cells']} "
                 f"figure cells written), fresh warehouse each:")
    lines.append(f"  {'':<18}{'wall s':>8}{'peak RSS MB':>13}{'cells stored':>14}{'facts':>8}")
    lines.append(f"  {'ours (etl load)':<18}{ours['seconds']:>8.1f}{ours['peak_rss_mb']:>13}{ours['fact_cells']:>14}"
                 f"{ours['figures']:>8}   statuses {ours['statuses']}, rejects {ours['rejects']}")
    lines.append(f"  {'naive (pandas)':<18}{naive['seconds']:>8.1f}{naive['peak_rss_mb']:>13}{naive['figures']:>14}"
                 f"{'':>8}   files skipped {naive['files_skipped']} (transposed)")
    lines.append("  (cells stored: figure cells that ended in the warehouse; ours keeps a rate with its counts as one "
                 "fact, the naive loader one row a cell)")
    ld = result["load"]
    lines.append(f"  ours is {ld.get('speedup', 0):.2f}× as fast as naive (wall; median of {len(ld.get('rounds', []))}"
                 f" rounds {ld.get('speedup_median', 0):.2f}×); CPU seconds ours {ours.get('cpu_seconds')} / naive "
                 f"{naive.get('cpu_seconds')}: {ld.get('cpu_speedup', 0):.2f}×")
    for i, r in enumerate(ld.get("rounds", []), 1):
        lines.append(f"    round {i}: ours {r['ours_s']:.1f} s ({r['ours_cpu_s']:.1f} s CPU), naive {r['naive_s']:.1f} s"
                     f" ({r['naive_cpu_s']:.1f} s CPU): {r['speedup']:.2f}×")
    for key, what in (("rest", "the other years, into the same warehouse"), ("archive", "archive, new warehouse")):
        if key in result:
            r = result[key]
            lines.append(f"  ours, {what} ({r['years']}): {r['seconds']:.1f} s ({r.get('cpu_seconds')} s CPU), "
                         f"{r['files']} files, "
                         f"{r['figures']} figures, peak {r['peak_rss_mb']} MB")
    pages = result.get("pages")
    if pages:
        lines.append(f"\nPages on the warehouse of {result['warehouse_years']} (ms, wall time of "
                     f"AppTest.run(); first = the page's first open on this level; change = a new session on a unit not opened before; peak RSS of the "
                     f"page process {pages['peak_rss_mb']} MB):")
        lines.append(f"  {'page':<13}{'level':<14}{'first':>8}{'p50':>8}{'p95':>8}{'max':>8}{'units':>7}"
                     f"{'script p50':>12}{'p95':>6}")
        for page, levels in pages["pages"].items():
            for level, r in levels.items():
                if "skipped" in r:
                    lines.append(f"  {page:<13}{level:<14}  skipped: {r['skipped']}")
                    continue
                lines.append(f"  {page:<13}{level:<14}{r['first_open_ms']:>8}{r['change_p50_ms']:>8}"
                             f"{r['change_p95_ms']:>8}{r['change_max_ms']:>8}{r['units']:>7}"
                             f"{r.get('script_p50_ms', ''):>12}{r.get('script_p95_ms', ''):>6}"
                             f"{'  errors: ' + r['errors'][0][:60] if r['errors'] else ''}")
        lines.append("  country: Toàn quốc (Tổng quan, So sánh, Xu hướng), its changes are changes of year")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> None:
    years = parse_years(args.years)
    compare = args.compare_year
    wanted = sorted(set(years) | {compare} | (set(range(2016, 2025)) if args.archive else set()))
    result: dict = {"date": time.strftime("%Y-%m-%d %H:%M"), "machine": f"{os.cpu_count()} cores, shared",
                    "districts_limit": args.districts, "generated": {}}
    for y in wanted:
        g = generate(args.out, y, args.districts)
        result["generated"][str(y)] = g
        print(f"reports {y}: {g['units']} workbooks, {g['figure_cells']} figure cells, shapes {g['shapes']} "
              f"(written in {g['seconds']} s, cached in {args.out / str(y)})", file=sys.stderr, flush=True)
    work = Path(tempfile.mkdtemp(prefix="bench_country_"))
    ours_db, naive_db = work / "ours.duckdb", work / "naive.duckdb"
    if args.workers:
        WORKERS["n"] = args.workers
    rounds = []
    for i in range(max(1, args.rounds)):  # alternated, each in a new warehouse: both see the same machine
        for db in (ours_db, naive_db):
            for leftover in (db, db.with_name(db.name + ".wal")):
                leftover.unlink(missing_ok=True)
        print(f"loading {compare} with our loader (round {i + 1}) ...", file=sys.stderr, flush=True)
        ours = load_ours([args.out / str(compare)], ours_db)
        print(f"loading {compare} with the naive loader (round {i + 1}) ...", file=sys.stderr, flush=True)
        naive = load_naive(args.out / str(compare), naive_db)
        rounds.append({"ours_s": ours["seconds"], "naive_s": naive["seconds"], "ours_cpu_s": ours["cpu_seconds"],
                       "naive_cpu_s": naive["cpu_seconds"], "speedup": round(naive["seconds"] / ours["seconds"], 2)})
    speedups = sorted(r["speedup"] for r in rounds)
    result["load"] = {"year": compare, "ours": ours, "naive": naive,
                      "ratio": round(ours["seconds"] / naive["seconds"], 2),
                      "speedup": round(naive["seconds"] / ours["seconds"], 2),
                      "speedup_median": speedups[len(speedups) // 2],
                      "cpu_speedup": round(naive["cpu_seconds"] / max(ours["cpu_seconds"], 1e-9), 2),
                      "rounds": rounds}
    rest = [y for y in years if y != compare]
    if rest:
        print(f"loading {rest} into our warehouse ...", file=sys.stderr, flush=True)
        r = load_ours([args.out / str(y) for y in rest], ours_db)
        result["rest"] = {"years": rest, **r}
    result["warehouse_years"] = sorted(set(years) | {compare})
    if args.archive:
        print("archive: 2016–2024 with our loader, new warehouse ...", file=sys.stderr, flush=True)
        r = load_ours([args.out / str(y) for y in range(2016, 2025)], work / "archive.duckdb")
        result["archive"] = {"years": "2016-2024", **r}
        (work / "archive.duckdb").unlink(missing_ok=True)
    if args.units:
        print(f"timing pages ({args.units} units a level) ...", file=sys.stderr, flush=True)
        old_year = compare if compare < 2025 else None
        pages_json = work / "pages.json"
        done = subprocess.run([PYTHON, __file__, "pages", "--db", str(ours_db), "--units", str(args.units),
                               "--old-year", str(old_year or 0), "--json", str(pages_json)], cwd=ROOT)
        if done.returncode == 0:
            result["pages"] = json.loads(pages_json.read_text())
    naive_db.unlink(missing_ok=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    else:
        result["warehouse"] = str(ours_db)
    print(table(result))
    args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1))
    print(f"\nresults: {args.json}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("generate", "run"):
        p = sub.add_parser(name)
        p.add_argument("--years", default="2023,2025", help="e.g. 2023,2025 or 2016-2025")
        p.add_argument("--districts", type=int, help="at most N districts (provinces in 2025) a year")
        p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the reports are written (cached)")
    run_p = sub.choices["run"]
    run_p.add_argument("--compare-year", type=int, default=2023)
    run_p.add_argument("--rounds", type=int, default=1, help="our loader and the naive one, alternated N times")
    run_p.add_argument("--workers", type=int, help="our loader's --workers (default: one a core)")
    run_p.add_argument("--archive", action="store_true", help="also load 2016–2024 with our loader, timed")
    run_p.add_argument("--units", type=int, default=10, help="units a level for the page timings (0: none)")
    run_p.add_argument("--json", type=Path, default=Path(tempfile.gettempdir()) / "bench_country.json")
    run_p.add_argument("--keep", action="store_true", help="keep the warehouse (its path is in the JSON)")
    p = sub.add_parser("pages")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--units", type=int, default=10)
    p.add_argument("--old-year", type=int, default=2023, help="the old-map year to open (0: none)")
    p.add_argument("--json", type=Path)
    p.add_argument("--pages", help="only these pages, comma-separated (e.g. tong_quan,so_sanh)")
    p.add_argument("--levels", help="only these levels, comma-separated (commune, district, province, "
                                    "province_new, country, search)")
    p.add_argument("--app", type=Path, help="time the dashboard of this checkout instead (the version before)")
    args = parser.parse_args()
    if args.command == "generate":
        for y in parse_years(args.years):
            print(json.dumps(generate(args.out, y, args.districts), ensure_ascii=False))
    elif args.command == "run":
        run(args)
    else:
        only = [p.strip() for p in args.pages.split(",")] if args.pages else None
        unknown = sorted(set(only or []) - set(PAGES))
        if unknown:
            parser.error(f"unknown pages {unknown}; pages are {PAGES}")
        result = time_pages(args.db, args.units, args.old_year or None, only,
                            args.levels.split(",") if args.levels else None, args.app)
        text = json.dumps(result, ensure_ascii=False, indent=1)
        args.json.write_text(text) if args.json else print(text)


if __name__ == "__main__":
    main()
