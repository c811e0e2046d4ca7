from typing import Literal

CommitmentsApiGetCommitmentUsageHistoryCloud = Literal[
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

COMMITMENTS_API_GET_COMMITMENT_USAGE_HISTORY_CLOUD_VALUES: set[
    CommitmentsApiGetCommitmentUsageHistoryCloud
] = {
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


def check_commitments_api_get_commitment_usage_history_cloud(
    value: str,
) -> CommitmentsApiGetCommitmentUsageHistoryCloud:
    if value in COMMITMENTS_API_GET_COMMITMENT_USAGE_HISTORY_CLOUD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMMITMENTS_API_GET_COMMITMENT_USAGE_HISTORY_CLOUD_VALUES!r}"
    )
