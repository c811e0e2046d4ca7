from typing import Literal

CastaiInventoryV1Beta1InstanceTypeCPUManufacturer = Literal[
    "AMD", "AMPERE", "APPLE", "AWS", "GOOGLE", "INTEL", "UNKNOWN"
]

CASTAI_INVENTORY_V1_BETA_1_INSTANCE_TYPE_CPU_MANUFACTURER_VALUES: set[
    CastaiInventoryV1Beta1InstanceTypeCPUManufacturer
] = {
    "AMD",
    "AMPERE",
    "APPLE",
    "AWS",
    "GOOGLE",
    "INTEL",
    "UNKNOWN",
}


def check_castai_inventory_v1_beta_1_instance_type_cpu_manufacturer(
    value: str,
) -> CastaiInventoryV1Beta1InstanceTypeCPUManufacturer:
    if value in CASTAI_INVENTORY_V1_BETA_1_INSTANCE_TYPE_CPU_MANUFACTURER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_INSTANCE_TYPE_CPU_MANUFACTURER_VALUES!r}"
    )
