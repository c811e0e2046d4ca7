from typing import Literal

RuntimeV1RuleEngineType = Literal[
    "RULE_ENGINE_TYPE_CEL", "RULE_ENGINE_TYPE_GO", "RULE_ENGINE_TYPE_UNKNOWN"
]

RUNTIME_V1_RULE_ENGINE_TYPE_VALUES: set[RuntimeV1RuleEngineType] = {
    "RULE_ENGINE_TYPE_CEL",
    "RULE_ENGINE_TYPE_GO",
    "RULE_ENGINE_TYPE_UNKNOWN",
}


def check_runtime_v1_rule_engine_type(value: str) -> RuntimeV1RuleEngineType:
    if value in RUNTIME_V1_RULE_ENGINE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_V1_RULE_ENGINE_TYPE_VALUES!r}"
    )
