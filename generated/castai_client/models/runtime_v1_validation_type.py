from typing import Literal

RuntimeV1ValidationType = Literal[
    "VALIDATE_CEL_RESOURCE_SELECTOR", "VALIDATE_CEL_RULE", "VALIDATE_UNKNOWN"
]

RUNTIME_V1_VALIDATION_TYPE_VALUES: set[RuntimeV1ValidationType] = {
    "VALIDATE_CEL_RESOURCE_SELECTOR",
    "VALIDATE_CEL_RULE",
    "VALIDATE_UNKNOWN",
}


def check_runtime_v1_validation_type(value: str) -> RuntimeV1ValidationType:
    if value in RUNTIME_V1_VALIDATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_V1_VALIDATION_TYPE_VALUES!r}"
    )
