from typing import Literal

RbacServiceApiListRoleBindingsSubjectTypeItem = Literal[
    "SUBJECT_GROUP", "SUBJECT_SERVICE_ACCOUNT", "SUBJECT_USER"
]

RBAC_SERVICE_API_LIST_ROLE_BINDINGS_SUBJECT_TYPE_ITEM_VALUES: set[
    RbacServiceApiListRoleBindingsSubjectTypeItem
] = {
    "SUBJECT_GROUP",
    "SUBJECT_SERVICE_ACCOUNT",
    "SUBJECT_USER",
}


def check_rbac_service_api_list_role_bindings_subject_type_item(
    value: str,
) -> RbacServiceApiListRoleBindingsSubjectTypeItem:
    if value in RBAC_SERVICE_API_LIST_ROLE_BINDINGS_SUBJECT_TYPE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RBAC_SERVICE_API_LIST_ROLE_BINDINGS_SUBJECT_TYPE_ITEM_VALUES!r}"
    )
