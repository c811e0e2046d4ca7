from enum import StrEnum


class ReconcileMode(StrEnum):
    DISABLED = "disabled"
    ENABLED = "enabled"
    PAUSED = "paused"
    UNSPECIFIED = "unspecified"

    def __str__(self) -> str:
        return str(self.value)
