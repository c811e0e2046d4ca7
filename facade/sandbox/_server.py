"""Run an ASGI app under a real uvicorn on 127.0.0.1, in a background thread."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._app import Receive, Scope, Send


class _Protocol(H11Protocol):
    """uvicorn's h11 protocol that hands the connection's transport to the app (for reset faults)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        inner = self.app

        async def app(scope: Scope, receive: Receive, send: Send) -> None:
            scope["sandbox.transport"] = self.transport
            await inner(scope, receive, send)

        self.app = app

    def connection_made(self, transport: Any) -> None:
        # Headers and body go out in two writes; without TCP_NODELAY Nagle + delayed ACK add ~40 ms.
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)


def bind(port: int = 0, host: str = "127.0.0.1") -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: a free one chosen by the OS)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


class Server:
    """One uvicorn server on a pre-bound socket, serving from a daemon thread."""

    def __init__(self, app: Any, sock: socket.socket) -> None:
        self.sock = sock
        host, port = sock.getsockname()[:2]
        self.url = f"http://{host}:{port}"
        config = uvicorn.Config(
            app, http=_Protocol, lifespan="off", log_config=None, access_log=False, proxy_headers=False,
            server_header=False, date_header=False, timeout_graceful_shutdown=1, log_level="critical",
        )  # fmt: skip
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name=f"sandbox {self.url}", daemon=True)
        self._error: BaseException | None = None

    def _run(self) -> None:
        try:
            asyncio.run(self._server.serve(sockets=[self.sock]))
        except BaseException as exc:  # noqa: BLE001 - reported to the starting thread
            self._error = exc

    def start(self) -> None:
        """Start serving; returns once the server accepts connections (the socket already listens)."""
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if self._error is not None or not self._thread.is_alive():
                raise RuntimeError(f"sandbox server failed to start: {self._error!r}")
            if time.monotonic() > deadline:
                raise RuntimeError("sandbox server did not start within 10 s")
            time.sleep(0.002)

    def request_stop(self) -> None:
        """Ask the server to stop (returns at once)."""
        self._server.should_exit = True
        self._server.force_exit = True

    def join(self, timeout: float = 5.0) -> None:
        """Wait for the server thread to end and release the socket."""
        self._thread.join(timeout)
        with contextlib.suppress(OSError):
            self.sock.close()
