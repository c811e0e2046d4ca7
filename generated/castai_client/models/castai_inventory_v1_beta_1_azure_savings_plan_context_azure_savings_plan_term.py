from typing import Literal

CastaiInventoryV1Beta1AzureSavingsPlanContextAzureSavingsPlanTerm = Literal[
    "AZURE_SAVINGS_PLAN_TERM_UNSPECIFIED", "FIVE_YEARS", "ONE_YEAR", "THREE_YEARS"
]

CASTAI_INVENTORY_V1_BETA_1_AZURE_SAVINGS_PLAN_CONTEXT_AZURE_SAVINGS_PLAN_TERM_VALUES: set[
    CastaiInventoryV1Beta1AzureSavingsPlanContextAzureSavingsPlanTerm
] = {
    "AZURE_SAVINGS_PLAN_TERM_UNSPECIFIED",
    "FIVE_YEARS",
    "ONE_YEAR",
    "THREE_YEARS",
}


def check_castai_inventory_v1_beta_1_azure_savings_plan_context_azure_savings_plan_term(
    value: str,
) -> CastaiInventoryV1Beta1AzureSavingsPlanContextAzureSavingsPlanTerm:
    if (
        value
        in CASTAI_INVENTORY_V1_BETA_1_AZURE_SAVINGS_PLAN_CONTEXT_AZURE_SAVINGS_PLAN_TERM_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_AZURE_SAVINGS_PLAN_CONTEXT_AZURE_SAVINGS_PLAN_TERM_VALUES!r}"
    )
