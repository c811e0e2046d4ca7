from enum import StrEnum


class StorageType(StrEnum):
    HDD = "HDD"
    NVME = "NVMe"
    SSD = "SSD"

    def __str__(self) -> str:
        return str(self.value)
