from typing import Literal

CommitmentsApiGetCommitmentUsageHistoryAggregationInterval = Literal[
    "AGGREGATION_INTERVAL_UNSPECIFIED", "DAY", "HOUR"
]

COMMITMENTS_API_GET_COMMITMENT_USAGE_HISTORY_AGGREGATION_INTERVAL_VALUES: set[
    CommitmentsApiGetCommitmentUsageHistoryAggregationInterval
] = {
    "AGGREGATION_INTERVAL_UNSPECIFIED",
    "DAY",
    "HOUR",
}


def check_commitments_api_get_commitment_usage_history_aggregation_interval(
    value: str,
) -> CommitmentsApiGetCommitmentUsageHistoryAggregationInterval:
    if (
        value
        in COMMITMENTS_API_GET_COMMITMENT_USAGE_HISTORY_AGGREGATION_INTERVAL_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMMITMENTS_API_GET_COMMITMENT_USAGE_HISTORY_AGGREGATION_INTERVAL_VALUES!r}"
    )
