from typing import Literal

NodeconfigV1AKSConfigAcceleratedNetworkingMode = Literal[
    "ACCELERATED_NETWORKING_MODE_DISABLED", "ACCELERATED_NETWORKING_MODE_UNSPECIFIED"
]

NODECONFIG_V1AKS_CONFIG_ACCELERATED_NETWORKING_MODE_VALUES: set[
    NodeconfigV1AKSConfigAcceleratedNetworkingMode
] = {
    "ACCELERATED_NETWORKING_MODE_DISABLED",
    "ACCELERATED_NETWORKING_MODE_UNSPECIFIED",
}


def check_nodeconfig_v1aks_config_accelerated_networking_mode(
    value: str,
) -> NodeconfigV1AKSConfigAcceleratedNetworkingMode:
    if value in NODECONFIG_V1AKS_CONFIG_ACCELERATED_NETWORKING_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODECONFIG_V1AKS_CONFIG_ACCELERATED_NETWORKING_MODE_VALUES!r}"
    )
