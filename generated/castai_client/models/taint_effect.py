from enum import StrEnum


class TaintEffect(StrEnum):
    NOEXECUTE = "NoExecute"
    NOSCHEDULE = "NoSchedule"

    def __str__(self) -> str:
        return str(self.value)
