from typing import Literal

NodeconfigV1AKSConfigOsDiskEphemeralCacheType = Literal[
    "READ_ONLY", "READ_WRITE", "UNSPECIFIED"
]

NODECONFIG_V1AKS_CONFIG_OS_DISK_EPHEMERAL_CACHE_TYPE_VALUES: set[
    NodeconfigV1AKSConfigOsDiskEphemeralCacheType
] = {
    "READ_ONLY",
    "READ_WRITE",
    "UNSPECIFIED",
}


def check_nodeconfig_v1aks_config_os_disk_ephemeral_cache_type(
    value: str,
) -> NodeconfigV1AKSConfigOsDiskEphemeralCacheType:
    if value in NODECONFIG_V1AKS_CONFIG_OS_DISK_EPHEMERAL_CACHE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODECONFIG_V1AKS_CONFIG_OS_DISK_EPHEMERAL_CACHE_TYPE_VALUES!r}"
    )
