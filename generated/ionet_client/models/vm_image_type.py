from enum import StrEnum


class VmImageType(StrEnum):
    DATASCIENCE = "datascience"
    GENERAL = "general"

    def __str__(self) -> str:
        return str(self.value)
