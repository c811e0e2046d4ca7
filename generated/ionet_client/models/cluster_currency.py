from enum import StrEnum


class ClusterCurrency(StrEnum):
    IOCOIN = "iocoin"
    USDC = "usdc"

    def __str__(self) -> str:
        return str(self.value)
