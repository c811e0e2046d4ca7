from typing import Literal

NodeconfigV1AKSConfigOsDiskType = Literal[
    "OS_DISK_TYPE_PREMIUM_SSD",
    "OS_DISK_TYPE_STANDARD",
    "OS_DISK_TYPE_STANDARD_SSD",
    "OS_DISK_TYPE_UNSPECIFIED",
]

NODECONFIG_V1AKS_CONFIG_OS_DISK_TYPE_VALUES: set[NodeconfigV1AKSConfigOsDiskType] = {
    "OS_DISK_TYPE_PREMIUM_SSD",
    "OS_DISK_TYPE_STANDARD",
    "OS_DISK_TYPE_STANDARD_SSD",
    "OS_DISK_TYPE_UNSPECIFIED",
}


def check_nodeconfig_v1aks_config_os_disk_type(
    value: str,
) -> NodeconfigV1AKSConfigOsDiskType:
    if value in NODECONFIG_V1AKS_CONFIG_OS_DISK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODECONFIG_V1AKS_CONFIG_OS_DISK_TYPE_VALUES!r}"
    )
