from typing import Literal

NodeconfigV1AKSConfigOsDiskEphemeralPlacement = Literal[
    "PLACEMENT_CACHE_DISK",
    "PLACEMENT_NVME_DISK",
    "PLACEMENT_RESOURCE_DISK",
    "PLACEMENT_UNSPECIFIED",
]

NODECONFIG_V1AKS_CONFIG_OS_DISK_EPHEMERAL_PLACEMENT_VALUES: set[
    NodeconfigV1AKSConfigOsDiskEphemeralPlacement
] = {
    "PLACEMENT_CACHE_DISK",
    "PLACEMENT_NVME_DISK",
    "PLACEMENT_RESOURCE_DISK",
    "PLACEMENT_UNSPECIFIED",
}


def check_nodeconfig_v1aks_config_os_disk_ephemeral_placement(
    value: str,
) -> NodeconfigV1AKSConfigOsDiskEphemeralPlacement:
    if value in NODECONFIG_V1AKS_CONFIG_OS_DISK_EPHEMERAL_PLACEMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODECONFIG_V1AKS_CONFIG_OS_DISK_EPHEMERAL_PLACEMENT_VALUES!r}"
    )
