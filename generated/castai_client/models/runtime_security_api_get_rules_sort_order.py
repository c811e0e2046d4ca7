from typing import Literal

RuntimeSecurityApiGetRulesSortOrder = Literal["ASC", "asc", "DESC", "desc"]

RUNTIME_SECURITY_API_GET_RULES_SORT_ORDER_VALUES: set[
    RuntimeSecurityApiGetRulesSortOrder
] = {
    "ASC",
    "asc",
    "DESC",
    "desc",
}


def check_runtime_security_api_get_rules_sort_order(
    value: str,
) -> RuntimeSecurityApiGetRulesSortOrder:
    if value in RUNTIME_SECURITY_API_GET_RULES_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_SECURITY_API_GET_RULES_SORT_ORDER_VALUES!r}"
    )
