from typing import Literal

RbacServiceApiListRoleBindingsScopeTypeItem = Literal["CLUSTER", "ORGANIZATION"]

RBAC_SERVICE_API_LIST_ROLE_BINDINGS_SCOPE_TYPE_ITEM_VALUES: set[
    RbacServiceApiListRoleBindingsScopeTypeItem
] = {
    "CLUSTER",
    "ORGANIZATION",
}


def check_rbac_service_api_list_role_bindings_scope_type_item(
    value: str,
) -> RbacServiceApiListRoleBindingsScopeTypeItem:
    if value in RBAC_SERVICE_API_LIST_ROLE_BINDINGS_SCOPE_TYPE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RBAC_SERVICE_API_LIST_ROLE_BINDINGS_SCOPE_TYPE_ITEM_VALUES!r}"
    )
