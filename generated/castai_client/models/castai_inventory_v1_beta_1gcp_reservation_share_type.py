from typing import Literal

CastaiInventoryV1Beta1GCPReservationShareType = Literal[
    "GCP_RESERVATION_SHARE_TYPE_LOCAL",
    "GCP_RESERVATION_SHARE_TYPE_ORGANIZATION",
    "GCP_RESERVATION_SHARE_TYPE_SPECIFIC_PROJECTS",
    "GCP_RESERVATION_SHARE_TYPE_UNSPECIFIED",
]

CASTAI_INVENTORY_V1_BETA_1GCP_RESERVATION_SHARE_TYPE_VALUES: set[
    CastaiInventoryV1Beta1GCPReservationShareType
] = {
    "GCP_RESERVATION_SHARE_TYPE_LOCAL",
    "GCP_RESERVATION_SHARE_TYPE_ORGANIZATION",
    "GCP_RESERVATION_SHARE_TYPE_SPECIFIC_PROJECTS",
    "GCP_RESERVATION_SHARE_TYPE_UNSPECIFIED",
}


def check_castai_inventory_v1_beta_1gcp_reservation_share_type(
    value: str,
) -> CastaiInventoryV1Beta1GCPReservationShareType:
    if value in CASTAI_INVENTORY_V1_BETA_1GCP_RESERVATION_SHARE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1GCP_RESERVATION_SHARE_TYPE_VALUES!r}"
    )
