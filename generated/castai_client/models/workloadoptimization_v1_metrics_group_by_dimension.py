from typing import Literal

WorkloadoptimizationV1MetricsGroupByDimension = Literal[
    "DIMENSION_CONTAINER",
    "DIMENSION_IS_CUSTOM",
    "DIMENSION_KIND",
    "DIMENSION_NAME",
    "DIMENSION_NAMESPACE",
    "DIMENSION_UNSPECIFIED",
]

WORKLOADOPTIMIZATION_V1_METRICS_GROUP_BY_DIMENSION_VALUES: set[
    WorkloadoptimizationV1MetricsGroupByDimension
] = {
    "DIMENSION_CONTAINER",
    "DIMENSION_IS_CUSTOM",
    "DIMENSION_KIND",
    "DIMENSION_NAME",
    "DIMENSION_NAMESPACE",
    "DIMENSION_UNSPECIFIED",
}


def check_workloadoptimization_v1_metrics_group_by_dimension(
    value: str,
) -> WorkloadoptimizationV1MetricsGroupByDimension:
    if value in WORKLOADOPTIMIZATION_V1_METRICS_GROUP_BY_DIMENSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_METRICS_GROUP_BY_DIMENSION_VALUES!r}"
    )
