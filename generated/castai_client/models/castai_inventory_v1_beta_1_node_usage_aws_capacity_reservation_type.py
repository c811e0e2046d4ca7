from typing import Literal

CastaiInventoryV1Beta1NodeUsageAWSCapacityReservationType = Literal[
    "CAPACITY_BLOCK",
    "CAPACITY_RESERVATION_TYPE_UNSPECIFIED",
    "ON_DEMAND_CAPACITY_RESERVATION",
]

CASTAI_INVENTORY_V1_BETA_1_NODE_USAGE_AWS_CAPACITY_RESERVATION_TYPE_VALUES: set[
    CastaiInventoryV1Beta1NodeUsageAWSCapacityReservationType
] = {
    "CAPACITY_BLOCK",
    "CAPACITY_RESERVATION_TYPE_UNSPECIFIED",
    "ON_DEMAND_CAPACITY_RESERVATION",
}


def check_castai_inventory_v1_beta_1_node_usage_aws_capacity_reservation_type(
    value: str,
) -> CastaiInventoryV1Beta1NodeUsageAWSCapacityReservationType:
    if (
        value
        in CASTAI_INVENTORY_V1_BETA_1_NODE_USAGE_AWS_CAPACITY_RESERVATION_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_NODE_USAGE_AWS_CAPACITY_RESERVATION_TYPE_VALUES!r}"
    )
