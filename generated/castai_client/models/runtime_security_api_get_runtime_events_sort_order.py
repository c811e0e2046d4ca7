from typing import Literal

RuntimeSecurityApiGetRuntimeEventsSortOrder = Literal["asc", "ASC", "DESC", "desc"]

RUNTIME_SECURITY_API_GET_RUNTIME_EVENTS_SORT_ORDER_VALUES: set[
    RuntimeSecurityApiGetRuntimeEventsSortOrder
] = {
    "asc",
    "ASC",
    "DESC",
    "desc",
}


def check_runtime_security_api_get_runtime_events_sort_order(
    value: str,
) -> RuntimeSecurityApiGetRuntimeEventsSortOrder:
    if value in RUNTIME_SECURITY_API_GET_RUNTIME_EVENTS_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_SECURITY_API_GET_RUNTIME_EVENTS_SORT_ORDER_VALUES!r}"
    )
