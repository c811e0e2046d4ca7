from typing import Literal

RuntimeV1Severity = Literal[
    "SEVERITY_CRITICAL",
    "SEVERITY_HIGH",
    "SEVERITY_LOW",
    "SEVERITY_MEDIUM",
    "SEVERITY_NONE",
    "SEVERITY_UNKNOWN",
]

RUNTIME_V1_SEVERITY_VALUES: set[RuntimeV1Severity] = {
    "SEVERITY_CRITICAL",
    "SEVERITY_HIGH",
    "SEVERITY_LOW",
    "SEVERITY_MEDIUM",
    "SEVERITY_NONE",
    "SEVERITY_UNKNOWN",
}


def check_runtime_v1_severity(value: str) -> RuntimeV1Severity:
    if value in RUNTIME_V1_SEVERITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_V1_SEVERITY_VALUES!r}"
    )
