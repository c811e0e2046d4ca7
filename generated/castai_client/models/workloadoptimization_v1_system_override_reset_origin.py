from typing import Literal

WorkloadoptimizationV1SystemOverrideResetOrigin = Literal[
    "SYSTEM_OVERRIDE_RESET_ORIGIN_ANNOTATIONS_OFF",
    "SYSTEM_OVERRIDE_RESET_ORIGIN_API_CALL",
    "SYSTEM_OVERRIDE_RESET_ORIGIN_EXPIRED",
    "SYSTEM_OVERRIDE_RESET_ORIGIN_UNSPECIFIED",
]

WORKLOADOPTIMIZATION_V1_SYSTEM_OVERRIDE_RESET_ORIGIN_VALUES: set[
    WorkloadoptimizationV1SystemOverrideResetOrigin
] = {
    "SYSTEM_OVERRIDE_RESET_ORIGIN_ANNOTATIONS_OFF",
    "SYSTEM_OVERRIDE_RESET_ORIGIN_API_CALL",
    "SYSTEM_OVERRIDE_RESET_ORIGIN_EXPIRED",
    "SYSTEM_OVERRIDE_RESET_ORIGIN_UNSPECIFIED",
}


def check_workloadoptimization_v1_system_override_reset_origin(
    value: str,
) -> WorkloadoptimizationV1SystemOverrideResetOrigin:
    if value in WORKLOADOPTIMIZATION_V1_SYSTEM_OVERRIDE_RESET_ORIGIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_SYSTEM_OVERRIDE_RESET_ORIGIN_VALUES!r}"
    )
