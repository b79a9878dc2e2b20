"""A small sticky reverse proxy for machines without nginx (the tests, CI): NOT for a real deployment, where
deploy/nginx.conf does the same job (docs/deploying.md).

    .venv/bin/python scripts/proxy.py --listen 8500 8601 8602

Routes as deploy/nginx.conf does: a request without the ``campaign_route`` cookie gets a random key in that
cookie, and every request carrying a key goes to the process its hash names, WebSockets included (a Streamlit
session lives in one process). Plain HTTP requests are sent with ``Connection: close`` (one request a
connection, so that no response needs parsing beyond its head); a WebSocket is piped both ways until either
side closes. Listens on 127.0.0.1 only; denies the paths nginx denies.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import re
import secrets

ROUTE_COOKIE = "campaign_route"
DENIED = re.compile(rb"^/_stcore/(metrics|script-health-check|agent/)")
_COOKIE = re.compile(rf"(?:^|;\s*){ROUTE_COOKIE}=([^;\s]+)".encode())


def backend_for(route: bytes, ports: list[int]) -> int:
    return ports[int.from_bytes(hashlib.sha256(route).digest()[:8], "big") % len(ports)]


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        try:
            writer.close()
        except (ConnectionError, RuntimeError):
            pass


async def handle(ports: list[int], client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
    try:
        head = await client_r.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        client_w.close()
        return
    lines = head[:-4].split(b"\r\n")
    method_path = lines[0].split(b" ")
    path = method_path[1] if len(method_path) > 1 else b"/"
    if DENIED.match(path):
        client_w.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        await client_w.drain()
        client_w.close()
        return
    headers = [line for line in lines[1:] if line]
    names = [h.split(b":", 1)[0].strip().lower() for h in headers]
    values = [h.split(b":", 1)[1].strip() if b":" in h else b"" for h in headers]
    websocket = any(n == b"upgrade" and v.lower() == b"websocket" for n, v in zip(names, values, strict=True))
    route = next((m.group(1) for n, v in zip(names, values, strict=True) if n == b"cookie"
                  for m in [_COOKIE.search(v)] if m), None)
    new_route = route is None
    if route is None:
        route = secrets.token_hex(16).encode()
    if not websocket:
        headers = [h for h, n in zip(headers, names, strict=True) if n not in (b"connection", b"keep-alive")]
        headers.append(b"Connection: close")
    headers.append(b"X-Forwarded-For: 127.0.0.1")
    try:
        up_r, up_w = await asyncio.open_connection("127.0.0.1", backend_for(route, ports))
    except OSError:
        client_w.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        await client_w.drain()
        client_w.close()
        return
    up_w.write(b"\r\n".join([lines[0], *headers]) + b"\r\n\r\n")
    await up_w.drain()
    upstream = asyncio.create_task(_pipe(client_r, up_w))  # the request's body, the WebSocket's frames
    try:
        response_head = await up_r.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        upstream.cancel()
        client_w.close()
        up_w.close()
        return
    if new_route:
        status, rest = response_head.split(b"\r\n", 1)
        cookie = b"Set-Cookie: " + ROUTE_COOKIE.encode() + b"=" + route + b"; Path=/; HttpOnly; SameSite=Lax"
        response_head = status + b"\r\n" + cookie + b"\r\n" + rest
    client_w.write(response_head)
    await client_w.drain()
    await _pipe(up_r, client_w)
    upstream.cancel()
    up_w.close()


async def serve(listen: int, ports: list[int]) -> None:
    server = await asyncio.start_server(lambda r, w: handle(ports, r, w), "127.0.0.1", listen, limit=1 << 16)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--listen", type=int, required=True, help="the proxy's port on 127.0.0.1")
    parser.add_argument("ports", type=int, nargs="+", help="the dashboard processes' ports on 127.0.0.1")
    args = parser.parse_args()
    try:
        asyncio.run(serve(args.listen, args.ports))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
