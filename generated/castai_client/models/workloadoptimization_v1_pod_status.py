from typing import Literal

WorkloadoptimizationV1PodStatus = Literal[
    "FAILED", "PENDING", "RUNNING", "SUCCEEDED", "UNKNOWN_POD_STATUS"
]

WORKLOADOPTIMIZATION_V1_POD_STATUS_VALUES: set[WorkloadoptimizationV1PodStatus] = {
    "FAILED",
    "PENDING",
    "RUNNING",
    "SUCCEEDED",
    "UNKNOWN_POD_STATUS",
}


def check_workloadoptimization_v1_pod_status(
    value: str,
) -> WorkloadoptimizationV1PodStatus:
    if value in WORKLOADOPTIMIZATION_V1_POD_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_POD_STATUS_VALUES!r}"
    )
