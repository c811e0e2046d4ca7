from typing import Literal

RuntimeSecurityApiGetNetflowListSortOrder = Literal["asc", "ASC", "DESC", "desc"]

RUNTIME_SECURITY_API_GET_NETFLOW_LIST_SORT_ORDER_VALUES: set[
    RuntimeSecurityApiGetNetflowListSortOrder
] = {
    "asc",
    "ASC",
    "DESC",
    "desc",
}


def check_runtime_security_api_get_netflow_list_sort_order(
    value: str,
) -> RuntimeSecurityApiGetNetflowListSortOrder:
    if value in RUNTIME_SECURITY_API_GET_NETFLOW_LIST_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_SECURITY_API_GET_NETFLOW_LIST_SORT_ORDER_VALUES!r}"
    )
