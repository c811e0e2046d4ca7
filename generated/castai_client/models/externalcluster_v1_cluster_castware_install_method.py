from typing import Literal

ExternalclusterV1ClusterCastwareInstallMethod = Literal[
    "CASTWARE_INSTALL_METHOD_UNSPECIFIED", "OPERATOR"
]

EXTERNALCLUSTER_V1_CLUSTER_CASTWARE_INSTALL_METHOD_VALUES: set[
    ExternalclusterV1ClusterCastwareInstallMethod
] = {
    "CASTWARE_INSTALL_METHOD_UNSPECIFIED",
    "OPERATOR",
}


def check_externalcluster_v1_cluster_castware_install_method(
    value: str,
) -> ExternalclusterV1ClusterCastwareInstallMethod:
    if value in EXTERNALCLUSTER_V1_CLUSTER_CASTWARE_INSTALL_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNALCLUSTER_V1_CLUSTER_CASTWARE_INSTALL_METHOD_VALUES!r}"
    )
