from typing import Literal

WorkloadoptimizationV1RolloutBehaviorType = Literal["NO_DISRUPTION", "UNSPECIFIED"]

WORKLOADOPTIMIZATION_V1_ROLLOUT_BEHAVIOR_TYPE_VALUES: set[
    WorkloadoptimizationV1RolloutBehaviorType
] = {
    "NO_DISRUPTION",
    "UNSPECIFIED",
}


def check_workloadoptimization_v1_rollout_behavior_type(
    value: str,
) -> WorkloadoptimizationV1RolloutBehaviorType:
    if value in WORKLOADOPTIMIZATION_V1_ROLLOUT_BEHAVIOR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_ROLLOUT_BEHAVIOR_TYPE_VALUES!r}"
    )
