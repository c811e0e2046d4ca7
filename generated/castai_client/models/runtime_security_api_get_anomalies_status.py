from typing import Literal

RuntimeSecurityApiGetAnomaliesStatus = Literal[
    "ANOMALY_STATUS_FILTER_CLOSED",
    "ANOMALY_STATUS_FILTER_OPEN",
    "ANOMALY_STATUS_FILTER_UNACKED",
    "ANOMALY_STATUS_FILTER_UNSPECIFIED",
]

RUNTIME_SECURITY_API_GET_ANOMALIES_STATUS_VALUES: set[
    RuntimeSecurityApiGetAnomaliesStatus
] = {
    "ANOMALY_STATUS_FILTER_CLOSED",
    "ANOMALY_STATUS_FILTER_OPEN",
    "ANOMALY_STATUS_FILTER_UNACKED",
    "ANOMALY_STATUS_FILTER_UNSPECIFIED",
}


def check_runtime_security_api_get_anomalies_status(
    value: str,
) -> RuntimeSecurityApiGetAnomaliesStatus:
    if value in RUNTIME_SECURITY_API_GET_ANOMALIES_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_SECURITY_API_GET_ANOMALIES_STATUS_VALUES!r}"
    )
