from typing import Literal

CastaiRbacV1Beta1Kind = Literal["SERVICE_ACCOUNT", "USER"]

CASTAI_RBAC_V1_BETA_1_KIND_VALUES: set[CastaiRbacV1Beta1Kind] = {
    "SERVICE_ACCOUNT",
    "USER",
}


def check_castai_rbac_v1_beta_1_kind(value: str) -> CastaiRbacV1Beta1Kind:
    if value in CASTAI_RBAC_V1_BETA_1_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_RBAC_V1_BETA_1_KIND_VALUES!r}"
    )
