from typing import Literal

WorkloadOptimizationApiGetAggregatedWorkloadCustomMetricsV1BetaAggregationType = (
    Literal[
        "AVERAGE",
        "CUSTOM_METRIC_AGGREGATION_TYPE_UNSPECIFIED",
        "MAX",
        "MIN",
        "PERCENTILE",
    ]
)

WORKLOAD_OPTIMIZATION_API_GET_AGGREGATED_WORKLOAD_CUSTOM_METRICS_V1_BETA_AGGREGATION_TYPE_VALUES: set[
    WorkloadOptimizationApiGetAggregatedWorkloadCustomMetricsV1BetaAggregationType
] = {
    "AVERAGE",
    "CUSTOM_METRIC_AGGREGATION_TYPE_UNSPECIFIED",
    "MAX",
    "MIN",
    "PERCENTILE",
}


def check_workload_optimization_api_get_aggregated_workload_custom_metrics_v1_beta_aggregation_type(
    value: str,
) -> WorkloadOptimizationApiGetAggregatedWorkloadCustomMetricsV1BetaAggregationType:
    if (
        value
        in WORKLOAD_OPTIMIZATION_API_GET_AGGREGATED_WORKLOAD_CUSTOM_METRICS_V1_BETA_AGGREGATION_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOAD_OPTIMIZATION_API_GET_AGGREGATED_WORKLOAD_CUSTOM_METRICS_V1_BETA_AGGREGATION_TYPE_VALUES!r}"
    )
