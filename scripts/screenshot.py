"""The README's screenshot: Tổng quan on the sample warehouse, 1280×800, into docs/img/overview.png.

    .venv/bin/python scripts/screenshot.py [--port 8690] [--out docs/img/overview.png] [--db data/sample.duckdb]
                                           [--query "nam=2024&tinh=84&huyen=848"]

The default view is Huyện Cầu Ngang (Trà Vinh) in 2024, a district whose communes all reported; ``--query ""``
gives the page as it opens with no choice. Starts the dashboard (``scripts/serve.py``) on 127.0.0.1:PORT, opens it in Debian's chromium through Playwright,
waits until the page's script has finished and its first chart is drawn, saves the screenshot, reduces it to a
256-colour palette when it is over 250 KB, and stops the server it started. Needs the test tools
(``make install-dev``: Playwright) and /usr/bin/chromium (``apt-get install chromium``).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
SIZE = {"width": 1280, "height": 800}
MAX_BYTES = 250 * 1024
SETTLED = """() => {
    const app = document.querySelector('[data-test-script-state]');
    return app !== null && app.getAttribute('data-test-script-state') === 'notRunning'
        && document.querySelector('.js-plotly-plot .main-svg') !== null;
}"""


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "CAMPAIGN_DB": str(db.resolve())}
    command = [sys.executable, str(ROOT / "scripts" / "serve.py"), "--server.port", str(port),
               "--server.headless", "true"]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def wait_healthy(port: int, server: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the dashboard exited with status {server.returncode} before it answered")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as answer:
                if answer.read().strip() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the dashboard did not answer on port {port} within {timeout:.0f} s")


def stop_server(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)  # its own session: the server and nothing else
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def shoot(port: int, query: str, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport=SIZE, locale="vi-VN")
            page.goto(f"http://127.0.0.1:{port}/" + (f"?{query}" if query else ""), wait_until="domcontentloaded")
            page.wait_for_function(SETTLED, timeout=90_000)
            page.wait_for_timeout(1500)  # the charts' transitions and the web fonts
            page.wait_for_function(SETTLED, timeout=30_000)
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
        finally:
            browser.close()


def shrink(path: Path) -> None:
    """A 256-colour palette when the PNG is over MAX_BYTES (the page's flat colours survive it)."""
    if path.stat().st_size <= MAX_BYTES:
        return
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8690)
    parser.add_argument("--db", type=Path, default=ROOT / "data" / "sample.duckdb")
    parser.add_argument("--query", default="nam=2024&tinh=84&huyen=848", help="the link's filters")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img" / "overview.png")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db} is missing: `make sample` builds the sample warehouse", file=sys.stderr)
        return 2
    server = start_server(args.db, args.port)
    try:
        wait_healthy(args.port, server)
        shoot(args.port, args.query, args.out)
    finally:
        stop_server(server)
    shrink(args.out)
    print(f"{args.out}: {args.out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
