from typing import Literal

CastaiInventoryV1Beta1CommitmentScalingStrategy = Literal[
    "CPUBased", "Default", "RamBased"
]

CASTAI_INVENTORY_V1_BETA_1_COMMITMENT_SCALING_STRATEGY_VALUES: set[
    CastaiInventoryV1Beta1CommitmentScalingStrategy
] = {
    "CPUBased",
    "Default",
    "RamBased",
}


def check_castai_inventory_v1_beta_1_commitment_scaling_strategy(
    value: str,
) -> CastaiInventoryV1Beta1CommitmentScalingStrategy:
    if value in CASTAI_INVENTORY_V1_BETA_1_COMMITMENT_SCALING_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_COMMITMENT_SCALING_STRATEGY_VALUES!r}"
    )
