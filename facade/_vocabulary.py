"""The overlay extensions compute-clients reads, as JSON Schemas: one definition for pipeline,
facade and sandbox. The pipeline validates overlays against these; facade and sandbox rely on
what passed. Pure data, no dependencies.
"""

from __future__ import annotations

from typing import Any, Final

PAGINATION_STYLES: Final = ("cursor", "page", "offset", "next_url", "none")
# Request parameters the pager sets (wire names in the overlay; Python names under "args" in the manifest).
PAGINATION_PARAM_KEYS: Final = ("cursor_param", "limit_param", "page_param", "size_param", "offset_param")
# Paths into the 2xx response body.
PAGINATION_RESPONSE_KEYS: Final = ("items", "next_cursor", "next_url", "total", "has_more")

_PATH: Final[dict[str, Any]] = {"type": "string", "pattern": r"^\$"}
_NAME: Final[dict[str, Any]] = {"type": "string", "minLength": 1}

X_PAGINATION: Final[dict[str, Any]] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "x-pagination",
    "type": "object",
    "required": ["style", "items"],
    "additionalProperties": False,
    "properties": {
        "style": {"enum": list(PAGINATION_STYLES)},
        **{key: _PATH for key in PAGINATION_RESPONSE_KEYS},
        **{key: _NAME for key in PAGINATION_PARAM_KEYS},
        "first_page": {"type": "integer", "minimum": 0},
        "max_page_size": {"type": "integer", "minimum": 1},
    },
    "allOf": [
        {"if": {"properties": {"style": {"const": "cursor"}}}, "then": {"required": ["cursor_param", "next_cursor"]}},
        {"if": {"properties": {"style": {"const": "page"}}}, "then": {"required": ["page_param"]}},
        {"if": {"properties": {"style": {"const": "offset"}}}, "then": {"required": ["offset_param"]}},
        {"if": {"properties": {"style": {"const": "next_url"}}}, "then": {"required": ["next_url"]}},
    ],
}

X_IDEMPOTENCY: Final[dict[str, Any]] = {
    "title": "x-idempotency",
    "type": "object",
    "required": ["header"],
    "additionalProperties": False,
    "properties": {"header": _NAME},
}

X_ERRORS: Final[dict[str, Any]] = {
    "title": "x-errors",
    "type": "object",
    "additionalProperties": False,
    "properties": {"message": _PATH, "code": _PATH, "request_id": _PATH, "request_id_header": _NAME},
}

X_ENV_VAR: Final[dict[str, Any]] = {"title": "x-env-var", "type": "string", "pattern": r"^[A-Z_][A-Z0-9_]*$"}

WAITER_STATES: Final = ("success", "failure", "retry")
# botocore's matchers: ``path`` compares the one value at a path of the 2xx JSON body; ``pathAll``
# and ``pathAny`` a path with a wildcard (``$[*].status``): every / any selected value; ``status``
# the HTTP status (a 404 that means "deleted").
WAITER_MATCHERS: Final = ("path", "pathAll", "pathAny", "status")
WAITER_PATH_MATCHERS: Final = ("path", "pathAll", "pathAny")
# What a waiter entry leaves out (the manifest writes them in): seconds.
WAITER_DEFAULTS: Final = {"delay": 2.0, "max_delay": 30.0, "timeout": 600.0}
# Keywords of ``client.wait()`` itself: an operation with a parameter of one of these names
# cannot be polled by a waiter (compared lower-case without ``_``/``-``/``.``).
WAITER_KEYWORDS: Final = ("timeout", "delay", "max_delay", "on_poll", "max_retries")

_STATUS: Final[dict[str, Any]] = {"type": "integer", "minimum": 100, "maximum": 599}
_SCALAR: Final[dict[str, Any]] = {"type": ["string", "number", "boolean", "null"]}
_ACCEPTOR: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["state", "matcher", "expected"],
    "additionalProperties": False,
    "properties": {
        "state": {"enum": list(WAITER_STATES)},
        "matcher": {"enum": list(WAITER_MATCHERS)},
        # Path matchers: where in the 2xx JSON body to look; "status": not used.
        "argument": _PATH,
        # One value or a list of values, any of which matches.
        "expected": {"anyOf": [_SCALAR, {"type": "array", "minItems": 1, "items": _SCALAR}]},
    },
    "allOf": [
        {
            "if": {"properties": {"matcher": {"enum": list(WAITER_PATH_MATCHERS)}}},
            "then": {"required": ["argument"]},
        },
        {
            "if": {"properties": {"matcher": {"const": "status"}}},
            "then": {
                "not": {"required": ["argument"]},
                "properties": {"expected": {"anyOf": [_STATUS, {"type": "array", "minItems": 1, "items": _STATUS}]}},
            },
        },
    ],
}

# On the operation a waiter polls: ``x-waiters: {deploymentRunning: {...}, ...}`` (botocore's
# waiters-2.json, keyed by waiter name; the operation is the one the extension sits on). Names
# are unique per provider.
X_WAITERS: Final[dict[str, Any]] = {
    "title": "x-waiters",
    "type": "object",
    "minProperties": 1,
    "propertyNames": {"pattern": r"^[a-z][A-Za-z0-9]*$"},
    "additionalProperties": {
        "type": "object",
        "required": ["acceptors"],
        "additionalProperties": False,
        "properties": {
            "description": {"type": "string"},
            # Seconds before the second poll; doubles (with jitter) up to max_delay.
            "delay": {"type": "number", "exclusiveMinimum": 0},
            "max_delay": {"type": "number", "exclusiveMinimum": 0},
            # Default seconds before WaiterTimeout (the caller's timeout= wins).
            "timeout": {"type": "number", "exclusiveMinimum": 0},
            # Fixed parameters of the polled operation (wire names), under the caller's own.
            "params": {"type": "object"},
            "acceptors": {
                "type": "array",
                "minItems": 1,
                "items": _ACCEPTOR,
                # Without a success acceptor a waiter could only fail or time out.
                "contains": {"properties": {"state": {"const": "success"}}},
            },
        },
    },
}
