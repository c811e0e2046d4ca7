from typing import Literal

CostreportV1Beta1FilterOperator = Literal["AND", "OR"]

COSTREPORT_V1_BETA_1_FILTER_OPERATOR_VALUES: set[CostreportV1Beta1FilterOperator] = {
    "AND",
    "OR",
}


def check_costreport_v1_beta_1_filter_operator(
    value: str,
) -> CostreportV1Beta1FilterOperator:
    if value in COSTREPORT_V1_BETA_1_FILTER_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COSTREPORT_V1_BETA_1_FILTER_OPERATOR_VALUES!r}"
    )
