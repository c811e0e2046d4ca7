from typing import Literal

RuntimeV1CloseReason = Literal[
    "CLOSE_REASON_FALSE_POSITIVE",
    "CLOSE_REASON_OTHER",
    "CLOSE_REASON_RESOLVED",
    "CLOSE_REASON_UNSPECIFIED",
]

RUNTIME_V1_CLOSE_REASON_VALUES: set[RuntimeV1CloseReason] = {
    "CLOSE_REASON_FALSE_POSITIVE",
    "CLOSE_REASON_OTHER",
    "CLOSE_REASON_RESOLVED",
    "CLOSE_REASON_UNSPECIFIED",
}


def check_runtime_v1_close_reason(value: str) -> RuntimeV1CloseReason:
    if value in RUNTIME_V1_CLOSE_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_V1_CLOSE_REASON_VALUES!r}"
    )
