from typing import Literal

CostreportV1Beta1AllocationGroupFilterLabelValueOperator = Literal[
    "DoesNotExist", "Equal", "Exists", "NotEqual"
]

COSTREPORT_V1_BETA_1_ALLOCATION_GROUP_FILTER_LABEL_VALUE_OPERATOR_VALUES: set[
    CostreportV1Beta1AllocationGroupFilterLabelValueOperator
] = {
    "DoesNotExist",
    "Equal",
    "Exists",
    "NotEqual",
}


def check_costreport_v1_beta_1_allocation_group_filter_label_value_operator(
    value: str,
) -> CostreportV1Beta1AllocationGroupFilterLabelValueOperator:
    if (
        value
        in COSTREPORT_V1_BETA_1_ALLOCATION_GROUP_FILTER_LABEL_VALUE_OPERATOR_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COSTREPORT_V1_BETA_1_ALLOCATION_GROUP_FILTER_LABEL_VALUE_OPERATOR_VALUES!r}"
    )
