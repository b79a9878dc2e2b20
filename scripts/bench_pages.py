"""How long a page takes to re-render, server-side, when the user changes a filter (target: < 300 ms on
the sample). Each page is opened once (cold: queries not cached yet), then a filter is changed several times
and each rerun is timed from the start of the script run to the end of the page, run through Streamlit's
AppTest (a small entry script runs the dashboard's shared part and then the page, and writes the time to
$CAMPAIGN_RENDER_LOG; AppTest's own polling is not counted).

Run: .venv/bin/python scripts/bench_pages.py [--db data/sample.duckdb] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (page, starting query, widget key, values to switch between)
SCENARIOS = [
    ("pages/tong_quan.py", {"nam": "2022", "tinh": "84", "huyen": "848"}, "filter_nam", [2021, 2022, 2023, 2020]),
    ("pages/so_sanh.py", {"nam": "2022", "tinh": "84", "huyen": "848", "chi_tieu": "reg_party_members_pct"},
     "filter_nam", [2021, 2022, 2023, 2019]),
    ("pages/xu_huong.py", {"nam": "2022", "tinh": "84", "huyen": "848", "ct": "reg_party_members_pct"},
     "filter_nam", [2021, 2022, 2023, 2020]),
    ("pages/mo_hinh.py", {"nam": "2022", "tinh": "84", "huyen": "848"}, "filter_nam", [2021, 2022, 2023, 2020]),
    ("pages/khen_thuong.py", {"nam": "2022", "tinh": "87", "huyen": "872"}, "filter_nam", [2021, 2022, 2023, 2020]),
    ("pages/du_lieu.py", {"nam": "2022", "tinh": "84", "huyen": "848"}, "filter_nam", [2021, 2022, 2023, 2020]),
]


ENTRY = """
import os, runpy, time
_started = time.perf_counter()
import streamlit as st
from ui.data import Source
from ui.filters import language, restore
from ui.i18n import t
from ui.page import log_render_time
st.set_page_config(layout="wide")
try:
    restore()
    lang = language()
    source = Source()
    if source.exists and source.is_sample:
        st.warning(t("sample_banner", lang))
    runpy.run_path(os.environ["BENCH_PAGE"], run_name="__page__")
finally:
    log_render_time((time.perf_counter() - _started) * 1000)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(ROOT / "data" / "sample.duckdb"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ["CAMPAIGN_DB"] = args.db
    from streamlit.testing.v1 import AppTest

    log = Path(tempfile.mkstemp(suffix=".log")[1])
    os.environ["CAMPAIGN_RENDER_LOG"] = str(log)

    def last_ms() -> float:
        return float(log.read_text().split()[-1])

    print(f"{'page':<24}{'cold ms':>9}{'warm median ms':>16}{'warm max ms':>13}")
    entry = Path(tempfile.mkdtemp()) / "bench_entry.py"
    entry.write_text(ENTRY, encoding="utf-8")
    for page, params, key, values in SCENARIOS:
        os.environ["BENCH_PAGE"] = str(ROOT / page)
        at = AppTest.from_file(str(entry), default_timeout=120)
        at.query_params.update(params)
        at.run()
        cold = last_ms()
        assert not at.exception, at.exception
        warm = []
        for _ in range(args.repeat):
            for value in values:
                widget = at.selectbox(key=key).set_value(value)
                widget.run()
                warm.append(last_ms())
                assert not at.exception, at.exception
        # the first pass over the values fills the cache; the figure that matters is the cached rerun
        cached = warm[len(values):] or warm
        print(f"{page.removeprefix('pages/'):<24}{cold:>9.0f}{statistics.median(cached):>16.0f}{max(cached):>13.0f}")


if __name__ == "__main__":
    main()
