from enum import StrEnum


class NodeStatusFilter(StrEnum):
    CORDONED = "cordoned"
    CREATING = "creating"
    DELETED = "deleted"
    DELETING = "deleting"
    DRAINING = "draining"
    INTERRUPTED = "interrupted"
    NODE_STATUS_UNSPECIFIED = "node_status_unspecified"
    NOT_READY = "not_ready"
    PENDING = "pending"
    READY = "ready"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
