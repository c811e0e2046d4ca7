from enum import StrEnum


class ContainerRuntime(StrEnum):
    CONTAINERD = "CONTAINERD"
    DOCKERD = "DOCKERD"
    UNSPECIFIED = "UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
