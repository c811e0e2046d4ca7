from typing import Literal

WorkloadoptimizationV1ResetSystemOverridesRequestTarget = Literal[
    "TARGET_UNSPECIFIED", "VERTICAL_OPTIMIZATION"
]

WORKLOADOPTIMIZATION_V1_RESET_SYSTEM_OVERRIDES_REQUEST_TARGET_VALUES: set[
    WorkloadoptimizationV1ResetSystemOverridesRequestTarget
] = {
    "TARGET_UNSPECIFIED",
    "VERTICAL_OPTIMIZATION",
}


def check_workloadoptimization_v1_reset_system_overrides_request_target(
    value: str,
) -> WorkloadoptimizationV1ResetSystemOverridesRequestTarget:
    if value in WORKLOADOPTIMIZATION_V1_RESET_SYSTEM_OVERRIDES_REQUEST_TARGET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_RESET_SYSTEM_OVERRIDES_REQUEST_TARGET_VALUES!r}"
    )
