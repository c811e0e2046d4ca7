"""The names providers give paging parameters, paging fields and error fields (what ``infer`` looks for).

Each tuple is in preference order and holds names as ``infer._norm`` leaves them (lower case, ``-`` as
``_``): the first one an operation has wins.
"""

from __future__ import annotations

PAGE_PARAMS = ("page", "page_number", "pagenumber", "pageno", "page_no", "pageindex", "page_index", "page.number")
SIZE_PARAMS = (
    "per_page",
    "perpage",
    "page_size",
    "pagesize",
    "size",
    "limit",
    "page.limit",
    "page.size",
    "page_limit",
    "pagelimit",
    "max_results",
    "maxresults",
    "count",
    "take",
    "top",
    "first",
)
CURSOR_PARAMS = (
    "cursor",
    "page.cursor",
    "after",
    "starting_after",
    "page_token",
    "pagetoken",
    "next_token",
    "nexttoken",
    "continuation_token",
    "continuationtoken",
    "marker",
    "start_cursor",
)
OFFSET_PARAMS = ("offset", "skip", "start")
NEXT_CURSOR_FIELDS = (
    "next_cursor",
    "nextcursor",
    "next_page_token",
    "nextpagetoken",
    "next_token",
    "nexttoken",
    "continuation_token",
    "continuationtoken",
    "end_cursor",
    "endcursor",
    "next_marker",
    "nextmarker",
    "cursor",
    "after",
)
NEXT_URL_FIELDS = ("next_url", "nexturl", "next_page_url", "nextpageurl", "next_link", "nextlink", "next", "href")
TOTAL_FIELDS = (
    "total",
    "total_count",
    "totalcount",
    "total_items",
    "totalitems",
    "total_records",
    "totalrecords",
    "total_results",
    "totalresults",
    "total_elements",
    "totalelements",
)
HAS_MORE_FIELDS = ("has_more", "hasmore", "has_next", "hasnext", "has_next_page", "hasnextpage", "more")
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
MESSAGE_FIELDS = ("message", "error", "detail", "error_description", "errormessage", "error_message", "title", "msg")
CODE_FIELDS = ("code", "error_code", "errorcode", "type", "status_code")
REQUEST_ID_FIELDS = ("request_id", "requestid", "trace_id", "traceid", "correlation_id", "correlationid")
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-trace-id", "x-amzn-requestid")
