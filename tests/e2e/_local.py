"""Small HTTP servers on 127.0.0.1 for the tests that need more than a sandbox.

``Recorder`` answers every request with one scripted response and keeps what it received;
``ForwardProxy`` is a minimal HTTP forward proxy (absolute-form requests, no CONNECT) that counts
what passes through it.
"""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization", "transfer-encoding", "te"}


@dataclass
class Seen:
    """One request as a server received it."""

    method: str
    target: str
    headers: dict[str, str]


@dataclass
class Recorder:
    """What a local server received, and what it answers (status, JSON body, headers)."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    url: str = ""


class _Handler(BaseHTTPRequestHandler):
    """What both servers' handlers do alike: HTTP/1.1, record the request, send a body, log nothing."""

    protocol_version = "HTTP/1.1"

    def _seen(self) -> Seen:
        return Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()})

    def _end(self, payload: bytes) -> None:
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _handler(recorder: Recorder) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        def _any(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            if length:
                self.rfile.read(length)
            recorder.seen.append(self._seen())
            payload = json.dumps(recorder.body).encode() if recorder.body is not None else b""
            self.send_response(recorder.status)
            for name, value in recorder.headers.items():
                self.send_header(name, value.replace("{self}", recorder.url.rstrip("/")))
            self.send_header("content-type", "application/json")
            self._end(payload)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any

    return Handler


@dataclass
class ForwardProxy:
    """Counts the requests it forwarded and keeps their headers (as the proxy saw them)."""

    seen: list[Seen] = field(default_factory=list)
    url: str = ""

    @property
    def count(self) -> int:
        return len(self.seen)


def _proxy_handler(proxy: ForwardProxy) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        def _forward(self) -> None:
            target = urlsplit(self.path)  # absolute form: http://host:port/path?query
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else None
            proxy.seen.append(self._seen())
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            upstream = http.client.HTTPConnection(target.hostname or "127.0.0.1", target.port or 80, timeout=30)
            try:
                path = target.path + (f"?{target.query}" if target.query else "")
                upstream.request(self.command, path, body=body, headers=headers)
                answer = upstream.getresponse()
                payload = answer.read()
                self.send_response(answer.status)
                for name, value in answer.getheaders():
                    if name.lower() not in _HOP_BY_HOP and name.lower() != "content-length":
                        self.send_header(name, value)
            finally:
                upstream.close()
            self._end(payload)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _forward

    return Handler


@contextmanager
def _serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextmanager
def recorder(status: int = 200, body: Any = None, headers: dict[str, str] | None = None) -> Iterator[Recorder]:
    """A server answering ``status`` with ``body`` (``{self}`` in a header value: its own URL)."""
    rec = Recorder(status, body, headers or {})
    with _serving(_handler(rec)) as url:
        rec.url = url
        yield rec


@contextmanager
def forward_proxy() -> Iterator[ForwardProxy]:
    """A forward proxy on 127.0.0.1 (``proxy.url``) counting what passes."""
    proxy = ForwardProxy()
    with _serving(_proxy_handler(proxy)) as url:
        proxy.url = url
        yield proxy
