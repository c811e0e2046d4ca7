from typing import Literal

WorkloadOptimizationApiListClusterHpAsIncludeConversion = Literal[
    "AVERAGE_VALUE_FROM_ORIGINAL_REQUESTS", "HPA_CONVERTER_TYPE_UNSPECIFIED"
]

WORKLOAD_OPTIMIZATION_API_LIST_CLUSTER_HP_AS_INCLUDE_CONVERSION_VALUES: set[
    WorkloadOptimizationApiListClusterHpAsIncludeConversion
] = {
    "AVERAGE_VALUE_FROM_ORIGINAL_REQUESTS",
    "HPA_CONVERTER_TYPE_UNSPECIFIED",
}


def check_workload_optimization_api_list_cluster_hp_as_include_conversion(
    value: str,
) -> WorkloadOptimizationApiListClusterHpAsIncludeConversion:
    if value in WORKLOAD_OPTIMIZATION_API_LIST_CLUSTER_HP_AS_INCLUDE_CONVERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOAD_OPTIMIZATION_API_LIST_CLUSTER_HP_AS_INCLUDE_CONVERSION_VALUES!r}"
    )
