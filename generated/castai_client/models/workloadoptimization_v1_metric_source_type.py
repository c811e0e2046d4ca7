from typing import Literal

WorkloadoptimizationV1MetricSourceType = Literal[
    "CONTAINER_RESOURCE",
    "EXTERNAL",
    "METRIC_SOURCE_TYPE_UNSPECIFIED",
    "OBJECT",
    "PODS",
    "RESOURCE",
]

WORKLOADOPTIMIZATION_V1_METRIC_SOURCE_TYPE_VALUES: set[
    WorkloadoptimizationV1MetricSourceType
] = {
    "CONTAINER_RESOURCE",
    "EXTERNAL",
    "METRIC_SOURCE_TYPE_UNSPECIFIED",
    "OBJECT",
    "PODS",
    "RESOURCE",
}


def check_workloadoptimization_v1_metric_source_type(
    value: str,
) -> WorkloadoptimizationV1MetricSourceType:
    if value in WORKLOADOPTIMIZATION_V1_METRIC_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_METRIC_SOURCE_TYPE_VALUES!r}"
    )
