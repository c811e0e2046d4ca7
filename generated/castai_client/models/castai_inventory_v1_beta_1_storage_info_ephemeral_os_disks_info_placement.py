from typing import Literal

CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacement = Literal[
    "CACHE_DISK", "NVME_DISK", "PLACEMENT_UNSPECIFIED", "RESOURCE_DISK"
]

CASTAI_INVENTORY_V1_BETA_1_STORAGE_INFO_EPHEMERAL_OS_DISKS_INFO_PLACEMENT_VALUES: set[
    CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacement
] = {
    "CACHE_DISK",
    "NVME_DISK",
    "PLACEMENT_UNSPECIFIED",
    "RESOURCE_DISK",
}


def check_castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info_placement(
    value: str,
) -> CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacement:
    if (
        value
        in CASTAI_INVENTORY_V1_BETA_1_STORAGE_INFO_EPHEMERAL_OS_DISKS_INFO_PLACEMENT_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_STORAGE_INFO_EPHEMERAL_OS_DISKS_INFO_PLACEMENT_VALUES!r}"
    )
