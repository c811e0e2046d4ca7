from typing import Literal

NodetemplatesV1AvailableInstanceTypeStorageOptimizedOption = Literal[
    "Always", "Never", "OnDemand"
]

NODETEMPLATES_V1_AVAILABLE_INSTANCE_TYPE_STORAGE_OPTIMIZED_OPTION_VALUES: set[
    NodetemplatesV1AvailableInstanceTypeStorageOptimizedOption
] = {
    "Always",
    "Never",
    "OnDemand",
}


def check_nodetemplates_v1_available_instance_type_storage_optimized_option(
    value: str,
) -> NodetemplatesV1AvailableInstanceTypeStorageOptimizedOption:
    if (
        value
        in NODETEMPLATES_V1_AVAILABLE_INSTANCE_TYPE_STORAGE_OPTIMIZED_OPTION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODETEMPLATES_V1_AVAILABLE_INSTANCE_TYPE_STORAGE_OPTIMIZED_OPTION_VALUES!r}"
    )
