from typing import Literal

WorkloadoptimizationV1ScalingPolicySelect = Literal[
    "DISABLED_POLICY_SELECT",
    "MAX_CHANGE_POLICY_SELECT",
    "MIN_CHANGE_POLICY_SELECT",
    "SCALING_POLICY_SELECT_UNSPECIFIED",
]

WORKLOADOPTIMIZATION_V1_SCALING_POLICY_SELECT_VALUES: set[
    WorkloadoptimizationV1ScalingPolicySelect
] = {
    "DISABLED_POLICY_SELECT",
    "MAX_CHANGE_POLICY_SELECT",
    "MIN_CHANGE_POLICY_SELECT",
    "SCALING_POLICY_SELECT_UNSPECIFIED",
}


def check_workloadoptimization_v1_scaling_policy_select(
    value: str,
) -> WorkloadoptimizationV1ScalingPolicySelect:
    if value in WORKLOADOPTIMIZATION_V1_SCALING_POLICY_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_SCALING_POLICY_SELECT_VALUES!r}"
    )
