from typing import Literal

WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetricOrigin = Literal[
    "MANUAL", "ORIGIN_UNSPECIFIED", "PRESET"
]

WORKLOADOPTIMIZATION_V1_CUSTOM_METRICS_DATA_SOURCE_DATA_NODE_WORKLOAD_METRICS_RESOLVED_METRIC_ORIGIN_VALUES: set[
    WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetricOrigin
] = {
    "MANUAL",
    "ORIGIN_UNSPECIFIED",
    "PRESET",
}


def check_workloadoptimization_v1_custom_metrics_data_source_data_node_workload_metrics_resolved_metric_origin(
    value: str,
) -> WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetricOrigin:
    if (
        value
        in WORKLOADOPTIMIZATION_V1_CUSTOM_METRICS_DATA_SOURCE_DATA_NODE_WORKLOAD_METRICS_RESOLVED_METRIC_ORIGIN_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_CUSTOM_METRICS_DATA_SOURCE_DATA_NODE_WORKLOAD_METRICS_RESOLVED_METRIC_ORIGIN_VALUES!r}"
    )
