from typing import Literal

CastaiInventoryV1Beta1GCPFlexCUDCUDPlan = Literal["THIRTY_SIX_MONTH", "TWELVE_MONTH"]

CASTAI_INVENTORY_V1_BETA_1GCP_FLEX_CUDCUD_PLAN_VALUES: set[
    CastaiInventoryV1Beta1GCPFlexCUDCUDPlan
] = {
    "THIRTY_SIX_MONTH",
    "TWELVE_MONTH",
}


def check_castai_inventory_v1_beta_1gcp_flex_cudcud_plan(
    value: str,
) -> CastaiInventoryV1Beta1GCPFlexCUDCUDPlan:
    if value in CASTAI_INVENTORY_V1_BETA_1GCP_FLEX_CUDCUD_PLAN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1GCP_FLEX_CUDCUD_PLAN_VALUES!r}"
    )
