from typing import Literal

WorkloadoptimizationV1Runtime = Literal["GPU", "JVM", "RUNTIME_UNSPECIFIED"]

WORKLOADOPTIMIZATION_V1_RUNTIME_VALUES: set[WorkloadoptimizationV1Runtime] = {
    "GPU",
    "JVM",
    "RUNTIME_UNSPECIFIED",
}


def check_workloadoptimization_v1_runtime(value: str) -> WorkloadoptimizationV1Runtime:
    if value in WORKLOADOPTIMIZATION_V1_RUNTIME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_RUNTIME_VALUES!r}"
    )
