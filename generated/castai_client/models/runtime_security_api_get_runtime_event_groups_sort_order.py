from typing import Literal

RuntimeSecurityApiGetRuntimeEventGroupsSortOrder = Literal["asc", "ASC", "DESC", "desc"]

RUNTIME_SECURITY_API_GET_RUNTIME_EVENT_GROUPS_SORT_ORDER_VALUES: set[
    RuntimeSecurityApiGetRuntimeEventGroupsSortOrder
] = {
    "asc",
    "ASC",
    "DESC",
    "desc",
}


def check_runtime_security_api_get_runtime_event_groups_sort_order(
    value: str,
) -> RuntimeSecurityApiGetRuntimeEventGroupsSortOrder:
    if value in RUNTIME_SECURITY_API_GET_RUNTIME_EVENT_GROUPS_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_SECURITY_API_GET_RUNTIME_EVENT_GROUPS_SORT_ORDER_VALUES!r}"
    )
