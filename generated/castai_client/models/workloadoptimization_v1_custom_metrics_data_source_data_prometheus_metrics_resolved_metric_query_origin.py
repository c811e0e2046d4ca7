from typing import Literal

WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetricQueryOrigin = Literal[
    "MANUAL", "ORIGIN_UNSPECIFIED", "PRESET"
]

WORKLOADOPTIMIZATION_V1_CUSTOM_METRICS_DATA_SOURCE_DATA_PROMETHEUS_METRICS_RESOLVED_METRIC_QUERY_ORIGIN_VALUES: set[
    WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetricQueryOrigin
] = {
    "MANUAL",
    "ORIGIN_UNSPECIFIED",
    "PRESET",
}


def check_workloadoptimization_v1_custom_metrics_data_source_data_prometheus_metrics_resolved_metric_query_origin(
    value: str,
) -> WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetricQueryOrigin:
    if (
        value
        in WORKLOADOPTIMIZATION_V1_CUSTOM_METRICS_DATA_SOURCE_DATA_PROMETHEUS_METRICS_RESOLVED_METRIC_QUERY_ORIGIN_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_CUSTOM_METRICS_DATA_SOURCE_DATA_PROMETHEUS_METRICS_RESOLVED_METRIC_QUERY_ORIGIN_VALUES!r}"
    )
