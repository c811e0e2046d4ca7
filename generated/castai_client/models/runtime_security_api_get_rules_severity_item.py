from typing import Literal

RuntimeSecurityApiGetRulesSeverityItem = Literal[
    "SEVERITY_CRITICAL",
    "SEVERITY_HIGH",
    "SEVERITY_LOW",
    "SEVERITY_MEDIUM",
    "SEVERITY_NONE",
    "SEVERITY_UNKNOWN",
]

RUNTIME_SECURITY_API_GET_RULES_SEVERITY_ITEM_VALUES: set[
    RuntimeSecurityApiGetRulesSeverityItem
] = {
    "SEVERITY_CRITICAL",
    "SEVERITY_HIGH",
    "SEVERITY_LOW",
    "SEVERITY_MEDIUM",
    "SEVERITY_NONE",
    "SEVERITY_UNKNOWN",
}


def check_runtime_security_api_get_rules_severity_item(
    value: str,
) -> RuntimeSecurityApiGetRulesSeverityItem:
    if value in RUNTIME_SECURITY_API_GET_RULES_SEVERITY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_SECURITY_API_GET_RULES_SEVERITY_ITEM_VALUES!r}"
    )
