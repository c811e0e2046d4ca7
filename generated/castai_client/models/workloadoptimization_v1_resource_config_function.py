from typing import Literal

WorkloadoptimizationV1ResourceConfigFunction = Literal["MAX", "QUANTILE"]

WORKLOADOPTIMIZATION_V1_RESOURCE_CONFIG_FUNCTION_VALUES: set[
    WorkloadoptimizationV1ResourceConfigFunction
] = {
    "MAX",
    "QUANTILE",
}


def check_workloadoptimization_v1_resource_config_function(
    value: str,
) -> WorkloadoptimizationV1ResourceConfigFunction:
    if value in WORKLOADOPTIMIZATION_V1_RESOURCE_CONFIG_FUNCTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_RESOURCE_CONFIG_FUNCTION_VALUES!r}"
    )
