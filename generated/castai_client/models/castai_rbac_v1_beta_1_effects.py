from typing import Literal

CastaiRbacV1Beta1Effects = Literal["ALLOW", "DENY"]

CASTAI_RBAC_V1_BETA_1_EFFECTS_VALUES: set[CastaiRbacV1Beta1Effects] = {
    "ALLOW",
    "DENY",
}


def check_castai_rbac_v1_beta_1_effects(value: str) -> CastaiRbacV1Beta1Effects:
    if value in CASTAI_RBAC_V1_BETA_1_EFFECTS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_RBAC_V1_BETA_1_EFFECTS_VALUES!r}"
    )
