from typing import Literal

WorkloadoptimizationV1HPAUnsupportedReasonType = Literal[
    "HPA_UNSUPPORTED_REASON_TAKE_OWNERSHIP",
    "HPA_UNSUPPORTED_REASON_UNKNOWN",
    "HPA_UNSUPPORTED_REASON_WORKLOAD_TYPE",
]

WORKLOADOPTIMIZATION_V1HPA_UNSUPPORTED_REASON_TYPE_VALUES: set[
    WorkloadoptimizationV1HPAUnsupportedReasonType
] = {
    "HPA_UNSUPPORTED_REASON_TAKE_OWNERSHIP",
    "HPA_UNSUPPORTED_REASON_UNKNOWN",
    "HPA_UNSUPPORTED_REASON_WORKLOAD_TYPE",
}


def check_workloadoptimization_v1hpa_unsupported_reason_type(
    value: str,
) -> WorkloadoptimizationV1HPAUnsupportedReasonType:
    if value in WORKLOADOPTIMIZATION_V1HPA_UNSUPPORTED_REASON_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1HPA_UNSUPPORTED_REASON_TYPE_VALUES!r}"
    )
