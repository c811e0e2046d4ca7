from typing import Literal

WorkloadoptimizationV1CustomMetricUnit = Literal[
    "BYTES",
    "CONNECTIONS",
    "CORES",
    "COUNT",
    "CUSTOM_METRIC_UNIT_UNSPECIFIED",
    "KIBIBYTES",
    "MEGABYTES",
    "MESSAGES",
    "MILLICORES",
    "MILLISECONDS",
    "PACKETS",
    "PERCENT",
    "REQUESTS",
    "SECONDS",
    "THREADS",
]

WORKLOADOPTIMIZATION_V1_CUSTOM_METRIC_UNIT_VALUES: set[
    WorkloadoptimizationV1CustomMetricUnit
] = {
    "BYTES",
    "CONNECTIONS",
    "CORES",
    "COUNT",
    "CUSTOM_METRIC_UNIT_UNSPECIFIED",
    "KIBIBYTES",
    "MEGABYTES",
    "MESSAGES",
    "MILLICORES",
    "MILLISECONDS",
    "PACKETS",
    "PERCENT",
    "REQUESTS",
    "SECONDS",
    "THREADS",
}


def check_workloadoptimization_v1_custom_metric_unit(
    value: str,
) -> WorkloadoptimizationV1CustomMetricUnit:
    if value in WORKLOADOPTIMIZATION_V1_CUSTOM_METRIC_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_CUSTOM_METRIC_UNIT_VALUES!r}"
    )
