from typing import Literal

NodeconfigV1GKEConfigOnHostMaintenance = Literal[
    "MIGRATE", "migrate", "TERMINATE", "terminate"
]

NODECONFIG_V1GKE_CONFIG_ON_HOST_MAINTENANCE_VALUES: set[
    NodeconfigV1GKEConfigOnHostMaintenance
] = {
    "MIGRATE",
    "migrate",
    "TERMINATE",
    "terminate",
}


def check_nodeconfig_v1gke_config_on_host_maintenance(
    value: str,
) -> NodeconfigV1GKEConfigOnHostMaintenance:
    if value in NODECONFIG_V1GKE_CONFIG_ON_HOST_MAINTENANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODECONFIG_V1GKE_CONFIG_ON_HOST_MAINTENANCE_VALUES!r}"
    )
