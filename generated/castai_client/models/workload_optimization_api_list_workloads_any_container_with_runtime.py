from typing import Literal

WorkloadOptimizationApiListWorkloadsAnyContainerWithRuntime = Literal[
    "GPU", "JVM", "RUNTIME_UNSPECIFIED"
]

WORKLOAD_OPTIMIZATION_API_LIST_WORKLOADS_ANY_CONTAINER_WITH_RUNTIME_VALUES: set[
    WorkloadOptimizationApiListWorkloadsAnyContainerWithRuntime
] = {
    "GPU",
    "JVM",
    "RUNTIME_UNSPECIFIED",
}


def check_workload_optimization_api_list_workloads_any_container_with_runtime(
    value: str,
) -> WorkloadOptimizationApiListWorkloadsAnyContainerWithRuntime:
    if (
        value
        in WORKLOAD_OPTIMIZATION_API_LIST_WORKLOADS_ANY_CONTAINER_WITH_RUNTIME_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOAD_OPTIMIZATION_API_LIST_WORKLOADS_ANY_CONTAINER_WITH_RUNTIME_VALUES!r}"
    )
