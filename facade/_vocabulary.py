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
