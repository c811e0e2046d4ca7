from enum import StrEnum


class ClusterStatus(StrEnum):
    ARCHIVED = "archived"
    CONNECTING = "connecting"
    DELETED = "deleted"
    DELETING = "deleting"
    FAILED = "failed"
    HIBERNATED = "hibernated"
    HIBERNATING = "hibernating"
    READY = "ready"
    RESUMING = "resuming"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
