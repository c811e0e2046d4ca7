from typing import Literal

ExternalclusterV1GetNodeBatchResponseBatchOperationStatus = Literal[
    "BATCH_OPERATION_STATUS_UNSPECIFIED",
    "FAILED",
    "IN_PROGRESS",
    "PARTIAL",
    "PENDING",
    "SUCCESS",
]

EXTERNALCLUSTER_V1_GET_NODE_BATCH_RESPONSE_BATCH_OPERATION_STATUS_VALUES: set[
    ExternalclusterV1GetNodeBatchResponseBatchOperationStatus
] = {
    "BATCH_OPERATION_STATUS_UNSPECIFIED",
    "FAILED",
    "IN_PROGRESS",
    "PARTIAL",
    "PENDING",
    "SUCCESS",
}


def check_externalcluster_v1_get_node_batch_response_batch_operation_status(
    value: str,
) -> ExternalclusterV1GetNodeBatchResponseBatchOperationStatus:
    if (
        value
        in EXTERNALCLUSTER_V1_GET_NODE_BATCH_RESPONSE_BATCH_OPERATION_STATUS_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNALCLUSTER_V1_GET_NODE_BATCH_RESPONSE_BATCH_OPERATION_STATUS_VALUES!r}"
    )
