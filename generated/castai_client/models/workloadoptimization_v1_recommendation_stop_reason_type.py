from typing import Literal

WorkloadoptimizationV1RecommendationStopReasonType = Literal[
    "STOP_REASON_OOMKILL", "STOP_REASON_UNKNOWN"
]

WORKLOADOPTIMIZATION_V1_RECOMMENDATION_STOP_REASON_TYPE_VALUES: set[
    WorkloadoptimizationV1RecommendationStopReasonType
] = {
    "STOP_REASON_OOMKILL",
    "STOP_REASON_UNKNOWN",
}


def check_workloadoptimization_v1_recommendation_stop_reason_type(
    value: str,
) -> WorkloadoptimizationV1RecommendationStopReasonType:
    if value in WORKLOADOPTIMIZATION_V1_RECOMMENDATION_STOP_REASON_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_RECOMMENDATION_STOP_REASON_TYPE_VALUES!r}"
    )
