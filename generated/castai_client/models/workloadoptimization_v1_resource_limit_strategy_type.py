from typing import Literal

WorkloadoptimizationV1ResourceLimitStrategyType = Literal[
    "KEEP_LIMITS", "MAINTAIN_RATIO", "MULTIPLIER", "NO_LIMIT", "UNKNOWN"
]

WORKLOADOPTIMIZATION_V1_RESOURCE_LIMIT_STRATEGY_TYPE_VALUES: set[
    WorkloadoptimizationV1ResourceLimitStrategyType
] = {
    "KEEP_LIMITS",
    "MAINTAIN_RATIO",
    "MULTIPLIER",
    "NO_LIMIT",
    "UNKNOWN",
}


def check_workloadoptimization_v1_resource_limit_strategy_type(
    value: str,
) -> WorkloadoptimizationV1ResourceLimitStrategyType:
    if value in WORKLOADOPTIMIZATION_V1_RESOURCE_LIMIT_STRATEGY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_RESOURCE_LIMIT_STRATEGY_TYPE_VALUES!r}"
    )
