"""Defaults for every client: timeouts, retries, paging concurrency. Frozen values."""

from __future__ import annotations

from typing import Final

import httpx

DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2
# Full-jitter exponential backoff: sleep uniform(0, min(CAP, BASE * 2**attempt)).
BACKOFF_BASE: Final = 0.5
BACKOFF_CAP: Final = 8.0
# A server asking for a longer pause than this is not waited for: the error is raised.
RETRY_AFTER_CAP: Final = 60.0
RETRY_STATUSES: Final = frozenset({408, 429, *range(500, 600)})
SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})
# Pages fetched at once by the async pager when the total is known; below the keep-alive pool
# size (DEFAULT_LIMITS) so every page reuses a pooled connection.
DEFAULT_PAGE_CONCURRENCY: Final = 16
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=100, max_keepalive_connections=20)
USER_AGENT: Final = "compute-clients"
