from typing import Literal

CastaiInventoryV1Beta1CommitmentStatus = Literal["Active", "Inactive"]

CASTAI_INVENTORY_V1_BETA_1_COMMITMENT_STATUS_VALUES: set[
    CastaiInventoryV1Beta1CommitmentStatus
] = {
    "Active",
    "Inactive",
}


def check_castai_inventory_v1_beta_1_commitment_status(
    value: str,
) -> CastaiInventoryV1Beta1CommitmentStatus:
    if value in CASTAI_INVENTORY_V1_BETA_1_COMMITMENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_COMMITMENT_STATUS_VALUES!r}"
    )
