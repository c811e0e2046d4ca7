from typing import Literal

WorkloadoptimizationV1RecommendationEventType = Literal[
    "RECOMMENDATION_EVENT_TYPE_INVALID", "RECOMMENDATION_EVENT_TYPE_REVERT"
]

WORKLOADOPTIMIZATION_V1_RECOMMENDATION_EVENT_TYPE_VALUES: set[
    WorkloadoptimizationV1RecommendationEventType
] = {
    "RECOMMENDATION_EVENT_TYPE_INVALID",
    "RECOMMENDATION_EVENT_TYPE_REVERT",
}


def check_workloadoptimization_v1_recommendation_event_type(
    value: str,
) -> WorkloadoptimizationV1RecommendationEventType:
    if value in WORKLOADOPTIMIZATION_V1_RECOMMENDATION_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_RECOMMENDATION_EVENT_TYPE_VALUES!r}"
    )
