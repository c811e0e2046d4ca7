from typing import Literal

WorkloadoptimizationV1ApplyType = Literal["DEFERRED", "IMMEDIATE", "UNKNOWN"]

WORKLOADOPTIMIZATION_V1_APPLY_TYPE_VALUES: set[WorkloadoptimizationV1ApplyType] = {
    "DEFERRED",
    "IMMEDIATE",
    "UNKNOWN",
}


def check_workloadoptimization_v1_apply_type(
    value: str,
) -> WorkloadoptimizationV1ApplyType:
    if value in WORKLOADOPTIMIZATION_V1_APPLY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_APPLY_TYPE_VALUES!r}"
    )
