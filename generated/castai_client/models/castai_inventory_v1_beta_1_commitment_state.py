from typing import Literal

CastaiInventoryV1Beta1CommitmentState = Literal[
    "STATE_ACTIVE", "STATE_DELETED", "STATE_EXPIRED", "STATE_INACTIVE", "STATE_PENDING"
]

CASTAI_INVENTORY_V1_BETA_1_COMMITMENT_STATE_VALUES: set[
    CastaiInventoryV1Beta1CommitmentState
] = {
    "STATE_ACTIVE",
    "STATE_DELETED",
    "STATE_EXPIRED",
    "STATE_INACTIVE",
    "STATE_PENDING",
}


def check_castai_inventory_v1_beta_1_commitment_state(
    value: str,
) -> CastaiInventoryV1Beta1CommitmentState:
    if value in CASTAI_INVENTORY_V1_BETA_1_COMMITMENT_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_COMMITMENT_STATE_VALUES!r}"
    )
