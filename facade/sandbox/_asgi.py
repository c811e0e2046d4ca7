"""The ASGI plumbing both the app and the control path use: reading a bounded body, sending a reply."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from ._hooks import Reply

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class BodyTooLarge(Exception):
    """The request body is longer than the sandbox accepts (reading stopped there)."""


async def read_body(receive: Receive, limit: int | None = None) -> bytes:
    """The whole request body; past ``limit`` bytes reading stops with :class:`BodyTooLarge`."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if limit is not None and size > limit:
            raise BodyTooLarge(size)
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks)


def encode(reply: Reply) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    """Body bytes and headers (content type and length included) of a reply."""
    if reply.text is not None:
        body = reply.text.encode()
    elif reply.body is None:
        body = b""
    else:
        body = json.dumps(reply.body, separators=(",", ":")).encode()
    headers = [(k.lower().encode(), str(v).encode()) for k, v in reply.headers.items()]
    if body or reply.text is not None:
        headers.append((b"content-type", reply.media.encode()))
    headers.append((b"content-length", str(len(body)).encode()))
    return body, headers


async def send_reply(send: Send, reply: Reply) -> None:
    """Send a complete reply (its status must be set)."""
    body, headers = encode(reply)
    await send({"type": "http.response.start", "status": reply.status or 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})
