from typing import Literal

RuntimeSecurityApiGetAnomaliesSortOrder = Literal["asc", "ASC", "DESC", "desc"]

RUNTIME_SECURITY_API_GET_ANOMALIES_SORT_ORDER_VALUES: set[
    RuntimeSecurityApiGetAnomaliesSortOrder
] = {
    "asc",
    "ASC",
    "DESC",
    "desc",
}


def check_runtime_security_api_get_anomalies_sort_order(
    value: str,
) -> RuntimeSecurityApiGetAnomaliesSortOrder:
    if value in RUNTIME_SECURITY_API_GET_ANOMALIES_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_SECURITY_API_GET_ANOMALIES_SORT_ORDER_VALUES!r}"
    )
