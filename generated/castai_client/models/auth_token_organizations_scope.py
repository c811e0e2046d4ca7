from enum import StrEnum


class AuthTokenOrganizationsScope(StrEnum):
    ALL = "ALL"
    ORGANIZATIONS_UNSPECIFIED = "ORGANIZATIONS_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
