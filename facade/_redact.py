"""Which headers carry credentials, and a header set whose repr never shows them."""

from __future__ import annotations

import re
from collections.abc import Iterable

import httpx

REDACTED = "[redacted]"
# Always secret, whatever the provider: httpx itself masks only the first two in reprs.
ALWAYS_SECRET = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
# A header (or parameter) whose name says it holds a credential. Idempotency keys are
# "keys" only by name: they are safe to show and useful when debugging retries.
_CREDENTIAL_NAME = re.compile(
    r"key|token|secret|auth|session|passw|cookie|signature|credential|jwt|bearer|private", re.IGNORECASE
)
_NOT_CREDENTIAL = re.compile(r"idempotency", re.IGNORECASE)


def looks_secret(name: str) -> bool:
    """True when a header or parameter name suggests its value is a credential."""
    return bool(_CREDENTIAL_NAME.search(name)) and not _NOT_CREDENTIAL.search(name)


def secret_names(names: Iterable[str]) -> frozenset[str]:
    """Lower-cased ``names`` plus the headers that are secret for every provider."""
    return frozenset(n.lower() for n in names) | ALWAYS_SECRET


def masked(name: str, value: str, secret: frozenset[str]) -> str:
    """``value``, or ``[redacted]`` when the header ``name`` carries a credential."""
    return REDACTED if name.lower() in secret or looks_secret(name) else value


class MaskedHeaders(httpx.Headers):
    """httpx.Headers whose repr masks every credential-carrying header, not only Authorization.

    httpx masks ``Authorization`` and ``Proxy-Authorization``; an API key in ``X-API-Key`` would
    show in clear in ``repr(err.request.headers)``. Everything else behaves as httpx.Headers.
    """

    def __init__(self, headers: httpx.Headers, secret: frozenset[str]) -> None:
        super().__init__(headers)  # a cheap list copy; the encoding is worked out again lazily
        self._secret = secret

    def __repr__(self) -> str:
        items = [(k, masked(k, v, self._secret)) for k, v in self.multi_items()]
        as_dict = dict(items)
        shown = as_dict if len(as_dict) == len(items) else items
        encoding = f", encoding={self.encoding!r}" if self.encoding != "ascii" else ""
        return f"Headers({shown!r}{encoding})"
