from enum import StrEnum


class ResourceType(StrEnum):
    GPU = "GPU"
    NETWORK_BANDWIDTH = "NETWORK_BANDWIDTH"
    PUBLIC_IP = "PUBLIC_IP"
    RAM = "RAM"
    STORAGE = "STORAGE"
    VCPU = "VCPU"

    def __str__(self) -> str:
        return str(self.value)
