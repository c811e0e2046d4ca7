from enum import StrEnum


class NodeRole(StrEnum):
    MASTER = "master"
    WORKER = "worker"

    def __str__(self) -> str:
        return str(self.value)
