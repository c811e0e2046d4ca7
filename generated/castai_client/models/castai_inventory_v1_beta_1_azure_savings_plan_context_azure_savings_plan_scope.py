from typing import Literal

CastaiInventoryV1Beta1AzureSavingsPlanContextAzureSavingsPlanScope = Literal[
    "AZURE_SAVINGS_PLAN_SCOPE_UNSPECIFIED", "MANAGEMENT_GROUP", "SHARED", "SINGLE"
]

CASTAI_INVENTORY_V1_BETA_1_AZURE_SAVINGS_PLAN_CONTEXT_AZURE_SAVINGS_PLAN_SCOPE_VALUES: set[
    CastaiInventoryV1Beta1AzureSavingsPlanContextAzureSavingsPlanScope
] = {
    "AZURE_SAVINGS_PLAN_SCOPE_UNSPECIFIED",
    "MANAGEMENT_GROUP",
    "SHARED",
    "SINGLE",
}


def check_castai_inventory_v1_beta_1_azure_savings_plan_context_azure_savings_plan_scope(
    value: str,
) -> CastaiInventoryV1Beta1AzureSavingsPlanContextAzureSavingsPlanScope:
    if (
        value
        in CASTAI_INVENTORY_V1_BETA_1_AZURE_SAVINGS_PLAN_CONTEXT_AZURE_SAVINGS_PLAN_SCOPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_AZURE_SAVINGS_PLAN_CONTEXT_AZURE_SAVINGS_PLAN_SCOPE_VALUES!r}"
    )
