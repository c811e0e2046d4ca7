from enum import StrEnum


class NodeType(StrEnum):
    MASTER = "master"
    NODE_TYPE_INVALID = "NODE_TYPE_INVALID"
    NODE_TYPE_MASTER = "NODE_TYPE_MASTER"
    NODE_TYPE_WORKER = "NODE_TYPE_WORKER"
    WORKER = "worker"

    def __str__(self) -> str:
        return str(self.value)
