from typing import Literal

ExternalclusterV1OperationMode = Literal[
    "OPERATION_MODE_DEFAULT", "OPERATION_MODE_DRY_RUN", "OPERATION_MODE_UNSPECIFIED"
]

EXTERNALCLUSTER_V1_OPERATION_MODE_VALUES: set[ExternalclusterV1OperationMode] = {
    "OPERATION_MODE_DEFAULT",
    "OPERATION_MODE_DRY_RUN",
    "OPERATION_MODE_UNSPECIFIED",
}


def check_externalcluster_v1_operation_mode(
    value: str,
) -> ExternalclusterV1OperationMode:
    if value in EXTERNALCLUSTER_V1_OPERATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNALCLUSTER_V1_OPERATION_MODE_VALUES!r}"
    )
