from typing import Literal

WorkloadOptimizationApiGetWorkloadFiltersManagementOptionsItem = Literal[
    "MANAGED", "READ_ONLY", "UNDEFINED"
]

WORKLOAD_OPTIMIZATION_API_GET_WORKLOAD_FILTERS_MANAGEMENT_OPTIONS_ITEM_VALUES: set[
    WorkloadOptimizationApiGetWorkloadFiltersManagementOptionsItem
] = {
    "MANAGED",
    "READ_ONLY",
    "UNDEFINED",
}


def check_workload_optimization_api_get_workload_filters_management_options_item(
    value: str,
) -> WorkloadOptimizationApiGetWorkloadFiltersManagementOptionsItem:
    if (
        value
        in WORKLOAD_OPTIMIZATION_API_GET_WORKLOAD_FILTERS_MANAGEMENT_OPTIONS_ITEM_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOAD_OPTIMIZATION_API_GET_WORKLOAD_FILTERS_MANAGEMENT_OPTIONS_ITEM_VALUES!r}"
    )
