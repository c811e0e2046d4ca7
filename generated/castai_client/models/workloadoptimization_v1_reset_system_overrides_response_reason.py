from typing import Literal

WorkloadoptimizationV1ResetSystemOverridesResponseReason = Literal[
    "REASON_UNSPECIFIED", "SYSTEM_OVERRIDE_INACTIVE"
]

WORKLOADOPTIMIZATION_V1_RESET_SYSTEM_OVERRIDES_RESPONSE_REASON_VALUES: set[
    WorkloadoptimizationV1ResetSystemOverridesResponseReason
] = {
    "REASON_UNSPECIFIED",
    "SYSTEM_OVERRIDE_INACTIVE",
}


def check_workloadoptimization_v1_reset_system_overrides_response_reason(
    value: str,
) -> WorkloadoptimizationV1ResetSystemOverridesResponseReason:
    if value in WORKLOADOPTIMIZATION_V1_RESET_SYSTEM_OVERRIDES_RESPONSE_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_RESET_SYSTEM_OVERRIDES_RESPONSE_REASON_VALUES!r}"
    )
