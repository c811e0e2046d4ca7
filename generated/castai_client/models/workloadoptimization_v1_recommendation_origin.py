from typing import Literal

WorkloadoptimizationV1RecommendationOrigin = Literal[
    "ORIGIN_CONFIG_CHANGED",
    "ORIGIN_HPA_ALMOST_MAXED_OUT",
    "ORIGIN_HPA_MAXED_OUT",
    "ORIGIN_MEMORY_EVENT",
    "ORIGIN_READONLY_RESOURCE_CHANGED",
    "ORIGIN_SNAPSHOT",
    "ORIGIN_STARTUP_FAILURE_EVENT",
    "ORIGIN_SURGE_EVENT",
    "ORIGIN_UNKNOWN",
    "ORIGIN_VERTICAL_MANAGEMENT_ENABLED",
]

WORKLOADOPTIMIZATION_V1_RECOMMENDATION_ORIGIN_VALUES: set[
    WorkloadoptimizationV1RecommendationOrigin
] = {
    "ORIGIN_CONFIG_CHANGED",
    "ORIGIN_HPA_ALMOST_MAXED_OUT",
    "ORIGIN_HPA_MAXED_OUT",
    "ORIGIN_MEMORY_EVENT",
    "ORIGIN_READONLY_RESOURCE_CHANGED",
    "ORIGIN_SNAPSHOT",
    "ORIGIN_STARTUP_FAILURE_EVENT",
    "ORIGIN_SURGE_EVENT",
    "ORIGIN_UNKNOWN",
    "ORIGIN_VERTICAL_MANAGEMENT_ENABLED",
}


def check_workloadoptimization_v1_recommendation_origin(
    value: str,
) -> WorkloadoptimizationV1RecommendationOrigin:
    if value in WORKLOADOPTIMIZATION_V1_RECOMMENDATION_ORIGIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_RECOMMENDATION_ORIGIN_VALUES!r}"
    )
