from typing import Literal

NodetemplatesV1TemplateConstraintsCPUManufacturer = Literal[
    "AMD", "AMPERE", "APPLE", "AWS", "INTEL"
]

NODETEMPLATES_V1_TEMPLATE_CONSTRAINTS_CPU_MANUFACTURER_VALUES: set[
    NodetemplatesV1TemplateConstraintsCPUManufacturer
] = {
    "AMD",
    "AMPERE",
    "APPLE",
    "AWS",
    "INTEL",
}


def check_nodetemplates_v1_template_constraints_cpu_manufacturer(
    value: str,
) -> NodetemplatesV1TemplateConstraintsCPUManufacturer:
    if value in NODETEMPLATES_V1_TEMPLATE_CONSTRAINTS_CPU_MANUFACTURER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODETEMPLATES_V1_TEMPLATE_CONSTRAINTS_CPU_MANUFACTURER_VALUES!r}"
    )
