from enum import StrEnum


class NodePhase(StrEnum):
    CORDONED = "cordoned"
    CREATING = "creating"
    DELETED = "deleted"
    DELETING = "deleting"
    DRAINING = "draining"
    INTERRUPTED = "interrupted"
    NOT_READY = "not_ready"
    PENDING = "pending"
    READY = "ready"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
