from typing import Literal

WorkloadoptimizationV1CustomMetricsDataSourceStatus = Literal[
    "CONNECTED", "CONNECTING", "FAILED", "STATUS_UNKNOWN", "SYNCING"
]

WORKLOADOPTIMIZATION_V1_CUSTOM_METRICS_DATA_SOURCE_STATUS_VALUES: set[
    WorkloadoptimizationV1CustomMetricsDataSourceStatus
] = {
    "CONNECTED",
    "CONNECTING",
    "FAILED",
    "STATUS_UNKNOWN",
    "SYNCING",
}


def check_workloadoptimization_v1_custom_metrics_data_source_status(
    value: str,
) -> WorkloadoptimizationV1CustomMetricsDataSourceStatus:
    if value in WORKLOADOPTIMIZATION_V1_CUSTOM_METRICS_DATA_SOURCE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_CUSTOM_METRICS_DATA_SOURCE_STATUS_VALUES!r}"
    )
