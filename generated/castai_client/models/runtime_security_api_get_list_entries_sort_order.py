from typing import Literal

RuntimeSecurityApiGetListEntriesSortOrder = Literal["asc", "ASC", "DESC", "desc"]

RUNTIME_SECURITY_API_GET_LIST_ENTRIES_SORT_ORDER_VALUES: set[
    RuntimeSecurityApiGetListEntriesSortOrder
] = {
    "asc",
    "ASC",
    "DESC",
    "desc",
}


def check_runtime_security_api_get_list_entries_sort_order(
    value: str,
) -> RuntimeSecurityApiGetListEntriesSortOrder:
    if value in RUNTIME_SECURITY_API_GET_LIST_ENTRIES_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_SECURITY_API_GET_LIST_ENTRIES_SORT_ORDER_VALUES!r}"
    )
