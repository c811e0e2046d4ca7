from typing import Literal

CastaiRbacV1Beta1ScopeType = Literal["CLUSTER", "ORGANIZATION"]

CASTAI_RBAC_V1_BETA_1_SCOPE_TYPE_VALUES: set[CastaiRbacV1Beta1ScopeType] = {
    "CLUSTER",
    "ORGANIZATION",
}


def check_castai_rbac_v1_beta_1_scope_type(value: str) -> CastaiRbacV1Beta1ScopeType:
    if value in CASTAI_RBAC_V1_BETA_1_SCOPE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_RBAC_V1_BETA_1_SCOPE_TYPE_VALUES!r}"
    )
