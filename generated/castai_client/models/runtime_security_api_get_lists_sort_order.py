from typing import Literal

RuntimeSecurityApiGetListsSortOrder = Literal["asc", "ASC", "DESC", "desc"]

RUNTIME_SECURITY_API_GET_LISTS_SORT_ORDER_VALUES: set[
    RuntimeSecurityApiGetListsSortOrder
] = {
    "asc",
    "ASC",
    "DESC",
    "desc",
}


def check_runtime_security_api_get_lists_sort_order(
    value: str,
) -> RuntimeSecurityApiGetListsSortOrder:
    if value in RUNTIME_SECURITY_API_GET_LISTS_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_SECURITY_API_GET_LISTS_SORT_ORDER_VALUES!r}"
    )
