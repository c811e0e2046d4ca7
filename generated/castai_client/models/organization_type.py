from enum import StrEnum


class OrganizationType(StrEnum):
    ORGANIZATION_TYPE_CHILD = "ORGANIZATION_TYPE_CHILD"
    ORGANIZATION_TYPE_DEFAULT = "ORGANIZATION_TYPE_DEFAULT"
    ORGANIZATION_TYPE_ENTERPRISE = "ORGANIZATION_TYPE_ENTERPRISE"

    def __str__(self) -> str:
        return str(self.value)
