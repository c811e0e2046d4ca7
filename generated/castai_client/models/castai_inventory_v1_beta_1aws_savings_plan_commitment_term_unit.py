from typing import Literal

CastaiInventoryV1Beta1AWSSavingsPlanCommitmentTermUnit = Literal[
    "COMMITMENT_TERM_UNIT_ONE_YEAR",
    "COMMITMENT_TERM_UNIT_THREE_YEARS",
    "COMMITMENT_TERM_UNIT_UNSPECIFIED",
]

CASTAI_INVENTORY_V1_BETA_1AWS_SAVINGS_PLAN_COMMITMENT_TERM_UNIT_VALUES: set[
    CastaiInventoryV1Beta1AWSSavingsPlanCommitmentTermUnit
] = {
    "COMMITMENT_TERM_UNIT_ONE_YEAR",
    "COMMITMENT_TERM_UNIT_THREE_YEARS",
    "COMMITMENT_TERM_UNIT_UNSPECIFIED",
}


def check_castai_inventory_v1_beta_1aws_savings_plan_commitment_term_unit(
    value: str,
) -> CastaiInventoryV1Beta1AWSSavingsPlanCommitmentTermUnit:
    if value in CASTAI_INVENTORY_V1_BETA_1AWS_SAVINGS_PLAN_COMMITMENT_TERM_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1AWS_SAVINGS_PLAN_COMMITMENT_TERM_UNIT_VALUES!r}"
    )
