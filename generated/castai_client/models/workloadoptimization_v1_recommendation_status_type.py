from typing import Literal

WorkloadoptimizationV1RecommendationStatusType = Literal[
    "STATUS_APPLIED", "STATUS_STOPPED", "STATUS_UNKNOWN", "STATUS_WAITING"
]

WORKLOADOPTIMIZATION_V1_RECOMMENDATION_STATUS_TYPE_VALUES: set[
    WorkloadoptimizationV1RecommendationStatusType
] = {
    "STATUS_APPLIED",
    "STATUS_STOPPED",
    "STATUS_UNKNOWN",
    "STATUS_WAITING",
}


def check_workloadoptimization_v1_recommendation_status_type(
    value: str,
) -> WorkloadoptimizationV1RecommendationStatusType:
    if value in WORKLOADOPTIMIZATION_V1_RECOMMENDATION_STATUS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_RECOMMENDATION_STATUS_TYPE_VALUES!r}"
    )
