from typing import Literal

CastaiUsersV1Beta1OrganizationType = Literal[
    "ORGANIZATION_TYPE_CHILD",
    "ORGANIZATION_TYPE_DEFAULT",
    "ORGANIZATION_TYPE_ENTERPRISE",
]

CASTAI_USERS_V1_BETA_1_ORGANIZATION_TYPE_VALUES: set[
    CastaiUsersV1Beta1OrganizationType
] = {
    "ORGANIZATION_TYPE_CHILD",
    "ORGANIZATION_TYPE_DEFAULT",
    "ORGANIZATION_TYPE_ENTERPRISE",
}


def check_castai_users_v1_beta_1_organization_type(
    value: str,
) -> CastaiUsersV1Beta1OrganizationType:
    if value in CASTAI_USERS_V1_BETA_1_ORGANIZATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_USERS_V1_BETA_1_ORGANIZATION_TYPE_VALUES!r}"
    )
