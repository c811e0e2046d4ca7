from typing import Literal

CastaiV1Cloud = Literal[
    "AWS",
    "aws",
    "azure",
    "AZURE",
    "GCP",
    "gcp",
    "invalid",
    "INVALID",
    "UNKNOWN",
    "unknown",
]

CASTAI_V1_CLOUD_VALUES: set[CastaiV1Cloud] = {
    "AWS",
    "aws",
    "azure",
    "AZURE",
    "GCP",
    "gcp",
    "invalid",
    "INVALID",
    "UNKNOWN",
    "unknown",
}


def check_castai_v1_cloud(value: str) -> CastaiV1Cloud:
    if value in CASTAI_V1_CLOUD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_V1_CLOUD_VALUES!r}"
    )
