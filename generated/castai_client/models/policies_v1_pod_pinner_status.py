from typing import Literal

PoliciesV1PodPinnerStatus = Literal[
    "PodPinnerStatus_Compatible",
    "PodPinnerStatus_Incompatible",
    "PodPinnerStatus_IncompatibleVersion",
    "PodPinnerStatus_Missing",
    "PodPinnerStatus_Unknown",
]

POLICIES_V1_POD_PINNER_STATUS_VALUES: set[PoliciesV1PodPinnerStatus] = {
    "PodPinnerStatus_Compatible",
    "PodPinnerStatus_Incompatible",
    "PodPinnerStatus_IncompatibleVersion",
    "PodPinnerStatus_Missing",
    "PodPinnerStatus_Unknown",
}


def check_policies_v1_pod_pinner_status(value: str) -> PoliciesV1PodPinnerStatus:
    if value in POLICIES_V1_POD_PINNER_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POLICIES_V1_POD_PINNER_STATUS_VALUES!r}"
    )
