from typing import Literal

AllocationGroupApiGetAllocationGroupWorkloadsEfficiencySortOrder = Literal[
    "asc", "ASC", "DESC", "desc"
]

ALLOCATION_GROUP_API_GET_ALLOCATION_GROUP_WORKLOADS_EFFICIENCY_SORT_ORDER_VALUES: set[
    AllocationGroupApiGetAllocationGroupWorkloadsEfficiencySortOrder
] = {
    "asc",
    "ASC",
    "DESC",
    "desc",
}


def check_allocation_group_api_get_allocation_group_workloads_efficiency_sort_order(
    value: str,
) -> AllocationGroupApiGetAllocationGroupWorkloadsEfficiencySortOrder:
    if (
        value
        in ALLOCATION_GROUP_API_GET_ALLOCATION_GROUP_WORKLOADS_EFFICIENCY_SORT_ORDER_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALLOCATION_GROUP_API_GET_ALLOCATION_GROUP_WORKLOADS_EFFICIENCY_SORT_ORDER_VALUES!r}"
    )
