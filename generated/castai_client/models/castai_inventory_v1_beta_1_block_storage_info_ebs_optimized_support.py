from typing import Literal

CastaiInventoryV1Beta1BlockStorageInfoEbsOptimizedSupport = Literal[
    "EBS_OPTIMIZED_SUPPORT_DEFAULT",
    "EBS_OPTIMIZED_SUPPORT_SUPPORTED",
    "EBS_OPTIMIZED_SUPPORT_UNKNOWN",
    "EBS_OPTIMIZED_SUPPORT_UNSUPPORTED",
]

CASTAI_INVENTORY_V1_BETA_1_BLOCK_STORAGE_INFO_EBS_OPTIMIZED_SUPPORT_VALUES: set[
    CastaiInventoryV1Beta1BlockStorageInfoEbsOptimizedSupport
] = {
    "EBS_OPTIMIZED_SUPPORT_DEFAULT",
    "EBS_OPTIMIZED_SUPPORT_SUPPORTED",
    "EBS_OPTIMIZED_SUPPORT_UNKNOWN",
    "EBS_OPTIMIZED_SUPPORT_UNSUPPORTED",
}


def check_castai_inventory_v1_beta_1_block_storage_info_ebs_optimized_support(
    value: str,
) -> CastaiInventoryV1Beta1BlockStorageInfoEbsOptimizedSupport:
    if (
        value
        in CASTAI_INVENTORY_V1_BETA_1_BLOCK_STORAGE_INFO_EBS_OPTIMIZED_SUPPORT_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_BLOCK_STORAGE_INFO_EBS_OPTIMIZED_SUPPORT_VALUES!r}"
    )
