from typing import Literal

ExternalclusterV1KentEligibility = Literal["ELIGIBLE", "NOT_SUPPORTED"]

EXTERNALCLUSTER_V1_KENT_ELIGIBILITY_VALUES: set[ExternalclusterV1KentEligibility] = {
    "ELIGIBLE",
    "NOT_SUPPORTED",
}


def check_externalcluster_v1_kent_eligibility(
    value: str,
) -> ExternalclusterV1KentEligibility:
    if value in EXTERNALCLUSTER_V1_KENT_ELIGIBILITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNALCLUSTER_V1_KENT_ELIGIBILITY_VALUES!r}"
    )
