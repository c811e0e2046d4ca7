from enum import StrEnum


class VmStatus(StrEnum):
    ACTIVE = "Active"
    INSUFFICIENTFUNDS = "InsufficientFunds"
    LAUNCHING = "Launching"
    NEW = "New"
    SMALLBALANCE = "SmallBalance"
    STOPPED = "Stopped"
    TERMINATED = "Terminated"

    def __str__(self) -> str:
        return str(self.value)
