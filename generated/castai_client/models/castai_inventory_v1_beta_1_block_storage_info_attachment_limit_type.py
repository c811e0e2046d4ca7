from typing import Literal

CastaiInventoryV1Beta1BlockStorageInfoAttachmentLimitType = Literal[
    "ATTACHMENT_LIMIT_TYPE_DEDICATED",
    "ATTACHMENT_LIMIT_TYPE_SHARED",
    "ATTACHMENT_LIMIT_TYPE_UNKNOWN",
]

CASTAI_INVENTORY_V1_BETA_1_BLOCK_STORAGE_INFO_ATTACHMENT_LIMIT_TYPE_VALUES: set[
    CastaiInventoryV1Beta1BlockStorageInfoAttachmentLimitType
] = {
    "ATTACHMENT_LIMIT_TYPE_DEDICATED",
    "ATTACHMENT_LIMIT_TYPE_SHARED",
    "ATTACHMENT_LIMIT_TYPE_UNKNOWN",
}


def check_castai_inventory_v1_beta_1_block_storage_info_attachment_limit_type(
    value: str,
) -> CastaiInventoryV1Beta1BlockStorageInfoAttachmentLimitType:
    if (
        value
        in CASTAI_INVENTORY_V1_BETA_1_BLOCK_STORAGE_INFO_ATTACHMENT_LIMIT_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_BLOCK_STORAGE_INFO_ATTACHMENT_LIMIT_TYPE_VALUES!r}"
    )
