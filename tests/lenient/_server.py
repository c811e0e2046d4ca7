"""A small listing server on 127.0.0.1: io.net's ``listDeployments`` (page numbers), items from the test.

The sandboxes answer only what their specs allow; this one answers whatever items a test gives it,
bent ones included, in the provider's own envelope and paging (``page`` from 0, ``page_size``).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

PATH = "/enterprise/v1/io-cloud/caas/deployments"


def deployment(number: int) -> dict[str, Any]:
    """One valid ``DeploymentData`` row."""
    return {
        "id": f"8f2d6c1e-5b7a-4c3e-9a41-{number:012d}",
        "status": "running",
        "name": f"job-{number}",
        "completed_percent": 12.5,
        "hardware_quantity": 8,
        "brand_name": "NVIDIA",
        "hardware_name": "H100 80GB HBM3",
        "compute_minutes_served": 540,
        "compute_minutes_remaining": 900,
    }


@contextmanager
def listing(items: list[Any]) -> Iterator[str]:
    """Serve ``items`` as io.net deployments; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path != PATH:
                self._send(404, {"detail": "not found"})
                return
            page, size = int(query.get("page", 0)), int(query.get("page_size", 10))
            chunk = items[page * size : (page + 1) * size]
            body = {"data": {"deployments": chunk, "total": len(items), "statuses": ["running"]}}
            self._send(200, body)

        def _send(self, status: int, body: Any) -> None:
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
