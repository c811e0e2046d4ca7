from typing import Literal

CastaiInventoryV1Beta1DiscountPricingType = Literal[
    "TYPE_FIXED", "TYPE_FLAT", "TYPE_PERCENTAGE", "TYPE_UNKNOWN"
]

CASTAI_INVENTORY_V1_BETA_1_DISCOUNT_PRICING_TYPE_VALUES: set[
    CastaiInventoryV1Beta1DiscountPricingType
] = {
    "TYPE_FIXED",
    "TYPE_FLAT",
    "TYPE_PERCENTAGE",
    "TYPE_UNKNOWN",
}


def check_castai_inventory_v1_beta_1_discount_pricing_type(
    value: str,
) -> CastaiInventoryV1Beta1DiscountPricingType:
    if value in CASTAI_INVENTORY_V1_BETA_1_DISCOUNT_PRICING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_INVENTORY_V1_BETA_1_DISCOUNT_PRICING_TYPE_VALUES!r}"
    )
