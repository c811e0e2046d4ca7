from typing import Literal

WorkloadoptimizationV1ManagementOption = Literal["MANAGED", "READ_ONLY", "UNDEFINED"]

WORKLOADOPTIMIZATION_V1_MANAGEMENT_OPTION_VALUES: set[
    WorkloadoptimizationV1ManagementOption
] = {
    "MANAGED",
    "READ_ONLY",
    "UNDEFINED",
}


def check_workloadoptimization_v1_management_option(
    value: str,
) -> WorkloadoptimizationV1ManagementOption:
    if value in WORKLOADOPTIMIZATION_V1_MANAGEMENT_OPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_MANAGEMENT_OPTION_VALUES!r}"
    )
