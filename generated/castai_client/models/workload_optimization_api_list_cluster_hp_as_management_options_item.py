from typing import Literal

WorkloadOptimizationApiListClusterHpAsManagementOptionsItem = Literal[
    "MANAGED", "READ_ONLY", "UNDEFINED"
]

WORKLOAD_OPTIMIZATION_API_LIST_CLUSTER_HP_AS_MANAGEMENT_OPTIONS_ITEM_VALUES: set[
    WorkloadOptimizationApiListClusterHpAsManagementOptionsItem
] = {
    "MANAGED",
    "READ_ONLY",
    "UNDEFINED",
}


def check_workload_optimization_api_list_cluster_hp_as_management_options_item(
    value: str,
) -> WorkloadOptimizationApiListClusterHpAsManagementOptionsItem:
    if (
        value
        in WORKLOAD_OPTIMIZATION_API_LIST_CLUSTER_HP_AS_MANAGEMENT_OPTIONS_ITEM_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOAD_OPTIMIZATION_API_LIST_CLUSTER_HP_AS_MANAGEMENT_OPTIONS_ITEM_VALUES!r}"
    )
