from typing import Literal

CastaiInventoryV1Beta1GPUCountUnit = Literal[
    "COUNT", "GPU_COUNT_UNIT_UNSPECIFIED", "MILLI_COUNT"
]

CASTAI_INVENTORY_V1_BETA_1GPU_COUNT_UNIT_VALUES: set[
    CastaiInventoryV1Beta1GPUCountUnit
] = {
    "COUNT",
    "GPU_COUNT_UNIT_UNSPECIFIED",
    "MILLI_COUNT",
}


def check_castai_inventory_v1_beta_1gpu_count_unit(
    value: str,
) -> CastaiInventoryV1Beta1GPUCountUnit:
    if value in CASTAI_INVENTORY_V1_BETA_1GPU_COUNT_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1GPU_COUNT_UNIT_VALUES!r}"
    )
