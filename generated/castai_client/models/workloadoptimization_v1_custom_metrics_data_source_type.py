from typing import Literal

WorkloadoptimizationV1CustomMetricsDataSourceType = Literal[
    "NODE_WORKLOAD", "PROMETHEUS", "TYPE_UNSPECIFIED"
]

WORKLOADOPTIMIZATION_V1_CUSTOM_METRICS_DATA_SOURCE_TYPE_VALUES: set[
    WorkloadoptimizationV1CustomMetricsDataSourceType
] = {
    "NODE_WORKLOAD",
    "PROMETHEUS",
    "TYPE_UNSPECIFIED",
}


def check_workloadoptimization_v1_custom_metrics_data_source_type(
    value: str,
) -> WorkloadoptimizationV1CustomMetricsDataSourceType:
    if value in WORKLOADOPTIMIZATION_V1_CUSTOM_METRICS_DATA_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_CUSTOM_METRICS_DATA_SOURCE_TYPE_VALUES!r}"
    )
