from typing import Literal

NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservationType = Literal[
    "CAPACITY_BLOCK",
    "CAPACITY_RESERVATION_TYPE_UNSPECIFIED",
    "ON_DEMAND_CAPACITY_RESERVATION",
]

NODETEMPLATES_V1_TEMPLATE_CONSTRAINTS_AWS_CONSTRAINTS_CAPACITY_RESERVATION_TYPE_VALUES: set[
    NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservationType
] = {
    "CAPACITY_BLOCK",
    "CAPACITY_RESERVATION_TYPE_UNSPECIFIED",
    "ON_DEMAND_CAPACITY_RESERVATION",
}


def check_nodetemplates_v1_template_constraints_aws_constraints_capacity_reservation_type(
    value: str,
) -> NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservationType:
    if (
        value
        in NODETEMPLATES_V1_TEMPLATE_CONSTRAINTS_AWS_CONSTRAINTS_CAPACITY_RESERVATION_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODETEMPLATES_V1_TEMPLATE_CONSTRAINTS_AWS_CONSTRAINTS_CAPACITY_RESERVATION_TYPE_VALUES!r}"
    )
