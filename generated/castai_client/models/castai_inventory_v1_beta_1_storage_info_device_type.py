from typing import Literal

CastaiInventoryV1Beta1StorageInfoDeviceType = Literal["hdd", "invalid", "ssd"]

CASTAI_INVENTORY_V1_BETA_1_STORAGE_INFO_DEVICE_TYPE_VALUES: set[
    CastaiInventoryV1Beta1StorageInfoDeviceType
] = {
    "hdd",
    "invalid",
    "ssd",
}


def check_castai_inventory_v1_beta_1_storage_info_device_type(
    value: str,
) -> CastaiInventoryV1Beta1StorageInfoDeviceType:
    if value in CASTAI_INVENTORY_V1_BETA_1_STORAGE_INFO_DEVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_STORAGE_INFO_DEVICE_TYPE_VALUES!r}"
    )
