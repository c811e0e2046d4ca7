from typing import Literal

WorkloadoptimizationV1SystemOverrideOrigin = Literal[
    "SYSTEM_OVERRIDE_ORIGIN_CONTINUOUS_OOM_KILLED",
    "SYSTEM_OVERRIDE_ORIGIN_UNBOUND_MEMORY_GROWTH",
    "SYSTEM_OVERRIDE_ORIGIN_UNSPECIFIED",
]

WORKLOADOPTIMIZATION_V1_SYSTEM_OVERRIDE_ORIGIN_VALUES: set[
    WorkloadoptimizationV1SystemOverrideOrigin
] = {
    "SYSTEM_OVERRIDE_ORIGIN_CONTINUOUS_OOM_KILLED",
    "SYSTEM_OVERRIDE_ORIGIN_UNBOUND_MEMORY_GROWTH",
    "SYSTEM_OVERRIDE_ORIGIN_UNSPECIFIED",
}


def check_workloadoptimization_v1_system_override_origin(
    value: str,
) -> WorkloadoptimizationV1SystemOverrideOrigin:
    if value in WORKLOADOPTIMIZATION_V1_SYSTEM_OVERRIDE_ORIGIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_SYSTEM_OVERRIDE_ORIGIN_VALUES!r}"
    )
