from typing import Literal

ExternalclusterV1AWSNodeConfigCapacityReservationType = Literal[
    "CAPACITY_BLOCK",
    "CAPACITY_RESERVATION_TYPE_UNSPECIFIED",
    "INTERRUPTIBLE_ODCR",
    "ODCR",
]

EXTERNALCLUSTER_V1AWS_NODE_CONFIG_CAPACITY_RESERVATION_TYPE_VALUES: set[
    ExternalclusterV1AWSNodeConfigCapacityReservationType
] = {
    "CAPACITY_BLOCK",
    "CAPACITY_RESERVATION_TYPE_UNSPECIFIED",
    "INTERRUPTIBLE_ODCR",
    "ODCR",
}


def check_externalcluster_v1aws_node_config_capacity_reservation_type(
    value: str,
) -> ExternalclusterV1AWSNodeConfigCapacityReservationType:
    if value in EXTERNALCLUSTER_V1AWS_NODE_CONFIG_CAPACITY_RESERVATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNALCLUSTER_V1AWS_NODE_CONFIG_CAPACITY_RESERVATION_TYPE_VALUES!r}"
    )
