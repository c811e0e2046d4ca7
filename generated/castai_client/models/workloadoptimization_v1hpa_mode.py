from typing import Literal

WorkloadoptimizationV1HPAMode = Literal[
    "HPA_MODE_LEGACY",
    "HPA_MODE_NATIVE",
    "HPA_MODE_NOT_SET",
    "HPA_MODE_TAKEOVER",
    "HPA_MODE_UNSPECIFIED",
    "HPA_MODE_V2",
]

WORKLOADOPTIMIZATION_V1HPA_MODE_VALUES: set[WorkloadoptimizationV1HPAMode] = {
    "HPA_MODE_LEGACY",
    "HPA_MODE_NATIVE",
    "HPA_MODE_NOT_SET",
    "HPA_MODE_TAKEOVER",
    "HPA_MODE_UNSPECIFIED",
    "HPA_MODE_V2",
}


def check_workloadoptimization_v1hpa_mode(value: str) -> WorkloadoptimizationV1HPAMode:
    if value in WORKLOADOPTIMIZATION_V1HPA_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1HPA_MODE_VALUES!r}"
    )
