"""Many viewers at once while a load publishes (docs/benchmarks.md, "The load test"); bounded, 127.0.0.1 only.

    .venv/bin/python scripts/load_test.py --db /tmp/copy.duckdb --n 2 --sessions 50 \
        --publish /tmp/bench_country/2023/BaoCao_1_760_2023.xlsx …  [--proxy nginx] [--json out.json]

Copies nothing: ``--db`` is the warehouse the dashboard processes read and the load publishes into (use a copy).
Starts ``--n`` dashboard processes behind the proxy (scripts/serve_many.py), then ``--sessions`` sessions at once,
each as a browser does it: GET the page's HTML, open the WebSocket ``/_stcore/stream``, send a rerun with the
page and its link's query string, read Streamlit's messages until the script has finished (the time of an
"open"), then choose another province in the page's own select box, as a click does (a "change"). Each session
makes ``--visits`` such visits, pages taken in turn, clicking at once (or after ``--think`` seconds on average).
``--publish-after`` seconds in, ``python -m etl load`` of revised copies of the ``--publish`` files (one figure
changed in each, so that they are new reports) publishes into the same file. When it is done, every session opens Dữ liệu again and must read the new count of files
loaded (timed until that figure arrives; the session is then closed). An error is an exception shown on a page, a page not found, a script that did not compile, a
WebSocket that failed or a run not finished within ``--run-timeout``; there must be none.

Prints p50/p95/max per page and kind, of the runs during the publish, and the peak RSS of each process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from serve_many import Cluster  # noqa: E402
from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402
from streamlit.proto.WidgetStates_pb2 import WidgetState  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402

# (url path, the select box a change clicks: its key ends so). Don vi has a search box: its change is a new word.
PAGES = ["tong_quan", "so_sanh", "xu_huong", "mo_hinh", "khen_thuong", "du_lieu", "don_vi"]
DEFAULT_PAGE = "tong_quan"  # at the root URL: Streamlit gives the default page the url path ""
CHANGE_KEY = "filter_tinh"
FILES_LOADED = ("Tệp đã nạp", "Files loaded")  # Dữ liệu's first metric (ui/i18n.py files_loaded)


def url_path(page: str) -> str:
    return "" if page == DEFAULT_PAGE else page


@dataclass
class Run:
    page: str
    kind: str
    started: float
    ms: float = 0.0
    errors: list[str] = field(default_factory=list)
    metrics: dict[str, str] = field(default_factory=dict)
    selects: dict[str, list[str]] = field(default_factory=dict)  # widget id -> options
    chosen: dict[str, str] = field(default_factory=dict)  # widget id -> the option shown
    query_string: str = ""


class Session:
    """One browser tab: its cookies (the proxy's route), one WebSocket, reruns of pages."""

    def __init__(self, host: str, port: int, run_timeout: float) -> None:
        self.host, self.port, self.run_timeout = host, port, run_timeout
        self.cookies: dict[str, str] = {}
        self.ws = None
        self.pages: dict[str, str] = {}  # url path -> page script hash, from the first new_session message
        self.current = ""  # the page script hash of the last run

    async def get(self, path: str) -> int:
        reader, writer = await asyncio.open_connection(self.host, self.port)
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        writer.write((f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nAccept: text/html\r\n"
                      + (f"Cookie: {cookie}\r\n" if cookie else "") + "Connection: close\r\n\r\n").encode())
        await writer.drain()
        data = await reader.read()
        writer.close()
        head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
        for line in head[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "set-cookie":
                k, _, v = value.strip().split(";", 1)[0].partition("=")
                self.cookies[k] = v
        return int(head[0].split(" ")[1])

    async def open(self, page: str) -> None:
        status = await self.get(f"/{url_path(page)}")
        if status != 200:
            raise RuntimeError(f"GET /{url_path(page)}: HTTP {status}")
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        self.ws = await connect(f"ws://{self.host}:{self.port}/_stcore/stream", subprotocols=["streamlit"],
                                additional_headers={"Cookie": cookie, "Origin": f"http://{self.host}:{self.port}"},
                                max_size=None, open_timeout=self.run_timeout, ping_interval=None)

    async def rerun(self, page: str, kind: str, query_string: str, widgets: list[WidgetState] | None = None,
                    until: tuple[str, ...] = ()) -> Run:
        """Run ``page``; the time is until the script has finished, or until a metric labelled one of ``until``
        has arrived (a reader who only looks at that figure; the session is closed after it)."""
        msg = BackMsg()
        cs = msg.rerun_script
        cs.query_string = query_string
        if kind == "change" and self.current:
            cs.page_script_hash = self.current  # a widget's rerun: the page on screen
        elif url_path(page) in self.pages:
            cs.page_script_hash = self.pages[url_path(page)]  # a click in the menu
        else:
            cs.page_name = url_path(page)  # the first request: the page of the link
        cs.context_info.timezone = "Asia/Ho_Chi_Minh"
        cs.context_info.locale = "vi-VN"
        for w in widgets or []:
            cs.widget_states.widgets.append(w)
        run = Run(page, kind, time.monotonic(), query_string=query_string)
        try:
            await self.ws.send(msg.SerializeToString())
            await asyncio.wait_for(self._read_until_finished(run, until), self.run_timeout)
        except TimeoutError:
            run.errors.append(f"not finished within {self.run_timeout:.0f} s")
        except Exception as exc:  # noqa: BLE001 - what a viewer would see: counted, reported
            run.errors.append(f"{type(exc).__name__}: {exc}")
        run.ms = (time.monotonic() - run.started) * 1000
        return run

    async def _read_until_finished(self, run: Run, until: tuple[str, ...]) -> None:
        while True:
            fm = ForwardMsg()
            fm.ParseFromString(await self.ws.recv())
            kind = fm.WhichOneof("type")
            if kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                el = fm.delta.new_element
                what = el.WhichOneof("type")
                if what == "exception":
                    run.errors.append(f"exception: {el.exception.type}: {el.exception.message[:200]}")
                elif what == "metric":
                    run.metrics[el.metric.label] = el.metric.body
                    if el.metric.label in until:
                        return
                elif what == "selectbox":
                    box = el.selectbox
                    run.selects[box.id] = list(box.options)
                    if box.HasField("raw_value"):
                        run.chosen[box.id] = box.raw_value
                    elif box.HasField("default") and 0 <= box.default < len(box.options):
                        run.chosen[box.id] = box.options[box.default]
            elif kind == "new_session":
                self.current = fm.new_session.page_script_hash
                for p in fm.new_session.app_pages:
                    self.pages[p.url_pathname] = p.page_script_hash
            elif kind == "navigation":
                self.current = fm.navigation.page_script_hash
                for p in fm.navigation.app_pages:
                    self.pages[p.url_pathname] = p.page_script_hash
            elif kind == "page_info_changed":
                run.query_string = fm.page_info_changed.query_string
            elif kind == "page_not_found":
                run.errors.append(f"page not found: {run.page}")
            elif kind == "script_finished":
                if fm.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    run.errors.append("script did not compile")
                if fm.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:  # a rerun follows that one
                    return

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()


def change_of(run: Run, rng: random.Random) -> tuple[str, list[WidgetState]]:
    """The click that chooses another province (or, on Đơn vị, another search word): query string and widgets."""
    if run.page == "don_vi":
        return "q=" + rng.choice(["Long", "An", "Phú", "Tân", "Hòa", "Bình"]), []
    box = next((i for i in run.selects if i.endswith(CHANGE_KEY)), None)
    if box is None or len(run.selects[box]) < 2:
        return run.query_string, []
    others = [o for o in run.selects[box] if o != run.chosen.get(box)]
    w = WidgetState(id=box, string_value=rng.choice(others))
    # the district and commune of the former province do not belong to the new one: the page drops them itself
    kept = "&".join(p for p in run.query_string.split("&") if p and p.split("=")[0] not in ("tinh", "huyen", "xa"))
    return kept, [w]


def param(run: Run, name: str) -> str | None:
    return dict(urllib.parse.parse_qsl(run.query_string)).get(name)


def files_loaded(run: Run) -> int | None:
    for label in FILES_LOADED:
        if label in run.metrics:
            return int(run.metrics[label].replace(".", "").replace(",", ""))
    return None


async def think(args: argparse.Namespace, rng: random.Random) -> None:
    """A reader's pause before the next click (``--think``: its mean; 0, the default, clicks at once)."""
    if args.think > 0:
        await asyncio.sleep(rng.uniform(0, 2 * args.think))


async def one_session(i: int, host: str, port: int, args: argparse.Namespace, provinces: list[str], year: int,
                      published: asyncio.Event, runs: list[Run]) -> None:
    rng = random.Random(i)
    session = Session(host, port, args.run_timeout)
    first = args.pages[i % len(args.pages)]
    try:
        await session.open(first)
    except Exception as exc:  # noqa: BLE001 - counted as an error of its first run
        runs.append(Run(first, "open", time.monotonic(), errors=[f"connect: {type(exc).__name__}: {exc}"]))
        return
    try:
        for v in range(args.visits):
            page = args.pages[(i + v) % len(args.pages)]
            query = f"nam={year}&tinh={rng.choice(provinces)}" if page != "don_vi" else "q=Xã"
            await think(args, rng)
            opened = await session.rerun(page, "open", query)
            runs.append(opened)
            query, widgets = change_of(opened, rng)
            await think(args, rng)
            changed = await session.rerun(page, "change", query, widgets)
            if widgets and not changed.errors and param(changed, "tinh") in (None, param(opened, "tinh")):
                changed.errors.append(f"the click did not open another province ({changed.query_string})")
            runs.append(changed)
        await published.wait()
        runs.append(await session.rerun("du_lieu", "after publish", "", until=FILES_LOADED))
    finally:
        await session.close()


def revised_copies(files: list[Path], out: Path) -> list[Path]:
    """Copies of reports with one figure changed (+1 in the first whole number of a table), so that a load takes
    them as new reports (a corrected report), as a clerk's second sending is."""
    import openpyxl

    out.mkdir(parents=True, exist_ok=True)
    made = []
    for f in files:
        target = out / f.name
        wb = openpyxl.load_workbook(f)
        done = False
        for ws in wb.worksheets:
            for row in ws.iter_rows(min_row=5):
                for cell in row[2:]:
                    if isinstance(cell.value, int) and not isinstance(cell.value, bool) and cell.value > 1:
                        cell.value += 1
                        done = True
                        break
                if done:
                    break
            if done:
                break
        wb.save(target)
        made.append(target)
    return made


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def summary(runs: list[Run], window: tuple[float, float]) -> dict:
    groups: dict[str, list[float]] = {}
    for r in runs:
        groups.setdefault(f"{r.page} {r.kind}", []).append(r.ms)
    during = [r.ms for r in runs if window[0] <= r.started <= window[1]]
    every = [r.ms for r in runs]

    def stats(v: list[float]) -> dict:
        if not v:
            return {"n": 0, "p50": 0, "p95": 0, "max": 0}
        return {"n": len(v), "p50": round(pct(v, 0.5)), "p95": round(pct(v, 0.95)), "max": round(max(v))}

    return {"by_page": {k: stats(v) for k, v in sorted(groups.items())}, "all": stats(every),
            "during_publish": stats(during), "errors": [f"{r.page} {r.kind}: {e}" for r in runs for e in r.errors]}


def peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024)
    except OSError:
        return None
    return None


def active_sessions(port: int) -> int | None:
    """Sessions connected to one dashboard process (its own /_stcore/metrics, asked directly: the proxy denies it)."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/metrics?families=active_sessions",  # noqa: S310
                                    timeout=5) as r:
            for line in r.read().decode().splitlines():
                if line.startswith("active_sessions "):
                    return int(float(line.split()[1]))
    except OSError:
        return None
    return None


def warehouse_facts(db: Path) -> tuple[list[str], int, int]:
    """Provinces with data in the latest old-map year, that year, and the files loaded (as Dữ liệu counts them)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        year = con.execute("SELECT max(year) FROM core.facts WHERE year < 2025").fetchone()[0]
        provinces = [r[0] for r in con.execute(
            "SELECT DISTINCT u.province_code FROM core.facts f JOIN core.unit_versions u USING (unit_key) "
            "WHERE f.year = ? AND u.province_code IS NOT NULL ORDER BY 1", [year]).fetchall()]
        loaded = con.execute("SELECT count(*) FILTER (WHERE status IN ('loaded', 'loaded_with_rejects')) "
                             "FROM core.loads").fetchone()[0]
    finally:
        con.close()
    return provinces, int(year), int(loaded)


async def run_load_test(cluster: Cluster, args: argparse.Namespace, publish_files: list[Path]) -> dict:
    provinces, year, before = warehouse_facts(cluster.db)
    runs: list[Run] = []
    published = asyncio.Event()
    window = [float("inf"), float("inf")]
    per_process: list[int | None] = []

    async def publisher() -> subprocess.CompletedProcess | None:
        await asyncio.sleep(args.publish_after)
        if not publish_files:
            per_process.extend(active_sessions(p) for p in cluster.ports)
            published.set()
            return None
        window[0] = time.monotonic()
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "etl", "load", *map(str, publish_files), "--db", str(cluster.db),
            cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        out, _ = await proc.communicate()
        window[1] = time.monotonic()
        # every session is still connected here (they wait for this to open Dữ liệu): how the proxy spread them
        per_process.extend(await asyncio.gather(*[asyncio.to_thread(active_sessions, p) for p in cluster.ports]))
        published.set()
        return subprocess.CompletedProcess(proc.args if hasattr(proc, "args") else "etl load", proc.returncode,
                                           out.decode("utf-8", "replace"))

    started = time.monotonic()
    pub = asyncio.create_task(publisher())
    await asyncio.wait_for(asyncio.gather(*[
        one_session(i, "127.0.0.1", cluster.port, args, provinces, year, published, runs)
        for i in range(args.sessions)]), args.timeout)
    load = await pub
    total = time.monotonic() - started
    _, _, after = warehouse_facts(cluster.db)
    result = summary([r for r in runs if r.kind != "after publish"], (window[0], window[1]))
    seen_after = [files_loaded(r) for r in runs if r.kind == "after publish"]
    result["errors"] += [f"{r.page} {r.kind}: {e}" for r in runs if r.kind == "after publish" for e in r.errors]
    result.update({
        "processes": cluster.n, "proxy": cluster.proxy, "sessions": args.sessions, "visits": args.visits,
        "think_s": args.think,
        "seconds": round(total, 1), "runs": len(runs),
        "publish": None if load is None else {"exit": load.returncode, "seconds": round(window[1] - window[0], 1),
                                               "files": len(publish_files), "output_tail": load.stdout[-400:]},
        "files_loaded_before": before, "files_loaded_after": after,
        "sessions_seeing_new_count": sum(1 for s in seen_after if s == after),
        "sessions_checked_after": len(seen_after),
        "after_publish": summary([r for r in runs if r.kind == "after publish"], (0, 0))["all"],
        "peak_rss_mb": [peak_rss_mb(p) for p in cluster.pids()],
        "sessions_per_process": per_process,
    })
    return result


def print_report(res: dict) -> None:
    print(f"\n{res['processes']} process(es) behind {res['proxy']}, {res['sessions']} sessions × {res['visits']} "
          f"visits, {res['runs']} runs in {res['seconds']} s")
    print(f"{'page / kind':<28}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for k, s in [*res["by_page"].items(), ("ALL", res["all"]), ("during the publish", res["during_publish"]),
                 ("Dữ liệu count, after publish", res["after_publish"])]:
        print(f"{k:<28}{s['n']:>5}{s['p50']:>9}{s['p95']:>9}{s['max']:>9}")
    if res["publish"]:
        p = res["publish"]
        print(f"publish: {p['files']} files, exit {p['exit']}, {p['seconds']} s; files loaded "
              f"{res['files_loaded_before']} -> {res['files_loaded_after']}; sessions reading the new count "
              f"after it: {res['sessions_seeing_new_count']}/{res['sessions_checked_after']}")
    print(f"sessions per process at the publish: {res['sessions_per_process']}; "
          f"peak RSS of the processes (MB): {res['peak_rss_mb']}")
    print(f"errors: {len(res['errors'])}")
    for e in res["errors"][:20]:
        print("  ", e)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="the warehouse (a copy: the load publishes into it)")
    parser.add_argument("--n", type=int, default=2, help="dashboard processes")
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--visits", type=int, default=2, help="pages each session opens (and changes)")
    parser.add_argument("--pages", type=lambda v: v.split(","), default=PAGES,
                        help="the pages the sessions open in turn, by url path (default: all but the desk)")
    parser.add_argument("--think", type=float, default=0.0, help="mean seconds a reader pauses between clicks")
    parser.add_argument("--publish", nargs="*", default=[], help="reports to load (revised copies) while it runs")
    parser.add_argument("--publish-after", type=float, default=3.0, help="seconds after the start")
    parser.add_argument("--proxy", choices=["auto", "nginx", "python"], default="auto")
    parser.add_argument("--port", type=int, default=8500)
    parser.add_argument("--first-port", type=int, default=8601)
    parser.add_argument("--run-timeout", type=float, default=180.0, help="seconds a run may take")
    parser.add_argument("--timeout", type=float, default=1200.0, help="seconds the whole test may take")
    parser.add_argument("--json", help="write the figures here")
    return parser


def passed(res: dict) -> bool:
    """No error; and with a publish: it succeeded, added files, and every session read the new count after it."""
    if res["errors"]:
        return False
    if res["publish"] is None:
        return True
    return (res["publish"]["exit"] == 0 and res["files_loaded_after"] > res["files_loaded_before"]
            and res["sessions_seeing_new_count"] == res["sessions_checked_after"] == res["sessions"])


def main() -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the processes it started (Cluster.__exit__)
    args = build_parser().parse_args()
    if not args.db:
        build_parser().error("--db is required (a copy of a warehouse: the load publishes into it)")
    work = Path(tempfile.mkdtemp(prefix="load_test_"))
    files = revised_copies([Path(f) for f in args.publish], work / "reports")
    with Cluster(Path(args.db), args.n, args.port, args.first_port, args.proxy, run_dir=work) as cluster:
        res = asyncio.run(run_load_test(cluster, args, files))
    print_report(res)
    if args.json:
        Path(args.json).write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    ok = passed(res)
    if ok:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"FAILED; logs kept in {work}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
