from typing import Literal

RuntimeV1AnomalyStatus = Literal[
    "ANOMALY_STATUS_ACKED",
    "ANOMALY_STATUS_CLOSED",
    "ANOMALY_STATUS_OPEN",
    "ANOMALY_STATUS_UNSPECIFIED",
]

RUNTIME_V1_ANOMALY_STATUS_VALUES: set[RuntimeV1AnomalyStatus] = {
    "ANOMALY_STATUS_ACKED",
    "ANOMALY_STATUS_CLOSED",
    "ANOMALY_STATUS_OPEN",
    "ANOMALY_STATUS_UNSPECIFIED",
}


def check_runtime_v1_anomaly_status(value: str) -> RuntimeV1AnomalyStatus:
    if value in RUNTIME_V1_ANOMALY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_V1_ANOMALY_STATUS_VALUES!r}"
    )
