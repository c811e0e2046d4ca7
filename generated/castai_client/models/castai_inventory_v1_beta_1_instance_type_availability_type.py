from typing import Literal

CastaiInventoryV1Beta1InstanceTypeAvailabilityType = Literal[
    "PRIVATE", "PUBLIC", "UNKNOWN"
]

CASTAI_INVENTORY_V1_BETA_1_INSTANCE_TYPE_AVAILABILITY_TYPE_VALUES: set[
    CastaiInventoryV1Beta1InstanceTypeAvailabilityType
] = {
    "PRIVATE",
    "PUBLIC",
    "UNKNOWN",
}


def check_castai_inventory_v1_beta_1_instance_type_availability_type(
    value: str,
) -> CastaiInventoryV1Beta1InstanceTypeAvailabilityType:
    if value in CASTAI_INVENTORY_V1_BETA_1_INSTANCE_TYPE_AVAILABILITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_INSTANCE_TYPE_AVAILABILITY_TYPE_VALUES!r}"
    )
