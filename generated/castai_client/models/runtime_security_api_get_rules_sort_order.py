from typing import Literal

RuntimeSecurityApiGetRulesSortOrder = Literal["asc", "ASC", "DESC", "desc"]

RUNTIME_SECURITY_API_GET_RULES_SORT_ORDER_VALUES: set[
    RuntimeSecurityApiGetRulesSortOrder
] = {
    "asc",
    "ASC",
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
