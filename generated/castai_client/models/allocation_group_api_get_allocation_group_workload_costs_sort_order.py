from typing import Literal

AllocationGroupApiGetAllocationGroupWorkloadCostsSortOrder = Literal[
    "asc", "ASC", "DESC", "desc"
]

ALLOCATION_GROUP_API_GET_ALLOCATION_GROUP_WORKLOAD_COSTS_SORT_ORDER_VALUES: set[
    AllocationGroupApiGetAllocationGroupWorkloadCostsSortOrder
] = {
    "asc",
    "ASC",
    "DESC",
    "desc",
}


def check_allocation_group_api_get_allocation_group_workload_costs_sort_order(
    value: str,
) -> AllocationGroupApiGetAllocationGroupWorkloadCostsSortOrder:
    if (
        value
        in ALLOCATION_GROUP_API_GET_ALLOCATION_GROUP_WORKLOAD_COSTS_SORT_ORDER_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALLOCATION_GROUP_API_GET_ALLOCATION_GROUP_WORKLOAD_COSTS_SORT_ORDER_VALUES!r}"
    )
