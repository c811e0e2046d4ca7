from typing import Literal

ExternalClusterApiListNodesLifecycleType = Literal[
    "fallback", "lifecycle_type_unspecified", "on_demand", "spot"
]

EXTERNAL_CLUSTER_API_LIST_NODES_LIFECYCLE_TYPE_VALUES: set[
    ExternalClusterApiListNodesLifecycleType
] = {
    "fallback",
    "lifecycle_type_unspecified",
    "on_demand",
    "spot",
}


def check_external_cluster_api_list_nodes_lifecycle_type(
    value: str,
) -> ExternalClusterApiListNodesLifecycleType:
    if value in EXTERNAL_CLUSTER_API_LIST_NODES_LIFECYCLE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_CLUSTER_API_LIST_NODES_LIFECYCLE_TYPE_VALUES!r}"
    )
