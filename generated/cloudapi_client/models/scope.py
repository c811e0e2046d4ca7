from enum import StrEnum


class Scope(StrEnum):
    KEYSREAD = "keys:read"
    KEYSWRITE = "keys:write"
    PROJECTSREAD = "projects:read"
    TOKENSREAD = "tokens:read"
    TOKENSWRITE = "tokens:write"
    USAGEREAD = "usage:read"
    USERSREAD = "users:read"

    def __str__(self) -> str:
        return str(self.value)
