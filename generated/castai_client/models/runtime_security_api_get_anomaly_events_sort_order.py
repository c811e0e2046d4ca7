from typing import Literal

RuntimeSecurityApiGetAnomalyEventsSortOrder = Literal["asc", "ASC", "DESC", "desc"]

RUNTIME_SECURITY_API_GET_ANOMALY_EVENTS_SORT_ORDER_VALUES: set[
    RuntimeSecurityApiGetAnomalyEventsSortOrder
] = {
    "asc",
    "ASC",
    "DESC",
    "desc",
}


def check_runtime_security_api_get_anomaly_events_sort_order(
    value: str,
) -> RuntimeSecurityApiGetAnomalyEventsSortOrder:
    if value in RUNTIME_SECURITY_API_GET_ANOMALY_EVENTS_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_SECURITY_API_GET_ANOMALY_EVENTS_SORT_ORDER_VALUES!r}"
    )
