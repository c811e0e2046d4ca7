from typing import Literal

WorkloadoptimizationV1ManagedBy = Literal["ANNOTATIONS", "API"]

WORKLOADOPTIMIZATION_V1_MANAGED_BY_VALUES: set[WorkloadoptimizationV1ManagedBy] = {
    "ANNOTATIONS",
    "API",
}


def check_workloadoptimization_v1_managed_by(
    value: str,
) -> WorkloadoptimizationV1ManagedBy:
    if value in WORKLOADOPTIMIZATION_V1_MANAGED_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_MANAGED_BY_VALUES!r}"
    )
