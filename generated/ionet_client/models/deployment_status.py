from enum import StrEnum


class DeploymentStatus(StrEnum):
    COMPLETED = "completed"
    DEPLOYING = "deploying"
    DEPLOYMENT_REQUESTED = "deployment requested"
    DESTROYED = "destroyed"
    FAILED = "failed"
    RUNNING = "running"
    TERMINATED = "terminated"
    TERMINATION_REQUESTED = "termination requested"
    UNPAID = "unpaid"

    def __str__(self) -> str:
        return str(self.value)
