from typing import Literal

CastaiV1Cloud = Literal[
    "AWS",
    "aws",
    "AZURE",
    "azure",
    "GCP",
    "gcp",
    "INVALID",
    "invalid",
    "unknown",
    "UNKNOWN",
]

CASTAI_V1_CLOUD_VALUES: set[CastaiV1Cloud] = {
    "AWS",
    "aws",
    "AZURE",
    "azure",
    "GCP",
    "gcp",
    "INVALID",
    "invalid",
    "unknown",
    "UNKNOWN",
}


def check_castai_v1_cloud(value: str) -> CastaiV1Cloud:
    if value in CASTAI_V1_CLOUD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_V1_CLOUD_VALUES!r}"
    )
