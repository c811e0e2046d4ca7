from enum import StrEnum


class AgentStatus(StrEnum):
    DISCONNECTED = "disconnected"
    DISCONNECTING = "disconnecting"
    NON_RESPONDING = "non-responding"
    ONLINE = "online"
    WAITING_CONNECTION = "waiting-connection"

    def __str__(self) -> str:
        return str(self.value)
