from typing import Literal

WorkloadOptimizationApiListWorkloadsRecommendationStatusType = Literal[
    "STATUS_APPLIED", "STATUS_STOPPED", "STATUS_UNKNOWN", "STATUS_WAITING"
]

WORKLOAD_OPTIMIZATION_API_LIST_WORKLOADS_RECOMMENDATION_STATUS_TYPE_VALUES: set[
    WorkloadOptimizationApiListWorkloadsRecommendationStatusType
] = {
    "STATUS_APPLIED",
    "STATUS_STOPPED",
    "STATUS_UNKNOWN",
    "STATUS_WAITING",
}


def check_workload_optimization_api_list_workloads_recommendation_status_type(
    value: str,
) -> WorkloadOptimizationApiListWorkloadsRecommendationStatusType:
    if (
        value
        in WORKLOAD_OPTIMIZATION_API_LIST_WORKLOADS_RECOMMENDATION_STATUS_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOAD_OPTIMIZATION_API_LIST_WORKLOADS_RECOMMENDATION_STATUS_TYPE_VALUES!r}"
    )
