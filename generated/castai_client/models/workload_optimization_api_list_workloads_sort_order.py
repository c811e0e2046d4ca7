from typing import Literal

WorkloadOptimizationApiListWorkloadsSortOrder = Literal["asc", "ASC", "DESC", "desc"]

WORKLOAD_OPTIMIZATION_API_LIST_WORKLOADS_SORT_ORDER_VALUES: set[
    WorkloadOptimizationApiListWorkloadsSortOrder
] = {
    "asc",
    "ASC",
    "DESC",
    "desc",
}


def check_workload_optimization_api_list_workloads_sort_order(
    value: str,
) -> WorkloadOptimizationApiListWorkloadsSortOrder:
    if value in WORKLOAD_OPTIMIZATION_API_LIST_WORKLOADS_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOAD_OPTIMIZATION_API_LIST_WORKLOADS_SORT_ORDER_VALUES!r}"
    )
