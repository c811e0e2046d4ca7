from enum import StrEnum


class NodePoolState(StrEnum):
    ACTIVE = "active"
    DELETED = "deleted"
    DELETING = "deleting"
    DRAFT = "draft"
    FAILED = "failed"

    def __str__(self) -> str:
        return str(self.value)
