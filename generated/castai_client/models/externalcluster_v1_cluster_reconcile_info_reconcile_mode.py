from typing import Literal

ExternalclusterV1ClusterReconcileInfoReconcileMode = Literal[
    "disabled", "enabled", "paused", "unspecified"
]

EXTERNALCLUSTER_V1_CLUSTER_RECONCILE_INFO_RECONCILE_MODE_VALUES: set[
    ExternalclusterV1ClusterReconcileInfoReconcileMode
] = {
    "disabled",
    "enabled",
    "paused",
    "unspecified",
}


def check_externalcluster_v1_cluster_reconcile_info_reconcile_mode(
    value: str,
) -> ExternalclusterV1ClusterReconcileInfoReconcileMode:
    if value in EXTERNALCLUSTER_V1_CLUSTER_RECONCILE_INFO_RECONCILE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNALCLUSTER_V1_CLUSTER_RECONCILE_INFO_RECONCILE_MODE_VALUES!r}"
    )
