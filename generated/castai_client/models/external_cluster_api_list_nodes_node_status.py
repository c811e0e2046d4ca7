from typing import Literal

ExternalClusterApiListNodesNodeStatus = Literal[
    "cordoned",
    "creating",
    "deleted",
    "deleting",
    "draining",
    "interrupted",
    "node_status_unspecified",
    "not_ready",
    "pending",
    "ready",
    "unknown",
]

EXTERNAL_CLUSTER_API_LIST_NODES_NODE_STATUS_VALUES: set[
    ExternalClusterApiListNodesNodeStatus
] = {
    "cordoned",
    "creating",
    "deleted",
    "deleting",
    "draining",
    "interrupted",
    "node_status_unspecified",
    "not_ready",
    "pending",
    "ready",
    "unknown",
}


def check_external_cluster_api_list_nodes_node_status(
    value: str,
) -> ExternalClusterApiListNodesNodeStatus:
    if value in EXTERNAL_CLUSTER_API_LIST_NODES_NODE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_CLUSTER_API_LIST_NODES_NODE_STATUS_VALUES!r}"
    )
