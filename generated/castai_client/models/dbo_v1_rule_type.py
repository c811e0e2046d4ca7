from typing import Literal

DboV1RuleType = Literal["Query", "Table"]

DBO_V1_RULE_TYPE_VALUES: set[DboV1RuleType] = {
    "Query",
    "Table",
}


def check_dbo_v1_rule_type(value: str) -> DboV1RuleType:
    if value in DBO_V1_RULE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBO_V1_RULE_TYPE_VALUES!r}"
    )
