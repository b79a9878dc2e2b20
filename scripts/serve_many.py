"""Several dashboard processes on one published warehouse file, behind a reverse proxy (docs/deploying.md).

    .venv/bin/python scripts/serve_many.py --n 3 [--db data/warehouse.duckdb] [--port 8500] [--proxy nginx]

starts N dashboards (``scripts/serve.py``: ``streamlit run dashboard.py``) on 127.0.0.1:8601, 8602, … (all reading the same file read-only), then
the proxy on 127.0.0.1:--port, waits until every process answers ``/_stcore/health`` through it, and stays until
Ctrl-C; it stops only what it started. ``--proxy nginx`` (the default when nginx is installed) runs Debian's
nginx as this user with a configuration made by ``site_config``, the same one as ``deploy/nginx.conf``;
``--proxy python`` runs ``scripts/proxy.py`` (for machines without nginx: the tests, CI).

``deploy/nginx.conf`` is ``site_config`` for four processes (``python scripts/serve_many.py --print-nginx``):
tests/test_serve_many.py checks they agree and that nginx accepts it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPLOY_NGINX = ROOT / "deploy" / "nginx.conf"
ROUTE_COOKIE = "campaign_route"
# Streamlit paths a proxy should not pass (docs/deploying.md, "Serving"): cache statistics, a costly script run, the agent API.
DENIED = r"^/_stcore/(metrics|script-health-check|agent/)"


def find_nginx() -> str | None:
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None)


def site_config(ports: list[int], listen: str = "127.0.0.1:8500", server_name: str = "_") -> str:
    """The nginx configuration (http context) of the dashboard behind one address: sticky sessions by cookie."""
    servers = "\n".join(f"    server 127.0.0.1:{p} max_fails=2 fail_timeout=10s;" for p in ports)
    return f"""\
# The campaign dashboard: {len(ports)} Streamlit processes on one read-only warehouse file (docs/deploying.md).
# Made by scripts/serve_many.py (site_config); goes in nginx's http context, e.g. /etc/nginx/conf.d/.

# A Streamlit session lives in its process (its WebSocket, uploads, downloads): a browser must keep talking to
# the process it started on. ip_hash would put a whole office behind one NAT address on one process, so a
# cookie chooses it: a browser without one gets a random key ($request_id), kept in the cookie, and the
# consistent hash sends every request with that key to the same process (another one if that one is down).
map $cookie_{ROUTE_COOKIE} $campaign_route {{
    ""      $request_id;
    default $cookie_{ROUTE_COOKIE};
}}
map $cookie_{ROUTE_COOKIE} $campaign_route_cookie {{
    ""      "{ROUTE_COOKIE}=$request_id; Path=/; HttpOnly; SameSite=Lax";
    default "";
}}
# WebSocket upgrade passed on; other requests keep the connection to the process alive.
map $http_upgrade $campaign_connection {{
    default upgrade;
    ""      "";
}}

upstream campaign_dashboard {{
    hash $campaign_route consistent;
{servers}
    keepalive 16;
}}

server {{
    listen {listen};
    server_name {server_name};
    # With TLS (a national deployment): listen 443 ssl; ssl_certificate …; ssl_certificate_key …;

    # Streamlit sends its JavaScript uncompressed (the charts' module alone is 4.7 MB): compressed here, 1.7 MB of it
    # reach a phone on a mobile network.
    gzip on;
    gzip_types application/javascript text/javascript text/css application/json image/svg+xml;
    gzip_min_length 1024;
    gzip_proxied any;
    gzip_vary on;

    location ~ {DENIED} {{
        deny all;
    }}
    location / {{
        proxy_pass http://campaign_dashboard;
        proxy_http_version 1.1;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection $campaign_connection;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_read_timeout 86400;   # a page's WebSocket (/_stcore/stream) stays open while it is on screen
        proxy_send_timeout 86400;
        proxy_buffering off;
        client_max_body_size 50m;   # the upload limit of the data desk
        add_header Set-Cookie $campaign_route_cookie always;
    }}
}}
"""


def standalone_nginx(site: str, run_dir: Path) -> str:
    """A whole nginx.conf around ``site`` that runs in the foreground as this user, its files in ``run_dir``."""
    return f"""\
daemon off;
worker_processes 1;
pid {run_dir}/nginx.pid;
error_log {run_dir}/nginx-error.log warn;
events {{
    worker_connections 1024;
}}
http {{
    access_log off;
    client_body_temp_path {run_dir}/body;
    proxy_temp_path {run_dir}/proxy;
    fastcgi_temp_path {run_dir}/fastcgi;
    uwsgi_temp_path {run_dir}/uwsgi;
    scgi_temp_path {run_dir}/scgi;
{site}}}
"""


def _health(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:  # noqa: S310 - 127.0.0.1 only
            return r.status == 200 and r.read().strip() == b"ok"
    except (urllib.error.URLError, OSError):
        return False


def _die_with_parent() -> None:
    """In the child: SIGTERM when the process that started it dies (a killed test run leaves no server behind)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG (Linux)
    except OSError:
        pass


def _end(proc: subprocess.Popen) -> None:
    """SIGTERM to the process's own session (it and its children, nothing else), SIGKILL if it lingers."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def free_ports(k: int) -> list[int]:
    """k ports free on 127.0.0.1 just now (for tests: other servers may be running on this machine)."""
    import socket

    socks = [socket.socket() for _ in range(k)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def duckdb_threads(processes: int) -> int:
    """DuckDB threads for each of ``processes`` dashboard processes on this machine: its cores shared out."""
    return max(1, (os.cpu_count() or 1) // max(1, processes))


class Cluster:
    """N dashboard processes and a proxy, started and stopped together (a context manager)."""

    def __init__(self, db: Path, n: int = 2, port: int = 8500, first_port: int = 8601, proxy: str = "auto",
                 run_dir: Path | None = None, ports: list[int] | None = None) -> None:
        self.db = Path(db).resolve()
        self.ports = ports or [first_port + i for i in range(n)]
        self.n = len(self.ports)
        self.port = port
        self.proxy = ("nginx" if find_nginx() else "python") if proxy == "auto" else proxy
        self.run_dir = Path(run_dir or tempfile.mkdtemp(prefix="serve_many_"))
        self.procs: list[subprocess.Popen] = []
        self.proxy_proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _spawn(self, cmd: list[str], log: str, env: dict[str, str] | None = None) -> subprocess.Popen:
        out = open(self.run_dir / log, "wb")  # noqa: SIM115 - kept open for the process's life
        return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True, preexec_fn=_die_with_parent)

    def start(self, timeout: float = 90.0) -> Cluster:
        self.start_backends(timeout)
        self.start_proxy(timeout)
        return self

    def start_backends(self, timeout: float = 90.0) -> None:
        env = {**os.environ, "CAMPAIGN_DB": str(self.db)}
        # Each process its share of the cores for DuckDB (unless $CAMPAIGN_DUCKDB_THREADS says): N processes each
        # running every query on every core fought over them, one session's query slowing the others' (#24: the
        # load test's p95 about 20% lower with one thread each for two processes on two cores).
        env.setdefault("CAMPAIGN_DUCKDB_THREADS", str(duckdb_threads(len(self.ports))))
        for p in self.ports:
            self.procs.append(self._spawn(
                [sys.executable, str(ROOT / "scripts" / "serve.py"), "--server.port", str(p),
                 "--server.address", "127.0.0.1", "--server.headless", "true"], f"streamlit-{p}.log", env))
        self._wait([f"http://127.0.0.1:{p}/_stcore/health" for p in self.ports], self.procs, timeout)

    def start_proxy(self, timeout: float = 30.0) -> None:
        """The proxy (self.proxy) on self.port, in front of the processes."""
        if self.proxy == "nginx":
            nginx = find_nginx()
            if nginx is None:
                raise RuntimeError("nginx is not installed (apt-get install nginx), or use --proxy python")
            conf = self.run_dir / f"nginx-{self.port}.conf"
            conf.write_text(standalone_nginx(site_config(self.ports, f"127.0.0.1:{self.port}"), self.run_dir))
            self.proxy_proc = self._spawn([nginx, "-c", str(conf), "-p", str(self.run_dir)],
                                          f"nginx-{self.port}.log")
        else:
            self.proxy_proc = self._spawn(
                [sys.executable, str(ROOT / "scripts" / "proxy.py"), "--listen", str(self.port),
                 *[str(p) for p in self.ports]], f"proxy-{self.port}.log")
        self._wait([f"{self.url}/_stcore/health"], [self.proxy_proc], timeout)

    def _wait(self, urls: list[str], procs: list[subprocess.Popen], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while urls:
            for proc in procs:
                if proc.poll() is not None:
                    self.stop()
                    raise RuntimeError(f"{proc.args[:3]} exited with {proc.returncode}; logs in {self.run_dir}")
            urls = [u for u in urls if not _health(u)]
            if urls and time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"not healthy after {timeout:.0f} s: {urls}; logs in {self.run_dir}")
            if urls:
                time.sleep(0.3)

    def pids(self) -> list[int]:
        return [p.pid for p in self.procs]

    def stop_proxy(self) -> None:
        if self.proxy_proc is not None:
            _end(self.proxy_proc)
            self.proxy_proc = None

    def stop(self) -> None:
        self.stop_proxy()
        for proc in self.procs:
            _end(proc)
        self.procs = []

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2, help="dashboard processes (about one per core)")
    parser.add_argument("--db", help="the warehouse file (default: as the dashboard chooses, docs/warehouse.md)")
    parser.add_argument("--port", type=int, default=8500, help="the proxy's port on 127.0.0.1")
    parser.add_argument("--first-port", type=int, default=8601, help="the first dashboard process's port")
    parser.add_argument("--proxy", choices=["auto", "nginx", "python"], default="auto")
    parser.add_argument("--print-nginx", action="store_true", help="print deploy/nginx.conf (four processes)")
    args = parser.parse_args()
    if args.print_nginx:
        sys.stdout.write(deploy_config())
        return
    sys.path.insert(0, str(ROOT))
    from warehouse.db import resolve_db_path

    db = Path(args.db) if args.db else resolve_db_path()[0]
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})  # waited for below
    cluster = Cluster(db, args.n, args.port, args.first_port, args.proxy).start()
    print(f"{args.n} dashboard processes on {db} behind {cluster.proxy}: {cluster.url}/  (Ctrl-C stops them)",
          flush=True)
    try:
        signal.sigwait({signal.SIGINT, signal.SIGTERM})
    finally:
        cluster.stop()


def deploy_config() -> str:
    """deploy/nginx.conf: four processes on 8501–8504, nginx on port 80 of every address."""
    return site_config([8501, 8502, 8503, 8504], listen="80", server_name="so.example.vn")


if __name__ == "__main__":
    main()
