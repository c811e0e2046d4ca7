from enum import StrEnum


class VMaaSResourceStatus(StrEnum):
    COMPLETED = "completed"
    DEPLOYMENT_REQUESTED = "deployment requested"
    DESTROYED = "destroyed"
    FAILED = "failed"
    RUNNING = "running"
    TERMINATION_REQUESTED = "termination requested"

    def __str__(self) -> str:
        return str(self.value)
