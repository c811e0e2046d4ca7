from typing import Literal

WorkloadoptimizationV1HPAManagementSource = Literal[
    "SOURCE_SCALING_POLICY", "SOURCE_UNSPECIFIED", "SOURCE_VPA_CONVERTER"
]

WORKLOADOPTIMIZATION_V1HPA_MANAGEMENT_SOURCE_VALUES: set[
    WorkloadoptimizationV1HPAManagementSource
] = {
    "SOURCE_SCALING_POLICY",
    "SOURCE_UNSPECIFIED",
    "SOURCE_VPA_CONVERTER",
}


def check_workloadoptimization_v1hpa_management_source(
    value: str,
) -> WorkloadoptimizationV1HPAManagementSource:
    if value in WORKLOADOPTIMIZATION_V1HPA_MANAGEMENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1HPA_MANAGEMENT_SOURCE_VALUES!r}"
    )
