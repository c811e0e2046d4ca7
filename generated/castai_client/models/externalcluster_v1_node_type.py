from typing import Literal

ExternalclusterV1NodeType = Literal[
    "master", "NODE_TYPE_INVALID", "NODE_TYPE_MASTER", "NODE_TYPE_WORKER", "worker"
]

EXTERNALCLUSTER_V1_NODE_TYPE_VALUES: set[ExternalclusterV1NodeType] = {
    "master",
    "NODE_TYPE_INVALID",
    "NODE_TYPE_MASTER",
    "NODE_TYPE_WORKER",
    "worker",
}


def check_externalcluster_v1_node_type(value: str) -> ExternalclusterV1NodeType:
    if value in EXTERNALCLUSTER_V1_NODE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNALCLUSTER_V1_NODE_TYPE_VALUES!r}"
    )
