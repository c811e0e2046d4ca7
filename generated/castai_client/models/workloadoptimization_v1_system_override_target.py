from typing import Literal

WorkloadoptimizationV1SystemOverrideTarget = Literal[
    "SYSTEM_OVERRIDE_TARGET_ALL",
    "SYSTEM_OVERRIDE_TARGET_UNSPECIFIED",
    "SYSTEM_OVERRIDE_TARGET_VERTICAL_OPTIMIZATION",
]

WORKLOADOPTIMIZATION_V1_SYSTEM_OVERRIDE_TARGET_VALUES: set[
    WorkloadoptimizationV1SystemOverrideTarget
] = {
    "SYSTEM_OVERRIDE_TARGET_ALL",
    "SYSTEM_OVERRIDE_TARGET_UNSPECIFIED",
    "SYSTEM_OVERRIDE_TARGET_VERTICAL_OPTIMIZATION",
}


def check_workloadoptimization_v1_system_override_target(
    value: str,
) -> WorkloadoptimizationV1SystemOverrideTarget:
    if value in WORKLOADOPTIMIZATION_V1_SYSTEM_OVERRIDE_TARGET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_SYSTEM_OVERRIDE_TARGET_VALUES!r}"
    )
