from typing import Literal

WorkloadoptimizationV1HPAOwnerType = Literal[
    "TYPE_CASTAI", "TYPE_KEDA", "TYPE_OTHER", "TYPE_STANDALONE", "TYPE_UNSPECIFIED"
]

WORKLOADOPTIMIZATION_V1HPA_OWNER_TYPE_VALUES: set[
    WorkloadoptimizationV1HPAOwnerType
] = {
    "TYPE_CASTAI",
    "TYPE_KEDA",
    "TYPE_OTHER",
    "TYPE_STANDALONE",
    "TYPE_UNSPECIFIED",
}


def check_workloadoptimization_v1hpa_owner_type(
    value: str,
) -> WorkloadoptimizationV1HPAOwnerType:
    if value in WORKLOADOPTIMIZATION_V1HPA_OWNER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1HPA_OWNER_TYPE_VALUES!r}"
    )
