from typing import Literal

WorkloadoptimizationV1HPAManagementMode = Literal[
    "MODE_MANAGED", "MODE_UNMANAGED", "MODE_UNSPECIFIED"
]

WORKLOADOPTIMIZATION_V1HPA_MANAGEMENT_MODE_VALUES: set[
    WorkloadoptimizationV1HPAManagementMode
] = {
    "MODE_MANAGED",
    "MODE_UNMANAGED",
    "MODE_UNSPECIFIED",
}


def check_workloadoptimization_v1hpa_management_mode(
    value: str,
) -> WorkloadoptimizationV1HPAManagementMode:
    if value in WORKLOADOPTIMIZATION_V1HPA_MANAGEMENT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1HPA_MANAGEMENT_MODE_VALUES!r}"
    )
