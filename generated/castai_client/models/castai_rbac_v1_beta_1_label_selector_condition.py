from typing import Literal

CastaiRbacV1Beta1LabelSelectorCondition = Literal["AND", "OR", "UNSPECIFIED"]

CASTAI_RBAC_V1_BETA_1_LABEL_SELECTOR_CONDITION_VALUES: set[
    CastaiRbacV1Beta1LabelSelectorCondition
] = {
    "AND",
    "OR",
    "UNSPECIFIED",
}


def check_castai_rbac_v1_beta_1_label_selector_condition(
    value: str,
) -> CastaiRbacV1Beta1LabelSelectorCondition:
    if value in CASTAI_RBAC_V1_BETA_1_LABEL_SELECTOR_CONDITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_RBAC_V1_BETA_1_LABEL_SELECTOR_CONDITION_VALUES!r}"
    )
