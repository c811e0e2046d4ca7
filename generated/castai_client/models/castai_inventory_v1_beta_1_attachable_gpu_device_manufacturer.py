from typing import Literal

CastaiInventoryV1Beta1AttachableGPUDeviceManufacturer = Literal[
    "AMD", "NVIDIA", "UNKNOWN"
]

CASTAI_INVENTORY_V1_BETA_1_ATTACHABLE_GPU_DEVICE_MANUFACTURER_VALUES: set[
    CastaiInventoryV1Beta1AttachableGPUDeviceManufacturer
] = {
    "AMD",
    "NVIDIA",
    "UNKNOWN",
}


def check_castai_inventory_v1_beta_1_attachable_gpu_device_manufacturer(
    value: str,
) -> CastaiInventoryV1Beta1AttachableGPUDeviceManufacturer:
    if value in CASTAI_INVENTORY_V1_BETA_1_ATTACHABLE_GPU_DEVICE_MANUFACTURER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_ATTACHABLE_GPU_DEVICE_MANUFACTURER_VALUES!r}"
    )
