from typing import Literal

CastaiInventoryV1Beta1AzureReservationReservationPlan = Literal[
    "ONE_YEAR", "THREE_YEAR"
]

CASTAI_INVENTORY_V1_BETA_1_AZURE_RESERVATION_RESERVATION_PLAN_VALUES: set[
    CastaiInventoryV1Beta1AzureReservationReservationPlan
] = {
    "ONE_YEAR",
    "THREE_YEAR",
}


def check_castai_inventory_v1_beta_1_azure_reservation_reservation_plan(
    value: str,
) -> CastaiInventoryV1Beta1AzureReservationReservationPlan:
    if value in CASTAI_INVENTORY_V1_BETA_1_AZURE_RESERVATION_RESERVATION_PLAN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_AZURE_RESERVATION_RESERVATION_PLAN_VALUES!r}"
    )
