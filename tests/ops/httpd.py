"""A tiny scripted web site on 127.0.0.1 (a thread), for the fetch, feed and hostile-input tests."""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType


@dataclass
class Route:
    """What one path answers: ``statuses`` are used up one per request (then 200), ``delay`` before answering."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    statuses: list[int] = field(default_factory=list)
    delay: float = 0.0
    chunked: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    gate: threading.Event | None = None
    """When set, the answer waits until the test opens the gate (a request held open on purpose)."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    routes: dict[str, Route]
    hits: Counter[str]

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that time out and hang up are part of the tests


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        self.server.hits[path] += 1
        route = self.server.routes.get(path)
        try:
            if route is None:
                self._send(404, b"not here", "text/plain")
                return
            if route.delay:
                time.sleep(route.delay)
            if route.gate is not None:
                route.gate.wait(600)
            status = route.statuses.pop(0) if route.statuses else 200
            if status >= 300 and status < 400:
                self._send(status, b"", "text/plain", route.headers)
            elif status != 200:
                self._send(status, b"server trouble", "text/plain")
            elif route.chunked:
                self._send_chunked(route)
            else:
                self._send(200, route.body, route.content_type, route.headers)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _send_chunked(self, route: Route) -> None:
        self.send_response(200)
        self.send_header("Content-Type", route.content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        step = 64 * 1024
        for i in range(0, len(route.body), step):
            piece = route.body[i:i + step]
            self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")


class LocalSite:
    """``with LocalSite() as site: site.add('/a', Route(...)); site.url('/a')`` — stopped on exit."""

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.routes = {}
        self._server.hits = Counter()
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def hits(self) -> Counter[str]:
        return self._server.hits

    def add(self, path: str, route: Route) -> str:
        self._server.routes[path] = route
        return self.url(path)

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def __enter__(self) -> LocalSite:
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(10)
