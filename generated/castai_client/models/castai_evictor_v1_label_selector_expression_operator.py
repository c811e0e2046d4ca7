from typing import Literal

CastaiEvictorV1LabelSelectorExpressionOperator = Literal[
    "DoesNotExist", "Exists", "In", "Invalid", "NotIn"
]

CASTAI_EVICTOR_V1_LABEL_SELECTOR_EXPRESSION_OPERATOR_VALUES: set[
    CastaiEvictorV1LabelSelectorExpressionOperator
] = {
    "DoesNotExist",
    "Exists",
    "In",
    "Invalid",
    "NotIn",
}


def check_castai_evictor_v1_label_selector_expression_operator(
    value: str,
) -> CastaiEvictorV1LabelSelectorExpressionOperator:
    if value in CASTAI_EVICTOR_V1_LABEL_SELECTOR_EXPRESSION_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASTAI_EVICTOR_V1_LABEL_SELECTOR_EXPRESSION_OPERATOR_VALUES!r}"
    )
