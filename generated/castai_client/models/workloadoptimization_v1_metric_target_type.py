from typing import Literal

WorkloadoptimizationV1MetricTargetType = Literal[
    "AVERAGE_VALUE", "METRIC_TARGET_TYPE_UNSPECIFIED", "UTILIZATION", "VALUE"
]

WORKLOADOPTIMIZATION_V1_METRIC_TARGET_TYPE_VALUES: set[
    WorkloadoptimizationV1MetricTargetType
] = {
    "AVERAGE_VALUE",
    "METRIC_TARGET_TYPE_UNSPECIFIED",
    "UTILIZATION",
    "VALUE",
}


def check_workloadoptimization_v1_metric_target_type(
    value: str,
) -> WorkloadoptimizationV1MetricTargetType:
    if value in WORKLOADOPTIMIZATION_V1_METRIC_TARGET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_METRIC_TARGET_TYPE_VALUES!r}"
    )
