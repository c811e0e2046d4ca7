from typing import Literal

ScheduledrebalancingV1TargetNodeSelectionAlgorithm = Literal[
    "TargetNodeSelectionAlgorithmNormalizedPrice",
    "TargetNodeSelectionAlgorithmUtilization",
    "TargetNodeSelectionAlgorithmUtilizedPrice",
]

SCHEDULEDREBALANCING_V1_TARGET_NODE_SELECTION_ALGORITHM_VALUES: set[
    ScheduledrebalancingV1TargetNodeSelectionAlgorithm
] = {
    "TargetNodeSelectionAlgorithmNormalizedPrice",
    "TargetNodeSelectionAlgorithmUtilization",
    "TargetNodeSelectionAlgorithmUtilizedPrice",
}


def check_scheduledrebalancing_v1_target_node_selection_algorithm(
    value: str,
) -> ScheduledrebalancingV1TargetNodeSelectionAlgorithm:
    if value in SCHEDULEDREBALANCING_V1_TARGET_NODE_SELECTION_ALGORITHM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCHEDULEDREBALANCING_V1_TARGET_NODE_SELECTION_ALGORITHM_VALUES!r}"
    )
