from typing import Literal

WorkloadoptimizationV1ScalingPolicyOrigin = Literal[
    "ORIGIN_ANNOTATIONS",
    "ORIGIN_API",
    "ORIGIN_ASSIGNMENT_RULES",
    "ORIGIN_DEFAULT",
    "ORIGIN_UNSET",
]

WORKLOADOPTIMIZATION_V1_SCALING_POLICY_ORIGIN_VALUES: set[
    WorkloadoptimizationV1ScalingPolicyOrigin
] = {
    "ORIGIN_ANNOTATIONS",
    "ORIGIN_API",
    "ORIGIN_ASSIGNMENT_RULES",
    "ORIGIN_DEFAULT",
    "ORIGIN_UNSET",
}


def check_workloadoptimization_v1_scaling_policy_origin(
    value: str,
) -> WorkloadoptimizationV1ScalingPolicyOrigin:
    if value in WORKLOADOPTIMIZATION_V1_SCALING_POLICY_ORIGIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_SCALING_POLICY_ORIGIN_VALUES!r}"
    )
