from typing import Literal

CastaiRbacV1Beta1PoliciesState = Literal["ACCEPTED", "CREATED", "FAILED", "UNKNOWN"]

CASTAI_RBAC_V1_BETA_1_POLICIES_STATE_VALUES: set[CastaiRbacV1Beta1PoliciesState] = {
    "ACCEPTED",
    "CREATED",
    "FAILED",
    "UNKNOWN",
}


def check_castai_rbac_v1_beta_1_policies_state(
    value: str,
) -> CastaiRbacV1Beta1PoliciesState:
    if value in CASTAI_RBAC_V1_BETA_1_POLICIES_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_RBAC_V1_BETA_1_POLICIES_STATE_VALUES!r}"
    )
