from typing import Literal

CastaiInventoryV1Beta1GCPReservationLocalSsdInterface = Literal[
    "GCP_RESERVATION_LOCAL_SSD_INTERFACE_NVME",
    "GCP_RESERVATION_LOCAL_SSD_INTERFACE_SCSI",
    "GCP_RESERVATION_LOCAL_SSD_INTERFACE_UNSPECIFIED",
]

CASTAI_INVENTORY_V1_BETA_1GCP_RESERVATION_LOCAL_SSD_INTERFACE_VALUES: set[
    CastaiInventoryV1Beta1GCPReservationLocalSsdInterface
] = {
    "GCP_RESERVATION_LOCAL_SSD_INTERFACE_NVME",
    "GCP_RESERVATION_LOCAL_SSD_INTERFACE_SCSI",
    "GCP_RESERVATION_LOCAL_SSD_INTERFACE_UNSPECIFIED",
}


def check_castai_inventory_v1_beta_1gcp_reservation_local_ssd_interface(
    value: str,
) -> CastaiInventoryV1Beta1GCPReservationLocalSsdInterface:
    if value in CASTAI_INVENTORY_V1_BETA_1GCP_RESERVATION_LOCAL_SSD_INTERFACE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1GCP_RESERVATION_LOCAL_SSD_INTERFACE_VALUES!r}"
    )
