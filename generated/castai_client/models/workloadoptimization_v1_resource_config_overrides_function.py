from typing import Literal

WorkloadoptimizationV1ResourceConfigOverridesFunction = Literal["MAX", "QUANTILE"]

WORKLOADOPTIMIZATION_V1_RESOURCE_CONFIG_OVERRIDES_FUNCTION_VALUES: set[
    WorkloadoptimizationV1ResourceConfigOverridesFunction
] = {
    "MAX",
    "QUANTILE",
}


def check_workloadoptimization_v1_resource_config_overrides_function(
    value: str,
) -> WorkloadoptimizationV1ResourceConfigOverridesFunction:
    if value in WORKLOADOPTIMIZATION_V1_RESOURCE_CONFIG_OVERRIDES_FUNCTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_RESOURCE_CONFIG_OVERRIDES_FUNCTION_VALUES!r}"
    )
