from typing import Literal

CommitmentsApiImportAwsReservedInstancesBehaviour = Literal[
    "BEHAVIOUR_UNSPECIFIED", "OVERWRITE"
]

COMMITMENTS_API_IMPORT_AWS_RESERVED_INSTANCES_BEHAVIOUR_VALUES: set[
    CommitmentsApiImportAwsReservedInstancesBehaviour
] = {
    "BEHAVIOUR_UNSPECIFIED",
    "OVERWRITE",
}


def check_commitments_api_import_aws_reserved_instances_behaviour(
    value: str,
) -> CommitmentsApiImportAwsReservedInstancesBehaviour:
    if value in COMMITMENTS_API_IMPORT_AWS_RESERVED_INSTANCES_BEHAVIOUR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMMITMENTS_API_IMPORT_AWS_RESERVED_INSTANCES_BEHAVIOUR_VALUES!r}"
    )
