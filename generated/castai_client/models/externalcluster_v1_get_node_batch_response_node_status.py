from typing import Literal

ExternalclusterV1GetNodeBatchResponseNodeStatus = Literal[
    "CREATED", "JOIN_FAILED", "JOINED", "NODE_STATUS_UNSPECIFIED"
]

EXTERNALCLUSTER_V1_GET_NODE_BATCH_RESPONSE_NODE_STATUS_VALUES: set[
    ExternalclusterV1GetNodeBatchResponseNodeStatus
] = {
    "CREATED",
    "JOIN_FAILED",
    "JOINED",
    "NODE_STATUS_UNSPECIFIED",
}


def check_externalcluster_v1_get_node_batch_response_node_status(
    value: str,
) -> ExternalclusterV1GetNodeBatchResponseNodeStatus:
    if value in EXTERNALCLUSTER_V1_GET_NODE_BATCH_RESPONSE_NODE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNALCLUSTER_V1_GET_NODE_BATCH_RESPONSE_NODE_STATUS_VALUES!r}"
    )
