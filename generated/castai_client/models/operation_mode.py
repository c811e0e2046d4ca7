from enum import StrEnum


class OperationMode(StrEnum):
    OPERATION_MODE_DEFAULT = "OPERATION_MODE_DEFAULT"
    OPERATION_MODE_DRY_RUN = "OPERATION_MODE_DRY_RUN"
    OPERATION_MODE_UNSPECIFIED = "OPERATION_MODE_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
