from enum import StrEnum


class FederationRoleState(StrEnum):
    DRAFT = "draft"
    FAILED = "failed"
    JOINED = "joined"
    JOINING = "joining"
    LEAVING = "leaving"

    def __str__(self) -> str:
        return str(self.value)
