from typing import Literal

DboV1RegistrationType = Literal[
    "DeleteAccount",
    "DeployCache",
    "DeployDBAgent",
    "DeployDBO",
    "PhaseOneOnboarding",
    "UninstallCache",
    "UninstallDBAgent",
]

DBO_V1_REGISTRATION_TYPE_VALUES: set[DboV1RegistrationType] = {
    "DeleteAccount",
    "DeployCache",
    "DeployDBAgent",
    "DeployDBO",
    "PhaseOneOnboarding",
    "UninstallCache",
    "UninstallDBAgent",
}


def check_dbo_v1_registration_type(value: str) -> DboV1RegistrationType:
    if value in DBO_V1_REGISTRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBO_V1_REGISTRATION_TYPE_VALUES!r}"
    )
