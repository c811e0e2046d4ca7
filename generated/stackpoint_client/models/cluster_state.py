from enum import StrEnum


class ClusterState(StrEnum):
    BUILDING = "building"
    DELETED = "deleted"
    DELETING = "deleting"
    DRAFT = "draft"
    FAILED = "failed"
    PROVISIONED = "provisioned"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
