from typing import Literal

PoliciesV1EvictorStatus = Literal[
    "Compatible", "Incompatible", "InvalidConfig", "Missing", "Unknown"
]

POLICIES_V1_EVICTOR_STATUS_VALUES: set[PoliciesV1EvictorStatus] = {
    "Compatible",
    "Incompatible",
    "InvalidConfig",
    "Missing",
    "Unknown",
}


def check_policies_v1_evictor_status(value: str) -> PoliciesV1EvictorStatus:
    if value in POLICIES_V1_EVICTOR_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POLICIES_V1_EVICTOR_STATUS_VALUES!r}"
    )
