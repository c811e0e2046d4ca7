from typing import Literal

WorkloadoptimizationV1ActionType = Literal[
    "ACTION_TYPE_UNSPECIFIED", "APPLY", "IGNORE", "PERSIST"
]

WORKLOADOPTIMIZATION_V1_ACTION_TYPE_VALUES: set[WorkloadoptimizationV1ActionType] = {
    "ACTION_TYPE_UNSPECIFIED",
    "APPLY",
    "IGNORE",
    "PERSIST",
}


def check_workloadoptimization_v1_action_type(
    value: str,
) -> WorkloadoptimizationV1ActionType:
    if value in WORKLOADOPTIMIZATION_V1_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_ACTION_TYPE_VALUES!r}"
    )
