from typing import Literal

CastaiRbacV1Beta1LabelSelectorOperator = Literal[
    "DOES_NOT_EXIST", "EXISTS", "IN", "NOT_IN"
]

CASTAI_RBAC_V1_BETA_1_LABEL_SELECTOR_OPERATOR_VALUES: set[
    CastaiRbacV1Beta1LabelSelectorOperator
] = {
    "DOES_NOT_EXIST",
    "EXISTS",
    "IN",
    "NOT_IN",
}


def check_castai_rbac_v1_beta_1_label_selector_operator(
    value: str,
) -> CastaiRbacV1Beta1LabelSelectorOperator:
    if value in CASTAI_RBAC_V1_BETA_1_LABEL_SELECTOR_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_RBAC_V1_BETA_1_LABEL_SELECTOR_OPERATOR_VALUES!r}"
    )
