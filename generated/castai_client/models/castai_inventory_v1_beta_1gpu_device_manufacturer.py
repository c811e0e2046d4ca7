from typing import Literal

CastaiInventoryV1Beta1GPUDeviceManufacturer = Literal["AMD", "NVIDIA", "UNKNOWN"]

CASTAI_INVENTORY_V1_BETA_1GPU_DEVICE_MANUFACTURER_VALUES: set[
    CastaiInventoryV1Beta1GPUDeviceManufacturer
] = {
    "AMD",
    "NVIDIA",
    "UNKNOWN",
}


def check_castai_inventory_v1_beta_1gpu_device_manufacturer(
    value: str,
) -> CastaiInventoryV1Beta1GPUDeviceManufacturer:
    if value in CASTAI_INVENTORY_V1_BETA_1GPU_DEVICE_MANUFACTURER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1GPU_DEVICE_MANUFACTURER_VALUES!r}"
    )
