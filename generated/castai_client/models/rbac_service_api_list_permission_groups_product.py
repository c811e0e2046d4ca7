from typing import Literal

RbacServiceApiListPermissionGroupsProduct = Literal[
    "PRODUCT_TYPE_BOTH",
    "PRODUCT_TYPE_CAST",
    "PRODUCT_TYPE_KIMCHI",
    "PRODUCT_TYPE_UNSPECIFIED",
]

RBAC_SERVICE_API_LIST_PERMISSION_GROUPS_PRODUCT_VALUES: set[
    RbacServiceApiListPermissionGroupsProduct
] = {
    "PRODUCT_TYPE_BOTH",
    "PRODUCT_TYPE_CAST",
    "PRODUCT_TYPE_KIMCHI",
    "PRODUCT_TYPE_UNSPECIFIED",
}


def check_rbac_service_api_list_permission_groups_product(
    value: str,
) -> RbacServiceApiListPermissionGroupsProduct:
    if value in RBAC_SERVICE_API_LIST_PERMISSION_GROUPS_PRODUCT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RBAC_SERVICE_API_LIST_PERMISSION_GROUPS_PRODUCT_VALUES!r}"
    )
