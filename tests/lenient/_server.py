"""A small listing server on 127.0.0.1: io.net's ``listDeployments`` (page numbers), items from the test.

The sandboxes answer only what their specs allow; this one answers whatever items a test gives it,
bent ones included, in the provider's own envelope and paging (``page`` from 1, as io.net pages, ``page_size``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.e2e._local import _serving

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
def listing(items: list[Any], envelope: Any = None) -> Iterator[str]:
    """Serve ``items`` as io.net deployments (or always ``envelope``, when given); yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path != PATH:
                self._send(404, {"detail": "not found"})
                return
            page, size = max(1, int(query.get("page", 1))), int(query.get("page_size", 10))
            chunk = items[(page - 1) * size : page * size]
            body = {"data": {"deployments": chunk, "total": len(items), "statuses": ["running"]}}
            self._send(200, body if envelope is None else envelope)

        def _send(self, status: int, body: Any) -> None:
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with _serving(Handler) as url:
        yield url
