from typing import Literal

CastaiRbacV1Beta1ProductType = Literal[
    "PRODUCT_TYPE_BOTH",
    "PRODUCT_TYPE_CAST",
    "PRODUCT_TYPE_KIMCHI",
    "PRODUCT_TYPE_UNSPECIFIED",
]

CASTAI_RBAC_V1_BETA_1_PRODUCT_TYPE_VALUES: set[CastaiRbacV1Beta1ProductType] = {
    "PRODUCT_TYPE_BOTH",
    "PRODUCT_TYPE_CAST",
    "PRODUCT_TYPE_KIMCHI",
    "PRODUCT_TYPE_UNSPECIFIED",
}


def check_castai_rbac_v1_beta_1_product_type(
    value: str,
) -> CastaiRbacV1Beta1ProductType:
    if value in CASTAI_RBAC_V1_BETA_1_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_RBAC_V1_BETA_1_PRODUCT_TYPE_VALUES!r}"
    )
