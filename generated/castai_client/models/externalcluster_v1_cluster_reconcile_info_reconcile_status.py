from typing import Literal

ExternalclusterV1ClusterReconcileInfoReconcileStatus = Literal[
    "failed", "ok", "unknown", "warning"
]

EXTERNALCLUSTER_V1_CLUSTER_RECONCILE_INFO_RECONCILE_STATUS_VALUES: set[
    ExternalclusterV1ClusterReconcileInfoReconcileStatus
] = {
    "failed",
    "ok",
    "unknown",
    "warning",
}


def check_externalcluster_v1_cluster_reconcile_info_reconcile_status(
    value: str,
) -> ExternalclusterV1ClusterReconcileInfoReconcileStatus:
    if value in EXTERNALCLUSTER_V1_CLUSTER_RECONCILE_INFO_RECONCILE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNALCLUSTER_V1_CLUSTER_RECONCILE_INFO_RECONCILE_STATUS_VALUES!r}"
    )
