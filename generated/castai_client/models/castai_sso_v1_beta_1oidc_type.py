from typing import Literal

CastaiSsoV1Beta1OIDCType = Literal[
    "TYPE_BACK_CHANNEL", "TYPE_FRONT_CHANNEL", "TYPE_UNKNOWN"
]

CASTAI_SSO_V1_BETA_1OIDC_TYPE_VALUES: set[CastaiSsoV1Beta1OIDCType] = {
    "TYPE_BACK_CHANNEL",
    "TYPE_FRONT_CHANNEL",
    "TYPE_UNKNOWN",
}


def check_castai_sso_v1_beta_1oidc_type(value: str) -> CastaiSsoV1Beta1OIDCType:
    if value in CASTAI_SSO_V1_BETA_1OIDC_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_SSO_V1_BETA_1OIDC_TYPE_VALUES!r}"
    )
