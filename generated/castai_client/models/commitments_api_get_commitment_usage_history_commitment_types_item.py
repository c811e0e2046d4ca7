from typing import Literal

CommitmentsApiGetCommitmentUsageHistoryCommitmentTypesItem = Literal[
    "CAPACITY_BLOCK",
    "COMMITMENT_TYPE_UNSPECIFIED",
    "FLEX_CUD",
    "ON_DEMAND_CAPACITY_RESERVATION",
    "RESERVED_INSTANCE",
    "RESOURCE_CUD",
    "SAVINGS_PLAN",
]

COMMITMENTS_API_GET_COMMITMENT_USAGE_HISTORY_COMMITMENT_TYPES_ITEM_VALUES: set[
    CommitmentsApiGetCommitmentUsageHistoryCommitmentTypesItem
] = {
    "CAPACITY_BLOCK",
    "COMMITMENT_TYPE_UNSPECIFIED",
    "FLEX_CUD",
    "ON_DEMAND_CAPACITY_RESERVATION",
    "RESERVED_INSTANCE",
    "RESOURCE_CUD",
    "SAVINGS_PLAN",
}


def check_commitments_api_get_commitment_usage_history_commitment_types_item(
    value: str,
) -> CommitmentsApiGetCommitmentUsageHistoryCommitmentTypesItem:
    if (
        value
        in COMMITMENTS_API_GET_COMMITMENT_USAGE_HISTORY_COMMITMENT_TYPES_ITEM_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMMITMENTS_API_GET_COMMITMENT_USAGE_HISTORY_COMMITMENT_TYPES_ITEM_VALUES!r}"
    )
