"""Registers for the page benchmark: the country's reports of scripts/bench_country.py carry figures only, so
Mô hình, Khen thưởng and Dữ liệu's replaced values would be timed on empty registers. This adds, to a COPY of a
bench warehouse, per commune and year 2 models (the appraisal columns in 2024) and 3 commendations in its
district's register (its province's on the new map), and one year of three provinces replaced by a later file
(fact_history). Synthetic (deterministic hashes); never run it on a real warehouse.

Run:  cp /tmp/bench10.duckdb /tmp/mine.duckdb && .venv/bin/python scripts/bench_registers.py /tmp/mine.duckdb
      .venv/bin/python scripts/bench_country.py pages --db /tmp/mine.duckdb --pages mo_hinh,khen_thuong,du_lieu
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

SCOPE = "CASE WHEN map = 'old' THEN 'old:district:' || district_code ELSE 'new:province:' || province_code END"
ROW = "(row_number() OVER (PARTITION BY year, coalesce(district_code, province_code) ORDER BY unit_key, i))::INT + 6"


def add(path: str) -> dict[str, int]:
    con = duckdb.connect(path)
    try:
        if con.execute("SELECT count(*) FROM core.models WHERE load_id = 900000").fetchone()[0]:
            sys.exit(f"{path} has the synthetic registers already")
        con.execute("""CREATE TEMP TABLE cu AS SELECT DISTINCT year, map, unit_key, unit_code, unit_name, province,
                       district, province_code, district_code FROM core.facts WHERE unit_level = 'commune'""")
        con.execute(f"""
            INSERT INTO core.models (load_id, scope_key, map, year, name, host, unit_key, unit_code, unit_level,
                province, district, commune, kind, field, is_new, is_pilot, replicated_units, replication_base,
                source_file, source_sheet, source_row, has_study, has_follow, has_example, exemplar, appraisal_step)
            SELECT 900000, {SCOPE}, map, year,
                   'Mô hình ' || (['Dân vận khéo', 'Đường hoa', 'Thắp sáng đường quê', 'Tổ tự quản',
                                   'Heo đất'])[1 + (hash(unit_key, year, i) % 5)::INT] || ' ' || i,
                   'Hội LHPN ' || unit_name, unit_key, unit_code, 'commune', province, district, unit_name,
                   CASE WHEN hash(unit_key, i) % 3 = 0 THEN 'individual' ELSE 'collective' END,
                   (['Kinh tế', 'Văn hóa - xã hội', 'Quốc phòng - an ninh',
                     'Xây dựng Đảng'])[1 + (hash(unit_key, year, i, 7) % 4)::INT],
                   hash(unit_key, year, i) % 2 = 0, hash(unit_key, year, i) % 17 = 0,
                   CASE WHEN hash(unit_key, year, i) % 17 = 0 THEN 3 END,
                   CASE WHEN hash(unit_key, year, i) % 17 = 0 THEN 12 END,
                   'DanhSach_MoHinh_' || coalesce(district_code, province_code) || '_' || year || '.xlsx',
                   'Mô hình', {ROW},
                   CASE WHEN year = 2024 THEN hash(unit_key, i) % 4 <> 0 END,
                   CASE WHEN year = 2024 THEN hash(unit_key, i) % 5 <> 0 END,
                   CASE WHEN year = 2024 THEN hash(unit_key, i) % 6 <> 0 END,
                   CASE WHEN year = 2024 AND hash(unit_key, i) % 3 <> 0 THEN 'Ông Nguyễn Văn ' || i END,
                   CASE WHEN year = 2024 THEN (['registered', 'appraised', 'deployed',
                                                'reviewed'])[1 + (hash(unit_key, i) % 4)::INT] END
            FROM cu, range(2) r(i)""")
        con.execute(f"""
            INSERT INTO core.commendations (load_id, scope_key, map, year, recipient, recipient_kind, unit_key,
                unit_code, unit_level, province, district, commune, level, is_proposed, form, source_file,
                source_sheet, source_row)
            SELECT 900001, {SCOPE}, map, year,
                   CASE WHEN i = 0 THEN 'Chi bộ ấp ' || (hash(unit_key, year) % 9 + 1)
                        ELSE 'Ông Trần Văn ' || i || ', ' || unit_name END,
                   CASE WHEN i = 0 THEN 'collective' ELSE 'individual' END, unit_key, unit_code, 'commune',
                   province, district, unit_name,
                   (['district', 'province', 'central'])[1 + (hash(unit_key, year, i) % 3)::INT], i = 2, 'Giấy khen',
                   'DanhSach_KhenThuong_' || coalesce(district_code, province_code) || '_' || year || '.xlsx',
                   'Khen thưởng', {ROW}
            FROM cu, range(3) r(i)""")
        columns = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'core' "
            "AND table_name = 'fact_history' ORDER BY ordinal_position").fetchall()]
        picked = ", ".join("f.load_id" if c == "superseded_by" else "f.value - 1" if c == "value" else f"f.{c}"
                           for c in columns)  # names from the schema
        con.execute(f"INSERT INTO core.fact_history ({', '.join(columns)}) SELECT {picked} FROM core.facts f "
                    "WHERE year = 2022 AND province_code IN ('01', '79', '48')")
        counts = {t: con.execute(f"SELECT count(*) FROM core.{t}").fetchone()[0]  # constant names
                  for t in ("models", "commendations", "fact_history")}
        con.execute("CHECKPOINT")
        return counts
    finally:
        con.close()


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1].startswith("-") or not Path(sys.argv[1]).is_file():
        sys.exit(__doc__)  # --help, or a warehouse that is not there: never a new file named after the argument
    print(add(sys.argv[1]))
