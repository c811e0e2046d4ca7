from enum import StrEnum


class NodeState(StrEnum):
    BUILDING = "building"
    DELETED = "deleted"
    DELETING = "deleting"
    DRAFT = "draft"
    FAILED = "failed"
    MISSING = "missing"
    PROVISIONED = "provisioned"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
