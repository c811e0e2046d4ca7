from typing import Literal

CastaiInventoryV1Beta1AzureReservationInstanceFlexibility = Literal["OFF", "ON"]

CASTAI_INVENTORY_V1_BETA_1_AZURE_RESERVATION_INSTANCE_FLEXIBILITY_VALUES: set[
    CastaiInventoryV1Beta1AzureReservationInstanceFlexibility
] = {
    "OFF",
    "ON",
}


def check_castai_inventory_v1_beta_1_azure_reservation_instance_flexibility(
    value: str,
) -> CastaiInventoryV1Beta1AzureReservationInstanceFlexibility:
    if (
        value
        in CASTAI_INVENTORY_V1_BETA_1_AZURE_RESERVATION_INSTANCE_FLEXIBILITY_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_AZURE_RESERVATION_INSTANCE_FLEXIBILITY_VALUES!r}"
    )
