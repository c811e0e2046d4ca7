from typing import Literal

CommitmentsApiGetCommitmentUsageHistoryCloud = Literal[
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

COMMITMENTS_API_GET_COMMITMENT_USAGE_HISTORY_CLOUD_VALUES: set[
    CommitmentsApiGetCommitmentUsageHistoryCloud
] = {
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


def check_commitments_api_get_commitment_usage_history_cloud(
    value: str,
) -> CommitmentsApiGetCommitmentUsageHistoryCloud:
    if value in COMMITMENTS_API_GET_COMMITMENT_USAGE_HISTORY_CLOUD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMMITMENTS_API_GET_COMMITMENT_USAGE_HISTORY_CLOUD_VALUES!r}"
    )
