from typing import Literal

WorkloadoptimizationV1RecommendationErrorType = Literal[
    "ERROR_CUSTOM_WORKLOAD_CONTAINERS_MISMATCH",
    "ERROR_CUSTOM_WORKLOAD_INVALID_NAME",
    "ERROR_DEPLOY_FAILED",
    "ERROR_HPA_STATUS_UNHEALTHY",
    "ERROR_IMMEDIATE_APPLY_BLOCKED",
    "ERROR_RECOMMENDATION_GENERATION",
    "ERROR_UNKNOWN",
]

WORKLOADOPTIMIZATION_V1_RECOMMENDATION_ERROR_TYPE_VALUES: set[
    WorkloadoptimizationV1RecommendationErrorType
] = {
    "ERROR_CUSTOM_WORKLOAD_CONTAINERS_MISMATCH",
    "ERROR_CUSTOM_WORKLOAD_INVALID_NAME",
    "ERROR_DEPLOY_FAILED",
    "ERROR_HPA_STATUS_UNHEALTHY",
    "ERROR_IMMEDIATE_APPLY_BLOCKED",
    "ERROR_RECOMMENDATION_GENERATION",
    "ERROR_UNKNOWN",
}


def check_workloadoptimization_v1_recommendation_error_type(
    value: str,
) -> WorkloadoptimizationV1RecommendationErrorType:
    if value in WORKLOADOPTIMIZATION_V1_RECOMMENDATION_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_RECOMMENDATION_ERROR_TYPE_VALUES!r}"
    )
