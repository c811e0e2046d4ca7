from typing import Literal

WorkloadOptimizationApiListWorkloadsManagementOptionsItem = Literal[
    "MANAGED", "READ_ONLY", "UNDEFINED"
]

WORKLOAD_OPTIMIZATION_API_LIST_WORKLOADS_MANAGEMENT_OPTIONS_ITEM_VALUES: set[
    WorkloadOptimizationApiListWorkloadsManagementOptionsItem
] = {
    "MANAGED",
    "READ_ONLY",
    "UNDEFINED",
}


def check_workload_optimization_api_list_workloads_management_options_item(
    value: str,
) -> WorkloadOptimizationApiListWorkloadsManagementOptionsItem:
    if value in WORKLOAD_OPTIMIZATION_API_LIST_WORKLOADS_MANAGEMENT_OPTIONS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOAD_OPTIMIZATION_API_LIST_WORKLOADS_MANAGEMENT_OPTIONS_ITEM_VALUES!r}"
    )
