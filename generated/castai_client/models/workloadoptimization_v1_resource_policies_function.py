from typing import Literal

WorkloadoptimizationV1ResourcePoliciesFunction = Literal["MAX", "QUANTILE"]

WORKLOADOPTIMIZATION_V1_RESOURCE_POLICIES_FUNCTION_VALUES: set[
    WorkloadoptimizationV1ResourcePoliciesFunction
] = {
    "MAX",
    "QUANTILE",
}


def check_workloadoptimization_v1_resource_policies_function(
    value: str,
) -> WorkloadoptimizationV1ResourcePoliciesFunction:
    if value in WORKLOADOPTIMIZATION_V1_RESOURCE_POLICIES_FUNCTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_RESOURCE_POLICIES_FUNCTION_VALUES!r}"
    )
