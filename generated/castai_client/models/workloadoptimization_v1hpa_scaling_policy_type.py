from typing import Literal

WorkloadoptimizationV1HPAScalingPolicyType = Literal[
    "HPA_SCALING_POLICY_TYPE_UNSPECIFIED",
    "PERCENT_SCALING_POLICY",
    "PODS_SCALING_POLICY",
]

WORKLOADOPTIMIZATION_V1HPA_SCALING_POLICY_TYPE_VALUES: set[
    WorkloadoptimizationV1HPAScalingPolicyType
] = {
    "HPA_SCALING_POLICY_TYPE_UNSPECIFIED",
    "PERCENT_SCALING_POLICY",
    "PODS_SCALING_POLICY",
}


def check_workloadoptimization_v1hpa_scaling_policy_type(
    value: str,
) -> WorkloadoptimizationV1HPAScalingPolicyType:
    if value in WORKLOADOPTIMIZATION_V1HPA_SCALING_POLICY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1HPA_SCALING_POLICY_TYPE_VALUES!r}"
    )
