"""Run an ASGI app under a real uvicorn on 127.0.0.1, in a background thread."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._asgi import Receive, Scope, Send


class _Protocol(H11Protocol):
    """uvicorn's h11 protocol, with a deadline for the request head and the transport handed to the app.

    A client gets ``header_timeout`` seconds from its first byte to the end of a request's
    headers; a slower one (slowloris) is disconnected. The app sees the transport (reset faults).
    """

    header_timeout = 10.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_deadline: asyncio.TimerHandle | None = None
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

    def data_received(self, data: bytes) -> None:
        if self._head_deadline is None and self.conn.their_state is h11.IDLE:
            self._head_deadline = self.loop.call_later(self.header_timeout, self._head_too_slow)
        super().data_received(data)
        if self._head_deadline is not None and self.conn.their_state is not h11.IDLE:
            self._head_deadline.cancel()
            self._head_deadline = None

    def _head_too_slow(self) -> None:
        self._head_deadline = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._head_deadline is not None:
            self._head_deadline.cancel()
            self._head_deadline = None
        super().connection_lost(exc)


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

    def __init__(self, app: Any, sock: socket.socket, *, header_timeout: float = 10.0) -> None:
        self.sock = sock
        host, port = sock.getsockname()[:2]
        self.url = f"http://{host}:{port}"
        protocol = type("SandboxProtocol", (_Protocol,), {"header_timeout": header_timeout})
        config = uvicorn.Config(
            app,
            http=protocol,
            lifespan="off",
            log_config=None,
            access_log=False,
            proxy_headers=False,
            server_header=False,
            date_header=False,
            timeout_graceful_shutdown=1,
            log_level="critical",
        )
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
