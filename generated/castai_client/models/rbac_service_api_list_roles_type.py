from typing import Literal

RbacServiceApiListRolesType = Literal["ALL", "DEFAULT", "ENTERPRISE"]

RBAC_SERVICE_API_LIST_ROLES_TYPE_VALUES: set[RbacServiceApiListRolesType] = {
    "ALL",
    "DEFAULT",
    "ENTERPRISE",
}


def check_rbac_service_api_list_roles_type(value: str) -> RbacServiceApiListRolesType:
    if value in RBAC_SERVICE_API_LIST_ROLES_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RBAC_SERVICE_API_LIST_ROLES_TYPE_VALUES!r}"
    )
