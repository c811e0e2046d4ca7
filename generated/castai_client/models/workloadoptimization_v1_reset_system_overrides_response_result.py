from typing import Literal

WorkloadoptimizationV1ResetSystemOverridesResponseResult = Literal[
    "IGNORED", "RESULT_UNSPECIFIED", "SUCCESS"
]

WORKLOADOPTIMIZATION_V1_RESET_SYSTEM_OVERRIDES_RESPONSE_RESULT_VALUES: set[
    WorkloadoptimizationV1ResetSystemOverridesResponseResult
] = {
    "IGNORED",
    "RESULT_UNSPECIFIED",
    "SUCCESS",
}


def check_workloadoptimization_v1_reset_system_overrides_response_result(
    value: str,
) -> WorkloadoptimizationV1ResetSystemOverridesResponseResult:
    if value in WORKLOADOPTIMIZATION_V1_RESET_SYSTEM_OVERRIDES_RESPONSE_RESULT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_RESET_SYSTEM_OVERRIDES_RESPONSE_RESULT_VALUES!r}"
    )
