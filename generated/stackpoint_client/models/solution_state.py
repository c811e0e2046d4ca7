from enum import StrEnum


class SolutionState(StrEnum):
    DELETED = "deleted"
    DELETING = "deleting"
    DRAFT = "draft"
    FAILED = "failed"
    INSTALLED = "installed"
    INSTALLING = "installing"
    MISSING = "missing"

    def __str__(self) -> str:
        return str(self.value)
