"""The first chart on a leader's phone (issue #24 point 7): how long a phone's browser waits for Tổng quan's first
chart, cold (the server just started: its first visitor) and warm (another visitor later, another province).

    .venv/bin/python scripts/bench_phone.py --db WAREHOUSE [--app /tmp/before] [--rounds 2] [--json out.json]

Debian's chromium (Playwright) as a phone: 390×844, touch, a phone's User-Agent. Each round starts a dashboard
process (``scripts/serve.py`` of this checkout, and of ``--app``'s when given: the two alternate, round
by round, so a noisy machine weighs on both alike), waits for ``/_stcore/health``, then opens Tổng quan on a
province of the latest old-map year in a new tab (a new session) of a phone that has opened the dashboard before
(its files cached, as a leader's phone has them) and times from the navigation to the first chart drawn (a Plotly
chart's SVG in the page, or the chart the server drew for a phone: ``svg.light-chart``); then ``--warm`` more
visitors, each on another province.
Prints the median of each and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from load_test import warehouse_facts  # noqa: E402
from serve_many import free_ports  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
PHONE_AGENT = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/131.0 Mobile Safari/537.36")
# A chart drawn: Plotly's SVG, or the phone's chart drawn by the server (ui/lightchart.py, since #24 point 7)
FIRST_CHART = "() => !!document.querySelector('.js-plotly-plot .main-svg, svg.light-chart')"


def start(app: Path, db: Path, port: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "CAMPAIGN_DB": str(db), "PYTHONPATH": str(app)}
    launcher = ["scripts/serve.py"] if (app / "scripts" / "serve.py").exists() else ["-m", "streamlit", "run",
                                                                                   "dashboard.py"]  # an older one
    proc = subprocess.Popen([sys.executable, *launcher, "--server.port", str(port),
                             "--server.headless", "true"], cwd=app, env=env, stdout=log.open("w"),
                            stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"the dashboard did not start; its log: {log}")


def phone(browser):
    return browser.new_context(viewport={"width": 390, "height": 844}, user_agent=PHONE_AGENT, is_mobile=True,
                               has_touch=True, device_scale_factor=2)


def first_chart_ms(context, url: str) -> float:
    """A new tab (a new session) of ``context`` (its cache: the app's files fetched on an earlier day)."""
    page = context.new_page()
    try:
        started = time.perf_counter()
        page.goto(url, wait_until="commit")
        page.wait_for_function(FIRST_CHART, timeout=120_000, polling=50)
        return (time.perf_counter() - started) * 1000
    finally:
        page.close()


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--app", type=Path, help="also time the dashboard of this checkout (the version before)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--warm", type=int, default=5, help="visitors after the first, each on another province")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    codes, year, _ = warehouse_facts(args.db)  # the provinces the load test opens, and their year
    apps = {"this": ROOT, **({"before": args.app.resolve()} if args.app else {})}
    times: dict[str, dict[str, list[float]]] = {name: {"cold": [], "warm": []} for name in apps}
    logs = Path(tempfile.mkdtemp(prefix="bench_phone_"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        ports = dict(zip(apps, free_ports(len(apps)), strict=True))  # one address each: the phone's cache holds its files
        phones = {name: phone(browser) for name in apps}
        try:
            for name, app in apps.items():  # the phone has opened the dashboard before (its files are cached)
                proc = start(app, args.db, ports[name], logs / f"{name}_prime.log")
                try:
                    first_chart_ms(phones[name], f"http://127.0.0.1:{ports[name]}/?nam={year}&tinh={codes[-1]}")
                finally:
                    proc.terminate()
                    proc.wait(timeout=30)
            for r in range(args.rounds):
                for name, app in apps.items():
                    port = ports[name]
                    proc = start(app, args.db, port, logs / f"{name}_{r}.log")
                    try:
                        chosen = [codes[(r * 7 + i * 11) % len(codes)] for i in range(args.warm + 1)]
                        url = f"http://127.0.0.1:{port}/?nam={year}&tinh="
                        times[name]["cold"].append(first_chart_ms(phones[name], url + chosen[0]))
                        for code in chosen[1:]:
                            times[name]["warm"].append(first_chart_ms(phones[name], url + code))
                    finally:
                        proc.terminate()
                        proc.wait(timeout=30)
                    print(f"round {r + 1} {name}: cold {times[name]['cold'][-1]:.0f} ms, warm "
                          f"{statistics.median(times[name]['warm'][-args.warm:]):.0f} ms (median)", file=sys.stderr)
        finally:
            browser.close()
    result = {"db": str(args.db), "year": year, "rounds": args.rounds, "warm_visits": args.warm,
              **{name: {kind: {"median_ms": round(statistics.median(v)), "max_ms": round(max(v)), "n": len(v)}
                        for kind, v in t.items()} for name, t in times.items()}}
    print(f"{'':8} {'cold median':>12} {'cold max':>9} {'warm median':>12} {'warm max':>9}")
    for name in apps:
        c, w = result[name]["cold"], result[name]["warm"]
        print(f"{name:8} {c['median_ms']:>9} ms {c['max_ms']:>6} ms {w['median_ms']:>9} ms {w['max_ms']:>6} ms")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
