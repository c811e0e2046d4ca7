from typing import Literal

CommitmentsApiImportGcpCommitmentsBehaviour = Literal["OVERWRITE"]

COMMITMENTS_API_IMPORT_GCP_COMMITMENTS_BEHAVIOUR_VALUES: set[
    CommitmentsApiImportGcpCommitmentsBehaviour
] = {
    "OVERWRITE",
}


def check_commitments_api_import_gcp_commitments_behaviour(
    value: str,
) -> CommitmentsApiImportGcpCommitmentsBehaviour:
    if value in COMMITMENTS_API_IMPORT_GCP_COMMITMENTS_BEHAVIOUR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMMITMENTS_API_IMPORT_GCP_COMMITMENTS_BEHAVIOUR_VALUES!r}"
    )
