from typing import Literal

CastaiSsoV1Beta1SSOConnectionStatus = Literal[
    "STATUS_ACTIVE", "STATUS_FAILED", "STATUS_INACTIVE", "STATUS_UNKNOWN"
]

CASTAI_SSO_V1_BETA_1SSO_CONNECTION_STATUS_VALUES: set[
    CastaiSsoV1Beta1SSOConnectionStatus
] = {
    "STATUS_ACTIVE",
    "STATUS_FAILED",
    "STATUS_INACTIVE",
    "STATUS_UNKNOWN",
}


def check_castai_sso_v1_beta_1sso_connection_status(
    value: str,
) -> CastaiSsoV1Beta1SSOConnectionStatus:
    if value in CASTAI_SSO_V1_BETA_1SSO_CONNECTION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_SSO_V1_BETA_1SSO_CONNECTION_STATUS_VALUES!r}"
    )
