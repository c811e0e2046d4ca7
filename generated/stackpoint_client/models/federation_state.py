from enum import StrEnum


class FederationState(StrEnum):
    BUILDING = "building"
    DELETED = "deleted"
    DELETING = "deleting"
    DRAFT = "draft"
    FAILED = "failed"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
