from typing import Literal

CommitmentsApiImportAzureReservationsBehaviour = Literal["APPEND", "OVERWRITE"]

COMMITMENTS_API_IMPORT_AZURE_RESERVATIONS_BEHAVIOUR_VALUES: set[
    CommitmentsApiImportAzureReservationsBehaviour
] = {
    "APPEND",
    "OVERWRITE",
}


def check_commitments_api_import_azure_reservations_behaviour(
    value: str,
) -> CommitmentsApiImportAzureReservationsBehaviour:
    if value in COMMITMENTS_API_IMPORT_AZURE_RESERVATIONS_BEHAVIOUR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMMITMENTS_API_IMPORT_AZURE_RESERVATIONS_BEHAVIOUR_VALUES!r}"
    )
