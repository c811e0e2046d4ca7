"""The names providers give paging parameters, paging fields and error fields (what ``infer`` looks for).

Each tuple is in preference order and holds names as ``infer._norm`` leaves them (lower case, ``-`` as
``_``): the first one an operation has wins. A name given to ``_spellings`` also matches as its camelCase
form normalises (``pageSize`` -> ``pagesize``); a name outside it matches only as written.
"""

from __future__ import annotations


def _spellings(*names: str) -> tuple[str, ...]:
    """Each name as written, then without its underscores where it has any (``page_size``, ``pagesize``)."""
    return tuple(dict.fromkeys(spelling for name in names for spelling in (name, name.replace("_", ""))))


PAGE_PARAMS = _spellings("page", "page_number", "page_no", "page_index", "page.number")
SIZE_PARAMS = _spellings(
    "per_page",
    "page_size",
    "size",
    "limit",
    "page.limit",
    "page.size",
    "page_limit",
    "max_results",
    "count",
    "take",
    "top",
    "first",
)
CURSOR_PARAMS = (
    *_spellings("cursor", "page.cursor", "after"),
    "starting_after",
    *_spellings("page_token", "next_token", "continuation_token", "marker"),
    "start_cursor",
)
OFFSET_PARAMS = ("offset", "skip", "start")
NEXT_CURSOR_FIELDS = _spellings(
    "next_cursor", "next_page_token", "next_token", "continuation_token", "end_cursor", "next_marker", "cursor", "after"
)
NEXT_URL_FIELDS = _spellings("next_url", "next_page_url", "next_link", "next", "href")
TOTAL_FIELDS = _spellings("total", "total_count", "total_items", "total_records", "total_results", "total_elements")
HAS_MORE_FIELDS = _spellings("has_more", "has_next", "has_next_page", "more")
ITEM_FIELDS = (
    "items",
    "data",
    "results",
    "records",
    "list",
    "entries",
    "content",
    "values",
    "elements",
    "rows",
    "objects",
    "resources",
)
MESSAGE_FIELDS = (
    *_spellings("message", "error", "detail"),
    "error_description",
    *_spellings("error_message", "title", "msg"),
)
CODE_FIELDS = (*_spellings("code", "error_code", "type"), "status_code")
REQUEST_ID_FIELDS = _spellings("request_id", "trace_id", "correlation_id")
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-trace-id", "x-amzn-requestid")
