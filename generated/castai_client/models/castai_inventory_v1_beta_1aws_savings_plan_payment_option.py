from typing import Literal

CastaiInventoryV1Beta1AWSSavingsPlanPaymentOption = Literal[
    "ALL_UPFRONT", "NO_UPFRONT", "PARTIAL_UPFRONT", "PAYMENT_OPTION_UNSPECIFIED"
]

CASTAI_INVENTORY_V1_BETA_1AWS_SAVINGS_PLAN_PAYMENT_OPTION_VALUES: set[
    CastaiInventoryV1Beta1AWSSavingsPlanPaymentOption
] = {
    "ALL_UPFRONT",
    "NO_UPFRONT",
    "PARTIAL_UPFRONT",
    "PAYMENT_OPTION_UNSPECIFIED",
}


def check_castai_inventory_v1_beta_1aws_savings_plan_payment_option(
    value: str,
) -> CastaiInventoryV1Beta1AWSSavingsPlanPaymentOption:
    if value in CASTAI_INVENTORY_V1_BETA_1AWS_SAVINGS_PLAN_PAYMENT_OPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1AWS_SAVINGS_PLAN_PAYMENT_OPTION_VALUES!r}"
    )
