"""Many viewers (#12): two dashboard processes on one warehouse file behind the proxy, ten sessions opening and
changing pages while a load publishes into that file: no error, the sessions spread over both processes, and
every session reads the new count of files after the publish. Once behind scripts/proxy.py (any machine) and
once behind nginx with the configuration scripts/serve_many.py makes, the one deploy/nginx.conf ships (nginx
is installed by .ci/run; elsewhere that test is skipped, saying so)."""

from __future__ import annotations

import asyncio
import http.client
import os
import subprocess
import sys
from pathlib import Path

import pytest

from etl.publishing.load import load_files
from tests.conftest import ROOT, SAMPLE_DIR

sys.path.insert(0, str(ROOT / "scripts"))

from load_test import build_parser, run_load_test  # noqa: E402
from serve_many import DEPLOY_NGINX, Cluster, deploy_config, find_nginx, free_ports  # noqa: E402

DISTRICTS = ["BinhLuc", "CauNgang", "ThanhHoa", "ThapMuoi"]
SESSIONS = 10


@pytest.fixture(scope="module")
def backends(tmp_path_factory: pytest.TempPathFactory):
    """Two dashboard processes on a real (not sample) warehouse of four districts' 2023 and 2024 reports."""
    work = tmp_path_factory.mktemp("serve_many")
    db = work / "warehouse.duckdb"
    files = [SAMPLE_DIR / f"BaoCao_{d}_{y}.xlsx" for d in DISTRICTS for y in (2023, 2024)]
    assert {o.status for o in load_files(db, files)} == {"loaded"}
    cluster = Cluster(db, ports=free_ports(2), proxy="python", run_dir=work)
    cluster.start_backends()
    try:
        yield cluster
    finally:
        cluster.stop()


def viewers_while_publishing(cluster: Cluster, proxy: str, publish: list[Path]) -> dict:
    cluster.proxy, cluster.port = proxy, free_ports(1)[0]
    cluster.start_proxy()
    try:
        args = build_parser().parse_args(["--sessions", str(SESSIONS), "--visits", "1", "--publish-after", "0.5",
                                          "--run-timeout", "60", "--timeout", "150"])
        return asyncio.run(run_load_test(cluster, args, publish))
    finally:
        cluster.stop_proxy()


def assert_served_and_published(res: dict, files: int) -> None:
    assert res["errors"] == []
    assert res["runs"] == SESSIONS * 3  # an open, a change (another province), Dữ liệu after the publish
    assert res["publish"]["exit"] == 0, res["publish"]["output_tail"]
    assert res["files_loaded_after"] == res["files_loaded_before"] + files
    assert res["sessions_checked_after"] == SESSIONS
    assert res["sessions_seeing_new_count"] == SESSIONS  # the new file is read by every session, no restart
    per_process = res["sessions_per_process"]
    assert sum(per_process) == SESSIONS and min(per_process) >= 1, per_process  # both processes serve


def get(port: int, path: str, cookie: str | None = None) -> http.client.HTTPResponse:
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    con.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    res = con.getresponse()
    res.read()
    con.close()
    return res


def assert_routing(port: int) -> None:
    """A browser gets its route in a cookie and keeps it; Streamlit's statistics and agent API are denied."""
    first = get(port, "/")
    assert first.status == 200
    route = next(v for k, v in first.getheaders() if k.lower() == "set-cookie" and v.startswith("campaign_route="))
    again = get(port, "/", route.split(";")[0])
    assert again.status == 200
    assert not [v for k, v in again.getheaders() if k.lower() == "set-cookie" and "campaign_route" in v]
    for path in ("/_stcore/metrics", "/_stcore/script-health-check", "/_stcore/agent/x"):
        assert get(port, path).status == 403, path
    assert get(port, "/_stcore/health").status == 200


def assert_compressed(port: int) -> None:
    """Streamlit sends its JavaScript as it is (4.7 MB for the charts' module): nginx compresses it for phones."""
    import re

    import streamlit

    chunk = next((Path(streamlit.__file__).parent / "static" / "static" / "js").glob("PlotlyChart.*.js"))
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    con.request("GET", f"/static/js/{chunk.name}", headers={"Accept-Encoding": "gzip"})
    res = con.getresponse()
    body = res.read()
    con.close()
    assert res.status == 200 and res.getheader("Content-Encoding") == "gzip"
    assert re.search(r"Accept-Encoding", res.getheader("Vary") or "")
    assert len(body) < chunk.stat().st_size / 2  # 1.7 of 4.7 MB


def test_ten_viewers_behind_the_test_proxy_while_a_load_publishes(backends: Cluster):
    files = [SAMPLE_DIR / f"BaoCao_{d}_2022.xlsx" for d in DISTRICTS[:2]]
    res = viewers_while_publishing(backends, "python", files)
    assert_served_and_published(res, len(files))


def test_the_test_proxy_routes_by_cookie_and_denies_what_nginx_denies(backends: Cluster):
    backends.proxy, backends.port = "python", free_ports(1)[0]
    backends.start_proxy()
    try:
        assert_routing(backends.port)
    finally:
        backends.stop_proxy()


def _nginx() -> str:
    nginx = find_nginx()
    if nginx is None:
        if os.environ.get("CI"):
            pytest.fail("nginx is missing in CI (.ci/run installs it)")
        pytest.skip("nginx is not installed (apt-get install nginx): the nginx configuration is not tried here")
    return nginx


def test_deploy_nginx_conf_is_what_serve_many_makes_and_nginx_accepts_it(tmp_path: Path):
    assert DEPLOY_NGINX.read_text(encoding="utf-8") == deploy_config()  # regenerate: serve_many.py --print-nginx
    nginx = _nginx()
    conf = tmp_path / "nginx.conf"
    conf.write_text(f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
                    f"http {{\n{DEPLOY_NGINX.read_text(encoding='utf-8')}}}\n")
    check = subprocess.run([nginx, "-t", "-c", str(conf), "-p", str(tmp_path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert "test is successful" in check.stderr


def test_ten_viewers_behind_nginx_while_a_load_publishes(backends: Cluster):
    _nginx()
    files = [SAMPLE_DIR / f"BaoCao_{d}_2022.xlsx" for d in DISTRICTS[2:]]
    res = viewers_while_publishing(backends, "nginx", files)
    assert_served_and_published(res, len(files))
    backends.proxy, backends.port = "nginx", free_ports(1)[0]
    backends.start_proxy()
    try:
        assert_routing(backends.port)
        assert_compressed(backends.port)
    finally:
        backends.stop_proxy()


def test_many_threads_of_one_process_reading_while_loads_publish_never_get_an_error(tmp_path: Path):
    """What a dashboard process does with many sessions: queries from many threads on one ReadOnlyWarehouse
    while publishes replace the file. None may fail (closing the old connection while another thread was
    taking a cursor of it raised ResourceInUseException), and the last publish is read by all."""
    import threading

    from warehouse.db import ReadOnlyWarehouse, publish

    db = tmp_path / "warehouse.duckdb"
    publish(db, lambda con: con.execute("CREATE TABLE core.n AS SELECT 0 AS n"), fresh=True)
    wh = ReadOnlyWarehouse(db)
    errors: list[BaseException] = []
    seen: dict[int, list[int]] = {}
    stop = threading.Event()

    def read(i: int) -> None:
        while not stop.is_set():
            try:
                seen.setdefault(i, []).append(int(wh.query("SELECT max(n) AS n FROM core.n")["n"].iloc[0]))
            except BaseException as exc:  # noqa: BLE001 - what a viewer would see
                errors.append(exc)

    readers = [threading.Thread(target=read, args=(i,)) for i in range(8)]
    for r in readers:
        r.start()
    try:
        for k in range(1, 16):
            publish(db, lambda con, k=k: con.execute("INSERT INTO core.n VALUES (?)", [k]))
    finally:
        stop.set()
        for r in readers:
            r.join()
    assert errors == []
    assert all(v == sorted(v) for v in seen.values())  # never a step back
    assert [int(wh.query("SELECT max(n) AS n FROM core.n")["n"].iloc[0]) for _ in range(3)] == [15] * 3
    wh.close()
