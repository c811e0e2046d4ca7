from typing import Literal

DboV1RegistrationStatus = Literal["Failure", "InProgress", "Success", "Unknown"]

DBO_V1_REGISTRATION_STATUS_VALUES: set[DboV1RegistrationStatus] = {
    "Failure",
    "InProgress",
    "Success",
    "Unknown",
}


def check_dbo_v1_registration_status(value: str) -> DboV1RegistrationStatus:
    if value in DBO_V1_REGISTRATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBO_V1_REGISTRATION_STATUS_VALUES!r}"
    )
