from typing import Literal

NodetemplatesV1TemplateConstraintsConstraintState = Literal[
    "DISABLED", "ENABLED", "NOT_SET"
]

NODETEMPLATES_V1_TEMPLATE_CONSTRAINTS_CONSTRAINT_STATE_VALUES: set[
    NodetemplatesV1TemplateConstraintsConstraintState
] = {
    "DISABLED",
    "ENABLED",
    "NOT_SET",
}


def check_nodetemplates_v1_template_constraints_constraint_state(
    value: str,
) -> NodetemplatesV1TemplateConstraintsConstraintState:
    if value in NODETEMPLATES_V1_TEMPLATE_CONSTRAINTS_CONSTRAINT_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODETEMPLATES_V1_TEMPLATE_CONSTRAINTS_CONSTRAINT_STATE_VALUES!r}"
    )
