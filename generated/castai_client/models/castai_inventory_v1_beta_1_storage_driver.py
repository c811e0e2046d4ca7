from typing import Literal

CastaiInventoryV1Beta1StorageDriver = Literal["invalid", "nvme", "sata"]

CASTAI_INVENTORY_V1_BETA_1_STORAGE_DRIVER_VALUES: set[
    CastaiInventoryV1Beta1StorageDriver
] = {
    "invalid",
    "nvme",
    "sata",
}


def check_castai_inventory_v1_beta_1_storage_driver(
    value: str,
) -> CastaiInventoryV1Beta1StorageDriver:
    if value in CASTAI_INVENTORY_V1_BETA_1_STORAGE_DRIVER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_STORAGE_DRIVER_VALUES!r}"
    )
