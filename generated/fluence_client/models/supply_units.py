from enum import StrEnum


class SupplyUnits(StrEnum):
    GIB = "GiB"

    def __str__(self) -> str:
        return str(self.value)
